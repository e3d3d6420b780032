// Struct tags are part of the type but never printed by %v.
package main

import "fmt"

type User struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty" db:"email"`
	Age   int    "plain tag"
}

func main() {
	u := User{"Ann", "ann@example.com", 33}
	fmt.Println(u)
	fmt.Printf("%v\n%+v\n", u, u)
	v := struct {
		A int `tag:"a"`
	}{1}
	fmt.Println(v)
}

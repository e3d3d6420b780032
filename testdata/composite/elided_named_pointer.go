package main

// An elided composite literal type whose element type is a named pointer type (`type PS *S`)
// stands for &S{...}, as for *S.

import "fmt"

type (
	S  struct{ f int }
	PS *S
)

func fromNamed() []PS { return []PS{{f: 1}, {2}, nil} }

func fromParam[P *S]() []P { return []P{{f: 3}} }

func main() {
	ps := fromNamed()
	fmt.Println(len(ps), ps[0].f, ps[1].f, ps[2] == nil)
	m := map[string]PS{"a": {f: 4}}
	fmt.Println(m["a"].f)
	fmt.Println(fromParam[*S]()[0].f)
}

// Comments in odd places do not change the program.
package main

import "fmt" // trailing comment

/* a block comment
   before a declaration */
func add(a /* first */, b int /* second */) int {
	return a + /* inline */ b // end
}

func main() {
	// Line comment.
	fmt.Println(add(1, 2)) /* block */
	x := 1 /* block with newline
	*/
	fmt.Println(x)
	fmt.Println("// not a comment", "/* neither */")
}

// bytes.Buffer and a few functions of package bytes.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	buf.WriteRune('!')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p))
	b, _ := buf.ReadByte()
	fmt.Printf("%c %q\n", b, buf.String())
	line, err := bytes.NewBufferString("a\nb").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	b2 := bytes.NewBuffer([]byte("xyz"))
	fmt.Println(b2.String(), string(b2.Bytes()[1:]))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%s\n", bytes.ToUpper([]byte("up")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s\n", bytes.TrimSpace([]byte("  trim  ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")))
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")))
	var empty bytes.Buffer
	_, err = empty.ReadByte()
	fmt.Println(err)
}

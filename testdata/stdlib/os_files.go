// os file I/O: WriteFile/ReadFile, Create, Open, OpenFile with each flag, *os.File's
// Read/Write/WriteString/Seek/ReadAt/WriteAt/Stat/Close, and io/bufio over files. Works in a
// temporary directory and prints no path or time.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

var dir string

// show prints an error with the temporary directory's name replaced.
func show(label string, err error) {
	if err == nil {
		fmt.Println(label, "<nil>")
		return
	}
	fmt.Println(label, strings.ReplaceAll(err.Error(), dir, "DIR"))
}

func check(err error) {
	if err != nil {
		show("unexpected:", err)
		os.Exit(1)
	}
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "minigo-os-files-*")
	check(err)
	defer os.RemoveAll(dir)
	name := dir + "/a.txt"

	// WriteFile and ReadFile.
	check(os.WriteFile(name, []byte("hello\nworld\n"), 0644))
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile(dir + "/missing.txt")
	show("ReadFile missing:", err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err))

	// Create, Write, WriteString, Name, Close.
	f, err := os.Create(dir + "/b.txt")
	check(err)
	fmt.Println(f.Name() == dir+"/b.txt")
	n, err := f.Write([]byte("abc"))
	fmt.Println(n, err)
	n, err = f.WriteString("defgh")
	fmt.Println(n, err)
	fmt.Fprintf(f, "-%d-", 42)
	fmt.Println(f.Close())
	show("Close again:", f.Close())
	_, err = f.Write([]byte("x"))
	show("Write closed:", err)
	_, err = f.Read(make([]byte, 4))
	show("Read closed:", err)
	fmt.Println(errors.Is(err, os.ErrClosed), errors.Is(err, fs.ErrClosed))

	// Open and Read in small pieces until io.EOF.
	f, err = os.Open(dir + "/b.txt")
	check(err)
	buf := make([]byte, 3)
	for {
		n, err := f.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	n, err = f.Read(nil)
	fmt.Println("empty read:", n, err)
	_, err = f.Write([]byte("no"))
	show("Write read-only:", err)

	// Seek and ReadAt.
	pos, err := f.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	n, _ = f.Read(buf)
	fmt.Printf("%q\n", buf[:n])
	pos, err = f.Seek(-4, io.SeekEnd)
	fmt.Println(pos, err)
	pos, err = f.Seek(1, io.SeekCurrent)
	fmt.Println(pos, err)
	_, err = f.Seek(-100, io.SeekStart)
	show("Seek negative:", err)
	at := make([]byte, 4)
	n, err = f.ReadAt(at, 1)
	fmt.Printf("ReadAt %d %q %v\n", n, at[:n], err)
	n, err = f.ReadAt(at, 9)
	fmt.Printf("ReadAt short %d %q %v\n", n, at[:n], err)
	_, err = f.ReadAt(at, -1)
	show("ReadAt negative:", err)
	check(f.Close())

	// OpenFile flags.
	f, err = os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	check(err)
	f.WriteString("appended\n")
	f.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("append: %q\n", data)

	f, err = os.OpenFile(name, os.O_RDWR, 0)
	check(err)
	f.WriteString("HE")
	rest, err := io.ReadAll(f)
	fmt.Printf("rdwr rest: %q %v\n", rest, err)
	n, err = f.WriteAt([]byte("W"), 6)
	fmt.Println("WriteAt", n, err)
	f.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("rdwr: %q\n", data)

	f, err = os.OpenFile(name, os.O_WRONLY|os.O_TRUNC, 0)
	check(err)
	f.WriteString("short\n")
	f.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("trunc: %q\n", data)

	_, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0644)
	show("O_EXCL existing:", err)
	fmt.Println(errors.Is(err, fs.ErrExist), os.IsExist(err), os.IsNotExist(err))
	f, err = os.OpenFile(dir+"/c.txt", os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0600)
	fmt.Println("O_EXCL new:", err)
	f.Close()
	_, err = os.OpenFile(dir+"/none/c.txt", os.O_WRONLY|os.O_CREATE, 0600)
	show("create in missing dir:", err)
	_, err = os.Open(dir + "/missing.txt")
	show("Open missing:", err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("PathError:", pe.Op, strings.ReplaceAll(pe.Path, dir, "DIR"), pe.Err)
	}
	_, err = os.OpenFile("", os.O_RDONLY, 0)
	show("open empty:", err)

	// Stat through the file and by name.
	check(os.Chmod(dir+"/b.txt", 0640))
	f, _ = os.Open(dir + "/b.txt")
	fi, err := f.Stat()
	check(err)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), !fi.ModTime().IsZero())
	f.Close()
	fi, err = os.Stat(dir + "/b.txt")
	check(err)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.Mode().Perm(), fi.IsDir())
	_, err = os.Stat(dir + "/missing.txt")
	show("Stat missing:", err)
	_, err = os.Stat(dir + "/b.txt/x")
	show("Stat under file:", err)
	_, err = os.Lstat(dir + "/missing.txt")
	show("Lstat missing:", err)

	// Reading a directory as a file.
	d, err := os.Open(dir)
	check(err)
	_, err = d.Read(buf)
	show("Read dir:", err)
	d.Close()
	_, err = os.OpenFile(dir, os.O_WRONLY, 0)
	show("open dir for writing:", err)

	// io.Copy, bufio and io.ReadAll over files.
	src, _ := os.Open(dir + "/b.txt")
	dst, _ := os.Create(dir + "/copy.txt")
	copied, err := io.Copy(dst, src)
	fmt.Println("copied", copied, err)
	src.Close()
	dst.Close()
	check(os.WriteFile(name, []byte("one\ntwo\nthree\n"), 0644))
	f, _ = os.Open(name)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	f.Close()
	f, _ = os.Create(dir + "/buffered.txt")
	w := bufio.NewWriter(f)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "row %d\n", i)
	}
	fmt.Println(w.Flush(), f.Close())
	f, _ = os.Open(dir + "/buffered.txt")
	all, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", all, err)
	r := bufio.NewReader(f)
	_, err = r.ReadString('\n')
	fmt.Println("at end:", err)
	f.Close()

	// A large file round-trips.
	big := []byte(strings.Repeat("0123456789", 10000))
	check(os.WriteFile(dir+"/big", big, 0644))
	back, err := os.ReadFile(dir + "/big")
	fmt.Println(len(back), string(back) == string(big), err)

	// Standard streams are *os.File values.
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	fmt.Fprintln(os.Stdout, "to stdout")
	var sw io.Writer = os.Stderr
	fmt.Fprintln(sw, "to stderr")
}

// More of os: Truncate, Sync, Chmod (by name and on a File), hard links and SameFile,
// Rename over a directory, WriteAt on an O_APPEND file, a nil *File, DirEntry's String and
// fs.FileInfoToDirEntry, and the errors of temporary names in a missing directory.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

var dir string

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

func size(name string) int64 {
	fi, err := os.Stat(name)
	check(err)
	return fi.Size()
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "minigo-os-extras-")
	check(err)
	defer os.RemoveAll(dir)
	a := dir + "/a"

	check(os.WriteFile(a, []byte("0123456789"), 0600))
	fmt.Println("Truncate:", os.Truncate(a, 4), size(a))
	fmt.Println("Truncate grow:", os.Truncate(a, 6), size(a))
	data, _ := os.ReadFile(a)
	fmt.Printf("%q\n", data)
	show("Truncate missing:", os.Truncate(dir+"/missing", 0))
	show("Truncate negative:", os.Truncate(a, -1))

	f, err := os.OpenFile(a, os.O_RDWR, 0)
	check(err)
	fmt.Println("File.Truncate:", f.Truncate(2), size(a))
	fmt.Println("Sync:", f.Sync())
	fmt.Println("File.Chmod:", f.Chmod(0604))
	fi, _ := f.Stat()
	fmt.Println(fi.Mode())
	f.Close()
	show("Sync closed:", f.Sync())
	show("Stat closed:", func() error { _, err := f.Stat(); return err }())
	show("Seek closed:", func() error { _, err := f.Seek(0, io.SeekStart); return err }())
	show("ReadDir closed:", func() error { _, err := f.ReadDir(1); return err }())
	show("Chmod missing:", os.Chmod(dir+"/missing", 0644))
	check(os.Chmod(a, 0755|os.ModeSetuid))
	fi, _ = os.Stat(a)
	fmt.Println("setuid:", fi.Mode())
	check(os.Chmod(a, 0644))

	// Hard links and SameFile.
	check(os.Link(a, dir+"/hard"))
	fa, _ := os.Stat(a)
	fh, _ := os.Stat(dir + "/hard")
	fmt.Println("SameFile:", os.SameFile(fa, fh), fh.Name())
	check(os.WriteFile(dir+"/b", nil, 0644))
	fb, _ := os.Stat(dir + "/b")
	fmt.Println("SameFile other:", os.SameFile(fa, fb), fb.Size())
	show("Link existing:", os.Link(a, dir+"/b"))

	// Rename onto a directory, and a file replacing a file.
	check(os.Mkdir(dir+"/d", 0755))
	show("Rename onto dir:", os.Rename(a, dir+"/d"))
	show("Rename dir onto itself:", os.Rename(dir+"/d", dir+"/d"))
	fmt.Println("Rename replacing:", os.Rename(dir+"/hard", dir+"/b"))
	fb, _ = os.Stat(dir + "/b")
	fmt.Println(fb.Size())

	// WriteAt on an append-only file; Write on a nil *File.
	f, _ = os.OpenFile(dir+"/b", os.O_WRONLY|os.O_APPEND, 0)
	_, err = f.WriteAt([]byte("x"), 0)
	fmt.Println("WriteAt append:", err)
	_, err = f.WriteAt([]byte("x"), -1)
	fmt.Println("WriteAt negative:", err)
	f.Close()
	var nilFile *os.File
	_, err = nilFile.Write([]byte("x"))
	fmt.Println("nil Write:", err, errors.Is(err, os.ErrInvalid))
	_, err = nilFile.Read(nil)
	fmt.Println("nil Read:", err)
	fmt.Println("nil Close:", nilFile.Close())

	// DirEntry printing.
	check(os.WriteFile(dir+"/d/f", []byte("x"), 0644))
	check(os.Symlink("f", dir+"/d/l"))
	check(os.Mkdir(dir+"/d/sub", 0755))
	entries, _ := os.ReadDir(dir + "/d")
	for _, e := range entries {
		fmt.Println(e, "|", fs.FormatDirEntry(e))
	}
	info, _ := os.Lstat(dir + "/d/sub")
	de := fs.FileInfoToDirEntry(info)
	fmt.Println(de.Name(), de.IsDir(), de.Type(), de)
	fmt.Println(fs.FileInfoToDirEntry(nil) == nil)
	fmt.Println(info.Name(), info.Sys() != nil)

	// Base names as Stat reports them.
	for _, p := range []string{dir + "/d/", dir + "/d//", dir + "/d/sub/..", "/"} {
		fi, err := os.Stat(p)
		check(err)
		fmt.Printf("%q\n", fi.Name())
	}

	// Temporary names where they cannot be made.
	_, err = os.MkdirTemp(dir+"/missing", "x*")
	show("MkdirTemp missing:", err)
	_, err = os.CreateTemp(dir+"/missing", "x*y")
	msg := strings.ReplaceAll(err.Error(), dir, "DIR")
	fmt.Println("CreateTemp missing:", strings.HasPrefix(msg, "open DIR/missing/x"), strings.HasSuffix(msg, "y: no such file or directory"))
	_, err = os.CreateTemp(dir, "a/b")
	show("CreateTemp bad:", err)
	td, err := os.MkdirTemp(dir+"/", "trailing")
	check(err)
	fmt.Println(strings.HasPrefix(td, dir+"/trailing"), !strings.Contains(td, "//"))

	// Removing things that cannot go.
	show("RemoveAll dot:", os.RemoveAll(dir+"/d/."))
	fmt.Println("RemoveAll empty:", os.RemoveAll(""))
	fmt.Println("RemoveAll file:", os.RemoveAll(dir+"/b"))
	show("Remove dir with trailing slash:", os.Remove(dir+"/d/sub/"))
}

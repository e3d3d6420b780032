// os directories: Mkdir, MkdirAll, ReadDir (os and *File), Readdir, Readdirnames, Remove,
// RemoveAll, Rename, Getwd/Chdir, Symlink/Readlink/Lstat, MkdirTemp/CreateTemp patterns.
// Works in a temporary directory and prints no path or time.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
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

func listing(path string) {
	entries, err := os.ReadDir(path)
	if err != nil {
		show("ReadDir:", err)
		return
	}
	for _, e := range entries {
		info, err := e.Info()
		check(err)
		size := "-"
		if info.Mode().IsRegular() {
			size = fmt.Sprint(info.Size())
		}
		fmt.Printf("  %-8s dir=%-5v type=%v mode=%v size=%s\n", e.Name(), e.IsDir(), e.Type(), info.Mode(), size)
	}
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "minigo-os-dirs-*")
	check(err)
	defer os.RemoveAll(dir)
	fi, err := os.Stat(dir)
	check(err)
	fmt.Println("temp dir:", fi.IsDir(), fi.Mode().IsDir(), fi.Mode().Perm(), strings.HasPrefix(fi.Name(), "minigo-os-dirs-"))

	// Mkdir and MkdirAll.
	check(os.Mkdir(dir+"/sub", 0755))
	check(os.Chmod(dir+"/sub", 0755))
	show("Mkdir existing:", os.Mkdir(dir+"/sub", 0755))
	err = os.Mkdir(dir+"/no/such", 0755)
	show("Mkdir missing parent:", err)
	fmt.Println(os.IsNotExist(err))
	check(os.MkdirAll(dir+"/deep/er/est", 0755))
	fmt.Println("MkdirAll existing:", os.MkdirAll(dir+"/deep/er", 0755))
	check(os.WriteFile(dir+"/file", []byte("12345"), 0644))
	check(os.Chmod(dir+"/file", 0644))
	show("MkdirAll over file:", os.MkdirAll(dir+"/file/x", 0755))
	check(os.WriteFile(dir+"/sub/b", []byte("bb"), 0600))
	check(os.Chmod(dir+"/sub/b", 0600))
	check(os.WriteFile(dir+"/sub/a", []byte("a"), 0644))
	check(os.Chmod(dir+"/sub/a", 0644))
	check(os.Mkdir(dir+"/sub/c", 0700))
	check(os.Chmod(dir+"/sub/c", 0700))

	// Listings: os.ReadDir is sorted by name.
	fmt.Println("ReadDir sub:")
	listing(dir + "/sub")
	fmt.Println("ReadDir top:")
	listing(dir)
	_, err = os.ReadDir(dir + "/missing")
	show("ReadDir missing:", err)
	_, err = os.ReadDir(dir + "/file")
	show("ReadDir file:", err)

	// *File.ReadDir, Readdir and Readdirnames in batches (directory order: sort to print).
	d, err := os.Open(dir + "/sub")
	check(err)
	var names []string
	for {
		batch, err := d.ReadDir(2)
		if err == io.EOF {
			fmt.Println("ReadDir(2) end:", err, len(batch))
			break
		}
		check(err)
		fmt.Println("batch of", len(batch))
		for _, e := range batch {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	fmt.Println(names)
	all, err := d.ReadDir(-1)
	fmt.Println("after end, ReadDir(-1):", len(all), err)
	d.Close()
	d, _ = os.Open(dir + "/sub")
	infos, err := d.Readdir(0)
	fmt.Println("Readdir(0):", len(infos), err)
	d.Close()
	d, _ = os.Open(dir + "/sub")
	ns, err := d.Readdirnames(-1)
	sort.Strings(ns)
	fmt.Println("Readdirnames:", ns, err)
	ns, err = d.Readdirnames(1)
	fmt.Println("Readdirnames again:", ns, err)
	d.Close()
	d, _ = os.Open(dir + "/sub")
	entries, err := d.ReadDir(0)
	fmt.Println("File.ReadDir(0):", len(entries), err)
	d.Close()
	f, _ := os.Open(dir + "/file")
	_, err = f.ReadDir(-1)
	show("File.ReadDir on file:", err)
	f.Close()

	// Remove and RemoveAll.
	err = os.Remove(dir + "/sub")
	show("Remove non-empty:", err)
	fmt.Println(errors.Is(err, fs.ErrExist), os.IsExist(err))
	show("Remove missing:", os.Remove(dir+"/missing"))
	fmt.Println("Remove file:", os.Remove(dir+"/sub/a"))
	fmt.Println("Remove empty dir:", os.Remove(dir+"/sub/c"))
	fmt.Println("RemoveAll:", os.RemoveAll(dir+"/deep"))
	fmt.Println("RemoveAll missing:", os.RemoveAll(dir+"/deep"))
	_, err = os.Stat(dir + "/deep")
	fmt.Println("gone:", os.IsNotExist(err))

	// Rename.
	fmt.Println("Rename:", os.Rename(dir+"/file", dir+"/renamed"))
	show("Rename missing:", os.Rename(dir+"/file", dir+"/other"))
	var le *os.LinkError
	err = os.Rename(dir+"/file", dir+"/other")
	if errors.As(err, &le) {
		fmt.Println("LinkError:", le.Op, strings.ReplaceAll(le.Old, dir, "DIR"), strings.ReplaceAll(le.New, dir, "DIR"), le.Err)
	}
	fmt.Println(os.IsNotExist(err))
	data, _ := os.ReadFile(dir + "/renamed")
	fmt.Printf("renamed holds %q\n", data)

	// Symlinks.
	check(os.Symlink("renamed", dir+"/link"))
	target, err := os.Readlink(dir + "/link")
	fmt.Println("Readlink:", target, err)
	li, _ := os.Lstat(dir + "/link")
	si, _ := os.Stat(dir + "/link")
	fmt.Println("Lstat:", li.Name(), li.Mode().Type() == fs.ModeSymlink, li.Mode()&fs.ModeSymlink != 0)
	fmt.Println("Stat:", si.Name(), si.Mode(), si.Size())
	show("Symlink existing:", os.Symlink("x", dir+"/link"))
	_, err = os.Readlink(dir + "/renamed")
	show("Readlink file:", err)

	// Getwd and Chdir.
	old, err := os.Getwd()
	check(err)
	check(os.Chdir(dir))
	wd, _ := os.Getwd()
	fmt.Println("Getwd after Chdir:", wd == dir)
	data, err = os.ReadFile("renamed")
	fmt.Printf("relative read: %q %v\n", data, err)
	show("Chdir missing:", os.Chdir(dir+"/missing"))
	check(os.Chdir(old))

	// Temporary names.
	tf, err := os.CreateTemp(dir, "pre-*.txt")
	check(err)
	base := strings.TrimPrefix(tf.Name(), dir+"/")
	fmt.Println("CreateTemp:", strings.HasPrefix(base, "pre-"), strings.HasSuffix(base, ".txt"), len(base) > len("pre-.txt"))
	tf.WriteString("temp")
	tf.Close()
	tf2, err := os.CreateTemp(dir, "")
	check(err)
	fmt.Println("CreateTemp no pattern:", tf2.Name() != tf.Name(), strings.HasPrefix(tf2.Name(), dir+"/"))
	tf2.Close()
	td, err := os.MkdirTemp(dir, "d*")
	check(err)
	st, _ := os.Stat(td)
	fmt.Println("MkdirTemp:", st.IsDir(), st.Mode().Perm(), strings.HasPrefix(td, dir+"/d"))
	_, err = os.MkdirTemp(dir, "bad/pattern")
	show("MkdirTemp bad:", err)
	_, err = os.CreateTemp(dir+"/missing", "x")
	fmt.Println("CreateTemp missing dir:", os.IsNotExist(err))
	fmt.Println("TempDir:", os.TempDir() != "")
	left, _ := os.ReadDir(dir)
	fmt.Println("entries left:", len(left))
	fmt.Println("RemoveAll top:", os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println("top gone:", os.IsNotExist(err))
}

// io/fs errors and modes: *fs.PathError's text and unwrapping, errors.Is against the fs and
// os sentinels (through syscall errnos), os.IsNotExist/IsExist/IsPermission, *os.LinkError
// and *os.SyscallError, and fs.FileMode's String and predicates.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	// Sentinels.
	for _, e := range []error{fs.ErrInvalid, fs.ErrPermission, fs.ErrExist, fs.ErrNotExist, fs.ErrClosed} {
		fmt.Println(e)
	}
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrExist == fs.ErrExist, os.ErrPermission == fs.ErrPermission, os.ErrClosed == fs.ErrClosed)

	// PathError around errnos.
	errs := []*fs.PathError{
		{Op: "open", Path: "/x/y", Err: syscall.ENOENT},
		{Op: "mkdir", Path: "d", Err: syscall.EEXIST},
		{Op: "remove", Path: "d", Err: syscall.ENOTEMPTY},
		{Op: "open", Path: "secret", Err: syscall.EACCES},
		{Op: "chmod", Path: "f", Err: syscall.EPERM},
		{Op: "read", Path: "f", Err: fs.ErrClosed},
		{Op: "write", Path: "f", Err: syscall.EBADF},
	}
	for _, pe := range errs {
		var err error = pe
		fmt.Printf("%v | notexist=%v exist=%v perm=%v | %v %v %v\n", err,
			errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrExist), errors.Is(err, fs.ErrPermission),
			os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
		fmt.Println("  unwrap:", errors.Unwrap(err) == pe.Err)
	}
	for _, e := range []syscall.Errno{0, 1, 5, 11, 28, 36, 40, 110, 133, 134, 200} {
		fmt.Printf("errno %d: %v\n", int(e), e)
	}
	var errno syscall.Errno
	if errors.As(errs[0], &errno) {
		fmt.Println("errno:", int(errno), errno)
	}
	// os.IsNotExist looks through PathError only, not arbitrary wrapping; errors.Is does.
	wrapped := fmt.Errorf("loading: %w", errs[0])
	fmt.Println(wrapped, errors.Is(wrapped, fs.ErrNotExist), os.IsNotExist(wrapped))
	fmt.Println(os.IsNotExist(syscall.ENOENT), os.IsExist(syscall.EEXIST), os.IsPermission(syscall.EACCES), os.IsNotExist(nil))

	le := &os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.ENOENT}
	fmt.Println(le, os.IsNotExist(le), errors.Is(le, fs.ErrNotExist))
	se := os.NewSyscallError("pipe", syscall.EINVAL)
	fmt.Println(se, os.NewSyscallError("x", nil) == nil)
	var pe *os.PathError = errs[0]
	fmt.Println(pe.Op, pe.Path)

	// FileMode.
	modes := []fs.FileMode{
		0, 0644, 0755, 0600, 0777,
		fs.ModeDir | 0755, fs.ModeDir | 0700,
		fs.ModeSymlink | 0777, fs.ModeNamedPipe | 0600, fs.ModeSocket | 0755,
		fs.ModeDevice | 0660, fs.ModeDevice | fs.ModeCharDevice | 0666,
		fs.ModeSetuid | 0755, fs.ModeSetgid | 0755, fs.ModeSticky | fs.ModeDir | 0777,
		fs.ModeAppend | 0644, fs.ModeExclusive | 0644, fs.ModeTemporary | 0644,
		fs.ModeIrregular | 0644, fs.ModeType, fs.ModePerm, ^fs.FileMode(0),
	}
	for _, m := range modes {
		fmt.Printf("%-12s %o dir=%v regular=%v perm=%v type=%v\n", m.String(), uint32(m), m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	fmt.Printf("%v %s %d\n", fs.ModeDir|0755, os.FileMode(0644), os.ModeDir)
	fmt.Println(os.ModeSymlink == fs.ModeSymlink, os.ModePerm, os.ModeType == fs.ModeType)

	// Valid paths.
	for _, p := range []string{".", "a/b", "/a", "a/../b", "a//b", "", "a/./b", "a/"} {
		fmt.Printf("ValidPath(%q) = %v\n", p, fs.ValidPath(p))
	}
}

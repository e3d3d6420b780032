// Package syscall: a few raw system calls on file descriptors (Open, Read, Write, Close),
// run as blocking system calls: the goroutine's P is handed off while the call blocks.
package syscall

import "internal/oserror"

const (
	O_RDONLY = 0x0
	O_WRONLY = 0x1
	O_RDWR   = 0x2
	O_CREAT  = 0x40
	O_EXCL   = 0x80
	O_TRUNC  = 0x200
	O_APPEND = 0x400
)

// An Errno is an unsigned number describing an error condition.
type Errno uintptr

func (e Errno) Error() string { return errstr(int(e)) }

// Is makes errors.Is(err, os.ErrNotExist) (and the other portable errors) work.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

const (
	EPERM     Errno = 1
	ENOENT    Errno = 2
	EBADF     Errno = 9
	EACCES    Errno = 13
	EEXIST    Errno = 17
	EINVAL    Errno = 22
	ENOTEMPTY Errno = 39
)

// errstr returns the system's message for errno e ("no such file or directory").
func errstr(e int) string

func open(path string, mode int, perm uint32) (fd int, errno int)
func read(fd int, p []byte) (n int, errno int)
func write(fd int, p []byte) (n int, errno int)
func closeFd(fd int) (errno int)

// Open opens the file path with the flags mode (O_RDONLY, ...) and permissions perm.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	fd, e := open(path, mode, perm)
	if e != 0 {
		return -1, Errno(e)
	}
	return fd, nil
}

// Read reads up to len(p) bytes from fd; 0 at end of file.
func Read(fd int, p []byte) (n int, err error) {
	n, e := read(fd, p)
	if e != 0 {
		return -1, Errno(e)
	}
	return n, nil
}

// Write writes p to fd.
func Write(fd int, p []byte) (n int, err error) {
	n, e := write(fd, p)
	if e != 0 {
		return -1, Errno(e)
	}
	return n, nil
}

// Close closes the file descriptor fd.
func Close(fd int) (err error) {
	if e := closeFd(fd); e != 0 {
		return Errno(e)
	}
	return nil
}

// Getpid returns the process id.
func Getpid() (pid int)

// Package syscall: a few raw system calls on file descriptors (Open, Read, Write, Close),
// run as blocking system calls: the goroutine's P is handed off while the call blocks.
package syscall

import "internal/oserror"

// The open flags (Linux values).
const (
	O_RDONLY = 0x0
	O_WRONLY = 0x1
	O_RDWR   = 0x2
	O_CREAT  = 0x40
	O_EXCL   = 0x80
	O_TRUNC  = 0x200
	O_APPEND = 0x400
)

// Errno is a system error number (errno); its text is the system's message.
type Errno uintptr

func (e Errno) Error() string { return errstr(int(e)) }

// Is lets errors.Is match an Errno against the portable errors of package os
// (os.ErrNotExist...).
func (e Errno) Is(target error) bool {
	for _, p := range portable {
		if p.err == target {
			return e == p.errnos[0] || e == p.errnos[1]
		}
	}
	return false
}

// portable lists the errnos each portable error stands for.
var portable = []struct {
	err    error
	errnos [2]Errno
}{
	{oserror.ErrPermission, [2]Errno{EACCES, EPERM}},
	{oserror.ErrExist, [2]Errno{EEXIST, ENOTEMPTY}},
	{oserror.ErrNotExist, [2]Errno{ENOENT, ENOENT}},
}

// The errnos minigo names (Linux values).
const (
	EPERM     Errno = 1
	ENOENT    Errno = 2
	EBADF     Errno = 9
	EACCES    Errno = 13
	EEXIST    Errno = 17
	EINVAL    Errno = 22
	ENOTEMPTY Errno = 39
)

// errstr is the system's message for errno e ("no such file or directory").
func errstr(e int) string

func open(path string, mode int, perm uint32) (fd int, errno int)
func read(fd int, p []byte) (n int, errno int)
func write(fd int, p []byte) (n int, errno int)
func closeFd(fd int) (errno int)

// result is what the calls below return: n, or -1 and the Errno if errno is not 0.
func result(n, errno int) (int, error) {
	if errno != 0 {
		return -1, Errno(errno)
	}
	return n, nil
}

// Open opens path with the flags mode (O_RDONLY...), creating it with permissions perm
// if mode has O_CREAT.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	return result(open(path, mode, perm))
}

// Read reads up to len(p) bytes from fd; 0 means the end of the file.
func Read(fd int, p []byte) (n int, err error) { return result(read(fd, p)) }

// Write writes p to fd.
func Write(fd int, p []byte) (n int, err error) { return result(write(fd, p)) }

// Close closes fd.
func Close(fd int) (err error) {
	_, err = result(0, closeFd(fd))
	return err
}

// Getpid is the process's id.
func Getpid() (pid int)

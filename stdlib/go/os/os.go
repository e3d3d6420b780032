// Package os: the process's arguments, environment, exit, and the standard files.
package os

import (
	"errors"
	"internal/oserror"
	"io"
	"syscall"
)

// Portable analogs of some common system call errors (Go's io/fs errors).
var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// Flags to OpenFile.
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_TRUNC  int = syscall.O_TRUNC
)

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// IsNotExist reports whether err reports that a file or directory does not exist.
func IsNotExist(err error) bool { return errors.Is(err, ErrNotExist) }

// IsExist reports whether err reports that a file or directory already exists.
func IsExist(err error) bool { return errors.Is(err, ErrExist) }

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the specified flag and permissions.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, err := syscall.Open(name, flag, uint32(perm))
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	return &File{fd, name}, nil
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code; deferred
// functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key.
func LookupEnv(key string) (string, bool)

// Environ returns the environment as "key=value" strings.
func Environ() []string

// Getpid returns the process id of the caller.
func Getpid() int

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error)

// Name returns the name of the file.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes to the file.
func (f *File) Write(b []byte) (n int, err error) {
	if f.fd == 1 || f.fd == 2 {
		return f.WriteString(string(b))
	}
	n, err = syscall.Write(f.fd, b)
	if err != nil {
		return 0, &PathError{Op: "write", Path: f.name, Err: err}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if f.fd == 1 || f.fd == 2 {
		writeStd(f.fd, s)
		return len(s), nil
	}
	return f.Write([]byte(s))
}

// writeStd writes s to the program's buffered standard output (fd 1) or to standard
// error (fd 2).
func writeStd(fd int, s string)

// Read reads up to len(b) bytes from the file; io.EOF at the end.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, err = syscall.Read(f.fd, b)
	if err != nil {
		return 0, &PathError{Op: "read", Path: f.name, Err: err}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the file (a no-op for the standard files).
func (f *File) Close() error {
	if f.fd <= 2 {
		return nil
	}
	if err := syscall.Close(f.fd); err != nil {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	return nil
}

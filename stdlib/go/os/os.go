// Package os: the process's arguments, environment, exit, and the standard files.
package os

import (
	"errors"
	"io"
)

// Portable analogs of some common system call errors (Go's io/fs errors).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

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

// Write writes len(b) bytes to the file (standard output and error only).
func (f *File) Write(b []byte) (n int, err error) {
	return f.WriteString(string(b))
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if !write(f.fd, s) {
		return 0, errors.New("write " + f.name + ": bad file descriptor")
	}
	return len(s), nil
}

// write writes s to descriptor fd (1: the program's buffered standard output, 2:
// standard error); false for any other descriptor.
func write(fd int, s string) bool

// Read reads up to len(b) bytes from the file (standard input only); io.EOF at the end.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n == 0 {
		return 0, io.EOF
	}
	if n < 0 {
		return 0, errors.New("read " + f.name + ": bad file descriptor")
	}
	return n, nil
}

// read reads from descriptor fd into b (a blocking system call): the byte count, 0 at
// end of input, -1 on error.
func read(fd int, b []byte) int

// Close is a no-op for the standard files.
func (f *File) Close() error { return nil }

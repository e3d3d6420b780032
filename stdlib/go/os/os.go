// Package os: the program's arguments and environment, exiting, and files.
//
// Files are descriptors driven through package syscall; standard output and error go
// through the interpreter's own streams (writeStd) so that they interleave with fmt's
// output correctly. The environment is the interpreter's copy (natives in
// stdlib/src/pkgs/os.rs).
package os

import (
	"errors"
	"internal/oserror"
	"io"
	"syscall"
)

// The errors file operations wrap, for errors.Is tests.
var (
	ErrInvalid    = oserror.ErrInvalid    // an invalid argument
	ErrPermission = oserror.ErrPermission // permission denied
	ErrExist      = oserror.ErrExist      // the file already exists
	ErrNotExist   = oserror.ErrNotExist   // the file does not exist
	ErrClosed     = oserror.ErrClosed     // the file is already closed
)

// The flags of OpenFile: one access mode, or-ed with any of the others.
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_TRUNC  int = syscall.O_TRUNC
)

// FileMode holds permission bits (0644...).
type FileMode uint32

// PathError is a failed operation on a named file.
type PathError struct {
	Op   string // "open", "read"...
	Path string
	Err  error // the system's reason
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap exposes the system's reason to errors.Is and errors.As.
func (e *PathError) Unwrap() error { return e.Err }

// SyscallError is a failed system call that names no file.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Unwrap exposes the system's reason to errors.Is and errors.As.
func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError wraps err as a failure of syscall (nil stays nil).
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsNotExist reports whether err says that a file does not exist.
func IsNotExist(err error) bool { return errors.Is(err, ErrNotExist) }

// IsExist reports whether err says that a file already exists.
func IsExist(err error) bool { return errors.Is(err, ErrExist) }

// File is an open file.
type File struct {
	fd   int
	name string
}

// The standard streams.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Open opens a file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create opens a file for reading and writing, emptied, creating it with mode 0666
// (less the umask) if need be.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens a file with the given flags, creating it with mode perm if O_CREATE
// says so.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, err := syscall.Open(name, flag, uint32(perm))
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	return &File{fd, name}, nil
}

// ReadFile is the whole content of a file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// WriteFile replaces the content of a file with data, creating it with mode perm if
// need be.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, writeErr := f.Write(data)
	closeErr := f.Close()
	if writeErr != nil {
		return writeErr
	}
	return closeErr
}

// Name is the name f was opened with.
func (f *File) Name() string { return f.name }

// Fd is f's descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// standard reports whether f is standard output or error.
func (f *File) standard() bool { return f.fd == 1 || f.fd == 2 }

// Write writes b to f.
func (f *File) Write(b []byte) (n int, err error) {
	if f.standard() {
		return f.WriteString(string(b))
	}
	if n, err = syscall.Write(f.fd, b); err != nil {
		return 0, &PathError{Op: "write", Path: f.name, Err: err}
	}
	return n, nil
}

// WriteString writes s to f.
func (f *File) WriteString(s string) (n int, err error) {
	if !f.standard() {
		return f.Write([]byte(s))
	}
	writeStd(f.fd, s)
	return len(s), nil
}

// writeStd writes s to the interpreter's buffered standard output (fd 1) or to
// standard error (fd 2).
func writeStd(fd int, s string)

// Read reads up to len(b) bytes from f; at the end of the file it reports io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	if n, err = syscall.Read(f.fd, b); err != nil {
		return 0, &PathError{Op: "read", Path: f.name, Err: err}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes f; closing a standard stream does nothing.
func (f *File) Close() error {
	if f.fd <= 2 {
		return nil
	}
	if syscall.Close(f.fd) != nil {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Args are the command-line arguments, the program's name first.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit ends the program at once with the given status: deferred calls do not run.
func Exit(code int)

// Getenv is the value of an environment variable, "" if it is unset.
func Getenv(key string) string {
	value, _ := LookupEnv(key)
	return value
}

// LookupEnv is the value of an environment variable and whether it is set.
func LookupEnv(key string) (string, bool)

// setenv is the native behind Setenv; it reports false for a key or value the system
// refuses.
func setenv(key, value string) bool

// Setenv sets an environment variable.
func Setenv(key, value string) error {
	if !setenv(key, value) {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	return nil
}

// Unsetenv removes an environment variable.
func Unsetenv(key string) error

// Clearenv removes every environment variable.
func Clearenv()

// Environ is the environment as "key=value" strings.
func Environ() []string

// Getpid is the process's id.
func Getpid() int

// Hostname is the machine's name as the kernel reports it.
func Hostname() (name string, err error)

// Package fs: the vocabulary of file systems that package os speaks: FileInfo,
// DirEntry, FileMode and its printed form, PathError, and the portable errors that
// errors.Is matches system errors against.
package fs

import (
	"internal/oserror"
	"time"
)

// The portable errors; a syscall.Errno answers errors.Is for the ones it means.
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// FileInfo describes a file, as Stat and ReadDir's entries report it.
type FileInfo interface {
	Name() string       // the last element of the file's name
	Size() int64        // bytes, for a regular file
	Mode() FileMode     // type and permission bits
	ModTime() time.Time // last modification
	IsDir() bool        // Mode().IsDir()
	Sys() any           // the system's own description, or nil
}

// DirEntry is an entry of a directory listing; Info may stat the file when asked.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode // the type bits of the entry's mode
	Info() (FileInfo, error)
}

// FileMode is a file's type and permission bits. The permission bits are Unix's (0777);
// the type and special bits sit at the top of the word, so that they are the same on
// every system.
type FileMode uint32

// The type and special bits, most significant first; String prints them with the
// letters "dalTLDpSugct?" in this order.
const (
	ModeDir        FileMode = 1 << 31 // d: a directory
	ModeAppend     FileMode = 1 << 30 // a: append-only
	ModeExclusive  FileMode = 1 << 29 // l: exclusive use
	ModeTemporary  FileMode = 1 << 28 // T: temporary file (Plan 9)
	ModeSymlink    FileMode = 1 << 27 // L: symbolic link
	ModeDevice     FileMode = 1 << 26 // D: device file
	ModeNamedPipe  FileMode = 1 << 25 // p: FIFO
	ModeSocket     FileMode = 1 << 24 // S: Unix domain socket
	ModeSetuid     FileMode = 1 << 23 // u: setuid
	ModeSetgid     FileMode = 1 << 22 // g: setgid
	ModeCharDevice FileMode = 1 << 21 // c: character device, with ModeDevice
	ModeSticky     FileMode = 1 << 20 // t: sticky
	ModeIrregular  FileMode = 1 << 19 // ?: a file of no other known type

	// ModeType masks the bits that say what kind of file it is.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // the Unix permission bits
)

// modeLetters names the bits from 1<<31 down, one letter each.
const modeLetters = "dalTLDpSugct?"

// String is the mode as ls prints it: a letter for each special bit set (or "-" if
// none), then rwx triplets for owner, group and others.
func (m FileMode) String() string {
	out := make([]byte, 0, len(modeLetters)+9)
	for i := 0; i < len(modeLetters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			out = append(out, modeLetters[i])
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	for bit := 8; bit >= 0; bit-- {
		if m&(1<<uint(bit)) == 0 {
			out = append(out, '-')
		} else {
			out = append(out, "rwx"[(8-bit)%3])
		}
	}
	return string(out)
}

// IsDir reports whether m is a directory's mode.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m is a regular file's mode (no type bit set).
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm is m's permission bits.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type is m's type bits.
func (m FileMode) Type() FileMode { return m & ModeType }

// PathError is a failed operation on a named file: "open /x/y: no such file or
// directory".
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap gives errors.Is and errors.As the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// ValidPath reports whether name is a path that an FS accepts: slash-separated
// elements, unrooted, none of them empty, "." or ".." (the whole name may be ".").
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '/' {
			continue
		}
		elem := name[start:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		start = i + 1
	}
	return true
}

// FormatDirEntry is a one-line summary of an entry: its type letters, then its name
// with a trailing slash for a directory ("d sub/", "- a.txt").
func FormatDirEntry(dir DirEntry) string {
	kind := dir.Type().String()
	line := kind[:len(kind)-9] + " " + dir.Name()
	if dir.IsDir() {
		line += "/"
	}
	return line
}

// FileInfoToDirEntry is a DirEntry describing info (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return infoEntry{info}
}

// infoEntry is a DirEntry over a FileInfo already at hand.
type infoEntry struct{ info FileInfo }

func (e infoEntry) Name() string            { return e.info.Name() }
func (e infoEntry) IsDir() bool             { return e.info.IsDir() }
func (e infoEntry) Type() FileMode          { return e.info.Mode().Type() }
func (e infoEntry) Info() (FileInfo, error) { return e.info, nil }
func (e infoEntry) String() string          { return FormatDirEntry(e) }

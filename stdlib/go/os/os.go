// Package os: files and directories, the program's arguments and environment, and
// exiting.
//
// A File is a descriptor of package syscall plus what Go's os keeps beside it: the name
// it was opened with (errors name it), whether it was closed, and a directory listing in
// progress. Every system call goes through syscall, whose natives run as blocking
// system calls. Errors are *PathError / *LinkError / *SyscallError around a
// syscall.Errno, so errors.Is matches them against fs.ErrNotExist and the rest. The
// environment is the interpreter's own copy (natives in stdlib/src/pkgs/os.rs).
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// The portable errors (the same values as io/fs's).
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// The flags of OpenFile: exactly one of the access modes, or-ed with any of the others.
const (
	O_RDONLY int = syscall.O_RDONLY // read only
	O_WRONLY int = syscall.O_WRONLY // write only
	O_RDWR   int = syscall.O_RDWR   // read and write
	O_APPEND int = syscall.O_APPEND // every write goes to the end
	O_CREATE int = syscall.O_CREAT  // create the file if it is missing
	O_EXCL   int = syscall.O_EXCL   // with O_CREATE: the file must not exist
	O_SYNC   int = syscall.O_SYNC   // synchronous writes
	O_TRUNC  int = syscall.O_TRUNC  // empty a regular writable file on opening
)

// Names os shares with io/fs.
type (
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	DirEntry  = fs.DirEntry
	PathError = fs.PathError
)

// The mode bits, as in io/fs.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Path syntax on Unix.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// IsPathSeparator reports whether c separates path elements.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// LinkError is a failed operation on two names (rename, link, symlink).
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

// Unwrap gives errors.Is and errors.As the underlying error.
func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError is a failed system call that concerns no file name.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Unwrap gives errors.Is and errors.As the underlying error.
func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError wraps err as a failure of the named call; nil stays nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsNotExist reports whether err says a file does not exist. Unlike errors.Is it looks
// only inside this package's own error types, not through other wrapping.
func IsNotExist(err error) bool { return causeIs(err, ErrNotExist) }

// IsExist reports whether err says a file already exists (or a directory is not empty).
func IsExist(err error) bool { return causeIs(err, ErrExist) }

// IsPermission reports whether err says an operation was not permitted.
func IsPermission(err error) bool { return causeIs(err, ErrPermission) }

// causeIs is the test behind IsNotExist and its siblings: err, once any PathError,
// LinkError or SyscallError is taken off, is target or an errno that means it.
func causeIs(err, target error) bool {
	switch e := err.(type) {
	case *PathError:
		err = e.Err
	case *LinkError:
		err = e.Err
	case *SyscallError:
		err = e.Err
	}
	if errno, ok := err.(syscall.Errno); ok {
		return errno.Is(target)
	}
	return err != nil && err == target
}

// File is an open file.
type File struct {
	fd         int
	name       string
	closed     bool
	appendOnly bool      // opened with O_APPEND: WriteAt is refused
	listing    *dirState // the directory entries not yet returned by ReadDir and co.
}

// NewFile makes a File of an open descriptor.
func NewFile(fd uintptr, name string) *File { return &File{fd: int(fd), name: name} }

// The standard streams. Writing to Stdout or Stderr is unbuffered, as in Go.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Open opens a file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create opens a file for reading and writing and empties it, creating it with mode
// 0666 (before the umask) if it does not exist.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens a file with the given flags (O_RDONLY...), creating it with perm
// (before the umask) when O_CREATE asks for it.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, err := syscall.Open(name, flag|syscall.O_CLOEXEC, systemMode(perm))
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	return &File{fd: fd, name: name, appendOnly: flag&O_APPEND != 0}, nil
}

// systemMode is m in the bits of the system's mode_t.
func systemMode(m FileMode) uint32 {
	bits := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		bits |= syscall.S_ISUID
	}
	if m&ModeSetgid != 0 {
		bits |= syscall.S_ISGID
	}
	if m&ModeSticky != 0 {
		bits |= syscall.S_ISVTX
	}
	return bits
}

// Name is the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd is the file's descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// usable is nil if f may be used for op, else the error op reports: ErrInvalid for a
// nil File, ErrClosed (inside a PathError) after Close.
func (f *File) usable(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return f.fail(op, ErrClosed)
	}
	return nil
}

// fail is err as a PathError naming f.
func (f *File) fail(op string, err error) error {
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Read reads up to len(b) bytes; at the end of the file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.usable("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, err = syscall.Read(f.fd, b)
	if err != nil {
		return 0, f.fail("read", err)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from offset off, leaving the file's offset alone; it
// returns io.EOF if the file ends first.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.usable("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, f.fail("readat", errors.New("negative offset"))
	}
	for n < len(b) {
		m, err := syscall.Pread(f.fd, b[n:], off+int64(n))
		if err != nil {
			return n, f.fail("read", err)
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
	}
	return n, nil
}

// Write writes all of b, or reports why it could not.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.usable("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		m, err := syscall.Write(f.fd, b[n:])
		if err != nil {
			return n, f.fail("write", err)
		}
		if m == 0 {
			return n, io.ErrShortWrite
		}
		n += m
	}
	return n, nil
}

// WriteString writes s.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// WriteAt writes b at offset off, leaving the file's offset alone.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.usable("write"); err != nil {
		return 0, err
	}
	if f.appendOnly {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, f.fail("writeat", errors.New("negative offset"))
	}
	for n < len(b) {
		m, err := syscall.Pwrite(f.fd, b[n:], off+int64(n))
		if err != nil {
			return n, f.fail("write", err)
		}
		n += m
	}
	return n, nil
}

// Seek sets the offset of the next Read or Write (whence: io.SeekStart, io.SeekCurrent
// or io.SeekEnd) and returns it. It also restarts a directory listing.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.usable("seek"); err != nil {
		return 0, err
	}
	f.listing = nil
	ret, err = syscall.Seek(f.fd, offset, whence)
	if err != nil {
		return 0, f.fail("seek", err)
	}
	return ret, nil
}

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.usable("stat"); err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil {
		return nil, f.fail("stat", err)
	}
	return newFileStat(f.name, &st), nil
}

// Sync commits the file's content to storage.
func (f *File) Sync() error {
	if err := f.usable("sync"); err != nil {
		return err
	}
	if err := syscall.Fsync(f.fd); err != nil {
		return f.fail("sync", err)
	}
	return nil
}

// Truncate sets the file's size.
func (f *File) Truncate(size int64) error {
	if err := f.usable("truncate"); err != nil {
		return err
	}
	if err := syscall.Ftruncate(f.fd, size); err != nil {
		return f.fail("truncate", err)
	}
	return nil
}

// Chmod sets the file's mode bits.
func (f *File) Chmod(mode FileMode) error {
	if err := f.usable("chmod"); err != nil {
		return err
	}
	if err := syscall.Fchmod(f.fd, systemMode(mode)); err != nil {
		return f.fail("chmod", err)
	}
	return nil
}

// Close closes the file; using it afterwards reports ErrClosed. Closing a standard
// stream only marks it closed: the interpreter keeps writing its own output.
func (f *File) Close() error {
	if err := f.usable("close"); err != nil {
		return err
	}
	f.closed = true
	f.listing = nil
	if f.fd <= 2 {
		return nil
	}
	if err := syscall.Close(f.fd); err != nil {
		return f.fail("close", err)
	}
	return nil
}

// ReadFile is the whole content of the named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() > 0 {
		size = int(info.Size()) + 1 // one more byte to see the end at once
	}
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// WriteFile replaces the content of the named file with data, creating the file with
// perm (before the umask) if it does not exist.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	return err
}

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (fi *fileStat) Name() string       { return fi.name }
func (fi *fileStat) Size() int64        { return fi.size }
func (fi *fileStat) Mode() FileMode     { return fi.mode }
func (fi *fileStat) ModTime() time.Time { return fi.modTime }
func (fi *fileStat) IsDir() bool        { return fi.mode.IsDir() }
func (fi *fileStat) Sys() any           { return &fi.sys }

// newFileStat describes the file name from what stat(2) said.
func newFileStat(name string, st *syscall.Stat_t) *fileStat {
	return &fileStat{
		name:    baseName(name),
		size:    st.Size,
		mode:    modeOf(st.Mode),
		modTime: time.Unix(st.Mtim.Sec, st.Mtim.Nsec),
		sys:     *st,
	}
}

// modeTypes pairs the system's file types with the FileMode bits they become.
var modeTypes = []struct {
	system uint32
	mode   FileMode
}{
	{syscall.S_IFDIR, ModeDir},
	{syscall.S_IFLNK, ModeSymlink},
	{syscall.S_IFIFO, ModeNamedPipe},
	{syscall.S_IFSOCK, ModeSocket},
	{syscall.S_IFBLK, ModeDevice},
	{syscall.S_IFCHR, ModeDevice | ModeCharDevice},
}

// modeOf is the FileMode of a system mode word (type, special and permission bits).
func modeOf(system uint32) FileMode {
	mode := FileMode(system & 0777)
	for _, t := range modeTypes {
		if system&syscall.S_IFMT == t.system {
			mode |= t.mode
		}
	}
	if system&syscall.S_ISUID != 0 {
		mode |= ModeSetuid
	}
	if system&syscall.S_ISGID != 0 {
		mode |= ModeSetgid
	}
	if system&syscall.S_ISVTX != 0 {
		mode |= ModeSticky
	}
	return mode
}

// baseName is the last element of a path, trailing slashes ignored ("/" stays "/").
func baseName(name string) string {
	end := len(name)
	for end > 1 && name[end-1] == '/' {
		end--
	}
	start := end
	for start > 0 && name[start-1] != '/' {
		start--
	}
	if start == end {
		return name[:end]
	}
	return name[start:end]
}

// Stat describes the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	var st syscall.Stat_t
	if err := syscall.Stat(name, &st); err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	return newFileStat(name, &st), nil
}

// Lstat describes the named file; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) {
	var st syscall.Stat_t
	if err := syscall.Lstat(name, &st); err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	return newFileStat(name, &st), nil
}

// SameFile reports whether two FileInfos from this package describe the same file.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.sys.Dev == b.sys.Dev && a.sys.Ino == b.sys.Ino
}

// errFileClosing is what listing a closed directory reports (as Go's poller does).
var errFileClosing = errors.New("use of closed file")

// dirState is a directory listing being handed out: names in order, with the type bits
// of each entry's mode.
type dirState struct {
	names []string
	types []uint32
}

// readDirNames lists the directory open as fd, sorted by name: each entry's name and
// the S_IFMT bits of its type.
func readDirNames(fd int) (names []string, types []uint32, errno int)

// batch takes up to n entries of f's listing (all that remain for n <= 0), listing the
// directory at the first call. Only with n > 0 is an exhausted listing io.EOF.
func (f *File) batch(n int) (names []string, types []uint32, err error) {
	if f == nil {
		return nil, nil, ErrInvalid
	}
	if f.closed {
		return nil, nil, f.fail("readdirent", errFileClosing)
	}
	if f.listing == nil {
		names, types, errno := readDirNames(f.fd)
		if errno != 0 {
			return nil, nil, f.fail("readdirent", syscall.Errno(errno))
		}
		f.listing = &dirState{names, types}
	}
	l := f.listing
	if n > 0 && len(l.names) == 0 {
		return nil, nil, io.EOF
	}
	if n <= 0 || n > len(l.names) {
		n = len(l.names)
	}
	names, types = l.names[:n], l.types[:n]
	l.names, l.types = l.names[n:], l.types[n:]
	return names, types, nil
}

// ReadDir returns the next n entries of the directory (all remaining ones for n <= 0).
// With n > 0 and no entries left, it returns io.EOF.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, types, err := f.batch(n)
	entries := make([]DirEntry, len(names))
	for i, name := range names {
		entries[i] = &dirEntry{dir: f.name, name: name, typ: modeOf(types[i]).Type()}
	}
	return entries, err
}

// Readdir is ReadDir with a FileInfo (from Lstat) per entry; entries that vanished
// since the listing are left out.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, _, err := f.batch(n)
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		info, lerr := Lstat(f.name + "/" + name)
		if IsNotExist(lerr) {
			continue
		}
		if lerr != nil {
			return infos, lerr
		}
		infos = append(infos, info)
	}
	return infos, err
}

// Readdirnames is ReadDir with only the names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	names, _, err = f.batch(n)
	return names, err
}

// dirEntry is an entry of a directory listing; Info stats it when asked.
type dirEntry struct {
	dir  string
	name string
	typ  FileMode
}

func (e *dirEntry) Name() string            { return e.name }
func (e *dirEntry) IsDir() bool             { return e.typ.IsDir() }
func (e *dirEntry) Type() FileMode          { return e.typ }
func (e *dirEntry) Info() (FileInfo, error) { return Lstat(e.dir + "/" + e.name) }
func (e *dirEntry) String() string          { return fs.FormatDirEntry(e) }

// ReadDir lists the named directory, sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := OpenFile(name, O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// Mkdir makes a directory with permissions perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	if err := syscall.Mkdir(name, systemMode(perm)); err != nil {
		return &PathError{Op: "mkdir", Path: name, Err: err}
	}
	return nil
}

// MkdirAll makes a directory and any missing parents, each with perm; a directory that
// already exists is fine.
func MkdirAll(path string, perm FileMode) error {
	if info, err := Stat(path); err == nil {
		if info.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	if parent := parentDir(path); parent != "" {
		if err := MkdirAll(parent, perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// Someone else may have made it meanwhile.
		if info, lerr := Lstat(path); lerr == nil && info.IsDir() {
			return nil
		}
	}
	return err
}

// parentDir is path without its last element ("" when there is no parent to make).
func parentDir(path string) string {
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	for end > 0 && path[end-1] != '/' {
		end--
	}
	for end > 1 && path[end-1] == '/' {
		end--
	}
	if end == 0 || (end == 1 && path[0] == '/') {
		return ""
	}
	return path[:end]
}

// Remove removes a file or an empty directory.
func Remove(name string) error {
	unlinkErr := syscall.Unlink(name)
	if unlinkErr == nil {
		return nil
	}
	rmdirErr := syscall.Rmdir(name)
	if rmdirErr == nil {
		return nil
	}
	// Unlinking a directory fails differently from system to system, but rmdir of
	// anything else always says ENOTDIR: that tells which of the two errors to report.
	if rmdirErr == syscall.ENOTDIR {
		return &PathError{Op: "remove", Path: name, Err: unlinkErr}
	}
	return &PathError{Op: "remove", Path: name, Err: rmdirErr}
}

// RemoveAll removes path and everything under it. A path that does not exist is not an
// error; the first failure is reported.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || hasSuffix(path, "/.") {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	info, err := Lstat(path)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	var first error
	if info.IsDir() {
		first = removeChildren(path)
	}
	if err := Remove(path); err != nil && !IsNotExist(err) && first == nil {
		first = err
	}
	return first
}

// removeChildren empties a directory for RemoveAll and returns its first failure.
func removeChildren(dir string) error {
	f, err := Open(dir)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	for _, name := range names {
		if rerr := RemoveAll(dir + "/" + name); rerr != nil && err == nil {
			err = rerr
		}
	}
	return err
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Rename renames (moves) oldpath to newpath, replacing a file there. Replacing a
// directory is refused with EEXIST, unless both name the same file.
func Rename(oldpath, newpath string) error {
	if to, err := Lstat(newpath); err == nil && to.IsDir() {
		from, err := Lstat(oldpath)
		if err != nil {
			return &LinkError{"rename", oldpath, newpath, err.(*PathError).Err}
		}
		if oldpath == newpath || !SameFile(from, to) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if err := syscall.Rename(oldpath, newpath); err != nil {
		return &LinkError{"rename", oldpath, newpath, err}
	}
	return nil
}

// Symlink makes newname a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if err := syscall.Symlink(oldname, newname); err != nil {
		return &LinkError{"symlink", oldname, newname, err}
	}
	return nil
}

// Link makes newname a hard link to oldname.
func Link(oldname, newname string) error {
	if err := syscall.Link(oldname, newname); err != nil {
		return &LinkError{"link", oldname, newname, err}
	}
	return nil
}

// Readlink is the target of the symbolic link name.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		buf := make([]byte, size)
		n, err := syscall.Readlink(name, buf)
		if err != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: err}
		}
		if n < size {
			return string(buf[:n]), nil
		}
	}
}

// Chmod sets the mode bits of the named file.
func Chmod(name string, mode FileMode) error {
	if err := syscall.Chmod(name, systemMode(mode)); err != nil {
		return &PathError{Op: "chmod", Path: name, Err: err}
	}
	return nil
}

// Truncate sets the size of the named file.
func Truncate(name string, size int64) error {
	if err := syscall.Truncate(name, size); err != nil {
		return &PathError{Op: "truncate", Path: name, Err: err}
	}
	return nil
}

// Chdir makes dir the working directory.
func Chdir(dir string) error {
	if err := syscall.Chdir(dir); err != nil {
		return &PathError{Op: "chdir", Path: dir, Err: err}
	}
	return nil
}

// Getwd is an absolute name of the working directory: $PWD when it names it (so a path
// through symbolic links is kept), else the system's.
func Getwd() (dir string, err error) {
	if pwd := Getenv("PWD"); len(pwd) > 0 && pwd[0] == '/' {
		here, herr := Stat(".")
		there, terr := Stat(pwd)
		if herr == nil && terr == nil && SameFile(here, there) {
			return pwd, nil
		}
	}
	return syscall.Getwd()
}

// TempDir is the directory for temporary files: $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// UserHomeDir is the user's home directory, $HOME.
func UserHomeDir() (string, error) {
	if home := Getenv("HOME"); home != "" {
		return home, nil
	}
	return "", errors.New("$HOME is not defined")
}

// random is a random number in decimal, for temporary names.
func random() string

// tempNamer checks pattern and returns a maker of candidate paths in dir (not ""):
// the pattern with a random number in place of its last "*" (or at its end). op names
// the caller in errors.
func tempNamer(dir, pattern, op string) (func() string, error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return nil, &PathError{Op: op, Path: pattern, Err: errors.New("pattern contains path separator")}
		}
	}
	prefix, suffix := pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	if dir[len(dir)-1] != '/' {
		dir += "/"
	}
	return func() string { return dir + prefix + random() + suffix }, nil
}

// tempTries bounds the attempts at a fresh temporary name.
const tempTries = 10000

// MkdirTemp makes a new directory in dir (TempDir() if dir is "") named by pattern, a
// random number replacing its last "*" (or appended), and returns its path.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	next, err := tempNamer(dir, pattern, "mkdirtemp")
	if err != nil {
		return "", err
	}
	for try := 0; ; try++ {
		name := next()
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsNotExist(err) {
			// Say which part is missing: the directory itself, if it is.
			if _, serr := Stat(dir); IsNotExist(serr) {
				return "", serr
			}
		}
		if !IsExist(err) || try == tempTries {
			return "", err
		}
	}
}

// CreateTemp creates and opens (read-write) a new file in dir named like MkdirTemp's
// directories.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	next, err := tempNamer(dir, pattern, "createtemp")
	if err != nil {
		return nil, err
	}
	for try := 0; ; try++ {
		f, err := OpenFile(next(), O_RDWR|O_CREATE|O_EXCL, 0600)
		if err == nil || !IsExist(err) || try == tempTries {
			return f, err
		}
	}
}

// Pipe makes a pipe: reading r gives what is written to w.
func Pipe() (r *File, w *File, err error) {
	fds := make([]int, 2)
	if err := syscall.Pipe(fds); err != nil {
		return nil, nil, NewSyscallError("pipe", err)
	}
	return NewFile(uintptr(fds[0]), "|0"), NewFile(uintptr(fds[1]), "|1"), nil
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

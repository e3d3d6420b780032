// Package syscall: the raw Linux system calls package os is built on, for files,
// directories, links and pipes. Every call that may wait on the system runs as a blocking
// system call (the natives in stdlib/src/pkgs/syscall.rs hand the goroutine's P off while
// they wait). The natives report failure as an errno number; the exported functions below
// turn it into an Errno.
package syscall

import "internal/oserror"

// The flags of Open (Linux amd64 values): one access mode or-ed with any of the rest.
const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_ACCMODE   = 0x3
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_NOCTTY    = 0x100
	O_TRUNC     = 0x200
	O_APPEND    = 0x400
	O_NONBLOCK  = 0x800
	O_SYNC      = 0x101000
	O_DIRECTORY = 0x10000
	O_NOFOLLOW  = 0x20000
	O_CLOEXEC   = 0x80000
)

// The file type and special bits of Stat_t.Mode.
const (
	S_IFMT   = 0xf000
	S_IFSOCK = 0xc000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFBLK  = 0x6000
	S_IFDIR  = 0x4000
	S_IFCHR  = 0x2000
	S_IFIFO  = 0x1000
	S_ISUID  = 0x800
	S_ISGID  = 0x400
	S_ISVTX  = 0x200
)

// Errno is a system error number; its text is the C library's message for it.
type Errno uintptr

func (e Errno) Error() string { return errstr(int(e)) }

// Is lets errors.Is match an Errno against the portable errors of packages os and io/fs
// (fs.ErrNotExist...).
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

// Timeout reports whether e means that an operation timed out.
func (e Errno) Timeout() bool { return e == EAGAIN || e == ETIMEDOUT }

// The errnos minigo names (Linux values).
const (
	EPERM        Errno = 1
	ENOENT       Errno = 2
	EINTR        Errno = 4
	EIO          Errno = 5
	EBADF        Errno = 9
	EAGAIN       Errno = 11
	EACCES       Errno = 13
	EEXIST       Errno = 17
	EXDEV        Errno = 18
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EINVAL       Errno = 22
	EMFILE       Errno = 24
	ENOSPC       Errno = 28
	ESPIPE       Errno = 29
	EROFS        Errno = 30
	EPIPE        Errno = 32
	ENAMETOOLONG Errno = 36
	ENOSYS       Errno = 38
	ENOTEMPTY    Errno = 39
	ELOOP        Errno = 40
	ETIMEDOUT    Errno = 110
)

// errstr is the system's message for errno e ("no such file or directory").
func errstr(e int) string

// errnoErr is nil for 0, else the Errno.
func errnoErr(errno int) error {
	if errno == 0 {
		return nil
	}
	return Errno(errno)
}

// result is n, or -1 and the Errno when errno is not 0.
func result(n, errno int) (int, error) {
	if errno != 0 {
		return -1, Errno(errno)
	}
	return n, nil
}

// Timespec is a time as seconds and nanoseconds since the Unix epoch.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix is ts as seconds and nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano is ts in nanoseconds since the epoch.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// Stat_t is what stat(2) tells about a file.
type Stat_t struct {
	Dev     uint64
	Ino     uint64
	Nlink   uint64
	Mode    uint32 // the type (S_IFDIR...) and permission bits
	Uid     uint32
	Gid     uint32
	Rdev    uint64
	Size    int64
	Blksize int64
	Blocks  int64
	Atim    Timespec
	Mtim    Timespec
	Ctim    Timespec
}

// statFields is how many numbers the stat natives write, in Stat_t's order (a time
// takes two).
const statFields = 16

func stat(path string, follow bool, raw []int64) (errno int)
func fstat(fd int, raw []int64) (errno int)

// fill copies what a stat native wrote into st.
func (st *Stat_t) fill(raw []int64) {
	st.Dev, st.Ino, st.Nlink = uint64(raw[0]), uint64(raw[1]), uint64(raw[2])
	st.Mode, st.Uid, st.Gid = uint32(raw[3]), uint32(raw[4]), uint32(raw[5])
	st.Rdev, st.Size, st.Blksize, st.Blocks = uint64(raw[6]), raw[7], raw[8], raw[9]
	st.Atim = Timespec{raw[10], raw[11]}
	st.Mtim = Timespec{raw[12], raw[13]}
	st.Ctim = Timespec{raw[14], raw[15]}
}

// statWith runs one of the stat natives and fills st when it succeeds.
func statWith(st *Stat_t, call func(raw []int64) int) error {
	raw := make([]int64, statFields)
	if errno := call(raw); errno != 0 {
		return Errno(errno)
	}
	st.fill(raw)
	return nil
}

// Stat describes the file at path, following symbolic links.
func Stat(path string, st *Stat_t) error {
	return statWith(st, func(raw []int64) int { return stat(path, true, raw) })
}

// Lstat describes the file at path; a symbolic link is described itself.
func Lstat(path string, st *Stat_t) error {
	return statWith(st, func(raw []int64) int { return stat(path, false, raw) })
}

// Fstat describes the open file fd.
func Fstat(fd int, st *Stat_t) error {
	return statWith(st, func(raw []int64) int { return fstat(fd, raw) })
}

func open(path string, mode int, perm uint32) (fd int, errno int)
func read(fd int, p []byte) (n int, errno int)
func write(fd int, p []byte) (n int, errno int)
func pread(fd int, p []byte, offset int64) (n int, errno int)
func pwrite(fd int, p []byte, offset int64) (n int, errno int)
func seek(fd int, offset int64, whence int) (off int64, errno int)
func closeFd(fd int) (errno int)
func fsync(fd int) (errno int)
func ftruncate(fd int, length int64) (errno int)
func fchmod(fd int, mode uint32) (errno int)
func pipe() (r int, w int, errno int)

// Open opens path with the flags mode (O_RDONLY...), creating it with permissions perm
// if mode has O_CREAT.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	return result(open(path, mode, perm))
}

// Read reads up to len(p) bytes from fd; 0 means the end of the file.
func Read(fd int, p []byte) (n int, err error) { return result(read(fd, p)) }

// Write writes p to fd.
func Write(fd int, p []byte) (n int, err error) { return result(write(fd, p)) }

// Pread reads up to len(p) bytes from fd at offset, leaving the file's offset alone.
func Pread(fd int, p []byte, offset int64) (n int, err error) {
	return result(pread(fd, p, offset))
}

// Pwrite writes p to fd at offset, leaving the file's offset alone.
func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	return result(pwrite(fd, p, offset))
}

// Seek moves fd's offset (whence: 0 from the start, 1 from the current offset, 2 from
// the end) and returns the new offset.
func Seek(fd int, offset int64, whence int) (off int64, err error) {
	off, errno := seek(fd, offset, whence)
	if errno != 0 {
		return -1, Errno(errno)
	}
	return off, nil
}

// Close closes fd.
func Close(fd int) (err error) { return errnoErr(closeFd(fd)) }

// Fsync commits fd's data to storage.
func Fsync(fd int) (err error) { return errnoErr(fsync(fd)) }

// Ftruncate sets the size of the open file fd.
func Ftruncate(fd int, length int64) (err error) { return errnoErr(ftruncate(fd, length)) }

// Fchmod sets the permission bits of the open file fd.
func Fchmod(fd int, mode uint32) (err error) { return errnoErr(fchmod(fd, mode)) }

// Pipe makes a pipe: p[0] is its reading end, p[1] its writing end.
func Pipe(p []int) error {
	if len(p) != 2 {
		return EINVAL
	}
	r, w, errno := pipe()
	if errno != 0 {
		return Errno(errno)
	}
	p[0], p[1] = r, w
	return nil
}

func mkdir(path string, mode uint32) (errno int)
func rmdir(path string) (errno int)
func unlink(path string) (errno int)
func chdir(path string) (errno int)
func chmod(path string, mode uint32) (errno int)
func truncate(path string, length int64) (errno int)
func rename(from, to string) (errno int)
func symlink(target, link string) (errno int)
func link(target, link string) (errno int)
func readlink(path string, buf []byte) (n int, errno int)
func getwd() (dir string, errno int)

// Mkdir makes the directory path with permissions mode.
func Mkdir(path string, mode uint32) (err error) { return errnoErr(mkdir(path, mode)) }

// Rmdir removes the empty directory path.
func Rmdir(path string) error { return errnoErr(rmdir(path)) }

// Unlink removes the name path (not a directory).
func Unlink(path string) error { return errnoErr(unlink(path)) }

// Chdir makes path the working directory.
func Chdir(path string) (err error) { return errnoErr(chdir(path)) }

// Chmod sets the permission bits of the file at path.
func Chmod(path string, mode uint32) (err error) { return errnoErr(chmod(path, mode)) }

// Truncate sets the size of the file at path.
func Truncate(path string, length int64) (err error) { return errnoErr(truncate(path, length)) }

// Rename renames from to to, replacing to if it exists.
func Rename(from, to string) (err error) { return errnoErr(rename(from, to)) }

// Symlink makes link a symbolic link to target.
func Symlink(target, link string) (err error) { return errnoErr(symlink(target, link)) }

// Link makes link a hard link to target.
func Link(target, newpath string) (err error) { return errnoErr(link(target, newpath)) }

// Readlink copies the target of the symbolic link path into buf (cut at len(buf)) and
// returns its length.
func Readlink(path string, buf []byte) (n int, err error) { return result(readlink(path, buf)) }

// Getwd is the absolute name of the working directory.
func Getwd() (wd string, err error) {
	wd, errno := getwd()
	return wd, errnoErr(errno)
}

// Getpid is the process's id.
func Getpid() (pid int)

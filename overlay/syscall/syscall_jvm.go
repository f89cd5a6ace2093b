// gojc overlay: the system calls of package syscall, as Java natives over java.nio
// (gojc.rt.std.syscall.Natives). File descriptors are the natives' own table (0, 1, 2 are the
// process's standard streams; writes to 1 and 2 go through gojc.rt.Stdio unbuffered, the path
// print/println also take). Natives return a result >= 0 or -errno; the Go side makes the error.

package syscall

func errOf(r int) error {
	if r < 0 {
		return Errno(-r)
	}
	return nil
}

func result(r int) (int, error) {
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

func open(path string, mode int, perm uint32) int
func read(fd int, p []byte) int
func write(fd int, p []byte) int
func pread(fd int, p []byte, offset int64) int
func pwrite(fd int, p []byte, offset int64) int
func seek(fd int, offset int64, whence int) int64
func closeFd(fd int) int
func dup(fd int) int
func pipe2(p []int, flags int) int
func fdFlags(fd int, set bool, nonblocking bool) int

// stat fills st (13 words: dev ino nlink mode uid gid rdev size blksize blocks atime mtime
// ctime, the times in ns) for the path, or for fd when path is "" ; follow is false for lstat.
func stat(fd int, path string, follow bool, st []int64) int

func readDirent(fd int, buf []byte) int
func mkdir(path string, mode uint32) int
func rmdir(path string) int
func unlink(path string) int
func rename(from, to string) int
func link(from, to string) int
func symlink(target, path string) int
func readlink(path string, buf []byte) int
func chmod(fd int, path string, mode uint32) int
func chown(fd int, path string, follow bool, uid, gid int) int
func truncate(fd int, path string, length int64) int
func fsync(fd int) int
func utimes(path string, atime, mtime int64) int
func getwd() string
func chdir(fd int, path string) int
func getpid() int
func getppid() int
func gettid() int
func getuid(effective bool) int
func getgid(effective bool) int
func hostname() string
func envs() []string
func exit(code int)
func kill(pid int, sig int) int

// The descriptor-relative calls of internal/syscall/unix.
func openat(dirfd int, path string, flags int, perm uint32) int
func unlinkat(dirfd int, path string, flags int) int
func fstatat(dirfd int, path string, follow bool, st []int64) int

// OpenatJVM, UnlinkatJVM and FstatatJVM are internal/syscall/unix's at-calls (exported for
// it only: gojc's unix overlay has no raw system calls to make).
func OpenatJVM(dirfd int, path string, flags int, perm uint32) (int, error) {
	return result(openat(dirfd, path, flags|O_LARGEFILE, perm))
}

func UnlinkatJVM(dirfd int, path string, flags int) error {
	return errOf(unlinkat(dirfd, path, flags))
}

func FstatatJVM(dirfd int, path string, st *Stat_t, flags int) error {
	var w [13]int64
	if r := fstatat(dirfd, path, flags&0x100 == 0, w[:]); r < 0 {
		return Errno(-r)
	}
	fillStat(st, &w)
	return nil
}

func Open(path string, mode int, perm uint32) (fd int, err error) {
	return result(open(path, mode|O_LARGEFILE, perm))
}

func Read(fd int, p []byte) (n int, err error) { return result(read(fd, p)) }

func Write(fd int, p []byte) (n int, err error) { return result(write(fd, p)) }

func Pread(fd int, p []byte, offset int64) (n int, err error) {
	return result(pread(fd, p, offset))
}

func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	return result(pwrite(fd, p, offset))
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r := seek(fd, offset, whence)
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

func Close(fd int) (err error) { return errOf(closeFd(fd)) }

func Dup(oldfd int) (fd int, err error) { return result(dup(oldfd)) }

func Pipe(p []int) error { return Pipe2(p, 0) }

func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	return errOf(pipe2(p, flags))
}

func CloseOnExec(fd int) { fdFlags(fd, false, false) }

func SetNonblock(fd int, nonblocking bool) (err error) {
	return errOf(fdFlags(fd, true, nonblocking))
}

// IsNonblockJVM is internal/syscall/unix.IsNonblock (only sockets can be non-blocking).
func IsNonblockJVM(fd int) (nonblocking bool, err error) {
	r, err := result(fdFlags(fd, false, false))
	return r == 1, err
}

func fillStat(st *Stat_t, w *[13]int64) {
	*st = Stat_t{}
	st.Dev = uint64(w[0])
	st.Ino = uint64(w[1])
	st.Nlink = uint64(w[2])
	st.Mode = uint32(w[3])
	st.Uid = uint32(w[4])
	st.Gid = uint32(w[5])
	st.Rdev = uint64(w[6])
	st.Size = w[7]
	st.Blksize = w[8]
	st.Blocks = w[9]
	st.Atim = NsecToTimespec(w[10])
	st.Mtim = NsecToTimespec(w[11])
	st.Ctim = NsecToTimespec(w[12])
}

func statCall(fd int, path string, follow bool, st *Stat_t) error {
	var w [13]int64
	if r := stat(fd, path, follow, w[:]); r < 0 {
		return Errno(-r)
	}
	fillStat(st, &w)
	return nil
}

func Fstat(fd int, stat *Stat_t) (err error) { return statCall(fd, "", true, stat) }

func Stat(path string, stat *Stat_t) (err error) {
	if path == "" {
		return ENOENT
	}
	return statCall(-1, path, true, stat)
}

func Lstat(path string, stat *Stat_t) (err error) {
	if path == "" {
		return ENOENT
	}
	return statCall(-1, path, false, stat)
}

func ReadDirent(fd int, buf []byte) (n int, err error) { return result(readDirent(fd, buf)) }

func Mkdir(path string, mode uint32) (err error) { return errOf(mkdir(path, mode)) }

func Rmdir(path string) error { return errOf(rmdir(path)) }

func Unlink(path string) error { return errOf(unlink(path)) }

func Rename(oldpath string, newpath string) (err error) { return errOf(rename(oldpath, newpath)) }

func Link(oldpath string, newpath string) (err error) { return errOf(link(oldpath, newpath)) }

func Symlink(oldpath string, newpath string) (err error) { return errOf(symlink(oldpath, newpath)) }

func Readlink(path string, buf []byte) (n int, err error) { return result(readlink(path, buf)) }

func Chmod(path string, mode uint32) (err error) { return errOf(chmod(-1, path, mode)) }

func Fchmod(fd int, mode uint32) (err error) { return errOf(chmod(fd, "", mode)) }

func Chown(path string, uid int, gid int) (err error) { return errOf(chown(-1, path, true, uid, gid)) }

func Lchown(path string, uid int, gid int) (err error) {
	return errOf(chown(-1, path, false, uid, gid))
}

func Fchown(fd int, uid int, gid int) (err error) { return errOf(chown(fd, "", true, uid, gid)) }

func Truncate(path string, length int64) (err error) { return errOf(truncate(-1, path, length)) }

func Ftruncate(fd int, length int64) (err error) { return errOf(truncate(fd, "", length)) }

func Fsync(fd int) (err error) { return errOf(fsync(fd)) }

func UtimesNano(path string, ts []Timespec) (err error) {
	if len(ts) != 2 {
		return EINVAL
	}
	return errOf(utimes(path, ts[0].Nano(), ts[1].Nano()))
}

func Getwd() (wd string, err error) { return getwd(), nil }

func Chdir(path string) (err error) { return errOf(chdir(-1, path)) }

func Fchdir(fd int) (err error) { return errOf(chdir(fd, "")) }

func Getpagesize() int { return 4096 }

func Exit(code int) { exit(code) }

func Getpid() (pid int) { return getpid() }

func Getppid() (ppid int) { return getppid() }

// Gettid is the calling thread's id: an M's, since goroutines run on Ms (platform threads).
func Gettid() (tid int) { return gettid() }

func Getuid() (uid int) { return getuid(false) }

func Geteuid() (euid int) { return getuid(true) }

func Getgid() (gid int) { return getgid(false) }

func Getegid() (egid int) { return getgid(true) }

func Getgroups() (gids []int, err error) { return []int{getgid(false)}, nil }

func Kill(pid int, sig Signal) (err error) { return errOf(kill(pid, int(sig))) }

func Uname(buf *Utsname) (err error) {
	put := func(dst *[65]int8, s string) {
		for i := 0; i < len(s) && i < 64; i++ {
			dst[i] = int8(s[i])
		}
	}
	*buf = Utsname{}
	put(&buf.Sysname, "Linux")
	put(&buf.Nodename, hostname())
	put(&buf.Machine, "x86_64")
	return nil
}

func Getrlimit(resource int, rlim *Rlimit) (err error) {
	if resource != RLIMIT_NOFILE {
		return EINVAL
	}
	rlim.Cur, rlim.Max = 1<<20, 1<<20
	return nil
}

func Setrlimit(resource int, rlim *Rlimit) (err error) {
	if resource != RLIMIT_NOFILE {
		return EINVAL
	}
	return nil
}

func Getrusage(who int, rusage *Rusage) (err error) {
	*rusage = Rusage{}
	return nil
}

// StartProcess starts a child process (java.lang.ProcessBuilder: the JVM cannot fork). Its
// descriptors 0-2 are attr.Files[0:3]; SysProcAttr is not applied.
func StartProcess(argv0 string, argv []string, attr *ProcAttr) (pid int, handle uintptr, err error) {
	env, dir, files := attr.Env, attr.Dir, attr.Files
	if env == nil {
		env = Environ()
	}
	r := startProcess(argv0, argv, env, dir, files)
	if r < 0 {
		return 0, 0, Errno(-r)
	}
	return r, 0, nil
}

// Wait4 waits for a child started by StartProcess; options and rusage are not supported.
func Wait4(pid int, wstatus *WaitStatus, options int, rusage *Rusage) (wpid int, err error) {
	r := wait4(pid)
	if r < 0 {
		return -1, Errno(-r)
	}
	if wstatus != nil {
		*wstatus = WaitStatus(r)
	}
	if rusage != nil {
		*rusage = Rusage{}
	}
	return pid, nil
}

func startProcess(argv0 string, argv []string, env []string, dir string, files []uintptr) int
func wait4(pid int) int

// Syscall and its variants: there are no raw system calls on the JVM.
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return ^uintptr(0), 0, ENOSYS
}

// ByteSliceFromString returns a NUL-terminated slice containing the text of s.
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

// BytePtrFromString returns a pointer to a NUL-terminated array of bytes containing the text of s.
func BytePtrFromString(s string) (*byte, error) {
	a, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &a[0], nil
}

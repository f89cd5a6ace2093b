// gojc overlay: the linux/amd64 types and constants of package syscall that std uses. The
// struct layouts are the kernel's (os reads Dirent records through unsafe.Offsetof), the
// values are linux/amd64's.

// Package syscall contains an interface to the low-level operating system primitives.
// On gojc the primitives are Java natives over java.nio (gojc.rt.std.syscall.Natives).
package syscall

import (
	"internal/itoa"
	"internal/oserror"
	"sync"
)

// An Errno is an unsigned number describing an error condition.
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errorTexts) {
		s := errorTexts[e]
		if s != "" {
			return s
		}
	}
	return "errno " + itoa.Itoa(int(e))
}

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

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// errnoErr returns common boxed Errno values, to prevent allocations at runtime.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

// A Signal is a number describing a process signal.
type Signal int

func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 <= s && int(s) < len(signalTexts) {
		str := signalTexts[s]
		if str != "" {
			return str
		}
	}
	return "signal " + itoa.Itoa(int(s))
}

const ImplementsGetwd = true

var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// ForkLock is taken by os/exec around descriptor creation and process start.
var ForkLock sync.RWMutex

const (
	AF_INET    = 0x2
	AF_INET6   = 0xa
	AF_NETLINK = 0x10
	AF_UNIX    = 0x1
	AF_UNSPEC  = 0x0

	DT_BLK     = 0x6
	DT_CHR     = 0x2
	DT_DIR     = 0x4
	DT_FIFO    = 0x1
	DT_LNK     = 0xa
	DT_REG     = 0x8
	DT_SOCK    = 0xc
	DT_UNKNOWN = 0x0

	FD_CLOEXEC      = 0x1
	F_DUPFD_CLOEXEC = 0x406
	F_GETFD         = 0x1
	F_GETFL         = 0x3
	F_SETFD         = 0x2
	F_SETFL         = 0x4
	F_GETPIPE_SZ    = 0x408

	O_ACCMODE   = 0x3
	O_APPEND    = 0x400
	O_ASYNC     = 0x2000
	O_CLOEXEC   = 0x80000
	O_CREAT     = 0x40
	O_DIRECTORY = 0x10000
	O_EXCL      = 0x80
	O_LARGEFILE = 0x0
	O_NOCTTY    = 0x100
	O_NOFOLLOW  = 0x20000
	O_NONBLOCK  = 0x800
	O_RDONLY    = 0x0
	O_RDWR      = 0x2
	O_SYNC      = 0x101000
	O_TRUNC     = 0x200
	O_WRONLY    = 0x1

	RLIMIT_NOFILE = 0x7
	RUSAGE_SELF   = 0x0

	SOCK_CLOEXEC   = 0x80000
	SOCK_DGRAM     = 0x2
	SOCK_NONBLOCK  = 0x800
	SOCK_RAW       = 0x3
	SOCK_SEQPACKET = 0x5
	SOCK_STREAM    = 0x1

	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFMT   = 0xf000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_IRUSR  = 0x100
	S_IWUSR  = 0x80
	S_IXUSR  = 0x40
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200

	WNOHANG  = 0x1
	WEXITED  = 0x4
	WNOWAIT  = 0x1000000
	WUNTRACE = 0x2

	SYS_WRITEV     = 20
	SYS_FCNTL      = 72
	SYS_WAITID     = 247
	SYS_OPENAT     = 257
	SYS_NEWFSTATAT = 262
	SYS_UNLINKAT   = 263
)

type Timespec struct {
	Sec  int64
	Nsec int64
}

func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

func NsecToTimespec(nsec int64) Timespec {
	sec := nsec / 1e9
	nsec = nsec % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Timespec{Sec: sec, Nsec: nsec}
}

func TimespecToNsec(ts Timespec) int64 { return ts.Nano() }

type Timeval struct {
	Sec  int64
	Usec int64
}

func (tv *Timeval) Unix() (sec int64, nsec int64) { return tv.Sec, tv.Usec * 1000 }

func (tv *Timeval) Nano() int64 { return tv.Sec*1e9 + tv.Usec*1000 }

func NsecToTimeval(nsec int64) Timeval {
	nsec += 999 // round up to microsecond
	usec := nsec % 1e9 / 1e3
	sec := nsec / 1e9
	if usec < 0 {
		usec += 1e6
		sec--
	}
	return Timeval{Sec: sec, Usec: usec}
}

type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// Dirent is the kernel's linux_dirent64 record, which ReadDirent produces.
type Dirent struct {
	Ino       uint64
	Off       int64
	Reclen    uint16
	Type      uint8
	Name      [256]int8
	Pad_cgo_0 [5]byte
}

type Rusage struct {
	Utime    Timeval
	Stime    Timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

type Rlimit struct {
	Cur uint64
	Max uint64
}

type Utsname struct {
	Sysname    [65]int8
	Nodename   [65]int8
	Release    [65]int8
	Version    [65]int8
	Machine    [65]int8
	Domainname [65]int8
}

type Iovec struct {
	Base *byte
	Len  uint64
}

// Credential holds user and group identities to be assumed by a child process.
type Credential struct {
	Uid         uint32
	Gid         uint32
	Groups      []uint32
	NoSetGroups bool
}

// SysProcAttr holds the Linux process attributes of StartProcess.
type SysProcAttr struct {
	Chroot       string
	Credential   *Credential
	Ptrace       bool
	Setsid       bool
	Setpgid      bool
	Setctty      bool
	Noctty       bool
	Ctty         int
	Foreground   bool
	Pgid         int
	Pdeathsig    Signal
	Cloneflags   uintptr
	Unshareflags uintptr
}

// ProcAttr holds attributes that will be applied to a new process started by StartProcess.
type ProcAttr struct {
	Dir   string
	Env   []string
	Files []uintptr
	Sys   *SysProcAttr
}

type WaitStatus uint32

const (
	mask    = 0x7F
	core    = 0x80
	exited  = 0x00
	stopped = 0x7F
	shift   = 8
)

func (w WaitStatus) Exited() bool    { return w&mask == exited }
func (w WaitStatus) Signaled() bool  { return w&mask != stopped && w&mask != exited }
func (w WaitStatus) Stopped() bool   { return w&0xFF == stopped }
func (w WaitStatus) Continued() bool { return w == 0xFFFF }
func (w WaitStatus) CoreDump() bool  { return w.Signaled() && w&core != 0 }

func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>shift) & 0xFF
}

func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & mask)
}

func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>shift) & 0xFF
}

func (w WaitStatus) TrapCause() int { return -1 }

// A RawConn is a raw network connection.
type RawConn interface {
	Control(f func(fd uintptr)) error
	Read(f func(fd uintptr) (done bool)) error
	Write(f func(fd uintptr) (done bool)) error
}

// Conn is implemented by some types in the net and os packages to provide access to the
// underlying file descriptor or handle.
type Conn interface {
	SyscallConn() (RawConn, error)
}

// Sockets (the calls are in net_jvm.go).
type Sockaddr interface {
	sockaddr()
}

type SockaddrInet4 struct {
	Port int
	Addr [4]byte
}

func (*SockaddrInet4) sockaddr() {}

type SockaddrInet6 struct {
	Port   int
	ZoneId uint32
	Addr   [16]byte
}

func (*SockaddrInet6) sockaddr() {}

type SockaddrUnix struct {
	Name string
}

func (*SockaddrUnix) sockaddr() {}

// gojc overlay: the linux API of internal/syscall/unix that std uses, on gojc's syscall overlay
// (descriptor-relative calls) and Java natives (gojc.rt.std.internal.syscall.unix.Natives).

// Package unix holds system calls std needs beyond package syscall.
package unix

import "syscall"

const (
	AT_FDCWD            = -0x64
	AT_REMOVEDIR        = 0x200
	AT_SYMLINK_NOFOLLOW = 0x100
)

// FcntlSyscall is the fcntl system call's number, for syscall.Syscall (which fails with ENOSYS
// on gojc: callers fall back as on kernels without the operation).
const FcntlSyscall uintptr = syscall.SYS_FCNTL

func Unlinkat(dirfd int, path string, flags int) error {
	return syscall.UnlinkatJVM(dirfd, path, flags)
}

func Openat(dirfd int, path string, flags int, perm uint32) (int, error) {
	return syscall.OpenatJVM(dirfd, path, flags|syscall.O_CLOEXEC, perm)
}

func Fstatat(dirfd int, path string, stat *syscall.Stat_t, flags int) error {
	return syscall.FstatatJVM(dirfd, path, stat, flags)
}

// IsNonblock reports whether fd is in non-blocking mode (only sockets can be, on gojc).
func IsNonblock(fd int) (nonblocking bool, err error) { return syscall.IsNonblockJVM(fd) }

// HasNonblockFlag reports whether flag includes O_NONBLOCK.
func HasNonblockFlag(flag int) bool { return flag&syscall.O_NONBLOCK != 0 }

// GetRandomFlag is a flag supported by the getrandom system call.
type GetRandomFlag uintptr

const (
	GRND_NONBLOCK GetRandomFlag = 0x0001
	GRND_RANDOM   GetRandomFlag = 0x0002
)

// GetRandom fills p with random bytes from the JVM's SecureRandom.
func GetRandom(p []byte, flags GetRandomFlag) (n int, err error) {
	fillRandom(p)
	return len(p), nil
}

func fillRandom(p []byte)

// CopyFileRange is not available: callers fall back to reading and writing.
func CopyFileRange(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int, err error) {
	return 0, syscall.ENOSYS
}

// The socket calls internal/poll makes with concrete address types (gc's reach syscall's
// unexported variants by linkname): gojc's syscall.Recvfrom and syscall.SendmsgN.
func RecvfromInet4(fd int, p []byte, flags int, from *syscall.SockaddrInet4) (int, error) {
	n, sa, err := syscall.Recvfrom(fd, p, flags)
	if sa, ok := sa.(*syscall.SockaddrInet4); ok {
		*from = *sa
	}
	return n, err
}

func RecvfromInet6(fd int, p []byte, flags int, from *syscall.SockaddrInet6) (n int, err error) {
	n, sa, err := syscall.Recvfrom(fd, p, flags)
	if sa, ok := sa.(*syscall.SockaddrInet6); ok {
		*from = *sa
	}
	return n, err
}

func SendtoInet4(fd int, p []byte, flags int, to *syscall.SockaddrInet4) (err error) {
	return syscall.Sendto(fd, p, flags, to)
}

func SendtoInet6(fd int, p []byte, flags int, to *syscall.SockaddrInet6) (err error) {
	return syscall.Sendto(fd, p, flags, to)
}

func SendmsgNInet4(fd int, p, oob []byte, to *syscall.SockaddrInet4, flags int) (n int, err error) {
	return syscall.SendmsgN(fd, p, oob, to, flags)
}

func SendmsgNInet6(fd int, p, oob []byte, to *syscall.SockaddrInet6, flags int) (n int, err error) {
	return syscall.SendmsgN(fd, p, oob, to, flags)
}

func RecvmsgInet4(fd int, p, oob []byte, flags int, from *syscall.SockaddrInet4) (n, oobn int, recvflags int, err error) {
	n, oobn, recvflags, sa, err := syscall.Recvmsg(fd, p, oob, flags)
	if sa, ok := sa.(*syscall.SockaddrInet4); ok {
		*from = *sa
	}
	return n, oobn, recvflags, err
}

func RecvmsgInet6(fd int, p, oob []byte, flags int, from *syscall.SockaddrInet6) (n, oobn int, recvflags int, err error) {
	n, oobn, recvflags, sa, err := syscall.Recvmsg(fd, p, oob, flags)
	if sa, ok := sa.(*syscall.SockaddrInet6); ok {
		*from = *sa
	}
	return n, oobn, recvflags, err
}

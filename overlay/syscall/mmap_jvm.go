// gojc overlay: Mmap, Munmap and Mprotect. A JVM program has no address space of its own to
// map into, and a Go []byte is a Java byte[] that no mapping can back. An anonymous private
// mapping is a fresh zeroed byte slice (what such a mapping holds); a private file mapping is
// a slice holding a copy of the file's bytes (its later writes are private to it, as they are
// to a MAP_PRIVATE mapping, and POSIX leaves unspecified whether the file's later changes show).
// A shared mapping, whose writes other mappings and the file must see, fails with ENOSYS
// (internal/fuzz's coordinator and worker memory: go test -fuzz cannot run). Protections cannot
// be put on JVM memory: Mprotect checks its arguments and changes nothing, so an access that
// faults on gc does not fault here (slice bounds are checked either way).

package syscall

// Memory protections and mapping flags (the Linux values).
const (
	PROT_NONE      = 0x0
	PROT_READ      = 0x1
	PROT_WRITE     = 0x2
	PROT_EXEC      = 0x4
	MAP_FILE       = 0x0
	MAP_SHARED     = 0x1
	MAP_PRIVATE    = 0x2
	MAP_FIXED      = 0x10
	MAP_ANON       = 0x20
	MAP_ANONYMOUS  = 0x20
	MAP_NORESERVE  = 0x4000
	MAP_POPULATE   = 0x8000
)

func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	if length <= 0 || flags&(MAP_SHARED|MAP_PRIVATE) == 0 {
		return nil, EINVAL
	}
	if flags&MAP_FIXED != 0 || flags&MAP_SHARED != 0 && flags&MAP_ANON == 0 {
		return nil, ENOSYS
	}
	data = make([]byte, length)
	if flags&MAP_ANON != 0 {
		return data, nil
	}
	if offset&(pageSize-1) != 0 {
		return nil, EINVAL
	}
	var st Stat_t
	if err := Fstat(fd, &st); err != nil {
		return nil, err
	}
	if st.Mode&S_IFMT != S_IFREG {
		return nil, ENODEV
	}
	// the file's bytes from offset; a mapping past the end of the file reads zeros
	for n := 0; n < length; {
		k, err := Pread(fd, data[n:], offset+int64(n))
		if err == EBADF {
			return nil, EACCES // open, but not for reading
		}
		if err != nil {
			return nil, err
		}
		if k == 0 {
			break
		}
		n += k
	}
	return data, nil
}

// pageSize is the granularity of mapping offsets (Getpagesize on linux/amd64).
const pageSize = 4096

func Munmap(b []byte) (err error) {
	if len(b) == 0 {
		return EINVAL
	}
	return nil
}

func Mprotect(b []byte, prot int) (err error) {
	if prot&^(PROT_READ|PROT_WRITE|PROT_EXEC) != 0 {
		return EINVAL
	}
	return nil
}

// gojc overlay: Mmap, Munmap and Mprotect. A JVM program has no address space of its own to
// map into: an anonymous private mapping is a fresh zeroed byte slice (what such a mapping
// holds), file mappings fail with ENOSYS. Protections cannot be put on JVM memory: Mprotect
// checks its arguments and changes nothing, so an access that faults on gc does not fault
// here (slice bounds are checked either way).

package syscall

// Memory protections and mapping flags (the Linux values).
const (
	PROT_NONE      = 0x0
	PROT_READ      = 0x1
	PROT_WRITE     = 0x2
	PROT_EXEC      = 0x4
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
	if flags&MAP_ANON == 0 || flags&MAP_FIXED != 0 {
		return nil, ENOSYS
	}
	return make([]byte, length), nil
}

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

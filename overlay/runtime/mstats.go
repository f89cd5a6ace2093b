// gojc overlay: the runtime API of gc's mstats.go, mprof.go, trace.go and traceback's Stack,
// which runtime/debug, runtime/pprof and testing use. Memory figures come from the JVM's heap;
// there are no profiles or execution traces yet (their functions report empty results).

package runtime

// A MemStats records statistics about the memory allocator (gc's fields; on gojc the heap
// figures are the JVM's, and the allocator-internal ones are 0).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics: the JVM heap's used, committed
// and free bytes, and its collectors' counts and times.
func ReadMemStats(m *MemStats) {
	var w [6]int64
	jvmMemory(w[:])
	used, committed, gcs, gcNanos, lastGC := uint64(w[0]), uint64(w[1]), uint64(w[2]), uint64(w[3]), uint64(w[4])
	*m = MemStats{}
	m.Alloc = used
	m.TotalAlloc = used
	m.HeapAlloc = used
	m.HeapInuse = used
	m.HeapSys = committed
	m.HeapIdle = committed - used
	m.Sys = uint64(w[5])
	m.NextGC = committed
	m.NumGC = uint32(gcs)
	m.PauseTotalNs = gcNanos
	m.LastGC = lastGC
	m.EnableGC = true
}

// jvmMemory fills w with heap used, heap committed, collections, total collection ns, the
// wall time of the last collection (ns since 1970, 0 if none) and total committed memory.
func jvmMemory(w []int64)

// MemProfileRate controls the fraction of memory allocations that are recorded and reported
// in the memory profile (gojc records none).
var MemProfileRate int = 512 * 1024

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr
}

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// A MemProfileRecord describes the live objects allocated by a particular call sequence.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64   { return r.AllocBytes - r.FreeBytes }
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// BlockProfileRecord describes blocking events originated at a particular call sequence.
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

// The profiles: gojc records none, so each reports zero records.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) { return 0, true }
func BlockProfile(p []BlockProfileRecord) (n int, ok bool)            { return 0, true }
func MutexProfile(p []BlockProfileRecord) (n int, ok bool)            { return 0, true }
func ThreadCreateProfile(p []StackRecord) (n int, ok bool)            { return 0, true }
func GoroutineProfile(p []StackRecord) (n int, ok bool)               { return 0, true }
func SetBlockProfileRate(rate int)                                    {}
func SetCPUProfileRate(hz int)                                        {}

var mutexProfileFraction int

func SetMutexProfileFraction(rate int) int {
	old := mutexProfileFraction
	if rate >= 0 {
		mutexProfileFraction = rate
	}
	return old
}

type traceError string

func (e traceError) Error() string { return string(e) }

// StartTrace enables tracing for the current process: not supported on gojc.
func StartTrace() error { return traceError("runtime: execution tracing is not yet supported by gojc") }

func StopTrace() {}

// ReadTrace returns the next chunk of binary tracing data: there is none.
func ReadTrace() []byte { return nil }

// Version returns the Go tree's version string gojc compiled against.
func Version() string { return buildVersion }

// buildVersion is the GOROOT's version (its VERSION file), read by the natives.
var buildVersion = goVersion()

func goVersion() string

// Stack formats a stack trace of the calling goroutine into buf and returns the number of
// bytes written to buf. gojc lists the calling goroutine's Go frames (function and file:line,
// from the JVM's stack); with all set, other goroutines are not listed yet.
func Stack(buf []byte, all bool) int {
	return copy(buf, stackText(1))
}

// stackText is the calling goroutine's trace in gc's format, skipping skip Go frames above it.
func stackText(skip int) string

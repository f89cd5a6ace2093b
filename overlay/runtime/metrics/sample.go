// gojc overlay: replaces GOROOT's sample.go, whose Read hands the samples' memory to gc's
// runtime (runtime_readMetrics) to fill by layout. Here Read fills each sample in Go from the
// JVM's figures (gojc.rt.std.runtime.metrics.Natives). Every metric of All gets its documented
// kind; a name not in All gets KindBad, as on gc. Metrics the JVM has an equivalent for:
//
//   - /gc/cycles/total: collections of all the JVM's collectors (a young collection counts as a
//     cycle); /gc/cycles/forced: runtime.GC calls; automatic: the difference.
//   - /gc/heap/goal: the committed heap (the size at which the JVM collects or grows the heap).
//   - /memory/classes/heap/objects: the heap in use; heap/unused: committed but not in use;
//     metadata/other: the JVM's committed non-heap memory (metaspace, code cache); total: their sum.
//   - /sched/gomaxprocs, /sched/goroutines: gojc's scheduler.
//
// Zero, because it is zero under gojc: /cgo/go-to-c-calls (no cgo), /gc/heap/tiny/allocs (no
// tiny allocator), /gc/limiter/last-enabled (no memory-limit CPU limiter), heap/stacks and
// os-stacks (goroutine frames are heap objects; thread stacks are the JVM's, not counted),
// metadata/mcache and mspan (gc's allocator structures), profiling/buckets (no memory profile).
// Zero, because the JVM does not count it: /gc/heap/allocs and frees (bytes and objects: no
// cumulative allocation count per process), /gc/heap/objects (no live-object count without a
// heap walk), heap/free and heap/released (reported as unused), /memory/classes/other,
// /gc/stack/starting-size (no goroutine stacks). The histograms /gc/heap/allocs-by-size,
// frees-by-size, /gc/pauses (the JVM gives a collector's total time, not each pause) and
// /sched/latencies are empty: one bucket from -Inf to +Inf with count 0.

package metrics

import (
	"math"
	"runtime"
	"unsafe"
)

// Sample captures a single metric sample.
type Sample struct {
	// Name is the name of the metric sampled; it must be one of All's names.
	Name string

	// Value is the value of the metric sample.
	Value Value
}

// jvmFigures fills w with the JVM's heap in use, heap committed, non-heap committed,
// collections and runtime.GC calls.
func jvmFigures(w []int64)

// Read populates each Value field in the given slice of metric samples.
func Read(m []Sample) {
	if len(m) == 0 {
		return
	}
	var w [5]int64
	jvmFigures(w[:])
	used, committed, nonHeap := uint64(w[0]), uint64(w[1]), uint64(w[2])
	gcs, forced := uint64(w[3]), uint64(w[4])
	if forced > gcs {
		gcs = forced
	}
	for i := range m {
		v := &m[i].Value
		switch name := m[i].Name; name {
		case "/gc/cycles/automatic:gc-cycles":
			v.setUint(gcs - forced)
		case "/gc/cycles/forced:gc-cycles":
			v.setUint(forced)
		case "/gc/cycles/total:gc-cycles":
			v.setUint(gcs)
		case "/gc/heap/goal:bytes":
			v.setUint(committed)
		case "/memory/classes/heap/objects:bytes":
			v.setUint(used)
		case "/memory/classes/heap/unused:bytes":
			v.setUint(committed - used)
		case "/memory/classes/metadata/other:bytes":
			v.setUint(nonHeap)
		case "/memory/classes/total:bytes":
			v.setUint(committed + nonHeap)
		case "/sched/gomaxprocs:threads":
			v.setUint(uint64(runtime.GOMAXPROCS(0)))
		case "/sched/goroutines:goroutines":
			v.setUint(uint64(runtime.NumGoroutine()))
		default:
			v.setZero(name)
		}
	}
}

func (v *Value) setUint(x uint64) {
	v.kind = KindUint64
	v.scalar = x
	v.pointer = nil
}

// setZero gives a metric without a JVM figure its kind's zero; KindBad for an unknown name.
func (v *Value) setZero(name string) {
	kind := KindBad
	for i := range allDesc {
		if allDesc[i].Name == name {
			kind = allDesc[i].Kind
			break
		}
	}
	switch kind {
	case KindUint64, KindFloat64:
		v.kind, v.scalar, v.pointer = kind, 0, nil
	case KindFloat64Histogram:
		// reuse the sample's histogram as gc does, else a new one
		var h *Float64Histogram
		if v.kind == KindFloat64Histogram {
			h = (*Float64Histogram)(v.pointer)
		}
		if h == nil {
			h = new(Float64Histogram)
		}
		h.Counts = append(h.Counts[:0], 0)
		h.Buckets = append(h.Buckets[:0], math.Inf(-1), math.Inf(1))
		v.kind, v.scalar, v.pointer = kind, 0, unsafe.Pointer(h)
	default:
		*v = Value{}
	}
}

// gojc overlay: replaces GOROOT's value.go, which reads and writes an interface's type and data
// words separately through unsafe.Pointer. On the JVM an interface value is one reference, so
// Value holds it in one field that is loaded and compare-and-swapped as a whole
// (gojc.rt.std.sync.atomic.Natives); the API, the consistent-type rule and gc's panics stay.

package atomic

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load.
// Once Store has been called, a Value must not be copied.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store.
// It returns nil if there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	return loadAny(&v.v)
}

// Store sets the value of the Value to x.
// All calls to Store for a given Value must use values of the same concrete type.
// Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	for {
		old := loadAny(&v.v)
		if old != nil && !sameType(old, val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		if casAny(&v.v, old, val) {
			return
		}
	}
}

// Swap stores new into Value and returns the previous value. It returns nil if
// the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	for {
		old = loadAny(&v.v)
		if old != nil && !sameType(old, new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		if casAny(&v.v, old, new) {
			return old
		}
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		cur := loadAny(&v.v)
		if cur == nil {
			if old != nil {
				return false
			}
			if casAny(&v.v, nil, new) {
				return true
			}
			continue
		}
		if !sameType(cur, new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		if cur != old {
			return false
		}
		return casAny(&v.v, cur, new)
	}
}

// loadAny atomically loads *p.
func loadAny(p *any) any

// casAny stores new into *p when *p still holds the very value old.
func casAny(p *any, old, new any) bool

// sameType reports whether two non-nil interface values have the same dynamic type.
func sameType(a, b any) bool

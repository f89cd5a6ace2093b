// gojc overlay: replaces GOROOT's pool.go, whose per-P arrays of poolLocal are indexed by
// unsafe.Pointer arithmetic (indexLocal) and pinned to Ps by the runtime (procPin). Here a Pool
// is a mutex-guarded LIFO stack: the same API and guarantees (any item may be dropped at any
// time, Get falls back to New), without per-P caches. The stack keeps at most poolMax items so
// that a Pool never retains unbounded memory (gc empties pools at each GC instead).
// Like gc's pool on one P, it has a private slot that Put fills first and Get empties first,
// in front of the stack: the item a program gets back then is the one gc gives it (fmt's
// printers keep stale width and precision, which a Formatter's Precision() shows).

package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved.
//
// Any item stored in the Pool may be removed automatically at any time without
// notification.
//
// A Pool is safe for use by multiple goroutines simultaneously.
//
// A Pool must not be copied after first use.
type Pool struct {
	noCopy noCopy

	mu      Mutex
	private any // Put's first choice and Get's, as gc's poolLocalInternal.private
	items   []any

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	// It may not be changed concurrently with calls to Get.
	New func() any
}

// poolMax bounds the items one Pool keeps.
const poolMax = 128

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.private == nil {
		p.private = x
	} else if len(p.items) < poolMax {
		p.items = append(p.items, x)
	}
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the
// Pool, and returns it to the caller.
// Get may choose to ignore the pool and treat it as empty.
// Callers should not assume any relation between values passed to Put and
// the values returned by Get.
//
// If Get would otherwise return nil and p.New is non-nil, Get returns
// the result of calling p.New.
func (p *Pool) Get() any {
	p.mu.Lock()
	if x := p.private; x != nil {
		p.private = nil
		p.mu.Unlock()
		return x
	}
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

// gojc overlay: the user-facing API of package runtime (gc's extern.go, debug.go, proc.go,
// mgc.go, mfinal.go, error.go), on gojc's Java runtime. Functions without a body are
// gojc.rt.std.runtime.Natives.

// Package runtime contains operations that interact with Go's runtime system.
package runtime

import (
	"internal/goarch"
	"internal/goos"
)

// GOOS is the running program's operating system target.
const GOOS string = goos.GOOS

// GOARCH is the running program's architecture target.
const GOARCH string = goarch.GOARCH

// Compiler is the name of the compiler toolchain that built the running binary: gojc compiles
// for gc's identity (docs/loader.md).
const Compiler = "gc"

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but serves to distinguish types that are run time
	// errors from ordinary errors.
	RuntimeError()
}

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and returns
// the previous setting. n < 1 does not change the current setting.
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// GC runs a garbage collection (the JVM's full collection) and, like gc's collection followed
// by its finalizer goroutine, runs the finalizers of the objects it found unreachable before
// it returns (waiting at most about a second for finalizers that block).
//
// gc's caller parks while the mark phase runs: the other goroutines run meanwhile, and the
// caller's frames hold only what is live. Here the yield unwinds the caller's frames (an
// unwound frame keeps only its live locals), and gcQuiesce lets the others run for a while,
// so that what a dead local or a goroutine about to finish held is garbage for the collection.
func GC() {
	Gosched()
	gcQuiesce()
	if gcCollect() {
		go runfinq()
	}
	finWait()
}

// gcQuiesce yields while other goroutines can run, for at most 10 ms.
func gcQuiesce()

// gcCollect runs the JVM's collector and queues the finalizers of what it cleared; true when
// a finalizer goroutine must start.
func gcCollect() bool

// finWait yields until the finalizers queued so far have run (at most about a second). A
// native, so that GC has no loop: a loop would make GC and its callers preemptible, and their
// frames would keep dead locals for the rewind.
func finWait()

// runfinq is gc's finalizer goroutine: it runs the queued finalizers and ends when none is left.
func runfinq() {
	for runNextFinalizer() {
	}
}

// runNextFinalizer calls the next queued finalizer; false when none is left.
func runNextFinalizer() bool

// Goexit terminates the goroutine that calls it, after running its deferred calls.
func Goexit()

// Breakpoint executes a breakpoint trap: with no debugger attached, gc's program dies of
// SIGTRAP (exit status 2); gojc prints the same report.
func Breakpoint()

// LockOSThread wires the calling goroutine to its current operating system thread (an M of
// gojc's scheduler).
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread()

// KeepAlive marks its argument as currently reachable: a reachability fence
// (java.lang.ref.Reference.reachabilityFence).
func KeepAlive(x any)

// SetFinalizer sets the finalizer associated with obj (see gojc.rt.std.runtime.Finalizers:
// the finalizer receives a copy of *obj, as the JVM cannot resurrect a collected object).
func SetFinalizer(obj any, finalizer any) {
	if setFinalizer(obj, finalizer) {
		go runfinq()
	}
}

// setFinalizer records (or with a nil finalizer, removes) obj's finalizer; true when objects
// collected meanwhile have finalizers ready and a finalizer goroutine must start.
func setFinalizer(obj any, finalizer any) bool

// Caller reports file and line number information about function invocations on the calling
// goroutine's stack. On gojc, pc is a number standing for the place (gojc.rt.std.runtime.Pcs)
// and file is the source file's base name (or what a //line directive says).
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	pc = callerPC(skip + 1)
	if pc == 0 {
		return 0, "", 0, false
	}
	return pc, pcFile(pc), pcLine(pc), true
}

// callerPC is the pc of the skip'th Go frame above callerPC's caller (0 is that caller), or 0.
func callerPC(skip int) uintptr

// pcFunc, pcFile, pcLine and pcEntry describe a pc from callerPC or callers ("", 0 if unknown).
func pcFunc(pc uintptr) string
func pcFile(pc uintptr) string
func pcLine(pc uintptr) int
func pcEntry(pc uintptr) uintptr

// callers fills pc with the pcs of the Go frames from the skip'th above its caller.
func callers(skip int, pc []uintptr) int

// A Func represents a Go function in the running binary.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given program counter
// address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name := pcFunc(pc)
	if name == "" {
		return nil
	}
	return &Func{name: name, entry: pcEntry(pc)}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code corresponding to the
// program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return pcFile(pc), pcLine(pc)
}

// Callers fills pc with the return program counters of function invocations on the calling
// goroutine's stack. The argument skip is the number of stack frames to skip before recording
// in pc, with 0 identifying the frame for Callers itself and 1 identifying the caller of
// Callers. It returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, pc)
}

// Frames may be used to get function/file/line information for a slice of PC values
// returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		frame = Frame{PC: pc, Func: f, Function: f.name, File: pcFile(pc), Line: pcLine(pc), Entry: f.entry}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// GOROOT returns the root of the Go tree: $GOROOT when set, else the tree gojc compiled
// against is not known at run time, so "".
func GOROOT() string {
	return gorootEnv()
}

// gorootEnv reads $GOROOT from the environment.
func gorootEnv() string

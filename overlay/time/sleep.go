// gojc overlay: replaces GOROOT's time/sleep.go, whose runtime timers are gc's runtime structs
// shared with the runtime by layout. Here a runtimeTimer keeps the fields tick.go uses and holds
// its runtime timer (gojc.rt.sched.RuntimeTimer) as an opaque value; the natives in
// gojc.rt.std.time.Natives arm, stop and reset it. Sleep parks the goroutine on the P's timers.

package time

// Sleep pauses the current goroutine for at least the duration d.
// A negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration)

// runtimeTimer is what Timer and Ticker hand to the runtime.
type runtimeTimer struct {
	when   int64
	period int64
	f      func(any, uintptr) // called as f(arg, seq) when the timer fires
	arg    any
	seq    uintptr
	rt     any // the runtime's timer, made on first start
}

// when is a helper function for setting the 'when' field of a runtimeTimer: the nanotime
// d from now, saturating for long durations.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// fire is the function the runtime timer calls: f with the values it has when it fires.
func (t *runtimeTimer) fire() {
	t.f(t.arg, t.seq)
}

func startTimer(t *runtimeTimer) {
	t.rt = timerStart(t.rt, t.when, t.period, t.fire)
}

func stopTimer(t *runtimeTimer) bool {
	return timerStop(t.rt)
}

func resetTimer(t *runtimeTimer, when int64) bool {
	t.when = when
	was := timerStop(t.rt)
	t.rt = timerStart(t.rt, t.when, t.period, t.fire)
	return was
}

func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr) {
	timerStop(t.rt)
	t.when, t.period, t.f, t.arg, t.seq = when, period, f, arg, seq
	t.rt = timerStart(t.rt, t.when, t.period, t.fire)
}

// timerStart arms rt (made when nil) and returns it.
func timerStart(rt any, when, period int64, fire func()) any

// timerStop disarms rt; it reports whether rt was armed and had not fired.
func timerStop(rt any) bool

// The Timer type represents a single event. When the Timer expires, the current time will
// be sent on C, unless the Timer was created by AfterFunc.
// A Timer must be created with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer, false
// if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r = runtimeTimer{when: when(d), f: sendTime, arg: c}
	startTimer(&t.r)
	return t
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, when(d))
}

// sendTime does a non-blocking send of the current time on c.
func sendTime(c any, seq uintptr) {
	select {
	case c.(chan Time) <- Now():
	default:
	}
}

// After waits for the duration to elapse and then sends the current time on the returned
// channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. It
// returns a Timer that can be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r = runtimeTimer{when: when(d), f: goFunc, arg: f}
	startTimer(&t.r)
	return t
}

func goFunc(arg any, seq uintptr) {
	go arg.(func())()
}

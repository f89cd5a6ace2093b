// gojc overlay: replaces GOROOT's runtime.go. The semaphore and spinning functions stay
// body-less (gojc.rt.std.sync.Natives, on the goroutine scheduler). The notify-list functions
// take the notifyList struct, a class the Java runtime cannot name, so they pass its head field
// instead: the Java list (gojc.rt.sched.NotifyList) lives there. The size check has nothing to
// check: the Java runtime keeps no layout of its own.

package sync

import "unsafe"

// Semacquire waits until *s > 0 and then atomically decrements it.
func runtime_Semacquire(s *uint32)

// SemacquireMutex is like Semacquire, but for profiling contended Mutexes.
// If lifo is true, queue waiter at the head of wait queue.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// Semrelease atomically increments *s and notifies a waiting goroutine
// if one is blocked in Semacquire.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

func runtime_notifyListAdd(l *notifyList) uint32 { return notifyListAdd(&l.head) }

func runtime_notifyListWait(l *notifyList, t uint32) { notifyListWait(&l.head, t) }

func runtime_notifyListNotifyAll(l *notifyList) { notifyListNotifyAll(&l.head) }

func runtime_notifyListNotifyOne(l *notifyList) { notifyListNotifyOne(&l.head) }

func notifyListAdd(head *unsafe.Pointer) uint32
func notifyListWait(head *unsafe.Pointer, t uint32)
func notifyListNotifyAll(head *unsafe.Pointer)
func notifyListNotifyOne(head *unsafe.Pointer)

// Active spinning runtime support.
// runtime_canSpin reports whether spinning makes sense at the moment.
func runtime_canSpin(i int) bool

// runtime_doSpin does active spinning.
func runtime_doSpin()

func runtime_nanotime() int64

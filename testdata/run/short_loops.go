// Loops gojc compiles twice, choosing on entry between a copy without preemption polls (when the
// loop runs at most 1024 times) and the polling one (gojc.codegen.TripBound): both copies must
// behave as Go, whichever runs: trip counts on both sides of the limit, != tests approached from
// either side (and from the wrong side, where Go wraps around), both ends moving, continue and
// break, small integer types, and the extremes of int64. Slice accesses at lo or hi plus -1..1
// skip Go's check in the short copy when a test on entry proves them in bounds
// (gojc.codegen.ProvenIndexes); when it cannot, the checked copy runs and panics as Go does.
package main

import "math"

func flips(a []int, first int) int {
	n := 0
	for lo, hi := 0, first; lo < hi; lo, hi = lo+1, hi-1 {
		a[lo], a[hi] = a[hi], a[lo]
		n++
	}
	return n
}

func countDown(r int) int {
	n := 0
	for ; r != 1; r-- {
		n += r
	}
	return n
}

func upTo(from, to int64) (int64, int64) {
	var n, s int64
	for i := from; i < to; i++ {
		if i%3 == 0 {
			continue
		}
		if s > 1e12 {
			break
		}
		n++
		s += i
	}
	return n, s
}

func downTo(from, to int32) int32 {
	var n int32
	for i := from; i > to; i-- {
		n++
	}
	return n
}

func small(from int8) int {
	n := 0
	for i := from; i != 10; i++ { // from above 10 wraps through -128, as in Go
		n++
	}
	return n
}

func shiftLeft(a []int, from, to int) {
	for i := from; i < to; i++ {
		a[i] = a[i+1]
	}
}

func shiftRight(a []int, from, to int) {
	for i := to; i > from; i-- {
		a[i] = a[i-1]
	}
}

func tryIt(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panics:", r.(error).Error())
		}
	}()
	f()
	println(name, "ok")
}

func main() {
	a := []int{5, 4, 3, 2, 1, 0}
	println(flips(a, 5), a[0], a[5], flips(a, 0), flips(a, -3))
	println(countDown(5), countDown(1), countDown(1025), countDown(2000))
	println(upTo(0, 10))
	println(upTo(0, 1024))
	println(upTo(0, 1025))
	println(upTo(0, 100000))
	println(upTo(math.MaxInt64-5, math.MaxInt64))
	println(upTo(math.MinInt64, math.MinInt64+4))
	println(upTo(math.MinInt64, math.MaxInt64)) // breaks early
	println(upTo(7, 3))
	println(downTo(10, 0), downTo(2000, 0), downTo(math.MinInt32+2, math.MinInt32), downTo(math.MaxInt32, math.MaxInt32-3))
	println(small(0), small(10), small(20), small(-128))
	b := []int{0, 1, 2, 3, 4, 5, 6, 7}
	shiftLeft(b, 1, 4)
	shiftRight(b, 4, 7)
	println(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7])
	tryIt("flips to len", func() { flips(b, len(b)) })
	tryIt("shiftLeft to len-1", func() { shiftLeft(b, 0, len(b)-1) })
	tryIt("shiftLeft to len", func() { shiftLeft(b, 5, len(b)) })
	tryIt("shiftRight from 0", func() { shiftRight(b, -1, 3) })
	tryIt("shiftLeft of nil", func() { shiftLeft(nil, 0, 1) })
	tryIt("shiftLeft empty range", func() { shiftLeft(nil, 3, 3) })
	tryIt("sub-slice", func() { shiftLeft(b[2:5], 0, 3) })
	tryIt("sub-slice in bounds", func() { shiftLeft(b[3:7], 0, 3); shiftRight(b[1:4], 0, 2) })
	println(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7])
	defer func() { println("recovered:", recover().(error).Error()) }()
	println(flips(a, 6))
}

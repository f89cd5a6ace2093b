// Loops gojc compiles twice, choosing on entry between a copy without preemption polls (when the
// loop runs at most 1024 times) and the polling one (gojc.codegen.TripBound): both copies must
// behave as Go, whichever runs: trip counts on both sides of the limit, != tests approached from
// either side (and from the wrong side, where Go wraps around), both ends moving, continue and
// break, small integer types, and the extremes of int64.
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
	defer func() { println("recovered:", recover().(error).Error()) }()
	println(flips(a, 6))
}

package main

// Range loops over slices and arrays run in chunks between preemption polls: iteration
// counts around the chunk size, break, continue, labels, goto, modification of the ranged
// slice, and constant division, all against gc's results.

type pt struct{ x, y int }

func sum(s []int) (t int) {
	for _, v := range s {
		t += v
	}
	return
}

func main() {
	for _, n := range []int{0, 1, 1023, 1024, 1025, 2048, 3000} {
		s := make([]int, n)
		for i := range s {
			s[i] = i
		}
		println(n, sum(s), sum(s[n/3:]))
	}

	// break and continue across chunk boundaries
	s := make([]int, 5000)
	for i := range s {
		s[i] = i % 7
	}
	c := 0
	for i, v := range s {
		if v == 3 {
			continue
		}
		if i == 4321 {
			break
		}
		c += v
	}
	println("break/continue", c)

	// a labeled continue from a nested loop, and a goto back into the loop's body
	cnt := 0
outer:
	for i := range s[:2100] {
		for j := 0; j < 3; j++ {
			if (i+j)%5 == 0 {
				continue outer
			}
			cnt++
		}
	}
	println("labeled", cnt)
	k := 0
	for i := range [3000]struct{}{} {
		if i%1000 == 999 {
			goto next
		}
		k++
	next:
	}
	println("goto", k)

	// the range expression is evaluated once: changing the slice does not change the loop
	a := make([]int, 1500)
	n := 0
	for i := range a {
		if i == 10 {
			a = a[:5]
		}
		n++
	}
	println("header copy", n, len(a))
	arr := [1200]pt{}
	for i := range arr {
		arr[i] = pt{i, -i}
	}
	tot := 0
	for _, p := range arr { // a copy of arr
		arr[len(arr)-1].x = 0
		tot += p.x + p.y*2
	}
	println("array copy", tot)
	pa := &arr
	tot = 0
	for i, p := range pa { // no copy through a pointer
		if i == 0 {
			pa[1199].x = 7
		}
		tot += p.x
	}
	println("array ptr", tot)
	var nilp *[4]int
	for i := range nilp {
		print(i)
	}
	println()
	strs := []string{"a", "bb", "ccc"}
	l := 0
	for _, s := range strs {
		l += len(s)
	}
	println("strings", l)

	// division and remainder by constants
	xs := []int64{7, -7, 1 << 62, -1 << 63, 0, -1}
	for _, x := range xs {
		println(x/2, x%2, x/-1, x%-1, x/8, x%8, x/3, x%3, x/-4, x%-4)
	}
	us := []uint64{7, 1 << 63, 1<<64 - 1, 0}
	for _, u := range us {
		println(u/2, u%2, u/8, u%8, u/3, u%3, u/(1<<63), u%(1<<63))
	}
	i8s := []int8{-128, 127, -1, 5}
	for _, x := range i8s {
		println(x/-1, x%-1, x/2, x%2, x/3, x%3)
	}
	u8s := []uint8{255, 128, 3}
	for _, x := range u8s {
		println(x/2, x%2, x/3, x%3, x/128, x%128)
	}
	u32s := []uint32{1<<32 - 1, 1 << 31, 10}
	for _, x := range u32s {
		println(x/2, x%2, x/3, x%3, x/(1<<31), x%(1<<31), x/7, x%7)
	}
	i32s := []int32{-1 << 31, 1<<31 - 1, -9}
	for _, x := range i32s {
		println(x/-1, x%-1, x/4, x%4, x/5, x%5)
	}
}

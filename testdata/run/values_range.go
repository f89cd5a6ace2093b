package main

type T struct{ N int }

func main() {
	// Go 1.19: one iteration variable per loop
	var ps []*int
	for _, v := range []int{1, 2, 3} {
		ps = append(ps, &v)
	}
	println(*ps[0], *ps[1], *ps[2], ps[0] == ps[2])
	var ts []*T
	for _, t := range []T{{1}, {2}} {
		ts = append(ts, &t)
	}
	println(ts[0].N, ts[0] == ts[1])
	// the range expression is evaluated once; a slice's length is fixed at the start
	xs := []int{1, 2, 3}
	n := 0
	for range xs {
		xs = append(xs, 0)
		n++
	}
	println(n, len(xs))
	// ranging over an array copies it; over a pointer to it does not
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		print(i, "=", v, " ")
	}
	for i, v := range &arr {
		arr[2] = 20
		print(i, "=", v, " ")
	}
	println()
	var np *[4]int
	c := 0
	for i := range np {
		c += i
	}
	println(c)
	// assignment form and labels
	var k, v int
	m := map[int]int{1: 10}
	for k, v = range m {
	}
	println(k, v)
outer:
	for i, s := range []string{"ab", "cd"} {
		for j, r := range s {
			if r == 'd' {
				break outer
			}
			if j == 0 {
				continue
			}
			println(i, j, r)
		}
	}
	// deleting and inserting during range
	mm := map[int]bool{}
	for i := 0; i < 8; i++ {
		mm[i] = true
	}
	seen := 0
	for key := range mm {
		delete(mm, key^1)
		seen++
	}
	println(seen, len(mm))
	var nilmap map[string]int
	for range nilmap {
		println("never")
	}
	var nils []string
	for range nils {
		println("never")
	}
	for i, r := range "a\xffé" {
		print(i, ":", r, " ")
	}
	println()
}

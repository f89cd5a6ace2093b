package main

type K struct {
	A int
	B string
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	v, ok := m["z"]
	println(len(m), m["a"], m["q"], v, ok)
	v, ok = m["c"]
	println(v, ok)
	delete(m, "a")
	delete(m, "zz")
	println(len(m))
	t := 0
	for k, v := range m {
		t += v
		_ = k
	}
	println(t)
	var nm map[int]bool
	println(nm == nil, len(nm), nm[3])
	km := map[K][]int{}
	km[K{1, "x"}] = append(km[K{1, "x"}], 5)
	km[K{1, "x"}] = append(km[K{1, "x"}], 6)
	println(len(km), len(km[K{1, "x"}]), km[K{1, "y"}] == nil)
	am := map[[2]int]string{{1, 2}: "one-two"}
	println(am[[2]int{1, 2}], len(am[[2]int{2, 1}]))
	fm := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	fm[nan] = 1
	fm[nan] = 2
	fm[0.0] = 3
	negz := 0.0
	negz = -negz
	fm[negz] = 4
	println(len(fm), fm[0])
	cnt := 0
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[i] = i
	}
	for k := range big {
		delete(big, k)
		cnt++
	}
	println(cnt, len(big))
	pm := map[*K]int{}
	k1, k2 := &K{1, "a"}, &K{1, "a"}
	pm[k1] = 1
	pm[k2] = 2
	println(len(pm), pm[k1])
}

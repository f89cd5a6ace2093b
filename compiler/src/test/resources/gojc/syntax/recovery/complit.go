package p

var x = []int{1 2 3}

func f() {
	y := map[string]int{"a": 1 "b": 2}
	z := T{a: 1,
		b: 2
	}
}

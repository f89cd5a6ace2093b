package p

func f() {
	if x {
	} else y {
	}
	if {
	}
	for i := 0; i < 10; i++; {
	}
	if x := 1 {
	}
}

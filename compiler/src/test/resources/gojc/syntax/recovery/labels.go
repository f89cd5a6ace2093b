package p

func g() {
	goto
	break 1
	x := func() {
		a b
	}
	_ = x
}

package p

func f() {
	x := 1 + * 2
	y := [3]int{}[
	z := a.
	w := a.(
	v := <-
	u := &
	_ = x
}

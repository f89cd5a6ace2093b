package p

func f() {
	a := 'ab'
	b := "\q"
	c := 0x
	d := 1e
	e := 0b102
	_ = `ok`
	g := @
	h := 09
}

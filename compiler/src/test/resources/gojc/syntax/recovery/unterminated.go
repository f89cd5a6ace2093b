package p

func f() {
	s := "abc
	t := 1
	u := 'x
	v := 2 3
}
/* not terminated

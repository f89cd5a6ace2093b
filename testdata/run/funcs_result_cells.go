package main

func set(p *error, s string) { *p = myErr(s) }

type myErr string

func (e myErr) Error() string { return string(e) }

func f() (err error) {
	set(&err, "direct")
	return
}

func g() (n int, err error) {
	defer func() {
		if e := recover(); e != nil {
			set(&err, "recovered")
			n = -1
		}
	}()
	p := &n
	*p = 5
	panic("boom")
}

func h() (n int) {
	p := &n
	defer func() { *p *= 2 }()
	return 21
}

func k() (a, b int) {
	pa, pb := &a, &b
	*pa, *pb = 1, 2
	return b, a
}

func main() {
	println(f().Error())
	n, err := g()
	println(n, err.Error())
	println(h())
	println(k())
}

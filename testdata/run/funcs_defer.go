package main


func doubled() (r int) {
	defer func() {
		r *= 2
	}()
	return 21
}

func recovered() (x int) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered")
			x = -1
		}
	}()
	panic("boom")
}

func loop() {
	for i := 0; i < 3; i++ {
		defer println("defer", i)
	}
	println("body")
}

func div(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return a / b, true
}

func helper() interface{} { return recover() }

func indirect() {
	defer func() {
		r := helper()
		println("helper got nil:", r == nil)
		r2 := recover()
		println("direct got nil:", r2 == nil)
	}()
	panic(1)
}

func secondPanic() {
	defer func() {
		r := recover()
		println("outer recovered:", r != nil)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func args() int {
	x := 5
	defer func(v int) {
		println("arg evaluated at defer:", v)
	}(x)
	x = 10
	return x
}

func nilCall() {
	defer func() {
		println("nil func call recovered:", recover() != nil)
	}()
	var f func()
	f()
}

func deferNil() {
	defer func() {
		println("deferred nil func panics at exit:", recover() != nil)
	}()
	var f func()
	defer f()
	println("after defer of nil func")
}

func noPanic() {
	defer func() {
		println("recover without panic:", recover() == nil)
	}()
}

func rec2() {
	defer func() {
		_ = recover()
	}()
	defer func() {
		println("runs first, sees panic still going")
	}()
	panic(7)
}

func deferRecover() (s string) {
	defer func() {
		s = "outer saw: " + s
		_ = recover()
	}()
	defer recover() // not called directly by a deferred function: no effect
	s = "set"
	panic("p")
}

type T int

func (t T) M() {
	println("method deferred with receiver", int(t))
}

func methods() {
	t := T(1)
	defer t.M()
	t = 2
	defer t.M()
}

func nested() (n int) {
	defer func() {
		func() {
			defer func() {
				if recover() != nil {
					n = 99
				}
			}()
			panic("inner")
		}()
		n++
	}()
	return 5
}

func resultAfterRecover() int {
	defer func() { _ = recover() }()
	panic("x")
}

func main() {
	println(doubled())
	println(recovered())
	loop()
	q, ok := div(7, 2)
	println(q, ok)
	q, ok = div(7, 0)
	println(q, ok)
	indirect()
	secondPanic()
	println(args())
	nilCall()
	deferNil()
	noPanic()
	rec2()
	println(deferRecover())
	methods()
	println(nested())
	println(resultAfterRecover())
	defer println("main deferred last")
	func() {
		defer println("inner deferred")
	}()
	println("end")
}

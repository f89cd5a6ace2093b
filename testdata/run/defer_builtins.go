package main

func closeLater(c chan int) {
	defer close(c)
	c <- 1
}

func copyLater() (dst []byte) {
	dst = make([]byte, 3)
	src := []byte("abc")
	defer copy(dst, src)
	src = []byte("xyz") // the deferred copy uses the slice evaluated at defer
	return dst
}

type P struct{ a, b int }

func main() {
	c := make(chan int, 2)
	closeLater(c)
	for v := range c {
		println("got", v)
	}
	println(string(copyLater()))

	ps := make([]P, 2)
	func() {
		defer copy(ps, []P{{1, 2}, {3, 4}})
	}()
	println(ps[0].a, ps[1].b)

	s := make([]byte, 5)
	func() {
		defer copy(s, "hello")
	}()
	println(string(s))

	done := make(chan bool)
	d := make(chan int)
	go close(d)
	go func() {
		_, ok := <-d
		done <- ok
	}()
	println(<-done)

	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		var nc chan int
		defer close(nc)
	}()
}

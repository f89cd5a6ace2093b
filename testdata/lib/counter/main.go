// A library: built with -buildmode=c-archive, its exported functions are called from Java.
package main

var inits = 0

var greeting = "hello, "

func init() {
	inits++
}

//export Inits
func Inits() int {
	return inits
}

//export Greet
func Greet(name string) string {
	return greeting + name
}

//export Add
func Add(a int64, b int32) int64 {
	return a + int64(b)
}

//export Div
func Div(a, b int) int {
	return a / b
}

// Reverse returns a reversed copy of b and clears b (Java gets a copy both ways, so the
// caller's array stays as it was).
//
//export Reverse
func Reverse(b []byte) []byte {
	r := make([]byte, len(b))
	for i, c := range b {
		r[len(b)-1-i] = c
		b[i] = 0
	}
	return r
}

//export Scale
func Scale(x float64, neg bool, f float32) float64 {
	if neg {
		x = -x
	}
	return x * float64(f)
}

//export Fail
func Fail(msg string) {
	panic(msg)
}

// SumSquares fans out n goroutines, each sending i*i, and sums what they send.
//
//export SumSquares
func SumSquares(n int) int {
	c := make(chan int)
	for i := 1; i <= n; i++ {
		go func(i int) { c <- i * i }(i)
	}
	s := 0
	for i := 1; i <= n; i++ {
		s += <-c
	}
	return s
}

// PingPong passes a counter between two goroutines over unbuffered channels, rounds times,
// each side in a select (without a timeout), and returns the final count.
//
//export PingPong
func PingPong(rounds int) int {
	ping, pong, done := make(chan int), make(chan int), make(chan int)
	go func() {
		for {
			select {
			case v, ok := <-ping:
				if !ok {
					return
				}
				pong <- v + 1
			}
		}
	}()
	go func() {
		v := 0
		for i := 0; i < rounds; i++ {
			select {
			case ping <- v:
			}
			select {
			case v = <-pong:
			}
		}
		close(ping)
		done <- v
	}()
	return <-done
}

func main() {
	println("main.main must not run in a library")
}

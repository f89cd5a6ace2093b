package main

type N int

func (n N) String() string { return "N" }

type S interface{ String() string }

func recv(c chan int) N { return N(<-c) }

func mk(c chan int) int {
	var s S = recv(c)
	return int(s.(N)) + int(recv(c))
}

func main() {
	c := make(chan int)
	go func() {
		for i := 1; i < 10; i++ {
			c <- i
		}
	}()
	println(mk(c))
}

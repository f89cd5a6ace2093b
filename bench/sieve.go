// sieve: the concurrent prime sieve, a chain of one filter goroutine per prime found over
// unbuffered channels (2,000 primes); main returns with the chain still blocked.
package main

const numPrimes = 2000

func generate(out chan<- int) {
	for i := 2; ; i++ {
		out <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		v := <-in
		if v%prime != 0 {
			out <- v
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	for i := 0; i < numPrimes; i++ {
		prime := <-ch
		sum += prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	println("primes", numPrimes, "sum", sum)
}

// spawn: 1,000,000 goroutines started one after the other, each sending one value on a
// buffered channel that main drains: goroutine creation, first run and exit (println only).
package main

const n = 1000000

func main() {
	done := make(chan int, 1024)
	go func() {
		for i := 0; i < n; i++ {
			go func(id int) {
				done <- id & 1
			}(i)
		}
	}()
	odd := 0
	for i := 0; i < n; i++ {
		odd += <-done
	}
	println("goroutines", n, "odd", odd)
}

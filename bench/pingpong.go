// pingpong: 2,000,000 round trips of a counter between two goroutines over unbuffered
// channels: channel hand-off and park/unpark latency.
package main

const roundTrips = 2000000

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < roundTrips; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	println("round trips", roundTrips, "final", v)
}

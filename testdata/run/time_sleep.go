package main

import "time"

func main() {
	time.Sleep(time.Millisecond) // the first sleep also loads the runtime's timer code
	done := make(chan string)
	for _, d := range []int{300, 100, 200} {
		d := d
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			done <- time.Duration(d * int(time.Millisecond)).String()
		}()
	}
	for i := 0; i < 3; i++ {
		println(<-done)
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	println("slept at least 20ms:", el >= 20*time.Millisecond, el < 2*time.Second)
	for _, d := range []time.Duration{0, 1, 999, 1500 * time.Microsecond, 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -90 * time.Second} {
		println(d.String(), d.Seconds() >= 0, int64(d.Round(time.Millisecond)))
	}
	println(time.Duration(1234567890).Truncate(time.Millisecond).String(), (90 * time.Minute).Hours())
}

// The deadlock detector and the netpoller: main waits on a channel while the only other
// goroutine waits for network input; the data in flight must wake it, not a deadlock report.
package main

import (
	"fmt"
	"net"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	c, _ := net.Dial("tcp", ln.Addr().String())
	s, _ := ln.Accept()
	done := make(chan int)
	go func() {
		buf := make([]byte, 1)
		for {
			n, err := s.Read(buf)
			if err != nil {
				close(done)
				return
			}
			done <- n
		}
	}()
	sum := 0
	for i := 0; i < 2000; i++ {
		c.Write([]byte{1})
		sum += <-done // main waits on a channel while the reader waits for the network
	}
	c.Close()
	<-done
	fmt.Println("sum", sum)
}

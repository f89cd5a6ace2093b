// A TCP echo server and client over loopback: Listen on an ephemeral port, Accept in a
// goroutine, Dial, Write/Read, CloseWrite (the server sees EOF), a read deadline that times
// out, and Accept failing once the listener is closed.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

func serve(c net.Conn) {
	defer c.Close()
	buf := make([]byte, 64)
	total := 0
	for {
		n, err := c.Read(buf)
		if err == io.EOF {
			fmt.Fprintf(c, "bye after %d bytes", total)
			return
		}
		if err != nil {
			fmt.Println("server read:", err)
			return
		}
		total += n
		c.Write([]byte("echo: " + string(buf[:n])))
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	fmt.Println("listening on loopback:", ln.Addr().(*net.TCPAddr).IP.IsLoopback(), ln.Addr().Network())
	done := make(chan error)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				done <- err
				return
			}
			go serve(c)
		}
	}()

	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	tc := c.(*net.TCPConn)
	fmt.Println("remote is the listener:", c.RemoteAddr().String() == ln.Addr().String())
	for _, m := range []string{"hello", "world"} {
		if _, err := c.Write([]byte(m)); err != nil {
			fmt.Println("write:", err)
		}
		buf := make([]byte, 64)
		n, err := c.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
	}

	// Nothing more comes: the read deadline expires.
	start := time.Now()
	c.SetReadDeadline(start.Add(100 * time.Millisecond))
	_, err = c.Read(make([]byte, 8))
	var ne net.Error
	fmt.Println("timeout:", errors.As(err, &ne) && ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded),
		time.Since(start) >= 100*time.Millisecond)

	// Half-close: the server reads EOF, answers and closes.
	c.SetReadDeadline(time.Time{})
	tc.CloseWrite()
	rest, err := io.ReadAll(c)
	fmt.Printf("%q %v\n", rest, err)
	c.Close()

	ln.Close()
	err = <-done
	fmt.Println("accept after close:", errors.Is(err, net.ErrClosed))

	// Nobody listens there any more.
	_, err = net.Dial("tcp", ln.Addr().String())
	fmt.Println("dial refused:", err != nil)
}

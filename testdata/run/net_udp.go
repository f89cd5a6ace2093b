// UDP over loopback: ListenUDP on an ephemeral port, a DialUDP client, ReadFrom/WriteTo
// replies to the client's address, and a read deadline on an idle socket.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	srv, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	go func() {
		buf := make([]byte, 64)
		for {
			n, from, err := srv.ReadFromUDP(buf)
			if err != nil {
				return
			}
			srv.WriteToUDP([]byte(fmt.Sprintf("got %q", buf[:n])), from)
		}
	}()

	c, err := net.DialUDP("udp", nil, srv.LocalAddr().(*net.UDPAddr))
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	for _, m := range []string{"ping", "pong"} {
		c.Write([]byte(m))
		buf := make([]byte, 64)
		n, err := c.Read(buf)
		fmt.Println(string(buf[:n]), err)
	}

	// An unconnected socket: WriteTo and ReadFrom name the peer.
	u, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	u.WriteTo([]byte("hi"), srv.LocalAddr())
	buf := make([]byte, 64)
	n, from, err := u.ReadFrom(buf)
	fmt.Println(string(buf[:n]), from.String() == srv.LocalAddr().String(), err)

	u.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	_, _, err = u.ReadFrom(buf)
	fmt.Println("timeout:", errors.Is(err, os.ErrDeadlineExceeded))
	u.Close()
	c.Close()
	srv.Close()
}

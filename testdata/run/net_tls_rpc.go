// Std's network stack beyond plain HTTP over loopback: an httptest TLS server (crypto/tls,
// crypto/x509) with its client, and a net/rpc call over TCP.
package main

import (
	"crypto/tls"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/rpc"
)

type Arith int

func (t *Arith) Mul(args [2]int, reply *int) error {
	*reply = args[0] * args[1]
	return nil
}

func main() {
	ts := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "secure %s %s", r.Proto, r.URL.Path)
	}))
	resp, err := ts.Client().Get(ts.URL + "/y")
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, string(b), resp.TLS != nil && resp.TLS.Version >= tls.VersionTLS12)
	ts.Close()

	// A client without the test certificate refuses the server (whose log would say so).
	ts = httptest.NewUnstartedServer(http.NotFoundHandler())
	ts.Config.ErrorLog = log.New(io.Discard, "", 0)
	ts.StartTLS()
	_, err = http.Get(ts.URL)
	fmt.Println("untrusted certificate refused:", err != nil)
	ts.Close()

	srv := rpc.NewServer()
	srv.Register(new(Arith))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go srv.Accept(ln)
	c, err := rpc.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	var reply int
	err = c.Call("Arith.Mul", [2]int{6, 7}, &reply)
	fmt.Println("rpc", reply, err)
	c.Close()
}

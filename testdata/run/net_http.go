// net/http over loopback: an http.Server on a net.Listener, http.Get and http.Post against it.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Test", "yes")
		fmt.Fprintf(w, "hello, %s %s\n", r.Method, r.URL.Query().Get("name"))
	})
	mux.HandleFunc("/upper", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, strings.ToUpper(string(b)))
	})
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()

	get := func(path string) {
		resp, err := http.Get(base + path)
		if err != nil {
			fmt.Println("get:", err)
			return
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.Status, resp.Header.Get("X-Test"), resp.Header.Get("Content-Type"), err)
		fmt.Printf("%q\n", body)
	}
	get("/hello?name=gopher")
	get("/missing")

	resp, err := http.Post(base+"/upper", "text/plain", strings.NewReader("shout this"))
	if err != nil {
		fmt.Println("post:", err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, string(body))
	fmt.Println("close:", srv.Close())
}

package main

import "fmt"

func main() {
	s := []byte("abcdef")
	p := (*[3]byte)(s[2:])
	fmt.Printf("%s\n", p[:])
	q := (*[4]byte)(s[3:])
	fmt.Println("unreachable", q[0])
}

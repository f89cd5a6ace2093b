package main

import (
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
)

func main() {
	in := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("sha224     %x\n", sha256.Sum224(in))
	fmt.Printf("sha256     %x\n", sha256.Sum256(in))
	fmt.Printf("sha384     %x\n", sha512.Sum384(in))
	fmt.Printf("sha512     %x\n", sha512.Sum512(in))
	fmt.Printf("sha512_224 %x\n", sha512.Sum512_224(in))
	fmt.Printf("sha512_256 %x\n", sha512.Sum512_256(in))
}

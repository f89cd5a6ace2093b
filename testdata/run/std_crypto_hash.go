package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"fmt"
	"io"
	"strings"
)

func main() {
	fmt.Printf("%x\n", md5.Sum([]byte("The quick brown fox jumps over the lazy dog")))
	fmt.Printf("%x\n", sha1.Sum([]byte("")))
	h := md5.New()
	io.WriteString(h, strings.Repeat("gojc", 1000))
	fmt.Printf("%x\n", h.Sum(nil))
	m := hmac.New(sha1.New, []byte("key"))
	m.Write([]byte("The quick brown fox jumps over the lazy dog"))
	fmt.Printf("%x\n", m.Sum(nil))

	key := []byte("0123456789abcdef")
	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err)
	}
	out := make([]byte, 16)
	block.Encrypt(out, []byte("exampleplaintext"))
	fmt.Printf("%x\n", out)
	iv := make([]byte, 16)
	msg := []byte("a longer message for the CTR mode of AES")
	ct := make([]byte, len(msg))
	cipher.NewCTR(block, iv).XORKeyStream(ct, msg)
	fmt.Printf("%x\n", ct)
	pt := make([]byte, len(ct))
	cipher.NewCTR(block, iv).XORKeyStream(pt, ct)
	fmt.Println(string(pt))
}

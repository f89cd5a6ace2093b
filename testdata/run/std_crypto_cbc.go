package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"encoding/hex"
	"fmt"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	key := []byte("0123456789abcdef")
	block, _ := aes.NewCipher(key)
	iv := []byte("fedcba9876543210")
	pt := bytes.Repeat([]byte("sixteen byte blk"), 3)
	enc := cipher.NewCBCEncrypter(block, iv)
	fmt.Printf("%T %d\n", enc, enc.BlockSize())
	ct := make([]byte, len(pt))
	enc.CryptBlocks(ct[:16], pt[:16])
	enc.CryptBlocks(ct[16:], pt[16:]) // chaining continues across calls
	fmt.Println(hex.EncodeToString(ct))
	dec := cipher.NewCBCDecrypter(block, iv)
	out := append([]byte(nil), ct...)
	dec.CryptBlocks(out[:32], out[:32]) // in place
	dec.CryptBlocks(out[32:], out[32:])
	fmt.Println(string(out), bytes.Equal(out, pt))
	dec.(interface{ SetIV([]byte) }).SetIV(iv)
	out2 := make([]byte, len(ct))
	dec.CryptBlocks(out2, ct)
	fmt.Println(bytes.Equal(out2, pt), iv[0])
	db, _ := des.NewTripleDESCipher([]byte("0123456789abcdefghijklmn"))
	e3 := cipher.NewCBCEncrypter(db, []byte("8bytesiv"))
	c3 := make([]byte, 16)
	e3.CryptBlocks(c3, []byte("des3 block twos!"))
	fmt.Println(hex.EncodeToString(c3))
	try("short iv", func() { cipher.NewCBCEncrypter(block, iv[:8]) })
	try("dec short iv", func() { cipher.NewCBCDecrypter(block, iv[:8]) })
	try("partial", func() { enc.CryptBlocks(make([]byte, 32), make([]byte, 17)) })
	try("small dst", func() { enc.CryptBlocks(make([]byte, 16), make([]byte, 32)) })
	try("overlap", func() { b := make([]byte, 48); dec.CryptBlocks(b[1:33], b[:32]) })
	try("setiv", func() { enc.(interface{ SetIV([]byte) }).SetIV(iv[:3]) })
	cfb := cipher.NewCFBEncrypter(block, iv)
	s := []byte("stream mode text")
	cfb.XORKeyStream(s, s)
	fmt.Println(hex.EncodeToString(s))
	ofb := cipher.NewOFB(block, iv)
	ofb.XORKeyStream(s, s)
	fmt.Println(hex.EncodeToString(s))
}

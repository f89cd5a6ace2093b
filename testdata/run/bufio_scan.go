package main

import (
	"bufio"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta"))
	for sc.Scan() {
		println("line:", sc.Text())
	}
	words := bufio.NewScanner(strings.NewReader("  one two\tthree\nfour  "))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
		println("word:", words.Text())
	}
	println("words:", n, words.Err() == nil)
	w := bufio.NewWriter(os.Stdout)
	w.WriteString("buffered ")
	w.WriteString("output\n")
	println("before flush")
	w.Flush()
	r := bufio.NewReader(strings.NewReader("x,y;z"))
	s, err := r.ReadString(',')
	println(s, err == nil)
	b, _ := r.ReadByte()
	println(string(b))
}

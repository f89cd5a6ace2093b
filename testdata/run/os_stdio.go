package main

import "os"

func main() {
	for i := 0; i < 3; i++ {
		os.Stdout.WriteString("stdout line\n")
		println("println line", i)
		os.Stderr.Write([]byte("stderr line\n"))
	}
	os.Stdout.Write([]byte("no newline, then println: "))
	println("done")
}

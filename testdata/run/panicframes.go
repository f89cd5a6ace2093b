package main

import (
	"fmt"
	"runtime"
	"strings"
)

func trace() {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		if strings.HasPrefix(fr.Function, "main.") {
			file := fr.File[strings.LastIndex(fr.File, "/")+1:]
			fmt.Printf("%s %s:%d\n", fr.Function, file, fr.Line)
		}
		if !more {
			break
		}
	}
}

func boom(p *int) int {
	return *p
}

func g() {
	defer func() {
		recover()
		trace()
	}()
	boom(nil)
}

func main() {
	g()
	_, _, line, _ := runtime.Caller(0)
	fmt.Println("main at", line)
}

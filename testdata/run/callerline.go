package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	pc, file, line, ok := runtime.Caller(1)
	if !ok {
		return "no caller"
	}
	if i := strings.LastIndex(file, "/"); i >= 0 && !strings.HasPrefix(file, "/foo") {
		file = file[i+1:]
	}
	return fmt.Sprintf("%s:%d %s", file, line, runtime.FuncForPC(pc).Name())
}

func f() string {
	return where()
}

func main() {
	fmt.Println(where())
	fmt.Println(f())
	func() {
		fmt.Println(where())
	}()
//line /foo/gen.go:100
	fmt.Println(where())
	/*line other.go:7:1*/ fmt.Println(where())
//line :200
	fmt.Println(where())
}

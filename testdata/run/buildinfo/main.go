package main

// runtime/debug.ReadBuildInfo: the main package's path, the main module, a dependency replaced
// by a local directory, and the build settings (the go version line varies, so it is left out).

import (
	"fmt"
	"runtime/debug"
	"strings"

	"example.com/dep"
)

func main() {
	bi, ok := debug.ReadBuildInfo()
	fmt.Println(ok, dep.Name())
	fmt.Println("path:", bi.Path)
	fmt.Printf("main: %q %q %q\n", bi.Main.Path, bi.Main.Version, bi.Main.Sum)
	for _, d := range bi.Deps {
		fmt.Printf("dep: %q %q %q replaced by %q %q\n", d.Path, d.Version, d.Sum, d.Replace.Path, d.Replace.Version)
	}
	for _, s := range bi.Settings {
		fmt.Printf("setting: %s=%s\n", s.Key, s.Value)
	}
	text := bi.String()
	fmt.Print(text[strings.Index(text, "\n")+1:])
}

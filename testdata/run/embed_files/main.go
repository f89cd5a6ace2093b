package main

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"text/template"
)

//go:embed static/a.txt
var a string

//go:embed static/b.txt
var b []byte

//go:embed static
var files embed.FS

//go:embed all:static/.hidden static/*.txt
//go:embed "bin.dat" `static/sub/t.tmpl`
var more embed.FS

// tmpl uses an embedded FS in its initializer: the FS must be set first.
var tmpl = template.Must(template.ParseFS(files, "static/sub/*.tmpl"))

var (
	x int = 3
	//go:embed bin.dat
	bin []byte
)

func main() {
	fmt.Printf("%q %q %q %d\n", a, b, bin, x)
	for _, f := range []embed.FS{files, more} {
		fs.WalkDir(f, ".", func(p string, d fs.DirEntry, err error) error {
			info, _ := d.Info()
			fmt.Println(p, d.IsDir(), err, info.Size(), info.Mode(), info.ModTime().IsZero())
			return nil
		})
	}
	data, err := files.ReadFile("static/b.txt")
	fmt.Println(string(data), err)
	_, err = files.ReadFile("nope")
	fmt.Println(err)
	_, err = files.ReadFile("static/.dotfile")
	fmt.Println(err)
	ents, err := files.ReadDir("static/sub")
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(err)
	f, _ := more.Open("static/.hidden/h.txt")
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size())
	m, err := fs.Glob(files, "static/*/*")
	fmt.Println(m, err)
	tmpl.ExecuteTemplate(os.Stdout, "t.tmpl", 42)
	sub, _ := fs.Sub(files, "static/sub")
	bs, err := fs.ReadFile(sub, "deep/d.txt")
	fmt.Printf("%q %v\n", bs, err)
	var empty embed.FS
	_, err = empty.Open("x")
	fmt.Println(err)
}

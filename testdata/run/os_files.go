package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

func check(what string, err error) {
	if err != nil {
		println(what, "failed:", err.Error())
		os.Exit(1)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gojc-files")
	check("MkdirTemp", err)
	defer os.RemoveAll(dir)

	name := filepath.Join(dir, "a.txt")
	f, err := os.Create(name)
	check("Create", err)
	n, err := f.WriteString("first line\n")
	check("WriteString", err)
	println("wrote", n)
	f.Write([]byte("second line\n"))
	check("Close", f.Close())

	b, err := os.ReadFile(name)
	check("ReadFile", err)
	print(string(b))

	st, err := os.Stat(name)
	check("Stat", err)
	println(st.Name(), st.Size(), st.IsDir(), st.Mode().IsRegular())

	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	check("OpenFile", err)
	f.WriteString("third\n")
	f.Close()

	f, err = os.Open(name)
	check("Open", err)
	buf := make([]byte, 5)
	f.Seek(6, io.SeekStart)
	io.ReadFull(f, buf)
	println("at 6:", string(buf))
	all, _ := io.ReadAll(f)
	println("rest:", len(all))
	f.Close()

	check("MkdirAll", os.MkdirAll(filepath.Join(dir, "x", "y", "z"), 0755))
	check("WriteFile", os.WriteFile(filepath.Join(dir, "x", "b.txt"), []byte("bee"), 0644))
	entries, err := os.ReadDir(dir)
	check("ReadDir", err)
	for _, e := range entries {
		println("entry:", e.Name(), e.IsDir())
	}
	var walked []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		walked = append(walked, rel)
		return nil
	})
	sort.Strings(walked)
	for _, w := range walked {
		println("walk:", w)
	}

	check("Rename", os.Rename(name, filepath.Join(dir, "c.txt")))
	_, err = os.Stat(name)
	println("old name gone:", os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	_, err = os.Open(filepath.Join(dir, "missing"))
	var pe *fs.PathError
	println("PathError:", errors.As(err, &pe), pe.Op, filepath.Base(pe.Path), pe.Err.Error())
	err = os.Mkdir(filepath.Join(dir, "x"), 0755)
	println("exists:", os.IsExist(err))
	check("RemoveAll", os.RemoveAll(filepath.Join(dir, "x")))
	_, err = os.Stat(filepath.Join(dir, "x"))
	println("x removed:", os.IsNotExist(err))
	wd, err := os.Getwd()
	println("Getwd ok:", err == nil && filepath.IsAbs(wd))
	host, err := os.Hostname()
	println("Hostname ok:", err == nil && host != "")
}

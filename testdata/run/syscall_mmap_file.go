// syscall.Mmap of a file, privately: the mapping holds the file's bytes (zeros past its end
// within the mapping), and writes to it stay private. gojc cannot share a mapping with the file
// (a Go []byte is a Java array), so MAP_SHARED file mappings are not exercised here.
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	f, err := os.CreateTemp("", "mmap-*")
	if err != nil {
		panic(err)
	}
	defer os.Remove(f.Name())
	data := make([]byte, 5000)
	for i := range data {
		data[i] = byte(i % 251)
	}
	f.Write(data)

	m, err := syscall.Mmap(int(f.Fd()), 0, 6000, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_FILE|syscall.MAP_PRIVATE)
	fmt.Println(len(m), err, m[0], m[250], m[251], m[4999], m[5000], m[5999])
	m[0] = 99
	back := make([]byte, 1)
	f.ReadAt(back, 0)
	fmt.Println("file still", back[0], "mapping", m[0])
	fmt.Println(syscall.Munmap(m))

	m2, err := syscall.Mmap(int(f.Fd()), 4096, 100, syscall.PROT_READ, syscall.MAP_PRIVATE)
	fmt.Println(len(m2), err, m2[0] == byte(4096%251), m2[99] == byte(4195%251))
	_, err = syscall.Mmap(int(f.Fd()), 100, 100, syscall.PROT_READ, syscall.MAP_PRIVATE)
	fmt.Println(err)
	_, err = syscall.Mmap(int(f.Fd()), 0, 0, syscall.PROT_READ, syscall.MAP_PRIVATE)
	fmt.Println(err)

	w, _ := os.OpenFile(f.Name(), os.O_WRONLY, 0)
	_, err = syscall.Mmap(int(w.Fd()), 0, 100, syscall.PROT_READ, syscall.MAP_PRIVATE)
	fmt.Println(err)
	w.Close()
	f.Close()

	a, err := syscall.Mmap(-1, 0, 10, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	fmt.Println(a, err)
}

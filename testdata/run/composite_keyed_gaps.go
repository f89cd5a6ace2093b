package main

import "fmt"

// Keyed slice and array literals leave gaps that must hold the element type's zero value,
// as html/template's sparse replacement tables rely on.

type pair struct {
	a string
	b int
}

var table = []string{0: "zero", '"': "quote", '<': "lt"}
var pairs = []pair{3: {"x", 1}}
var cplx = []complex128{2: 1i}
var nested = [][2]string{1: {1: "n"}}

func main() {
	fmt.Println(len(table), table['a'-40] == "", len(table[1]))
	fmt.Printf("%q %q %q\n", table[0], table['"'], table[10])
	fmt.Printf("%+v\n", pairs)
	fmt.Println(cplx)
	fmt.Printf("%q\n", nested)
	local := []string{4: "four"}
	fmt.Printf("%q %d\n", local, len(local[2]+local[3]))
	m := map[string]int{}
	for _, s := range local {
		m[s]++
	}
	fmt.Println(m[""], m["four"])
}

package main

import "fmt"

// Fmter shows what fmt.State reports; fmt keeps its printers in a sync.Pool, and a printer
// keeps the width and precision of its last verb, so which printer a call gets is visible.
type Fmter struct{}

func (Fmter) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "F[%c %d %v %d %v %v %v %v]", c, w, wok, p, pok, f.Flag('+'), f.Flag('#'), f.Flag('-'))
}

type Stringer struct{ v int }

func (s Stringer) String() string { return fmt.Sprintf("S<%d>", s.v) }

func main() {
	fmt.Printf("|%6.2v|\n", 3.14159)
	fmt.Printf("%v %s\n", Stringer{1}, Stringer{2})
	fmt.Printf("%v %+8.3x %-#5q\n", Fmter{}, Fmter{}, Fmter{})
	fmt.Println(fmt.Sprintf("%.4d", 7), fmt.Sprintf("%v", Fmter{}))
	s := fmt.Sprintf("%*.*f|%v", 9, 3, 2.5, Fmter{})
	fmt.Println(s)
	fmt.Printf("%v\n", []interface{}{Fmter{}, Stringer{3}})
}

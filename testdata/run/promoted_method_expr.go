package main

import "fmt"

type S int

func (s *S) Inc(n int) int { *s += S(n); return int(*s) }
func (s S) Get() int        { return int(s) }

type Inner struct{ name string }

func (i Inner) Name() string    { return i.name }
func (i *Inner) Rename(n string) { i.name = n }

type T struct {
	a int
	S
	*Inner
}

type W struct{ T }

func pair() (int, string) { return 7, "seven" }
func triple() (string, int, string) { return "p", 7, "seven" }

type Buf int

func (*Buf) Read() {}

type Reader interface{ Read() }

func h() (*Buf, bool) { return nil, true }
func i() (Reader, bool) { return h() }

func show(prefix string, xs ...interface{}) string { return fmt.Sprint(prefix, xs) }

func main() {
	t := &T{a: 1, S: 10, Inner: &Inner{"in"}}
	inc := (*T).Inc
	println(inc(t, 5), t.S)
	get := T.Get
	println(get(*t))
	name := T.Name
	rename := (*W).Rename
	w := &W{*t}
	rename(w, "renamed")
	println(name(*t), w.Name(), (*T).Name(t))
	println(W.Get(*w), (*W).Inc(w, 1), w.S, t.S)
	g := struct{ S }.Get
	println(g(struct{ S }{3}))

	fmt.Println(pair())
	println(fmt.Sprint(pair()))
	println(show(triple()))
	r, ok := i()
	_, isBuf := r.(*Buf)
	println(r != nil, ok, isBuf)
}

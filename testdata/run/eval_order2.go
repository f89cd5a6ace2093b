package main

import "fmt"

var trace string

func t(s string) int { trace += s; return len(trace) }

type R struct{ n int }

func (r R) add(a, b int) int { return r.n + a + b }

func mkR() R              { t("r"); return R{1} }
func args() (int, int)    { t("a"); return 2, 3 }
func fp() (*int, int)     { return nil, 42 }
func pair() (int, string) { return 4, "four" }

func main() {
	fmt.Println(mkR().add(args()), trace)

	trace = ""
	arr := [4]int{2: t("x"), 0: t("y"), t("z")}
	sl := []int{3: t("p"), 1: t("q")}
	fmt.Println(arr, sl, trace)

	p := new(int)
	old := p
	p, *p = fp()
	fmt.Println(p == nil, *old)

	var i interface{}
	b := new(bool)
	*b = true
	ob := b
	b, *b = i.(*bool)
	fmt.Println(b == nil, *ob)

	m := map[int]string{}
	k := 1
	k, m[k] = pair()
	fmt.Println(k, m)
}

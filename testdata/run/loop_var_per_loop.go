package main

// Loop variables under go 1.19 rules (no go.mod): one variable per loop.


import "fmt"

type pt struct{ x, y int }

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return v })
	}
	var pp []*pt
	for _, p := range []pt{{1, 2}, {3, 4}} {
		pp = append(pp, &p)
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		fs = append(fs, func() int { return v + len(k) })
	}
	c := make(chan int, 2)
	c <- 7
	c <- 8
	close(c)
	for x := range c {
		fs = append(fs, func() int { return x })
	}
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 100 })
		i++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], *pp[0], *pp[1])
}

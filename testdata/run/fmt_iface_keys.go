package main

import "fmt"

type K struct{ A int }

func main() {
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6, int8(3): 7})
	fmt.Println(map[interface{}]string{K{1}: "k", 3: "i", "s": "s", nil: "nil"})
}

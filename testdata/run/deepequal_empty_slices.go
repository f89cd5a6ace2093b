package main

import (
	"fmt"
	"reflect"
)

func main() {
	a := append([]struct{}{}, make([]struct{}, 2)...)
	b := make([]struct{}, 2)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(reflect.DeepEqual(a, b))
	c := append([]struct{}{}, make([]struct{}, 0)...)
	fmt.Println(reflect.DeepEqual(c, []struct{}{}))
}

func init() {
	x := make([]int, 0, 4)
	y := []int{}
	fmt.Println(reflect.DeepEqual(x, y), reflect.DeepEqual([][]int{x}, [][]int{y}), reflect.DeepEqual(x, []int(nil)))
}

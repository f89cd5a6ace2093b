package main

import (
	"fmt"
	"math/bits"
)

func main() {
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo, bits.OnesCount(255), bits.LeadingZeros32(1), bits.Reverse8(1))
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("recovered:", ok, err)
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div64(2, 0, 1)
	}()
	bits.Div64(0, 1, 0)
}

package main

import "math/bits"

func main() {
	vals := []uint64{0, 1, 2, 3, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff, 0xffffffff00000001, 0x123456789abcdef0, 0xfedcba9876543210}
	for _, x := range vals {
		for _, y := range vals {
			hi, lo := bits.Mul64(x, y)
			println("mul", x, y, hi, lo)
			for c := uint64(0); c < 2; c++ {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				println("addsub", c, s, co, d, bo)
			}
			var u, v uint = uint(x), uint(y)
			h2, l2 := bits.Mul(u, v)
			s2, c2 := bits.Add(u, v, 1)
			d2, b2 := bits.Sub(u, v, 1)
			println("uint", h2, l2, s2, c2, d2, b2)
		}
		println("count", bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x))
		for _, k := range []int{0, 1, 13, 63, 64, -1, -70} {
			println("rot", k, bits.RotateLeft64(x, k), bits.RotateLeft32(uint32(x), k))
		}
	}
	// a carry chain as fiat's field code writes it
	var x1, x2, x3 uint64
	var c uint64
	x1, c = bits.Add64(0xffffffffffffffff, 1, 0)
	x2, c = bits.Add64(0xffffffffffffffff, 0, c)
	x3, c = bits.Add64(5, 0, c)
	println(x1, x2, x3, c)
}

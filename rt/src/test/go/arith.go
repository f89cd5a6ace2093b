// Float/integer conversions, shifts and complex arithmetic on amd64; expected values for ArithTest.
// Regenerate: GOARCH=amd64 go run arith.go > ../resources/gojc/rt/arith.txt
package main

import (
	"fmt"
	"math"
)

//go:noinline
func f64(x float64) float64 { return x }

//go:noinline
func f32(x float32) float32 { return x }

//go:noinline
func u64(x uint64) uint64 { return x }

//go:noinline
func sh(x uint) uint { return x }

// b64 and b32 print a float's bits, or NaN for any NaN: the sign and payload of NaN
// results depend on operand order, which Go programs cannot observe through printing.
func b64(x float64) string {
	if x != x {
		return "NaN"
	}
	return fmt.Sprint(math.Float64bits(x))
}

func b32(x float32) string {
	if x != x {
		return "NaN"
	}
	return fmt.Sprint(math.Float32bits(x))
}

func main() {
	fs := []float64{0, -0.5, 1.9, -1.9, 127.9, 128, 255.5, 256, -129, 32767.5, 65535.9, 65536, 2147483647.5,
		2147483648, -2147483648.5, -2147483649, 4294967295.5, 4294967296, 1e10, -1e10, 9.2233720368547748e18,
		9.223372036854775808e18, 1.8446744073709550e19, 1.8446744073709552e19, 1e19, 1e20, -1e20, -9.223372036854775808e18,
		math.NaN(), math.Inf(1), math.Inf(-1)}
	for _, f := range fs {
		x := f64(f)
		fmt.Println("f64", math.Float64bits(x), int64(x), int32(x), int16(x), int8(x), uint64(x), uint32(x), uint16(x), uint8(x))
		y := f32(float32(f))
		fmt.Println("f32", math.Float32bits(y), int64(y), int32(y), int16(y), int8(y), uint64(y), uint32(y), uint16(y), uint8(y))
	}
	us := []uint64{0, 1, 1<<53 + 1, 1<<63 - 1, 1 << 63, 1<<63 + 1, 1<<63 + 1025, 1<<63 + 1024, 1<<64 - 1, 0xfffffffffffff801, 0x8000008000000001, 0x8000010000000000}
	for _, u := range us {
		v := u64(u)
		fmt.Println("u64", v, math.Float64bits(float64(v)), math.Float32bits(float32(v)))
	}
	for _, n := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 1000} {
		k := sh(n)
		fmt.Println("shift", n, int64(-5)<<k, int64(-5)>>k, uint64(1<<63+5)>>k, int32(-5)<<k, int32(-5)>>k, uint32(1<<31+5)>>k,
			int16(-5)<<k, int16(-5)>>k, uint16(1<<15+5)>>k, int8(-5)<<k, int8(-5)>>k, uint8(1<<7+5)>>k, uint8(1<<7+5)<<k)
	}
	inf, nan := math.Inf(1), math.NaN()
	cs := []complex128{0, 1, complex(1, 2), complex(-3, 0.5), complex(0, 1), complex(inf, 0), complex(inf, inf), complex(nan, 0),
		complex(0, nan), complex(1e300, 1e300), complex(1e-300, 0), complex(math.Copysign(0, -1), 0), complex(2, -inf)}
	for _, a := range cs {
		for _, b := range cs {
			x, y := a, b
			q := x / y
			m := x * y
			q64 := complex64(x) / complex64(y)
			m64 := complex64(x) * complex64(y)
			fmt.Println("c", b64(real(q)), b64(imag(q)), b64(real(m)), b64(imag(m)),
				b32(real(q64)), b32(imag(q64)), b32(real(m64)), b32(imag(m64)))
		}
	}
}

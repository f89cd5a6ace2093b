// The builtin print/println formats; expected values for PrintTest.
// Regenerate: go run print.go 2> ../resources/gojc/rt/print.txt
package main

import "math"

//go:noinline
func f64(x float64) float64 { return x }

//go:noinline
func f32(x float32) float32 { return x }

func main() {
	negz := math.Copysign(0, -1)
	floats := []float64{0, negz, 1, -1, 1.5, 1e300, -1e300, 5e-324, math.NaN(), math.Inf(1), math.Inf(-1),
		123456789, 0.1, 0.3, 2.5e-10, 999999.95, 9999999, 99999995, 1.7976931348623157e308, 2.2250738585072014e-308,
		math.Pi, -math.E, 100, 1e7, 1e-7, 0.000123456789, 12345678.9}
	for _, f := range floats {
		println(f64(f))
	}
	f32s := []float32{0, 1.1, 3.4028235e38, 1e-45, 0.1, -2.5, 16777217, float32(math.Pi)}
	for _, f := range f32s {
		println(f32(f))
	}
	println(int64(0), int64(-1), int64(math.MinInt64), int64(math.MaxInt64), uint64(math.MaxUint64), int32(-5), uint8(255))
	println(true, false)
	println(complex(1, 2), complex(f64(-0.5), math.Inf(1)), complex64(complex(f32(1.1), f32(-3))))
	print("a", "b", 1, 2, "\n")
	println("x", "y")
	println()
	print(1.5)
	print("\n")
}

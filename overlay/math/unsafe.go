// gojc overlay: replaces GOROOT's math/unsafe.go, which reinterprets float bits through
// unsafe.Pointer; on the JVM the bit conversions are Float/Double's raw-bits methods
// (gojc.rt.std.math.Natives), which keep NaN payloads as gc's moves do.

package math

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number with the IEEE 754 binary representation b.
func Float32frombits(b uint32) float32

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number with the IEEE 754 binary representation b.
func Float64frombits(b uint64) float64

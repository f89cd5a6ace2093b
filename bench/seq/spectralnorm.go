// spectralnorm (println-only port of shared/bench/spectralnorm for issue 5: no fmt): power iteration estimating the spectral norm of an
// infinite matrix A where A[i][j] = 1/((i+j)(i+j+1)/2 + i + 1).
// Measures: float64 division, nested loops over slices, function calls.
package main

import (
	"math"
)

const size = 5500

func entry(i, j int) float64 {
	s := i + j
	return 1.0 / float64(s*(s+1)/2+i+1)
}

// mulAv computes dst = A * v.
func mulAv(v, dst []float64) {
	for i := range dst {
		sum := 0.0
		for j, x := range v {
			sum += entry(i, j) * x
		}
		dst[i] = sum
	}
}

// mulAtv computes dst = transpose(A) * v.
func mulAtv(v, dst []float64) {
	for i := range dst {
		sum := 0.0
		for j, x := range v {
			sum += entry(j, i) * x
		}
		dst[i] = sum
	}
}

func mulAtAv(v, dst, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, dst)
}

func main() {
	u := make([]float64, size)
	v := make([]float64, size)
	tmp := make([]float64, size)
	for i := range u {
		u[i] = 1
	}
	for iter := 0; iter < 10; iter++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i := range v {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	println(int64(math.Sqrt(vBv/vv) * 1e9)) // println port of Printf("%.9f")
}

package main

type Z complex128

type Pt struct {
	name string
	at   complex64
}

var global complex128
var garr [3]complex64

func div(a, b complex128) complex128 { return a / b }

func mul64(a, b complex64) complex64 { return a * b }

func main() {
	var zero complex128
	println(zero, global, garr[1])
	a := complex(1.0, 2.0)
	b := 3 - 4i
	println(a+b, a-b, a*b, a/b, -a)
	a += b
	a *= 2
	println(a)
	println(real(a), imag(a), a == b, a != b)

	// division corner cases as runtime/complex.go
	inf := 1.0
	for i := 0; i < 2000; i++ {
		inf *= 2
	}
	nan := inf - inf
	println(div(1, 0), div(0, 0), div(complex(inf, 1), 2), div(1, complex(inf, inf)))
	println(div(complex(nan, 1), 1), div(1e300+1e300i, 1e-300+1e-300i))
	c := complex(nan, 0)
	println(c == c, c != c)

	// complex64 rounds its parts to float32
	var f complex64 = complex(float32(0.1), float32(0.2))
	println(f, f*f, f/3, f+f, mul64(16777217, 1+1i))
	g := complex128(f)
	h := complex64(g * g)
	println(g, h, real(f), imag(f))

	var z Z = 2i
	z = z * z
	println(z, real(z))

	const k = (1 + 2i) * (3 + 4i)
	println(k, real(k), imag(k))
	var k64 complex64 = k
	println(k64)

	arr := [2]complex128{1i, 2}
	arr[1] += 1i
	println(arr[0], arr[1], arr == [2]complex128{1i, 2 + 1i})
	s := make([]complex64, 2, 5)
	s = append(s, 7+7i)
	println(len(s), s[0], s[2])
	p := Pt{name: "p"}
	println(p.name, p.at)
	p.at = 1 - 1i
	q := p
	println(q.at, p == q)
	m := map[complex128]string{}
	m[complex(0, 0)] = "zero"
	negz := 0.0
	negz = -negz
	println(m[complex(negz, negz)], len(m))
	m[1i] = "i"
	println(m[1i], len(m))
	mp := map[Pt]int{p: 4}
	println(mp[q])
}

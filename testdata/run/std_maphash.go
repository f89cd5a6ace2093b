package main

import (
	"fmt"
	"hash/maphash"
	"strings"
)

func main() {
	seed := maphash.MakeSeed()
	inputs := []string{"", "a", "hello, world", strings.Repeat("x", 127), strings.Repeat("yz", 64),
		strings.Repeat("long input ", 100)}
	distinct := map[uint64]bool{}
	for _, s := range inputs {
		hs := maphash.String(seed, s)
		hb := maphash.Bytes(seed, []byte(s))

		var h maphash.Hash
		h.SetSeed(seed)
		h.WriteString(s)
		w1 := h.Sum64()
		h.Reset()
		h.Write([]byte(s))
		w2 := h.Sum64()
		h.Reset()
		// in pieces of 3 and bytes
		for i := 0; i < len(s); i += 3 {
			end := i + 3
			if end > len(s) {
				end = len(s)
			}
			if i%2 == 0 {
				h.WriteString(s[i:end])
			} else {
				for j := i; j < end; j++ {
					h.WriteByte(s[j])
				}
			}
		}
		w3 := h.Sum64()
		sum := h.Sum(nil)
		var fromSum uint64
		for i := 7; i >= 0; i-- {
			fromSum = fromSum<<8 | uint64(sum[i])
		}
		fmt.Println(len(s), hs == hb, hs == w1, w1 == w2, w2 == w3, fromSum == w3, h.Sum64() == w3)
		distinct[hs] = true
	}
	fmt.Println("distinct hashes:", len(distinct), "of", len(inputs))

	// Another seed gives other hashes; a Hash without a seed picks its own and stays consistent.
	other := maphash.MakeSeed()
	fmt.Println(other != seed, maphash.String(other, "hello, world") != maphash.String(seed, "hello, world"))
	var z maphash.Hash
	z.WriteString("abc")
	a := z.Sum64()
	z.Reset()
	z.WriteString("abc")
	fmt.Println(a == z.Sum64(), z.Seed() != seed, maphash.String(z.Seed(), "abc") == a)
	fmt.Println(z.Size(), z.BlockSize())
	defer func() { fmt.Println("recovered:", recover()) }()
	maphash.String(maphash.Seed{}, "x")
}

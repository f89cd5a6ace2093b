// gojc overlay: GOROOT's Enc and Dec reinterpret a []big.Word as a []uint through
// unsafe.Slice over raw memory, which the JVM has not; these copy the words instead (big.Word
// is a uint, so the values are the same; only the aliasing differs, and BoringCrypto, which
// would use it, is never enabled on gojc).

package bbig

import (
	"crypto/internal/boring"
	"math/big"
)

func Enc(b *big.Int) boring.BigInt {
	if b == nil {
		return nil
	}
	x := b.Bits()
	out := make(boring.BigInt, len(x))
	for i, w := range x {
		out[i] = uint(w)
	}
	return out
}

func Dec(b boring.BigInt) *big.Int {
	if b == nil {
		return nil
	}
	x := make([]big.Word, len(b))
	for i, w := range b {
		x[i] = big.Word(w)
	}
	return new(big.Int).SetBits(x)
}

// gojc overlay: GOROOT's truncated sums convert the 64-byte sum to a pointer to a shorter array
// (a pointer to part of an array, which gojc cannot make on the JVM); these copy the prefix.

package sha512

import (
	"crypto"
	"crypto/internal/boring"
)

func truncatedSum(function crypto.Hash, data []byte, out []byte) {
	d := digest{function: function}
	d.Reset()
	d.Write(data)
	sum := d.checkSum()
	copy(out, sum[:])
}

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) (sum [Size384]byte) {
	if boring.Enabled {
		return boring.SHA384(data)
	}
	truncatedSum(crypto.SHA384, data, sum[:])
	return
}

// Sum512_224 returns the Sum512/224 checksum of the data.
func Sum512_224(data []byte) (sum [Size224]byte) {
	truncatedSum(crypto.SHA512_224, data, sum[:])
	return
}

// Sum512_256 returns the Sum512/256 checksum of the data.
func Sum512_256(data []byte) (sum [Size256]byte) {
	truncatedSum(crypto.SHA512_256, data, sum[:])
	return
}

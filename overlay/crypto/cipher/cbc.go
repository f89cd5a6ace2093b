// gojc overlay: replaces GOROOT's cbc.go, whose encrypter and decrypter are one *cbc object
// converted to *cbcEncrypter or *cbcDecrypter. Two struct types are two JVM classes in gojc, so
// that pointer conversion cannot alias one object (docs/architecture.md, unsafe.Pointer); here
// each mode is built as its own type. Same API, panics and results: cipher block chaining as
// NIST SP 800-38A defines it.

package cipher

import "crypto/internal/subtle"

// cbcEncrypter and cbcDecrypter keep the block, the chaining value (iv) and scratch space.
type cbcEncrypter struct {
	b         Block
	blockSize int
	iv        []byte
	tmp       []byte
}

type cbcDecrypter struct {
	b         Block
	blockSize int
	iv        []byte
	tmp       []byte
}

// cbcEncAble and cbcDecAble let a Block supply its own CBC implementation.
type cbcEncAble interface {
	NewCBCEncrypter(iv []byte) BlockMode
}

type cbcDecAble interface {
	NewCBCDecrypter(iv []byte) BlockMode
}

// NewCBCEncrypter returns a BlockMode which encrypts in cipher block chaining
// mode, using the given Block. The length of iv must be the same as the
// Block's block size.
func NewCBCEncrypter(b Block, iv []byte) BlockMode {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewCBCEncrypter: IV length must equal block size")
	}
	if own, ok := b.(cbcEncAble); ok {
		return own.NewCBCEncrypter(iv)
	}
	return newCBCGenericEncrypter(b, iv)
}

// newCBCGenericEncrypter is NewCBCEncrypter without the Block's own implementation.
func newCBCGenericEncrypter(b Block, iv []byte) BlockMode {
	n := b.BlockSize()
	if len(iv) != n {
		panic("cipher.NewCBCEncrypter: IV length must equal block size")
	}
	return &cbcEncrypter{b: b, blockSize: n, iv: append([]byte(nil), iv...), tmp: make([]byte, n)}
}

func (x *cbcEncrypter) BlockSize() int { return x.blockSize }

func (x *cbcEncrypter) CryptBlocks(dst, src []byte) {
	checkCBCBlocks(x.blockSize, dst, src)
	// Each ciphertext block is E(plaintext XOR previous ciphertext block), the IV first.
	prev := x.iv
	for off := 0; off < len(src); off += x.blockSize {
		out := dst[off : off+x.blockSize]
		for i := range out {
			out[i] = src[off+i] ^ prev[i]
		}
		x.b.Encrypt(out, out)
		prev = out
	}
	copy(x.iv, prev)
}

func (x *cbcEncrypter) SetIV(iv []byte) {
	if len(iv) != len(x.iv) {
		panic("cipher: incorrect length IV")
	}
	copy(x.iv, iv)
}

// NewCBCDecrypter returns a BlockMode which decrypts in cipher block chaining
// mode, using the given Block. The length of iv must be the same as the
// Block's block size and must match the iv used to encrypt the data.
func NewCBCDecrypter(b Block, iv []byte) BlockMode {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewCBCDecrypter: IV length must equal block size")
	}
	if own, ok := b.(cbcDecAble); ok {
		return own.NewCBCDecrypter(iv)
	}
	return newCBCGenericDecrypter(b, iv)
}

// newCBCGenericDecrypter is NewCBCDecrypter without the Block's own implementation.
func newCBCGenericDecrypter(b Block, iv []byte) BlockMode {
	n := b.BlockSize()
	if len(iv) != n {
		panic("cipher.NewCBCDecrypter: IV length must equal block size")
	}
	return &cbcDecrypter{b: b, blockSize: n, iv: append([]byte(nil), iv...), tmp: make([]byte, n)}
}

func (x *cbcDecrypter) BlockSize() int { return x.blockSize }

func (x *cbcDecrypter) CryptBlocks(dst, src []byte) {
	checkCBCBlocks(x.blockSize, dst, src)
	// Each plaintext block is D(ciphertext) XOR the previous ciphertext block. dst may be src
	// itself, so the ciphertext block is saved before its plaintext overwrites it.
	bs := x.blockSize
	for off := 0; off < len(src); off += bs {
		copy(x.tmp, src[off:off+bs])
		out := dst[off : off+bs]
		x.b.Decrypt(out, x.tmp)
		for i := range out {
			out[i] ^= x.iv[i]
		}
		x.iv, x.tmp = x.tmp, x.iv
	}
}

func (x *cbcDecrypter) SetIV(iv []byte) {
	if len(iv) != len(x.iv) {
		panic("cipher: incorrect length IV")
	}
	copy(x.iv, iv)
}

// checkCBCBlocks panics as CryptBlocks must for src not whole blocks, a short dst or a
// dst overlapping src other than exactly.
func checkCBCBlocks(blockSize int, dst, src []byte) {
	if len(src)%blockSize != 0 {
		panic("crypto/cipher: input not full blocks")
	}
	if len(dst) < len(src) {
		panic("crypto/cipher: output smaller than input")
	}
	if subtle.InexactOverlap(dst[:len(src)], src) {
		panic("crypto/cipher: invalid buffer overlap")
	}
}

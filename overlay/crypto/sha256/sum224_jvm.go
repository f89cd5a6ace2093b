// gojc overlay: GOROOT's Sum224 converts the 32-byte sum to *[28]byte (a pointer to part of an
// array, which gojc cannot make on the JVM); this one copies the first 28 bytes.

package sha256

import "crypto/internal/boring"

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) (sum224 [Size224]byte) {
	if boring.Enabled {
		return boring.SHA224(data)
	}
	var d digest
	d.is224 = true
	d.Reset()
	d.Write(data)
	sum := d.checkSum()
	copy(sum224[:], sum[:])
	return
}

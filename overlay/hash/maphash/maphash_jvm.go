// gojc overlay: String and Hash.WriteString (dropped in OVERLAY) point rthash at a string's
// bytes through an unsafeheader.String view of the string header, which gojc's strings
// (gojc.rt.GoString) do not have. These hash the string directly with the same bufSize chunks
// as the byte path, so a string and its bytes still hash alike under one seed.

package maphash

// stringHash is rthash over the bytes of s (a Java native beside runtime_memhash).
func stringHash(s string, seed uint64) uint64

// String returns the hash of s with the given seed, as Bytes of the same bytes would.
func String(seed Seed, s string) uint64 {
	if seed.s == 0 {
		panic("maphash: use of uninitialized Seed")
	}
	return hashChunks(s, seed.s)
}

// hashChunks folds s into state one bufSize piece at a time, the last piece at most bufSize.
func hashChunks(s string, state uint64) uint64 {
	if len(s) == 0 {
		return state
	}
	for ; len(s) > bufSize; s = s[bufSize:] {
		state = stringHash(s[:bufSize], state)
	}
	return stringHash(s, state)
}

// WriteString adds the bytes of s to the sequence of bytes hashed by h, as Write does.
func (h *Hash) WriteString(s string) (int, error) {
	n := len(s)
	if h.n > 0 && h.n <= bufSize {
		k := copy(h.buf[h.n:], s)
		h.n += k
		if h.n < bufSize {
			return n, nil
		}
		s = s[k:]
		h.flush()
	}
	if len(s) > bufSize {
		h.initSeed()
		// everything but the last (at most bufSize) bytes goes into the state now
		cut := len(s) - (len(s)-1)%bufSize - 1
		h.state.s = hashChunks(s[:cut], h.state.s)
		s = s[cut:]
	}
	h.n = copy(h.buf[:], s)
	return n, nil
}

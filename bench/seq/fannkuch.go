// fannkuch (println-only port of shared/bench/fannkuch for issue 5: no fmt): fannkuch-redux over all permutations of n elements.
// For each permutation, repeatedly reverse the prefix whose length is the
// first element until the first element is 1; track the max flip count and
// an alternating-sign checksum over permutation order.
// Measures: small int-slice manipulation, bounds-checked indexing, branches.
package main



const (
	n      = 10
	rounds = 5 // repeat the full computation to reach a ~1-3 s native run
)

func fannkuch(n int) (checksum, maxFlips int) {
	perm := make([]int, n)  // current permutation
	work := make([]int, n)  // scratch copy that gets flipped
	count := make([]int, n) // counters driving permutation generation
	for i := range perm {
		perm[i] = i
	}
	permIndex := 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}

		if perm[0] != 0 {
			copy(work, perm)
			flips := 0
			for first := work[0]; first != 0; first = work[0] {
				// reverse work[0..first]
				for lo, hi := 0, first; lo < hi; lo, hi = lo+1, hi-1 {
					work[lo], work[hi] = work[hi], work[lo]
				}
				flips++
			}
			if flips > maxFlips {
				maxFlips = flips
			}
			if permIndex%2 == 0 {
				checksum += flips
			} else {
				checksum -= flips
			}
		}

		// generate next permutation by rotating prefixes
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm[0]
			for i := 0; i < r; i++ {
				perm[i] = perm[i+1]
			}
			perm[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permIndex++
	}
}

func main() {
	total := 0
	var sum, flips int
	for i := 0; i < rounds; i++ {
		sum, flips = fannkuch(n)
		total += sum
	}
	println(sum); println("Pfannkuchen(", n, ") =", flips); println("rounds=", rounds, "total=", total)
}

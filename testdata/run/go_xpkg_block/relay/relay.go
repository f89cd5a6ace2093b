// Package relay blocks on behalf of its callers: its importer's functions that call Take must
// unwind through package boundaries, while calls of Double need no unwinding at all.
package relay

// Take receives one value from c.
func Take(c chan int) int {
	return <-c
}

// Double never blocks.
func Double(x int) int {
	return 2 * x
}


package main

// Unbounded recursion: gc's stack-overflow fatal error, exit 2 (checked by StackLimitTest; the
// traceback gc prints after the first lines differs, so this is not a RunTestdataTest case).

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	defer println("deferred calls do not run")
	println(f(0))
}

package main

func classify(n int) string {
	switch n % 4 {
	case 0:
		return "zero"
	case 1:
		return "one"
	case 2:
		return "two"
	}
	return "three"
}

func main() {
	total := 0
	for i := 0; i < 50000000; i++ {
		s := classify(i)
		if s == "two" {
			total += len(s)
		}
		total += len("some constant text")
	}
	println(total)
}

package p

const (
	a = 1
	b 2
	c = 3
)

var (
	x int = 1
	y int 2
)

type (
	T int
	U
)

func main() {}

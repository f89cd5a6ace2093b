package shape

type Shape interface {
	Area() int
	name() string
}

type Sq struct{ S int }

func (s Sq) Area() int     { return s.S * s.S }
func (s Sq) name() string  { return "sq" }
func (s *Sq) Scale(k int) { s.S *= k }

type Point struct{ X, Y int }

func Name(s Shape) string { return s.name() }

func Any() interface{} { return []Point{{1, 2}} }

func Ptr() interface{} { return &Point{3, 4} }

var Last interface{}

func SetLast(x interface{}) { Last = x }

func GetLast() interface{} { return Last }

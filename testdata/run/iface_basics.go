package main

type MyInt int
type Celsius float64
type Pair struct {
	a int
	b string
}
type Names []string

func kind(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case bool:
		if v {
			return "bool true"
		}
		return "bool false"
	case int:
		return "int"
	case int8, int16:
		return "small int"
	case uint8:
		return "byte"
	case int64, uint64:
		return "64"
	case float64:
		return "float64"
	case string:
		return "string " + v
	case MyInt:
		if v > 2 {
			return "MyInt big"
		}
		return "MyInt"
	case Pair:
		return "Pair " + v.b
	case *Pair:
		if v == nil {
			return "*Pair nil"
		}
		return "*Pair " + v.b
	case []int:
		return "[]int"
	case Names:
		return "Names " + v[0]
	case map[string]int:
		return "map"
	case [2]int:
		return "array"
	case func() int:
		return "func"
	default:
		return "other"
	}
}

func main() {
	var p *Pair
	vals := []interface{}{nil, true, false, 1, int8(2), int16(3), uint8(4), int64(5), uint64(6), 1.5,
		"s", MyInt(1), MyInt(3), Pair{1, "v"}, &Pair{2, "p"}, p, []int{1}, Names{"n"},
		map[string]int{}, [2]int{1, 2}, func() int { return 1 }, Celsius(2), float32(1)}
	for i, v := range vals {
		println(i, kind(v))
	}
	var e interface{} = 42
	n := e.(int)
	println(n + 1)
	s, ok := e.(string)
	println(len(s), ok)
	m, ok := e.(int)
	println(m, ok)
	var q interface{} = Pair{3, "q"}
	pr := q.(Pair)
	pr.a = 100
	println(q.(Pair).a, pr.a)
	var a, b interface{} = 1, 1
	println(a == b, a != b, a == 1, 1 == a, a == 2)
	b = MyInt(1)
	println(a == b, b == MyInt(1))
	var c, d interface{} = Pair{1, "x"}, Pair{1, "x"}
	println(c == d)
	pp := &Pair{1, "x"}
	c, d = pp, pp
	println(c == d, c == interface{}(&Pair{1, "x"}))
	var nilp *Pair
	var np interface{} = nilp
	println(np == nil, np.(*Pair) == nil)
	var f1, f2 interface{} = 0.0, -0.0
	println(f1 == f2)
	var u interface{} = uint32(7)
	println(u.(uint32), u == uint32(7))
	mm := map[interface{}]string{}
	mm[1] = "int"
	mm[int64(1)] = "int64"
	mm["1"] = "string"
	mm[MyInt(1)] = "MyInt"
	mm[Pair{1, "k"}] = "pair"
	mm[[2]int{1, 2}] = "array"
	println(len(mm), mm[1], mm[int64(1)], mm["1"], mm[MyInt(1)], mm[Pair{1, "k"}], mm[[2]int{1, 2}])
	delete(mm, 1)
	_, ok = mm[1]
	println(len(mm), ok)
	var x interface{} = Celsius(3.5)
	if cc, ok := x.(Celsius); ok {
		println(float64(cc) * 2)
	}
	var any1 interface{} = 'x'
	println(any1.(rune))
}

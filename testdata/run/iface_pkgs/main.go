package main

import (
	"example.com/ifacepkgs/shape"
	"example.com/ifacepkgs/util"
)

type Local struct{ shape.Sq }

func main() {
	sq := &shape.Sq{S: 3}
	util.Double(sq)
	println(sq.S, sq.Area(), shape.Name(sq))
	var s shape.Shape = Local{shape.Sq{S: 2}}
	println(s.Area(), shape.Name(s))
	println(util.IsPoints(shape.Any()), util.IsPoints([]shape.Point{}), util.IsPoints([]struct{ X, Y int }{}))
	p, ok := shape.Ptr().(*shape.Point)
	println(p.X, ok)
	println(shape.GetLast() == interface{}(sq))
	m := map[interface{}]int{util.Key(): 5}
	println(m[shape.Point{1, 1}], m[struct{ X, Y int }{1, 1}])
	var l interface{} = struct{ X, Y int }{1, 1}
	var q interface{} = shape.Point{1, 1}
	println(l == q, q == util.Key())
}

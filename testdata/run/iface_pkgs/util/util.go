package util

import "example.com/ifacepkgs/shape"

type Scaler interface{ Scale(k int) }

func Double(x interface{}) {
	if s, ok := x.(Scaler); ok {
		s.Scale(2)
	}
	shape.SetLast(x)
}

func IsPoints(x interface{}) bool {
	_, ok := x.([]shape.Point)
	return ok
}

func Key() interface{} { return shape.Point{1, 1} }

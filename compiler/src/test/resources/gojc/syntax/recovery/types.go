package p

type T[P any] struct{ x P }

type A [3]int

var m map[string]

var c chan

type F func(int) (string

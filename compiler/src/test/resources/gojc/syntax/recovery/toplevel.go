package p

x := 1

func f() {}

y++

if true {
}

var z int

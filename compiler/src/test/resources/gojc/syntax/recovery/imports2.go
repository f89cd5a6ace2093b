package p

func f() {}

import "fmt"

func g() {}

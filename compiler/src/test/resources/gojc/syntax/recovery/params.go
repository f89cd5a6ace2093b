package p

func f(a int b int) {}

func g(a, b) int {}

func h(a ...int, b int) {}

func i() (a int b) {}

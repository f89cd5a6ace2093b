package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "large"
}

func fall(n int) {
	switch n {
	case 0:
		println("zero")
		fallthrough
	case 1:
		println("one or fell")
		fallthrough
	default:
		println("default")
	case 3:
		println("three")
	}
}

func gotos() {
	i := 0
loop:
	if i < 3 {
		println("goto loop", i)
		i++
		goto loop
	}
	goto skip
skip:
	println("after skip")
	for j := 0; ; j++ {
		if j == 2 {
			goto done
		}
	}
done:
	println("done")
}

func labeled() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j == 1:
				continue
			case j == 3:
				continue outer
			case i == 2:
				break outer
			}
			println(i, j)
		}
	}
sw:
	switch x := 5; x {
	case 5:
		for {
			break sw
		}
	}
	for i := 0; i < 5; i++ {
		switch i {
		case 1, 3:
			continue
		case 4:
			break
		default:
			println("i", i)
		}
		if i == 4 {
			println("broke out of switch only")
		}
	}
}

func forms() {
	n := 0
	for n < 3 {
		n++
	}
	println("cond only", n)
	for {
		n--
		if n == 0 {
			break
		}
	}
	println("infinite", n)
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		n += i
	}
	println("parallel", n)
	var k int
	for k = 0; k < 5; k += 2 {
	}
	println("outside var", k)
}

func main() {
	println(classify(-1), classify(0), classify(5), classify(50))
	fall(0)
	fall(3)
	fall(7)
	gotos()
	labeled()
	forms()
	switch x := 2; {
	case x > 1:
		println("init and no tag")
	}
}

// A function far over the JVM's 64 KB method limit: gojc splits it into helper methods
// (codegen.Outline). Exits, shared variables, closures, defer and multi-value calls cross the pieces.

package main

import "fmt"

func pair(i int) (int, string) { return i * 3, fmt.Sprint("p", i) }

func big(n int) (total int, label string) {
	defer func() {
		if r := recover(); r != nil {
			label = fmt.Sprint("recovered ", r)
		}
	}()
	acc := 0
	count := 0
	f := func(k int) { acc += k }
	m := map[int]string{}
	var x int
	var s string
	x, s = pair(0 + n)
	acc += x + len(s)
	m[0] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(0)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 0 {
		goto done
	}
	if n == -1 {
		panic(fmt.Sprint("boom ", 0))
	}
	{
		x1, s1 := pair(1 + n)
		acc += x1 + len(s1)
		m[1] = s1
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(1)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 1 {
		goto done
	}
	if n == -2 {
		panic(fmt.Sprint("boom ", 1))
	}
	x, s = pair(2 + n)
	acc += x + len(s)
	m[2] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(2)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 2 {
		goto done
	}
	if n == -3 {
		panic(fmt.Sprint("boom ", 2))
	}
	{
		x3, s3 := pair(3 + n)
		acc += x3 + len(s3)
		m[3] = s3
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(3)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 3 {
		goto done
	}
	if n == -4 {
		panic(fmt.Sprint("boom ", 3))
	}
	x, s = pair(4 + n)
	acc += x + len(s)
	m[4] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(4)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 4 {
		goto done
	}
	if n == -5 {
		panic(fmt.Sprint("boom ", 4))
	}
	{
		x5, s5 := pair(5 + n)
		acc += x5 + len(s5)
		m[5] = s5
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(5)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 5 {
		goto done
	}
	if n == -6 {
		panic(fmt.Sprint("boom ", 5))
	}
	x, s = pair(6 + n)
	acc += x + len(s)
	m[6] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(6)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 6 {
		goto done
	}
	if n == -7 {
		panic(fmt.Sprint("boom ", 6))
	}
	{
		x7, s7 := pair(7 + n)
		acc += x7 + len(s7)
		m[7] = s7
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(7)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 7 {
		goto done
	}
	if n == -8 {
		panic(fmt.Sprint("boom ", 7))
	}
	x, s = pair(8 + n)
	acc += x + len(s)
	m[8] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(8)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 8 {
		goto done
	}
	if n == -9 {
		panic(fmt.Sprint("boom ", 8))
	}
	{
		x9, s9 := pair(9 + n)
		acc += x9 + len(s9)
		m[9] = s9
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(9)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 9 {
		goto done
	}
	if n == -10 {
		panic(fmt.Sprint("boom ", 9))
	}
	x, s = pair(10 + n)
	acc += x + len(s)
	m[10] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(10)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 10 {
		goto done
	}
	if n == -11 {
		panic(fmt.Sprint("boom ", 10))
	}
	{
		x11, s11 := pair(11 + n)
		acc += x11 + len(s11)
		m[11] = s11
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(11)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 11 {
		goto done
	}
	if n == -12 {
		panic(fmt.Sprint("boom ", 11))
	}
	x, s = pair(12 + n)
	acc += x + len(s)
	m[12] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(12)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 12 {
		goto done
	}
	if n == -13 {
		panic(fmt.Sprint("boom ", 12))
	}
	{
		x13, s13 := pair(13 + n)
		acc += x13 + len(s13)
		m[13] = s13
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(13)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 13 {
		goto done
	}
	if n == -14 {
		panic(fmt.Sprint("boom ", 13))
	}
	x, s = pair(14 + n)
	acc += x + len(s)
	m[14] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(14)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 14 {
		goto done
	}
	if n == -15 {
		panic(fmt.Sprint("boom ", 14))
	}
	{
		x15, s15 := pair(15 + n)
		acc += x15 + len(s15)
		m[15] = s15
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(15)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 15 {
		goto done
	}
	if n == -16 {
		panic(fmt.Sprint("boom ", 15))
	}
	x, s = pair(16 + n)
	acc += x + len(s)
	m[16] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(16)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 16 {
		goto done
	}
	if n == -17 {
		panic(fmt.Sprint("boom ", 16))
	}
	{
		x17, s17 := pair(17 + n)
		acc += x17 + len(s17)
		m[17] = s17
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(17)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 17 {
		goto done
	}
	if n == -18 {
		panic(fmt.Sprint("boom ", 17))
	}
	x, s = pair(18 + n)
	acc += x + len(s)
	m[18] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(18)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 18 {
		goto done
	}
	if n == -19 {
		panic(fmt.Sprint("boom ", 18))
	}
	{
		x19, s19 := pair(19 + n)
		acc += x19 + len(s19)
		m[19] = s19
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(19)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 19 {
		goto done
	}
	if n == -20 {
		panic(fmt.Sprint("boom ", 19))
	}
	x, s = pair(20 + n)
	acc += x + len(s)
	m[20] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(20)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 20 {
		goto done
	}
	if n == -21 {
		panic(fmt.Sprint("boom ", 20))
	}
	{
		x21, s21 := pair(21 + n)
		acc += x21 + len(s21)
		m[21] = s21
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(21)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 21 {
		goto done
	}
	if n == -22 {
		panic(fmt.Sprint("boom ", 21))
	}
	x, s = pair(22 + n)
	acc += x + len(s)
	m[22] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(22)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 22 {
		goto done
	}
	if n == -23 {
		panic(fmt.Sprint("boom ", 22))
	}
	{
		x23, s23 := pair(23 + n)
		acc += x23 + len(s23)
		m[23] = s23
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(23)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 23 {
		goto done
	}
	if n == -24 {
		panic(fmt.Sprint("boom ", 23))
	}
	x, s = pair(24 + n)
	acc += x + len(s)
	m[24] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(24)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 24 {
		goto done
	}
	if n == -25 {
		panic(fmt.Sprint("boom ", 24))
	}
	{
		x25, s25 := pair(25 + n)
		acc += x25 + len(s25)
		m[25] = s25
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(25)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 25 {
		goto done
	}
	if n == -26 {
		panic(fmt.Sprint("boom ", 25))
	}
	x, s = pair(26 + n)
	acc += x + len(s)
	m[26] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(26)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 26 {
		goto done
	}
	if n == -27 {
		panic(fmt.Sprint("boom ", 26))
	}
	{
		x27, s27 := pair(27 + n)
		acc += x27 + len(s27)
		m[27] = s27
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(27)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 27 {
		goto done
	}
	if n == -28 {
		panic(fmt.Sprint("boom ", 27))
	}
	x, s = pair(28 + n)
	acc += x + len(s)
	m[28] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(28)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 28 {
		goto done
	}
	if n == -29 {
		panic(fmt.Sprint("boom ", 28))
	}
	{
		x29, s29 := pair(29 + n)
		acc += x29 + len(s29)
		m[29] = s29
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(29)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 29 {
		goto done
	}
	if n == -30 {
		panic(fmt.Sprint("boom ", 29))
	}
	switch n % 29 {
	case 1:
		count++
		fallthrough
	case 2:
		count += 2
	default:
		count--
	}
	x, s = pair(30 + n)
	acc += x + len(s)
	m[30] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(30)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 30 {
		goto done
	}
	if n == -31 {
		panic(fmt.Sprint("boom ", 30))
	}
	{
		x31, s31 := pair(31 + n)
		acc += x31 + len(s31)
		m[31] = s31
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(31)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 31 {
		goto done
	}
	if n == -32 {
		panic(fmt.Sprint("boom ", 31))
	}
	x, s = pair(32 + n)
	acc += x + len(s)
	m[32] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(32)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 32 {
		goto done
	}
	if n == -33 {
		panic(fmt.Sprint("boom ", 32))
	}
	{
		x33, s33 := pair(33 + n)
		acc += x33 + len(s33)
		m[33] = s33
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(33)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 33 {
		goto done
	}
	if n == -34 {
		panic(fmt.Sprint("boom ", 33))
	}
	x, s = pair(34 + n)
	acc += x + len(s)
	m[34] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(34)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 34 {
		goto done
	}
	if n == -35 {
		panic(fmt.Sprint("boom ", 34))
	}
	{
		x35, s35 := pair(35 + n)
		acc += x35 + len(s35)
		m[35] = s35
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(35)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 35 {
		goto done
	}
	if n == -36 {
		panic(fmt.Sprint("boom ", 35))
	}
	x, s = pair(36 + n)
	acc += x + len(s)
	m[36] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(36)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 36 {
		goto done
	}
	if n == -37 {
		panic(fmt.Sprint("boom ", 36))
	}
	{
		x37, s37 := pair(37 + n)
		acc += x37 + len(s37)
		m[37] = s37
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(37)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 37 {
		goto done
	}
	if n == -38 {
		panic(fmt.Sprint("boom ", 37))
	}
	x, s = pair(38 + n)
	acc += x + len(s)
	m[38] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(38)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 38 {
		goto done
	}
	if n == -39 {
		panic(fmt.Sprint("boom ", 38))
	}
	{
		x39, s39 := pair(39 + n)
		acc += x39 + len(s39)
		m[39] = s39
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(39)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 39 {
		goto done
	}
	if n == -40 {
		panic(fmt.Sprint("boom ", 39))
	}
	x, s = pair(40 + n)
	acc += x + len(s)
	m[40] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(40)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 40 {
		goto done
	}
	if n == -41 {
		panic(fmt.Sprint("boom ", 40))
	}
	{
		x41, s41 := pair(41 + n)
		acc += x41 + len(s41)
		m[41] = s41
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(41)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 41 {
		goto done
	}
	if n == -42 {
		panic(fmt.Sprint("boom ", 41))
	}
	x, s = pair(42 + n)
	acc += x + len(s)
	m[42] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(42)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 42 {
		goto done
	}
	if n == -43 {
		panic(fmt.Sprint("boom ", 42))
	}
	{
		x43, s43 := pair(43 + n)
		acc += x43 + len(s43)
		m[43] = s43
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(43)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 43 {
		goto done
	}
	if n == -44 {
		panic(fmt.Sprint("boom ", 43))
	}
	x, s = pair(44 + n)
	acc += x + len(s)
	m[44] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(44)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 44 {
		goto done
	}
	if n == -45 {
		panic(fmt.Sprint("boom ", 44))
	}
	{
		x45, s45 := pair(45 + n)
		acc += x45 + len(s45)
		m[45] = s45
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(45)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 45 {
		goto done
	}
	if n == -46 {
		panic(fmt.Sprint("boom ", 45))
	}
	x, s = pair(46 + n)
	acc += x + len(s)
	m[46] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(46)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 46 {
		goto done
	}
	if n == -47 {
		panic(fmt.Sprint("boom ", 46))
	}
	{
		x47, s47 := pair(47 + n)
		acc += x47 + len(s47)
		m[47] = s47
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(47)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 47 {
		goto done
	}
	if n == -48 {
		panic(fmt.Sprint("boom ", 47))
	}
	x, s = pair(48 + n)
	acc += x + len(s)
	m[48] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(48)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 48 {
		goto done
	}
	if n == -49 {
		panic(fmt.Sprint("boom ", 48))
	}
	{
		x49, s49 := pair(49 + n)
		acc += x49 + len(s49)
		m[49] = s49
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(49)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 49 {
		goto done
	}
	if n == -50 {
		panic(fmt.Sprint("boom ", 49))
	}
	x, s = pair(50 + n)
	acc += x + len(s)
	m[50] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(50)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 50 {
		goto done
	}
	if n == -51 {
		panic(fmt.Sprint("boom ", 50))
	}
	{
		x51, s51 := pair(51 + n)
		acc += x51 + len(s51)
		m[51] = s51
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(51)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 51 {
		goto done
	}
	if n == -52 {
		panic(fmt.Sprint("boom ", 51))
	}
	x, s = pair(52 + n)
	acc += x + len(s)
	m[52] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(52)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 52 {
		goto done
	}
	if n == -53 {
		panic(fmt.Sprint("boom ", 52))
	}
	{
		x53, s53 := pair(53 + n)
		acc += x53 + len(s53)
		m[53] = s53
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(53)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 53 {
		goto done
	}
	if n == -54 {
		panic(fmt.Sprint("boom ", 53))
	}
	x, s = pair(54 + n)
	acc += x + len(s)
	m[54] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(54)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 54 {
		goto done
	}
	if n == -55 {
		panic(fmt.Sprint("boom ", 54))
	}
	{
		x55, s55 := pair(55 + n)
		acc += x55 + len(s55)
		m[55] = s55
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(55)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 55 {
		goto done
	}
	if n == -56 {
		panic(fmt.Sprint("boom ", 55))
	}
	x, s = pair(56 + n)
	acc += x + len(s)
	m[56] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(56)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 56 {
		goto done
	}
	if n == -57 {
		panic(fmt.Sprint("boom ", 56))
	}
	{
		x57, s57 := pair(57 + n)
		acc += x57 + len(s57)
		m[57] = s57
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(57)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 57 {
		goto done
	}
	if n == -58 {
		panic(fmt.Sprint("boom ", 57))
	}
	x, s = pair(58 + n)
	acc += x + len(s)
	m[58] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(58)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 58 {
		goto done
	}
	if n == -59 {
		panic(fmt.Sprint("boom ", 58))
	}
	{
		x59, s59 := pair(59 + n)
		acc += x59 + len(s59)
		m[59] = s59
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(59)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 59 {
		goto done
	}
	if n == -60 {
		panic(fmt.Sprint("boom ", 59))
	}
	switch n % 59 {
	case 1:
		count++
		fallthrough
	case 2:
		count += 2
	default:
		count--
	}
	x, s = pair(60 + n)
	acc += x + len(s)
	m[60] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(60)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 60 {
		goto done
	}
	if n == -61 {
		panic(fmt.Sprint("boom ", 60))
	}
	{
		x61, s61 := pair(61 + n)
		acc += x61 + len(s61)
		m[61] = s61
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(61)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 61 {
		goto done
	}
	if n == -62 {
		panic(fmt.Sprint("boom ", 61))
	}
	x, s = pair(62 + n)
	acc += x + len(s)
	m[62] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(62)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 62 {
		goto done
	}
	if n == -63 {
		panic(fmt.Sprint("boom ", 62))
	}
	{
		x63, s63 := pair(63 + n)
		acc += x63 + len(s63)
		m[63] = s63
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(63)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 63 {
		goto done
	}
	if n == -64 {
		panic(fmt.Sprint("boom ", 63))
	}
	x, s = pair(64 + n)
	acc += x + len(s)
	m[64] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(64)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 64 {
		goto done
	}
	if n == -65 {
		panic(fmt.Sprint("boom ", 64))
	}
	{
		x65, s65 := pair(65 + n)
		acc += x65 + len(s65)
		m[65] = s65
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(65)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 65 {
		goto done
	}
	if n == -66 {
		panic(fmt.Sprint("boom ", 65))
	}
	x, s = pair(66 + n)
	acc += x + len(s)
	m[66] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(66)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 66 {
		goto done
	}
	if n == -67 {
		panic(fmt.Sprint("boom ", 66))
	}
	{
		x67, s67 := pair(67 + n)
		acc += x67 + len(s67)
		m[67] = s67
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(67)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 67 {
		goto done
	}
	if n == -68 {
		panic(fmt.Sprint("boom ", 67))
	}
	x, s = pair(68 + n)
	acc += x + len(s)
	m[68] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(68)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 68 {
		goto done
	}
	if n == -69 {
		panic(fmt.Sprint("boom ", 68))
	}
	{
		x69, s69 := pair(69 + n)
		acc += x69 + len(s69)
		m[69] = s69
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(69)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 69 {
		goto done
	}
	if n == -70 {
		panic(fmt.Sprint("boom ", 69))
	}
	x, s = pair(70 + n)
	acc += x + len(s)
	m[70] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(70)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 70 {
		goto done
	}
	if n == -71 {
		panic(fmt.Sprint("boom ", 70))
	}
	{
		x71, s71 := pair(71 + n)
		acc += x71 + len(s71)
		m[71] = s71
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(71)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 71 {
		goto done
	}
	if n == -72 {
		panic(fmt.Sprint("boom ", 71))
	}
	x, s = pair(72 + n)
	acc += x + len(s)
	m[72] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(72)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 72 {
		goto done
	}
	if n == -73 {
		panic(fmt.Sprint("boom ", 72))
	}
	{
		x73, s73 := pair(73 + n)
		acc += x73 + len(s73)
		m[73] = s73
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(73)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 73 {
		goto done
	}
	if n == -74 {
		panic(fmt.Sprint("boom ", 73))
	}
	x, s = pair(74 + n)
	acc += x + len(s)
	m[74] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(74)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 74 {
		goto done
	}
	if n == -75 {
		panic(fmt.Sprint("boom ", 74))
	}
	{
		x75, s75 := pair(75 + n)
		acc += x75 + len(s75)
		m[75] = s75
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(75)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 75 {
		goto done
	}
	if n == -76 {
		panic(fmt.Sprint("boom ", 75))
	}
	x, s = pair(76 + n)
	acc += x + len(s)
	m[76] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(76)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 76 {
		goto done
	}
	if n == -77 {
		panic(fmt.Sprint("boom ", 76))
	}
	{
		x77, s77 := pair(77 + n)
		acc += x77 + len(s77)
		m[77] = s77
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(77)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 77 {
		goto done
	}
	if n == -78 {
		panic(fmt.Sprint("boom ", 77))
	}
	x, s = pair(78 + n)
	acc += x + len(s)
	m[78] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(78)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 78 {
		goto done
	}
	if n == -79 {
		panic(fmt.Sprint("boom ", 78))
	}
	{
		x79, s79 := pair(79 + n)
		acc += x79 + len(s79)
		m[79] = s79
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(79)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 79 {
		goto done
	}
	if n == -80 {
		panic(fmt.Sprint("boom ", 79))
	}
	x, s = pair(80 + n)
	acc += x + len(s)
	m[80] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(80)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 80 {
		goto done
	}
	if n == -81 {
		panic(fmt.Sprint("boom ", 80))
	}
	{
		x81, s81 := pair(81 + n)
		acc += x81 + len(s81)
		m[81] = s81
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(81)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 81 {
		goto done
	}
	if n == -82 {
		panic(fmt.Sprint("boom ", 81))
	}
	x, s = pair(82 + n)
	acc += x + len(s)
	m[82] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(82)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 82 {
		goto done
	}
	if n == -83 {
		panic(fmt.Sprint("boom ", 82))
	}
	{
		x83, s83 := pair(83 + n)
		acc += x83 + len(s83)
		m[83] = s83
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(83)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 83 {
		goto done
	}
	if n == -84 {
		panic(fmt.Sprint("boom ", 83))
	}
	x, s = pair(84 + n)
	acc += x + len(s)
	m[84] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(84)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 84 {
		goto done
	}
	if n == -85 {
		panic(fmt.Sprint("boom ", 84))
	}
	{
		x85, s85 := pair(85 + n)
		acc += x85 + len(s85)
		m[85] = s85
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(85)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 85 {
		goto done
	}
	if n == -86 {
		panic(fmt.Sprint("boom ", 85))
	}
	x, s = pair(86 + n)
	acc += x + len(s)
	m[86] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(86)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 86 {
		goto done
	}
	if n == -87 {
		panic(fmt.Sprint("boom ", 86))
	}
	{
		x87, s87 := pair(87 + n)
		acc += x87 + len(s87)
		m[87] = s87
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(87)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 87 {
		goto done
	}
	if n == -88 {
		panic(fmt.Sprint("boom ", 87))
	}
	x, s = pair(88 + n)
	acc += x + len(s)
	m[88] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(88)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 88 {
		goto done
	}
	if n == -89 {
		panic(fmt.Sprint("boom ", 88))
	}
	{
		x89, s89 := pair(89 + n)
		acc += x89 + len(s89)
		m[89] = s89
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(89)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 89 {
		goto done
	}
	if n == -90 {
		panic(fmt.Sprint("boom ", 89))
	}
	switch n % 89 {
	case 1:
		count++
		fallthrough
	case 2:
		count += 2
	default:
		count--
	}
	x, s = pair(90 + n)
	acc += x + len(s)
	m[90] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(90)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 90 {
		goto done
	}
	if n == -91 {
		panic(fmt.Sprint("boom ", 90))
	}
	{
		x91, s91 := pair(91 + n)
		acc += x91 + len(s91)
		m[91] = s91
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(91)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 91 {
		goto done
	}
	if n == -92 {
		panic(fmt.Sprint("boom ", 91))
	}
	x, s = pair(92 + n)
	acc += x + len(s)
	m[92] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(92)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 92 {
		goto done
	}
	if n == -93 {
		panic(fmt.Sprint("boom ", 92))
	}
	{
		x93, s93 := pair(93 + n)
		acc += x93 + len(s93)
		m[93] = s93
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(93)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 93 {
		goto done
	}
	if n == -94 {
		panic(fmt.Sprint("boom ", 93))
	}
	x, s = pair(94 + n)
	acc += x + len(s)
	m[94] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(94)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 94 {
		goto done
	}
	if n == -95 {
		panic(fmt.Sprint("boom ", 94))
	}
	{
		x95, s95 := pair(95 + n)
		acc += x95 + len(s95)
		m[95] = s95
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(95)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 95 {
		goto done
	}
	if n == -96 {
		panic(fmt.Sprint("boom ", 95))
	}
	x, s = pair(96 + n)
	acc += x + len(s)
	m[96] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(96)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 96 {
		goto done
	}
	if n == -97 {
		panic(fmt.Sprint("boom ", 96))
	}
	{
		x97, s97 := pair(97 + n)
		acc += x97 + len(s97)
		m[97] = s97
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(97)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 97 {
		goto done
	}
	if n == -98 {
		panic(fmt.Sprint("boom ", 97))
	}
	x, s = pair(98 + n)
	acc += x + len(s)
	m[98] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(98)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 98 {
		goto done
	}
	if n == -99 {
		panic(fmt.Sprint("boom ", 98))
	}
	{
		x99, s99 := pair(99 + n)
		acc += x99 + len(s99)
		m[99] = s99
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(99)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 99 {
		goto done
	}
	if n == -100 {
		panic(fmt.Sprint("boom ", 99))
	}
	x, s = pair(100 + n)
	acc += x + len(s)
	m[100] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(100)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 100 {
		goto done
	}
	if n == -101 {
		panic(fmt.Sprint("boom ", 100))
	}
	{
		x101, s101 := pair(101 + n)
		acc += x101 + len(s101)
		m[101] = s101
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(101)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 101 {
		goto done
	}
	if n == -102 {
		panic(fmt.Sprint("boom ", 101))
	}
	x, s = pair(102 + n)
	acc += x + len(s)
	m[102] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(102)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 102 {
		goto done
	}
	if n == -103 {
		panic(fmt.Sprint("boom ", 102))
	}
	{
		x103, s103 := pair(103 + n)
		acc += x103 + len(s103)
		m[103] = s103
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(103)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 103 {
		goto done
	}
	if n == -104 {
		panic(fmt.Sprint("boom ", 103))
	}
	x, s = pair(104 + n)
	acc += x + len(s)
	m[104] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(104)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 104 {
		goto done
	}
	if n == -105 {
		panic(fmt.Sprint("boom ", 104))
	}
	{
		x105, s105 := pair(105 + n)
		acc += x105 + len(s105)
		m[105] = s105
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(105)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 105 {
		goto done
	}
	if n == -106 {
		panic(fmt.Sprint("boom ", 105))
	}
	x, s = pair(106 + n)
	acc += x + len(s)
	m[106] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(106)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 106 {
		goto done
	}
	if n == -107 {
		panic(fmt.Sprint("boom ", 106))
	}
	{
		x107, s107 := pair(107 + n)
		acc += x107 + len(s107)
		m[107] = s107
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(107)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 107 {
		goto done
	}
	if n == -108 {
		panic(fmt.Sprint("boom ", 107))
	}
	x, s = pair(108 + n)
	acc += x + len(s)
	m[108] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(108)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 108 {
		goto done
	}
	if n == -109 {
		panic(fmt.Sprint("boom ", 108))
	}
	{
		x109, s109 := pair(109 + n)
		acc += x109 + len(s109)
		m[109] = s109
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(109)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 109 {
		goto done
	}
	if n == -110 {
		panic(fmt.Sprint("boom ", 109))
	}
	x, s = pair(110 + n)
	acc += x + len(s)
	m[110] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(110)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 110 {
		goto done
	}
	if n == -111 {
		panic(fmt.Sprint("boom ", 110))
	}
	{
		x111, s111 := pair(111 + n)
		acc += x111 + len(s111)
		m[111] = s111
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(111)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 111 {
		goto done
	}
	if n == -112 {
		panic(fmt.Sprint("boom ", 111))
	}
	x, s = pair(112 + n)
	acc += x + len(s)
	m[112] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(112)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 112 {
		goto done
	}
	if n == -113 {
		panic(fmt.Sprint("boom ", 112))
	}
	{
		x113, s113 := pair(113 + n)
		acc += x113 + len(s113)
		m[113] = s113
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(113)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 113 {
		goto done
	}
	if n == -114 {
		panic(fmt.Sprint("boom ", 113))
	}
	x, s = pair(114 + n)
	acc += x + len(s)
	m[114] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(114)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 114 {
		goto done
	}
	if n == -115 {
		panic(fmt.Sprint("boom ", 114))
	}
	{
		x115, s115 := pair(115 + n)
		acc += x115 + len(s115)
		m[115] = s115
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(115)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 115 {
		goto done
	}
	if n == -116 {
		panic(fmt.Sprint("boom ", 115))
	}
	x, s = pair(116 + n)
	acc += x + len(s)
	m[116] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(116)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 116 {
		goto done
	}
	if n == -117 {
		panic(fmt.Sprint("boom ", 116))
	}
	{
		x117, s117 := pair(117 + n)
		acc += x117 + len(s117)
		m[117] = s117
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(117)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 117 {
		goto done
	}
	if n == -118 {
		panic(fmt.Sprint("boom ", 117))
	}
	x, s = pair(118 + n)
	acc += x + len(s)
	m[118] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(118)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 118 {
		goto done
	}
	if n == -119 {
		panic(fmt.Sprint("boom ", 118))
	}
	{
		x119, s119 := pair(119 + n)
		acc += x119 + len(s119)
		m[119] = s119
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(119)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 119 {
		goto done
	}
	if n == -120 {
		panic(fmt.Sprint("boom ", 119))
	}
	switch n % 119 {
	case 1:
		count++
		fallthrough
	case 2:
		count += 2
	default:
		count--
	}
	x, s = pair(120 + n)
	acc += x + len(s)
	m[120] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(120)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 120 {
		goto done
	}
	if n == -121 {
		panic(fmt.Sprint("boom ", 120))
	}
	{
		x121, s121 := pair(121 + n)
		acc += x121 + len(s121)
		m[121] = s121
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(121)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 121 {
		goto done
	}
	if n == -122 {
		panic(fmt.Sprint("boom ", 121))
	}
	x, s = pair(122 + n)
	acc += x + len(s)
	m[122] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(122)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 122 {
		goto done
	}
	if n == -123 {
		panic(fmt.Sprint("boom ", 122))
	}
	{
		x123, s123 := pair(123 + n)
		acc += x123 + len(s123)
		m[123] = s123
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(123)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 123 {
		goto done
	}
	if n == -124 {
		panic(fmt.Sprint("boom ", 123))
	}
	x, s = pair(124 + n)
	acc += x + len(s)
	m[124] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(124)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 124 {
		goto done
	}
	if n == -125 {
		panic(fmt.Sprint("boom ", 124))
	}
	{
		x125, s125 := pair(125 + n)
		acc += x125 + len(s125)
		m[125] = s125
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(125)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 125 {
		goto done
	}
	if n == -126 {
		panic(fmt.Sprint("boom ", 125))
	}
	x, s = pair(126 + n)
	acc += x + len(s)
	m[126] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(126)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 126 {
		goto done
	}
	if n == -127 {
		panic(fmt.Sprint("boom ", 126))
	}
	{
		x127, s127 := pair(127 + n)
		acc += x127 + len(s127)
		m[127] = s127
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(127)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 127 {
		goto done
	}
	if n == -128 {
		panic(fmt.Sprint("boom ", 127))
	}
	x, s = pair(128 + n)
	acc += x + len(s)
	m[128] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(128)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 128 {
		goto done
	}
	if n == -129 {
		panic(fmt.Sprint("boom ", 128))
	}
	{
		x129, s129 := pair(129 + n)
		acc += x129 + len(s129)
		m[129] = s129
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(129)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 129 {
		goto done
	}
	if n == -130 {
		panic(fmt.Sprint("boom ", 129))
	}
	x, s = pair(130 + n)
	acc += x + len(s)
	m[130] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(130)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 130 {
		goto done
	}
	if n == -131 {
		panic(fmt.Sprint("boom ", 130))
	}
	{
		x131, s131 := pair(131 + n)
		acc += x131 + len(s131)
		m[131] = s131
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(131)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 131 {
		goto done
	}
	if n == -132 {
		panic(fmt.Sprint("boom ", 131))
	}
	x, s = pair(132 + n)
	acc += x + len(s)
	m[132] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(132)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 132 {
		goto done
	}
	if n == -133 {
		panic(fmt.Sprint("boom ", 132))
	}
	{
		x133, s133 := pair(133 + n)
		acc += x133 + len(s133)
		m[133] = s133
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(133)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 133 {
		goto done
	}
	if n == -134 {
		panic(fmt.Sprint("boom ", 133))
	}
	x, s = pair(134 + n)
	acc += x + len(s)
	m[134] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(134)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 134 {
		goto done
	}
	if n == -135 {
		panic(fmt.Sprint("boom ", 134))
	}
	{
		x135, s135 := pair(135 + n)
		acc += x135 + len(s135)
		m[135] = s135
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(135)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 135 {
		goto done
	}
	if n == -136 {
		panic(fmt.Sprint("boom ", 135))
	}
	x, s = pair(136 + n)
	acc += x + len(s)
	m[136] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(136)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 136 {
		goto done
	}
	if n == -137 {
		panic(fmt.Sprint("boom ", 136))
	}
	{
		x137, s137 := pair(137 + n)
		acc += x137 + len(s137)
		m[137] = s137
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(137)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 137 {
		goto done
	}
	if n == -138 {
		panic(fmt.Sprint("boom ", 137))
	}
	x, s = pair(138 + n)
	acc += x + len(s)
	m[138] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(138)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 138 {
		goto done
	}
	if n == -139 {
		panic(fmt.Sprint("boom ", 138))
	}
	{
		x139, s139 := pair(139 + n)
		acc += x139 + len(s139)
		m[139] = s139
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(139)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 139 {
		goto done
	}
	if n == -140 {
		panic(fmt.Sprint("boom ", 139))
	}
	x, s = pair(140 + n)
	acc += x + len(s)
	m[140] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(140)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 140 {
		goto done
	}
	if n == -141 {
		panic(fmt.Sprint("boom ", 140))
	}
	{
		x141, s141 := pair(141 + n)
		acc += x141 + len(s141)
		m[141] = s141
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(141)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 141 {
		goto done
	}
	if n == -142 {
		panic(fmt.Sprint("boom ", 141))
	}
	x, s = pair(142 + n)
	acc += x + len(s)
	m[142] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(142)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 142 {
		goto done
	}
	if n == -143 {
		panic(fmt.Sprint("boom ", 142))
	}
	{
		x143, s143 := pair(143 + n)
		acc += x143 + len(s143)
		m[143] = s143
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(143)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 143 {
		goto done
	}
	if n == -144 {
		panic(fmt.Sprint("boom ", 143))
	}
	x, s = pair(144 + n)
	acc += x + len(s)
	m[144] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(144)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 144 {
		goto done
	}
	if n == -145 {
		panic(fmt.Sprint("boom ", 144))
	}
	{
		x145, s145 := pair(145 + n)
		acc += x145 + len(s145)
		m[145] = s145
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(145)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 145 {
		goto done
	}
	if n == -146 {
		panic(fmt.Sprint("boom ", 145))
	}
	x, s = pair(146 + n)
	acc += x + len(s)
	m[146] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(146)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 146 {
		goto done
	}
	if n == -147 {
		panic(fmt.Sprint("boom ", 146))
	}
	{
		x147, s147 := pair(147 + n)
		acc += x147 + len(s147)
		m[147] = s147
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(147)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 147 {
		goto done
	}
	if n == -148 {
		panic(fmt.Sprint("boom ", 147))
	}
	x, s = pair(148 + n)
	acc += x + len(s)
	m[148] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(148)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 148 {
		goto done
	}
	if n == -149 {
		panic(fmt.Sprint("boom ", 148))
	}
	{
		x149, s149 := pair(149 + n)
		acc += x149 + len(s149)
		m[149] = s149
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(149)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 149 {
		goto done
	}
	if n == -150 {
		panic(fmt.Sprint("boom ", 149))
	}
	switch n % 149 {
	case 1:
		count++
		fallthrough
	case 2:
		count += 2
	default:
		count--
	}
	x, s = pair(150 + n)
	acc += x + len(s)
	m[150] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(150)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 150 {
		goto done
	}
	if n == -151 {
		panic(fmt.Sprint("boom ", 150))
	}
	{
		x151, s151 := pair(151 + n)
		acc += x151 + len(s151)
		m[151] = s151
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(151)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 151 {
		goto done
	}
	if n == -152 {
		panic(fmt.Sprint("boom ", 151))
	}
	x, s = pair(152 + n)
	acc += x + len(s)
	m[152] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(152)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 152 {
		goto done
	}
	if n == -153 {
		panic(fmt.Sprint("boom ", 152))
	}
	{
		x153, s153 := pair(153 + n)
		acc += x153 + len(s153)
		m[153] = s153
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(153)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 153 {
		goto done
	}
	if n == -154 {
		panic(fmt.Sprint("boom ", 153))
	}
	x, s = pair(154 + n)
	acc += x + len(s)
	m[154] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(154)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 154 {
		goto done
	}
	if n == -155 {
		panic(fmt.Sprint("boom ", 154))
	}
	{
		x155, s155 := pair(155 + n)
		acc += x155 + len(s155)
		m[155] = s155
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(155)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 155 {
		goto done
	}
	if n == -156 {
		panic(fmt.Sprint("boom ", 155))
	}
	x, s = pair(156 + n)
	acc += x + len(s)
	m[156] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(156)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 156 {
		goto done
	}
	if n == -157 {
		panic(fmt.Sprint("boom ", 156))
	}
	{
		x157, s157 := pair(157 + n)
		acc += x157 + len(s157)
		m[157] = s157
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(157)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 157 {
		goto done
	}
	if n == -158 {
		panic(fmt.Sprint("boom ", 157))
	}
	x, s = pair(158 + n)
	acc += x + len(s)
	m[158] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(158)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 158 {
		goto done
	}
	if n == -159 {
		panic(fmt.Sprint("boom ", 158))
	}
	{
		x159, s159 := pair(159 + n)
		acc += x159 + len(s159)
		m[159] = s159
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(159)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 159 {
		goto done
	}
	if n == -160 {
		panic(fmt.Sprint("boom ", 159))
	}
	x, s = pair(160 + n)
	acc += x + len(s)
	m[160] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(160)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 160 {
		goto done
	}
	if n == -161 {
		panic(fmt.Sprint("boom ", 160))
	}
	{
		x161, s161 := pair(161 + n)
		acc += x161 + len(s161)
		m[161] = s161
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(161)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 161 {
		goto done
	}
	if n == -162 {
		panic(fmt.Sprint("boom ", 161))
	}
	x, s = pair(162 + n)
	acc += x + len(s)
	m[162] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(162)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 162 {
		goto done
	}
	if n == -163 {
		panic(fmt.Sprint("boom ", 162))
	}
	{
		x163, s163 := pair(163 + n)
		acc += x163 + len(s163)
		m[163] = s163
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(163)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 163 {
		goto done
	}
	if n == -164 {
		panic(fmt.Sprint("boom ", 163))
	}
	x, s = pair(164 + n)
	acc += x + len(s)
	m[164] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(164)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 164 {
		goto done
	}
	if n == -165 {
		panic(fmt.Sprint("boom ", 164))
	}
	{
		x165, s165 := pair(165 + n)
		acc += x165 + len(s165)
		m[165] = s165
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(165)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 165 {
		goto done
	}
	if n == -166 {
		panic(fmt.Sprint("boom ", 165))
	}
	x, s = pair(166 + n)
	acc += x + len(s)
	m[166] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(166)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 166 {
		goto done
	}
	if n == -167 {
		panic(fmt.Sprint("boom ", 166))
	}
	{
		x167, s167 := pair(167 + n)
		acc += x167 + len(s167)
		m[167] = s167
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(167)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 167 {
		goto done
	}
	if n == -168 {
		panic(fmt.Sprint("boom ", 167))
	}
	x, s = pair(168 + n)
	acc += x + len(s)
	m[168] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(168)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 168 {
		goto done
	}
	if n == -169 {
		panic(fmt.Sprint("boom ", 168))
	}
	{
		x169, s169 := pair(169 + n)
		acc += x169 + len(s169)
		m[169] = s169
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(169)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 169 {
		goto done
	}
	if n == -170 {
		panic(fmt.Sprint("boom ", 169))
	}
	x, s = pair(170 + n)
	acc += x + len(s)
	m[170] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(170)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 170 {
		goto done
	}
	if n == -171 {
		panic(fmt.Sprint("boom ", 170))
	}
	{
		x171, s171 := pair(171 + n)
		acc += x171 + len(s171)
		m[171] = s171
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(171)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 171 {
		goto done
	}
	if n == -172 {
		panic(fmt.Sprint("boom ", 171))
	}
	x, s = pair(172 + n)
	acc += x + len(s)
	m[172] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(172)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 172 {
		goto done
	}
	if n == -173 {
		panic(fmt.Sprint("boom ", 172))
	}
	{
		x173, s173 := pair(173 + n)
		acc += x173 + len(s173)
		m[173] = s173
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(173)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 173 {
		goto done
	}
	if n == -174 {
		panic(fmt.Sprint("boom ", 173))
	}
	x, s = pair(174 + n)
	acc += x + len(s)
	m[174] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(174)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 174 {
		goto done
	}
	if n == -175 {
		panic(fmt.Sprint("boom ", 174))
	}
	{
		x175, s175 := pair(175 + n)
		acc += x175 + len(s175)
		m[175] = s175
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(175)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 175 {
		goto done
	}
	if n == -176 {
		panic(fmt.Sprint("boom ", 175))
	}
	x, s = pair(176 + n)
	acc += x + len(s)
	m[176] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(176)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 176 {
		goto done
	}
	if n == -177 {
		panic(fmt.Sprint("boom ", 176))
	}
	{
		x177, s177 := pair(177 + n)
		acc += x177 + len(s177)
		m[177] = s177
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(177)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 177 {
		goto done
	}
	if n == -178 {
		panic(fmt.Sprint("boom ", 177))
	}
	x, s = pair(178 + n)
	acc += x + len(s)
	m[178] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(178)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 178 {
		goto done
	}
	if n == -179 {
		panic(fmt.Sprint("boom ", 178))
	}
	{
		x179, s179 := pair(179 + n)
		acc += x179 + len(s179)
		m[179] = s179
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(179)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 179 {
		goto done
	}
	if n == -180 {
		panic(fmt.Sprint("boom ", 179))
	}
	switch n % 179 {
	case 1:
		count++
		fallthrough
	case 2:
		count += 2
	default:
		count--
	}
	x, s = pair(180 + n)
	acc += x + len(s)
	m[180] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(180)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 180 {
		goto done
	}
	if n == -181 {
		panic(fmt.Sprint("boom ", 180))
	}
	{
		x181, s181 := pair(181 + n)
		acc += x181 + len(s181)
		m[181] = s181
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(181)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 181 {
		goto done
	}
	if n == -182 {
		panic(fmt.Sprint("boom ", 181))
	}
	x, s = pair(182 + n)
	acc += x + len(s)
	m[182] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(182)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 182 {
		goto done
	}
	if n == -183 {
		panic(fmt.Sprint("boom ", 182))
	}
	{
		x183, s183 := pair(183 + n)
		acc += x183 + len(s183)
		m[183] = s183
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(183)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 183 {
		goto done
	}
	if n == -184 {
		panic(fmt.Sprint("boom ", 183))
	}
	x, s = pair(184 + n)
	acc += x + len(s)
	m[184] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(184)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 184 {
		goto done
	}
	if n == -185 {
		panic(fmt.Sprint("boom ", 184))
	}
	{
		x185, s185 := pair(185 + n)
		acc += x185 + len(s185)
		m[185] = s185
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(185)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 185 {
		goto done
	}
	if n == -186 {
		panic(fmt.Sprint("boom ", 185))
	}
	x, s = pair(186 + n)
	acc += x + len(s)
	m[186] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(186)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 186 {
		goto done
	}
	if n == -187 {
		panic(fmt.Sprint("boom ", 186))
	}
	{
		x187, s187 := pair(187 + n)
		acc += x187 + len(s187)
		m[187] = s187
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(187)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 187 {
		goto done
	}
	if n == -188 {
		panic(fmt.Sprint("boom ", 187))
	}
	x, s = pair(188 + n)
	acc += x + len(s)
	m[188] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(188)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 188 {
		goto done
	}
	if n == -189 {
		panic(fmt.Sprint("boom ", 188))
	}
	{
		x189, s189 := pair(189 + n)
		acc += x189 + len(s189)
		m[189] = s189
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(189)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 189 {
		goto done
	}
	if n == -190 {
		panic(fmt.Sprint("boom ", 189))
	}
	x, s = pair(190 + n)
	acc += x + len(s)
	m[190] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(190)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 190 {
		goto done
	}
	if n == -191 {
		panic(fmt.Sprint("boom ", 190))
	}
	{
		x191, s191 := pair(191 + n)
		acc += x191 + len(s191)
		m[191] = s191
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(191)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 191 {
		goto done
	}
	if n == -192 {
		panic(fmt.Sprint("boom ", 191))
	}
	x, s = pair(192 + n)
	acc += x + len(s)
	m[192] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(192)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 192 {
		goto done
	}
	if n == -193 {
		panic(fmt.Sprint("boom ", 192))
	}
	{
		x193, s193 := pair(193 + n)
		acc += x193 + len(s193)
		m[193] = s193
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(193)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 193 {
		goto done
	}
	if n == -194 {
		panic(fmt.Sprint("boom ", 193))
	}
	x, s = pair(194 + n)
	acc += x + len(s)
	m[194] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(194)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 194 {
		goto done
	}
	if n == -195 {
		panic(fmt.Sprint("boom ", 194))
	}
	{
		x195, s195 := pair(195 + n)
		acc += x195 + len(s195)
		m[195] = s195
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(195)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 195 {
		goto done
	}
	if n == -196 {
		panic(fmt.Sprint("boom ", 195))
	}
	x, s = pair(196 + n)
	acc += x + len(s)
	m[196] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(196)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 196 {
		goto done
	}
	if n == -197 {
		panic(fmt.Sprint("boom ", 196))
	}
	{
		x197, s197 := pair(197 + n)
		acc += x197 + len(s197)
		m[197] = s197
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(197)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 197 {
		goto done
	}
	if n == -198 {
		panic(fmt.Sprint("boom ", 197))
	}
	x, s = pair(198 + n)
	acc += x + len(s)
	m[198] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(198)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 198 {
		goto done
	}
	if n == -199 {
		panic(fmt.Sprint("boom ", 198))
	}
	{
		x199, s199 := pair(199 + n)
		acc += x199 + len(s199)
		m[199] = s199
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(199)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 199 {
		goto done
	}
	if n == -200 {
		panic(fmt.Sprint("boom ", 199))
	}
	x, s = pair(200 + n)
	acc += x + len(s)
	m[200] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(200)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 200 {
		goto done
	}
	if n == -201 {
		panic(fmt.Sprint("boom ", 200))
	}
	{
		x201, s201 := pair(201 + n)
		acc += x201 + len(s201)
		m[201] = s201
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(201)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 201 {
		goto done
	}
	if n == -202 {
		panic(fmt.Sprint("boom ", 201))
	}
	x, s = pair(202 + n)
	acc += x + len(s)
	m[202] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(202)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 202 {
		goto done
	}
	if n == -203 {
		panic(fmt.Sprint("boom ", 202))
	}
	{
		x203, s203 := pair(203 + n)
		acc += x203 + len(s203)
		m[203] = s203
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(203)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 203 {
		goto done
	}
	if n == -204 {
		panic(fmt.Sprint("boom ", 203))
	}
	x, s = pair(204 + n)
	acc += x + len(s)
	m[204] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(204)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 204 {
		goto done
	}
	if n == -205 {
		panic(fmt.Sprint("boom ", 204))
	}
	{
		x205, s205 := pair(205 + n)
		acc += x205 + len(s205)
		m[205] = s205
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(205)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 205 {
		goto done
	}
	if n == -206 {
		panic(fmt.Sprint("boom ", 205))
	}
	x, s = pair(206 + n)
	acc += x + len(s)
	m[206] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(206)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 206 {
		goto done
	}
	if n == -207 {
		panic(fmt.Sprint("boom ", 206))
	}
	{
		x207, s207 := pair(207 + n)
		acc += x207 + len(s207)
		m[207] = s207
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(207)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 207 {
		goto done
	}
	if n == -208 {
		panic(fmt.Sprint("boom ", 207))
	}
	x, s = pair(208 + n)
	acc += x + len(s)
	m[208] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(208)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 208 {
		goto done
	}
	if n == -209 {
		panic(fmt.Sprint("boom ", 208))
	}
	{
		x209, s209 := pair(209 + n)
		acc += x209 + len(s209)
		m[209] = s209
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(209)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 209 {
		goto done
	}
	if n == -210 {
		panic(fmt.Sprint("boom ", 209))
	}
	switch n % 209 {
	case 1:
		count++
		fallthrough
	case 2:
		count += 2
	default:
		count--
	}
	x, s = pair(210 + n)
	acc += x + len(s)
	m[210] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(210)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 210 {
		goto done
	}
	if n == -211 {
		panic(fmt.Sprint("boom ", 210))
	}
	{
		x211, s211 := pair(211 + n)
		acc += x211 + len(s211)
		m[211] = s211
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(211)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 211 {
		goto done
	}
	if n == -212 {
		panic(fmt.Sprint("boom ", 211))
	}
	x, s = pair(212 + n)
	acc += x + len(s)
	m[212] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(212)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 212 {
		goto done
	}
	if n == -213 {
		panic(fmt.Sprint("boom ", 212))
	}
	{
		x213, s213 := pair(213 + n)
		acc += x213 + len(s213)
		m[213] = s213
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(213)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 213 {
		goto done
	}
	if n == -214 {
		panic(fmt.Sprint("boom ", 213))
	}
	x, s = pair(214 + n)
	acc += x + len(s)
	m[214] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(214)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 214 {
		goto done
	}
	if n == -215 {
		panic(fmt.Sprint("boom ", 214))
	}
	{
		x215, s215 := pair(215 + n)
		acc += x215 + len(s215)
		m[215] = s215
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(215)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 215 {
		goto done
	}
	if n == -216 {
		panic(fmt.Sprint("boom ", 215))
	}
	x, s = pair(216 + n)
	acc += x + len(s)
	m[216] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(216)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 216 {
		goto done
	}
	if n == -217 {
		panic(fmt.Sprint("boom ", 216))
	}
	{
		x217, s217 := pair(217 + n)
		acc += x217 + len(s217)
		m[217] = s217
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(217)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 217 {
		goto done
	}
	if n == -218 {
		panic(fmt.Sprint("boom ", 217))
	}
	x, s = pair(218 + n)
	acc += x + len(s)
	m[218] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(218)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 218 {
		goto done
	}
	if n == -219 {
		panic(fmt.Sprint("boom ", 218))
	}
	{
		x219, s219 := pair(219 + n)
		acc += x219 + len(s219)
		m[219] = s219
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(219)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 219 {
		goto done
	}
	if n == -220 {
		panic(fmt.Sprint("boom ", 219))
	}
	x, s = pair(220 + n)
	acc += x + len(s)
	m[220] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(220)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 220 {
		goto done
	}
	if n == -221 {
		panic(fmt.Sprint("boom ", 220))
	}
	{
		x221, s221 := pair(221 + n)
		acc += x221 + len(s221)
		m[221] = s221
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(221)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 221 {
		goto done
	}
	if n == -222 {
		panic(fmt.Sprint("boom ", 221))
	}
	x, s = pair(222 + n)
	acc += x + len(s)
	m[222] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(222)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 222 {
		goto done
	}
	if n == -223 {
		panic(fmt.Sprint("boom ", 222))
	}
	{
		x223, s223 := pair(223 + n)
		acc += x223 + len(s223)
		m[223] = s223
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(223)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 223 {
		goto done
	}
	if n == -224 {
		panic(fmt.Sprint("boom ", 223))
	}
	x, s = pair(224 + n)
	acc += x + len(s)
	m[224] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(224)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 224 {
		goto done
	}
	if n == -225 {
		panic(fmt.Sprint("boom ", 224))
	}
	{
		x225, s225 := pair(225 + n)
		acc += x225 + len(s225)
		m[225] = s225
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(225)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 225 {
		goto done
	}
	if n == -226 {
		panic(fmt.Sprint("boom ", 225))
	}
	x, s = pair(226 + n)
	acc += x + len(s)
	m[226] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(226)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 226 {
		goto done
	}
	if n == -227 {
		panic(fmt.Sprint("boom ", 226))
	}
	{
		x227, s227 := pair(227 + n)
		acc += x227 + len(s227)
		m[227] = s227
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(227)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 227 {
		goto done
	}
	if n == -228 {
		panic(fmt.Sprint("boom ", 227))
	}
	x, s = pair(228 + n)
	acc += x + len(s)
	m[228] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(228)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 228 {
		goto done
	}
	if n == -229 {
		panic(fmt.Sprint("boom ", 228))
	}
	{
		x229, s229 := pair(229 + n)
		acc += x229 + len(s229)
		m[229] = s229
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(229)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 229 {
		goto done
	}
	if n == -230 {
		panic(fmt.Sprint("boom ", 229))
	}
	x, s = pair(230 + n)
	acc += x + len(s)
	m[230] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(230)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 230 {
		goto done
	}
	if n == -231 {
		panic(fmt.Sprint("boom ", 230))
	}
	{
		x231, s231 := pair(231 + n)
		acc += x231 + len(s231)
		m[231] = s231
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(231)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 231 {
		goto done
	}
	if n == -232 {
		panic(fmt.Sprint("boom ", 231))
	}
	x, s = pair(232 + n)
	acc += x + len(s)
	m[232] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(232)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 232 {
		goto done
	}
	if n == -233 {
		panic(fmt.Sprint("boom ", 232))
	}
	{
		x233, s233 := pair(233 + n)
		acc += x233 + len(s233)
		m[233] = s233
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(233)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 233 {
		goto done
	}
	if n == -234 {
		panic(fmt.Sprint("boom ", 233))
	}
	x, s = pair(234 + n)
	acc += x + len(s)
	m[234] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(234)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 234 {
		goto done
	}
	if n == -235 {
		panic(fmt.Sprint("boom ", 234))
	}
	{
		x235, s235 := pair(235 + n)
		acc += x235 + len(s235)
		m[235] = s235
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(235)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 235 {
		goto done
	}
	if n == -236 {
		panic(fmt.Sprint("boom ", 235))
	}
	x, s = pair(236 + n)
	acc += x + len(s)
	m[236] = s
	for j := 0; j < 7; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(236)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 236 {
		goto done
	}
	if n == -237 {
		panic(fmt.Sprint("boom ", 236))
	}
	{
		x237, s237 := pair(237 + n)
		acc += x237 + len(s237)
		m[237] = s237
		for j := 0; j < 8; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(237)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 237 {
		goto done
	}
	if n == -238 {
		panic(fmt.Sprint("boom ", 237))
	}
	x, s = pair(238 + n)
	acc += x + len(s)
	m[238] = s
	for j := 0; j < 2; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(238)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 238 {
		goto done
	}
	if n == -239 {
		panic(fmt.Sprint("boom ", 238))
	}
	{
		x239, s239 := pair(239 + n)
		acc += x239 + len(s239)
		m[239] = s239
		for j := 0; j < 3; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(239)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 239 {
		goto done
	}
	if n == -240 {
		panic(fmt.Sprint("boom ", 239))
	}
	switch n % 239 {
	case 1:
		count++
		fallthrough
	case 2:
		count += 2
	default:
		count--
	}
	x, s = pair(240 + n)
	acc += x + len(s)
	m[240] = s
	for j := 0; j < 4; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(240)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 240 {
		goto done
	}
	if n == -241 {
		panic(fmt.Sprint("boom ", 240))
	}
	{
		x241, s241 := pair(241 + n)
		acc += x241 + len(s241)
		m[241] = s241
		for j := 0; j < 5; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(241)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 241 {
		goto done
	}
	if n == -242 {
		panic(fmt.Sprint("boom ", 241))
	}
	x, s = pair(242 + n)
	acc += x + len(s)
	m[242] = s
	for j := 0; j < 6; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(242)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 242 {
		goto done
	}
	if n == -243 {
		panic(fmt.Sprint("boom ", 242))
	}
	{
		x243, s243 := pair(243 + n)
		acc += x243 + len(s243)
		m[243] = s243
		for j := 0; j < 7; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(243)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 243 {
		goto done
	}
	if n == -244 {
		panic(fmt.Sprint("boom ", 243))
	}
	x, s = pair(244 + n)
	acc += x + len(s)
	m[244] = s
	for j := 0; j < 8; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(244)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 244 {
		goto done
	}
	if n == -245 {
		panic(fmt.Sprint("boom ", 244))
	}
	{
		x245, s245 := pair(245 + n)
		acc += x245 + len(s245)
		m[245] = s245
		for j := 0; j < 2; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(245)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 245 {
		goto done
	}
	if n == -246 {
		panic(fmt.Sprint("boom ", 245))
	}
	x, s = pair(246 + n)
	acc += x + len(s)
	m[246] = s
	for j := 0; j < 3; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(246)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 246 {
		goto done
	}
	if n == -247 {
		panic(fmt.Sprint("boom ", 246))
	}
	{
		x247, s247 := pair(247 + n)
		acc += x247 + len(s247)
		m[247] = s247
		for j := 0; j < 4; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(247)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 247 {
		goto done
	}
	if n == -248 {
		panic(fmt.Sprint("boom ", 247))
	}
	x, s = pair(248 + n)
	acc += x + len(s)
	m[248] = s
	for j := 0; j < 5; j++ {
		if j == 5 {
			break
		}
		if j%2 == 1 {
			continue
		}
		count += j
	}
	f(248)
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 248 {
		goto done
	}
	if n == -249 {
		panic(fmt.Sprint("boom ", 248))
	}
	{
		x249, s249 := pair(249 + n)
		acc += x249 + len(s249)
		m[249] = s249
		for j := 0; j < 6; j++ {
			if j == 5 {
				break
			}
			if j%2 == 1 {
				continue
			}
			count += j
		}
		f(249)
	}
	if acc > 1000000000 {
		return acc, "early"
	}
	if n == 249 {
		goto done
	}
	if n == -250 {
		panic(fmt.Sprint("boom ", 249))
	}
	return acc + count, fmt.Sprint("end ", len(m))
done:
	return acc - count, fmt.Sprint("goto ", len(m))
}

func main() {
	for _, n := range []int{1000, 3, 77, 249, -5, -250} {
		t, l := big(n)
		fmt.Println(n, t, l)
	}
}

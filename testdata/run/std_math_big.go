package main

import (
	"fmt"
	"math/big"
)

func main() {
	f := new(big.Int).MulRange(1, 50)
	fmt.Println(f)
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	fmt.Println(q, r)
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000000007)))
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	fmt.Println(big.NewInt(1000003).ProbablyPrime(20))
	x := new(big.Rat).SetFrac64(1, 3)
	x.Add(x, big.NewRat(1, 6))
	fmt.Println(x, x.FloatString(10))
	fl := new(big.Float).SetPrec(200).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('g', 50))
	fmt.Printf("%x\n", new(big.Int).Lsh(big.NewInt(0xdeadbeef), 100))
}

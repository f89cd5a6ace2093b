package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"math/cmplx"
	"os"
	"strings"
	"text/tabwriter"
	"text/scanner"
	"time"
)

type Animal struct {
	Name string `json:"name"`
	*Details
	Legs  int `json:",omitempty"`
	Extra `json:"extra"`
}

type Details struct {
	Color string `json:"color"`
	Age   int    `json:"age,omitempty"`
}

type Extra struct {
	Note string
}

type Conflict struct {
	A1
	A2
	Name string `json:"n"`
}
type A1 struct{ X, Y int }
type A2 struct {
	X int
	Z int `json:"Y"`
}

type Iface interface{ M() }

type Holder struct {
	I  Iface
	E  error
	N  json.Number
	U  uint64
	F  float32
	PP **int
	MI map[int]string
	Ms map[MKey]int
}

type MKey string

func (k MKey) MarshalText() ([]byte, error) { return []byte("K_" + string(k)), nil }
func (k *MKey) UnmarshalText(b []byte) error {
	*k = MKey(strings.TrimPrefix(string(b), "K_"))
	return nil
}

func main() {
	a := Animal{Name: "cat", Details: &Details{Color: "black"}, Extra: Extra{"n"}}
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	var a2 Animal
	fmt.Println(json.Unmarshal([]byte(`{"name":"dog","color":"brown","age":3,"Legs":4,"extra":{"Note":"x"}}`), &a2), a2.Name, a2.Details, a2.Legs, a2.Extra)
	b, _ = json.Marshal(Animal{Name: "nil details"})
	fmt.Println(string(b))
	b, _ = json.Marshal(Conflict{A1{1, 2}, A2{3, 4}, "c"})
	fmt.Println(string(b))
	x := 5
	px := &x
	h := Holder{N: "12.50", U: math.MaxUint64, F: 0.1, PP: &px, MI: map[int]string{10: "a", 2: "b"}, Ms: map[MKey]int{"z": 1, "a": 2}}
	b, err := json.Marshal(h)
	fmt.Println(string(b), err)
	var h2 Holder
	err = json.Unmarshal(b, &h2)
	fmt.Println(err, h2.N, h2.U, h2.F, **h2.PP, h2.MI, h2.Ms)
	err = json.Unmarshal([]byte(`{"I":{"a":1}}`), &h2)
	fmt.Println(err)
	f, _ := h2.N.Float64()
	fmt.Println(f)
	b, err = json.Marshal(math.Inf(1))
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]interface{}{float32(3.4), 1e-10, 100000000000000000000.0, 1e21, -0.0, uint8(200), []byte{}, [0]int{}, map[string]interface{}{}})
	fmt.Println(string(b))
	var ifs []interface{}
	json.Unmarshal([]byte(`[1, 2.5, "x", true, null, {"b":1,"a":[]}]`), &ifs)
	fmt.Printf("%v %T\n", ifs, ifs[0])
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &arr), arr)
	var mp map[string]*Details
	fmt.Println(json.Unmarshal([]byte(`{"k":{"color":"red"}}`), &mp), mp["k"].Color)
	var str string
	fmt.Println(json.Unmarshal([]byte(`"\ud83d\ude00 \u00e9 \/ \b"`), &str), str, []byte(str)[len(str)-1])
	type Emb struct {
		Animal
		Name string
	}
	b, _ = json.Marshal(Emb{Animal: Animal{Name: "inner"}, Name: "outer"})
	fmt.Println(string(b))

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tcc\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', 0)
	fmt.Fprintln(w, "x\ty\tz")
	fmt.Fprintln(w, "longer\tyy\t")
	w.Flush()

	var s scanner.Scanner
	s.Init(strings.NewReader(`x := 3.5 + foo("str") // comment`))
	s.Filename = "ex"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Print(s.Position, ":", scanner.TokenString(tok), ":", s.TokenText(), " ")
	}
	fmt.Println()

	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Log(10), math.Log2(8), math.Log10(0.001), math.Log1p(1e-10))
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Atan2(-1, -1), math.Asin(0.5), math.Atanh(0.5))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-2.5), math.RoundToEven(2.5), math.Mod(7, -3), math.Remainder(7, 3), math.Abs(-0.0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxUint32, math.Pi)
	fmt.Println(math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.Signbit(math.Copysign(0, -1)), math.Hypot(3, 4), math.Cbrt(27), math.Gamma(5), math.Erf(0.5))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), math.Float64bits(1.5), math.Float32frombits(0x40490fdb), math.Nextafter(1, 2))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp, math.Dim(5, 3), math.FMA(2, 3, 4), math.J0(1), math.Expm1(1e-5))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Reverse8(1), bits.RotateLeft32(1, -1), bits.Len(1023))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	q, r := bits.Div64(1, 0, 7)
	sm, c := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(hi, lo, q, r, sm, c)
	fmt.Println(cmplx.Abs(3+4i), cmplx.Sqrt(-1), cmplx.Exp(1i*math.Pi), cmplx.Phase(-1), cmplx.Pow(2i, 2))

	n := new(big.Int)
	n.SetString("123456789012345678901234567890", 10)
	m := big.NewInt(987654321)
	p := new(big.Int).Mul(n, m)
	fmt.Println(p, p.BitLen(), new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil), new(big.Int).Mod(p, big.NewInt(97)))
	qq, rr := new(big.Int).QuoRem(n, m, new(big.Int))
	fmt.Println(qq, rr, n.Cmp(m), new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)), big.NewInt(97).ProbablyPrime(10))
	fmt.Println(new(big.Int).Neg(n).Text(16), fmt.Sprintf("%x %08d", m, big.NewInt(42)), new(big.Int).Sqrt(n), new(big.Int).Lsh(m, 70))
	rat := big.NewRat(3, 4)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5), new(big.Rat).SetFloat64(0.1))
	bf := new(big.Float).SetPrec(100).SetInt64(1)
	bf.Quo(bf, big.NewFloat(3))
	fmt.Println(bf.Text('g', 30), bf.String(), big.NewFloat(1.5).Text('e', 5))
	fac := big.NewInt(1)
	for i := int64(1); i <= 30; i++ {
		fac.Mul(fac, big.NewInt(i))
	}
	fmt.Println(fac, fac.String()[:5])
	bb, _ := fac.MarshalJSON()
	fmt.Println(string(bb), fac.Bytes()[:4])
	var bi big.Int
	_, ok := bi.SetString("0xzz", 0)
	fmt.Println(ok)
	tk := time.NewTicker(5 * time.Millisecond)
	cnt := 0
	for range tk.C {
		cnt++
		if cnt == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", cnt)
	tm := time.AfterFunc(time.Hour, func() {})
	fmt.Println(tm.Stop(), tm.Stop())
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%v", struct {
		A []int
		M map[string]struct{ X int }
	}{[]int{1}, map[string]struct{ X int }{"k": {1}}})
	fmt.Println(buf.String())
}

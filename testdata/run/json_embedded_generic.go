package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type inner struct{ X int }
type Pub struct{ Y int }

type Outer struct {
	*inner
	*Pub
	Z int
}

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Holder struct {
	Sh Shape
}

type Gen[T any] struct {
	Val  T   `json:"val"`
	List []T `json:"list"`
}

func main() {
	var o Outer
	err := json.Unmarshal([]byte(`{"X":1,"Y":2,"Z":3}`), &o)
	fmt.Println(err, o.Pub, o.Z, o.inner == nil)
	b, _ := json.Marshal(Outer{inner: &inner{5}, Pub: &Pub{6}, Z: 7})
	fmt.Println(string(b))
	var h Holder
	fmt.Println(json.Unmarshal([]byte(`{"Sh":{"S":2}}`), &h))
	h2 := Holder{Sh: Sq{3}}
	b, _ = json.Marshal(h2)
	fmt.Println(string(b))
	fmt.Println(json.Unmarshal(b, &h2), h2.Sh.Area())
	d := json.NewDecoder(strings.NewReader(`{"a":1} trailing`))
	var m map[string]int
	fmt.Println(d.Decode(&m), m, d.InputOffset())
	rest, _ := io.ReadAll(d.Buffered())
	fmt.Printf("%q\n", rest)
	fmt.Println(d.Decode(&m))
	g := Gen[string]{"v", []string{"a"}}
	b, _ = json.Marshal(g)
	fmt.Println(string(b))
	var g2 Gen[map[string]int]
	fmt.Println(json.Unmarshal([]byte(`{"val":{"k":1},"list":[{"a":2}]}`), &g2), g2)
	dec := json.NewDecoder(strings.NewReader(`{"a":[1,"x",{"b":null}],"c":true}`))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
	var big struct{ N int8 }
	fmt.Println(json.Unmarshal([]byte(`{"N":1000}`), &big), big)
	var f struct{ F float32 }
	fmt.Println(json.Unmarshal([]byte(`{"F":1e40}`), &f), f)
	var s struct{ S []int }
	fmt.Println(json.Unmarshal([]byte(`{"S":{}}`), &s), s)
	fmt.Println(json.Unmarshal([]byte(`[1,2`), &s.S))
	fmt.Println(json.Unmarshal([]byte(``), &s.S))
}

package main

import (
	"encoding/json"
	"fmt"
)

type T struct {
	A int                `json:"a"`
	B []string           `json:"b,omitempty"`
	C map[string]float64 `json:"c"`
}

func main() {
	var a T
	fmt.Println(json.Unmarshal([]byte(`{"a":7}`), &a), a.A)
	var b T
	fmt.Println(json.Unmarshal([]byte(`{"b":["p","q"]}`), &b), b.B)
	var c T
	fmt.Println(json.Unmarshal([]byte(`{"c":{"k":3}}`), &c), c.C)
}

package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"text/template"
)

type K struct {
	A int
	B string
}

type P struct{ X int }

func (p *P) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"P%d"`, p.X)), nil }

type V struct{ X int }

func (v V) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("V%d", v.X)), nil }

type Wrap struct {
	Ps   []*P
	Pv   []P
	Vs   map[string]V
	Keys map[V]int
	PM   map[string]*P
}

func main() {
	fmt.Println(map[float64]string{math.NaN(): "nan", math.Inf(-1): "-inf", 0: "zero", -1: "neg", math.Inf(1): "inf"})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y"}, map[int8]int{-3: 1, 5: 2, -128: 3})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1.5: 4, 1: 5, false: 6, K{1, "x"}: 7})
	fmt.Printf("%v %d %x\n", map[string][]int{"z": {1}, "a": nil}, map[uint]uint{10: 1, 2: 3}, map[string]int{"k": 255})
	fmt.Printf("%#v\n", map[K]bool{{1, "q"}: true})
	type Node struct {
		V    int
		Next *Node
		M    map[string]*Node
	}
	n := &Node{1, &Node{2, nil, nil}, map[string]*Node{"x": nil}}
	s := fmt.Sprintf("%+v", *n)
	fmt.Println(strings.Count(s, "0x") == 1, s[:12])
	fmt.Printf("%v|%6.2v|%-8v|%08v|%+v\n", []float64{1.5, 2}, 3.14159, "ab", 42, []string{"a"})
	fmt.Printf("%s|%v|%d\n", []error{fmt.Errorf("e1"), nil}, struct{ E error }{}, []interface{}{1, "a"})
	fmt.Printf("%t %v %08.3f %+.2e %x %X\n", false, int8(-5), -3.5, 12345.678, 3.5, "hi")
	fmt.Printf("%5t|%-5t|%q|%v|%c\n", true, false, []byte("b"), [3]byte{1, 2, 3}, []rune("hé"))
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]v %[5]v\n", 1, 2)
	fmt.Printf("%.3s|%.10s|%-10.3s|\n", "日本語日本語", "x", "abcdef")
	fmt.Printf("%U %#x %#o %#b % d %+d\n", 0x1F600, "ab", 8, -5, 5, -5)
	fmt.Printf("%6.3v|%-10.4g|%G\n", math.Pi, 1e-10, 1e100)
	fmt.Printf("%v %.1f %v %v\n", float32(0.1), float32(2.25), float32(1e20), 1e20)
	fmt.Printf("%v %v %v\n", complex(math.Inf(1), math.NaN()), -0.0, math.Copysign(0, -1))

	w := Wrap{Ps: []*P{{1}, nil}, Pv: []P{{2}}, Vs: map[string]V{"a": {3}}, Keys: map[V]int{{5}: 1, {4}: 2}, PM: map[string]*P{"n": nil, "p": {6}}}
	b, err := json.Marshal(w)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&w)
	fmt.Println(string(b), err)
	t2 := template.Must(template.New("y").Funcs(template.FuncMap{"split": func() []string { return []string{"a", "b", "c"} }, "join": strings.Join}).Parse(
		`{{range $k, $v := .}}{{$k}}={{$v}} {{end}}|{{index . "b"}}|{{len .}}|{{with $x := index . "a"}}{{$x}}{{end}}|{{printf "%03d" 7}}|{{join (slice split 1 3) ","}}|{{html "<x>"}}|{{js "'"}}|{{urlquery "a b"}}|{{print 1 2 "s" 3}}|{{println "l"}}`))
	fmt.Println(t2.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3}))
	t3 := template.Must(template.New("z").Parse(`{{define "T"}}[{{.}}]{{end}}{{range .}}{{template "T" .}}{{break}}{{end}}`))
	fmt.Println(t3.Execute(os.Stdout, []int{1, 2}))
	t4 := template.Must(template.New("w").Parse(`{{range $i, $e := .}}{{if eq $i 1}}{{continue}}{{end}}{{$e}}{{end}} {{$}} {{- .}}`))
	fmt.Println(t4.Execute(os.Stdout, []string{"a", "b", "c"}))
	t5 := template.Must(template.New("v").Parse(`{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}} {{ne 1 2}} {{le 2 2}} {{gt "b" "a"}} {{eq 1 1 2}} {{call .F 3}} {{.M.k}} {{.S | len}}`))
	fmt.Println(t5.Execute(os.Stdout, map[string]interface{}{"F": func(i int) int { return i * 2 }, "M": map[string]string{"k": "v"}, "S": []int{1}}))
	fmt.Println(t5.Execute(os.Stdout, map[string]interface{}{"F": 5}))
}

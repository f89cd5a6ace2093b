package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	htmpl "html/template"
	"os"
	"strings"
	"text/template"
)

type Point struct{ X, Y int }

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Doc struct {
	Name   string
	Pts    []Point
	M      map[string]*Point
	S      Shape
	Bytes  []byte
	F      float64
	C      complex128
	Nested [][]int
	u      int
}

type User struct {
	Name  string
	Age   int
	Tags  []string
	Admin bool
	Meta  map[string]string
}

func (u User) Greeting(p string) string { return p + ", " + u.Name }

func main() {
	gob.Register(Rect{})
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	d := Doc{Name: "d", Pts: []Point{{1, 2}, {3, 4}}, M: map[string]*Point{"o": {0, 0}}, S: Rect{2, 3}, Bytes: []byte{9}, F: 2.5, C: 1 + 2i, Nested: [][]int{{1}, {2, 3}}}
	fmt.Println(enc.Encode(d))
	fmt.Println(enc.Encode(Point{7, 8}))
	dec := gob.NewDecoder(&buf)
	var d2 Doc
	fmt.Println(dec.Decode(&d2))
	fmt.Println(d2.Name, d2.Pts, *d2.M["o"], d2.S.Area(), d2.Bytes, d2.F, d2.C, d2.Nested)
	var p Point
	fmt.Println(dec.Decode(&p), p)
	fmt.Println(dec.Decode(&p))

	funcs := template.FuncMap{"upper": strings.ToUpper, "add": func(a, b int) int { return a + b }}
	t := template.Must(template.New("t").Funcs(funcs).Parse(`Hello {{.Name | upper}} ({{.Age}}){{if .Admin}} [admin]{{else}} [user]{{end}}
{{range $i, $t := .Tags}}{{if $i}}, {{end}}{{$i}}={{$t}}{{end}}
{{range $k, $v := .Meta}}{{$k}}:{{$v}};{{end}}
{{with .Meta.missing}}x{{else}}none{{end}} {{len .Tags}} {{index .Tags 1}} {{add .Age 10}}
{{.Greeting "Hi"}} {{printf "%05.1f|%q" 3.14159 "s"}} {{- " trimmed " -}} !
{{define "sub"}}<{{.}}>{{end}}{{template "sub" .Name}} {{eq .Age 30}} {{lt 1 2}} {{and 1 0}} {{or 0 "x"}} {{not true}}
{{block "blk" .}}default {{.Name}}{{end}}
{{- /* comment */ -}}
{{range .Empty}}no{{else}}empty range{{end}}
`))
	data := map[string]interface{}{}
	_ = data
	u := struct {
		User
		Empty []int
	}{User{Name: "ann", Age: 30, Tags: []string{"x", "y", "z"}, Admin: true, Meta: map[string]string{"b": "2", "a": "1"}}, nil}
	if err := t.Execute(os.Stdout, u); err != nil {
		fmt.Println("ERR", err)
	}
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
	t2 := template.Must(template.New("e").Parse("{{.Missing}}"))
	err = t2.Execute(os.Stdout, u)
	fmt.Println()
	fmt.Println(err)
	t3 := template.Must(template.New("m").Option("missingkey=error").Parse("{{.k}}"))
	err = t3.Execute(os.Stdout, map[string]int{})
	fmt.Println(err)

	ht := htmpl.Must(htmpl.New("h").Parse(`<a href="/p?q={{.Q}}" title="{{.T}}">{{.B}}</a><script>var x = {{.J}};</script><p style="color: {{.C}}">{{.Safe}}</p>
`))
	err = ht.Execute(os.Stdout, map[string]interface{}{
		"Q": "a b&c", "T": `"quoted" <x>`, "B": "<b>bold</b>", "J": map[string]interface{}{"k": []int{1, 2}, "s": "</script>"},
		"C": "red; background: url(x)", "Safe": htmpl.HTML("<i>ok</i>"),
	})
	fmt.Println(err)
	fmt.Println(htmpl.HTMLEscapeString("<a&'\">"), template.HTMLEscapeString("<&>"), template.JSEscapeString("'\"\n<"))
}

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

type Base struct {
	ID   int    `json:"id"`
	Kind string `json:"kind,omitempty"`
}

type Inner struct {
	X, Y float64
}

type Item struct {
	Base
	Name     string            `json:"name"`
	Tags     []string          `json:"tags"`
	Attrs    map[string]int    `json:"attrs,omitempty"`
	Ptr      *Inner            `json:"ptr"`
	Any      interface{}       `json:"any"`
	Raw      json.RawMessage   `json:"raw"`
	Skip     string            `json:"-"`
	Num      int64             `json:"num,string"`
	private  int
	Arr      [2]byte           `json:"arr"`
	Bytes    []byte            `json:"bytes"`
	Nested   map[string][]Inner `json:"nested"`
	When     time.Time         `json:"when"`
}

type Color int

func (c Color) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("color-%d", int(c)))
}

func (c *Color) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	var n int
	_, err := fmt.Sscanf(s, "color-%d", &n)
	*c = Color(n)
	return err
}

type Temp float64

func (t Temp) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%.1fC", float64(t))), nil }

type Palette struct {
	Main   Color          `json:"main"`
	Others []Color        `json:"others"`
	ByName map[string]Color
	Temps  map[Temp]int
	P      *Color
}

type Strict struct {
	A int `json:"a"`
}

func main() {
	it := Item{
		Base:   Base{ID: 5},
		Name:   "widget \"<&>\" \u2028",
		Tags:   []string{"a", "b"},
		Attrs:  map[string]int{"z": 1, "a": 2, "m": 3},
		Ptr:    &Inner{1.5, -2},
		Any:    []interface{}{1, "two", 3.5, nil, true, map[string]interface{}{"k": "v"}},
		Raw:    json.RawMessage(`{"pre":"computed"}`),
		Skip:   "skipped",
		Num:    1234567890123,
		Arr:    [2]byte{1, 2},
		Bytes:  []byte("hello"),
		Nested: map[string][]Inner{"q": {{1, 2}}, "e": nil},
		When:   time.Date(2022, 3, 4, 5, 6, 7, 890000000, time.UTC),
	}
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)
	var back Item
	err = json.Unmarshal(b, &back)
	fmt.Println(err)
	fmt.Printf("%+v\n", back.Base)
	fmt.Println(back.Name, back.Tags, back.Attrs, *back.Ptr, back.Any, string(back.Raw), back.Num, back.Arr, string(back.Bytes), back.Nested, back.When)
	fmt.Printf("%T %T\n", back.Any, back.Any.([]interface{})[5])

	bi, _ := json.MarshalIndent(map[string]interface{}{"b": []int{1, 2}, "a": map[string]int{"x": 1}, "c": []int{}}, ">", "  ")
	fmt.Println(string(bi))

	c := Color(3)
	p := Palette{Main: 7, Others: []Color{1, 2}, ByName: map[string]Color{"r": 9}, Temps: map[Temp]int{21.5: 1, 3: 2}, P: &c}
	b, err = json.Marshal(p)
	fmt.Println(string(b), err)
	var p2 Palette
	err = json.Unmarshal([]byte(`{"main":"color-4","others":["color-5"],"ByName":{"x":"color-6"},"P":"color-8"}`), &p2)
	fmt.Println(err, p2.Main, p2.Others, p2.ByName, *p2.P)

	// errors
	var s Strict
	err = json.Unmarshal([]byte(`{"a":"x"}`), &s)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute), ute != nil && ute.Field == "a")
	err = json.Unmarshal([]byte(`{"a":1,}`), &s)
	fmt.Println(err)
	var se *json.SyntaxError
	fmt.Println(errors.As(err, &se), se.Offset)
	err = json.Unmarshal([]byte(`{"a":1}`), s)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"a":1,"b":2}`))
	dec.DisallowUnknownFields()
	fmt.Println(dec.Decode(&s))
	_, err = json.Marshal(map[string]interface{}{"f": func() {}})
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)

	// streaming
	d := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2}
[1,2,3] "str" 4.5 null`))
	d.UseNumber()
	for {
		var v interface{}
		if err := d.Decode(&v); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println("err", err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}
	d = json.NewDecoder(strings.NewReader(`[{"a":1},{"a":2},{"a":3}]`))
	tok, err := d.Token()
	fmt.Println(tok, err)
	for d.More() {
		var st Strict
		d.Decode(&st)
		fmt.Println(st.A)
	}
	tok, err = d.Token()
	fmt.Println(tok, err)

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "\t")
	enc.Encode(map[string]string{"h": "<b>&</b>"})
	enc.Encode([]float64{1, 1e21, 1e-7, 0.1})
	fmt.Print(buf.String())

	var iface interface{}
	json.Unmarshal([]byte(`{"n":1e3,"big":12345678901234567890,"s":"\u00e9\ud83d\ude00","arr":[{"x":[]}]}`), &iface)
	fmt.Println(iface)
	fmt.Println(json.Valid([]byte(`{"a":[1,2,{"b":null}]}`)), json.Valid([]byte(`{a:1}`)))
	var out bytes.Buffer
	json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(out.String())
	out.Reset()
	json.Indent(&out, []byte(`{"a":[1,2],"b":{}}`), "", " ")
	fmt.Println(out.String())
	var hb bytes.Buffer
	json.HTMLEscape(&hb, []byte(`"<x>&"`))
	fmt.Println(hb.String())

	// pointer into existing value, interface holding pointer
	type W struct {
		V interface{}
		M map[string]*Inner
	}
	in := &Inner{}
	w := W{V: in}
	json.Unmarshal([]byte(`{"V":{"X":3,"Y":4},"M":{"a":{"X":1},"b":null}}`), &w)
	fmt.Println(*in, w.M["a"], w.M["b"])
	var anyMap map[string]interface{}
	fmt.Println(json.Unmarshal([]byte(`null`), &anyMap), anyMap == nil)
	var ints []int
	fmt.Println(json.Unmarshal([]byte(`[1,2,3.5]`), &ints), ints)
	var u8 uint8
	fmt.Println(json.Unmarshal([]byte(`300`), &u8), u8)
}

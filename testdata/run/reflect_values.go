package main

import "reflect"

type Point struct {
	X, Y int
	tag  string
}

type Celsius float64

type Named struct {
	Name  string `json:"name" xml:"n"`
	Age   int    `json:"age,omitempty"`
	inner []int
	Point
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64  { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }

func (r Rect) Sum(xs ...int) (int, string) {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s, "ok"
}

func kinds() {
	vals := []interface{}{true, 1, int8(-2), int16(3), int32(4), int64(5), uint(6), uint8(200), uint16(65535),
		uint32(4000000000), uint64(1 << 63), uintptr(9), float32(1.5), 2.5, complex64(1 + 2i), 3 + 4i,
		"s", []int{1}, [2]int{}, map[string]int{}, &Point{}, Point{}, Celsius(1), func() {}, make(chan int)}
	for _, v := range vals {
		t := reflect.TypeOf(v)
		println(t.String(), t.Kind().String(), t.Name(), t.Size())
	}
}

func numbers() {
	println(reflect.ValueOf(int8(-2)).Int(), reflect.ValueOf(uint8(200)).Uint(), reflect.ValueOf(uint32(4000000000)).Uint())
	println(reflect.ValueOf(uint64(1<<63)).Uint(), reflect.ValueOf(float32(1.5)).Float(), real(reflect.ValueOf(complex64(1+2i)).Complex()))
	println(reflect.ValueOf(Celsius(36.6)).Float(), reflect.ValueOf("str").String(), reflect.ValueOf(3).String())
	var x int16
	v := reflect.ValueOf(&x).Elem()
	v.SetInt(-300)
	println(x, v.Int(), v.CanSet(), v.CanAddr(), v.OverflowInt(40000), v.OverflowInt(-32768))
	var u uint8
	uv := reflect.ValueOf(&u).Elem()
	uv.SetUint(255)
	println(u, uv.Uint(), uv.OverflowUint(256))
	var f float32
	reflect.ValueOf(&f).Elem().SetFloat(2.25)
	println(f)
	var s string
	reflect.ValueOf(&s).Elem().SetString("set")
	println(s)
	var b bool
	reflect.ValueOf(&b).Elem().SetBool(true)
	println(b)
}

func structs() {
	n := Named{Name: "ann", Age: 30, inner: []int{1}, Point: Point{1, 2, "t"}}
	t := reflect.TypeOf(n)
	println(t.NumField(), t.String(), t.Name(), t.PkgPath())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		println(i, f.Name, f.PkgPath, f.Type.String(), f.Anonymous, f.Offset, string(f.Tag), f.Tag.Get("json"), f.IsExported())
	}
	v, ok := t.Field(0).Tag.Lookup("xml")
	println(v, ok)
	_, ok = t.Field(0).Tag.Lookup("yaml")
	println(ok)
	sf, ok := t.FieldByName("Y")
	println(sf.Name, ok, len(sf.Index), sf.Index[0], sf.Index[1])
	rv := reflect.ValueOf(n)
	println(rv.Field(0).String(), rv.Field(1).Int(), rv.Field(2).Len(), rv.Field(2).CanInterface(), rv.FieldByName("X").Int())
	pv := reflect.ValueOf(&n).Elem()
	pv.Field(1).SetInt(31)
	pv.FieldByName("X").SetInt(10)
	println(n.Age, n.X, pv.Field(2).CanSet(), pv.Field(3).CanSet(), pv.Field(1).CanSet())
	pv.Field(3).Set(reflect.ValueOf(Point{7, 8, ""}))
	println(n.X, n.Y, n.tag == "")
	cp := pv.Interface().(Named)
	cp.Name = "copy"
	println(n.Name, cp.Name)
}

func collections() {
	s := []string{"a", "b", "c"}
	sv := reflect.ValueOf(s)
	println(sv.Len(), sv.Cap(), sv.Index(1).String(), sv.Slice(1, 3).Len(), sv.Slice(1, 3).Index(0).String())
	sv.Index(0).SetString("z")
	println(s[0])
	a := [3]int{1, 2, 3}
	av := reflect.ValueOf(&a).Elem()
	av.Index(2).SetInt(30)
	println(a[2], av.Len(), reflect.ValueOf(a).Index(1).Int(), reflect.ValueOf(a).Index(1).CanSet())
	m := map[string]int{"one": 1, "two": 2}
	mv := reflect.ValueOf(m)
	println(mv.Len(), mv.MapIndex(reflect.ValueOf("two")).Int(), mv.MapIndex(reflect.ValueOf("x")).IsValid())
	mv.SetMapIndex(reflect.ValueOf("three"), reflect.ValueOf(3))
	mv.SetMapIndex(reflect.ValueOf("one"), reflect.Value{})
	println(len(m), m["three"], m["one"])
	sum := 0
	it := mv.MapRange()
	for it.Next() {
		sum += int(it.Value().Int()) + len(it.Key().String())
	}
	println(sum, len(mv.MapKeys()))
	ns := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 5)
	ns = reflect.Append(ns, reflect.ValueOf(7))
	ns = reflect.AppendSlice(ns, reflect.ValueOf([]int{8, 9}))
	out := ns.Interface().([]int)
	println(len(out), out[0], out[2], out[4])
	nm := reflect.MakeMap(reflect.TypeOf(map[int]string{}))
	nm.SetMapIndex(reflect.ValueOf(5), reflect.ValueOf("five"))
	println(nm.Interface().(map[int]string)[5])
	dst := make([]int, 2)
	println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{4, 5, 6})), dst[0], dst[1])
	bs := reflect.ValueOf([]byte("hey")).Bytes()
	println(string(bs), reflect.ValueOf("héllo").Index(1).Uint())
}

func pointersAndInterfaces() {
	var sh Shape = Rect{2, 3}
	v := reflect.ValueOf(&sh).Elem()
	println(v.Kind().String(), v.Type().String(), v.Elem().Type().String(), v.NumMethod())
	println(v.Elem().Field(0).Float(), v.IsNil())
	var nilp *Point
	println(reflect.ValueOf(nilp).IsNil(), reflect.ValueOf(nilp).Elem().IsValid(), reflect.ValueOf(nil).IsValid())
	p := reflect.New(reflect.TypeOf(Point{}))
	p.Elem().Field(0).SetInt(42)
	pt := p.Interface().(*Point)
	println(pt.X, p.Type().String(), p.Elem().CanSet())
	z := reflect.Zero(reflect.TypeOf(Rect{}))
	println(z.Field(0).Float(), z.CanSet())
	ip := reflect.New(reflect.TypeOf(0))
	ip.Elem().SetInt(5)
	println(*ip.Interface().(*int))
	println(reflect.Indirect(reflect.ValueOf(&Point{X: 3})).Field(0).Int())
	pp := &Point{X: 1}
	println(reflect.ValueOf(pp).Elem().Addr().Interface().(*Point) == pp)
}

func methods() {
	r := Rect{2, 3}
	t := reflect.TypeOf(r)
	pt := reflect.TypeOf(&r)
	println(t.NumMethod(), pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		println(m.Name, m.Type.String(), m.Index)
	}
	area := reflect.ValueOf(r).MethodByName("Area").Call(nil)
	println(area[0].Float())
	reflect.ValueOf(&r).MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(2.0)})
	println(r.W, r.H)
	res := reflect.ValueOf(r).MethodByName("Sum").Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})
	println(len(res), res[0].Int(), res[1].String())
	m, ok := t.MethodByName("Name")
	println(ok, m.Func.Call([]reflect.Value{reflect.ValueOf(r)})[0].String())
	var sh Shape = r
	println(reflect.ValueOf(&sh).Elem().Method(1).Call(nil)[0].String())
	f := reflect.ValueOf(func(a int, b string) (string, int) { return b + "!", a * 2 })
	out := f.Call([]reflect.Value{reflect.ValueOf(21), reflect.ValueOf("hi")})
	println(out[0].String(), out[1].Int(), f.Type().String(), f.Type().NumIn(), f.Type().Out(1).String())
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	println(t.Implements(shape), reflect.TypeOf(Point{}).Implements(shape), pt.Implements(shape))
}

func conversions() {
	v := reflect.ValueOf(65)
	println(v.Convert(reflect.TypeOf("")).String(), v.Convert(reflect.TypeOf(1.0)).Float(), v.Convert(reflect.TypeOf(Celsius(0))).Type().String())
	println(reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)).Int(), reflect.ValueOf(int64(-1)).Convert(reflect.TypeOf(uint8(0))).Uint())
	println(reflect.ValueOf("abc").Convert(reflect.TypeOf([]byte(nil))).Len(), string(reflect.ValueOf([]byte("xy")).Convert(reflect.TypeOf("")).String()))
	println(reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(1)))
	println(reflect.TypeOf(Celsius(0)).AssignableTo(reflect.TypeOf(0.0)), reflect.TypeOf(Rect{}).AssignableTo(reflect.TypeOf((*Shape)(nil)).Elem()))
	println(reflect.PtrTo(reflect.TypeOf(0)).String(), reflect.SliceOf(reflect.TypeOf("")).String(), reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(0)).String())
	println(reflect.TypeOf([]int{}) == reflect.SliceOf(reflect.TypeOf(0)), reflect.ArrayOf(4, reflect.TypeOf(byte(0))).String(), reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0)).String())
}

func deep() {
	type node struct {
		V    int
		Next *node
	}
	a := &node{1, nil}
	a.Next = a
	b := &node{1, nil}
	b.Next = b
	println(reflect.DeepEqual(a, b), reflect.DeepEqual(map[string][]int{"x": {1}}, map[string][]int{"x": {1}}))
	println(reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(Named{Name: "a"}, Named{Name: "a"}), reflect.DeepEqual(1, int64(1)))
	println(reflect.DeepEqual([]interface{}{1, "a"}, []interface{}{1, "a"}), reflect.DeepEqual(Point{1, 2, "x"}, Point{1, 2, "y"}))
	println(reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf(Point{X: 1}).IsZero(), reflect.ValueOf([2]int{}).IsZero())
}

func panics() {
	try := func(f func()) {
		defer func() { println("recovered:", errText(recover())) }()
		f()
	}
	try(func() { reflect.ValueOf("x").Int() })
	try(func() { reflect.ValueOf(3).SetInt(4) })
	try(func() { reflect.ValueOf(Named{}).Field(2).Interface() })
	try(func() { reflect.ValueOf([]int{1}).Index(3) })
	try(func() { reflect.Value{}.Type() })
	try(func() { reflect.TypeOf(1).Elem() })
	try(func() {
		n := Named{}
		reflect.ValueOf(&n).Elem().Field(2).Set(reflect.ValueOf([]int{}))
	})
	try(func() {
		var x int
		reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("s"))
	})
}

func errText(r interface{}) string {
	switch e := r.(type) {
	case error:
		return e.Error()
	case string:
		return e
	}
	return "?"
}

func main() {
	kinds()
	numbers()
	structs()
	collections()
	pointersAndInterfaces()
	methods()
	conversions()
	deep()
	panics()
}

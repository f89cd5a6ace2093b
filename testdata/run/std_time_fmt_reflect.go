package main

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

type Inner struct {
	A int
	B *int
	S []string
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	M     map[string]int
	I     interface{}
	F     func()
	C     chan int
	E     error
	Arr   [2]bool
	bytes []byte
}

type Stringer struct{ v int }

func (s Stringer) String() string { return fmt.Sprintf("S<%d>", s.v) }

type Fmter struct{}

func (Fmter) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "F[%c %d %v %d %v %v %v]", c, w, wok, p, pok, f.Flag('+'), f.Flag('#'))
}

type GoStr struct{}

func (GoStr) GoString() string { return "GoStr!" }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type Animal interface{ Sound() string }
type Dog struct{ Name string }

func (d Dog) Sound() string              { return d.Name + " woof" }
func (d *Dog) Rename(n string) string    { old := d.Name; d.Name = n; return old }
func (d Dog) Sum(a int, b ...int) int    { for _, x := range b { a += x }; return a }

type Tagged struct {
	ID    int    `json:"id" db:"pk"`
	Name  string `json:"name,omitempty"`
	inner int
}

func main() {
	t := time.Date(2023, time.February, 28, 23, 59, 58, 123456789, time.UTC)
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC1123Z, time.Kitchen, time.ANSIC, time.Stamp, "2006-01-02 15:04:05.000 MST", "Mon Jan _2 3:4:5 PM -07:00", "02/01/06 .999999", "Z07:00 z", "January 2, 2006 (Monday) yday=002"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	p, err := time.Parse(time.RFC3339, "2021-06-15T10:20:30+02:00")
	fmt.Println(p, err, p.UTC(), p.Unix())
	_, err = time.Parse("2006-01-02", "2021-13-01")
	fmt.Println(err)
	_, err = time.Parse("2006-01-02", "junk")
	fmt.Println(err)
	p2, err := time.Parse("Jan 2 2006 15:04:05.000", "Mar 7 2020 01:02:03.456")
	fmt.Println(p2, err)
	loc, err := time.LoadLocation("America/New_York")
	fmt.Println(err)
	if err == nil {
		ny := t.In(loc)
		fmt.Println(ny, ny.Format(time.RFC822), ny.Location())
		summer := time.Date(2023, 7, 1, 12, 0, 0, 0, loc)
		fmt.Println(summer, summer.UTC())
		name, off := summer.Zone()
		fmt.Println(name, off)
		p3, err := time.ParseInLocation("2006-01-02 15:04", "2023-03-12 02:30", loc)
		fmt.Println(p3, err)
	}
	fixed := time.FixedZone("X", -3*3600-1800)
	fmt.Println(t.In(fixed))
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour), -d, time.Duration(0), time.Duration(1), 1500*time.Microsecond)
	dd, err := time.ParseDuration("1h2m3.5s")
	fmt.Println(dd, err, dd.Seconds())
	_, err = time.ParseDuration("1x")
	fmt.Println(err)
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Second), t.Round(24*time.Hour))
	t2 := t.Add(36 * time.Hour)
	fmt.Println(t2, t2.Sub(t), t2.After(t), t.Before(t2), t.Equal(t), t2.Weekday(), t2.YearDay())
	fmt.Println(t.AddDate(0, 1, 1), t.AddDate(1, 0, 0))
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Month(), t.Nanosecond(), t.UnixMilli(), t.IsZero(), time.Time{}.IsZero(), time.Time{})
	fmt.Println(time.Unix(1700000000, 5).UTC(), time.UnixMilli(1700000000123).UTC())
	mb, _ := t.MarshalJSON()
	fmt.Println(string(mb))
	var t3 time.Time
	fmt.Println(t3.UnmarshalText([]byte("2001-02-03T04:05:06Z")), t3)
	fmt.Println(time.March.String(), time.Saturday)

	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.ValidString("a\xffb"), utf8.RuneLen('€'))
	r, sz := utf8.DecodeRuneInString("\xe4\xb8")
	fmt.Println(r, sz, r == utf8.RuneError)
	r, sz = utf8.DecodeLastRuneInString("ab世")
	fmt.Println(string(r), sz)
	buf := utf8.AppendRune(nil, 0x1F600)
	fmt.Println(buf, utf8.FullRune(buf[:2]))
	for i, c := range "a\xffé" {
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
	enc := utf16.Encode([]rune("a😀"))
	fmt.Println(enc, string(utf16.Decode(enc)), utf16.IsSurrogate(0xd800))
	fmt.Println(unicode.IsLetter('ß'), unicode.IsSpace('\u00a0'), unicode.IsPunct('!'), unicode.In('a', unicode.Latin), unicode.Is(unicode.Han, '世'), unicode.SimpleFold('K'), unicode.ToTitle('ǆ'))

	x := 5
	o := Outer{Name: "o", In: Inner{A: 1, B: &x, S: []string{"a"}}, P: &Inner{A: 2}, M: map[string]int{"b": 2, "a": 1}, I: Stringer{3}, E: &E{"bad"}, Arr: [2]bool{true}}
	s := fmt.Sprintf("%v", o)
	fmt.Println(strings.Contains(s, "0xc") || strings.Contains(s, "0x"))
	fmt.Printf("%v\n", o.In.S)
	fmt.Printf("%+v\n", o.M)
	fmt.Printf("%#v\n", Inner{A: 1, S: []string{"x"}})
	fmt.Printf("%#v %#v %#v %#v\n", map[string]int{"z": 1, "a": 2}, []interface{}{1, "a", nil}, [2]uint8{1, 2}, struct{ X, y int }{1, 2})
	fmt.Printf("%T %T %T %T %T\n", o, &o, o.M, o.F, o.C)
	fmt.Printf("%q %q %q %+q %#q\n", "hi\n", 'x', []string{"a", "b"}, "é", "raw")
	fmt.Printf("%x %X % x %#x %x\n", "hello", []byte{1, 171}, []byte{1, 2}, 255, -255)
	fmt.Printf("|%8.3f|%-8.2f|%+d|%08.3f|%e|%g|%G|%.3g|\n", 3.14159, 2.5, 5, -3.14159, 123456.789, 1e21, 1e-7, 123456.0)
	fmt.Printf("|%5s|%-5s|%.2s|%5.1s|%c|%U|%#U|\n", "ab", "ab", "abc", "xyz", 'é', 'é', 'é')
	fmt.Printf("|%6.2v|%t|%v|%p|\n", 3.14159, true, nil, nil)
	fmt.Printf("%b %o %O %#o %#b\n", 5, 8, 8, 8, 5)
	fmt.Printf("%v %s %d\n", Stringer{1}, Stringer{2}, Stringer{3})
	fmt.Printf("%v %+8.3x %#v\n", Fmter{}, Fmter{}, GoStr{})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%v %v\n", &Inner{A: 3}, []*int{nil})
	fmt.Printf("%v %v %.2f\n", 1+2i, complex64(-1.5i), 3+4i)
	fmt.Printf("%08b %3c %-4q|\n", 5, 'x', 'y')
	fmt.Printf("%s\n", error(&E{"err"}))
	fmt.Printf("%v %d\n", []byte("ab"), []byte("ab"))
	fmt.Printf("%6.2f%%\n", 12.345)
	var np *Inner
	var ni interface{}
	fmt.Printf("%v %+v %v %s\n", np, ni, []interface{}{np, ni}, nil)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil), fmt.Sprintln("x", 1))
	var a, b int
	var str string
	var fl float64
	n, err := fmt.Sscanf("10-20 word 3.5", "%d-%d %s %f", &a, &b, &str, &fl)
	fmt.Println(n, err, a, b, str, fl)
	n, err = fmt.Sscan("7 8", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
	var hx int
	var q string
	fmt.Sscanf("ff \"quoted str\"", "%x %q", &hx, &q)
	fmt.Println(hx, q)
	fmt.Fprintln(os.Stderr, "to stderr")

	fmt.Println(reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(o, o))
	tt := reflect.TypeOf(Tagged{})
	for i := 0; i < tt.NumField(); i++ {
		f := tt.Field(i)
		v, ok := f.Tag.Lookup("db")
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), v, ok, f.IsExported(), f.Offset)
	}
	dog := &Dog{"rex"}
	v := reflect.ValueOf(dog)
	fmt.Println(v.Type(), v.Kind(), v.Elem().Kind(), v.NumMethod(), v.Elem().NumMethod())
	res := v.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("max")})
	fmt.Println(res[0], dog.Name)
	res = v.MethodByName("Sound").Call(nil)
	fmt.Println(res[0].String())
	res = v.MethodByName("Sum").Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(res[0].Int())
	res = v.MethodByName("Sum").CallSlice([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf([]int{4, 5})})
	fmt.Println(res[0].Int(), v.MethodByName("Nope").IsValid())
	for i := 0; i < v.NumMethod(); i++ {
		m := v.Type().Method(i)
		fmt.Println(m.Name, m.Type)
	}
	tv := reflect.ValueOf(&Tagged{}).Elem()
	tv.Field(0).SetInt(9)
	tv.FieldByName("Name").SetString("nm")
	fmt.Println(tv.Interface(), tv.Field(2).CanSet(), tv.Field(0).CanSet())
	pi := new(int)
	reflect.ValueOf(&pi).Elem().Set(reflect.ValueOf(&x))
	fmt.Println(*pi)
	mv := reflect.ValueOf(map[string]int{"b": 2, "a": 1})
	keys := mv.MapKeys()
	fmt.Println(len(keys), mv.MapIndex(reflect.ValueOf("b")))
	it := mv.MapRange()
	cnt := 0
	for it.Next() {
		cnt += int(it.Value().Int())
	}
	fmt.Println(cnt)
	sv := reflect.MakeSlice(reflect.TypeOf([]string{}), 0, 2)
	sv = reflect.Append(sv, reflect.ValueOf("x"), reflect.ValueOf("y"))
	fmt.Println(sv.Len(), sv.Index(1), sv.Interface())
	var an Animal = Dog{"d"}
	at := reflect.TypeOf((*Animal)(nil)).Elem()
	fmt.Println(reflect.TypeOf(an).Implements(at), reflect.TypeOf(dog).Implements(at), at.Kind(), reflect.PtrTo(reflect.TypeOf(0)))
	fn := reflect.ValueOf(strings.Repeat)
	fmt.Println(fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(2)})[0])
	nz := reflect.Zero(reflect.TypeOf(Inner{}))
	fmt.Println(nz.Interface(), reflect.ValueOf(nil).IsValid(), reflect.ValueOf((*int)(nil)).IsNil())
	nm := reflect.MakeMap(reflect.TypeOf(map[int]bool{}))
	nm.SetMapIndex(reflect.ValueOf(3), reflect.ValueOf(true))
	fmt.Println(nm.Interface(), reflect.Indirect(reflect.ValueOf(&x)).Int())
	fmt.Println(reflect.ValueOf(uint8(3)).Convert(reflect.TypeOf(1.0)).Float(), reflect.TypeOf(o).Field(1).Type.Field(1).Type.Elem())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf(Tagged{}).Field(0).SetInt(1)
}

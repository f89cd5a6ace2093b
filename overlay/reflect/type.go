// gojc: reflect's types over gojc.rt.Type descriptors (see natives.go).

package reflect

// A Kind is the specific kind of type a Type represents (same numbering as gc).
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [24]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// rtype is the one Type implementation: a gojc.rt.Type descriptor. There is one *rtype per
// descriptor, so Types compare with ==.
type rtype struct {
	t jobj
}

func toRType(t jobj) *rtype {
	if t == nil {
		return nil
	}
	if r := rtypeCached(t, "reflect"); r != nil {
		return r.(*rtype)
	}
	return rtypeStore(t, "reflect", &rtype{t}).(*rtype)
}

// toType gives nil (not a nil *rtype) for a nil descriptor, as reflect.Type values must.
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) String() string  { return typeString(t.t) }
func (t *rtype) Name() string    { return typeName(t.t) }
func (t *rtype) PkgPath() string { return typePkgPath(t.t) }
func (t *rtype) Kind() Kind      { return Kind(typeKind(t.t)) }
func (t *rtype) Size() uintptr   { return uintptr(typeSize(t.t)) }
func (t *rtype) Align() int      { return typeAlign(t.t) }
func (t *rtype) FieldAlign() int { return typeAlign(t.t) }
func (t *rtype) Comparable() bool {
	return typeComparable(t.t)
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(typeChanDir(t.t))
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return typeIsVariadic(t.t)
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toRType(typeElem(t.t))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) elem() *rtype { return toRType(typeElem(t.t)) }

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toRType(typeKey(t.t))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return typeLen(t.t)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return typeNumField(t.t)
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	return toRType(typeIn(t.t, i))
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return typeNumIn(t.t)
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return typeNumOut(t.t)
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	return toRType(typeOut(t.t, i))
}

// ---- Methods ----

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type  // method type
	Func    Value // func with receiver as first argument
	Index   int   // index for Type.Method
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// exportedMethods maps Method indexes to indexes of the descriptor's method set: interfaces
// count all their methods, other types only exported ones.
func (t *rtype) methodIndex(i int) int {
	n := typeNumMethods(t.t)
	if t.Kind() == Interface {
		if i < 0 || i >= n {
			panic("reflect: Method index out of range")
		}
		return i
	}
	for j := 0; j < n; j++ {
		if typeMethodPkgPath(t.t, j) == "" {
			if i == 0 {
				return j
			}
			i--
		}
	}
	panic("reflect: Method index out of range")
}

func (t *rtype) NumMethod() int {
	n := typeNumMethods(t.t)
	if t.Kind() == Interface {
		return n
	}
	c := 0
	for j := 0; j < n; j++ {
		if typeMethodPkgPath(t.t, j) == "" {
			c++
		}
	}
	return c
}

func (t *rtype) Method(i int) (m Method) {
	j := t.methodIndex(i)
	m.Name = typeMethodName(t.t, j)
	m.PkgPath = typeMethodPkgPath(t.t, j)
	m.Index = i
	mt := toRType(typeMethodType(t.t, j))
	if t.Kind() == Interface {
		m.Type = mt
		return m
	}
	// The method expression's type takes the receiver first.
	in := []jobj{t.t}
	for k := 0; k < mt.NumIn(); k++ {
		in = append(in, mt.In(k).common().t)
	}
	var out []jobj
	for k := 0; k < mt.NumOut(); k++ {
		out = append(out, mt.Out(k).common().t)
	}
	ft := toRType(typeFuncOf(in, out, mt.IsVariadic()))
	m.Type = ft
	m.Func = Value{ft, t.t, flag(Func) | flagMethodExpr | flag(j)<<flagMethodShift}
	return m
}

func (t *rtype) MethodByName(name string) (m Method, ok bool) {
	n := t.NumMethod()
	for i := 0; i < n; i++ {
		j := t.methodIndex(i)
		if typeMethodName(t.t, j) == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

// ---- Relations ----

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return typeImplements(u.common().t, t.t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return typeAssignable(u.common().t, t.t)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return typeConvertible(u.common().t, t.t)
}

// ---- Struct fields ----

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= typeNumField(t.t) {
		panic("reflect: Field index out of bounds")
	}
	return StructField{
		Name:      typeFieldName(t.t, i),
		PkgPath:   typeFieldPkgPath(t.t, i),
		Type:      toRType(typeFieldType(t.t, i)),
		Tag:       StructTag(typeFieldTag(t.t, i)),
		Offset:    uintptr(typeFieldOffset(t.t, i)),
		Index:     []int{i},
		Anonymous: typeFieldEmbedded(t.t, i),
	}
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var ft Type = t
	for i, x := range index {
		if i > 0 {
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
		}
		f = ft.Field(x)
		ft = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc searches breadth-first through embedded structs; a name found twice at
// the shallowest depth where it occurs is ambiguous and gives no field.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	type scan struct {
		typ   *rtype
		index []int
	}
	level := []scan{{t, nil}}
	visited := map[*rtype]bool{}
	for len(level) > 0 {
		var next []scan
		var found StructField
		count := 0
		for _, s := range level {
			if visited[s.typ] {
				continue
			}
			visited[s.typ] = true
			n := typeNumField(s.typ.t)
			for i := 0; i < n; i++ {
				f := s.typ.Field(i)
				idx := append(append([]int(nil), s.index...), i)
				if match(f.Name) {
					count++
					if count == 1 {
						found = f
						found.Index = idx
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type.common()
					if ft.Kind() == Pointer {
						ft = ft.elem()
					}
					if ft.Kind() == Struct {
						next = append(next, scan{ft, idx})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		level = next
	}
	return StructField{}, false
}

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, by the conventional
// format: space-separated key:"quoted value" pairs.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		i := 0
		for i < len(s) && s[i] == ' ' {
			i++
		}
		s = s[i:]
		if s == "" {
			break
		}
		i = 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			break
		}
		name := s[:i]
		s = s[i+1:]
		// the quoted value, backslash escapes included
		i = 1
		for i < len(s) && s[i] != '"' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(s) {
			break
		}
		quoted := s[:i+1]
		s = s[i+1:]
		if name == key {
			v, err := unquote(quoted)
			if !err {
				break
			}
			return v, true
		}
	}
	return "", false
}

// unquote interprets a double-quoted Go string literal (the escapes strconv.Unquote knows).
func unquote(q string) (string, bool) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return "", false
	}
	q = q[1 : len(q)-1]
	var b []byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c != '\\' {
			b = append(b, c)
			continue
		}
		i++
		if i >= len(q) {
			return "", false
		}
		switch q[i] {
		case 'n':
			b = append(b, '\n')
		case 't':
			b = append(b, '\t')
		case 'r':
			b = append(b, '\r')
		case 'a':
			b = append(b, 7)
		case 'b':
			b = append(b, 8)
		case 'f':
			b = append(b, 12)
		case 'v':
			b = append(b, 11)
		case '\\', '"', '\'':
			b = append(b, q[i])
		case 'x':
			if i+2 >= len(q) {
				return "", false
			}
			v, ok := hexVal(q[i+1 : i+3])
			if !ok {
				return "", false
			}
			b = append(b, byte(v))
			i += 2
		case 'u', 'U':
			n := 4
			if q[i] == 'U' {
				n = 8
			}
			if i+n >= len(q) {
				return "", false
			}
			v, ok := hexVal(q[i+1 : i+1+n])
			if !ok {
				return "", false
			}
			b = appendRune(b, rune(v))
			i += n
		default:
			if q[i] >= '0' && q[i] <= '7' && i+2 < len(q) {
				v := 0
				for k := 0; k < 3; k++ {
					v = v*8 + int(q[i+k]-'0')
				}
				b = append(b, byte(v))
				i += 2
			} else {
				return "", false
			}
		}
	}
	return string(b), true
}

func hexVal(s string) (int, bool) {
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			v = v*16 + int(c-'0')
		case c >= 'a' && c <= 'f':
			v = v*16 + int(c-'a'+10)
		case c >= 'A' && c <= 'F':
			v = v*16 + int(c-'A'+10)
		default:
			return 0, false
		}
	}
	return v, true
}

func appendRune(b []byte, r rune) []byte {
	return append(b, string(r)...)
}

// ---- Channel directions ----

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + itoa(int(d))
}

// ---- Type constructors ----

// TypeOf returns the dynamic type of i, or nil when i is nil.
func TypeOf(i any) Type {
	return toType(toRType(typeOf(i)))
}

// PtrTo returns the pointer type with element t.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type {
	return toRType(typePtrTo(t.common().t))
}

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type {
	return toRType(typeSliceOf(t.common().t))
}

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return toRType(typeMapOf(key.common().t, elem.common().t))
}

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	return toRType(typeArrayOf(length, elem.common().t))
}

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	if dir != RecvDir && dir != SendDir && dir != BothDir {
		panic("reflect.ChanOf: invalid dir")
	}
	return toRType(typeChanOf(int(dir), t.common().t))
}

// FuncOf returns the function type with the given argument and result types.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	var ins, outs []jobj
	for _, t := range in {
		ins = append(ins, t.common().t)
	}
	for _, t := range out {
		outs = append(outs, t.common().t)
	}
	return toRType(typeFuncOf(ins, outs, variadic))
}



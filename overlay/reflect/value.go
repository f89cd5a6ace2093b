// gojc: reflect's values over gojc's value forms (see natives.go).

package reflect

// Value is the reflection interface to a Go value. ptr holds the value in its value form, or,
// with flagAddr, its location (the Go pointer to it: a struct or array object, or a
// gojc.rt.Ptr). With flagMethod or flagMethodExpr, ptr is the receiver (or its type) and
// the method index sits above flagMethodShift.
type Value struct {
	typ *rtype
	ptr jobj
	flag
}

type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5
	flagEmbedRO     flag = 1 << 6
	flagAddr        flag = 1 << 8
	flagMethod      flag = 1 << 9
	flagMethodExpr  flag = 1 << 10
	flagMethodShift      = 11
	flagRO          flag = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (f flag) mustBe(expected Kind, method string) {
	if Kind(f&flagKindMask) != expected {
		panic(&ValueError{method, f.kind()})
	}
}

func (f flag) mustBeExported(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (f flag) mustBeAssignable(method string) {
	if f == 0 {
		panic(&ValueError{method, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// val is the value in value form.
func (v Value) val() jobj {
	if v.flag&flagAddr != 0 {
		return load(v.typ.t, v.ptr)
	}
	return v.ptr
}

// ValueOf returns a new Value initialized to the concrete value stored in i.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	t := toRType(typeOf(i))
	return Value{t, ifaceData(i), flag(t.Kind())}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, zeroValue(t.t), flag(t.Kind())}
}

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	return Value{toRType(typePtrTo(t.t)), newVar(t.t), flag(Pointer)}
}

// Indirect returns the value that v points to (v itself when it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) IsValid() bool { return v.flag != 0 }

func (v Value) Kind() Kind { return v.kind() }

func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return toRType(typeMethodType(v.typ.t, int(v.flag>>flagMethodShift)))
	}
	return v.typ
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() (i any) {
	return valueInterface(v, true)
}

func valueInterface(v Value, safe bool) any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&(flagMethod|flagMethodExpr) != 0 {
		v = makeMethodValue("Interface", v)
	}
	return pack(v.typ.t, copyValue(v.typ.t, v.val()))
}

// ---- Scalars ----

func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return toBool(v.val())
}

func (v Value) Int() int64 {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return toInt(v.val())
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

func (v Value) Uint() uint64 {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return toUint(v.typ.t, v.val())
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

func (v Value) Float() float64 {
	switch v.kind() {
	case Float32, Float64:
		return toFloat(v.val())
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64, Complex128:
		return toComplex(v.val())
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns the string v's underlying value, or "<T Value>" for other kinds.
func (v Value) String() string {
	switch v.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return toStr(v.val())
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) CanInt() bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

func (v Value) CanUint() bool {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

func (v Value) CanFloat() bool {
	k := v.kind()
	return k == Float32 || k == Float64
}

func (v Value) CanComplex() bool {
	k := v.kind()
	return k == Complex64 || k == Complex128
}

func (v Value) OverflowInt(x int64) bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		bits := uint(v.typ.Size() * 8)
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

func (v Value) OverflowUint(x uint64) bool {
	switch v.kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bits := uint(v.typ.Size() * 8)
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

func (v Value) OverflowFloat(x float64) bool {
	switch v.kind() {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.kind()})
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return 3.40282346638528859811704183484516925440e+38 < x && x <= 1.79769313486231570814527423731704356798070e+308
}

func (v Value) OverflowComplex(x complex128) bool {
	switch v.kind() {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.kind()})
}

// ---- Setting ----

func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Value.Set")
	x.mustBeExported("reflect.Value.Set")
	x = x.assignTo("reflect.Set", v.typ)
	store(v.typ.t, v.ptr, x.val())
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	store(v.typ.t, v.ptr, fromBool(x))
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		store(v.typ.t, v.ptr, fromInt(v.typ.t, x))
		return
	}
	panic(&ValueError{"reflect.Value.SetInt", v.kind()})
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		store(v.typ.t, v.ptr, fromInt(v.typ.t, int64(x)))
		return
	}
	panic(&ValueError{"reflect.Value.SetUint", v.kind()})
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.kind() {
	case Float32, Float64:
		store(v.typ.t, v.ptr, fromFloat(v.typ.t, x))
		return
	}
	panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.kind() {
	case Complex64, Complex128:
		store(v.typ.t, v.ptr, fromComplex(v.typ.t, x))
		return
	}
	panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	store(v.typ.t, v.ptr, fromStr(x))
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ.elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	store(v.typ.t, v.ptr, fromBytes(x))
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	s := v.val()
	if uint(n) > uint(valueCap(v.typ.t, s)) {
		panic("reflect: slice length out of range in SetLen")
	}
	store(v.typ.t, v.ptr, resize(s, n, -1))
}

func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	s := v.val()
	if n < valueLen(v.typ.t, s) || n > valueCap(v.typ.t, s) {
		panic("reflect: slice capacity out of range in SetCap")
	}
	store(v.typ.t, v.ptr, resize(s, valueLen(v.typ.t, s), n))
}

func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	kt := v.typ.Key().common()
	key = key.assignTo("reflect.Value.SetMapIndex", kt)
	m := v.val()
	k := copyValue(kt.t, key.val())
	if elem.flag == 0 {
		mapDelete(m, k)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	et := v.typ.elem()
	elem = elem.assignTo("reflect.Value.SetMapIndex", et)
	mapPut(m, k, copyValue(et.t, elem.val()))
}

// assignTo returns x converted for assignment to a location of type dst.
func (v Value) assignTo(context string, dst *rtype) Value {
	if v.flag&(flagMethod|flagMethodExpr) != 0 {
		v = makeMethodValue(context, v)
	}
	switch {
	case v.typ == dst:
		return v
	case dst.Kind() == Interface:
		if !v.typ.Implements(dst) {
			break
		}
		if v.Kind() == Interface && v.IsNil() {
			return Value{dst, nil, flag(Interface)}
		}
		return Value{dst, fromIface(valueInterface(v, false)), flag(Interface)}
	case typeAssignable(dst.t, v.typ.t):
		return Value{dst, v.val(), v.flag.ro() | flag(dst.Kind())}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
}

// ---- Pointers and interfaces ----

func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		x := v.val()
		if x == nil {
			return Value{}
		}
		t := toRType(typeOf(toIface(x)))
		return Value{t, ifaceData(toIface(x)), v.flag.ro() | flag(t.Kind())}
	case Pointer:
		p := v.val()
		if p == nil {
			return Value{}
		}
		t := v.typ.elem()
		return Value{t, p, v.flag.ro() | flagAddr | flag(t.Kind())}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		if v.flag&(flagMethod|flagMethodExpr) != 0 {
			return false
		}
		return v.val() == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{toRType(typePtrTo(v.typ.t)), v.ptr, v.flag.ro() | flag(Pointer)}
}

// Pointer returns v's value as a uintptr (gojc: a stable fake address).
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return addrOf(v.val())
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

// UnsafeAddr returns a fake address of v's location.
func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return addrOf(v.ptr)
}

// ---- Composite values ----

func (v Value) Len() int {
	switch v.kind() {
	case Slice, Array, Chan, Map, String:
		return valueLen(v.typ.t, v.val())
	case Pointer:
		if v.typ.elem().Kind() == Array {
			return v.typ.elem().Len()
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

func (v Value) Cap() int {
	switch v.kind() {
	case Slice, Array, Chan:
		return valueCap(v.typ.t, v.val())
	case Pointer:
		if v.typ.elem().Kind() == Array {
			return v.typ.elem().Len()
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		if uint(i) >= uint(v.typ.Len()) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem()
		fl := v.flag&(flagRO|flagAddr) | flag(et.Kind())
		if v.flag&flagAddr != 0 {
			return Value{et, indexLoc(v.typ.t, v.ptr, i), fl}
		}
		return Value{et, indexValue(v.typ.t, v.ptr, i), fl}
	case Slice:
		s := v.val()
		if uint(i) >= uint(valueLen(v.typ.t, s)) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem()
		return Value{et, indexLoc(v.typ.t, s, i), flagAddr | v.flag.ro() | flag(et.Kind())}
	case String:
		s := v.val()
		if uint(i) >= uint(valueLen(v.typ.t, s)) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type, indexValue(v.typ.t, s, i), v.flag.ro() | flag(Uint8)}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

var uint8Type = TypeOf(uint8(0)).(*rtype)

func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	t := v.typ
	if uint(i) >= uint(typeNumField(t.t)) {
		panic("reflect: Field index out of range")
	}
	ft := toRType(typeFieldType(t.t, i))
	fl := v.flag&(flagStickyRO|flagAddr) | flag(ft.Kind())
	if typeFieldPkgPath(t.t, i) != "" {
		if typeFieldEmbedded(t.t, i) {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	if v.flag&flagAddr != 0 {
		return Value{ft, fieldLoc(t.t, v.ptr, i), fl}
	}
	return Value{ft, fieldValue(t.t, v.ptr, i), fl}
}

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return typeNumField(v.typ.t)
}

func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 {
			if v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
				if v.IsNil() {
					panic("reflect: indirection through nil pointer to embedded struct")
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v
}

// FieldByIndexErr is FieldByIndex, with an error instead of a panic for a nil embedded
// struct pointer on the way.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 {
			if v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
				if v.IsNil() {
					return Value{}, &plainError{"reflect: indirection through nil pointer to embedded struct field " + v.typ.elem().Name()}
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v, nil
}

type plainError struct{ s string }

func (e *plainError) Error() string { return e.s }

func (v Value) FieldByName(name string) Value {
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if v.typ.elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return asBytes(v.val())
	case Array:
		if v.typ.elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return asBytes(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

func (v Value) Slice(i, j int) Value {
	return v.slice("reflect.Value.Slice", i, j, -1)
}

func (v Value) Slice3(i, j, k int) Value {
	return v.slice("reflect.Value.Slice3", i, j, k)
}

func (v Value) slice(method string, i, j, k int) Value {
	var typ *rtype
	var base jobj
	var c int
	switch kind := v.kind(); kind {
	case Array:
		if v.flag&flagAddr == 0 {
			panic(method + ": slice of unaddressable array")
		}
		typ = toRType(typeSliceOf(typeElem(v.typ.t)))
		base = v.ptr
		c = v.typ.Len()
	case Slice:
		typ = v.typ
		base = v.val()
		c = valueCap(v.typ.t, base)
	case String:
		if k >= 0 {
			panic(&ValueError{method, kind})
		}
		typ = v.typ
		base = v.val()
		c = valueLen(v.typ.t, base)
	default:
		panic(&ValueError{method, kind})
	}
	if k < 0 {
		if i < 0 || j < i || j > c {
			panic(method + ": slice index out of bounds")
		}
	} else if i < 0 || j < i || k < j || k > c {
		panic(method + ": slice index out of bounds")
	}
	return Value{typ, sliceValue(v.typ.t, base, i, j, k), v.flag.ro() | flag(typ.Kind())}
}

// ---- Maps ----

func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	kt := v.typ.Key().common()
	key = key.assignTo("reflect.Value.MapIndex", kt)
	m := v.val()
	k := key.val()
	if !mapHas(m, k) {
		return Value{}
	}
	et := v.typ.elem()
	return Value{et, mapLookup(m, k), v.flag.ro() | key.flag.ro() | flag(et.Kind())}
}

func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	kt := v.typ.Key().common()
	m := v.val()
	n := valueLen(v.typ.t, m)
	keys := make([]Value, 0, n)
	it := mapIter(m)
	for len(keys) < n && mapIterNext(it) {
		keys = append(keys, Value{kt, mapIterKey(kt.t, it), v.flag.ro() | flag(kt.Kind())})
	}
	return keys
}

// A MapIter is an iterator for ranging over a map.
type MapIter struct {
	m     Value
	it    jobj
	valid bool
}

func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if iter.it == nil {
		iter.it = mapIter(iter.m.val())
	} else if !iter.valid {
		panic("MapIter.Next called on exhausted iterator")
	}
	iter.valid = mapIterNext(iter.it)
	return iter.valid
}

func (iter *MapIter) Key() Value {
	if !iter.valid {
		panic("MapIter.Key called before Next")
	}
	kt := iter.m.typ.Key().common()
	return Value{kt, mapIterKey(kt.t, iter.it), iter.m.flag.ro() | flag(kt.Kind())}
}

func (iter *MapIter) Value() Value {
	if !iter.valid {
		panic("MapIter.Value called before Next")
	}
	et := iter.m.typ.elem()
	return Value{et, mapIterValue(et.t, iter.it), iter.m.flag.ro() | flag(et.Kind())}
}

func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	iter.m = v
	iter.it = nil
	iter.valid = false
}

func (v Value) SetIterKey(iter *MapIter) {
	v.Set(iter.Key())
}

func (v Value) SetIterValue(iter *MapIter) {
	v.Set(iter.Value())
}

// ---- Making values ----

func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	return Value{t, makeSlice(t.t, len, cap), flag(Slice)}
}

func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	return Value{t, makeMap(t.t, n), flag(Map)}
}

func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common()
	return Value{t, makeChan(t.t, buffer), flag(Chan)}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	r := Value{s.typ, growSlice(s.typ.t, s.val(), len(x)), flag(Slice)}
	for i, v := range x {
		r.Index(n + i).Set(v)
	}
	return r
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	if s.typ.elem() != t.typ.elem() {
		panic("reflect.AppendSlice: " + s.Type().String() + " != " + t.Type().String())
	}
	ns := s.Len()
	nt := t.Len()
	r := Value{s.typ, growSlice(s.typ.t, s.val(), nt), flag(Slice)}
	Copy(r.Slice(ns, ns+nt), t)
	return r
}

// Copy copies the contents of src into dst until either dst has been filled or src has
// been exhausted, and returns the number of elements copied.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.kind()
	var stringCopy bool
	if sk != Array && sk != Slice {
		stringCopy = sk == String && dst.typ.elem().Kind() == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported("reflect.Copy")
	de := dst.typ.elem()
	if !stringCopy && de != src.typ.elem() {
		panic("reflect.Copy: " + de.String() + " != " + src.typ.elem().String())
	}
	d := dst.val()
	if dk == Array {
		d = dst.ptr
	}
	return copySlice(de.t, d, src.val())
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	s := v.val()
	n := v.Len()
	et := v.typ.elem().t
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swapElems(et, s, i, j)
	}
}

// ---- Comparisons ----

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		f := v.Float()
		return f == 0 && 1/f > 0
	case Complex64, Complex128:
		c := v.Complex()
		return real(c) == 0 && 1/real(c) > 0 && imag(c) == 0 && 1/imag(c) > 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}


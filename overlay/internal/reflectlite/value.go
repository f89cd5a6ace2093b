// gojc: reflectlite's values over gojc's value forms (see natives.go and reflect's value.go).

package reflectlite

// Value is the reflection interface to a Go value: the value in value form, or, with
// flagAddr, its location (a struct or array object, or a gojc.rt.Ptr).
type Value struct {
	typ *rtype
	ptr jobj
	flag
}

type flag uintptr

const (
	flagKindWidth      = 5
	flagKindMask  flag = 1<<flagKindWidth - 1
	flagStickyRO  flag = 1 << 5
	flagEmbedRO   flag = 1 << 6
	flagAddr      flag = 1 << 8
	flagRO        flag = flagStickyRO | flagEmbedRO
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

func (f flag) mustBeExported(method string) {
	if f == 0 {
		panic(&ValueError{method, 0})
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

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) IsValid() bool { return v.flag != 0 }

func (v Value) Kind() Kind { return v.kind() }

func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return v.typ
}

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
		t := toRType(typeElem(v.typ.t))
		return Value{t, p, v.flag.ro() | flagAddr | flag(t.Kind())}
	}
	panic(&ValueError{"reflectlite.Value.Elem", v.kind()})
}

func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return v.val() == nil
	}
	panic(&ValueError{"reflectlite.Value.IsNil", v.kind()})
}

func (v Value) Len() int {
	switch v.kind() {
	case Slice, Array, Chan, Map, String:
		return valueLen(v.typ.t, v.val())
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

func (v Value) Set(x Value) {
	v.mustBeAssignable("reflectlite.Set")
	x.mustBeExported("reflectlite.Set")
	x = x.assignTo("reflectlite.Set", v.typ)
	store(v.typ.t, v.ptr, x.val())
}

func (v Value) assignTo(context string, dst *rtype) Value {
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
		return Value{dst, fromIface(pack(v.typ.t, copyValue(v.typ.t, v.val()))), flag(Interface)}
	case typeAssignable(dst.t, v.typ.t):
		return Value{dst, v.val(), v.flag.ro() | flag(dst.Kind())}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	s := v.val()
	n := v.Len()
	et := typeElem(v.typ.t)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swapElems(et, s, i, j)
	}
}

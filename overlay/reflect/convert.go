// gojc: conversions and comparisons of reflect values (see natives.go).

package reflect

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	switch {
	case vt.Kind() == Slice && t.Kind() == Array:
		return t.Len() <= v.Len()
	case vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array:
		return t.Elem().Len() <= v.Len()
	}
	return true
}

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag&(flagMethod|flagMethodExpr) != 0 {
		v = makeMethodValue("Convert", v)
	}
	if !v.Type().ConvertibleTo(t) {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	dst := t.common()
	fl := v.flag.ro()
	sk, dk := v.Kind(), dst.Kind()
	switch {
	case isInt(sk) && isInt(dk), isInt(sk) && isFloat(dk):
		var x int64
		if sk >= Uint && sk <= Uintptr {
			x = int64(v.Uint())
		} else {
			x = v.Int()
		}
		if isFloat(dk) && sk >= Uint && sk <= Uintptr {
			return Value{dst, fromFloat(dst.t, float64(v.Uint())), fl | flag(dk)}
		}
		return Value{dst, fromInt(dst.t, x), fl | flag(dk)}
	case isFloat(sk) && isFloat(dk):
		return Value{dst, fromFloat(dst.t, v.Float()), fl | flag(dk)}
	case isFloat(sk) && isInt(dk):
		f := v.Float()
		if dk >= Uint && dk <= Uintptr {
			return Value{dst, fromInt(dst.t, int64(uint64(f))), fl | flag(dk)}
		}
		return Value{dst, fromInt(dst.t, int64(f)), fl | flag(dk)}
	case isComplex(sk) && isComplex(dk):
		return Value{dst, fromComplex(dst.t, v.Complex()), fl | flag(dk)}
	case dk == String && isInt(sk):
		var r rune
		if sk >= Uint && sk <= Uintptr {
			u := v.Uint()
			if u > 0x10FFFF {
				r = 0xFFFD
			} else {
				r = rune(u)
			}
		} else {
			i := v.Int()
			if i < 0 || i > 0x10FFFF {
				r = 0xFFFD
			} else {
				r = rune(i)
			}
		}
		return Value{dst, fromStr(string(r)), fl | flag(String)}
	case dk == String && sk == Slice && v.typ.elem().Kind() == Uint8:
		return Value{dst, fromStr(string(v.Bytes())), fl | flag(String)}
	case dk == String && sk == Slice && v.typ.elem().Kind() == Int32:
		return Value{dst, fromStr(string(asRunes(v.val()))), fl | flag(String)}
	case sk == String && dk == Slice && dst.elem().Kind() == Uint8:
		return Value{dst, fromBytes([]byte(v.String())), fl | flag(Slice)}
	case sk == String && dk == Slice && dst.elem().Kind() == Int32:
		return Value{dst, fromRunes([]rune(v.String())), fl | flag(Slice)}
	case dk == Interface:
		return v.assignTo("reflect.Value.Convert", dst)
	case sk == Slice && dk == Pointer && dst.elem().Kind() == Array:
		n := dst.elem().Len()
		if n > v.Len() {
			panic("reflect: cannot convert slice with length " + itoa(v.Len()) + " to pointer to array with length " + itoa(n))
		}
		panic("gojc: not yet supported: reflect conversion of a slice to an array pointer")
	}
	// identical underlying types: the same value form, retyped (copied for value objects)
	return Value{dst, copyValue(dst.t, v.val()), fl | flag(dk)}
}

func isInt(k Kind) bool     { return k >= Int && k <= Uintptr }
func isFloat(k Kind) bool   { return k == Float32 || k == Float64 }
func isComplex(k Kind) bool { return k == Complex64 || k == Complex128 }

// Comparable reports whether the value v is comparable.
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).Comparable() {
				return false
			}
		}
		return true
	case Interface:
		return v.Elem().Comparable()
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	}
	return v.Type().Comparable()
}

// ---- Channels ----

func (v Value) Send(x Value) {
	panic("gojc: not yet supported: reflect.Value.Send")
}

func (v Value) Recv() (x Value, ok bool) {
	panic("gojc: not yet supported: reflect.Value.Recv")
}

func (v Value) TrySend(x Value) bool {
	panic("gojc: not yet supported: reflect.Value.TrySend")
}

func (v Value) TryRecv() (x Value, ok bool) {
	panic("gojc: not yet supported: reflect.Value.TryRecv")
}

func (v Value) Close() {
	panic("gojc: not yet supported: reflect.Value.Close")
}

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_ SelectDir = iota
	SelectSend
	SelectRecv
	SelectDefault
)

// A SelectCase describes a single case in a select operation.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	panic("gojc: not yet supported: reflect.Select")
}


// ValueOf's unsafe relatives and the header types stay for source compatibility.

// SliceHeader is the runtime representation of a slice in gc (not meaningful in gojc).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string in gc (not meaningful in gojc).
type StringHeader struct {
	Data uintptr
	Len  int
}

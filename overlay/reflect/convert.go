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

func chanSend(c, v jobj, nb bool) bool
func chanRecv(t, c jobj, nb bool, loc jobj) int
func chanClose(c jobj)
func selectCases(chans, sends []jobj, nsends int, block bool) int
func selectRecv(t, loc jobj) bool

// Send sends x on the channel v.
func (v Value) Send(x Value) {
	v.mustBe(Chan, "reflect.Value.Send")
	v.mustBeExported("reflect.Value.Send")
	v.send(x, false)
}

// TrySend attempts to send x on the channel v but will not block.
func (v Value) TrySend(x Value) bool {
	v.mustBe(Chan, "reflect.Value.TrySend")
	v.mustBeExported("reflect.Value.TrySend")
	return v.send(x, true)
}

func (v Value) send(x Value, nb bool) bool {
	if ChanDir(typeChanDir(v.typ.t))&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported("reflect.Value.Send")
	e := v.typ.elem()
	x = x.assignTo("reflect.Value.Send", e)
	return chanSend(v.val(), copyValue(e.t, x.val()), nb)
}

// Recv receives and returns a value from the channel v.
func (v Value) Recv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.Recv")
	v.mustBeExported("reflect.Value.Recv")
	return v.recv(false)
}

// TryRecv attempts to receive a value from the channel v but will not block.
func (v Value) TryRecv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.TryRecv")
	v.mustBeExported("reflect.Value.TryRecv")
	return v.recv(true)
}

func (v Value) recv(nb bool) (Value, bool) {
	if ChanDir(typeChanDir(v.typ.t))&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	e := v.typ.elem()
	loc := newVar(e.t)
	switch chanRecv(e.t, v.val(), nb, loc) {
	case 0:
		return Value{}, false
	case 1:
		return Value{e, load(e.t, loc), flag(e.Kind())}, false
	}
	return Value{e, load(e.t, loc), flag(e.Kind())}, true
}

// Close closes the channel v.
func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	v.mustBeExported("reflect.Value.Close")
	chanClose(v.val())
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

// Select executes a select operation described by the list of cases. The runtime's select
// takes its send cases first: the cases are reordered for it and the index mapped back.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	var sendIdx, recvIdx []int
	var sendCh, sendVal, recvCh []jobj
	var recvType []*rtype
	haveDefault := false
	dflt := -1
	for i, c := range cases {
		switch c.Dir {
		default:
			panic("reflect.Select: invalid Dir")
		case SelectDefault:
			if haveDefault {
				panic("reflect.Select: multiple default cases")
			}
			haveDefault = true
			dflt = i
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
		case SelectSend:
			ch := c.Chan
			var cv, sv jobj
			if ch.IsValid() {
				ch.mustBe(Chan, "reflect.Select")
				ch.mustBeExported("reflect.Select")
				if ChanDir(typeChanDir(ch.typ.t))&SendDir == 0 {
					panic("reflect.Select: SendDir case using recv-only channel")
				}
				v := c.Send
				if !v.IsValid() {
					panic("reflect.Select: SendDir case missing Send value")
				}
				v.mustBeExported("reflect.Select")
				e := ch.typ.elem()
				v = v.assignTo("reflect.Select", e)
				cv, sv = ch.val(), copyValue(e.t, v.val())
			}
			sendIdx = append(sendIdx, i)
			sendCh = append(sendCh, cv)
			sendVal = append(sendVal, sv)
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			ch := c.Chan
			var cv jobj
			var e *rtype
			if ch.IsValid() {
				ch.mustBe(Chan, "reflect.Select")
				ch.mustBeExported("reflect.Select")
				if ChanDir(typeChanDir(ch.typ.t))&RecvDir == 0 {
					panic("reflect.Select: RecvDir case using send-only channel")
				}
				cv, e = ch.val(), ch.typ.elem()
			}
			recvIdx = append(recvIdx, i)
			recvCh = append(recvCh, cv)
			recvType = append(recvType, e)
		}
	}
	k := selectCases(append(sendCh, recvCh...), sendVal, len(sendCh), !haveDefault)
	switch {
	case k < 0:
		return dflt, Value{}, false
	case k < len(sendIdx):
		return sendIdx[k], Value{}, false
	}
	e := recvType[k-len(sendIdx)]
	loc := newVar(e.t)
	recvOK = selectRecv(e.t, loc)
	return recvIdx[k-len(sendIdx)], Value{e, load(e.t, loc), flag(e.Kind())}, recvOK
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

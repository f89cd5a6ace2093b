// gojc: methods and calls of reflect values (see natives.go).

package reflect

func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return v.typ.NumMethod()
}

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(v.typ.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.typ.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	j := v.typ.methodIndex(i)
	return Value{v.typ, v.val(), v.flag.ro() | flag(Func) | flagMethod | flag(j)<<flagMethodShift}
}

func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic("reflect: MethodByName of method value")
	}
	n := v.typ.NumMethod()
	for i := 0; i < n; i++ {
		if typeMethodName(v.typ.t, v.typ.methodIndex(i)) == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// Call calls the function v with the input arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in, assigning the slice
// in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	ft := v.Type().common()
	if v.flag&flagMethodExpr != 0 {
		// a Method's Func from Type.Method: the receiver is the first argument
		ft = v.typ
	}
	isSlice := op == "CallSlice"
	n := ft.NumIn()
	isVariadic := ft.IsVariadic()
	if isSlice {
		if !isVariadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if isVariadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !isVariadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].Type(), ft.In(i); !xt.AssignableTo(targ) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + targ.String())
		}
	}
	if !isSlice && isVariadic {
		// pack the trailing arguments into a slice
		m := len(in) - n
		slice := MakeSlice(ft.In(n), m, m)
		elem := ft.In(n).Elem()
		for i := 0; i < m; i++ {
			x := in[n+i]
			if xt := x.Type(); !xt.AssignableTo(elem) {
				panic("reflect: cannot use " + xt.String() + " as type " + elem.String() + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		origIn := in
		in = make([]Value, n+1)
		copy(in[:n], origIn)
		in[n] = slice
	}
	args := make([]jobj, len(in))
	for i, x := range in {
		args[i] = x.assignTo("reflect.Value.Call", ft.In(i).common()).val()
	}
	var out []jobj
	switch {
	case v.flag&flagMethod != 0:
		recv := pack(v.typ.t, copyValue(v.typ.t, v.ptr))
		out = callMethod(recv, v.typ.t, int(v.flag>>flagMethodShift), args)
	case v.flag&flagMethodExpr != 0:
		recvType := toRType(v.ptr)
		recv := pack(recvType.t, copyValue(recvType.t, args[0]))
		out = callMethod(recv, recvType.t, int(v.flag>>flagMethodShift), args[1:])
	default:
		if v.val() == nil {
			panic("reflect: call of nil function")
		}
		out = callFunc(ft.t, v.val(), args)
	}
	ret := make([]Value, len(out))
	for i, o := range out {
		t := ft.Out(i).common()
		ret[i] = Value{t, o, flag(t.Kind())}
	}
	return ret
}

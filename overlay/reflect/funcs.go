// gojc: func values made at run time (MakeFunc, method values as funcs). A made func is a
// JVM object of its type's shape whose calls go to impl below (gojc.rt.reflect.MadeFunc):
// the arguments arrive in value form and the results leave in value form.

package reflect

// makeFunc returns a func value of type t whose calls go to impl, a
// func([]jobj) []jobj passed as an interface value.
func makeFunc(t jobj, impl any) jobj

// MakeFunc returns a new function of the given Type that wraps the function fn.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	ft := typ.common()
	impl := func(args []jobj) []jobj {
		in := make([]Value, len(args))
		for i, a := range args {
			t := ft.In(i).common()
			in[i] = Value{t, a, flag(t.Kind())}
		}
		out := fn(in)
		if len(out) != ft.NumOut() {
			panic("reflect: wrong return count from function created by MakeFunc")
		}
		res := make([]jobj, len(out))
		for i, v := range out {
			if v.typ == nil {
				panic("reflect: function created by MakeFunc using " + funcName(fn) + " returned zero Value")
			}
			if v.flag&flagRO != 0 {
				panic("reflect: function created by MakeFunc using " + funcName(fn) + " returned value obtained from unexported field")
			}
			t := ft.Out(i).common()
			v = v.assignTo("reflect.MakeFunc", t)
			res[i] = copyValue(t.t, v.val())
		}
		return res
	}
	return Value{ft, makeFunc(ft.t, impl), flag(Func)}
}

// funcName names fn as gc's panics do; gojc has no code addresses to look it up by.
func funcName(fn func([]Value) []Value) string {
	return "closure"
}

// makeMethodValue turns a method value (flagMethod: v.ptr is the receiver) or a method
// expression's Func (flagMethodExpr) into an ordinary func value that calls it.
func makeMethodValue(op string, v Value) Value {
	if v.flag&(flagMethod|flagMethodExpr) == 0 {
		panic("reflect: internal error: invalid use of makeMethodValue")
	}
	if v.flag&flagMethod != 0 && v.typ.Kind() == Interface && v.ptr == nil {
		panic("reflect: " + op + " of method on nil interface value")
	}
	ft := v.Type().common()
	impl := func(args []jobj) []jobj {
		in := make([]Value, len(args))
		for i, a := range args {
			t := ft.In(i).common()
			in[i] = Value{t, a, flag(t.Kind())}
		}
		out := v.call("Call", in)
		res := make([]jobj, len(out))
		for i, o := range out {
			res[i] = o.val()
		}
		return res
	}
	return Value{ft, makeFunc(ft.t, impl), v.flag.ro() | flag(Func)}
}

// gojc: func values made at run time (MakeFunc, method values as funcs). A made func is a
// JVM object of its type's shape whose calls go to impl below (gojc.rt.reflect.MadeFunc):
// the arguments arrive in value form and the results leave in value form.

package reflect

// makeFunc returns a func value of type t whose calls go to impl, a
// func([]jobj) []jobj passed as an interface value. usesRecover tells whether the function
// impl calls in the end calls recover itself: a deferred call of the made func then hands it
// the panic, as gc's wrappers let recover see through them.
func makeFunc(t jobj, impl any, usesRecover bool) jobj

// funcUsesRecover reports whether the body of the func value fn calls recover.
func funcUsesRecover(fn any) bool

// methodUsesRecover reports whether method i of type t (of recv's dynamic type when t is an
// interface type) calls recover.
func methodUsesRecover(recv any, t jobj, i int) bool

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
	return Value{ft, makeFunc(ft.t, impl, funcUsesRecover(fn)), flag(Func)}
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
	var usesRecover bool
	if v.flag&flagMethod != 0 {
		usesRecover = methodUsesRecover(pack(v.typ.t, v.ptr), v.typ.t, int(v.flag>>flagMethodShift))
	} else {
		usesRecover = methodUsesRecover(nil, toRType(v.ptr).t, int(v.flag>>flagMethodShift))
	}
	return Value{ft, makeFunc(ft.t, impl, usesRecover), v.flag.ro() | flag(Func)}
}

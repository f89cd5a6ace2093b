// gojc: DeepEqual over reflect values (see natives.go).

package reflect

// DeepEqual reports whether x and y are "deeply equal" (see the reflect documentation).
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1 := ValueOf(x)
	v2 := ValueOf(y)
	if v1.Type() != v2.Type() {
		return false
	}
	return deepValueEqual(v1, v2, visitNew())
}

// hard reports whether v1 and v2 may reach a cycle, so the pair goes into visited.
func hard(v1, v2 Value) bool {
	switch v1.Kind() {
	case Pointer, Map, Slice, Interface:
		return !v1.IsNil() && !v2.IsNil()
	}
	return false
}

func deepValueEqual(v1, v2 Value, visited jobj) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	if hard(v1, v2) {
		a, b := identity(v1), identity(v2)
		if visitAdd(visited, a, b, v1.typ.t) {
			return true
		}
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.Len() == 0 || v1.Pointer() == v2.Pointer() && sameObj(v1.Index(0).ptr, v2.Index(0).ptr) {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if sameObj(v1.val(), v2.val()) {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if sameObj(v1.val(), v2.val()) {
			return true
		}
		for _, k := range v1.MapKeys() {
			val1 := v1.MapIndex(k)
			val2 := v2.MapIndex(k)
			if !val1.IsValid() || !val2.IsValid() || !deepValueEqual(val1, val2, visited) {
				return false
			}
		}
		return true
	case Func:
		if v1.IsNil() && v2.IsNil() {
			return true
		}
		return false
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	case Chan, UnsafePointer:
		return sameObj(v1.val(), v2.val())
	}
	panic("reflect: unexpected kind in DeepEqual: " + v1.Kind().String())
}

// identity is what tells apart the values DeepEqual may revisit: the pointer, map, slice
// backing or interface data object.
func identity(v Value) jobj {
	switch v.Kind() {
	case Slice:
		if v.Len() == 0 {
			// no element to name the backing by; DeepEqual of empty slices is true anyway
			return v.val()
		}
		return v.Index(0).ptr
	case Interface:
		return v.val()
	}
	return v.val()
}

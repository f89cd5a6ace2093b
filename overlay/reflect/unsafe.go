// gojc: reflect's unsafe.Pointer API. An unsafe.Pointer is the pointer object itself
// (docs/architecture.md), which is also the value form of Go pointers here.

package reflect

import "unsafe"

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return v.val()
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.kind()})
}

// NewAt returns a Value representing a pointer to a value of the specified type, using p
// as that pointer.
func NewAt(typ Type, p unsafe.Pointer) Value {
	return Value{toRType(typePtrTo(typ.common().t)), p, flag(Pointer)}
}

// SetPointer sets the unsafe.Pointer value v to x.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	store(v.typ.t, v.ptr, x)
}

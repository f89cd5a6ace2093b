// gojc: reflectlite's types over gojc.rt.Type descriptors (see natives.go).

package reflectlite

// Type is the representation of a Go type.
type Type interface {
	Name() string
	PkgPath() string
	Size() uintptr
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	String() string
	Elem() Type
	common() *rtype
}

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

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return kindNames[0]
}

// rtype is the one Type implementation: a gojc.rt.Type descriptor, one *rtype per
// descriptor so that Types compare with ==.
type rtype struct {
	t jobj
}

func toRType(t jobj) *rtype {
	if t == nil {
		return nil
	}
	if r := rtypeCached(t, "reflectlite"); r != nil {
		return r.(*rtype)
	}
	return rtypeStore(t, "reflectlite", &rtype{t}).(*rtype)
}

func (t *rtype) common() *rtype   { return t }
func (t *rtype) String() string   { return typeString(t.t) }
func (t *rtype) Name() string     { return typeName(t.t) }
func (t *rtype) PkgPath() string  { return typePkgPath(t.t) }
func (t *rtype) Kind() Kind       { return Kind(typeKind(t.t)) }
func (t *rtype) Size() uintptr    { return uintptr(typeSize(t.t)) }
func (t *rtype) Comparable() bool { return typeComparable(t.t) }

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toRType(typeElem(t.t))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

// NumMethod counts an interface's methods, or the exported methods of other types.
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

// TypeOf returns the dynamic type of i, or nil when i is nil.
func TypeOf(i any) Type {
	t := toRType(typeOf(i))
	if t == nil {
		return nil
	}
	return t
}

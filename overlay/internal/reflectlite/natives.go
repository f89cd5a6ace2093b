// gojc: internal/reflectlite is rebuilt over gojc's run-time type descriptors
// (gojc.rt.Type), like reflect; gc's version reads the compiler's type layout and value
// memory through unsafe. The functions below are Java natives shared with reflect
// (gojc.rt.reflect.Core).

package reflectlite

import "unsafe"

// jobj is an opaque Java object: a gojc.rt.Type descriptor, or a value in the value form of
// gojc.rt.reflect.ValueForms. Go code here never inspects one; it only passes it back.
type jobj = unsafe.Pointer

func rtypeCached(t jobj, pkg string) any
func rtypeStore(t jobj, pkg string, r any) any

func typeOf(i any) jobj
func typeString(t jobj) string
func typeName(t jobj) string
func typePkgPath(t jobj) string
func typeKind(t jobj) int
func typeSize(t jobj) int
func typeElem(t jobj) jobj
func typeNumMethods(t jobj) int
func typeMethodPkgPath(t jobj, i int) string
func typeComparable(t jobj) bool
func typeImplements(iface, t jobj) bool
func typeAssignable(dst, src jobj) bool

func ifaceData(i any) jobj
func pack(t, v jobj) any
func copyValue(t, v jobj) jobj
func load(t, loc jobj) jobj
func store(t, loc, v jobj)
func valueLen(t, v jobj) int
func swapElems(elem, s jobj, i, j int)

// toIface and fromIface are identities: the value form of an interface is the interface
// value itself, which Go code must not box again as an unsafe.Pointer.
func toIface(p jobj) any
func fromIface(i any) jobj

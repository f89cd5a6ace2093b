// gojc: reflect is rebuilt over gojc's run-time type descriptors (gojc.rt.Type): gc's
// version reads the compiler's type layout and value memory through unsafe. The functions
// below are Java natives shared with internal/reflectlite (gojc.rt.reflect.Core).

package reflect

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
func typeAlign(t jobj) int
func typeElem(t jobj) jobj
func typeKey(t jobj) jobj
func typeLen(t jobj) int
func typeChanDir(t jobj) int
func typeNumField(t jobj) int
func typeFieldName(t jobj, i int) string
func typeFieldPkgPath(t jobj, i int) string
func typeFieldTag(t jobj, i int) string
func typeFieldType(t jobj, i int) jobj
func typeFieldEmbedded(t jobj, i int) bool
func typeFieldOffset(t jobj, i int) int
func typeNumIn(t jobj) int
func typeIn(t jobj, i int) jobj
func typeNumOut(t jobj) int
func typeOut(t jobj, i int) jobj
func typeIsVariadic(t jobj) bool
func typeNumMethods(t jobj) int
func typeMethodName(t jobj, i int) string
func typeMethodPkgPath(t jobj, i int) string
func typeMethodType(t jobj, i int) jobj
func typeComparable(t jobj) bool
func typeImplements(iface, t jobj) bool
func typeAssignable(dst, src jobj) bool
func typeConvertible(dst, src jobj) bool
func typePtrTo(t jobj) jobj
func typeSliceOf(t jobj) jobj
func typeArrayOf(n int, t jobj) jobj
func typeMapOf(k, e jobj) jobj
func typeChanOf(dir int, e jobj) jobj
func typeFuncOf(in []jobj, out []jobj, variadic bool) jobj

func ifaceData(i any) jobj
func pack(t, v jobj) any
func copyValue(t, v jobj) jobj
func load(t, loc jobj) jobj
func store(t, loc, v jobj)
func zeroValue(t jobj) jobj
func newVar(t jobj) jobj
func sameObj(a, b jobj) bool

func toInt(v jobj) int64
func toUint(t, v jobj) uint64
func toFloat(v jobj) float64
func toComplex(v jobj) complex128
func toBool(v jobj) bool
func toStr(v jobj) string
func fromInt(t jobj, x int64) jobj
func fromFloat(t jobj, x float64) jobj
func fromComplex(t jobj, x complex128) jobj
func fromBool(x bool) jobj
func fromStr(x string) jobj
func asBytes(v jobj) []byte
func asRunes(v jobj) []rune
func fromBytes(b []byte) jobj
func fromRunes(r []rune) jobj
func addrOf(v jobj) uintptr

func valueLen(t, v jobj) int
func valueCap(t, v jobj) int
func indexLoc(t, v jobj, i int) jobj
func indexValue(t, v jobj, i int) jobj
func fieldLoc(t, v jobj, i int) jobj
func fieldValue(t, v jobj, i int) jobj
func sliceValue(t, v jobj, lo, hi, max int) jobj
func makeSlice(t jobj, n, c int) jobj
func resize(s jobj, n, c int) jobj
func copySlice(elem, dst, src jobj) int
func growSlice(t, s jobj, n int) jobj
func swapElems(elem, s jobj, i, j int)

func makeMap(t jobj, n int) jobj
func mapLookup(m, k jobj) jobj
func mapHas(m, k jobj) bool
func mapPut(m, k, v jobj)
func mapDelete(m, k jobj)
func mapIter(m jobj) jobj
func mapIterNext(it jobj) bool
func mapIterKey(t, it jobj) jobj
func mapIterValue(t, it jobj) jobj

func makeChan(t jobj, n int) jobj

func visitNew() jobj
func visitAdd(set, a, b, t jobj) bool

func callFunc(ft, fn jobj, args []jobj) []jobj
func callMethod(recv any, t jobj, i int, args []jobj) []jobj

// toIface and fromIface are identities: the value form of an interface is the interface
// value itself, which Go code must not box again as an unsafe.Pointer.
func toIface(p jobj) any
func fromIface(i any) jobj

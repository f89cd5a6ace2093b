package gojc.rt.reflect;

import gojc.rt.Kind;
import gojc.rt.Type;

/**
 * The JVM side of Go types as the compiler lays them out (gojc.ir.IrType, FuncShape): the
 * descriptor of a func type's shape and its class name, so that reflect can make func values
 * of a type known only at run time.
 */
final class Shapes {
    private Shapes() {}

    /** The internal name of the shape class of the func type ft (FuncShape.className). */
    static String className(Type ft) {
        String d = descriptor(ft);
        if (d.equals("()V")) {
            return "gojc/rt/FuncV";
        }
        return "gojc/fn/F" + mangle(d.replace('(', '_').replace(')', '_'));
    }

    /** The JVM descriptor of parameters and first result; func types inside are erased. */
    static String descriptor(Type ft) {
        StringBuilder b = new StringBuilder("(");
        for (Type p : ft.params()) {
            b.append(member(p));
        }
        b.append(')');
        Type[] rs = ft.results();
        return b.append(rs.length == 0 ? "V" : member(rs[0])).toString();
    }

    private static String member(Type t) {
        return t.kind() == Kind.FUNC ? "Lgojc/rt/Func;" : of(t);
    }

    /** The JVM descriptor of a local, parameter or result of type t. */
    static String of(Type t) {
        switch (t.kind()) {
            case Kind.BOOL:
                return "Z";
            case Kind.INT8: case Kind.INT16: case Kind.INT32: case Kind.UINT8: case Kind.UINT16: case Kind.UINT32:
                return "I";
            case Kind.INT: case Kind.INT64: case Kind.UINT: case Kind.UINT64: case Kind.UINTPTR:
                return "J";
            case Kind.FLOAT32:
                return "F";
            case Kind.FLOAT64:
                return "D";
            case Kind.COMPLEX64:
                return "Lgojc/rt/Complex64;";
            case Kind.COMPLEX128:
                return "Lgojc/rt/Complex128;";
            case Kind.STRING:
                return "Lgojc/rt/GoString;";
            case Kind.SLICE:
                return "Lgojc/rt/Slice" + ValueForms.slot(t.elem()) + ";";
            case Kind.ARRAY: {
                char k = ValueForms.slot(t.elem());
                return k == 'L' ? "[Ljava/lang/Object;" : "[" + k;
            }
            case Kind.MAP:
                return "Lgojc/rt/GoMap;";
            case Kind.CHAN:
                return "Lgojc/rt/sched/Chan;";
            case Kind.STRUCT:
                return "L" + ValueForms.structClass(t).getName().replace('.', '/') + ";";
            case Kind.POINTER: {
                int ek = t.elem().kind();
                return ek == Kind.STRUCT || ek == Kind.ARRAY ? of(t.elem()) : "Lgojc/rt/Ptr;";
            }
            case Kind.FUNC:
                return "L" + className(t) + ";";
            default: // interfaces, unsafe.Pointer
                return "Ljava/lang/Object;";
        }
    }

    /** gojc.ir.Names.mangle. */
    private static String mangle(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == ';' || c == '[' || c == '/' || c == '<' || c == '>' || c == '$' || c == '-') {
                sb.append('$').append(String.format("%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

package gojc.rt;

/**
 * Starting panics and printing them when they kill the program (runtime/panic.go).
 * Every method that starts a panic throws; its GoPanic return type lets compiled code
 * emit {@code invokestatic; athrow} so the verifier sees the path end.
 */
public final class Panics {
    private Panics() {}

    /** The builtin panic(v). */
    public static GoPanic panic(Object v) {
        throw new GoPanic(v);
    }

    public static GoPanic divideByZero() {
        throw new GoPanic(new RuntimeErrors.ErrorString("integer divide by zero"));
    }

    public static GoPanic nilDereference() {
        throw new GoPanic(NIL_DEREFERENCE);
    }

    /** gc's panicwrap: a value method called through a nil pointer stored in an interface. */
    public static GoPanic valueMethodOnNil(String pkg, String type, String method) {
        throw new GoPanic(new RuntimeErrors.PlainError(
                "value method " + pkg + "." + type + "." + method + " called using nil *" + type + " pointer"));
    }

    public static GoPanic nilMapAssignment() {
        throw new GoPanic(new RuntimeErrors.PlainError("assignment to entry in nil map"));
    }

    public static GoPanic negativeShift() {
        throw new GoPanic(new RuntimeErrors.ErrorString("negative shift amount"));
    }

    public static GoPanic makesliceLen() {
        throw new GoPanic(new RuntimeErrors.ErrorString("makeslice: len out of range"));
    }

    public static GoPanic makesliceCap() {
        throw new GoPanic(new RuntimeErrors.ErrorString("makeslice: cap out of range"));
    }

    public static GoPanic growsliceCap() {
        throw new GoPanic(new RuntimeErrors.ErrorString("growslice: cap out of range"));
    }

    /** typeName as gc writes it, e.g. "[]int". */
    public static GoPanic unhashable(String typeName) {
        throw new GoPanic(new RuntimeErrors.ErrorString("hash of unhashable type " + typeName));
    }

    public static GoPanic uncomparable(String typeName) {
        throw new GoPanic(new RuntimeErrors.ErrorString("comparing uncomparable type " + typeName));
    }

    /**
     * A failed x.(T). iface is the static interface type ("interface {}"), concrete the
     * dynamic type or null for a nil interface, missingMethod null unless T is an interface.
     */
    public static GoPanic typeAssertion(String iface, String concrete, String asserted, String missingMethod) {
        throw new GoPanic(new RuntimeErrors.TypeAssertionError(iface, concrete, asserted, missingMethod));
    }

    /** The error of a nil pointer dereference; gc adds a [signal SIGSEGV...] line for it. */
    public static final GoRuntimeError NIL_DEREFERENCE =
            new RuntimeErrors.ErrorString("invalid memory address or nil pointer dereference");

    /** Maps JVM exceptions that stand for Go runtime errors to the Go panic. */
    public static GoPanic fromJava(Throwable t) {
        if (t instanceof GoPanic) {
            return (GoPanic) t;
        }
        if (t instanceof NullPointerException) {
            if (System.getenv("GOJC_TRACE") != null) t.printStackTrace(); // where the JVM saw the nil
            return new GoPanic(NIL_DEREFERENCE);
        }
        if (t instanceof ArithmeticException) {
            return new GoPanic(new RuntimeErrors.ErrorString("integer divide by zero"));
        }
        return null;
    }

    /** Prints the panic chain as gc's printpanics, the goroutine header, and exits 2. */
    public static void fatal(GoPanic p) {
        fatal(p, 1);
    }

    /** As fatal(p), for a panic that ended goroutine goid. */
    public static void fatal(GoPanic p, long goid) {
        byte[] text = fatalText(p, goid);
        Print.writeRaw(text, 0, text.length);
        Exit.exit(2);
    }

    /** The bytes fatal() writes to stderr. */
    static byte[] fatalText(GoPanic p) {
        return fatalText(p, 1);
    }

    static byte[] fatalText(GoPanic p, long goid) {
        ByteBuf b = new ByteBuf();
        printPanics(b, p);
        if (p.value == NIL_DEREFERENCE) {
            b.ascii("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        if (TRACEBACK_NONE) {
            return b.toArray();
        }
        b.ascii("\ngoroutine ");
        b.int64(goid);
        b.ascii(" [running]:\n");
        return b.toArray();
    }

    /** GOTRACEBACK=none: fatal errors print no goroutine listing (read once, as gc does at start). */
    public static final boolean TRACEBACK_NONE = "none".equals(System.getenv("GOTRACEBACK"));

    static void printPanics(ByteBuf b, GoPanic p) {
        if (p.link != null) {
            printPanics(b, p.link);
            if (!p.link.goexit) {
                b.add('\t');
            }
        }
        if (p.goexit) {
            return;
        }
        b.ascii("panic: ");
        printPanicValue(b, p.value);
        if (p.recovered) {
            b.ascii(" [recovered]");
        }
        b.add('\n');
    }

    /** The panic value as gc 1.19 prints it after "panic: ". */
    public static String panicValueText(Object v) {
        ByteBuf b = new ByteBuf();
        printPanicValue(b, v);
        return GoString.of(b.toArray()).toJava();
    }

    /** Writes v to stderr as printpanicval would (no newline). */
    public static void printPanicValue(Object v) {
        ByteBuf b = new ByteBuf();
        printPanicValue(b, v);
        Print.writeRaw(b.buf, 0, b.len);
    }

    /** preprintpanics (errors and Stringers become their text) followed by printany. */
    static void printPanicValue(ByteBuf b, Object v) {
        if (v instanceof GoError) {
            b.str(((GoError) v).error());
            return;
        }
        if (v instanceof GoStringer) {
            b.str(((GoStringer) v).string());
            return;
        }
        if (v instanceof TypedValue) {
            printTyped(b, (TypedValue) v);
            return;
        }
        if (!printBasic(b, v)) {
            b.add('(');
            Type t = v instanceof Typed ? ((Typed) v).$type() : null;
            b.ascii(t != null ? t.toString() : v.getClass().getName());
            b.ascii(") ");
            b.hex(Addr.of(v));
        }
    }

    /** printany's cases for the predeclared types; false when v is none of them. */
    private static boolean printBasic(ByteBuf b, Object v) {
        if (v == null) {
            b.ascii("nil");
        } else if (v instanceof GoString) {
            b.str((GoString) v);
        } else if (v instanceof Boolean) {
            b.bool((Boolean) v);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            b.int64(((Number) v).longValue());
        } else if (v instanceof Character) {
            b.int64((Character) v);
        } else if (v instanceof Double || v instanceof Float) {
            b.float64(((Number) v).doubleValue());
        } else if (v instanceof Complex128) {
            b.complex(((Complex128) v).re, ((Complex128) v).im);
        } else if (v instanceof Complex64) {
            b.complex(((Complex64) v).re, ((Complex64) v).im);
        } else {
            return false;
        }
        return true;
    }

    private static void printTyped(ByteBuf b, TypedValue t) {
        String type = t.goTypeString();
        int kind = t.goKind();
        Object v = t.goValue();
        boolean predeclared = type.equals(KIND_NAMES[kind]);
        switch (kind) {
            case Kind.UINT: case Kind.UINT8: case Kind.UINT16: case Kind.UINT32: case Kind.UINT64: case Kind.UINTPTR:
                long u = ((Number) (v instanceof Character ? Long.valueOf((Character) v) : v)).longValue();
                if (kind == Kind.UINT8) {
                    u &= 0xff;
                } else if (kind == Kind.UINT32) {
                    u &= 0xffffffffL;
                }
                if (!predeclared) {
                    b.ascii(type);
                    b.add('(');
                }
                b.uint64(u);
                if (!predeclared) {
                    b.add(')');
                }
                return;
            case Kind.STRING:
                if (predeclared) {
                    b.str((GoString) v);
                } else {
                    b.ascii(type);
                    b.ascii("(\"");
                    b.str((GoString) v);
                    b.ascii("\")");
                }
                return;
            case Kind.COMPLEX64: case Kind.COMPLEX128:
                if (!predeclared) {
                    b.ascii(type);
                }
                printBasic(b, v);
                return;
            case Kind.BOOL: case Kind.INT: case Kind.INT8: case Kind.INT16: case Kind.INT32: case Kind.INT64:
            case Kind.FLOAT32: case Kind.FLOAT64:
                if (predeclared) {
                    printBasic(b, v);
                } else {
                    b.ascii(type);
                    b.add('(');
                    printBasic(b, v);
                    b.add(')');
                }
                return;
            default:
                b.add('(');
                b.ascii(type);
                b.ascii(") ");
                b.hex(Addr.of(v));
        }
    }

    private static final String[] KIND_NAMES = {
        "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
        "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func",
        "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
    };
}

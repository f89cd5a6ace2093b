package gojc.ir;

import gojc.types.Func;
import gojc.types.Package;
import gojc.types.Var;

/**
 * Where Go objects live on the JVM. A package {@code a/b} is the JVM package {@code go/a/b}:
 * class {@code $pkg} holds its package-level variables and its init task {@code $init()};
 * functions are static methods of one class per source file ({@code print.go} gives
 * {@code print$go}), so stack traces name the Go file. {@code $} never occurs in Go names.
 */
public final class Names {
    private Names() {}

    /** JVM package of a Go package; the one main package of a program is {@code go/main}. */
    public static String packageDir(Package p) {
        if (p.name().equals("main")) return "go/main";
        StringBuilder sb = new StringBuilder("go");
        for (String seg : p.path().split("/")) {
            sb.append('/').append(mangle(seg));
        }
        return sb.toString();
    }

    public static String pkgClass(Package p) {
        return packageDir(p) + "/$pkg";
    }

    public static String fileClass(Package p, String fileName) {
        String base = fileName.endsWith(".go") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return packageDir(p) + "/" + mangle(base) + "$go";
    }

    public static String funcOwner(Func f) {
        if (f.bodyless()) return nativesClass(f.pkg);
        return fileClass(f.pkg, f.pos.source().path().getFileName().toString());
    }

    /**
     * The rt class holding the Java bodies of a package's body-less functions (their Go bodies are
     * in .s files or in gc's runtime): {@code a/b} gives {@code gojc/rt/std/a/b/Natives}, where
     * function {@code F} is the static method {@code F} and method {@code T.m} is {@code T$m}.
     */
    public static String nativesClass(Package p) {
        StringBuilder sb = new StringBuilder("gojc/rt/std");
        for (String seg : p.path().split("/")) sb.append('/').append(mangle(seg));
        return sb.append("/Natives").toString();
    }

    private static final java.util.Set<String> JAVA_KEYWORDS = java.util.Set.of(
            "abstract", "assert", "boolean", "byte", "catch", "char", "class", "do", "double", "enum",
            "extends", "final", "finally", "float", "implements", "instanceof", "int", "long", "native",
            "new", "private", "protected", "public", "short", "static", "strictfp", "super",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while");

    /** A native's Java method name: Go names that are Java keywords (sync's throw) get a '_'. */
    public static String javaNativeName(String name) {
        return JAVA_KEYWORDS.contains(name) ? name + "_" : name;
    }

    public static Global global(Var v, IrType t) {
        return new Global(pkgClass(v.pkg), v.name, t);
    }

    /** The receiver base type's name for method names {@code T$m}. */
    public static String recvTypeName(gojc.types.Type t) {
        if (t instanceof gojc.types.Pointer p) t = p.elem();
        if (t instanceof gojc.types.Named n) return mangle(n.obj.name);
        throw new IllegalArgumentException("receiver type " + t);
    }

    /** Characters a JVM name cannot hold (and {@code $}, our separator) become {@code $xx}. */
    static String mangle(String s) {
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

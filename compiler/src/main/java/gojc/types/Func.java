package gojc.types;

import gojc.syntax.Decl;
import gojc.syntax.Pos;

import java.util.List;

/** A function or method; its type is a {@link Signature}. */
public final class Func extends Obj {
    Decl.Func decl;
    boolean usesRecover;
    /** For a method of an instantiated type: the generic method. */
    Func origin;
    /** Of a function read from export data (which has no syntax): declared without a body. */
    boolean importedBodyless;
    /** A body-less function's //go:linkname target in a Go package it imports (see LinkNames). */
    Func linkTarget;

    public Func(Pos pos, Package pkg, String name, Signature sig) {
        super(pos, pkg, name, sig);
    }

    public Signature signature() {
        return (Signature) type;
    }

    public Decl.Func decl() {
        return decl;
    }

    /**
     * Declared without a Go body and not bound to a Go function by linkname: its body is a Java
     * native (see gojc.ir.Names#nativesClass).
     */
    public boolean bodyless() {
        if (origin != null) return origin.bodyless();
        return decl != null ? decl.body() == null && linkTarget == null : importedBodyless;
    }

    /**
     * The Go function a body-less declaration names with {@code //go:linkname} (compiled as a
     * function forwarding to it), or null.
     */
    public Func linkTarget() {
        return linkTarget;
    }

    public boolean usesRecover() {
        return usesRecover;
    }

    public Func origin() {
        return origin == null ? this : origin;
    }

    List<TypeParam> recvTypeParams() {
        return type instanceof Signature s ? s.recvTypeParams() : List.of();
    }

    /** "(T).m" or "(*T).m" for a method, else the name. */
    public String fullName(Package rel) {
        if (type instanceof Signature s && s.recv() != null) {
            return "(" + new TypeWriter(rel).type(s.recv().type()) + ")." + name;
        }
        return name;
    }
}

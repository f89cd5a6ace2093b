package gojc.types;

import gojc.syntax.Pos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A lexical block: the universe, a package, a file, a function or a statement's block. */
public final class Scope {
    public final Scope parent;
    public final List<Scope> children = new ArrayList<>();
    final Map<String, Obj> elems = new LinkedHashMap<>();
    public final Pos pos;
    public final String comment;
    final boolean isFunc;
    /** Local scopes see their objects only after the declaration (declaration order matters). */
    boolean local;

    public Scope(Scope parent, Pos pos, String comment, boolean isFunc) {
        this.parent = parent;
        this.pos = pos;
        this.comment = comment;
        this.isFunc = isFunc;
        if (parent != null && parent != Universe.SCOPE) parent.children.add(this);
    }

    public Obj lookup(String name) {
        return elems.get(name);
    }

    /** Inserts obj unless the name is taken; returns the previous object in that case. */
    public Obj insert(Obj obj) {
        Obj prev = elems.putIfAbsent(obj.name, obj);
        if (prev == null && obj.parent == null) obj.parent = this;
        return prev;
    }

    public Map<String, Obj> elems() {
        return elems;
    }

    /** Innermost binding of name visible from this scope (ignoring declaration order). */
    public Obj lookupParent(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.elems.get(name);
            if (o != null) return o;
        }
        return null;
    }
}

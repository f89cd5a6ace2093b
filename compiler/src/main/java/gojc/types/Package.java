package gojc.types;

import java.util.ArrayList;
import java.util.List;

/** A checked (or being-checked) package. */
public final class Package {
    private final String path;
    private String name;
    public final Scope scope;
    public final List<Package> imports = new ArrayList<>();
    boolean complete;

    public Package(String path, String name) {
        this.path = path;
        this.name = name;
        this.scope = new Scope(Universe.SCOPE, gojc.syntax.Pos.NONE, "package " + path, false);
    }

    public String path() {
        return path;
    }

    public String name() {
        return name;
    }

    void setName(String n) {
        this.name = n;
    }

    public boolean complete() {
        return complete;
    }

    @Override
    public String toString() {
        return "package " + name + " (\"" + path + "\")";
    }
}

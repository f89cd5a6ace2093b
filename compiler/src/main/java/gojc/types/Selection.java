package gojc.types;

import java.util.List;

/**
 * A resolved selector {@code x.f}: a field, a method value, or a method expression {@code T.m}.
 * {@code index} is the path through embedded fields, the last entry the field's or method's
 * index; {@code indirect} says a pointer is followed on the way.
 */
public record Selection(Kind kind, Type recv, Obj obj, List<Integer> index, boolean indirect) {
    public enum Kind { FIELD_VAL, METHOD_VAL, METHOD_EXPR }

    public Type type() {
        return obj.type;
    }
}

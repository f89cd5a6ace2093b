package gojc.rt.reflect;

import gojc.rt.GoStruct;
import gojc.rt.Iface;
import gojc.rt.Kind;
import gojc.rt.Type;
import gojc.rt.Typed;

/**
 * A value of a struct type made by reflect.StructOf, which has no generated class. Each field
 * lives in a slot: struct and array fields are their object (which the struct owns, as a
 * generated class's field would), other fields a one-element Java array of the field's slot
 * type, so that a pointer to the field is an ordinary {@code ElemPtr} compiled code can use.
 * Held in an interface it stands for *T, as generated struct objects do.
 */
public final class DynStruct implements GoStruct, Typed {
    final Type type;
    final Object[] slots;

    DynStruct(Type type) {
        this.type = type;
        Type.Field[] fs = type.fields();
        slots = new Object[fs.length];
        for (int i = 0; i < fs.length; i++) {
            Type ft = fs[i].type;
            if (valueObject(ft)) {
                slots[i] = ValueForms.zero(ft);
            } else {
                Object cell = Slices.newArray(ValueForms.slot(ft), 1);
                Object z = ValueForms.zero(ft);
                if (z != null && cell instanceof Object[]) {
                    ((Object[]) cell)[0] = z;
                }
                slots[i] = cell;
            }
        }
    }

    private static boolean valueObject(Type t) {
        int k = t.kind();
        return k == Kind.STRUCT || k == Kind.ARRAY;
    }

    /** The location of field i: the object of a struct or array field, else an ElemPtr. */
    Object loc(int i) {
        Object s = slots[i];
        return valueObject(type.fields()[i].type) ? s : gojc.rt.ElemPtr.of(s, 0);
    }

    /** Field i in value form. */
    Object get(int i) {
        Type ft = type.fields()[i].type;
        Object s = slots[i];
        return valueObject(ft) ? s : ValueForms.norm(ft.kind(), java.lang.reflect.Array.get(s, 0));
    }

    @Override
    public Type $type() {
        return type.ptrTo();
    }

    @Override
    public GoStruct $copy() {
        DynStruct c = new DynStruct(type);
        c.$set(this);
        return c;
    }

    @Override
    public void $set(GoStruct src) {
        DynStruct d = (DynStruct) src;
        Type.Field[] fs = type.fields();
        for (int i = 0; i < fs.length; i++) {
            Type ft = fs[i].type;
            if (valueObject(ft)) {
                ValueForms.store(ft, slots[i], d.slots[i]);
            } else {
                System.arraycopy(d.slots[i], 0, slots[i], 0, 1);
            }
        }
    }

    @Override
    public Object zero() {
        return new DynStruct(type);
    }

    /** Go's == (blank fields ignored). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DynStruct) || ((DynStruct) o).type != type) {
            return false;
        }
        DynStruct d = (DynStruct) o;
        Type.Field[] fs = type.fields();
        for (int i = 0; i < fs.length; i++) {
            if (!fs[i].name.equals("_") && !Iface.equalData(fs[i].type, get(i), d.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = System.identityHashCode(type);
        Type.Field[] fs = type.fields();
        for (int i = 0; i < fs.length; i++) {
            int k = fs[i].type.kind();
            Object v = get(i);
            // floats hash by value so -0 and +0 agree; kinds compared by identity hash to 0
            if (k == Kind.FLOAT32 || k == Kind.FLOAT64) {
                double x = ((Number) v).doubleValue();
                h = h * 31 + (x == 0 ? 0 : Double.hashCode(x));
            } else if (k != Kind.POINTER && k != Kind.CHAN && k != Kind.INTERFACE && k != Kind.UNSAFE_POINTER
                    && k != Kind.ARRAY && !fs[i].name.equals("_") && v != null) {
                h = h * 31 + v.hashCode();
            }
        }
        return h;
    }
}

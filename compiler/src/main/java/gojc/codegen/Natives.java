package gojc.codegen;

import gojc.ir.FuncRef;
import gojc.ir.Lower;
import gojc.ir.NotSupported;
import gojc.syntax.Decl;
import gojc.types.Func;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Body-less Go functions (bodies in .s files, or provided by gc's runtime through linkname) are
 * bound by name to static Java methods in rt ({@link gojc.ir.Names#nativesClass}). The binding
 * is checked when the declaring package is compiled, so a missing native fails the build with
 * the function's position instead of a NoSuchMethodError at run time.
 */
final class Natives {
    private Natives() {}

    static void require(Func fn, Decl.Func fd) {
        if (fn == null) return; // blank or init: nothing can call it
        FuncRef ref = Lower.ref(fn, fn.name);
        if (!exists(ref)) {
            throw new NotSupported("function without body " + fn.fullName(fn.pkg) + " (no Java native "
                    + ref.owner().replace('/', '.') + "." + ref.name() + ref.descriptor() + ")", fd.pos());
        }
    }

    static boolean exists(FuncRef ref) {
        Class<?> c;
        try {
            c = Class.forName(ref.owner().replace('/', '.'), false, Natives.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return false;
        }
        for (Method m : c.getMethods()) {
            if (m.getName().equals(ref.name()) && Modifier.isStatic(m.getModifiers())
                    && org.objectweb.asm.Type.getMethodDescriptor(m).equals(ref.descriptor())) {
                return true;
            }
        }
        return false;
    }
}

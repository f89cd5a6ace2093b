package gojc.codegen;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MakeFuncGenTest {
    private static final String DESC = "(IJLgojc/rt/GoString;DZ)F";

    @Test
    void adapterExtendsItsShapeAndVerifies() throws Exception {
        byte[] shape = ClosureGen.shape(DESC);
        byte[] adapter = MakeFuncGen.adapter(DESC);
        String shapeName = gojc.ir.FuncShape.className(DESC);
        ClassNode cn = new ClassNode();
        new ClassReader(adapter).accept(cn, 0);
        assertEquals(shapeName + "$MakeFunc", cn.name);
        assertEquals(shapeName, cn.superName);
        // loads and links against the runtime's handler class
        ClassLoader l = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = name.equals(shapeName.replace('/', '.')) ? shape
                        : name.equals(cn.name.replace('/', '.')) ? adapter : null;
                if (b == null) throw new ClassNotFoundException(name);
                return defineClass(name, b, 0, b.length);
            }
        };
        for (MethodNode m : cn.methods) {
            SimpleVerifier v = new SimpleVerifier(org.objectweb.asm.Type.getObjectType(cn.name),
                    org.objectweb.asm.Type.getObjectType(cn.superName), false);
            v.setClassLoader(l);
            new Analyzer<BasicValue>(v).analyze(cn.name, m);
        }
        Class<?> c = Class.forName(cn.name.replace('/', '.'), true, l);
        assertTrue(Modifier.isFinal(c.getModifiers()));
        assertArrayEquals(new Class<?>[] {gojc.rt.reflect.MadeFunc.class}, c.getConstructors()[0].getParameterTypes());
        assertEquals(float.class, c.getMethod("call", int.class, long.class, gojc.rt.GoString.class, double.class, boolean.class)
                .getReturnType());
    }

    @Test
    void adaptersAreTheSameBytesEachTime() {
        assertArrayEquals(MakeFuncGen.adapter(DESC), MakeFuncGen.adapter(DESC));
    }
}

package gojc.codegen;

import gojc.ir.Closures;
import gojc.ir.Generics;
import gojc.ir.IrFunc;
import gojc.ir.Lower;
import gojc.ir.NotSupported;
import gojc.types.Info;
import gojc.types.Instantiation;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.util.Map;
import java.util.Set;

/**
 * Generates the instances of generic functions and methods a package uses (monomorphization,
 * see {@link Generics}): each in its own class, lowered from the generic body with the type
 * arguments substituted into the checker's facts. An instance may request further instances.
 */
final class InstanceGen implements Opcodes {
    private InstanceGen() {}

    static void emitAll(Info info, Set<String> shapes, Map<String, byte[]> classes) {
        for (Generics.Request r; (r = Generics.next()) != null; ) {
            var decl = r.generic().decl();
            if (decl == null || decl.body() == null) throw new NotSupported("generic function without body " + r.generic().name, r.generic().pos);
            // a generic of another package is instantiated from that package's facts
            Info facts = Generics.factsOf(r.generic().pkg, info);
            Instantiation in = new Instantiation(facts, r.generic(), r.typeArgs());
            String file = r.generic().pos.source().path().getFileName().toString();
            ClassWriter cw = PackageCompiler.newClassWriter();
            cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, r.ref().owner(), null, "java/lang/Object", null);
            cw.visitSource(file, null);
            Closures closures = new Closures(r.ref().owner() + "$" + r.ref().name());
            IrFunc ir = Lower.lowerFunction(in.info, decl, in.func, r.ref(), closures);
            BigCode.emitSplit(ir, cw, file, shapes, classes);
            ClosureGen.closures(closures, file, shapes, classes);
            cw.visitEnd();
            classes.put(r.ref().owner(), BigCode.bytes(cw, r.generic().pos));
        }
    }
}

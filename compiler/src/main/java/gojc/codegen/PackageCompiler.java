package gojc.codegen;

import gojc.ir.FuncRef;
import gojc.ir.IrFunc;
import gojc.ir.IrType;
import gojc.ir.Lower;
import gojc.ir.Names;
import gojc.linker.LinkUnit;
import gojc.syntax.Decl;
import gojc.syntax.File;
import gojc.syntax.Pos;
import gojc.types.Func;
import gojc.types.Info;
import gojc.types.Obj;
import gojc.types.Package;
import gojc.types.Var;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compiles one checked package to its classes: {@code $pkg} with the package-level variables
 * and the init task, and one class per source file with its functions.
 */
public final class PackageCompiler implements Opcodes {
    private PackageCompiler() {}

    /** The compiled package, and for package main the class holding {@code main()V}. */
    public record Result(LinkUnit unit, String mainOwner) {}

    public static Result compile(Package pkg, List<File> files, Info info, List<String> imports) {
        return compile(pkg, files, info, imports, BlockingSummary.NONE);
    }

    /**
     * deps: which functions of the packages compiled before never block (see Continuations).
     * A method still over the JVM's 64 KB once generated and transformed makes the package
     * compile again with that function split into smaller pieces (Outline), a few times at most.
     */
    public static Result compile(Package pkg, List<File> files, Info info, List<String> imports, BlockingSummary deps) {
        return compile(pkg, files, info, imports, deps, other -> null);
    }

    /** genericFacts: the checker's facts of the build's other packages declaring generics (or null). */
    public static Result compile(Package pkg, List<File> files, Info info, List<String> imports, BlockingSummary deps,
                                 java.util.function.Function<Package, Info> genericFacts) {
        Map<String, Integer> levels = new java.util.HashMap<>();
        for (int attempt = 0; ; attempt++) {
            try {
                return Outline.withLevels(levels, () -> compileOnce(pkg, files, info, imports, deps, genericFacts));
            } catch (org.objectweb.asm.MethodTooLargeException e) {
                String fn = Outline.functionOf(e.getClassName(), e.getMethodName());
                int level = levels.merge(fn, 1, Integer::sum);
                if (attempt >= 12 || level > Outline.MAX_LEVEL) throw e;
            }
        }
    }

    private static Result compileOnce(Package pkg, List<File> files, Info info, List<String> imports, BlockingSummary deps,
                                      java.util.function.Function<Package, Info> genericFacts) {
        TreeMap<String, byte[]> classes = new TreeMap<>();
        gojc.ir.CompositeTypes.resetStructs();
        IfaceGen.reset();
        gojc.ir.Generics.reset(pkg, genericFacts);
        gojc.ir.InstanceTypes.numberLocalTypes(info, files);
        Map<Func, FuncRef> refs = new IdentityHashMap<>();
        List<FuncRef> inits = new ArrayList<>();
        Map<File, List<Decl.Func>> funcsByFile = new LinkedHashMap<>();
        String mainOwner = null;
        for (File f : files) {
            List<Decl.Func> fs = new ArrayList<>();
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Func fd && fd.body() != null && fd.name().isBlank()) {
                    continue; // func _() and func (T) _() can never be called: no code
                }
                if (d instanceof Decl.Func fd && fd.body() != null) {
                    Func fn = (Func) info.defs.get(fd.name());
                    if (fn == null) {
                        // init funcs are not declared in the package scope
                        fn = info.initFuncs.stream().filter(x -> x.decl() == fd).findFirst().orElseThrow();
                    }
                    if (gojc.ir.Generics.isGeneric(fn)) continue; // compiled per instance (InstanceGen)
                    String name = fd.name().name();
                    if (fd.recv() == null && name.equals("init")) name = "init$" + inits.size();
                    FuncRef ref = Lower.ref(fn, name);
                    refs.put(fn, ref);
                    if (name.startsWith("init$")) inits.add(ref);
                    if (fd.recv() == null && name.equals("main") && pkg.name().equals("main")) mainOwner = ref.owner();
                    fs.add(fd);
                } else if (d instanceof Decl.Func fd) {
                    Natives.require((Func) info.defs.get(fd.name()), fd);
                }
            }
            funcsByFile.put(f, fs);
        }
        java.util.Set<String> shapes = new java.util.TreeSet<>();
        for (var e : funcsByFile.entrySet()) {
            File f = e.getKey();
            String owner = Names.fileClass(pkg, f.source().path().getFileName().toString());
            ClassWriter cw = newClass(owner, f.source().path().getFileName().toString());
            LineTable.begin();
            for (Decl.Func fd : e.getValue()) {
                Func fn = (Func) info.defs.get(fd.name());
                if (fn == null) fn = info.initFuncs.stream().filter(x -> x.decl() == fd).findFirst().orElseThrow();
                FuncRef ref = refs.get(fn);
                gojc.ir.Closures closures = new gojc.ir.Closures(ref.owner() + "$" + ref.name());
                IrFunc ir = Lower.lowerFunction(info, fd, fn, ref, closures);
                BigCode.emitSplit(ir, cw, f.source().path().getFileName().toString(), shapes, classes);
                ClosureGen.closures(closures, f.source().path().getFileName().toString(), shapes, classes);
            }
            LineTable.end(cw);
            cw.visitEnd();
            classes.put(owner, BigCode.bytes(cw, f.pos()));
        }
        String pkgClass = Names.pkgClass(pkg);
        boolean hasInit = !info.initOrder.isEmpty() || !inits.isEmpty();
        classes.put(pkgClass, pkgClass(pkg, info, inits, files, shapes, classes));
        IfaceGen.emitTypes(pkg, info, classes);
        // instances, struct classes and instance types' boxes request one another
        do {
            InstanceGen.emitAll(info, shapes, classes);
            StructGen.emitAll(classes, shapes);
        } while (IfaceGen.emitInstanceTypes(classes) || gojc.ir.Generics.hasPending());
        IfaceGen.emitMethodInterfaces(classes);
        for (String d : shapes) classes.put(gojc.ir.FuncShape.className(d), ClosureGen.shape(d));
        ConstantHolders.hoist(classes); // dynamic constants in methods keep them from being JIT-compiled
        Continuations.transform(classes, deps);
        // after the transform: adapters call only the runtime, and stay identical in every package
        for (String d : shapes) classes.put(MakeFuncGen.className(d), MakeFuncGen.adapter(d));
        return new Result(new LinkUnit(pkg.path(), imports, classes, hasInit ? pkgClass : null), mainOwner);
    }

    static ClassWriter newClassWriter() {
        return new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                // Generated code never needs a common superclass other than Object for its
                // frames so far (func values are cast to their shape class when created);
                // loading classes here would need the whole program.
                return "java/lang/Object";
            }
        };
    }

    private static ClassWriter newClass(String name, String sourceFile) {
        ClassWriter cw = newClassWriter();
        cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", null);
        cw.visitSource(sourceFile, null);
        return cw;
    }

    /** Package-level variables as static fields set to their zero values, and {@code $init}. */
    private static byte[] pkgClass(Package pkg, Info info, List<FuncRef> inits, List<File> files,
                                   java.util.Set<String> shapes, Map<String, byte[]> classes) {
        String name = Names.pkgClass(pkg);
        ClassWriter cw = newClass(name, files.isEmpty() ? "<package>" : files.get(0).source().path().getFileName().toString());
        List<Var> globals = new ArrayList<>();
        for (Obj o : info.defs.values()) {
            if (o instanceof Var v && v.kind == Var.Kind.PACKAGE && !v.name.equals("_")) globals.add(v);
        }
        globals.sort((a, b) -> a.name.compareTo(b.name));
        MethodVisitor clinit = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        clinit.visitCode();
        for (Var v : globals) {
            IrType t = IrType.of(v.type(), v.pos);
            cw.visitField(ACC_PUBLIC | ACC_STATIC, v.name, t.descriptor(), null, null).visitEnd();
            if (StructGen.needsZeroObject(v.type())) {
                StructGen.zeroValue(clinit, v.type());
                clinit.visitFieldInsn(PUTSTATIC, name, v.name, t.descriptor());
            }
        }
        clinit.visitInsn(RETURN);
        clinit.visitMaxs(0, 0);
        clinit.visitEnd();

        Pos pos = files.isEmpty() ? Pos.NONE : files.get(0).pos();
        FuncRef ref = new FuncRef(name, LinkUnit.INIT_METHOD, List.of(), IrType.VOID);
        gojc.ir.Closures closures = new gojc.ir.Closures(name + "$init");
        IrFunc init = Lower.packageInit(info, ref, inits, pos, closures);
        String srcFile = files.isEmpty() ? "<package>" : files.get(0).source().path().getFileName().toString();
        for (IrFunc part : BigCode.splitInit(init)) {
            boolean own = part.ref().owner().equals(name);
            ClassWriter pw = own ? cw : newClass(part.ref().owner(), srcFile);
            MethodVisitor mv = pw.visitMethod(ACC_PUBLIC | ACC_STATIC, part.ref().name(), part.ref().descriptor(), null, null);
            new FuncGen(mv, shapes).emit(part);
            if (!own) {
                pw.visitEnd();
                classes.put(part.ref().owner(), pw.toByteArray());
            }
        }
        ClosureGen.closures(closures, files.isEmpty() ? "<package>" : files.get(0).source().path().getFileName().toString(), shapes, classes);
        cw.visitEnd();
        return cw.toByteArray();
    }
}

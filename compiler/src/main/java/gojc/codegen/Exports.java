package gojc.codegen;

import gojc.ir.FuncRef;
import gojc.ir.IrType;
import gojc.ir.NotSupported;
import gojc.linker.Export;
import gojc.syntax.Decl;
import gojc.syntax.Directive;
import gojc.syntax.File;
import gojc.types.Func;
import gojc.types.Info;
import gojc.types.Slice;
import gojc.types.Types;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code //export Name} functions of a library's main package, with the Java types their
 * parameters and results are exchanged as: integers as the JVM type gojc holds them in, strings
 * as {@code String}, {@code []byte} as {@code byte[]}.
 */
public final class Exports {
    private Exports() {}

    public static List<Export> collect(List<File> files, Info info) {
        List<Export> out = new ArrayList<>();
        for (File f : files) {
            for (Decl d : f.decls()) {
                if (!(d instanceof Decl.Func fd)) continue;
                for (Directive dir : fd.directives()) {
                    if (!dir.name().equals("export")) continue;
                    String name = dir.args().isEmpty() ? fd.name().name() : dir.args().split("\\s+")[0];
                    if (fd.recv() != null) throw new NotSupported("//export of a method", fd.pos());
                    Func fn = (Func) info.defs.get(fd.name());
                    FuncRef ref = gojc.ir.Lower.ref(fn, fd.name().name());
                    List<Export.JavaType> params = new ArrayList<>();
                    for (var p : fn.signature().params().vars()) params.add(javaType(p.type(), fd));
                    Export.JavaType result = fn.signature().results().size() == 0 ? Export.JavaType.VOID
                            : javaType(fn.signature().results().at(0), fd);
                    out.add(new Export(name, ref.owner(), ref.name(), ref.descriptor(), params, result));
                }
            }
        }
        return out;
    }

    private static Export.JavaType javaType(gojc.types.Type t, Decl.Func fd) {
        if (Types.under(t) instanceof Slice s && Types.basic(s.elem()) != null
                && Types.basic(s.elem()).kind == gojc.types.Basic.Kind.UINT8) {
            return Export.JavaType.BYTES;
        }
        IrType it = IrType.of(t, fd.pos());
        if (it.isString()) return Export.JavaType.STRING;
        return switch (it.repr()) {
            case BOOL -> Export.JavaType.BOOLEAN;
            case INT -> Export.JavaType.INT;
            case LONG -> Export.JavaType.LONG;
            case FLOAT -> Export.JavaType.FLOAT;
            case DOUBLE -> Export.JavaType.DOUBLE;
            default -> throw new NotSupported("//export with parameter type " + t, fd.pos());
        };
    }
}

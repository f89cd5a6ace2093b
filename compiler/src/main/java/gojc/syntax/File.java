package gojc.syntax;

import java.util.List;

/**
 * One parsed source file. {@code directives} holds every directive comment in the file in
 * order, including the {@code //go:build} line in its header; function directives are also
 * attached to their {@link Decl.Func}.
 */
public record File(Source source, Pos pos, Expr.Ident pkgName, List<Decl.ImportSpec> imports, List<Decl> decls,
                   List<Directive> directives, Comments doc) implements Node {}

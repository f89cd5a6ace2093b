package gojc.syntax;

import gojc.diag.Diagnostic;
import gojc.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class ParserTest {
    static final Source SRC = new Source(Path.of("x.go"), "x.go");

    static File parseOk(String text) {
        Diagnostics d = new Diagnostics();
        File f = Parser.parse(SRC, text, d);
        assertFalse(d.hasErrors(), () -> "unexpected errors: " + d.sorted());
        return f;
    }

    /** The errors, one "line:col: message" per line. */
    static String errors(String text) {
        Diagnostics d = new Diagnostics();
        Parser.parse(SRC, text, d);
        return d.sorted().stream().map(e -> e.pos().line() + ":" + e.pos().col() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }

    static List<Stmt> body(String stmts) {
        File f = parseOk("package p\nfunc f() {\n" + stmts + "\n}\n");
        return ((Decl.Func) f.decls().get(0)).body().stmts();
    }

    static Expr expr(String x) {
        File f = parseOk("package p\nvar _ = " + x + "\n");
        Decl.ValueSpec s = (Decl.ValueSpec) ((Decl.Gen) f.decls().get(0)).specs().get(0);
        return s.values().get(0);
    }

    @Test
    void helloWorld() {
        File f = parseOk("package main\n\nfunc main() { println(\"hello, world\") }\n");
        assertEquals("main", f.pkgName().name());
        Decl.Func main = (Decl.Func) f.decls().get(0);
        assertEquals("main", main.name().name());
        assertNull(main.recv());
        Stmt.ExprStmt s = (Stmt.ExprStmt) main.body().stmts().get(0);
        Expr.Call call = (Expr.Call) s.x();
        assertEquals("println", ((Expr.Ident) call.fun()).name());
        Expr.BasicLit lit = (Expr.BasicLit) call.args().get(0);
        assertEquals(Expr.LitKind.STRING, lit.kind());
        assertEquals("\"hello, world\"", lit.value());
        assertEquals(new Pos(SRC, 3, 23), lit.pos());
        assertEquals(new Pos(SRC, 3, 37), call.rparen());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "42|INT", "0x_1F|INT", "0o17|INT", "017|INT", "0b1010|INT", "1_000_000|INT",
        "1.5|FLOAT", ".5|FLOAT", "1.|FLOAT", "1e10|FLOAT", "1E-3|FLOAT", "0x1p-2|FLOAT", "0x1.8P+3|FLOAT",
        "0x_1p-2|FLOAT", "1i|IMAG", "1.5i|IMAG", "0x1p2i|IMAG", "0i|IMAG",
        "'a'|CHAR", "'\\n'|CHAR", "'\\x41'|CHAR", "'\\u12e4'|CHAR", "'\\U00101234'|CHAR", "'\\''|CHAR", "'\\377'|CHAR",
        "'ä'|CHAR", "\"\\\"\\t\\u00e4\"|STRING", "`raw\\n`|STRING",
    })
    void literals(String text, Expr.LitKind kind) {
        Expr.BasicLit lit = (Expr.BasicLit) expr(text);
        assertEquals(kind, lit.kind());
        assertEquals(text, lit.value());
    }

    @Test
    void multiLineRawStringAndUnicode() {
        Expr.BasicLit lit = (Expr.BasicLit) expr("`a\nb`");
        assertEquals("`a\nb`", lit.value());
        File f = parseOk("package p\nvar π, 日本 = \"ü\", 1\n");
        Decl.ValueSpec s = (Decl.ValueSpec) ((Decl.Gen) f.decls().get(0)).specs().get(0);
        assertEquals("π", s.names().get(0).name());
        assertEquals("日本", s.names().get(1).name());
        // Columns count bytes: π is 2 bytes, so ", " puts 日本 at byte column 9.
        assertEquals(9, s.names().get(1).pos().col());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "08|3:10: invalid digit '8' in octal literal",
        "0b102|3:13: invalid digit '2' in binary literal",
        "1__0|3:11: '_' must separate successive digits",
        "0x|3:11: hexadecimal literal has no digits",
        "1e|3:11: exponent has no digits",
        "0x1.5|3:14: hexadecimal mantissa requires a 'p' exponent",
        "1p3|3:10: 'p' exponent requires hexadecimal mantissa",
        "0b1.0|3:12: invalid radix point in binary literal",
        "'ab'|3:9: more than one character in rune literal",
        "''|3:10: empty rune literal or unescaped '",
        "\"\\q\"|3:11: unknown escape",
        "'\\400'|3:14: octal escape value 256 > 255",
        "'\\xZZ'|3:12: invalid character 'Z' in hexadecimal escape",
        "'\\uD800'|3:16: escape is invalid Unicode code point U+D800",
        "1 # 2|3:11: invalid character U+0023 '#'",
    })
    void lexicalErrors(String lit, String want) {
        String got = errors("package p\n\nvar x = " + lit + "\n");
        assertEquals(want, got.lines().findFirst().orElse(""));
    }

    @Test
    void unterminatedLiterals() {
        assertEquals("3:13: newline in string", errors("package p\n\nvar x = \"abc\n"));
        assertEquals("3:10: newline in rune literal", errors("package p\n\nvar x = '\n"));
        assertEquals("3:9: string not terminated", errors("package p\n\nvar x = `abc"));
        assertEquals("3:1: comment not terminated", errors("package p\n\n/* abc\n"));
        assertEquals("3:6: invalid character U+00B7 '·' in identifier", errors("package p\n\nvar a·b = 1\n").lines().findFirst().get());
    }

    @Test
    void semicolonInsertion() {
        // return on its own line ends the statement; the next line is a separate statement.
        List<Stmt> s = body("return\nx()");
        assertEquals(2, s.size());
        assertTrue(((Stmt.Return) s.get(0)).results().isEmpty());
        // ++, ), ], }, literals and identifiers end lines; operators do not.
        assertEquals(3, body("x++\ny = a +\n b\nz = []int{\n1,\n}").size());
        // A comment at the end of a line, and a multi-line block comment, act like a newline.
        assertEquals(2, body("x = 1 // c\ny = 2").size());
        assertEquals(2, body("x = 1 /* a\n b */ y = 2").size());
        // File ending without a newline still gets its semicolon.
        parseOk("package p\nfunc f() {}");
    }

    @Test
    void genericTypeDeclarations() {
        File f = parseOk("""
                package p
                type A [N]int
                type B [N * M]int
                type C[P *Q] int
                type D[P *Q,] int
                type E[P any, Q ~int | ~string] struct{}
                type F[P *[]int] int
                type G []int
                type H[P interface{ M() }] int
                """);
        List<Decl.TypeSpec> specs = f.decls().stream().map(d -> (Decl.TypeSpec) ((Decl.Gen) d).specs().get(0)).toList();
        assertInstanceOf(Expr.ArrayType.class, specs.get(0).type());
        assertTrue(specs.get(0).typeParams().isEmpty());
        assertInstanceOf(Expr.Binary.class, ((Expr.ArrayType) specs.get(1).type()).len());
        assertTrue(specs.get(2).typeParams().isEmpty(), "gc reads [P *Q] as an array length");
        assertEquals(1, specs.get(3).typeParams().size(), "a trailing comma makes it a type parameter");
        assertEquals(2, specs.get(4).typeParams().size());
        Expr.Binary union = (Expr.Binary) specs.get(4).typeParams().get(1).type();
        assertEquals(Token.OR, union.op());
        assertEquals(Token.TILDE, ((Expr.Unary) union.x()).op());
        assertEquals(1, specs.get(5).typeParams().size());
        assertNull(((Expr.ArrayType) specs.get(6).type()).len());
        assertEquals(1, specs.get(7).typeParams().size());
    }

    @Test
    void instantiation() {
        Expr.Index one = (Expr.Index) expr("f[int]");
        assertEquals(1, one.indices().size());
        Expr.Call call = (Expr.Call) expr("f[int, string](1, 2)");
        Expr.Index two = (Expr.Index) call.fun();
        assertEquals(2, two.indices().size());
        assertInstanceOf(Expr.CompositeLit.class, expr("T[int]{1}"));
        File f = parseOk("package p\nfunc Map[K comparable, V any](m map[K]V) {}\nfunc (r *R[K, V]) M() {}\n");
        Decl.Func map = (Decl.Func) f.decls().get(0);
        assertEquals(2, map.typeParams().size());
        Decl.Func m = (Decl.Func) f.decls().get(1);
        assertInstanceOf(Expr.Index.class, ((Expr.PointerType) m.recv().type()).base());
    }

    @Test
    void compositeLiteralInHeaders() {
        List<Stmt> s = body("""
                if x == (T{}) {}
                for _, v := range []int{1, 2} { _ = v }
                switch (T{}) {}
                if v := (struct{ a int }{1}); v.a > 0 {}
                for range map[string]int{"a": 1} {}
                if f := func() bool { return true }; f() {}
                """);
        Stmt.If if1 = (Stmt.If) s.get(0);
        assertInstanceOf(Expr.CompositeLit.class, ((Expr.Paren) ((Expr.Binary) if1.cond()).y()).x());
        Stmt.Range r = (Stmt.Range) s.get(1);
        assertInstanceOf(Expr.CompositeLit.class, r.x());
        assertEquals(Token.DEFINE, r.tok());
        assertInstanceOf(Stmt.Switch.class, s.get(2));
        assertNull(((Stmt.Range) s.get(4)).key());
        // A bare type name before '{' in a header is the block, so this is an error as in gc.
        assertTrue(errors("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n").startsWith("3:"));
    }

    @Test
    void statements() {
        List<Stmt> s = body("""
                var a int
                L:
                	for i := 0; i < 10; i++ {
                		if i == 2 { continue L } else if i == 3 { break } else { goto L }
                	}
                x, y := 1, 2
                x += 3
                x--
                ch <- x
                go f()
                defer g(x...)
                switch x := y.(type) {
                case int, string:
                	fallthrough
                default:
                }
                switch y.(type) {}
                switch { case x > 1: }
                select {
                case v, ok := <-ch:
                case ch <- 1:
                default:
                }
                for k, v := range m {}
                for {}
                {}
                return
                """);
        assertInstanceOf(Stmt.DeclStmt.class, s.get(0));
        Stmt.Labeled l = (Stmt.Labeled) s.get(1);
        assertEquals("L", l.label().name());
        Stmt.For loop = (Stmt.For) l.stmt();
        assertInstanceOf(Stmt.Assign.class, loop.init());
        assertInstanceOf(Stmt.IncDec.class, loop.post());
        Stmt.If ifs = (Stmt.If) loop.body().stmts().get(0);
        assertEquals(Token.CONTINUE, ((Stmt.Branch) ifs.body().stmts().get(0)).tok());
        assertInstanceOf(Stmt.If.class, ifs.els());
        Stmt.Assign def = (Stmt.Assign) s.get(2);
        assertEquals(Token.DEFINE, def.tok());
        assertEquals(new Pos(SRC, 8, 6), def.pos(), "assignments sit at their operator, as in gc");
        assertEquals(Token.ADD_ASSIGN, ((Stmt.Assign) s.get(3)).tok());
        assertEquals(Token.DEC, ((Stmt.IncDec) s.get(4)).tok());
        assertInstanceOf(Stmt.Send.class, s.get(5));
        assertInstanceOf(Stmt.Go.class, s.get(6));
        assertTrue(((Stmt.Defer) s.get(7)).call().hasDots());
        Stmt.TypeSwitch ts = (Stmt.TypeSwitch) s.get(8);
        assertEquals("x", ts.bind().name());
        assertEquals(2, ts.clauses().get(0).list().size());
        assertTrue(ts.clauses().get(1).isDefault());
        assertNull(((Stmt.TypeSwitch) s.get(9)).bind());
        assertNull(((Stmt.Switch) s.get(10)).tag());
        Stmt.Select sel = (Stmt.Select) s.get(11);
        assertInstanceOf(Stmt.Assign.class, sel.clauses().get(0).comm());
        assertInstanceOf(Stmt.Send.class, sel.clauses().get(1).comm());
        assertNull(sel.clauses().get(2).comm());
        Stmt.Range r = (Stmt.Range) s.get(12);
        assertEquals("k", ((Expr.Ident) r.key()).name());
        assertNull(((Stmt.For) s.get(13)).cond());
        assertInstanceOf(Stmt.Block.class, s.get(14));
        assertInstanceOf(Stmt.Return.class, s.get(15));
    }

    @Test
    void expressions() {
        Expr.Binary b = (Expr.Binary) expr("a + b*c == d || e && !f");
        assertEquals(Token.LOR, b.op());
        Expr.Binary eq = (Expr.Binary) b.x();
        assertEquals(Token.EQL, eq.op());
        assertEquals(Token.MUL, ((Expr.Binary) ((Expr.Binary) eq.x()).y()).op());
        assertEquals(Token.SUB, ((Expr.Binary) expr("a - b - c")).op());
        assertInstanceOf(Expr.Binary.class, ((Expr.Binary) expr("a - b - c")).x(), "left-associative");
        assertInstanceOf(Expr.Star.class, expr("*p"));
        Expr.ChanType recv = (Expr.ChanType) ((Expr.Paren) ((Expr.Call) expr("(<-chan int)(nil)")).fun()).x();
        assertEquals(Expr.ChanDir.RECV, recv.dir());
        assertEquals(Token.ARROW, ((Expr.Unary) expr("<-ch")).op());
        Expr.Slice sl = (Expr.Slice) expr("s[1:2:3]");
        assertTrue(sl.slice3());
        assertNull(((Expr.Slice) expr("s[:]")).low());
        assertNotNull(((Expr.TypeAssert) expr("x.(T)")).type());
        Expr.Selector method = (Expr.Selector) expr("(*T).M");
        assertInstanceOf(Expr.Star.class, ((Expr.Paren) method.x()).x());
        Expr.FuncLit fl = (Expr.FuncLit) expr("func(a, b int) (int, error) { return 0, nil }");
        assertEquals(1, fl.type().params().size());
        assertEquals(2, fl.type().params().get(0).names().size());
        assertEquals(2, fl.type().results().size());
        Expr.CompositeLit cl = (Expr.CompositeLit) expr("map[string][]int{\"a\": {1}, \"b\": nil}");
        Expr.KeyValue kv = (Expr.KeyValue) cl.elts().get(0);
        assertNull(((Expr.CompositeLit) kv.value()).type());
        assertInstanceOf(Expr.ArrayType.class, ((Expr.CompositeLit) expr("[...]int{1}")).type());
        assertInstanceOf(Expr.Dots.class, ((Expr.ArrayType) ((Expr.CompositeLit) expr("[...]int{1}")).type()).len());
        assertInstanceOf(Expr.FuncType.class, ((Expr.Call) expr("new(func())")).args().get(0));
        Expr.FuncLit f2 = (Expr.FuncLit) ((Expr.Call) expr("reflect.TypeOf(func() (x) {})")).args().get(0);
        assertEquals(1, f2.type().results().size(), "a '(' after the parameters opens the results");
    }

    @Test
    void typesAndParameters() {
        File f = parseOk("""
                package p
                type S struct {
                	a, b int `tag`
                	*T
                	pkg.U
                	V[int]
                }
                type I interface {
                	M(int) (string, error)
                	J
                	~int | string
                }
                type F func(int, ...string) bool
                var ch chan<- <-chan int
                func g(a, b int, c ...string) {}
                """);
        Expr.StructType st = (Expr.StructType) ((Decl.TypeSpec) ((Decl.Gen) f.decls().get(0)).specs().get(0)).type();
        assertEquals(4, st.fields().size());
        assertEquals("`tag`", st.fields().get(0).tag().value());
        assertTrue(st.fields().get(1).names().isEmpty());
        Expr.InterfaceType it = (Expr.InterfaceType) ((Decl.TypeSpec) ((Decl.Gen) f.decls().get(1)).specs().get(0)).type();
        assertEquals(3, it.elems().size());
        assertEquals(2, ((Expr.FuncType) it.elems().get(0).type()).results().size());
        Expr.FuncType ft = (Expr.FuncType) ((Decl.TypeSpec) ((Decl.Gen) f.decls().get(2)).specs().get(0)).type();
        assertInstanceOf(Expr.Dots.class, ft.params().get(1).type());
        Expr.ChanType ch = (Expr.ChanType) ((Decl.ValueSpec) ((Decl.Gen) f.decls().get(3)).specs().get(0)).type();
        assertEquals(Expr.ChanDir.SEND, ch.dir());
        assertEquals(Expr.ChanDir.RECV, ((Expr.ChanType) ch.elem()).dir());
        Decl.Func g = (Decl.Func) f.decls().get(4);
        assertEquals(2, g.type().params().size());
        assertEquals(2, g.type().params().get(0).names().size());
        assertEquals(List.of("syntax error: mixed named and unnamed parameters"),
                List.of(errors("package p\nfunc f(a int, []int) {}\n").replaceAll("^\\d+:\\d+: ", "")));
    }

    @Test
    void constIotaDirectivesAndDocs() {
        File f = parseOk("""
                //go:build linux

                // Package p does things.
                package p

                // Colors.
                const (
                	Red = iota
                	Green
                	Blue
                )

                // F is fast.
                //
                //go:noinline
                //go:linkname F runtime.f
                func F() {}

                //export G
                func G()
                """);
        assertEquals(List.of("Package p does things."), f.doc().lines());
        Decl.Gen consts = (Decl.Gen) f.decls().get(0);
        assertEquals(List.of("Colors."), consts.doc().lines());
        assertTrue(consts.grouped());
        assertEquals(2, ((Decl.ValueSpec) consts.specs().get(2)).iota());
        Decl.Func fn = (Decl.Func) f.decls().get(1);
        assertEquals(List.of("F is fast."), fn.doc().lines());
        assertEquals(List.of("go:noinline", "go:linkname"), fn.directives().stream().map(Directive::name).toList());
        assertEquals("F runtime.f", fn.directives().get(1).args());
        Decl.Func g = (Decl.Func) f.decls().get(2);
        assertNull(g.body());
        assertEquals("export", g.directives().get(0).name());
        assertEquals(List.of("go:build", "go:noinline", "go:linkname", "export"),
                f.directives().stream().map(Directive::name).toList());
    }

    /** Expected texts are go 1.19's (`go tool compile` output on the same inputs). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "func f() {\\n\\tfoo(\\n}|5:1: syntax error: unexpected }, expecting expression",
        "func f() {\\n\\tx := 1 2\\n}|4:9: syntax error: unexpected literal 2 at end of statement",
        "x := 1|3:1: syntax error: non-declaration statement outside function body",
        "func f()\\n{\\n}|4:1: syntax error: unexpected semicolon or newline before {",
        "func f() {\\n\\tif true {\\n\\t} else x()\\n}|5:9: syntax error: else must be followed by if or statement block",
        "func f() {\\n\\tf(a b)\\n}|4:6: syntax error: unexpected b in argument list; possibly missing comma or )",
        "var x = []int{1 2}|3:17: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }",
        "func f(a b c) {}|3:12: syntax error: unexpected c in parameter list; possibly missing comma or )",
        "func f() {\\n\\tif x := 0 {\\n\\t}\\n}|4:7: syntax error: cannot use x := 0 as value",
        "import \"fmt\"\\nfunc f() {}\\nimport \"os\"|5:1: syntax error: non-declaration statement outside function body",
        "type T struct {\\n\\ta int,\\n}|4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
        "func f() {\\n\\tx :=\\n}|5:1: syntax error: unexpected }, expecting expression",
        "func f() {\\n\\tgo f\\n}|4:5: expression in go must be function call",
        "var x = 1 # 2|3:11: invalid character U+0023 '#'\\n3:13: syntax error: unexpected literal 2 after top level declaration",
        "func f() {\\n\\tfor {\\n}|6:1: syntax error: unexpected EOF, expecting }",
        "func f() {\\n\\tif x {\\n\\t}\\n\\telse {\\n\\t}\\n}|6:2: syntax error: unexpected else, expecting }",
        "func f() {\\n\\tswitch x {\\n\\tcase 1\\n\\t}\\n}|5:8: syntax error: unexpected newline, expecting :",
        "import fmt|3:11: syntax error: missing import path",
        "func (a, b T) f() {}|3:15: method has multiple receivers",
        "func f() {\\n\\ta[1:2:] = 1\\n}|4:8: final index required in 3-index slice",
        "func f() {\\n\\tx = = 1\\n}|4:6: syntax error: unexpected =, expecting expression",
        "func f() {\\n\\tfmt.Println(\"a\"\\n}|4:17: syntax error: unexpected newline in argument list; possibly missing comma or )",
        "func f() {\\n\\tdefer (f())\\n}|4:8: expression in defer must not be parenthesized",
        "func f() {\\n\\tswitch {\\n\\tcase true:\\n\\t\\telse\\n\\t}\\n}|6:3: syntax error: unexpected else, expecting case or default or }",
        "func f() {\\n\\tif x; y\\n\\t{\\n\\t}\\n}|4:9: syntax error: unexpected newline, expecting { after if clause",
        "func f() {\\nL:\\n\\tswitch {\\n\\tcase true:\\n\\tL1:\\n\\tcase false:\\n\\t}\\n}|7:4: syntax error: missing statement after label",
    })
    void gcSyntaxErrors(String src, String want) {
        String text = "package p\n\n" + src.replace("\\n", "\n").replace("\\t", "\t") + "\n";
        assertEquals(want.replace("\\n", "\n"), errors(text));
    }

    @Test
    void errorsNeverThrowAndStayBounded() {
        Diagnostics d = new Diagnostics();
        File f = Parser.parse(SRC, "package p\nfunc f( {\n}}}}} ))) var := := \n\"", d);
        assertNotNull(f);
        assertTrue(d.hasErrors());
        Diagnostics d2 = new Diagnostics();
        assertNotNull(Parser.parse(SRC, "", d2));
        assertEquals("1:1: syntax error: package statement must be first",
                d2.sorted().stream().map(e -> e.pos().line() + ":" + e.pos().col() + ": " + e.message()).findFirst().orElse(""));
        for (Diagnostic e : d.sorted()) assertFalse(e.message().contains("mismatched input"), e.message());
    }
}

package gojc.loader;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ConstraintTest {
    private final BuildContext linux = BuildContext.gojc(19, Map.of());

    private boolean eval(String expr, Set<String> tags) throws Exception {
        return Constraint.parseExpr(expr).eval(tags::contains);
    }

    @Test
    void goBuildExpressions() throws Exception {
        Set<String> t = Set.of("linux", "amd64");
        assertTrue(eval("linux", t));
        assertFalse(eval("!linux", t));
        assertTrue(eval("linux && amd64", t));
        assertFalse(eval("linux && !amd64", t));
        assertTrue(eval("windows || linux", t));
        assertTrue(eval("(windows || linux) && amd64", t));
        assertFalse(eval("windows || linux && arm", t)); // && binds tighter than ||
        assertTrue(eval("!(windows || darwin)", t));
        assertTrue(eval("go1.19 || x.y_z", Set.of("x.y_z")));
    }

    @Test
    void precedenceShowsInTree() throws Exception {
        assertEquals("a || (b && c)", Constraint.parseExpr("a || b && c").toString());
        assertEquals("!a && (b || c)", Constraint.parseExpr("!a && (b || c)").toString());
    }

    @Test
    void goBuildSyntaxErrors() {
        assertSyntax("linux &&", "unexpected end of expression");
        assertSyntax("(linux", "missing close paren");
        assertSyntax("linux)", "unexpected token )");
        assertSyntax("!!linux", "double negation not allowed");
        assertSyntax("linux & amd64", "invalid syntax at &");
        assertSyntax("linux amd64", "unexpected token amd64");
        assertSyntax("", "unexpected end of expression");
        assertSyntax("a-b", "invalid syntax at -");
    }

    private void assertSyntax(String expr, String message) {
        var e = assertThrows(Constraint.SyntaxError.class, () -> Constraint.parseExpr(expr));
        assertEquals(message, e.getMessage());
    }

    @Test
    void lineRecognition() {
        assertEquals("linux", Constraint.goBuildText("//go:build linux"));
        assertNull(Constraint.goBuildText("//go:buildlinux"));
        assertNull(Constraint.goBuildText("// go:build linux"));
        assertEquals("linux,amd64 darwin", Constraint.plusBuildText("// +build linux,amd64 darwin"));
        assertEquals("x", Constraint.plusBuildText("//+build x"));
        assertNull(Constraint.plusBuildText("// +builder x"));
    }

    @Test
    void plusBuildSpaceIsOrCommaIsAnd() {
        Set<String> t = Set.of("linux", "amd64");
        assertTrue(Constraint.parsePlusBuild("linux,amd64 darwin").eval(t::contains));
        assertFalse(Constraint.parsePlusBuild("linux,arm darwin").eval(t::contains));
        assertTrue(Constraint.parsePlusBuild("!windows").eval(t::contains));
        // malformed terms never match
        assertFalse(Constraint.parsePlusBuild("!!linux").eval(t::contains));
        assertFalse(Constraint.parsePlusBuild("").eval(t::contains));
    }

    private boolean build(String src) throws Exception {
        return linux.shouldBuild(src.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headerRulesForPlusBuild() throws Exception {
        assertFalse(build("// +build windows\n\npackage p\n"));
        assertTrue(build("// +build linux\n\npackage p\n"));
        // several lines are ANDed
        assertFalse(build("// +build linux\n// +build arm\n\npackage p\n"));
        // without a blank line before the package clause the comment is a doc comment: ignored
        assertTrue(build("// +build windows\npackage p\n"));
        // after the package clause: ignored
        assertTrue(build("package p\n\n// +build windows\n"));
        // //go:build decides alone when present
        assertTrue(build("//go:build linux\n// +build windows\n\npackage p\n"));
        assertFalse(build("//go:build ignore\n\npackage p\n"));
        // a /* */ comment ends the region where +build is honored
        assertTrue(build("/* x */\n// +build windows\n\npackage p\n"));
    }

    @Test
    void goBuildErrorsAreReported() {
        var e = assertThrows(BuildContext.BadConstraint.class,
                () -> build("//go:build linux\n//go:build amd64\n\npackage p\n"));
        assertEquals("multiple //go:build comments", e.getMessage());
        e = assertThrows(BuildContext.BadConstraint.class, () -> build("//go:build (linux\n\npackage p\n"));
        assertEquals("parsing //go:build line: missing close paren", e.getMessage());
    }

    @Test
    void gojcTagsAndIdentity() throws Exception {
        assertTrue(build("//go:build gojc && purego && unix && gc && go1.19 && !cgo\n\npackage p\n"));
        assertFalse(build("//go:build go1.20\n\npackage p\n"));
        assertFalse(build("//go:build goexperiment.regabiargs\n\npackage p\n"));
        BuildContext go = BuildContext.goCommand(19, Map.of());
        assertTrue(go.shouldBuild("//go:build goexperiment.regabiargs && !purego\n\npackage p\n".getBytes()));
        assertFalse(BuildContext.gojc(19, Map.of("GOOS", "windows")).matchTag("unix"));
        assertTrue(BuildContext.gojc(19, Map.of("GOOS", "android")).matchTag("linux"));
        assertEquals(List.of("go1.1", "go1.2", "go1.3"), BuildContext.releaseTags(3));
    }

    @Test
    void fileNameRules() {
        assertTrue(linux.goodOSArchFile("x_linux.go"));
        assertFalse(linux.goodOSArchFile("x_windows.go"));
        assertTrue(linux.goodOSArchFile("x_amd64.go"));
        assertFalse(linux.goodOSArchFile("x_arm64.go"));
        assertTrue(linux.goodOSArchFile("x_linux_amd64.go"));
        assertFalse(linux.goodOSArchFile("x_linux_arm.go"));
        assertFalse(linux.goodOSArchFile("x_darwin_amd64.go"));
        assertTrue(linux.goodOSArchFile("x_linux_test.go"));
        assertFalse(linux.goodOSArchFile("x_windows_amd64_test.go"));
        // no prefix before the suffix: not a GOOS file (since Go 1.4)
        assertTrue(linux.goodOSArchFile("windows.go"));
        assertTrue(linux.goodOSArchFile("amd64.s"));
        // unknown words are just names
        assertTrue(linux.goodOSArchFile("x_unix.go"));
        assertTrue(linux.goodOSArchFile("x_foo_bar.go"));
        assertFalse(linux.goodOSArchFile("sum_s390x.s"));
        assertTrue(linux.goodOSArchFile("sum_amd64.s"));
    }
}

package gojc.loader;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GoModTest {
    @Test
    void parsesAllDirectives() throws Exception {
        GoMod m = GoMod.parse("go.mod", """
                // a comment
                module example.com/m // trailing

                go 1.18

                require example.com/a v1.2.3
                require (
                \texample.com/b/v2 v2.0.1 // indirect
                \t"example.com/c" v0.0.0-20220101000000-abcdefabcdef
                )
                replace example.com/a => ../a
                replace (
                \texample.com/b/v2 v2.0.1 => example.com/fork/v2 v2.1.0
                )
                exclude example.com/a v1.0.0
                retract v1.0.1 // oops
                retract [v1.1.0, v1.1.9]
                """, true);
        assertEquals("example.com/m", m.module());
        assertEquals("1.18", m.go());
        assertEquals(3, m.requires().size());
        assertFalse(m.requires().get(0).indirect());
        assertTrue(m.requires().get(1).indirect());
        assertEquals("example.com/c", m.requires().get(2).mod().path());
        assertTrue(m.replaces().get(0).isLocal());
        assertEquals("../a", m.replaces().get(0).replacement().path());
        assertEquals("v2.0.1", m.replaces().get(1).old().version());
        assertEquals("example.com/fork/v2", m.replaces().get(1).replacement().path());
        assertEquals(List.of(new GoMod.ModuleVersion("example.com/a", "v1.0.0")), m.excludes());
        assertEquals(new GoMod.Retract("v1.0.1", "v1.0.1", " oops"), m.retracts().get(0));
        assertEquals("v1.1.9", m.retracts().get(1).high());
    }

    private static List<String> errors(String text) {
        var e = assertThrows(GoMod.ParseError.class, () -> GoMod.parse("go.mod", text, true));
        return e.errors;
    }

    @Test
    void goCommandErrorTexts() {
        assertEquals(List.of("go.mod:2: unknown directive: requires"), errors("module m\nrequires x v1.0.0\n"));
        assertEquals(List.of("go.mod:2: usage: require module/path v1.2.3"), errors("module m\nrequire x\n"));
        assertEquals(List.of("go.mod:2: require x: version \"latest\" invalid: must be of the form v1.2.3"),
                errors("module m\nrequire x latest\n"));
        assertEquals(List.of("go.mod:2: require x/v2: version \"v1.0.0\" invalid: should be v2, not v1"),
                errors("module m\nrequire x/v2 v1.0.0\n"));
        assertEquals(List.of("go.mod:2: invalid go version '1.19.1': must match format 1.23"),
                errors("module m\ngo 1.19.1\n"));
        assertEquals(List.of("go.mod:3: repeated go statement"), errors("module m\ngo 1.19\ngo 1.18\n"));
        assertEquals(List.of("go.mod:2: repeated module statement"), errors("module m\nmodule n\n"));
        assertEquals(List.of("go.mod:1: usage: module module/path"), errors("module\n"));
        assertEquals(List.of("go.mod:2: replacement module without version must be directory path (rooted or starting with ./ or ../)"),
                errors("module m\nreplace a => b\n"));
        assertEquals(List.of("go.mod:2: usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory"),
                errors("module m\nreplace a\n"));
        assertEquals(2, errors("module m\nfoo\nbar\n").size());
    }

    @Test
    void dependencyGoModsAreLax() throws Exception {
        GoMod m = GoMod.parse("go.mod", "module d\ngo 1.17.3\nfoo bar\n", false);
        assertEquals("1.17", m.go());
    }

    @Test
    void versions() {
        assertTrue(GoMod.isCanonicalVersion("v1.2.3"));
        assertTrue(GoMod.isCanonicalVersion("v0.0.0-20220101000000-abcdefabcdef"));
        assertTrue(GoMod.isCanonicalVersion("v2.0.0+incompatible"));
        assertFalse(GoMod.isCanonicalVersion("v1.2"));
        assertFalse(GoMod.isCanonicalVersion("1.2.3"));
        assertEquals("/v3", GoMod.pathMajor("example.com/x/v3"));
        assertEquals("", GoMod.pathMajor("example.com/x/v1"));
        assertEquals(".v2", GoMod.pathMajor("gopkg.in/yaml.v2"));
    }

    @Test
    void moduleCacheEscaping() {
        assertEquals("github.com/!burnt!sushi/toml", ModuleCache.escape("github.com/BurntSushi/toml"));
        assertEquals("v1.0.0-!r!c1", ModuleCache.escape("v1.0.0-RC1"));
        assertEquals("github.com/BurntSushi/toml", ModuleCache.unescape("github.com/!burnt!sushi/toml"));
        assertNull(ModuleCache.unescape("github.com/Burnt"));
        assertNull(ModuleCache.unescape("bad!"));
        assertThrows(IllegalArgumentException.class, () -> ModuleCache.escape("a!b"));
        var cache = new ModuleCache(java.nio.file.Path.of("/c"));
        assertEquals(java.nio.file.Path.of("/c/github.com/!a/b@v1.0.0"), cache.dir("github.com/A/b", "v1.0.0"));
        assertEquals(java.nio.file.Path.of("/h/go/pkg/mod"),
                ModuleCache.fromEnv(java.util.Map.of("HOME", "/h")).root());
        assertEquals(java.nio.file.Path.of("/g/pkg/mod"),
                ModuleCache.fromEnv(java.util.Map.of("GOPATH", "/g:/other")).root());
        assertEquals(java.nio.file.Path.of("/m"),
                ModuleCache.fromEnv(java.util.Map.of("GOPATH", "/g", "GOMODCACHE", "/m")).root());
    }
}

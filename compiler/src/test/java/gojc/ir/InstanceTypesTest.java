package gojc.ir;

import gojc.diag.Diagnostics;
import gojc.syntax.File;
import gojc.syntax.Parser;
import gojc.syntax.Pos;
import gojc.syntax.Source;
import gojc.types.Checker;
import gojc.types.Info;
import gojc.types.Named;
import gojc.types.Package;
import gojc.types.Pointer;
import gojc.types.Type;
import gojc.types.Var;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Instances of generic types as run-time types: names as gc 1.19's %T prints them. */
class InstanceTypesTest {
    private static final String SRC = """
            package main

            type Pair[K comparable, V any] struct {
            	k K
            	v V
            }

            type List[T any] struct{ next *List[T] }

            func (l *List[T]) Len() int { return 0 }

            type Num[T any] int

            type T struct{}

            var a Pair[int, string]
            var b Pair[Num[byte], []List[T]]
            var c List[struct {
            	x int
            	Y string `json:"y"`
            }]
            var d List[func(int, ...string) (bool, error)]
            var e List[map[rune]<-chan any]
            var f List[interface{ Len() int }]
            var g *List[[3]uint16]
            """;

    private static Package check() {
        Diagnostics errs = new Diagnostics();
        File f = Parser.parse(new Source(Path.of("a.go"), "a.go"), SRC, errs);
        Package p = Checker.check("main", List.of(f), path -> null, "go1.19", errs, new Info());
        assertFalse(errs.hasErrors(), () -> errs.sorted().toString());
        return p;
    }

    private static Named var(Package p, String name) {
        Type t = ((Var) p.scope.lookup(name)).type();
        return (Named) (t instanceof Pointer ptr ? ptr.elem() : t);
    }

    @Test
    void namesAsGcPrintsThem() {
        Package p = check();
        assertEquals("Pair[int,string]", InstanceTypes.name(var(p, "a")));
        assertEquals("Pair[main.Num[uint8],[]main.List[main.T]]", InstanceTypes.name(var(p, "b")));
        assertEquals("List[struct { main.x int; Y string \"json:\\\"y\\\"\" }]", InstanceTypes.name(var(p, "c")));
        assertEquals("List[func(int, ...string) (bool, error)]", InstanceTypes.name(var(p, "d")));
        assertEquals("List[map[int32]<-chan interface {}]", InstanceTypes.name(var(p, "e")));
        assertEquals("List[interface { Len() int }]", InstanceTypes.name(var(p, "f")));
        assertEquals("List[[3]uint16]", InstanceTypes.name(var(p, "g")));
    }

    @Test
    void instancesHaveTheirOwnClassesAndDefinitions() {
        Package p = check();
        Named a = var(p, "a");
        assertTrue(InstanceTypes.isInstance(a));
        assertFalse(InstanceTypes.isInstance(a.origin()));
        assertEquals("go/main/Pair$$int$2cstring", InstanceTypes.base(a));
        assertEquals(CompositeTypes.structClass(a), InstanceTypes.base(a));
        String enc = IfaceTypes.encode(a, Pos.NONE);
        assertTrue(enc.contains("16;Pair[int,string]"), enc);
        assertTrue(enc.endsWith("go/main/Pair$$int$2cstring$T#Pair$$int$2cstring"), enc);
        // *List[T]'s method set holds the instance's Len
        Named g = var(p, "g");
        List<IfaceTypes.MethodInfo> ms = IfaceTypes.methodSet(g);
        assertEquals(1, ms.size());
        assertEquals("Len", ms.get(0).name());
        assertTrue(ms.get(0).ptrOnly());
    }
}

package gojc.linker;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkerTest {
    @Test
    void sameInputsGiveIdenticalJars() {
        LinkUnit main = new LinkUnit("main", List.of(), new TreeMap<>(), null);
        byte[] a = Linker.link(List.of(main), "go/main/Pkg").toBytes();
        byte[] b = Linker.link(List.of(main), "go/main/Pkg").toBytes();
        assertArrayEquals(a, b);
    }

    @Test
    void bundlesRuntimeAndEntry() {
        LinkUnit main = new LinkUnit("main", List.of(), new TreeMap<>(), null);
        JarImage jar = Linker.link(List.of(main), "go/main/Pkg");
        assertTrue(jar.entries().containsKey("gojc/rt/RuntimeMain.class"));
        assertTrue(jar.entries().containsKey(Linker.ENTRY + ".class"));
        assertEquals("go.$main", jar.mainClass());
    }
}

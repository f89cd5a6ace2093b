package gojc.ir;

import gojc.syntax.Pos;
import gojc.types.Array;
import gojc.types.Struct;
import gojc.types.Type;
import gojc.types.Universe;
import gojc.types.Var;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Go sizes as gc computes them on amd64 (the values unsafe.Sizeof prints with go1.19). */
class SizesTest {
    private static Struct struct(Type... fields) {
        List<Var> vs = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) vs.add(new Var(Pos.NONE, null, "f" + i, fields[i], Var.Kind.FIELD, false));
        return new Struct(vs, List.of());
    }

    @Test
    void basics() {
        assertEquals(1, Sizes.sizeof(Universe.BOOL));
        assertEquals(2, Sizes.sizeof(Universe.UINT16));
        assertEquals(4, Sizes.sizeof(Universe.RUNE));
        assertEquals(8, Sizes.sizeof(Universe.INT));
        assertEquals(8, Sizes.sizeof(Universe.COMPLEX64));
        assertEquals(16, Sizes.sizeof(Universe.COMPLEX128));
        assertEquals(16, Sizes.sizeof(Universe.STRING));
        assertEquals(24, Sizes.sizeof(new gojc.types.Slice(Universe.INT)));
    }

    @Test
    void structsPadToTheirAlignment() {
        // struct{a byte; b int64; c byte} is 24 bytes; struct{a, b byte; c int32} is 8
        assertEquals(24, Sizes.sizeof(struct(Universe.UINT8, Universe.INT64, Universe.UINT8)));
        assertEquals(8, Sizes.sizeof(struct(Universe.UINT8, Universe.UINT8, Universe.INT32)));
        assertEquals(3, Sizes.sizeof(new Array(3, Universe.UINT8)));
        assertEquals(4, Sizes.alignof(struct(Universe.UINT8, Universe.FLOAT32)));
        assertEquals(0, Sizes.sizeof(struct()));
        // a trailing zero-size field gets a byte of padding: struct{a int32; b struct{}} is 8
        assertEquals(8, Sizes.sizeof(struct(Universe.INT32, struct())));
    }
}

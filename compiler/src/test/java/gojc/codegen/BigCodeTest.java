package gojc.codegen;

import gojc.constant.ConstValue;
import gojc.ir.IrExpr;
import gojc.ir.IrType;
import gojc.ir.Variable;
import gojc.rt.Data;
import gojc.rt.GoString;
import gojc.syntax.Pos;
import gojc.types.Universe;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BigCodeTest {
    private static final IrType INT = IrType.of(Universe.INT, Pos.NONE);
    private static final IrType FLOAT32 = IrType.of(Universe.FLOAT32, Pos.NONE);

    private static IrExpr.ArrayLit lit(String desc, List<IrExpr> elems) {
        return new IrExpr.ArrayLit(elems, new IrType(null, gojc.ir.Repr.REF, null, desc));
    }

    private static byte[] data(BigCode.Packed p) {
        IrExpr.RtCall call = (IrExpr.RtCall) p.data();
        return ((IrExpr.Const) call.args().get(0)).value().bytes();
    }

    @Test
    void packsLongsLittleEndianAndDecodesBack() {
        List<IrExpr> elems = new ArrayList<>();
        long[] want = new long[40];
        for (int i = 0; i < want.length; i++) {
            want[i] = i % 3 == 0 ? -1L - i : (long) i * 1_000_000_007L;
            elems.add(new IrExpr.Const(INT, ConstValue.makeInt64(want[i])));
        }
        BigCode.Packed p = BigCode.packed(lit("[J", elems));
        assertEquals(List.of(), p.rest());
        byte[] bytes = data(p);
        assertEquals(40 * 8, bytes.length);
        assertArrayEquals(want, Data.unpackJ(GoString.of(bytes)));
    }

    @Test
    void packsFloatsAndKeepsNonConstantsForLater() {
        List<IrExpr> elems = new ArrayList<>();
        for (int i = 0; i < 20; i++) elems.add(new IrExpr.Const(FLOAT32, ConstValue.makeFloat64(i + 0.5)));
        elems.set(7, new IrExpr.Load(new Variable("x", FLOAT32)));
        BigCode.Packed p = BigCode.packed(lit("[F", elems));
        assertEquals(List.of(7), p.rest());
        float[] got = Data.unpackF(GoString.of(data(p)));
        assertEquals(2.5f, got[2]);
        assertEquals(0f, got[7]);
    }

    @Test
    void leavesMostlyComputedOrSmallOrReferenceLiteralsAlone() {
        List<IrExpr> computed = new ArrayList<>();
        for (int i = 0; i < 20; i++) computed.add(new IrExpr.Load(new Variable("x" + i, INT)));
        assertNull(BigCode.packed(lit("[J", computed)));
        List<IrExpr> small = new ArrayList<>();
        for (int i = 0; i < 3; i++) small.add(new IrExpr.Const(INT, ConstValue.makeInt64(i)));
        assertNull(BigCode.packed(lit("[J", small)));
        assertNull(BigCode.packed(lit("[Ljava/lang/Object;", computed)));
    }
}

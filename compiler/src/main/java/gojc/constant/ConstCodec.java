package gojc.constant;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigInteger;

/**
 * A binary form of constant values for export data: exact, so a value read back is the same
 * representation (an int stays a long or a BigInteger, a float stays a fraction or a 512-bit
 * binary float) and every later operation on it gives the same result as on the original.
 */
public final class ConstCodec {
    private ConstCodec() {}

    private static final int UNKNOWN = 0, FALSE = 1, TRUE = 2, STRING = 3, SMALL_INT = 4, BIG_INT = 5, RAT = 6,
            BIG_FLOAT = 7, COMPLEX = 8;

    public static void write(DataOutput out, ConstValue v) throws IOException {
        if (v instanceof UnknownValue) {
            out.writeByte(UNKNOWN);
        } else if (v instanceof BoolValue) {
            out.writeByte(ConstValue.boolVal(v) ? TRUE : FALSE);
        } else if (v instanceof StringValue) {
            byte[] b = v.bytes();
            out.writeByte(STRING);
            out.writeInt(b.length);
            out.write(b);
        } else if (v instanceof IntValue i) {
            if (i.isSmall()) {
                out.writeByte(SMALL_INT);
                out.writeLong(i.small);
            } else {
                out.writeByte(BIG_INT);
                big(out, i.big);
            }
        } else if (v instanceof RatValue r) {
            out.writeByte(RAT);
            big(out, r.num);
            big(out, r.den);
        } else if (v instanceof FloatValue f) {
            out.writeByte(BIG_FLOAT);
            big(out, f.value().mant);
            out.writeLong(f.value().exp);
        } else if (v instanceof ComplexValue c) {
            out.writeByte(COMPLEX);
            write(out, c.re());
            write(out, c.im());
        } else {
            throw new IllegalArgumentException("constant " + v);
        }
    }

    public static ConstValue read(DataInput in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case UNKNOWN -> UnknownValue.INSTANCE;
            case FALSE -> BoolValue.FALSE;
            case TRUE -> BoolValue.TRUE;
            case STRING -> {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                yield new StringValue(b);
            }
            case SMALL_INT -> IntValue.of(in.readLong());
            case BIG_INT -> IntValue.of(big(in));
            case RAT -> {
                BigInteger num = big(in);
                yield RatValue.of(num, big(in));
            }
            case BIG_FLOAT -> {
                BigInteger m = big(in);
                // mant has exactly PREC bits (or is zero), so rounding it again is the identity
                BigFloat f = BigFloat.of(m, in.readLong());
                if (f == null) throw new IOException("float constant out of range");
                yield new FloatValue(f);
            }
            case COMPLEX -> {
                ConstValue re = read(in);
                yield new ComplexValue(re, read(in));
            }
            default -> throw new IOException("bad constant tag " + tag);
        };
    }

    private static void big(DataOutput out, BigInteger b) throws IOException {
        byte[] bytes = b.toByteArray();
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static BigInteger big(DataInput in) throws IOException {
        int n = in.readInt();
        if (n <= 0 || n > (1 << 20)) throw new IOException("bad integer constant length " + n);
        byte[] b = new byte[n];
        in.readFully(b);
        return new BigInteger(b);
    }
}

package gojc.constant;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A string constant: a Go string, that is a byte sequence that need not be valid UTF-8.
 * Concatenation builds a lazy rope that is flattened on first use, so long chains of {@code +}
 * (generated code has them) stay linear.
 */
final class StringValue implements ConstValue {
    private byte[] bytes; // null while this is an unflattened concatenation
    private StringValue left;
    private StringValue right;

    StringValue(byte[] bytes) {
        this.bytes = bytes;
    }

    private StringValue(StringValue left, StringValue right) {
        this.left = left;
        this.right = right;
    }

    static StringValue concat(StringValue x, StringValue y) {
        return new StringValue(x, y);
    }

    @Override
    public synchronized byte[] bytes() {
        if (bytes == null) {
            bytes = flatten();
            left = null;
            right = null;
        }
        return bytes;
    }

    private byte[] flatten() {
        // Iterative in-order walk: left-deep chains a+b+c+... would overflow a recursive one.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Deque<StringValue> stack = new ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            StringValue s = stack.pop();
            byte[] b;
            StringValue l;
            StringValue r;
            synchronized (s) {
                b = s.bytes;
                l = s.left;
                r = s.right;
            }
            if (b != null) {
                out.write(b, 0, b.length);
            } else {
                stack.push(r);
                stack.push(l);
            }
        }
        return out.toByteArray();
    }

    @Override
    public Kind kind() {
        return Kind.STRING;
    }

    /** Go's strconv.Quote, shortened to 72 runes with "..." as go/constant does. */
    @Override
    public String toString() {
        final int maxLen = 72;
        String q = Quote.quote(bytes());
        if (q.codePointCount(0, q.length()) > maxLen) {
            int end = q.offsetByCodePoints(0, maxLen - 3);
            q = q.substring(0, end) + "...";
        }
        return q;
    }

    @Override
    public String exactString() {
        return Quote.quote(bytes());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringValue s && Arrays.equals(bytes(), s.bytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes());
    }
}

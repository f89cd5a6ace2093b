package gojc.rt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the outputs of the Go 1.19 reference programs in src/test/go. */
final class Expected {
    private Expected() {}

    static String read(String name) {
        try (InputStream in = Expected.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String[] lines(String name) {
        return read(name).split("\n");
    }
}

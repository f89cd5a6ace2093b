package gojc.syntax;

import java.util.List;

/** A doc comment group: the comment lines directly above a declaration, markers stripped. */
public record Comments(List<String> lines) {
    public static final Comments NONE = new Comments(List.of());

    public String text() {
        return String.join("\n", lines);
    }
}

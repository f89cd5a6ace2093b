package gojc.build;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code drop-func} overlay directive: leaves single top-level functions or methods out of
 * a std file, so that an overlay file replaces only those (os's File.WriteString, which
 * reinterprets a string header through unsafe) instead of the whole file. GOROOT's sources are
 * gofmt'ed: a declaration starts with {@code func} at the start of a line and ends with the
 * first line that is exactly {@code }} (or on its own line when it closes there). The dropped
 * bytes become spaces, newlines stay, so positions in the rest of the file are unchanged.
 * Imports that only the dropped declarations used are blanked the same way (Go rejects unused
 * imports).
 */
final class DropFuncs {
    private DropFuncs() {}

    /** src with the named declarations ({@code F} or {@code T.M}, pointer receivers as T) blanked. */
    static byte[] apply(byte[] src, Set<String> names) {
        byte[] out = src.clone();
        if (!blankDecls(out, names)) return src;
        blankUnusedImports(out);
        return out;
    }

    private static boolean blankDecls(byte[] out, Set<String> names) {
        boolean dropped = false;
        int lineStart = 0;
        while (lineStart < out.length) {
            int lineEnd = lineEnd(out, lineStart);
            String line = new String(out, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
            String name = line.startsWith("func ") ? declName(line) : null;
            if (name != null && names.contains(name)) {
                int end = lineEnd;
                if (!line.endsWith("}")) {
                    int l = lineEnd + 1;
                    while (l < out.length) {
                        int e = lineEnd(out, l);
                        if (e - l == 1 && out[l] == '}') {
                            end = e;
                            break;
                        }
                        l = e + 1;
                    }
                }
                blank(out, lineStart, end);
                lineEnd = end;
                dropped = true;
            }
            lineStart = lineEnd + 1;
        }
        return dropped;
    }

    private static void blank(byte[] out, int from, int to) {
        for (int i = from; i < to && i < out.length; i++) {
            if (out[i] != '\n') out[i] = ' ';
        }
    }

    private static final Pattern IMPORT_LINE = Pattern.compile("^(?:import )?\\s*(?:([A-Za-z_][A-Za-z0-9_]*) )?\"([^\"]+)\"\\s*$");

    /** Blanks the import lines (gofmt'ed: one spec a line) whose package name the file no longer uses. */
    private static void blankUnusedImports(byte[] out) {
        String text = new String(out, StandardCharsets.ISO_8859_1);
        List<int[]> specs = new ArrayList<>();
        List<String> specNames = new ArrayList<>();
        boolean inBlock = false;
        int lineStart = 0;
        while (lineStart < out.length) {
            int lineEnd = lineEnd(out, lineStart);
            String line = text.substring(lineStart, lineEnd);
            if (line.startsWith("import (")) {
                inBlock = true;
            } else if (inBlock && line.equals(")")) {
                inBlock = false;
            } else if (inBlock || line.startsWith("import \"") || line.startsWith("import ")) {
                Matcher m = IMPORT_LINE.matcher(line);
                if (m.matches()) {
                    String path = m.group(2);
                    String name = m.group(1) != null ? m.group(1) : path.substring(path.lastIndexOf('/') + 1);
                    if (!name.equals("_") && !name.equals(".")) {
                        specs.add(new int[] {lineStart, lineEnd});
                        specNames.add(name);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        for (int i = 0; i < specs.size(); i++) {
            int[] span = specs.get(i);
            String rest = text.substring(0, span[0]) + text.substring(span[1]);
            if (!Pattern.compile("\\b" + Pattern.quote(specNames.get(i)) + "\\.").matcher(rest).find()) {
                blank(out, span[0], span[1]);
            }
        }
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n') i++;
        return i;
    }

    /** "F" for {@code func F(}, "T.M" for {@code func (r *T) M(} or {@code func (T) M[...](}. */
    static String declName(String line) {
        String rest = line.substring(5);
        String recv = null;
        if (rest.startsWith("(")) {
            int close = rest.indexOf(')');
            if (close < 0) return null;
            String r = rest.substring(1, close).trim();
            int sp = r.lastIndexOf(' ');
            r = sp >= 0 ? r.substring(sp + 1) : r;
            if (r.startsWith("*")) r = r.substring(1);
            int br = r.indexOf('[');
            recv = br >= 0 ? r.substring(0, br) : r;
            rest = rest.substring(close + 1).trim();
        }
        int i = 0;
        while (i < rest.length() && (Character.isLetterOrDigit(rest.charAt(i)) || rest.charAt(i) == '_')) i++;
        if (i == 0) return null;
        String fn = rest.substring(0, i);
        return recv == null ? fn : recv + "." + fn;
    }
}

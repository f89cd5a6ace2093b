package gojc.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The comments of one file, grouped as go/ast groups them (adjacent lines), answering the
 * builder's two questions: which group documents the declaration on line L, and which
 * directives ({@code //go:...}, {@code //export}, {@code //line}, {@code // +build}) the file has.
 */
final class CommentIndex {
    private record Group(int firstLine, int lastLine, List<GoLexerBase.Comment> comments) {}

    private final List<Group> groups = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<Integer> directiveLines = new ArrayList<>();

    CommentIndex(Source src, List<GoLexerBase.Comment> comments) {
        Group cur = null;
        for (GoLexerBase.Comment c : comments) {
            if (cur != null && c.line() <= cur.lastLine() + 1) {
                cur.comments().add(c);
                cur = new Group(cur.firstLine(), c.endLine(), cur.comments());
                groups.set(groups.size() - 1, cur);
            } else {
                cur = new Group(c.line(), c.endLine(), new ArrayList<>(List.of(c)));
                groups.add(cur);
            }
            Directive d = directive(src, c);
            if (d != null) {
                directives.add(d);
                directiveLines.add(c.line());
            }
        }
    }

    /** A directive comment, or null. Only line comments qualify, except gc's block {@code /*line}. */
    static Directive directive(Source src, GoLexerBase.Comment c) {
        String t = c.text();
        Pos pos = new Pos(src, c.line(), c.col());
        if (t.startsWith("//go:")) {
            int sp = indexOfSpace(t, 2);
            String name = t.substring(2, sp);
            return new Directive(pos, name, Utf8.decode(t.substring(sp).trim()));
        }
        if (t.startsWith("//export ")) return new Directive(pos, "export", Utf8.decode(t.substring(9).trim()));
        if (t.startsWith("//line ") && c.col() == 1) return new Directive(pos, "line", t.substring(7).trim());
        if (t.startsWith("/*line ") && t.endsWith("*/")) return new Directive(pos, "line", t.substring(7, t.length() - 2).trim());
        if (t.startsWith("// +build")) return new Directive(pos, "+build", Utf8.decode(t.substring(9).trim()));
        return null;
    }

    private static int indexOfSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\r') return i;
        }
        return s.length();
    }

    List<Directive> directives() {
        return directives;
    }

    /** Directives on lines after {@code afterLine} and before {@code beforeLine}. */
    List<Directive> directivesBetween(int afterLine, int beforeLine) {
        List<Directive> out = new ArrayList<>();
        for (int i = 0; i < directives.size(); i++) {
            int l = directiveLines.get(i);
            if (l > afterLine && l < beforeLine) out.add(directives.get(i));
        }
        return out.isEmpty() ? List.of() : out;
    }

    /** The comment group ending on the line just above {@code line}, markers stripped. */
    Comments docAbove(int line) {
        Group g = find(line - 1);
        if (g == null) return Comments.NONE;
        List<String> lines = new ArrayList<>();
        for (GoLexerBase.Comment c : g.comments()) {
            String t = Utf8.decode(c.text());
            if (t.startsWith("//")) {
                if (directive(null, c) != null) continue;
                String s = t.substring(2);
                lines.add(s.startsWith(" ") ? s.substring(1) : s);
            } else {
                String body = t.endsWith("*/") && t.length() >= 4 ? t.substring(2, t.length() - 2) : t.substring(2);
                for (String l : body.split("\n", -1)) lines.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
        while (!lines.isEmpty() && lines.get(0).isBlank()) lines.remove(0);
        return lines.isEmpty() ? Comments.NONE : new Comments(List.copyOf(lines));
    }

    private Group find(int lastLine) {
        int lo = 0, hi = groups.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int l = groups.get(mid).lastLine();
            if (l < lastLine) lo = mid + 1;
            else if (l > lastLine) hi = mid - 1;
            else return groups.get(mid);
        }
        return null;
    }
}

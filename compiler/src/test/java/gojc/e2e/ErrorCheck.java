package gojc.e2e;

import gojc.build.BuildOptions;
import gojc.build.BuildResult;
import gojc.build.Builder;
import gojc.build.Toolchain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Judges a {@code // errorcheck} case as Go's test/run.go does (and as the shared
 * errorcheck.py counts it): build with {@code -gcflags=-e}; every {@code // ERROR "re"} must be
 * matched by an error reported on its line, and no reported error may be left unmatched.
 */
final class ErrorCheck {
    private static final Pattern WANT = Pattern.compile("// (?:GC_)?(?:ERROR|ERRORAUTO) (.*)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern LINE_REF = Pattern.compile("LINE(([+-])([0-9]+))?");
    private static final Pattern REPORTED = Pattern.compile("^(?:\\./)?([^:\\s]+\\.go):(\\d+)(?::\\d+)?: (.*)$", Pattern.DOTALL);

    private record Want(int line, String re) {}

    private record Reported(int line, String msg) {}

    private ErrorCheck() {}

    /** Null when the case passes, else why not. */
    static String check(Path file) throws IOException {
        String base = file.getFileName().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        BuildResult r = new Builder(Toolchain.current(), ps, file.getParent())
                .build(List.of(base), new BuildOptions(true, "exe", false));
        List<Want> wants = wanted(file);
        if (r.exitCode() == 0 && !wants.isEmpty()) return "no error reported";
        List<Reported> left = reported(out.toString(StandardCharsets.UTF_8), base);
        for (Want w : wants) {
            List<Reported> mine = left.stream().filter(e -> e.line == w.line).toList();
            if (mine.isEmpty()) return "missing error at line " + w.line;
            Pattern re;
            try {
                re = Pattern.compile(literalBraces(w.re));
            } catch (PatternSyntaxException e) {
                re = Pattern.compile(Pattern.quote(w.re));
            }
            final Pattern fre = re;
            List<Reported> hit = mine.stream().filter(e -> fre.matcher(e.msg).find()).toList();
            if (hit.isEmpty()) return "no match at line " + w.line + " for " + w.re + " in " + mine;
            left.removeAll(hit);
        }
        if (!left.isEmpty()) return "unexpected error at line " + left.get(0).line + ": " + left.get(0).msg;
        return null;
    }

    private static List<Want> wanted(Path file) throws IOException {
        List<Want> w = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        String base = file.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = WANT.matcher(lines.get(i));
            if (!m.find()) continue;
            Matcher q = QUOTED.matcher(m.group(1));
            int line = i + 1;
            while (q.find()) {
                String rx = new String(q.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                Matcher lr = LINE_REF.matcher(rx);
                StringBuilder sb = new StringBuilder();
                while (lr.find()) {
                    int n = line;
                    if (lr.group(1) != null) n += Integer.parseInt(lr.group(3)) * (lr.group(2).equals("+") ? 1 : -1);
                    lr.appendReplacement(sb, Matcher.quoteReplacement(base + ":" + n));
                }
                lr.appendTail(sb);
                w.add(new Want(line, sb.toString()));
            }
        }
        return w;
    }

    /** Reported errors of this file; a line starting with a tab continues the one above. */
    private static List<Reported> reported(String output, String base) {
        List<String> joined = new ArrayList<>();
        for (String l : output.split("\n")) {
            if (l.startsWith("\t") && !joined.isEmpty()) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + "\n" + l);
            } else if (!l.startsWith("#") && !l.isBlank()) {
                joined.add(l);
            }
        }
        List<Reported> out = new ArrayList<>();
        Pattern self = Pattern.compile("(?<![\\w/])\\./" + Pattern.quote(base));
        for (String l : joined) {
            Matcher m = REPORTED.matcher(l);
            if (m.matches() && Path.of(m.group(1)).getFileName().toString().equals(base)) {
                out.add(new Reported(Integer.parseInt(m.group(2)), self.matcher(m.group(3)).replaceAll(Matcher.quoteReplacement(base))));
            }
        }
        return out;
    }

    private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d+(,\\d*)?}");

    /**
     * Go's regexp (and Python's re, which errorcheck.py uses) read a '{' that does not begin a
     * repetition such as {2} or {1,3} as a literal brace; Java rejects it. Escape those.
     */
    static String literalBraces(String re) {
        StringBuilder b = new StringBuilder(re.length() + 8);
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length()) {
                b.append(c).append(re.charAt(++i));
            } else if (c == '{' && !QUANTIFIER.matcher(re).region(i, re.length()).lookingAt()) {
                b.append("\\{");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

package gojc.types;

import gojc.diag.Diagnostic;
import gojc.diag.Diagnostics;
import gojc.syntax.File;
import gojc.syntax.Parser;
import gojc.syntax.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs parse + check over the plain {@code // errorcheck} cases of GOROOT/test and judges them
 * as test/run.go does (see shared/tools/errorcheck.py). Slow: runs with
 * {@code -Dgojc.errorcheck=true}; writes target/errorcheck-report.txt.
 */
class ErrorCheckTest {
    static final Path GOTEST = Path.of("/usr/lib/go-1.19/test");
    static final List<String> DIRS = List.of(".", "ken", "chan", "interface", "fixedbugs", "typeparam", "syntax");
    static final Pattern ERR = Pattern.compile("// (?:GC_)?(ERROR|ERRORAUTO) (.*)");
    static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    static List<Path> cases() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String d : DIRS) {
            Path base = GOTEST.resolve(d);
            if (!Files.isDirectory(base)) continue;
            try (Stream<Path> s = Files.list(base)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".go") && Files.isRegularFile(f)).sorted().toList()) {
                    for (String l : Files.readAllLines(p, StandardCharsets.ISO_8859_1)) {
                        String t = l.strip();
                        if (t.isEmpty() || l.startsWith("//go:build") || l.startsWith("// +build")) continue;
                        if (t.equals("// errorcheck")) out.add(p);
                        break;
                    }
                }
            }
        }
        return out;
    }

    record Want(int line, String rx) {}

    static List<Want> wanted(Path p) throws IOException {
        List<Want> w = new ArrayList<>();
        List<String> lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
        String base = p.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ERR.matcher(lines.get(i));
            if (!m.find()) continue;
            Matcher q = QUOTED.matcher(m.group(2));
            while (q.find()) {
                int line = i + 1;
                String rx = Pattern.compile("LINE(([+-])([0-9]+))?").matcher(q.group(1)).replaceAll(mm -> {
                    int n = line;
                    if (mm.group(1) != null) n += Integer.parseInt(mm.group(3)) * (mm.group(2).equals("+") ? 1 : -1);
                    return Matcher.quoteReplacement(base + ":" + n);
                });
                w.add(new Want(line, rx));
            }
        }
        return w;
    }

    record Err(int line, String msg) {}

    /** Go's RE2 takes a '{' that starts no repetition literally; Java's does not. */
    static String goRegexp(String rx) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rx.length(); i++) {
            char ch = rx.charAt(i);
            if (ch == '\\' && i + 1 < rx.length()) {
                sb.append(ch).append(rx.charAt(++i));
                continue;
            }
            if (ch == '{' && !rx.substring(i).matches("(?s)\\{\\d+(,\\d*)?}.*")) {
                sb.append("\\{");
                continue;
            }
            if (ch == '}' && !sb.toString().matches("(?s).*\\{\\d+(,\\d*)?")) {
                sb.append("\\}");
                continue;
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    /** Checks one case; returns null if it passes, else why not. */
    static String run(Path p, GorootImporter imp) throws IOException {
        String base = p.getFileName().toString();
        Diagnostics errs = new Diagnostics();
        File f = Parser.parse(new Source(p, base), Files.readAllBytes(p), errs);
        if (!errs.hasErrors() && f != null) {
            Checker.check(f.pkgName().name(), List.of(f), imp, "go1.19", errs, new Info());
        }
        List<Err> got = new ArrayList<>();
        Diagnostic last = null;
        for (Diagnostic d : errs.sorted()) {
            if (last != null && last.pos().equals(d.pos()) && last.message().equals(d.message())) continue;
            last = d;
            got.add(new Err(d.pos().line(), d.message()));
        }
        List<Want> want = wanted(p);
        if (got.isEmpty() && !want.isEmpty()) return "no error reported";
        List<Err> left = new ArrayList<>(got);
        for (Want w : want) {
            List<Err> mine = left.stream().filter(e -> e.line == w.line).toList();
            if (mine.isEmpty()) return "missing error at line " + w.line + ": " + w.rx;
            Pattern r;
            try {
                r = Pattern.compile(goRegexp(w.rx));
            } catch (PatternSyntaxException e) {
                r = Pattern.compile(Pattern.quote(w.rx));
            }
            Pattern fr = r;
            List<Err> hit = mine.stream().filter(e -> fr.matcher(e.msg).find()).toList();
            if (hit.isEmpty()) return "no match at line " + w.line + ": want " + w.rx + ", got " + mine.get(0).msg;
            left.removeAll(hit);
        }
        if (!left.isEmpty()) return "unexpected error at line " + left.get(0).line + ": " + left.get(0).msg;
        return null;
    }

    @Test
    @EnabledIfSystemProperty(named = "gojc.errorcheck", matches = "true")
    void errorcheckSuite() throws IOException {
        GorootImporter imp = new GorootImporter();
        List<String> report = new ArrayList<>();
        int pass = 0, total = 0;
        for (Path p : cases()) {
            total++;
            String why;
            try {
                why = run(p, imp);
            } catch (RuntimeException | StackOverflowError e) {
                why = "CRASH " + e;
            }
            if (why == null) pass++;
            else report.add(GOTEST.relativize(p) + ": " + why.replace("\n", "\\n"));
        }
        String summary = "errorcheck: " + pass + " of " + total + " pass";
        report.add(summary);
        Files.write(Path.of("target", "errorcheck-report.txt"), report);
        System.out.println(summary);
        assertTrue(pass >= 415, summary + " (regression below the recorded 419)");
    }
}

package gojc.syntax;

import gojc.diag.Diagnostic;
import gojc.diag.Diagnostics;

import java.nio.file.Files;
import java.nio.file.Path;

/** Dev tool: parses every .go file under the given dirs, prints the first error of each failing file. */
public final class ParseAll {
    public static void main(String[] args) throws Exception {
        int n = 0, bad = 0;
        for (String a : args) {
            for (Path p : ParseBench.goFiles(Path.of(a))) {
                n++;
                Diagnostics d = new Diagnostics();
                try {
                    Parser.parse(new Source(p, p.toString()), Files.readAllBytes(p), d);
                } catch (Throwable t) {
                    System.out.println(p + ": THROWS " + t);
                    bad++;
                    continue;
                }
                if (d.hasErrors()) {
                    bad++;
                    Diagnostic first = d.sorted().get(0);
                    System.out.println(first);
                }
            }
        }
        System.out.println(n + " files, " + bad + " with errors");
    }
}

package gojc.syntax;

import gojc.diag.Diagnostics;

import java.nio.file.Files;
import java.nio.file.Path;

/** Dev tool: parses the named files and prints their diagnostics (and the AST with -ast). */
public final class ParseCheck {
    public static void main(String[] args) throws Exception {
        boolean ast = false;
        for (String a : args) {
            if (a.equals("-ast")) {
                ast = true;
                continue;
            }
            Path p = Path.of(a);
            Diagnostics d = new Diagnostics();
            File f = Parser.parse(new Source(p, a), Files.readAllBytes(p), d);
            d.print(System.out, true);
            if (ast) System.out.println(f);
        }
    }
}

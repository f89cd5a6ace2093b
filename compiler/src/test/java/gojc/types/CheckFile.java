package gojc.types;

import gojc.diag.Diagnostics;
import gojc.syntax.File;
import gojc.syntax.Parser;
import gojc.syntax.Source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Debugging aid: parses and checks the Go files named on the command line as one package. */
public final class CheckFile {
    public static void main(String[] args) throws Exception {
        Diagnostics errs = new Diagnostics();
        List<File> files = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            files.add(Parser.parse(new Source(p, p.getFileName().toString()), Files.readAllBytes(p), errs));
        }
        if (!errs.hasErrors()) {
            Checker.check(files.get(0).pkgName().name(), files, new GorootImporter(), "go1.19", errs, new Info());
        }
        errs.print(System.out, true);
    }
}

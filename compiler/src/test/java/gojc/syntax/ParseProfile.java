package gojc.syntax;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.PredictionMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Dev tool: ANTLR decision profile (SLL lookahead, time) over the .go files under the given dirs. */
public final class ParseProfile {
    public static void main(String[] args) throws Exception {
        long[] time = null, look = null, maxLook = null, calls = null, llFallback = null;
        DecisionInfo[] last = null;
        long lexNanos = 0, parseNanos = 0;
        for (String a : args) {
            List<Path> files = ParseBench.goFiles(Path.of(a));
            for (Path p : files) {
                String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
                long t0 = System.nanoTime();
                GoLexer lexer = new GoLexer(CharStreams.fromString(text));
                lexer.removeErrorListeners();
                CommonTokenStream tokens = new CommonTokenStream(lexer);
                tokens.fill();
                ResultParens.mark(tokens.getTokens());
                long t1 = System.nanoTime();
                GoParser parser = new GoParser(tokens);
                parser.removeErrorListeners();
                parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
                parser.setProfile(true);
                parser.sourceFile();
                parseNanos += System.nanoTime() - t1;
                lexNanos += t1 - t0;
                DecisionInfo[] info = parser.getParseInfo().getDecisionInfo();
                if (time == null) {
                    int n = info.length;
                    time = new long[n]; look = new long[n]; maxLook = new long[n]; calls = new long[n]; llFallback = new long[n];
                }
                for (int i = 0; i < info.length; i++) {
                    time[i] += info[i].timeInPrediction;
                    look[i] += info[i].SLL_TotalLook;
                    maxLook[i] = Math.max(maxLook[i], info[i].SLL_MaxLook);
                    calls[i] += info[i].invocations;
                    llFallback[i] += info[i].LL_Fallback;
                }
                last = info;
            }
        }
        System.out.printf("lex %.1f s, parse %.1f s%n", lexNanos / 1e9, parseNanos / 1e9);
        Integer[] idx = new Integer[time.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        long[] t = time;
        Arrays.sort(idx, Comparator.comparingLong(i -> -t[i]));
        GoParser dummy = new GoParser(null);
        for (int k = 0; k < 25 && k < idx.length; k++) {
            int i = idx[k];
            var ds = dummy.getATN().getDecisionState(i);
            System.out.printf("decision %3d rule %-16s time %8.1f ms calls %9d look %10d maxLook %5d%n", i,
                    GoParser.ruleNames[ds.ruleIndex], time[i] / 1e6, calls[i], look[i], maxLook[i]);
        }
    }
}

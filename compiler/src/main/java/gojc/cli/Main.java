package gojc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gojc} command: Go's build and run verbs for the JVM. */
@Command(name = "gojc",
        description = "gojc compiles Go programs to JVM jars.",
        subcommands = {BuildCommand.class, RunCommand.class, ListCommand.class, EnvCommand.class, VersionCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code of compile errors and bad usage, as {@code go build} uses it. */
    public static final int EXIT_ERRORS = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) throws InterruptedException {
        // The compiler recurses over deeply nested source (long string concatenations, generated
        // tables): give it a large stack, as gc's goroutines have, rather than fail.
        int[] code = {EXIT_ERRORS};
        Thread t = new Thread(null, () -> code[0] = run(args), "gojc", 1L << 30);
        t.start();
        t.join();
        System.exit(code[0]);
    }

    private static int run(String[] args) {
        try {
            return commandLine().execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            System.err.println("gojc: internal error: " + e);
            return EXIT_ERRORS;
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setStopAtPositional(true); // gojc run prog.go -x: "-x" is the program's
        cl.setParameterExceptionHandler((ex, a) -> {
            if (ex instanceof CommandLine.UnmatchedArgumentException u && ex.getCommandLine() == cl
                    && !u.getUnmatched().isEmpty()) {
                System.err.println("gojc " + u.getUnmatched().get(0) + ": unknown command");
                System.err.println("Run 'gojc help' for usage.");
                return EXIT_ERRORS;
            }
            System.err.println("gojc: " + ex.getMessage());
            System.err.println("run 'gojc help " + ex.getCommandLine().getCommandName() + "' for usage");
            return EXIT_ERRORS;
        });
        cl.setExecutionExceptionHandler((ex, c, r) -> {
            // A bug in gojc, not in the user's program: one line, the trace only on request.
            System.err.println("gojc: internal error: " + ex);
            if (System.getenv("GOJC_TRACE") != null) ex.printStackTrace();
            return EXIT_ERRORS;
        });
        return cl;
    }
}

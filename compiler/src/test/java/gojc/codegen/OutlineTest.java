package gojc.codegen;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The split levels are kept per function: a helper's oversized method counts for its function. */
class OutlineTest {
    @Test
    void helperMethodsBelongToTheirFunction() {
        assertEquals("go/main/m$go.main", Outline.functionOf("go/main/m$go$main$run3", "main"));
        assertEquals("go/go/types/builtins$go.Checker$builtin",
                Outline.functionOf("go/go/types/builtins$go$Checker$builtin$run12", "Checker$builtin"));
        assertEquals("go/main/m$go.main", Outline.functionOf("go/main/m$go", "main"));
        // a class merely ending in "$run" plus letters is no helper
        assertEquals("go/main/m$go$main$runx.main", Outline.functionOf("go/main/m$go$main$runx", "main"));
    }
}

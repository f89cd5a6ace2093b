package gojc.e2e;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The judge reads the suite's ERROR patterns as Go's regexp does. */
class ErrorCheckTest {
    @Test
    void aBraceThatIsNoRepetitionIsLiteral() {
        String re = ErrorCheck.literalBraces("unexpected \\), expecting { after for clause|expected .*{.*");
        assertTrue(Pattern.compile(re).matcher("syntax error: unexpected ), expecting { after for clause").find());
        assertTrue(Pattern.compile(ErrorCheck.literalBraces("map\\[string\\]int{} .* not used"))
                .matcher("map[string]int{} (value of type map[string]int) is not used").find());
    }

    @Test
    void repetitionsAndEscapesStay() {
        assertEquals("a{2}b{1,3}c{4,}\\{", ErrorCheck.literalBraces("a{2}b{1,3}c{4,}\\{"));
        assertEquals("x\\{y", ErrorCheck.literalBraces("x{y"));
    }
}

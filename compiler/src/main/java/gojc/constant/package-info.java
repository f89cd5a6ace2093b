/**
 * Exact arithmetic on Go constants, as go/constant does it (the type checker's constant values).
 *
 * <p>Entry points: {@link gojc.constant.ConstValue} (values, literal evaluation, operations, string
 * forms as gc prints them) and {@link gojc.constant.Representability} (whether a constant fits a
 * basic type, its rounded value there, and gc's overflows/truncated reason).
 *
 * <p>Representations: INT values are longs or BigIntegers; FLOAT values are exact fractions while
 * numerator and denominator stay below 4096 bits, else 512-bit binary floats ({@code BigFloat});
 * COMPLEX values are pairs of those; STRING values are byte sequences.
 * Compare values with {@link gojc.constant.ConstValue#compare}, not {@code equals}: 2 (INT) and
 * 2.0 (FLOAT) are equal constants but different representations.
 */
package gojc.constant;

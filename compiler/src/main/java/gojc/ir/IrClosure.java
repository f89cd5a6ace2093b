package gojc.ir;

import java.util.List;

/**
 * A generated func-value class: a function literal (its captured variables as fields), a
 * top-level function or method used as a value, a method value (the bound receiver as a
 * field), or the evaluated call of a defer statement. {@code body} becomes the instance method
 * {@code call}; its captured variables have {@link Variable#field} set.
 */
public record IrClosure(String className, FuncShape shape, IrFunc body, List<Variable> fields, boolean usesRecover) {}

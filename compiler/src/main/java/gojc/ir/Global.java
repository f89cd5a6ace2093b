package gojc.ir;

/** A package-level variable: a static field of its package's class. */
public record Global(String owner, String name, IrType type) {}

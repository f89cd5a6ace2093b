package gojc.types;

import gojc.syntax.Expr;

import java.util.List;

/** One package-level variable initialization, in the order the spec prescribes. */
public record Initializer(List<Var> lhs, Expr rhs) {}

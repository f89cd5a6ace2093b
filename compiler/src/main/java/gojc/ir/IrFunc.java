package gojc.ir;

import gojc.syntax.Pos;

import java.util.List;

/** One Go function lowered: its JVM method, parameters, locals and body. */
public record IrFunc(FuncRef ref, Pos pos, List<Variable> params, List<Variable> locals, IrStmt.Block body) {}

package gojc.syntax;

/**
 * Every AST node knows where it starts. Nodes are immutable records; later phases keep their
 * facts in side tables keyed by node identity ({@link java.util.IdentityHashMap}), never by
 * record equality, which would walk whole subtrees.
 */
public interface Node {
    Pos pos();
}

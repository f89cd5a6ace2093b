package gojc.loader;

import java.util.List;

/**
 * The outcome of {@link Loader#loadAll}: the packages the patterns matched, in pattern order;
 * those plus all their transitive dependencies, dependencies first; and errors that belong to no
 * package (bad patterns, a broken go.mod). Package errors stay on their packages.
 */
public record LoadResult(List<Package> roots, List<Package> all, List<String> errors) {

    public LoadResult {
        roots = List.copyOf(roots);
        all = List.copyOf(all);
        errors = List.copyOf(errors);
    }

    /** Whether anything failed: a global error or an error on any loaded package. */
    public boolean hasErrors() {
        return !errors.isEmpty() || all.stream().anyMatch(p -> p.error() != null || !p.importErrors().isEmpty());
    }
}

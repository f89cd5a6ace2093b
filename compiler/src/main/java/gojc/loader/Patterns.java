package gojc.loader;

import java.util.regex.Pattern;

/** Import path patterns with "..." wildcards, matched as the go command matches them. */
final class Patterns {
    private Patterns() {
    }

    static boolean isLocal(String pattern) {
        return pattern.equals(".") || pattern.equals("..") || pattern.startsWith("./")
                || pattern.startsWith("../") || pattern.startsWith("/");
    }

    static boolean isMeta(String pattern) {
        return pattern.equals("std") || pattern.equals("cmd") || pattern.equals("all");
    }

    /**
     * A predicate for "..." patterns: "..." matches any string; a trailing "/..." also matches the
     * empty suffix ("net/..." matches "net"). Unless the pattern mentions "vendor", no path with a
     * vendor element matches, as vendored packages are not meant to be named by wildcards.
     */
    static java.util.function.Predicate<String> matcher(String pattern) {
        StringBuilder re = new StringBuilder();
        String p = pattern;
        boolean optionalTail = p.endsWith("/...");
        if (optionalTail) p = p.substring(0, p.length() - 4);
        String[] parts = p.split("\\.\\.\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) re.append(".*");
            re.append(Pattern.quote(parts[i]));
        }
        if (optionalTail) re.append("(/.*)?");
        Pattern rx = Pattern.compile(re.toString());
        boolean vendorOk = pattern.contains("vendor");
        return path -> rx.matcher(path).matches()
                && (vendorOk || !(path.startsWith("vendor/") || path.contains("/vendor/")));
    }
}

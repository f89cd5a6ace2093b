package gojc.types;

/** Supplies checked packages for import paths; the build driver implements it. */
public interface Importer {
    /** The checked package, or null if it cannot be found (the checker reports the error). */
    Package importPackage(String path);
}

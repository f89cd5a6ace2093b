package gojc.linker;

import java.util.List;

/**
 * An {@code //export}ed Go function of a library jar: the Java method to generate and the Go
 * method it calls.
 *
 * @param javaName   the public static method's name (the export name)
 * @param owner      class of the compiled Go function
 * @param goMethod   its method name
 * @param goDesc     its JVM descriptor
 * @param params     Java types of the parameters, in order
 * @param result     Java type of the result
 */
public record Export(String javaName, String owner, String goMethod, String goDesc, List<JavaType> params,
                     JavaType result) {

    /** The Java types Go's basic types, strings and byte slices are exchanged as. */
    public enum JavaType {
        VOID("V", "V"), BOOLEAN("Z", "Z"), INT("I", "I"), LONG("J", "J"), FLOAT("F", "F"), DOUBLE("D", "D"),
        STRING("Ljava/lang/String;", "Lgojc/rt/GoString;"), BYTES("[B", "Lgojc/rt/SliceB;");

        public final String javaDesc;
        public final String goDesc;

        JavaType(String javaDesc, String goDesc) {
            this.javaDesc = javaDesc;
            this.goDesc = goDesc;
        }
    }
}

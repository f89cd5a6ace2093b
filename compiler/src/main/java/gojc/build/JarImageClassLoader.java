package gojc.build;

import gojc.linker.JarImage;

/** Loads classes straight from a linked jar image held in memory. */
final class JarImageClassLoader extends ClassLoader {
    private final JarImage jar;

    JarImageClassLoader(JarImage jar, ClassLoader parent) {
        super("gojc-program", parent);
        this.jar = jar;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = jar.entries().get(name.replace('.', '/') + ".class");
        if (b == null) throw new ClassNotFoundException(name);
        return defineClass(name, b, 0, b.length);
    }
}

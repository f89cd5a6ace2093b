package gojc.rt.std.syscall;

import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process's file descriptors as Go sees them: small integers, the lowest free one given out
 * first as the kernel does. 0, 1 and 2 are the JVM's standard streams; the others are open
 * files, directories (a path and a listing cursor), pipe ends or sockets ({@link Sock}). dup shares the {@link File}.
 */
final class FdTable {
    private FdTable() {}

    /** An open file description: shared by descriptors made by dup. */
    static final class File {
        final Path path; // null for pipes and the standard streams
        final int stdio; // 0, 1, 2, or -1
        ReadableByteChannel in;
        WritableByteChannel out;
        java.nio.channels.FileChannel file; // for regular files: seekable
        boolean dir;
        Sock sock; // for sockets
        boolean append;
        /** Directory listing (names) and the next entry to return, filled on first ReadDirent. */
        List<String> entries;
        int next;
        int refs = 1;

        File(Path path, int stdio) {
            this.path = path;
            this.stdio = stdio;
        }
    }

    private static final List<File> fds = new ArrayList<>(List.of(new File(null, 0), new File(null, 1), new File(null, 2)));

    static synchronized int add(File f) {
        for (int i = 0; i < fds.size(); i++) {
            if (fds.get(i) == null) {
                fds.set(i, f);
                return i;
            }
        }
        fds.add(f);
        return fds.size() - 1;
    }

    static synchronized File get(long fd) {
        return fd < 0 || fd >= fds.size() ? null : fds.get((int) fd);
    }

    static synchronized int dup(File f) {
        f.refs++;
        return add(f);
    }

    /** Another holder of f (a child process's stream pump): closed when the last one lets go. */
    static synchronized void retain(File f) {
        f.refs++;
    }

    /** Drops a {@link #retain} hold; true when f is no longer referenced and must be closed. */
    static synchronized boolean release(File f) {
        return --f.refs == 0;
    }

    /** Removes fd; returns its File when this was the last descriptor of it (to close), else null. */
    static synchronized File remove(long fd, File f) {
        fds.set((int) fd, null);
        return --f.refs == 0 ? f : null;
    }
}

package gojc.rt.std.syscall;

import gojc.rt.GoString;
import gojc.rt.SliceJ;
import gojc.rt.SliceL;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Child processes for syscall.StartProcess and Wait4, on java.lang.ProcessBuilder (the JVM
 * cannot fork itself). The child's descriptors 0-2 come from the parent's: the standard
 * streams are inherited, files are redirected by path, and pipe ends are pumped by a daemon
 * thread between the child's stream and the pipe (holding the pipe end open until the child's
 * stream ends, as the child's own descriptor would).
 */
final class Processes {
    private Processes() {}

    private static final Map<Long, Process> CHILDREN = new ConcurrentHashMap<>();

    static long start(GoString argv0, SliceL argv, SliceL env, GoString dir, SliceJ fds) {
        List<String> cmd = new ArrayList<>();
        cmd.add(str(argv0));
        for (int i = 1; i < (argv == null ? 0 : argv.len); i++) cmd.add(str((GoString) argv.array[argv.off + i]));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (env != null) {
            Map<String, String> e = pb.environment();
            e.clear();
            for (int i = 0; i < env.len; i++) {
                String kv = str((GoString) env.array[env.off + i]);
                int eq = kv.indexOf('=');
                if (eq > 0) e.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        pb.directory(dir.length == 0 ? new File(Natives.getwd().toJava()) : Natives.path(dir).toFile());
        FdTable.File[] child = new FdTable.File[3];
        for (int i = 0; i < 3; i++) {
            long fd = fds != null && i < fds.len ? fds.array[fds.off + i] : -1;
            child[i] = fd < 0 ? null : FdTable.get(fd);
            ProcessBuilder.Redirect r = redirect(child[i], i == 0);
            if (i == 0) pb.redirectInput(r);
            else if (i == 1) pb.redirectOutput(r);
            else pb.redirectError(r);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            return m.contains("error=13") ? -Natives.EACCES : m.contains("error=2") ? -Natives.ENOENT : -Natives.EIO;
        }
        if (isPipe(child[0])) pump(child[0], null, p.getOutputStream());
        if (isPipe(child[1])) pump(child[1], p.getInputStream(), null);
        if (isPipe(child[2])) pump(child[2], p.getErrorStream(), null);
        CHILDREN.put(p.pid(), p);
        return p.pid();
    }

    private static boolean isPipe(FdTable.File f) {
        return f != null && f.stdio < 0 && f.path == null;
    }

    private static ProcessBuilder.Redirect redirect(FdTable.File f, boolean in) {
        if (f == null) return ProcessBuilder.Redirect.DISCARD;
        if (f.stdio >= 0) return ProcessBuilder.Redirect.INHERIT;
        if (f.path != null) return in ? ProcessBuilder.Redirect.from(f.path.toFile()) : ProcessBuilder.Redirect.appendTo(f.path.toFile());
        return ProcessBuilder.Redirect.PIPE;
    }

    /** Copies between the child's stream and a pipe end on a daemon thread. */
    private static void pump(FdTable.File pipe, InputStream fromChild, OutputStream toChild) {
        FdTable.retain(pipe);
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                if (fromChild != null) {
                    for (int n; (n = fromChild.read(buf)) > 0; ) {
                        ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
                        while (b.hasRemaining()) pipe.out.write(b);
                    }
                } else {
                    InputStream in = Channels.newInputStream(pipe.in);
                    for (int n; (n = in.read(buf)) > 0; ) toChild.write(buf, 0, n);
                    toChild.close();
                }
            } catch (IOException e) {
                // the other side went away: the copy ends, as a broken pipe would end it
            } finally {
                if (FdTable.release(pipe)) {
                    try {
                        if (pipe.in != null) pipe.in.close();
                        if (pipe.out != null) pipe.out.close();
                    } catch (IOException e) {
                        // closing an already broken pipe
                    }
                }
            }
        }, "gojc-child-pipe");
        t.setDaemon(true);
        t.start();
    }

    /** wait4: the child's wait status (exit code << 8), or -ECHILD. */
    static long waitChild(long pid) {
        Process p = CHILDREN.get(pid);
        if (p == null) return -Natives.ECHILD;
        try {
            int code = Blocking.call(() -> {
                try {
                    return p.waitFor();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            });
            CHILDREN.remove(pid);
            return (code & 0xFF) << 8;
        } catch (IOException | RuntimeException e) {
            return -Natives.EIO;
        }
    }

    private static String str(GoString s) {
        return new String(s.bytes, s.offset, s.length, StandardCharsets.UTF_8);
    }
}

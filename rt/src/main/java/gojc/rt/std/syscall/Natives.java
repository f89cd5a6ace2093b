package gojc.rt.std.syscall;

import gojc.rt.GoString;
import gojc.rt.SliceB;
import gojc.rt.SliceJ;
import gojc.rt.SliceL;
import gojc.rt.Stdio;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The system calls of gojc's syscall overlay (overlay/syscall/syscall_jvm.go) over java.nio.
 * Each returns its result (>= 0) or -errno. Paths are Go's bytes read as UTF-8, resolved
 * against the program's own working directory ({@link #cwd}: the JVM cannot change its own).
 * Calls that may wait for long (reads of the standard input and of pipes) hand the P to
 * another M meanwhile ({@link Blocking}).
 */
public final class Natives {
    private Natives() {}

    static final int EPERM = 1, ENOENT = 2, ESRCH = 3, EIO = 5, EBADF = 9, ECHILD = 10, EACCES = 13,
            EEXIST = 17, EXDEV = 18, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, EMFILE = 24, ENOSPC = 28,
            ESPIPE = 29, EROFS = 30, ENAMETOOLONG = 36, ENOSYS = 38, ENOTEMPTY = 39, ELOOP = 40;
    static final int O_ACCMODE = 0x3, O_WRONLY = 0x1, O_RDWR = 0x2, O_CREAT = 0x40, O_EXCL = 0x80,
            O_TRUNC = 0x200, O_APPEND = 0x400, O_DIRECTORY = 0x10000, O_NOFOLLOW = 0x20000;
    static final long AT_FDCWD = -100;
    static final int AT_REMOVEDIR = 0x200;

    /** The working directory: chdir changes the Go program's view only. */
    private static volatile Path cwd = Paths.get(System.getProperty("user.dir")).toAbsolutePath();

    private static String str(GoString s) {
        return new String(s.bytes, s.offset, s.length, StandardCharsets.UTF_8);
    }

    static Path path(GoString s) {
        return cwd.resolve(str(s));
    }

    /** The errno of a failed java.nio call (UnixException's reason is strerror's text). */
    static int errno(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return ENOENT;
        if (e instanceof java.nio.file.FileAlreadyExistsException) return EEXIST;
        if (e instanceof java.nio.file.DirectoryNotEmptyException) return ENOTEMPTY;
        if (e instanceof java.nio.file.AccessDeniedException) return EACCES;
        if (e instanceof java.nio.file.NotDirectoryException) return ENOTDIR;
        if (e instanceof java.nio.file.NotLinkException) return EINVAL;
        if (e instanceof java.nio.file.FileSystemLoopException) return ELOOP;
        if (e instanceof InvalidPathException) return EINVAL;
        // reading a file opened write-only, or the reverse: Linux's read and write give EBADF
        if (e instanceof java.nio.channels.NonReadableChannelException) return EBADF;
        if (e instanceof java.nio.channels.NonWritableChannelException) return EBADF;
        if (e instanceof java.nio.file.AtomicMoveNotSupportedException) return EXDEV;
        String reason = e instanceof java.nio.file.FileSystemException
                ? ((java.nio.file.FileSystemException) e).getReason() : e.getMessage();
        if (reason != null) {
            switch (reason) {
                case "Is a directory": return EISDIR;
                case "Not a directory": return ENOTDIR;
                case "Operation not permitted": return EPERM;
                case "Invalid argument": return EINVAL;
                case "Read-only file system": return EROFS;
                case "Too many open files": return EMFILE;
                case "File name too long": return ENAMETOOLONG;
                case "No space left on device": return ENOSPC;
                case "Directory not empty": return ENOTEMPTY;
                case "Invalid cross-device link": return EXDEV;
                case "Too many levels of symbolic links": return ELOOP;
                default: break;
            }
        }
        return EIO;
    }

    private static Set<PosixFilePermission> perms(long mode) {
        return PosixFilePermissions.fromString(String.format("%c%c%c%c%c%c%c%c%c",
                (mode & 0400) != 0 ? 'r' : '-', (mode & 0200) != 0 ? 'w' : '-', (mode & 0100) != 0 ? 'x' : '-',
                (mode & 040) != 0 ? 'r' : '-', (mode & 020) != 0 ? 'w' : '-', (mode & 010) != 0 ? 'x' : '-',
                (mode & 04) != 0 ? 'r' : '-', (mode & 02) != 0 ? 'w' : '-', (mode & 01) != 0 ? 'x' : '-'));
    }

    // ---- descriptors ----

    public static long open(GoString name, long mode, int perm) {
        return openPath(path(name), mode, perm);
    }

    private static long openPath(Path p, long mode, int perm) {
        try {
            LinkOption[] nofollow = (mode & O_NOFOLLOW) != 0 ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
            int acc = (int) (mode & O_ACCMODE);
            boolean exists = Files.exists(p, nofollow);
            if (exists && (mode & O_CREAT) != 0 && (mode & O_EXCL) != 0) return -EEXIST;
            if (exists && Files.isDirectory(p, nofollow)) {
                if (acc != 0) return -EISDIR;
                FdTable.File f = new FdTable.File(p, -1);
                f.dir = true;
                return FdTable.add(f);
            }
            if ((mode & O_DIRECTORY) != 0) return exists ? -ENOTDIR : -ENOENT;
            Set<OpenOption> opts = new HashSet<>();
            if (acc == 0 || acc == O_RDWR) opts.add(StandardOpenOption.READ);
            if (acc == O_WRONLY || acc == O_RDWR) opts.add(StandardOpenOption.WRITE);
            if ((mode & O_CREAT) != 0) opts.add((mode & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            if ((mode & O_TRUNC) != 0 && acc != 0) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            if ((mode & O_APPEND) != 0) opts.add(StandardOpenOption.APPEND);
            if ((mode & O_NOFOLLOW) != 0) opts.add(LinkOption.NOFOLLOW_LINKS);
            FileChannel ch = exists || (mode & O_CREAT) == 0
                    ? FileChannel.open(p, opts)
                    : FileChannel.open(p, opts, PosixFilePermissions.asFileAttribute(perms(perm)));
            FdTable.File f = new FdTable.File(p, -1);
            f.file = ch;
            f.in = ch;
            f.out = ch;
            f.append = (mode & O_APPEND) != 0;
            return FdTable.add(f);
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long read(long fd, SliceB p) {
        FdTable.File f = FdTable.get(fd);
        if (f == null) return -EBADF;
        if (f.dir) return -EISDIR;
        int len = p == null ? 0 : p.len;
        if (f.sock != null) return Sockets.read(f.sock, p, len);
        if (len == 0) return 0;
        try {
            if (f.stdio == 0) {
                return Blocking.call(() -> {
                    int n = STDIN.read(p.array, p.off, len);
                    return n < 0 ? 0 : n;
                });
            }
            if (f.in == null) return -EBADF;
            ByteBuffer b = ByteBuffer.wrap(p.array, p.off, len);
            int n = f.file != null ? f.in.read(b) : Blocking.call(() -> f.in.read(b));
            return n < 0 ? 0 : n;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    private static final FileInputStream STDIN = new FileInputStream(FileDescriptor.in);

    public static long write(long fd, SliceB p) {
        FdTable.File f = FdTable.get(fd);
        if (f == null) return -EBADF;
        int len = p == null ? 0 : p.len;
        if (f.stdio == 1) {
            if (len > 0) Stdio.writeStdout(p.array, p.off, len);
            return len;
        }
        if (f.stdio == 2) {
            if (len > 0) Stdio.writeStderr(p.array, p.off, len);
            return len;
        }
        if (f.sock != null) return Sockets.write(f.sock, p, len);
        if (f.dir) return -EISDIR;
        if (f.out == null) return -EBADF;
        try {
            ByteBuffer b = ByteBuffer.wrap(p == null ? new byte[0] : p.array, p == null ? 0 : p.off, len);
            int n = 0;
            while (b.hasRemaining()) {
                n += f.file != null ? f.out.write(b) : Blocking.call(() -> f.out.write(b));
            }
            return n;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long pread(long fd, SliceB p, long offset) {
        FdTable.File f = FdTable.get(fd);
        if (f == null) return -EBADF;
        if (f.file == null) return f.dir ? -EISDIR : -ESPIPE;
        try {
            int n = f.file.read(ByteBuffer.wrap(p.array, p.off, p.len), offset);
            return n < 0 ? 0 : n;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long pwrite(long fd, SliceB p, long offset) {
        FdTable.File f = FdTable.get(fd);
        if (f == null) return -EBADF;
        if (f.file == null) return f.dir ? -EISDIR : -ESPIPE;
        try {
            return f.file.write(ByteBuffer.wrap(p.array, p.off, p.len), offset);
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long seek(long fd, long offset, long whence) {
        FdTable.File f = FdTable.get(fd);
        if (f == null) return -EBADF;
        if (f.dir) {
            if (offset == 0 && whence == 0) { // rewinddir
                f.entries = null;
                f.next = 0;
                return 0;
            }
            return -EINVAL;
        }
        if (f.file == null) return -ESPIPE;
        try {
            long base = whence == 0 ? 0 : whence == 1 ? f.file.position() : whence == 2 ? f.file.size() : -1;
            if (base < 0 || base + offset < 0) return -EINVAL;
            f.file.position(base + offset);
            return base + offset;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long closeFd(long fd) {
        FdTable.File f = FdTable.get(fd);
        if (f == null) return -EBADF;
        FdTable.File last = FdTable.remove(fd, f);
        if (last != null && last.sock != null) {
            try {
                last.sock.close();
            } catch (IOException e) {
                return -errno(e);
            } finally {
                gojc.rt.std.internal.poll.Poller.wakeup(); // a registered channel closes in the selector
            }
        } else if (last != null && last.stdio < 0) {
            try {
                if (last.in != null) last.in.close();
                if (last.out != null && last.out != last.in) last.out.close();
            } catch (IOException e) {
                return -errno(e);
            }
        }
        return 0;
    }

    public static long dup(long fd) {
        FdTable.File f = FdTable.get(fd);
        return f == null ? -EBADF : FdTable.dup(f);
    }

    public static long pipe2(SliceJ p, long flags) {
        try {
            Pipe pipe = Pipe.open();
            FdTable.File r = new FdTable.File(null, -1);
            r.in = pipe.source();
            FdTable.File w = new FdTable.File(null, -1);
            w.out = pipe.sink();
            SliceJ.set(p, 0, FdTable.add(r));
            SliceJ.set(p, 1, FdTable.add(w));
            return 0;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    /**
     * Close-on-exec and non-blocking flags: there is no exec; only sockets can be non-blocking.
     * Without set, returns 1 for a non-blocking descriptor, else 0.
     */
    public static long fdFlags(long fd, boolean set, boolean nonblocking) {
        FdTable.File f = FdTable.get(fd);
        if (f == null) return -EBADF;
        if (f.sock == null) return 0;
        return set ? Sockets.setNonblock(f.sock, nonblocking) : f.sock.nonblocking ? 1 : 0;
    }

    // ---- sockets (Sockets) ----

    public static long socket(long domain, long typ, long proto) {
        return Sockets.socket(domain, typ, proto);
    }

    public static long bind(long fd, SliceB sa) {
        return Sockets.bind(fd, sa);
    }

    public static long listen(long fd, long backlog) {
        return Sockets.listen(fd, backlog);
    }

    public static long accept(long fd, long flags, SliceB sa) {
        return Sockets.accept(fd, flags, sa);
    }

    public static long connect(long fd, SliceB sa) {
        return Sockets.connect(fd, sa);
    }

    public static long sockname(long fd, boolean peer, SliceB sa) {
        return Sockets.sockname(fd, peer, sa);
    }

    public static long getsockopt(long fd, long level, long opt) {
        return Sockets.getsockopt(fd, level, opt);
    }

    public static long setsockopt(long fd, long level, long opt, long value) {
        return Sockets.setsockopt(fd, level, opt, value);
    }

    public static long shutdown(long fd, long how) {
        return Sockets.shutdown(fd, how);
    }

    public static long recvfrom(long fd, SliceB p, long flags, SliceB from) {
        return Sockets.recvfrom(fd, p, flags, from);
    }

    public static long sendto(long fd, SliceB p, long flags, SliceB to) {
        return Sockets.sendto(fd, p, flags, to);
    }

    // ---- file metadata ----

    /** The file's path for fd-relative calls: the standard streams are /proc/self/fd/N. */
    private static Path fdPath(long fd) {
        FdTable.File f = FdTable.get(fd);
        if (f == null) return null;
        if (f.stdio >= 0) return Paths.get("/proc/self/fd/" + f.stdio);
        return f.path;
    }

    public static long stat(long fd, GoString name, boolean follow, SliceJ st) {
        Path p;
        if (fd >= 0) {
            FdTable.File f = FdTable.get(fd);
            if (f == null) return -EBADF;
            if (f.path == null && f.stdio < 0) { // a pipe end or a socket
                SliceJ.set(st, 3, f.sock != null ? 0xc000 | 0777 : 0x1000 | 0600);
                SliceJ.set(st, 2, 1);
                SliceJ.set(st, 8, 4096);
                return 0;
            }
            p = fdPath(fd);
        } else {
            p = path(name);
        }
        return statPath(p, follow, st);
    }

    static long statPath(Path p, boolean follow, SliceJ st) {
        try {
            Map<String, Object> a = follow ? Files.readAttributes(p, "unix:*")
                    : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
            long size = ((Number) a.get("size")).longValue();
            long[] w = {
                ((Number) a.get("dev")).longValue(), ((Number) a.get("ino")).longValue(),
                ((Number) a.get("nlink")).longValue(), ((Number) a.get("mode")).longValue(),
                ((Number) a.get("uid")).longValue(), ((Number) a.get("gid")).longValue(),
                ((Number) a.get("rdev")).longValue(), size, 4096, (size + 511) / 512,
                nanos((FileTime) a.get("lastAccessTime")), nanos((FileTime) a.get("lastModifiedTime")),
                nanos((FileTime) a.get("ctime")),
            };
            for (int i = 0; i < w.length; i++) SliceJ.set(st, i, w[i]);
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    private static long nanos(FileTime t) {
        if (t == null) return 0;
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** Fills buf with linux_dirent64 records (syscall.Dirent's layout); 0 at the end. */
    public static long readDirent(long fd, SliceB buf) {
        FdTable.File f = FdTable.get(fd);
        if (f == null) return -EBADF;
        if (!f.dir) return -ENOTDIR;
        try {
            if (f.entries == null) {
                List<String> names = new ArrayList<>();
                try (Stream<Path> s = Files.list(f.path)) {
                    s.forEach(e -> names.add(e.getFileName().toString()));
                }
                f.entries = names;
                f.next = 0;
            }
            int n = 0;
            while (f.next < f.entries.size()) {
                String name = f.entries.get(f.next);
                byte[] nb = name.getBytes(StandardCharsets.UTF_8);
                int reclen = (19 + nb.length + 1 + 7) & ~7;
                if (n + reclen > buf.len) {
                    if (n == 0) return -EINVAL;
                    break;
                }
                Path e = f.path.resolve(name);
                long ino = 1;
                int type = 0;
                try {
                    Map<String, Object> a = Files.readAttributes(e, "unix:ino,mode", LinkOption.NOFOLLOW_LINKS);
                    ino = ((Number) a.get("ino")).longValue();
                    type = (((Number) a.get("mode")).intValue() >> 12) & 0xF; // S_IFMT >> 12 is DT_*
                } catch (IOException | RuntimeException ex) {
                    // removed since the listing: DT_UNKNOWN, os stats it and sees it is gone
                }
                int at = buf.off + n;
                putLong(buf.array, at, ino == 0 ? 1 : ino);
                putLong(buf.array, at + 8, f.next + 1);
                buf.array[at + 16] = (byte) reclen;
                buf.array[at + 17] = (byte) (reclen >> 8);
                buf.array[at + 18] = (byte) type;
                System.arraycopy(nb, 0, buf.array, at + 19, nb.length);
                for (int i = at + 19 + nb.length; i < at + reclen; i++) buf.array[i] = 0;
                n += reclen;
                f.next++;
            }
            return n;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    private static void putLong(byte[] b, int at, long v) {
        for (int i = 0; i < 8; i++) b[at + i] = (byte) (v >>> (8 * i));
    }

    public static long mkdir(GoString name, int mode) {
        try {
            Files.createDirectory(path(name), PosixFilePermissions.asFileAttribute(perms(mode)));
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long rmdir(GoString name) {
        Path p = path(name);
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return -ENOTDIR;
        return delete(p);
    }

    public static long unlink(GoString name) {
        Path p = path(name);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return -EISDIR;
        return delete(p);
    }

    private static long delete(Path p) {
        try {
            Files.delete(p);
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long rename(GoString from, GoString to) {
        try {
            Path t = path(to);
            Path f = path(from);
            if (Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                return Files.exists(f, LinkOption.NOFOLLOW_LINKS) ? -EISDIR : -ENOENT;
            }
            Files.move(f, t, StandardCopyOption.ATOMIC_MOVE);
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long link(GoString from, GoString to) {
        try {
            Files.createLink(path(to), path(from));
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long symlink(GoString target, GoString name) {
        try {
            Files.createSymbolicLink(path(name), Paths.get(str(target)));
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long readlink(GoString name, SliceB buf) {
        try {
            byte[] b = Files.readSymbolicLink(path(name)).toString().getBytes(StandardCharsets.UTF_8);
            int n = Math.min(b.length, buf == null ? 0 : buf.len);
            if (n > 0) System.arraycopy(b, 0, buf.array, buf.off, n);
            return n;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    private static Path target(long fd, GoString name) {
        return fd >= 0 ? fdPath(fd) : path(name);
    }

    public static long chmod(long fd, GoString name, int mode) {
        Path p = target(fd, name);
        if (p == null) return -EBADF;
        try {
            Files.setAttribute(p, "unix:mode", mode & 07777);
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long chown(long fd, GoString name, boolean follow, long uid, long gid) {
        Path p = target(fd, name);
        if (p == null) return -EBADF;
        try {
            LinkOption[] o = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            if (uid != -1) Files.setAttribute(p, "unix:uid", (int) uid, o);
            if (gid != -1) Files.setAttribute(p, "unix:gid", (int) gid, o);
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long truncate(long fd, GoString name, long length) {
        if (length < 0) return -EINVAL;
        FdTable.File f = fd >= 0 ? FdTable.get(fd) : null;
        if (fd >= 0 && (f == null || f.file == null)) return f == null ? -EBADF : -EINVAL;
        try (FileChannel own = f == null ? FileChannel.open(path(name), StandardOpenOption.WRITE) : null) {
            FileChannel ch = f != null ? f.file : own;
            long size = ch.size();
            if (length < size) {
                ch.truncate(length);
            } else if (length > size) {
                ch.write(ByteBuffer.wrap(new byte[1]), length - 1);
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    public static long fsync(long fd) {
        FdTable.File f = FdTable.get(fd);
        if (f == null) return -EBADF;
        try {
            if (f.file != null) f.file.force(true);
            return 0;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    public static long utimes(GoString name, long atime, long mtime) {
        try {
            Files.getFileAttributeView(path(name), BasicFileAttributeView.class)
                    .setTimes(FileTime.from(mtime, TimeUnit.NANOSECONDS), FileTime.from(atime, TimeUnit.NANOSECONDS), null);
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    // ---- the process ----

    public static GoString getwd() {
        return GoString.fromJava(cwd.toString());
    }

    public static long chdir(long fd, GoString name) {
        Path p = target(fd, name);
        if (p == null) return -EBADF;
        if (!Files.exists(p)) return -ENOENT;
        if (!Files.isDirectory(p)) return -ENOTDIR;
        cwd = p.normalize();
        return 0;
    }

    public static long getpid() {
        return ProcessHandle.current().pid();
    }

    /**
     * The kernel's id of the calling thread, read from /proc/thread-self ("PID/task/TID"); the
     * JVM has no call for it. Elsewhere a stable number per thread (the Java thread id).
     */
    public static long gettid() {
        try {
            String link = java.nio.file.Files.readSymbolicLink(java.nio.file.Paths.get("/proc/thread-self")).toString();
            return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
        } catch (java.io.IOException | RuntimeException e) {
            return Thread.currentThread().getId();
        }
    }

    public static long getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    public static long getuid(boolean effective) {
        return procOwner("unix:uid");
    }

    public static long getgid(boolean effective) {
        return procOwner("unix:gid");
    }

    /** /proc/self belongs to the process's (effective) user and group. */
    private static long procOwner(String attr) {
        try {
            return ((Number) Files.getAttribute(Paths.get("/proc/self"), attr)).longValue();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public static GoString hostname() {
        try {
            return GoString.fromJava(java.net.InetAddress.getLocalHost().getHostName());
        } catch (IOException e) {
            return GoString.fromJava("localhost");
        }
    }

    /** The environment in the order the process received it (/proc/self/environ), else the JVM's. */
    public static SliceL envs() {
        List<GoString> out = new ArrayList<>();
        try {
            byte[] b = Files.readAllBytes(Paths.get("/proc/self/environ"));
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == 0) {
                    if (i > start) out.add(new GoString(java.util.Arrays.copyOfRange(b, start, i), 0, i - start));
                    start = i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Map.Entry<String, String> kv : System.getenv().entrySet()) {
                out.add(GoString.fromJava(kv.getKey() + "=" + kv.getValue()));
            }
        }
        return SliceL.wrap(out.toArray());
    }

    public static void exit(long code) {
        gojc.rt.Exit.exit((int) code);
    }

    public static long kill(long pid, long sig) {
        java.util.Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty()) return -ESRCH;
        if (sig == 0) return 0;
        if (pid == ProcessHandle.current().pid() && sig != 9) {
            // to itself: raised through the JVM, so os/signal's handlers (or the default action) see it
            return gojc.rt.std.os.signal.Natives.raise((int) sig) ? 0 : -EINVAL;
        }
        if (sig == 9) return h.get().destroyForcibly() ? 0 : -EPERM;
        if (sig == 15) return h.get().destroy() ? 0 : -EPERM;
        return -ENOSYS;
    }

    // ---- descriptor-relative calls (internal/syscall/unix) ----

    private static Path at(long dirfd, GoString name) {
        String s = str(name);
        if (dirfd == AT_FDCWD || s.startsWith("/")) return cwd.resolve(s);
        FdTable.File f = FdTable.get(dirfd);
        if (f == null || f.path == null) return null;
        return f.path.resolve(s);
    }

    public static long openat(long dirfd, GoString name, long flags, int perm) {
        Path p = at(dirfd, name);
        return p == null ? -EBADF : openPath(p, flags, perm);
    }

    public static long unlinkat(long dirfd, GoString name, long flags) {
        Path p = at(dirfd, name);
        if (p == null) return -EBADF;
        if ((flags & AT_REMOVEDIR) != 0) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return -ENOTDIR;
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return -EISDIR;
        }
        return delete(p);
    }

    public static long fstatat(long dirfd, GoString name, boolean follow, SliceJ st) {
        Path p = at(dirfd, name);
        return p == null ? -EBADF : statPath(p, follow, st);
    }

    // ---- child processes (Processes) ----

    public static long startProcess(GoString argv0, SliceL argv, SliceL env, GoString dir, SliceJ files) {
        return Processes.start(argv0, argv, env, dir, files);
    }

    public static long wait4(long pid) {
        return Processes.waitChild(pid);
    }
}

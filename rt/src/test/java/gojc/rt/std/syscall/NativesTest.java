package gojc.rt.std.syscall;

import gojc.rt.GoString;
import gojc.rt.SliceB;
import gojc.rt.SliceJ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativesTest {
    private static GoString s(String v) {
        return GoString.fromJava(v);
    }

    private static SliceB bytes(String v) {
        return SliceB.wrap(v.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void createWriteReadStatUnlink(@TempDir Path dir) {
        GoString name = s(dir.resolve("f.txt").toString());
        long fd = Natives.open(name, 0x1 | 0x40 | 0x200, 0644); // O_WRONLY|O_CREAT|O_TRUNC
        assertTrue(fd >= 3, "fd " + fd);
        assertEquals(6, Natives.write(fd, bytes("hello\n")));
        assertEquals(0, Natives.closeFd(fd));
        assertEquals(-Natives.EBADF, Natives.closeFd(fd));

        fd = Natives.open(name, 0, 0);
        SliceB buf = SliceB.make(16, 16);
        assertEquals(6, Natives.read(fd, buf));
        assertEquals("hello\n", new String(buf.array, 0, 6, StandardCharsets.UTF_8));
        assertEquals(0, Natives.read(fd, buf)); // EOF
        assertEquals(1, Natives.seek(fd, 1, 0));
        assertEquals(5, Natives.read(fd, buf));
        SliceJ st = SliceJ.make(13, 13);
        assertEquals(0, Natives.stat(fd, GoString.EMPTY, true, st));
        assertEquals(6, SliceJ.get(st, 7));
        assertEquals(0x8000, SliceJ.get(st, 3) & 0xF000); // S_IFREG
        Natives.closeFd(fd);

        assertEquals(-Natives.EEXIST, Natives.open(name, 0x1 | 0x40 | 0x80, 0644)); // O_EXCL
        assertEquals(-Natives.EISDIR, Natives.unlink(s(dir.toString())));
        assertEquals(0, Natives.unlink(name));
        assertEquals(-Natives.ENOENT, Natives.stat(-1, name, true, st));
        assertEquals(-Natives.ENOENT, Natives.open(name, 0, 0));
    }

    @Test
    void readDirentRecords(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a"), "x");
        Files.createDirectory(dir.resolve("sub"));
        long fd = Natives.open(s(dir.toString()), 0, 0);
        SliceB buf = SliceB.make(4096, 4096);
        long n = Natives.readDirent(fd, buf);
        List<String> seen = new ArrayList<>();
        for (int at = 0; at < n; ) {
            int reclen = (buf.array[at + 16] & 0xFF) | (buf.array[at + 17] & 0xFF) << 8;
            int type = buf.array[at + 18];
            int end = at + 19;
            while (buf.array[end] != 0) end++;
            seen.add(new String(buf.array, at + 19, end - at - 19, StandardCharsets.UTF_8) + ":" + type);
            assertEquals(0, reclen % 8);
            at += reclen;
        }
        seen.sort(null);
        assertEquals(List.of("a:8", "sub:4"), seen); // DT_REG, DT_DIR
        assertEquals(0, Natives.readDirent(fd, buf));
        assertEquals(-Natives.EISDIR, Natives.read(fd, buf));
        Natives.closeFd(fd);
    }

    @Test
    void mkdirRenameRmdirAndChdir(@TempDir Path dir) {
        GoString d = s(dir.resolve("d").toString());
        assertEquals(0, Natives.mkdir(d, 0755));
        assertEquals(-Natives.EEXIST, Natives.mkdir(d, 0755));
        GoString e = s(dir.resolve("e").toString());
        assertEquals(0, Natives.rename(d, e));
        GoString old = Natives.getwd();
        assertEquals(0, Natives.chdir(-1, e));
        assertEquals(dir.resolve("e").toString(), Natives.getwd().toJava());
        assertEquals(0, Natives.chdir(-1, old));
        assertEquals(-Natives.ENOENT, Natives.rmdir(s(dir.resolve("missing").toString())));
        assertEquals(0, Natives.rmdir(e));
    }

    @Test
    void pipeCarriesBytes() {
        SliceJ fds = SliceJ.make(2, 2);
        assertEquals(0, Natives.pipe2(fds, 0));
        assertEquals(3, Natives.write(SliceJ.get(fds, 1), bytes("abc")));
        SliceB buf = SliceB.make(8, 8);
        assertEquals(3, Natives.read(SliceJ.get(fds, 0), buf));
        assertEquals(-Natives.ESPIPE, Natives.seek(SliceJ.get(fds, 0), 0, 1));
        Natives.closeFd(SliceJ.get(fds, 0));
        Natives.closeFd(SliceJ.get(fds, 1));
    }

    @Test
    void environmentInProcessOrder() {
        gojc.rt.SliceL env = Natives.envs();
        boolean path = false;
        for (int i = 0; i < env.len; i++) {
            if (((GoString) env.array[env.off + i]).toJava().startsWith("PATH=")) path = true;
        }
        assertTrue(path);
    }
}

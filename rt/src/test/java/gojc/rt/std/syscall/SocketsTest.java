package gojc.rt.std.syscall;

import gojc.rt.SliceB;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SocketsTest {
    private static final int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_NONBLOCK = 0x800;
    private static final int SOL_SOCKET = 1, SO_ERROR = 4, SO_TYPE = 3, SO_REUSEADDR = 2;

    /** sockaddr_in of 127.0.0.1:port, in a sockaddr_in6-sized buffer. */
    private static SliceB loopback(int port) {
        byte[] b = new byte[28];
        b[0] = 2;
        b[2] = (byte) (port >> 8);
        b[3] = (byte) port;
        b[4] = 127;
        b[7] = 1;
        return SliceB.wrap(b);
    }

    private static int port(SliceB sa) {
        return (sa.array[2] & 0xff) << 8 | (sa.array[3] & 0xff);
    }

    private static SliceB bytes(String v) {
        return SliceB.wrap(v.getBytes(StandardCharsets.UTF_8));
    }

    private static long until(java.util.function.LongSupplier call) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            long r = call.getAsLong();
            if (r != -Sockets.EAGAIN && r != Sockets.EINPROGRESS) return r;
            Thread.sleep(2);
        }
        throw new AssertionError("still waiting");
    }

    @Test
    void nonBlockingStreamRoundTrip() throws InterruptedException {
        long ln = Natives.socket(2, SOCK_STREAM | SOCK_NONBLOCK, 0);
        assertTrue(ln >= 3, "fd " + ln);
        assertEquals(0, Natives.setsockopt(ln, SOL_SOCKET, SO_REUSEADDR, 1)); // before it has a channel
        assertEquals(1, Natives.getsockopt(ln, SOL_SOCKET, SO_REUSEADDR));
        assertEquals(0, Natives.bind(ln, loopback(0)));
        assertEquals(0, Natives.listen(ln, 16));
        SliceB addr = SliceB.make(28, 28);
        assertEquals(0, Natives.sockname(ln, false, addr));
        assertEquals(2, addr.array[0]);
        int port = port(addr);
        assertTrue(port > 0);
        assertEquals(-Sockets.EAGAIN, Natives.accept(ln, SOCK_NONBLOCK, SliceB.make(28, 28)));

        long c = Natives.socket(2, SOCK_STREAM | SOCK_NONBLOCK, 0);
        long r = Natives.connect(c, loopback(port));
        assertTrue(r == 0 || r == -Sockets.EINPROGRESS, "connect " + r);
        assertEquals(0, until(() -> Natives.getsockopt(c, SOL_SOCKET, SO_ERROR)));
        SliceB peer = SliceB.make(28, 28);
        long s = until(() -> Natives.accept(ln, SOCK_NONBLOCK, peer));
        assertTrue(s >= 3, "accept " + s);
        assertEquals(0, Natives.sockname(c, false, addr));
        assertEquals(port(addr), port(peer)); // the client's local port is the server's peer
        assertEquals(SOCK_STREAM, Natives.getsockopt(s, SOL_SOCKET, SO_TYPE));

        SliceB buf = SliceB.make(16, 16);
        assertEquals(-Sockets.EAGAIN, Natives.read(s, buf));
        assertEquals(5, Natives.write(c, bytes("hello")));
        assertEquals(5, until(() -> Natives.read(s, buf)));
        assertEquals("hello", new String(buf.array, 0, 5, StandardCharsets.UTF_8));
        assertEquals(0, Natives.shutdown(c, 1)); // SHUT_WR: the server reads EOF
        assertEquals(0, until(() -> Natives.read(s, buf)));
        for (long fd : new long[] {s, c, ln}) assertEquals(0, Natives.closeFd(fd));
    }

    @Test
    void connectRefused() throws InterruptedException {
        long ln = Natives.socket(2, SOCK_STREAM, 0);
        assertEquals(0, Natives.listen(ln, 1));
        SliceB addr = SliceB.make(28, 28);
        Natives.sockname(ln, false, addr);
        int port = port(addr);
        Natives.closeFd(ln);
        long c = Natives.socket(2, SOCK_STREAM | SOCK_NONBLOCK, 0);
        long r = Natives.connect(c, loopback(port));
        if (r == -Sockets.EINPROGRESS) r = -until(() -> Natives.getsockopt(c, SOL_SOCKET, SO_ERROR));
        assertEquals(-Sockets.ECONNREFUSED, r);
        Natives.closeFd(c);
    }

    @Test
    void datagrams() throws InterruptedException {
        long a = Natives.socket(2, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        long b = Natives.socket(2, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        assertEquals(0, Natives.bind(a, loopback(0)));
        SliceB addr = SliceB.make(28, 28);
        Natives.sockname(a, false, addr);
        SliceB from = SliceB.make(28, 28);
        SliceB buf = SliceB.make(16, 16);
        assertEquals(-Sockets.EAGAIN, Natives.recvfrom(a, buf, 0, from));
        assertEquals(4, Natives.sendto(b, bytes("ping"), 0, loopback(port(addr))));
        assertEquals(4, until(() -> Natives.recvfrom(a, buf, 0, from)));
        assertEquals("ping", new String(buf.array, 0, 4, StandardCharsets.UTF_8));
        SliceB bAddr = SliceB.make(28, 28);
        Natives.sockname(b, false, bAddr);
        assertEquals(port(bAddr), port(from));
        assertEquals(-Sockets.EDESTADDRREQ, Natives.write(a, bytes("x")));
        Natives.closeFd(a);
        Natives.closeFd(b);
    }

    @Test
    void unsupportedFamiliesAndOptions() {
        assertEquals(-Sockets.EAFNOSUPPORT, Natives.socket(1, SOCK_STREAM, 0)); // AF_UNIX
        long s = Natives.socket(2, SOCK_STREAM, 0);
        assertEquals(-Sockets.ENOPROTOOPT, Natives.setsockopt(s, SOL_SOCKET, 0x7777, 1));
        assertEquals(-Sockets.ENOTCONN, Natives.sockname(s, true, SliceB.make(28, 28)));
        Natives.closeFd(s);
    }
}

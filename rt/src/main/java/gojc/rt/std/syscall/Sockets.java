package gojc.rt.std.syscall;

import gojc.rt.SliceB;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.NetworkChannel;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnsupportedAddressTypeException;

/**
 * The socket system calls of the syscall overlay (overlay/syscall/net_jvm.go) over java.nio
 * channels. Like the other natives they return a result >= 0 or -errno. Addresses are the
 * kernel's sockaddr_in / sockaddr_in6 bytes. A non-blocking socket's call that would wait
 * fails with EAGAIN (the netpoller waits); a blocking one waits as a {@link Blocking} call.
 */
public final class Sockets {
    private Sockets() {}

    static final int EPIPE = 32, EAGAIN = 11, EINVAL = 22, EBADF = 9, EACCES = 13, EMSGSIZE = 90,
            ENOPROTOOPT = 92, EPROTONOSUPPORT = 93, EOPNOTSUPP = 95, EAFNOSUPPORT = 97, EADDRINUSE = 98,
            EADDRNOTAVAIL = 99, ENETUNREACH = 101, ECONNRESET = 104, EISCONN = 106, ENOTCONN = 107,
            ETIMEDOUT = 110, ECONNREFUSED = 111, EHOSTUNREACH = 113, EALREADY = 114, EINPROGRESS = 115,
            EDESTADDRREQ = 89, ENOTSOCK = 88;
    static final int SOCK_NONBLOCK = 0x800, MSG_DONTWAIT = 0x40;
    static final int SOL_SOCKET = 1, IPPROTO_IP = 0, IPPROTO_TCP = 6, IPPROTO_IPV6 = 0x29;

    /** The socket of fd: null when fd is not open or not a socket. */
    static Sock sock(long fd) {
        FdTable.File f = FdTable.get(fd);
        return f == null ? null : f.sock;
    }

    /** For the netpoller: fd's channel when fd is a non-blocking socket that has one, else null. */
    public static SelectableChannel selectable(long fd) {
        Sock s = sock(fd);
        return s == null || !s.nonblocking ? null : s.selectable();
    }

    /** For the netpoller: whether fd is a non-blocking socket (pollable, maybe before it has a channel). */
    public static boolean pollable(long fd) {
        Sock s = sock(fd);
        return s != null && s.nonblocking;
    }

    // ---- addresses ----

    static InetSocketAddress address(SliceB sa) throws IOException {
        byte[] b = sa.array;
        int o = sa.off;
        int family = (b[o] & 0xff) | (b[o + 1] & 0xff) << 8;
        int port = (b[o + 2] & 0xff) << 8 | (b[o + 3] & 0xff);
        if (family == Sock.AF_INET) {
            return new InetSocketAddress(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, o + 4, o + 8)), port);
        }
        if (family == Sock.AF_INET6) {
            byte[] a = java.util.Arrays.copyOfRange(b, o + 8, o + 24);
            int scope = (b[o + 24] & 0xff) | (b[o + 25] & 0xff) << 8 | (b[o + 26] & 0xff) << 16 | (b[o + 27] & 0xff) << 24;
            return new InetSocketAddress(scope != 0 ? Inet6Address.getByAddress(null, a, scope) : InetAddress.getByAddress(a), port);
        }
        throw new UnsupportedAddressTypeException();
    }

    /** Writes a as the socket's family sees it (an IPv4 peer of an AF_INET6 socket is v4-mapped). */
    static void put(SocketAddress sa, int family, SliceB out) {
        byte[] b = out.array;
        int o = out.off;
        java.util.Arrays.fill(b, o, o + 28, (byte) 0);
        InetSocketAddress a = (InetSocketAddress) sa;
        InetAddress ip = a.getAddress();
        byte[] raw = ip.getAddress();
        if (family == Sock.AF_INET && ip instanceof Inet6Address && ip.isAnyLocalAddress()) {
            raw = new byte[4];
        }
        if (family == Sock.AF_INET && raw.length == 4) {
            b[o] = (byte) Sock.AF_INET;
            System.arraycopy(raw, 0, b, o + 4, 4);
        } else {
            b[o] = (byte) Sock.AF_INET6;
            if (raw.length == 4) {
                b[o + 18] = b[o + 19] = (byte) 0xff;
                System.arraycopy(raw, 0, b, o + 20, 4);
            } else {
                System.arraycopy(raw, 0, b, o + 8, 16);
                int scope = ((Inet6Address) ip).getScopeId();
                for (int i = 0; i < 4; i++) {
                    b[o + 24 + i] = (byte) (scope >>> (8 * i));
                }
            }
        }
        b[o + 2] = (byte) (a.getPort() >> 8);
        b[o + 3] = (byte) a.getPort();
    }

    static InetSocketAddress wildcard(int family) {
        return new InetSocketAddress(family == Sock.AF_INET ? "0.0.0.0" : "::", 0);
    }

    /** The errno of a failed socket call (the JDK's messages are strerror's texts). */
    static int errno(Exception e) {
        if (e instanceof ClosedChannelException) return EBADF;
        if (e instanceof NotYetConnectedException) return ENOTCONN;
        if (e instanceof NotYetBoundException) return EINVAL;
        if (e instanceof AlreadyConnectedException) return EISCONN;
        if (e instanceof ConnectionPendingException) return EALREADY;
        if (e instanceof UnsupportedAddressTypeException) return EAFNOSUPPORT;
        if (e instanceof IllegalBlockingModeException) return EINVAL;
        String m = e.getMessage();
        if (m != null) {
            if (m.startsWith("Connection refused")) return ECONNREFUSED;
            if (m.startsWith("Connection reset")) return ECONNRESET;
            if (m.startsWith("Address already in use")) return EADDRINUSE;
            if (m.startsWith("Cannot assign requested address")) return EADDRNOTAVAIL;
            if (m.startsWith("Broken pipe")) return EPIPE;
            if (m.startsWith("Network is unreachable")) return ENETUNREACH;
            if (m.startsWith("No route to host")) return EHOSTUNREACH;
            if (m.startsWith("Connection timed out")) return ETIMEDOUT;
            if (m.startsWith("Permission denied")) return EACCES;
            if (m.startsWith("Message too long")) return EMSGSIZE;
            if (m.startsWith("Protocol family unavailable")) return EAFNOSUPPORT;
            if (m.startsWith("Invalid argument")) return EINVAL;
        }
        return Natives.errno(e);
    }

    interface Io<T> {
        T call() throws IOException;
    }

    /** c in the socket's mode: directly when non-blocking, else as a {@link Blocking} call. */
    static <T> T io(Sock s, Io<T> c) throws IOException {
        if (s.nonblocking) {
            return c.call();
        }
        Object[] r = new Object[1];
        Blocking.call(() -> {
            r[0] = c.call();
            return 0;
        });
        @SuppressWarnings("unchecked")
        T t = (T) r[0];
        return t;
    }

    // ---- the calls ----

    static long socket(long domain, long typ, long proto) {
        if (domain != Sock.AF_INET && domain != Sock.AF_INET6) return -EAFNOSUPPORT;
        int t = (int) typ & 0xf;
        boolean stream = t == Sock.SOCK_STREAM && (proto == 0 || proto == IPPROTO_TCP);
        boolean dgram = t == Sock.SOCK_DGRAM && (proto == 0 || proto == 17);
        if (!stream && !dgram) return -EPROTONOSUPPORT;
        Sock s = new Sock((int) domain, t);
        s.nonblocking = (typ & SOCK_NONBLOCK) != 0;
        try {
            if (dgram) {
                s.dgram = DatagramChannel.open(domain == Sock.AF_INET ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6);
                s.dgram.configureBlocking(!s.nonblocking);
            }
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
        return add(s);
    }

    private static int add(Sock s) {
        FdTable.File f = new FdTable.File(null, -1);
        f.sock = s;
        return FdTable.add(f);
    }

    static long bind(long fd, SliceB sa) {
        Sock s = sock(fd);
        if (s == null) return FdTable.get(fd) == null ? -EBADF : -ENOTSOCK;
        try {
            InetSocketAddress a = address(sa);
            if (s.dgram != null) {
                s.dgram.bind(a);
            } else if (s.channel() != null || s.bound != null) {
                return -EINVAL;
            } else {
                s.bound = a;
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    static long listen(long fd, long backlog) {
        Sock s = sock(fd);
        if (s == null) return FdTable.get(fd) == null ? -EBADF : -ENOTSOCK;
        if (s.type != Sock.SOCK_STREAM) return -EOPNOTSUPP;
        if (s.server != null) return 0;
        if (s.stream != null) return -EINVAL;
        try {
            ServerSocketChannel ch = ServerSocketChannel.open();
            try {
                s.setUp(ch);
                ch.bind(s.bound != null ? s.bound : wildcard(s.family), (int) Math.max(backlog, 1));
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            s.server = ch;
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    static long accept(long fd, long flags, SliceB sa) {
        Sock s = sock(fd);
        if (s == null) return FdTable.get(fd) == null ? -EBADF : -ENOTSOCK;
        if (s.server == null) return -EINVAL;
        try {
            SocketChannel c = io(s, s.server::accept);
            if (c == null) return -EAGAIN;
            Sock n = new Sock(s.family, c);
            n.nonblocking = (flags & SOCK_NONBLOCK) != 0;
            c.configureBlocking(!n.nonblocking);
            put(c.getRemoteAddress(), s.family, sa);
            return add(n);
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    static long connect(long fd, SliceB sa) {
        Sock s = sock(fd);
        if (s == null) return FdTable.get(fd) == null ? -EBADF : -ENOTSOCK;
        try {
            InetSocketAddress a = address(sa);
            if (s.dgram != null) {
                if (s.dgram.isConnected()) s.dgram.disconnect();
                s.dgram.connect(a);
                return 0;
            }
            if (s.server != null) return -EINVAL;
            if (s.stream != null) return s.stream.isConnectionPending() ? -EALREADY : -EISCONN;
            SocketChannel ch = SocketChannel.open();
            s.setUp(ch);
            if (s.bound != null) ch.bind(s.bound);
            s.stream = ch;
            boolean done = io(s, () -> ch.connect(a));
            return done ? 0 : -EINPROGRESS;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    static long sockname(long fd, boolean peer, SliceB sa) {
        Sock s = sock(fd);
        if (s == null) return FdTable.get(fd) == null ? -EBADF : -ENOTSOCK;
        try {
            SocketAddress a;
            if (peer) {
                a = s.stream != null && s.stream.isConnected() ? s.stream.getRemoteAddress()
                        : s.dgram != null ? s.dgram.getRemoteAddress() : null;
                if (a == null) return -ENOTCONN;
            } else {
                NetworkChannel ch = s.channel();
                a = ch != null ? ch.getLocalAddress() : s.bound;
                if (a == null) a = wildcard(s.family);
            }
            put(a, s.family, sa);
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    static long shutdown(long fd, long how) {
        Sock s = sock(fd);
        if (s == null) return FdTable.get(fd) == null ? -EBADF : -ENOTSOCK;
        if (s.stream == null || !s.stream.isConnected()) return -ENOTCONN;
        try {
            if (how == 0 || how == 2) s.stream.shutdownInput();
            if (how == 1 || how == 2) s.stream.shutdownOutput();
            return how < 0 || how > 2 ? -EINVAL : 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    // ---- options ----

    private static final int SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_BROADCAST = 6, SO_SNDBUF = 7,
            SO_RCVBUF = 8, SO_KEEPALIVE = 9, SO_LINGER = 0xd, TCP_NODELAY = 1, TCP_KEEPIDLE = 4,
            TCP_KEEPINTVL = 5, TCP_KEEPCNT = 6, IP_TOS = 1, IP_MULTICAST_TTL = 0x21, IP_MULTICAST_LOOP = 0x22,
            IPV6_MULTICAST_HOPS = 0x12, IPV6_MULTICAST_LOOP = 0x13, IPV6_V6ONLY = 0x1a;

    /** The java.net option of (level, opt), or null. */
    private static SocketOption<?> option(long level, long opt) {
        if (level == SOL_SOCKET) {
            if (opt == SO_REUSEADDR) return StandardSocketOptions.SO_REUSEADDR;
            if (opt == SO_BROADCAST) return StandardSocketOptions.SO_BROADCAST;
            if (opt == SO_SNDBUF) return StandardSocketOptions.SO_SNDBUF;
            if (opt == SO_RCVBUF) return StandardSocketOptions.SO_RCVBUF;
            if (opt == SO_KEEPALIVE) return StandardSocketOptions.SO_KEEPALIVE;
            if (opt == SO_LINGER) return StandardSocketOptions.SO_LINGER;
        } else if (level == IPPROTO_TCP) {
            if (opt == TCP_NODELAY) return StandardSocketOptions.TCP_NODELAY;
            if (opt == TCP_KEEPIDLE) return jdk.net.ExtendedSocketOptions.TCP_KEEPIDLE;
            if (opt == TCP_KEEPINTVL) return jdk.net.ExtendedSocketOptions.TCP_KEEPINTERVAL;
            if (opt == TCP_KEEPCNT) return jdk.net.ExtendedSocketOptions.TCP_KEEPCOUNT;
        } else if (level == IPPROTO_IP) {
            if (opt == IP_TOS) return StandardSocketOptions.IP_TOS;
            if (opt == IP_MULTICAST_TTL) return StandardSocketOptions.IP_MULTICAST_TTL;
            if (opt == IP_MULTICAST_LOOP) return StandardSocketOptions.IP_MULTICAST_LOOP;
        } else if (level == IPPROTO_IPV6) {
            if (opt == IPV6_MULTICAST_HOPS) return StandardSocketOptions.IP_MULTICAST_TTL;
            if (opt == IPV6_MULTICAST_LOOP) return StandardSocketOptions.IP_MULTICAST_LOOP;
        }
        return null;
    }

    static long getsockopt(long fd, long level, long opt) {
        Sock s = sock(fd);
        if (s == null) return FdTable.get(fd) == null ? -EBADF : -ENOTSOCK;
        if (level == SOL_SOCKET && opt == SO_TYPE) return s.type;
        if (level == SOL_SOCKET && opt == SO_ERROR) return connectError(s);
        Integer kept = s.kept.get(level << 32 | opt);
        if (kept != null) return kept;
        SocketOption<?> o = option(level, opt);
        NetworkChannel ch = s.channel();
        try {
            Object v = o == null ? null : ch != null ? (ch.supportedOptions().contains(o) ? ch.getOption(o) : null)
                    : s.pending.get(o);
            if (v == null) return o != null && ch == null ? 0 : -ENOPROTOOPT;
            return v instanceof Boolean ? ((Boolean) v ? 1 : 0) : Math.max((Integer) v, 0);
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    /** SO_ERROR: finishes a pending non-blocking connect; its error, EINPROGRESS or 0. */
    private static long connectError(Sock s) {
        if (s.stream == null || !s.stream.isConnectionPending()) return 0;
        try {
            return s.stream.finishConnect() ? 0 : EINPROGRESS;
        } catch (IOException | RuntimeException e) {
            return errno(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static long setsockopt(long fd, long level, long opt, long value) {
        Sock s = sock(fd);
        if (s == null) return FdTable.get(fd) == null ? -EBADF : -ENOTSOCK;
        if (level == IPPROTO_IPV6 && opt == IPV6_V6ONLY) {
            // java.nio's IPv6 sockets are always dual-stack: a v6-only socket also takes
            // v4-mapped peers. Kept so that getsockopt reads it back.
            s.kept.put(level << 32 | opt, (int) value);
            return 0;
        }
        SocketOption o = option(level, opt);
        if (o == null) return -ENOPROTOOPT;
        Object v = o.type() == Boolean.class ? (Object) (value != 0) : (Object) (int) value;
        NetworkChannel ch = s.channel();
        try {
            if (ch == null) {
                s.pending.put(o, v);
            } else if (ch.supportedOptions().contains(o)) {
                ch.setOption(o, v);
            } else {
                return -ENOPROTOOPT;
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    // ---- data ----

    static long read(Sock s, SliceB p, int len) {
        try {
            if (s.dgram != null) {
                return receive(s, p, len, null);
            }
            if (s.stream == null || !s.stream.isConnected()) return -ENOTCONN;
            ByteBuffer b = ByteBuffer.wrap(p.array, p.off, len);
            int n = io(s, () -> s.stream.read(b));
            return n < 0 ? 0 : n == 0 && len > 0 ? -EAGAIN : n;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    static long write(Sock s, SliceB p, int len) {
        try {
            ByteBuffer b = ByteBuffer.wrap(p == null ? new byte[0] : p.array, p == null ? 0 : p.off, len);
            if (s.dgram != null) {
                if (!s.dgram.isConnected()) return -EDESTADDRREQ;
                return io(s, () -> s.dgram.write(b));
            }
            if (s.stream == null || !s.stream.isConnected()) return -ENOTCONN;
            if (s.nonblocking) {
                int n = s.stream.write(b);
                return n == 0 && len > 0 ? -EAGAIN : n;
            }
            return io(s, () -> {
                int n = 0;
                while (b.hasRemaining()) n += s.stream.write(b);
                return n;
            });
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    private static long receive(Sock s, SliceB p, int len, SliceB from) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(p == null ? new byte[0] : p.array, p == null ? 0 : p.off, len);
        SocketAddress a = io(s, () -> s.dgram.receive(b));
        if (a == null) return -EAGAIN;
        if (from != null) put(a, s.family, from);
        return b.position() - (p == null ? 0 : p.off);
    }

    static long recvfrom(long fd, SliceB p, long flags, SliceB from) {
        Sock s = sock(fd);
        if (s == null) return FdTable.get(fd) == null ? -EBADF : -ENOTSOCK;
        if ((flags & ~MSG_DONTWAIT) != 0) return -EOPNOTSUPP;
        int len = p == null ? 0 : p.len;
        if (s.dgram == null) return read(s, p, len);
        try {
            return receive(s, p, len, from);
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    static long sendto(long fd, SliceB p, long flags, SliceB to) {
        Sock s = sock(fd);
        if (s == null) return FdTable.get(fd) == null ? -EBADF : -ENOTSOCK;
        if ((flags & ~MSG_DONTWAIT) != 0) return -EOPNOTSUPP;
        int len = p == null ? 0 : p.len;
        if (to == null || s.dgram == null) {
            return to != null && s.stream != null ? -EISCONN : write(s, p, len);
        }
        try {
            InetSocketAddress a = address(to);
            ByteBuffer b = ByteBuffer.wrap(p == null ? new byte[0] : p.array, p == null ? 0 : p.off, len);
            int n = io(s, () -> s.dgram.send(b, a));
            return n == 0 && len > 0 ? -EAGAIN : n;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }

    static long setNonblock(Sock s, boolean nonblocking) {
        try {
            s.nonblocking = nonblocking;
            SelectableChannel ch = s.selectable();
            if (ch != null) ch.configureBlocking(!nonblocking);
            return 0;
        } catch (IOException | RuntimeException e) {
            return -errno(e);
        }
    }
}

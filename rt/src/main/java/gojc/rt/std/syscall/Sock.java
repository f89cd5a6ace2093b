package gojc.rt.std.syscall;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketOption;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A socket descriptor's state. A datagram socket is a DatagramChannel from the start; a stream
 * socket has no channel until it becomes a client (connect: SocketChannel) or a server (listen:
 * ServerSocketChannel), so its bind address and options wait here until then.
 */
final class Sock {
    static final int AF_INET = 2, AF_INET6 = 10, SOCK_STREAM = 1, SOCK_DGRAM = 2;

    final int family;
    final int type;
    boolean nonblocking;
    InetSocketAddress bound; // a stream socket's Bind address before connect or listen
    SocketChannel stream;
    ServerSocketChannel server;
    DatagramChannel dgram;
    /** A stream socket's options set before it had a channel; applied when it gets one. */
    final Map<SocketOption<?>, Object> pending = new LinkedHashMap<>();
    /** Options Java cannot change, kept so that getsockopt reads back what was set. */
    final Map<Long, Integer> kept = new LinkedHashMap<>();

    Sock(int family, int type) {
        this.family = family;
        this.type = type;
    }

    /** An accepted connection. */
    Sock(int family, SocketChannel ch) {
        this(family, SOCK_STREAM);
        stream = ch;
    }

    NetworkChannel channel() {
        return stream != null ? stream : server != null ? server : dgram;
    }

    /** The channel the netpoller selects on, or null while a stream socket has none. */
    SelectableChannel selectable() {
        return (SelectableChannel) channel();
    }

    /** Gives a new stream channel the pending options and the blocking mode. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void setUp(NetworkChannel ch) throws IOException {
        for (Map.Entry<SocketOption<?>, Object> e : pending.entrySet()) {
            if (ch.supportedOptions().contains(e.getKey())) {
                ch.setOption((SocketOption) e.getKey(), e.getValue());
            }
        }
        ((SelectableChannel) ch).configureBlocking(!nonblocking);
    }

    void close() throws IOException {
        NetworkChannel ch = channel();
        if (ch != null) {
            ch.close();
        }
    }
}

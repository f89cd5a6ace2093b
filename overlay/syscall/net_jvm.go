// gojc overlay: the socket calls of package syscall that net uses, as Java natives over
// java.nio channels (gojc.rt.std.syscall.Sockets). Socket addresses cross to Java as the
// kernel's sockaddr_in / sockaddr_in6 bytes. Only AF_INET and AF_INET6 stream and datagram
// sockets exist; unix sockets fail with EAFNOSUPPORT, and what Java cannot do (multicast
// groups, control messages, netlink) fails with a "gojc: not yet supported" error.

package syscall

const (
	SOL_SOCKET = 0x1
	SOMAXCONN  = 0x80

	SO_BROADCAST = 0x6
	SO_DONTROUTE = 0x5
	SO_ERROR     = 0x4
	SO_KEEPALIVE = 0x9
	SO_LINGER    = 0xd
	SO_OOBINLINE = 0xa
	SO_RCVBUF    = 0x8
	SO_REUSEADDR = 0x2
	SO_SNDBUF    = 0x7
	SO_TYPE      = 0x3

	IPPROTO_ICMP   = 0x1
	IPPROTO_ICMPV6 = 0x3a
	IPPROTO_IP     = 0x0
	IPPROTO_IPV6   = 0x29
	IPPROTO_RAW    = 0xff
	IPPROTO_TCP    = 0x6
	IPPROTO_UDP    = 0x11

	IP_ADD_MEMBERSHIP  = 0x23
	IP_DROP_MEMBERSHIP = 0x24
	IP_MULTICAST_IF    = 0x20
	IP_MULTICAST_LOOP  = 0x22
	IP_MULTICAST_TTL   = 0x21
	IP_TOS             = 0x1
	IP_TTL             = 0x2

	IPV6_JOIN_GROUP     = 0x14
	IPV6_LEAVE_GROUP    = 0x15
	IPV6_MULTICAST_HOPS = 0x12
	IPV6_MULTICAST_IF   = 0x11
	IPV6_MULTICAST_LOOP = 0x13
	IPV6_UNICAST_HOPS   = 0x10
	IPV6_V6ONLY         = 0x1a

	TCP_KEEPCNT   = 0x6
	TCP_KEEPIDLE  = 0x4
	TCP_KEEPINTVL = 0x5
	TCP_MAXSEG    = 0x2
	TCP_NODELAY   = 0x1

	MSG_CMSG_CLOEXEC = 0x40000000
	MSG_CTRUNC       = 0x8
	MSG_DONTROUTE    = 0x4
	MSG_DONTWAIT     = 0x40
	MSG_NOSIGNAL     = 0x4000
	MSG_OOB          = 0x1
	MSG_PEEK         = 0x2
	MSG_TRUNC        = 0x20
	MSG_WAITALL      = 0x100

	SHUT_RD   = 0x0
	SHUT_RDWR = 0x2
	SHUT_WR   = 0x1

	IFA_ADDRESS     = 0x1
	IFA_LOCAL       = 0x2
	IFF_BROADCAST   = 0x2
	IFF_LOOPBACK    = 0x8
	IFF_MULTICAST   = 0x1000
	IFF_POINTOPOINT = 0x10
	IFF_UP          = 0x1
	IFLA_ADDRESS    = 0x1
	IFLA_IFNAME     = 0x3
	IFLA_MTU        = 0x4
	NLMSG_DONE      = 0x3
	NLMSG_ERROR     = 0x2
	RTM_GETADDR     = 0x16
	RTM_GETLINK     = 0x12
	RTM_NEWADDR     = 0x14
	RTM_NEWLINK     = 0x10
)

type Linger struct {
	Onoff  int32
	Linger int32
}

type IPMreq struct {
	Multiaddr [4]byte
	Interface [4]byte
}

type IPMreqn struct {
	Multiaddr [4]byte
	Address   [4]byte
	Ifindex   int32
}

type IPv6Mreq struct {
	Multiaddr [16]byte
	Interface uint32
}

type NlMsghdr struct {
	Len   uint32
	Type  uint16
	Flags uint16
	Seq   uint32
	Pid   uint32
}

type NetlinkMessage struct {
	Header NlMsghdr
	Data   []byte
}

type RtAttr struct {
	Len  uint16
	Type uint16
}

type NetlinkRouteAttr struct {
	Attr  RtAttr
	Value []byte
}

type IfInfomsg struct {
	Family     uint8
	X__ifi_pad uint8
	Type       uint16
	Index      int32
	Flags      uint32
	Change     uint32
}

type IfAddrmsg struct {
	Family    uint8
	Prefixlen uint8
	Flags     uint8
	Scope     uint8
	Index     uint32
}

// notSupported is the error of a socket feature gojc does not implement.
type notSupported string

func (e notSupported) Error() string { return "gojc: not yet supported: " + string(e) }

// NetlinkRIB would ask the kernel for its interface and address tables over a netlink socket,
// which the JVM cannot open: net.Interfaces and net.InterfaceAddrs fail with this error.
func NetlinkRIB(proto, family int) ([]byte, error) {
	return nil, notSupported("netlink (network interface lists)")
}

// ParseNetlinkMessage and ParseNetlinkRouteAttr only see data NetlinkRIB returned.
func ParseNetlinkMessage(b []byte) ([]NetlinkMessage, error) {
	return nil, notSupported("netlink (network interface lists)")
}

func ParseNetlinkRouteAttr(m *NetlinkMessage) ([]NetlinkRouteAttr, error) {
	return nil, notSupported("netlink (network interface lists)")
}

// sockaddrLen is sizeof(struct sockaddr_in6), the largest address the natives exchange.
const sockaddrLen = 28

func socket(domain, typ, proto int) int
func bind(fd int, sa []byte) int
func listen(fd int, backlog int) int
func accept(fd int, flags int, sa []byte) int
func connect(fd int, sa []byte) int
func sockname(fd int, peer bool, sa []byte) int
func getsockopt(fd, level, opt int) int
func setsockopt(fd, level, opt, value int) int
func shutdown(fd, how int) int

// recvfrom and sendto: from and to are sockaddrLen bytes, or nil for a connected socket.
func recvfrom(fd int, p []byte, flags int, from []byte) int
func sendto(fd int, p []byte, flags int, to []byte) int

func encodeSockaddr(sa Sockaddr) ([]byte, error) {
	b := make([]byte, sockaddrLen)
	var port int
	switch sa := sa.(type) {
	case *SockaddrInet4:
		b[0], port = AF_INET, sa.Port
		copy(b[4:8], sa.Addr[:])
	case *SockaddrInet6:
		b[0], port = AF_INET6, sa.Port
		copy(b[8:24], sa.Addr[:])
		b[24], b[25], b[26], b[27] = byte(sa.ZoneId), byte(sa.ZoneId>>8), byte(sa.ZoneId>>16), byte(sa.ZoneId>>24)
	default:
		return nil, EAFNOSUPPORT
	}
	if port < 0 || port > 0xFFFF {
		return nil, EINVAL
	}
	b[2], b[3] = byte(port>>8), byte(port)
	return b, nil
}

func decodeSockaddr(b []byte) Sockaddr {
	port := int(b[2])<<8 | int(b[3])
	switch b[0] {
	case AF_INET:
		sa := &SockaddrInet4{Port: port}
		copy(sa.Addr[:], b[4:8])
		return sa
	case AF_INET6:
		sa := &SockaddrInet6{Port: port}
		copy(sa.Addr[:], b[8:24])
		sa.ZoneId = uint32(b[24]) | uint32(b[25])<<8 | uint32(b[26])<<16 | uint32(b[27])<<24
		return sa
	}
	return nil
}

func Socket(domain, typ, proto int) (fd int, err error) { return result(socket(domain, typ, proto)) }

func Bind(fd int, sa Sockaddr) (err error) {
	b, err := encodeSockaddr(sa)
	if err != nil {
		return err
	}
	return errOf(bind(fd, b))
}

func Connect(fd int, sa Sockaddr) (err error) {
	b, err := encodeSockaddr(sa)
	if err != nil {
		return err
	}
	return errOf(connect(fd, b))
}

func Listen(s int, n int) (err error) { return errOf(listen(s, n)) }

func Accept(fd int) (nfd int, sa Sockaddr, err error) { return Accept4(fd, 0) }

func Accept4(fd int, flags int) (nfd int, sa Sockaddr, err error) {
	b := make([]byte, sockaddrLen)
	r := accept(fd, flags, b)
	if r < 0 {
		return -1, nil, Errno(-r)
	}
	return r, decodeSockaddr(b), nil
}

func name(fd int, peer bool) (Sockaddr, error) {
	b := make([]byte, sockaddrLen)
	if r := sockname(fd, peer, b); r < 0 {
		return nil, Errno(-r)
	}
	return decodeSockaddr(b), nil
}

func Getsockname(fd int) (sa Sockaddr, err error) { return name(fd, false) }

func Getpeername(fd int) (sa Sockaddr, err error) { return name(fd, true) }

func GetsockoptInt(fd, level, opt int) (value int, err error) {
	return result(getsockopt(fd, level, opt))
}

func SetsockoptInt(fd, level, opt int, value int) (err error) {
	return errOf(setsockopt(fd, level, opt, value))
}

func SetsockoptByte(fd, level, opt int, value byte) (err error) {
	return errOf(setsockopt(fd, level, opt, int(value)))
}

// SetsockoptLinger passes a disabled linger as -1 (java.net's SO_LINGER off).
func SetsockoptLinger(fd, level, opt int, l *Linger) (err error) {
	v := -1
	if l.Onoff != 0 {
		v = int(l.Linger)
	}
	return errOf(setsockopt(fd, level, opt, v))
}

func SetsockoptInet4Addr(fd, level, opt int, value [4]byte) (err error) {
	return notSupported("multicast interface selection")
}

func SetsockoptIPMreq(fd, level, opt int, mreq *IPMreq) (err error) {
	return notSupported("multicast group membership")
}

func SetsockoptIPMreqn(fd, level, opt int, mreq *IPMreqn) (err error) {
	return notSupported("multicast group membership")
}

func SetsockoptIPv6Mreq(fd, level, opt int, mreq *IPv6Mreq) (err error) {
	return notSupported("multicast group membership")
}

func Shutdown(fd int, how int) (err error) { return errOf(shutdown(fd, how)) }

func Recvfrom(fd int, p []byte, flags int) (n int, from Sockaddr, err error) {
	b := make([]byte, sockaddrLen)
	r := recvfrom(fd, p, flags, b)
	if r < 0 {
		return 0, nil, Errno(-r)
	}
	return r, decodeSockaddr(b), nil
}

func Sendto(fd int, p []byte, flags int, to Sockaddr) (err error) {
	_, err = SendmsgN(fd, p, nil, to, flags)
	return err
}

// Recvmsg receives no control messages: none of the options that ask for them can be set.
func Recvmsg(fd int, p, oob []byte, flags int) (n, oobn int, recvflags int, from Sockaddr, err error) {
	n, from, err = Recvfrom(fd, p, flags)
	return n, 0, 0, from, err
}

func SendmsgN(fd int, p, oob []byte, to Sockaddr, flags int) (n int, err error) {
	if len(oob) > 0 {
		return 0, notSupported("socket control messages")
	}
	var b []byte
	if to != nil {
		if b, err = encodeSockaddr(to); err != nil {
			return 0, err
		}
	}
	return result(sendto(fd, p, flags, b))
}

func Sendmsg(fd int, p, oob []byte, to Sockaddr, flags int) (err error) {
	_, err = SendmsgN(fd, p, oob, to, flags)
	return err
}

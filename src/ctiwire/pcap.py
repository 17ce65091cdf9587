"""Read TCP streams out of pcap and pcapng captures: the bytes each side sent, in order.

    from ctiwire.pcap import read_streams

    with open("capture.pcapng", "rb") as f:
        for chunk in read_streams(f, ports={42027}):
            chunk.stream, chunk.from_client, chunk.time, chunk.data   # data: new bytes, in order

Only TCP segments to or from one of ``ports`` are kept. Each direction of each connection is
put back in sequence order (retransmitted and overlapping bytes once, out-of-order segments when
the gap is filled) and handed out as :class:`Chunk` objects in capture order, stamped with the
time of the packet that completed them. What is above TCP (the CTI frames) is not this module's
business: ``ctiwire decode --pcap`` feeds the chunks to :class:`~ctiwire.framing.FrameDecoder`.

Why the standard library and not a package: ctiwire's runtime has no dependencies, and this
module needs little. The two capture formats are small, fixed and fully specified (libpcap's
24-byte file header and 16-byte records; pcapng's Section Header, Interface Description,
Enhanced and Simple Packet blocks), and the link layers of captures that carry CTI are few
(Ethernet with VLAN tags, Linux cooked v1/v2, BSD loopback, raw IP). The packages that read the
formats (dpkt, pcapng, scapy) do not put TCP streams back together, which is the part that needs
care here, so a dependency would save the easy half and still leave the hard one. The reader is
checked against tshark's own reading of the same files (tests/test_dissector.py).

Errors: a file that is neither format, or is cut short inside a header, raises
:class:`CaptureError`; a packet that is not IPv4/IPv6 TCP, or is an IP fragment, is skipped.
A gap in a stream that is never filled (lost packets) is reported by :class:`Chunk.gap`: the bytes
before and after it do not join up.
"""

from __future__ import annotations

import ipaddress
import struct
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

__all__ = ["CaptureError", "Chunk", "Packet", "read_packets", "read_streams"]

_PCAP_MAGIC = {
    b"\xd4\xc3\xb2\xa1": ("<", 1e-6),
    b"\xa1\xb2\xc3\xd4": (">", 1e-6),
    b"\x4d\x3c\xb2\xa1": ("<", 1e-9),
    b"\xa1\xb2\x3c\x4d": (">", 1e-9),
}
_PCAPNG_SHB = 0x0A0D0D0A
_BYTE_ORDER_MAGIC = 0x1A2B3C4D

# Link-layer header types (tcpdump.org/linktypes.html) this reader understands.
LINKTYPE_NULL = 0  # BSD loopback: 4-byte address family in the capturing host's byte order
LINKTYPE_ETHERNET = 1
LINKTYPE_RAW = 101  # raw IPv4 or IPv6
LINKTYPE_LOOP = 108  # OpenBSD loopback: the family in network byte order
LINKTYPE_LINUX_SLL = 113
LINKTYPE_IPV4 = 228
LINKTYPE_IPV6 = 229
LINKTYPE_LINUX_SLL2 = 276
_RAW = {LINKTYPE_RAW, LINKTYPE_IPV4, LINKTYPE_IPV6, 12, 14}  # 12, 14: DLT_RAW on some systems

_TCP_SYN, _TCP_ACK = 0x02, 0x10


class CaptureError(ValueError):
    """The file is not a pcap or pcapng capture this reader can read."""


@dataclass(frozen=True)
class Packet:
    """One TCP segment of the capture."""

    time: float  # seconds since the epoch
    src: tuple[str, int]  # (address, port)
    dst: tuple[str, int]
    seq: int
    flags: int
    payload: bytes


@dataclass(frozen=True)
class Chunk:
    """Bytes one side of a TCP connection sent, next in sequence."""

    time: float  # of the packet that made them available
    stream: int  # connections numbered from 0 in the order they appear
    client: tuple[str, int]
    server: tuple[str, int]
    from_client: bool
    data: bytes
    gap: int = 0  # bytes missing from the capture just before ``data`` (0: none)


# ---------------------------------------------------------------------------------------------
# Capture files


def read_packets(f: BinaryIO) -> Iterator[Packet]:
    """Every IPv4/IPv6 TCP segment of a pcap or pcapng file, in file order."""
    head = f.read(4)
    if head in _PCAP_MAGIC:
        yield from _pcap(f, head)
    elif len(head) == 4 and struct.unpack("<I", head)[0] == _PCAPNG_SHB:
        yield from _pcapng(f)
    else:
        raise CaptureError("not a pcap or pcapng file (unknown magic number)")


def _read(f: BinaryIO, size: int, what: str) -> bytes:
    data = f.read(size)
    if len(data) != size:
        raise CaptureError(f"file cut short inside {what}")
    return data


def _pcap(f: BinaryIO, magic: bytes) -> Iterator[Packet]:
    order, unit = _PCAP_MAGIC[magic]
    header = _read(f, 20, "the pcap file header")
    linktype = struct.unpack(order + "HHiIII", header)[5] & 0x0FFFFFFF
    record = struct.Struct(order + "IIII")
    while True:
        raw = f.read(16)
        if not raw:
            return
        if len(raw) != 16:
            raise CaptureError("file cut short inside a packet record header")
        seconds, fraction, captured, _original = record.unpack(raw)
        data = _read(f, captured, "a packet")
        packet = _decode(linktype, data, seconds + fraction * unit, order)
        if packet is not None:
            yield packet


def _pcapng(f: BinaryIO) -> Iterator[Packet]:
    order = "<"
    interfaces: list[tuple[int, float, float]] = []  # (linktype, time unit, time offset)
    first = True
    while True:
        if first:
            kind_raw = struct.pack("<I", _PCAPNG_SHB)  # read by read_packets
            first = False
        else:
            kind_raw = f.read(4)
            if not kind_raw:
                return
            if len(kind_raw) != 4:
                raise CaptureError("file cut short inside a block header")
        length_raw = _read(f, 4, "a block header")
        kind = struct.unpack(order + "I", kind_raw)[0]
        if kind == _PCAPNG_SHB:
            magic = _read(f, 4, "a section header")
            order = "<" if struct.unpack("<I", magic)[0] == _BYTE_ORDER_MAGIC else ">"
            if struct.unpack(order + "I", magic)[0] != _BYTE_ORDER_MAGIC:
                raise CaptureError("pcapng section header with an unknown byte-order magic")
            length = struct.unpack(order + "I", length_raw)[0]
            body = magic + _read(f, length - 16, "a section header")
            interfaces = []
        else:
            length = struct.unpack(order + "I", length_raw)[0]
            if length < 12 or length % 4:
                raise CaptureError(f"pcapng block of impossible length {length}")
            body = _read(f, length - 12, "a block")
        _read(f, 4, "a block trailer")
        if kind == 1:  # Interface Description Block
            linktype = struct.unpack_from(order + "H", body)[0]
            unit, offset = _interface_options(body[8:], order)
            interfaces.append((linktype, unit, offset))
        elif kind in (6, 2):  # Enhanced Packet Block; the obsolete Packet Block
            if kind == 6:
                iface, high, low, captured, _original = struct.unpack_from(order + "IIIII", body)
            else:
                iface, _drops, high, low, captured, _original = struct.unpack_from(
                    order + "HHIIII", body
                )
            if iface >= len(interfaces):
                raise CaptureError(f"packet of undeclared interface {iface}")
            linktype, unit, offset = interfaces[iface]
            data = body[20 : 20 + captured]
            packet = _decode(linktype, data, ((high << 32) | low) * unit + offset, order)
            if packet is not None:
                yield packet
        elif kind == 3:  # Simple Packet Block: interface 0, no time stamp
            if not interfaces:
                raise CaptureError("simple packet block before any interface description")
            linktype = interfaces[0][0]
            original = struct.unpack_from(order + "I", body)[0]
            packet = _decode(linktype, body[4 : 4 + original], 0.0, order)
            if packet is not None:
                yield packet


def _interface_options(options: bytes, order: str) -> tuple[float, float]:
    """if_tsresol (9) and if_tsoffset (14) of an Interface Description Block."""
    unit, offset, pos = 1e-6, 0.0, 0
    while pos + 4 <= len(options):
        code, size = struct.unpack_from(order + "HH", options, pos)
        value = options[pos + 4 : pos + 4 + size]
        if code == 0:
            break
        if code == 9 and size >= 1:
            resolution = value[0]
            unit = 2.0 ** -(resolution & 0x7F) if resolution & 0x80 else 10.0**-resolution
        elif code == 14 and size >= 8:
            offset = float(struct.unpack(order + "q", value[:8])[0])
        pos += 4 + size + (-size % 4)
    return unit, offset


# ---------------------------------------------------------------------------------------------
# Link layer, IP, TCP


def _decode(linktype: int, data: bytes, time: float, order: str) -> Packet | None:
    ip = _network(linktype, data, order)
    return None if ip is None else _ip(ip, time)


def _network(linktype: int, data: bytes, order: str) -> bytes | None:
    """The IP packet inside a link-layer frame (None: not IP)."""
    if linktype == LINKTYPE_ETHERNET:
        pos, ethertype = 14, data[12:14]
        while ethertype in (b"\x81\x00", b"\x88\xa8", b"\x91\x00") and len(data) >= pos + 4:
            ethertype, pos = data[pos + 2 : pos + 4], pos + 4  # VLAN tags
        return data[pos:] if ethertype in (b"\x08\x00", b"\x86\xdd") else None
    if linktype == LINKTYPE_LINUX_SLL:
        return data[16:] if data[14:16] in (b"\x08\x00", b"\x86\xdd") else None
    if linktype == LINKTYPE_LINUX_SLL2:
        return data[20:] if data[0:2] in (b"\x08\x00", b"\x86\xdd") else None
    if linktype in (LINKTYPE_NULL, LINKTYPE_LOOP):
        if len(data) < 4:
            return None
        family = struct.unpack((">" if linktype == LINKTYPE_LOOP else order) + "I", data[:4])[0]
        # AF_INET is 2 everywhere; AF_INET6 is 10, 24, 28 or 30 depending on the system.
        return data[4:] if family in (2, 10, 24, 28, 30) else None
    if linktype in _RAW:
        return data
    return None


def _ip(data: bytes, time: float) -> Packet | None:
    if len(data) < 20:
        return None
    version = data[0] >> 4
    if version == 4:
        header = (data[0] & 0x0F) * 4
        total = struct.unpack_from(">H", data, 2)[0]
        fragment = struct.unpack_from(">H", data, 6)[0]
        if data[9] != 6 or fragment & 0x3FFF or header < 20:  # not TCP, or a fragment
            return None
        src = str(ipaddress.IPv4Address(data[12:16]))
        dst = str(ipaddress.IPv4Address(data[16:20]))
        segment = data[header : max(header, min(total, len(data)))]  # no Ethernet padding
    elif version == 6 and len(data) >= 40:
        next_header, pos = data[6], 40
        end = min(40 + struct.unpack_from(">H", data, 4)[0], len(data))
        while next_header in (0, 43, 60) and pos + 8 <= end:  # extension headers
            next_header, pos = data[pos], pos + 8 + data[pos + 1] * 8
        if next_header != 6:  # not TCP (or a fragment, 44)
            return None
        src = str(ipaddress.IPv6Address(data[8:24]))
        dst = str(ipaddress.IPv6Address(data[24:40]))
        segment = data[pos:end]
    else:
        return None
    if len(segment) < 20:
        return None
    sport, dport, seq = struct.unpack_from(">HHI", segment)
    offset = (segment[12] >> 4) * 4
    if offset < 20:
        return None
    return Packet(time, (src, sport), (dst, dport), seq, segment[13], segment[offset:])


# ---------------------------------------------------------------------------------------------
# TCP streams


@dataclass
class _Direction:
    next_seq: int | None = None  # the sequence number of the next byte to hand out
    pending: dict[int, tuple[float, bytes]] = field(default_factory=dict)  # out of order


@dataclass
class _Stream:
    number: int
    client: tuple[str, int]
    server: tuple[str, int]
    directions: dict[bool, _Direction] = field(
        default_factory=lambda: {True: _Direction(), False: _Direction()}
    )
    sent: bool = False  # any payload yet


def read_streams(f: BinaryIO, ports: Collection[int]) -> Iterator[Chunk]:
    """The TCP streams to or from ``ports``, as chunks of in-order bytes (see the module doc).

    The server of a connection is the side on one of ``ports`` (if both are, the side that
    answered the SYN; without a SYN in the capture, the destination of the first packet).
    """
    streams: dict[tuple[tuple[str, int], tuple[str, int]], _Stream] = {}
    for packet in read_packets(f):
        if packet.src[1] not in ports and packet.dst[1] not in ports:
            continue
        key = (min(packet.src, packet.dst), max(packet.src, packet.dst))
        stream = streams.get(key)
        syn_only = packet.flags & (_TCP_SYN | _TCP_ACK) == _TCP_SYN
        # A SYN starts a new connection, unless it repeats the SYN of one that sent nothing yet.
        if stream is None or (syn_only and (stream.client != packet.src or stream.sent)):
            from_server = packet.src[1] in ports and packet.dst[1] not in ports
            syn_ack = packet.flags & (_TCP_SYN | _TCP_ACK) == _TCP_SYN | _TCP_ACK
            client, server = (
                (packet.dst, packet.src) if from_server or syn_ack else (packet.src, packet.dst)
            )
            stream = streams[key] = _Stream(len(streams), client, server)
        from_client = packet.src == stream.client
        direction = stream.directions[from_client]
        if packet.flags & _TCP_SYN:
            direction.next_seq = (packet.seq + 1) & 0xFFFFFFFF
            direction.pending.clear()
            continue
        if not packet.payload:
            continue
        stream.sent = True
        if direction.next_seq is None:  # the capture starts after the SYN
            direction.next_seq = packet.seq
        yield from _deliver(stream, from_client, direction, packet)
    for stream in streams.values():  # gaps never filled: hand out what follows them
        for from_client, direction in stream.directions.items():
            while direction.pending and direction.next_seq is not None:
                start = direction.next_seq
                seq = min(direction.pending, key=lambda s: (s - start) & 0xFFFFFFFF)
                time, data = direction.pending.pop(seq)
                gap = (seq - start) & 0xFFFFFFFF
                direction.next_seq = (seq + len(data)) & 0xFFFFFFFF
                yield Chunk(
                    time, stream.number, stream.client, stream.server, from_client, data, gap
                )
                yield from _drain(stream, from_client, direction, time)


def _deliver(
    stream: _Stream, from_client: bool, direction: _Direction, packet: Packet
) -> Iterator[Chunk]:
    assert direction.next_seq is not None
    behind = (direction.next_seq - packet.seq) & 0xFFFFFFFF
    if behind >= 0x80000000:  # starts after a gap: kept until the gap is filled
        known = direction.pending.get(packet.seq)
        if known is None or len(known[1]) < len(packet.payload):
            direction.pending[packet.seq] = (packet.time, packet.payload)
        return
    data = packet.payload[behind:]  # starts at or before the next byte: the new part, if any
    if not data:
        return  # a retransmission of bytes already handed out
    direction.next_seq = (direction.next_seq + len(data)) & 0xFFFFFFFF
    yield Chunk(packet.time, stream.number, stream.client, stream.server, from_client, data)
    yield from _drain(stream, from_client, direction, packet.time)


def _drain(
    stream: _Stream, from_client: bool, direction: _Direction, time: float
) -> Iterator[Chunk]:
    """The kept segments that the bytes just handed out made contiguous (stamped ``time``)."""
    progressed = True
    while direction.pending and progressed and direction.next_seq is not None:
        progressed = False
        start = direction.next_seq
        for seq in sorted(direction.pending, key=lambda s: (s - start) & 0xFFFFFFFF):
            assert direction.next_seq is not None
            behind = (direction.next_seq - seq) & 0xFFFFFFFF
            if behind >= 0x80000000:
                continue
            _time, payload = direction.pending.pop(seq)
            data = payload[behind:]
            if data:
                direction.next_seq = (direction.next_seq + len(data)) & 0xFFFFFFFF
                yield Chunk(time, stream.number, stream.client, stream.server, from_client, data)
            progressed = True

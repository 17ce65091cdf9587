"""Write TCP conversations to pcap and pcapng files, for the dissector and ``decode --pcap`` tests.

    conversation = Conversation(client=("10.0.0.1", 50001), server=("10.0.0.2", 42027))
    conversation.send(0.0, True, open_req_bytes)     # (time, from the client?, payload)
    conversation.send(0.1, False, open_conf_bytes)
    write_capture(path, [conversation], pcapng=False)

Each conversation gets a three-way handshake, one TCP segment per ``send`` (sequence and
acknowledgement numbers as a real stack would set them) and a FIN exchange, over Ethernet and
IPv4 with valid checksums. Segments of several conversations are interleaved by time.
"""

from __future__ import annotations

import ipaddress
import struct
from dataclasses import dataclass, field
from pathlib import Path

SYN, FIN, PSH, ACK = 0x02, 0x01, 0x08, 0x10


@dataclass
class Conversation:
    client: tuple[str, int]
    server: tuple[str, int]
    segments: list[tuple[float, bool, bytes]] = field(default_factory=list)
    handshake: bool = True  # False: the capture starts mid-session

    def send(self, time: float, from_client: bool, payload: bytes) -> None:
        self.segments.append((time, from_client, payload))


def _checksum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    total: int = sum(struct.unpack(f">{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def segment(
    src: tuple[str, int], dst: tuple[str, int], seq: int, ack: int, flags: int, payload: bytes
) -> bytes:
    """One TCP segment in IPv4 in Ethernet, checksums included."""
    s, d = ipaddress.IPv4Address(src[0]).packed, ipaddress.IPv4Address(dst[0]).packed
    tcp = struct.pack(">HHIIBBHHH", src[1], dst[1], seq, ack, 5 << 4, flags, 65535, 0, 0)
    pseudo = s + d + struct.pack(">BBH", 0, 6, len(tcp) + len(payload))
    csum = _checksum(pseudo + tcp + payload)
    tcp = tcp[:16] + struct.pack(">H", csum) + tcp[18:]
    total = 20 + len(tcp) + len(payload)
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, total, 0, 0x4000, 64, 6, 0, s, d)
    ip = ip[:10] + struct.pack(">H", _checksum(ip)) + ip[12:]
    ether = b"\x02\x00\x00\x00\x00\x02" + b"\x02\x00\x00\x00\x00\x01" + b"\x08\x00"
    return ether + ip + tcp + payload


def packets(conversation: Conversation) -> list[tuple[float, bytes]]:
    """The conversation as (time, Ethernet frame) packets."""
    c, s = conversation.client, conversation.server
    seq = {True: 1000, False: 5000}  # the next sequence number of each side
    out: list[tuple[float, bytes]] = []
    first = conversation.segments[0][0] if conversation.segments else 0.0
    if conversation.handshake:
        t = first - 0.003
        out.append((t, segment(c, s, seq[True] - 1, 0, SYN, b"")))
        out.append((t + 0.001, segment(s, c, seq[False] - 1, seq[True], SYN | ACK, b"")))
        out.append((t + 0.002, segment(c, s, seq[True], seq[False], ACK, b"")))
    last = first
    for time, from_client, payload in conversation.segments:
        src, dst = (c, s) if from_client else (s, c)
        out.append(
            (time, segment(src, dst, seq[from_client], seq[not from_client], PSH | ACK, payload))
        )
        seq[from_client] += len(payload)
        last = time
    if conversation.handshake:
        out.append((last + 0.001, segment(c, s, seq[True], seq[False], FIN | ACK, b"")))
        out.append((last + 0.002, segment(s, c, seq[False], seq[True] + 1, FIN | ACK, b"")))
        out.append((last + 0.003, segment(c, s, seq[True] + 1, seq[False] + 1, ACK, b"")))
    return out


def write_capture(path: Path, conversations: list[Conversation], *, pcapng: bool = False) -> None:
    """All conversations in one capture, packets in time order (microsecond timestamps)."""
    all_packets = sorted((p for conv in conversations for p in packets(conv)), key=lambda p: p[0])
    write_packets(path, all_packets, pcapng=pcapng)


def write_packets(
    path: Path, frames: list[tuple[float, bytes]], *, pcapng: bool = False, linktype: int = 1
) -> None:
    """(time, link-layer frame) packets as they are (default: Ethernet)."""
    path.write_bytes(capture_bytes(frames, pcapng=pcapng, linktype=linktype))


def capture_bytes(
    frames: list[tuple[float, bytes]], *, pcapng: bool = False, linktype: int = 1
) -> bytes:
    """The capture file :func:`write_packets` writes."""
    out = []
    if pcapng:
        out.append(_block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)))
        out.append(_block(1, struct.pack("<HHI", linktype, 0, 65535)))  # 10^-6 s resolution
        for time, data in frames:
            micros = round(time * 1_000_000)
            header = struct.pack(
                "<IIIII", 0, micros >> 32, micros & 0xFFFFFFFF, len(data), len(data)
            )
            out.append(_block(6, header + data + b"\0" * (-len(data) % 4)))
    else:
        out.append(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, linktype))
        for time, data in frames:
            micros = round(time * 1_000_000)
            sec, usec = divmod(micros, 1_000_000)
            out.append(struct.pack("<IIII", sec, usec, len(data), len(data)) + data)
    return b"".join(out)


def _block(kind: int, body: bytes) -> bytes:
    size = 12 + len(body)
    return struct.pack("<II", kind, size) + body + struct.pack("<I", size)

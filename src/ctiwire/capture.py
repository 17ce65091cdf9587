"""Decode the CTI traffic of a pcap or pcapng capture: every frame, with when, which way, and in
which protocol version it was read.

    from ctiwire.capture import decode_capture

    with open("capture.pcapng", "rb") as f:
        for item in decode_capture(f, ports={42027}, version=15):
            print(item.time, item.direction, item.version, item.message or item.error)

The data takes the one path every ctiwire reader takes: :mod:`ctiwire.pcap` puts the TCP streams
back together, :class:`~ctiwire.framing.FrameDecoder` cuts them into frames, the version's codec
decodes them (``ctiwire decode --pcap`` then prints them with :mod:`ctiwire.jsonview`).

The version of a connection is the VersionNumber of its OPEN_REQ when the capture holds it (a
version without bindings is read as the nearest one that has them); otherwise ``version``, for
captures that start in the middle of a session.
"""

from __future__ import annotations

import struct
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import BinaryIO

from ._codec import codec_for, version_available
from .errors import DecodeError
from .framing import FrameDecoder
from .pcap import Chunk, read_streams
from .types import Message

__all__ = ["CapturedFrame", "decode_capture", "open_req_version"]

# OPEN_REQ (MessageType 3 in every version) carries VersionNumber right after the 8-byte header
# and its InvokeID. tests/test_pcap.py checks this place against every version's encoder.
_OPEN_REQ = 3
_VERSION_AT = struct.Struct(">I")
_VERSION_OFFSET = 12
_PEEK = _VERSION_OFFSET + 4


def open_req_version(data: bytes | bytearray) -> int | None:
    """The VersionNumber of the OPEN_REQ that ``data`` starts with (None: not an OPEN_REQ, or
    too short to tell)."""
    if len(data) < _PEEK or int.from_bytes(data[4:8], "big") != _OPEN_REQ:
        return None
    version: int = _VERSION_AT.unpack_from(data, _VERSION_OFFSET)[0]
    return version


def nearest_version(number: int) -> int:
    """``number`` if ctiwire has bindings for it, else the closest version that has them
    (the highest below it, or the lowest above it)."""
    candidates: list[int] = [*range(number, 0, -1), *range(number + 1, number + 100)]
    for candidate in candidates:
        if version_available(candidate):
            return candidate
    raise ValueError("ctiwire has no protocol bindings at all")


@dataclass(frozen=True)
class CapturedFrame:
    """One CTI frame of the capture, decoded (``message``) or not (``error``)."""

    time: float  # seconds since the epoch, of the packet that completed the frame
    stream: int  # TCP connections numbered from 0 in the order they appear
    client: tuple[str, int]
    server: tuple[str, int]
    direction: str  # "client_to_server" or "server_to_client"
    version: int  # the protocol version it was read in
    learnt: bool  # True: the version is the connection's OPEN_REQ's; False: the default
    frame: bytes  # header included; b"" when the stream itself could not be framed
    message: Message | None = None
    error: DecodeError | None = None
    requested: int | None = None  # the OPEN_REQ's VersionNumber, when it has no bindings

    @property
    def src(self) -> tuple[str, int]:
        return self.client if self.direction == "client_to_server" else self.server

    @property
    def dst(self) -> tuple[str, int]:
        return self.server if self.direction == "client_to_server" else self.client


@dataclass
class _Connection:
    """What is known of one TCP connection while its chunks arrive."""

    module: ModuleType | None = None  # the version's codec module, once settled
    learnt: bool = False
    requested: int | None = None
    early: list[Chunk] = field(default_factory=list)  # chunks before the version is settled
    frames: dict[bool, FrameDecoder] = field(default_factory=dict)
    broken: dict[bool, bool] = field(default_factory=dict)  # a direction that cannot be framed
    last: dict[bool, Chunk] = field(default_factory=dict)  # each direction's latest chunk


def decode_capture(f: BinaryIO, ports: Collection[int], version: int) -> Iterator[CapturedFrame]:
    """Every CTI frame of the TCP connections to or from ``ports``, in capture order.

    ``version`` is the protocol version of a connection whose OPEN_REQ is not in the capture.
    """
    connections: dict[int, _Connection] = {}
    for chunk in read_streams(f, ports):
        conn = connections.setdefault(chunk.stream, _Connection())
        if conn.module is None:
            conn.early.append(chunk)
            client_bytes = b"".join(c.data for c in conn.early if c.from_client)
            if len(client_bytes) < _PEEK and not any(not c.from_client for c in conn.early):
                continue  # too early to tell whether the client starts with OPEN_REQ
            _settle(conn, client_bytes, version)
            early, conn.early = conn.early, []
            for c in early:
                yield from _frames(conn, c)
        else:
            yield from _frames(conn, chunk)
    for conn in connections.values():  # connections too short to tell: the default version
        if conn.module is None:
            _settle(conn, b"".join(c.data for c in conn.early if c.from_client), version)
            for c in conn.early:
                yield from _frames(conn, c)
        yield from _leftovers(conn)


def _settle(conn: _Connection, client_bytes: bytes, default: int) -> None:
    requested = open_req_version(client_bytes)
    number = default if requested is None else nearest_version(requested)
    conn.module = codec_for(number).module
    conn.learnt = requested is not None
    conn.requested = requested if requested is not None and requested != number else None


def _item(
    conn: _Connection,
    chunk: Chunk,
    frame: bytes,
    message: Message | None = None,
    error: DecodeError | None = None,
) -> CapturedFrame:
    assert conn.module is not None
    return CapturedFrame(
        time=chunk.time,
        stream=chunk.stream,
        client=chunk.client,
        server=chunk.server,
        direction="client_to_server" if chunk.from_client else "server_to_client",
        version=conn.module.PROTOCOL_VERSION,
        learnt=conn.learnt,
        frame=frame,
        message=message,
        error=error,
        requested=conn.requested,
    )


def _frames(conn: _Connection, chunk: Chunk) -> Iterator[CapturedFrame]:
    assert conn.module is not None
    cti = conn.module
    side = chunk.from_client
    conn.last[side] = chunk
    if chunk.gap:  # bytes lost from the capture: what follows cannot be joined to what came before
        error = DecodeError(f"{chunk.gap} byte(s) missing from the capture before this point")
        yield _item(conn, chunk, b"", error=error)
        conn.frames.pop(side, None)
        conn.broken[side] = False
    if conn.broken.get(side):
        return
    decoder = conn.frames.get(side)
    if decoder is None:
        decoder = conn.frames[side] = cti.frame_decoder()
    try:
        decoder.feed(chunk.data)
        while (frame := decoder.next_frame()) is not None:
            try:
                yield _item(conn, chunk, frame, message=cti.decode(frame))
            except DecodeError as exc:
                yield _item(conn, chunk, frame, error=exc)
    except DecodeError as exc:  # a header that cannot be framed: the rest of this direction
        conn.broken[side] = True
        yield _item(conn, chunk, b"", error=exc)


def _leftovers(conn: _Connection) -> Iterator[CapturedFrame]:
    """An incomplete frame at the end of a direction (the capture stopped inside it)."""
    for side, decoder in conn.frames.items():
        if not decoder.at_boundary() and not conn.broken.get(side):
            reason = f"{decoder.buffered} byte(s) at the end of the stream: an incomplete message"
            yield _item(conn, conn.last[side], b"", error=DecodeError(reason))

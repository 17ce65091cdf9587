"""Sans-IO framing: bytes in, whole frames out.

A CTI message is an 8-byte header (MessageLength, MessageType; both UINT, big-endian) followed
by MessageLength bytes of body. MessageLength excludes the header. ::

    decoder = FrameDecoder(max_message_size)
    decoder.feed(chunk)                 # any chunking: one byte, or many frames at once
    for frame in decoder:               # every complete frame, header included
        message = cti.decode(frame)

A MessageLength that makes a frame larger than ``max_message_size`` cannot be skipped (the stream
has no other frame boundary), so it ends the stream: the frames before it are still delivered,
in order, and asking for the next frame then raises :class:`~ctiwire.FramingError` (and keeps
raising). No body byte of such a frame is ever buffered beyond what has arrived. The result does
not depend on how the bytes were chunked.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from .errors import FramingError

__all__ = ["FrameDecoder", "HEADER_SIZE"]

HEADER_SIZE = 8
_LENGTH = struct.Struct(">I")


class FrameDecoder:
    """Split a byte stream into frames (see the module docstring)."""

    __slots__ = ("_buffer", "_consumed", "_failed", "_max")

    def __init__(self, max_message_size: int) -> None:
        if max_message_size < HEADER_SIZE:
            raise ValueError("max_message_size must be at least the header size")
        self._buffer = bytearray()
        self._max = max_message_size
        self._failed: FramingError | None = None
        self._consumed = 0  # stream bytes already returned as frames

    @property
    def buffered(self) -> int:
        """Bytes received but not yet returned as a frame."""
        return len(self._buffer)

    @property
    def failed(self) -> FramingError | None:
        """The framing error that ended the stream, once a frame has reached it."""
        return self._failed

    def feed(self, data: bytes | bytearray | memoryview) -> None:
        """Add received bytes. Never raises: a bad header is reported by :meth:`next_frame`
        once the frames before it have been taken. Bytes after a bad header are dropped."""
        if self._failed is None:
            self._buffer += data

    def next_frame(self) -> bytes | None:
        """The next complete frame, or ``None`` if more data is needed; raises
        :class:`FramingError` when the next frame's header is refused."""
        if self._failed is not None:
            raise self._failed
        buffer = self._buffer
        if len(buffer) < HEADER_SIZE:
            return None
        length = _LENGTH.unpack_from(buffer)[0]
        size = length + HEADER_SIZE
        if size > self._max:
            self._failed = FramingError(
                f"MessageLength {length} makes a {size}-byte message, beyond the maximum of "
                f"{self._max} (at byte {self._consumed} of the stream)",
                field="MessageLength",
                offset=0,
            )
            buffer.clear()
            raise self._failed
        if len(buffer) < size:
            return None
        frame = bytes(buffer[:size])
        del buffer[:size]
        self._consumed += size
        return frame

    def __iter__(self) -> Iterator[bytes]:
        """Every complete frame buffered so far (then :class:`FramingError` if the stream
        reached a refused header)."""
        while (frame := self.next_frame()) is not None:
            yield frame

    def frames(self) -> list[bytes]:
        """All complete frames buffered so far. If a refused header follows them, they are
        returned and the error is raised by the next call."""
        out: list[bytes] = []
        try:
            while (frame := self.next_frame()) is not None:
                out.append(frame)
        except FramingError:
            if not out:
                raise
        return out

    def at_boundary(self) -> bool:
        """True when no partial frame is buffered (a clean place for the stream to end)."""
        return not self._buffer

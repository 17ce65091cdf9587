"""Sans-IO framing: bytes in, whole frames out.

A CTI message is an 8-byte header (MessageLength, MessageType; both UINT, big-endian) followed
by MessageLength bytes of body. MessageLength excludes the header.
"""

from __future__ import annotations

import struct

from .errors import FramingError

__all__ = ["FrameDecoder", "HEADER_SIZE"]

HEADER_SIZE = 8
_LENGTH = struct.Struct(">I")


class FrameDecoder:
    """Split a byte stream into frames.

    Feed any chunks with :meth:`feed` (one byte at a time or many frames at once); :meth:`frames`
    / iteration yields each complete frame (header included) as ``bytes``. A MessageLength that
    would make a frame larger than ``max_message_size`` is refused with :class:`FramingError`
    as soon as the header is seen, before any of the body is buffered.
    """

    __slots__ = ("_buffer", "_failed", "_max")

    def __init__(self, max_message_size: int) -> None:
        if max_message_size < HEADER_SIZE:
            raise ValueError("max_message_size must be at least the header size")
        self._buffer = bytearray()
        self._max = max_message_size
        self._failed: FramingError | None = None

    @property
    def buffered(self) -> int:
        """Bytes received but not yet returned as a frame."""
        return len(self._buffer)

    def feed(self, data: bytes | bytearray | memoryview) -> None:
        if self._failed is not None:
            raise self._failed
        self._buffer += data
        self._check_header()

    def _check_header(self) -> None:
        if len(self._buffer) >= HEADER_SIZE:
            length = _LENGTH.unpack_from(self._buffer)[0]
            if length + HEADER_SIZE > self._max:
                self._failed = FramingError(
                    f"MessageLength {length} makes a {length + HEADER_SIZE}-byte message, "
                    f"beyond the maximum of {self._max}",
                    field="MessageLength",
                    offset=0,
                )
                self._buffer.clear()
                raise self._failed

    def next_frame(self) -> bytes | None:
        """The next complete frame, or ``None`` if more data is needed."""
        if self._failed is not None:
            raise self._failed
        buffer = self._buffer
        if len(buffer) < HEADER_SIZE:
            return None
        self._check_header()
        size = _LENGTH.unpack_from(buffer)[0] + HEADER_SIZE
        if len(buffer) < size:
            return None
        frame = bytes(buffer[:size])
        del buffer[:size]
        return frame

    def frames(self) -> list[bytes]:
        """All complete frames buffered so far."""
        out = []
        while (frame := self.next_frame()) is not None:
            out.append(frame)
        return out

    def at_boundary(self) -> bool:
        """True when no partial frame is buffered (a clean place for the stream to end)."""
        return not self._buffer

"""The exceptions ctiwire raises.

Every problem with bytes or values is one of these (all are ``ValueError`` subclasses), never an
``IndexError``, ``struct.error`` or ``UnicodeError`` escaping from the codec.
"""

from __future__ import annotations

__all__ = ["CTIError", "DecodeError", "EncodeError", "FramingError"]


class CTIError(ValueError):
    """Base class of every ctiwire error."""


class DecodeError(CTIError):
    """Bytes that are not a valid message.

    ``message`` is the message name (or ``None`` before the type is known), ``field`` the field
    being read (or ``None``), ``offset`` the byte offset in the frame where the problem is.
    """

    def __init__(
        self, reason: str, *, message: str | None = None, field: str | None = None, offset: int = 0
    ) -> None:
        self.reason = reason
        self.message = message
        self.field = field
        self.offset = offset
        where = message or "frame"
        if field:
            where += f".{field}"
        super().__init__(f"{where} at byte {offset}: {reason}")


class FramingError(DecodeError):
    """A frame header that cannot be accepted (for example a MessageLength beyond the maximum)."""


class EncodeError(CTIError):
    """A message whose values cannot be put on the wire."""

    def __init__(self, reason: str, *, message: str, field: str | None = None) -> None:
        self.reason = reason
        self.message = message
        self.field = field
        where = message + (f".{field}" if field else "")
        super().__init__(f"{where}: {reason}")

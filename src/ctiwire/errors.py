"""The exceptions ctiwire raises.

Every problem with bytes or values is one of these (all are ``ValueError`` subclasses), never an
``IndexError``, ``struct.error`` or ``UnicodeError`` escaping from the codec.
"""

from __future__ import annotations

__all__ = [
    "CTIError",
    "DecodeError",
    "EncodeError",
    "FramingError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "ConnectionLostError",
    "OpenFailedError",
    "RequestFailedError",
    "RequestTimeoutError",
]


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


# ---------------------------------------------------------------------------------------------
# Session and client errors


class LocalProtocolError(CTIError):
    """This side tried something the protocol does not allow in the session's current state
    (for example a request before the session is open). Nothing was sent and the session is
    unchanged."""


class RemoteProtocolError(CTIError):
    """The peer broke the protocol: a message not allowed in the session's state, or a
    confirmation whose InvokeID matches no outstanding request. The session ends."""


class ConnectionLostError(CTIError):
    """The session ended (connection lost, heartbeats unanswered, protocol error or closed)
    before the operation could complete."""


class OpenFailedError(CTIError):
    """The CTI Server refused to open a session (FAILURE_CONF to OPEN_REQ).

    ``status`` is the StatusCode the server gave (an ``int`` if the value is unknown).
    """

    def __init__(self, status: int) -> None:
        self.status = status
        name = getattr(status, "name", None) or str(int(status))
        super().__init__(f"the CTI Server refused to open the session: {name}")


class RequestFailedError(CTIError):
    """A request was answered with FAILURE_CONF or CONTROL_FAILURE_CONF, or timed out.

    ``code`` is the failure code as an enum member (``StatusCode`` for FAILURE_CONF,
    ``ControlFailureCode`` for CONTROL_FAILURE_CONF; a plain ``int`` if the value is unknown),
    ``failure`` the failure message itself (``None`` when no answer came in time),
    ``request`` the request and ``invoke_id`` its InvokeID.
    """

    def __init__(self, invoke_id: int, request: object, code: int, failure: object) -> None:
        self.invoke_id = invoke_id
        self.request = request
        self.code = code
        self.failure = failure
        name = getattr(code, "name", None) or str(int(code))
        what = getattr(request, "MESSAGE_NAME", type(request).__name__)
        super().__init__(f"{what} (InvokeID {invoke_id}) failed: {name}")


class RequestTimeoutError(RequestFailedError):
    """No confirmation arrived within the request timeout (``code`` is ``E_CTI_TIMEOUT``)."""

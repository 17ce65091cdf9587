"""The exceptions ctiwire raises.

Every problem with bytes or values is one of these (all are ``ValueError`` subclasses), never an
``IndexError``, ``struct.error`` or ``UnicodeError`` escaping from the codec.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "CTIError",
    "DecodeError",
    "EncodeError",
    "FramingError",
    "MissingFieldError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "ConnectionLostError",
    "ConnectAttempt",
    "ConnectFailedError",
    "ConnectTimeoutError",
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


class MissingFieldError(DecodeError):
    """A required floating field is missing (a server answers E_CTI_REQUIRED_DATA_MISSING)."""


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


@dataclass(frozen=True, slots=True)
class ConnectAttempt:
    """One attempt to open a session: the side (``"A"``/``"B"``), its address, and why it did
    not open a session (``error``: the exception, when there was one)."""

    side: str
    address: tuple[str, int]
    cause: str
    error: BaseException | None = field(default=None, compare=False)

    def __str__(self) -> str:
        host, port = self.address
        return f"side {self.side} ({host}:{port}): {self.cause}"


class ConnectFailedError(CTIError):
    """No session could be opened. ``attempts`` says, attempt by attempt and side by side, why
    each one failed (connection refused, no OPEN_CONF in time, bytes that are not CTI
    messages, a refusal...)."""

    def __init__(self, summary: str, attempts: tuple[ConnectAttempt, ...] = ()) -> None:
        self.summary = summary
        self.attempts = attempts
        lines = [summary, *(f"  {attempt}" for attempt in attempts[-8:])]
        if len(attempts) > 8:
            lines.insert(1, f"  ... {len(attempts) - 8} earlier attempt(s)")
        super().__init__("\n".join(lines))


class ConnectTimeoutError(ConnectFailedError, TimeoutError):
    """No session could be opened within ``connect_timeout``. Also a :class:`TimeoutError`,
    so code that catches that keeps working."""


class OpenFailedError(ConnectFailedError):
    """The CTI Server refused to open a session (FAILURE_CONF to OPEN_REQ) with a status that
    retrying cannot cure (a wrong password, an unsupported version...).

    ``status`` is the StatusCode the server gave (an ``int`` if the value is unknown).
    """

    def __init__(
        self, status: int, attempts: tuple[ConnectAttempt, ...] = (), hint: str = ""
    ) -> None:
        self.status = status
        name = getattr(status, "name", None) or str(int(status))
        summary = f"the CTI Server refused to open the session: {name}"
        super().__init__(summary + (f" ({hint})" if hint else ""), attempts)


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

"""What a session reports: frozen dataclasses returned by ``next_event()``.

Client role: :class:`SessionOpened`, :class:`OpenFailed`, :class:`RequestCompleted`,
:class:`RequestFailed`, :class:`UnsolicitedEvent`, :class:`ServerRequest`,
:class:`SessionClosed`, :class:`SessionLost`, :class:`ProtocolError`.

Server role: :class:`OpenRequested`, :class:`OpenRefused`, :class:`RequestReceived`,
:class:`CloseRequested`, :class:`RequestCompleted` / :class:`RequestFailed` (for the requests the
server initiates), :class:`SessionLost`, :class:`ProtocolError`.

Both roles, when the session goes on despite the peer: :class:`MalformedMessage` (a well-framed
message whose body does not decode) and :class:`UnexpectedMessage` (a message the session's
state does not expect). In strict mode both end the session with :class:`ProtocolError` instead.

Enum-valued fields hold the enum member of the session's protocol version (``StatusCode``,
``ControlFailureCode``, ``CTIServiceMask``...), or the plain ``int`` the server sent when the
version does not know the value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import CTIError
from .types import Message

if TYPE_CHECKING:
    from .v15 import AgentState, ControlFailureCode, CTIServiceMask, StatusCode

__all__ = [
    "Event",
    "SessionOpened",
    "OpenFailed",
    "RequestCompleted",
    "RequestFailed",
    "UnsolicitedEvent",
    "SessionClosed",
    "SessionLost",
    "ProtocolError",
    "MalformedMessage",
    "UnexpectedMessage",
    "ServerRequest",
    "OpenRequested",
    "OpenRefused",
    "RequestReceived",
    "CloseRequested",
]


class Event:
    """Base class of every session event."""

    __slots__ = ()


# ---------------------------------------------------------------------------------------------
# Client role


@dataclass(frozen=True, slots=True)
class SessionOpened(Event):
    """OPEN_CONF arrived: the session is open.

    ``services_granted`` may be less than ``services_requested`` (see :attr:`services_denied`).
    ``peripheral_online`` and ``agent_state`` are the OPEN_CONF's PeripheralOnline and AgentState
    (the agent state is meaningful for Client Events service only). The asyncio client fills in
    ``side`` (``"A"`` or ``"B"``) and ``address`` of the CTI Server it reached.
    """

    conf: Message
    services_requested: CTIServiceMask | int
    services_granted: CTIServiceMask | int
    peripheral_online: bool
    agent_state: AgentState | int
    side: str | None = None
    address: tuple[str, int] | None = None

    @property
    def services_denied(self) -> CTIServiceMask | int:
        """Services requested but not granted."""
        return self.services_requested & ~self.services_granted


@dataclass(frozen=True, slots=True)
class OpenFailed(Event):
    """The session could not be opened.

    ``failure`` is the FAILURE_CONF the server answered OPEN_REQ with and ``status`` its
    StatusCode; when no answer came within the open timeout, ``failure`` is ``None`` and
    ``status`` is ``E_CTI_TIMEOUT``.
    """

    status: StatusCode | int
    failure: Message | None
    error: CTIError | None = None
    """Set when the answer to OPEN_REQ could not be decoded (``status`` is then
    ``E_CTI_BAD_MESSAGE_FORMAT``) or could not answer it."""


@dataclass(frozen=True, slots=True)
class RequestCompleted(Event):
    """A request's own confirmation arrived (matched by InvokeID)."""

    invoke_id: int
    request: Message
    confirmation: Message


@dataclass(frozen=True, slots=True)
class RequestFailed(Event):
    """A request was refused (FAILURE_CONF or CONTROL_FAILURE_CONF) or not answered in time.

    ``code`` is the FailureCode: a ``StatusCode`` for FAILURE_CONF, a ``ControlFailureCode`` for
    CONTROL_FAILURE_CONF, ``StatusCode.E_CTI_TIMEOUT`` when no answer came within the request
    timeout (then ``failure`` is ``None``; a confirmation arriving later is dropped).
    ``error`` is set when the answer carrying the request's InvokeID could not be decoded (a
    :class:`~ctiwire.DecodeError`; ``code`` is then ``E_CTI_BAD_MESSAGE_FORMAT``).
    """

    invoke_id: int
    request: Message
    code: StatusCode | ControlFailureCode | int
    failure: Message | None
    error: CTIError | None = None

    @property
    def timed_out(self) -> bool:
        return self.failure is None and self.error is None


@dataclass(frozen=True, slots=True)
class UnsolicitedEvent(Event):
    """A message the server sent on its own: an ``..._EVENT`` (FAILURE_EVENT included) or a
    message type this protocol version does not define."""

    message: Message


@dataclass(frozen=True, slots=True)
class ServerRequest(Event):
    """A request the server initiates (ACTIVE_MAINTENANCE_REQ, START/STOP_RECORDING_REQ to a
    recording client): answer it with ``send()`` of its confirmation, same InvokeID.

    ``answer_by`` is when the server stops waiting (``None``: it states no limit). For
    ACTIVE_MAINTENANCE_REQ the session answers by itself just before that, with the
    configuration's ``accept_maintenance``, if the application has not answered.
    """

    request: Message
    answer_by: float | None = None


@dataclass(frozen=True, slots=True)
class SessionClosed(Event):
    """The session ended gracefully after CLOSE_REQ.

    ``conf`` is the CLOSE_CONF, or ``None`` when the server reset the connection or did not answer
    within the close timeout. ``unanswered`` are the requests still without confirmation.
    """

    conf: Message | None
    unanswered: tuple[Message, ...] = ()


# ---------------------------------------------------------------------------------------------
# Both roles


@dataclass(frozen=True, slots=True)
class SessionLost(Event):
    """The session ended without a graceful close: the connection dropped, three heartbeats went
    unconfirmed, nothing arrived within the idle timeout, or the server went off-line.

    ``unanswered`` are the requests still without confirmation (client role); they will not be
    answered. The CTI Server does not replay the events of an outage on a new session.
    """

    reason: str
    unanswered: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True)
class ProtocolError(Event):
    """The peer broke the protocol (undecodable bytes, a message not allowed in the session's
    state, a confirmation for no outstanding request): the session is over. ``error`` is the
    :class:`~ctiwire.DecodeError` or :class:`~ctiwire.RemoteProtocolError`."""

    error: CTIError
    unanswered: tuple[Message, ...] = ()


@dataclass(frozen=True, slots=True)
class MalformedMessage(Event):
    """A well-framed message whose body does not decode. The session goes on (the frame's end is
    known from MessageLength); a request waiting for this InvokeID fails with ``error``.

    ``frame`` is the whole frame (header included), ``message_type`` its MessageType,
    ``invoke_id`` the InvokeID when the message type has one (the first body field).
    """

    frame: bytes
    message_type: int
    invoke_id: int | None
    error: CTIError


@dataclass(frozen=True, slots=True)
class UnexpectedMessage(Event):
    """A message the session's state does not expect (an answer to no request, a message of the
    wrong direction, a request before the session is open). The session goes on; a server
    session has already answered a request it cannot take with FAILURE_CONF."""

    message: Message
    reason: str


# ---------------------------------------------------------------------------------------------
# Server role


@dataclass(frozen=True, slots=True)
class OpenRequested(Event):
    """The client sent OPEN_REQ: answer with ``accept_open()`` or ``reject_open()``.

    Checking it (version, password, masks, agent data) is the server application's job;
    its ``repr`` never shows the password.
    """

    open_req: Message
    version: int = 0
    """The protocol version of the session: the OPEN_REQ's VersionNumber."""


@dataclass(frozen=True, slots=True)
class OpenRefused(Event):
    """The session refused an OPEN_REQ by itself (a FAILURE_CONF is queued, the session is
    FAILED): a VersionNumber it does not serve, an OPEN_REQ that does not decode (a required
    field missing). ``version`` is the VersionNumber the client asked for."""

    status: StatusCode | int
    reason: str
    version: int | None = None


@dataclass(frozen=True, slots=True)
class RequestReceived(Event):
    """A request from an open session: answer with ``confirm()``, ``fail()`` or
    ``control_fail()``. (HEARTBEAT_REQ and CLOSE_REQ are answered by the session itself.)"""

    message: Message


@dataclass(frozen=True, slots=True)
class CloseRequested(Event):
    """The client sent CLOSE_REQ; the session has queued CLOSE_CONF and is now closed."""

    close_req: Message

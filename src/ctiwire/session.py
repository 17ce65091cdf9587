"""The sans-IO CTI session: bytes in, events out, no sockets, time passed in.

One session object serves one TCP connection, in the client role (:class:`ClientSession`) or the
server role (:class:`ServerSession`), over the codecs of one protocol version. The adapter (the
asyncio client, the simulator, a test) does the I/O::

    session = ClientSession(config)
    sock.sendall(session.open(now()))
    while True:
        session.receive_data(sock.recv(65536), now())      # b"" when the peer closed
        while (event := session.next_event()) is not None:
            ...
        sock.sendall(session.data_to_send())
        # and call session.handle_timer(now()) when session.next_deadline() is reached

* Methods that send return the bytes to write (anything the core queued itself comes first, so
  writing what they return keeps the order). :meth:`data_to_send` returns what the core queued on
  its own: heartbeats from its timer, the server's automatic answers (HEARTBEAT_CONF, CLOSE_CONF,
  the FAILURE_CONFs of requests it cannot take), the client's default answer to
  ACTIVE_MAINTENANCE_REQ. Write it after every :meth:`receive_data` and :meth:`handle_timer`.
* The core owns the heartbeat timer: the adapter only has to honour :meth:`next_deadline`.
* Doing something the protocol does not allow raises
  :class:`~ctiwire.errors.LocalProtocolError` and changes nothing.
* **What the peer can break, and what it costs.** A message whose body does not decode becomes a
  :class:`~ctiwire.events.MalformedMessage` event (its frame, MessageType, InvokeID and error),
  and a request waiting for that InvokeID fails with the error; a message the session's state does
  not expect becomes an :class:`~ctiwire.events.UnexpectedMessage`. The session goes on: the
  frame's end is known from MessageLength, and the CTI Server does not replay what a client
  misses, so a needless reconnect loses events. Only a framing error (a MessageLength the stream
  cannot be resynchronised after), the guide's own reasons (unanswered heartbeats, idle timeout,
  a server off-line) and the connection's end finish a session. With ``strict`` (conformance
  testing) any of those messages ends the session with :class:`~ctiwire.events.ProtocolError`.
* A session that ended (CLOSED, FAILED, LOST, ERROR) ignores further input.
"""

from __future__ import annotations

import dataclasses
import math
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, ClassVar, Literal

from ._codec import SESSION_REQUESTS, Codec, Kind, codec_for, invoke_id_of, protocol_versions
from ._state import (
    CLIENT_TRANSITIONS,
    SERVER_EXCHANGES,
    SERVER_TRANSITIONS,
    TERMINAL,
    Input,
    State,
    next_state,
)
from .config import IDLE_TIMEOUT_FACTOR, NO_IDLE_TIMEOUT, ClientConfig
from .errors import (
    CTIError,
    DecodeError,
    FramingError,
    LocalProtocolError,
    MissingFieldError,
    RemoteProtocolError,
)
from .events import (
    CloseRequested,
    Event,
    MalformedMessage,
    OpenFailed,
    OpenRefused,
    OpenRequested,
    ProtocolError,
    RequestCompleted,
    RequestFailed,
    RequestReceived,
    ServerRequest,
    SessionClosed,
    SessionLost,
    SessionOpened,
    UnexpectedMessage,
    UnsolicitedEvent,
)
from .types import Message, UnknownMessage

__all__ = [
    "ClientSession",
    "ServerSession",
    "ClientConfig",
    "State",
    "Input",
    "CLIENT_TRANSITIONS",
    "SERVER_TRANSITIONS",
    "MAX_UNCONFIRMED_HEARTBEATS",
    "MAINTENANCE_ANSWER_MARGIN",
    # events, re-exported for convenience
    "Event",
    "SessionOpened",
    "OpenFailed",
    "RequestCompleted",
    "RequestFailed",
    "UnsolicitedEvent",
    "ServerRequest",
    "SessionClosed",
    "SessionLost",
    "ProtocolError",
    "MalformedMessage",
    "UnexpectedMessage",
    "OpenRequested",
    "OpenRefused",
    "RequestReceived",
    "CloseRequested",
]

# Session Management, Session Maintenance: "If three heartbeats go unconfirmed, the CTI client
# declares a session failure and resets the TCP connection."
MAX_UNCONFIRMED_HEARTBEATS = 3

MAINTENANCE_ANSWER_MARGIN = 1.0
"""Seconds before the server's own limit that the client session answers an
ACTIVE_MAINTENANCE_REQ the application left unanswered (so the answer arrives in time)."""

_MAX_INVOKE_ID = 0xFFFFFFFF
# InvokeIDs of requests that timed out, kept so that a late confirmation is dropped instead of
# being taken for a protocol violation. Bounded: a server this late is treated as broken.
_TIMED_OUT_MEMORY = 4096
OPEN_REQ_TYPE = 3  # MessageType of OPEN_REQ, the same in every version


def _peek(frame: bytes, start: int) -> int | None:
    """The UINT at ``start`` of a frame, if the frame is that long."""
    return int.from_bytes(frame[start : start + 4], "big") if len(frame) >= start + 4 else None


class _Session:
    """What both roles share: framing, decoding, the event queue, the outbox, the state."""

    _TRANSITIONS: ClassVar[Mapping[State, Mapping[Input, State]]]

    def __init__(self, codec: Codec, strict: bool) -> None:
        self._codec = codec
        self._strict = strict
        self._frames = codec.frame_decoder()
        self._state = State.IDLE
        self._events: deque[Event] = deque()
        self._outbox = bytearray()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} v{self._codec.version} {self._state.value}>"

    @property
    def state(self) -> State:
        return self._state

    @property
    def codec(self) -> Codec:
        """The protocol version's codec (``codec.module`` is e.g. ``ctiwire.v24``)."""
        return self._codec

    @property
    def version(self) -> int:
        """The session's protocol version."""
        return self._codec.version

    @property
    def ended(self) -> bool:
        """True once the session is over (CLOSED, FAILED, LOST or ERROR)."""
        return self._state in TERMINAL

    def next_event(self) -> Event | None:
        """The next event, or ``None`` when everything received so far has been reported."""
        return self._events.popleft() if self._events else None

    def data_to_send(self) -> bytes:
        """Bytes the core queued on its own (heartbeats, automatic answers), now to be written."""
        data = bytes(self._outbox)
        self._outbox.clear()
        return data

    def receive_data(self, data: bytes | bytearray | memoryview, now: float) -> None:
        """Feed bytes from the connection; ``b""`` means the peer closed it (EOF)."""
        if self._state in TERMINAL:
            return
        if not data:
            partial = self._frames.buffered
            note = f" ({partial} bytes of an unfinished message discarded)" if partial else ""
            self._on_eof(note)
            return
        self._on_bytes(now)
        self._frames.feed(data)
        while self._state not in TERMINAL:
            try:
                frame = self._frames.next_frame()
            except FramingError as error:
                self._violation(error)
                return
            if frame is None:
                return
            try:
                self._on_frame(frame, now)
            except RemoteProtocolError as error:
                self._violation(error)

    # -- for the roles ------------------------------------------------------------------------

    def _on_frame(self, frame: bytes, now: float) -> None:
        try:
            message = self._codec.decode(frame)
        except DecodeError as error:
            if self._strict:
                raise RemoteProtocolError(str(error)) from error
            message_type = _peek(frame, 4) or 0
            invoke_id = _peek(frame, 8) if self._codec.invoke_id_first.get(message_type) else None
            self._events.append(MalformedMessage(frame, message_type, invoke_id, error))
            self._on_malformed(message_type, invoke_id, error, now)
            return
        self._on_message(message, now)

    def _unexpected(self, message: Message, reason: str) -> None:
        """A message the state does not expect: reported, or the end in strict mode."""
        if self._strict:
            raise RemoteProtocolError(reason)
        self._events.append(UnexpectedMessage(message, reason))

    def _move(self, event: Input) -> None:
        self._state = next_state(self._TRANSITIONS, self._state, event)

    def _require(self, *states: State) -> None:
        if self._state not in states:
            allowed = " or ".join(s.value for s in states)
            raise LocalProtocolError(f"not allowed in state {self._state.value} (only {allowed})")

    def _encode(self, message: Message) -> bytes:
        """The frame for ``message``; nothing changes if it cannot be encoded."""
        self._codec.check_own(message)
        return self._codec.encode(message)

    def _with_outbox(self, data: bytes) -> bytes:
        return self.data_to_send() + data

    def _violation(self, error: CTIError) -> None:
        self._move(Input.PROTOCOL_VIOLATION)
        self._events.append(ProtocolError(error, self._take_unanswered()))
        self._stop_timers()

    def _take_unanswered(self) -> tuple[Message, ...]:
        return ()

    def _stop_timers(self) -> None:
        raise NotImplementedError

    def _on_bytes(self, now: float) -> None:
        raise NotImplementedError

    def _on_eof(self, note: str) -> None:
        raise NotImplementedError

    def _on_message(self, message: Message, now: float) -> None:
        raise NotImplementedError

    def _on_malformed(
        self, message_type: int, invoke_id: int | None, error: DecodeError, now: float
    ) -> None:
        raise NotImplementedError


@dataclass(slots=True)
class _Pending:
    """A request waiting for its confirmation."""

    purpose: Literal["user", "open", "heartbeat", "close"]
    request: Message
    expected: str | None  # the confirmation's name, when the version defines one
    deadline: float | None = None


@dataclass(slots=True)
class _Asked:
    """A request the server initiated, waiting for the client's answer."""

    request: Message
    deadline: float | None  # when the session answers by itself (None: it does not)
    default: Message | None  # what it then answers


class ClientSession(_Session):
    """The client role: opens the session, sends heartbeats and requests, receives the rest.

    The protocol version is ``config.protocol_version`` (``codec``, a version module, may be
    given instead; it must be the same version).
    """

    _TRANSITIONS = CLIENT_TRANSITIONS

    def __init__(self, config: ClientConfig, *, codec: ModuleType | None = None) -> None:
        resolved = codec_for(codec if codec is not None else config.protocol_version)
        if resolved.version != config.protocol_version:
            raise ValueError(
                f"config.protocol_version is {config.protocol_version} but the codec is "
                f"version {resolved.version}"
            )
        super().__init__(resolved, config.strict)
        self.config = config
        self._next_invoke_id = 1
        self._pending: dict[int, _Pending] = {}
        self._asked: dict[int, _Asked] = {}
        self._timed_out: dict[int, None] = {}  # insertion-ordered set
        self._open_deadline: float | None = None
        self._close_deadline: float | None = None
        self._next_heartbeat: float | None = None
        self._unconfirmed_heartbeats = 0
        self._last_received = 0.0
        self._reading_paused = False
        interval = config.heartbeat_interval
        self._idle_timeout = None if interval is None else IDLE_TIMEOUT_FACTOR * interval

    # -- sending ------------------------------------------------------------------------------

    def open(self, now: float) -> bytes:
        """OPEN_REQ built from the config; the open timeout starts now."""
        self._require(State.IDLE)
        c = self.config
        null_peripheral = self._codec.module.NULL_PERIPHERAL_ID
        invoke_id = self._free_invoke_id()
        message = self._codec.build(
            "OPEN_REQ",
            invoke_id=invoke_id,
            version_number=self._codec.version,
            idle_timeout=c.idle_timeout,
            peripheral_id=null_peripheral if c.peripheral_id is None else c.peripheral_id,
            services_requested=c.services,
            call_msg_mask=c.call_msg_mask,
            agent_state_mask=c.agent_state_mask,
            config_msg_mask=c.config_msg_mask,
            client_id=c.client_id,
            client_password=c.password_bytes,
            client_signature=c.client_signature,
            agent_extension=c.agent_extension,
            agent_id=c.agent_id,
            agent_instrument=c.agent_instrument,
        )
        data = self._encode(message)
        self._take(invoke_id)
        self._move(Input.SEND_OPEN_REQ)
        self._pending[invoke_id] = _Pending("open", message, "OPEN_CONF")
        self._open_deadline = now + c.open_timeout
        return self._with_outbox(data)

    def close(self, now: float, status: int = 0) -> bytes:
        """CLOSE_REQ (Status ``E_CTI_NO_ERROR`` unless given); waits ``close_timeout`` for
        CLOSE_CONF. Requests still outstanding may yet be answered before it."""
        self._require(State.OPEN)
        invoke_id = self._free_invoke_id()
        message = self._codec.build("CLOSE_REQ", invoke_id=invoke_id, status=status)
        data = self._encode(message)
        self._take(invoke_id)
        self._move(Input.SEND_CLOSE_REQ)
        self._pending[invoke_id] = _Pending("close", message, "CLOSE_CONF")
        self._close_deadline = now + self.config.close_timeout
        self._next_heartbeat = None
        return self._with_outbox(data)

    def request(
        self, message: Message, now: float, timeout: float | None = None
    ) -> tuple[int, bytes]:
        """Send a request under a fresh InvokeID (the one in ``message`` is replaced).

        Returns the InvokeID and the bytes to write. Its confirmation comes back as
        :class:`RequestCompleted`, a FAILURE_CONF / CONTROL_FAILURE_CONF (or an answer that does
        not decode) as :class:`RequestFailed`, and so does silence beyond ``timeout`` seconds
        (default ``config.request_timeout``; ``math.inf`` waits forever).
        """
        self._require(State.OPEN)
        self._check_request(message)
        invoke_id = self._free_invoke_id()
        message = dataclasses.replace(message, invoke_id=invoke_id)
        data = self._encode(message)
        self._take(invoke_id)
        self._track(invoke_id, message, now, timeout)
        return invoke_id, self._with_outbox(data)

    def send(self, message: Message, now: float) -> bytes:
        """Send a message as it is.

        * A request keeps its own InvokeID (which must not be outstanding) and is tracked like
          :meth:`request`.
        * A confirmation answers a request the server initiated (:class:`ServerRequest`: same
          InvokeID).
        * A message without InvokeID that clients send (CONFIG_REQUEST_KEY_EVENT,
          CONFIG_REQUEST_EVENT) and an :class:`~ctiwire.UnknownMessage` go untracked.

        OPEN_REQ, CLOSE_REQ and HEARTBEAT_REQ belong to :meth:`open`, :meth:`close` and the
        heartbeat timer.
        """
        self._require(State.OPEN)
        kind = self._codec.kind(message)
        if kind is Kind.REQUEST:
            self._check_request(message)
            invoke_id = invoke_id_of(message)
            assert invoke_id is not None  # every request carries one
            if invoke_id in self._pending:
                raise LocalProtocolError(f"InvokeID {invoke_id} is already outstanding")
            data = self._encode(message)
            self._timed_out.pop(invoke_id, None)
            self._track(invoke_id, message, now, None)
            return self._with_outbox(data)
        if kind is Kind.CONFIRMATION:
            invoke_id = invoke_id_of(message)
            if invoke_id not in self._asked:
                raise LocalProtocolError(
                    f"{message.MESSAGE_NAME} answers no request of the server (InvokeID "
                    f"{invoke_id})"
                )
            data = self._encode(message)
            del self._asked[invoke_id]
            return self._with_outbox(data)
        if kind is Kind.FAILURE or (kind is Kind.EVENT and message.DIRECTION == "server_to_client"):
            raise LocalProtocolError(f"a client does not send {message.MESSAGE_NAME}")
        return self._with_outbox(self._encode(message))

    def set_reading_paused(self, paused: bool, now: float) -> None:
        """Tell the core that the adapter stopped (or resumed) reading the connection.

        Flow control: while the application falls behind, the adapter stops reading the socket.
        The silence that follows is of our own making, so the heartbeat-loss and idle checks are
        suspended while reading is paused, and start afresh when it resumes. Heartbeats are
        still sent, so the server's idle timer stays satisfied.
        """
        if paused == self._reading_paused:
            return
        self._reading_paused = paused
        if not paused:
            self._last_received = now
            self._unconfirmed_heartbeats = 0

    # -- timers -------------------------------------------------------------------------------

    def next_deadline(self) -> float | None:
        """When :meth:`handle_timer` must next be called (``None``: no timer running)."""
        deadlines = [
            d
            for d in (self._open_deadline, self._close_deadline, self._next_heartbeat)
            if d is not None
        ]
        idle = self._idle_timeout
        if self._state is State.OPEN and idle is not None and not self._reading_paused:
            deadlines.append(self._last_received + idle)
        deadlines.extend(p.deadline for p in self._pending.values() if p.deadline is not None)
        deadlines.extend(a.deadline for a in self._asked.values() if a.deadline is not None)
        return min(deadlines, default=None)

    def handle_timer(self, now: float) -> None:
        """Run every timer due at ``now`` (calling it early does nothing)."""
        if self._state is State.OPENING and _due(self._open_deadline, now):
            timeout = self._codec.enum("StatusCode").E_CTI_TIMEOUT
            self._move(Input.OPEN_TIMEOUT)
            self._events.append(OpenFailed(timeout, None))
            self._stop_timers()
            return
        if self._state is State.CLOSING and _due(self._close_deadline, now):
            self._move(Input.CLOSE_TIMEOUT)
            self._events.append(SessionClosed(None, self._take_unanswered()))
            self._stop_timers()
            return
        if self._state is State.OPEN:
            self._answer_for_the_application(now)
            self._check_liveness(now)
        if self._state in (State.OPEN, State.CLOSING):
            self._expire_requests(now)

    def _answer_for_the_application(self, now: float) -> None:
        for invoke_id, asked in list(self._asked.items()):
            if asked.default is not None and _due(asked.deadline, now):
                del self._asked[invoke_id]
                self._outbox += self._codec.encode(asked.default)

    def _check_liveness(self, now: float) -> None:
        watching = not self._reading_paused
        if _due(self._next_heartbeat, now):
            assert self._next_heartbeat is not None
            if watching and self._unconfirmed_heartbeats >= MAX_UNCONFIRMED_HEARTBEATS:
                self._lose(
                    Input.HEARTBEAT_LOST,
                    f"{self._unconfirmed_heartbeats} HEARTBEAT_REQs went unconfirmed",
                )
                return
            self._send_heartbeat()
            interval = self.config.heartbeat_interval
            assert interval is not None
            self._next_heartbeat += interval
            if self._next_heartbeat <= now:  # the adapter was late: no burst of heartbeats
                self._next_heartbeat = now + interval
        idle = self._idle_timeout
        if watching and idle is not None and now >= self._last_received + idle:
            self._lose(Input.IDLE_TIMEOUT, f"nothing received for {idle:g} s (4 x heartbeat)")

    def _send_heartbeat(self) -> None:
        # Session Maintenance: "you may send an optional HEARTBEAT_REQ message to the CTI Server
        # whenever no heartbeat interval messages have been sent". ctiwire sends one every
        # interval regardless of other traffic: simpler, and the cost is one small message.
        invoke_id = self._free_invoke_id()
        self._take(invoke_id)
        message = self._codec.build("HEARTBEAT_REQ", invoke_id=invoke_id)
        self._outbox += self._codec.encode(message)
        self._pending[invoke_id] = _Pending("heartbeat", message, "HEARTBEAT_CONF")
        self._unconfirmed_heartbeats += 1

    def _expire_requests(self, now: float) -> None:
        expired = [
            (invoke_id, p)
            for invoke_id, p in self._pending.items()
            if p.purpose == "user" and _due(p.deadline, now)
        ]
        timeout = self._codec.enum("StatusCode").E_CTI_TIMEOUT
        for invoke_id, pending in expired:
            del self._pending[invoke_id]
            self._remember_timed_out(invoke_id)
            self._events.append(RequestFailed(invoke_id, pending.request, timeout, None))

    # -- receiving ----------------------------------------------------------------------------

    def _on_bytes(self, now: float) -> None:
        self._last_received = now

    def _on_eof(self, note: str) -> None:
        if self._state is State.CLOSING:
            self._move(Input.EOF)
            self._events.append(SessionClosed(None, self._take_unanswered()))
            self._stop_timers()
        else:
            self._lose(Input.EOF, "the connection was closed by the server" + note)

    def _on_message(self, message: Message, now: float) -> None:
        state = self._state
        name = message.MESSAGE_NAME
        kind = self._codec.kind(message)
        if state is State.IDLE:
            self._unexpected(message, f"{name} received before OPEN_REQ was sent")
        elif message.DIRECTION == "client_to_server" and kind is not Kind.UNKNOWN:
            self._unexpected(message, f"the server sent {name}, a client-to-server message")
        elif kind in (Kind.CONFIRMATION, Kind.FAILURE):
            self._on_answer(message, kind, now)
        elif state is State.OPENING and name != "FAILURE_EVENT":
            # Nothing but the answer to OPEN_REQ (or a FAILURE_EVENT) may precede OPEN_CONF.
            self._unexpected(message, f"{name} received before OPEN_CONF")
        elif kind is Kind.REQUEST:
            self._on_server_request(message, now)
        else:
            self._events.append(UnsolicitedEvent(message))
            if name == "FAILURE_EVENT" and self._is_offline(getattr(message, "status", None)):
                # Session Termination: "The CTI Server may indicate that it no longer wishes to
                # communicate with the client through an unsolicited FAILURE_EVENT message ...
                # E_CTI_CTI_SERVER_OFFLINE. Upon receipt of this message, the CTI client closes
                # the session."
                self._lose(Input.SERVER_OFFLINE, "FAILURE_EVENT: the CTI Server is off-line")

    def _on_server_request(self, message: Message, now: float) -> None:
        """A request the server initiates (ACTIVE_MAINTENANCE_REQ...): the application answers
        it; ACTIVE_MAINTENANCE_REQ is answered for it with ``config.accept_maintenance`` when
        it has not within the server's limit (less a margin)."""
        invoke_id = invoke_id_of(message)
        assert invoke_id is not None
        _answer, limit = SERVER_EXCHANGES.get(message.MESSAGE_NAME, ("", None))
        answer_by = None if limit is None else now + limit
        default: Message | None = None
        if message.MESSAGE_NAME == "ACTIVE_MAINTENANCE_REQ":
            default = self._codec.build(
                "ACTIVE_MAINTENANCE_RESP",
                invoke_id=invoke_id,
                maintenance_mode_accepted=self.config.accept_maintenance,
            )
        deadline = None if answer_by is None else max(now, answer_by - MAINTENANCE_ANSWER_MARGIN)
        self._asked[invoke_id] = _Asked(message, deadline, default)
        self._events.append(ServerRequest(message, answer_by))

    def _on_answer(self, message: Message, kind: Kind, now: float) -> None:
        name = message.MESSAGE_NAME
        invoke_id = invoke_id_of(message)
        assert invoke_id is not None  # every confirmation carries one
        pending = self._pending.get(invoke_id)
        if pending is None:
            if invoke_id in self._timed_out:
                del self._timed_out[invoke_id]
                return  # the late answer to a request that already timed out: dropped
            self._unexpected(message, f"{name} with InvokeID {invoke_id} answers no request")
            return
        if kind is Kind.CONFIRMATION and pending.expected not in (None, name):
            self._unexpected(
                message,
                f"{name} with InvokeID {invoke_id} cannot answer {pending.request.MESSAGE_NAME}",
            )
            return
        del self._pending[invoke_id]
        failed = kind is Kind.FAILURE
        if pending.purpose == "user":
            if failed:
                self._events.append(
                    RequestFailed(invoke_id, pending.request, _failure_code(message), message)
                )
            else:
                self._events.append(RequestCompleted(invoke_id, pending.request, message))
        elif pending.purpose == "open":
            if failed:
                self._open_failed(OpenFailed(_failure_code(message), message))
            else:
                self._opened(message, now)
        elif pending.purpose == "heartbeat":
            if failed:
                # Session Maintenance: "The CTI Server may respond to a HEARTBEAT_REQ message
                # with a FAILURE_CONF. This indicates to the CTI client that the CTI Server is
                # off-line, and the CTI client resets the TCP connection."
                self._lose(Input.SERVER_OFFLINE, "FAILURE_CONF to HEARTBEAT_REQ: server off-line")
            else:
                self._unconfirmed_heartbeats = 0
        else:  # close: a FAILURE_CONF ends the session as surely as CLOSE_CONF does
            self._move(Input.RECV_CLOSE_CONF)
            self._events.append(SessionClosed(message, self._take_unanswered()))
            self._stop_timers()

    def _on_malformed(
        self, message_type: int, invoke_id: int | None, error: DecodeError, now: float
    ) -> None:
        """The request (or open, heartbeat, close) the undecodable answer was for fails with
        the error; anything else was only reported."""
        pending = self._pending.pop(invoke_id, None) if invoke_id is not None else None
        if pending is None:
            return
        assert invoke_id is not None
        bad_format = self._codec.enum("StatusCode").E_CTI_BAD_MESSAGE_FORMAT
        if pending.purpose == "user":
            self._events.append(RequestFailed(invoke_id, pending.request, bad_format, None, error))
        elif pending.purpose == "open":
            self._open_failed(OpenFailed(bad_format, None, error))
        elif pending.purpose == "heartbeat":
            self._unconfirmed_heartbeats = 0  # something answered it
        else:
            self._move(Input.RECV_CLOSE_CONF)
            self._events.append(SessionClosed(None, self._take_unanswered()))
            self._stop_timers()

    def _open_failed(self, event: OpenFailed) -> None:
        self._open_deadline = None
        self._move(Input.RECV_OPEN_FAILURE)
        self._events.append(event)
        self._stop_timers()

    def _opened(self, message: Message, now: float) -> None:
        self._open_deadline = None
        self._move(Input.RECV_OPEN_CONF)
        interval = self.config.heartbeat_interval
        if interval is not None:
            self._next_heartbeat = now + interval
        self._last_received = now
        mask = self._codec.enum("CTIServiceMask")
        self._events.append(
            SessionOpened(
                conf=message,
                services_requested=mask(self.config.services),
                services_granted=getattr(message, "services_granted", 0),
                peripheral_online=bool(getattr(message, "peripheral_online", False)),
                agent_state=getattr(message, "agent_state", 0),
            )
        )

    # -- bookkeeping --------------------------------------------------------------------------

    def _check_request(self, message: Message) -> None:
        name = message.MESSAGE_NAME
        if self._codec.kind(message) is not Kind.REQUEST or message.DIRECTION == "server_to_client":
            raise LocalProtocolError(f"{name} is not a request a client sends")
        if name in SESSION_REQUESTS:
            raise LocalProtocolError(
                f"{name} is sent by the session itself (open(), close(), heartbeat timer)"
            )

    def _track(self, invoke_id: int, message: Message, now: float, timeout: float | None) -> None:
        if timeout is None:
            timeout = self.config.request_timeout
        deadline = None if timeout is None or math.isinf(timeout) else now + timeout
        expected = self._codec.confirmation_for(message.MESSAGE_NAME)
        self._pending[invoke_id] = _Pending("user", message, expected, deadline)

    def _free_invoke_id(self) -> int:
        """The next InvokeID to use, not yet taken: :meth:`_take` it once the message encodes.

        A counter, as the guide suggests ("a simple counter that is incremented with each
        request"); it wraps and skips IDs still in use.
        """
        invoke_id = self._next_invoke_id
        while invoke_id in self._pending or invoke_id in self._timed_out:
            invoke_id = invoke_id % _MAX_INVOKE_ID + 1
        return invoke_id

    def _take(self, invoke_id: int) -> None:
        self._next_invoke_id = invoke_id % _MAX_INVOKE_ID + 1

    def _remember_timed_out(self, invoke_id: int) -> None:
        self._timed_out[invoke_id] = None
        if len(self._timed_out) > _TIMED_OUT_MEMORY:
            del self._timed_out[next(iter(self._timed_out))]

    def _is_offline(self, status: object) -> bool:
        return bool(status == self._codec.enum("StatusCode").E_CTI_CTI_SERVER_OFFLINE)

    def _lose(self, event: Input, reason: str) -> None:
        closing = self._state is State.CLOSING
        self._move(event)
        if closing:  # the server went away while we were closing: that is a close
            self._events.append(SessionClosed(None, self._take_unanswered()))
        else:
            self._events.append(SessionLost(reason, self._take_unanswered()))
        self._stop_timers()

    def _take_unanswered(self) -> tuple[Message, ...]:
        unanswered = tuple(p.request for p in self._pending.values() if p.purpose == "user")
        self._pending.clear()
        return unanswered

    def _stop_timers(self) -> None:
        self._open_deadline = self._close_deadline = self._next_heartbeat = None
        self._pending.clear()
        self._asked.clear()


class ServerSession(_Session):
    """The server role: waits for OPEN_REQ, lets the application accept or reject it, then
    reports requests and sends confirmations and events.

    ``versions`` are the protocol versions it serves (default: every version ctiwire has; or a
    single ``version``, or a version module as ``codec``). The version of the session is the
    OPEN_REQ's VersionNumber, read at its fixed offset before the rest is decoded: a version not
    served is refused with FAILURE_CONF E_CTI_INVALID_VERSION, an OPEN_REQ missing a required
    field with E_CTI_REQUIRED_DATA_MISSING (another that does not decode with
    E_CTI_BAD_MESSAGE_FORMAT), each reported as :class:`OpenRefused`.

    It answers HEARTBEAT_REQ and CLOSE_REQ itself, and, as the guide's status codes say, a
    request before the session is open (E_CTI_SESSION_NOT_OPEN), a second OPEN_REQ
    (E_CTI_SESSION_ALREADY_OPEN) and a request that does not decode (E_CTI_BAD_MESSAGE_FORMAT):
    the session goes on (unless ``strict``). It ends the session (:class:`SessionLost`) when
    nothing arrives within the IdleTimeout the client asked for in OPEN_REQ (0xFFFFFFFF or 0: no
    idle timeout). With ``open_timeout``, a connection that sends no OPEN_REQ within that many
    seconds of ``now`` is dropped the same way.

    Judging the OPEN_REQ (password, masks, agent data) is the application's job: it gets the
    decoded message in :class:`OpenRequested` and answers with :meth:`accept_open` or
    :meth:`reject_open`.
    """

    _TRANSITIONS = SERVER_TRANSITIONS

    def __init__(
        self,
        *,
        versions: Iterable[int] | None = None,
        version: int | None = None,
        codec: ModuleType | None = None,
        open_timeout: float | None = None,
        now: float | None = None,
        strict: bool = False,
    ) -> None:
        if codec is not None:
            served: tuple[int, ...] = (codec_for(codec).version,)
        elif version is not None:
            served = (version,)
        else:
            served = tuple(sorted(versions)) if versions is not None else protocol_versions()
        if not served:
            raise ValueError("a server session serves at least one protocol version")
        # Until OPEN_REQ says which version, the newest served frames the stream (its maximum
        # message size is the largest).
        super().__init__(codec_for(codec if codec is not None else served[-1]), strict)
        self.versions = served
        self._open_deadline: float | None = None
        if open_timeout is not None:
            if now is None:
                raise ValueError("open_timeout needs now (when the connection was accepted)")
            self._open_deadline = now + open_timeout
        self._open_req: Message | None = None
        self.requested_version: int | None = None
        """The VersionNumber of the client's OPEN_REQ, once received (served or not)."""
        self._idle_timeout: float | None = None
        self._last_received = 0.0
        self._pending: dict[int, deque[Message]] = {}
        self._asked: dict[int, tuple[Message, float | None]] = {}

    @property
    def open_req(self) -> Message | None:
        """The client's OPEN_REQ, once received."""
        return self._open_req

    @property
    def idle_timeout(self) -> float | None:
        """The IdleTimeout the client asked for, in seconds (``None``: none)."""
        return self._idle_timeout

    def outstanding(self) -> list[Message]:
        """Requests received and not yet answered, oldest first."""
        return [m for queue in self._pending.values() for m in queue]

    # -- answering the open -------------------------------------------------------------------

    def accept_open(self, **fields: Any) -> bytes:
        """OPEN_CONF with these fields (``services_granted`` defaults to the services requested;
        the InvokeID is the OPEN_REQ's)."""
        self._require(State.OPENING)
        assert self._open_req is not None
        fields.setdefault("services_granted", getattr(self._open_req, "services_requested", 0))
        conf = self._codec.build("OPEN_CONF", invoke_id=invoke_id_of(self._open_req), **fields)
        data = self._encode(conf)
        self._move(Input.SEND_OPEN_CONF)
        return self._with_outbox(data)

    def reject_open(self, status: int) -> bytes:
        """FAILURE_CONF with this StatusCode; the session is FAILED and the connection should be
        reset (the client is told to by the guide)."""
        self._require(State.OPENING)
        assert self._open_req is not None
        failure = self._codec.build(
            "FAILURE_CONF", invoke_id=invoke_id_of(self._open_req), status=status
        )
        data = self._encode(failure)
        self._move(Input.SEND_OPEN_FAILURE)
        self._stop_timers()
        return self._with_outbox(data)

    # -- answering requests -------------------------------------------------------------------

    def confirm(self, message: Message) -> bytes:
        """Send the confirmation of an outstanding request (same InvokeID, matching name)."""
        self._require(State.OPEN)
        if self._codec.kind(message) is not Kind.CONFIRMATION:
            raise LocalProtocolError(f"{message.MESSAGE_NAME} is not a confirmation")
        invoke_id = invoke_id_of(message)
        assert invoke_id is not None
        request = self._outstanding(invoke_id)
        expected = self._codec.confirmation_for(request.MESSAGE_NAME)
        if expected not in (None, message.MESSAGE_NAME):
            raise LocalProtocolError(
                f"{message.MESSAGE_NAME} cannot answer {request.MESSAGE_NAME} "
                f"(InvokeID {invoke_id})"
            )
        return self._answer(invoke_id, message)

    def fail(self, invoke_id: int, status: int) -> bytes:
        """FAILURE_CONF (a StatusCode) for an outstanding request."""
        self._require(State.OPEN)
        self._outstanding(invoke_id)
        failure = self._codec.build("FAILURE_CONF", invoke_id=invoke_id, status=status)
        return self._answer(invoke_id, failure)

    def control_fail(self, invoke_id: int, code: int, peripheral_error_code: int = 0) -> bytes:
        """CONTROL_FAILURE_CONF (a ControlFailureCode) for an outstanding request."""
        self._require(State.OPEN)
        self._outstanding(invoke_id)
        failure = self._codec.build(
            "CONTROL_FAILURE_CONF",
            invoke_id=invoke_id,
            failure_code=code,
            peripheral_error_code=peripheral_error_code,
        )
        return self._answer(invoke_id, failure)

    def send_event(self, message: Message) -> bytes:
        """Send an unsolicited message (an event of the server or an UnknownMessage)."""
        self._require(State.OPEN)
        kind = self._codec.kind(message)
        if kind not in (Kind.EVENT, Kind.UNKNOWN) or message.DIRECTION == "client_to_server":
            raise LocalProtocolError(f"{message.MESSAGE_NAME} is not an event of the server")
        return self._with_outbox(self._encode(message))

    def send(self, message: Message, now: float | None = None) -> bytes:
        """Send any message the server may send now, choosing the method by its kind.

        A request the server initiates (ACTIVE_MAINTENANCE_REQ...) is tracked: its answer comes
        back as :class:`RequestCompleted`; silence beyond the guide's limit (5 s for
        ACTIVE_MAINTENANCE_REQ, which counts as a refusal; ``now`` is needed for it) as
        :class:`RequestFailed`.
        """
        kind = self._codec.kind(message)
        if kind is Kind.CONFIRMATION:
            return self.confirm(message)
        if kind is Kind.FAILURE:
            self._require(State.OPEN)
            invoke_id = invoke_id_of(message)
            assert invoke_id is not None
            self._outstanding(invoke_id)
            return self._answer(invoke_id, message)
        if kind is Kind.REQUEST:
            self._require(State.OPEN)
            name = message.MESSAGE_NAME
            if name not in SERVER_EXCHANGES:
                raise LocalProtocolError(f"a server does not send {name}")
            invoke_id = invoke_id_of(message)
            assert invoke_id is not None
            limit = SERVER_EXCHANGES[name][1]
            deadline: float | None = None
            if limit is not None:
                if now is None:
                    raise LocalProtocolError(f"{name} has an answer deadline: give now")
                deadline = now + limit
            data = self._encode(message)
            self._asked[invoke_id] = (message, deadline)
            return self._with_outbox(data)
        return self.send_event(message)

    def _outstanding(self, invoke_id: int) -> Message:
        queue = self._pending.get(invoke_id)
        if not queue:
            raise LocalProtocolError(f"no outstanding request has InvokeID {invoke_id}")
        return queue[0]

    def _answer(self, invoke_id: int, message: Message) -> bytes:
        data = self._encode(message)
        queue = self._pending[invoke_id]
        queue.popleft()
        if not queue:
            del self._pending[invoke_id]
        return self._with_outbox(data)

    def _auto_fail(self, invoke_id: int | None, status_name: str) -> None:
        """Answer a request the session cannot take with FAILURE_CONF (when it has an
        InvokeID to answer)."""
        if invoke_id is None:
            return
        status = getattr(self._codec.enum("StatusCode"), status_name)
        failure = self._codec.build("FAILURE_CONF", invoke_id=invoke_id, status=status)
        self._outbox += self._codec.encode(failure)

    # -- timers -------------------------------------------------------------------------------

    def next_deadline(self) -> float | None:
        if self._state is State.IDLE:
            return self._open_deadline
        deadlines = [d for _, d in self._asked.values() if d is not None]
        if self._state is State.OPEN and self._idle_timeout is not None:
            deadlines.append(self._last_received + self._idle_timeout)
        return min(deadlines, default=None)

    def handle_timer(self, now: float) -> None:
        if self._state is State.IDLE and _due(self._open_deadline, now):
            self._move(Input.OPEN_TIMEOUT)
            self._events.append(SessionLost("no OPEN_REQ within the open timeout"))
            self._stop_timers()
            return
        if self._state is not State.OPEN:
            return
        timeout = self._codec.enum("StatusCode").E_CTI_TIMEOUT
        for invoke_id, (request, deadline) in list(self._asked.items()):
            if _due(deadline, now):
                del self._asked[invoke_id]
                self._events.append(RequestFailed(invoke_id, request, timeout, None))
        idle = self._idle_timeout
        if idle is not None and now >= self._last_received + idle:
            # Session Maintenance: "If the CTI Server receives no messages (including
            # HEARTBEAT_REQ messages) for this period, the CTI Server declares a session
            # failure and resets the TCP connection."
            self._move(Input.IDLE_TIMEOUT)
            reason = f"nothing received within the IdleTimeout of {idle:g} s"
            self._events.append(SessionLost(reason, self._take_unanswered()))
            self._stop_timers()

    # -- receiving ----------------------------------------------------------------------------

    def _on_bytes(self, now: float) -> None:
        self._last_received = now

    def _on_eof(self, note: str) -> None:
        self._move(Input.EOF)
        self._events.append(
            SessionLost("the connection was closed by the client" + note, self._take_unanswered())
        )
        self._stop_timers()

    def _on_frame(self, frame: bytes, now: float) -> None:
        if self._state is State.IDLE:
            # Before OPEN_REQ the version is not known, so nothing else is decoded: a request
            # gets FAILURE_CONF E_CTI_SESSION_NOT_OPEN (InvokeID is the first field of every
            # request, in every version).
            message_type = _peek(frame, 4)
            if message_type == OPEN_REQ_TYPE:
                self._on_open_frame(frame)
                return
            reason = f"MessageType {message_type} received before OPEN_REQ"
            if self._strict:
                raise RemoteProtocolError(reason)
            if self._codec.invoke_id_first.get(message_type or 0):
                self._auto_fail(_peek(frame, 8), "E_CTI_SESSION_NOT_OPEN")
            self._events.append(
                UnexpectedMessage(UnknownMessage(message_type or 0, frame[8:]), reason)
            )
            return
        super()._on_frame(frame, now)

    def _on_open_frame(self, frame: bytes) -> None:
        """OPEN_REQ: its version first (VersionNumber is the second fixed field in every
        version, bytes 12-15 of the frame), then the rest in that version."""
        invoke_id = _peek(frame, 8)
        self.requested_version = version = _peek(frame, 12)
        if version not in self.versions:
            served = ", ".join(map(str, self.versions))
            self._refuse_open(
                invoke_id,
                "E_CTI_INVALID_VERSION",
                f"protocol version {version} asked for; this server serves {served}",
                version,
            )
            return
        if version != self._codec.version:
            self._codec = codec_for(version)
        try:
            message = self._codec.decode(frame)
        except DecodeError as error:
            status = (
                "E_CTI_REQUIRED_DATA_MISSING"
                if isinstance(error, MissingFieldError)
                else "E_CTI_BAD_MESSAGE_FORMAT"
            )
            self._refuse_open(invoke_id, status, str(error), version)
            return
        self._on_open_req(message, version)

    def _refuse_open(
        self, invoke_id: int | None, status_name: str, reason: str, version: int | None
    ) -> None:
        self._auto_fail(invoke_id if invoke_id is not None else 0, status_name)
        self._move(Input.REFUSE_OPEN)
        status = getattr(self._codec.enum("StatusCode"), status_name)
        self._events.append(OpenRefused(status, reason, version))
        self._stop_timers()

    def _on_message(self, message: Message, now: float) -> None:
        name = message.MESSAGE_NAME
        state = self._state
        kind = self._codec.kind(message)
        if name == "HEARTBEAT_REQ" and state is not State.IDLE:
            # Answered at once, in OPENING too: a client waiting long for OPEN_CONF may beat.
            conf = self._codec.build("HEARTBEAT_CONF", invoke_id=invoke_id_of(message))
            self._outbox += self._codec.encode(conf)
        elif state is not State.OPEN:
            self._auto_fail(invoke_id_of(message), "E_CTI_SESSION_NOT_OPEN")
            self._unexpected(message, f"{name} received before the session was open")
        elif name == "OPEN_REQ":
            self._auto_fail(invoke_id_of(message), "E_CTI_SESSION_ALREADY_OPEN")
            self._unexpected(message, "OPEN_REQ in an open session")
        elif name == "CLOSE_REQ":
            conf = self._codec.build("CLOSE_CONF", invoke_id=invoke_id_of(message))
            self._outbox += self._codec.encode(conf)
            self._move(Input.RECV_CLOSE_REQ)
            self._events.append(CloseRequested(message))
            self._stop_timers()
        elif kind is Kind.UNKNOWN:
            # A message type this version does not define: the application decides (a real
            # server would answer FAILURE_CONF); its InvokeID is unknown, so it is not tracked.
            self._events.append(RequestReceived(message))
        elif message.DIRECTION == "server_to_client":
            self._unexpected(message, f"the client sent {name}, a server-to-client message")
        elif kind is Kind.CONFIRMATION:
            self._on_answer(message)
        elif kind is Kind.REQUEST:
            invoke_id = invoke_id_of(message)
            assert invoke_id is not None
            self._pending.setdefault(invoke_id, deque()).append(message)
            self._events.append(RequestReceived(message))
        else:  # a client's message without InvokeID (CONFIG_REQUEST_EVENT...): untracked
            self._events.append(RequestReceived(message))

    def _on_answer(self, message: Message) -> None:
        invoke_id = invoke_id_of(message)
        asked = self._asked.pop(invoke_id, None) if invoke_id is not None else None
        if asked is None:
            self._unexpected(message, f"{message.MESSAGE_NAME} answers no request of the server")
            return
        assert invoke_id is not None
        self._events.append(RequestCompleted(invoke_id, asked[0], message))

    def _on_malformed(
        self, message_type: int, invoke_id: int | None, error: DecodeError, now: float
    ) -> None:
        cls = self._codec.module.MESSAGES.get(message_type)
        if cls is not None and self._codec.kind_of_class(cls) is Kind.REQUEST:
            self._auto_fail(invoke_id, "E_CTI_BAD_MESSAGE_FORMAT")

    def _on_open_req(self, message: Message, version: int) -> None:
        self._open_req = message
        self._open_deadline = None
        idle = getattr(message, "idle_timeout", NO_IDLE_TIMEOUT)
        self._idle_timeout = None if idle in (0, NO_IDLE_TIMEOUT) else float(idle)
        self._move(Input.RECV_OPEN_REQ)
        self._events.append(OpenRequested(message, version))

    def _take_unanswered(self) -> tuple[Message, ...]:
        unanswered = tuple(self.outstanding())
        self._pending.clear()
        return unanswered

    def _stop_timers(self) -> None:
        self._open_deadline = None
        self._asked.clear()


def _failure_code(message: Message) -> int:
    """The code of a negative confirmation: FAILURE_CONF's Status (a StatusCode) or
    CONTROL_FAILURE_CONF's FailureCode (a ControlFailureCode)."""
    code = getattr(message, "status", None)
    if code is None:
        code = getattr(message, "failure_code", 0)
    return code if isinstance(code, int) else 0


def _due(deadline: float | None, now: float) -> bool:
    return deadline is not None and now >= deadline

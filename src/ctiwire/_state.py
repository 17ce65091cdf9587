"""The session state machines, as data.

A session (one TCP connection) moves through :class:`State` driven by :class:`Input`. Every legal
move of each role is one entry of :data:`CLIENT_TRANSITIONS` or :data:`SERVER_TRANSITIONS`; a move
not in the table is refused (:class:`~ctiwire.errors.LocalProtocolError` if this side caused it;
the session code turns a peer's message that is not expected into a protocol error before it ever
gets here). Keeping the tables as data lets the tests walk every entry.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from .errors import LocalProtocolError

__all__ = [
    "SERVER_EXCHANGES",
    "State",
    "Input",
    "CLIENT_TRANSITIONS",
    "SERVER_TRANSITIONS",
    "TERMINAL",
    "next_state",
]


class State(enum.Enum):
    """Where a session is. A session object lives for one TCP connection."""

    IDLE = "IDLE"  # connected, no OPEN_REQ yet
    OPENING = "OPENING"  # OPEN_REQ sent (client) / received and not yet answered (server)
    OPEN = "OPEN"  # OPEN_CONF sent or received: requests, confirmations and events flow
    CLOSING = "CLOSING"  # client sent CLOSE_REQ, waits (up to close_timeout) for CLOSE_CONF
    CLOSED = "CLOSED"  # ended gracefully (CLOSE_REQ/CLOSE_CONF)
    FAILED = "FAILED"  # the open failed: FAILURE_CONF to OPEN_REQ, or no OPEN_CONF in time
    LOST = "LOST"  # connection gone, heartbeats unanswered or idle timeout
    ERROR = "ERROR"  # the peer broke the protocol


TERMINAL = frozenset({State.CLOSED, State.FAILED, State.LOST, State.ERROR})


class Input(enum.Enum):
    """What moves a session from one state to another."""

    SEND_OPEN_REQ = "SEND_OPEN_REQ"
    RECV_OPEN_REQ = "RECV_OPEN_REQ"
    SEND_OPEN_CONF = "SEND_OPEN_CONF"
    RECV_OPEN_CONF = "RECV_OPEN_CONF"
    SEND_OPEN_FAILURE = "SEND_OPEN_FAILURE"  # FAILURE_CONF answering OPEN_REQ
    REFUSE_OPEN = "REFUSE_OPEN"  # the server session itself refuses an OPEN_REQ it cannot take
    RECV_OPEN_FAILURE = "RECV_OPEN_FAILURE"
    OPEN_TIMEOUT = "OPEN_TIMEOUT"  # no OPEN_CONF (client) / no OPEN_REQ (server) in time
    SEND_CLOSE_REQ = "SEND_CLOSE_REQ"
    RECV_CLOSE_REQ = "RECV_CLOSE_REQ"  # the server answers with CLOSE_CONF at once
    RECV_CLOSE_CONF = "RECV_CLOSE_CONF"
    CLOSE_TIMEOUT = "CLOSE_TIMEOUT"  # no CLOSE_CONF in time: the client ends anyway
    HEARTBEAT_LOST = "HEARTBEAT_LOST"  # three HEARTBEAT_REQs unconfirmed
    IDLE_TIMEOUT = "IDLE_TIMEOUT"  # nothing received within the idle timeout
    SERVER_OFFLINE = "SERVER_OFFLINE"  # FAILURE_EVENT / FAILURE_CONF saying the server is off-line
    EOF = "EOF"  # the peer closed the connection
    PROTOCOL_VIOLATION = "PROTOCOL_VIOLATION"


_S, _I = State, Input

# Exchanges the server opens and the client answers: request -> (answer, seconds the server waits
# for it; None: the guide sets no limit). Every other exchange is opened by the client.
# * ACTIVE_MAINTENANCE_REQ (Version 24, Session Management, "PG and CTI Server Graceful
#   Shutdown"): "The CTI Server expects this response with in 5secs from receiving the request.
#   If there is no response received, then it is considered as the negative acknowledgement".
# * START/STOP_RECORDING_REQ (Miscellaneous service): the CTI Server forwards a client's request to
#   the recording client that registered for it, which answers with the _CONF; both directions
#   are printed for these messages.
# STANDBY_ACTIVE_EVENT and ACTIVE_MAINTENANCE_EVENT are plain events (no answer);
# STOPPING_REQUESTS_TO_THIS_SIDE_IND is the client's, and the guide gives no format for it.
SERVER_EXCHANGES: Mapping[str, tuple[str, float | None]] = MappingProxyType({
    "ACTIVE_MAINTENANCE_REQ": ("ACTIVE_MAINTENANCE_RESP", 5.0),
    "START_RECORDING_REQ": ("START_RECORDING_CONF", None),
    "STOP_RECORDING_REQ": ("STOP_RECORDING_CONF", None),
})  # fmt: skip

# Inputs that end a live session the same way in every non-terminal state of a role.
_CLIENT_ANYTIME = {_I.EOF: _S.LOST, _I.PROTOCOL_VIOLATION: _S.ERROR}
_SERVER_ANYTIME = {_I.EOF: _S.LOST, _I.PROTOCOL_VIOLATION: _S.ERROR}

CLIENT_TRANSITIONS: Mapping[State, Mapping[Input, State]] = MappingProxyType({
    _S.IDLE: {**_CLIENT_ANYTIME, _I.SEND_OPEN_REQ: _S.OPENING},
    _S.OPENING: {
        **_CLIENT_ANYTIME,
        _I.RECV_OPEN_CONF: _S.OPEN,
        _I.RECV_OPEN_FAILURE: _S.FAILED,
        _I.OPEN_TIMEOUT: _S.FAILED,
        _I.SERVER_OFFLINE: _S.LOST,
    },
    _S.OPEN: {
        **_CLIENT_ANYTIME,
        _I.SEND_CLOSE_REQ: _S.CLOSING,
        _I.HEARTBEAT_LOST: _S.LOST,
        _I.IDLE_TIMEOUT: _S.LOST,
        _I.SERVER_OFFLINE: _S.LOST,
    },
    _S.CLOSING: {
        **_CLIENT_ANYTIME,
        _I.RECV_CLOSE_CONF: _S.CLOSED,
        _I.CLOSE_TIMEOUT: _S.CLOSED,
        # The server resetting the connection or going off-line after CLOSE_REQ is an
        # acceptable end of a close.
        _I.EOF: _S.CLOSED,
        _I.SERVER_OFFLINE: _S.CLOSED,
    },
    **{state: {} for state in TERMINAL},
})  # fmt: skip

SERVER_TRANSITIONS: Mapping[State, Mapping[Input, State]] = MappingProxyType({
    _S.IDLE: {
        **_SERVER_ANYTIME,
        _I.RECV_OPEN_REQ: _S.OPENING,
        _I.REFUSE_OPEN: _S.FAILED,
        _I.OPEN_TIMEOUT: _S.LOST,
    },
    _S.OPENING: {
        **_SERVER_ANYTIME,
        _I.SEND_OPEN_CONF: _S.OPEN,
        _I.SEND_OPEN_FAILURE: _S.FAILED,
    },
    # The idle timer runs once the session is open (the client cannot be expected to send
    # anything while its OPEN_REQ is unanswered).
    _S.OPEN: {**_SERVER_ANYTIME, _I.RECV_CLOSE_REQ: _S.CLOSED, _I.IDLE_TIMEOUT: _S.LOST},
    # The server has no CLOSING phase: it answers CLOSE_REQ at once.
    _S.CLOSING: {},
    **{state: {} for state in TERMINAL},
})  # fmt: skip


def next_state(table: Mapping[State, Mapping[Input, State]], state: State, event: Input) -> State:
    """The state ``event`` leads to from ``state``; refuse a move the table does not have."""
    try:
        return table[state][event]
    except KeyError:
        raise LocalProtocolError(f"{event.value} is not allowed in state {state.value}") from None

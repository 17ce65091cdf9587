"""What the bridge publishes: subjects, headers and JSON payloads (schema version 1).

::

    envelope = Envelope(bridge="pg1", session="20260101T120000.123Z-A", version=24)
    out = event_message(envelope, seq=7, message=decoded_event, names=cti.MESSAGE_NAMES)
    out.subject     # "cti.pg1.5000.AGENT_STATE_EVENT"
    out.header_dict()   # {"Nats-Msg-Id": "pg1:20260101T120000.123Z-A:7", "Cti-Seq": "7", ...}
    out.payload     # b'{"schema":1,"bridge":"pg1",...,"message":"AGENT_STATE_EVENT",...}'

No NATS here, only bytes and text: the module is the schema's single definition, which
``ctiwire.bridge``'s docstring and the README describe for consumers.

**Subjects** are ``<prefix>.<bridge>.<peripheral>.<MESSAGE_NAME>``: the PeripheralID of the event
(``_`` when it has none, or NULL_PERIPHERAL_ID), then the guide's message name, so that
``cti.pg1.5000.>`` (one peripheral), ``cti.*.*.AGENT_STATE_EVENT`` (one message, every bridge)
or ``cti.pg1.*.CALL_DELIVERED_EVENT`` select what a consumer wants (NATS wildcards stand for
whole tokens: there is no ``CALL_*``). Markers (:data:`MARKERS`) go to
``<prefix>.<bridge>._.<MARKER>``, with the events of no peripheral (SYSTEM_EVENT...).

**Payload** (one JSON object, UTF-8): the envelope, then exactly what ``ctiwire monitor --json``
prints for the message (:mod:`ctiwire.jsonview`: ``message``, ``type``, ``fields``; enum values
by name, masks as lists of names, passwords as ``"***"``), then the frame in hex when asked::

    {"schema": 1, "bridge": "pg1", "session": "20260101T120000.123Z-A", "seq": 7,
     "time": "2026-01-01T12:00:01.234Z", "version": 24,
     "message": "AGENT_STATE_EVENT", "type": 30, "fields": {...}, "frame": "0000..."}

A marker has ``"marker": true`` and no ``type``/``fields``; see :data:`MARKERS`.

**Headers**: ``Nats-Msg-Id`` (``<bridge>:<session>:<seq>``: JetStream drops a message whose id it
has stored within the stream's duplicate window), ``Cti-Bridge``, ``Cti-Session``, ``Cti-Seq``,
``Cti-Message`` (the name), ``Cti-Message-Type`` (the MessageType; not on markers),
``Cti-Protocol-Version`` and ``Cti-Schema``.

**Sessions and sequence numbers**: a session id names one CTI session of one bridge (the UTC
time the bridge saw OPEN_CONF, to the millisecond, and the side: ``20260101T120000.123Z-A``).
``seq`` counts the messages published for that session from 1 (SESSION_OPENED) with no gaps, so
a consumer that sees seq 9 after 7 knows it missed one, and the pair (session, seq) identifies a
message for ever.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..jsontext import message_to_json
from ..jsonview import json_line
from ..types import Message, UnknownMessage

__all__ = [
    "SCHEMA_VERSION",
    "MARKERS",
    "NULL_PERIPHERAL_ID",
    "NO_PERIPHERAL",
    "Envelope",
    "Outgoing",
    "check_token",
    "event_message",
    "header_dict",
    "marker_message",
    "msg_id",
    "session_id",
    "subject_for",
    "utc_text",
]

SCHEMA_VERSION = 1
"""The version of the payload schema and headers. It changes only when a consumer written for
the previous one could misread a message (a key renamed or given another meaning); adding keys
does not change it."""

MARKERS = {
    "SESSION_OPENED": "A CTI session opened (first message of its session, seq 1): "
    "side, address, services_granted, peripheral_online. Resynchronize: events before it "
    "that the bridge did not see are not replayed by the CTI Server.",
    "SESSION_LOST": "The CTI session ended without CLOSE_REQ (connection lost, heartbeats "
    "unanswered, server off-line, protocol error): reason. Events from here to the next "
    "SESSION_OPENED are missing.",
    "SESSION_CLOSED": "The bridge closed its CTI session (it is stopping, or another bridge "
    "holds the lease).",
    "MALFORMED_MESSAGE": "The CTI Server sent a message that does not decode in this protocol "
    "version: type, error, frame (hex). The session goes on.",
    "UNEXPECTED_MESSAGE": "The CTI Server sent a message the session did not expect (an answer "
    "to no request...): reason, and the message as in an event.",
}
"""The messages the bridge itself adds to the stream (name: meaning and keys)."""

NULL_PERIPHERAL_ID = 0xFFFFFFFF
NO_PERIPHERAL = "_"
"""The peripheral token of a subject for messages of no peripheral (and markers)."""

_TOKEN = re.compile(r"[A-Za-z0-9_-]+")


def check_token(value: str, what: str) -> str:
    """``value`` if it can be one token of a NATS subject (and a KV key); ``ValueError``
    otherwise."""
    if not _TOKEN.fullmatch(value):
        raise ValueError(f"{what} must be letters, digits, '-' or '_' (got {value!r})")
    return value


def subject_for(prefix: str, bridge: str, peripheral: str, name: str) -> str:
    return f"{prefix}.{bridge}.{peripheral}.{name}"


def msg_id(bridge: str, session: str, seq: int) -> str:
    """The ``Nats-Msg-Id`` of message ``seq`` of ``session``: the same on every re-publish."""
    return f"{bridge}:{session}:{seq}"


def utc_text(seconds: float) -> str:
    """``2026-01-01T12:00:01.234Z``."""
    stamp = round(seconds * 1000)
    if stamp != _last[0]:  # many events share a millisecond at full speed
        whole, millis = divmod(stamp, 1000)
        if whole != _last[2]:
            _last[2:] = [whole, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole))]
        _last[:2] = [stamp, f"{_last[3]}.{millis:03d}Z"]
    text: str = _last[1]
    return text


# The last millisecond formatted, and its text; the last second, and its text (a hot path).
_last: list[Any] = [None, "", None, ""]


def session_id(opened_at: float, side: str | None) -> str:
    """The id of a session opened at ``opened_at`` (Unix time) on ``side``:
    ``20260101T120000.123Z-A``."""
    whole, millis = divmod(round(opened_at * 1000), 1000)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(whole))
    return f"{stamp}.{millis:03d}Z-{side or 'A'}"


@dataclass(frozen=True, slots=True)
class Envelope:
    """What every message of one session shares."""

    prefix: str
    bridge: str
    session: str
    version: int
    include_frames: bool = False
    _shared_headers: str = field(default="", init=False, repr=False, compare=False)
    _json_head: str = field(default="", init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for value in (self.prefix, self.bridge, self.session):
            if not _HEADER_SAFE.fullmatch(value):
                raise ValueError(f"not usable in a subject or header: {value!r}")
        shared = (
            f"Cti-Bridge: {self.bridge}\r\nCti-Session: {self.session}\r\n"
            f"Cti-Protocol-Version: {self.version}\r\nCti-Schema: {SCHEMA_VERSION}\r\n"
        )
        object.__setattr__(self, "_shared_headers", shared)
        head = f'{{"schema":{SCHEMA_VERSION},"bridge":"{self.bridge}","session":"{self.session}",'
        object.__setattr__(self, "_json_head", head)


_HEADER_SAFE = re.compile(r"[A-Za-z0-9_.:-]+")


@dataclass(slots=True)
class Outgoing:
    """One message to publish: its subject, headers (the NATS header block, encoded), payload
    and Nats-Msg-Id."""

    subject: str
    headers: bytes
    payload: bytes
    msg_id: str
    session: str
    seq: int

    def header_dict(self) -> dict[str, str]:
        """The headers as a dictionary."""
        return header_dict(self.headers)


def header_dict(block: bytes) -> dict[str, str]:
    """An encoded NATS header block as a dictionary."""
    lines = block.decode("utf-8").split("\r\n")[1:]
    return dict(line.split(": ", 1) for line in lines if ": " in line)


def _headers(envelope: Envelope, seq: int, name: str, message_type: int | None) -> bytes:
    """The NATS header block (``NATS/1.0``, one ``Name: value`` line each, a blank line),
    written directly: every value is a token, a name or a number (no CR, LF or colon but in
    the session id, which :class:`Envelope` checks)."""
    typed = "" if message_type is None else f"Cti-Message-Type: {message_type}\r\n"
    return (
        f"NATS/1.0\r\nNats-Msg-Id: {envelope.bridge}:{envelope.session}:{seq}\r\n"
        f"{envelope._shared_headers}Cti-Seq: {seq}\r\nCti-Message: {name}\r\n{typed}\r\n"
    ).encode("ascii")


def _head(envelope: Envelope, seq: int, now: float) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "bridge": envelope.bridge,
        "session": envelope.session,
        "seq": seq,
        "time": utc_text(now),
        "version": envelope.version,
    }


def _peripheral(message: Message) -> str:
    peripheral = getattr(message, "peripheral_id", None)
    if type(peripheral) is int and peripheral != NULL_PERIPHERAL_ID:
        return str(peripheral)
    return NO_PERIPHERAL


def event_message(
    envelope: Envelope,
    seq: int,
    message: Message,
    names: Mapping[int, str] | None = None,
    now: float | None = None,
) -> Outgoing:
    """Message ``seq`` of the session: a CTI message (an event, or a request the server
    initiated), as ``monitor --json`` shows it."""
    if isinstance(message, UnknownMessage):
        number = message.message_type
        name = (names or {}).get(number, "UNKNOWN")
        if name == "UNKNOWN":
            name = f"UNKNOWN_{number}"
    else:
        number, name = message.MESSAGE_TYPE, message.MESSAGE_NAME
    body = message_to_json(message, names)[1:-1]
    frame = message._frame
    if envelope.include_frames and frame is not None and not message.SECRET:
        body = f'{body},"frame":"{frame.hex()}"'
    # The envelope's keys, then the body's: the same JSON as one dictionary would give
    # (_head, then message_to_dict), written directly on this hot path (the envelope's values
    # are tokens).
    when = utc_text(time.time() if now is None else now)
    payload = (
        f'{envelope._json_head}"seq":{seq},"time":"{when}","version":{envelope.version},{body}}}'
    )
    return Outgoing(
        subject_for(envelope.prefix, envelope.bridge, _peripheral(message), name),
        _headers(envelope, seq, name, number),
        payload.encode("utf-8"),
        msg_id(envelope.bridge, envelope.session, seq),
        envelope.session,
        seq,
    )


def marker_message(
    envelope: Envelope, seq: int, name: str, details: Mapping[str, Any], now: float | None = None
) -> Outgoing:
    """Message ``seq`` of the session: the marker ``name`` (one of :data:`MARKERS`)."""
    if name not in MARKERS:
        raise ValueError(f"unknown marker {name!r}")
    data = _head(envelope, seq, time.time() if now is None else now)
    data["message"] = name
    data["marker"] = True
    data.update(details)
    subject = subject_for(envelope.prefix, envelope.bridge, NO_PERIPHERAL, name)
    return Outgoing(
        subject,
        _headers(envelope, seq, name, None),
        json_line(data).encode("utf-8"),
        msg_id(envelope.bridge, envelope.session, seq),
        envelope.session,
        seq,
    )

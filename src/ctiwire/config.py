"""What a CTI client asks for when it opens a session."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ._codec import version_available

if TYPE_CHECKING:
    from .v24 import AgentStateMask, CallEventMask, ConfigEventMask, CTIServiceMask

__all__ = [
    "ClientConfig",
    "DEFAULT_PROTOCOL_VERSION",
    "NO_IDLE_TIMEOUT",
    "IDLE_TIMEOUT_FACTOR",
    "MIN_IDLE_TIMEOUT",
]

DEFAULT_PROTOCOL_VERSION = 24
"""The protocol version a client asks for unless told otherwise: Version 24, Unified CCE 12.6.
A CTI Server serves the versions up to its own, so a server of Unified CCE 15 (Version 25) takes
it too; an older server (Version 23 is 12.5, 22 is 12.0, 20 is 11.5) refuses it with
E_CTI_INVALID_VERSION, and the error says which version to set instead."""

NO_IDLE_TIMEOUT = 0xFFFFFFFF
"""OPEN_REQ IdleTimeout of a client that sends no HEARTBEAT_REQ (Session Management, OPEN_REQ)."""

IDLE_TIMEOUT_FACTOR = 4
"""IdleTimeout = 4 x the heartbeat interval: "This value is typically 4 times the heartbeat interval
used by the CTI client" (Session Management, OPEN_REQ)."""

MIN_IDLE_TIMEOUT = 20
"""The smallest IdleTimeout a CTI Server accepts: E_CTI_INVALID_TIMEOUT "The IdleTimeout field
contains a value that is less than 20 seconds (4 times the minimum heartbeat interval of 5
seconds)" (Constants and Status Codes)."""


@dataclass(frozen=True, kw_only=True)
class ClientConfig:
    """The OPEN_REQ a client sends, and the session's timers.

    * ``client_password`` is never shown by ``repr`` (nor logged by ctiwire); a ``str`` is sent
      UTF-8 encoded.
    * ``services``, ``call_msg_mask``, ``agent_state_mask``, ``config_msg_mask``: the OPEN_REQ
      ServicesRequested, CallMsgMask, AgentStateMask and ConfigMsgMask.
    * ``heartbeat_interval``: seconds between HEARTBEAT_REQs, sent by the session core's own timer.
      The OPEN_REQ IdleTimeout is then 4 x the interval, rounded up to whole seconds and never
      below the 20 s a CTI Server accepts (so a shorter interval, handy in tests, only makes the
      client quicker to notice a dead server); ``None`` (the guide's default for developers,
      "-1") sends no heartbeats and IdleTimeout 0xFFFFFFFF. The guide suggests at least 5 s
      for a few clients and 90 s or more for desktop clients.
    * ``peripheral_id``: ``None`` sends NULL_PERIPHERAL_ID (0xFFFFFFFF); Client Events service
      needs the real one.
    * ``agent_extension``, ``agent_id``, ``agent_instrument``: the agent's device for Client Events
      service (the guide requires at least one of them for that service).
    * ``open_timeout``: how long to wait for OPEN_CONF. The guide: "allow at least 30 seconds ...
      In larger configurations of more than 500 clients, allow 60 seconds or more."
    * ``request_timeout``: how long a request waits for its confirmation (``None``: forever).
    * ``close_timeout``: how long to wait for CLOSE_CONF; the guide says "up to 5 seconds".
    * ``protocol_version``: the VersionNumber of OPEN_REQ, and the version of every message of
      the session (default :data:`DEFAULT_PROTOCOL_VERSION`, 24).
    * ``connect_timeout``: how long :func:`ctiwire.connect` (and ``ctiwire monitor``) tries to
      open the first session, side A and side B, before it gives up with
      :class:`~ctiwire.ConnectTimeoutError` naming the cause of every attempt; ``None`` tries
      for ever (the guide's side selection plan is endless). Each attempt is itself bounded by
      ``open_timeout``.
    * ``strict``: end the session on any message that does not decode or that the session's
      state does not expect (for conformance testing). By default such a message is reported
      (:class:`~ctiwire.events.MalformedMessage`, :class:`~ctiwire.events.UnexpectedMessage`)
      and the session goes on: only framing errors and the guide's own reasons (timeouts, a
      server off-line) end it, because the CTI Server does not replay what a client misses.
    * ``accept_maintenance``: the answer to ACTIVE_MAINTENANCE_REQ (Version 24) when the
      application gives none within 4 seconds (the server waits 5 and counts silence as a
      refusal). Accepting lets the PG go into maintenance; the client then fails over to the
      other side when this one drops it.
    """

    client_id: str
    client_password: bytes | str = field(default=b"", repr=False)
    protocol_version: int = DEFAULT_PROTOCOL_VERSION
    services: CTIServiceMask | int
    call_msg_mask: CallEventMask | int = 0
    agent_state_mask: AgentStateMask | int = 0
    config_msg_mask: ConfigEventMask | int = 0
    heartbeat_interval: float | None = None
    peripheral_id: int | None = None
    agent_extension: str | None = None
    agent_id: str | None = None
    agent_instrument: str | None = None
    client_signature: str | None = None
    open_timeout: float = 30.0
    request_timeout: float | None = 30.0
    close_timeout: float = 5.0
    connect_timeout: float | None = 60.0
    strict: bool = False
    accept_maintenance: bool = True

    def __post_init__(self) -> None:
        if not version_available(self.protocol_version):
            raise ValueError(
                f"ctiwire has no bindings for CTI protocol version {self.protocol_version}"
            )
        interval = self.heartbeat_interval
        if interval is not None and not (interval > 0 and 4 * interval < NO_IDLE_TIMEOUT):
            raise ValueError("heartbeat_interval must be a positive number of seconds (or None)")
        for name in ("open_timeout", "close_timeout", "request_timeout", "connect_timeout"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ValueError(f"{name} must be positive")

    @property
    def idle_timeout(self) -> int:
        """The OPEN_REQ IdleTimeout in seconds."""
        if self.heartbeat_interval is None:
            return NO_IDLE_TIMEOUT
        return max(MIN_IDLE_TIMEOUT, math.ceil(IDLE_TIMEOUT_FACTOR * self.heartbeat_interval))

    @property
    def password_bytes(self) -> bytes:
        password = self.client_password
        return password.encode("utf-8") if isinstance(password, str) else bytes(password)

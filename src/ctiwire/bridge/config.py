"""What a bridge publishes where, and its limits.

::

    BridgeConfig(name="pg1", servers=("nats://nats-1:4222", "nats://nats-2:4222"))
"""

from __future__ import annotations

import ssl as _ssl
from dataclasses import dataclass, field

from .schema import check_token

__all__ = ["BridgeConfig", "tls_context"]


@dataclass(frozen=True, kw_only=True)
class BridgeConfig:
    """The bridge's side of things (the CTI side is a :class:`ctiwire.ClientConfig`).

    * ``name``: the bridge name, one per CTI Server pair (letters, digits, ``-``, ``_``). It is
      the second token of every subject, part of every Nats-Msg-Id, and the lease key: bridges
      started with the same name are the same bridge, and only one of them publishes.
    * ``servers``: NATS server URLs (any of a cluster; ``tls://`` for TLS). A password in a URL
      is never logged. ``credentials``: a NATS ``.creds`` file; ``tls``: an
      :class:`ssl.SSLContext` for NATS.
    * ``stream``, ``prefix``: the JetStream stream (created when missing, see
      :class:`~.natslink.StreamSettings`) and the first subject token. The stream created
      takes ``<prefix>.>``, so N bridges share it.
    * ``request_subject``: where consumers send requests (default ``<prefix>-request.<name>``,
      outside the stream's subjects); ``requests=False`` takes none.
    * ``include_frames``: add each event's frame, in hex, to the payload.
    * ``max_buffered``: messages the bridge keeps unacknowledged (sent or not) before it stops
      taking events from the CTI client; ``max_in_flight``: messages on the wire without an
      ack; ``ack_timeout``: when an unanswered message is published again.
    * ``max_queued_events``: the CTI client's event queue; when it is full the client stops
      reading the CTI socket.
    * ``lease_bucket``, ``lease_ttl``: the key-value bucket of leases (created when missing)
      and how long a holder may go without renewing before another bridge of the same name
      takes over (see :mod:`.lease`); bridges of one name must use the same TTL.
    * ``stream_max_age`` (seconds), ``stream_max_bytes``, ``duplicate_window`` (seconds),
      ``replicas``: the limits of the stream (and the replicas of the bucket) the bridge
      creates.
    * ``reconnect_wait``: seconds between NATS reconnection attempts; ``nats_connect_timeout``:
      how long the first connection may take before :meth:`~.runner.Bridge.run` gives up
      (:class:`~.natslink.NatsSetupError`, a :class:`ConnectionError`).
    * ``close_timeout``: on stop, how long to wait for JetStream to acknowledge what is left.
    * ``stats_interval``: seconds between two INFO lines of counters (0: none).
    """

    name: str
    servers: tuple[str, ...] = ("nats://127.0.0.1:4222",)
    credentials: str | None = None
    tls: _ssl.SSLContext | None = field(default=None, repr=False, compare=False)
    stream: str = "CTI"
    prefix: str = "cti"
    request_subject: str | None = None
    requests: bool = True
    include_frames: bool = False
    max_buffered: int = 10_000
    max_in_flight: int = 1_000
    ack_timeout: float = 5.0
    max_queued_events: int = 1_000
    max_pending_requests: int = 100
    lease_bucket: str = "ctiwire_bridges"
    lease_ttl: float = 15.0
    stream_max_age: float = 24 * 3600.0
    stream_max_bytes: int = 10 * 1024**3
    duplicate_window: float = 120.0
    replicas: int = 1
    reconnect_wait: float = 1.0
    nats_connect_timeout: float = 30.0
    close_timeout: float = 10.0
    stats_interval: float = 60.0

    def __post_init__(self) -> None:
        check_token(self.name, "the bridge name")
        check_token(self.stream, "the stream name")
        check_token(self.lease_bucket, "the lease bucket name")
        for token in self.prefix.split("."):
            check_token(token, "each token of the subject prefix")
        if not self.servers:
            raise ValueError("give at least one NATS server URL")
        if self.max_buffered < 1 or self.max_in_flight < 1 or self.max_queued_events < 1:
            raise ValueError("max_buffered, max_in_flight and max_queued_events must be >= 1")
        for name in (
            "ack_timeout",
            "lease_ttl",
            "reconnect_wait",
            "close_timeout",
            "nats_connect_timeout",
        ):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive")

    @property
    def subjects(self) -> str:
        """This bridge's subjects: ``<prefix>.<name>.>``."""
        return f"{self.prefix}.{self.name}.>"

    @property
    def requests_to(self) -> str:
        return self.request_subject or f"{self.prefix}-request.{self.name}"


def tls_context(
    enabled: bool, ca: str | None = None, cert: str | None = None, key: str | None = None
) -> _ssl.SSLContext | None:
    """The TLS context for the CTI Server connection: ``None`` unless ``enabled`` or a file is
    given; ``ca`` verifies the server (default: the system's CAs), ``cert``/``key`` identify
    the client."""
    if not (enabled or ca or cert):
        return None
    context = _ssl.create_default_context(cafile=ca)
    if cert:
        context.load_cert_chain(cert, key)
    return context

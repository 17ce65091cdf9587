"""The bridge's only contact with nats-py: a small, typed facade over what the bridge uses.

::

    link = await NatsLink.connect(["nats://127.0.0.1:4222"], name="ctiwire-bridge pg1")
    info = await link.ensure_stream(StreamSettings(name="CTI", subjects=("cti.>",)))
    await link.publish("cti.pg1._.SESSION_OPENED", b"{...}", reply=inbox, headers={...})
    kv = await link.bucket("ctiwire_bridges", ttl=15.0)
    await link.close()

Keeping nats-py behind this module means that the rest of ``ctiwire.bridge`` depends on a few
methods, not on a client library's whole API, and that the password in a ``nats://user:pass@``
URL is redacted in one place (:func:`redact`) before anything is logged.

nats-py reconnects by itself (``reconnect_wait`` apart, for ever); ``on_disconnect`` and
``on_reconnect`` are how the publisher learns of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl as _ssl
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import nats
import nats.errors
import nats.js.errors
from nats.aio.client import Client as NatsClient
from nats.aio.msg import Msg
from nats.aio.subscription import Subscription
from nats.js.api import (
    DiscardPolicy,
    KeyValueConfig,
    RetentionPolicy,
    StorageType,
    StreamConfig,
)
from nats.js.kv import KeyValue
from nats.protocol.command import hpub_cmd

from .schema import header_dict

__all__ = [
    "Bucket",
    "Msg",
    "NatsLink",
    "StreamSettings",
    "StreamMismatchError",
    "LeaseTaken",
    "redact",
    "subject_matches",
]

log = logging.getLogger("ctiwire.bridge")

Callback = Callable[[], Awaitable[None]]
MessageHandler = Callable[[Msg], Awaitable[None]]
AnswerHandler = Callable[[str, bytes, "Mapping[str, str] | None"], Awaitable[None]]
"""``handler(subject, data, headers)``: an answer to a publish (see :meth:`NatsLink.answers`)."""

# nats-py's own errors, for the bridge's ``except`` clauses.
NatsError: tuple[type[BaseException], ...] = (nats.errors.Error, OSError, asyncio.TimeoutError)
_CONNECT_ERRORS: tuple[type[BaseException], ...] = (TimeoutError, *NatsError)


def redact(url: str) -> str:
    """``url`` with any password (``nats://user:secret@host``) or token replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    user = "***" if parts.password is None else f"{parts.username}:***"
    return urlunsplit(parts._replace(netloc=f"{user}@{host}"))


def subject_matches(pattern: str, subject: str) -> bool:
    """Whether the NATS subject ``pattern`` (``*`` one token, ``>`` the rest) takes ``subject``
    (which may itself hold wildcards: then whether every subject it takes is taken)."""
    want, have = pattern.split("."), subject.split(".")
    for i, part in enumerate(want):
        if part == ">":
            return len(have) > i
        if i >= len(have):
            return False
        if part != "*" and part != have[i]:
            return False
        if part == "*" and have[i] == ">":
            return False
    return len(want) == len(have)


@dataclass(frozen=True, slots=True)
class StreamSettings:
    """The stream the bridge creates when it is missing (an existing stream is used as it is).

    Retention is by limits: messages are kept for ``max_age`` seconds or until the stream holds
    ``max_bytes``, whichever comes first, the oldest being discarded; consumers never delete
    them (many consumers read the same events). ``duplicate_window`` is how long JetStream
    remembers a Nats-Msg-Id."""

    name: str
    subjects: tuple[str, ...]
    max_age: float = 24 * 3600.0
    max_bytes: int = 10 * 1024**3
    duplicate_window: float = 120.0
    replicas: int = 1
    file_storage: bool = True


class NatsSetupError(ConnectionError):
    """NATS cannot be used as the bridge is configured: no server answers, JetStream is not
    enabled, or the stream exists and does not take the bridge's subjects."""


class StreamMismatchError(NatsSetupError):
    """The stream exists but does not take the bridge's subjects."""


class LeaseTaken(Exception):
    """A key-value create or update lost to another writer."""


class Bucket:
    """A JetStream key-value bucket, as the lease uses it."""

    def __init__(self, kv: KeyValue) -> None:
        self._kv = kv

    async def create(self, key: str, value: bytes) -> int:
        """Create ``key``; :class:`LeaseTaken` if it exists. Returns the revision."""
        try:
            return await self._kv.create(key, value)
        except nats.js.errors.KeyWrongLastSequenceError as exc:
            raise LeaseTaken(key) from exc

    async def update(self, key: str, value: bytes, revision: int) -> int:
        """Update ``key`` if it is still at ``revision``; :class:`LeaseTaken` otherwise."""
        try:
            return await self._kv.update(key, value, last=revision)
        except nats.js.errors.KeyWrongLastSequenceError as exc:
            raise LeaseTaken(key) from exc

    async def delete(self, key: str, revision: int) -> None:
        """Delete ``key`` if it is still at ``revision`` (nothing if another writer moved it)."""
        with contextlib.suppress(nats.js.errors.KeyWrongLastSequenceError):
            await self._kv.delete(key, last=revision)

    async def get(self, key: str) -> tuple[int, bytes] | None:
        """The revision and value of ``key``; ``None`` if there is none (or it was deleted)."""
        try:
            entry = await self._kv.get(key)
        except nats.js.errors.KeyNotFoundError:
            return None
        return entry.revision or 0, entry.value or b""


class NatsLink:
    """One connection to a NATS server or cluster, with JetStream."""

    def __init__(self, nc: NatsClient) -> None:
        self._nc = nc
        self._js = nc.jetstream()
        self.closing = False
        # nats-py's insides that :meth:`publish` uses (present from 2.x to at least 2.16).
        self._raw = all(
            hasattr(nc, name) for name in ("_send_command", "_flush_pending", "_flush_queue")
        ) and isinstance(getattr(nc, "stats", None), dict)
        # ... and those that :meth:`answers` uses.
        self._direct: dict[int, AnswerHandler] = {}
        self._direct_answers = (
            self._raw and hasattr(nc, "_process_msg") and hasattr(nc, "_process_headers")
        )
        if self._direct_answers:
            self._process_msg: Callable[..., Awaitable[None]] = nc._process_msg
            nc._process_msg = self._process_answer  # type: ignore[method-assign]

    @classmethod
    async def connect(
        cls,
        servers: Sequence[str],
        *,
        name: str,
        credentials: str | None = None,
        tls: _ssl.SSLContext | None = None,
        reconnect_wait: float = 1.0,
        connect_timeout: float = 30.0,
        on_disconnect: Callback | None = None,
        on_reconnect: Callback | None = None,
    ) -> NatsLink:
        """Connect (the first connection must succeed; later losses are reconnected for ever).

        nats-py would buffer what is published while disconnected and send it after the
        reconnect; the bridge keeps its own buffer instead (``pending_size`` is kept small)."""

        async def error_cb(exc: Exception) -> None:
            log.debug("NATS: %s", exc)

        async def disconnected_cb() -> None:
            if nc.is_closed or link.closing:
                return
            log.warning("NATS connection lost; reconnecting")
            if on_disconnect is not None:
                await on_disconnect()

        async def reconnected_cb() -> None:
            url = nc.connected_url
            log.warning("NATS reconnected (%s)", redact(url.geturl()) if url else "?")
            if on_reconnect is not None:
                await on_reconnect()

        nc = NatsClient()
        link = cls(nc)
        try:
            async with asyncio.timeout(connect_timeout):
                await link._connect(
                    nc,
                    servers,
                    name,
                    credentials,
                    tls,
                    reconnect_wait,
                    error_cb,
                    disconnected_cb,
                    reconnected_cb,
                )
        except _CONNECT_ERRORS as exc:
            with contextlib.suppress(*NatsError):
                await nc.close()
            where = ", ".join(redact(url) for url in servers)
            cause = (
                f"no answer within {connect_timeout:g} s" if isinstance(exc, TimeoutError) else exc
            )
            raise NatsSetupError(f"cannot connect to NATS at {where}: {cause}") from None
        return link

    @staticmethod
    async def _connect(
        nc: NatsClient,
        servers: Sequence[str],
        name: str,
        credentials: str | None,
        tls: _ssl.SSLContext | None,
        reconnect_wait: float,
        error_cb: Callable[[Exception], Awaitable[None]],
        disconnected_cb: Callback,
        reconnected_cb: Callback,
    ) -> None:
        await nc.connect(
            servers=list(servers),
            name=name,
            user_credentials=credentials,
            tls=tls,
            error_cb=error_cb,
            disconnected_cb=disconnected_cb,
            reconnected_cb=reconnected_cb,
            allow_reconnect=True,
            max_reconnect_attempts=-1,
            reconnect_time_wait=reconnect_wait,  # type: ignore[arg-type]  # a float works
            connect_timeout=2,
            pending_size=8 * 1024 * 1024,
        )

    @property
    def connected(self) -> bool:
        return self._nc.is_connected

    @property
    def max_payload(self) -> int:
        return self._nc.max_payload

    def new_inbox(self) -> str:
        return self._nc.new_inbox()

    async def publish(
        self, subject: str, payload: bytes, *, reply: str = "", headers: bytes | None = None
    ) -> None:
        """Publish; ``headers`` is an encoded NATS header block (``NATS/1.0\\r\\n...``).

        The bridge's messages take nats-py's own path for a publish with headers but skip its
        building of the header block from a dictionary (a third of the cost of a publish), as
        the bridge writes the block once per message (:mod:`.schema`). Should nats-py change
        inside, the dictionary path is used instead."""
        nc = self._nc
        if headers is None:
            await nc.publish(subject, payload, reply=reply)
        elif self._raw and nc.is_connected and len(payload) <= nc.max_payload:
            nc.stats["out_msgs"] += 1
            nc.stats["out_bytes"] += len(payload)
            await nc._send_command(hpub_cmd(subject, reply, headers, payload))
            if nc._flush_queue is not None and nc._flush_queue.empty():
                await nc._flush_pending()
        else:
            await nc.publish(subject, payload, reply=reply, headers=header_dict(headers))

    async def subscribe(
        self, subject: str, handler: MessageHandler, *, queue: str = ""
    ) -> Subscription:
        return await self._nc.subscribe(
            subject, queue=queue, cb=handler, pending_msgs_limit=1_000_000
        )

    async def answers(self, subject: str, handler: AnswerHandler) -> Subscription:
        """Subscribe to the answers to one's publishes (JetStream's PubAcks, one per message).

        They come at the rate of the publishes, so they skip what nats-py does for a message
        (a ``Msg``, the subscription's queue, a switch to its task) where its insides allow:
        ``handler`` is then awaited straight from the connection's reader, and must not wait
        for another message from NATS. Its exceptions are logged, as nats-py logs a
        callback's."""

        async def adapter(msg: Msg) -> None:
            await handler(msg.subject, msg.data, msg.headers)

        subscription = await self.subscribe(subject, adapter)
        sid = getattr(subscription, "_id", None)
        if self._direct_answers and type(sid) is int:
            self._direct[sid] = handler
        return subscription

    async def _process_answer(
        self, sid: int, subject: bytes, reply: bytes, data: bytes, headers: bytes | None
    ) -> None:
        """nats-py's ``_process_msg``, for the subscriptions of :meth:`answers`."""
        handler = self._direct.get(sid)
        if handler is None:
            await self._process_msg(sid, subject, reply, data, headers)
            return
        stats = self._nc.stats
        stats["in_msgs"] += 1
        stats["in_bytes"] += len(data)
        try:
            fields = await self._nc._process_headers(headers) if headers else None
            await handler(subject.decode(), data, fields)
        except Exception:
            log.exception("handling an answer from NATS")

    async def flush(self, timeout: float = 5.0) -> None:
        await self._nc.flush(timeout=max(1, round(timeout)))

    async def request(self, subject: str, payload: bytes, timeout: float) -> Msg:
        return await self._nc.request(subject, payload, timeout=timeout)

    async def close(self) -> None:
        self.closing = True
        if not self._nc.is_closed:
            with contextlib.suppress(*NatsError):  # closing a connection that is down
                await self._nc.close()

    # -- JetStream ----------------------------------------------------------------------------

    async def ensure_stream(self, settings: StreamSettings) -> float:
        """Create the stream unless it exists; check that it takes ``settings.subjects``.
        Returns the stream's duplicate window in seconds."""
        try:
            return await self._ensure_stream(settings)
        except (nats.errors.NoRespondersError, nats.js.errors.ServiceUnavailableError) as exc:
            raise NatsSetupError(
                f"JetStream does not answer ({exc}): is nats-server started with JetStream (-js)?"
            ) from None
        except nats.js.errors.APIError as exc:
            raise NatsSetupError(f"cannot create the stream {settings.name}: {exc}") from None

    async def _ensure_stream(self, settings: StreamSettings) -> float:
        try:
            info = await self._js.stream_info(settings.name)
        except nats.js.errors.NotFoundError:
            config = StreamConfig(
                name=settings.name,
                description="CTI events published by ctiwire bridge (schema: ctiwire.bridge)",
                subjects=list(settings.subjects),
                retention=RetentionPolicy.LIMITS,
                discard=DiscardPolicy.OLD,
                max_age=settings.max_age,
                max_bytes=settings.max_bytes,
                duplicate_window=settings.duplicate_window,
                storage=StorageType.FILE if settings.file_storage else StorageType.MEMORY,
                num_replicas=settings.replicas,
            )
            try:
                info = await self._js.add_stream(config)
                log.info(
                    "created JetStream stream %s (subjects %s, max age %g s, max bytes %d)",
                    settings.name,
                    ", ".join(settings.subjects),
                    settings.max_age,
                    settings.max_bytes,
                )
            except nats.js.errors.BadRequestError:  # created by another bridge meanwhile
                info = await self._js.stream_info(settings.name)
        taken = info.config.subjects or []
        for subject in settings.subjects:
            if not any(subject_matches(pattern, subject) for pattern in taken):
                raise StreamMismatchError(
                    f"the JetStream stream {settings.name} exists but does not take "
                    f"{subject} (its subjects: {', '.join(taken) or 'none'}); add the "
                    "subject to it, or choose another stream (--stream) or prefix"
                )
        return float(info.config.duplicate_window or 0.0)

    async def last_headers(self, stream: str, subject: str) -> Mapping[str, str] | None:
        """The headers of the last message of ``stream`` on ``subject`` (wildcards allowed),
        or ``None`` if there is none."""
        try:
            message = await self._js.get_last_msg(stream, subject)
        except nats.js.errors.NotFoundError:
            return None
        return dict(message.headers or {})

    async def bucket(self, name: str, *, replicas: int = 1) -> Bucket:
        """The key-value bucket ``name``, created when missing (one revision per key, no
        expiry)."""
        try:
            kv = await self._js.key_value(name)
        except nats.js.errors.BucketNotFoundError:
            config = KeyValueConfig(
                bucket=name,
                description="ctiwire bridge leases: one key per bridge name",
                history=1,
                replicas=replicas,
                storage=StorageType.FILE,
            )
            try:
                kv = await self._js.create_key_value(config)
            except nats.js.errors.BadRequestError:
                kv = await self._js.key_value(name)
        return Bucket(kv)

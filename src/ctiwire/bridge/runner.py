"""The bridge: a CTI session on one side, JetStream on the other.

::

    bridge = Bridge(BridgeConfig(name="pg1", servers=("nats://127.0.0.1:4222",)),
                    client_config, [("cti-a", 42027), ("cti-b", 43027)])
    await bridge.run()          # until cancelled (or stop()); a clean stop closes everything

What :meth:`Bridge.run` does, in order: connect to NATS; create the stream and the lease bucket
if missing; wait for the lease (:mod:`.lease`); open the CTI session (``ctiwire.Client``: side
A/B failover, any protocol version, TLS); then turn every client event into a message for the
publisher (:mod:`.publisher`) and answer requests (:mod:`.requests`) until stopped or until
the lease is lost. A lost lease discards what was not published, closes the CTI session, and
waits for the lease again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl as _ssl
import time
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from .._codec import protocol
from ..client import Address, Client
from ..config import ClientConfig
from ..errors import ConnectionLostError, OpenFailedError
from ..events import (
    Event,
    MalformedMessage,
    OpenFailed,
    ProtocolError,
    ServerRequest,
    SessionClosed,
    SessionLost,
    SessionOpened,
    UnexpectedMessage,
    UnsolicitedEvent,
)
from ..jsonview import message_to_dict, value_to_json
from .config import BridgeConfig
from .lease import Lease, owner_id
from .natslink import Msg, NatsLink, StreamSettings, redact
from .publisher import Publisher
from .requests import RequestBuilder, RequestError, answer, reply_error
from .schema import Envelope, Outgoing, event_message, marker_message, session_id

__all__ = ["Bridge"]

log = logging.getLogger("ctiwire.bridge")


class Bridge:
    """One bridge: see the module docstring. ``addresses`` are side A (and side B); ``ssl``
    secures the CTI connection."""

    def __init__(
        self,
        config: BridgeConfig,
        client_config: ClientConfig,
        addresses: Sequence[Address],
        *,
        ssl: _ssl.SSLContext | None = None,
    ) -> None:
        self.config = config
        self.client_config = client_config
        self.addresses = tuple(addresses)
        self._ssl = ssl
        self._cti: ModuleType = protocol(client_config.protocol_version)
        self._names = self._cti.MESSAGE_NAMES
        self._builder = RequestBuilder(self._cti)
        self.owner = owner_id()
        self.link: NatsLink | None = None
        self.publisher: Publisher | None = None
        self.lease: Lease | None = None
        self.client: Client | None = None
        self._envelope: Envelope | None = None
        self._seq = 0
        self._sessions = 0
        self._refusal: OpenFailed | None = None
        self._requests: set[asyncio.Task[None]] = set()
        self._stop = asyncio.Event()
        self._ready = asyncio.Event()
        self.events_published = 0
        """CTI messages handed to the publisher (markers not counted)."""

    # -- public -------------------------------------------------------------------------------

    @property
    def session(self) -> str | None:
        """The id of the current (or last) CTI session."""
        return self._envelope.session if self._envelope is not None else None

    @property
    def active(self) -> bool:
        """This bridge holds the lease and has a CTI session open (or opening)."""
        return self._ready.is_set()

    async def wait_active(self) -> None:
        await self._ready.wait()

    def stop(self) -> None:
        """Ask :meth:`run` to stop cleanly."""
        self._stop.set()

    async def run(self) -> None:
        """Run until :meth:`stop` or cancellation; raises :class:`~ctiwire.ConnectFailedError`
        when the CTI Server cannot be reached at start (or refuses the session)."""
        config = self.config
        log.info(
            "bridge %s: NATS %s, stream %s, subjects %s",
            config.name,
            ", ".join(redact(url) for url in config.servers),
            config.stream,
            config.subjects,
        )
        link = self.link = await NatsLink.connect(
            config.servers,
            name=f"ctiwire-bridge {config.name}",
            credentials=config.credentials,
            tls=config.tls,
            reconnect_wait=config.reconnect_wait,
            connect_timeout=config.nats_connect_timeout,
            on_disconnect=self._nats_gone,
            on_reconnect=self._nats_back,
        )
        stats: asyncio.Task[None] | None = None
        try:
            window = await link.ensure_stream(
                StreamSettings(
                    name=config.stream,
                    subjects=(f"{config.prefix}.>",),
                    max_age=config.stream_max_age,
                    max_bytes=config.stream_max_bytes,
                    duplicate_window=config.duplicate_window,
                    replicas=config.replicas,
                )
            )
            bucket = await link.bucket(config.lease_bucket, replicas=config.replicas)
            publisher = self.publisher = Publisher(
                link,
                stream=config.stream,
                own_subjects=config.subjects,
                max_buffered=config.max_buffered,
                max_in_flight=config.max_in_flight,
                ack_timeout=config.ack_timeout,
                duplicate_window=window,
            )
            publisher.hold(True)
            await publisher.start()
            lease = self.lease = Lease(
                bucket,
                config.name,
                self.owner,
                ttl=config.lease_ttl,
                on_change=self._lease_changed,
            )
            if config.stats_interval > 0:
                stats = asyncio.create_task(self._report(config.stats_interval))
            while not self._stop.is_set():
                if not await self._until_stopped(lease.acquire()):
                    break
                keeper = asyncio.create_task(lease.keep())
                try:
                    await self._serve(lease, publisher)
                finally:
                    keeper.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await keeper
        finally:
            if stats is not None:
                stats.cancel()
            await asyncio.shield(self._close())

    # -- one CTI session while holding the lease ----------------------------------------------

    async def _serve(self, lease: Lease, publisher: Publisher) -> None:
        client = self.client = Client(
            self.client_config,
            self.addresses,
            ssl=self._ssl,
            max_queued_events=self.config.max_queued_events,
        )
        self._ready.set()
        subscription: Any = None
        pump: asyncio.Task[None] | None = None
        try:
            await client.start()
            pump = asyncio.create_task(self._pump(client, publisher))
            if self.config.requests and self.link is not None:
                subscription = await self.link.subscribe(
                    self.config.requests_to,
                    self._on_request,
                    queue=f"ctiwire-bridge-{self.config.name}",
                )
            lost = asyncio.create_task(lease.lost.wait())
            stop = asyncio.create_task(self._stop.wait())
            try:
                await asyncio.wait({pump, lost, stop}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                lost.cancel()
                stop.cancel()
            if pump.done():
                pump.result()
                # The client ended: a refusal that retrying cannot cure.
                refusal = self._refusal
                if refusal is not None:
                    raise OpenFailedError(refusal.status)
                raise ConnectionLostError("the CTI client ended")
            if lease.lost.is_set():
                pump.cancel()
                dropped = publisher.discard()
                log.error(
                    "bridge %s: another bridge took the lease; %d unpublished message(s) "
                    "discarded, closing the CTI session and waiting for the lease",
                    self.config.name,
                    dropped,
                )
        finally:
            self._ready.clear()
            if subscription is not None:
                with contextlib.suppress(Exception):
                    await subscription.unsubscribe()
            await self._finish(client, pump, publisher, lease)

    async def _finish(
        self, client: Client, pump: asyncio.Task[None] | None, publisher: Publisher, lease: Lease
    ) -> None:
        """Close the CTI session; if still the lease holder, publish its end (SESSION_CLOSED)
        and what is left, then release the lease."""
        if pump is None or pump.done() or lease.lost.is_set():
            if pump is not None:
                pump.cancel()
            await client.close()
            return
        await client.close()  # the pump publishes the SessionClosed that follows, then ends
        try:
            async with asyncio.timeout(self.config.close_timeout):
                await asyncio.shield(pump)
        except TimeoutError:
            pump.cancel()
        if not await publisher.flush(self.config.close_timeout):
            log.warning(
                "bridge %s: %d message(s) not acknowledged by JetStream at stop",
                self.config.name,
                publisher.buffered,
            )
        await lease.release()

    async def _until_stopped(self, work: Any) -> bool:
        """Await ``work`` unless :meth:`stop` comes first (then ``False``)."""
        task = asyncio.ensure_future(work)
        stop = asyncio.create_task(self._stop.wait())
        try:
            await asyncio.wait({task, stop}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stop.cancel()
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        return task.done() and not task.cancelled()

    async def _close(self) -> None:
        for task in list(self._requests):
            task.cancel()
        if self.publisher is not None:
            await self.publisher.close()
        if self.lease is not None and self.lease.held:
            await self.lease.release()
        if self.link is not None:
            await self.link.close()

    # -- events -------------------------------------------------------------------------------

    async def _pump(self, client: Client, publisher: Publisher) -> None:
        """Every client event to the publisher, in order; :meth:`Publisher.put` waits while its
        buffer is full, and then so does this loop, which stops the client's reads."""
        names = self._names
        put = publisher.put
        while (event := await client.next_event()) is not None:
            envelope = self._envelope
            if isinstance(event, UnsolicitedEvent) and envelope is not None:
                self._seq += 1
                self.events_published += 1
                await put(event_message(envelope, self._seq, event.message, names))
            else:
                out = self._describe(event, client)
                if out is not None:
                    await put(out)

    def _describe(self, event: Event, client: Client) -> Outgoing | None:
        if isinstance(event, SessionOpened):
            self._sessions += 1
            session = session_id(time.time(), event.side)
            if self._envelope is not None and session <= self._envelope.session:
                session = f"{session}{self._sessions}"  # two opens in one millisecond
            self._envelope = Envelope(
                self.config.prefix,
                self.config.name,
                session,
                client.config.protocol_version,
                self.config.include_frames,
            )
            self._seq = 0
            host, port = event.address or ("", 0)
            log.info("bridge %s: CTI session %s open", self.config.name, session)
            return self._marker(
                "SESSION_OPENED",
                {
                    "side": event.side,
                    "address": f"{host}:{port}",
                    "services_granted": value_to_json(event.services_granted),
                    "peripheral_online": event.peripheral_online,
                },
            )
        if isinstance(event, OpenFailed):
            self._refusal = event
            log.error("the CTI Server refused the session: %s", event.status)
            return None
        if self._envelope is None:
            return None
        if isinstance(event, ServerRequest):
            self._seq += 1
            return event_message(self._envelope, self._seq, event.request, self._names)
        if isinstance(event, SessionLost):
            return self._marker("SESSION_LOST", {"reason": event.reason})
        if isinstance(event, ProtocolError):
            return self._marker("SESSION_LOST", {"reason": f"protocol error: {event.error}"})
        if isinstance(event, SessionClosed):
            return self._marker("SESSION_CLOSED", {})
        if isinstance(event, MalformedMessage):
            return self._marker(
                "MALFORMED_MESSAGE",
                {"type": event.message_type, "error": str(event.error), "frame": event.frame.hex()},
            )
        if isinstance(event, UnexpectedMessage):
            shown = message_to_dict(event.message, self._names)
            return self._marker("UNEXPECTED_MESSAGE", {"reason": event.reason, **shown})
        return None

    def _marker(self, name: str, details: dict[str, Any]) -> Outgoing:
        assert self._envelope is not None
        self._seq += 1
        return marker_message(self._envelope, self._seq, name, details)

    # -- requests -----------------------------------------------------------------------------

    async def _on_request(self, msg: Msg) -> None:
        if not msg.reply:
            return
        if len(self._requests) >= self.config.max_pending_requests:
            error = RequestError("busy", "too many requests are waiting; try again")
            await self._reply(msg.reply, reply_error(error))
            return
        task = asyncio.create_task(self._request(msg.data, msg.reply))
        self._requests.add(task)
        task.add_done_callback(self._requests.discard)

    async def _request(self, data: bytes, reply: str) -> None:
        try:
            request = self._builder.parse(data)
        except RequestError as exc:
            log.info("bridge %s: request refused: %s", self.config.name, exc.text)
            await self._reply(reply, reply_error(exc, self._names))
            return
        client = self.client
        name = request.message.MESSAGE_NAME
        if client is None:
            error = RequestError("not_open", "the bridge has no CTI session")
            await self._reply(reply, reply_error(error))
            return
        log.debug("bridge %s: request %s", self.config.name, name)
        await self._reply(reply, await answer(client, request, self._names))

    async def _reply(self, subject: str, payload: bytes) -> None:
        if self.link is not None:
            with contextlib.suppress(Exception):
                await self.link.publish(subject, payload)

    # -- NATS and the lease -------------------------------------------------------------------

    async def _nats_gone(self) -> None:
        if self.lease is not None:
            self.lease.interrupted()

    async def _nats_back(self) -> None:
        lease, publisher = self.lease, self.publisher
        if lease is None or publisher is None:
            return
        lease.interrupted()  # a holder renews at once; a standby starts watching afresh
        if lease.valid:
            await publisher.on_reconnect()

    def _lease_changed(self, valid: bool) -> None:
        publisher = self.publisher
        if publisher is None:
            return
        publisher.hold(not valid)
        if valid:
            task = asyncio.get_running_loop().create_task(publisher.on_reconnect())
            self._requests.add(task)
            task.add_done_callback(self._requests.discard)

    async def _report(self, interval: float) -> None:
        last = 0
        while True:
            await asyncio.sleep(interval)
            publisher = self.publisher
            if publisher is None:
                continue
            stats = publisher.stats
            log.info(
                "bridge %s: %d events (%.0f/s), %d stored, %d duplicates, %d re-published, "
                "%d buffered",
                self.config.name,
                self.events_published,
                (self.events_published - last) / interval,
                stats.stored,
                stats.duplicates,
                stats.republished,
                publisher.buffered,
            )
            last = self.events_published

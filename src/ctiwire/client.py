"""The asyncio CTI client: a session that survives the loss of a CTI Server.

::

    config = ctiwire.ClientConfig(client_id="bridge", client_password="...",
                                  services=CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
                                  heartbeat_interval=5)
    async with ctiwire.connect(config, [("cti-a", 42027), ("cti-b", 42028)]) as client:
        conf = await client.request(QueryAgentStateReq(peripheral_id=5000, agent_id="1001"))
        async for event in client.events():
            ...

* The session core (:mod:`ctiwire.session`) does the protocol, heartbeats included; this module
  only moves bytes, runs the core's timer and reconnects.
* When the session is lost, the client reconnects following the guide's side A/B selection
  algorithm (:mod:`ctiwire.failover`) and reports :class:`SessionLost` then
  :class:`SessionOpened` (with ``side``). **The CTI Server does not replay the events missed
  during the outage**; a Client Events client gets a BEGIN_CALL_EVENT for each call in progress.
  Requests outstanding at the loss fail with :class:`ConnectionLostError`. Failed attempts
  (connection refused, no OPEN_CONF in time, a standby side answering E_CTI_CTI_SERVER_OFFLINE)
  are part of the algorithm and not reported; a refusal that retrying cannot cure (a wrong
  password, say) ends the client with :class:`OpenFailed` (:class:`OpenFailedError` from
  :func:`connect` for the first session).
* Flow control: events wait in a bounded queue. When the application falls behind, the client
  stops reading the socket (``pause_reading``) until the queue drains to half; no event is ever
  dropped. Confirmations travel behind the events, so an application that awaits requests must
  also consume :meth:`Client.events`.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import random as _random
import socket
import ssl as _ssl
import struct
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from types import ModuleType

from .config import ClientConfig
from .errors import (
    ConnectionLostError,
    CTIError,
    OpenFailedError,
    RequestFailedError,
    RequestTimeoutError,
)
from .events import (
    Event,
    OpenFailed,
    ProtocolError,
    RequestCompleted,
    RequestFailed,
    SessionClosed,
    SessionLost,
    SessionOpened,
    UnsolicitedEvent,
)
from .failover import SIDE_NAMES, RandInt, Wait, side_selection
from .session import ClientSession, State
from .types import Message

__all__ = ["Client", "connect", "Address"]

log = logging.getLogger("ctiwire.client")

Address = tuple[str, int]

# Read at most this much per callback, so that one read adds a bounded number of events to the
# queue beyond its limit (flow control checks the queue after each read).
_READ_SIZE = 16 * 1024


def _retryable(failed: OpenFailed) -> bool:
    """An open refusal worth another attempt: no answer in time (the guide: "reset the TCP
    connection, reconnect, and retry"), or a server that is off-line (a standby side)."""
    name = getattr(failed.status, "name", "")
    return name in ("E_CTI_TIMEOUT", "E_CTI_CTI_SERVER_OFFLINE")


@contextlib.asynccontextmanager
async def connect(
    config: ClientConfig,
    addresses: Sequence[Address],
    *,
    ssl: _ssl.SSLContext | None = None,
    reconnect: bool = True,
    expected_clients: int = 1,
    max_queued_events: int = 1000,
    initial_timeout: float | None = None,
    codec: ModuleType | None = None,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    random: RandInt | None = None,
) -> AsyncIterator[Client]:
    """Open a session with the CTI Server at side A (``addresses[0]``) or side B, and close it
    (CLOSE_REQ) on exit. See :class:`Client` for the arguments."""
    client = Client(
        config,
        addresses,
        ssl=ssl,
        reconnect=reconnect,
        expected_clients=expected_clients,
        max_queued_events=max_queued_events,
        codec=codec,
        clock=clock,
        sleep=sleep,
        random=random,
    )
    await client.start(initial_timeout)
    try:
        yield client
    finally:
        await client.close()


class Client:
    """A CTI session over TCP (optionally TLS) with automatic side A/B failover.

    * ``addresses``: ``[(host, port)]`` for a simplex CTI Server, ``[side A, side B]`` for duplex.
    * ``ssl``: an :class:`ssl.SSLContext` to speak TLS.
    * ``reconnect``: reconnect after a loss (default); without it the client ends at the loss.
    * ``expected_clients``: the number of CTI clients expected at the site; the first wait of
      the side selection algorithm is random between 0 and a tenth of it, in seconds.
    * ``max_queued_events``: the event queue size beyond which the socket is no longer read.
    * ``clock``, ``sleep``, ``random``: injectable for tests (default: the loop's monotonic
      clock, :func:`asyncio.sleep`, a :class:`random.Random`).

    Construct it inside a running event loop, then :meth:`start` (or use :func:`connect`).
    """

    def __init__(
        self,
        config: ClientConfig,
        addresses: Sequence[Address],
        *,
        ssl: _ssl.SSLContext | None = None,
        reconnect: bool = True,
        expected_clients: int = 1,
        max_queued_events: int = 1000,
        codec: ModuleType | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        random: RandInt | None = None,
    ) -> None:
        if len(addresses) not in (1, 2):
            raise ValueError("give one address (simplex) or two (side A, side B)")
        if max_queued_events < 1:
            raise ValueError("max_queued_events must be at least 1")
        # An OPEN_REQ that cannot be encoded (a ClientID too long...) fails here, not in a
        # protocol callback on every connection attempt.
        ClientSession(config, codec=codec).open(0.0)
        self.config = config
        self.addresses: tuple[Address, ...] = tuple(addresses)
        self._ssl = ssl
        self._reconnect = reconnect
        self._expected_clients = expected_clients
        self._max_queued = max_queued_events
        self._codec = codec
        self._loop = asyncio.get_running_loop()
        self.clock: Callable[[], float] = clock or self._loop.time
        self._sleep = sleep or asyncio.sleep
        self._random: RandInt = random or _random.Random()  # noqa: S311 - not for security
        self._events: deque[Event] = deque()
        self._wakeup = asyncio.Event()
        self._connection: _Connection | None = None
        self._last_side = 0
        self._runner: asyncio.Task[None] | None = None
        self._finished = False  # no more events will be queued
        self._error: CTIError | None = None  # why the client cannot serve requests any more
        self._closing = False
        self.opened: SessionOpened | None = None
        """The latest SessionOpened (``side``, services granted...)."""

    def __repr__(self) -> str:
        side = self.opened.side if self.opened else None
        return f"<Client {self.config.client_id!r} {self.state.value} side={side}>"

    # -- public -------------------------------------------------------------------------------

    @property
    def state(self) -> State:
        """The state of the current session (IDLE before the first, or while reconnecting)."""
        connection = self._connection
        return connection.session.state if connection is not None else State.IDLE

    @property
    def side(self) -> str | None:
        """``"A"`` or ``"B"``: the side of the current (or last) session."""
        return self.opened.side if self.opened is not None else None

    @property
    def queued_events(self) -> int:
        return len(self._events)

    async def start(self, initial_timeout: float | None = None) -> None:
        """Open the first session (trying sides per the algorithm, for at most
        ``initial_timeout`` seconds: :class:`TimeoutError`). A refusal that retrying cannot
        cure raises :class:`OpenFailedError`."""
        if self._runner is not None:
            raise RuntimeError("already started")
        try:
            outcome = await asyncio.wait_for(self._establish(), initial_timeout)
        except BaseException:
            self._finished = True
            raise
        if isinstance(outcome, OpenFailed):
            self._finished = True
            raise OpenFailedError(outcome.status)
        self._runner = asyncio.create_task(self._supervise(outcome))

    async def request(self, message: Message, timeout: float | None = None) -> Message:
        """Send a request and return its confirmation.

        The InvokeID is allocated by the session. ``timeout`` defaults to
        ``config.request_timeout`` (``math.inf``: none). Raises :class:`RequestFailedError`
        (FAILURE_CONF / CONTROL_FAILURE_CONF; ``code`` is the enum),
        :class:`RequestTimeoutError`, or :class:`ConnectionLostError` when no session is open
        or it ends first.
        """
        if self._error is not None:
            raise ConnectionLostError(f"the client has ended: {self._error}") from self._error
        connection = self._connection
        if connection is None or connection.session.state is not State.OPEN:
            raise ConnectionLostError("no open session (the client is reconnecting or closed)")
        invoke_id, data = connection.session.request(message, self.clock(), timeout)
        future: asyncio.Future[Message] = self._loop.create_future()
        connection.requests[invoke_id] = future
        connection.write(data)
        connection.reschedule()
        try:
            return await future
        finally:
            connection.requests.pop(invoke_id, None)

    async def next_event(self) -> Event | None:
        """The next event, waiting for it; ``None`` once the client has ended."""
        while not self._events:
            if self._finished:
                return None
            self._wakeup.clear()
            await self._wakeup.wait()
        event = self._events.popleft()
        connection = self._connection
        if connection is not None and connection.paused and self.queued_events <= self._low_water:
            connection.resume_reading()
        return event

    async def events(self) -> AsyncIterator[Event]:
        """Every event in order: :class:`UnsolicitedEvent`, and :class:`SessionOpened`,
        :class:`SessionLost`, :class:`ProtocolError`, :class:`SessionClosed` as sessions come
        and go; ends when the client ends. One consumer at a time."""
        while (event := await self.next_event()) is not None:
            yield event

    async def close(self) -> None:
        """Close the session gracefully (CLOSE_REQ, waiting up to ``close_timeout`` for
        CLOSE_CONF) and stop reconnecting."""
        if self._closing:
            return
        self._closing = True
        connection = self._connection
        if connection is not None and connection.session.state is State.OPEN:
            connection.write(connection.session.close(self.clock()))
            connection.reschedule()
            # The core's close timer ends the session; the margin only guards a lost timer.
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(
                    asyncio.shield(connection.ended), self.config.close_timeout + 1.0
                )
        if self._runner is not None:
            self._runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._runner
        if connection is not None:
            connection.abort()
        self._error = self._error or ConnectionLostError("the client is closed")
        self._finish()

    # -- connecting ---------------------------------------------------------------------------

    async def _establish(self) -> _Connection | OpenFailed:
        """Carry out the side selection plan until a session opens (or a fatal refusal)."""
        plan = side_selection(
            self._last_side, len(self.addresses), self._expected_clients, self._random
        )
        for step in plan:
            if isinstance(step, Wait):
                if step.seconds > 0:
                    log.info("waiting %.0f s before the next connection attempt", step.seconds)
                    await self._sleep(step.seconds)
                continue
            outcome = await self._attempt(step.side)
            if isinstance(outcome, _Connection):
                self._last_side = step.side
                return outcome
            if outcome is not None:
                return outcome
        raise AssertionError("the side selection plan is endless")

    async def _attempt(self, side: int) -> _Connection | OpenFailed | None:
        """One connection and OPEN_REQ on ``side``: the open connection, a fatal refusal, or
        ``None`` to go on with the plan."""
        host, port = self.addresses[side]
        name = SIDE_NAMES[side]
        session = ClientSession(self.config, codec=self._codec)
        log.info("connecting to side %s (%s:%d)", name, host, port)
        try:
            _, connection = await asyncio.wait_for(
                self._loop.create_connection(
                    lambda: _Connection(self, session, side), host, port, ssl=self._ssl
                ),
                self.config.open_timeout,
            )
        except (TimeoutError, OSError) as error:
            log.info("side %s: cannot connect: %s", name, error)
            return None
        self._connection = connection
        try:
            outcome = await connection.opened
        except BaseException:  # cancelled (initial_timeout, close()): do not leak the socket
            connection.abort()
            raise
        if isinstance(outcome, SessionOpened):
            log.info("session open on side %s", name)
            return connection
        connection.abort()
        self._connection = None
        if isinstance(outcome, OpenFailed) and not _retryable(outcome):
            log.warning("side %s refused the session: %r", name, outcome.status)
            return outcome
        log.info("side %s: session not opened: %s", name, outcome)
        return None

    async def _supervise(self, connection: _Connection) -> None:
        """Wait for the session to end; reconnect unless closing."""
        try:
            while True:
                await connection.ended
                if self._closing or not self._reconnect:
                    break
                outcome = await self._establish()
                if isinstance(outcome, OpenFailed):
                    self._error = OpenFailedError(outcome.status)
                    self._push(outcome)
                    break
                connection = outcome
        finally:
            if not self._closing:
                self._error = self._error or ConnectionLostError("the session ended")
                self._finish()

    # -- events -------------------------------------------------------------------------------

    @property
    def _low_water(self) -> int:
        return self._max_queued // 2

    def _push(self, event: Event) -> None:
        self._events.append(event)
        self._wakeup.set()
        connection = self._connection
        full = len(self._events) >= self._max_queued
        if full and connection is not None and not connection.paused:
            connection.pause_reading()

    def _finish(self) -> None:
        self._finished = True
        self._wakeup.set()


class _Connection(asyncio.BufferedProtocol):
    """One TCP connection: feeds the session core and acts on what it reports."""

    def __init__(self, client: Client, session: ClientSession, side: int) -> None:
        self.client = client
        self.session = session
        self.side = side
        loop = asyncio.get_running_loop()
        self.opened: asyncio.Future[Event] = loop.create_future()
        self.ended: asyncio.Future[Event] = loop.create_future()
        self.requests: dict[int, asyncio.Future[Message]] = {}
        self.paused = False
        self._loop = loop
        self._buffer = bytearray(_READ_SIZE)
        self._transport: asyncio.Transport | None = None
        self._timer: asyncio.TimerHandle | None = None

    # -- asyncio callbacks --------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                # Session Management: "enable the TCP 'linger' option and set it to zero to close
                # TCP connections immediately ... This ensures that communications can be
                # re-established quickly after a failure." (asyncio already sets TCP_NODELAY.)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.write(self.session.open(self.client.clock()))
        self._process()

    def get_buffer(self, sizehint: int) -> memoryview:
        return memoryview(self._buffer)

    def buffer_updated(self, nbytes: int) -> None:
        self.session.receive_data(bytes(self._buffer[:nbytes]), self.client.clock())
        self._process()

    def eof_received(self) -> bool | None:
        self.session.receive_data(b"", self.client.clock())
        self._process()
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None
        if not self.session.ended:
            self.session.receive_data(b"", self.client.clock())
            self._process()
        self._cancel_timer()

    # -- helpers ------------------------------------------------------------------------------

    def write(self, data: bytes) -> None:
        if data and self._transport is not None and not self._transport.is_closing():
            self._transport.write(data)

    def abort(self) -> None:
        self._cancel_timer()
        if self._transport is not None:
            self._transport.abort()

    def pause_reading(self) -> None:
        if self._transport is not None and not self.paused:
            self.paused = True
            self._transport.pause_reading()
            self.session.set_reading_paused(True, self.client.clock())
            self.reschedule()

    def resume_reading(self) -> None:
        if self.paused:
            self.paused = False
            self.session.set_reading_paused(False, self.client.clock())
            if self._transport is not None:
                self._transport.resume_reading()
            self.reschedule()

    def reschedule(self) -> None:
        self._cancel_timer()
        deadline = self.session.next_deadline()
        if deadline is not None and not self.session.ended:
            delay = max(0.0, deadline - self.client.clock())
            self._timer = self._loop.call_later(delay, self._on_timer)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_timer(self) -> None:
        self._timer = None
        self.session.handle_timer(self.client.clock())
        self._process()

    def _process(self) -> None:
        """Write what the core queued, act on its events, re-arm its timer."""
        self.write(self.session.data_to_send())
        while (event := self.session.next_event()) is not None:
            self._dispatch(event)
        if self.session.ended:
            self.abort()  # the guide: reset the TCP connection
        else:
            self.reschedule()

    def _dispatch(self, event: Event) -> None:
        if isinstance(event, RequestCompleted):
            self._settle(event.invoke_id, result=event.confirmation)
        elif isinstance(event, RequestFailed):
            kind = RequestTimeoutError if event.timed_out else RequestFailedError
            error = kind(event.invoke_id, event.request, event.code, event.failure)
            self._settle(event.invoke_id, error=error)
        elif isinstance(event, SessionOpened):
            address = self.client.addresses[self.side]
            event = dataclasses.replace(event, side=SIDE_NAMES[self.side], address=address)
            self.client.opened = event
            self.client._push(event)
            _resolve(self.opened, event)
        elif isinstance(event, OpenFailed):
            _resolve(self.opened, event)
            _resolve(self.ended, event)
        elif isinstance(event, SessionLost | ProtocolError | SessionClosed):
            self._end(event)
        else:
            assert isinstance(event, UnsolicitedEvent)
            self.client._push(event)

    def _end(self, event: SessionLost | ProtocolError | SessionClosed) -> None:
        reason = getattr(event, "reason", None) or type(event).__name__
        for invoke_id in list(self.requests):
            self._settle(invoke_id, error=ConnectionLostError(f"the session ended: {reason}"))
        if self.opened.done():  # a session that never opened is only a failed attempt
            self.client._push(event)
            level = logging.INFO if isinstance(event, SessionClosed) else logging.WARNING
            log.log(level, "session on side %s ended: %s", SIDE_NAMES[self.side], reason)
        _resolve(self.opened, event)
        _resolve(self.ended, event)

    def _settle(
        self, invoke_id: int, *, result: Message | None = None, error: Exception | None = None
    ) -> None:
        future = self.requests.pop(invoke_id, None)
        if future is None or future.done():  # the caller gave up (cancelled)
            return
        if error is not None:
            future.set_exception(error)
        else:
            assert result is not None
            future.set_result(result)


def _resolve(future: asyncio.Future[Event], event: Event) -> None:
    if not future.done():
        future.set_result(event)

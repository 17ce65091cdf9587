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
import math
import random as _random
import socket
import ssl as _ssl
import struct
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from types import ModuleType
from typing import Any, Literal, cast

from .config import ClientConfig
from .directory import Configuration
from .errors import (
    ConnectAttempt,
    ConnectionLostError,
    ConnectTimeoutError,
    CTIError,
    LocalProtocolError,
    OpenFailedError,
    RequestFailedError,
    RequestTimeoutError,
)
from .events import (
    Event,
    MalformedMessage,
    OpenFailed,
    ProtocolError,
    RequestCompleted,
    RequestFailed,
    ServerRequest,
    SessionClosed,
    SessionLost,
    SessionOpened,
    UnexpectedMessage,
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
    connection, reconnect, and retry"), an answer that does not decode (the other side may be
    sound), or a server that is off-line (a standby side)."""
    name = getattr(failed.status, "name", "")
    return failed.error is not None or name in ("E_CTI_TIMEOUT", "E_CTI_CTI_SERVER_OFFLINE")


def _hint(status: object, version: int) -> str:
    """What to do about a refusal, where the status says it."""
    name = getattr(status, "name", "")
    if name == "E_CTI_INVALID_VERSION":
        return (
            f"the CTI Server does not serve protocol version {version}: set protocol_version "
            "(--protocol-version) to the version it runs, e.g. 23 for Unified CCE 12.5, 22 for "
            "12.0, 20 for 11.5"
        )
    if name == "E_CTI_INVALID_PASSWORD":
        return "check the ClientID and ClientPassword"
    return ""


@contextlib.asynccontextmanager
async def connect(
    config: ClientConfig,
    addresses: Sequence[Address],
    *,
    ssl: _ssl.SSLContext | None = None,
    reconnect: bool = True,
    expected_clients: int = 1,
    max_queued_events: int = 1000,
    connect_timeout: float | Literal["config"] | None = "config",
    codec: ModuleType | None = None,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    random: RandInt | None = None,
) -> AsyncIterator[Client]:
    """Open a session with the CTI Server at side A (``addresses[0]``) or side B, and close it
    (CLOSE_REQ) on exit. See :class:`Client` for the arguments.

    It tries, following the guide's side selection plan, for at most ``connect_timeout``
    seconds (default: ``config.connect_timeout``, 60; ``None``: for ever), then raises
    :class:`~ctiwire.ConnectTimeoutError` (also a :class:`TimeoutError`) naming the cause of
    every attempt; a refusal that retrying cannot cure raises
    :class:`~ctiwire.OpenFailedError` at once. Both are :class:`~ctiwire.ConnectFailedError`.
    """
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
    await client.start(connect_timeout)
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
        self._config_waiter: _ConfigWaiter | None = None
        self.attempts: list[ConnectAttempt] = []
        """The failed attempts since the last session opened (see ConnectFailedError)."""

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

    async def start(self, connect_timeout: float | Literal["config"] | None = "config") -> None:
        """Open the first session, trying sides per the algorithm for at most
        ``connect_timeout`` seconds (default ``config.connect_timeout``); see :func:`connect`
        for what it raises."""
        if self._runner is not None:
            raise RuntimeError("already started")
        limit = self.config.connect_timeout if connect_timeout == "config" else connect_timeout
        try:
            # asyncio.timeout, not wait_for: in Python 3.11 wait_for can lose the cancellation
            # when the inner task finishes at the same moment (attempts that fail at once do).
            async with asyncio.timeout(limit):
                outcome = await self._establish()
        except TimeoutError:
            self._finished = True
            where = " and ".join(f"{h}:{p}" for h, p in self.addresses)
            raise ConnectTimeoutError(
                f"no session could be opened with {where} within {limit:g} s "
                f"({len(self.attempts)} attempt(s))",
                tuple(self.attempts),
            ) from None
        except BaseException:
            self._finished = True
            raise
        if isinstance(outcome, OpenFailed):
            self._finished = True
            raise OpenFailedError(
                outcome.status,
                tuple(self.attempts),
                _hint(outcome.status, self.config.protocol_version),
            )
        self._runner = asyncio.create_task(self._supervise(outcome))

    async def request(self, message: Message, timeout: float | None = None) -> Message:
        """Send a request and return its confirmation.

        The InvokeID is allocated by the session. ``timeout`` defaults to
        ``config.request_timeout`` (``math.inf``: none). Raises :class:`RequestFailedError`
        (FAILURE_CONF / CONTROL_FAILURE_CONF; ``code`` is the enum),
        :class:`RequestTimeoutError`, the :class:`~ctiwire.DecodeError` of an answer that
        does not decode, or :class:`ConnectionLostError` when no session is open or it ends
        first.
        """
        connection = self._open_connection()
        invoke_id, data = connection.session.request(message, self.clock(), timeout)
        future: asyncio.Future[Message] = self._loop.create_future()
        connection.requests[invoke_id] = future
        connection.write(data)
        connection.reschedule()
        try:
            return await future
        finally:
            connection.requests.pop(invoke_id, None)

    def send(self, message: Message) -> None:
        """Send a message untracked: the answer to a :class:`~ctiwire.events.ServerRequest`
        (ACTIVE_MAINTENANCE_RESP...), a message without InvokeID that clients send
        (CONFIG_REQUEST_KEY_EVENT, CONFIG_REQUEST_EVENT), an UnknownMessage."""
        connection = self._open_connection()
        connection.write(connection.session.send(message, self.clock()))
        connection.reschedule()

    async def configuration_keys(self, timeout: float | None = None) -> Message:
        """CONFIG_REQUEST_KEY_EVENT, and the CONFIG_KEY_EVENT that answers it (Version 19 and
        later): the server's configuration keys, to compare with the ones saved from an
        earlier upload (a kind whose key changed, or is all zeros, must be uploaded again)."""
        waiter = _ConfigWaiter(self._loop, keys=True)
        request = self._config_request("CONFIG_REQUEST_KEY_EVENT")
        result = await self._await_config(waiter, request, timeout)
        assert isinstance(result, Message)
        return result

    async def configuration(
        self, information: int | None = None, timeout: float | None = None
    ) -> Configuration:
        """CONFIG_REQUEST_EVENT for the kinds of ``information`` (ConfigEventMask bits; default:
        every kind the version has; 0: none, only updates from now on), and the initial upload
        it answers with, CONFIG_BEGIN_EVENT to CONFIG_END_EVENT (Version 19 and later).

        The upload's messages go to the result, not to :meth:`events`; the updates the server
        sends after it go to :meth:`events` (apply them to a :class:`ctiwire.directory.Directory`).
        ``timeout`` (default ``config.request_timeout``) bounds the whole upload.
        """
        if information is None:
            mask = self._config_mask_class()
            information = int(~mask(0)) if mask is not None else 0
        waiter = _ConfigWaiter(self._loop, keys=False)
        request = self._config_request("CONFIG_REQUEST_EVENT", config_information=information)
        result = await self._await_config(waiter, request, timeout)
        assert isinstance(result, Configuration)
        return result

    def _config_mask_class(self) -> Any:
        connection = self._open_connection()
        return getattr(connection.session.codec.module, "ConfigEventMask", None)

    def _config_request(self, name: str, **fields: Any) -> Message:
        codec = self._open_connection().session.codec
        if name not in codec.module.MESSAGE_NAMES.values():
            raise LocalProtocolError(
                f"protocol version {codec.version} has no configuration messages (19 and later)"
            )
        peripheral = self.config.peripheral_id
        if peripheral is None:
            peripheral = codec.module.NULL_PERIPHERAL_ID
        return codec.build(name, peripheral_id=peripheral, **fields)

    async def _await_config(
        self, waiter: _ConfigWaiter, request: Message, timeout: float | None
    ) -> Message | Configuration:
        if self._config_waiter is not None:
            raise LocalProtocolError("a configuration request is already outstanding")
        self._config_waiter = waiter
        try:
            self.send(request)
            limit = self.config.request_timeout if timeout is None else timeout
            if limit is not None and math.isinf(limit):
                limit = None
            async with asyncio.timeout(limit):
                return await waiter.future
        finally:
            self._config_waiter = None

    def _open_connection(self) -> _Connection:
        if self._error is not None:
            raise ConnectionLostError(f"the client has ended: {self._error}") from self._error
        connection = self._connection
        if connection is None or connection.session.state is not State.OPEN:
            raise ConnectionLostError("no open session (the client is reconnecting or closed)")
        return connection

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
        """Every event in order: :class:`UnsolicitedEvent`, :class:`ServerRequest`, the
        session's reports :class:`MalformedMessage` and :class:`UnexpectedMessage`, and
        :class:`SessionOpened`, :class:`SessionLost`, :class:`ProtocolError`,
        :class:`SessionClosed` as sessions come and go; ends when the client ends. One consumer
        at a time."""
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
            # CLOSE_CONF comes after every event already sent: read them, or a full queue would
            # leave it unread until close_timeout. Once the server has our CLOSE_REQ it sends
            # nothing more, so what this adds to the queue is what was already on its way.
            connection.resume_reading()
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
        self.attempts = []
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
        ``None`` to go on with the plan (the cause is added to :attr:`attempts`)."""
        host, port = address = self.addresses[side]
        name = SIDE_NAMES[side]
        session = ClientSession(self.config, codec=self._codec)
        log.info("connecting to side %s (%s:%d)", name, host, port)
        try:
            async with asyncio.timeout(self.config.open_timeout):
                _, connection = await self._loop.create_connection(
                    lambda: _Connection(self, session, side), host, port, ssl=self._ssl
                )
        except TimeoutError as error:
            self._failed(
                name, address, f"no TCP connection within {self.config.open_timeout:g} s", error
            )
            return None
        except OSError as error:
            cause = f"cannot connect: {error.strerror or error}"
            if isinstance(error, _ssl.SSLError):
                cause = f"TLS handshake failed: {error}"
            self._failed(name, address, cause, error)
            return None
        self._connection = connection
        try:
            outcome = await connection.opened
        except BaseException:  # cancelled (connect_timeout, close()): do not leak the socket
            connection.abort()
            self._failed(name, address, connection.opening_cause(None), None)
            raise
        if isinstance(outcome, SessionOpened):
            log.info("session open on side %s (protocol version %d)", name, session.version)
            return connection
        connection.abort()
        self._connection = None
        cause = connection.opening_cause(outcome)
        self._failed(name, address, cause, getattr(outcome, "error", None))
        if isinstance(outcome, OpenFailed) and not _retryable(outcome):
            log.warning("side %s refused the session: %s", name, cause)
            return outcome
        return None

    def _failed(self, side: str, address: Address, cause: str, error: BaseException | None) -> None:
        log.info("side %s: %s", side, cause)
        self.attempts.append(ConnectAttempt(side, address, cause, error))

    async def _supervise(self, connection: _Connection) -> None:
        """Wait for the session to end; reconnect unless closing."""
        try:
            while True:
                await connection.ended
                if self._closing or not self._reconnect:
                    break
                outcome = await self._establish()
                if isinstance(outcome, OpenFailed):
                    self._error = OpenFailedError(
                        outcome.status,
                        tuple(self.attempts),
                        _hint(outcome.status, self.config.protocol_version),
                    )
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
        waiter = self._config_waiter
        if waiter is not None:
            if isinstance(event, UnsolicitedEvent) and waiter.take(event.message):
                return  # part of the answer to configuration() / configuration_keys()
            if isinstance(event, SessionLost | ProtocolError | SessionClosed):
                waiter.fail(ConnectionLostError(f"the session ended: {event}"))
        self._events.append(event)
        self._wakeup.set()
        connection = self._connection
        full = len(self._events) >= self._max_queued
        if full and connection is not None and not connection.paused and not self._closing:
            connection.pause_reading()

    def _finish(self) -> None:
        self._finished = True
        self._wakeup.set()


class _ConfigWaiter:
    """Collects the answer to a configuration request: CONFIG_KEY_EVENT, or the upload from
    CONFIG_BEGIN_EVENT to CONFIG_END_EVENT (only one request may be outstanding: "there are no
    Invocation ID for the request and response events")."""

    def __init__(self, loop: asyncio.AbstractEventLoop, *, keys: bool) -> None:
        self.future: asyncio.Future[Message | Configuration] = loop.create_future()
        self._keys = keys
        self._begin: Message | None = None
        self._messages: list[Message] = []

    def take(self, message: Message) -> bool:
        """Whether ``message`` belongs to the answer (then it is kept, not queued)."""
        name = message.MESSAGE_NAME
        if self.future.done():
            return False
        if self._keys:
            if name == "CONFIG_KEY_EVENT":
                self.future.set_result(message)
                return True
            return False
        if name == "CONFIG_BEGIN_EVENT" and self._begin is None:
            self._begin = message
            return True
        if self._begin is None or not name.startswith("CONFIG_"):
            return False
        if name == "CONFIG_END_EVENT":
            self.future.set_result(Configuration(self._begin, tuple(self._messages), message))
        else:
            self._messages.append(message)
        return True

    def fail(self, error: Exception) -> None:
        if not self.future.done():
            self.future.set_exception(error)


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
        self.notes: list[str] = []  # what went wrong before the session opened
        self._loop = loop
        self._buffer = bytearray(_READ_SIZE)
        self._transport: asyncio.Transport | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._timer_deadline = 0.0  # the session deadline the timer is armed for

    # -- asyncio callbacks --------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A stream transport, whatever its class: uvloop's is no subclass of asyncio.Transport.
        self._transport = cast(asyncio.Transport, transport)
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
        now = self.client.clock()
        self.session.receive_data(bytes(self._buffer[:nbytes]), now)
        deadline = self.session.next_deadline()
        if deadline is not None and deadline <= now:
            # A timer due while data keeps coming: run it here, as asyncio might not (see
            # reschedule).
            self.session.handle_timer(now)
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

    def opening_cause(self, outcome: Event | None) -> str:
        """Why this connection opened no session, for :class:`ConnectAttempt`."""
        config = self.client.config
        if isinstance(outcome, OpenFailed):
            if outcome.error is not None:
                cause = f"the answer to OPEN_REQ does not decode: {outcome.error}"
            elif outcome.failure is None:
                cause = f"no OPEN_CONF within {config.open_timeout:g} s"
            else:
                name = getattr(outcome.status, "name", None) or str(outcome.status)
                cause = f"refused: FAILURE_CONF {name}"
                hint = _hint(outcome.status, config.protocol_version)
                cause += f" ({hint})" if hint else ""
        elif isinstance(outcome, ProtocolError):
            cause = f"not CTI messages: {outcome.error}"
        elif isinstance(outcome, SessionLost | SessionClosed):
            cause = getattr(outcome, "reason", "the connection was closed")
        else:
            cause = "connect_timeout ran out while waiting for OPEN_CONF"
        if self.notes:
            cause += "; before that: " + "; ".join(self.notes[:3])
        return cause

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
        deadline = self.session.next_deadline()
        if deadline is None or self.session.ended:
            self._cancel_timer()
            return
        if self._timer is not None and self._timer_deadline == deadline:
            # Unchanged: keep it. asyncio runs a turn's reads before its due timers, so
            # cancelling a due timer on each read and arming a new one starved it for as long
            # as data came in every turn: no heartbeat went out, and the server ended the
            # session at its IdleTimeout.
            return
        self._cancel_timer()
        delay = max(0.0, deadline - self.client.clock())
        self._timer = self._loop.call_later(delay, self._on_timer)
        self._timer_deadline = deadline

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
            error: Exception
            if event.error is not None:
                error = event.error
            else:
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
        elif isinstance(event, MalformedMessage | UnexpectedMessage) and not self.opened.done():
            self.notes.append(_describe(event))
        else:
            if isinstance(event, MalformedMessage | UnexpectedMessage):
                log.warning("side %s: %s", SIDE_NAMES[self.side], _describe(event))
            assert isinstance(
                event, UnsolicitedEvent | ServerRequest | MalformedMessage | UnexpectedMessage
            )
            self.client._push(event)

    def _end(self, event: SessionLost | ProtocolError | SessionClosed) -> None:
        reason = getattr(event, "reason", None) or type(event).__name__
        for invoke_id in list(self.requests):
            self._settle(invoke_id, error=ConnectionLostError(f"the session ended: {reason}"))
        if self.opened.done() and isinstance(self.opened.result(), SessionOpened):
            # (a session that never opened is only a failed attempt)
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


def _describe(event: MalformedMessage | UnexpectedMessage) -> str:
    if isinstance(event, MalformedMessage):
        return f"a message that does not decode ({event.error})"
    return event.reason


def _resolve(future: asyncio.Future[Event], event: Event) -> None:
    if not future.done():
        future.set_result(event)

"""The simulator's network side: an asyncio TCP server, one :class:`ServerSession` per client.

The session core answers HEARTBEAT_REQ and CLOSE_REQ and enforces the client's IdleTimeout; this
module judges OPEN_REQ (:mod:`.opening`), runs requests against the switch (:mod:`.control`),
answers configuration requests (:mod:`.acquisition`) and forwards the switch's notices to each
session (:mod:`.delivery`). A session that times out or breaks the protocol has its connection
reset, as the CTI Server does.

Every message a link sends is built from its session's protocol version (``link.module``, the
session codec's module): the switch and the handlers produce version-neutral drafts
(:mod:`.drafts`), rendered in that version.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import struct
import time
from collections.abc import Callable
from types import ModuleType

from ctiwire import protocol_versions
from ctiwire.errors import LocalProtocolError
from ctiwire.events import (
    CloseRequested,
    MalformedMessage,
    OpenRefused,
    OpenRequested,
    ProtocolError,
    RequestReceived,
    SessionLost,
    UnexpectedMessage,
)
from ctiwire.session import ServerSession, State
from ctiwire.types import Message, UnknownMessage
from ctiwire.v15 import CTIServiceMask, DeviceIDType, StatusCode, SystemEventID

from . import control
from .acquisition import ConfigStream
from .config import SimulatorConfig
from .delivery import Subscription
from .drafts import Draft, arguments
from .errors import ControlError, StatusError
from .notices import ConfigNotice, Notice
from .opening import Grant, check_open, open_conf
from .switch import Cancellable, Switch
from .traffic import TrafficGenerator

__all__ = ["Simulator"]

log = logging.getLogger("ctiwire.simulator")

OPEN_TIMEOUT = 30.0
"""Seconds a new connection has to send OPEN_REQ."""
MAX_BUFFERED = 4 * 1024 * 1024
"""Bytes queued for a client that does not read before it is dropped as too slow."""


class Simulator:
    """A CTI Server simulator on ``config.host``:``config.port`` (port 0: any free port)::

    async with Simulator(SimulatorConfig(traffic=TrafficConfig())) as sim:
        print(sim.port)
        await sim.serve_forever()
    """

    def __init__(
        self, config: SimulatorConfig | None = None, *, start_traffic: bool = True
    ) -> None:
        self.config = config or SimulatorConfig()
        unknown = set(self.config.protocol_versions) - set(protocol_versions())
        if unknown or not self.config.protocol_versions:
            raise ValueError(f"cannot serve protocol versions {self.config.protocol_versions}")
        self._start_traffic = start_traffic
        self.switch = Switch(self.config, schedule=self._schedule)
        self.switch.listeners.append(self._deliver)
        self.traffic = (
            TrafficGenerator(self.switch, self.config.traffic, self._schedule)
            if self.config.traffic is not None
            else None
        )
        self.links: set[_Link] = set()
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # -----------------------------------------------------------------------------------------
    # Life cycle

    async def start(self) -> Simulator:
        self._server = await asyncio.start_server(self._accept, self.config.host, self.config.port)
        log.info("CTI Server simulator listening on %s:%d", *self.address)
        if self.traffic is not None and self._start_traffic:
            self.traffic.start()
        return self

    @property
    def address(self) -> tuple[str, int]:
        if self._server is None or not self._server.sockets:
            raise RuntimeError("the simulator is not running")
        host, port = self._server.sockets[0].getsockname()[:2]
        return host, port

    @property
    def port(self) -> int:
        return self.address[1]

    async def serve_forever(self) -> None:
        if self._server is None:
            await self.start()
        assert self._server is not None
        await self._server.serve_forever()

    async def close(self) -> None:
        """Stop: every open session gets FAILURE_EVENT (E_CTI_CTI_SERVER_OFFLINE), as a CTI
        Server going off-line sends, and its connection is closed."""
        if self.traffic is not None:
            self.traffic.stop()
        if self._server is not None:
            self._server.close()
        for link in list(self.links):
            link.server_offline()
        if self._tasks:  # closed connections end their tasks; cancel any that linger
            _, pending = await asyncio.wait(set(self._tasks), timeout=2)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    async def __aenter__(self) -> Simulator:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -----------------------------------------------------------------------------------------
    # Plumbing

    def _schedule(self, delay: float, callback: Callable[[], None]) -> Cancellable:
        return asyncio.get_running_loop().call_later(delay, self._guarded, callback)

    @staticmethod
    def _guarded(callback: Callable[[], None]) -> None:
        try:
            callback()
        except (ControlError, StatusError) as exc:
            log.debug("timer action refused: %s", exc)
        except Exception:  # a bug must not take the event loop's timer down with it
            log.exception("simulator timer failed")

    def _deliver(self, notice: Notice) -> None:
        for link in list(self.links):
            link.deliver(notice)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        link = _Link(self, reader, writer)
        self.links.add(link)
        try:
            await link.run()
        except asyncio.CancelledError:
            # Only close() cancels these tasks; ending quietly keeps asyncio's stream callback
            # from reporting the cancellation as an error.
            pass
        finally:
            self.links.discard(link)
            self._tasks.discard(task)


class _Link:
    """One client connection and its session."""

    def __init__(
        self, sim: Simulator, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.sim = sim
        self.reader = reader
        self.writer = writer
        self.loop = asyncio.get_running_loop()
        self.rate = sim.config.session_clock_rate
        # The session core reads the version from OPEN_REQ and refuses one not served.
        self.session = ServerSession(
            versions=sim.config.protocol_versions,
            open_timeout=OPEN_TIMEOUT,
            now=self.now(),
            strict=sim.config.strict,
        )
        self.peer = writer.get_extra_info("peername")
        self.grant: Grant | None = None
        self.subscription: Subscription | None = None
        self.configuration: ConfigStream | None = None
        self.client_id = ""
        self._reset = False
        self._ended_by: str | None = None  # why the server ended the session, if it did

    @property
    def module(self) -> ModuleType:
        """The protocol version module (``ctiwire.v24``) every message of this link is built
        from: the session codec's."""
        return self.session.codec.module

    def now(self) -> float:
        """The session's clock: the loop's, sped up by ``session_clock_rate``."""
        return self.loop.time() * self.rate

    async def run(self) -> None:
        session = self.session
        try:
            while not session.ended:
                deadline = session.next_deadline()
                wait = None if deadline is None else max(0.0, deadline - self.now()) / self.rate
                try:
                    data = await asyncio.wait_for(self.reader.read(65536), wait)
                except TimeoutError:
                    session.handle_timer(self.now())
                except OSError:
                    session.receive_data(b"", self.now())
                else:
                    now = self.now()
                    session.receive_data(data, now)
                    due = session.next_deadline()
                    if due is not None and due <= now:  # data in every read: no timeout ever
                        session.handle_timer(now)
                self._process()
        finally:
            await self._hang_up()

    async def _hang_up(self) -> None:
        transport = self.writer.transport
        if self._reset:
            # "resets the TCP connection": linger 0 makes close() send RST, not FIN.
            sock = self.writer.get_extra_info("socket")
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
            return
        with contextlib.suppress(OSError, asyncio.CancelledError):
            await asyncio.wait_for(self.writer.drain(), 5)
        self.writer.close()
        with contextlib.suppress(OSError, asyncio.CancelledError, TimeoutError):
            await asyncio.wait_for(self.writer.wait_closed(), 5)

    def _write(self, data: bytes) -> None:
        if not data or self.writer.transport.is_closing():
            return
        self.writer.write(data)
        if self.writer.transport.get_write_buffer_size() > MAX_BUFFERED:
            log.warning("%s does not read its events; dropping it", self.peer)
            self._reset = True
            self.writer.transport.abort()

    def _process(self) -> None:
        session = self.session
        while (event := session.next_event()) is not None:
            try:
                self._handle(event)
            except LocalProtocolError as exc:
                # The session moved on between the report and the answer (one read carried a
                # request and then bytes that ended the session): nothing to answer any more.
                log.debug("%s (%s): %s", self.peer, self.client_id, exc)
            except Exception:  # a simulator bug: log it and keep the server up
                log.exception("%s (%s): cannot handle %r", self.peer, self.client_id, event)
        self._write(session.data_to_send())

    def _handle(self, event: object) -> None:
        session = self.session
        if isinstance(event, OpenRequested):
            if session.state is State.OPENING:
                self._open(event.open_req)
        elif isinstance(event, OpenRefused):
            log.info(
                "%s: OPEN_REQ for protocol version %s refused: %s",
                self.peer,
                event.version,
                event.reason,
            )
            self._reset = True
        elif isinstance(event, RequestReceived):
            if session.state is State.OPEN:
                self._request(event.message)
        elif isinstance(event, CloseRequested):
            log.info("%s (%s) closed its session", self.peer, self.client_id)
        elif isinstance(event, SessionLost):
            reason = self._ended_by or event.reason
            log.info("%s (%s): session ended: %s", self.peer, self.client_id, reason)
            self._reset = True
        elif isinstance(event, ProtocolError):
            log.warning("%s (%s): protocol error: %s", self.peer, self.client_id, event.error)
            self._reset = True
        elif isinstance(event, MalformedMessage):
            log.warning("%s (%s): %s", self.peer, self.client_id, event.error)
        elif isinstance(event, UnexpectedMessage):
            log.info("%s (%s): %s", self.peer, self.client_id, event.reason)

    # -----------------------------------------------------------------------------------------
    # Open

    def _open(self, req: Message) -> None:
        self.client_id = getattr(req, "client_id", "")
        switch, module = self.sim.switch, self.module
        try:
            grant = check_open(req, switch, self.sim.config, module)
            self._claim_device(grant)
        except StatusError as exc:
            log.info("%s: OPEN_REQ refused: %s", self.peer, exc)
            self._write(self.session.reject_open(exc.status))
            return
        self._write(self.session.accept_open(**arguments(open_conf(grant, switch, req), module)))
        self.grant = grant
        self.subscription = Subscription(grant, module)
        self.configuration = ConfigStream(switch, module, grant.config_mask)
        log.info(
            "%s (%s) opened a version %d session: %s",
            self.peer,
            self.client_id,
            module.PROTOCOL_VERSION,
            _names(grant.services),
        )
        if grant.ignored:
            log.info(
                "%s (%s): unused mask bits ignored: %s",
                self.peer,
                self.client_id,
                ", ".join(grant.ignored),
            )
        if grant.all_events:
            self._send_draft(
                Draft(
                    "SYSTEM_EVENT",
                    {
                        "icm_central_controller_time": int(time.time()),
                        "system_event_id": SystemEventID.SYS_PERIPHERAL_ONLINE,
                        "system_event_arg1": switch.peripheral.peripheral_id,
                        "event_device_type": DeviceIDType.DEVID_NONE,
                    },
                )
            )
        for message in self.subscription.calls_in_progress(list(switch.calls.values())):
            self._send(message)

    def _claim_device(self, grant: Grant) -> None:
        """E_CTI_DEVICE_IN_USE if another client has the teleset; the same client re-opening
        ends its old session (E_CTI_NEW_SESSION_OPENED)."""
        if not grant.client_events or grant.device_id is None:
            return
        for other in list(self.sim.links):
            if other is self or other.grant is None or not other.grant.client_events:
                continue
            if other.grant.device_id != grant.device_id or other.session.state is not State.OPEN:
                continue
            if other.client_id != self.client_id:
                raise StatusError(
                    StatusCode.E_CTI_DEVICE_IN_USE,
                    f"{grant.device_id} is used by {other.client_id}",
                )
            other.end(StatusCode.E_CTI_NEW_SESSION_OPENED)

    # -----------------------------------------------------------------------------------------
    # Requests and events

    def _request(self, message: Message) -> None:
        if isinstance(message, UnknownMessage) or self.grant is None:
            # Not trackable by InvokeID, so there is no FAILURE_CONF to send: ignore it.
            log.info(
                "%s: ignoring message type %s", self.peer, getattr(message, "message_type", "?")
            )
            return
        if self.configuration is not None and self.configuration.handles(message):
            for event in self.configuration.handle(message):
                self._send(event)
            return
        invoke_id = getattr(message, "invoke_id", 0)
        ctx = control.Context(self.sim.switch, self.grant)
        # Held back notices go out after the confirmation, so a client sees the answer to its
        # request before the events it causes (the guide allows either order).
        with self.sim.switch.deferred():
            try:
                conf = control.handle(ctx, message)
            except ControlError as exc:
                log.debug("%s: %s refused: %s", self.peer, message.MESSAGE_NAME, exc)
                self._write(self.session.control_fail(invoke_id, exc.code))
            except StatusError as exc:
                log.debug("%s: %s refused: %s", self.peer, message.MESSAGE_NAME, exc)
                self._write(self.session.fail(invoke_id, exc.status))
            except Exception:  # a simulator bug: answer, log, and keep serving
                log.exception("%s: %s failed", self.peer, message.MESSAGE_NAME)
                self._write(self.session.fail(invoke_id, StatusCode.E_CTI_UNSPECIFIED_FAILURE))
            else:
                self._write(self.session.confirm(conf.render(self.module)))

    def deliver(self, notice: Notice) -> None:
        if self.subscription is None or self.session.state is not State.OPEN:
            return
        if isinstance(notice, ConfigNotice):
            messages = self.configuration.accept(notice) if self.configuration else []
        else:
            messages = self.subscription.accept(notice)
        for message in messages:
            self._send(message)

    def _send(self, message: Message) -> None:
        if self.session.state is State.OPEN:
            self._write(self.session.send_event(message))

    def _send_draft(self, draft: Draft) -> None:
        self._send(draft.render(self.module))

    def end(self, status: StatusCode) -> None:
        """Tell the client the server ends the session (FAILURE_EVENT) and close it."""
        self._send_draft(Draft("FAILURE_EVENT", {"status": status}))
        self._ended_by = f"ended by the server ({status.name})"
        self.subscription = None
        self.writer.close()

    def server_offline(self) -> None:
        self.end(StatusCode.E_CTI_CTI_SERVER_OFFLINE)


def _names(services: CTIServiceMask) -> str:
    return "|".join(str(m.name) for m in CTIServiceMask if m & services) or "no services"

"""The asyncio client (``ctiwire.connect``) under load: events per second into one client,
hundreds of concurrent sessions, failover time, and a slow consumer.

Run by hand: ``python benchmarks/client.py`` (all four sections, about half a minute);
``--only throughput`` (or ``sessions``, ``failover``, ``slow``) for one of them; ``--events``,
``--sessions`` and the other options named below change the sizes (``--help``).

The events are real ones: the simulator first plays a busy contact center (fast calls, 50
agents) to an All Events session of each protocol version and records the frames it sends
(AGENT_STATE_EVENT, CALL_DELIVERED_EVENT, BEGIN_CALL_EVENT with call variables,
CALL_ESTABLISHED_EVENT, CALL_CLEARED_EVENT, END_CALL_EVENT...), as ``benchmarks/bridge.py``
does. A replaying server in a subprocess (so that its CPU does not count against the client;
the machine needs two cores) answers OPEN_REQ with the OPEN_CONF of the session's version
(``ServerSession``) and then writes those frames again and again, as fast as the client reads.
Each client tells it what to do in its ClientID: how many events to send (or no limit), and
whether to start at once or when the benchmark says so (a line on the server's stdin).
Everything on the client's side goes through the public API: ``async with
ctiwire.connect(config, addresses) as client`` and ``client.events()``, with ``connect()``'s
defaults.

1. **Throughput**: events per second decoded and delivered to one application, Version 15 and
   Version 24 taking turns in the same run (best of ``--rounds``), counted over ``--events``
   events after a tenth as many for warm-up. Floors (the issue): about 91,000 events/s at
   Version 15 on the original machine; Version 24 within 10% of Version 15 (ratio >= 0.90).
2. **Concurrent sessions**: ``--sessions`` clients (Version 24), one task each in this
   process, open sessions with the server at once; when all are open, the benchmark tells the
   server to send ``--session-events`` events to each. Each client checks that it receives
   exactly those frames, in order, then closes its session. Printed: the time until all were
   open, the events sent, received and lost, and the rate of all sessions together, from the
   go to the last event (each session's close included). Floor: lost 0.
3. **Failover**: a client on side A of a duplex pair; side A fails (the time is taken just
   before) and the client reports SessionLost, then SessionOpened on side B; the figure is the
   time until that SessionOpened reaches the application. Then the failed side comes back and
   the next repetition fails the client's current side (B, then A...). Two kinds of failure:

   * *down*: the side closes its listener and the connection (a CTI Server process that ends);
   * *off-line*: the side closes the connection but still accepts connections, and answers
     OPEN_REQ with FAILURE_CONF E_CTI_CTI_SERVER_OFFLINE, as a standby CTI Server does.

   The client follows the guide's side selection plan (``ctiwire.failover``): same side first,
   then the other side, and only then a wait (random, 0 to ``expected_clients`` / 10 s; 15 s,
   30 s...). The default plan therefore has no deliberate wait before it tries side B: the
   figures are with the library's defaults, nothing injected. The attempt on the failed side
   costs a refused connection (down) or an OPEN_REQ round trip (off-line) on loopback; on a
   real network, a side whose host is unreachable costs up to ``open_timeout`` (30 s) before
   side B is tried, and a server that dies silently (no FIN, no RST) is only noticed by the
   heartbeats (three unconfirmed: 3 to 4 x ``heartbeat_interval``; ClientConfig sends none by
   default). Neither is measured here. Floor: under 15 ms.
4. **Slow consumer**: the server sends ``--slow-events`` events as fast as TCP lets it; the
   application sleeps 1 ms per event for ``--slow-seconds``, then drains the rest at full
   speed and checks that every event arrived, in order. By design (see ``ctiwire.client``)
   the client queues at most ``max_queued_events`` (default 1000) events, plus what one read
   of 16 KiB adds, then stops reading the socket (``pause_reading``) until the application
   has taken the queue down to half: TCP's flow control then holds the server back, and no
   event is dropped. Printed: the peak length of the client's queue, the peak bytes waiting in
   the client's kernel receive buffer, Python memory allocated during the slow phase
   (``tracemalloc`` peak) and the process's RSS growth. Last, how long leaving ``connect()``
   takes when the application stopped taking events with the queue full and the server still
   sending (``close()`` sends CLOSE_REQ; CLOSE_CONF is behind the unread events).

Prints each figure on its own line, with its floor where the issue gives one; the floors are
not asserted (the machine matters), but lost or misordered events end the run with status 1.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import fcntl
import itertools
import logging
import os
import pickle
import resource
import statistics
import struct
import sys
import tempfile
import termios
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from procstat import cpu_seconds, pace_ms, rss_bytes  # benchmarks/ is the script's folder

import ctiwire
from ctiwire.events import (
    CloseRequested,
    OpenRequested,
    SessionLost,
    SessionOpened,
    UnsolicitedEvent,
)
from ctiwire.session import ServerSession
from ctiwire.simulator import Simulator, SimulatorConfig, TrafficConfig, default_agents

HERE = Path(__file__).resolve()
HOST = "127.0.0.1"
VERSIONS = (15, 24)
SESSIONS_VERSION = 24
TRAFFIC = TrafficConfig(calls_per_second=400, seed=12).scaled(0.05)
CHUNK = 256  # frames the server writes at once
RECORDED = 20 * CHUNK  # frames recorded per version
FLOOR_RATE = 91_000
FLOOR_RATIO = 0.90
FLOOR_FAILOVER_MS = 15.0
SLOW_DELAY = 0.001  # seconds the slow application spends per event
READ_SIZE = 16 * 1024  # what the client reads at once (ctiwire.client._READ_SIZE)


def client_config(version: int, client_id: str) -> ctiwire.ClientConfig:
    """An All Events client with every call and agent state event: what a bridge or a wallboard
    asks for. Everything else is ClientConfig's default (no heartbeats, 30 s open timeout)."""
    cti = ctiwire.protocol(version)
    return ctiwire.ClientConfig(
        client_id=client_id,
        protocol_version=version,
        services=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
        call_msg_mask=~cti.CallEventMask(0),
        agent_state_mask=~cti.AgentStateMask(0),
    )


def orders(events: int, group: str, wait: bool = False) -> str:
    """The ClientID that tells the replaying server what to do: send ``events`` events (0: no
    end), at once or (``wait``) when the benchmark says go (:meth:`ServerProcess.go`); ``group``
    names the sessions in the server's reports."""
    return f"{events}/{group}/{'wait' if wait else 'now'}"


def raise_file_limit(needed: int) -> None:
    """Raise the soft RLIMIT_NOFILE to ``needed`` descriptors (up to the hard limit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


# ---------------------------------------------------------------------------------------------
# Recording (this process)


async def record(version: int, count: int) -> list[bytes]:
    """``count`` event frames a busy simulated contact center sends an All Events session."""
    config = SimulatorConfig(
        agents=default_agents(50), traffic=TRAFFIC, protocol_versions=(version,)
    )
    frames: list[bytes] = []
    async with (
        Simulator(config) as sim,
        ctiwire.connect(client_config(version, "recorder"), [sim.address]) as client,
    ):
        async for event in client.events():
            if isinstance(event, UnsolicitedEvent) and event.message._frame:
                frames.append(event.message._frame)
                if len(frames) >= count:
                    break
    return frames


# ---------------------------------------------------------------------------------------------
# The replaying server (the subprocess)


class ReplayServer:
    """Serves any number of sessions of the recorded versions: OPEN_CONF, then the recorded
    frames, in order and over again, as the ClientID orders (see :func:`orders`). It answers
    CLOSE_REQ (and HEARTBEAT_REQ) through its ServerSession, and stops sending at CLOSE_REQ."""

    def __init__(self, frames: dict[int, list[bytes]]) -> None:
        self.frames = frames
        self.chunks = {
            v: [b"".join(f[i : i + CHUNK]) for i in range(0, len(f), CHUNK)]
            for v, f in frames.items()
        }
        self.groups: dict[str, asyncio.Event] = {}

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        loop = asyncio.get_running_loop()
        session = ServerSession(versions=tuple(self.frames))
        opened: asyncio.Future[str] = loop.create_future()
        closing = asyncio.Event()

        async def pump() -> None:
            """Feed what the client sends to the session; write its answers."""
            try:
                while not session.ended:
                    try:
                        data = await reader.read(65536)
                    except OSError:
                        data = b""
                    session.receive_data(data, loop.time())
                    while (event := session.next_event()) is not None:
                        if isinstance(event, OpenRequested):
                            module = session.codec.module
                            writer.write(
                                session.accept_open(
                                    peripheral_online=True,
                                    agent_state=module.AgentState.AGENT_STATE_AVAILABLE,
                                )
                            )
                            opened.set_result(getattr(event.open_req, "client_id", ""))
                        elif isinstance(event, CloseRequested):
                            closing.set()
                    answer = session.data_to_send()
                    if answer and not writer.is_closing():
                        writer.write(answer)
            finally:
                closing.set()
                if not opened.done():
                    opened.cancel()

        pumping = asyncio.create_task(pump())
        sent, group = 0, "?"
        try:
            client_id = await opened
            count, group, when = client_id.split("/")
            if when == "wait":
                await self.go(group).wait()
            sent = await self.replay(writer, session.version, int(count), closing)
            await pumping
        except (asyncio.CancelledError, ConnectionError, ValueError):
            pass
        finally:
            pumping.cancel()
            writer.close()
            print("done", group, sent, flush=True)

    def go(self, group: str) -> asyncio.Event:
        """Set when the sessions of ``group`` that wait may start."""
        return self.groups.setdefault(group, asyncio.Event())

    async def replay(
        self, writer: asyncio.StreamWriter, version: int, count: int, closing: asyncio.Event
    ) -> int:
        """Write ``count`` frames (0: until CLOSE_REQ or the end of the connection), waiting
        whenever the transport's buffer is full (TCP flow control)."""
        frames, chunks = self.frames[version], self.chunks[version]
        sent = 0
        while (count == 0 or sent < count) and not closing.is_set():
            start = sent % len(frames)
            n = CHUNK if count == 0 else min(CHUNK, count - sent)
            data = chunks[start // CHUNK] if n == CHUNK else b"".join(frames[start : start + n])
            writer.write(data)
            sent += n
            await writer.drain()
        return sent


async def serve(frames_file: str, backlog: int) -> None:
    with open(frames_file, "rb") as f:
        frames: dict[int, list[bytes]] = pickle.load(f)  # our own file, written just before
    replay = ReplayServer(frames)
    server = await asyncio.start_server(replay.handle, HOST, 0, backlog=backlog)
    print("port", server.sockets[0].getsockname()[1], flush=True)
    # Orders come on stdin ("go GROUP"); run until the benchmark closes it (or ends).
    loop = asyncio.get_running_loop()
    stdin = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin)
    async with server:
        async for line in stdin:
            word, group = line.decode().split()
            if word == "go":
                replay.go(group).set()


@dataclass
class ServerProcess:
    """The replaying server's process and what it reports: per group, sessions and events."""

    process: asyncio.subprocess.Process
    address: tuple[str, int]
    sent: dict[str, list[int]] = field(default_factory=dict)
    _reader: asyncio.Task[None] | None = None

    @classmethod
    async def start(cls, frames_file: str, backlog: int) -> ServerProcess:
        process = await asyncio.create_subprocess_exec(
            *(sys.executable, str(HERE), "--serve", frames_file, "--backlog", str(backlog)),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        assert process.stdout is not None
        line = (await process.stdout.readline()).decode().split()
        if line[:1] != ["port"]:
            sys.exit("the replaying server did not start")
        server = cls(process, (HOST, int(line[1])))
        server._reader = asyncio.create_task(server._read())
        return server

    async def _read(self) -> None:
        assert self.process.stdout is not None
        async for line in self.process.stdout:
            word, group, sent = line.decode().split()
            if word == "done":
                self.sent.setdefault(group, []).append(int(sent))

    async def reports(self, group: str, sessions: int, limit: float = 10.0) -> list[int]:
        """The events sent to each session of ``group``, once all of them have ended."""
        deadline = time.monotonic() + limit
        while len(self.sent.get(group, ())) < sessions and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        return self.sent.get(group, [])

    def go(self, group: str) -> None:
        """Let the waiting sessions of ``group`` start."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"go {group}\n".encode())

    def cpu(self) -> float:
        return cpu_seconds(self.process.pid)

    async def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            await asyncio.wait_for(self.process.wait(), 5)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
        if self._reader is not None:
            await self._reader


# ---------------------------------------------------------------------------------------------
# 1. Throughput


_groups = itertools.count(1)


def new_group(name: str) -> str:
    return f"{name}{next(_groups)}"


async def throughput_run(
    server: ServerProcess, version: int, count: int, warmup: int
) -> tuple[float, float, float]:
    """Events per second into one client over ``count`` events after ``warmup``; and the
    client's and the server's CPU time over that span, as shares of one core."""
    config = client_config(version, orders(warmup + count, new_group(f"v{version}-")))
    received, start, cpu, server_cpu = 0, 0.0, 0.0, 0.0
    async with ctiwire.connect(config, [server.address]) as client:
        async for event in client.events():
            if isinstance(event, UnsolicitedEvent):
                received += 1
                if received == warmup:
                    start, cpu, server_cpu = time.perf_counter(), time.process_time(), server.cpu()
                elif received == warmup + count:
                    break
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu
        server_cpu = server.cpu() - server_cpu
    return count / elapsed, cpu / elapsed, server_cpu / elapsed


async def throughput(server: ServerProcess, args: argparse.Namespace) -> None:
    count, warmup = args.events, max(1, args.events // 10)
    print(
        f"\n1. Throughput: events/s into one client, {count:,} events after {warmup:,} "
        f"for warm-up, best of {args.rounds} (versions taking turns)"
    )
    best: dict[int, tuple[float, float, float]] = {}
    for _ in range(args.rounds):
        for version in VERSIONS:
            result = await throughput_run(server, version, count, warmup)
            if version not in best or result[0] > best[version][0]:
                best[version] = result
    for version in VERSIONS:
        rate, cpu, server_cpu = best[version]
        floor = f"(floor: about {FLOOR_RATE:,} events/s on the original machine)"
        print(
            f"   Version {version}: {rate:9,.0f} events/s"
            + (f"   {floor}" if version == 15 else "")
        )
        print(
            f"      client process CPU {cpu:.0%} of one core, "
            f"replaying server process {server_cpu:.0%}"
        )
    ratio = best[24][0] / best[15][0]
    print(f"   ratio Version 24 / Version 15: {ratio:.3f}   (floor: {FLOOR_RATIO:.2f})")


# ---------------------------------------------------------------------------------------------
# 2. Concurrent sessions


@dataclass
class Tally:
    first: float = 0.0
    last: float = 0.0
    received: int = 0
    wrong: int = 0  # events that are not the frame expected at their place
    ended: str = ""  # why the client stopped early, if it did


@dataclass
class Crowd:
    """The clients of the sessions section: how many have their session open."""

    size: int
    opened: int = 0
    all_open: asyncio.Event = field(default_factory=asyncio.Event)

    def one_opened(self) -> None:
        self.opened += 1
        if self.opened == self.size:
            self.all_open.set()


async def session_client(
    crowd: Crowd, address: tuple[str, int], client_id: str, frames: list[bytes], count: int
) -> Tally:
    """One application: open a session, take ``count`` events, check each one, close."""
    tally = Tally()
    limit = 120.0
    try:
        async with asyncio.timeout(limit):
            config = client_config(SESSIONS_VERSION, client_id)
            async with ctiwire.connect(config, [address]) as client:
                crowd.one_opened()
                async for event in client.events():
                    if isinstance(event, UnsolicitedEvent):
                        if event.message._frame != frames[tally.received % len(frames)]:
                            tally.wrong += 1
                        tally.received += 1
                        if tally.received == 1:
                            tally.first = time.perf_counter()
                        if tally.received == count:
                            tally.last = time.perf_counter()
                            break
                    elif not isinstance(event, SessionOpened):
                        tally.ended = type(event).__name__
                        break
    except TimeoutError:
        tally.ended = f"timed out after {limit:g} s"
    except ctiwire.CTIError as error:
        tally.ended = f"{type(error).__name__}: {error}"
    return tally


async def sessions(server: ServerProcess, frames: list[bytes], args: argparse.Namespace) -> bool:
    n, each = args.sessions, args.session_events
    print(
        f"\n2. Concurrent sessions: {n} clients (Version {SESSIONS_VERSION}) open sessions at "
        f"once; when all are open, the server sends {each:,} events to each"
    )
    group, crowd = new_group("sessions-"), Crowd(n)
    start = time.perf_counter()
    clients = asyncio.gather(
        *(
            session_client(crowd, server.address, orders(each, group, wait=True), frames, each)
            for _ in range(n)
        )
    )
    with contextlib.suppress(TimeoutError):  # some could not open: go on with the others
        await asyncio.wait_for(crowd.all_open.wait(), 60)
    go, cpu, server_cpu = time.perf_counter(), time.process_time(), server.cpu()
    server.go(group)
    tallies = await clients
    done = time.perf_counter()  # every session closed
    cpu, server_cpu = time.process_time() - cpu, server.cpu() - server_cpu
    sent = await server.reports(group, n)
    received = sum(t.received for t in tallies)
    wrong = sum(t.wrong for t in tallies)
    total = n * each
    lost = total - received
    problems = Counter(t.ended for t in tallies if t.ended)
    last = max((t.last or t.first for t in tallies), default=0.0)
    print(f"   sessions: {crowd.opened} of {n} open at once, after {go - start:.2f} s")
    print(
        f"   events: {total:,} to send, {sum(sent):,} sent by the server "
        f"({len(sent)} sessions reported), {received:,} received"
    )
    if last > go:
        print(
            f"   rate: {received / (last - go):,.0f} events/s, all sessions together "
            f"({last - go:.2f} s from go to the last event; until the last close, client "
            f"process CPU {cpu / (done - go):.0%} of one core, "
            f"server {server_cpu / (done - go):.0%})"
        )
    print(f"   lost: {lost:,}, out of order or altered: {wrong:,}   (floor: 0)")
    for reason, times in problems.items():
        print(f"   {times} client(s) ended early: {reason}")
    return lost == 0 and wrong == 0


# ---------------------------------------------------------------------------------------------
# 3. Failover


class Side:
    """One side of a duplex pair, in this process: accepts OPEN_REQ (``offline``: refuses it
    with E_CTI_CTI_SERVER_OFFLINE); :meth:`fail` and :meth:`recover`."""

    def __init__(self, version: int) -> None:
        self.version = version
        self.port = 0
        self.offline = False
        self.writers: set[asyncio.StreamWriter] = set()
        self._server: asyncio.Server | None = None

    @property
    def address(self) -> tuple[str, int]:
        return (HOST, self.port)

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, HOST, self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    def fail(self, how: str) -> None:
        """``down``: stop listening and close the connections; ``offline``: close them and
        refuse new sessions."""
        if how == "offline":
            self.offline = True
        elif self._server is not None:
            self._server.close()
            self._server = None
        for writer in self.writers:
            writer.close()

    async def recover(self) -> None:
        self.offline = False
        if self._server is None:
            await self.start()  # the same port again (asyncio sets SO_REUSEADDR)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        loop = asyncio.get_running_loop()
        session = ServerSession(version=self.version)
        module = session.codec.module
        self.writers.add(writer)
        try:
            while not session.ended:
                try:
                    data = await reader.read(65536)
                except OSError:
                    data = b""
                session.receive_data(data, loop.time())
                while (event := session.next_event()) is not None:
                    if isinstance(event, OpenRequested) and self.offline:
                        offline = module.StatusCode.E_CTI_CTI_SERVER_OFFLINE
                        writer.write(session.reject_open(offline))
                    elif isinstance(event, OpenRequested):
                        state = module.AgentState.AGENT_STATE_AVAILABLE
                        writer.write(session.accept_open(peripheral_online=True, agent_state=state))
                if (answer := session.data_to_send()) and not writer.is_closing():
                    writer.write(answer)
        finally:
            self.writers.discard(writer)
            writer.close()


async def failover_run(how: str, repetitions: int) -> tuple[list[float], list[float]]:
    """Milliseconds from each failure to SessionOpened on the other side, and to SessionLost."""
    sides = [Side(SESSIONS_VERSION), Side(SESSIONS_VERSION)]
    for side in sides:
        await side.start()
    to_open: list[float] = []
    to_lost: list[float] = []
    config = client_config(SESSIONS_VERSION, "failover")
    async with ctiwire.connect(config, [s.address for s in sides]) as client:
        current = 0
        while not isinstance(event := await client.next_event(), SessionOpened):
            assert event is not None
        assert event.side == "A"
        for _ in range(repetitions):
            start = time.perf_counter()
            sides[current].fail(how)
            async with asyncio.timeout(10):
                while not isinstance(event := await client.next_event(), SessionOpened):
                    if isinstance(event, SessionLost):
                        to_lost.append((time.perf_counter() - start) * 1000)
                    assert event is not None, "the client ended"
            to_open.append((time.perf_counter() - start) * 1000)
            if event.side != "AB"[1 - current]:
                sys.exit(f"reopened on side {event.side}, not on the other side")
            await sides[current].recover()
            current = 1 - current
    for side in sides:
        side.fail("down")
    return to_open, to_lost


async def failover(args: argparse.Namespace) -> None:
    print(
        f"\n3. Failover: time from a side's failure to SessionOpened on the other side "
        f"(loopback, library defaults, {args.failovers} failovers, A -> B, B -> A...)"
    )
    kinds = {
        "down": "side down (listener and connection closed)",
        "offline": "side off-line (connection closed, OPEN_REQ refused E_CTI_CTI_SERVER_OFFLINE)",
    }
    for how, label in kinds.items():
        to_open, to_lost = await failover_run(how, args.failovers)
        print(f"   {label}:")
        print(
            f"      median {statistics.median(to_open):.2f} ms, max {max(to_open):.2f} ms   "
            f"(floor: under {FLOOR_FAILOVER_MS:g} ms); SessionLost after "
            f"{statistics.median(to_lost):.2f} ms (median)"
        )


# ---------------------------------------------------------------------------------------------
# 4. Slow consumer


def kernel_queued(client: ctiwire.Client) -> int:
    """Bytes waiting in the kernel's receive buffer of the client's socket (FIONREAD)."""
    connection = client._connection
    transport = connection._transport if connection is not None else None
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sock is None:
        return 0
    try:
        answer = fcntl.ioctl(sock.fileno(), termios.FIONREAD, struct.pack("i", 0))
    except OSError:
        return 0
    value: int = struct.unpack("i", answer)[0]
    return value


@dataclass
class Peaks:
    queued: int = 0
    kernel: int = 0
    rss: int = 0
    samples: int = 0
    paused: int = 0  # samples taken while the client did not read its socket

    def sample(self, client: ctiwire.Client) -> None:
        connection = client._connection
        self.samples += 1
        self.paused += bool(connection is not None and connection.paused)
        self.queued = max(self.queued, client.queued_events)
        self.kernel = max(self.kernel, kernel_queued(client))
        self.rss = max(self.rss, rss_bytes())


async def slow(server: ServerProcess, frames: list[bytes], args: argparse.Namespace) -> bool:
    total, seconds = args.slow_events, args.slow_seconds
    limit = 1000  # connect()'s default max_queued_events
    mean = sum(map(len, frames)) / len(frames)
    print(
        f"\n4. Slow consumer: the server sends {total:,} events (Version {SESSIONS_VERSION}) as "
        f"fast as TCP lets it; the application sleeps {SLOW_DELAY * 1000:g} ms per event for "
        f"{seconds:g} s, then drains the rest"
    )
    group = new_group("slow-")
    config = client_config(SESSIONS_VERSION, orders(total, group))
    peaks = Peaks()
    received = wrong = slow_count = heap = heap_peak = 0
    at_end = (0, 0)
    rss_start = rss_bytes()
    async with ctiwire.connect(config, [server.address]) as client:

        async def sampler() -> None:
            while True:
                peaks.sample(client)
                await asyncio.sleep(0.01)

        sampling = asyncio.create_task(sampler())
        tracemalloc.start()
        slow_until = time.perf_counter() + seconds
        async for event in client.events():
            if not isinstance(event, UnsolicitedEvent):
                continue
            if event.message._frame != frames[received % len(frames)]:
                wrong += 1
            received += 1
            if slow_until:
                if time.perf_counter() < slow_until:
                    await asyncio.sleep(SLOW_DELAY)
                    continue
                # The end of the slow phase: what it cost, then drain at full speed.
                slow_count, slow_until = received, 0.0
                peaks.sample(client)
                heap, heap_peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                sampling.cancel()
                at_end = client.queued_events, kernel_queued(client)
            if received == total:
                break
        closing = time.perf_counter()
    closed = time.perf_counter() - closing
    sent = await server.reports(group, 1)
    queued, kernel = at_end
    print(
        f"   slow phase: the application took {slow_count:,} events in {seconds:g} s; the client "
        f"then held {queued:,} more in its queue and about {kernel / mean:,.0f} in its kernel "
        f"buffer; the other {total - slow_count - queued - kernel / mean:,.0f} waited on the "
        "server's side (TCP flow control)"
    )
    print(
        f"   peak queued events in the client: {peaks.queued:,}   (bound: max_queued_events "
        f"{limit:,} + one {READ_SIZE // 1024} KiB read, {limit + READ_SIZE / mean:,.0f} "
        f"events of {mean:.0f} B)"
    )
    print(
        f"   reading paused in {peaks.paused / max(1, peaks.samples):.0%} of "
        f"{peaks.samples} samples; peak bytes waiting in the client's kernel receive buffer: "
        f"{peaks.kernel / 1024:,.0f} KiB"
    )
    print(
        f"   memory: Python allocations during the slow phase peak {heap_peak / 1e6:.2f} MB "
        f"({heap / 1e6:.2f} MB at its end, tracemalloc); RSS growth "
        f"{(peaks.rss - rss_start) / 1e6:.1f} MB"
    )
    lost = total - received
    print(
        f"   then drained: {received:,} of {total:,} received ({sum(sent):,} sent), lost "
        f"{lost:,}, out of order or altered {wrong:,}   (floor: 0); close took {closed:.2f} s"
    )
    closed = await close_behind(server)
    print(
        f"   closing while the queue is full (reading paused, the server still sending): "
        f"close() took {closed:.2f} s (close_timeout {client.config.close_timeout:g} s)"
    )
    return lost == 0 and wrong == 0


async def close_behind(server: ServerProcess) -> float:
    """How long leaving ``connect()`` takes when the application stopped taking events (the
    queue is full, reading paused) and the server has more to send."""
    config = client_config(SESSIONS_VERSION, orders(0, new_group("close-")))
    async with ctiwire.connect(config, [server.address]) as client:
        async for _event in client.events():
            break
        deadline = time.perf_counter() + 2
        while client.queued_events < 1000 and time.perf_counter() < deadline:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.1)
        start = time.perf_counter()
    return time.perf_counter() - start


# ---------------------------------------------------------------------------------------------


async def run(args: argparse.Namespace) -> bool:
    sections = [args.only] if args.only else ["throughput", "sessions", "failover", "slow"]
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, ctiwire {ctiwire.__version__}")
    print(f"machine pace: {pace_ms():.1f} ms for procstat's reference workload (lower is faster)")
    if sections == ["failover"]:  # no replaying server needed
        await failover(args)
        return True
    ok = True
    frames: dict[int, list[bytes]] = {}
    needed = VERSIONS if "throughput" in sections else (SESSIONS_VERSION,)
    for version in needed:
        frames[version] = await record(version, RECORDED)
    sizes = ", ".join(
        f"Version {v}: mean {sum(map(len, f)) / len(f):.0f} B" for v, f in frames.items()
    )
    cti = ctiwire.protocol(SESSIONS_VERSION)
    mix = Counter(cti.decode(f).MESSAGE_NAME for f in frames[SESSIONS_VERSION])
    print(f"recorded {RECORDED:,} event frames per version from the simulator ({sizes})")
    top = ", ".join(f"{name} {n / RECORDED:.0%}" for name, n in mix.most_common(8))
    print(f"mix (Version {SESSIONS_VERSION}): {top}...")
    with tempfile.TemporaryDirectory() as tmp:
        frames_file = os.path.join(tmp, "frames.pickle")
        with open(frames_file, "wb") as f:
            pickle.dump(frames, f)
        server = await ServerProcess.start(frames_file, backlog=max(128, args.sessions + 64))
        try:
            for section in sections:
                if section == "throughput":
                    await throughput(server, args)
                elif section == "sessions":
                    ok &= await sessions(server, frames[SESSIONS_VERSION], args)
                elif section == "failover":
                    await failover(args)
                else:
                    ok &= await slow(server, frames[SESSIONS_VERSION], args)
        finally:
            await server.stop()
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--only", choices=["throughput", "sessions", "failover", "slow"])
    parser.add_argument("--events", type=int, default=200_000, help="throughput: default 200000")
    parser.add_argument("--rounds", type=int, default=3, help="throughput: best of (default 3)")
    parser.add_argument("--sessions", type=int, default=500, help="concurrent sessions (500)")
    parser.add_argument("--session-events", type=int, default=200, help="per session (200)")
    parser.add_argument("--failovers", type=int, default=20, help="repetitions (default 20)")
    parser.add_argument("--slow-events", type=int, default=100_000, help="default 100000")
    parser.add_argument("--slow-seconds", type=float, default=3.0, help="default 3")
    parser.add_argument("--serve", metavar="FRAMES", help=argparse.SUPPRESS)
    parser.add_argument("--backlog", type=int, default=128, help=argparse.SUPPRESS)
    args = parser.parse_args()
    # Each session is a socket here, and one in the server.
    raise_file_limit(2 * max(args.sessions, args.backlog) + 256)
    if args.serve is not None:  # the replaying server's process
        asyncio.run(serve(args.serve, args.backlog))
        return
    # The sessions the benchmark ends (failover) are logged as warnings: not news here.
    logging.getLogger("ctiwire").setLevel(logging.ERROR)
    started = time.perf_counter()
    ok = asyncio.run(run(args))
    print(f"\n(run time {time.perf_counter() - started:.0f} s)")
    if not ok:
        sys.exit("events were lost or altered")


if __name__ == "__main__":
    main()

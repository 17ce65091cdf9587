"""The fuzz harness: targets that any input must leave sound, for every protocol version.

Each target takes what hypothesis draws and checks that nothing but ctiwire's own errors
escapes, plus the invariants the runtime promises:

* ``decode``: any bytes decode to a message or raise :class:`DecodeError`; a decoded message
  re-encodes to the very bytes (``encode(decode(f)) == f``), and a copy built from its fields
  either encodes to a frame that decodes to the same message or is refused with
  :class:`EncodeError` (a value beyond a limit of the guide that the sender broke);
* ``framing``: whatever the chunking, the same frames, then the same :class:`FramingError`;
* ``client`` / ``server``: a session fed any frames, bytes, calls and time never raises from
  ``receive_data``/``handle_timer``, refuses a call only with a ctiwire error, moves only along
  its transition table, and ends only for a framing error, a timeout, the connection's end or a
  reason of the guide (a well-framed message never ends a non-strict session);
* ``simulator``: the simulator over loopback TCP survives any bytes, in any state, and serves
  the next client.

``tests/test_fuzz.py`` runs every target briefly in CI (both floating-field widths). For a long
run::

    python tests/fuzzing.py --seconds 600            # every target, round robin
    python tests/fuzzing.py --seconds 60 --target decode --version 24

prints the inputs tried and the inputs per second of each target.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import logging
import struct
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ctiwire
from ctiwire import CTIError, DecodeError, EncodeError, FramingError
from ctiwire._state import TERMINAL
from ctiwire.config import ClientConfig
from ctiwire.events import Event, ProtocolError
from ctiwire.session import (
    CLIENT_TRANSITIONS,
    SERVER_TRANSITIONS,
    ClientSession,
    ServerSession,
    State,
)
from strategies import message_strategy, version

VERSIONS = (15, 20, 24, 25)  # both widths, and the newest
COUNTS: dict[str, int] = {}


def _count(target: str) -> None:
    COUNTS[target] = COUNTS.get(target, 0) + 1


def frames_of(cti: ModuleType) -> st.SearchStrategy[bytes]:
    """Valid frames of any message of the version (drawn from the spec), and mutations."""
    documented = [m for m in version(cti.PROTOCOL_VERSION).messages if not m.undocumented]
    valid = st.sampled_from(documented).flatmap(lambda m: message_strategy(cti, m, cap=2))

    def encode(message: Any) -> bytes:
        try:
            frame: bytes = cti.encode(message)
        except EncodeError:
            frame = cti.encode(cti.HeartbeatReq(invoke_id=1))
        return frame

    frames = valid.map(encode)
    mutated = st.tuples(frames, st.integers(0, 4000), st.binary(min_size=1, max_size=4)).map(
        lambda t: t[0][: t[1]] + t[2] + t[0][t[1] + len(t[2]) :]
    )
    truncated = st.tuples(frames, st.integers(8, 4000)).map(lambda t: t[0][: t[1]])
    raw = st.binary(min_size=8, max_size=300).map(
        lambda b: struct.pack(">I", len(b) - 8) + b[4:]  # well framed, random body
    )
    return st.one_of(frames, mutated.map(_reframe), truncated.map(_reframe), raw)


def _reframe(frame: bytes) -> bytes:
    """Fix MessageLength so the bytes are one well-framed message."""
    body = frame[8:] if len(frame) >= 8 else b""
    return struct.pack(">II", len(body), int.from_bytes(frame[4:8].ljust(4, b"\0"), "big")) + body


# ---------------------------------------------------------------------------------------------
# Targets


def check_decode(cti: ModuleType, frame: bytes) -> None:
    _count("decode")
    try:
        message = cti.decode(frame)
    except DecodeError:
        return
    assert cti.encode(message) == frame, "encode(decode(f)) != f"
    if isinstance(message, cti.UnknownMessage):
        return
    rebuilt = type(message)(
        **{f.name: getattr(message, f.name) for f in dataclasses.fields(message)}
    )
    try:
        again = cti.encode(rebuilt)
    except EncodeError:
        return  # the sender broke a limit of the guide: refused for a message we build
    assert cti.decode(again) == message


def check_framing(cti: ModuleType, data: bytes, cuts: list[int]) -> None:
    _count("framing")

    def split(chunks: list[bytes]) -> tuple[list[bytes], str | None]:
        decoder = cti.frame_decoder()
        out: list[bytes] = []
        for chunk in chunks:
            decoder.feed(chunk)
            try:
                out.extend(decoder)
            except FramingError as error:
                return out, str(error)
        return out, None

    whole = split([data])
    points = sorted({c % (len(data) + 1) for c in cuts})
    pieces = [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]
    assert split(pieces) == whole, "the result depends on the chunking"


def client_config(v: int, strict: bool = False) -> ClientConfig:
    cti = ctiwire.protocol(v)
    return ClientConfig(
        client_id="fuzz",
        protocol_version=v,
        services=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS
        | cti.CTIServiceMask.CTI_SERVICE_CLIENT_CONTROL,
        heartbeat_interval=10,
        strict=strict,
    )


Step = tuple[Any, ...]


def steps_of(cti: ModuleType) -> st.SearchStrategy[list[Step]]:
    samples = _samples(cti)
    step = st.one_of(
        st.tuples(st.just("frame"), st.sampled_from(samples)),
        st.tuples(st.just("frame"), frames_of(cti)),
        st.tuples(st.just("bytes"), st.binary(max_size=40)),
        st.tuples(st.just("split"), st.sampled_from(samples), st.integers(1, 30)),
        st.tuples(st.just("time"), st.floats(0, 100)),
        st.tuples(st.just("eof")),
        st.tuples(st.just("call"), st.sampled_from(["open", "close", "request", "send", "answer"])),
    )
    return st.lists(step, max_size=15)


def _samples(cti: ModuleType) -> list[bytes]:
    S = cti.StatusCode
    query = cti.QueryAgentStateReq(invoke_id=3, peripheral_id=5000, agent_instrument="1001")
    messages: list[Any] = [
        cti.OpenConf(invoke_id=1, peripheral_online=True),
        cti.OpenReq(
            invoke_id=1,
            version_number=cti.PROTOCOL_VERSION,
            idle_timeout=20,
            client_id="x",
            client_password=b"p",
        ),
        cti.HeartbeatConf(invoke_id=2),
        cti.HeartbeatReq(invoke_id=4),
        cti.CloseConf(invoke_id=2),
        cti.CloseReq(invoke_id=5),
        _with_required(cti.QueryAgentStateConf, invoke_id=3),
        query,
        cti.FailureConf(invoke_id=2, status=S.E_CTI_CTI_SERVER_OFFLINE),
        cti.FailureConf(invoke_id=3, status=S.E_CTI_INVALID_AGENT_DATA),
        cti.ControlFailureConf(invoke_id=3),
        cti.FailureEvent(status=S.E_CTI_CTI_SERVER_OFFLINE),
        cti.SystemEvent(),
        cti.UnknownMessage(9999, b"xyz"),
    ]
    if hasattr(cti, "ActiveMaintenanceReq"):
        messages.append(cti.ActiveMaintenanceReq(invoke_id=77))
    return [cti.encode(m) for m in messages]


def _with_required(cls: Any, **fields: Any) -> Any:
    """An instance of ``cls`` with ``fields``; required fields left out get a zero value."""
    for f in dataclasses.fields(cls):
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if f.name not in fields and required:
            fields[f.name] = "" if "str" in str(f.type) else 0
    return cls(**fields)


def _apply(
    session: ClientSession | ServerSession, cti: ModuleType, step: Step, now: float
) -> float:
    what = step[0]
    if what in {"frame", "bytes"}:
        session.receive_data(step[1], now)
    elif what == "split":
        session.receive_data(step[1][: step[2]], now)
        session.receive_data(step[1][step[2] :], now)
    elif what == "time":
        now += step[1]
        session.handle_timer(now)
    elif what == "eof":
        session.receive_data(b"", now)
    else:
        with contextlib.suppress(CTIError):  # refused: a ctiwire error, and nothing changed
            _call(session, cti, step[1], now)
    return now


def _call(session: ClientSession | ServerSession, cti: ModuleType, name: str, now: float) -> None:
    query = cti.QueryAgentStateReq(peripheral_id=5000, agent_instrument="1001")
    if isinstance(session, ClientSession):
        if name == "open":
            session.open(now)
        elif name == "close":
            session.close(now)
        elif name == "request":
            session.request(query, now)
        elif name == "send":
            session.send(dataclasses.replace(query, invoke_id=int(now) % 7 + 100), now)
        elif name == "answer" and hasattr(cti, "ActiveMaintenanceResp"):
            session.send(cti.ActiveMaintenanceResp(invoke_id=77), now)
        return
    if name == "open":
        session.accept_open()
    elif name == "close":
        session.reject_open(cti.StatusCode.E_CTI_INVALID_VERSION)
    elif name == "request":
        outstanding = session.outstanding()
        invoke_id = getattr(outstanding[0], "invoke_id", 0) if outstanding else 12345
        session.confirm(_with_required(cti.QueryAgentStateConf, invoke_id=invoke_id))
    elif name == "send":
        session.send_event(cti.SystemEvent())


def check_session(role: str, v: int, steps: list[Step], strict: bool = False) -> None:
    _count(role)
    cti = ctiwire.protocol(v)
    session: ClientSession | ServerSession
    if role == "client":
        session, table = ClientSession(client_config(v, strict)), CLIENT_TRANSITIONS
    else:
        session = ServerSession(versions=(v,), open_timeout=30, now=0.0, strict=strict)
        table = SERVER_TRANSITIONS
    now = 1.0
    for step in steps:
        before = session.state
        now = _apply(session, cti, step, now)
        state = session.state
        if before in TERMINAL:
            assert state is before, "a terminal state never changes"
        elif state is not before:
            assert state in table[before].values(), f"{before} -> {state}"
        ended_by: list[Event] = []
        while (event := session.next_event()) is not None:
            assert isinstance(event, Event)
            if isinstance(event, ProtocolError):
                ended_by.append(event)
        for event in ended_by:
            # Not strict: only a framing error ends a session for what the peer sent.
            assert strict or isinstance(event.error, FramingError), event
        session.data_to_send()
        deadline = session.next_deadline()
        assert deadline is None or isinstance(deadline, float)
        if session.ended:
            assert deadline is None


def check_simulator(chunks: list[bytes], port: int, open_first: bool, v: int) -> None:
    """Bytes to a running simulator (after a valid OPEN_REQ, or instead of one), then a new
    client that must still get a session. The caller checks that nothing was logged as an
    unhandled error."""
    _count("simulator")
    cti = ctiwire.protocol(v)

    async def main() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        if open_first:
            writer.write(
                cti.encode(
                    cti.OpenReq(
                        invoke_id=1,
                        version_number=v,
                        idle_timeout=20,
                        client_id="fuzz",
                        client_password=b"",
                        services_requested=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
                        peripheral_id=cti.NULL_PERIPHERAL_ID,
                    )
                )
            )
        for chunk in chunks:
            writer.write(chunk)
        try:
            await writer.drain()
            await asyncio.wait_for(reader.read(65536), 0.05)
        except (OSError, TimeoutError):
            pass
        writer.close()
        # the server still serves
        config = dataclasses.replace(client_config(v), connect_timeout=5)
        async with ctiwire.connect(config, [("127.0.0.1", port)]) as client:
            assert client.state is State.OPEN

    asyncio.run(main())


# ---------------------------------------------------------------------------------------------
# The long-run command


class _Unhandled(logging.Handler):
    """Collects records of errors nobody handled (asyncio's own reports, the simulator's)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _targets(v: int, port: int | None) -> dict[str, Callable[[], None]]:
    cti = ctiwire.protocol(v)
    quick = settings(
        max_examples=200,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    @quick
    @given(frames_of(cti))
    def decode(frame: bytes) -> None:
        check_decode(cti, frame)

    @quick
    @given(st.lists(frames_of(cti), max_size=5).map(b"".join), st.lists(st.integers(0, 10**6)))
    def framing(data: bytes, cuts: list[int]) -> None:
        check_framing(cti, data, cuts)

    @quick
    @given(steps_of(cti))
    def client(steps: list[Step]) -> None:
        check_session("client", v, steps)

    @quick
    @given(steps_of(cti))
    def server(steps: list[Step]) -> None:
        check_session("server", v, steps)

    out: dict[str, Callable[[], None]] = {
        "decode": decode,
        "framing": framing,
        "client": client,
        "server": server,
    }
    if port is not None:

        @settings(
            max_examples=20, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        @given(st.lists(frames_of(cti) | st.binary(max_size=30), max_size=4), st.booleans())
        def simulator(chunks: list[bytes], open_first: bool) -> None:
            check_simulator(chunks, port, open_first, v)

        out["simulator"] = simulator
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--target", action="append", help="decode, framing, client, server, simulator"
    )
    parser.add_argument("--version", type=int, action="append", help="protocol versions")
    args = parser.parse_args(argv)
    from ctiwire.simulator import Simulator, SimulatorConfig

    unhandled = _Unhandled()
    logging.getLogger().addHandler(unhandled)
    loop = asyncio.new_event_loop()
    sim = Simulator(SimulatorConfig())
    loop.run_until_complete(sim.start())
    import threading

    threading.Thread(target=loop.run_forever, daemon=True).start()
    versions = args.version or list(VERSIONS)
    spent: dict[str, float] = {}
    deadline = time.monotonic() + args.seconds
    try:
        while time.monotonic() < deadline:
            for v in versions:
                for name, target in _targets(v, sim.port).items():
                    if args.target and name not in args.target:
                        continue
                    start = time.monotonic()
                    target()
                    spent[name] = spent.get(name, 0.0) + time.monotonic() - start
                    if time.monotonic() >= deadline:
                        break
    finally:
        asyncio.run_coroutine_threadsafe(sim.close(), loop).result(10)
    for name, count in sorted(COUNTS.items()):
        seconds = spent.get(name, 0.0)
        rate = count / seconds if seconds else 0.0
        print(f"{name:10} {count:9d} inputs  {seconds:7.1f} s  {rate:9.0f} inputs/s")
    if unhandled.records:
        for record in unhandled.records:
            print("UNHANDLED:", record.getMessage(), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

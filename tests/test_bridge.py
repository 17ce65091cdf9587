"""``ctiwire.bridge`` end to end: the simulator, the bridge and a real nats-server with JetStream.

What the simulator sent is recorded as it is sent (every frame of every session, by ClientID);
what JetStream stored is read back with a consumer. The two must match: every event once, in
order, whatever happens to NATS in between (killed, hung, restarted), with markers where the
CTI session itself broke.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import ssl
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
from natsserver import NatsServer, require_nats
from test_client import self_signed

import ctiwire.v24 as cti
from ctiwire import ClientConfig
from ctiwire.session import State
from ctiwire.simulator import TrafficConfig, server

require_nats()

import nats  # noqa: E402 - after the check that says how to install it
from nats.aio.msg import Msg  # noqa: E402

from ctiwire.bridge import Bridge, BridgeConfig, tls_context  # noqa: E402

PASSWORD = "secret"  # the simulator fixtures' ClientPassword for "tester"
AGENT_PASSWORD = "agent-pw-5f1c"
TRAFFIC = TrafficConfig(calls_per_second=30, seed=7).scaled(0.1)


def run(coro: Coroutine[Any, Any, None], limit: float = 40.0) -> None:
    asyncio.run(asyncio.wait_for(coro, limit))


@pytest.fixture
def nats_server(tmp_path: Path) -> Iterator[NatsServer]:
    server = NatsServer(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[bytes]]:
    """Every frame the simulator sends on an open session, by ClientID, as it sends it."""
    frames: dict[str, list[bytes]] = defaultdict(list)
    original = server._Link._send

    def send(link: Any, message: Any) -> None:
        if link.session.state is State.OPEN:
            frames[link.client_id].append(link.module.encode(message))
        original(link, message)

    monkeypatch.setattr(server._Link, "_send", send)
    return frames


def client_config(**overrides: Any) -> ClientConfig:
    fields: dict[str, Any] = {
        "client_id": "tester",
        "client_password": PASSWORD,
        "protocol_version": 24,
        "services": cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS
        | cti.CTIServiceMask.CTI_SERVICE_CLIENT_CONTROL,
        "call_msg_mask": ~cti.CallEventMask(0),
        "agent_state_mask": ~cti.AgentStateMask(0),
        "heartbeat_interval": 0.5,
        "open_timeout": 2.0,
        "request_timeout": 3.0,
        "close_timeout": 1.0,
        "connect_timeout": 5.0,
    }
    fields.update(overrides)
    return ClientConfig(**fields)


def bridge_config(url: str, **overrides: Any) -> BridgeConfig:
    fields: dict[str, Any] = {
        "name": "pg1",
        "servers": (url,),
        "reconnect_wait": 0.1,
        "ack_timeout": 1.0,
        "lease_ttl": 2.0,
        "include_frames": True,
        "close_timeout": 3.0,
        "stats_interval": 0,
    }
    fields.update(overrides)
    return BridgeConfig(**fields)


async def wait_for(condition: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def stored(url: str, subject: str = "cti.>", stream: str = "CTI") -> list[Msg]:
    """Every message of the stream on ``subject``, in stream order."""
    nc = await nats.connect(url)
    try:
        js = nc.jetstream()
        total = (await js.stream_info(stream)).state.messages
        sub = await js.pull_subscribe(subject, stream=stream)
        messages: list[Msg] = []
        while len(messages) < total:
            try:
                messages.extend(await sub.fetch(1000, timeout=0.5))
            except TimeoutError:  # nats-py raises its own, or asyncio's on some paths
                break
        await sub.unsubscribe()
        return messages
    finally:
        await nc.close()


def payloads(messages: list[Msg]) -> list[dict[str, Any]]:
    return [json.loads(m.data) for m in messages]


def check_exactly_once(documents: list[dict[str, Any]], frames: list[bytes]) -> None:
    """The stored events of one session are the frames the simulator sent, each once, in
    sequence; markers included, the sequence numbers have no gap and no repeat."""
    seqs = [d["seq"] for d in documents]
    assert len(seqs) == len(set(seqs)), "a message was stored twice"
    assert sorted(seqs) == list(range(1, len(seqs) + 1)), "a message is missing"
    by_seq = sorted(documents, key=lambda d: d["seq"])
    events = [bytes.fromhex(d["frame"]) for d in by_seq if not d.get("marker")]
    assert len(events) == len(frames)
    assert events == frames


async def start(bridge: Bridge) -> asyncio.Task[None]:
    task = asyncio.create_task(bridge.run())
    await wait_for(lambda: bridge.session is not None or task.done(), "the CTI session")
    if task.done():
        task.result()
    return task


async def stop(bridge: Bridge, task: asyncio.Task[None]) -> None:
    bridge.stop()
    await asyncio.wait_for(task, 15)


# ---------------------------------------------------------------------------------------------


def test_events_exactly_once_across_a_nats_kill_and_restart(
    nats_server: NatsServer, start_simulator: Any, sent: dict[str, list[bytes]]
) -> None:
    sim = start_simulator(traffic=TRAFFIC)

    async def main() -> None:
        bridge = Bridge(bridge_config(nats_server.url), client_config(), [("127.0.0.1", sim.port)])
        task = await start(bridge)
        publisher = bridge.publisher
        assert publisher is not None
        await wait_for(lambda: publisher.stats.stored > 50, "events stored")
        # Hang the server (what is published now is never answered), then kill it.
        nats_server.pause()
        await asyncio.sleep(0.4)
        assert publisher.buffered > 0
        nats_server.kill()
        await asyncio.sleep(0.3)
        nats_server.start()
        before = publisher.stats.stored
        await wait_for(lambda: publisher.stats.stored > before + 50, "events after the restart")
        sim.call(sim.simulator.traffic.stop)
        frames = sim.call(lambda: list(sent["tester"]))
        await wait_for(
            lambda: bridge.events_published == len(frames) and publisher.buffered == 0,
            "every event sent to be acknowledged",
        )
        assert publisher.stats.republished > 0  # the restart did lose unacknowledged messages
        session = bridge.session
        await stop(bridge, task)

        documents = payloads(await stored(nats_server.url))
        assert {d["session"] for d in documents} == {session}
        assert documents[0]["message"] == "SESSION_OPENED"
        assert documents[-1]["message"] == "SESSION_CLOSED"
        check_exactly_once(documents, frames)

    run(main())


def test_schema_subjects_and_headers(
    nats_server: NatsServer, start_simulator: Any, sent: dict[str, list[bytes]]
) -> None:
    sim = start_simulator(traffic=TRAFFIC)

    async def main() -> None:
        config = bridge_config(nats_server.url, include_frames=False)
        bridge = Bridge(config, client_config(), [("127.0.0.1", sim.port)])
        task = await start(bridge)
        await wait_for(lambda: bridge.events_published > 30, "events")
        await stop(bridge, task)
        messages = await stored(nats_server.url)
        for message in messages:
            document = json.loads(message.data)
            headers = message.headers or {}
            name = document["message"]
            assert message.subject.split(".")[:2] == ["cti", "pg1"]
            assert message.subject.split(".")[3] == name
            assert headers["Cti-Message"] == name
            assert headers["Nats-Msg-Id"] == f"pg1:{document['session']}:{document['seq']}"
            assert headers["Cti-Session"] == document["session"]
            assert headers["Cti-Seq"] == str(document["seq"])
            assert headers["Cti-Protocol-Version"] == "24" == str(document["version"])
            assert headers["Cti-Schema"] == "1" == str(document["schema"])
            assert "frame" not in document
            if document.get("marker"):
                assert message.subject.split(".")[2] == "_"
                assert "Cti-Message-Type" not in headers
            else:
                assert headers["Cti-Message-Type"] == str(document["type"])
                peripheral = document["fields"].get("peripheral_id")
                assert message.subject.split(".")[2] == (
                    str(peripheral) if peripheral not in (None, 0xFFFFFFFF) else "_"
                )
        first = json.loads(messages[0].data)
        assert first["marker"] is True
        assert first["side"] == "A"
        assert "CTI_SERVICE_ALL_EVENTS" in first["services_granted"]
        # a consumer can filter by peripheral and message name
        delivered = await stored(nats_server.url, "cti.pg1.5000.CALL_DELIVERED_EVENT")
        assert delivered
        assert all(json.loads(m.data)["message"] == "CALL_DELIVERED_EVENT" for m in delivered)

    run(main())


def test_backpressure_then_a_session_lost_while_nats_is_down(
    nats_server: NatsServer, start_simulator: Any, sent: dict[str, list[bytes]]
) -> None:
    sim = start_simulator(traffic=TRAFFIC)

    async def main() -> None:
        bridge_client_queue = 20
        bridge = Bridge(
            bridge_config(
                nats_server.url,
                max_buffered=40,
                max_in_flight=10,
                max_queued_events=bridge_client_queue,
            ),
            client_config(),
            [("127.0.0.1", sim.port)],
        )
        task = await start(bridge)
        publisher, client = bridge.publisher, bridge.client
        assert publisher is not None and client is not None
        await wait_for(lambda: publisher.stats.stored > 20, "events stored")
        first_session = bridge.session
        nats_server.kill()
        # The buffer fills, the pump stops, the client's queue fills, the socket is not read.
        await wait_for(lambda: publisher.full, "a full buffer")
        await wait_for(lambda: client.queued_events >= bridge_client_queue, "a full queue")
        taken, queued = bridge.events_published, client.queued_events
        await asyncio.sleep(0.5)  # while the simulator goes on sending
        assert (bridge.events_published, client.queued_events) == (taken, queued)
        assert publisher.buffered == 40
        # The CTI Server drops the session (a reset: what it had not sent is gone).
        sim.call(
            lambda: [
                link.writer.transport.abort()
                for link in sim.simulator.links
                if link.client_id == "tester"
            ]
        )
        await asyncio.sleep(1.5)  # the client notices when its heartbeat fails, reconnects
        nats_server.start()
        await wait_for(
            lambda: bridge.session != first_session and publisher.buffered == 0,
            "the new session's messages",
            timeout=15,
        )
        sim.call(sim.simulator.traffic.stop)
        await asyncio.sleep(0.3)
        await stop(bridge, task)

        documents = payloads(await stored(nats_server.url))
        first = [d for d in documents if d["session"] == first_session]
        second = [d for d in documents if d["session"] != first_session]
        assert first[-1]["message"] == "SESSION_LOST"
        assert second[0]["message"] == "SESSION_OPENED"
        assert documents.index(first[-1]) < documents.index(second[0])
        seqs = [d["seq"] for d in first]
        assert seqs == list(range(1, len(seqs) + 1))  # nothing lost on the bridge's side
        # what the first session received is what the simulator managed to send, a prefix
        events = [bytes.fromhex(d["frame"]) for d in first if not d.get("marker")]
        assert events == sent["tester"][: len(events)]

    run(main())


def test_two_bridges_for_one_cti_server_pair(
    nats_server: NatsServer, start_simulator: Any, sent: dict[str, list[bytes]]
) -> None:
    sim = start_simulator(traffic=TRAFFIC)

    async def main() -> None:
        addresses = [("127.0.0.1", sim.port)]
        first = Bridge(bridge_config(nats_server.url), client_config(), addresses)
        second = Bridge(bridge_config(nats_server.url), client_config(), addresses)
        tasks = {first: asyncio.create_task(first.run()), second: asyncio.create_task(second.run())}
        await wait_for(lambda: first.active or second.active, "a bridge to take the lease")
        await asyncio.sleep(1.5)  # most of a lease TTL: the other still waits
        active = [b for b in (first, second) if b.active]
        assert len(active) == 1
        holder = active[0]
        standby = second if holder is first else first
        assert standby.session is None
        opened = sim.call(lambda: [link.client_id for link in sim.simulator.links])
        assert opened == ["tester"]  # one CTI session: the standby costs the server nothing
        await wait_for(lambda: holder.events_published > 20, "events")
        # The holder stops: it releases the lease, the standby takes over at once.
        holder_session = holder.session
        await stop(holder, tasks[holder])
        await wait_for(lambda: standby.session is not None, "the standby's session", 5)
        await wait_for(lambda: standby.events_published > 20, "the standby's events")
        await stop(standby, tasks[standby])

        documents = payloads(await stored(nats_server.url))
        sessions = [d["session"] for d in documents]
        assert set(sessions) == {holder_session, standby.session}
        switch = sessions.index(standby.session)
        assert all(s == holder_session for s in sessions[:switch])  # no overlap
        assert all(s == standby.session for s in sessions[switch:])
        assert documents[switch - 1]["message"] == "SESSION_CLOSED"
        assert documents[switch]["message"] == "SESSION_OPENED"

    run(main())


def test_a_hung_holder_is_replaced_and_fenced(nats_server: NatsServer) -> None:
    """Lease level: a holder that stops renewing (crashed, hung, cut off from NATS) stops
    counting itself valid before a waiting bridge, having seen no renewal for a TTL, takes the
    key over; the old holder's next renewal finds it lost."""
    from ctiwire.bridge.lease import Lease
    from ctiwire.bridge.natslink import NatsLink

    async def main() -> None:
        link = await NatsLink.connect([nats_server.url], name="test")
        try:
            bucket = await link.bucket("leases")
            holder = Lease(bucket, "pg1", "a:1:aa", ttl=1.0)
            other = Lease(bucket, "pg1", "b:2:bb", ttl=1.0)
            await holder.acquire()
            assert holder.valid
            waiting = asyncio.create_task(other.acquire())
            for _ in range(4):  # renewals keep the other waiting
                await asyncio.sleep(0.4)
                assert await holder.renew()
                assert not waiting.done()
            began = time.monotonic()  # the holder now hangs: no more renewals
            await wait_for(lambda: not holder.valid, "the holder to fence itself", 2)
            fenced = time.monotonic() - began
            await asyncio.wait_for(waiting, 5)
            took_over = time.monotonic() - began
            assert fenced < 0.85 and took_over >= 1.0
            assert other.valid
            assert not await holder.renew()
            assert holder.lost.is_set()
            await other.release()
            third = Lease(bucket, "pg1", "c:3:cc", ttl=1.0)
            await asyncio.wait_for(third.acquire(), 1)  # a released lease is free at once
        finally:
            await link.close()

    run(main())


def test_requests(
    nats_server: NatsServer,
    start_simulator: Any,
    sent: dict[str, list[bytes]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    sim = start_simulator()
    caplog.set_level(logging.DEBUG)

    async def main() -> None:
        bridge = Bridge(bridge_config(nats_server.url), client_config(), [("127.0.0.1", sim.port)])
        task = await start(bridge)
        nc = await nats.connect(nats_server.url)

        async def ask(request: dict[str, Any] | bytes) -> dict[str, Any]:
            data = request if isinstance(request, bytes) else json.dumps(request).encode()
            reply = await nc.request("cti-request.pg1", data, timeout=5)
            document: dict[str, Any] = json.loads(reply.data)
            return document

        try:
            answer = await ask(
                {
                    "message": "QUERY_AGENT_STATE_REQ",
                    "fields": {"peripheral_id": 5000, "agent_instrument": "5001"},
                }
            )
            assert answer["ok"] is True
            assert answer["message"] == "QUERY_AGENT_STATE_CONF"
            assert answer["fields"]["agent_state"] == "AGENT_STATE_AVAILABLE"

            answer = await ask(
                {
                    "message": "SET_AGENT_STATE_REQ",
                    "fields": {
                        "peripheral_id": 5000,
                        "agent_instrument": "5002",
                        "agent_id": "1002",
                        "agent_state": "AGENT_STATE_NOT_READY",
                        "event_reason_code": 3,
                        "agent_password": AGENT_PASSWORD,
                    },
                    "timeout": 2,
                }
            )
            assert answer == {
                "ok": True,
                "schema": 1,
                "message": "SET_AGENT_STATE_CONF",
                "type": 39,
                "fields": answer["fields"],
            }
            state = await ask(
                {
                    "message": "QUERY_AGENT_STATE_REQ",
                    "fields": {"peripheral_id": 5000, "agent_instrument": "5002"},
                }
            )
            assert state["fields"]["agent_state"] == "AGENT_STATE_NOT_READY"

            refused = await ask(
                {
                    "message": "SET_AGENT_STATE_REQ",
                    "fields": {
                        "peripheral_id": 5000,
                        "agent_instrument": "9999",
                        "agent_state": 2,
                        "agent_password": AGENT_PASSWORD,
                    },
                }
            )
            assert refused["ok"] is False
            assert refused["error"]["kind"] == "failure"
            assert refused["error"]["code"].startswith("CF_")
            assert refused["error"]["failure"]["message"] == "CONTROL_FAILURE_CONF"

            invalid = {
                b"not json": "not JSON",
                b"[1]": "must be a JSON object",
                json.dumps({"message": "NO_SUCH_REQ"}).encode(): "has no message 'NO_SUCH_REQ'",
                json.dumps({"message": "AGENT_STATE_EVENT"}).encode(): "is not a request",
                json.dumps({"message": "CLOSE_REQ"}).encode(): "is not a request",
                json.dumps(
                    {"message": "QUERY_AGENT_STATE_REQ", "fields": {"agent_instrumnet": "1"}}
                ).encode(): "has no field 'agent_instrumnet'",
                json.dumps(
                    {"message": "QUERY_AGENT_STATE_REQ", "fields": {"peripheral_id": "5000"}}
                ).encode(): "peripheral_id must be an integer, not a string",
                json.dumps(
                    {
                        "message": "SET_AGENT_STATE_REQ",
                        "fields": {"agent_instrument": "5002", "agent_password": 12345},
                    }
                ).encode(): "agent_password must be a string",
                json.dumps(
                    {"message": "QUERY_AGENT_STATE_REQ", "fields": {"invoke_id": 9}}
                ).encode(): "invoke_id is set by the bridge",
            }
            for data, text in invalid.items():
                answer = await ask(data)
                assert answer["ok"] is False, data
                assert answer["error"]["kind"] == "invalid_request"
                assert text in answer["error"]["text"], (text, answer)
        finally:
            await nc.close()
        await stop(bridge, task)
        everything = b"".join(
            m.data + repr(m.headers).encode() for m in await stored(nats_server.url)
        )
        assert AGENT_PASSWORD.encode() not in everything
        assert PASSWORD.encode() not in everything
        assert b"AGENT_STATE_NOT_READY" in everything  # the state change was published

    run(main())
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert AGENT_PASSWORD not in logged
    assert "request SET_AGENT_STATE_REQ" in logged


def test_cli_bridge(nats_server: NatsServer, start_simulator: Any) -> None:
    sim = start_simulator(traffic=TRAFFIC)
    env = dict(os.environ, CTIWIRE_PASSWORD=PASSWORD)
    env["PYTHONPATH"] = os.pathsep.join(["src", env.get("PYTHONPATH", "")])
    nats_url = nats_server.url.replace("nats://", "nats://user:natspw@")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ctiwire",
            "bridge",
            f"127.0.0.1:{sim.port}",
            "--nats",
            nats_server.url,
            "--nats",
            nats_url,
            "--client-id",
            "tester",
            "--name",
            "pg9",
            "--stats-interval",
            "0.5",
        ],
        stderr=subprocess.PIPE,
        env=env,
        cwd=Path(__file__).parent.parent,
    )
    try:
        deadline = time.monotonic() + 15

        async def count() -> int:
            with contextlib.suppress(Exception):
                return len(await stored(nats_server.url, "cti.pg9.>"))
            return 0

        while asyncio.run(count()) < 20:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "no events from the bridge"
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    text = err.decode()
    assert process.returncode == 0, text
    assert "natspw" not in text and PASSWORD not in text
    assert "lease pg9 acquired" in text
    messages = asyncio.run(stored(nats_server.url, "cti.pg9.>"))
    assert json.loads(messages[-1].data)["message"] == "SESSION_CLOSED"


class DeafLink:
    """A NatsLink whose publisher hears no answer to the first publish of each message."""

    def __init__(self, link: Any) -> None:
        self.link = link
        self.heard: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.link, name)

    async def answers(self, subject: str, handler: Any) -> Any:
        async def deaf(subject: str, data: bytes, headers: Any) -> None:
            if subject in self.heard:
                await handler(subject, data, headers)
            self.heard.add(subject)

        return await self.link.answers(subject, deaf)


def test_republished_messages_are_stored_once(nats_server: NatsServer) -> None:
    """Stored, but the ack lost: published again with the same Nats-Msg-Id, JetStream keeps one
    (within its duplicate window); after a longer outage, the publisher asks JetStream what it
    has instead, and does not publish it again."""
    from ctiwire.bridge.natslink import NatsLink, StreamSettings
    from ctiwire.bridge.publisher import Publisher
    from ctiwire.bridge.schema import Envelope, marker_message

    async def main() -> None:
        link = await NatsLink.connect([nats_server.url], name="test")
        try:
            for stream, window, prefix in (("WIDE", 60.0, "wide"), ("NARROW", 0.5, "narrow")):
                await link.ensure_stream(
                    StreamSettings(name=stream, subjects=(f"{prefix}.>",), duplicate_window=window)
                )
                publisher = Publisher(
                    DeafLink(link),
                    stream=stream,
                    own_subjects=f"{prefix}.pg1.>",
                    ack_timeout=0.3 if stream == "WIDE" else 60.0,
                    duplicate_window=window,
                )
                await publisher.start()
                envelope = Envelope(prefix, "pg1", "20260101T000000.000Z-A", 24)
                for seq in range(1, 21):
                    await publisher.put(marker_message(envelope, seq, "SESSION_CLOSED", {}))
                if stream == "NARROW":
                    await asyncio.sleep(1.0)  # beyond the window: no deduplication to rely on
                    await publisher.on_reconnect()
                assert await publisher.flush(5)
                await publisher.close()
                stats = publisher.stats
                if stream == "WIDE":
                    assert (stats.stored, stats.duplicates, stats.republished) == (0, 20, 20)
                else:
                    assert (stats.skipped, stats.republished) == (20, 0)
                messages = await stored(nats_server.url, f"{prefix}.>", stream)
                assert [json.loads(m.data)["seq"] for m in messages] == list(range(1, 21))
        finally:
            await link.close()

    run(main())


@pytest.mark.parametrize("direct", [True, False], ids=["direct", "through-nats-py"])
def test_answers_reach_the_handler_and_its_errors_keep_the_connection(
    nats_server: NatsServer, direct: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """PubAcks skip nats-py's Msg and subscription task where its insides allow (``direct``);
    either way the handler gets (subject, data, headers), a status header comes parsed, and a
    handler that raises is logged without costing the connection."""
    from ctiwire.bridge.natslink import NatsLink, StreamSettings

    async def main() -> None:
        link = await NatsLink.connect([nats_server.url], name="test")
        if not direct:
            link._direct_answers = False  # as if nats-py had changed inside
        try:
            await link.ensure_stream(StreamSettings(name="ANS", subjects=("ans.>",)))
            heard: list[tuple[str, bytes, Any]] = []
            got = asyncio.Event()

            async def handler(subject: str, data: bytes, headers: Any) -> None:
                heard.append((subject, data, headers))
                got.set()
                if len(heard) == 1:
                    raise RuntimeError("a handler's bug")

            inbox = link.new_inbox()
            await link.answers(inbox + ".*", handler)
            assert bool(link._direct) is direct
            headers = b"NATS/1.0\r\nNats-Msg-Id: a1\r\n\r\n"
            for token in (1, 2):
                got.clear()
                await link.publish("ans.x", b"{}", reply=f"{inbox}.{token}", headers=headers)
                await asyncio.wait_for(got.wait(), 5)
            got.clear()
            await link.publish("nowhere.x", b"{}", reply=f"{inbox}.3", headers=headers)
            await asyncio.wait_for(got.wait(), 5)
            assert link.connected
            assert [subject for subject, _, _ in heard] == [f"{inbox}.{n}" for n in (1, 2, 3)]
            first, second = (json.loads(data) for _, data, _ in heard[:2])
            assert first["stream"] == "ANS" and second.get("duplicate") is True
            assert heard[2][1] == b"" and (heard[2][2] or {}).get("Status") == "503"
        finally:
            await link.close()

    with caplog.at_level(logging.ERROR, logger="ctiwire.bridge"):
        run(main())
    if direct:
        assert "a handler's bug" in caplog.text


def test_consumers_scale_out_on_one_durable_consumer(
    nats_server: NatsServer, start_simulator: Any
) -> None:
    """The example consumer, twice with one durable name, while the bridge publishes: each
    message reaches one of them, and both take a share."""
    sim = start_simulator(traffic=TRAFFIC)
    command = [
        sys.executable,
        str(Path(__file__).parent.parent / "examples" / "bridge_consumer.py"),
        *("--nats", nats_server.url, "--durable", "screen-pop", "--idle", "2", "--batch", "5"),
    ]

    async def main() -> list[tuple[str, str]]:
        bridge = Bridge(bridge_config(nats_server.url), client_config(), [("127.0.0.1", sim.port)])
        task = await start(bridge)  # the stream exists from here on
        copies = [
            await asyncio.create_subprocess_exec(
                *command, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            for _ in range(2)
        ]
        await asyncio.sleep(1.0)  # both copies are waiting for messages
        published = bridge.events_published
        await wait_for(lambda: bridge.events_published > published + 100, "events")
        await stop(bridge, task)
        outputs = [await copy.communicate() for copy in copies]
        assert all(copy.returncode == 0 for copy in copies), outputs
        return [(out.decode(), err.decode()) for out, err in outputs]

    outputs = asyncio.run(asyncio.wait_for(main(), 40))
    wanted = [
        m
        for m in asyncio.run(stored(nats_server.url, "cti.pg1.*.*"))
        if m.subject.split(".")[3]
        in ("CALL_DELIVERED_EVENT", "CALL_ESTABLISHED_EVENT", "CALL_CLEARED_EVENT")
    ]
    markers = [
        m for m in asyncio.run(stored(nats_server.url, "cti.pg1._.>")) if b'"marker":true' in m.data
    ]
    lines = [line for out, _ in outputs for line in out.splitlines()]
    events = [line for line in lines if line.startswith("CALL_")]
    assert wanted and len(events) == len(wanted) and len(set(events)) == len(events)
    assert sum(line.startswith("SESSION_") for line in lines) == len(markers) == 2
    assert all(out for out, _ in outputs), outputs  # both copies took a share


def test_nats_unreachable_or_without_jetstream(tmp_path: Path, start_simulator: Any) -> None:
    from ctiwire.bridge.natslink import NatsSetupError

    sim = start_simulator()
    nowhere = NatsServer(tmp_path)  # a free port nobody listens on
    url = f"nats://user:natspw@127.0.0.1:{nowhere.port}"

    async def main() -> None:
        bridge = Bridge(
            bridge_config(url, nats_connect_timeout=1.0),
            client_config(),
            [("127.0.0.1", sim.port)],
        )
        with pytest.raises(NatsSetupError) as caught:
            await bridge.run()
        assert "natspw" not in str(caught.value) and "user:***@" in str(caught.value)
        plain = subprocess.Popen(
            [nowhere.binary, "-a", "127.0.0.1", "-p", str(nowhere.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            await asyncio.sleep(0.3)
            bridge = Bridge(
                bridge_config(nowhere.url, nats_connect_timeout=3.0),
                client_config(),
                [("127.0.0.1", sim.port)],
            )
            with pytest.raises(NatsSetupError, match="JetStream"):
                await bridge.run()
        finally:
            plain.terminate()
            plain.wait()

    run(main())


async def tls_relay(context: Any, port: int) -> tuple[asyncio.Server, list[bool]]:
    """A TLS port in front of the simulator's plain one (as a secured CTI Server port is to
    the bridge): each connection's TLS is ended here and its bytes go on to ``port``. The list
    says, per connection, whether it came over TLS."""
    secured: list[bool] = []

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        secured.append(writer.get_extra_info("ssl_object") is not None)
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", port)
        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))

    return await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context), secured


def test_tls_to_the_cti_server(
    nats_server: NatsServer, start_simulator: Any, sent: dict[str, list[bytes]], tmp_path: Path
) -> None:
    """The bridge over TLS (the CLI's --tls --tls-ca build this context): every event once."""
    cert, key = self_signed(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    sim = start_simulator(traffic=TRAFFIC)

    async def main() -> None:
        relay, secured = await tls_relay(server_context, sim.port)
        address = relay.sockets[0].getsockname()[:2]
        context = tls_context(True, ca=str(cert))
        bridge = Bridge(bridge_config(nats_server.url), client_config(), [address], ssl=context)
        task = await start(bridge)
        await wait_for(lambda: bridge.events_published > 30, "events over TLS")
        sim.call(sim.simulator.traffic.stop)
        frames = sim.call(lambda: list(sent["tester"]))
        await wait_for(lambda: bridge.events_published == len(frames), "every event")
        await stop(bridge, task)
        relay.close()
        assert secured == [True]
        documents = payloads(await stored(nats_server.url))
        check_exactly_once(documents, frames)

    run(main())

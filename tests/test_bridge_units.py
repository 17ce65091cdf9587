"""``ctiwire.bridge`` without NATS: the schema, the request builder, the publisher's buffer.

The publisher runs against a fake NATS connection that records what is published and lets the
test answer (or not) in its own time; nothing here needs nats-py or a nats-server.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ctiwire
import ctiwire.v24 as cti
from ctiwire import v15
from ctiwire.bridge.publisher import Publisher
from ctiwire.bridge.requests import RequestBuilder, RequestError, reply_error, reply_ok
from ctiwire.bridge.schema import (
    MARKERS,
    Envelope,
    Outgoing,
    check_token,
    event_message,
    marker_message,
    session_id,
    utc_text,
)
from ctiwire.jsonview import message_to_dict
from strategies import message_strategy, version

ENVELOPE = Envelope("cti", "pg1", "20260101T120000.123Z-A", 24)


def run(coro: Coroutine[Any, Any, None], limit: float = 10.0) -> None:
    asyncio.run(asyncio.wait_for(coro, limit))


def agent_state() -> cti.AgentStateEvent:
    frame = cti.encode(
        cti.AgentStateEvent(
            peripheral_id=5000,
            agent_state=cti.AgentState.AGENT_STATE_TALKING,
            skill_group_state=cti.AgentState.AGENT_STATE_TALKING,
            agent_id="1001",
            agent_extension="5001",
            agent_instrument="5001",
            direction=1,
            max_beyond_task_limit=0,
            flt_skill_groups=(cti.FltSkillGroup(100, 5100, 0, cti.AgentState.AGENT_STATE_TALKING),),
        )
    )
    message = cti.decode(frame)
    assert isinstance(message, cti.AgentStateEvent)
    return message


# ---------------------------------------------------------------------------------------------
# Schema


def test_an_event_is_the_monitor_json_in_an_envelope() -> None:
    message = agent_state()
    out = event_message(ENVELOPE, 7, message, cti.MESSAGE_NAMES, now=1767268801.234)
    assert out.subject == "cti.pg1.5000.AGENT_STATE_EVENT"
    assert out.msg_id == "pg1:20260101T120000.123Z-A:7"
    assert json.loads(out.payload) == {
        "schema": 1,
        "bridge": "pg1",
        "session": "20260101T120000.123Z-A",
        "seq": 7,
        "time": "2026-01-01T12:00:01.234Z",
        "version": 24,
        **message_to_dict(message, cti.MESSAGE_NAMES),
    }
    assert list(json.loads(out.payload))[:7] == [
        *("schema", "bridge", "session", "seq", "time", "version", "message")
    ]
    assert out.header_dict() == {
        "Nats-Msg-Id": "pg1:20260101T120000.123Z-A:7",
        "Cti-Bridge": "pg1",
        "Cti-Session": "20260101T120000.123Z-A",
        "Cti-Protocol-Version": "24",
        "Cti-Schema": "1",
        "Cti-Seq": "7",
        "Cti-Message": "AGENT_STATE_EVENT",
        "Cti-Message-Type": "30",
    }
    assert out.headers.startswith(b"NATS/1.0\r\n") and out.headers.endswith(b"\r\n\r\n")
    assert "frame" not in json.loads(out.payload)
    framed = event_message(dataclasses.replace(ENVELOPE, include_frames=True), 7, message)
    assert bytes.fromhex(json.loads(framed.payload)["frame"]) == cti.encode(message)


def test_subjects_of_events_without_a_peripheral_and_of_unknown_messages() -> None:
    system = cti.decode(cti.encode(cti.SystemEvent(system_event_id=1)))
    assert event_message(ENVELOPE, 1, system).subject == "cti.pg1._.SYSTEM_EVENT"
    null = cti.decode(
        cti.encode(cti.CallClearedEvent(peripheral_id=0xFFFFFFFF, connection_device_id="1"))
    )
    assert event_message(ENVELOPE, 1, null).subject == "cti.pg1._.CALL_CLEARED_EVENT"
    unknown = ctiwire.UnknownMessage(250, b"\x01")
    out = event_message(ENVELOPE, 2, unknown)
    assert out.subject == "cti.pg1._.UNKNOWN_250"
    assert json.loads(out.payload)["body"] == "01"


def test_markers() -> None:
    out = marker_message(ENVELOPE, 9, "SESSION_LOST", {"reason": "gone"}, now=0.0)
    assert out.subject == "cti.pg1._.SESSION_LOST"
    document = json.loads(out.payload)
    assert document["marker"] is True and document["reason"] == "gone" and document["seq"] == 9
    assert "Cti-Message-Type" not in out.header_dict()
    assert set(MARKERS) >= {"SESSION_OPENED", "SESSION_LOST", "SESSION_CLOSED"}
    with pytest.raises(ValueError, match="unknown marker"):
        marker_message(ENVELOPE, 1, "NOPE", {})


def test_passwords_are_never_published() -> None:
    request = cti.SetAgentStateReq(agent_instrument="5001", agent_password="pw-9c2e")
    out = event_message(dataclasses.replace(ENVELOPE, include_frames=True), 1, request)
    assert b"pw-9c2e" not in out.payload
    assert json.loads(out.payload)["fields"]["agent_password"] == "***"
    assert "frame" not in json.loads(out.payload)  # the frame would carry it


def test_names_and_times() -> None:
    assert session_id(1767268800.5, "B") == "20260101T120000.500Z-B"
    assert utc_text(1767268800.0) == "2026-01-01T12:00:00.000Z"
    assert utc_text(1767268801.999) == "2026-01-01T12:00:01.999Z"
    # the cache of the last millisecond and second: the same, the next, another second
    for when, text in [
        (1767268801.9991, "2026-01-01T12:00:01.999Z"),
        (1767268801.9996, "2026-01-01T12:00:02.000Z"),
        (1767268802.0004, "2026-01-01T12:00:02.000Z"),
        (1767268801.0, "2026-01-01T12:00:01.000Z"),
        (1767355201.0015, "2026-01-02T12:00:01.002Z"),
    ]:
        assert utc_text(when) == text
    assert check_token("pg-1_a", "name") == "pg-1_a"
    for bad in ("pg.1", "pg 1", "", "pg>", "*"):
        with pytest.raises(ValueError):
            check_token(bad, "name")
    with pytest.raises(ValueError):
        Envelope("cti", "pg1", "bad\r\nNats-Msg-Id: x", 24)


def test_bridge_config_checks() -> None:
    pytest.importorskip("nats")
    from ctiwire.bridge import BridgeConfig

    config = BridgeConfig(name="pg1")
    assert config.subjects == "cti.pg1.>"
    assert config.requests_to == "cti-request.pg1"
    assert BridgeConfig(name="pg1", prefix="acme.cti").subjects == "acme.cti.pg1.>"
    for bad in ({"name": "pg.1"}, {"name": "pg1", "prefix": "a.>"}, {"name": "x", "servers": ()}):
        with pytest.raises(ValueError):
            BridgeConfig(**bad)


# ---------------------------------------------------------------------------------------------
# Requests


BUILDERS = {v: RequestBuilder(ctiwire.protocol(v)) for v in ctiwire.protocol_versions()}


def test_requests_a_consumer_may_send() -> None:
    names = BUILDERS[24].request_names()
    assert "QUERY_AGENT_STATE_REQ" in names and "SET_AGENT_STATE_REQ" in names
    assert not {"OPEN_REQ", "HEARTBEAT_REQ", "CLOSE_REQ", "ACTIVE_MAINTENANCE_RESP"} & set(names)
    assert all(name.endswith("_REQ") for name in names)
    assert "QUERY_AGENT_STATE_REQ" in BUILDERS[15].request_names()


def test_building_a_request_from_json() -> None:
    builder = BUILDERS[24]
    request = builder.parse(
        json.dumps(
            {
                "message": "SET_AGENT_STATE_REQ",
                "fields": {
                    "peripheral_id": 5000,
                    "agent_instrument": "5001",
                    "agent_state": "AGENT_STATE_NOT_READY",
                    "agent_work_mode": 1,
                    "agent_service_req": ["0x00000001"],
                    "agent_password": "pw",
                    "skill_groups": [{"skill_group_number": 100, "skill_group_priority": 1}],
                },
                "timeout": 2.5,
            }
        )
    )
    assert request.timeout == 2.5
    assert request.message == cti.SetAgentStateReq(
        peripheral_id=5000,
        agent_instrument="5001",
        agent_state=cti.AgentState.AGENT_STATE_NOT_READY,
        agent_work_mode=1,
        agent_service_req=1,
        agent_password="pw",
        skill_groups=(cti.RequestedSkillGroup(100, 1),),
    )
    mask = builder.build(
        "MONITOR_START_REQ", {"call_msg_mask": ["CALL_DELIVERED_MASK", "CALL_CLEARED_MASK"]}
    )
    assert mask.call_msg_mask == (  # type: ignore[attr-defined]
        cti.CallEventMask.CALL_DELIVERED_MASK | cti.CallEventMask.CALL_CLEARED_MASK
    )
    variables = builder.build(
        "SET_CALL_DATA_REQ",
        {
            "connection_device_id": "5001",
            "named_variables": [{"name": "user.tier", "value": "gold"}],
            "call_variable1": "x",
        },
    )
    assert variables.named_variables == (ctiwire.NamedVar("user.tier", "gold"),)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("document", "text"),
    [
        (b"{", "not JSON"),
        (b"[]", "must be a JSON object, not a list"),
        (b'{"message": 5}', "'message' must be the name of a request"),
        (b'{"message": "X", "extra": 1}', "unknown key(s) extra"),
        (b'{"message": "QUERY_AGENT_STATE_REQ", "fields": []}', "'fields' must be an object"),
        (
            b'{"message": "QUERY_AGENT_STATE_REQ", "timeout": -1}',
            "'timeout' must be a positive number",
        ),
        (b'{"message": "QUERY_AGENT_STATE"}', "did you mean QUERY_AGENT_STATE_REQ"),
        (b'{"message": "CALL_DELIVERED_EVENT"}', "is not a request a client may send"),
        (b'{"message": "HEARTBEAT_REQ"}', "is not a request a client may send"),
        (b'{"message": "QUERY_AGENT_STATE_REQ", "fields": {"invoke_id": 1}}', "invoke_id is set"),
        (b'{"message": "QUERY_AGENT_STATE_REQ", "fields": {"x": 1}}', "has no field 'x'"),
        (b'{"message": "SET_AGENT_STATE_REQ"}', "needs agent_instrument"),
        (
            b'{"message": "SET_AGENT_STATE_REQ", "fields": {"agent_instrument": null}}',
            "needs agent_instrument",
        ),
        (
            b'{"message": "QUERY_AGENT_STATE_REQ", "fields": {"peripheral_id": true}}',
            "peripheral_id must be an integer, not a boolean",
        ),
        (
            b'{"message": "QUERY_AGENT_STATE_REQ", "fields": {"agent_id": 1001}}',
            "agent_id must be a string, not a number",
        ),
        (
            b'{"message": "SET_AGENT_STATE_REQ", "fields": {"agent_instrument": "1",'
            b' "agent_state": "TALKING"}}',
            "AgentState has no member 'TALKING'",
        ),
        (
            b'{"message": "MONITOR_START_REQ", "fields": {"call_msg_mask": ["NOPE"]}}',
            "call_msg_mask[0]: CallEventMask has no bit 'NOPE'",
        ),
        (
            b'{"message": "SET_AGENT_STATE_REQ", "fields": {"agent_instrument": "1",'
            b' "skill_groups": [{"skill_group_number": 1}]}}',
            "skill_groups[0] needs skill_group_priority",
        ),
    ],
)
def test_request_errors(document: bytes, text: str) -> None:
    with pytest.raises(RequestError) as caught:
        BUILDERS[24].parse(document)
    assert caught.value.kind == "invalid_request"
    assert text in caught.value.text


def test_request_errors_never_repeat_a_password() -> None:
    for fields in ({"agent_password": ["secret-1"]}, {"agent_password": {"a": "secret-1"}}):
        with pytest.raises(RequestError) as caught:
            BUILDERS[24].build("SET_AGENT_STATE_REQ", {"agent_instrument": "1", **fields})
        assert "secret-1" not in caught.value.text


def test_replies() -> None:
    conf = cti.QueryAgentStateConf(
        invoke_id=3, agent_state=cti.AgentState.AGENT_STATE_AVAILABLE, max_beyond_task_limit=0
    )
    assert json.loads(reply_ok(conf)) == {"ok": True, "schema": 1, **message_to_dict(conf)}
    failure = cti.ControlFailureConf(
        invoke_id=3, failure_code=cti.ControlFailureCode.CF_GENERIC_OPERATION
    )
    error = RequestError("failure", "refused", code=failure.failure_code, failure=failure)
    assert json.loads(reply_error(error)) == {
        "ok": False,
        "schema": 1,
        "error": {
            "kind": "failure",
            "text": "refused",
            "code": "CF_GENERIC_OPERATION",
            "failure": message_to_dict(failure),
        },
    }


def _sendable() -> list[tuple[int, Any]]:
    """Every request class a consumer may send, once (versions share unchanged classes),
    with the first version that has it."""
    seen: set[type] = set()
    found = []
    for v in ctiwire.protocol_versions():
        names = set(BUILDERS[v].request_names())
        for message in version(v).messages:
            cls = ctiwire.protocol(v).MESSAGES.get(message.number)
            if cls is not None and cls.MESSAGE_NAME in names and cls not in seen:
                seen.add(cls)
                found.append((v, message))
    return found


SENDABLE = _sendable()


@pytest.mark.parametrize(
    ("number", "message"), SENDABLE, ids=[f"v{v}-{m.name}" for v, m in SENDABLE]
)
def test_every_request_of_every_version_from_its_monitor_json(number: int, message: Any) -> None:
    """What ``monitor --json`` shows of a request (passwords aside), sent back as a request,
    builds the same message."""
    module = ctiwire.protocol(number)
    builder = BUILDERS[number]

    @settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def check(data: st.DataObject) -> None:
        original = data.draw(message_strategy(module, message))
        original = dataclasses.replace(original, invoke_id=0)
        fields = json.loads(json.dumps(message_to_dict(original)["fields"]))
        del fields["invoke_id"]
        for name in original.SECRET:
            if name in fields:
                fields[name] = getattr(original, name)
        built = builder.build(original.MESSAGE_NAME, fields)
        assert built == original
        assert module.encode(built) == module.encode(original)

    check()


def test_v15_requests_take_v15_enums() -> None:
    built = BUILDERS[15].build(
        "SET_AGENT_STATE_REQ", {"agent_instrument": "1", "agent_state": "AGENT_STATE_WORK_READY"}
    )
    assert built.agent_state is v15.AgentState.AGENT_STATE_WORK_READY  # type: ignore[attr-defined]
    assert type(built) is v15.SetAgentStateReq


# ---------------------------------------------------------------------------------------------
# The publisher, against a fake NATS connection


class FakeLink:
    """Records publishes; the test answers them (or not) through :meth:`answer`."""

    def __init__(self) -> None:
        self.connected = True
        self.published: list[tuple[str, str, bytes]] = []  # (msg id, reply subject, payload)
        self.handler: Callable[[str, bytes, Any], Awaitable[None]] | None = None
        self.last: dict[str, str] | None = None

    def new_inbox(self) -> str:
        return "_INBOX.test"

    async def publish(
        self, subject: str, payload: bytes, *, reply: str = "", headers: bytes | None = None
    ) -> None:
        assert headers is not None
        msg_id = Outgoing(subject, headers, payload, "", "", 0).header_dict()["Nats-Msg-Id"]
        self.published.append((msg_id, reply, payload))

    async def answers(
        self, subject: str, handler: Callable[[str, bytes, Any], Awaitable[None]]
    ) -> None:
        assert subject == "_INBOX.test.*"
        self.handler = handler

    async def last_headers(self, stream: str, subject: str) -> dict[str, str] | None:
        return self.last

    def ids(self) -> list[str]:
        return [msg_id for msg_id, _, _ in self.published]

    async def answer(self, index: int, data: bytes = b'{"stream":"CTI","seq":1}') -> None:
        assert self.handler is not None
        await self.handler(self.published[index][1], data, None)


def outgoing(seq: int) -> Outgoing:
    return marker_message(ENVELOPE, seq, "SESSION_CLOSED", {})


def ids(*seqs: int) -> list[str]:
    return [f"pg1:{ENVELOPE.session}:{seq}" for seq in seqs]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def publisher(link: FakeLink, **options: Any) -> Publisher:
    options.setdefault("ack_timeout", 60.0)
    options.setdefault("retry_delay", 60.0)
    return Publisher(link, stream="CTI", own_subjects="cti.pg1.>", **options)


def test_window_buffer_and_backpressure() -> None:
    async def main() -> None:
        link = FakeLink()
        p = publisher(link, max_buffered=5, max_in_flight=3)
        await p.start()
        for seq in range(1, 6):
            await p.put(outgoing(seq))
        assert link.ids() == ids(1, 2, 3)  # three on the wire, two waiting
        assert p.buffered == 5 and p.full
        sixth = asyncio.create_task(p.put(outgoing(6)))
        await asyncio.sleep(0.05)
        assert not sixth.done()  # backpressure
        await link.answer(0)
        assert link.ids() == ids(1, 2, 3, 4)
        await asyncio.wait_for(sixth, 1)
        await link.answer(1, b'{"stream":"CTI","seq":2,"duplicate": true}')
        for index in range(2, 6):
            await link.answer(index)
        assert link.ids() == ids(1, 2, 3, 4, 5, 6)
        assert p.buffered == 0 and await p.flush(0.1)
        assert (p.stats.stored, p.stats.duplicates, p.stats.republished) == (5, 1, 0)
        await p.close()

    run(main())


def test_refusals_and_silence_are_published_again_with_the_same_id() -> None:
    async def main() -> None:
        link = FakeLink()
        p = publisher(link, ack_timeout=0.2, retry_delay=0.1)
        await p.start()
        await p.put(outgoing(1))
        await p.put(outgoing(2))
        await link.answer(0, b'{"error":{"code":503,"description":"unavailable"}}')
        await asyncio.sleep(0.15)
        assert link.ids()[2:3] == ids(1)  # refused: again after retry_delay
        await asyncio.sleep(0.3)
        assert ids(2)[0] in link.ids()[2:]  # unanswered: again after ack_timeout
        await link.answer(len(link.published) - 1)
        await link.answer(len(link.published) - 2)
        assert p.buffered == 0
        assert p.stats.refused == 1 and p.stats.republished >= 2
        await p.close()

    run(main())


def test_a_reconnect_publishes_the_unacknowledged_again_then_the_rest_in_order() -> None:
    async def main() -> None:
        link = FakeLink()
        p = publisher(link)
        await p.start()
        await p.put(outgoing(1))
        await p.put(outgoing(2))
        await link.answer(0)
        link.connected = False
        await p.put(outgoing(3))
        assert link.ids() == ids(1, 2)
        link.connected = True
        await p.on_reconnect()
        assert link.ids() == ids(1, 2, 2, 3)
        assert p.stats.republished == 1

    run(main())


def test_after_an_outage_longer_than_the_duplicate_window_what_was_stored_is_skipped() -> None:
    async def main() -> None:
        link, clock = FakeLink(), Clock()
        p = publisher(link, duplicate_window=120.0, clock=clock)
        await p.start()
        for seq in range(1, 6):
            await p.put(outgoing(seq))
        await link.answer(1, b'{"error":{"code":503}}')  # 2 refused: certainly not stored
        link.connected = False
        clock.now += 600
        link.last = {"Nats-Msg-Id": ids(3)[0]}  # JetStream's last message of ours
        link.connected = True
        await p.on_reconnect()
        assert link.ids()[5:] == ids(2, 4, 5)
        assert p.stats.skipped == 2 and p.buffered == 3
        # within the window, JetStream's deduplication is enough: no lookup
        link.last = None
        link.connected = False
        await p.on_reconnect()
        link.connected = True
        await p.on_reconnect()
        assert link.ids()[8:] == ids(2, 4, 5)

    run(main())


def test_hold_and_discard() -> None:
    async def main() -> None:
        link = FakeLink()
        p = publisher(link)
        await p.start()
        p.hold(True)
        await p.put(outgoing(1))
        assert link.ids() == []
        p.hold(False)
        await p.on_reconnect()
        assert link.ids() == ids(1)
        await p.put(outgoing(2))
        assert p.discard() == 2
        assert p.buffered == 0 and p.stats.discarded == 2 and await p.flush(0)
        await link.answer(0)  # a late answer to a discarded message changes nothing
        assert p.stats.stored == 0
        await p.close()

    run(main())


def test_without_nats_py_the_command_says_how_to_install_it() -> None:
    import subprocess
    import sys

    script = (
        "import sys; sys.modules['nats'] = None\n"  # as if nats-py were not installed
        "from ctiwire.bridge import RequestBuilder, event_message\n"  # these need no NATS
        "from ctiwire.cli import main\n"
        "sys.exit(main(['bridge', '127.0.0.1:42027']))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 2, out.stderr
    assert "pip install 'ctiwire[nats]'" in out.stderr

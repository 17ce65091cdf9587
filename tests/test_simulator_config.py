"""Configuration acquisition (Version 19 on) against the simulator, with a raw client of the
version: keys, the full upload (records split by 10, in the guide's order), incremental requests
by key, and the update blocks that run-time changes send, filtered by OPEN_REQ's ConfigMsgMask."""

from __future__ import annotations

import dataclasses
import struct
from typing import Any

import pytest
from conftest import SimulatorThread
from cti_raw import CONTROL, PERIPHERAL, RawClient, all_bits, open_req

from ctiwire.simulator import AgentConfig, default_agents

VERSIONS = [19, 22, 25]
AGENTS = 23  # 23 agent records (10 + 10 + 3) and 24 devices: their phones and the route point

# What a full upload holds in each version, in the guide's order (kind, number of records).
V19 = [
    ("CONFIG_SERVICE_EVENT", 2),
    ("CONFIG_SKILL_GROUP_EVENT", 2),
    ("CONFIG_AGENT_EVENT", AGENTS),
    ("CONFIG_DEVICE_EVENT", AGENTS + 1),
    ("CONFIG_CALL_TYPE_EVENT", 2),
]
V22 = [*V19, ("CONFIG_MRD_EVENT", 1), ("CONFIG_PERIPHERAL_EVENT", 1)]
V22 += [("CONFIG_AGENT_DESK_SETTINGS_EVENT", 1)]
V25 = [*V22[:3], ("CONFIG_AGENT_SERVICE_EVENT", 2), *V22[3:]]
UPLOAD = {19: V19, 22: V22, 25: V25}
KEYS = ["service", "skill_group", "agent", "device", "call_type"]
KEYS_22 = [*KEYS, "peripheral", "agent_desk_settings"]


def agents() -> tuple[AgentConfig, ...]:
    """23 agents; the first two have agent services enabled (Version 24 on)."""
    out = list(default_agents(AGENTS))
    out[0] = dataclasses.replace(out[0], services=(1,))
    out[1] = dataclasses.replace(out[1], services=(1, 3))
    return tuple(out)


@pytest.fixture(params=VERSIONS, ids=[f"v{v}" for v in VERSIONS])
def version(request: pytest.FixtureRequest) -> int:
    return int(request.param)


@pytest.fixture
def served(start_simulator: Any, version: int) -> SimulatorThread:
    sim: SimulatorThread = start_simulator(protocol_versions=(version,), agents=agents())
    return sim


def config_client(sim: SimulatorThread, version: int, config_mask: int | None = None) -> RawClient:
    """A session without event services (only configuration messages come), with this
    ConfigMsgMask (default: every bit of the version)."""
    client = RawClient(sim.port, version=version)
    cti = client.cti
    mask = all_bits(cti.ConfigEventMask) if config_mask is None else config_mask
    client.open(open_req(version=version, services_requested=CONTROL, config_msg_mask=mask))
    assert client.recv_all(0.1) == []
    return client


def request_keys(client: RawClient) -> Any:
    client.send(client.cti.ConfigRequestKeyEvent(peripheral_id=PERIPHERAL))
    answer = client.recv_all()
    assert [m.MESSAGE_NAME for m in answer] == ["CONFIG_KEY_EVENT"]
    return answer[0]


def request_config(client: RawClient, information: int) -> list[Any]:
    client.send(
        client.cti.ConfigRequestEvent(config_information=information, peripheral_id=PERIPHERAL)
    )
    return client.recv_all()


def keys_of(message: Any) -> dict[str, bytes]:
    """The configuration keys a CONFIG_KEY_EVENT or CONFIG_BEGIN_EVENT carries, by kind."""
    return {
        f.name.removesuffix("_config_key"): getattr(message, f.name)
        for f in dataclasses.fields(message)
        if f.name.endswith("_config_key") and getattr(message, f.name) is not None
    }


def block(messages: list[Any]) -> tuple[Any, list[Any], Any]:
    """CONFIG_BEGIN_EVENT, the record events, CONFIG_END_EVENT of one block."""
    assert messages[0].MESSAGE_NAME == "CONFIG_BEGIN_EVENT", messages
    assert messages[-1].MESSAGE_NAME == "CONFIG_END_EVENT", messages
    return messages[0], messages[1:-1], messages[-1]


def test_keys(served: SimulatorThread, version: int) -> None:
    with config_client(served, version) as client:
        answer = request_keys(client)
        cti = client.cti
        assert answer.config_key_status == cti.ConfigKeyStatus.CONFIG_SUCCESS
        keys = keys_of(answer)
        assert sorted(keys) == sorted(KEYS if version < 22 else KEYS_22)
        assert all(len(key) == 8 and any(key) for key in keys.values())
        assert len(set(keys.values())) == len(keys)  # one key per kind
        assert keys_of(request_keys(client)) == keys  # nothing changed


def test_full_upload(served: SimulatorThread, version: int) -> None:
    with config_client(served, version) as client:
        cti = client.cti
        keys = keys_of(request_keys(client))
        begin, events, end = block(request_config(client, all_bits(cti.ConfigEventMask)))
        assert begin.config_type == 1  # solicited
        # Every kind the version has but terminals (Version 25), which are not simulated.
        simulated = all_bits(cti.ConfigEventMask) & ~0x100
        assert begin.config_information == simulated
        assert keys_of(begin) == keys
        assert end.config_end_status == cti.ConfigEndStatus.CONFIGEND_SUCCESS
        # In the guide's order, at most 10 records a message, every record added.
        kinds: list[tuple[str, int]] = []
        for n, event in enumerate(events):
            assert 1 <= len(event.records) <= 10, event
            assert {r.record_type for r in event.records} == {
                cti.ConfigRecordType.CONFIG_RECORD_ADD
            }
            if kinds and kinds[-1][0] == event.MESSAGE_NAME:
                assert len(events[n - 1].records) == 10  # split at 10, not earlier
                kinds[-1] = (event.MESSAGE_NAME, kinds[-1][1] + len(event.records))
            else:
                kinds.append((event.MESSAGE_NAME, len(event.records)))
        assert kinds == UPLOAD[version]
        agent_records = [
            r for e in events if e.MESSAGE_NAME == "CONFIG_AGENT_EVENT" for r in e.records
        ]
        assert [r.login_id for r in agent_records] == [str(1001 + i) for i in range(AGENTS)]
        first = agent_records[0]
        assert (first.first_name, first.last_name, first.extension) == ("Ada", "Lovelace", "5001")
        assert first.flt_skill_group_number == (100,)
        if version >= 21:  # MRD information: the initial upload only
            assert first.flt_agent_mrd_id == (1,)
            assert first.flt_agent_mrd_state == (cti.AgentState.AGENT_STATE_AVAILABLE,)
        else:
            assert not hasattr(first, "flt_agent_mrd_id")
        if version >= 24:
            services = [
                (r.agent_skill_target_id, r.flt_enabled_services)
                for e in events
                if e.MESSAGE_NAME == "CONFIG_AGENT_SERVICE_EVENT"
                for r in e.records
            ]
            assert services == [(1001, (1,)), (1002, (1, 3))]


def test_incremental_requests_and_updates(served: SimulatorThread, version: int) -> None:
    with (
        config_client(served, version) as client,
        config_client(served, version, config_mask=0x8) as devices_only,  # device updates
        config_client(served, version) as not_ready,  # never sends CONFIG_REQUEST_EVENT
    ):
        cti = client.cti
        record = cti.ConfigRecordType
        begin, _, _ = block(request_config(client, all_bits(cti.ConfigEventMask)))
        saved = keys_of(begin)
        assert request_config(devices_only, 0) == []  # "ready to receive update messages"

        # Incremental: the keys have not changed, so the client asks for nothing.
        assert keys_of(request_keys(client)) == saved
        assert request_config(client, 0) == []

        # A run-time change: an update block for the agents, with a new agent key.
        served.call(lambda: served.switch.set_agent_skill_groups("1005", (101,)))
        begin, events, end = block(client.recv_all())
        assert begin.config_type == 2  # unsolicited
        assert begin.config_information == cti.ConfigEventMask.CONFIG_MSG_AGENT_MASK
        assert keys_of(begin).keys() == {"agent"}
        assert keys_of(begin)["agent"] != saved["agent"]
        assert [e.MESSAGE_NAME for e in events] == ["CONFIG_AGENT_EVENT"]
        (changed,) = events[0].records
        assert (changed.record_type, changed.login_id) == (record.CONFIG_RECORD_CHANGE, "1005")
        assert changed.flt_skill_group_number == (101,)
        assert end.config_end_status == cti.ConfigEndStatus.CONFIGEND_SUCCESS
        assert devices_only.recv_all(0.1) == []  # ConfigMsgMask: devices only
        assert not_ready.recv_all(0.1) == []

        # A new agent: agents and devices change; the device-only client sees its phone.
        served.call(
            lambda: served.switch.add_agent(AgentConfig("1030", "5030", skill_groups=(100,)))
        )
        got = client.recv_all()
        assert [m.MESSAGE_NAME for m in got] == [
            "CONFIG_BEGIN_EVENT",
            "CONFIG_AGENT_EVENT",
            "CONFIG_END_EVENT",
            "CONFIG_BEGIN_EVENT",
            "CONFIG_DEVICE_EVENT",
            "CONFIG_END_EVENT",
        ]
        assert [(r.record_type, r.login_id) for r in got[1].records] == [
            (record.CONFIG_RECORD_ADD, "1030")
        ]
        phone = devices_only.recv_all()
        assert [m.MESSAGE_NAME for m in phone] == [
            "CONFIG_BEGIN_EVENT",
            "CONFIG_DEVICE_EVENT",
            "CONFIG_END_EVENT",
        ]
        assert [(r.record_type, r.extension) for r in phone[1].records] == [
            (record.CONFIG_RECORD_ADD, "5030")
        ]
        served.call(lambda: served.switch.remove_agent("1030"))
        got = client.recv_all()
        assert [(r.record_type, r.login_id) for r in got[1].records] == [
            (record.CONFIG_RECORD_DELETE, "1030")
        ]
        assert [(r.record_type, r.extension) for r in got[4].records] == [
            (record.CONFIG_RECORD_DELETE, "5030")
        ]
        assert not_ready.recv_all(0.1) == []

        # Incremental again: only the agent key changed, so only agents are asked for.
        keys = keys_of(request_keys(client))
        assert {k for k in keys if keys[k] != saved[k]} == {"agent"}
        begin, events, end = block(
            request_config(client, cti.ConfigEventMask.CONFIG_MSG_AGENT_MASK)
        )
        assert keys_of(begin) == {"agent": keys["agent"]}
        assert [len(e.records) for e in events] == [10, 10, 3]
        assert {e.MESSAGE_NAME for e in events} == {"CONFIG_AGENT_EVENT"}


@pytest.mark.parametrize("version", [25])
def test_agent_service_updates(served: SimulatorThread, version: int) -> None:
    with config_client(served, version) as client:
        cti = client.cti
        record = cti.ConfigRecordType
        request_config(client, 0)
        served.call(lambda: served.switch.set_agent_services("1003", (2,)))
        _, events, _ = block(client.recv_all())
        assert [
            (r.record_type, r.agent_skill_target_id, r.flt_enabled_services)
            for r in events[0].records
        ] == [(record.CONFIG_RECORD_ADD, 1003, (2,))]
        # "with NumOfEnabledServices 0 when all are removed"
        served.call(lambda: served.switch.set_agent_services("1003", ()))
        _, events, _ = block(client.recv_all())
        assert [(r.record_type, r.flt_enabled_services) for r in events[0].records] == [
            (record.CONFIG_RECORD_CHANGE, ())
        ]


@pytest.mark.parametrize("version", [22])
def test_another_peripheral_has_no_configuration(served: SimulatorThread, version: int) -> None:
    with config_client(served, version) as client:
        cti = client.cti
        client.send(cti.ConfigRequestEvent(config_information=0x1, peripheral_id=PERIPHERAL + 1))
        _, events, end = block(client.recv_all())
        assert events == []
        assert end.config_end_status == cti.ConfigEndStatus.CONFIGEND_EMPTY


def test_version_15_has_no_configuration_messages(start_simulator: Any) -> None:
    sim = start_simulator(protocol_versions=(15,))
    with RawClient(sim.port, version=15) as client:
        cti = client.cti
        client.open(open_req(services_requested=CONTROL))
        # CONFIG_REQUEST_EVENT (232) is not a message of Version 15: it is ignored.
        client.sock.sendall(struct.pack(">II", 8, 232) + struct.pack(">II", 0x1F, PERIPHERAL))
        client.send(cti.HeartbeatReq(invoke_id=5))
        assert client.recv_all() == [cti.HeartbeatConf(invoke_id=5)]

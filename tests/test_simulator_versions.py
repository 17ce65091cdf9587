"""The simulator at protocol versions 15 to 25, over real loopback TCP with a raw client of that
version: the OPEN_CONF and events carry exactly the fields the version has, control requests are
answered in the version, and all-ones masks are accepted (refused with ``strict=True``).

Until the session core negotiates the version, a simulator serves the first of its
``protocol_versions``: each test starts one serving the version under test.
"""

from __future__ import annotations

import dataclasses
from types import ModuleType
from typing import Any

import pytest
from conftest import SimulatorThread
from cti_raw import (
    CONTROL,
    PERIPHERAL,
    RawClient,
    S,
    all_bits,
    client_events,
    names,
    open_req,
)

import ctiwire
from ctiwire.v15 import AgentState

VERSIONS = [15, 16, 19, 20, 23, 24, 25]


@pytest.fixture(params=VERSIONS, ids=[f"v{v}" for v in VERSIONS])
def version(request: pytest.FixtureRequest) -> int:
    return int(request.param)


@pytest.fixture
def served(start_simulator: Any, version: int) -> SimulatorThread:
    sim: SimulatorThread = start_simulator(protocol_versions=(version,))
    return sim


def field_names(message: Any) -> set[str]:
    return {f.name for f in dataclasses.fields(message)}


def by_name(messages: list[Any], name: str) -> list[Any]:
    return [m for m in messages if name == m.MESSAGE_NAME]


def assert_version(cti: ModuleType, frames: list[bytes]) -> None:
    """Every frame decodes in the version and encodes back to the same bytes, with a fresh
    message of the version's class."""
    for frame in frames:
        message = cti.decode(frame)
        assert not isinstance(message, ctiwire.UnknownMessage), frame[:8].hex()
        fresh = type(message)(
            **{f.name: getattr(message, f.name) for f in dataclasses.fields(message)}
        )
        assert cti.encode(fresh) == frame, message


def test_open_conf_has_the_fields_of_the_version(served: SimulatorThread, version: int) -> None:
    with RawClient(served.port, version=version) as desk:
        conf = desk.open(client_events("5002", version=version, invoke_id=3))
        cti = desk.cti
        assert type(conf) is cti.OpenConf
        assert (conf.invoke_id, conf.agent_id, conf.agent_extension) == (3, "1002", "5002")
        assert conf.agent_state == cti.AgentState.AGENT_STATE_AVAILABLE
        assert ("department_id" in field_names(conf)) == (version >= 19)
        assert ("session_type" in field_names(conf)) == (version >= 24)
        if version >= 19:
            assert conf.department_id == 2  # agent 1002's department
        if version >= 24:
            assert conf.session_type == 1  # Active
        assert_version(cti, desk.received)


def test_events_and_control_in_the_version(served: SimulatorThread, version: int) -> None:
    with RawClient(served.port, version=version) as client:
        cti = client.cti
        client.open()
        client.recv_all(0.1)
        conf, after = client.request(
            cti.MakeCallReq(peripheral_id=PERIPHERAL, agent_instrument="5001", dialed_number="5002")
        )
        assert type(conf) is cti.MakeCallConf
        call = conf.new_connection_call_id
        assert names(after) == [
            "BEGIN_CALL_EVENT",
            "CALL_SERVICE_INITIATED_EVENT",
            "CALL_ORIGINATED_EVENT",
            "AGENT_STATE_EVENT",
            "CALL_DELIVERED_EVENT",
            "AGENT_STATE_EVENT",
        ]
        caller, called = by_name(after, "AGENT_STATE_EVENT")
        for state in (caller, called):
            assert type(state) is cti.AgentStateEvent
            fields = field_names(state)
            assert ("direction" in fields) == (version >= 16)
            assert ("department_id" in fields) == (version >= 19)
            assert ("max_beyond_task_limit" in fields) == (version >= 22)
        if version >= 16:  # 5001 placed an inside call, 5002 receives it
            assert (caller.direction, called.direction) == (4, 3)  # Other Out, Other In
        if version >= 19:
            assert (caller.department_id, called.department_id) == (1, 2)

        conf, after = client.request(
            cti.AnswerCallReq(
                peripheral_id=PERIPHERAL, connection_call_id=call, connection_device_id="5002"
            )
        )
        assert type(conf) is cti.AnswerCallConf
        assert names(after) == ["CALL_ESTABLISHED_EVENT", "AGENT_STATE_EVENT"]
        conf, _ = client.request(cti.QueryAgentStateReq(peripheral_id=PERIPHERAL, agent_id="1002"))
        assert type(conf) is cti.QueryAgentStateConf
        assert conf.agent_state == cti.AgentState.AGENT_STATE_TALKING
        assert [sg.skill_group_number for sg in conf.skill_groups] == [100, 101]
        if version >= 19:
            assert conf.department_id == 2
        conf, after = client.request(
            cti.ClearCallReq(
                peripheral_id=PERIPHERAL, connection_call_id=call, connection_device_id="5001"
            )
        )
        assert type(conf) is cti.ClearCallConf
        states = by_name(after, "AGENT_STATE_EVENT")
        assert {s.agent_state for s in states} == {cti.AgentState.AGENT_STATE_AVAILABLE}
        if version >= 16:
            assert {s.direction for s in states} == {0}  # no call any more
        failure, _ = client.request(
            cti.HoldCallReq(
                peripheral_id=PERIPHERAL, connection_call_id=call, connection_device_id="5001"
            )
        )
        assert type(failure) is cti.ControlFailureConf
        assert failure.failure_code == cti.ControlFailureCode.CF_NO_ACTIVE_CALL
        assert_version(cti, client.received)


@pytest.mark.parametrize("version", [16, 20, 25])  # Direction: Version 16 on
def test_inbound_acd_call_is_direction_in(served: SimulatorThread, version: int) -> None:
    def arrive() -> None:
        switch = served.switch
        for agent in switch.agents.values():
            if agent.agent_id != "1003":
                switch.set_agent_state(agent, AgentState.AGENT_STATE_NOT_READY)
        switch.inbound_call("6175551234")

    with RawClient(served.port, version=version) as desk:
        desk.open(client_events("5003", version=version))
        served.call(arrive)
        events = desk.recv_all()
        assert names(events) == ["BEGIN_CALL_EVENT", "CALL_DELIVERED_EVENT", "AGENT_STATE_EVENT"]
        assert events[-1].direction == 1  # In


def test_all_ones_masks(start_simulator: Any, version: int) -> None:
    ones = {"call_msg_mask": 0xFFFFFFFF, "agent_state_mask": 0xFFFFFFFF}
    lenient = start_simulator(protocol_versions=(version,))
    with RawClient(lenient.port, version=version) as client:
        conf = client.open(open_req(version=version, **ones))
        assert conf.services_granted == S.CTI_SERVICE_ALL_EVENTS | CONTROL
    strict = start_simulator(protocol_versions=(version,), strict=True)
    with RawClient(strict.port, version=version) as client:
        client.send(open_req(version=version, invoke_id=9, **ones))
        failure = client.recv()
        cti = client.cti
        # The bits a version defines are its own: from Version 23 every CallMsgMask bit is
        # used, and only AgentStateMask has unused ones.
        status = cti.StatusCode
        unused_call_bits = all_bits(cti.CallEventMask) != 0xFFFFFFFF
        assert unused_call_bits == (version < 23)
        expected = (
            status.E_CTI_INVALID_CALL_MSG_MASK
            if unused_call_bits
            else status.E_CTI_INVALID_AGENT_STATE_MASK
        )
        assert failure == cti.FailureConf(invoke_id=9, status=expected)
        client.wait_closed()


def test_a_version_not_served_is_refused(start_simulator: Any) -> None:
    sim = start_simulator(protocol_versions=(24,))
    with RawClient(sim.port, version=24) as client:
        client.send(open_req(version=24, version_number=23, invoke_id=4))
        cti = client.cti
        assert client.recv() == cti.FailureConf(
            invoke_id=4, status=cti.StatusCode.E_CTI_INVALID_VERSION
        )


def test_unknown_versions_cannot_be_served() -> None:
    from ctiwire.simulator import Simulator, SimulatorConfig

    with pytest.raises(ValueError, match="protocol versions"):
        Simulator(SimulatorConfig(protocol_versions=(14, 15)))
    with pytest.raises(ValueError, match="protocol versions"):
        Simulator(SimulatorConfig(protocol_versions=()))

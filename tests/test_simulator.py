"""The CTI Server simulator over real loopback TCP: session management, OPEN_REQ checks, idle
timeout, client control sequences, masks, and the traffic generator's messages."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest
from conftest import SimulatorThread
from cti_raw import (
    CONTROL,
    PERIPHERAL,
    RawClient,
    S,
    client_events,
    names,
    open_req,
)

import ctiwire.v15 as cti
from ctiwire.simulator import TrafficConfig
from ctiwire.types import Message

AS = cti.AgentState
CF = cti.ControlFailureCode
E = cti.StatusCode
LCS = cti.LocalConnectionState
CM = cti.CallEventMask
AM = cti.AgentStateMask


def by_name(messages: list[Message], name: str) -> list[Any]:
    return [m for m in messages if name == m.MESSAGE_NAME]


def agent_states(messages: list[Message]) -> list[tuple[str, AS]]:
    return [(m.agent_id, m.agent_state) for m in by_name(messages, "AGENT_STATE_EVENT")]


def set_state(client: RawClient, device: str, state: AS) -> list[Message]:
    conf, after = client.request(
        cti.SetAgentStateReq(peripheral_id=PERIPHERAL, agent_state=state, agent_instrument=device)
    )
    assert conf.MESSAGE_NAME == "SET_AGENT_STATE_CONF", conf
    return after


# ---------------------------------------------------------------------------------------------
# Session management


def test_open_heartbeat_close(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as client:
        conf = client.open(open_req(invoke_id=7))
        assert conf.invoke_id == 7
        assert conf.services_granted == S.CTI_SERVICE_ALL_EVENTS | CONTROL
        assert conf.peripheral_type == cti.PeripheralType.PT_ENTERPRISE_AGENT
        assert conf.peripheral_online is True
        assert [(p.flt_peripheral_id) for p in conf.peripherals] == [PERIPHERAL]
        system = client.recv()  # All Events: each peripheral's status follows OPEN_CONF
        assert isinstance(system, cti.SystemEvent)
        assert system.system_event_id == cti.SystemEventID.SYS_PERIPHERAL_ONLINE
        assert system.system_event_arg1 == PERIPHERAL

        client.send(cti.HeartbeatReq(invoke_id=8))
        assert client.recv() == cti.HeartbeatConf(invoke_id=8)

        client.send(cti.CloseReq(invoke_id=9, status=E.E_CTI_NO_ERROR))
        assert client.recv() == cti.CloseConf(invoke_id=9)
        assert client.wait_closed() == []


def test_services_not_simulated_are_not_granted(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as client:
        asked = S.CTI_SERVICE_ALL_EVENTS | S.CTI_SERVICE_SUPERVISOR | S.CTI_SERVICE_CLIENT_MONITOR
        conf = client.open(open_req(services_requested=asked))
        assert conf.services_granted == S.CTI_SERVICE_ALL_EVENTS


@pytest.mark.parametrize("idle_timeout", [20, 3600, 0xFFFFFFFF])
def test_idle_timeouts_the_guide_allows(simulator: SimulatorThread, idle_timeout: int) -> None:
    with RawClient(simulator.port) as client:
        client.open(open_req(idle_timeout=idle_timeout))


CE = S.CTI_SERVICE_CLIENT_EVENTS
BAD_OPENS = {
    "old version": ({"version_number": 14}, E.E_CTI_INVALID_VERSION),
    "future version": ({"version_number": 99}, E.E_CTI_INVALID_VERSION),
    "wrong password": ({"client_password": b"guess"}, E.E_CTI_INVALID_PASSWORD),
    "unknown client": ({"client_id": "mallory"}, E.E_CTI_INVALID_PASSWORD),
    "idle timeout 19 s": ({"idle_timeout": 19}, E.E_CTI_INVALID_TIMEOUT),
    "idle timeout 0": ({"idle_timeout": 0}, E.E_CTI_INVALID_TIMEOUT),
    "reserved field": ({"reserved2": 1}, E.E_CTI_INVALID_RESERVED_FIELD),
    "other peripheral": ({"peripheral_id": 1234}, E.E_CTI_INVALID_PERIPHERAL_ID),
    "client events, no peripheral": (
        {"services_requested": CE, "agent_id": "1001"},
        E.E_CTI_INVALID_PERIPHERAL_ID,
    ),
    "client events, no agent data": (
        {"services_requested": CE, "peripheral_id": PERIPHERAL},
        E.E_CTI_REQUIRED_DATA_MISSING,
    ),
    "client events, unknown agent": (
        {"services_requested": CE, "peripheral_id": PERIPHERAL, "agent_id": "9999"},
        E.E_CTI_INVALID_AGENT_DATA,
    ),
    "client events, unknown device": (
        {"services_requested": CE, "peripheral_id": PERIPHERAL, "agent_instrument": "7777"},
        E.E_CTI_INVALID_AGENT_DATA,
    ),
    "client events, agent and device disagree": (
        {
            "services_requested": CE,
            "peripheral_id": PERIPHERAL,
            "agent_id": "1001",
            "agent_extension": "5002",
        },
        E.E_CTI_INCONSISTENT_AGENT_DATA,
    ),
}


@pytest.mark.parametrize("fields,status", list(BAD_OPENS.values()), ids=list(BAD_OPENS))
def test_bad_open_req_is_refused(
    simulator: SimulatorThread, fields: dict[str, Any], status: cti.StatusCode
) -> None:
    with RawClient(simulator.port) as client:
        client.send(open_req(invoke_id=42, **fields))
        failure = client.recv()
        assert failure == cti.FailureConf(invoke_id=42, status=status)
        assert client.wait_closed() == []  # the session is over


UNUSED_BITS = {
    "service": (
        {"services_requested": S.CTI_SERVICE_ALL_EVENTS | 0x4000},
        E.E_CTI_INVALID_SERVICE_MASK,
    ),
    "call mask": ({"call_msg_mask": 0x80000000}, E.E_CTI_INVALID_CALL_MSG_MASK),
    "agent mask": ({"agent_state_mask": 0x4000}, E.E_CTI_INVALID_AGENT_STATE_MASK),
    "all ones": (
        {"call_msg_mask": 0xFFFFFFFF, "agent_state_mask": 0xFFFFFFFF},
        E.E_CTI_INVALID_CALL_MSG_MASK,
    ),
}


@pytest.mark.parametrize("fields,status", list(UNUSED_BITS.values()), ids=list(UNUSED_BITS))
def test_unused_mask_bits_refused_when_strict(
    start_simulator: Any, fields: dict[str, Any], status: cti.StatusCode
) -> None:
    sim = start_simulator(strict=True)
    with RawClient(sim.port) as client:
        client.send(open_req(invoke_id=42, **fields))
        assert client.recv() == cti.FailureConf(invoke_id=42, status=status)
        assert client.wait_closed() == []


def test_all_ones_masks_are_accepted_and_logged_once(
    simulator: SimulatorThread, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="ctiwire.simulator")
    with RawClient(simulator.port) as client:
        conf = client.open(
            open_req(
                services_requested=S.CTI_SERVICE_ALL_EVENTS | CONTROL | 0x4000,
                call_msg_mask=0xFFFFFFFF,
                agent_state_mask=0xFFFFFFFF,
            )
        )
        assert conf.services_granted == S.CTI_SERVICE_ALL_EVENTS | CONTROL
        client.recv_all(0.1)
        conf, after = make_call(client, "5001", "5002")  # every event still comes
        assert names(after)[:3] == [
            "BEGIN_CALL_EVENT",
            "CALL_SERVICE_INITIATED_EVENT",
            "CALL_ORIGINATED_EVENT",
        ]
    ignored = [r.getMessage() for r in caplog.records if "unused mask bits" in r.getMessage()]
    assert len(ignored) == 1, ignored
    assert "ServicesRequested 0x00004000" in ignored[0]
    assert "CallMsgMask 0xf0000000" in ignored[0]
    assert "AgentStateMask 0xffffc000" in ignored[0]


def test_agent_signed_out_for_client_events(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as control:
        control.open()
        control.recv_all(0.1)
        set_state(control, "5004", AS.AGENT_STATE_LOGOUT)
        with RawClient(simulator.port) as client:
            client.send(client_events("", agent_instrument=None, agent_id="1004", invoke_id=3))
            assert client.recv() == cti.FailureConf(invoke_id=3, status=E.E_CTI_AGENT_NOT_LOGGED_ON)


def test_device_in_use_and_new_session(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as first:
        conf = first.open(client_events("5001"))
        assert conf.agent_id == "1001"
        assert conf.agent_state == AS.AGENT_STATE_AVAILABLE
        with RawClient(simulator.port) as intruder:
            intruder.send(client_events("5001", client_id="other", invoke_id=5))
            assert intruder.recv() == cti.FailureConf(invoke_id=5, status=E.E_CTI_DEVICE_IN_USE)
        with RawClient(simulator.port) as second:  # the same client again: the old one goes
            second.open(client_events("5001"))
            gone = first.wait_closed()
            assert gone == [cti.FailureEvent(status=E.E_CTI_NEW_SESSION_OPENED)]


def test_idle_timeout_is_enforced(start_simulator: Any) -> None:
    # 40x session clock: the smallest allowed IdleTimeout, 20 s, passes in 0.5 s.
    sim = start_simulator(session_clock_rate=40.0)
    with RawClient(sim.port) as quiet, RawClient(sim.port) as beating:
        quiet.open(open_req(idle_timeout=20))
        beating.open(open_req(idle_timeout=20))
        start = time.monotonic()
        for n in range(8):  # a heartbeat every 0.15 s (6 session seconds) keeps it open
            beating.send(cti.HeartbeatReq(invoke_id=n))
            time.sleep(0.15)
        quiet.wait_closed(timeout=1.0)
        assert 0.4 < time.monotonic() - start < 2.0
        beating.send(cti.HeartbeatReq(invoke_id=99))
        assert by_name(beating.recv_all(0.2), "HEARTBEAT_CONF")[-1].invoke_id == 99


def test_request_before_open_gets_session_not_open(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as client:
        client.send(cti.QueryAgentStateReq(invoke_id=1, peripheral_id=PERIPHERAL, agent_id="1001"))
        assert client.recv() == cti.FailureConf(invoke_id=1, status=E.E_CTI_SESSION_NOT_OPEN)
        client.open()  # the connection is still good for a session


def test_server_going_offline_tells_clients(start_simulator: Any) -> None:
    sim = start_simulator()
    client = RawClient(sim.port)
    client.open()
    client.recv_all(0.1)
    sim.stop()
    assert client.wait_closed() == [cti.FailureEvent(status=E.E_CTI_CTI_SERVER_OFFLINE)]


# ---------------------------------------------------------------------------------------------
# Client control


def test_agent_state_control(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as client:
        client.open()
        client.recv_all(0.1)
        after = set_state(client, "5001", AS.AGENT_STATE_NOT_READY)
        assert agent_states(after) == [("1001", AS.AGENT_STATE_NOT_READY)]

        conf, _ = client.request(cti.QueryAgentStateReq(peripheral_id=PERIPHERAL, agent_id="1001"))
        assert isinstance(conf, cti.QueryAgentStateConf)
        assert conf.agent_state == AS.AGENT_STATE_NOT_READY
        assert (conf.agent_extension, conf.agent_instrument) == ("5001", "5001")
        assert [sg.skill_group_number for sg in conf.skill_groups] == [100]

        assert agent_states(set_state(client, "5001", AS.AGENT_STATE_LOGOUT)) == [
            ("1001", AS.AGENT_STATE_LOGOUT)
        ]
        conf, after = client.request(
            cti.SetAgentStateReq(
                peripheral_id=PERIPHERAL,
                agent_state=AS.AGENT_STATE_LOGIN,
                agent_instrument="5001",
                agent_id="1001",
                agent_password="",
            )
        )
        assert conf.MESSAGE_NAME == "SET_AGENT_STATE_CONF"
        assert agent_states(after) == [
            ("1001", AS.AGENT_STATE_LOGIN),
            ("1001", AS.AGENT_STATE_NOT_READY),
        ]
        assert agent_states(set_state(client, "5001", AS.AGENT_STATE_AVAILABLE)) == [
            ("1001", AS.AGENT_STATE_AVAILABLE)
        ]


def make_call(
    client: RawClient, origin: str, dialed: str
) -> tuple[cti.MakeCallConf, list[Message]]:
    conf, after = client.request(
        cti.MakeCallReq(
            peripheral_id=PERIPHERAL,
            agent_instrument=origin,
            dialed_number=dialed,
            call_variable1="from-test",
        )
    )
    assert isinstance(conf, cti.MakeCallConf), conf
    return conf, after


def answer(client: RawClient, call_id: int, device: str) -> list[Message]:
    conf, after = client.request(
        cti.AnswerCallReq(
            peripheral_id=PERIPHERAL,
            connection_call_id=call_id,
            connection_device_id_type=0,
            connection_device_id=device,
        )
    )
    assert conf.MESSAGE_NAME == "ANSWER_CALL_CONF", conf
    return after


def test_make_answer_hold_retrieve_clear(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as client:
        client.open()
        client.recv_all(0.1)
        conf, after = make_call(client, "5001", "5002")
        call = conf.new_connection_call_id
        assert conf.new_connection_device_id == "5001"
        assert names(after) == [
            "BEGIN_CALL_EVENT",
            "CALL_SERVICE_INITIATED_EVENT",
            "CALL_ORIGINATED_EVENT",
            "AGENT_STATE_EVENT",
            "CALL_DELIVERED_EVENT",
            "AGENT_STATE_EVENT",
        ]
        begin = after[0]
        assert begin.connection_call_id == call
        assert begin.call_type == cti.CallType.CALLTYPE_AGENT_INSIDE
        assert begin.call_variable1 == "from-test"
        delivered = after[4]
        assert (delivered.connection_device_id, delivered.local_connection_state) == (
            "5002",
            LCS.LCS_ALERTING,
        )
        assert (delivered.calling_device_id, delivered.called_device_id) == ("5001", "5002")
        assert agent_states(after) == [
            ("1001", AS.AGENT_STATE_TALKING),
            ("1002", AS.AGENT_STATE_RESERVED),
        ]

        after = answer(client, call, "5002")
        assert names(after) == ["CALL_ESTABLISHED_EVENT", "AGENT_STATE_EVENT"]
        assert after[0].answering_device_id == "5002"
        assert after[0].local_connection_state == LCS.LCS_CONNECT

        conf, after = client.request(
            cti.HoldCallReq(
                peripheral_id=PERIPHERAL, connection_call_id=call, connection_device_id="5001"
            )
        )
        assert conf.MESSAGE_NAME == "HOLD_CALL_CONF"
        assert names(after) == ["CALL_HELD_EVENT", "AGENT_STATE_EVENT"]
        assert after[0].holding_device_id == "5001"
        assert agent_states(after) == [("1001", AS.AGENT_STATE_HOLD)]

        conf, after = client.request(
            cti.RetrieveCallReq(
                peripheral_id=PERIPHERAL,
                held_connection_call_id=call,
                held_connection_device_id="5001",
            )
        )
        assert conf.MESSAGE_NAME == "RETRIEVE_CALL_CONF"
        assert names(after) == ["CALL_RETRIEVED_EVENT", "AGENT_STATE_EVENT"]
        assert agent_states(after) == [("1001", AS.AGENT_STATE_TALKING)]

        conf, after = client.request(
            cti.ClearCallReq(
                peripheral_id=PERIPHERAL, connection_call_id=call, connection_device_id="5001"
            )
        )
        assert conf.MESSAGE_NAME == "CLEAR_CALL_CONF"
        assert names(after) == [
            "CALL_CLEARED_EVENT",
            "END_CALL_EVENT",
            "AGENT_STATE_EVENT",
            "AGENT_STATE_EVENT",
        ]
        assert after[1].connection_call_id == call
        # An inside call needs no wrap-up: both agents go back to where they were.
        assert sorted(agent_states(after)) == [
            ("1001", AS.AGENT_STATE_AVAILABLE),
            ("1002", AS.AGENT_STATE_AVAILABLE),
        ]


def test_outside_call_is_answered_by_the_far_end(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as client:
        client.open()
        client.recv_all(0.1)
        conf, after = make_call(client, "5003", "6175550100")
        delivered = by_name(after, "CALL_DELIVERED_EVENT")[0]
        assert delivered.connection_device_id == "6175550100"
        assert (
            delivered.connection_device_id_type == cti.ConnectionDeviceIDType.CONNECTION_ID_DYNAMIC
        )
        assert "CALL_ESTABLISHED_EVENT" in names(after)  # the far end answers after 20 ms
        conf, after = client.request(
            cti.ClearConnectionReq(
                peripheral_id=PERIPHERAL,
                connection_call_id=conf.new_connection_call_id,
                connection_device_id="5003",
            )
        )
        assert conf.MESSAGE_NAME == "CLEAR_CONNECTION_CONF"
        assert names(after) == [
            "CALL_CONNECTION_CLEARED_EVENT",
            "CALL_CLEARED_EVENT",
            "END_CALL_EVENT",
            "AGENT_STATE_EVENT",
        ]
        assert after[0].releasing_device_id == "5003"


def inbound_call(sim: SimulatorThread, agent_device: str) -> int:
    """An ACD call from the network, routed to ``agent_device`` (the others made not ready)."""

    def arrive() -> int:
        switch = sim.switch
        for agent in switch.agents.values():
            if agent.device is not None and agent.device.extension != agent_device:
                switch.set_agent_state(agent, AS.AGENT_STATE_NOT_READY)
        call = switch.inbound_call("6175551234", variables={1: "acct-42"})
        return int(call.call_id)

    return sim.call(arrive)


def test_inbound_consult_and_transfer(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as bridge, RawClient(simulator.port) as b_desk:
        bridge.open()
        b_desk.open(client_events("5002"))
        call = inbound_call(simulator, "5001")
        events = bridge.recv_all()
        assert names(events)[-4:] == [
            "BEGIN_CALL_EVENT",
            "CALL_DELIVERED_EVENT",
            "CALL_DELIVERED_EVENT",
            "AGENT_STATE_EVENT",
        ]
        trunk, alerting = by_name(events, "CALL_DELIVERED_EVENT")
        assert trunk.local_connection_state == LCS.LCS_INITIATE  # All Events: trunk seized
        assert (alerting.connection_device_id, alerting.local_connection_state) == (
            "5001",
            LCS.LCS_ALERTING,
        )
        answer(bridge, call, "5001")
        b_desk.recv_all(0.1)  # agent 1002 was made not ready

        conf, after = bridge.request(
            cti.ConsultationCallReq(
                peripheral_id=PERIPHERAL,
                active_connection_call_id=call,
                active_connection_device_id="5001",
                dialed_number="5002",
            )
        )
        assert isinstance(conf, cti.ConsultationCallConf)
        consult = conf.new_connection_call_id
        assert consult != call
        assert names(after) == [
            "CALL_HELD_EVENT",
            "AGENT_STATE_EVENT",
            "BEGIN_CALL_EVENT",
            "CALL_SERVICE_INITIATED_EVENT",
            "CALL_ORIGINATED_EVENT",
            "AGENT_STATE_EVENT",
            "CALL_DELIVERED_EVENT",
            "AGENT_STATE_EVENT",
        ]
        assert after[2].call_type == cti.CallType.CALLTYPE_CONSULT
        assert after[2].call_variable1 == "acct-42"  # the consult call carries the call context
        desk = b_desk.recv_all()
        assert names(desk) == ["BEGIN_CALL_EVENT", "CALL_DELIVERED_EVENT", "AGENT_STATE_EVENT"]
        assert desk[1].local_connection_state == LCS.LCS_ALERTING

        answer(bridge, consult, "5002")
        b_desk.recv_all()
        conf, after = bridge.request(
            cti.TransferCallReq(
                peripheral_id=PERIPHERAL,
                active_connection_call_id=consult,
                held_connection_call_id=call,
                active_connection_device_id="5001",
                held_connection_device_id="5001",
            )
        )
        assert isinstance(conf, cti.TransferCallConf)
        assert conf.new_connection_call_id == call
        parties = {p.connected_party_device_id for p in conf.connected_parties}
        assert parties == {"6175551234", "5002"}
        assert names(after) == ["CALL_TRANSFERRED_EVENT", "END_CALL_EVENT", "AGENT_STATE_EVENT"]
        transferred = after[0]
        assert (transferred.primary_call_id, transferred.secondary_call_id) == (call, consult)
        assert transferred.transferred_device_id == "5002"
        assert after[1].connection_call_id == consult
        assert agent_states(after) == [("1001", AS.AGENT_STATE_WORK_READY)]  # wrap-up
        # Agent 1002's desktop: the original call begins for it, the consult call ends.
        desk = b_desk.recv_all()
        assert names(desk) == ["BEGIN_CALL_EVENT", "CALL_TRANSFERRED_EVENT", "END_CALL_EVENT"]
        assert desk[0].connection_call_id == call
        assert desk[1].local_connection_state == LCS.LCS_CONNECT
        assert desk[2].connection_call_id == consult


def test_conference(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as bridge:
        bridge.open()
        call = inbound_call(simulator, "5001")
        bridge.recv_all()
        answer(bridge, call, "5001")
        conf, _ = bridge.request(
            cti.ConsultationCallReq(
                peripheral_id=PERIPHERAL,
                active_connection_call_id=call,
                active_connection_device_id="5001",
                dialed_number="5003",
            )
        )
        consult = conf.new_connection_call_id
        answer(bridge, consult, "5003")
        conf, after = bridge.request(
            cti.ConferenceCallReq(
                peripheral_id=PERIPHERAL,
                held_connection_call_id=call,
                active_connection_call_id=consult,
                active_connection_device_id="5001",
            )
        )
        assert isinstance(conf, cti.ConferenceCallConf)
        assert conf.new_connection_call_id == call
        parties = {p.connected_party_device_id for p in conf.connected_parties}
        assert parties == {"6175551234", "5001", "5003"}
        assert names(after)[:2] == ["CALL_CONFERENCED_EVENT", "END_CALL_EVENT"]
        conferenced = after[0]
        assert conferenced.controller_device_id == "5001"
        assert conferenced.added_party_device_id == "5003"
        assert conferenced.local_connection_state == LCS.LCS_CONNECT
        assert len(conferenced.connected_parties) == 3
        # One party leaves; the other two stay on the call.
        conf, after = bridge.request(
            cti.ClearConnectionReq(
                peripheral_id=PERIPHERAL, connection_call_id=call, connection_device_id="5003"
            )
        )
        assert names(after) == ["CALL_CONNECTION_CLEARED_EVENT", "AGENT_STATE_EVENT"]


def test_call_data_update_and_release(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as bridge:
        bridge.open()
        call = inbound_call(simulator, "5002")
        bridge.recv_all()
        conf, after = bridge.request(
            cti.SetCallDataReq(
                peripheral_id=PERIPHERAL,
                connection_call_id=call,
                connection_device_id="5002",
                call_variable5="vip",
                named_variables=(cti.NamedVar("user.tier", "gold"),),
            )
        )
        assert conf.MESSAGE_NAME == "SET_CALL_DATA_CONF"
        assert names(after) == ["CALL_DATA_UPDATE_EVENT"]
        update = after[0]
        assert update.call_variable5 == "vip"
        assert update.call_variable1 is None  # only what changed
        assert update.named_variables == (cti.NamedVar("user.tier", "gold"),)

        answer(bridge, call, "5002")
        conf, after = bridge.request(
            cti.ClearConnectionReq(
                peripheral_id=PERIPHERAL, connection_call_id=call, connection_device_id="6175551234"
            )
        )
        assert agent_states(after) == [("1002", AS.AGENT_STATE_WORK_READY)]
        # Wrap-up data after the call ended, then release: the call is forgotten.
        conf, after = bridge.request(
            cti.SetCallDataReq(
                peripheral_id=PERIPHERAL,
                connection_call_id=call,
                connection_device_id="5002",
                call_wrapup_data="sold",
            )
        )
        assert conf.MESSAGE_NAME == "SET_CALL_DATA_CONF"
        assert after == []  # no session is associated with an ended call
        release = cti.ReleaseCallReq(
            peripheral_id=PERIPHERAL, connection_call_id=call, connection_device_id="5002"
        )
        conf, _ = bridge.request(release)
        assert conf.MESSAGE_NAME == "RELEASE_CALL_CONF"
        conf, _ = bridge.request(release)
        assert conf == cti.FailureConf(invoke_id=conf.invoke_id, status=E.E_CTI_INVALID_CALLID)


def control_failure(client: RawClient, request: Message) -> Any:
    answer, after = client.request(request)
    assert after == []  # a refused request changes nothing
    return answer


def test_invalid_control_requests(simulator: SimulatorThread) -> None:
    P = PERIPHERAL
    with RawClient(simulator.port) as client, RawClient(simulator.port) as desk:
        client.open()
        client.recv_all(0.1)
        desk.open(client_events("5004"))
        cases: list[tuple[RawClient, Message, Any]] = [
            (
                client,
                cti.AnswerCallReq(
                    peripheral_id=P, connection_call_id=12345, connection_device_id="5001"
                ),
                CF.CF_NO_CALL_TO_ANSWER,
            ),
            (
                client,
                cti.MakeCallReq(peripheral_id=P, agent_instrument="5001", dialed_number="call-me"),
                CF.CF_INVALID_CALLED_DEVICE,
            ),
            (
                client,
                cti.MakeCallReq(peripheral_id=P, agent_instrument="9999", dialed_number="5002"),
                CF.CF_INVALID_CALLING_DEVICE,
            ),
            (
                client,
                cti.SetAgentStateReq(
                    peripheral_id=P, agent_state=AS.AGENT_STATE_TALKING, agent_instrument="5001"
                ),
                CF.CF_INVALID_OBJECT_STATE,
            ),
            (
                client,
                cti.SetAgentStateReq(
                    peripheral_id=P,
                    agent_state=AS.AGENT_STATE_LOGIN,
                    agent_instrument="5001",
                    agent_id="1002",
                ),
                CF.CF_SPECIFIED_AGENT_ALREADY_SIGNED_ON,
            ),
            (
                client,
                cti.QueryAgentStateReq(peripheral_id=P, agent_id="4242"),
                CF.CF_INVALID_AGENT_ID_SPECIFIED,
            ),
            (
                client,
                cti.MakeCallReq(peripheral_id=1, agent_instrument="5001", dialed_number="5002"),
                E.E_CTI_INVALID_PERIPHERAL_ID,
            ),
            (
                client,
                cti.SnapshotCallReq(
                    peripheral_id=P, connection_call_id=1, connection_device_id="5001"
                ),
                E.E_CTI_FUNCTION_NOT_AVAILABLE,
            ),
            (
                desk,
                cti.MakeCallReq(peripheral_id=P, agent_instrument="5001", dialed_number="5002"),
                CF.CF_PRIVILEGE_VIOLATION_ON_SPECIFIED_DEVICE,
            ),
        ]
        for sender, request, code in cases:
            answer = control_failure(sender, request)
            expected = "FAILURE_CONF" if isinstance(code, E) else "CONTROL_FAILURE_CONF"
            got = answer.status if isinstance(answer, cti.FailureConf) else answer.failure_code
            assert (answer.MESSAGE_NAME, got) == (expected, code), request

        conf, _ = make_call(client, "5001", "5002")
        call = conf.new_connection_call_id
        for request, code in [
            (
                cti.HoldCallReq(
                    peripheral_id=P, connection_call_id=call, connection_device_id="5002"
                ),
                CF.CF_NO_ACTIVE_CALL,
            ),
            (
                cti.RetrieveCallReq(
                    peripheral_id=P, held_connection_call_id=call, held_connection_device_id="5001"
                ),
                CF.CF_NO_HELD_CALL,
            ),
            (
                cti.TransferCallReq(
                    peripheral_id=P,
                    active_connection_call_id=call,
                    held_connection_call_id=call + 1,
                    active_connection_device_id="5001",
                ),
                CF.CF_NO_CALL_TO_COMPLETE,
            ),
            (
                cti.ClearConnectionReq(
                    peripheral_id=P, connection_call_id=call, connection_device_id="5003"
                ),
                CF.CF_NO_CONNECTION_TO_CLEAR,
            ),
            (
                cti.ClearCallReq(
                    peripheral_id=P, connection_call_id=call, connection_device_id="5003"
                ),
                CF.CF_AGENT_NOT_PARTY_ON_CALL,
            ),
        ]:
            answer = control_failure(client, request)
            assert (answer.MESSAGE_NAME, answer.failure_code) == ("CONTROL_FAILURE_CONF", code)
        answer = control_failure(
            desk,
            cti.SetCallDataReq(
                peripheral_id=P,
                connection_call_id=call,
                connection_device_id="5001",
                call_variable1="x",
            ),
        )
        assert isinstance(answer, cti.FailureConf)
        assert answer.status == E.E_CTI_NOT_CALL_PARTY


def test_control_needs_the_service(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as client:
        client.open(open_req(services_requested=S.CTI_SERVICE_ALL_EVENTS))
        client.recv_all(0.1)
        answer = control_failure(
            client, cti.QueryAgentStateReq(peripheral_id=PERIPHERAL, agent_id="1001")
        )
        assert answer == cti.FailureConf(
            invoke_id=answer.invoke_id, status=E.E_CTI_FUNCTION_NOT_AVAILABLE
        )


# ---------------------------------------------------------------------------------------------
# Masks and Client Events


def test_masks_are_honoured(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as control, RawClient(simulator.port) as masked:
        control.open()
        control.recv_all(0.1)
        masked.open(
            open_req(
                call_msg_mask=CM.CALL_DELIVERED_MASK | CM.END_CALL_MASK,
                agent_state_mask=AM.AGENT_TALKING_MASK,
            )
        )
        masked.recv_all(0.1)
        conf, _ = make_call(control, "5001", "5002")
        call = conf.new_connection_call_id
        answer(control, call, "5002")
        control.request(
            cti.ClearCallReq(
                peripheral_id=PERIPHERAL, connection_call_id=call, connection_device_id="5001"
            )
        )
        got = masked.recv_all()
        assert names(got) == [
            "AGENT_STATE_EVENT",
            "CALL_DELIVERED_EVENT",
            "AGENT_STATE_EVENT",
            "END_CALL_EVENT",
        ]
        assert {state for _, state in agent_states(got)} == {AS.AGENT_STATE_TALKING}


def test_client_events_see_only_their_device(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as control, RawClient(simulator.port) as desk:
        control.open()
        control.recv_all(0.1)
        desk.open(client_events("5003"))
        conf, _ = make_call(control, "5001", "5002")  # not 5003's business
        answer(control, conf.new_connection_call_id, "5002")
        set_state(control, "5004", AS.AGENT_STATE_NOT_READY)
        assert desk.recv_all() == []
        conf, _ = make_call(control, "5004", "5003")
        desk_events = desk.recv_all()
        assert names(desk_events) == [
            "BEGIN_CALL_EVENT",
            "CALL_DELIVERED_EVENT",
            "AGENT_STATE_EVENT",
        ]
        begin, delivered, state = desk_events
        # Call-level events name the client's own connection; LocalConnectionState is its own.
        assert (begin.connection_call_id, begin.connection_device_id) == (
            conf.new_connection_call_id,
            "5003",
        )
        assert delivered.local_connection_state == LCS.LCS_ALERTING
        assert (state.agent_id, state.agent_state) == ("1003", AS.AGENT_STATE_RESERVED)


def test_calls_in_progress_begin_on_open(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as control:
        control.open()
        control.recv_all(0.1)
        conf, _ = make_call(control, "5001", "5002")
        with RawClient(simulator.port) as late, RawClient(simulator.port) as desk:
            late.open()
            assert names(late.recv_all()) == ["SYSTEM_EVENT", "BEGIN_CALL_EVENT"]
            desk.open(client_events("5002"))
            begun = desk.recv_all()
            assert names(begun) == ["BEGIN_CALL_EVENT"]
            assert begun[0].connection_call_id == conf.new_connection_call_id


# ---------------------------------------------------------------------------------------------
# Traffic


FAST = TrafficConfig(
    calls_per_second=25,
    seed=7,
    ring=(0.01, 0.05),
    talk=(0.05, 0.2),
    hold=(0.01, 0.05),
    hold_probability=0.5,
    call_data_probability=0.5,
    wrapup=(0.01, 0.05),
    break_time=(0.02, 0.05),
    patience=(0.05, 0.3),
)


def test_traffic_generator_messages_are_valid(start_simulator: Any) -> None:
    sim = start_simulator(traffic=FAST)
    with RawClient(sim.port) as client:
        client.open()
        messages = client.collect(1.5)
        frames = client.received
    for frame in frames:  # every frame decodes and re-encodes to the same bytes
        assert cti.encode(cti.decode(frame)) == frame
    seen = set(names(messages))
    assert {
        "BEGIN_CALL_EVENT",
        "CALL_DELIVERED_EVENT",
        "CALL_ESTABLISHED_EVENT",
        "CALL_HELD_EVENT",
        "CALL_RETRIEVED_EVENT",
        "CALL_DATA_UPDATE_EVENT",
        "CALL_CONNECTION_CLEARED_EVENT",
        "CALL_CLEARED_EVENT",
        "END_CALL_EVENT",
        "AGENT_STATE_EVENT",
    } <= seen
    # Per call: BEGIN_CALL_EVENT first, nothing after END_CALL_EVENT.
    per_call: dict[int, list[str]] = {}
    for m in messages:
        call_id = getattr(m, "connection_call_id", None)
        if call_id is not None:
            per_call.setdefault(call_id, []).append(m.MESSAGE_NAME)
    assert len(per_call) > 10
    for call_id, sequence in per_call.items():
        assert sequence[0] == "BEGIN_CALL_EVENT", (call_id, sequence)
        if "END_CALL_EVENT" in sequence:
            assert sequence.index("END_CALL_EVENT") == len(sequence) - 1, (call_id, sequence)
    # Agents go through the whole cycle.
    states = {state for _, state in agent_states(messages)}
    assert {
        AS.AGENT_STATE_RESERVED,
        AS.AGENT_STATE_TALKING,
        AS.AGENT_STATE_WORK_READY,
        AS.AGENT_STATE_AVAILABLE,
    } <= states


def test_single_step_transfer(simulator: SimulatorThread) -> None:
    with RawClient(simulator.port) as bridge, RawClient(simulator.port) as desk:
        bridge.open()
        bridge.recv_all()
        desk.open(client_events("5003"))
        conf, _ = make_call(bridge, "5001", "6175550100")  # answered by the far end
        call = conf.new_connection_call_id
        conf, after = bridge.request(
            cti.TransferCallReq(
                peripheral_id=PERIPHERAL,
                active_connection_call_id=call,
                held_connection_call_id=cti.NULL_CALL_ID,
                held_connection_device_id_type=0xFFFF,
                active_connection_device_id="5001",
                dialed_number="5003",
            )
        )
        assert isinstance(conf, cti.TransferCallConf)
        assert conf.new_connection_call_id == call
        # All Events: the call goes on (no END_CALL_EVENT); 5001 simply leaves it.
        assert names(after) == [
            "CALL_TRANSFERRED_EVENT",
            "CALL_DELIVERED_EVENT",
            "AGENT_STATE_EVENT",
            "AGENT_STATE_EVENT",
        ]
        parties = {p.connected_party_device_id for p in after[0].connected_parties}
        assert parties == {"6175550100", "5003"}
        assert agent_states(after) == [
            ("1003", AS.AGENT_STATE_RESERVED),
            ("1001", AS.AGENT_STATE_AVAILABLE),
        ]
        assert names(desk.recv_all()) == [
            "BEGIN_CALL_EVENT",
            "CALL_TRANSFERRED_EVENT",
            "CALL_DELIVERED_EVENT",
            "AGENT_STATE_EVENT",
        ]

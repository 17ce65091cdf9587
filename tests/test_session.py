"""The sans-IO session core: every state transition, heartbeats, InvokeID matching, failures.

Time is a plain float passed in (a fake clock); no sockets, no sleeps.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ctiwire.v15 as cti
from ctiwire import CTIError, DecodeError, LocalProtocolError, RemoteProtocolError
from ctiwire.failover import Attempt, Wait, side_selection
from ctiwire.session import (
    CLIENT_TRANSITIONS,
    SERVER_TRANSITIONS,
    ClientConfig,
    ClientSession,
    CloseRequested,
    Event,
    Input,
    MalformedMessage,
    OpenFailed,
    OpenRequested,
    ProtocolError,
    RequestCompleted,
    RequestFailed,
    RequestReceived,
    ServerSession,
    SessionClosed,
    SessionLost,
    SessionOpened,
    State,
    UnexpectedMessage,
    UnsolicitedEvent,
)

T0 = 1000.0
HB = 10.0  # heartbeat interval of the default test config
S = cti.StatusCode
SECRET = "pa55-w0rd-never-shown"


def config(**overrides: Any) -> ClientConfig:
    fields: dict[str, Any] = {
        "client_id": "tester",
        "client_password": SECRET,
        "protocol_version": 15,
        "services": cti.CTIServiceMask.CTI_SERVICE_CLIENT_EVENTS
        | cti.CTIServiceMask.CTI_SERVICE_CLIENT_CONTROL,
        "heartbeat_interval": HB,
        "peripheral_id": 5000,
        "agent_instrument": "1001",
    }
    fields.update(overrides)
    return ClientConfig(**fields)


def events(session: ClientSession | ServerSession) -> list[Event]:
    out = []
    while (event := session.next_event()) is not None:
        out.append(event)
    return out


def frames(data: bytes) -> list[cti.Message]:
    decoder = cti.frame_decoder()
    decoder.feed(data)
    return [cti.decode(f) for f in decoder.frames()]


def feed(session: ClientSession | ServerSession, *messages: cti.Message, now: float) -> None:
    session.receive_data(b"".join(cti.encode(m) for m in messages), now)


QUERY = cti.QueryAgentStateReq(peripheral_id=5000, agent_instrument="1001")
OFFLINE = cti.FailureEvent(status=S.E_CTI_CTI_SERVER_OFFLINE)
GARBAGE = b"\xff\xff\xff\xff\x00\x00\x00\x01"  # a MessageLength beyond any maximum
OPEN_CONF = cti.OpenConf(
    invoke_id=1,
    services_granted=cti.CTIServiceMask.CTI_SERVICE_CLIENT_EVENTS,
    peripheral_online=True,
    agent_state=cti.AgentState.AGENT_STATE_AVAILABLE,
)


# ---------------------------------------------------------------------------------------------
# Driving a session into each state. The client's OPEN_REQ is InvokeID 1, its CLOSE_REQ 2 (when
# no request came between); opened at T0 + 1, closing from T0 + 2.


def client_in(state: State, **overrides: Any) -> ClientSession:
    c = ClientSession(config(**overrides))
    if state is State.IDLE:
        return c
    c.open(T0)
    if state is State.OPENING:
        return c
    if state is State.FAILED:
        feed(c, cti.FailureConf(invoke_id=1, status=S.E_CTI_INVALID_PASSWORD), now=T0 + 1)
    else:
        feed(c, OPEN_CONF, now=T0 + 1)
    if state in (State.OPEN, State.FAILED):
        events(c)
        return c
    if state is State.LOST:
        c.receive_data(b"", T0 + 2)
    elif state is State.ERROR:
        c.receive_data(GARBAGE, T0 + 2)
    else:
        c.close(T0 + 2)
        if state is State.CLOSED:
            feed(c, cti.CloseConf(invoke_id=2), now=T0 + 3)
    events(c)
    assert c.state is state
    return c


def server_in(state: State, strict: bool = False) -> ServerSession:
    s = ServerSession(open_timeout=30.0, now=T0, strict=strict)
    if state is State.IDLE:
        return s
    if state is State.LOST:
        s.receive_data(b"", T0 + 1)
    elif state is State.ERROR:
        s.receive_data(GARBAGE, T0 + 1)
    else:
        client = ClientSession(config())
        s.receive_data(client.open(T0 + 1), T0 + 1)
        if state is State.FAILED:
            s.reject_open(S.E_CTI_INVALID_PASSWORD)
        elif state in (State.OPEN, State.CLOSED):
            s.accept_open()
            if state is State.CLOSED:
                feed(s, cti.CloseReq(invoke_id=9), now=T0 + 2)
    events(s)
    s.data_to_send()
    assert s.state is state
    return s


# How each input is brought about, per role (the session is in the state the table starts from).
CLIENT_INPUTS: dict[Input, Callable[[ClientSession], object]] = {
    Input.SEND_OPEN_REQ: lambda c: c.open(T0),
    Input.RECV_OPEN_CONF: lambda c: feed(c, OPEN_CONF, now=T0 + 1),
    Input.RECV_OPEN_FAILURE: lambda c: feed(
        c, cti.FailureConf(invoke_id=1, status=S.E_CTI_INVALID_VERSION), now=T0 + 1
    ),
    Input.OPEN_TIMEOUT: lambda c: c.handle_timer(T0 + 30.0),
    Input.SEND_CLOSE_REQ: lambda c: c.close(T0 + 5),
    Input.RECV_CLOSE_CONF: lambda c: feed(c, cti.CloseConf(invoke_id=2), now=T0 + 3),
    Input.CLOSE_TIMEOUT: lambda c: c.handle_timer(T0 + 2 + 5.0),
    # Heartbeats at +HB, +2HB, +3HB go unanswered; at +4HB the session is declared lost.
    Input.HEARTBEAT_LOST: lambda c: [c.handle_timer(T0 + 1 + k * HB) for k in (1, 2, 3, 4)],
    # A timer that fires late (a blocked loop): nothing received for more than 4 x HB.
    Input.IDLE_TIMEOUT: lambda c: c.handle_timer(T0 + 1 + 4 * HB + 5),
    Input.SERVER_OFFLINE: lambda c: feed(c, OFFLINE, now=T0 + 3),
    Input.EOF: lambda c: c.receive_data(b"", T0 + 3),
    Input.PROTOCOL_VIOLATION: lambda c: c.receive_data(GARBAGE, T0 + 3),
}

SERVER_INPUTS: dict[Input, Callable[[ServerSession], object]] = {
    Input.RECV_OPEN_REQ: lambda s: s.receive_data(ClientSession(config()).open(T0), T0 + 1),
    Input.REFUSE_OPEN: lambda s: s.receive_data(
        ClientSession(config(protocol_version=15)).open(T0)[:12]
        + (99).to_bytes(4, "big")
        + ClientSession(config(protocol_version=15)).open(T0)[16:],
        T0 + 1,
    ),
    Input.OPEN_TIMEOUT: lambda s: s.handle_timer(T0 + 30.0),
    Input.SEND_OPEN_CONF: lambda s: s.accept_open(),
    Input.SEND_OPEN_FAILURE: lambda s: s.reject_open(S.E_CTI_INVALID_PASSWORD),
    Input.RECV_CLOSE_REQ: lambda s: feed(s, cti.CloseReq(invoke_id=9), now=T0 + 2),
    # The default config asks for IdleTimeout 4 x 10 s = 40 s.
    Input.IDLE_TIMEOUT: lambda s: s.handle_timer(T0 + 1 + 40.0),
    Input.EOF: lambda s: s.receive_data(b"", T0 + 2),
    Input.PROTOCOL_VIOLATION: lambda s: s.receive_data(GARBAGE, T0 + 2),
}

CLIENT_CASES = [(a, i, b) for a, moves in CLIENT_TRANSITIONS.items() for i, b in moves.items()]
SERVER_CASES = [(a, i, b) for a, moves in SERVER_TRANSITIONS.items() for i, b in moves.items()]


def test_the_tables_cover_every_state() -> None:
    assert set(CLIENT_TRANSITIONS) == set(State)
    assert set(SERVER_TRANSITIONS) == set(State)
    for table in (CLIENT_TRANSITIONS, SERVER_TRANSITIONS):
        for state in (State.CLOSED, State.FAILED, State.LOST, State.ERROR):
            assert not table[state], "a terminal state has no way out"


@pytest.mark.parametrize(("start", "move", "end"), CLIENT_CASES, ids=str)
def test_client_transition(start: State, move: Input, end: State) -> None:
    c = client_in(start)
    CLIENT_INPUTS[move](c)
    assert c.state is end


@pytest.mark.parametrize(("start", "move", "end"), SERVER_CASES, ids=str)
def test_server_transition(start: State, move: Input, end: State) -> None:
    s = server_in(start)
    SERVER_INPUTS[move](s)
    assert s.state is end


CLIENT_ACTIONS = {Input.SEND_OPEN_REQ, Input.SEND_CLOSE_REQ}
SERVER_ACTIONS = {Input.SEND_OPEN_CONF, Input.SEND_OPEN_FAILURE}


@pytest.mark.parametrize("start", list(State))
def test_local_actions_outside_the_table_are_refused(start: State) -> None:
    for move in CLIENT_ACTIONS - set(CLIENT_TRANSITIONS[start]):
        c = client_in(start)
        with pytest.raises(LocalProtocolError):
            CLIENT_INPUTS[move](c)
        assert c.state is start
    if start is State.CLOSING:
        return  # the server role has no CLOSING state
    for move in SERVER_ACTIONS - set(SERVER_TRANSITIONS[start]):
        s = server_in(start)
        with pytest.raises(LocalProtocolError):
            SERVER_INPUTS[move](s)
        assert s.state is start


@pytest.mark.parametrize("start", [State.IDLE, State.OPENING, State.CLOSED, State.LOST])
def test_requests_only_in_an_open_session(start: State) -> None:
    c = client_in(start)
    with pytest.raises(LocalProtocolError):
        c.request(QUERY, T0 + 10)
    with pytest.raises(LocalProtocolError):
        c.send(QUERY, T0 + 10)
    assert c.state is start


def test_a_terminal_session_ignores_input() -> None:
    for state in (State.CLOSED, State.FAILED, State.LOST, State.ERROR):
        c = client_in(state)
        c.receive_data(cti.encode(OFFLINE), T0 + 50)
        c.receive_data(b"", T0 + 50)
        c.handle_timer(T0 + 10_000)
        assert c.state is state
        assert events(c) == []
        assert c.next_deadline() is None


# ---------------------------------------------------------------------------------------------
# Opening


def test_open_req_carries_the_config() -> None:
    c = ClientSession(config(client_signature="sig", agent_id="42"))
    (req,) = frames(c.open(T0))
    assert isinstance(req, cti.OpenReq)
    assert req.invoke_id == 1
    assert req.version_number == 15
    assert req.idle_timeout == 40  # 4 x the heartbeat interval
    assert req.peripheral_id == 5000
    assert req.client_id == "tester"
    assert req.client_password == SECRET.encode()
    assert req.client_signature == "sig"
    assert (req.agent_id, req.agent_instrument) == ("42", "1001")
    assert req.services_requested == config().services


@pytest.mark.parametrize(
    ("interval", "idle"), [(None, 0xFFFFFFFF), (0.05, 20), (5, 20), (7.3, 30), (90, 360)]
)
def test_idle_timeout_is_four_heartbeats_never_below_twenty_seconds(
    interval: float | None, idle: int
) -> None:
    (req,) = frames(ClientSession(config(heartbeat_interval=interval)).open(T0))
    assert isinstance(req, cti.OpenReq)
    assert req.idle_timeout == idle


def test_no_peripheral_id_sends_the_null_peripheral() -> None:
    (req,) = frames(ClientSession(config(peripheral_id=None)).open(T0))
    assert isinstance(req, cti.OpenReq)
    assert req.peripheral_id == cti.NULL_PERIPHERAL_ID


def test_session_opened_surfaces_the_grant() -> None:
    c = ClientSession(config())
    c.open(T0)
    feed(c, OPEN_CONF, now=T0 + 1)
    (opened,) = events(c)
    assert isinstance(opened, SessionOpened)
    assert opened.services_granted == cti.CTIServiceMask.CTI_SERVICE_CLIENT_EVENTS
    assert opened.services_denied == cti.CTIServiceMask.CTI_SERVICE_CLIENT_CONTROL
    assert isinstance(opened.services_denied, cti.CTIServiceMask)
    assert opened.peripheral_online is True
    assert opened.agent_state is cti.AgentState.AGENT_STATE_AVAILABLE
    assert opened.conf == OPEN_CONF
    assert c.state is State.OPEN


def test_open_refused_reports_the_status_enum() -> None:
    c = client_in(State.OPENING)
    failure = cti.FailureConf(invoke_id=1, status=S.E_CTI_DEVICE_IN_USE)
    feed(c, failure, now=T0 + 1)
    assert events(c) == [OpenFailed(S.E_CTI_DEVICE_IN_USE, failure)]
    assert c.state is State.FAILED


def test_open_timeout_reports_e_cti_timeout() -> None:
    c = client_in(State.OPENING, open_timeout=45.0)
    assert c.next_deadline() == T0 + 45.0
    c.handle_timer(T0 + 44.9)
    assert c.state is State.OPENING
    c.handle_timer(T0 + 45.0)
    assert events(c) == [OpenFailed(S.E_CTI_TIMEOUT, None)]


@pytest.mark.parametrize(
    "message",
    [
        cti.CallClearedEvent(connection_device_id="1001"),
        cti.OpenConf(invoke_id=7),  # not the OPEN_REQ's InvokeID
        cti.CloseConf(invoke_id=1),  # the OPEN_REQ's InvokeID, but the wrong confirmation
        cti.HeartbeatReq(invoke_id=3),
    ],
)
def test_anything_but_the_answer_before_open_conf_is_reported_and_the_open_goes_on(
    message: cti.Message,
) -> None:
    c = client_in(State.OPENING)
    feed(c, message, now=T0 + 1)
    (report,) = events(c)
    assert isinstance(report, UnexpectedMessage)
    assert report.message == message
    assert c.state is State.OPENING
    feed(c, OPEN_CONF, now=T0 + 2)  # the real answer still opens the session
    assert isinstance(events(c)[0], SessionOpened)


@pytest.mark.parametrize(
    "message",
    [
        cti.CallClearedEvent(connection_device_id="1001"),
        cti.OpenConf(invoke_id=7),
        cti.CloseConf(invoke_id=1),
        cti.HeartbeatReq(invoke_id=3),
    ],
)
def test_anything_but_the_answer_before_open_conf_ends_a_strict_session(
    message: cti.Message,
) -> None:
    c = client_in(State.OPENING, strict=True)
    feed(c, message, now=T0 + 1)
    (error,) = events(c)
    assert isinstance(error, ProtocolError)
    assert isinstance(error.error, RemoteProtocolError)
    assert c.state is State.ERROR


def test_bytes_before_open_req_are_reported() -> None:
    c = ClientSession(config())
    feed(c, OPEN_CONF, now=T0)
    assert isinstance(events(c)[0], UnexpectedMessage)
    strict = ClientSession(config(strict=True))
    feed(strict, OPEN_CONF, now=T0)
    assert isinstance(events(strict)[0], ProtocolError)


# ---------------------------------------------------------------------------------------------
# Heartbeats and loss


def test_heartbeats_come_from_the_core_timer() -> None:
    c = client_in(State.OPEN)
    assert c.next_deadline() == T0 + 1 + HB
    c.handle_timer(T0 + 1 + HB - 0.001)
    assert c.data_to_send() == b""
    c.handle_timer(T0 + 1 + HB)
    (hb,) = frames(c.data_to_send())
    assert isinstance(hb, cti.HeartbeatReq)
    assert c.next_deadline() == T0 + 1 + 2 * HB
    feed(c, cti.HeartbeatConf(invoke_id=hb.invoke_id), now=T0 + 12)
    assert events(c) == []  # heartbeats are the core's business
    for k in range(2, 20):  # answered every time: never lost
        c.handle_timer(T0 + 1 + k * HB)
        (hb,) = frames(c.data_to_send())
        feed(c, cti.HeartbeatConf(invoke_id=hb.invoke_id), now=T0 + 1.5 + k * HB)
    assert c.state is State.OPEN


def test_three_unconfirmed_heartbeats_lose_the_session() -> None:
    c = client_in(State.OPEN, request_timeout=None)
    c.request(QUERY, T0 + 1)
    sent = []
    for k in (1, 2, 3):
        c.handle_timer(T0 + 1 + k * HB)
        sent += frames(c.data_to_send())
        # Events keep flowing, so the idle timer is not what ends the session.
        feed(c, cti.SystemEvent(), now=T0 + 1 + k * HB + 1)
    assert [type(m) for m in sent] == [cti.HeartbeatReq] * 3
    assert c.state is State.OPEN
    c.handle_timer(T0 + 1 + 4 * HB)
    lost = events(c)[-1]
    assert isinstance(lost, SessionLost)
    assert "3 HEARTBEAT_REQs went unconfirmed" in lost.reason
    assert [type(m) for m in lost.unanswered] == [cti.QueryAgentStateReq]
    assert c.state is State.LOST
    assert c.next_deadline() is None


def test_a_late_confirmation_resets_the_count() -> None:
    c = client_in(State.OPEN)
    c.handle_timer(T0 + 1 + HB)
    (first,) = frames(c.data_to_send())
    c.handle_timer(T0 + 1 + 2 * HB)
    c.handle_timer(T0 + 1 + 3 * HB)
    feed(c, cti.HeartbeatConf(invoke_id=first.invoke_id), now=T0 + 1 + 3.5 * HB)
    c.handle_timer(T0 + 1 + 4 * HB)
    assert c.state is State.OPEN


def test_nothing_received_within_the_idle_timeout() -> None:
    c = client_in(State.OPEN)
    c.handle_timer(T0 + 1 + 4 * HB + 5)  # one late timer call
    (lost,) = events(c)
    assert isinstance(lost, SessionLost)
    assert "nothing received for 40 s" in lost.reason


def test_without_heartbeats_there_is_no_timer() -> None:
    c = client_in(State.OPEN, heartbeat_interval=None, request_timeout=None)
    assert c.next_deadline() is None
    c.request(QUERY, T0 + 2)
    c.handle_timer(T0 + 100_000)
    assert c.state is State.OPEN
    assert c.data_to_send() == b""


def test_failure_conf_to_a_heartbeat_means_the_server_is_offline() -> None:
    c = client_in(State.OPEN)
    c.handle_timer(T0 + 1 + HB)
    (hb,) = frames(c.data_to_send())
    failure = cti.FailureConf(invoke_id=hb.invoke_id, status=S.E_CTI_CTI_SERVER_OFFLINE)
    feed(c, failure, now=T0 + 12)
    (lost,) = events(c)
    assert isinstance(lost, SessionLost)
    assert "off-line" in lost.reason


def test_failure_event_server_offline_ends_the_session_after_delivering_it() -> None:
    c = client_in(State.OPEN)
    feed(c, cti.SystemEvent(), OFFLINE, cti.SystemEvent(), now=T0 + 3)
    got = events(c)
    assert got[:2] == [UnsolicitedEvent(cti.SystemEvent()), UnsolicitedEvent(OFFLINE)]
    assert isinstance(got[2], SessionLost)
    assert len(got) == 3  # nothing after the end
    assert c.state is State.LOST


def test_other_failure_events_are_just_events() -> None:
    c = client_in(State.OPEN)
    other = cti.FailureEvent(status=S.E_CTI_UNSPECIFIED_FAILURE)
    feed(c, other, now=T0 + 3)
    assert events(c) == [UnsolicitedEvent(other)]
    assert c.state is State.OPEN


def test_paused_reading_suspends_the_loss_checks() -> None:
    c = client_in(State.OPEN)
    c.set_reading_paused(True, T0 + 2)
    for k in range(1, 30):  # far beyond three heartbeats and the idle timeout
        c.handle_timer(T0 + 1 + k * HB)
        (hb,) = frames(c.data_to_send())  # heartbeats still go out: the server stays happy
        assert isinstance(hb, cti.HeartbeatReq)
    assert c.state is State.OPEN
    c.set_reading_paused(False, T0 + 300)
    c.handle_timer(T0 + 300 + 3 * HB)
    assert c.state is State.OPEN  # counting starts afresh at the resume
    c.handle_timer(T0 + 300 + 4 * HB + 1)
    assert c.state is State.LOST


def test_eof_loses_the_session_and_reports_a_partial_message() -> None:
    c = client_in(State.OPEN)
    c.receive_data(cti.encode(cti.SystemEvent())[:5], T0 + 3)
    c.receive_data(b"", T0 + 3)
    (lost,) = events(c)
    assert isinstance(lost, SessionLost)
    assert "closed by the server" in lost.reason
    assert "5 bytes of an unfinished message" in lost.reason


# ---------------------------------------------------------------------------------------------
# Requests and InvokeIDs


def test_invoke_ids_are_allocated_per_session_and_replace_the_given_one() -> None:
    c = client_in(State.OPEN)
    ids = []
    for _ in range(5):
        invoke_id, data = c.request(dataclasses.replace(QUERY, invoke_id=999), T0 + 2)
        (sent,) = frames(data)
        assert isinstance(sent, cti.QueryAgentStateReq)
        assert sent.invoke_id == invoke_id
        ids.append(invoke_id)
    assert ids == [2, 3, 4, 5, 6]  # OPEN_REQ had 1
    assert ClientSession(config()).open(T0)[8:12] == b"\0\0\0\1"  # a new session starts over


def test_confirmations_match_their_own_requests_in_any_order() -> None:
    c = client_in(State.OPEN)
    sent = {}
    for n in range(20):
        req = dataclasses.replace(QUERY, agent_instrument=str(n))
        invoke_id, _ = c.request(req, T0 + 2)
        sent[invoke_id] = str(n)
    for invoke_id in reversed(sent):
        conf = cti.QueryAgentStateConf(invoke_id=invoke_id, agent_instrument=sent[invoke_id])
        feed(c, conf, now=T0 + 3)
    done = events(c)
    assert len(done) == 20
    for event in done:
        assert isinstance(event, RequestCompleted)
        assert isinstance(event.request, cti.QueryAgentStateReq)
        assert isinstance(event.confirmation, cti.QueryAgentStateConf)
        assert event.confirmation.invoke_id == event.invoke_id
        assert event.confirmation.agent_instrument == event.request.agent_instrument


def test_invoke_ids_wrap_and_skip_those_in_use() -> None:
    c = client_in(State.OPEN)
    c._next_invoke_id = 0xFFFFFFFF
    first, _ = c.request(QUERY, T0 + 2)
    second, _ = c.request(QUERY, T0 + 2)
    assert (first, second) == (0xFFFFFFFF, 1)  # the OPEN_REQ's 1 is free again
    c._next_invoke_id = 0xFFFFFFFF
    third, _ = c.request(QUERY, T0 + 2)
    assert third == 2  # 0xFFFFFFFF and 1 are outstanding


def test_failure_conf_fails_the_request_with_a_status_code() -> None:
    c = client_in(State.OPEN)
    invoke_id, _ = c.request(QUERY, T0 + 2)
    failure = cti.FailureConf(invoke_id=invoke_id, status=S.E_CTI_INVALID_AGENT_DATA)
    feed(c, failure, now=T0 + 3)
    (event,) = events(c)
    assert isinstance(event, RequestFailed)
    assert event.code is S.E_CTI_INVALID_AGENT_DATA
    assert (event.invoke_id, event.failure, event.timed_out) == (invoke_id, failure, False)


def test_control_failure_conf_fails_the_request_with_a_control_failure_code() -> None:
    c = client_in(State.OPEN)
    invoke_id, _ = c.request(QUERY, T0 + 2)
    code = cti.ControlFailureCode.CF_INVALID_CALLED_DEVICE
    feed(c, cti.ControlFailureConf(invoke_id=invoke_id, failure_code=code), now=T0 + 3)
    (event,) = events(c)
    assert isinstance(event, RequestFailed)
    assert event.code is code
    assert isinstance(event.code, cti.ControlFailureCode)


def test_an_unknown_failure_code_stays_an_int() -> None:
    c = client_in(State.OPEN)
    invoke_id, _ = c.request(QUERY, T0 + 2)
    feed(c, cti.FailureConf(invoke_id=invoke_id, status=60_000), now=T0 + 3)
    (event,) = events(c)
    assert isinstance(event, RequestFailed)
    assert event.code == 60_000


def test_a_request_times_out_and_its_late_confirmation_is_dropped() -> None:
    c = client_in(State.OPEN, request_timeout=4.0)
    invoke_id, _ = c.request(QUERY, T0 + 2)
    patient, _ = c.request(QUERY, T0 + 2, timeout=100.0)
    assert c.next_deadline() == T0 + 6
    c.handle_timer(T0 + 6)
    (event,) = events(c)
    assert isinstance(event, RequestFailed)
    assert (event.invoke_id, event.code, event.timed_out) == (invoke_id, S.E_CTI_TIMEOUT, True)
    feed(c, cti.QueryAgentStateConf(invoke_id=invoke_id), now=T0 + 7)
    assert events(c) == []
    assert c.state is State.OPEN
    feed(c, cti.QueryAgentStateConf(invoke_id=patient), now=T0 + 8)
    assert isinstance(events(c)[0], RequestCompleted)


@pytest.mark.parametrize(
    "answer",
    [
        cti.QueryAgentStateConf(invoke_id=77),  # no request has InvokeID 77
        cti.FailureConf(invoke_id=77),
        cti.SetAgentStateConf(invoke_id=2),  # InvokeID 2 is a QUERY_AGENT_STATE_REQ
        cti.OpenConf(invoke_id=1),  # the open is over
    ],
)
def test_a_confirmation_for_no_outstanding_request_is_reported(answer: cti.Message) -> None:
    c = client_in(State.OPEN)
    invoke_id, _ = c.request(QUERY, T0 + 2)
    feed(c, answer, cti.SystemEvent(), now=T0 + 3)
    report, event = events(c)
    assert isinstance(report, UnexpectedMessage) and report.message == answer
    assert isinstance(event, UnsolicitedEvent)
    assert c.state is State.OPEN
    feed(c, cti.QueryAgentStateConf(invoke_id=invoke_id), now=T0 + 4)
    assert isinstance(events(c)[0], RequestCompleted)  # the request is still waiting


@pytest.mark.parametrize(
    "answer",
    [
        cti.QueryAgentStateConf(invoke_id=77),
        cti.FailureConf(invoke_id=77),
        cti.SetAgentStateConf(invoke_id=2),
        cti.OpenConf(invoke_id=1),
    ],
)
def test_a_confirmation_for_no_outstanding_request_ends_a_strict_session(
    answer: cti.Message,
) -> None:
    c = client_in(State.OPEN, strict=True)
    c.request(QUERY, T0 + 2)
    feed(c, answer, cti.SystemEvent(), now=T0 + 3)
    (error,) = events(c)
    assert isinstance(error, ProtocolError)
    assert isinstance(error.error, RemoteProtocolError)
    assert [type(m) for m in error.unanswered] == [cti.QueryAgentStateReq]
    assert c.state is State.ERROR


def test_a_message_that_does_not_decode_is_reported_and_the_session_goes_on() -> None:
    c = client_in(State.OPEN)
    good = cti.encode(cti.SystemEvent())
    cut = b"\0\0\0\2\0\0\0\x1f\0\0"  # SYSTEM_EVENT cut inside its fixed part
    c.receive_data(good + cut + good, T0 + 3)
    first, report, last = events(c)
    assert first == last == UnsolicitedEvent(cti.SystemEvent())
    assert isinstance(report, MalformedMessage)
    assert (report.frame, report.message_type, report.invoke_id) == (cut, 31, None)
    assert isinstance(report.error, DecodeError)
    assert c.state is State.OPEN


def test_a_request_whose_answer_does_not_decode_fails_with_the_error() -> None:
    c = client_in(State.OPEN)
    invoke_id, _ = c.request(QUERY, T0 + 2)
    frame = cti.encode(cti.QueryAgentStateConf(invoke_id=invoke_id))
    bad = frame[:8] + frame[8:12] + b"\0\0"  # the InvokeID, then the fixed part cut short
    bad = (len(bad) - 8).to_bytes(4, "big") + bad[4:]
    c.receive_data(bad, T0 + 3)
    report, failed = events(c)
    assert isinstance(report, MalformedMessage) and report.invoke_id == invoke_id
    assert isinstance(failed, RequestFailed) and failed.invoke_id == invoke_id
    assert failed.error is report.error and not failed.timed_out
    assert failed.code == S.E_CTI_BAD_MESSAGE_FORMAT
    assert c.state is State.OPEN


def test_undecodable_bytes_end_a_strict_session_after_the_good_frames() -> None:
    c = client_in(State.OPEN, strict=True)
    good = cti.encode(cti.SystemEvent())
    c.receive_data(good + b"\0\0\0\2\0\0\0\x1f\0\0", T0 + 3)  # SYSTEM_EVENT cut short
    first, error = events(c)
    assert first == UnsolicitedEvent(cti.SystemEvent())
    assert isinstance(error, ProtocolError)
    assert c.state is State.ERROR


def test_a_framing_error_ends_the_session_after_the_good_frames() -> None:
    c = client_in(State.OPEN)
    c.receive_data(cti.encode(cti.SystemEvent()) + GARBAGE, T0 + 3)
    first, error = events(c)
    assert first == UnsolicitedEvent(cti.SystemEvent())
    assert isinstance(error, ProtocolError)
    assert c.state is State.ERROR


def test_send_keeps_the_invoke_id_and_refuses_a_duplicate() -> None:
    c = client_in(State.OPEN)
    mine = dataclasses.replace(QUERY, invoke_id=500)
    frames_sent = frames(c.send(mine, T0 + 2))
    assert frames_sent == [mine]
    with pytest.raises(LocalProtocolError):
        c.send(mine, T0 + 2)
    feed(c, cti.QueryAgentStateConf(invoke_id=500), now=T0 + 3)
    assert isinstance(events(c)[0], RequestCompleted)


@pytest.mark.parametrize(
    "message",
    [
        cti.HeartbeatReq(),
        cti.CloseReq(),
        cti.OpenReq(client_id="x", client_password=b""),
        cti.SystemEvent(),
    ],
)
def test_session_messages_and_events_cannot_be_sent_by_hand(message: cti.Message) -> None:
    c = client_in(State.OPEN)
    with pytest.raises(LocalProtocolError):
        c.send(message, T0 + 2)
    with pytest.raises(LocalProtocolError):
        c.request(message, T0 + 2)
    assert c.state is State.OPEN


def test_a_request_that_cannot_be_encoded_changes_nothing() -> None:
    c = client_in(State.OPEN)
    with pytest.raises(CTIError):
        c.request(dataclasses.replace(QUERY, agent_instrument="x" * 500), T0 + 2)
    invoke_id, _ = c.request(QUERY, T0 + 2)
    assert invoke_id == 2


def test_bytes_the_core_queued_come_before_what_a_send_returns() -> None:
    c = client_in(State.OPEN)
    c.handle_timer(T0 + 1 + HB)  # queues a heartbeat, not collected
    _, data = c.request(QUERY, T0 + 1 + HB)
    assert [type(m) for m in frames(data)] == [cti.HeartbeatReq, cti.QueryAgentStateReq]
    assert c.data_to_send() == b""


def test_server_initiated_requests_and_unknown_messages_are_delivered() -> None:
    c = client_in(State.OPEN)
    unknown = cti.UnknownMessage(message_type=250_000, body=b"\0\0\0\1")
    feed(c, unknown, now=T0 + 3)
    assert events(c) == [UnsolicitedEvent(unknown)]


# ---------------------------------------------------------------------------------------------
# Closing


def test_close_waits_for_close_conf_and_lets_requests_finish() -> None:
    c = client_in(State.OPEN)
    invoke_id, _ = c.request(QUERY, T0 + 2)
    (close_req,) = frames(c.close(T0 + 3))
    assert isinstance(close_req, cti.CloseReq)
    assert close_req.status == S.E_CTI_NO_ERROR
    with pytest.raises(LocalProtocolError):
        c.request(QUERY, T0 + 3)
    feed(c, cti.SystemEvent(), cti.QueryAgentStateConf(invoke_id=invoke_id), now=T0 + 4)
    feed(c, cti.CloseConf(invoke_id=close_req.invoke_id), now=T0 + 4)
    got = events(c)
    assert [type(e) for e in got] == [UnsolicitedEvent, RequestCompleted, SessionClosed]
    assert got[-1] == SessionClosed(cti.CloseConf(invoke_id=close_req.invoke_id), ())
    assert c.state is State.CLOSED


def test_close_gives_up_after_the_close_timeout() -> None:
    c = client_in(State.OPEN, close_timeout=5.0)
    c.request(QUERY, T0 + 2)
    c.close(T0 + 3)
    assert c.next_deadline() == T0 + 8
    c.handle_timer(T0 + 8)
    (closed,) = events(c)
    assert isinstance(closed, SessionClosed)
    assert closed.conf is None
    assert len(closed.unanswered) == 1


def test_no_heartbeats_while_closing() -> None:
    c = client_in(State.CLOSING)
    c.handle_timer(T0 + 1 + HB)
    assert c.data_to_send() == b""


# ---------------------------------------------------------------------------------------------
# Passwords


def test_the_password_never_shows() -> None:
    cfg = config()
    c = ClientSession(cfg)
    s = ServerSession()
    s.receive_data(c.open(T0), T0)
    (requested,) = events(s)
    assert isinstance(requested, OpenRequested)
    for thing in (cfg, c, s, requested, requested.open_req, config(client_password=b"\x01pw")):
        assert SECRET not in repr(thing)
        assert "pw" not in repr(thing).replace("password", "")


# ---------------------------------------------------------------------------------------------
# Server role


def opened_pair(**overrides: Any) -> tuple[ClientSession, ServerSession]:
    c = ClientSession(config(**overrides))
    s = ServerSession()
    s.receive_data(c.open(T0), T0)
    assert isinstance(s.next_event(), OpenRequested)
    c.receive_data(s.accept_open(peripheral_online=True), T0 + 0.1)
    assert isinstance(c.next_event(), SessionOpened)
    return c, s


def test_server_accept_open_echoes_the_invoke_id_and_grants_what_was_asked() -> None:
    c = ClientSession(config())
    s = ServerSession()
    s.receive_data(c.open(T0), T0)
    events(s)
    (conf,) = frames(s.accept_open())
    assert isinstance(conf, cti.OpenConf)
    assert conf.invoke_id == 1
    assert conf.services_granted == config().services
    assert s.idle_timeout == 40.0


def test_server_reject_open_sends_failure_conf() -> None:
    c = ClientSession(config())
    s = ServerSession()
    s.receive_data(c.open(T0), T0)
    events(s)
    c.receive_data(s.reject_open(S.E_CTI_INVALID_PASSWORD), T0 + 1)
    (failed,) = events(c)
    assert isinstance(failed, OpenFailed)
    assert failed.status is S.E_CTI_INVALID_PASSWORD
    assert s.state is State.FAILED


def test_server_answers_heartbeats_itself() -> None:
    c, s = opened_pair()
    c.handle_timer(T0 + 0.1 + HB)
    s.receive_data(c.data_to_send(), T0 + 11)
    assert events(s) == []
    c.receive_data(s.data_to_send(), T0 + 11)
    assert events(c) == []
    assert c._unconfirmed_heartbeats == 0


def test_server_request_confirm_and_fail() -> None:
    c, s = opened_pair()
    ids = [c.request(QUERY, T0 + 1)[1] for _ in range(3)]
    s.receive_data(b"".join(ids), T0 + 1)
    received = events(s)
    assert [type(e) for e in received] == [RequestReceived] * 3
    first, second, third = (e.message for e in received if isinstance(e, RequestReceived))
    assert s.outstanding() == [first, second, third]
    out = s.confirm(cti.QueryAgentStateConf(invoke_id=first.invoke_id))  # type: ignore[attr-defined]
    out += s.fail(second.invoke_id, S.E_CTI_INVALID_AGENT_DATA)  # type: ignore[attr-defined]
    out += s.control_fail(third.invoke_id, cti.ControlFailureCode.CF_GENERIC_OPERATION)  # type: ignore[attr-defined]
    c.receive_data(out, T0 + 2)
    got = events(c)
    assert [type(e) for e in got] == [RequestCompleted, RequestFailed, RequestFailed]
    assert [getattr(e, "code", None) for e in got[1:]] == [
        S.E_CTI_INVALID_AGENT_DATA,
        cti.ControlFailureCode.CF_GENERIC_OPERATION,
    ]
    assert s.outstanding() == []


def test_server_refuses_answers_that_match_nothing() -> None:
    c, s = opened_pair()
    s.receive_data(c.request(QUERY, T0 + 1)[1], T0 + 1)
    events(s)
    with pytest.raises(LocalProtocolError):
        s.confirm(cti.QueryAgentStateConf(invoke_id=99))
    with pytest.raises(LocalProtocolError):
        s.confirm(cti.SetAgentStateConf(invoke_id=2))  # wrong confirmation for InvokeID 2
    with pytest.raises(LocalProtocolError):
        s.fail(99, S.E_CTI_TIMEOUT)
    with pytest.raises(LocalProtocolError):
        s.send_event(cti.QueryAgentStateConf(invoke_id=2))
    with pytest.raises(LocalProtocolError):
        s.send(cti.HeartbeatReq())
    assert s.state is State.OPEN
    assert len(s.outstanding()) == 1


def test_server_send_dispatches_by_kind() -> None:
    c, s = opened_pair()
    s.receive_data(c.request(QUERY, T0 + 1)[1] + c.request(QUERY, T0 + 1)[1], T0 + 1)
    events(s)
    out = s.send(cti.SystemEvent(), T0 + 2)
    out += s.send(cti.QueryAgentStateConf(invoke_id=2))
    out += s.send(cti.FailureConf(invoke_id=3))
    c.receive_data(out, T0 + 2)
    assert [type(e) for e in events(c)] == [UnsolicitedEvent, RequestCompleted, RequestFailed]


def test_server_duplicate_invoke_ids_are_answered_in_turn() -> None:
    _, s = opened_pair()
    req = dataclasses.replace(QUERY, invoke_id=40)
    feed(s, req, req, now=T0 + 1)
    assert len(events(s)) == 2
    s.confirm(cti.QueryAgentStateConf(invoke_id=40))
    s.confirm(cti.QueryAgentStateConf(invoke_id=40))
    with pytest.raises(LocalProtocolError):
        s.confirm(cti.QueryAgentStateConf(invoke_id=40))


def test_server_close_req_is_answered_and_closes() -> None:
    c, s = opened_pair()
    s.receive_data(c.close(T0 + 1), T0 + 1)
    (closing,) = events(s)
    assert isinstance(closing, CloseRequested)
    assert s.state is State.CLOSED
    c.receive_data(s.data_to_send(), T0 + 1.1)
    assert isinstance(events(c)[0], SessionClosed)
    assert c.state is State.CLOSED


def test_server_idle_timeout_follows_the_clients_idle_timeout() -> None:
    _, s = opened_pair(heartbeat_interval=15)  # IdleTimeout 60 s
    assert s.next_deadline() == T0 + 60
    feed(s, cti.HeartbeatReq(invoke_id=50), now=T0 + 30)
    assert s.next_deadline() == T0 + 90
    s.handle_timer(T0 + 89.9)
    assert s.state is State.OPEN
    s.handle_timer(T0 + 90)
    (lost,) = events(s)
    assert isinstance(lost, SessionLost)
    assert "IdleTimeout of 60 s" in lost.reason


def test_server_without_idle_timeout_never_times_out() -> None:
    _, s = opened_pair(heartbeat_interval=None)
    assert s.idle_timeout is None
    assert s.next_deadline() is None


def test_server_open_timeout_drops_a_silent_connection() -> None:
    s = ServerSession(open_timeout=5.0, now=T0)
    assert s.next_deadline() == T0 + 5
    s.handle_timer(T0 + 5)
    assert isinstance(events(s)[0], SessionLost)
    with pytest.raises(ValueError, match="needs now"):
        ServerSession(open_timeout=5.0)


@pytest.mark.parametrize(
    ("state", "message"),
    [
        (State.IDLE, cti.HeartbeatReq(invoke_id=1)),
        (State.OPENING, QUERY),
        (State.OPEN, cti.OpenReq(client_id="x", client_password=b"")),
        (State.OPEN, cti.SystemEvent()),
        (State.OPEN, cti.QueryAgentStateConf()),
    ],
)
def test_server_reports_unexpected_messages_and_answers_requests(
    state: State, message: cti.Message
) -> None:
    s = server_in(state)
    feed(s, message, now=T0 + 2)
    (report,) = events(s)
    assert isinstance(report, UnexpectedMessage)
    assert s.state is state
    sent = frames(s.data_to_send())
    invoke_id = getattr(message, "invoke_id", None)
    if state is not State.OPEN and invoke_id is not None:
        assert sent == [cti.FailureConf(invoke_id=invoke_id, status=S.E_CTI_SESSION_NOT_OPEN)]
    elif message.MESSAGE_NAME == "OPEN_REQ":
        assert sent == [cti.FailureConf(invoke_id=0, status=S.E_CTI_SESSION_ALREADY_OPEN)]
    else:
        assert sent == []


@pytest.mark.parametrize(
    ("state", "message"),
    [
        (State.IDLE, cti.HeartbeatReq(invoke_id=1)),
        (State.OPENING, QUERY),
        (State.OPEN, cti.OpenReq(client_id="x", client_password=b"")),
        (State.OPEN, cti.SystemEvent()),
        (State.OPEN, cti.QueryAgentStateConf()),
    ],
)
def test_a_strict_server_ends_the_session_on_unexpected_messages(
    state: State, message: cti.Message
) -> None:
    s = server_in(state, strict=True)
    feed(s, message, now=T0 + 2)
    (error,) = events(s)
    assert isinstance(error, ProtocolError)
    assert s.state is State.ERROR


def test_server_answers_heartbeats_while_the_open_is_pending() -> None:
    s = server_in(State.OPENING)
    feed(s, cti.HeartbeatReq(invoke_id=5), now=T0 + 2)
    assert frames(s.data_to_send()) == [cti.HeartbeatConf(invoke_id=5)]


def test_server_reports_unknown_message_types_untracked() -> None:
    s = server_in(State.OPEN)
    unknown = cti.UnknownMessage(message_type=251, body=b"\0\0\0\7")
    feed(s, unknown, now=T0 + 2)
    assert events(s) == [RequestReceived(unknown)]
    assert s.outstanding() == []


def test_a_whole_conversation_fed_one_byte_at_a_time() -> None:
    def run(chunk: int) -> list[str]:
        c, s = ClientSession(config()), ServerSession()
        log: list[str] = []

        def to_server(data: bytes, now: float) -> None:
            for i in range(0, len(data), chunk):
                s.receive_data(data[i : i + chunk], now)
            log.extend(type(e).__name__ for e in events(s))

        def to_client(data: bytes, now: float) -> None:
            for i in range(0, len(data), chunk):
                c.receive_data(data[i : i + chunk], now)
            log.extend(type(e).__name__ for e in events(c))

        to_server(c.open(T0), T0)
        to_client(s.accept_open(), T0)
        invoke_id, data = c.request(QUERY, T0)
        to_server(data, T0)
        to_client(s.confirm(cti.QueryAgentStateConf(invoke_id=invoke_id)), T0)
        to_client(s.send_event(cti.SystemEvent()), T0)
        to_server(c.close(T0), T0)
        to_client(s.data_to_send(), T0)
        return log

    expected = [
        "OpenRequested",
        "SessionOpened",
        "RequestReceived",
        "RequestCompleted",
        "UnsolicitedEvent",
        "CloseRequested",
        "SessionClosed",
    ]
    assert run(1) == run(7) == run(10_000) == expected


# ---------------------------------------------------------------------------------------------
# Any input ends in a valid state or a ctiwire error


SAMPLES: list[cti.Message] = [
    OPEN_CONF,
    cti.OpenConf(invoke_id=2),
    cti.HeartbeatConf(invoke_id=2),
    cti.CloseConf(invoke_id=2),
    cti.QueryAgentStateConf(invoke_id=3),
    cti.FailureConf(invoke_id=2, status=S.E_CTI_CTI_SERVER_OFFLINE),
    cti.ControlFailureConf(invoke_id=3),
    cti.FailureEvent(status=S.E_CTI_CTI_SERVER_OFFLINE),
    cti.SystemEvent(),
    cti.CallClearedEvent(connection_device_id="9"),
    cti.UnknownMessage(message_type=9999, body=b"xyz"),
    cti.OpenReq(client_id="x", client_password=b"p", idle_timeout=20),
    cti.HeartbeatReq(invoke_id=4),
    cti.CloseReq(invoke_id=5),
    QUERY,
    dataclasses.replace(QUERY, invoke_id=3),
]

CLIENT_STARTS = [State.IDLE, State.OPENING, State.OPEN, State.CLOSING, State.LOST]
SERVER_STARTS = [State.IDLE, State.OPENING, State.OPEN, State.CLOSED]

inputs = st.one_of(
    st.tuples(st.just("frame"), st.sampled_from(SAMPLES)),
    st.tuples(st.just("bytes"), st.binary(max_size=40)),
    st.tuples(st.just("split"), st.sampled_from(SAMPLES), st.integers(1, 30)),
    st.tuples(st.just("time"), st.floats(0, 100)),
    st.tuples(st.just("eof")),
    st.tuples(st.just("call"), st.sampled_from(["open", "close", "request", "send", "pause"])),
    st.tuples(st.just("serve"), st.sampled_from(["accept", "reject", "confirm", "fail", "event"])),
)


def apply(session: ClientSession | ServerSession, step: tuple[Any, ...], now: float) -> float:
    """Apply one drawn input; only ctiwire errors may escape, and only from the calls."""
    what = step[0]
    if what == "frame":
        session.receive_data(cti.encode(step[1]), now)
    elif what == "bytes":
        session.receive_data(step[1], now)
    elif what == "split":
        data = cti.encode(step[1])
        session.receive_data(data[: step[2]], now)
        session.receive_data(data[step[2] :], now)
    elif what == "time":
        now += step[1]
        session.handle_timer(now)
    elif what == "eof":
        session.receive_data(b"", now)
    else:
        # A call succeeds or raises a ctiwire error (a duplicate InvokeID, say); a call the
        # state does not allow always raises.
        must_refuse = _refused(session, step[1])
        try:
            _call(session, step[1], now)
        except CTIError:
            pass
        else:
            assert not must_refuse, f"{step[1]} accepted in {session.state}"
    return now


def _refused(session: ClientSession | ServerSession, name: str) -> bool:
    """Whether the call is not allowed in the session's state (so it must raise)."""
    state = session.state
    if isinstance(session, ClientSession):
        allowed = {"open": State.IDLE, "close": State.OPEN, "request": State.OPEN,
                   "send": State.OPEN, "pause": state}  # fmt: skip
        return allowed.get(name) is not state
    if name in ("accept", "reject"):
        return state is not State.OPENING
    if name in ("confirm", "fail"):
        return state is not State.OPEN or not session.outstanding()
    if name == "event":
        return state is not State.OPEN
    return True  # client calls on a server session do not exist


def _call(session: ClientSession | ServerSession, name: str, now: float) -> None:
    if isinstance(session, ClientSession):
        if name == "open":
            session.open(now)
        elif name == "close":
            session.close(now)
        elif name == "request":
            session.request(QUERY, now)
        elif name == "send":
            session.send(dataclasses.replace(QUERY, invoke_id=int(now) % 7 + 100), now)
        elif name == "pause":
            session.set_reading_paused(not session._reading_paused, now)
        else:
            raise CTIError("no such server call on a client")
        return
    if name == "accept":
        session.accept_open()
    elif name == "reject":
        session.reject_open(S.E_CTI_INVALID_VERSION)
    elif name in ("confirm", "fail"):
        outstanding = session.outstanding()
        invoke_id = getattr(outstanding[0], "invoke_id", 0) if outstanding else 12345
        if name == "confirm":
            session.confirm(cti.QueryAgentStateConf(invoke_id=invoke_id))
        else:
            session.fail(invoke_id, S.E_CTI_TIMEOUT)
    elif name == "event":
        session.send_event(cti.SystemEvent())
    else:
        raise CTIError("no such client call on a server")


def _check_invariants(
    session: ClientSession | ServerSession, before: State, table: Any, now: float
) -> None:
    assert isinstance(session.state, State)
    if before in (State.CLOSED, State.FAILED, State.LOST, State.ERROR):
        assert session.state is before, "a terminal state never changes"
    elif session.state is not before:
        assert session.state in table[before].values(), f"{before} -> {session.state}"
    deadline = session.next_deadline()
    assert deadline is None or isinstance(deadline, float)
    if session.ended:
        assert deadline is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.sampled_from(CLIENT_STARTS), steps=st.lists(inputs, max_size=12))
def test_client_any_input_ends_in_a_valid_state(start: State, steps: list[Any]) -> None:
    c = client_in(start)
    now = T0 + 5
    for step in steps:
        before = c.state
        if step[0] == "serve":
            continue
        now = apply(c, step, now)
        _check_invariants(c, before, CLIENT_TRANSITIONS, now)
        for event in events(c):
            assert isinstance(event, Event)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.sampled_from(SERVER_STARTS), steps=st.lists(inputs, max_size=12))
def test_server_any_input_ends_in_a_valid_state(start: State, steps: list[Any]) -> None:
    s = server_in(start)
    now = T0 + 5
    for step in steps:
        before = s.state
        if step[0] == "call":
            continue
        now = apply(s, step, now)
        _check_invariants(s, before, SERVER_TRANSITIONS, now)
        for event in events(s):
            assert isinstance(event, Event)


# ---------------------------------------------------------------------------------------------
# Config


@pytest.mark.parametrize(
    "bad",
    [
        {"protocol_version": 3},
        {"heartbeat_interval": 0},
        {"heartbeat_interval": -1},
        {"open_timeout": 0},
        {"request_timeout": -5},
    ],
)
def test_config_refuses_nonsense(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        config(**bad)


def test_config_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        config().client_id = "other"  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# Side A/B selection plan


class FixedRandom:
    def __init__(self, value: int) -> None:
        self.value = value
        self.asked: list[tuple[int, int]] = []

    def randint(self, a: int, b: int) -> int:
        self.asked.append((a, b))
        return self.value


def test_side_selection_follows_the_guide() -> None:
    rng = FixedRandom(7)
    plan = side_selection(1, 2, expected_clients=250, random=rng)
    steps = [next(plan) for _ in range(20)]
    B, A = Attempt(1), Attempt(0)
    assert steps == [
        B, A, Wait(7.0),
        B, A, Wait(15.0),
        B, A, Wait(30.0),
        B, A, Wait(60.0),
        B, A, Wait(120.0),
        B, A, Wait(120.0),
        B, A,
    ]  # fmt: skip
    assert rng.asked == [(0, 25)]  # N between 0 and the expected clients / 10


def test_side_selection_simplex_tries_the_one_side() -> None:
    plan = side_selection(0, 1, expected_clients=5, random=FixedRandom(0))
    assert [next(plan) for _ in range(5)] == [
        Attempt(0), Wait(0.0), Attempt(0), Wait(15.0), Attempt(0),
    ]  # fmt: skip


def test_side_selection_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError):
        next(side_selection(2, 2, 1, FixedRandom(0)))
    with pytest.raises(ValueError):
        next(side_selection(0, 3, 1, FixedRandom(0)))

"""Client Control and Call Data Update requests: check, act on the switch, confirm.

    draft = handle(Context(switch, grant), request)     # the confirmation, version-neutral
    session.confirm(draft.render(module))

``request`` is a request of any protocol version, decoded in the session's version: handlers are
found by the request's MESSAGE_NAME and read its fields by name, so a field a version lacks is
simply absent. Each handler returns the confirmation as a :class:`~.drafts.Draft` (with the
request's InvokeID), or raises :class:`StatusError` (answered with
FAILURE_CONF: a service not granted, a wrong PeripheralID, missing data, an unknown call for call
data) or :class:`ControlError` (CONTROL_FAILURE_CONF: the switch cannot do it in the current
state). A Client Events session may control only its own teleset ("rejects attempts to control
any other devices"); other sessions may control any device.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ctiwire.types import Message
from ctiwire.v15 import (
    NULL_CALL_ID,
    AgentState,
    ControlFailureCode,
    CTIServiceMask,
    LocalConnectionState,
    StatusCode,
)

from . import events
from .drafts import Draft
from .errors import ControlError, StatusError
from .opening import Grant
from .state import Agent, Call
from .switch import Switch

__all__ = ["HANDLERS", "Context", "handle"]

CF = ControlFailureCode
S = StatusCode
CALL_DATA_FIELDS = (
    *(f"call_variable{i}" for i in range(1, 11)),
    "call_wrapup_data",
    "ani",
    "caller_entered_digits",
)


@dataclass(frozen=True, slots=True)
class Context:
    """What a handler may use: the switch and what the session was granted."""

    switch: Switch
    grant: Grant

    def require(self, service: CTIServiceMask) -> None:
        if not self.grant.services & service:
            raise StatusError(S.E_CTI_FUNCTION_NOT_AVAILABLE, f"{service.name} not granted")

    def peripheral(self, peripheral_id: int) -> None:
        if peripheral_id != self.switch.peripheral.peripheral_id:
            raise StatusError(S.E_CTI_INVALID_PERIPHERAL_ID, f"PeripheralID {peripheral_id}")

    def device(self, device_id: str | None) -> str:
        """A device this session may control."""
        if not device_id:
            raise StatusError(S.E_CTI_REQUIRED_DATA_MISSING, "no device given")
        own = None if self.grant.all_events else self.grant.device_id
        if own is not None and device_id != own:
            raise ControlError(
                CF.CF_PRIVILEGE_VIOLATION_ON_SPECIFIED_DEVICE, f"this session controls {own} only"
            )
        return device_id

    def call(self, call_id: int, missing: ControlFailureCode) -> Call:
        call = self.switch.call(call_id)
        if call is None:
            raise ControlError(missing, f"no call {call_id}")
        return call


def _control(ctx: Context, req: Any) -> None:
    ctx.require(CTIServiceMask.CTI_SERVICE_CLIENT_CONTROL)
    ctx.peripheral(req.peripheral_id)


def _data(req: Any) -> dict[str, Any]:
    """The call data a request sets: the fields of CALL_DATA_FIELDS it carries, and its
    NamedVariables."""
    data = {name: getattr(req, name) for name in CALL_DATA_FIELDS if hasattr(req, name)}
    data = {name: value for name, value in data.items() if value is not None}
    if getattr(req, "named_variables", ()):
        data["named_variables"] = tuple(req.named_variables)
    return data


# ---------------------------------------------------------------------------------------------
# Agent state


def _agent_for_query(ctx: Context, req: Any) -> tuple[Agent | None, str | None]:
    switch = ctx.switch
    ids = (req.agent_id, req.agent_extension, req.agent_instrument)
    if not any(ids) and not req.icm_agent_id:
        raise StatusError(S.E_CTI_REQUIRED_DATA_MISSING, "no agent identity given")
    if req.icm_agent_id and not any(ids):
        agent = next(
            (a for a in switch.agents.values() if events.icm_agent_id(a) == req.icm_agent_id), None
        )
        if agent is None:
            raise ControlError(CF.CF_INVALID_AGENT_ID_SPECIFIED, f"no agent {req.icm_agent_id}")
        return agent, agent.device.extension if agent.device else None
    agent = switch.find_agent(
        agent_id=req.agent_id, extension=req.agent_extension, instrument=req.agent_instrument
    )
    device = req.agent_instrument or req.agent_extension
    if agent is None and not (device in switch.devices and not req.agent_id):
        raise ControlError(CF.CF_INVALID_AGENT_ID_SPECIFIED, "no such agent")
    return agent, agent.device.extension if agent and agent.device else device


def query_agent_state(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    agent, device = _agent_for_query(ctx, req)
    if agent is None:  # a teleset nobody is signed in on
        return _conf(
            "QUERY_AGENT_STATE_CONF",
            invoke_id=req.invoke_id,
            agent_state=AgentState.AGENT_STATE_LOGOUT,
            agent_extension=device,
            agent_instrument=device,
        )
    return _conf(
        "QUERY_AGENT_STATE_CONF",
        invoke_id=req.invoke_id,
        agent_state=agent.state,
        **events.agent_tasks(agent),
        num_tasks=1 if agent.on_call else 0,
        agent_extension=device,
        agent_instrument=device,
        skill_groups=events.agent_skill_groups(agent, prefix=""),
    )


def set_agent_state(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    device_id = ctx.device(req.agent_instrument)
    switch = ctx.switch
    device = switch.devices.get(device_id)
    if device is None:
        raise ControlError(CF.CF_INVALID_LOGON_DEVICE_SPECIFIED, f"no device {device_id}")
    try:
        state = AgentState(int(req.agent_state))
    except ValueError:
        raise StatusError(S.E_CTI_INVALID_OBJECT_STATE, f"AgentState {req.agent_state}") from None
    if state == AgentState.AGENT_STATE_LOGIN:
        if not req.agent_id:
            raise StatusError(S.E_CTI_REQUIRED_DATA_MISSING, "AGENT_STATE_LOGIN needs AgentID")
        switch.login(req.agent_id, req.agent_password or "", device_id)
    else:
        agent = device.agent
        if agent is None:
            raise StatusError(S.E_CTI_AGENT_NOT_LOGGED_ON, f"nobody is signed in at {device_id}")
        if req.agent_id and req.agent_id != agent.agent_id:
            raise ControlError(
                CF.CF_INVALID_AGENT_ID_SPECIFIED,
                f"agent {agent.agent_id} is signed in at {device_id}",
            )
        if state == AgentState.AGENT_STATE_LOGOUT:
            switch.logout(agent, req.event_reason_code)
        else:
            switch.set_agent_state(agent, state, req.event_reason_code)
    return _conf("SET_AGENT_STATE_CONF", invoke_id=req.invoke_id)


# ---------------------------------------------------------------------------------------------
# Calls


def _new_connection(call: Call, device_id: str) -> dict[str, Any]:
    conn = call.connections[device_id]
    return {
        "new_connection_call_id": call.call_id,
        "new_connection_device_id_type": conn.id_type,
        "new_connection_device_id": conn.device_id,
        "line_handle": 0,
        "line_type": conn.line_type,
    }


def make_call(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    device_id = ctx.device(req.agent_instrument)
    call = ctx.switch.make_call(device_id, req.dialed_number, data=_data(req))
    return _conf("MAKE_CALL_CONF", invoke_id=req.invoke_id, **_new_connection(call, device_id))


def answer_call(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    device_id = ctx.device(req.connection_device_id or req.agent_instrument)
    if req.connection_call_id == NULL_CALL_ID:  # "if the alerting Call ID value is not provided"
        device = ctx.switch.devices.get(device_id)
        alerting = [
            c
            for c in (device.calls.values() if device else ())
            if c.connections[device_id].state == LocalConnectionState.LCS_ALERTING
        ]
        if not alerting:
            raise ControlError(CF.CF_NO_CALL_TO_ANSWER, f"nothing alerting at {device_id}")
        call = alerting[0]
    else:
        call = ctx.call(req.connection_call_id, CF.CF_NO_CALL_TO_ANSWER)
    ctx.switch.answer(call, device_id)
    return _conf("ANSWER_CALL_CONF", invoke_id=req.invoke_id)


def hold_call(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    device_id = ctx.device(req.connection_device_id)
    ctx.switch.hold(ctx.call(req.connection_call_id, CF.CF_NO_ACTIVE_CALL), device_id)
    return _conf("HOLD_CALL_CONF", invoke_id=req.invoke_id)


def retrieve_call(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    device_id = ctx.device(req.held_connection_device_id)
    ctx.switch.retrieve(ctx.call(req.held_connection_call_id, CF.CF_NO_HELD_CALL), device_id)
    return _conf("RETRIEVE_CALL_CONF", invoke_id=req.invoke_id)


def clear_call(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    device_id = ctx.device(req.connection_device_id)
    call = ctx.call(req.connection_call_id, CF.CF_NO_CALL_TO_CLEAR)
    if call.connection(device_id) is None:
        raise ControlError(CF.CF_AGENT_NOT_PARTY_ON_CALL, f"{device_id} is not on the call")
    ctx.switch.clear_call(call)
    return _conf("CLEAR_CALL_CONF", invoke_id=req.invoke_id)


def clear_connection(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    device_id = ctx.device(req.connection_device_id)
    call = ctx.call(req.connection_call_id, CF.CF_NO_CONNECTION_TO_CLEAR)
    ctx.switch.clear_connection(call, device_id)
    return _conf("CLEAR_CONNECTION_CONF", invoke_id=req.invoke_id)


def consultation_call(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    device_id = ctx.device(req.active_connection_device_id)
    call = ctx.call(req.active_connection_call_id, CF.CF_NO_ACTIVE_CALL)
    consult = ctx.switch.consult(call, device_id, req.dialed_number, data=_data(req))
    return _conf(
        "CONSULTATION_CALL_CONF", invoke_id=req.invoke_id, **_new_connection(consult, device_id)
    )


def _completed(call: Call, party: str) -> dict[str, Any]:
    """NewConnection fields naming ``party`` in the resulting call, and its connected parties."""
    conn = call.connections.get(party) or call.first
    return {
        "new_connection_call_id": call.call_id,
        "new_connection_device_id_type": conn.id_type,
        "new_connection_device_id": conn.device_id,
        "line_handle": 0,
        "line_type": conn.line_type,
        "connected_parties": events.connected_parties(call),
    }


def transfer_call(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    device_id = ctx.device(req.active_connection_device_id)
    active = ctx.call(req.active_connection_call_id, CF.CF_NO_CALL_TO_COMPLETE)
    if req.held_connection_call_id == NULL_CALL_ID:  # single-step (blind) transfer
        call = ctx.switch.blind_transfer(active, device_id, req.dialed_number)
        return _conf(
            "TRANSFER_CALL_CONF",
            invoke_id=req.invoke_id,
            **_completed(call, req.dialed_number or ""),
        )
    if req.held_connection_device_id not in (None, device_id):
        raise ControlError(CF.CF_NO_CALL_TO_COMPLETE, "the two calls need a common device")
    held = ctx.call(req.held_connection_call_id, CF.CF_NO_CALL_TO_COMPLETE)
    others = [c.device_id for c in active.live_connections() if c.device_id != device_id]
    call = ctx.switch.transfer(held, active, device_id)
    return _conf(
        "TRANSFER_CALL_CONF",
        invoke_id=req.invoke_id,
        **_completed(call, others[0] if others else ""),
    )


def conference_call(ctx: Context, req: Any) -> Draft:
    _control(ctx, req)
    device_id = ctx.device(req.active_connection_device_id)
    if req.held_connection_call_id == NULL_CALL_ID:
        raise ControlError(CF.CF_INVALID_FEATURE, "single-step conference is not simulated")
    if req.held_connection_device_id not in (None, device_id):
        raise ControlError(CF.CF_NO_CALL_TO_COMPLETE, "the two calls need a common device")
    active = ctx.call(req.active_connection_call_id, CF.CF_NO_CALL_TO_COMPLETE)
    held = ctx.call(req.held_connection_call_id, CF.CF_NO_CALL_TO_COMPLETE)
    call = ctx.switch.conference(held, active, device_id)
    return _conf("CONFERENCE_CALL_CONF", invoke_id=req.invoke_id, **_completed(call, device_id))


# ---------------------------------------------------------------------------------------------
# Call data


def _data_call(ctx: Context, req: Any) -> Call:
    ctx.require(CTIServiceMask.CTI_SERVICE_CALL_DATA_UPDATE)
    ctx.peripheral(req.peripheral_id)
    call = ctx.switch.call(req.connection_call_id, ended=True)
    if call is None or req.connection_device_id not in call.connections:
        raise StatusError(S.E_CTI_INVALID_CALLID, f"no call {req.connection_call_id}")
    own = None if ctx.grant.all_events else ctx.grant.device_id
    if own is not None and own not in call.connections:
        raise StatusError(S.E_CTI_NOT_CALL_PARTY, f"{own} is not a party to the call")
    return call


def set_call_data(ctx: Context, req: Any) -> Draft:
    call = _data_call(ctx, req)
    ctx.switch.set_call_data(call, _data(req))
    return _conf("SET_CALL_DATA_CONF", invoke_id=req.invoke_id)


def release_call(ctx: Context, req: Any) -> Draft:
    ctx.switch.release(_data_call(ctx, req))
    return _conf("RELEASE_CALL_CONF", invoke_id=req.invoke_id)


HANDLERS: dict[str, Callable[[Context, Any], Draft]] = {
    "QUERY_AGENT_STATE_REQ": query_agent_state,
    "SET_AGENT_STATE_REQ": set_agent_state,
    "MAKE_CALL_REQ": make_call,
    "ANSWER_CALL_REQ": answer_call,
    "HOLD_CALL_REQ": hold_call,
    "RETRIEVE_CALL_REQ": retrieve_call,
    "CLEAR_CALL_REQ": clear_call,
    "CLEAR_CONNECTION_REQ": clear_connection,
    "CONSULTATION_CALL_REQ": consultation_call,
    "TRANSFER_CALL_REQ": transfer_call,
    "CONFERENCE_CALL_REQ": conference_call,
    "SET_CALL_DATA_REQ": set_call_data,
    "RELEASE_CALL_REQ": release_call,
}
"""The handler of each request the simulator implements, by message name."""


def handle(ctx: Context, request: Message) -> Draft:
    """The confirmation of ``request``; requests the simulator does not implement are refused
    with E_CTI_FUNCTION_NOT_AVAILABLE."""
    handler = HANDLERS.get(request.MESSAGE_NAME)
    if handler is None:
        raise StatusError(
            S.E_CTI_FUNCTION_NOT_AVAILABLE,
            f"the simulator does not implement {request.MESSAGE_NAME}",
        )
    return handler(ctx, request)


def _conf(name: str, **fields: Any) -> Draft:
    return Draft(name, fields)

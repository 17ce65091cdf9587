"""Building the event messages from the switch's state, for one viewer.

Every function takes the state as it is *now*: the switch renders a notice the moment it is
dispatched, which is right after the change it reports.
"""

from __future__ import annotations

from typing import Any

import ctiwire.v15 as cti
from ctiwire.types import NamedVar
from ctiwire.v15 import (
    NULL_SERVICE,
    NULL_SKILL_GROUP,
    AgentState,
    DeviceIDType,
    EventCause,
    LocalConnectionState,
)

from .notices import View
from .state import Agent, Call, Connection, Peripheral

__all__ = [
    "agent_state",
    "begin_call",
    "call_cleared",
    "call_data_update",
    "conferenced",
    "connection_cleared",
    "delivered",
    "dequeued",
    "end_call",
    "established",
    "held",
    "originated",
    "queued",
    "retrieved",
    "service_initiated",
    "transferred",
]

MRD_VOICE = 1  # the Media Routing Domain ID Unified CCE gives voice calls


def _peripheral(p: Peripheral) -> dict[str, Any]:
    return {"monitor_id": 0, "peripheral_id": p.peripheral_id, "peripheral_type": p.peripheral_type}


def _own(call: Call, view: View) -> Connection | None:
    return call.connections.get(view.device_id) if view.device_id is not None else None


def _lcs(call: Call, conn: Connection, view: View) -> LocalConnectionState:
    """LocalConnectionState is the state of the viewer's own connection when it has one."""
    own = _own(call, view)
    return (own or conn).state


def _identity(call: Call, view: View) -> Connection:
    """The connection naming the call in call-level events: the viewer's own, else the first."""
    return _own(call, view) or call.first


def _connection(conn: Connection) -> dict[str, Any]:
    return {
        "connection_call_id": conn.call.call_id,
        "connection_device_id_type": conn.id_type,
        "connection_device_id": conn.device_id,
    }


def _device_type(call: Call, device_id: str | None) -> DeviceIDType:
    if device_id is None:
        return DeviceIDType.DEVID_NONE
    conn = call.connections.get(device_id)
    return conn.device_type if conn is not None else DeviceIDType.DEVID_DEVICE_IDENTIFIER


def _skill_group(call: Call) -> dict[str, Any]:
    sg = call.skill_group
    return {
        "skill_group_number": sg.number if sg else NULL_SKILL_GROUP,
        "skill_group_id": sg.skill_group_id if sg else NULL_SKILL_GROUP,
        "skill_group_priority": sg.priority if sg else 0,
    }


def _line(conn: Connection) -> dict[str, Any]:
    return {"line_handle": 0, "line_type": conn.line_type}


def _service(call: Call) -> dict[str, Any]:
    return {"service_number": NULL_SERVICE, "service_id": NULL_SERVICE, **_skill_group(call)}


def _call_data(call: Call) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ani": call.ani,
        "dnis": call.dnis,
        "dialed_number": call.dialed_number,
        "caller_entered_digits": call.caller_entered_digits,
        "call_wrapup_data": call.wrapup_data,
        "named_variables": tuple(NamedVar(k, v) for k, v in call.named_variables.items()),
    }
    for i, value in enumerate(call.variables, start=1):
        data[f"call_variable{i}"] = value
    return data


def _router_key(call: Call) -> dict[str, Any]:
    if call.router_call_key is None:
        return {}
    day, call_id = call.router_call_key
    return {
        "router_call_key_day": day,
        "router_call_key_call_id": call_id,
        "router_call_key_sequence_number": 0,
    }


def _parties(call: Call) -> dict[str, Any]:
    return {
        "calling_device_type": _device_type(call, call.calling),
        "calling_device_id": call.calling,
        "called_device_type": _device_type(call, call.called),
        "called_device_id": call.called,
        "last_redirect_device_type": DeviceIDType.DEVID_NONE,
    }


def begin_call(call: Call, view: View) -> cti.BeginCallEvent:
    return cti.BeginCallEvent(
        **_peripheral(call.peripheral),
        call_type=call.call_type,
        **_connection(_identity(call, view)),
        **_call_data(call),
        **_router_key(call),
    )


def end_call(call: Call, view: View) -> cti.EndCallEvent:
    return cti.EndCallEvent(**_peripheral(call.peripheral), **_connection(_identity(call, view)))


def call_data_update(call: Call, view: View, changed: dict[str, Any]) -> cti.CallDataUpdateEvent:
    """CALL_DATA_UPDATE_EVENT carrying only what ``changed`` names (message field names)."""
    conn = _identity(call, view)
    return cti.CallDataUpdateEvent(
        **_peripheral(call.peripheral),
        call_type=call.call_type,
        **_connection(conn),
        new_connection_call_id=call.call_id,
        new_connection_device_id_type=conn.id_type,
        new_connection_device_id=conn.device_id,
        **changed,
    )


def delivered(
    call: Call, conn: Connection, view: View, cause: EventCause = EventCause.CEC_NONE
) -> cti.CallDeliveredEvent:
    return cti.CallDeliveredEvent(
        **_peripheral(call.peripheral),
        **_connection(conn),
        **_line(conn),
        **_service(call),
        alerting_device_type=conn.device_type,
        alerting_device_id=conn.device_id,
        **_parties(call),
        local_connection_state=_lcs(call, conn, view),
        event_cause=cause,
        **_call_data(call),
    )


def established(call: Call, conn: Connection, view: View) -> cti.CallEstablishedEvent:
    return cti.CallEstablishedEvent(
        **_peripheral(call.peripheral),
        **_connection(conn),
        **_line(conn),
        **_service(call),
        answering_device_type=conn.device_type,
        answering_device_id=conn.device_id,
        **_parties(call),
        local_connection_state=_lcs(call, conn, view),
        event_cause=EventCause.CEC_NONE,
    )


def held(call: Call, conn: Connection, view: View) -> cti.CallHeldEvent:
    return cti.CallHeldEvent(
        **_peripheral(call.peripheral),
        **_connection(conn),
        holding_device_type=conn.device_type,
        holding_device_id=conn.device_id,
        local_connection_state=_lcs(call, conn, view),
        event_cause=EventCause.CEC_NONE,
    )


def retrieved(call: Call, conn: Connection, view: View) -> cti.CallRetrievedEvent:
    return cti.CallRetrievedEvent(
        **_peripheral(call.peripheral),
        **_connection(conn),
        retrieving_device_type=conn.device_type,
        retrieving_device_id=conn.device_id,
        local_connection_state=_lcs(call, conn, view),
        event_cause=EventCause.CEC_NONE,
    )


def connection_cleared(
    call: Call, conn: Connection, view: View, cause: EventCause = EventCause.CEC_NONE
) -> cti.CallConnectionClearedEvent:
    return cti.CallConnectionClearedEvent(
        **_peripheral(call.peripheral),
        **_connection(conn),
        releasing_device_type=conn.device_type,
        releasing_device_id=conn.device_id,
        local_connection_state=_lcs(call, conn, view),
        event_cause=cause,
    )


def call_cleared(
    call: Call, view: View, cause: EventCause = EventCause.CEC_NONE
) -> cti.CallClearedEvent:
    conn = _identity(call, view)
    return cti.CallClearedEvent(
        **_peripheral(call.peripheral),
        **_connection(conn),
        local_connection_state=LocalConnectionState.LCS_NULL,
        event_cause=cause,
    )


def service_initiated(call: Call, conn: Connection, view: View) -> cti.CallServiceInitiatedEvent:
    return cti.CallServiceInitiatedEvent(
        **_peripheral(call.peripheral),
        **_connection(conn),
        **_line(conn),
        **_service(call),
        calling_device_type=conn.device_type,
        calling_device_id=conn.device_id,
        local_connection_state=_lcs(call, conn, view),
        event_cause=EventCause.CEC_NONE,
    )


def originated(
    call: Call, conn: Connection, view: View, cause: EventCause = EventCause.CEC_NONE
) -> cti.CallOriginatedEvent:
    return cti.CallOriginatedEvent(
        **_peripheral(call.peripheral),
        **_connection(conn),
        **_line(conn),
        **_service(call),
        calling_device_type=conn.device_type,
        calling_device_id=conn.device_id,
        called_device_type=_device_type(call, call.called),
        called_device_id=call.called,
        local_connection_state=_lcs(call, conn, view),
        event_cause=cause,
    )


def _skill_groups(call: Call) -> tuple[cti.SkillGroup, ...]:
    sg = call.skill_group
    if sg is None:
        return ()
    return (cti.SkillGroup(sg.number, sg.skill_group_id, sg.priority),)


def queued(call: Call, view: View, num_queued: int) -> cti.CallQueuedEvent:
    conn = call.first
    sg = call.skill_group
    return cti.CallQueuedEvent(
        **_peripheral(call.peripheral),
        **_connection(conn),
        service_number=NULL_SERVICE,
        service_id=NULL_SERVICE,
        queue_device_type=DeviceIDType.DEVID_QUEUE,
        queue_device_id=str(sg.number) if sg else None,
        **_parties(call),
        num_queued=num_queued,
        local_connection_state=_lcs(call, conn, view),
        event_cause=EventCause.CEC_NO_AVAILABLE_AGENTS,
        skill_groups=_skill_groups(call),
    )


def dequeued(call: Call, view: View, num_queued: int) -> cti.CallDequeuedEvent:
    conn = call.first
    return cti.CallDequeuedEvent(
        **_peripheral(call.peripheral),
        **_connection(conn),
        queue_device_type=DeviceIDType.DEVID_QUEUE,
        service_number=NULL_SERVICE,
        service_id=NULL_SERVICE,
        num_queued=num_queued,
        local_connection_state=_lcs(call, conn, view),
        event_cause=EventCause.CEC_NONE,
        skill_groups=_skill_groups(call),
    )


def connected_parties(call: Call) -> tuple[cti.ConnectedParty, ...]:
    return tuple(
        cti.ConnectedParty(call.call_id, c.device_type, c.device_id)
        for c in call.live_connections()
    )


def transferred(
    primary: Connection, secondary: Connection, transferred_to: str, view: View
) -> cti.CallTransferredEvent:
    """``primary`` is the call that survives, ``secondary`` the one merged into it; both are the
    transferring device's connections."""
    call = primary.call
    return cti.CallTransferredEvent(
        **_peripheral(call.peripheral),
        primary_device_id_type=primary.id_type,
        primary_call_id=call.call_id,
        primary_device_id=primary.device_id,
        **_line(primary),
        **_skill_group(call),
        secondary_device_id_type=secondary.id_type,
        secondary_call_id=secondary.call.call_id,
        secondary_device_id=secondary.device_id,
        transferring_device_type=primary.device_type,
        transferring_device_id=primary.device_id,
        transferred_device_type=_device_type(call, transferred_to),
        transferred_device_id=transferred_to,
        local_connection_state=_lcs(call, primary, view),
        event_cause=EventCause.CEC_TRANSFER,
        connected_parties=connected_parties(call),
    )


def conferenced(
    primary: Connection, secondary: Connection, added: str, view: View
) -> cti.CallConferencedEvent:
    call = primary.call
    return cti.CallConferencedEvent(
        **_peripheral(call.peripheral),
        primary_device_id_type=primary.id_type,
        primary_call_id=call.call_id,
        primary_device_id=primary.device_id,
        **_line(primary),
        **_skill_group(call),
        secondary_device_id_type=secondary.id_type,
        secondary_call_id=secondary.call.call_id,
        secondary_device_id=secondary.device_id,
        controller_device_type=primary.device_type,
        controller_device_id=primary.device_id,
        added_party_device_type=_device_type(call, added),
        added_party_device_id=added,
        local_connection_state=_lcs(call, primary, view),
        event_cause=EventCause.CEC_NONE,
        connected_parties=connected_parties(call),
    )


def icm_agent_id(agent: Agent) -> int:
    # The simulator has no Skill Target IDs of its own: a numeric agent ID doubles as one.
    return int(agent.agent_id) if agent.agent_id.isdigit() else 0


def agent_skill_groups(agent: Agent) -> tuple[cti.FltSkillGroup, ...]:
    return tuple(
        cti.FltSkillGroup(sg.number, sg.skill_group_id, sg.priority, agent.state)
        for sg in agent.skill_groups
    )


def agent_state(
    agent: Agent, peripheral: Peripheral, device_id: str | None, duration: int
) -> cti.AgentStateEvent:
    first = agent.skill_groups[0] if agent.skill_groups else None
    talking = agent.state in (AgentState.AGENT_STATE_TALKING, AgentState.AGENT_STATE_HOLD)
    return cti.AgentStateEvent(
        monitor_id=0,
        peripheral_id=peripheral.peripheral_id,
        peripheral_type=peripheral.peripheral_type,
        skill_group_state=agent.state,
        state_duration=duration,
        skill_group_number=first.number if first else NULL_SKILL_GROUP,
        skill_group_id=first.skill_group_id if first else NULL_SKILL_GROUP,
        skill_group_priority=first.priority if first else 0,
        agent_state=agent.state,
        event_reason_code=agent.reason_code,
        mrd_id=MRD_VOICE,
        num_tasks=1 if talking else 0,
        agent_mode=1,
        max_task_limit=1,
        icm_agent_id=icm_agent_id(agent),
        agent_id=agent.agent_id,
        agent_extension=device_id,
        agent_instrument=device_id,
        flt_skill_groups=agent_skill_groups(agent),
    )

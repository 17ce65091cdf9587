"""Drafting the event messages from the switch's state, for one viewer.

Every function returns a version-neutral :class:`~.drafts.Draft` carrying every field any
protocol version has (Direction, DepartmentID, MaxBeyondTaskLimit...); each session's version
keeps the ones it has. Every function takes the state as it is *now*: the switch drafts a notice
the moment it is dispatched, which is right after the change it reports.
"""

from __future__ import annotations

from typing import Any

from ctiwire.types import NamedVar
from ctiwire.v15 import (
    NULL_SERVICE,
    NULL_SKILL_GROUP,
    AgentState,
    DeviceIDType,
    EventCause,
    LocalConnectionState,
)

from .config import MRD_VOICE
from .drafts import Draft
from .notices import View
from .state import Agent, Call, Connection, Peripheral

__all__ = [
    "MAX_BEYOND_TASK_LIMIT",
    "MAX_TASK_LIMIT",
    "MRD_VOICE",
    "agent_skill_groups",
    "agent_state",
    "agent_tasks",
    "begin_call",
    "call_cleared",
    "call_data_update",
    "conferenced",
    "connected_parties",
    "connection_cleared",
    "delivered",
    "dequeued",
    "end_call",
    "established",
    "held",
    "icm_agent_id",
    "originated",
    "queued",
    "retrieved",
    "service_initiated",
    "transferred",
]

MAX_TASK_LIMIT = 1
"""A voice agent works on one task (call) at a time..."""
MAX_BEYOND_TASK_LIMIT = 0
"""...and may not go beyond that limit (MaxBeyondTaskLimit, Version 22 on)."""


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


def begin_call(call: Call, view: View) -> Draft:
    return Draft(
        "BEGIN_CALL_EVENT",
        dict(
            **_peripheral(call.peripheral),
            call_type=call.call_type,
            **_connection(_identity(call, view)),
            **_call_data(call),
            **_router_key(call),
        ),
    )


def end_call(call: Call, view: View) -> Draft:
    return Draft(
        "END_CALL_EVENT", {**_peripheral(call.peripheral), **_connection(_identity(call, view))}
    )


def call_data_update(call: Call, view: View, changed: dict[str, Any]) -> Draft:
    """CALL_DATA_UPDATE_EVENT carrying only what ``changed`` names (message field names)."""
    conn = _identity(call, view)
    return Draft(
        "CALL_DATA_UPDATE_EVENT",
        dict(
            **_peripheral(call.peripheral),
            call_type=call.call_type,
            **_connection(conn),
            new_connection_call_id=call.call_id,
            new_connection_device_id_type=conn.id_type,
            new_connection_device_id=conn.device_id,
            **changed,
        ),
    )


def delivered(
    call: Call, conn: Connection, view: View, cause: EventCause = EventCause.CEC_NONE
) -> Draft:
    return Draft(
        "CALL_DELIVERED_EVENT",
        dict(
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
        ),
    )


def established(call: Call, conn: Connection, view: View) -> Draft:
    return Draft(
        "CALL_ESTABLISHED_EVENT",
        dict(
            **_peripheral(call.peripheral),
            **_connection(conn),
            **_line(conn),
            **_service(call),
            answering_device_type=conn.device_type,
            answering_device_id=conn.device_id,
            **_parties(call),
            local_connection_state=_lcs(call, conn, view),
            event_cause=EventCause.CEC_NONE,
        ),
    )


def held(call: Call, conn: Connection, view: View) -> Draft:
    return Draft(
        "CALL_HELD_EVENT",
        dict(
            **_peripheral(call.peripheral),
            **_connection(conn),
            holding_device_type=conn.device_type,
            holding_device_id=conn.device_id,
            local_connection_state=_lcs(call, conn, view),
            event_cause=EventCause.CEC_NONE,
        ),
    )


def retrieved(call: Call, conn: Connection, view: View) -> Draft:
    return Draft(
        "CALL_RETRIEVED_EVENT",
        dict(
            **_peripheral(call.peripheral),
            **_connection(conn),
            retrieving_device_type=conn.device_type,
            retrieving_device_id=conn.device_id,
            local_connection_state=_lcs(call, conn, view),
            event_cause=EventCause.CEC_NONE,
        ),
    )


def connection_cleared(
    call: Call, conn: Connection, view: View, cause: EventCause = EventCause.CEC_NONE
) -> Draft:
    return Draft(
        "CALL_CONNECTION_CLEARED_EVENT",
        dict(
            **_peripheral(call.peripheral),
            **_connection(conn),
            releasing_device_type=conn.device_type,
            releasing_device_id=conn.device_id,
            local_connection_state=_lcs(call, conn, view),
            event_cause=cause,
        ),
    )


def call_cleared(call: Call, view: View, cause: EventCause = EventCause.CEC_NONE) -> Draft:
    conn = _identity(call, view)
    return Draft(
        "CALL_CLEARED_EVENT",
        dict(
            **_peripheral(call.peripheral),
            **_connection(conn),
            local_connection_state=LocalConnectionState.LCS_NULL,
            event_cause=cause,
        ),
    )


def service_initiated(call: Call, conn: Connection, view: View) -> Draft:
    return Draft(
        "CALL_SERVICE_INITIATED_EVENT",
        dict(
            **_peripheral(call.peripheral),
            **_connection(conn),
            **_line(conn),
            **_service(call),
            calling_device_type=conn.device_type,
            calling_device_id=conn.device_id,
            local_connection_state=_lcs(call, conn, view),
            event_cause=EventCause.CEC_NONE,
        ),
    )


def originated(
    call: Call, conn: Connection, view: View, cause: EventCause = EventCause.CEC_NONE
) -> Draft:
    return Draft(
        "CALL_ORIGINATED_EVENT",
        dict(
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
        ),
    )


def _skill_groups(call: Call) -> tuple[dict[str, Any], ...]:
    sg = call.skill_group
    if sg is None:
        return ()
    return (
        {
            "skill_group_number": sg.number,
            "skill_group_id": sg.skill_group_id,
            "skill_group_priority": sg.priority,
        },
    )


def queued(call: Call, view: View, num_queued: int) -> Draft:
    conn = call.first
    sg = call.skill_group
    return Draft(
        "CALL_QUEUED_EVENT",
        dict(
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
        ),
    )


def dequeued(call: Call, view: View, num_queued: int) -> Draft:
    conn = call.first
    return Draft(
        "CALL_DEQUEUED_EVENT",
        dict(
            **_peripheral(call.peripheral),
            **_connection(conn),
            queue_device_type=DeviceIDType.DEVID_QUEUE,
            service_number=NULL_SERVICE,
            service_id=NULL_SERVICE,
            num_queued=num_queued,
            local_connection_state=_lcs(call, conn, view),
            event_cause=EventCause.CEC_NONE,
            skill_groups=_skill_groups(call),
        ),
    )


def connected_parties(call: Call) -> tuple[dict[str, Any], ...]:
    """The ConnectedParties group entries of ``call``."""
    return tuple(
        {
            "connected_party_call_id": call.call_id,
            "connected_party_device_id_type": c.device_type,
            "connected_party_device_id": c.device_id,
        }
        for c in call.live_connections()
    )


def transferred(
    primary: Connection, secondary: Connection, transferred_to: str, view: View
) -> Draft:
    """``primary`` is the call that survives, ``secondary`` the one merged into it; both are the
    transferring device's connections."""
    call = primary.call
    return Draft(
        "CALL_TRANSFERRED_EVENT",
        dict(
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
        ),
    )


def conferenced(primary: Connection, secondary: Connection, added: str, view: View) -> Draft:
    call = primary.call
    return Draft(
        "CALL_CONFERENCED_EVENT",
        dict(
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
        ),
    )


def icm_agent_id(agent: Agent) -> int:
    # The simulator has no Skill Target IDs of its own: a numeric agent ID doubles as one.
    return int(agent.agent_id) if agent.agent_id.isdigit() else 0


def agent_skill_groups(agent: Agent, prefix: str = "flt_") -> tuple[dict[str, Any], ...]:
    """The agent's skill groups as group entries (FltSkillGroups of AGENT_STATE_EVENT; with
    ``prefix=""``, SkillGroups of QUERY_AGENT_STATE_CONF)."""
    return tuple(
        {
            f"{prefix}skill_group_number": sg.number,
            f"{prefix}skill_group_id": sg.skill_group_id,
            f"{prefix}skill_group_priority": sg.priority,
            f"{prefix}skill_group_state": agent.state,
        }
        for sg in agent.skill_groups
    )


def agent_tasks(agent: Agent) -> dict[str, Any]:
    """The task and identity fields AGENT_STATE_EVENT and QUERY_AGENT_STATE_CONF share (but
    NumTasks)."""
    return {
        "mrd_id": MRD_VOICE,
        "agent_mode": 1,
        "max_task_limit": MAX_TASK_LIMIT,
        "max_beyond_task_limit": MAX_BEYOND_TASK_LIMIT,
        "icm_agent_id": icm_agent_id(agent),
        "department_id": agent.profile.department_id,
        "agent_id": agent.agent_id,
    }


def agent_state(
    agent: Agent, peripheral: Peripheral, device_id: str | None, duration: int
) -> Draft:
    first = agent.skill_groups[0] if agent.skill_groups else None
    talking = agent.state in (AgentState.AGENT_STATE_TALKING, AgentState.AGENT_STATE_HOLD)
    return Draft(
        "AGENT_STATE_EVENT",
        dict(
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
            **agent_tasks(agent),
            num_tasks=1 if talking else 0,
            agent_extension=device_id,
            agent_instrument=device_id,
            direction=agent.direction,
            flt_skill_groups=agent_skill_groups(agent),
        ),
    )

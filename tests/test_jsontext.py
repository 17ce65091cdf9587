"""The compiled JSON writers (ctiwire.jsontext) write exactly what the general path writes.

``message_to_json(m)`` must equal ``json_line(message_to_dict(m))`` for every message class of
every version, whatever the values: the general path (:mod:`ctiwire.jsonview`) defines the JSON
of ``monitor --json`` and of the bridge's payloads, and the compiled one only makes it faster.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import ctiwire
import ctiwire.v24 as cti
from ctiwire.jsontext import fields_json, message_to_json
from ctiwire.jsonview import MASKED, json_line, message_to_dict
from strategies import message_strategy, spec, version


def general(message: Any, module: Any = cti) -> str:
    return json_line(message_to_dict(message, module.MESSAGE_NAMES))


def classes() -> list[Any]:
    """Each message class once (a class shared by several versions is the same code), with the
    first version that has it."""
    seen: set[type] = set()
    out = []
    for n in spec().generated:
        module = ctiwire.protocol(n)
        for m in version(n).messages:
            if m.undocumented or module.MESSAGES[m.number] in seen:
                continue
            seen.add(module.MESSAGES[m.number])
            out.append(pytest.param(n, m, id=f"v{n}-{m.name}"))
    return out


@pytest.mark.parametrize(("number", "spec_message"), classes())
def test_every_message_class_writes_what_the_general_path_writes(
    number: int, spec_message: Any
) -> None:
    module = ctiwire.protocol(number)

    @settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(message=message_strategy(module, spec_message))
    def check(message: Any) -> None:
        line = message_to_json(message, module.MESSAGE_NAMES)
        assert line == json_line(message_to_dict(message, module.MESSAGE_NAMES))
        if _encodable(module, message):  # decoded: the values' types as decode gives them
            decoded = module.decode(module.encode(message))
            assert message_to_json(decoded) == general(decoded, module)

    check()


def _encodable(module: Any, message: Any) -> bool:
    try:
        module.encode(message)
    except ctiwire.EncodeError:
        return False  # many drawn fields at once can pass a whole-message limit
    return True


def state_event(**fields: Any) -> cti.AgentStateEvent:
    base = cti.decode(
        cti.encode(
            cti.AgentStateEvent(
                monitor_id=1,
                peripheral_id=5000,
                session_id=2,
                peripheral_type=cti.PeripheralType.PT_ENTERPRISE_AGENT,
                skill_group_state=cti.AgentState.AGENT_STATE_AVAILABLE,
                state_duration=3,
                skill_group_number=4,
                skill_group_id=5,
                skill_group_priority=0,
                agent_state=cti.AgentState.AGENT_STATE_TALKING,
                event_reason_code=0,
                mrd_id=1,
                num_tasks=1,
                agent_mode=0,
                max_task_limit=1,
                icm_agent_id=5001,
                agent_availability_status=0,
                department_id=0,
                agent_id="1001",
                agent_extension="2001",
                direction=0,
                max_beyond_task_limit=0,
            )
        )
    )
    return dataclasses.replace(base, **fields)


class Other(enum.IntEnum):
    SOME = 7


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"agent_state": 99},  # a value the enum does not know: a number
        {"monitor_id": True},  # not the annotation's type: the general path writes it
        {"monitor_id": Other.SOME},
        {"agent_id": None},
        {"agent_instrument": None, "agent_extension": None},
        {"agent_id": 'quote " backslash \\ newline \n tab \t \x01 é 漢字 😀'},
        {"agent_id": "bad \udcff byte"},  # not UTF-8 on the wire (a surrogate escape)
        {"peripheral_type": 12345},
        {"agent_state": Other.SOME},  # a member of another enum
        {"agent_state": None},
        {"next_agent_state": 77},
        {"duration": 7, "next_agent_state": cti.AgentState.AGENT_STATE_NOT_READY},
    ],
    ids=repr,
)
def test_values_of_every_kind_and_of_unexpected_types(fields: dict[str, Any]) -> None:
    message = state_event(**fields)
    line = message_to_json(message)
    assert line == general(message)
    line.encode("utf-8")  # any UTF-8 output can carry it
    shown = json.loads(line)["fields"]
    for name, value in fields.items():
        if value is None:
            assert name not in shown
        elif type(value) is str:
            assert shown[name] == value  # surrogate escapes come back as they were


def test_masks_with_named_and_unnamed_bits() -> None:
    mask = cti.CallEventMask.CALL_DELIVERED_MASK | cti.CallEventMask.CALL_CLEARED_MASK
    for value in (mask, cti.CallEventMask(0), mask | cti.CallEventMask(1 << 31), 0xFFFFFFFF):
        message = cti.OpenReq(
            invoke_id=1,
            version_number=24,
            idle_timeout=30,
            peripheral_id=0xFFFFFFFF,
            services_requested=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
            call_msg_mask=value,
            agent_state_mask=0,
            config_msg_mask=0,
            client_id="crm",
            client_password="s3cret",
        )
        line = message_to_json(message)
        assert line == general(message)
        assert "s3cret" not in line and json.loads(line)["fields"]["client_password"] == MASKED


def test_groups_named_variables_and_unknown_fields() -> None:
    message = cti.CallDataUpdateEvent(
        monitor_id=0,
        peripheral_id=5000,
        peripheral_type=cti.PeripheralType.PT_ENTERPRISE_AGENT,
        call_type=cti.CallType.CALLTYPE_PREROUTE_ACD_IN,
        connection_device_id_type=cti.ConnectionDeviceIDType.CONNECTION_ID_STATIC,
        connection_call_id=7,
        new_connection_device_id_type=cti.ConnectionDeviceIDType.CONNECTION_ID_STATIC,
        new_connection_call_id=8,
        called_party_disposition=0,
        campaign_id=0,
        query_rule_id=0,
        connection_device_id="dev",
        new_connection_device_id="dev2",
        named_variables=(ctiwire.NamedVar("user.a", "1"), ctiwire.NamedVar("user.b", 'x"y')),
        named_arrays=(ctiwire.NamedArray(0, "user.arr", "v"),),
        unknown_fields=(ctiwire.UnknownField(250, b"\x00\x01"),),
    )
    line = message_to_json(message)
    assert line == general(message)
    shown = json.loads(line)["fields"]
    assert shown["named_variables"] == [
        {"name": "user.a", "value": "1"},
        {"name": "user.b", "value": 'x"y'},
    ]
    assert shown["unknown_fields"] == [{"tag": 250, "data": "0001"}]


def test_unknown_messages_and_entries() -> None:
    unknown = ctiwire.UnknownMessage(message_type=9999, body=b"\x01\x02")
    assert message_to_json(unknown, cti.MESSAGE_NAMES) == general(unknown)
    entry = ctiwire.NamedVar("n", "v")
    assert fields_json(entry) == '{"name":"n","value":"v"}'

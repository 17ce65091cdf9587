"""Version-neutral drafts: each version's generated class takes the fields it has."""

from __future__ import annotations

import ctiwire
from ctiwire import v15, v24
from ctiwire.simulator.drafts import Draft, arguments, supports

AGENT_STATE = Draft(
    "AGENT_STATE_EVENT",
    {
        "peripheral_id": 5000,
        "agent_state": v15.AgentState.AGENT_STATE_TALKING,
        "agent_id": "1001",
        "direction": 1,
        "department_id": 7,
        "max_beyond_task_limit": 0,
        "flt_skill_groups": (
            {
                "flt_skill_group_number": 100,
                "flt_skill_group_id": 5100,
                "flt_skill_group_priority": 0,
                "flt_skill_group_state": v15.AgentState.AGENT_STATE_TALKING,
            },
        ),
    },
)


def test_each_version_keeps_its_fields() -> None:
    for version in ctiwire.protocol_versions():
        cti = ctiwire.protocol(version)
        message = AGENT_STATE.render(cti)
        assert type(message) is cti.AgentStateEvent
        assert hasattr(message, "direction") == (version >= 16)
        assert hasattr(message, "department_id") == (version >= 19)
        assert cti.decode(cti.encode(message)) == message
    assert AGENT_STATE.render(v24).department_id == 7


def test_groups_enums_and_the_cache() -> None:
    message = AGENT_STATE.render(v24)
    (group,) = message.flt_skill_groups
    assert type(group) is v24.AgentStateEvent.GROUP_ENTRIES["flt_skill_groups"]
    # Version 15's constants become the version's own enum (same number).
    assert type(message.agent_state) is v24.AgentState
    assert message.agent_state == v24.AgentState.AGENT_STATE_TALKING
    assert AGENT_STATE.render(v24) is message  # rendered once per version


def test_supports_and_arguments() -> None:
    assert not supports(v15, "CONFIG_KEY_EVENT")
    assert supports(v24, "CONFIG_KEY_EVENT")
    conf = Draft("OPEN_CONF", {"department_id": 3, "session_type": 1, "monitor_id": 0})
    assert arguments(conf, v15) == {"monitor_id": 0}
    assert arguments(conf, v24) == {"department_id": 3, "session_type": 1, "monitor_id": 0}


def test_enum_values_follow_their_name() -> None:
    # CALLTYPE_NON_ACD is 27 in Version 15 and 38 from Version 19 on (the spec renumbers it).
    fields = {"call_type": v15.CallType.CALLTYPE_NON_ACD, "connection_device_id": "5001"}
    draft = Draft("BEGIN_CALL_EVENT", fields)
    assert int(draft.render(v15).call_type) == 27
    assert int(draft.render(v24).call_type) == 38

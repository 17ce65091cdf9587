"""Every protocol version 15-25: the modules, their wire parameters and message sets, and golden
vectors of the 2-byte floating fields of Version 20 and later, written by hand from the guide's
rules (Messaging Conventions, "Floating Fields": Tag USHORT 2, FieldLength USHORT 2 since
Protocol Version 20 (Changes and Additions, Version 20, "Important"))."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import ctiwire
from ctiwire import UnknownField
from strategies import spec, version

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = spec().generated


def hexbytes(text: str) -> bytes:
    """Hex digits with spaces and ``# comments``, as the vectors are written."""
    return bytes.fromhex("".join(line.split("#")[0] for line in text.splitlines()))


def test_every_generated_version_is_available() -> None:
    assert ctiwire.protocol_versions() == tuple(VERSIONS) == tuple(range(15, 26))
    for n in VERSIONS:
        module = ctiwire.protocol(n)
        assert module.__name__ == f"ctiwire.v{n}"
        assert n == module.PROTOCOL_VERSION
    for bad in (14, 26, "24", 24.0):
        with pytest.raises(ValueError, match="no bindings"):
            ctiwire.protocol(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("number", VERSIONS)
def test_wire_parameters_follow_the_spec(number: int) -> None:
    cti, v = ctiwire.protocol(number), version(number)
    assert cti.FLOATING_TAG_SIZE == v.tag_size == (1 if number <= 19 else 2)
    assert v.max_message_size == cti.MAX_MESSAGE_SIZE
    assert cti.NAMED_DATA_LIMIT == 2000
    assert cti.frame_decoder()._max == v.max_message_size


@pytest.mark.parametrize("number", VERSIONS)
def test_the_failure_conf_of_the_editions_decodes_in_every_version(number: int) -> None:
    """The 8-byte body of Table 3-9 (Versions 9, 14, 15 and 17): InvokeID, Status."""
    cti = ctiwire.protocol(number)
    frame = hexbytes("00000008 00000001 00000001 00000061")
    failure = cti.decode(frame)
    assert failure == cti.FailureConf(invoke_id=1, status=0x61)
    assert failure.status == cti.StatusCode.E_CTI_INVALID_MONITOR_STATUS
    assert cti.encode(cti.FailureConf(invoke_id=1, status=0x61)) == frame


# Each version's message set against the Message Types table of its own edition, as
# transcribed in spec/protocol.yaml (message_set): every number the table names is named by
# the generated module. Numbers the module names beyond the table are each explained here.
BEYOND_THE_TABLE = {
    # The v24 table prints 240 and 247 as Reserved, but Version 15 names them as messages and
    # the v25 chapter still documents CALL_ATTRIBUTE_CHANGE_EVENT: the message rows win.
    # SET_AGENT_SERVICE_DATA_REQ/CONF (283/284) were added in Version 24 (Changes and Additions,
    # Protocol Version 24), but the v24 table stops at 282.
    24: {240, 247, 283, 284},
}


@pytest.mark.parametrize("number", VERSIONS)
def test_reserved_numbers_carry_no_message(number: int) -> None:
    assert not set(version(number).reserved) & set(ctiwire.protocol(number).MESSAGE_NAMES)


@pytest.mark.parametrize("number", [n for n in VERSIONS if version(n).message_set])
def test_message_set_matches_the_editions_table(number: int) -> None:
    """Versions 15, 24 and 25: the versions whose own edition's list of message numbers is
    transcribed (no Message Types table of another version is stored; spec/protocol.yaml)."""
    table = set(version(number).message_set)
    names = set(ctiwire.protocol(number).MESSAGE_NAMES)
    assert table <= names
    if number == 25:
        return  # the v25 "table" is the MessageType lines of its chapters: a subset by nature
    assert names - table == BEYOND_THE_TABLE.get(number, set())


def test_versions_of_one_width_share_unchanged_classes() -> None:
    import ctiwire.v20
    import ctiwire.v22
    import ctiwire.v24

    assert ctiwire.v24.CallHeldEvent is ctiwire.v20.CallHeldEvent
    assert ctiwire.v24.AgentStateEvent is ctiwire.v22.AgentStateEvent  # MaxBeyondTaskLimit: 22
    assert ctiwire.v22.AgentStateEvent is not ctiwire.v20.AgentStateEvent
    import ctiwire.v15

    assert ctiwire.v20.CallHeldEvent is not ctiwire.v15.CallHeldEvent  # another wire width


def test_a_message_of_another_version_is_refused_by_encode() -> None:
    import ctiwire.v15
    import ctiwire.v24

    with pytest.raises(ctiwire.EncodeError, match="not a Protocol Version 15 message"):
        ctiwire.v15.encode(ctiwire.v24.CallHeldEvent(connection_device_id="1"))


def test_importing_a_version_does_not_import_asyncio() -> None:
    script = (
        "import sys, ctiwire.v24; print('asyncio' in sys.modules, 'ctiwire.v15' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# ---------------------------------------------------------------------------------------------
# Golden vectors, 2-byte floating fields

WIDE: list[tuple[int, str, str, Any]] = [
    (
        20,
        "CALL_HELD_EVENT",
        """
        00000028 0000000b   # MHDR: 40 body bytes, MessageType 11
        00000000            # MonitorID
        00001388            # PeripheralID 5000
        0011                # PeripheralType 17 (PT_ENTERPRISE_AGENT)
        0000                # ConnectionDeviceIDType CONNECTION_ID_STATIC
        0001e240            # ConnectionCallID 123456
        0000                # HoldingDeviceType DEVID_DEVICE_IDENTIFIER
        0003                # LocalConnectionState LCS_CONNECT
        ffff                # EventCause CEC_NONE
        0019 0005 3130303100  # ConnectionDeviceID (tag 25) "1001"
        001f 0005 3130303100  # HoldingDeviceID (tag 31) "1001"
        """,
        lambda cti: cti.CallHeldEvent(
            peripheral_id=5000,
            peripheral_type=cti.PeripheralType.PT_ENTERPRISE_AGENT,
            connection_call_id=123456,
            local_connection_state=cti.LocalConnectionState.LCS_CONNECT,
            event_cause=cti.EventCause.CEC_NONE,
            connection_device_id="1001",
            holding_device_id="1001",
        ),
    ),
    (
        24,
        "OPEN_REQ",
        """
        0000003b 00000003   # MHDR: 59 body bytes, MessageType 3
        00000001            # InvokeID
        00000018            # VersionNumber 24
        00000078            # IdleTimeout 120 s
        ffffffff            # PeripheralID NULL_PERIPHERAL_ID
        00000010            # ServicesRequested CTI_SERVICE_ALL_EVENTS
        00000001            # CallMsgMask DELIVERED
        00000000            # AgentStateMask
        00000000            # ConfigMsgMask
        00000000 00000000 00000000  # Reserved1-3
        0001 0005 7761726400  # ClientID (tag 1) "ward"
        0002 0002 7077        # ClientPassword (tag 2) "pw", UNSPEC: no NUL
        """,
        lambda cti: cti.OpenReq(
            invoke_id=1,
            version_number=24,
            idle_timeout=120,
            peripheral_id=0xFFFFFFFF,
            services_requested=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
            call_msg_mask=cti.CallEventMask.CALL_DELIVERED_MASK,
            client_id="ward",
            client_password=b"pw",
        ),
    ),
    (
        24,
        "AGENT_STATE_EVENT",
        """
        00000057 0000001e   # MHDR: 87 body bytes, MessageType 30
        00000000 00001388 00000007  # MonitorID, PeripheralID 5000, SessionID 7
        0011 0003           # PeripheralType 17, SkillGroupState 3
        00000000 00000064 000000c8  # StateDuration, SkillGroupNumber 100, SkillGroupID 200
        0000 0003 0000      # SkillGroupPriority, AgentState AVAILABLE, EventReasonCode
        00000001 00000000   # MRDID 1, NumTasks
        0000 00000001       # AgentMode, MaxTaskLimit 1
        00001389 00000001   # ICMAgentID 5001, AgentAvailabilityStatus 1
        0000 00000000       # NumFltSkillGroups 0, DepartmentID 0 (since Version 19)
        0005 0005 3130303100  # AgentID (tag 5) "1001"
        00f4 0004 00000001  # Direction (tag 244, since 16) 1 = In
        010a 0004 00000000  # MaxBeyondTaskLimit (tag 266, since 22)
        """,
        lambda cti: cti.AgentStateEvent(
            peripheral_id=5000,
            session_id=7,
            peripheral_type=17,
            skill_group_state=3,
            skill_group_number=100,
            skill_group_id=200,
            agent_state=cti.AgentState.AGENT_STATE_AVAILABLE,
            mrd_id=1,
            max_task_limit=1,
            icm_agent_id=5001,
            agent_availability_status=1,
            agent_id="1001",
            direction=1,
            max_beyond_task_limit=0,
        ),
    ),
    (
        22,
        "CALL_HELD_EVENT with an unknown tag",
        """
        00000025 0000000b   # MHDR: 37 body bytes, MessageType 11 (CALL_HELD_EVENT)
        00000000 00001388 0011 0000 0001e240 0000 0003 ffff
        0019 0005 3130303100  # ConnectionDeviceID "1001"
        1234 0002 abcd        # tag 0x1234, which no version defines: kept, re-encoded
        """,
        lambda cti: cti.CallHeldEvent(
            peripheral_id=5000,
            peripheral_type=17,
            connection_call_id=123456,
            local_connection_state=3,
            event_cause=0xFFFF,
            connection_device_id="1001",
            unknown_fields=(UnknownField(0x1234, b"\xab\xcd"),),
        ),
    ),
]


@pytest.mark.parametrize(
    ("number", "name", "text", "build"),
    WIDE,
    ids=[f"v{w[0]}-{w[1]}" for w in WIDE],
)
def test_wide_golden_vectors(number: int, name: str, text: str, build: Any) -> None:
    cti = ctiwire.protocol(number)
    frame = hexbytes(text)
    assert int.from_bytes(frame[:4], "big") == len(frame) - 8
    message = build(cti)
    assert cti.encode(message) == frame
    assert cti.decode(frame) == message
    # The same message in a 1-byte version is a different frame (tag/length 1 byte each).
    assert ctiwire.protocol(19).FLOATING_TAG_SIZE == 1


def test_wide_named_variable_and_field_longer_than_255() -> None:
    """NAMEDVAR (tag 82) in a 2-byte version, and a floating length above 255, which only the
    2-byte FieldLength can carry (LoginName is STRING 255 from Version 20: 254 characters)."""
    import ctiwire.v25 as cti

    var = cti.NamedVar("user.x", "42")
    delivered = cti.CallDeliveredEvent(
        connection_device_id="1001",
        alerting_device_id="1001",
        calling_device_id="5551234",
        called_device_id="1001",
        last_redirect_device_id="",
        named_variables=(var,),
    )
    frame = cti.encode(delivered)
    expected = bytes.fromhex("0052 000a") + b"user.x\0" + b"42\0"
    assert expected in frame
    assert cti.decode(frame) == delivered

    record = cti.ConfigAgentRecord(
        record_type=cti.ConfigRecordType.CONFIG_RECORD_ADD,
        flt_peripheral_id=5000,
        agent_type=0,
        agent_desk_settings_id=0xFFFFFFFF,
        login_id="1001",
        login_name="x" * 254,
        last_name="Doe",
        first_name="Jo",
        extension="1001",
        description="",
        agent_skill_target_id=5001,
        sso_enabled=0,
        flt_skill_group_number=(100, 101),
        flt_skill_group_priority=(0, 0),
    )
    event = cti.ConfigAgentEvent(records=(record,))
    frame = cti.encode(event)
    assert bytes.fromhex("00cf 00ff") + b"x" * 254 + b"\0" in frame  # LOGIN_NAME_TAG 207, 255
    assert cti.decode(frame) == event


def test_downstream_code_type_checks_for_every_version(tmp_path: Path) -> None:
    """A downstream module per version, checked by mypy --strict (as a user's code would be)."""
    for n in VERSIONS:
        (tmp_path / f"uses_v{n}.py").write_text(
            textwrap.dedent(
                f"""
                import dataclasses

                import ctiwire
                import ctiwire.v{n} as cti


                def held(frame: bytes) -> str | None:
                    message = cti.decode(frame)
                    if isinstance(message, cti.CallHeldEvent):
                        return message.connection_device_id
                    return None


                def hold(call_id: int) -> bytes:
                    request = cti.HoldCallReq(
                        invoke_id=1, peripheral_id=5000, connection_call_id=call_id,
                        connection_device_id="1001",
                    )
                    later = dataclasses.replace(request, invoke_id=2)
                    code: cti.StatusCode = cti.StatusCode.E_CTI_NO_ERROR
                    assert code == 0 and later.invoke_id == 2
                    return cti.encode(later)


                VERSION: int = cti.PROTOCOL_VERSION
                ANY_VERSION = ctiwire.protocol(VERSION)
                """
            )
        )
    mypy = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache")]
    result = subprocess.run(
        [*mypy, *(str(p) for p in sorted(tmp_path.glob("*.py")))],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

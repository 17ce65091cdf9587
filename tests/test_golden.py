"""Golden byte vectors written out by hand from the guide's message tables.

Each vector is laid out field by field in the order of the guide's table (MHDR first: the
MessageLength excludes the 8-byte header), with Version 15 floating fields as 1-byte tag,
1-byte length, data. Tag numbers come from the Tag Values table. Nothing here is produced by the
encoder: the test checks decode(bytes) == message and encode(message) == bytes.
"""

from __future__ import annotations

import pytest

import ctiwire.v15 as cti
from ctiwire import NamedVar


def hexbytes(text: str) -> bytes:
    """Hex with spaces, newlines and ``#`` comments allowed."""
    lines = [line.split("#", 1)[0] for line in text.splitlines()]
    return bytes.fromhex("".join("".join(lines).split()))


GOLDEN: list[tuple[str, str, cti.Message]] = [
    (
        "HEARTBEAT_REQ",  # Session Management, HEARTBEAT_REQ Message Format
        """
        00000004 00000005   # MHDR: 4 body bytes, MessageType 5
        0000002a            # InvokeID 42
        """,
        cti.HeartbeatReq(invoke_id=42),
    ),
    (
        "HEARTBEAT_CONF",
        """
        00000004 00000006   # MHDR: MessageType 6
        0000002a            # InvokeID 42
        """,
        cti.HeartbeatConf(invoke_id=42),
    ),
    (
        "CLOSE_REQ",  # Session Management, CLOSE_REQ Message Format
        """
        00000008 00000007   # MHDR: MessageType 7
        00000003            # InvokeID 3
        00000000            # Status E_CTI_NO_ERROR
        """,
        cti.CloseReq(invoke_id=3, status=cti.StatusCode.E_CTI_NO_ERROR),
    ),
    (
        "FAILURE_CONF",  # Version 15 guide, Table 3-9 FAILURE_CONF Message Format
        """
        00000008 00000001   # MHDR: 8 body bytes, MessageType 1
        00000009            # InvokeID 9
        0000000c            # Status UINT 12 E_CTI_FUNCTION_NOT_AVAILABLE
        """,
        cti.FailureConf(invoke_id=9, status=cti.StatusCode.E_CTI_FUNCTION_NOT_AVAILABLE),
    ),
    (
        "OPEN_REQ",  # Session Management, OPEN_REQ Message Format (Version 15: no UniqueInstanceID)
        """
        00000046 00000003   # MHDR: 70 body bytes, MessageType 3
        00000001            # InvokeID 1
        0000000f            # VersionNumber 15
        00000078            # IdleTimeout 120 s
        ffffffff            # PeripheralID NULL_PERIPHERAL_ID
        00000010            # ServicesRequested CTI_SERVICE_ALL_EVENTS
        00000001            # CallMsgMask DELIVERED
        00000000            # AgentStateMask
        00000000            # ConfigMsgMask
        00000000 00000000 00000000  # Reserved1..3
        01 08 6465736b746f7000      # CLIENT_ID_TAG (1), 8 bytes: "desktop\\0"
        02 07 73656372657400        # CLIENT_PASSWORD_TAG (2), 7 bytes: "secret\\0" (UNSPEC)
        04 05 3130303100            # AGENT_EXTENSION_TAG (4), 5 bytes: "1001\\0"
        """,
        cti.OpenReq(
            invoke_id=1,
            version_number=15,
            idle_timeout=120,
            peripheral_id=0xFFFFFFFF,
            services_requested=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
            call_msg_mask=cti.CallEventMask.CALL_DELIVERED_MASK,
            client_id="desktop",
            client_password=b"secret\x00",
            agent_extension="1001",
        ),
    ),
    (
        "CALL_HELD_EVENT",  # Client Events, CALL_HELD_EVENT Message Format
        """
        00000024 0000000b   # MHDR: 36 body bytes, MessageType 11
        00000000            # MonitorID
        00001388            # PeripheralID 5000
        0011                # PeripheralType 17
        0000                # ConnectionDeviceIDType CONNECTION_ID_STATIC
        0001e240            # ConnectionCallID 123456
        0000                # HoldingDeviceType
        0003                # LocalConnectionState LCS_CONNECT
        ffff                # EventCause CEC_NONE
        19 05 3130303100    # CONNECTION_DEVID_TAG (25): "1001"
        1f 05 3130303100    # HOLDING_DEVID_TAG (31): "1001"
        """,
        cti.CallHeldEvent(
            peripheral_id=5000,
            peripheral_type=17,
            connection_device_id_type=0,
            connection_call_id=123456,
            holding_device_type=0,
            local_connection_state=cti.LocalConnectionState.LCS_CONNECT,
            event_cause=cti.EventCause.CEC_NONE,
            connection_device_id="1001",
            holding_device_id="1001",
        ),
    ),
    (
        "CALL_CLEARED_EVENT",
        """
        0000001d 0000000d   # MHDR: 29 body bytes, MessageType 13
        00000007            # MonitorID 7
        00001388            # PeripheralID 5000
        0011                # PeripheralType
        0000                # ConnectionDeviceIDType
        0001e240            # ConnectionCallID
        0000                # LocalConnectionState LCS_NULL
        0016                # EventCause 22 CEC_NORMAL_CLEARING
        19 07 31313039303000    # CONNECTION_DEVID_TAG (25), 7 bytes: "110900\\0"
        """,
        cti.CallClearedEvent(
            monitor_id=7,
            peripheral_id=5000,
            peripheral_type=17,
            connection_call_id=123456,
            local_connection_state=0,
            event_cause=22,
            connection_device_id="110900",
        ),
    ),
    (
        "END_CALL_EVENT",  # Client Events, END_CALL_EVENT Message Format
        """
        00000015 00000018   # MHDR: 21 body bytes, MessageType 24
        00000000            # MonitorID
        00001388            # PeripheralID
        0011                # PeripheralType
        0001                # ConnectionDeviceIDType CONNECTION_ID_DYNAMIC
        0001e240            # ConnectionCallID
        19 03 413100        # CONNECTION_DEVID_TAG: "A1"
        """,
        cti.EndCallEvent(
            peripheral_id=5000,
            peripheral_type=17,
            connection_device_id_type=1,
            connection_call_id=123456,
            connection_device_id="A1",
        ),
    ),
    (
        "SYSTEM_EVENT",  # Miscellaneous, SYSTEM_EVENT Message Format
        """
        00000024 0000001f   # MHDR: 36 body bytes, MessageType 31
        00000000            # PGStatus (all up)
        5f5e1000            # ICMCentralControllerTime 1600000000
        00000001            # SystemEventID 1
        00000000 00000000 00000000  # SystemEventArg1..3
        ffff                # EventDeviceType
        07 03 6f6b00        # TEXT_TAG (7): "ok"
        ce 03 443100        # EVENT_DEVICE_ID_TAG (206): "D1"
        """,
        cti.SystemEvent(
            icm_central_controller_time=1600000000,
            system_event_id=1,
            event_device_type=0xFFFF,
            text="ok",
            event_device_id="D1",
        ),
    ),
    (
        "CALL_CONFERENCED_EVENT",  # Client Events, with two ConnectedParty entries (NumParties 2)
        """
        0000005a 00000011   # MHDR: 90 body bytes, MessageType 17
        00000000            # MonitorID
        00001388            # PeripheralID
        0011                # PeripheralType
        0000                # PrimaryDeviceIDType
        00000064            # PrimaryCallID 100
        ffff ffff           # LineHandle, LineType (none)
        ffffffff ffffffff   # SkillGroupNumber, SkillGroupID: NULL_SKILL_GROUP
        0000                # SkillGroupPriority
        0002                # NumParties 2
        0000                # SecondaryDeviceIDType
        00000065            # SecondaryCallID 101
        ffff ffff           # ControllerDeviceType, AddedPartyDeviceType
        0003                # LocalConnectionState LCS_CONNECT
        ffff                # EventCause CEC_NONE
        23 03 503100        # PRIMARY_DEVID_TAG (35): "P1"
        24 03 533100        # SECONDARY_DEVID_TAG (36): "S1"
        27 04 00000064      # PARTY_CALLID_TAG (39): 100
        28 02 0000          # PARTY_DEVID_TYPE_TAG (40): 0
        29 05 3130303100    # PARTY_DEVID_TAG (41): "1001"
        27 04 00000064      # second party: call 100
        28 02 0000          #   type 0
        29 05 3130303200    #   "1002"
        """,
        cti.CallConferencedEvent(
            peripheral_id=5000,
            peripheral_type=17,
            primary_call_id=100,
            line_handle=0xFFFF,
            line_type=0xFFFF,
            skill_group_number=0xFFFFFFFF,
            skill_group_id=0xFFFFFFFF,
            secondary_call_id=101,
            controller_device_type=0xFFFF,
            added_party_device_type=0xFFFF,
            local_connection_state=3,
            event_cause=0xFFFF,
            primary_device_id="P1",
            secondary_device_id="S1",
            connected_parties=(
                cti.ConnectedParty(100, 0, "1001"),
                cti.ConnectedParty(100, 0, "1002"),
            ),
        ),
    ),
    (
        "BEGIN_CALL_EVENT",  # Client Events: CTIClient group, a NamedVariable, router call key
        """
        00000054 00000017   # MHDR: 84 body bytes, MessageType 23
        00000000            # MonitorID
        00001388            # PeripheralID
        0011                # PeripheralType
        0001                # NumCTIClients 1
        0001                # NumNamedVariables 1
        0000                # NumNamedArrays 0
        0001                # CallType 1 CALLTYPE_ACD_IN
        0000                # ConnectionDeviceIDType
        0001e240            # ConnectionCallID
        0000                # CalledPartyDisposition
        19 05 3130303100    # CONNECTION_DEVID_TAG: "1001"
        08 05 3535353100    # ANI_TAG (8): "5551"
        48 04 00004e20      # ROUTER_CALL_KEY_DAY_TAG (72): 20000
        49 04 00000007      # ROUTER_CALL_KEY_CALLID_TAG (73): 7
        6e 04 00000001      # ROUTER_CALL_KEY_SEQUENCE_NUM_TAG (110): 1
        0d 02 7800          # CALL_VAR_1_TAG (13): "x"
        52 09 757365722e6100 3100   # NAMED_VARIABLE_TAG (82), 9 bytes: "user.a\\0" "1\\0"
        17 03 433100        # CTI_CLIENT_SIGNATURE_TAG (23): "C1"
        18 04 5f5e1000      # CTI_CLIENT_TIMESTAMP_TAG (24): 1600000000
        """,
        cti.BeginCallEvent(
            peripheral_id=5000,
            peripheral_type=17,
            call_type=1,
            connection_call_id=123456,
            connection_device_id="1001",
            ani="5551",
            router_call_key_day=20000,
            router_call_key_call_id=7,
            router_call_key_sequence_number=1,
            call_variable1="x",
            named_variables=(NamedVar("user.a", "1"),),
            cti_clients=(cti.CTIClient("C1", 1600000000),),
        ),
    ),
    (
        "QUERY_AGENT_STATE_REQ",  # Client Control, QUERY_AGENT_STATE_REQ Message Format
        """
        00000017 00000024   # MHDR: 23 body bytes, MessageType 36
        00000005            # InvokeID
        00001388            # PeripheralID
        00000001            # MRDID 1 (voice)
        ffffffff            # ICMAgentID -1: not given
        05 05 3432303100    # AGENT_ID_TAG (5): "4201"
        """,
        cti.QueryAgentStateReq(
            invoke_id=5, peripheral_id=5000, mrd_id=1, icm_agent_id=-1, agent_id="4201"
        ),
    ),
    (
        "ANSWER_CALL_REQ",  # Client Control, ANSWER_CALL_REQ Message Format
        """
        00000015 0000002a   # MHDR: 21 body bytes, MessageType 42
        00000006            # InvokeID
        00001388            # PeripheralID
        0001e240            # ConnectionCallID
        0000                # ConnectionDeviceIDType
        19 05 3130303100    # CONNECTION_DEVID_TAG: "1001"
        """,
        cti.AnswerCallReq(
            invoke_id=6,
            peripheral_id=5000,
            connection_call_id=123456,
            connection_device_id="1001",
        ),
    ),
    (
        "MONITOR_START_REQ",  # Peripheral Monitor, MONITOR_START_REQ (a device monitor)
        """
        0000001f 0000005d   # MHDR: 31 body bytes, MessageType 93
        00000008            # InvokeID
        00001388            # PeripheralID
        ffffffff            # ConnectionCallID: none (device monitor)
        ffffffff            # CallMsgMask: all
        00000000            # AgentStateMask
        ffff                # ConnectionDeviceIDType: none
        0000                # MonitoredDeviceType
        4c 05 3130303100    # MONITORED_DEVID_TAG (76): "1001"
        """,
        cti.MonitorStartReq(
            invoke_id=8,
            peripheral_id=5000,
            connection_call_id=0xFFFFFFFF,
            call_msg_mask=0xFFFFFFFF,
            connection_device_id_type=0xFFFF,
            monitored_device_type=0,
            monitored_device_id="1001",
        ),
    ),
    (
        "SESSION_MONITOR_START_REQ",  # Client Monitor
        """
        00000008 00000065   # MHDR: MessageType 101
        0000000a            # InvokeID 10
        00000063            # SessionID 99
        """,
        cti.SessionMonitorStartReq(invoke_id=10, session_id=99),
    ),
    (
        "LIST_AGENT_TEAM_REQ",  # Supervisor
        """
        00000008 00000085   # MHDR: MessageType 133
        0000000b            # InvokeID 11
        000003e8            # SupervisorID 1000
        """,
        cti.ListAgentTeamReq(invoke_id=11, supervisor_id=1000),
    ),
    (
        "RELEASE_CALL_REQ",  # Call Data Update
        """
        00000013 0000001c   # MHDR: 19 body bytes, MessageType 28
        0000000c            # InvokeID
        00001388            # PeripheralID
        0000                # ConnectionDeviceIDType
        0001e240            # ConnectionCallID
        19 03 413100        # CONNECTION_DEVID_TAG: "A1"
        """,
        cti.ReleaseCallReq(
            invoke_id=12, peripheral_id=5000, connection_call_id=123456, connection_device_id="A1"
        ),
    ),
    (
        "CLIENT_EVENT_REPORT_REQ",  # Miscellaneous
        """
        0000000c 00000020   # MHDR: 12 body bytes, MessageType 32
        0000000d            # InvokeID
        0001                # State 1
        07 04 68657900      # TEXT_TAG (7): "hey"
        """,
        cti.ClientEventReportReq(invoke_id=13, state=1, text="hey"),
    ),
    (
        "REGISTER_SERVICE_REQ",  # Server Service
        """
        0000000d 0000008f   # MHDR: 13 body bytes, MessageType 143
        0000000e            # InvokeID
        0001                # ServerMode 1 (round robin)
        5e 05 7265637200    # SERVICE_NAME_TAG (94): "recr"
        """,
        cti.RegisterServiceReq(invoke_id=14, server_mode=1, service_name="recr"),
    ),
    (
        "CALL_TRANSLATION_ROUTE_EVENT",  # All Events: no fixed field but the counts
        """
        0000001d 00000016   # MHDR: 29 body bytes, MessageType 22
        0000                # NumNamedVariables
        0000                # NumNamedArrays
        0a 05 3830303000    # DNIS_TAG (10): "8000"
        48 04 00004e20      # ROUTER_CALL_KEY_DAY_TAG (72): 20000
        49 04 00000007      # ROUTER_CALL_KEY_CALLID_TAG (73): 7
        6e 04 00000000      # ROUTER_CALL_KEY_SEQUENCE_NUM_TAG (110): 0
        """,
        cti.CallTranslationRouteEvent(
            dnis="8000",
            router_call_key_day=20000,
            router_call_key_call_id=7,
            router_call_key_sequence_number=0,
        ),
    ),
]


@pytest.mark.parametrize(("name", "text", "message"), GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_vector(name: str, text: str, message: cti.Message) -> None:
    frame = hexbytes(text)
    assert name == message.MESSAGE_NAME
    assert int.from_bytes(frame[:4], "big") == len(frame) - 8, "vector's MessageLength is off"
    assert cti.decode(frame) == message
    assert cti.encode(message) == frame


def test_golden_vectors_cover_every_documented_service() -> None:
    from strategies import version

    services = {m.service for m in version(15).messages if not m.undocumented}
    by_name = {m.name: m.service for m in version(15).messages}
    covered = {by_name[name] for name, _, _ in GOLDEN}
    assert services <= covered, services - covered
    assert len(GOLDEN) >= 12

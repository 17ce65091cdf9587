"""Messages of CTI Server Protocol Version 16: classes, decoders and encoders.

Generated from spec/ by ``python -m codegen``: do not edit.

A message whose definition is the same as in an earlier version (same fields, same wire format)
is not repeated: it is imported from the first version that has it, so ``ctiwire.v16`` and
that version share the class. What is defined below is new or different in Version 16.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Final

from ctiwire import _wire as _w
from ctiwire.errors import EncodeError
from ctiwire.framing import FrameDecoder
from ctiwire.types import (
    Entry,
    GeneratedMessage,
    Message,
    NamedArray,
    NamedVar,
    TaskID,
    UnknownField,
    UnknownMessage,
    value_class,
)
from ctiwire.v15.messages import (
    AgentDeskSettingsConf,
    AgentDeskSettingsReq,
    AgentGreetingControlConf,
    AgentGreetingControlReq,
    AgentPreCallAbortEvent,
    AgentPreCallEvent,
    AgentSkillGroup,
    AlternateCallConf,
    AlternateCallReq,
    AnswerCallConf,
    AnswerCallReq,
    BadCallConf,
    BadCallReq,
    CallAgentGreetingEvent,
    CallAttributeChangeEvent,
    CallClearedEvent,
    CallConferencedEvent,
    CallConnectionClearedEvent,
    CallDeliveredEvent,
    CallDequeuedEvent,
    CallDevice,
    CallDivertedEvent,
    CallEstablishedEvent,
    CallFailedEvent,
    CallHeldEvent,
    CallOriginatedEvent,
    CallQueuedEvent,
    CallReachedNetworkEvent,
    CallRetrievedEvent,
    CallServiceInitiatedEvent,
    CallTransferredEvent,
    CallTranslationRouteEvent,
    ChangeMonitorMaskConf,
    ChangeMonitorMaskReq,
    ClearCallConf,
    ClearCallReq,
    ClearConnectionConf,
    ClearConnectionReq,
    ClientEventReportConf,
    ClientEventReportReq,
    ClientSessionClosedEvent,
    ClientSessionOpenedEvent,
    CloseConf,
    CloseReq,
    ConferenceCallConf,
    ConferenceCallReq,
    ConnectedParty,
    ConsultationCallConf,
    ConsultationCallReq,
    ControlFailureConf,
    CTIClient,
    DeflectCallConf,
    DeflectCallReq,
    DeviceCall,
    EmergencyCallConf,
    EmergencyCallEvent,
    EmergencyCallReq,
    EndCallEvent,
    FailureConf,
    FailureEvent,
    FltSkillGroup,
    HeartbeatConf,
    HeartbeatReq,
    HoldCallConf,
    HoldCallReq,
    Line,
    ListAgentTeamConf,
    ListAgentTeamReq,
    MakeCallConf,
    MakeCallReq,
    MakePredictiveCallConf,
    MakePredictiveCallReq,
    MonitorAgentTeamStartConf,
    MonitorAgentTeamStartReq,
    MonitorAgentTeamStopConf,
    MonitorAgentTeamStopReq,
    MonitorStartConf,
    MonitorStartReq,
    MonitorStopConf,
    MonitorStopReq,
    OpenConf,
    OpenReq,
    PeripheralInfo,
    QueryAgentStateConf,
    QueryAgentStateReq,
    QueryAgentStatisticsConf,
    QueryAgentStatisticsReq,
    QueryDeviceInfoConf,
    QueryDeviceInfoReq,
    QuerySkillGroupStatisticsConf,
    QuerySkillGroupStatisticsReq,
    ReconnectCallConf,
    ReconnectCallReq,
    RegisterServiceConf,
    RegisterServiceReq,
    RegisterVariablesConf,
    RegisterVariablesReq,
    ReleaseCallConf,
    ReleaseCallReq,
    RequestedSkillGroup,
    RetrieveCallConf,
    RetrieveCallReq,
    RtpStartedEvent,
    RtpStoppedEvent,
    SendDtmfSignalConf,
    SendDtmfSignalReq,
    SessionMonitorStartConf,
    SessionMonitorStartReq,
    SessionMonitorStopConf,
    SessionMonitorStopReq,
    SetAgentStateConf,
    SetAgentStateReq,
    SetAppDataConf,
    SetAppDataReq,
    SetCallDataConf,
    SetDeviceAttributesConf,
    SkillGroup,
    SnapshotCallReq,
    SnapshotDeviceConf,
    SnapshotDeviceReq,
    StartRecordingConf,
    StartRecordingReq,
    StopRecordingConf,
    StopRecordingReq,
    SuperviseCallConf,
    SuperviseCallReq,
    SupervisorAssistConf,
    SupervisorAssistReq,
    SystemEvent,
    TeamMember,
    TransferCallConf,
    TransferCallReq,
    UnregisterServiceConf,
    UnregisterServiceReq,
    UserMessageConf,
    UserMessageEvent,
    UserMessageReq,
    _decode_agent_desk_settings_conf,
    _decode_agent_desk_settings_req,
    _decode_agent_greeting_control_conf,
    _decode_agent_greeting_control_req,
    _decode_agent_pre_call_abort_event,
    _decode_agent_pre_call_event,
    _decode_alternate_call_conf,
    _decode_alternate_call_req,
    _decode_answer_call_conf,
    _decode_answer_call_req,
    _decode_bad_call_conf,
    _decode_bad_call_req,
    _decode_call_agent_greeting_event,
    _decode_call_attribute_change_event,
    _decode_call_cleared_event,
    _decode_call_conferenced_event,
    _decode_call_connection_cleared_event,
    _decode_call_delivered_event,
    _decode_call_dequeued_event,
    _decode_call_diverted_event,
    _decode_call_established_event,
    _decode_call_failed_event,
    _decode_call_held_event,
    _decode_call_originated_event,
    _decode_call_queued_event,
    _decode_call_reached_network_event,
    _decode_call_retrieved_event,
    _decode_call_service_initiated_event,
    _decode_call_transferred_event,
    _decode_call_translation_route_event,
    _decode_change_monitor_mask_conf,
    _decode_change_monitor_mask_req,
    _decode_clear_call_conf,
    _decode_clear_call_req,
    _decode_clear_connection_conf,
    _decode_clear_connection_req,
    _decode_client_event_report_conf,
    _decode_client_event_report_req,
    _decode_client_session_closed_event,
    _decode_client_session_opened_event,
    _decode_close_conf,
    _decode_close_req,
    _decode_conference_call_conf,
    _decode_conference_call_req,
    _decode_consultation_call_conf,
    _decode_consultation_call_req,
    _decode_control_failure_conf,
    _decode_deflect_call_conf,
    _decode_deflect_call_req,
    _decode_emergency_call_conf,
    _decode_emergency_call_event,
    _decode_emergency_call_req,
    _decode_end_call_event,
    _decode_failure_conf,
    _decode_failure_event,
    _decode_heartbeat_conf,
    _decode_heartbeat_req,
    _decode_hold_call_conf,
    _decode_hold_call_req,
    _decode_list_agent_team_conf,
    _decode_list_agent_team_req,
    _decode_make_call_conf,
    _decode_make_call_req,
    _decode_make_predictive_call_conf,
    _decode_make_predictive_call_req,
    _decode_monitor_agent_team_start_conf,
    _decode_monitor_agent_team_start_req,
    _decode_monitor_agent_team_stop_conf,
    _decode_monitor_agent_team_stop_req,
    _decode_monitor_start_conf,
    _decode_monitor_start_req,
    _decode_monitor_stop_conf,
    _decode_monitor_stop_req,
    _decode_open_conf,
    _decode_open_req,
    _decode_query_agent_state_conf,
    _decode_query_agent_state_req,
    _decode_query_agent_statistics_conf,
    _decode_query_agent_statistics_req,
    _decode_query_device_info_conf,
    _decode_query_device_info_req,
    _decode_query_skill_group_statistics_conf,
    _decode_query_skill_group_statistics_req,
    _decode_reconnect_call_conf,
    _decode_reconnect_call_req,
    _decode_register_service_conf,
    _decode_register_service_req,
    _decode_register_variables_conf,
    _decode_register_variables_req,
    _decode_release_call_conf,
    _decode_release_call_req,
    _decode_retrieve_call_conf,
    _decode_retrieve_call_req,
    _decode_rtp_started_event,
    _decode_rtp_stopped_event,
    _decode_send_dtmf_signal_conf,
    _decode_send_dtmf_signal_req,
    _decode_session_monitor_start_conf,
    _decode_session_monitor_start_req,
    _decode_session_monitor_stop_conf,
    _decode_session_monitor_stop_req,
    _decode_set_agent_state_conf,
    _decode_set_agent_state_req,
    _decode_set_app_data_conf,
    _decode_set_app_data_req,
    _decode_set_call_data_conf,
    _decode_set_device_attributes_conf,
    _decode_snapshot_call_req,
    _decode_snapshot_device_conf,
    _decode_snapshot_device_req,
    _decode_start_recording_conf,
    _decode_start_recording_req,
    _decode_stop_recording_conf,
    _decode_stop_recording_req,
    _decode_supervise_call_conf,
    _decode_supervise_call_req,
    _decode_supervisor_assist_conf,
    _decode_supervisor_assist_req,
    _decode_system_event,
    _decode_transfer_call_conf,
    _decode_transfer_call_req,
    _decode_unregister_service_conf,
    _decode_unregister_service_req,
    _decode_user_message_conf,
    _decode_user_message_event,
    _decode_user_message_req,
    _encode_agent_desk_settings_conf,
    _encode_agent_desk_settings_req,
    _encode_agent_greeting_control_conf,
    _encode_agent_greeting_control_req,
    _encode_agent_pre_call_abort_event,
    _encode_agent_pre_call_event,
    _encode_alternate_call_conf,
    _encode_alternate_call_req,
    _encode_answer_call_conf,
    _encode_answer_call_req,
    _encode_bad_call_conf,
    _encode_bad_call_req,
    _encode_call_agent_greeting_event,
    _encode_call_attribute_change_event,
    _encode_call_cleared_event,
    _encode_call_conferenced_event,
    _encode_call_connection_cleared_event,
    _encode_call_delivered_event,
    _encode_call_dequeued_event,
    _encode_call_diverted_event,
    _encode_call_established_event,
    _encode_call_failed_event,
    _encode_call_held_event,
    _encode_call_originated_event,
    _encode_call_queued_event,
    _encode_call_reached_network_event,
    _encode_call_retrieved_event,
    _encode_call_service_initiated_event,
    _encode_call_transferred_event,
    _encode_call_translation_route_event,
    _encode_change_monitor_mask_conf,
    _encode_change_monitor_mask_req,
    _encode_clear_call_conf,
    _encode_clear_call_req,
    _encode_clear_connection_conf,
    _encode_clear_connection_req,
    _encode_client_event_report_conf,
    _encode_client_event_report_req,
    _encode_client_session_closed_event,
    _encode_client_session_opened_event,
    _encode_close_conf,
    _encode_close_req,
    _encode_conference_call_conf,
    _encode_conference_call_req,
    _encode_consultation_call_conf,
    _encode_consultation_call_req,
    _encode_control_failure_conf,
    _encode_deflect_call_conf,
    _encode_deflect_call_req,
    _encode_emergency_call_conf,
    _encode_emergency_call_event,
    _encode_emergency_call_req,
    _encode_end_call_event,
    _encode_failure_conf,
    _encode_failure_event,
    _encode_heartbeat_conf,
    _encode_heartbeat_req,
    _encode_hold_call_conf,
    _encode_hold_call_req,
    _encode_list_agent_team_conf,
    _encode_list_agent_team_req,
    _encode_make_call_conf,
    _encode_make_call_req,
    _encode_make_predictive_call_conf,
    _encode_make_predictive_call_req,
    _encode_monitor_agent_team_start_conf,
    _encode_monitor_agent_team_start_req,
    _encode_monitor_agent_team_stop_conf,
    _encode_monitor_agent_team_stop_req,
    _encode_monitor_start_conf,
    _encode_monitor_start_req,
    _encode_monitor_stop_conf,
    _encode_monitor_stop_req,
    _encode_open_conf,
    _encode_open_req,
    _encode_query_agent_state_conf,
    _encode_query_agent_state_req,
    _encode_query_agent_statistics_conf,
    _encode_query_agent_statistics_req,
    _encode_query_device_info_conf,
    _encode_query_device_info_req,
    _encode_query_skill_group_statistics_conf,
    _encode_query_skill_group_statistics_req,
    _encode_reconnect_call_conf,
    _encode_reconnect_call_req,
    _encode_register_service_conf,
    _encode_register_service_req,
    _encode_register_variables_conf,
    _encode_register_variables_req,
    _encode_release_call_conf,
    _encode_release_call_req,
    _encode_retrieve_call_conf,
    _encode_retrieve_call_req,
    _encode_rtp_started_event,
    _encode_rtp_stopped_event,
    _encode_send_dtmf_signal_conf,
    _encode_send_dtmf_signal_req,
    _encode_session_monitor_start_conf,
    _encode_session_monitor_start_req,
    _encode_session_monitor_stop_conf,
    _encode_session_monitor_stop_req,
    _encode_set_agent_state_conf,
    _encode_set_agent_state_req,
    _encode_set_app_data_conf,
    _encode_set_app_data_req,
    _encode_set_call_data_conf,
    _encode_set_device_attributes_conf,
    _encode_snapshot_call_req,
    _encode_snapshot_device_conf,
    _encode_snapshot_device_req,
    _encode_start_recording_conf,
    _encode_start_recording_req,
    _encode_stop_recording_conf,
    _encode_stop_recording_req,
    _encode_supervise_call_conf,
    _encode_supervise_call_req,
    _encode_supervisor_assist_conf,
    _encode_supervisor_assist_req,
    _encode_system_event,
    _encode_transfer_call_conf,
    _encode_transfer_call_req,
    _encode_unregister_service_conf,
    _encode_unregister_service_req,
    _encode_user_message_conf,
    _encode_user_message_event,
    _encode_user_message_req,
    _new_AgentSkillGroup,
    _new_CallDevice,
    _new_ConnectedParty,
    _new_CTIClient,
    _new_DeviceCall,
    _new_FltSkillGroup,
    _new_Line,
    _new_PeripheralInfo,
    _new_RequestedSkillGroup,
    _new_SkillGroup,
    _new_TeamMember,
)

from .enums import (
    AgentDeskSettingsMask,
    AgentServiceRequestMask,
    AgentState,
    AgentStateMask,
    AgentWorkMode,
    AllocationState,
    AnswerDetectMode,
    AnsweringMachine,
    CallControlMask,
    CallEventMask,
    CallMannerType,
    CallOption,
    CallPlacementType,
    CallType,
    CallVariableMask,
    ClassOfDevice,
    ConnectionDeviceIDType,
    ConsultType,
    ControlFailureCode,
    CTIServiceMask,
    DestinationCountry,
    DeviceIDType,
    DispositionCode,
    Distribution,
    EventCause,
    FacilityType,
    ForwardType,
    LineType,
    LocalConnectionState,
    OtherFeatureMask,
    PeripheralType,
    PGStatusCode,
    SilentMonitorStatus,
    StatusCode,
    SupervisoryAction,
    SystemEventID,
    TransferConferenceSetupMask,
    TypeOfDevice,
)

__all__ = [
    "FLOATING_TAG_SIZE",
    "MAX_MESSAGE_SIZE",
    "NAMED_DATA_LIMIT",
    "MESSAGES",
    "MESSAGE_NAMES",
    "PROTOCOL_VERSION",
    "SECURED_SERVER_PORTS",
    "SERVER_PORTS",
    "Message",
    "NamedArray",
    "NamedVar",
    "TaskID",
    "UnknownField",
    "UnknownMessage",
    "decode",
    "encode",
    "frame_decoder",
    "AgentSkillGroup",
    "CTIClient",
    "CallDevice",
    "ConnectedParty",
    "DeviceCall",
    "FltSkillGroup",
    "Line",
    "PeripheralInfo",
    "RequestedSkillGroup",
    "SkillGroup",
    "TeamMember",
    "FailureConf",
    "FailureEvent",
    "OpenReq",
    "OpenConf",
    "HeartbeatReq",
    "HeartbeatConf",
    "CloseReq",
    "CloseConf",
    "CallDeliveredEvent",
    "CallEstablishedEvent",
    "CallHeldEvent",
    "CallRetrievedEvent",
    "CallClearedEvent",
    "CallConnectionClearedEvent",
    "CallOriginatedEvent",
    "CallFailedEvent",
    "CallConferencedEvent",
    "CallTransferredEvent",
    "CallDivertedEvent",
    "CallServiceInitiatedEvent",
    "CallQueuedEvent",
    "CallTranslationRouteEvent",
    "BeginCallEvent",
    "EndCallEvent",
    "CallDataUpdateEvent",
    "SetCallDataReq",
    "SetCallDataConf",
    "ReleaseCallReq",
    "ReleaseCallConf",
    "AgentStateEvent",
    "SystemEvent",
    "ClientEventReportReq",
    "ClientEventReportConf",
    "CallReachedNetworkEvent",
    "ControlFailureConf",
    "QueryAgentStateReq",
    "QueryAgentStateConf",
    "SetAgentStateReq",
    "SetAgentStateConf",
    "AlternateCallReq",
    "AlternateCallConf",
    "AnswerCallReq",
    "AnswerCallConf",
    "ClearCallReq",
    "ClearCallConf",
    "ClearConnectionReq",
    "ClearConnectionConf",
    "ConferenceCallReq",
    "ConferenceCallConf",
    "ConsultationCallReq",
    "ConsultationCallConf",
    "DeflectCallReq",
    "DeflectCallConf",
    "HoldCallReq",
    "HoldCallConf",
    "MakeCallReq",
    "MakeCallConf",
    "MakePredictiveCallReq",
    "MakePredictiveCallConf",
    "ReconnectCallReq",
    "ReconnectCallConf",
    "RetrieveCallReq",
    "RetrieveCallConf",
    "TransferCallReq",
    "TransferCallConf",
    "QueryDeviceInfoReq",
    "QueryDeviceInfoConf",
    "SnapshotCallReq",
    "SnapshotCallConf",
    "SnapshotDeviceReq",
    "SnapshotDeviceConf",
    "CallDequeuedEvent",
    "SendDtmfSignalReq",
    "SendDtmfSignalConf",
    "MonitorStartReq",
    "MonitorStartConf",
    "MonitorStopReq",
    "MonitorStopConf",
    "ChangeMonitorMaskReq",
    "ChangeMonitorMaskConf",
    "ClientSessionOpenedEvent",
    "ClientSessionClosedEvent",
    "SessionMonitorStartReq",
    "SessionMonitorStartConf",
    "SessionMonitorStopReq",
    "SessionMonitorStopConf",
    "AgentPreCallEvent",
    "AgentPreCallAbortEvent",
    "UserMessageReq",
    "UserMessageConf",
    "UserMessageEvent",
    "RegisterVariablesReq",
    "RegisterVariablesConf",
    "QueryAgentStatisticsReq",
    "QueryAgentStatisticsConf",
    "QuerySkillGroupStatisticsReq",
    "QuerySkillGroupStatisticsConf",
    "RtpStartedEvent",
    "RtpStoppedEvent",
    "SupervisorAssistReq",
    "SupervisorAssistConf",
    "EmergencyCallReq",
    "EmergencyCallConf",
    "EmergencyCallEvent",
    "SuperviseCallReq",
    "SuperviseCallConf",
    "AgentTeamConfigEvent",
    "SetAppDataReq",
    "SetAppDataConf",
    "AgentDeskSettingsReq",
    "AgentDeskSettingsConf",
    "ListAgentTeamReq",
    "ListAgentTeamConf",
    "MonitorAgentTeamStartReq",
    "MonitorAgentTeamStartConf",
    "MonitorAgentTeamStopReq",
    "MonitorAgentTeamStopConf",
    "BadCallReq",
    "BadCallConf",
    "SetDeviceAttributesReq",
    "SetDeviceAttributesConf",
    "RegisterServiceReq",
    "RegisterServiceConf",
    "UnregisterServiceReq",
    "UnregisterServiceConf",
    "StartRecordingReq",
    "StartRecordingConf",
    "StopRecordingReq",
    "StopRecordingConf",
    "CallAttributeChangeEvent",
    "CallAgentGreetingEvent",
    "AgentGreetingControlReq",
    "AgentGreetingControlConf",
]

PROTOCOL_VERSION: Final = 16
MAX_MESSAGE_SIZE: Final = 12500
"""The largest message of this version, header included."""
FLOATING_TAG_SIZE: Final = 1
"""Bytes of a floating field's tag and of its length (1 up to Version 19, 2 from Version 20)."""
NAMED_DATA_LIMIT: Final = 2000
SERVER_PORTS: Final = (42027, 43027)
"""The CTI Server's default TCP ports, side A then side B (spec/protocol.yaml says why)."""
SECURED_SERVER_PORTS: Final = (42030, 43030)
"""Its default secured (TLS) ports, side A then side B."""
_WIDE: Final = False
# How the decoders read. The fixed part is one struct.unpack_from. The floating part is a loop
# copied into each decoder that has single strings or raw-bytes fields, the fields most events
# carry: a call costs about 6% of a decode, on the hot path of every bridge. The loop reads
# those fields itself and hands anything else to _field (_w.read_field). It is optimistic:
# a decoder is always called with ``end == len(buf)``, so a header or a field cut short by the
# end of the frame reads past ``buf`` (IndexError, or struct.error for a 2-byte tag and length
# cut short), and a string that is not UTF-8 fails the
# strict decode (the fastest call). Then _w.scan reads the floating part again from the start,
# every bound checked: it names the problem in a DecodeError, or keeps the odd bytes as
# surrogate escapes (PEP 383). A decoder without such fields calls _w.scan directly.
# How the encoders write. A message has two: _encode_<name>, optimistic, and _careful_<name>,
# the checks of _w.put field by field. The optimistic one writes the header and the fixed part
# in one struct.pack, and each floating field as its tag, length and data, with no call per
# field: it is the encoder of every message a client or a simulator sends. It takes the common
# case only: text that is UTF-8 (strict .encode()), raw bytes of type bytes, integers that
# struct packs, NamedVariables, groups in tuples of their entry class. Anything else (a limit of
# the guide reached, a value of another type, unknown fields, a field it does not write itself)
# makes it return what _careful_<name> returns: the same bytes, or the EncodeError naming the
# field. tests/test_codec_paths.py holds both to the same output. A message with a required
# field it cannot write has the careful encoder alone.
_NUL: Final = b"\0"
_HEAD: Final = 2  # bytes of a floating field's tag and length
_field: Final = _w.read_field
_fast_slots: Final = _w.narrow_fast_slots
# The classes' __init__ sets each field past the frozen __setattr__.
_set: Final = object.__setattr__

# Value -> member lookups of the messages defined here: an unknown value stays the plain int.
_enum_CallType: Final = _w.EnumMap(CallType)
_enum_AgentState: Final = _w.EnumMap(AgentState)
_enum_PeripheralType: Final = _w.EnumMap(PeripheralType)
_enum_LocalConnectionState: Final = _w.EnumMap(LocalConnectionState)
_enum_DeviceIDType: Final = _w.EnumMap(DeviceIDType)
_enum_ConnectionDeviceIDType: Final = _w.EnumMap(ConnectionDeviceIDType)
_enum_DispositionCode: Final = _w.EnumMap(DispositionCode)


@value_class
class BeginCallEvent(GeneratedMessage):
    """When the CTI Server associates a call with the CTI client.

    BEGIN_CALL_EVENT, MessageType 23, server to client.
    From: Application Level Interfaces (v25), BEGIN_CALL_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 23
    MESSAGE_NAME: ClassVar[str] = "BEGIN_CALL_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "call_type",
        "connection_device_id_type",
        "connection_call_id",
        "called_party_disposition",
        "connection_device_id",
        "ani",
        "user_to_user_info",
        "dnis",
        "dialed_number",
        "caller_entered_digits",
        "router_call_key_day",
        "router_call_key_call_id",
        "router_call_key_sequence_number",
        "call_variable1",
        "call_variable2",
        "call_variable3",
        "call_variable4",
        "call_variable5",
        "call_variable6",
        "call_variable7",
        "call_variable8",
        "call_variable9",
        "call_variable10",
        "call_wrapup_data",
        "named_variables",
        "named_arrays",
        "cti_clients",
        "call_reference_id",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "cti_clients": CTIClient,
    }

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    call_type: CallType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    called_party_disposition: DispositionCode | int
    connection_device_id: str
    ani: str | None
    user_to_user_info: bytes | None
    dnis: str | None
    dialed_number: str | None
    caller_entered_digits: str | None
    router_call_key_day: int | None
    router_call_key_call_id: int | None
    router_call_key_sequence_number: int | None
    call_variable1: str | None
    call_variable2: str | None
    call_variable3: str | None
    call_variable4: str | None
    call_variable5: str | None
    call_variable6: str | None
    call_variable7: str | None
    call_variable8: str | None
    call_variable9: str | None
    call_variable10: str | None
    call_wrapup_data: str | None
    named_variables: tuple[NamedVar, ...]
    named_arrays: tuple[NamedArray, ...]
    cti_clients: tuple[CTIClient, ...]
    call_reference_id: bytes | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        call_type: CallType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        called_party_disposition: DispositionCode | int = 0,
        connection_device_id: str,
        ani: str | None = None,
        user_to_user_info: bytes | None = None,
        dnis: str | None = None,
        dialed_number: str | None = None,
        caller_entered_digits: str | None = None,
        router_call_key_day: int | None = None,
        router_call_key_call_id: int | None = None,
        router_call_key_sequence_number: int | None = None,
        call_variable1: str | None = None,
        call_variable2: str | None = None,
        call_variable3: str | None = None,
        call_variable4: str | None = None,
        call_variable5: str | None = None,
        call_variable6: str | None = None,
        call_variable7: str | None = None,
        call_variable8: str | None = None,
        call_variable9: str | None = None,
        call_variable10: str | None = None,
        call_wrapup_data: str | None = None,
        named_variables: tuple[NamedVar, ...] = (),
        named_arrays: tuple[NamedArray, ...] = (),
        cti_clients: tuple[CTIClient, ...] = (),
        call_reference_id: bytes | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "call_type", call_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "called_party_disposition", called_party_disposition)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "ani", ani)
        _set(self, "user_to_user_info", user_to_user_info)
        _set(self, "dnis", dnis)
        _set(self, "dialed_number", dialed_number)
        _set(self, "caller_entered_digits", caller_entered_digits)
        _set(self, "router_call_key_day", router_call_key_day)
        _set(self, "router_call_key_call_id", router_call_key_call_id)
        _set(self, "router_call_key_sequence_number", router_call_key_sequence_number)
        _set(self, "call_variable1", call_variable1)
        _set(self, "call_variable2", call_variable2)
        _set(self, "call_variable3", call_variable3)
        _set(self, "call_variable4", call_variable4)
        _set(self, "call_variable5", call_variable5)
        _set(self, "call_variable6", call_variable6)
        _set(self, "call_variable7", call_variable7)
        _set(self, "call_variable8", call_variable8)
        _set(self, "call_variable9", call_variable9)
        _set(self, "call_variable10", call_variable10)
        _set(self, "call_wrapup_data", call_wrapup_data)
        _set(self, "named_variables", named_variables)
        _set(self, "named_arrays", named_arrays)
        _set(self, "cti_clients", cti_clients)
        _set(self, "call_reference_id", call_reference_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_BEGIN_CALL_EVENT: Final = _w.builder(BeginCallEvent)
_S_BEGIN_CALL_EVENT: Final = struct.Struct(">IIHHHHHHIH")
_H_BEGIN_CALL_EVENT: Final = struct.Struct(">IIIIHHHHHHIH")  # header and fixed part
_X_BEGIN_CALL_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("NumCTIClients", "H", 20),
    ("NumNamedVariables", "H", 22),
    ("NumNamedArrays", "H", 24),
    ("CallType", "H", 26),
    ("ConnectionDeviceIDType", "H", 28),
    ("ConnectionCallID", "I", 32),
    ("CalledPartyDisposition", "H", 34),
)
_T_BEGIN_CALL_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    8: (1, _w.STRING, False, "ANI"),
    9: (2, _w.UNSPEC, False, "UserToUserInfo"),
    10: (3, _w.STRING, False, "DNIS"),
    11: (4, _w.STRING, False, "DialedNumber"),
    12: (5, _w.STRING, False, "CallerEnteredDigits"),
    72: (6, _w.UINT, False, "RouterCallKeyDay"),
    73: (7, _w.UINT, False, "RouterCallKeyCallID"),
    110: (8, _w.UINT, False, "RouterCallKeySequenceNumber"),
    13: (9, _w.STRING, False, "CallVariable1"),
    14: (10, _w.STRING, False, "CallVariable2"),
    15: (11, _w.STRING, False, "CallVariable3"),
    16: (12, _w.STRING, False, "CallVariable4"),
    17: (13, _w.STRING, False, "CallVariable5"),
    18: (14, _w.STRING, False, "CallVariable6"),
    19: (15, _w.STRING, False, "CallVariable7"),
    20: (16, _w.STRING, False, "CallVariable8"),
    21: (17, _w.STRING, False, "CallVariable9"),
    22: (18, _w.STRING, False, "CallVariable10"),
    46: (19, _w.STRING, False, "CallWrapupData"),
    82: (20, _w.NAMEDVAR, True, "NamedVariable"),
    83: (21, _w.NAMEDARRAY, True, "NamedArray"),
    23: (22, _w.STRING, True, "CTIClientSignature"),
    24: (23, _w.TIME, True, "CTIClientTimestamp"),
    223: (24, _w.UNSPEC, False, "CallReferenceID"),
}
_FAST_BEGIN_CALL_EVENT: Final = _fast_slots(
    {
        25: 0,
        8: 1,
        10: 3,
        11: 4,
        12: 5,
        13: 9,
        14: 10,
        15: 11,
        16: 12,
        17: 13,
        18: 14,
        19: 15,
        20: 16,
        21: 17,
        22: 18,
        46: 19,
        9: ~2,
        223: ~24,
    }
)
_INTS_BEGIN_CALL_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    72: (6, _w.UNPACK_UINT, 4, False),
    73: (7, _w.UNPACK_UINT, 4, False),
    110: (8, _w.UNPACK_UINT, 4, False),
    24: (23, _w.UNPACK_TIME, 4, True),
}


def _decode_begin_call_event(buf: bytes, end: int) -> BeginCallEvent:
    if end < 34:
        raise _w.truncated("BEGIN_CALL_EVENT", _X_BEGIN_CALL_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 25
    unknown: list[UnknownField] = []
    pos = 34
    try:
        while pos < end:
            tag = buf[pos]
            start = pos + 2
            stop = start + buf[pos + 1]
            slot = _FAST_BEGIN_CALL_EVENT[tag]
            if slot is not None and stop > start:
                if slot >= 0:
                    if not buf[stop - 1] and vals[slot] is None:
                        vals[slot] = buf[start : stop - 1].decode()
                        pos = stop
                        continue
                elif vals[~slot] is None and stop <= end:
                    vals[~slot] = buf[start:stop]
                    pos = stop
                    continue
            else:
                number = _INTS_BEGIN_CALL_EVENT.get(tag)
                if number is not None and stop - start == number[2]:
                    if number[3]:  # a group's member: one value more
                        seen = vals[number[0]]
                        if seen is None:
                            vals[number[0]] = [number[1](buf, start)[0]]
                        else:
                            seen.append(number[1](buf, start)[0])
                        pos = stop
                        continue
                    if vals[number[0]] is None:
                        vals[number[0]] = number[1](buf, start)[0]
                        pos = stop
                        continue
            _field(
                buf,
                pos,
                start,
                stop,
                end,
                tag,
                vals,
                _T_BEGIN_CALL_EVENT,
                unknown,
                "BEGIN_CALL_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 34, end, _T_BEGIN_CALL_EVENT, 25, "BEGIN_CALL_EVENT", _HEAD)
    if vals[0] is None:
        raise _w.missing("BEGIN_CALL_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_BEGIN_CALL_EVENT()
    (o.monitor_id, o.peripheral_id, f2, f3, f4, f5, f6, f7, o.connection_call_id, f9) = (
        _S_BEGIN_CALL_EVENT.unpack_from(buf, 8)
    )
    o.peripheral_type = _enum_PeripheralType[f2]
    o.call_type = _enum_CallType[f6]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f7]
    o.called_party_disposition = _enum_DispositionCode[f9]
    (
        o.connection_device_id,
        o.ani,
        o.user_to_user_info,
        o.dnis,
        o.dialed_number,
        o.caller_entered_digits,
        o.router_call_key_day,
        o.router_call_key_call_id,
        o.router_call_key_sequence_number,
        o.call_variable1,
        o.call_variable2,
        o.call_variable3,
        o.call_variable4,
        o.call_variable5,
        o.call_variable6,
        o.call_variable7,
        o.call_variable8,
        o.call_variable9,
        o.call_variable10,
        o.call_wrapup_data,
        v20,
        v21,
        v22,
        v23,
        o.call_reference_id,
    ) = vals
    count = f4
    if count == 0 and v20 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g20 = v20 or ()
        if len(g20) != count:
            raise _w.group_mismatch(
                "BEGIN_CALL_EVENT",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g20)},
                end,
            )
        o.named_variables = tuple(g20)
    count = f5
    if count == 0 and v21 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g21 = v21 or ()
        if len(g21) != count:
            raise _w.group_mismatch(
                "BEGIN_CALL_EVENT",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g21)},
                end,
            )
        o.named_arrays = tuple(g21)
    count = f3
    if count == 0 and v22 is None and v23 is None:
        o.cti_clients = ()  # the usual case: no entries
    else:
        g22 = v22 or ()
        g23 = v23 or ()
        if len(g22) != count or len(g23) != count:
            raise _w.group_mismatch(
                "BEGIN_CALL_EVENT",
                "CTIClients",
                "NumCTIClients",
                count,
                {"CTIClientSignature": len(g22), "CTIClientTimestamp": len(g23)},
                end,
            )
        o.cti_clients = tuple(map(_new_CTIClient, g22, g23))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = BeginCallEvent
    return o  # type: ignore[no-any-return]


def _careful_begin_call_event(m: BeginCallEvent) -> bytes:
    name = "BEGIN_CALL_EVENT"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    cti_clients = _w.check_group(m.cti_clients, CTIClient, 16, name, "CTIClients")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_BEGIN_CALL_EVENT,
            _X_BEGIN_CALL_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            len(cti_clients),
            len(named_variables),
            len(named_arrays),
            m.call_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.called_party_disposition,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.ani is not None:
        part = _w.put(_w.STRING, 8, m.ani, 40, _WIDE, name, "ANI")
        parts.append(part)
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
        parts.append(part)
    if m.dnis is not None:
        part = _w.put(_w.STRING, 10, m.dnis, 32, _WIDE, name, "DNIS")
        parts.append(part)
    if m.dialed_number is not None:
        part = _w.put(_w.STRING, 11, m.dialed_number, 40, _WIDE, name, "DialedNumber")
        parts.append(part)
    if m.caller_entered_digits is not None:
        part = _w.put(
            _w.STRING, 12, m.caller_entered_digits, 40, _WIDE, name, "CallerEnteredDigits"
        )
        parts.append(part)
    if m.router_call_key_day is not None:
        part = _w.put(_w.UINT, 72, m.router_call_key_day, 4, _WIDE, name, "RouterCallKeyDay")
        parts.append(part)
    if m.router_call_key_call_id is not None:
        part = _w.put(_w.UINT, 73, m.router_call_key_call_id, 4, _WIDE, name, "RouterCallKeyCallID")
        parts.append(part)
    if m.router_call_key_sequence_number is not None:
        part = _w.put(
            _w.UINT,
            110,
            m.router_call_key_sequence_number,
            4,
            _WIDE,
            name,
            "RouterCallKeySequenceNumber",
        )
        parts.append(part)
    if m.call_variable1 is not None:
        part = _w.put(_w.STRING, 13, m.call_variable1, 41, _WIDE, name, "CallVariable1")
        parts.append(part)
    if m.call_variable2 is not None:
        part = _w.put(_w.STRING, 14, m.call_variable2, 41, _WIDE, name, "CallVariable2")
        parts.append(part)
    if m.call_variable3 is not None:
        part = _w.put(_w.STRING, 15, m.call_variable3, 41, _WIDE, name, "CallVariable3")
        parts.append(part)
    if m.call_variable4 is not None:
        part = _w.put(_w.STRING, 16, m.call_variable4, 41, _WIDE, name, "CallVariable4")
        parts.append(part)
    if m.call_variable5 is not None:
        part = _w.put(_w.STRING, 17, m.call_variable5, 41, _WIDE, name, "CallVariable5")
        parts.append(part)
    if m.call_variable6 is not None:
        part = _w.put(_w.STRING, 18, m.call_variable6, 41, _WIDE, name, "CallVariable6")
        parts.append(part)
    if m.call_variable7 is not None:
        part = _w.put(_w.STRING, 19, m.call_variable7, 41, _WIDE, name, "CallVariable7")
        parts.append(part)
    if m.call_variable8 is not None:
        part = _w.put(_w.STRING, 20, m.call_variable8, 41, _WIDE, name, "CallVariable8")
        parts.append(part)
    if m.call_variable9 is not None:
        part = _w.put(_w.STRING, 21, m.call_variable9, 41, _WIDE, name, "CallVariable9")
        parts.append(part)
    if m.call_variable10 is not None:
        part = _w.put(_w.STRING, 22, m.call_variable10, 41, _WIDE, name, "CallVariable10")
        parts.append(part)
    if m.call_wrapup_data is not None:
        part = _w.put(_w.STRING, 46, m.call_wrapup_data, 40, _WIDE, name, "CallWrapupData")
        parts.append(part)
    for value in named_variables:
        part = _w.put(_w.NAMEDVAR, 82, value, 251, _WIDE, name, "NamedVariable")
        named.append(part)
        parts.append(part)
    for value in named_arrays:
        part = _w.put(_w.NAMEDARRAY, 83, value, 252, _WIDE, name, "NamedArray")
        named.append(part)
        parts.append(part)
    for entry in cti_clients:
        parts.append(
            _w.put(_w.STRING, 23, entry.cti_client_signature, 64, _WIDE, name, "CTIClientSignature")
        )
        parts.append(
            _w.put(_w.TIME, 24, entry.cti_client_timestamp, 4, _WIDE, name, "CTIClientTimestamp")
        )
    if m.call_reference_id is not None:
        part = _w.put(_w.UNSPEC, 223, m.call_reference_id, 32, _WIDE, name, "CallReferenceID")
        parts.append(part)
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(23, parts)


def _encode_begin_call_event(m: BeginCallEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_begin_call_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_begin_call_event(m)
        named_variables = m.named_variables
        if type(named_variables) is not tuple or len(named_variables) > 65535:
            return _careful_begin_call_event(m)
        named_arrays = m.named_arrays
        if named_arrays != ():
            return _careful_begin_call_event(m)
        cti_clients = m.cti_clients
        if type(cti_clients) is not tuple or len(cti_clients) > 16:
            return _careful_begin_call_event(m)
        named = 0
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_begin_call_event(m)
        p += (b"\x19", _w.LEN1[n], d, _NUL)
        v1 = m.ani
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_begin_call_event(m)
            p += (b"\x08", _w.LEN1[n], d, _NUL)
        v2 = m.user_to_user_info
        if v2 is not None:
            if type(v2) is not bytes or len(v2) > 131:
                return _careful_begin_call_event(m)
            p += (b"\t", _w.LEN1[len(v2)], v2)
        v3 = m.dnis
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_begin_call_event(m)
            p += (b"\n", _w.LEN1[n], d, _NUL)
        v4 = m.dialed_number
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_begin_call_event(m)
            p += (b"\x0b", _w.LEN1[n], d, _NUL)
        v5 = m.caller_entered_digits
        if v5 is not None:
            d = v5.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_begin_call_event(m)
            p += (b"\x0c", _w.LEN1[n], d, _NUL)
        v6 = m.router_call_key_day
        if v6 is not None:
            p += (b"H\x04", _w.PACK_UINT(v6))
        v7 = m.router_call_key_call_id
        if v7 is not None:
            p += (b"I\x04", _w.PACK_UINT(v7))
        v8 = m.router_call_key_sequence_number
        if v8 is not None:
            p += (b"n\x04", _w.PACK_UINT(v8))
        v9 = m.call_variable1
        if v9 is not None:
            d = v9.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (b"\r", _w.LEN1[n], d, _NUL)
        v10 = m.call_variable2
        if v10 is not None:
            d = v10.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (b"\x0e", _w.LEN1[n], d, _NUL)
        v11 = m.call_variable3
        if v11 is not None:
            d = v11.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (b"\x0f", _w.LEN1[n], d, _NUL)
        v12 = m.call_variable4
        if v12 is not None:
            d = v12.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (b"\x10", _w.LEN1[n], d, _NUL)
        v13 = m.call_variable5
        if v13 is not None:
            d = v13.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (b"\x11", _w.LEN1[n], d, _NUL)
        v14 = m.call_variable6
        if v14 is not None:
            d = v14.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (b"\x12", _w.LEN1[n], d, _NUL)
        v15 = m.call_variable7
        if v15 is not None:
            d = v15.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (b"\x13", _w.LEN1[n], d, _NUL)
        v16 = m.call_variable8
        if v16 is not None:
            d = v16.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (b"\x14", _w.LEN1[n], d, _NUL)
        v17 = m.call_variable9
        if v17 is not None:
            d = v17.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (b"\x15", _w.LEN1[n], d, _NUL)
        v18 = m.call_variable10
        if v18 is not None:
            d = v18.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (b"\x16", _w.LEN1[n], d, _NUL)
        v19 = m.call_wrapup_data
        if v19 is not None:
            d = v19.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_begin_call_event(m)
            p += (b".", _w.LEN1[n], d, _NUL)
        for v20 in named_variables:
            if type(v20) is not NamedVar:
                return _careful_begin_call_event(m)
            d = v20.name.encode() + _NUL + v20.value.encode() + _NUL
            n = len(d)
            if n > 251:
                return _careful_begin_call_event(m)
            named += n
            p += (b"R", _w.LEN1[n], d)
        for cti_clients_entry in cti_clients:
            if type(cti_clients_entry) is not CTIClient:
                return _careful_begin_call_event(m)
            v22 = cti_clients_entry.cti_client_signature
            d = v22.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_begin_call_event(m)
            p += (b"\x17", _w.LEN1[n], d, _NUL)
            v23 = cti_clients_entry.cti_client_timestamp
            p += (b"\x18\x04", _w.PACK_TIME(v23))
        v24 = m.call_reference_id
        if v24 is not None:
            if type(v24) is not bytes or len(v24) > 32:
                return _careful_begin_call_event(m)
            p += (b"\xdf", _w.LEN1[len(v24)], v24)
        if named > NAMED_DATA_LIMIT:
            return _careful_begin_call_event(m)
        tail = b"".join(p)
        return (
            _H_BEGIN_CALL_EVENT.pack(
                26 + len(tail),
                23,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                len(cti_clients),
                len(named_variables),
                len(named_arrays),
                m.call_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.called_party_disposition,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_begin_call_event(m)


@value_class
class CallDataUpdateEvent(GeneratedMessage):
    """When call context data changes.

    CALL_DATA_UPDATE_EVENT, MessageType 25, server to client.
    From: Application Level Interfaces (v25), CALL_DATA_UPDATE_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 25
    MESSAGE_NAME: ClassVar[str] = "CALL_DATA_UPDATE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "call_type",
        "connection_device_id_type",
        "connection_call_id",
        "new_connection_device_id_type",
        "new_connection_call_id",
        "called_party_disposition",
        "campaign_id",
        "query_rule_id",
        "connection_device_id",
        "new_connection_device_id",
        "ani",
        "user_to_user_info",
        "dnis",
        "dialed_number",
        "caller_entered_digits",
        "router_call_key_day",
        "router_call_key_call_id",
        "router_call_key_sequence_number",
        "call_variable1",
        "call_variable2",
        "call_variable3",
        "call_variable4",
        "call_variable5",
        "call_variable6",
        "call_variable7",
        "call_variable8",
        "call_variable9",
        "call_variable10",
        "call_wrapup_data",
        "named_variables",
        "named_arrays",
        "customer_phone_number",
        "customer_account_number",
        "cti_clients",
        "call_reference_id",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "cti_clients": CTIClient,
    }

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    call_type: CallType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    new_connection_device_id_type: ConnectionDeviceIDType | int
    new_connection_call_id: int
    called_party_disposition: DispositionCode | int
    campaign_id: int
    query_rule_id: int
    connection_device_id: str
    new_connection_device_id: str
    ani: str | None
    user_to_user_info: bytes | None
    dnis: str | None
    dialed_number: str | None
    caller_entered_digits: str | None
    router_call_key_day: int | None
    router_call_key_call_id: int | None
    router_call_key_sequence_number: int | None
    call_variable1: str | None
    call_variable2: str | None
    call_variable3: str | None
    call_variable4: str | None
    call_variable5: str | None
    call_variable6: str | None
    call_variable7: str | None
    call_variable8: str | None
    call_variable9: str | None
    call_variable10: str | None
    call_wrapup_data: str | None
    named_variables: tuple[NamedVar, ...]
    named_arrays: tuple[NamedArray, ...]
    customer_phone_number: str | None
    customer_account_number: str | None
    cti_clients: tuple[CTIClient, ...]
    call_reference_id: bytes | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        call_type: CallType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        new_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        new_connection_call_id: int = 0,
        called_party_disposition: DispositionCode | int = 0,
        campaign_id: int = 0,
        query_rule_id: int = 0,
        connection_device_id: str,
        new_connection_device_id: str,
        ani: str | None = None,
        user_to_user_info: bytes | None = None,
        dnis: str | None = None,
        dialed_number: str | None = None,
        caller_entered_digits: str | None = None,
        router_call_key_day: int | None = None,
        router_call_key_call_id: int | None = None,
        router_call_key_sequence_number: int | None = None,
        call_variable1: str | None = None,
        call_variable2: str | None = None,
        call_variable3: str | None = None,
        call_variable4: str | None = None,
        call_variable5: str | None = None,
        call_variable6: str | None = None,
        call_variable7: str | None = None,
        call_variable8: str | None = None,
        call_variable9: str | None = None,
        call_variable10: str | None = None,
        call_wrapup_data: str | None = None,
        named_variables: tuple[NamedVar, ...] = (),
        named_arrays: tuple[NamedArray, ...] = (),
        customer_phone_number: str | None = None,
        customer_account_number: str | None = None,
        cti_clients: tuple[CTIClient, ...] = (),
        call_reference_id: bytes | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "call_type", call_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "new_connection_device_id_type", new_connection_device_id_type)
        _set(self, "new_connection_call_id", new_connection_call_id)
        _set(self, "called_party_disposition", called_party_disposition)
        _set(self, "campaign_id", campaign_id)
        _set(self, "query_rule_id", query_rule_id)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "new_connection_device_id", new_connection_device_id)
        _set(self, "ani", ani)
        _set(self, "user_to_user_info", user_to_user_info)
        _set(self, "dnis", dnis)
        _set(self, "dialed_number", dialed_number)
        _set(self, "caller_entered_digits", caller_entered_digits)
        _set(self, "router_call_key_day", router_call_key_day)
        _set(self, "router_call_key_call_id", router_call_key_call_id)
        _set(self, "router_call_key_sequence_number", router_call_key_sequence_number)
        _set(self, "call_variable1", call_variable1)
        _set(self, "call_variable2", call_variable2)
        _set(self, "call_variable3", call_variable3)
        _set(self, "call_variable4", call_variable4)
        _set(self, "call_variable5", call_variable5)
        _set(self, "call_variable6", call_variable6)
        _set(self, "call_variable7", call_variable7)
        _set(self, "call_variable8", call_variable8)
        _set(self, "call_variable9", call_variable9)
        _set(self, "call_variable10", call_variable10)
        _set(self, "call_wrapup_data", call_wrapup_data)
        _set(self, "named_variables", named_variables)
        _set(self, "named_arrays", named_arrays)
        _set(self, "customer_phone_number", customer_phone_number)
        _set(self, "customer_account_number", customer_account_number)
        _set(self, "cti_clients", cti_clients)
        _set(self, "call_reference_id", call_reference_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_DATA_UPDATE_EVENT: Final = _w.builder(CallDataUpdateEvent)
_S_CALL_DATA_UPDATE_EVENT: Final = struct.Struct(">IIHHHHHHIHIHII")
_H_CALL_DATA_UPDATE_EVENT: Final = struct.Struct(">IIIIHHHHHHIHIHII")  # header and fixed part
_X_CALL_DATA_UPDATE_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("NumCTIClients", "H", 20),
    ("NumNamedVariables", "H", 22),
    ("NumNamedArrays", "H", 24),
    ("CallType", "H", 26),
    ("ConnectionDeviceIDType", "H", 28),
    ("ConnectionCallID", "I", 32),
    ("NewConnectionDeviceIDType", "H", 34),
    ("NewConnectionCallID", "I", 38),
    ("CalledPartyDisposition", "H", 40),
    ("CampaignID", "I", 44),
    ("QueryRuleID", "I", 48),
)
_T_CALL_DATA_UPDATE_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    47: (1, _w.STRING, False, "NewConnectionDeviceID"),
    8: (2, _w.STRING, False, "ANI"),
    9: (3, _w.UNSPEC, False, "UserToUserInfo"),
    10: (4, _w.STRING, False, "DNIS"),
    11: (5, _w.STRING, False, "DialedNumber"),
    12: (6, _w.STRING, False, "CallerEnteredDigits"),
    72: (7, _w.UINT, False, "RouterCallKeyDay"),
    73: (8, _w.UINT, False, "RouterCallKeyCallID"),
    110: (9, _w.UINT, False, "RouterCallKeySequenceNumber"),
    13: (10, _w.STRING, False, "CallVariable1"),
    14: (11, _w.STRING, False, "CallVariable2"),
    15: (12, _w.STRING, False, "CallVariable3"),
    16: (13, _w.STRING, False, "CallVariable4"),
    17: (14, _w.STRING, False, "CallVariable5"),
    18: (15, _w.STRING, False, "CallVariable6"),
    19: (16, _w.STRING, False, "CallVariable7"),
    20: (17, _w.STRING, False, "CallVariable8"),
    21: (18, _w.STRING, False, "CallVariable9"),
    22: (19, _w.STRING, False, "CallVariable10"),
    46: (20, _w.STRING, False, "CallWrapupData"),
    82: (21, _w.NAMEDVAR, True, "NamedVariable"),
    83: (22, _w.NAMEDARRAY, True, "NamedArray"),
    95: (23, _w.STRING, False, "CustomerPhoneNumber"),
    96: (24, _w.STRING, False, "CustomerAccountNumber"),
    23: (25, _w.STRING, True, "CTIClientSignature"),
    24: (26, _w.TIME, True, "CTIClientTimestamp"),
    223: (27, _w.UNSPEC, False, "CallReferenceID"),
}
_FAST_CALL_DATA_UPDATE_EVENT: Final = _fast_slots(
    {
        25: 0,
        47: 1,
        8: 2,
        10: 4,
        11: 5,
        12: 6,
        13: 10,
        14: 11,
        15: 12,
        16: 13,
        17: 14,
        18: 15,
        19: 16,
        20: 17,
        21: 18,
        22: 19,
        46: 20,
        95: 23,
        96: 24,
        9: ~3,
        223: ~27,
    }
)
_INTS_CALL_DATA_UPDATE_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    72: (7, _w.UNPACK_UINT, 4, False),
    73: (8, _w.UNPACK_UINT, 4, False),
    110: (9, _w.UNPACK_UINT, 4, False),
    24: (26, _w.UNPACK_TIME, 4, True),
}


def _decode_call_data_update_event(buf: bytes, end: int) -> CallDataUpdateEvent:
    if end < 48:
        raise _w.truncated("CALL_DATA_UPDATE_EVENT", _X_CALL_DATA_UPDATE_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 28
    unknown: list[UnknownField] = []
    pos = 48
    try:
        while pos < end:
            tag = buf[pos]
            start = pos + 2
            stop = start + buf[pos + 1]
            slot = _FAST_CALL_DATA_UPDATE_EVENT[tag]
            if slot is not None and stop > start:
                if slot >= 0:
                    if not buf[stop - 1] and vals[slot] is None:
                        vals[slot] = buf[start : stop - 1].decode()
                        pos = stop
                        continue
                elif vals[~slot] is None and stop <= end:
                    vals[~slot] = buf[start:stop]
                    pos = stop
                    continue
            else:
                number = _INTS_CALL_DATA_UPDATE_EVENT.get(tag)
                if number is not None and stop - start == number[2]:
                    if number[3]:  # a group's member: one value more
                        seen = vals[number[0]]
                        if seen is None:
                            vals[number[0]] = [number[1](buf, start)[0]]
                        else:
                            seen.append(number[1](buf, start)[0])
                        pos = stop
                        continue
                    if vals[number[0]] is None:
                        vals[number[0]] = number[1](buf, start)[0]
                        pos = stop
                        continue
            _field(
                buf,
                pos,
                start,
                stop,
                end,
                tag,
                vals,
                _T_CALL_DATA_UPDATE_EVENT,
                unknown,
                "CALL_DATA_UPDATE_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 48, end, _T_CALL_DATA_UPDATE_EVENT, 28, "CALL_DATA_UPDATE_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_DATA_UPDATE_EVENT", "ConnectionDeviceID", end)
    if vals[1] is None:
        raise _w.missing("CALL_DATA_UPDATE_EVENT", "NewConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_DATA_UPDATE_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        f4,
        f5,
        f6,
        f7,
        o.connection_call_id,
        f9,
        o.new_connection_call_id,
        f11,
        o.campaign_id,
        o.query_rule_id,
    ) = _S_CALL_DATA_UPDATE_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.call_type = _enum_CallType[f6]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f7]
    o.new_connection_device_id_type = _enum_ConnectionDeviceIDType[f9]
    o.called_party_disposition = _enum_DispositionCode[f11]
    (
        o.connection_device_id,
        o.new_connection_device_id,
        o.ani,
        o.user_to_user_info,
        o.dnis,
        o.dialed_number,
        o.caller_entered_digits,
        o.router_call_key_day,
        o.router_call_key_call_id,
        o.router_call_key_sequence_number,
        o.call_variable1,
        o.call_variable2,
        o.call_variable3,
        o.call_variable4,
        o.call_variable5,
        o.call_variable6,
        o.call_variable7,
        o.call_variable8,
        o.call_variable9,
        o.call_variable10,
        o.call_wrapup_data,
        v21,
        v22,
        o.customer_phone_number,
        o.customer_account_number,
        v25,
        v26,
        o.call_reference_id,
    ) = vals
    count = f4
    if count == 0 and v21 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g21 = v21 or ()
        if len(g21) != count:
            raise _w.group_mismatch(
                "CALL_DATA_UPDATE_EVENT",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g21)},
                end,
            )
        o.named_variables = tuple(g21)
    count = f5
    if count == 0 and v22 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g22 = v22 or ()
        if len(g22) != count:
            raise _w.group_mismatch(
                "CALL_DATA_UPDATE_EVENT",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g22)},
                end,
            )
        o.named_arrays = tuple(g22)
    count = f3
    if count == 0 and v25 is None and v26 is None:
        o.cti_clients = ()  # the usual case: no entries
    else:
        g25 = v25 or ()
        g26 = v26 or ()
        if len(g25) != count or len(g26) != count:
            raise _w.group_mismatch(
                "CALL_DATA_UPDATE_EVENT",
                "CTIClients",
                "NumCTIClients",
                count,
                {"CTIClientSignature": len(g25), "CTIClientTimestamp": len(g26)},
                end,
            )
        o.cti_clients = tuple(map(_new_CTIClient, g25, g26))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallDataUpdateEvent
    return o  # type: ignore[no-any-return]


def _careful_call_data_update_event(m: CallDataUpdateEvent) -> bytes:
    name = "CALL_DATA_UPDATE_EVENT"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    cti_clients = _w.check_group(m.cti_clients, CTIClient, 16, name, "CTIClients")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_CALL_DATA_UPDATE_EVENT,
            _X_CALL_DATA_UPDATE_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            len(cti_clients),
            len(named_variables),
            len(named_arrays),
            m.call_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.new_connection_device_id_type,
            m.new_connection_call_id,
            m.called_party_disposition,
            m.campaign_id,
            m.query_rule_id,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.append(
        _w.put(_w.STRING, 47, m.new_connection_device_id, 64, _WIDE, name, "NewConnectionDeviceID")
    )
    if m.ani is not None:
        part = _w.put(_w.STRING, 8, m.ani, 40, _WIDE, name, "ANI")
        parts.append(part)
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
        parts.append(part)
    if m.dnis is not None:
        part = _w.put(_w.STRING, 10, m.dnis, 32, _WIDE, name, "DNIS")
        parts.append(part)
    if m.dialed_number is not None:
        part = _w.put(_w.STRING, 11, m.dialed_number, 40, _WIDE, name, "DialedNumber")
        parts.append(part)
    if m.caller_entered_digits is not None:
        part = _w.put(
            _w.STRING, 12, m.caller_entered_digits, 40, _WIDE, name, "CallerEnteredDigits"
        )
        parts.append(part)
    if m.router_call_key_day is not None:
        part = _w.put(_w.UINT, 72, m.router_call_key_day, 4, _WIDE, name, "RouterCallKeyDay")
        parts.append(part)
    if m.router_call_key_call_id is not None:
        part = _w.put(_w.UINT, 73, m.router_call_key_call_id, 4, _WIDE, name, "RouterCallKeyCallID")
        parts.append(part)
    if m.router_call_key_sequence_number is not None:
        part = _w.put(
            _w.UINT,
            110,
            m.router_call_key_sequence_number,
            4,
            _WIDE,
            name,
            "RouterCallKeySequenceNumber",
        )
        parts.append(part)
    if m.call_variable1 is not None:
        part = _w.put(_w.STRING, 13, m.call_variable1, 41, _WIDE, name, "CallVariable1")
        parts.append(part)
    if m.call_variable2 is not None:
        part = _w.put(_w.STRING, 14, m.call_variable2, 41, _WIDE, name, "CallVariable2")
        parts.append(part)
    if m.call_variable3 is not None:
        part = _w.put(_w.STRING, 15, m.call_variable3, 41, _WIDE, name, "CallVariable3")
        parts.append(part)
    if m.call_variable4 is not None:
        part = _w.put(_w.STRING, 16, m.call_variable4, 41, _WIDE, name, "CallVariable4")
        parts.append(part)
    if m.call_variable5 is not None:
        part = _w.put(_w.STRING, 17, m.call_variable5, 41, _WIDE, name, "CallVariable5")
        parts.append(part)
    if m.call_variable6 is not None:
        part = _w.put(_w.STRING, 18, m.call_variable6, 41, _WIDE, name, "CallVariable6")
        parts.append(part)
    if m.call_variable7 is not None:
        part = _w.put(_w.STRING, 19, m.call_variable7, 41, _WIDE, name, "CallVariable7")
        parts.append(part)
    if m.call_variable8 is not None:
        part = _w.put(_w.STRING, 20, m.call_variable8, 41, _WIDE, name, "CallVariable8")
        parts.append(part)
    if m.call_variable9 is not None:
        part = _w.put(_w.STRING, 21, m.call_variable9, 41, _WIDE, name, "CallVariable9")
        parts.append(part)
    if m.call_variable10 is not None:
        part = _w.put(_w.STRING, 22, m.call_variable10, 41, _WIDE, name, "CallVariable10")
        parts.append(part)
    if m.call_wrapup_data is not None:
        part = _w.put(_w.STRING, 46, m.call_wrapup_data, 40, _WIDE, name, "CallWrapupData")
        parts.append(part)
    for value in named_variables:
        part = _w.put(_w.NAMEDVAR, 82, value, 251, _WIDE, name, "NamedVariable")
        named.append(part)
        parts.append(part)
    for value in named_arrays:
        part = _w.put(_w.NAMEDARRAY, 83, value, 252, _WIDE, name, "NamedArray")
        named.append(part)
        parts.append(part)
    if m.customer_phone_number is not None:
        part = _w.put(
            _w.STRING, 95, m.customer_phone_number, 20, _WIDE, name, "CustomerPhoneNumber"
        )
        parts.append(part)
    if m.customer_account_number is not None:
        part = _w.put(
            _w.STRING, 96, m.customer_account_number, 32, _WIDE, name, "CustomerAccountNumber"
        )
        parts.append(part)
    for entry in cti_clients:
        parts.append(
            _w.put(_w.STRING, 23, entry.cti_client_signature, 64, _WIDE, name, "CTIClientSignature")
        )
        parts.append(
            _w.put(_w.TIME, 24, entry.cti_client_timestamp, 4, _WIDE, name, "CTIClientTimestamp")
        )
    if m.call_reference_id is not None:
        part = _w.put(_w.UNSPEC, 223, m.call_reference_id, 32, _WIDE, name, "CallReferenceID")
        parts.append(part)
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(25, parts)


def _encode_call_data_update_event(m: CallDataUpdateEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_data_update_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_data_update_event(m)
        named_variables = m.named_variables
        if type(named_variables) is not tuple or len(named_variables) > 65535:
            return _careful_call_data_update_event(m)
        named_arrays = m.named_arrays
        if named_arrays != ():
            return _careful_call_data_update_event(m)
        cti_clients = m.cti_clients
        if type(cti_clients) is not tuple or len(cti_clients) > 16:
            return _careful_call_data_update_event(m)
        named = 0
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_data_update_event(m)
        p += (b"\x19", _w.LEN1[n], d, _NUL)
        v1 = m.new_connection_device_id
        d = v1.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_data_update_event(m)
        p += (b"/", _w.LEN1[n], d, _NUL)
        v2 = m.ani
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_data_update_event(m)
            p += (b"\x08", _w.LEN1[n], d, _NUL)
        v3 = m.user_to_user_info
        if v3 is not None:
            if type(v3) is not bytes or len(v3) > 131:
                return _careful_call_data_update_event(m)
            p += (b"\t", _w.LEN1[len(v3)], v3)
        v4 = m.dnis
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_call_data_update_event(m)
            p += (b"\n", _w.LEN1[n], d, _NUL)
        v5 = m.dialed_number
        if v5 is not None:
            d = v5.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_data_update_event(m)
            p += (b"\x0b", _w.LEN1[n], d, _NUL)
        v6 = m.caller_entered_digits
        if v6 is not None:
            d = v6.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_data_update_event(m)
            p += (b"\x0c", _w.LEN1[n], d, _NUL)
        v7 = m.router_call_key_day
        if v7 is not None:
            p += (b"H\x04", _w.PACK_UINT(v7))
        v8 = m.router_call_key_call_id
        if v8 is not None:
            p += (b"I\x04", _w.PACK_UINT(v8))
        v9 = m.router_call_key_sequence_number
        if v9 is not None:
            p += (b"n\x04", _w.PACK_UINT(v9))
        v10 = m.call_variable1
        if v10 is not None:
            d = v10.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (b"\r", _w.LEN1[n], d, _NUL)
        v11 = m.call_variable2
        if v11 is not None:
            d = v11.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (b"\x0e", _w.LEN1[n], d, _NUL)
        v12 = m.call_variable3
        if v12 is not None:
            d = v12.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (b"\x0f", _w.LEN1[n], d, _NUL)
        v13 = m.call_variable4
        if v13 is not None:
            d = v13.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (b"\x10", _w.LEN1[n], d, _NUL)
        v14 = m.call_variable5
        if v14 is not None:
            d = v14.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (b"\x11", _w.LEN1[n], d, _NUL)
        v15 = m.call_variable6
        if v15 is not None:
            d = v15.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (b"\x12", _w.LEN1[n], d, _NUL)
        v16 = m.call_variable7
        if v16 is not None:
            d = v16.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (b"\x13", _w.LEN1[n], d, _NUL)
        v17 = m.call_variable8
        if v17 is not None:
            d = v17.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (b"\x14", _w.LEN1[n], d, _NUL)
        v18 = m.call_variable9
        if v18 is not None:
            d = v18.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (b"\x15", _w.LEN1[n], d, _NUL)
        v19 = m.call_variable10
        if v19 is not None:
            d = v19.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (b"\x16", _w.LEN1[n], d, _NUL)
        v20 = m.call_wrapup_data
        if v20 is not None:
            d = v20.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_data_update_event(m)
            p += (b".", _w.LEN1[n], d, _NUL)
        for v21 in named_variables:
            if type(v21) is not NamedVar:
                return _careful_call_data_update_event(m)
            d = v21.name.encode() + _NUL + v21.value.encode() + _NUL
            n = len(d)
            if n > 251:
                return _careful_call_data_update_event(m)
            named += n
            p += (b"R", _w.LEN1[n], d)
        v23 = m.customer_phone_number
        if v23 is not None:
            d = v23.encode()
            n = len(d) + 1
            if n > 20:
                return _careful_call_data_update_event(m)
            p += (b"_", _w.LEN1[n], d, _NUL)
        v24 = m.customer_account_number
        if v24 is not None:
            d = v24.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_call_data_update_event(m)
            p += (b"`", _w.LEN1[n], d, _NUL)
        for cti_clients_entry in cti_clients:
            if type(cti_clients_entry) is not CTIClient:
                return _careful_call_data_update_event(m)
            v25 = cti_clients_entry.cti_client_signature
            d = v25.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_data_update_event(m)
            p += (b"\x17", _w.LEN1[n], d, _NUL)
            v26 = cti_clients_entry.cti_client_timestamp
            p += (b"\x18\x04", _w.PACK_TIME(v26))
        v27 = m.call_reference_id
        if v27 is not None:
            if type(v27) is not bytes or len(v27) > 32:
                return _careful_call_data_update_event(m)
            p += (b"\xdf", _w.LEN1[len(v27)], v27)
        if named > NAMED_DATA_LIMIT:
            return _careful_call_data_update_event(m)
        tail = b"".join(p)
        return (
            _H_CALL_DATA_UPDATE_EVENT.pack(
                40 + len(tail),
                25,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                len(cti_clients),
                len(named_variables),
                len(named_arrays),
                m.call_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.new_connection_device_id_type,
                m.new_connection_call_id,
                m.called_party_disposition,
                m.campaign_id,
                m.query_rule_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_data_update_event(m)


@value_class
class SetCallDataReq(GeneratedMessage):
    """Request to update one or more call variables or call wrap-up data.

    SET_CALL_DATA_REQ, MessageType 26, client to server.
    From: Application Level Interfaces (v25), SET_CALL_DATA_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 26
    MESSAGE_NAME: ClassVar[str] = "SET_CALL_DATA_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_device_id_type",
        "connection_call_id",
        "call_type",
        "called_party_disposition",
        "campaign_id",
        "query_rule_id",
        "connection_device_id",
        "ani",
        "user_to_user_info",
        "caller_entered_digits",
        "call_variable1",
        "call_variable2",
        "call_variable3",
        "call_variable4",
        "call_variable5",
        "call_variable6",
        "call_variable7",
        "call_variable8",
        "call_variable9",
        "call_variable10",
        "call_wrapup_data",
        "named_variables",
        "named_arrays",
        "customer_phone_number",
        "customer_account_number",
        "router_call_key_day",
        "router_call_key_call_id",
        "router_call_key_sequence_number",
        "call_originated_from",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    call_type: CallType | int
    called_party_disposition: DispositionCode | int
    campaign_id: int
    query_rule_id: int
    connection_device_id: str
    ani: str | None
    user_to_user_info: bytes | None
    caller_entered_digits: str | None
    call_variable1: str | None
    call_variable2: str | None
    call_variable3: str | None
    call_variable4: str | None
    call_variable5: str | None
    call_variable6: str | None
    call_variable7: str | None
    call_variable8: str | None
    call_variable9: str | None
    call_variable10: str | None
    call_wrapup_data: str | None
    named_variables: tuple[NamedVar, ...]
    named_arrays: tuple[NamedArray, ...]
    customer_phone_number: str | None
    customer_account_number: str | None
    router_call_key_day: int | None
    router_call_key_call_id: int | None
    router_call_key_sequence_number: int | None
    call_originated_from: int | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        call_type: CallType | int = 0,
        called_party_disposition: DispositionCode | int = 0,
        campaign_id: int = 0,
        query_rule_id: int = 0,
        connection_device_id: str,
        ani: str | None = None,
        user_to_user_info: bytes | None = None,
        caller_entered_digits: str | None = None,
        call_variable1: str | None = None,
        call_variable2: str | None = None,
        call_variable3: str | None = None,
        call_variable4: str | None = None,
        call_variable5: str | None = None,
        call_variable6: str | None = None,
        call_variable7: str | None = None,
        call_variable8: str | None = None,
        call_variable9: str | None = None,
        call_variable10: str | None = None,
        call_wrapup_data: str | None = None,
        named_variables: tuple[NamedVar, ...] = (),
        named_arrays: tuple[NamedArray, ...] = (),
        customer_phone_number: str | None = None,
        customer_account_number: str | None = None,
        router_call_key_day: int | None = None,
        router_call_key_call_id: int | None = None,
        router_call_key_sequence_number: int | None = None,
        call_originated_from: int | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "call_type", call_type)
        _set(self, "called_party_disposition", called_party_disposition)
        _set(self, "campaign_id", campaign_id)
        _set(self, "query_rule_id", query_rule_id)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "ani", ani)
        _set(self, "user_to_user_info", user_to_user_info)
        _set(self, "caller_entered_digits", caller_entered_digits)
        _set(self, "call_variable1", call_variable1)
        _set(self, "call_variable2", call_variable2)
        _set(self, "call_variable3", call_variable3)
        _set(self, "call_variable4", call_variable4)
        _set(self, "call_variable5", call_variable5)
        _set(self, "call_variable6", call_variable6)
        _set(self, "call_variable7", call_variable7)
        _set(self, "call_variable8", call_variable8)
        _set(self, "call_variable9", call_variable9)
        _set(self, "call_variable10", call_variable10)
        _set(self, "call_wrapup_data", call_wrapup_data)
        _set(self, "named_variables", named_variables)
        _set(self, "named_arrays", named_arrays)
        _set(self, "customer_phone_number", customer_phone_number)
        _set(self, "customer_account_number", customer_account_number)
        _set(self, "router_call_key_day", router_call_key_day)
        _set(self, "router_call_key_call_id", router_call_key_call_id)
        _set(self, "router_call_key_sequence_number", router_call_key_sequence_number)
        _set(self, "call_originated_from", call_originated_from)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SET_CALL_DATA_REQ: Final = _w.builder(SetCallDataReq)
_S_SET_CALL_DATA_REQ: Final = struct.Struct(">IIHIHHHHII")
_H_SET_CALL_DATA_REQ: Final = struct.Struct(">IIIIHIHHHHII")  # header and fixed part
_X_SET_CALL_DATA_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionDeviceIDType", "H", 18),
    ("ConnectionCallID", "I", 22),
    ("NumNamedVariables", "H", 24),
    ("NumNamedArrays", "H", 26),
    ("CallType", "H", 28),
    ("CalledPartyDisposition", "H", 30),
    ("CampaignID", "I", 34),
    ("QueryRuleID", "I", 38),
)
_T_SET_CALL_DATA_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    8: (1, _w.STRING, False, "ANI"),
    9: (2, _w.UNSPEC, False, "UserToUserInfo"),
    12: (3, _w.STRING, False, "CallerEnteredDigits"),
    13: (4, _w.STRING, False, "CallVariable1"),
    14: (5, _w.STRING, False, "CallVariable2"),
    15: (6, _w.STRING, False, "CallVariable3"),
    16: (7, _w.STRING, False, "CallVariable4"),
    17: (8, _w.STRING, False, "CallVariable5"),
    18: (9, _w.STRING, False, "CallVariable6"),
    19: (10, _w.STRING, False, "CallVariable7"),
    20: (11, _w.STRING, False, "CallVariable8"),
    21: (12, _w.STRING, False, "CallVariable9"),
    22: (13, _w.STRING, False, "CallVariable10"),
    46: (14, _w.STRING, False, "CallWrapupData"),
    82: (15, _w.NAMEDVAR, True, "NamedVariable"),
    83: (16, _w.NAMEDARRAY, True, "NamedArray"),
    95: (17, _w.STRING, False, "CustomerPhoneNumber"),
    96: (18, _w.STRING, False, "CustomerAccountNumber"),
    72: (19, _w.UINT, False, "RouterCallKeyDay"),
    73: (20, _w.UINT, False, "RouterCallKeyCallID"),
    110: (21, _w.UINT, False, "RouterCallKeySequenceNumber"),
    232: (22, _w.UCHAR, False, "CallOriginatedFrom"),
}
_FAST_SET_CALL_DATA_REQ: Final = _fast_slots(
    {
        25: 0,
        8: 1,
        12: 3,
        13: 4,
        14: 5,
        15: 6,
        16: 7,
        17: 8,
        18: 9,
        19: 10,
        20: 11,
        21: 12,
        22: 13,
        46: 14,
        95: 17,
        96: 18,
        9: ~2,
    }
)
_INTS_SET_CALL_DATA_REQ: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    72: (19, _w.UNPACK_UINT, 4, False),
    73: (20, _w.UNPACK_UINT, 4, False),
    110: (21, _w.UNPACK_UINT, 4, False),
    232: (22, _w.UNPACK_UCHAR, 1, False),
}


def _decode_set_call_data_req(buf: bytes, end: int) -> SetCallDataReq:
    if end < 38:
        raise _w.truncated("SET_CALL_DATA_REQ", _X_SET_CALL_DATA_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 23
    unknown: list[UnknownField] = []
    pos = 38
    try:
        while pos < end:
            tag = buf[pos]
            start = pos + 2
            stop = start + buf[pos + 1]
            slot = _FAST_SET_CALL_DATA_REQ[tag]
            if slot is not None and stop > start:
                if slot >= 0:
                    if not buf[stop - 1] and vals[slot] is None:
                        vals[slot] = buf[start : stop - 1].decode()
                        pos = stop
                        continue
                elif vals[~slot] is None and stop <= end:
                    vals[~slot] = buf[start:stop]
                    pos = stop
                    continue
            else:
                number = _INTS_SET_CALL_DATA_REQ.get(tag)
                if number is not None and stop - start == number[2]:
                    if number[3]:  # a group's member: one value more
                        seen = vals[number[0]]
                        if seen is None:
                            vals[number[0]] = [number[1](buf, start)[0]]
                        else:
                            seen.append(number[1](buf, start)[0])
                        pos = stop
                        continue
                    if vals[number[0]] is None:
                        vals[number[0]] = number[1](buf, start)[0]
                        pos = stop
                        continue
            _field(
                buf,
                pos,
                start,
                stop,
                end,
                tag,
                vals,
                _T_SET_CALL_DATA_REQ,
                unknown,
                "SET_CALL_DATA_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 38, end, _T_SET_CALL_DATA_REQ, 23, "SET_CALL_DATA_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("SET_CALL_DATA_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SET_CALL_DATA_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        f2,
        o.connection_call_id,
        f4,
        f5,
        f6,
        f7,
        o.campaign_id,
        o.query_rule_id,
    ) = _S_SET_CALL_DATA_REQ.unpack_from(buf, 8)
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    o.call_type = _enum_CallType[f6]
    o.called_party_disposition = _enum_DispositionCode[f7]
    (
        o.connection_device_id,
        o.ani,
        o.user_to_user_info,
        o.caller_entered_digits,
        o.call_variable1,
        o.call_variable2,
        o.call_variable3,
        o.call_variable4,
        o.call_variable5,
        o.call_variable6,
        o.call_variable7,
        o.call_variable8,
        o.call_variable9,
        o.call_variable10,
        o.call_wrapup_data,
        v15,
        v16,
        o.customer_phone_number,
        o.customer_account_number,
        o.router_call_key_day,
        o.router_call_key_call_id,
        o.router_call_key_sequence_number,
        o.call_originated_from,
    ) = vals
    count = f4
    if count == 0 and v15 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g15 = v15 or ()
        if len(g15) != count:
            raise _w.group_mismatch(
                "SET_CALL_DATA_REQ",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g15)},
                end,
            )
        o.named_variables = tuple(g15)
    count = f5
    if count == 0 and v16 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g16 = v16 or ()
        if len(g16) != count:
            raise _w.group_mismatch(
                "SET_CALL_DATA_REQ",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g16)},
                end,
            )
        o.named_arrays = tuple(g16)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetCallDataReq
    return o  # type: ignore[no-any-return]


def _careful_set_call_data_req(m: SetCallDataReq) -> bytes:
    name = "SET_CALL_DATA_REQ"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_SET_CALL_DATA_REQ,
            _X_SET_CALL_DATA_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_device_id_type,
            m.connection_call_id,
            len(named_variables),
            len(named_arrays),
            m.call_type,
            m.called_party_disposition,
            m.campaign_id,
            m.query_rule_id,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.ani is not None:
        part = _w.put(_w.STRING, 8, m.ani, 40, _WIDE, name, "ANI")
        parts.append(part)
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
        parts.append(part)
    if m.caller_entered_digits is not None:
        part = _w.put(
            _w.STRING, 12, m.caller_entered_digits, 40, _WIDE, name, "CallerEnteredDigits"
        )
        parts.append(part)
    if m.call_variable1 is not None:
        part = _w.put(_w.STRING, 13, m.call_variable1, 41, _WIDE, name, "CallVariable1")
        parts.append(part)
    if m.call_variable2 is not None:
        part = _w.put(_w.STRING, 14, m.call_variable2, 41, _WIDE, name, "CallVariable2")
        parts.append(part)
    if m.call_variable3 is not None:
        part = _w.put(_w.STRING, 15, m.call_variable3, 41, _WIDE, name, "CallVariable3")
        parts.append(part)
    if m.call_variable4 is not None:
        part = _w.put(_w.STRING, 16, m.call_variable4, 41, _WIDE, name, "CallVariable4")
        parts.append(part)
    if m.call_variable5 is not None:
        part = _w.put(_w.STRING, 17, m.call_variable5, 41, _WIDE, name, "CallVariable5")
        parts.append(part)
    if m.call_variable6 is not None:
        part = _w.put(_w.STRING, 18, m.call_variable6, 41, _WIDE, name, "CallVariable6")
        parts.append(part)
    if m.call_variable7 is not None:
        part = _w.put(_w.STRING, 19, m.call_variable7, 41, _WIDE, name, "CallVariable7")
        parts.append(part)
    if m.call_variable8 is not None:
        part = _w.put(_w.STRING, 20, m.call_variable8, 41, _WIDE, name, "CallVariable8")
        parts.append(part)
    if m.call_variable9 is not None:
        part = _w.put(_w.STRING, 21, m.call_variable9, 41, _WIDE, name, "CallVariable9")
        parts.append(part)
    if m.call_variable10 is not None:
        part = _w.put(_w.STRING, 22, m.call_variable10, 41, _WIDE, name, "CallVariable10")
        parts.append(part)
    if m.call_wrapup_data is not None:
        part = _w.put(_w.STRING, 46, m.call_wrapup_data, 40, _WIDE, name, "CallWrapupData")
        parts.append(part)
    for value in named_variables:
        part = _w.put(_w.NAMEDVAR, 82, value, 251, _WIDE, name, "NamedVariable")
        named.append(part)
        parts.append(part)
    for value in named_arrays:
        part = _w.put(_w.NAMEDARRAY, 83, value, 252, _WIDE, name, "NamedArray")
        named.append(part)
        parts.append(part)
    if m.customer_phone_number is not None:
        part = _w.put(
            _w.STRING, 95, m.customer_phone_number, 20, _WIDE, name, "CustomerPhoneNumber"
        )
        parts.append(part)
    if m.customer_account_number is not None:
        part = _w.put(
            _w.STRING, 96, m.customer_account_number, 32, _WIDE, name, "CustomerAccountNumber"
        )
        parts.append(part)
    if m.router_call_key_day is not None:
        part = _w.put(_w.UINT, 72, m.router_call_key_day, 4, _WIDE, name, "RouterCallKeyDay")
        parts.append(part)
    if m.router_call_key_call_id is not None:
        part = _w.put(_w.UINT, 73, m.router_call_key_call_id, 4, _WIDE, name, "RouterCallKeyCallID")
        parts.append(part)
    if m.router_call_key_sequence_number is not None:
        part = _w.put(
            _w.UINT,
            110,
            m.router_call_key_sequence_number,
            4,
            _WIDE,
            name,
            "RouterCallKeySequenceNumber",
        )
        parts.append(part)
    if m.call_originated_from is not None:
        part = _w.put(_w.UCHAR, 232, m.call_originated_from, 1, _WIDE, name, "CallOriginatedFrom")
        parts.append(part)
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(26, parts)


def _encode_set_call_data_req(m: SetCallDataReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_set_call_data_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_set_call_data_req(m)
        named_variables = m.named_variables
        if type(named_variables) is not tuple or len(named_variables) > 65535:
            return _careful_set_call_data_req(m)
        named_arrays = m.named_arrays
        if named_arrays != ():
            return _careful_set_call_data_req(m)
        named = 0
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_set_call_data_req(m)
        p += (b"\x19", _w.LEN1[n], d, _NUL)
        v1 = m.ani
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_set_call_data_req(m)
            p += (b"\x08", _w.LEN1[n], d, _NUL)
        v2 = m.user_to_user_info
        if v2 is not None:
            if type(v2) is not bytes or len(v2) > 131:
                return _careful_set_call_data_req(m)
            p += (b"\t", _w.LEN1[len(v2)], v2)
        v3 = m.caller_entered_digits
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_set_call_data_req(m)
            p += (b"\x0c", _w.LEN1[n], d, _NUL)
        v4 = m.call_variable1
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_set_call_data_req(m)
            p += (b"\r", _w.LEN1[n], d, _NUL)
        v5 = m.call_variable2
        if v5 is not None:
            d = v5.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_set_call_data_req(m)
            p += (b"\x0e", _w.LEN1[n], d, _NUL)
        v6 = m.call_variable3
        if v6 is not None:
            d = v6.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_set_call_data_req(m)
            p += (b"\x0f", _w.LEN1[n], d, _NUL)
        v7 = m.call_variable4
        if v7 is not None:
            d = v7.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_set_call_data_req(m)
            p += (b"\x10", _w.LEN1[n], d, _NUL)
        v8 = m.call_variable5
        if v8 is not None:
            d = v8.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_set_call_data_req(m)
            p += (b"\x11", _w.LEN1[n], d, _NUL)
        v9 = m.call_variable6
        if v9 is not None:
            d = v9.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_set_call_data_req(m)
            p += (b"\x12", _w.LEN1[n], d, _NUL)
        v10 = m.call_variable7
        if v10 is not None:
            d = v10.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_set_call_data_req(m)
            p += (b"\x13", _w.LEN1[n], d, _NUL)
        v11 = m.call_variable8
        if v11 is not None:
            d = v11.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_set_call_data_req(m)
            p += (b"\x14", _w.LEN1[n], d, _NUL)
        v12 = m.call_variable9
        if v12 is not None:
            d = v12.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_set_call_data_req(m)
            p += (b"\x15", _w.LEN1[n], d, _NUL)
        v13 = m.call_variable10
        if v13 is not None:
            d = v13.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_set_call_data_req(m)
            p += (b"\x16", _w.LEN1[n], d, _NUL)
        v14 = m.call_wrapup_data
        if v14 is not None:
            d = v14.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_set_call_data_req(m)
            p += (b".", _w.LEN1[n], d, _NUL)
        for v15 in named_variables:
            if type(v15) is not NamedVar:
                return _careful_set_call_data_req(m)
            d = v15.name.encode() + _NUL + v15.value.encode() + _NUL
            n = len(d)
            if n > 251:
                return _careful_set_call_data_req(m)
            named += n
            p += (b"R", _w.LEN1[n], d)
        v17 = m.customer_phone_number
        if v17 is not None:
            d = v17.encode()
            n = len(d) + 1
            if n > 20:
                return _careful_set_call_data_req(m)
            p += (b"_", _w.LEN1[n], d, _NUL)
        v18 = m.customer_account_number
        if v18 is not None:
            d = v18.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_set_call_data_req(m)
            p += (b"`", _w.LEN1[n], d, _NUL)
        v19 = m.router_call_key_day
        if v19 is not None:
            p += (b"H\x04", _w.PACK_UINT(v19))
        v20 = m.router_call_key_call_id
        if v20 is not None:
            p += (b"I\x04", _w.PACK_UINT(v20))
        v21 = m.router_call_key_sequence_number
        if v21 is not None:
            p += (b"n\x04", _w.PACK_UINT(v21))
        v22 = m.call_originated_from
        if v22 is not None:
            p += (b"\xe8\x01", _w.PACK_UCHAR(v22))
        if named > NAMED_DATA_LIMIT:
            return _careful_set_call_data_req(m)
        tail = b"".join(p)
        return (
            _H_SET_CALL_DATA_REQ.pack(
                30 + len(tail),
                26,
                m.invoke_id,
                m.peripheral_id,
                m.connection_device_id_type,
                m.connection_call_id,
                len(named_variables),
                len(named_arrays),
                m.call_type,
                m.called_party_disposition,
                m.campaign_id,
                m.query_rule_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_set_call_data_req(m)


@value_class
class AgentStateEvent(GeneratedMessage):
    """When an agent's state changes.

    AGENT_STATE_EVENT, MessageType 30, server to client.
    From: Application Level Interfaces (v25), AGENT_STATE_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 30
    MESSAGE_NAME: ClassVar[str] = "AGENT_STATE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "session_id",
        "peripheral_type",
        "skill_group_state",
        "state_duration",
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
        "agent_state",
        "event_reason_code",
        "mrd_id",
        "num_tasks",
        "agent_mode",
        "max_task_limit",
        "icm_agent_id",
        "agent_availability_status",
        "cti_client_signature",
        "agent_id",
        "agent_extension",
        "agent_instrument",
        "duration",
        "next_agent_state",
        "direction",
        "flt_skill_groups",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "flt_skill_groups": FltSkillGroup,
    }

    monitor_id: int
    peripheral_id: int
    session_id: int
    peripheral_type: PeripheralType | int
    skill_group_state: AgentState | int
    state_duration: int
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int
    agent_state: AgentState | int
    event_reason_code: int
    mrd_id: int
    num_tasks: int
    agent_mode: int
    max_task_limit: int
    icm_agent_id: int
    agent_availability_status: int
    cti_client_signature: str | None
    agent_id: str | None
    agent_extension: str | None
    agent_instrument: str | None
    duration: int | None
    next_agent_state: AgentState | int | None
    direction: int
    flt_skill_groups: tuple[FltSkillGroup, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        session_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        skill_group_state: AgentState | int = 0,
        state_duration: int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        skill_group_priority: int = 0,
        agent_state: AgentState | int = 0,
        event_reason_code: int = 0,
        mrd_id: int = 0,
        num_tasks: int = 0,
        agent_mode: int = 0,
        max_task_limit: int = 0,
        icm_agent_id: int = 0,
        agent_availability_status: int = 0,
        cti_client_signature: str | None = None,
        agent_id: str | None = None,
        agent_extension: str | None = None,
        agent_instrument: str | None = None,
        duration: int | None = None,
        next_agent_state: AgentState | int | None = None,
        direction: int,
        flt_skill_groups: tuple[FltSkillGroup, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "session_id", session_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "skill_group_state", skill_group_state)
        _set(self, "state_duration", state_duration)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)
        _set(self, "agent_state", agent_state)
        _set(self, "event_reason_code", event_reason_code)
        _set(self, "mrd_id", mrd_id)
        _set(self, "num_tasks", num_tasks)
        _set(self, "agent_mode", agent_mode)
        _set(self, "max_task_limit", max_task_limit)
        _set(self, "icm_agent_id", icm_agent_id)
        _set(self, "agent_availability_status", agent_availability_status)
        _set(self, "cti_client_signature", cti_client_signature)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "duration", duration)
        _set(self, "next_agent_state", next_agent_state)
        _set(self, "direction", direction)
        _set(self, "flt_skill_groups", flt_skill_groups)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_STATE_EVENT: Final = _w.builder(AgentStateEvent)
_S_AGENT_STATE_EVENT: Final = struct.Struct(">IIIHHIIIHHHiIHIiIH")
_H_AGENT_STATE_EVENT: Final = struct.Struct(">IIIIIHHIIIHHHiIHIiIH")  # header and fixed part
_X_AGENT_STATE_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("SessionID", "I", 20),
    ("PeripheralType", "H", 22),
    ("SkillGroupState", "H", 24),
    ("StateDuration", "I", 28),
    ("SkillGroupNumber", "I", 32),
    ("SkillGroupID", "I", 36),
    ("SkillGroupPriority", "H", 38),
    ("AgentState", "H", 40),
    ("EventReasonCode", "H", 42),
    ("MRDID", "i", 46),
    ("NumTasks", "I", 50),
    ("AgentMode", "H", 52),
    ("MaxTaskLimit", "I", 56),
    ("ICMAgentID", "i", 60),
    ("AgentAvailabilityStatus", "I", 64),
    ("NumFltSkillGroups", "H", 66),
)
_T_AGENT_STATE_EVENT: Final[_w.FieldTable] = {
    3: (0, _w.STRING, False, "CTIClientSignature"),
    5: (1, _w.STRING, False, "AgentID"),
    4: (2, _w.STRING, False, "AgentExtension"),
    6: (3, _w.STRING, False, "AgentInstrument"),
    150: (4, _w.UINT, False, "Duration"),
    123: (5, _w.USHORT, False, "NextAgentState"),
    244: (6, _w.UINT, False, "Direction"),
    62: (7, _w.UINT, True, "FltSkillGroupNumber"),
    63: (8, _w.UINT, True, "FltSkillGroupID"),
    64: (9, _w.USHORT, True, "FltSkillGroupPriority"),
    65: (10, _w.USHORT, True, "FltSkillGroupState"),
}
_FAST_AGENT_STATE_EVENT: Final = _fast_slots(
    {
        3: 0,
        5: 1,
        4: 2,
        6: 3,
    }
)
_INTS_AGENT_STATE_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    150: (4, _w.UNPACK_UINT, 4, False),
    123: (5, _w.UNPACK_USHORT, 2, False),
    244: (6, _w.UNPACK_UINT, 4, False),
    62: (7, _w.UNPACK_UINT, 4, True),
    63: (8, _w.UNPACK_UINT, 4, True),
    64: (9, _w.UNPACK_USHORT, 2, True),
    65: (10, _w.UNPACK_USHORT, 2, True),
}


def _decode_agent_state_event(buf: bytes, end: int) -> AgentStateEvent:
    if end < 66:
        raise _w.truncated("AGENT_STATE_EVENT", _X_AGENT_STATE_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 11
    unknown: list[UnknownField] = []
    pos = 66
    try:
        while pos < end:
            tag = buf[pos]
            start = pos + 2
            stop = start + buf[pos + 1]
            slot = _FAST_AGENT_STATE_EVENT[tag]
            if slot is not None and stop > start:
                if slot >= 0:
                    if not buf[stop - 1] and vals[slot] is None:
                        vals[slot] = buf[start : stop - 1].decode()
                        pos = stop
                        continue
                elif vals[~slot] is None and stop <= end:
                    vals[~slot] = buf[start:stop]
                    pos = stop
                    continue
            else:
                number = _INTS_AGENT_STATE_EVENT.get(tag)
                if number is not None and stop - start == number[2]:
                    if number[3]:  # a group's member: one value more
                        seen = vals[number[0]]
                        if seen is None:
                            vals[number[0]] = [number[1](buf, start)[0]]
                        else:
                            seen.append(number[1](buf, start)[0])
                        pos = stop
                        continue
                    if vals[number[0]] is None:
                        vals[number[0]] = number[1](buf, start)[0]
                        pos = stop
                        continue
            _field(
                buf,
                pos,
                start,
                stop,
                end,
                tag,
                vals,
                _T_AGENT_STATE_EVENT,
                unknown,
                "AGENT_STATE_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 66, end, _T_AGENT_STATE_EVENT, 11, "AGENT_STATE_EVENT", _HEAD)
    if vals[6] is None:
        raise _w.missing("AGENT_STATE_EVENT", "Direction", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_AGENT_STATE_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        o.session_id,
        f3,
        f4,
        o.state_duration,
        o.skill_group_number,
        o.skill_group_id,
        o.skill_group_priority,
        f9,
        o.event_reason_code,
        o.mrd_id,
        o.num_tasks,
        o.agent_mode,
        o.max_task_limit,
        o.icm_agent_id,
        o.agent_availability_status,
        f17,
    ) = _S_AGENT_STATE_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f3]
    o.skill_group_state = _enum_AgentState[f4]
    o.agent_state = _enum_AgentState[f9]
    (
        o.cti_client_signature,
        o.agent_id,
        o.agent_extension,
        o.agent_instrument,
        o.duration,
        v5,
        o.direction,
        v7,
        v8,
        v9,
        v10,
    ) = vals
    o.next_agent_state = None if v5 is None else _enum_AgentState[v5]
    count = f17
    if count == 0 and v7 is None and v8 is None and v9 is None and v10 is None:
        o.flt_skill_groups = ()  # the usual case: no entries
    else:
        g7 = v7 or ()
        g8 = v8 or ()
        g9 = v9 or ()
        g10 = [_enum_AgentState[x] for x in (v10 or ())]
        if len(g7) != count or len(g8) != count or len(g9) != count or len(g10) != count:
            raise _w.group_mismatch(
                "AGENT_STATE_EVENT",
                "FltSkillGroups",
                "NumFltSkillGroups",
                count,
                {
                    "FltSkillGroupNumber": len(g7),
                    "FltSkillGroupID": len(g8),
                    "FltSkillGroupPriority": len(g9),
                    "FltSkillGroupState": len(g10),
                },
                end,
            )
        o.flt_skill_groups = tuple(map(_new_FltSkillGroup, g7, g8, g9, g10))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AgentStateEvent
    return o  # type: ignore[no-any-return]


def _careful_agent_state_event(m: AgentStateEvent) -> bytes:
    name = "AGENT_STATE_EVENT"
    flt_skill_groups = _w.check_group(m.flt_skill_groups, FltSkillGroup, 99, name, "FltSkillGroups")
    parts = [
        _w.pack_fixed(
            _S_AGENT_STATE_EVENT,
            _X_AGENT_STATE_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.session_id,
            m.peripheral_type,
            m.skill_group_state,
            m.state_duration,
            m.skill_group_number,
            m.skill_group_id,
            m.skill_group_priority,
            m.agent_state,
            m.event_reason_code,
            m.mrd_id,
            m.num_tasks,
            m.agent_mode,
            m.max_task_limit,
            m.icm_agent_id,
            m.agent_availability_status,
            len(flt_skill_groups),
        )
    ]
    if m.cti_client_signature is not None:
        part = _w.put(_w.STRING, 3, m.cti_client_signature, 64, _WIDE, name, "CTIClientSignature")
        parts.append(part)
    if m.agent_id is not None:
        part = _w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID")
        parts.append(part)
    if m.agent_extension is not None:
        part = _w.put(_w.STRING, 4, m.agent_extension, 16, _WIDE, name, "AgentExtension")
        parts.append(part)
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    if m.duration is not None:
        part = _w.put(_w.UINT, 150, m.duration, 4, _WIDE, name, "Duration")
        parts.append(part)
    if m.next_agent_state is not None:
        part = _w.put(_w.USHORT, 123, m.next_agent_state, 2, _WIDE, name, "NextAgentState")
        parts.append(part)
    parts.append(_w.put(_w.UINT, 244, m.direction, 4, _WIDE, name, "Direction"))
    for entry in flt_skill_groups:
        parts.append(
            _w.put(_w.UINT, 62, entry.flt_skill_group_number, 4, _WIDE, name, "FltSkillGroupNumber")
        )
        parts.append(
            _w.put(_w.UINT, 63, entry.flt_skill_group_id, 4, _WIDE, name, "FltSkillGroupID")
        )
        parts.append(
            _w.put(
                _w.USHORT,
                64,
                entry.flt_skill_group_priority,
                2,
                _WIDE,
                name,
                "FltSkillGroupPriority",
            )
        )
        parts.append(
            _w.put(_w.USHORT, 65, entry.flt_skill_group_state, 2, _WIDE, name, "FltSkillGroupState")
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(30, parts)


def _encode_agent_state_event(m: AgentStateEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_agent_state_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_agent_state_event(m)
        flt_skill_groups = m.flt_skill_groups
        if type(flt_skill_groups) is not tuple or len(flt_skill_groups) > 99:
            return _careful_agent_state_event(m)
        p: list[bytes] = []
        v0 = m.cti_client_signature
        if v0 is not None:
            d = v0.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_agent_state_event(m)
            p += (b"\x03", _w.LEN1[n], d, _NUL)
        v1 = m.agent_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_agent_state_event(m)
            p += (b"\x05", _w.LEN1[n], d, _NUL)
        v2 = m.agent_extension
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 16:
                return _careful_agent_state_event(m)
            p += (b"\x04", _w.LEN1[n], d, _NUL)
        v3 = m.agent_instrument
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_agent_state_event(m)
            p += (b"\x06", _w.LEN1[n], d, _NUL)
        v4 = m.duration
        if v4 is not None:
            p += (b"\x96\x04", _w.PACK_UINT(v4))
        v5 = m.next_agent_state
        if v5 is not None:
            p += (b"{\x02", _w.PACK_USHORT(v5))
        v6 = m.direction
        p += (b"\xf4\x04", _w.PACK_UINT(v6))
        for flt_skill_groups_entry in flt_skill_groups:
            if type(flt_skill_groups_entry) is not FltSkillGroup:
                return _careful_agent_state_event(m)
            v7 = flt_skill_groups_entry.flt_skill_group_number
            p += (b">\x04", _w.PACK_UINT(v7))
            v8 = flt_skill_groups_entry.flt_skill_group_id
            p += (b"?\x04", _w.PACK_UINT(v8))
            v9 = flt_skill_groups_entry.flt_skill_group_priority
            p += (b"@\x02", _w.PACK_USHORT(v9))
            v10 = flt_skill_groups_entry.flt_skill_group_state
            p += (b"A\x02", _w.PACK_USHORT(v10))
        tail = b"".join(p)
        return (
            _H_AGENT_STATE_EVENT.pack(
                58 + len(tail),
                30,
                m.monitor_id,
                m.peripheral_id,
                m.session_id,
                m.peripheral_type,
                m.skill_group_state,
                m.state_duration,
                m.skill_group_number,
                m.skill_group_id,
                m.skill_group_priority,
                m.agent_state,
                m.event_reason_code,
                m.mrd_id,
                m.num_tasks,
                m.agent_mode,
                m.max_task_limit,
                m.icm_agent_id,
                m.agent_availability_status,
                len(flt_skill_groups),
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_agent_state_event(m)


@value_class
class SnapshotCallConf(GeneratedMessage):
    """Information about a call, its devices and their connection states (response to SNAPSHOT_CALL_REQ).

    SNAPSHOT_CALL_CONF, MessageType 83, server to client.
    From: Application Level Interfaces (v25), Client Control Service, SNAPSHOT_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 83
    MESSAGE_NAME: ClassVar[str] = "SNAPSHOT_CALL_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "call_type",
        "called_party_disposition",
        "ani",
        "user_to_user_info",
        "dnis",
        "dialed_number",
        "caller_entered_digits",
        "router_call_key_day",
        "router_call_key_call_id",
        "call_variable1",
        "call_variable2",
        "call_variable3",
        "call_variable4",
        "call_variable5",
        "call_variable6",
        "call_variable7",
        "call_variable8",
        "call_variable9",
        "call_variable10",
        "call_wrapup_data",
        "named_variables",
        "named_arrays",
        "cti_clients",
        "call_devices",
        "call_reference_id",
        "coc_connection_call_id",
        "coc_call_connection_device_id_type",
        "coc_call_connection_device_id",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "cti_clients": CTIClient,
        "call_devices": CallDevice,
    }

    invoke_id: int
    call_type: CallType | int
    called_party_disposition: DispositionCode | int
    ani: str | None
    user_to_user_info: bytes | None
    dnis: str | None
    dialed_number: str | None
    caller_entered_digits: str | None
    router_call_key_day: int | None
    router_call_key_call_id: int | None
    call_variable1: str | None
    call_variable2: str | None
    call_variable3: str | None
    call_variable4: str | None
    call_variable5: str | None
    call_variable6: str | None
    call_variable7: str | None
    call_variable8: str | None
    call_variable9: str | None
    call_variable10: str | None
    call_wrapup_data: str | None
    named_variables: tuple[NamedVar, ...]
    named_arrays: tuple[NamedArray, ...]
    cti_clients: tuple[CTIClient, ...]
    call_devices: tuple[CallDevice, ...]
    call_reference_id: bytes | None
    coc_connection_call_id: int | None
    coc_call_connection_device_id_type: ConnectionDeviceIDType | int | None
    coc_call_connection_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        call_type: CallType | int = 0,
        called_party_disposition: DispositionCode | int = 0,
        ani: str | None = None,
        user_to_user_info: bytes | None = None,
        dnis: str | None = None,
        dialed_number: str | None = None,
        caller_entered_digits: str | None = None,
        router_call_key_day: int | None = None,
        router_call_key_call_id: int | None = None,
        call_variable1: str | None = None,
        call_variable2: str | None = None,
        call_variable3: str | None = None,
        call_variable4: str | None = None,
        call_variable5: str | None = None,
        call_variable6: str | None = None,
        call_variable7: str | None = None,
        call_variable8: str | None = None,
        call_variable9: str | None = None,
        call_variable10: str | None = None,
        call_wrapup_data: str | None = None,
        named_variables: tuple[NamedVar, ...] = (),
        named_arrays: tuple[NamedArray, ...] = (),
        cti_clients: tuple[CTIClient, ...] = (),
        call_devices: tuple[CallDevice, ...] = (),
        call_reference_id: bytes | None = None,
        coc_connection_call_id: int | None = None,
        coc_call_connection_device_id_type: ConnectionDeviceIDType | int | None = None,
        coc_call_connection_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "call_type", call_type)
        _set(self, "called_party_disposition", called_party_disposition)
        _set(self, "ani", ani)
        _set(self, "user_to_user_info", user_to_user_info)
        _set(self, "dnis", dnis)
        _set(self, "dialed_number", dialed_number)
        _set(self, "caller_entered_digits", caller_entered_digits)
        _set(self, "router_call_key_day", router_call_key_day)
        _set(self, "router_call_key_call_id", router_call_key_call_id)
        _set(self, "call_variable1", call_variable1)
        _set(self, "call_variable2", call_variable2)
        _set(self, "call_variable3", call_variable3)
        _set(self, "call_variable4", call_variable4)
        _set(self, "call_variable5", call_variable5)
        _set(self, "call_variable6", call_variable6)
        _set(self, "call_variable7", call_variable7)
        _set(self, "call_variable8", call_variable8)
        _set(self, "call_variable9", call_variable9)
        _set(self, "call_variable10", call_variable10)
        _set(self, "call_wrapup_data", call_wrapup_data)
        _set(self, "named_variables", named_variables)
        _set(self, "named_arrays", named_arrays)
        _set(self, "cti_clients", cti_clients)
        _set(self, "call_devices", call_devices)
        _set(self, "call_reference_id", call_reference_id)
        _set(self, "coc_connection_call_id", coc_connection_call_id)
        _set(self, "coc_call_connection_device_id_type", coc_call_connection_device_id_type)
        _set(self, "coc_call_connection_device_id", coc_call_connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SNAPSHOT_CALL_CONF: Final = _w.builder(SnapshotCallConf)
_S_SNAPSHOT_CALL_CONF: Final = struct.Struct(">IHHHHHH")
_H_SNAPSHOT_CALL_CONF: Final = struct.Struct(">IIIHHHHHH")  # header and fixed part
_X_SNAPSHOT_CALL_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("CallType", "H", 14),
    ("NumCTIClients", "H", 16),
    ("NumCallDevices", "H", 18),
    ("NumNamedVariables", "H", 20),
    ("NumNamedArrays", "H", 22),
    ("CalledPartyDisposition", "H", 24),
)
_T_SNAPSHOT_CALL_CONF: Final[_w.FieldTable] = {
    8: (0, _w.STRING, False, "ANI"),
    9: (1, _w.UNSPEC, False, "UserToUserInfo"),
    10: (2, _w.STRING, False, "DNIS"),
    11: (3, _w.STRING, False, "DialedNumber"),
    12: (4, _w.STRING, False, "CallerEnteredDigits"),
    72: (5, _w.UINT, False, "RouterCallKeyDay"),
    73: (6, _w.UINT, False, "RouterCallKeyCallID"),
    13: (7, _w.STRING, False, "CallVariable1"),
    14: (8, _w.STRING, False, "CallVariable2"),
    15: (9, _w.STRING, False, "CallVariable3"),
    16: (10, _w.STRING, False, "CallVariable4"),
    17: (11, _w.STRING, False, "CallVariable5"),
    18: (12, _w.STRING, False, "CallVariable6"),
    19: (13, _w.STRING, False, "CallVariable7"),
    20: (14, _w.STRING, False, "CallVariable8"),
    21: (15, _w.STRING, False, "CallVariable9"),
    22: (16, _w.STRING, False, "CallVariable10"),
    46: (17, _w.STRING, False, "CallWrapupData"),
    82: (18, _w.NAMEDVAR, True, "NamedVariable"),
    83: (19, _w.NAMEDARRAY, True, "NamedArray"),
    23: (20, _w.STRING, True, "CTIClientSignature"),
    24: (21, _w.TIME, True, "CTIClientTimestamp"),
    56: (22, _w.UINT, True, "CallConnectionCallID"),
    57: (23, _w.USHORT, True, "CallConnectionDeviceIDType"),
    58: (24, _w.STRING, True, "CallConnectionDeviceID"),
    59: (25, _w.USHORT, True, "CallDeviceType"),
    60: (26, _w.STRING, True, "CallDeviceID"),
    61: (27, _w.USHORT, True, "CallDeviceConnectionState"),
    223: (28, _w.UNSPEC, False, "CallReferenceID"),
    229: (29, _w.UINT, False, "COCConnectionCallID"),
    230: (30, _w.USHORT, False, "COCCallConnectionDeviceIDType"),
    231: (31, _w.STRING, False, "COCCallConnectionDeviceID"),
}
_FAST_SNAPSHOT_CALL_CONF: Final = _fast_slots(
    {
        8: 0,
        10: 2,
        11: 3,
        12: 4,
        13: 7,
        14: 8,
        15: 9,
        16: 10,
        17: 11,
        18: 12,
        19: 13,
        20: 14,
        21: 15,
        22: 16,
        46: 17,
        231: 31,
        9: ~1,
        223: ~28,
    }
)
_INTS_SNAPSHOT_CALL_CONF: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    72: (5, _w.UNPACK_UINT, 4, False),
    73: (6, _w.UNPACK_UINT, 4, False),
    24: (21, _w.UNPACK_TIME, 4, True),
    56: (22, _w.UNPACK_UINT, 4, True),
    57: (23, _w.UNPACK_USHORT, 2, True),
    59: (25, _w.UNPACK_USHORT, 2, True),
    61: (27, _w.UNPACK_USHORT, 2, True),
    229: (29, _w.UNPACK_UINT, 4, False),
    230: (30, _w.UNPACK_USHORT, 2, False),
}


def _decode_snapshot_call_conf(buf: bytes, end: int) -> SnapshotCallConf:
    if end < 24:
        raise _w.truncated("SNAPSHOT_CALL_CONF", _X_SNAPSHOT_CALL_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 32
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag = buf[pos]
            start = pos + 2
            stop = start + buf[pos + 1]
            slot = _FAST_SNAPSHOT_CALL_CONF[tag]
            if slot is not None and stop > start:
                if slot >= 0:
                    if not buf[stop - 1] and vals[slot] is None:
                        vals[slot] = buf[start : stop - 1].decode()
                        pos = stop
                        continue
                elif vals[~slot] is None and stop <= end:
                    vals[~slot] = buf[start:stop]
                    pos = stop
                    continue
            else:
                number = _INTS_SNAPSHOT_CALL_CONF.get(tag)
                if number is not None and stop - start == number[2]:
                    if number[3]:  # a group's member: one value more
                        seen = vals[number[0]]
                        if seen is None:
                            vals[number[0]] = [number[1](buf, start)[0]]
                        else:
                            seen.append(number[1](buf, start)[0])
                        pos = stop
                        continue
                    if vals[number[0]] is None:
                        vals[number[0]] = number[1](buf, start)[0]
                        pos = stop
                        continue
            _field(
                buf,
                pos,
                start,
                stop,
                end,
                tag,
                vals,
                _T_SNAPSHOT_CALL_CONF,
                unknown,
                "SNAPSHOT_CALL_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 24, end, _T_SNAPSHOT_CALL_CONF, 32, "SNAPSHOT_CALL_CONF", _HEAD
        )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SNAPSHOT_CALL_CONF()
    (o.invoke_id, f1, f2, f3, f4, f5, f6) = _S_SNAPSHOT_CALL_CONF.unpack_from(buf, 8)
    o.call_type = _enum_CallType[f1]
    o.called_party_disposition = _enum_DispositionCode[f6]
    (
        o.ani,
        o.user_to_user_info,
        o.dnis,
        o.dialed_number,
        o.caller_entered_digits,
        o.router_call_key_day,
        o.router_call_key_call_id,
        o.call_variable1,
        o.call_variable2,
        o.call_variable3,
        o.call_variable4,
        o.call_variable5,
        o.call_variable6,
        o.call_variable7,
        o.call_variable8,
        o.call_variable9,
        o.call_variable10,
        o.call_wrapup_data,
        v18,
        v19,
        v20,
        v21,
        v22,
        v23,
        v24,
        v25,
        v26,
        v27,
        o.call_reference_id,
        o.coc_connection_call_id,
        v30,
        o.coc_call_connection_device_id,
    ) = vals
    count = f4
    if count == 0 and v18 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g18 = v18 or ()
        if len(g18) != count:
            raise _w.group_mismatch(
                "SNAPSHOT_CALL_CONF",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g18)},
                end,
            )
        o.named_variables = tuple(g18)
    count = f5
    if count == 0 and v19 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g19 = v19 or ()
        if len(g19) != count:
            raise _w.group_mismatch(
                "SNAPSHOT_CALL_CONF",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g19)},
                end,
            )
        o.named_arrays = tuple(g19)
    count = f2
    if count == 0 and v20 is None and v21 is None:
        o.cti_clients = ()  # the usual case: no entries
    else:
        g20 = v20 or ()
        g21 = v21 or ()
        if len(g20) != count or len(g21) != count:
            raise _w.group_mismatch(
                "SNAPSHOT_CALL_CONF",
                "CTIClients",
                "NumCTIClients",
                count,
                {"CTIClientSignature": len(g20), "CTIClientTimestamp": len(g21)},
                end,
            )
        o.cti_clients = tuple(map(_new_CTIClient, g20, g21))
    count = f3
    if (
        count == 0
        and v22 is None
        and v23 is None
        and v24 is None
        and v25 is None
        and v26 is None
        and v27 is None
    ):
        o.call_devices = ()  # the usual case: no entries
    else:
        g22 = v22 or ()
        g23 = [_enum_ConnectionDeviceIDType[x] for x in (v23 or ())]
        g24 = v24 or ()
        g25 = [_enum_DeviceIDType[x] for x in (v25 or ())]
        g26 = v26 or ()
        g27 = [_enum_LocalConnectionState[x] for x in (v27 or ())]
        if (
            len(g22) != count
            or len(g23) != count
            or len(g24) != count
            or len(g25) != count
            or len(g26) != count
            or len(g27) != count
        ):
            raise _w.group_mismatch(
                "SNAPSHOT_CALL_CONF",
                "CallDevices",
                "NumCallDevices",
                count,
                {
                    "CallConnectionCallID": len(g22),
                    "CallConnectionDeviceIDType": len(g23),
                    "CallConnectionDeviceID": len(g24),
                    "CallDeviceType": len(g25),
                    "CallDeviceID": len(g26),
                    "CallDeviceConnectionState": len(g27),
                },
                end,
            )
        o.call_devices = tuple(map(_new_CallDevice, g22, g23, g24, g25, g26, g27))
    o.coc_call_connection_device_id_type = (
        None if v30 is None else _enum_ConnectionDeviceIDType[v30]
    )
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SnapshotCallConf
    return o  # type: ignore[no-any-return]


def _careful_snapshot_call_conf(m: SnapshotCallConf) -> bytes:
    name = "SNAPSHOT_CALL_CONF"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    cti_clients = _w.check_group(m.cti_clients, CTIClient, 16, name, "CTIClients")
    call_devices = _w.check_group(m.call_devices, CallDevice, 16, name, "CallDevices")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_SNAPSHOT_CALL_CONF,
            _X_SNAPSHOT_CALL_CONF,
            name,
            m.invoke_id,
            m.call_type,
            len(cti_clients),
            len(call_devices),
            len(named_variables),
            len(named_arrays),
            m.called_party_disposition,
        )
    ]
    if m.ani is not None:
        part = _w.put(_w.STRING, 8, m.ani, 40, _WIDE, name, "ANI")
        parts.append(part)
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
        parts.append(part)
    if m.dnis is not None:
        part = _w.put(_w.STRING, 10, m.dnis, 32, _WIDE, name, "DNIS")
        parts.append(part)
    if m.dialed_number is not None:
        part = _w.put(_w.STRING, 11, m.dialed_number, 40, _WIDE, name, "DialedNumber")
        parts.append(part)
    if m.caller_entered_digits is not None:
        part = _w.put(
            _w.STRING, 12, m.caller_entered_digits, 40, _WIDE, name, "CallerEnteredDigits"
        )
        parts.append(part)
    if m.router_call_key_day is not None:
        part = _w.put(_w.UINT, 72, m.router_call_key_day, 4, _WIDE, name, "RouterCallKeyDay")
        parts.append(part)
    if m.router_call_key_call_id is not None:
        part = _w.put(_w.UINT, 73, m.router_call_key_call_id, 4, _WIDE, name, "RouterCallKeyCallID")
        parts.append(part)
    if m.call_variable1 is not None:
        part = _w.put(_w.STRING, 13, m.call_variable1, 41, _WIDE, name, "CallVariable1")
        parts.append(part)
    if m.call_variable2 is not None:
        part = _w.put(_w.STRING, 14, m.call_variable2, 41, _WIDE, name, "CallVariable2")
        parts.append(part)
    if m.call_variable3 is not None:
        part = _w.put(_w.STRING, 15, m.call_variable3, 41, _WIDE, name, "CallVariable3")
        parts.append(part)
    if m.call_variable4 is not None:
        part = _w.put(_w.STRING, 16, m.call_variable4, 41, _WIDE, name, "CallVariable4")
        parts.append(part)
    if m.call_variable5 is not None:
        part = _w.put(_w.STRING, 17, m.call_variable5, 41, _WIDE, name, "CallVariable5")
        parts.append(part)
    if m.call_variable6 is not None:
        part = _w.put(_w.STRING, 18, m.call_variable6, 41, _WIDE, name, "CallVariable6")
        parts.append(part)
    if m.call_variable7 is not None:
        part = _w.put(_w.STRING, 19, m.call_variable7, 41, _WIDE, name, "CallVariable7")
        parts.append(part)
    if m.call_variable8 is not None:
        part = _w.put(_w.STRING, 20, m.call_variable8, 41, _WIDE, name, "CallVariable8")
        parts.append(part)
    if m.call_variable9 is not None:
        part = _w.put(_w.STRING, 21, m.call_variable9, 41, _WIDE, name, "CallVariable9")
        parts.append(part)
    if m.call_variable10 is not None:
        part = _w.put(_w.STRING, 22, m.call_variable10, 41, _WIDE, name, "CallVariable10")
        parts.append(part)
    if m.call_wrapup_data is not None:
        part = _w.put(_w.STRING, 46, m.call_wrapup_data, 40, _WIDE, name, "CallWrapupData")
        parts.append(part)
    for value in named_variables:
        part = _w.put(_w.NAMEDVAR, 82, value, 251, _WIDE, name, "NamedVariable")
        named.append(part)
        parts.append(part)
    for value in named_arrays:
        part = _w.put(_w.NAMEDARRAY, 83, value, 252, _WIDE, name, "NamedArray")
        named.append(part)
        parts.append(part)
    for entry in cti_clients:
        parts.append(
            _w.put(_w.STRING, 23, entry.cti_client_signature, 64, _WIDE, name, "CTIClientSignature")
        )
        parts.append(
            _w.put(_w.TIME, 24, entry.cti_client_timestamp, 4, _WIDE, name, "CTIClientTimestamp")
        )
    for entry in call_devices:
        parts.append(
            _w.put(
                _w.UINT, 56, entry.call_connection_call_id, 4, _WIDE, name, "CallConnectionCallID"
            )
        )
        parts.append(
            _w.put(
                _w.USHORT,
                57,
                entry.call_connection_device_id_type,
                2,
                _WIDE,
                name,
                "CallConnectionDeviceIDType",
            )
        )
        parts.append(
            _w.put(
                _w.STRING,
                58,
                entry.call_connection_device_id,
                64,
                _WIDE,
                name,
                "CallConnectionDeviceID",
            )
        )
        parts.append(
            _w.put(_w.USHORT, 59, entry.call_device_type, 2, _WIDE, name, "CallDeviceType")
        )
        parts.append(_w.put(_w.STRING, 60, entry.call_device_id, 64, _WIDE, name, "CallDeviceID"))
        parts.append(
            _w.put(
                _w.USHORT,
                61,
                entry.call_device_connection_state,
                2,
                _WIDE,
                name,
                "CallDeviceConnectionState",
            )
        )
    if m.call_reference_id is not None:
        part = _w.put(_w.UNSPEC, 223, m.call_reference_id, 32, _WIDE, name, "CallReferenceID")
        parts.append(part)
    if m.coc_connection_call_id is not None:
        part = _w.put(_w.UINT, 229, m.coc_connection_call_id, 4, _WIDE, name, "COCConnectionCallID")
        parts.append(part)
    if m.coc_call_connection_device_id_type is not None:
        part = _w.put(
            _w.USHORT,
            230,
            m.coc_call_connection_device_id_type,
            2,
            _WIDE,
            name,
            "COCCallConnectionDeviceIDType",
        )
        parts.append(part)
    if m.coc_call_connection_device_id is not None:
        part = _w.put(
            _w.STRING,
            231,
            m.coc_call_connection_device_id,
            64,
            _WIDE,
            name,
            "COCCallConnectionDeviceID",
        )
        parts.append(part)
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(83, parts)


def _encode_snapshot_call_conf(m: SnapshotCallConf) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_snapshot_call_conf, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_snapshot_call_conf(m)
        named_variables = m.named_variables
        if type(named_variables) is not tuple or len(named_variables) > 65535:
            return _careful_snapshot_call_conf(m)
        named_arrays = m.named_arrays
        if named_arrays != ():
            return _careful_snapshot_call_conf(m)
        cti_clients = m.cti_clients
        if type(cti_clients) is not tuple or len(cti_clients) > 16:
            return _careful_snapshot_call_conf(m)
        call_devices = m.call_devices
        if type(call_devices) is not tuple or len(call_devices) > 16:
            return _careful_snapshot_call_conf(m)
        named = 0
        p: list[bytes] = []
        v0 = m.ani
        if v0 is not None:
            d = v0.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_snapshot_call_conf(m)
            p += (b"\x08", _w.LEN1[n], d, _NUL)
        v1 = m.user_to_user_info
        if v1 is not None:
            if type(v1) is not bytes or len(v1) > 131:
                return _careful_snapshot_call_conf(m)
            p += (b"\t", _w.LEN1[len(v1)], v1)
        v2 = m.dnis
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_snapshot_call_conf(m)
            p += (b"\n", _w.LEN1[n], d, _NUL)
        v3 = m.dialed_number
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_snapshot_call_conf(m)
            p += (b"\x0b", _w.LEN1[n], d, _NUL)
        v4 = m.caller_entered_digits
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_snapshot_call_conf(m)
            p += (b"\x0c", _w.LEN1[n], d, _NUL)
        v5 = m.router_call_key_day
        if v5 is not None:
            p += (b"H\x04", _w.PACK_UINT(v5))
        v6 = m.router_call_key_call_id
        if v6 is not None:
            p += (b"I\x04", _w.PACK_UINT(v6))
        v7 = m.call_variable1
        if v7 is not None:
            d = v7.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (b"\r", _w.LEN1[n], d, _NUL)
        v8 = m.call_variable2
        if v8 is not None:
            d = v8.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (b"\x0e", _w.LEN1[n], d, _NUL)
        v9 = m.call_variable3
        if v9 is not None:
            d = v9.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (b"\x0f", _w.LEN1[n], d, _NUL)
        v10 = m.call_variable4
        if v10 is not None:
            d = v10.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (b"\x10", _w.LEN1[n], d, _NUL)
        v11 = m.call_variable5
        if v11 is not None:
            d = v11.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (b"\x11", _w.LEN1[n], d, _NUL)
        v12 = m.call_variable6
        if v12 is not None:
            d = v12.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (b"\x12", _w.LEN1[n], d, _NUL)
        v13 = m.call_variable7
        if v13 is not None:
            d = v13.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (b"\x13", _w.LEN1[n], d, _NUL)
        v14 = m.call_variable8
        if v14 is not None:
            d = v14.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (b"\x14", _w.LEN1[n], d, _NUL)
        v15 = m.call_variable9
        if v15 is not None:
            d = v15.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (b"\x15", _w.LEN1[n], d, _NUL)
        v16 = m.call_variable10
        if v16 is not None:
            d = v16.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (b"\x16", _w.LEN1[n], d, _NUL)
        v17 = m.call_wrapup_data
        if v17 is not None:
            d = v17.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_snapshot_call_conf(m)
            p += (b".", _w.LEN1[n], d, _NUL)
        for v18 in named_variables:
            if type(v18) is not NamedVar:
                return _careful_snapshot_call_conf(m)
            d = v18.name.encode() + _NUL + v18.value.encode() + _NUL
            n = len(d)
            if n > 251:
                return _careful_snapshot_call_conf(m)
            named += n
            p += (b"R", _w.LEN1[n], d)
        for cti_clients_entry in cti_clients:
            if type(cti_clients_entry) is not CTIClient:
                return _careful_snapshot_call_conf(m)
            v20 = cti_clients_entry.cti_client_signature
            d = v20.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_snapshot_call_conf(m)
            p += (b"\x17", _w.LEN1[n], d, _NUL)
            v21 = cti_clients_entry.cti_client_timestamp
            p += (b"\x18\x04", _w.PACK_TIME(v21))
        for call_devices_entry in call_devices:
            if type(call_devices_entry) is not CallDevice:
                return _careful_snapshot_call_conf(m)
            v22 = call_devices_entry.call_connection_call_id
            p += (b"8\x04", _w.PACK_UINT(v22))
            v23 = call_devices_entry.call_connection_device_id_type
            p += (b"9\x02", _w.PACK_USHORT(v23))
            v24 = call_devices_entry.call_connection_device_id
            d = v24.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_snapshot_call_conf(m)
            p += (b":", _w.LEN1[n], d, _NUL)
            v25 = call_devices_entry.call_device_type
            p += (b";\x02", _w.PACK_USHORT(v25))
            v26 = call_devices_entry.call_device_id
            d = v26.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_snapshot_call_conf(m)
            p += (b"<", _w.LEN1[n], d, _NUL)
            v27 = call_devices_entry.call_device_connection_state
            p += (b"=\x02", _w.PACK_USHORT(v27))
        v28 = m.call_reference_id
        if v28 is not None:
            if type(v28) is not bytes or len(v28) > 32:
                return _careful_snapshot_call_conf(m)
            p += (b"\xdf", _w.LEN1[len(v28)], v28)
        v29 = m.coc_connection_call_id
        if v29 is not None:
            p += (b"\xe5\x04", _w.PACK_UINT(v29))
        v30 = m.coc_call_connection_device_id_type
        if v30 is not None:
            p += (b"\xe6\x02", _w.PACK_USHORT(v30))
        v31 = m.coc_call_connection_device_id
        if v31 is not None:
            d = v31.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_snapshot_call_conf(m)
            p += (b"\xe7", _w.LEN1[n], d, _NUL)
        if named > NAMED_DATA_LIMIT:
            return _careful_snapshot_call_conf(m)
        tail = b"".join(p)
        return (
            _H_SNAPSHOT_CALL_CONF.pack(
                16 + len(tail),
                83,
                m.invoke_id,
                m.call_type,
                len(cti_clients),
                len(call_devices),
                len(named_variables),
                len(named_arrays),
                m.called_party_disposition,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_snapshot_call_conf(m)


@value_class
class AgentTeamConfigEvent(GeneratedMessage):
    """Notification of passing the team member list.

    AGENT_TEAM_CONFIG_EVENT, MessageType 128, server to client.
    From: Application Level Interfaces (v25), AGENT_TEAM_CONFIG_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 128
    MESSAGE_NAME: ClassVar[str] = "AGENT_TEAM_CONFIG_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "peripheral_id",
        "team_id",
        "config_operation",
        "agent_team_name",
        "team_members",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "team_members": TeamMember,
    }

    peripheral_id: int
    team_id: int
    config_operation: int
    agent_team_name: str
    team_members: tuple[TeamMember, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        peripheral_id: int = 0,
        team_id: int = 0,
        config_operation: int = 0,
        agent_team_name: str,
        team_members: tuple[TeamMember, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "team_id", team_id)
        _set(self, "config_operation", config_operation)
        _set(self, "agent_team_name", agent_team_name)
        _set(self, "team_members", team_members)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_TEAM_CONFIG_EVENT: Final = _w.builder(AgentTeamConfigEvent)
_S_AGENT_TEAM_CONFIG_EVENT: Final = struct.Struct(">IIHH")
_H_AGENT_TEAM_CONFIG_EVENT: Final = struct.Struct(">IIIIHH")  # header and fixed part
_X_AGENT_TEAM_CONFIG_EVENT: Final[_w.FixedFields] = (
    ("PeripheralID", "I", 12),
    ("TeamID", "I", 16),
    ("NumberOfAgents", "H", 18),
    ("ConfigOperation", "H", 20),
)
_T_AGENT_TEAM_CONFIG_EVENT: Final[_w.FieldTable] = {
    243: (0, _w.STRING, False, "AgentTeamName"),
    86: (1, _w.STRING, True, "AtcAgentID"),
    87: (2, _w.USHORT, True, "AgentFlags"),
    88: (3, _w.USHORT, True, "AtcAgentState"),
    89: (4, _w.UINT, True, "AtcStateDuration"),
}
_FAST_AGENT_TEAM_CONFIG_EVENT: Final = _fast_slots(
    {
        243: 0,
    }
)
_INTS_AGENT_TEAM_CONFIG_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    87: (2, _w.UNPACK_USHORT, 2, True),
    88: (3, _w.UNPACK_USHORT, 2, True),
    89: (4, _w.UNPACK_UINT, 4, True),
}


def _decode_agent_team_config_event(buf: bytes, end: int) -> AgentTeamConfigEvent:
    if end < 20:
        raise _w.truncated("AGENT_TEAM_CONFIG_EVENT", _X_AGENT_TEAM_CONFIG_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 5
    unknown: list[UnknownField] = []
    pos = 20
    try:
        while pos < end:
            tag = buf[pos]
            start = pos + 2
            stop = start + buf[pos + 1]
            slot = _FAST_AGENT_TEAM_CONFIG_EVENT[tag]
            if slot is not None and stop > start:
                if slot >= 0:
                    if not buf[stop - 1] and vals[slot] is None:
                        vals[slot] = buf[start : stop - 1].decode()
                        pos = stop
                        continue
                elif vals[~slot] is None and stop <= end:
                    vals[~slot] = buf[start:stop]
                    pos = stop
                    continue
            else:
                number = _INTS_AGENT_TEAM_CONFIG_EVENT.get(tag)
                if number is not None and stop - start == number[2]:
                    if number[3]:  # a group's member: one value more
                        seen = vals[number[0]]
                        if seen is None:
                            vals[number[0]] = [number[1](buf, start)[0]]
                        else:
                            seen.append(number[1](buf, start)[0])
                        pos = stop
                        continue
                    if vals[number[0]] is None:
                        vals[number[0]] = number[1](buf, start)[0]
                        pos = stop
                        continue
            _field(
                buf,
                pos,
                start,
                stop,
                end,
                tag,
                vals,
                _T_AGENT_TEAM_CONFIG_EVENT,
                unknown,
                "AGENT_TEAM_CONFIG_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 20, end, _T_AGENT_TEAM_CONFIG_EVENT, 5, "AGENT_TEAM_CONFIG_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("AGENT_TEAM_CONFIG_EVENT", "AgentTeamName", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_AGENT_TEAM_CONFIG_EVENT()
    (o.peripheral_id, o.team_id, f2, o.config_operation) = _S_AGENT_TEAM_CONFIG_EVENT.unpack_from(
        buf, 8
    )
    (o.agent_team_name, v1, v2, v3, v4) = vals
    count = f2
    if count == 0 and v1 is None and v2 is None and v3 is None and v4 is None:
        o.team_members = ()  # the usual case: no entries
    else:
        g1 = v1 or ()
        g2 = v2 or ()
        g3 = [_enum_AgentState[x] for x in (v3 or ())]
        g4 = v4 or ()
        if len(g1) != count or len(g2) != count or len(g3) != count or len(g4) != count:
            raise _w.group_mismatch(
                "AGENT_TEAM_CONFIG_EVENT",
                "TeamMembers",
                "NumberOfAgents",
                count,
                {
                    "AtcAgentID": len(g1),
                    "AgentFlags": len(g2),
                    "AtcAgentState": len(g3),
                    "AtcStateDuration": len(g4),
                },
                end,
            )
        o.team_members = tuple(map(_new_TeamMember, g1, g2, g3, g4))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AgentTeamConfigEvent
    return o  # type: ignore[no-any-return]


def _careful_agent_team_config_event(m: AgentTeamConfigEvent) -> bytes:
    name = "AGENT_TEAM_CONFIG_EVENT"
    team_members = _w.check_group(m.team_members, TeamMember, 64, name, "TeamMembers")
    parts = [
        _w.pack_fixed(
            _S_AGENT_TEAM_CONFIG_EVENT,
            _X_AGENT_TEAM_CONFIG_EVENT,
            name,
            m.peripheral_id,
            m.team_id,
            len(team_members),
            m.config_operation,
        )
    ]
    parts.append(_w.put(_w.STRING, 243, m.agent_team_name, 32, _WIDE, name, "AgentTeamName"))
    for entry in team_members:
        parts.append(_w.put(_w.STRING, 86, entry.atc_agent_id, 12, _WIDE, name, "AtcAgentID"))
        parts.append(_w.put(_w.USHORT, 87, entry.agent_flags, 2, _WIDE, name, "AgentFlags"))
        parts.append(_w.put(_w.USHORT, 88, entry.atc_agent_state, 2, _WIDE, name, "AtcAgentState"))
        parts.append(
            _w.put(_w.UINT, 89, entry.atc_state_duration, 4, _WIDE, name, "AtcStateDuration")
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(128, parts)


def _encode_agent_team_config_event(m: AgentTeamConfigEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_agent_team_config_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_agent_team_config_event(m)
        team_members = m.team_members
        if type(team_members) is not tuple or len(team_members) > 64:
            return _careful_agent_team_config_event(m)
        p: list[bytes] = []
        v0 = m.agent_team_name
        d = v0.encode()
        n = len(d) + 1
        if n > 32:
            return _careful_agent_team_config_event(m)
        p += (b"\xf3", _w.LEN1[n], d, _NUL)
        for team_members_entry in team_members:
            if type(team_members_entry) is not TeamMember:
                return _careful_agent_team_config_event(m)
            v1 = team_members_entry.atc_agent_id
            d = v1.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_agent_team_config_event(m)
            p += (b"V", _w.LEN1[n], d, _NUL)
            v2 = team_members_entry.agent_flags
            p += (b"W\x02", _w.PACK_USHORT(v2))
            v3 = team_members_entry.atc_agent_state
            p += (b"X\x02", _w.PACK_USHORT(v3))
            v4 = team_members_entry.atc_state_duration
            p += (b"Y\x04", _w.PACK_UINT(v4))
        tail = b"".join(p)
        return (
            _H_AGENT_TEAM_CONFIG_EVENT.pack(
                12 + len(tail),
                128,
                m.peripheral_id,
                m.team_id,
                len(team_members),
                m.config_operation,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_agent_team_config_event(m)


@value_class
class SetDeviceAttributesReq(GeneratedMessage):
    """Request to set the default attributes of a calling device.

    SET_DEVICE_ATTRIBUTES_REQ, MessageType 141, client to server.
    From: Application Level Interfaces (v25), SET_DEVICE_ATTRIBUTES_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 141
    MESSAGE_NAME: ClassVar[str] = "SET_DEVICE_ATTRIBUTES_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "service_number",
        "service_id",
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
        "call_type",
        "calling_device_type",
        "calling_device_id",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    service_number: int
    service_id: int
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int
    call_type: CallType | int
    calling_device_type: DeviceIDType | int
    calling_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        service_number: int = 0,
        service_id: int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        skill_group_priority: int = 0,
        call_type: CallType | int = 0,
        calling_device_type: DeviceIDType | int = 0,
        calling_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "service_number", service_number)
        _set(self, "service_id", service_id)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)
        _set(self, "call_type", call_type)
        _set(self, "calling_device_type", calling_device_type)
        _set(self, "calling_device_id", calling_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SET_DEVICE_ATTRIBUTES_REQ: Final = _w.builder(SetDeviceAttributesReq)
_S_SET_DEVICE_ATTRIBUTES_REQ: Final = struct.Struct(">IIIIIIHHH")
_H_SET_DEVICE_ATTRIBUTES_REQ: Final = struct.Struct(">IIIIIIIIHHH")  # header and fixed part
_X_SET_DEVICE_ATTRIBUTES_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ServiceNumber", "I", 20),
    ("ServiceID", "I", 24),
    ("SkillGroupNumber", "I", 28),
    ("SkillGroupID", "I", 32),
    ("SkillGroupPriority", "H", 34),
    ("CallType", "H", 36),
    ("CallingDeviceType", "H", 38),
)
_T_SET_DEVICE_ATTRIBUTES_REQ: Final[_w.FieldTable] = {
    27: (0, _w.STRING, False, "CallingDeviceID"),
}
_FAST_SET_DEVICE_ATTRIBUTES_REQ: Final = _fast_slots(
    {
        27: 0,
    }
)


def _decode_set_device_attributes_req(buf: bytes, end: int) -> SetDeviceAttributesReq:
    if end < 38:
        raise _w.truncated("SET_DEVICE_ATTRIBUTES_REQ", _X_SET_DEVICE_ATTRIBUTES_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 38
    try:
        while pos < end:
            tag = buf[pos]
            start = pos + 2
            stop = start + buf[pos + 1]
            slot = _FAST_SET_DEVICE_ATTRIBUTES_REQ[tag]
            if slot is not None and stop > start:
                if slot >= 0:
                    if not buf[stop - 1] and vals[slot] is None:
                        vals[slot] = buf[start : stop - 1].decode()
                        pos = stop
                        continue
                elif vals[~slot] is None and stop <= end:
                    vals[~slot] = buf[start:stop]
                    pos = stop
                    continue
            _field(
                buf,
                pos,
                start,
                stop,
                end,
                tag,
                vals,
                _T_SET_DEVICE_ATTRIBUTES_REQ,
                unknown,
                "SET_DEVICE_ATTRIBUTES_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 38, end, _T_SET_DEVICE_ATTRIBUTES_REQ, 1, "SET_DEVICE_ATTRIBUTES_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("SET_DEVICE_ATTRIBUTES_REQ", "CallingDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SET_DEVICE_ATTRIBUTES_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        o.service_number,
        o.service_id,
        o.skill_group_number,
        o.skill_group_id,
        o.skill_group_priority,
        f7,
        f8,
    ) = _S_SET_DEVICE_ATTRIBUTES_REQ.unpack_from(buf, 8)
    o.call_type = _enum_CallType[f7]
    o.calling_device_type = _enum_DeviceIDType[f8]
    (o.calling_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetDeviceAttributesReq
    return o  # type: ignore[no-any-return]


def _careful_set_device_attributes_req(m: SetDeviceAttributesReq) -> bytes:
    name = "SET_DEVICE_ATTRIBUTES_REQ"
    parts = [
        _w.pack_fixed(
            _S_SET_DEVICE_ATTRIBUTES_REQ,
            _X_SET_DEVICE_ATTRIBUTES_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.service_number,
            m.service_id,
            m.skill_group_number,
            m.skill_group_id,
            m.skill_group_priority,
            m.call_type,
            m.calling_device_type,
        )
    ]
    parts.append(_w.put(_w.STRING, 27, m.calling_device_id, 64, _WIDE, name, "CallingDeviceID"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(141, parts)


def _encode_set_device_attributes_req(m: SetDeviceAttributesReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_set_device_attributes_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_set_device_attributes_req(m)
        p: list[bytes] = []
        v0 = m.calling_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_set_device_attributes_req(m)
        p += (b"\x1b", _w.LEN1[n], d, _NUL)
        tail = b"".join(p)
        return (
            _H_SET_DEVICE_ATTRIBUTES_REQ.pack(
                30 + len(tail),
                141,
                m.invoke_id,
                m.peripheral_id,
                m.service_number,
                m.service_id,
                m.skill_group_number,
                m.skill_group_id,
                m.skill_group_priority,
                m.call_type,
                m.calling_device_type,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_set_device_attributes_req(m)


MESSAGES: Final[Mapping[int, type[Message]]] = MappingProxyType(
    {
        1: FailureConf,
        2: FailureEvent,
        3: OpenReq,
        4: OpenConf,
        5: HeartbeatReq,
        6: HeartbeatConf,
        7: CloseReq,
        8: CloseConf,
        9: CallDeliveredEvent,
        10: CallEstablishedEvent,
        11: CallHeldEvent,
        12: CallRetrievedEvent,
        13: CallClearedEvent,
        14: CallConnectionClearedEvent,
        15: CallOriginatedEvent,
        16: CallFailedEvent,
        17: CallConferencedEvent,
        18: CallTransferredEvent,
        19: CallDivertedEvent,
        20: CallServiceInitiatedEvent,
        21: CallQueuedEvent,
        22: CallTranslationRouteEvent,
        23: BeginCallEvent,
        24: EndCallEvent,
        25: CallDataUpdateEvent,
        26: SetCallDataReq,
        27: SetCallDataConf,
        28: ReleaseCallReq,
        29: ReleaseCallConf,
        30: AgentStateEvent,
        31: SystemEvent,
        32: ClientEventReportReq,
        33: ClientEventReportConf,
        34: CallReachedNetworkEvent,
        35: ControlFailureConf,
        36: QueryAgentStateReq,
        37: QueryAgentStateConf,
        38: SetAgentStateReq,
        39: SetAgentStateConf,
        40: AlternateCallReq,
        41: AlternateCallConf,
        42: AnswerCallReq,
        43: AnswerCallConf,
        44: ClearCallReq,
        45: ClearCallConf,
        46: ClearConnectionReq,
        47: ClearConnectionConf,
        48: ConferenceCallReq,
        49: ConferenceCallConf,
        50: ConsultationCallReq,
        51: ConsultationCallConf,
        52: DeflectCallReq,
        53: DeflectCallConf,
        54: HoldCallReq,
        55: HoldCallConf,
        56: MakeCallReq,
        57: MakeCallConf,
        58: MakePredictiveCallReq,
        59: MakePredictiveCallConf,
        60: ReconnectCallReq,
        61: ReconnectCallConf,
        62: RetrieveCallReq,
        63: RetrieveCallConf,
        64: TransferCallReq,
        65: TransferCallConf,
        78: QueryDeviceInfoReq,
        79: QueryDeviceInfoConf,
        82: SnapshotCallReq,
        83: SnapshotCallConf,
        84: SnapshotDeviceReq,
        85: SnapshotDeviceConf,
        86: CallDequeuedEvent,
        91: SendDtmfSignalReq,
        92: SendDtmfSignalConf,
        93: MonitorStartReq,
        94: MonitorStartConf,
        95: MonitorStopReq,
        96: MonitorStopConf,
        97: ChangeMonitorMaskReq,
        98: ChangeMonitorMaskConf,
        99: ClientSessionOpenedEvent,
        100: ClientSessionClosedEvent,
        101: SessionMonitorStartReq,
        102: SessionMonitorStartConf,
        103: SessionMonitorStopReq,
        104: SessionMonitorStopConf,
        105: AgentPreCallEvent,
        106: AgentPreCallAbortEvent,
        107: UserMessageReq,
        108: UserMessageConf,
        109: UserMessageEvent,
        110: RegisterVariablesReq,
        111: RegisterVariablesConf,
        112: QueryAgentStatisticsReq,
        113: QueryAgentStatisticsConf,
        114: QuerySkillGroupStatisticsReq,
        115: QuerySkillGroupStatisticsConf,
        116: RtpStartedEvent,
        117: RtpStoppedEvent,
        118: SupervisorAssistReq,
        119: SupervisorAssistConf,
        121: EmergencyCallReq,
        122: EmergencyCallConf,
        123: EmergencyCallEvent,
        124: SuperviseCallReq,
        125: SuperviseCallConf,
        128: AgentTeamConfigEvent,
        129: SetAppDataReq,
        130: SetAppDataConf,
        131: AgentDeskSettingsReq,
        132: AgentDeskSettingsConf,
        133: ListAgentTeamReq,
        134: ListAgentTeamConf,
        135: MonitorAgentTeamStartReq,
        136: MonitorAgentTeamStartConf,
        137: MonitorAgentTeamStopReq,
        138: MonitorAgentTeamStopConf,
        139: BadCallReq,
        140: BadCallConf,
        141: SetDeviceAttributesReq,
        142: SetDeviceAttributesConf,
        143: RegisterServiceReq,
        144: RegisterServiceConf,
        145: UnregisterServiceReq,
        146: UnregisterServiceConf,
        147: StartRecordingReq,
        148: StartRecordingConf,
        149: StopRecordingReq,
        150: StopRecordingConf,
        240: CallAttributeChangeEvent,
        248: CallAgentGreetingEvent,
        249: AgentGreetingControlReq,
        250: AgentGreetingControlConf,
    }
)
"""The message classes of this version by MessageType."""

MESSAGE_NAMES: Final[Mapping[int, str]] = MappingProxyType(
    {
        1: "FAILURE_CONF",
        2: "FAILURE_EVENT",
        3: "OPEN_REQ",
        4: "OPEN_CONF",
        5: "HEARTBEAT_REQ",
        6: "HEARTBEAT_CONF",
        7: "CLOSE_REQ",
        8: "CLOSE_CONF",
        9: "CALL_DELIVERED_EVENT",
        10: "CALL_ESTABLISHED_EVENT",
        11: "CALL_HELD_EVENT",
        12: "CALL_RETRIEVED_EVENT",
        13: "CALL_CLEARED_EVENT",
        14: "CALL_CONNECTION_CLEARED_EVENT",
        15: "CALL_ORIGINATED_EVENT",
        16: "CALL_FAILED_EVENT",
        17: "CALL_CONFERENCED_EVENT",
        18: "CALL_TRANSFERRED_EVENT",
        19: "CALL_DIVERTED_EVENT",
        20: "CALL_SERVICE_INITIATED_EVENT",
        21: "CALL_QUEUED_EVENT",
        22: "CALL_TRANSLATION_ROUTE_EVENT",
        23: "BEGIN_CALL_EVENT",
        24: "END_CALL_EVENT",
        25: "CALL_DATA_UPDATE_EVENT",
        26: "SET_CALL_DATA_REQ",
        27: "SET_CALL_DATA_CONF",
        28: "RELEASE_CALL_REQ",
        29: "RELEASE_CALL_CONF",
        30: "AGENT_STATE_EVENT",
        31: "SYSTEM_EVENT",
        32: "CLIENT_EVENT_REPORT_REQ",
        33: "CLIENT_EVENT_REPORT_CONF",
        34: "CALL_REACHED_NETWORK_EVENT",
        35: "CONTROL_FAILURE_CONF",
        36: "QUERY_AGENT_STATE_REQ",
        37: "QUERY_AGENT_STATE_CONF",
        38: "SET_AGENT_STATE_REQ",
        39: "SET_AGENT_STATE_CONF",
        40: "ALTERNATE_CALL_REQ",
        41: "ALTERNATE_CALL_CONF",
        42: "ANSWER_CALL_REQ",
        43: "ANSWER_CALL_CONF",
        44: "CLEAR_CALL_REQ",
        45: "CLEAR_CALL_CONF",
        46: "CLEAR_CONNECTION_REQ",
        47: "CLEAR_CONNECTION_CONF",
        48: "CONFERENCE_CALL_REQ",
        49: "CONFERENCE_CALL_CONF",
        50: "CONSULTATION_CALL_REQ",
        51: "CONSULTATION_CALL_CONF",
        52: "DEFLECT_CALL_REQ",
        53: "DEFLECT_CALL_CONF",
        54: "HOLD_CALL_REQ",
        55: "HOLD_CALL_CONF",
        56: "MAKE_CALL_REQ",
        57: "MAKE_CALL_CONF",
        58: "MAKE_PREDICTIVE_CALL_REQ",
        59: "MAKE_PREDICTIVE_CALL_CONF",
        60: "RECONNECT_CALL_REQ",
        61: "RECONNECT_CALL_CONF",
        62: "RETRIEVE_CALL_REQ",
        63: "RETRIEVE_CALL_CONF",
        64: "TRANSFER_CALL_REQ",
        65: "TRANSFER_CALL_CONF",
        78: "QUERY_DEVICE_INFO_REQ",
        79: "QUERY_DEVICE_INFO_CONF",
        82: "SNAPSHOT_CALL_REQ",
        83: "SNAPSHOT_CALL_CONF",
        84: "SNAPSHOT_DEVICE_REQ",
        85: "SNAPSHOT_DEVICE_CONF",
        86: "CALL_DEQUEUED_EVENT",
        91: "SEND_DTMF_SIGNAL_REQ",
        92: "SEND_DTMF_SIGNAL_CONF",
        93: "MONITOR_START_REQ",
        94: "MONITOR_START_CONF",
        95: "MONITOR_STOP_REQ",
        96: "MONITOR_STOP_CONF",
        97: "CHANGE_MONITOR_MASK_REQ",
        98: "CHANGE_MONITOR_MASK_CONF",
        99: "CLIENT_SESSION_OPENED_EVENT",
        100: "CLIENT_SESSION_CLOSED_EVENT",
        101: "SESSION_MONITOR_START_REQ",
        102: "SESSION_MONITOR_START_CONF",
        103: "SESSION_MONITOR_STOP_REQ",
        104: "SESSION_MONITOR_STOP_CONF",
        105: "AGENT_PRE_CALL_EVENT",
        106: "AGENT_PRE_CALL_ABORT_EVENT",
        107: "USER_MESSAGE_REQ",
        108: "USER_MESSAGE_CONF",
        109: "USER_MESSAGE_EVENT",
        110: "REGISTER_VARIABLES_REQ",
        111: "REGISTER_VARIABLES_CONF",
        112: "QUERY_AGENT_STATISTICS_REQ",
        113: "QUERY_AGENT_STATISTICS_CONF",
        114: "QUERY_SKILL_GROUP_STATISTICS_REQ",
        115: "QUERY_SKILL_GROUP_STATISTICS_CONF",
        116: "RTP_STARTED_EVENT",
        117: "RTP_STOPPED_EVENT",
        118: "SUPERVISOR_ASSIST_REQ",
        119: "SUPERVISOR_ASSIST_CONF",
        120: "SUPERVISOR_ASSIST_EVENT",
        121: "EMERGENCY_CALL_REQ",
        122: "EMERGENCY_CALL_CONF",
        123: "EMERGENCY_CALL_EVENT",
        124: "SUPERVISE_CALL_REQ",
        125: "SUPERVISE_CALL_CONF",
        126: "AGENT_TEAM_CONFIG_REQ",
        127: "AGENT_TEAM_CONFIG_CONF",
        128: "AGENT_TEAM_CONFIG_EVENT",
        129: "SET_APP_DATA_REQ",
        130: "SET_APP_DATA_CONF",
        131: "AGENT_DESK_SETTINGS_REQ",
        132: "AGENT_DESK_SETTINGS_CONF",
        133: "LIST_AGENT_TEAM_REQ",
        134: "LIST_AGENT_TEAM_CONF",
        135: "MONITOR_AGENT_TEAM_START_REQ",
        136: "MONITOR_AGENT_TEAM_START_CONF",
        137: "MONITOR_AGENT_TEAM_STOP_REQ",
        138: "MONITOR_AGENT_TEAM_STOP_CONF",
        139: "BAD_CALL_REQ",
        140: "BAD_CALL_CONF",
        141: "SET_DEVICE_ATTRIBUTES_REQ",
        142: "SET_DEVICE_ATTRIBUTES_CONF",
        143: "REGISTER_SERVICE_REQ",
        144: "REGISTER_SERVICE_CONF",
        145: "UNREGISTER_SERVICE_REQ",
        146: "UNREGISTER_SERVICE_CONF",
        147: "START_RECORDING_REQ",
        148: "START_RECORDING_CONF",
        149: "STOP_RECORDING_REQ",
        150: "STOP_RECORDING_CONF",
        151: "MEDIA_LOGIN_REQ",
        152: "MEDIA_LOGIN_RESP",
        153: "MEDIA_LOGOUT_IND",
        154: "MAKE_AGENT_ROUTABLE_IND",
        155: "MAKE_AGENT_NOT_ROUTABLE_REQ",
        156: "MAKE_AGENT_NOT_ROUTABLE_RESP",
        157: "MAKE_AGENT_READY_IND",
        158: "MAKE_AGENT_NOT_READY_REQ",
        159: "MAKE_AGENT_NOT_READY_RESP",
        160: "OFFER_TASK_IND",
        161: "OFFER_APPLICATION_TASK_REQ",
        162: "OFFER_APPLICATION_TASK_RESP",
        163: "START_TASK_IND",
        164: "START_APPLICATION_TASK_REQ",
        165: "START_APPLICATION_TASK_RESP",
        166: "PAUSE_TASK_IND",
        167: "RESUME_TASK_IND",
        168: "WRAPUP_TASK_IND",
        169: "END_TASK_IND",
        170: "AGENT_MADE_NOT_ROUTABLE_EVENT",
        171: "AGENT_INTERRUPT_ADVISORY_EVENT",
        172: "AGENT_INTERRUPT_ACCEPTED_IND",
        173: "AGENT_INTERRUPT_UNACCEPTED_IND",
        174: "AGENT_INTERRUPT_DONE_ADVISORY_EVENT",
        175: "AGENT_INTERRUPT_DONE_ACCEPTED_IND",
        176: "CHANGE_MAX_TASK_LIMIT_REQ",
        177: "CHANGE_MAX_TASK_LIMIT_RESP",
        178: "OVERRIDE_LIMIT_REQ",
        179: "OVERRIDE_LIMIT_RESP",
        180: "UPDATE_TASK_CONTEXT_IND",
        181: "BEGIN_AGENT_INIT_IND",
        182: "AGENT_INIT_REQ",
        183: "AGENT_INIT_RESP",
        184: "END_AGENT_INIT_IND",
        185: "TASK_INIT_IND",
        186: "AGENT_INIT_READY_EVENT",
        187: "GET_PRECALL_MESSAGES_REQ",
        188: "GET_PRECALL_MESSAGES_RESP",
        189: "AGENT_LEGACY_PRE_CALL_EVENT",
        190: "FAILURE_RESP",
        191: "BEGIN_TASK_EVENT",
        192: "QUEUED_TASK_EVENT",
        193: "DEQUEUED_TASK_EVENT",
        194: "OFFER_TASK_EVENT",
        195: "START_TASK_EVENT",
        196: "PAUSE_TASK_EVENT",
        197: "RESUME_TASK_EVENT",
        198: "WRAPUP_TASK_EVENT",
        199: "END_TASK_EVENT",
        200: "TASK_DATA_UPDATE_EVENT",
        201: "TASK_MONITOR_START_REQ",
        202: "TASK_MONITOR_START_CONF",
        203: "TASK_MONITOR_STOP_REQ",
        204: "TASK_MONITOR_STOP_CONF",
        205: "CHANGE_TASK_MONITOR_MASK_REQ",
        206: "CHANGE_TASK_MONITOR_MASK_CONF",
        207: "MAX_TASK_LIFETIME_EXCEEDED_EVENT",
        208: "SET_APP_PATH_DATA_IND",
        209: "TASK_INIT_REQ",
        210: "TASK_INIT_RESP",
        211: "ROUTE_REGISTER_EVENT",
        212: "ROUTE_REGISTER_REPLY_EVENT",
        213: "ROUTE_REQUEST_EVENT",
        214: "ROUTE_SELECT_EVENT",
        215: "ROUTE_END_EVENT",
        236: "TEAM_CONFIG_REQ",
        237: "TEAM_CONFIG_EVENT",
        238: "TEAM_CONFIG_CONF",
        240: "CALL_ATTRIBUTE_CHANGE_EVENT",
        247: "CALL_TERMINATION_EVENT",
        248: "CALL_AGENT_GREETING_EVENT",
        249: "AGENT_GREETING_CONTROL_REQ",
        250: "AGENT_GREETING_CONTROL_CONF",
    }
)
"""Every MessageType this version names, including those whose format the reference does not
give (they decode to UnknownMessage)."""

_DECODERS: Final[dict[int, _w.Decoder]] = {
    1: _decode_failure_conf,
    2: _decode_failure_event,
    3: _decode_open_req,
    4: _decode_open_conf,
    5: _decode_heartbeat_req,
    6: _decode_heartbeat_conf,
    7: _decode_close_req,
    8: _decode_close_conf,
    9: _decode_call_delivered_event,
    10: _decode_call_established_event,
    11: _decode_call_held_event,
    12: _decode_call_retrieved_event,
    13: _decode_call_cleared_event,
    14: _decode_call_connection_cleared_event,
    15: _decode_call_originated_event,
    16: _decode_call_failed_event,
    17: _decode_call_conferenced_event,
    18: _decode_call_transferred_event,
    19: _decode_call_diverted_event,
    20: _decode_call_service_initiated_event,
    21: _decode_call_queued_event,
    22: _decode_call_translation_route_event,
    23: _decode_begin_call_event,
    24: _decode_end_call_event,
    25: _decode_call_data_update_event,
    26: _decode_set_call_data_req,
    27: _decode_set_call_data_conf,
    28: _decode_release_call_req,
    29: _decode_release_call_conf,
    30: _decode_agent_state_event,
    31: _decode_system_event,
    32: _decode_client_event_report_req,
    33: _decode_client_event_report_conf,
    34: _decode_call_reached_network_event,
    35: _decode_control_failure_conf,
    36: _decode_query_agent_state_req,
    37: _decode_query_agent_state_conf,
    38: _decode_set_agent_state_req,
    39: _decode_set_agent_state_conf,
    40: _decode_alternate_call_req,
    41: _decode_alternate_call_conf,
    42: _decode_answer_call_req,
    43: _decode_answer_call_conf,
    44: _decode_clear_call_req,
    45: _decode_clear_call_conf,
    46: _decode_clear_connection_req,
    47: _decode_clear_connection_conf,
    48: _decode_conference_call_req,
    49: _decode_conference_call_conf,
    50: _decode_consultation_call_req,
    51: _decode_consultation_call_conf,
    52: _decode_deflect_call_req,
    53: _decode_deflect_call_conf,
    54: _decode_hold_call_req,
    55: _decode_hold_call_conf,
    56: _decode_make_call_req,
    57: _decode_make_call_conf,
    58: _decode_make_predictive_call_req,
    59: _decode_make_predictive_call_conf,
    60: _decode_reconnect_call_req,
    61: _decode_reconnect_call_conf,
    62: _decode_retrieve_call_req,
    63: _decode_retrieve_call_conf,
    64: _decode_transfer_call_req,
    65: _decode_transfer_call_conf,
    78: _decode_query_device_info_req,
    79: _decode_query_device_info_conf,
    82: _decode_snapshot_call_req,
    83: _decode_snapshot_call_conf,
    84: _decode_snapshot_device_req,
    85: _decode_snapshot_device_conf,
    86: _decode_call_dequeued_event,
    91: _decode_send_dtmf_signal_req,
    92: _decode_send_dtmf_signal_conf,
    93: _decode_monitor_start_req,
    94: _decode_monitor_start_conf,
    95: _decode_monitor_stop_req,
    96: _decode_monitor_stop_conf,
    97: _decode_change_monitor_mask_req,
    98: _decode_change_monitor_mask_conf,
    99: _decode_client_session_opened_event,
    100: _decode_client_session_closed_event,
    101: _decode_session_monitor_start_req,
    102: _decode_session_monitor_start_conf,
    103: _decode_session_monitor_stop_req,
    104: _decode_session_monitor_stop_conf,
    105: _decode_agent_pre_call_event,
    106: _decode_agent_pre_call_abort_event,
    107: _decode_user_message_req,
    108: _decode_user_message_conf,
    109: _decode_user_message_event,
    110: _decode_register_variables_req,
    111: _decode_register_variables_conf,
    112: _decode_query_agent_statistics_req,
    113: _decode_query_agent_statistics_conf,
    114: _decode_query_skill_group_statistics_req,
    115: _decode_query_skill_group_statistics_conf,
    116: _decode_rtp_started_event,
    117: _decode_rtp_stopped_event,
    118: _decode_supervisor_assist_req,
    119: _decode_supervisor_assist_conf,
    121: _decode_emergency_call_req,
    122: _decode_emergency_call_conf,
    123: _decode_emergency_call_event,
    124: _decode_supervise_call_req,
    125: _decode_supervise_call_conf,
    128: _decode_agent_team_config_event,
    129: _decode_set_app_data_req,
    130: _decode_set_app_data_conf,
    131: _decode_agent_desk_settings_req,
    132: _decode_agent_desk_settings_conf,
    133: _decode_list_agent_team_req,
    134: _decode_list_agent_team_conf,
    135: _decode_monitor_agent_team_start_req,
    136: _decode_monitor_agent_team_start_conf,
    137: _decode_monitor_agent_team_stop_req,
    138: _decode_monitor_agent_team_stop_conf,
    139: _decode_bad_call_req,
    140: _decode_bad_call_conf,
    141: _decode_set_device_attributes_req,
    142: _decode_set_device_attributes_conf,
    143: _decode_register_service_req,
    144: _decode_register_service_conf,
    145: _decode_unregister_service_req,
    146: _decode_unregister_service_conf,
    147: _decode_start_recording_req,
    148: _decode_start_recording_conf,
    149: _decode_stop_recording_req,
    150: _decode_stop_recording_conf,
    240: _decode_call_attribute_change_event,
    248: _decode_call_agent_greeting_event,
    249: _decode_agent_greeting_control_req,
    250: _decode_agent_greeting_control_conf,
}
_ENCODERS: Final[dict[type, Callable[[Any], bytes]]] = {
    FailureConf: _encode_failure_conf,
    FailureEvent: _encode_failure_event,
    OpenReq: _encode_open_req,
    OpenConf: _encode_open_conf,
    HeartbeatReq: _encode_heartbeat_req,
    HeartbeatConf: _encode_heartbeat_conf,
    CloseReq: _encode_close_req,
    CloseConf: _encode_close_conf,
    CallDeliveredEvent: _encode_call_delivered_event,
    CallEstablishedEvent: _encode_call_established_event,
    CallHeldEvent: _encode_call_held_event,
    CallRetrievedEvent: _encode_call_retrieved_event,
    CallClearedEvent: _encode_call_cleared_event,
    CallConnectionClearedEvent: _encode_call_connection_cleared_event,
    CallOriginatedEvent: _encode_call_originated_event,
    CallFailedEvent: _encode_call_failed_event,
    CallConferencedEvent: _encode_call_conferenced_event,
    CallTransferredEvent: _encode_call_transferred_event,
    CallDivertedEvent: _encode_call_diverted_event,
    CallServiceInitiatedEvent: _encode_call_service_initiated_event,
    CallQueuedEvent: _encode_call_queued_event,
    CallTranslationRouteEvent: _encode_call_translation_route_event,
    BeginCallEvent: _encode_begin_call_event,
    EndCallEvent: _encode_end_call_event,
    CallDataUpdateEvent: _encode_call_data_update_event,
    SetCallDataReq: _encode_set_call_data_req,
    SetCallDataConf: _encode_set_call_data_conf,
    ReleaseCallReq: _encode_release_call_req,
    ReleaseCallConf: _encode_release_call_conf,
    AgentStateEvent: _encode_agent_state_event,
    SystemEvent: _encode_system_event,
    ClientEventReportReq: _encode_client_event_report_req,
    ClientEventReportConf: _encode_client_event_report_conf,
    CallReachedNetworkEvent: _encode_call_reached_network_event,
    ControlFailureConf: _encode_control_failure_conf,
    QueryAgentStateReq: _encode_query_agent_state_req,
    QueryAgentStateConf: _encode_query_agent_state_conf,
    SetAgentStateReq: _encode_set_agent_state_req,
    SetAgentStateConf: _encode_set_agent_state_conf,
    AlternateCallReq: _encode_alternate_call_req,
    AlternateCallConf: _encode_alternate_call_conf,
    AnswerCallReq: _encode_answer_call_req,
    AnswerCallConf: _encode_answer_call_conf,
    ClearCallReq: _encode_clear_call_req,
    ClearCallConf: _encode_clear_call_conf,
    ClearConnectionReq: _encode_clear_connection_req,
    ClearConnectionConf: _encode_clear_connection_conf,
    ConferenceCallReq: _encode_conference_call_req,
    ConferenceCallConf: _encode_conference_call_conf,
    ConsultationCallReq: _encode_consultation_call_req,
    ConsultationCallConf: _encode_consultation_call_conf,
    DeflectCallReq: _encode_deflect_call_req,
    DeflectCallConf: _encode_deflect_call_conf,
    HoldCallReq: _encode_hold_call_req,
    HoldCallConf: _encode_hold_call_conf,
    MakeCallReq: _encode_make_call_req,
    MakeCallConf: _encode_make_call_conf,
    MakePredictiveCallReq: _encode_make_predictive_call_req,
    MakePredictiveCallConf: _encode_make_predictive_call_conf,
    ReconnectCallReq: _encode_reconnect_call_req,
    ReconnectCallConf: _encode_reconnect_call_conf,
    RetrieveCallReq: _encode_retrieve_call_req,
    RetrieveCallConf: _encode_retrieve_call_conf,
    TransferCallReq: _encode_transfer_call_req,
    TransferCallConf: _encode_transfer_call_conf,
    QueryDeviceInfoReq: _encode_query_device_info_req,
    QueryDeviceInfoConf: _encode_query_device_info_conf,
    SnapshotCallReq: _encode_snapshot_call_req,
    SnapshotCallConf: _encode_snapshot_call_conf,
    SnapshotDeviceReq: _encode_snapshot_device_req,
    SnapshotDeviceConf: _encode_snapshot_device_conf,
    CallDequeuedEvent: _encode_call_dequeued_event,
    SendDtmfSignalReq: _encode_send_dtmf_signal_req,
    SendDtmfSignalConf: _encode_send_dtmf_signal_conf,
    MonitorStartReq: _encode_monitor_start_req,
    MonitorStartConf: _encode_monitor_start_conf,
    MonitorStopReq: _encode_monitor_stop_req,
    MonitorStopConf: _encode_monitor_stop_conf,
    ChangeMonitorMaskReq: _encode_change_monitor_mask_req,
    ChangeMonitorMaskConf: _encode_change_monitor_mask_conf,
    ClientSessionOpenedEvent: _encode_client_session_opened_event,
    ClientSessionClosedEvent: _encode_client_session_closed_event,
    SessionMonitorStartReq: _encode_session_monitor_start_req,
    SessionMonitorStartConf: _encode_session_monitor_start_conf,
    SessionMonitorStopReq: _encode_session_monitor_stop_req,
    SessionMonitorStopConf: _encode_session_monitor_stop_conf,
    AgentPreCallEvent: _encode_agent_pre_call_event,
    AgentPreCallAbortEvent: _encode_agent_pre_call_abort_event,
    UserMessageReq: _encode_user_message_req,
    UserMessageConf: _encode_user_message_conf,
    UserMessageEvent: _encode_user_message_event,
    RegisterVariablesReq: _encode_register_variables_req,
    RegisterVariablesConf: _encode_register_variables_conf,
    QueryAgentStatisticsReq: _encode_query_agent_statistics_req,
    QueryAgentStatisticsConf: _encode_query_agent_statistics_conf,
    QuerySkillGroupStatisticsReq: _encode_query_skill_group_statistics_req,
    QuerySkillGroupStatisticsConf: _encode_query_skill_group_statistics_conf,
    RtpStartedEvent: _encode_rtp_started_event,
    RtpStoppedEvent: _encode_rtp_stopped_event,
    SupervisorAssistReq: _encode_supervisor_assist_req,
    SupervisorAssistConf: _encode_supervisor_assist_conf,
    EmergencyCallReq: _encode_emergency_call_req,
    EmergencyCallConf: _encode_emergency_call_conf,
    EmergencyCallEvent: _encode_emergency_call_event,
    SuperviseCallReq: _encode_supervise_call_req,
    SuperviseCallConf: _encode_supervise_call_conf,
    AgentTeamConfigEvent: _encode_agent_team_config_event,
    SetAppDataReq: _encode_set_app_data_req,
    SetAppDataConf: _encode_set_app_data_conf,
    AgentDeskSettingsReq: _encode_agent_desk_settings_req,
    AgentDeskSettingsConf: _encode_agent_desk_settings_conf,
    ListAgentTeamReq: _encode_list_agent_team_req,
    ListAgentTeamConf: _encode_list_agent_team_conf,
    MonitorAgentTeamStartReq: _encode_monitor_agent_team_start_req,
    MonitorAgentTeamStartConf: _encode_monitor_agent_team_start_conf,
    MonitorAgentTeamStopReq: _encode_monitor_agent_team_stop_req,
    MonitorAgentTeamStopConf: _encode_monitor_agent_team_stop_conf,
    BadCallReq: _encode_bad_call_req,
    BadCallConf: _encode_bad_call_conf,
    SetDeviceAttributesReq: _encode_set_device_attributes_req,
    SetDeviceAttributesConf: _encode_set_device_attributes_conf,
    RegisterServiceReq: _encode_register_service_req,
    RegisterServiceConf: _encode_register_service_conf,
    UnregisterServiceReq: _encode_unregister_service_req,
    UnregisterServiceConf: _encode_unregister_service_conf,
    StartRecordingReq: _encode_start_recording_req,
    StartRecordingConf: _encode_start_recording_conf,
    StopRecordingReq: _encode_stop_recording_req,
    StopRecordingConf: _encode_stop_recording_conf,
    CallAttributeChangeEvent: _encode_call_attribute_change_event,
    CallAgentGreetingEvent: _encode_call_agent_greeting_event,
    AgentGreetingControlReq: _encode_agent_greeting_control_req,
    AgentGreetingControlConf: _encode_agent_greeting_control_conf,
}


_header: Final = struct.Struct(">II").unpack_from
# MessageType -> decoder (or None), a tuple: indexing one is faster than a dict lookup.
_BY_TYPE: Final[tuple[_w.Decoder | None, ...]] = tuple(
    map(_DECODERS.get, range(max(_DECODERS) + 1))
)


def decode(frame: bytes | bytearray | memoryview) -> Message:
    """Decode one frame (the 8-byte header and the body) into its message.

    A MessageType this version does not define decodes to :class:`UnknownMessage`. Malformed
    bytes raise :class:`ctiwire.DecodeError` naming the message, field and byte offset.
    """
    buf = frame if type(frame) is bytes else bytes(frame)
    decoder: _w.Decoder | None
    # The common case inline; anything unusual (a short header, an unknown type, a length that
    # does not match, any error) takes the slow path, which names the problem.
    try:
        length, message_type = _header(buf)
        decoder = _BY_TYPE[message_type]
    except (struct.error, IndexError):
        decoder = None
    if decoder is not None and length + 8 == len(buf) <= MAX_MESSAGE_SIZE:
        return decoder(buf, length + 8)
    return _w.decode_frame(buf, _DECODERS, MAX_MESSAGE_SIZE)


def encode(message: Message) -> bytes:
    """Encode a message into one frame (header included).

    A decoded message encodes to the very frame it was decoded from. Values that cannot be put
    on the wire, or break a limit of the guide, raise :class:`ctiwire.EncodeError`.
    """
    encoder = _ENCODERS.get(type(message))
    if encoder is not None:
        frame = message._frame
        if frame is not None:
            return frame
        frame = encoder(message)
    elif isinstance(message, UnknownMessage):
        frame = _w.frame(message.message_type, (message.body,))
    else:
        raise EncodeError(
            f"{type(message).__name__} is not a Protocol Version 16 message",
            message=type(message).__name__,
        )
    if len(frame) > MAX_MESSAGE_SIZE:
        raise _w.too_long(frame, message.MESSAGE_NAME, MAX_MESSAGE_SIZE)
    return frame


def frame_decoder() -> FrameDecoder:
    """A :class:`ctiwire.FrameDecoder` bounded by this version's largest message."""
    return FrameDecoder(MAX_MESSAGE_SIZE)

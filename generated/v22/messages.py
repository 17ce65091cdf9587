"""Messages of CTI Server Protocol Version 22: classes, decoders and encoders.

Generated from spec/ by ``python -m codegen``: do not edit.

A message whose definition is the same as in an earlier version (same fields, same wire format)
is not repeated: it is imported from the first version that has it, so ``ctiwire.v22`` and
that version share the class. What is defined below is new or different in Version 22.
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
from ctiwire.v20.messages import (
    AgentDeskSettingsConf,
    AgentDeskSettingsReq,
    AgentGreetingControlConf,
    AgentGreetingControlReq,
    AgentPreCallAbortEvent,
    AgentPreCallEvent,
    AgentSkillGroup,
    AgentTeamConfigEvent,
    AlternateCallConf,
    AlternateCallReq,
    AnswerCallConf,
    AnswerCallReq,
    BadCallConf,
    BadCallReq,
    BeginCallEvent,
    CallAgentGreetingEvent,
    CallAttributeChangeEvent,
    CallClearedEvent,
    CallConferencedEvent,
    CallConnectionClearedEvent,
    CallDataUpdateEvent,
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
    ConfigCallTypeEvent,
    ConfigCallTypeRecord,
    ConfigDeviceEvent,
    ConfigDeviceRecord,
    ConfigEndEvent,
    ConfigMrdEvent,
    ConfigMrdRecord,
    ConfigRequestKeyEvent,
    ConfigServiceEvent,
    ConfigServiceRecord,
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
    PeripheralInfo,
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
    SetCallDataReq,
    SetDeviceAttributesConf,
    SetDeviceAttributesReq,
    SkillGroup,
    SnapshotCallConf,
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
    _decode_agent_team_config_event,
    _decode_alternate_call_conf,
    _decode_alternate_call_req,
    _decode_answer_call_conf,
    _decode_answer_call_req,
    _decode_bad_call_conf,
    _decode_bad_call_req,
    _decode_begin_call_event,
    _decode_call_agent_greeting_event,
    _decode_call_attribute_change_event,
    _decode_call_cleared_event,
    _decode_call_conferenced_event,
    _decode_call_connection_cleared_event,
    _decode_call_data_update_event,
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
    _decode_config_call_type_event,
    _decode_config_device_event,
    _decode_config_end_event,
    _decode_config_mrd_event,
    _decode_config_request_key_event,
    _decode_config_service_event,
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
    _decode_set_call_data_req,
    _decode_set_device_attributes_conf,
    _decode_set_device_attributes_req,
    _decode_snapshot_call_conf,
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
    _encode_agent_team_config_event,
    _encode_alternate_call_conf,
    _encode_alternate_call_req,
    _encode_answer_call_conf,
    _encode_answer_call_req,
    _encode_bad_call_conf,
    _encode_bad_call_req,
    _encode_begin_call_event,
    _encode_call_agent_greeting_event,
    _encode_call_attribute_change_event,
    _encode_call_cleared_event,
    _encode_call_conferenced_event,
    _encode_call_connection_cleared_event,
    _encode_call_data_update_event,
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
    _encode_config_call_type_event,
    _encode_config_device_event,
    _encode_config_end_event,
    _encode_config_mrd_event,
    _encode_config_request_key_event,
    _encode_config_service_event,
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
    _encode_set_call_data_req,
    _encode_set_device_attributes_conf,
    _encode_set_device_attributes_req,
    _encode_snapshot_call_conf,
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
    _new_ConfigCallTypeRecord,
    _new_ConfigDeviceRecord,
    _new_ConfigMrdRecord,
    _new_ConfigServiceRecord,
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
    AgentInternalState,
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
    ConfigEndStatus,
    ConfigEventMask,
    ConfigKeyStatus,
    ConfigRecordType,
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
    TaskState,
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
    "ConfigAgentDeskSettingsRecord",
    "ConfigAgentRecord",
    "ConfigCallTypeRecord",
    "ConfigDeviceRecord",
    "ConfigMrdRecord",
    "ConfigPeripheralRecord",
    "ConfigServiceRecord",
    "ConfigSkillGroupRecord",
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
    "ConfigRequestKeyEvent",
    "ConfigKeyEvent",
    "ConfigRequestEvent",
    "ConfigBeginEvent",
    "ConfigEndEvent",
    "ConfigServiceEvent",
    "ConfigSkillGroupEvent",
    "ConfigAgentEvent",
    "ConfigDeviceEvent",
    "CallAttributeChangeEvent",
    "ConfigCallTypeEvent",
    "CallAgentGreetingEvent",
    "AgentGreetingControlReq",
    "AgentGreetingControlConf",
    "ConfigMrdEvent",
    "ConfigPeripheralEvent",
    "ConfigAgentDeskSettingsEvent",
]

PROTOCOL_VERSION: Final = 22
MAX_MESSAGE_SIZE: Final = 12500
"""The largest message of this version, header included."""
FLOATING_TAG_SIZE: Final = 2
"""Bytes of a floating field's tag and of its length (1 up to Version 19, 2 from Version 20)."""
NAMED_DATA_LIMIT: Final = 2000
SERVER_PORTS: Final = (42027, 43027)
"""The CTI Server's default TCP ports, side A then side B (spec/protocol.yaml says why)."""
SECURED_SERVER_PORTS: Final = (42030, 43030)
"""Its default secured (TLS) ports, side A then side B."""
_WIDE: Final = True
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
_HEAD: Final = 4  # bytes of a floating field's tag and length
_field: Final = _w.read_field
_fast_slots: Final = dict
_head2: Final = _w.UNPACK_HEAD2  # a 2-byte tag and length in one call: 70 ns less a field
# The classes' __init__ sets each field past the frozen __setattr__.
_set: Final = object.__setattr__

# Value -> member lookups of the messages defined here: an unknown value stays the plain int.
_enum_ConfigKeyStatus: Final = _w.EnumMap(ConfigKeyStatus)
_enum_ConfigRecordType: Final = _w.EnumMap(ConfigRecordType)
_enum_AgentState: Final = _w.EnumMap(AgentState)
_enum_PeripheralType: Final = _w.EnumMap(PeripheralType)
_enum_AgentInternalState: Final = _w.EnumMap(AgentInternalState)
_mask_ConfigEventMask: Final = _w.FlagCache(ConfigEventMask)
_mask_AgentDeskSettingsMask: Final = _w.FlagCache(AgentDeskSettingsMask)
_mask_CTIServiceMask: Final = _w.FlagCache(CTIServiceMask)
_mask_CallEventMask: Final = _w.FlagCache(CallEventMask)
_mask_AgentStateMask: Final = _w.FlagCache(AgentStateMask)


@value_class
class ConfigAgentDeskSettingsRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "agent_desk_settings_id",
        "flt_desk_settings_mask",
        "flt_wrap_up_data_incoming_mode",
        "flt_wrap_up_data_outgoing_mode",
        "flt_logout_non_activity_time",
        "flt_quality_recording_rate",
        "flt_ring_no_answer_time",
        "flt_silent_monitor_warning_message",
        "flt_silent_monitor_audible_indication",
        "flt_supervisor_assist_call_method",
        "flt_emergency_call_method",
        "flt_auto_record_on_emergency",
        "flt_recording_mode",
        "flt_work_mode_timer",
        "flt_ring_no_answer_dn_id",
        "flt_default_device_port_address",
    )
    record_type: ConfigRecordType | int
    agent_desk_settings_id: int
    flt_desk_settings_mask: AgentDeskSettingsMask | int
    flt_wrap_up_data_incoming_mode: int
    flt_wrap_up_data_outgoing_mode: int
    flt_logout_non_activity_time: int
    flt_quality_recording_rate: int
    flt_ring_no_answer_time: int
    flt_silent_monitor_warning_message: int
    flt_silent_monitor_audible_indication: int
    flt_supervisor_assist_call_method: int
    flt_emergency_call_method: int
    flt_auto_record_on_emergency: int
    flt_recording_mode: int
    flt_work_mode_timer: int
    flt_ring_no_answer_dn_id: int
    flt_default_device_port_address: str | None

    def __init__(
        self,
        *,
        record_type: ConfigRecordType | int,
        agent_desk_settings_id: int,
        flt_desk_settings_mask: AgentDeskSettingsMask | int,
        flt_wrap_up_data_incoming_mode: int,
        flt_wrap_up_data_outgoing_mode: int,
        flt_logout_non_activity_time: int,
        flt_quality_recording_rate: int,
        flt_ring_no_answer_time: int,
        flt_silent_monitor_warning_message: int,
        flt_silent_monitor_audible_indication: int,
        flt_supervisor_assist_call_method: int,
        flt_emergency_call_method: int,
        flt_auto_record_on_emergency: int,
        flt_recording_mode: int,
        flt_work_mode_timer: int,
        flt_ring_no_answer_dn_id: int,
        flt_default_device_port_address: str | None = None,
    ) -> None:
        _set(self, "record_type", record_type)
        _set(self, "agent_desk_settings_id", agent_desk_settings_id)
        _set(self, "flt_desk_settings_mask", flt_desk_settings_mask)
        _set(self, "flt_wrap_up_data_incoming_mode", flt_wrap_up_data_incoming_mode)
        _set(self, "flt_wrap_up_data_outgoing_mode", flt_wrap_up_data_outgoing_mode)
        _set(self, "flt_logout_non_activity_time", flt_logout_non_activity_time)
        _set(self, "flt_quality_recording_rate", flt_quality_recording_rate)
        _set(self, "flt_ring_no_answer_time", flt_ring_no_answer_time)
        _set(self, "flt_silent_monitor_warning_message", flt_silent_monitor_warning_message)
        _set(self, "flt_silent_monitor_audible_indication", flt_silent_monitor_audible_indication)
        _set(self, "flt_supervisor_assist_call_method", flt_supervisor_assist_call_method)
        _set(self, "flt_emergency_call_method", flt_emergency_call_method)
        _set(self, "flt_auto_record_on_emergency", flt_auto_record_on_emergency)
        _set(self, "flt_recording_mode", flt_recording_mode)
        _set(self, "flt_work_mode_timer", flt_work_mode_timer)
        _set(self, "flt_ring_no_answer_dn_id", flt_ring_no_answer_dn_id)
        _set(self, "flt_default_device_port_address", flt_default_device_port_address)


_new_ConfigAgentDeskSettingsRecord = _w.fast_constructor(ConfigAgentDeskSettingsRecord)


@value_class
class ConfigAgentRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "flt_peripheral_id",
        "agent_type",
        "agent_desk_settings_id",
        "login_id",
        "old_login_id",
        "login_name",
        "last_name",
        "first_name",
        "extension",
        "description",
        "agent_skill_target_id",
        "sso_enabled",
        "flt_skill_group_number",
        "flt_skill_group_priority",
        "flt_agent_mrd_id",
        "flt_agent_mrd_state",
    )
    record_type: ConfigRecordType | int
    flt_peripheral_id: int
    agent_type: int
    agent_desk_settings_id: int
    login_id: str
    old_login_id: str | None
    login_name: str
    last_name: str
    first_name: str
    extension: str
    description: str
    agent_skill_target_id: int
    sso_enabled: int
    flt_skill_group_number: tuple[int, ...]
    flt_skill_group_priority: tuple[int, ...]
    flt_agent_mrd_id: tuple[int, ...]
    flt_agent_mrd_state: tuple[AgentState | int, ...]

    def __init__(
        self,
        *,
        record_type: ConfigRecordType | int,
        flt_peripheral_id: int,
        agent_type: int,
        agent_desk_settings_id: int,
        login_id: str,
        old_login_id: str | None = None,
        login_name: str,
        last_name: str,
        first_name: str,
        extension: str,
        description: str,
        agent_skill_target_id: int,
        sso_enabled: int,
        flt_skill_group_number: tuple[int, ...] = (),
        flt_skill_group_priority: tuple[int, ...] = (),
        flt_agent_mrd_id: tuple[int, ...] = (),
        flt_agent_mrd_state: tuple[AgentState | int, ...] = (),
    ) -> None:
        _set(self, "record_type", record_type)
        _set(self, "flt_peripheral_id", flt_peripheral_id)
        _set(self, "agent_type", agent_type)
        _set(self, "agent_desk_settings_id", agent_desk_settings_id)
        _set(self, "login_id", login_id)
        _set(self, "old_login_id", old_login_id)
        _set(self, "login_name", login_name)
        _set(self, "last_name", last_name)
        _set(self, "first_name", first_name)
        _set(self, "extension", extension)
        _set(self, "description", description)
        _set(self, "agent_skill_target_id", agent_skill_target_id)
        _set(self, "sso_enabled", sso_enabled)
        _set(self, "flt_skill_group_number", flt_skill_group_number)
        _set(self, "flt_skill_group_priority", flt_skill_group_priority)
        _set(self, "flt_agent_mrd_id", flt_agent_mrd_id)
        _set(self, "flt_agent_mrd_state", flt_agent_mrd_state)


_new_ConfigAgentRecord = _w.fast_constructor(ConfigAgentRecord)


@value_class
class ConfigPeripheralRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "config_peripheral_id",
        "default_agent_desk_settings_id",
    )
    record_type: ConfigRecordType | int
    config_peripheral_id: int
    default_agent_desk_settings_id: int

    def __init__(
        self,
        *,
        record_type: ConfigRecordType | int,
        config_peripheral_id: int,
        default_agent_desk_settings_id: int,
    ) -> None:
        _set(self, "record_type", record_type)
        _set(self, "config_peripheral_id", config_peripheral_id)
        _set(self, "default_agent_desk_settings_id", default_agent_desk_settings_id)


_new_ConfigPeripheralRecord = _w.fast_constructor(ConfigPeripheralRecord)


@value_class
class ConfigSkillGroupRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "flt_peripheral_id",
        "peripheral_number",
        "old_peripheral_number",
        "flt_skill_group_priority",
        "skill_group_skill_target_id",
        "auto_work",
        "extension",
        "peripheral_name",
        "description",
        "flt_mr_domain_id",
        "flt_precision_queue_id",
        "flt_precision_queue_name",
        "config_param",
    )
    record_type: ConfigRecordType | int
    flt_peripheral_id: int
    peripheral_number: int
    old_peripheral_number: int | None
    flt_skill_group_priority: int | None
    skill_group_skill_target_id: int
    auto_work: bytes | None
    extension: str | None
    peripheral_name: str
    description: str
    flt_mr_domain_id: int
    flt_precision_queue_id: int
    flt_precision_queue_name: str | None
    config_param: str

    def __init__(
        self,
        *,
        record_type: ConfigRecordType | int,
        flt_peripheral_id: int,
        peripheral_number: int,
        old_peripheral_number: int | None = None,
        flt_skill_group_priority: int | None = None,
        skill_group_skill_target_id: int,
        auto_work: bytes | None = None,
        extension: str | None = None,
        peripheral_name: str,
        description: str,
        flt_mr_domain_id: int,
        flt_precision_queue_id: int,
        flt_precision_queue_name: str | None = None,
        config_param: str,
    ) -> None:
        _set(self, "record_type", record_type)
        _set(self, "flt_peripheral_id", flt_peripheral_id)
        _set(self, "peripheral_number", peripheral_number)
        _set(self, "old_peripheral_number", old_peripheral_number)
        _set(self, "flt_skill_group_priority", flt_skill_group_priority)
        _set(self, "skill_group_skill_target_id", skill_group_skill_target_id)
        _set(self, "auto_work", auto_work)
        _set(self, "extension", extension)
        _set(self, "peripheral_name", peripheral_name)
        _set(self, "description", description)
        _set(self, "flt_mr_domain_id", flt_mr_domain_id)
        _set(self, "flt_precision_queue_id", flt_precision_queue_id)
        _set(self, "flt_precision_queue_name", flt_precision_queue_name)
        _set(self, "config_param", config_param)


_new_ConfigSkillGroupRecord = _w.fast_constructor(ConfigSkillGroupRecord)


@value_class
class OpenReq(GeneratedMessage):
    """Client initializes a communications session with CTI Server.

    OPEN_REQ, MessageType 3, client to server.
    From: Session Management (v25), OPEN_REQ Message.
    """

    MESSAGE_TYPE: ClassVar[int] = 3
    MESSAGE_NAME: ClassVar[str] = "OPEN_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "version_number",
        "idle_timeout",
        "peripheral_id",
        "services_requested",
        "call_msg_mask",
        "agent_state_mask",
        "config_msg_mask",
        "reserved1",
        "reserved2",
        "reserved3",
        "client_id",
        "client_password",
        "client_signature",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "application_path_id",
        "unknown_fields",
    )
    SECRET: ClassVar[frozenset[str]] = frozenset(
        {
            "client_password",
        }
    )

    invoke_id: int
    version_number: int
    idle_timeout: int
    peripheral_id: int
    services_requested: CTIServiceMask | int
    call_msg_mask: CallEventMask | int
    agent_state_mask: AgentStateMask | int
    config_msg_mask: ConfigEventMask | int
    reserved1: int
    reserved2: int
    reserved3: int
    client_id: str
    client_password: bytes
    client_signature: str | None
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    application_path_id: int | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        version_number: int = 0,
        idle_timeout: int = 0,
        peripheral_id: int = 0,
        services_requested: CTIServiceMask | int = 0,
        call_msg_mask: CallEventMask | int = 0,
        agent_state_mask: AgentStateMask | int = 0,
        config_msg_mask: ConfigEventMask | int = 0,
        reserved1: int = 0,
        reserved2: int = 0,
        reserved3: int = 0,
        client_id: str,
        client_password: bytes,
        client_signature: str | None = None,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        application_path_id: int | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "version_number", version_number)
        _set(self, "idle_timeout", idle_timeout)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "services_requested", services_requested)
        _set(self, "call_msg_mask", call_msg_mask)
        _set(self, "agent_state_mask", agent_state_mask)
        _set(self, "config_msg_mask", config_msg_mask)
        _set(self, "reserved1", reserved1)
        _set(self, "reserved2", reserved2)
        _set(self, "reserved3", reserved3)
        _set(self, "client_id", client_id)
        _set(self, "client_password", client_password)
        _set(self, "client_signature", client_signature)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "application_path_id", application_path_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_OPEN_REQ: Final = _w.builder(OpenReq)
_S_OPEN_REQ: Final = struct.Struct(">IIIIIIIIIII")
_H_OPEN_REQ: Final = struct.Struct(">IIIIIIIIIIIII")  # header and fixed part
_X_OPEN_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("VersionNumber", "I", 16),
    ("IdleTimeout", "I", 20),
    ("PeripheralID", "I", 24),
    ("ServicesRequested", "I", 28),
    ("CallMsgMask", "I", 32),
    ("AgentStateMask", "I", 36),
    ("ConfigMsgMask", "I", 40),
    ("Reserved1", "I", 44),
    ("Reserved2", "I", 48),
    ("Reserved3", "I", 52),
)
_T_OPEN_REQ: Final[_w.FieldTable] = {
    1: (0, _w.STRING, False, "ClientID"),
    2: (1, _w.UNSPEC, False, "ClientPassword"),
    3: (2, _w.STRING, False, "ClientSignature"),
    4: (3, _w.STRING, False, "AgentExtension"),
    5: (4, _w.STRING, False, "AgentID"),
    6: (5, _w.STRING, False, "AgentInstrument"),
    97: (6, _w.INT, False, "ApplicationPathID"),
}
_FAST_OPEN_REQ: Final = _fast_slots(
    {
        1: 0,
        3: 2,
        4: 3,
        5: 4,
        6: 5,
        2: ~1,
    }
)
_INTS_OPEN_REQ: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    97: (6, _w.UNPACK_INT, 4, False),
}


def _decode_open_req(buf: bytes, end: int) -> OpenReq:
    if end < 52:
        raise _w.truncated("OPEN_REQ", _X_OPEN_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 52
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_OPEN_REQ.get(tag)
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
                number = _INTS_OPEN_REQ.get(tag)
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
            _field(buf, pos, start, stop, end, tag, vals, _T_OPEN_REQ, unknown, "OPEN_REQ")
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 52, end, _T_OPEN_REQ, 7, "OPEN_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("OPEN_REQ", "ClientID", end)
    if vals[1] is None:
        raise _w.missing("OPEN_REQ", "ClientPassword", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_OPEN_REQ()
    (
        o.invoke_id,
        o.version_number,
        o.idle_timeout,
        o.peripheral_id,
        f4,
        f5,
        f6,
        f7,
        o.reserved1,
        o.reserved2,
        o.reserved3,
    ) = _S_OPEN_REQ.unpack_from(buf, 8)
    o.services_requested = _mask_CTIServiceMask[f4]
    o.call_msg_mask = _mask_CallEventMask[f5]
    o.agent_state_mask = _mask_AgentStateMask[f6]
    o.config_msg_mask = _mask_ConfigEventMask[f7]
    (
        o.client_id,
        o.client_password,
        o.client_signature,
        o.agent_extension,
        o.agent_id,
        o.agent_instrument,
        o.application_path_id,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = OpenReq
    return o  # type: ignore[no-any-return]


def _careful_open_req(m: OpenReq) -> bytes:
    name = "OPEN_REQ"
    parts = [
        _w.pack_fixed(
            _S_OPEN_REQ,
            _X_OPEN_REQ,
            name,
            m.invoke_id,
            m.version_number,
            m.idle_timeout,
            m.peripheral_id,
            m.services_requested,
            m.call_msg_mask,
            m.agent_state_mask,
            m.config_msg_mask,
            m.reserved1,
            m.reserved2,
            m.reserved3,
        )
    ]
    parts.append(_w.put(_w.STRING, 1, m.client_id, 64, _WIDE, name, "ClientID"))
    parts.append(_w.put(_w.UNSPEC, 2, m.client_password, 64, _WIDE, name, "ClientPassword"))
    if m.client_signature is not None:
        part = _w.put(_w.STRING, 3, m.client_signature, 64, _WIDE, name, "ClientSignature")
        parts.append(part)
    if m.agent_extension is not None:
        part = _w.put(_w.STRING, 4, m.agent_extension, 16, _WIDE, name, "AgentExtension")
        parts.append(part)
    if m.agent_id is not None:
        part = _w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID")
        parts.append(part)
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    if m.application_path_id is not None:
        part = _w.put(_w.INT, 97, m.application_path_id, 4, _WIDE, name, "ApplicationPathID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(3, parts)


def _encode_open_req(m: OpenReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_open_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_open_req(m)
        p: list[bytes] = []
        v0 = m.client_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_open_req(m)
        p += (_w.HEAD2(1, n), d, _NUL)
        v1 = m.client_password
        if type(v1) is not bytes or len(v1) > 64:
            return _careful_open_req(m)
        p += (_w.HEAD2(2, len(v1)), v1)
        v2 = m.client_signature
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_open_req(m)
            p += (_w.HEAD2(3, n), d, _NUL)
        v3 = m.agent_extension
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 16:
                return _careful_open_req(m)
            p += (_w.HEAD2(4, n), d, _NUL)
        v4 = m.agent_id
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_open_req(m)
            p += (_w.HEAD2(5, n), d, _NUL)
        v5 = m.agent_instrument
        if v5 is not None:
            d = v5.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_open_req(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        v6 = m.application_path_id
        if v6 is not None:
            p += (b"\x00a\x00\x04", _w.PACK_INT(v6))
        tail = b"".join(p)
        return (
            _H_OPEN_REQ.pack(
                44 + len(tail),
                3,
                m.invoke_id,
                m.version_number,
                m.idle_timeout,
                m.peripheral_id,
                m.services_requested,
                m.call_msg_mask,
                m.agent_state_mask,
                m.config_msg_mask,
                m.reserved1,
                m.reserved2,
                m.reserved3,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_open_req(m)


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
        "department_id",
        "cti_client_signature",
        "agent_id",
        "agent_extension",
        "agent_instrument",
        "duration",
        "next_agent_state",
        "direction",
        "flt_skill_groups",
        "max_beyond_task_limit",
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
    department_id: int
    cti_client_signature: str | None
    agent_id: str | None
    agent_extension: str | None
    agent_instrument: str | None
    duration: int | None
    next_agent_state: AgentState | int | None
    direction: int
    flt_skill_groups: tuple[FltSkillGroup, ...]
    max_beyond_task_limit: int
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
        department_id: int = 0,
        cti_client_signature: str | None = None,
        agent_id: str | None = None,
        agent_extension: str | None = None,
        agent_instrument: str | None = None,
        duration: int | None = None,
        next_agent_state: AgentState | int | None = None,
        direction: int,
        flt_skill_groups: tuple[FltSkillGroup, ...] = (),
        max_beyond_task_limit: int,
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
        _set(self, "department_id", department_id)
        _set(self, "cti_client_signature", cti_client_signature)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "duration", duration)
        _set(self, "next_agent_state", next_agent_state)
        _set(self, "direction", direction)
        _set(self, "flt_skill_groups", flt_skill_groups)
        _set(self, "max_beyond_task_limit", max_beyond_task_limit)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_STATE_EVENT: Final = _w.builder(AgentStateEvent)
_S_AGENT_STATE_EVENT: Final = struct.Struct(">IIIHHIIIHHHiIHIiIHi")
_H_AGENT_STATE_EVENT: Final = struct.Struct(">IIIIIHHIIIHHHiIHIiIHi")  # header and fixed part
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
    ("DepartmentID", "i", 70),
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
    266: (11, _w.UINT, False, "MaxBeyondTaskLimit"),
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
    266: (11, _w.UNPACK_UINT, 4, False),
}


def _decode_agent_state_event(buf: bytes, end: int) -> AgentStateEvent:
    if end < 70:
        raise _w.truncated("AGENT_STATE_EVENT", _X_AGENT_STATE_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 12
    unknown: list[UnknownField] = []
    pos = 70
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_AGENT_STATE_EVENT.get(tag)
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
        vals, unknown = _w.scan(buf, 70, end, _T_AGENT_STATE_EVENT, 12, "AGENT_STATE_EVENT", _HEAD)
    if vals[6] is None:
        raise _w.missing("AGENT_STATE_EVENT", "Direction", end)
    if vals[11] is None:
        raise _w.missing("AGENT_STATE_EVENT", "MaxBeyondTaskLimit", end)
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
        o.department_id,
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
        o.max_beyond_task_limit,
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
            m.department_id,
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
    parts.append(
        _w.put(_w.UINT, 266, m.max_beyond_task_limit, 4, _WIDE, name, "MaxBeyondTaskLimit")
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
            p += (_w.HEAD2(3, n), d, _NUL)
        v1 = m.agent_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_agent_state_event(m)
            p += (_w.HEAD2(5, n), d, _NUL)
        v2 = m.agent_extension
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 16:
                return _careful_agent_state_event(m)
            p += (_w.HEAD2(4, n), d, _NUL)
        v3 = m.agent_instrument
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_agent_state_event(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        v4 = m.duration
        if v4 is not None:
            p += (b"\x00\x96\x00\x04", _w.PACK_UINT(v4))
        v5 = m.next_agent_state
        if v5 is not None:
            p += (b"\x00{\x00\x02", _w.PACK_USHORT(v5))
        v6 = m.direction
        p += (b"\x00\xf4\x00\x04", _w.PACK_UINT(v6))
        for flt_skill_groups_entry in flt_skill_groups:
            if type(flt_skill_groups_entry) is not FltSkillGroup:
                return _careful_agent_state_event(m)
            v7 = flt_skill_groups_entry.flt_skill_group_number
            p += (b"\x00>\x00\x04", _w.PACK_UINT(v7))
            v8 = flt_skill_groups_entry.flt_skill_group_id
            p += (b"\x00?\x00\x04", _w.PACK_UINT(v8))
            v9 = flt_skill_groups_entry.flt_skill_group_priority
            p += (b"\x00@\x00\x02", _w.PACK_USHORT(v9))
            v10 = flt_skill_groups_entry.flt_skill_group_state
            p += (b"\x00A\x00\x02", _w.PACK_USHORT(v10))
        v11 = m.max_beyond_task_limit
        p += (b"\x01\n\x00\x04", _w.PACK_UINT(v11))
        tail = b"".join(p)
        return (
            _H_AGENT_STATE_EVENT.pack(
                62 + len(tail),
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
                m.department_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_agent_state_event(m)


@value_class
class QueryAgentStateConf(GeneratedMessage):
    """Current state of the agent (response to QUERY_AGENT_STATE_REQ).

    QUERY_AGENT_STATE_CONF, MessageType 37, server to client.
    From: Application Level Interfaces (v25), Client Control Service, QUERY_AGENT_STATE_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 37
    MESSAGE_NAME: ClassVar[str] = "QUERY_AGENT_STATE_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "agent_state",
        "mrd_id",
        "num_tasks",
        "agent_mode",
        "max_task_limit",
        "icm_agent_id",
        "agent_availability_status",
        "department_id",
        "agent_id",
        "agent_extension",
        "agent_instrument",
        "skill_groups",
        "internal_agent_state",
        "max_beyond_task_limit",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "skill_groups": AgentSkillGroup,
    }

    invoke_id: int
    agent_state: AgentState | int
    mrd_id: int
    num_tasks: int
    agent_mode: int
    max_task_limit: int
    icm_agent_id: int
    agent_availability_status: int
    department_id: int
    agent_id: str | None
    agent_extension: str | None
    agent_instrument: str | None
    skill_groups: tuple[AgentSkillGroup, ...]
    internal_agent_state: AgentInternalState | int | None
    max_beyond_task_limit: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        agent_state: AgentState | int = 0,
        mrd_id: int = 0,
        num_tasks: int = 0,
        agent_mode: int = 0,
        max_task_limit: int = 0,
        icm_agent_id: int = 0,
        agent_availability_status: int = 0,
        department_id: int = 0,
        agent_id: str | None = None,
        agent_extension: str | None = None,
        agent_instrument: str | None = None,
        skill_groups: tuple[AgentSkillGroup, ...] = (),
        internal_agent_state: AgentInternalState | int | None = None,
        max_beyond_task_limit: int,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "agent_state", agent_state)
        _set(self, "mrd_id", mrd_id)
        _set(self, "num_tasks", num_tasks)
        _set(self, "agent_mode", agent_mode)
        _set(self, "max_task_limit", max_task_limit)
        _set(self, "icm_agent_id", icm_agent_id)
        _set(self, "agent_availability_status", agent_availability_status)
        _set(self, "department_id", department_id)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "skill_groups", skill_groups)
        _set(self, "internal_agent_state", internal_agent_state)
        _set(self, "max_beyond_task_limit", max_beyond_task_limit)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_QUERY_AGENT_STATE_CONF: Final = _w.builder(QueryAgentStateConf)
_S_QUERY_AGENT_STATE_CONF: Final = struct.Struct(">IHHiIHIiIi")
_H_QUERY_AGENT_STATE_CONF: Final = struct.Struct(">IIIHHiIHIiIi")  # header and fixed part
_X_QUERY_AGENT_STATE_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("AgentState", "H", 14),
    ("NumSkillGroups", "H", 16),
    ("MRDID", "i", 20),
    ("NumTasks", "I", 24),
    ("AgentMode", "H", 26),
    ("MaxTaskLimit", "I", 30),
    ("ICMAgentID", "i", 34),
    ("AgentAvailabilityStatus", "I", 38),
    ("DepartmentID", "i", 42),
)
_T_QUERY_AGENT_STATE_CONF: Final[_w.FieldTable] = {
    5: (0, _w.STRING, False, "AgentID"),
    4: (1, _w.STRING, False, "AgentExtension"),
    6: (2, _w.STRING, False, "AgentInstrument"),
    62: (3, _w.UINT, True, "SkillGroupNumber"),
    63: (4, _w.UINT, True, "SkillGroupID"),
    64: (5, _w.USHORT, True, "SkillGroupPriority"),
    65: (6, _w.USHORT, True, "SkillGroupState"),
    255: (7, _w.USHORT, False, "InternalAgentState"),
    266: (8, _w.UINT, False, "MaxBeyondTaskLimit"),
}
_FAST_QUERY_AGENT_STATE_CONF: Final = _fast_slots(
    {
        5: 0,
        4: 1,
        6: 2,
    }
)
_INTS_QUERY_AGENT_STATE_CONF: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    62: (3, _w.UNPACK_UINT, 4, True),
    63: (4, _w.UNPACK_UINT, 4, True),
    64: (5, _w.UNPACK_USHORT, 2, True),
    65: (6, _w.UNPACK_USHORT, 2, True),
    255: (7, _w.UNPACK_USHORT, 2, False),
    266: (8, _w.UNPACK_UINT, 4, False),
}


def _decode_query_agent_state_conf(buf: bytes, end: int) -> QueryAgentStateConf:
    if end < 42:
        raise _w.truncated("QUERY_AGENT_STATE_CONF", _X_QUERY_AGENT_STATE_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 9
    unknown: list[UnknownField] = []
    pos = 42
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_QUERY_AGENT_STATE_CONF.get(tag)
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
                number = _INTS_QUERY_AGENT_STATE_CONF.get(tag)
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
                _T_QUERY_AGENT_STATE_CONF,
                unknown,
                "QUERY_AGENT_STATE_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 42, end, _T_QUERY_AGENT_STATE_CONF, 9, "QUERY_AGENT_STATE_CONF", _HEAD
        )
    if vals[8] is None:
        raise _w.missing("QUERY_AGENT_STATE_CONF", "MaxBeyondTaskLimit", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_QUERY_AGENT_STATE_CONF()
    (
        o.invoke_id,
        f1,
        f2,
        o.mrd_id,
        o.num_tasks,
        o.agent_mode,
        o.max_task_limit,
        o.icm_agent_id,
        o.agent_availability_status,
        o.department_id,
    ) = _S_QUERY_AGENT_STATE_CONF.unpack_from(buf, 8)
    o.agent_state = _enum_AgentState[f1]
    (
        o.agent_id,
        o.agent_extension,
        o.agent_instrument,
        v3,
        v4,
        v5,
        v6,
        v7,
        o.max_beyond_task_limit,
    ) = vals
    count = f2
    if count == 0 and v3 is None and v4 is None and v5 is None and v6 is None:
        o.skill_groups = ()  # the usual case: no entries
    else:
        g3 = v3 or ()
        g4 = v4 or ()
        g5 = v5 or ()
        g6 = [_enum_AgentState[x] for x in (v6 or ())]
        if len(g3) != count or len(g4) != count or len(g5) != count or len(g6) != count:
            raise _w.group_mismatch(
                "QUERY_AGENT_STATE_CONF",
                "SkillGroups",
                "NumSkillGroups",
                count,
                {
                    "SkillGroupNumber": len(g3),
                    "SkillGroupID": len(g4),
                    "SkillGroupPriority": len(g5),
                    "SkillGroupState": len(g6),
                },
                end,
            )
        o.skill_groups = tuple(map(_new_AgentSkillGroup, g3, g4, g5, g6))
    o.internal_agent_state = None if v7 is None else _enum_AgentInternalState[v7]
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = QueryAgentStateConf
    return o  # type: ignore[no-any-return]


def _careful_query_agent_state_conf(m: QueryAgentStateConf) -> bytes:
    name = "QUERY_AGENT_STATE_CONF"
    skill_groups = _w.check_group(m.skill_groups, AgentSkillGroup, 20, name, "SkillGroups")
    parts = [
        _w.pack_fixed(
            _S_QUERY_AGENT_STATE_CONF,
            _X_QUERY_AGENT_STATE_CONF,
            name,
            m.invoke_id,
            m.agent_state,
            len(skill_groups),
            m.mrd_id,
            m.num_tasks,
            m.agent_mode,
            m.max_task_limit,
            m.icm_agent_id,
            m.agent_availability_status,
            m.department_id,
        )
    ]
    if m.agent_id is not None:
        part = _w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID")
        parts.append(part)
    if m.agent_extension is not None:
        part = _w.put(_w.STRING, 4, m.agent_extension, 16, _WIDE, name, "AgentExtension")
        parts.append(part)
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    for entry in skill_groups:
        parts.append(
            _w.put(_w.UINT, 62, entry.skill_group_number, 4, _WIDE, name, "SkillGroupNumber")
        )
        parts.append(_w.put(_w.UINT, 63, entry.skill_group_id, 4, _WIDE, name, "SkillGroupID"))
        parts.append(
            _w.put(_w.USHORT, 64, entry.skill_group_priority, 2, _WIDE, name, "SkillGroupPriority")
        )
        parts.append(
            _w.put(_w.USHORT, 65, entry.skill_group_state, 2, _WIDE, name, "SkillGroupState")
        )
    if m.internal_agent_state is not None:
        part = _w.put(_w.USHORT, 255, m.internal_agent_state, 2, _WIDE, name, "InternalAgentState")
        parts.append(part)
    parts.append(
        _w.put(_w.UINT, 266, m.max_beyond_task_limit, 4, _WIDE, name, "MaxBeyondTaskLimit")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(37, parts)


def _encode_query_agent_state_conf(m: QueryAgentStateConf) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_query_agent_state_conf, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_query_agent_state_conf(m)
        skill_groups = m.skill_groups
        if type(skill_groups) is not tuple or len(skill_groups) > 20:
            return _careful_query_agent_state_conf(m)
        p: list[bytes] = []
        v0 = m.agent_id
        if v0 is not None:
            d = v0.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_query_agent_state_conf(m)
            p += (_w.HEAD2(5, n), d, _NUL)
        v1 = m.agent_extension
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 16:
                return _careful_query_agent_state_conf(m)
            p += (_w.HEAD2(4, n), d, _NUL)
        v2 = m.agent_instrument
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_query_agent_state_conf(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        for skill_groups_entry in skill_groups:
            if type(skill_groups_entry) is not AgentSkillGroup:
                return _careful_query_agent_state_conf(m)
            v3 = skill_groups_entry.skill_group_number
            p += (b"\x00>\x00\x04", _w.PACK_UINT(v3))
            v4 = skill_groups_entry.skill_group_id
            p += (b"\x00?\x00\x04", _w.PACK_UINT(v4))
            v5 = skill_groups_entry.skill_group_priority
            p += (b"\x00@\x00\x02", _w.PACK_USHORT(v5))
            v6 = skill_groups_entry.skill_group_state
            p += (b"\x00A\x00\x02", _w.PACK_USHORT(v6))
        v7 = m.internal_agent_state
        if v7 is not None:
            p += (b"\x00\xff\x00\x02", _w.PACK_USHORT(v7))
        v8 = m.max_beyond_task_limit
        p += (b"\x01\n\x00\x04", _w.PACK_UINT(v8))
        tail = b"".join(p)
        return (
            _H_QUERY_AGENT_STATE_CONF.pack(
                34 + len(tail),
                37,
                m.invoke_id,
                m.agent_state,
                len(skill_groups),
                m.mrd_id,
                m.num_tasks,
                m.agent_mode,
                m.max_task_limit,
                m.icm_agent_id,
                m.agent_availability_status,
                m.department_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_query_agent_state_conf(m)


@value_class
class ConfigKeyEvent(GeneratedMessage):
    """The server's configuration keys, in answer to CONFIG_REQUEST_KEY_EVENT.

    CONFIG_KEY_EVENT, MessageType 231, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_KEY_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 231
    MESSAGE_NAME: ClassVar[str] = "CONFIG_KEY_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "config_key_status",
        "service_config_key",
        "skill_group_config_key",
        "agent_config_key",
        "device_config_key",
        "call_type_config_key",
        "peripheral_config_key",
        "agent_desk_settings_config_key",
        "unknown_fields",
    )

    config_key_status: ConfigKeyStatus | int
    service_config_key: bytes | None
    skill_group_config_key: bytes | None
    agent_config_key: bytes | None
    device_config_key: bytes | None
    call_type_config_key: bytes | None
    peripheral_config_key: bytes | None
    agent_desk_settings_config_key: bytes | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        config_key_status: ConfigKeyStatus | int = 0,
        service_config_key: bytes | None = None,
        skill_group_config_key: bytes | None = None,
        agent_config_key: bytes | None = None,
        device_config_key: bytes | None = None,
        call_type_config_key: bytes | None = None,
        peripheral_config_key: bytes | None = None,
        agent_desk_settings_config_key: bytes | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "config_key_status", config_key_status)
        _set(self, "service_config_key", service_config_key)
        _set(self, "skill_group_config_key", skill_group_config_key)
        _set(self, "agent_config_key", agent_config_key)
        _set(self, "device_config_key", device_config_key)
        _set(self, "call_type_config_key", call_type_config_key)
        _set(self, "peripheral_config_key", peripheral_config_key)
        _set(self, "agent_desk_settings_config_key", agent_desk_settings_config_key)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_KEY_EVENT: Final = _w.builder(ConfigKeyEvent)
_S_CONFIG_KEY_EVENT: Final = struct.Struct(">I")
_H_CONFIG_KEY_EVENT: Final = struct.Struct(">III")  # header and fixed part
_X_CONFIG_KEY_EVENT: Final[_w.FixedFields] = (("ConfigkeyStatus", "I", 12),)
_T_CONFIG_KEY_EVENT: Final[_w.FieldTable] = {
    177: (0, _w.UNSPEC, False, "ServiceConfigKey"),
    178: (1, _w.UNSPEC, False, "SkillGroupConfigKey"),
    179: (2, _w.UNSPEC, False, "AgentConfigKey"),
    180: (3, _w.UNSPEC, False, "DeviceConfigKey"),
    209: (4, _w.UNSPEC, False, "CallTypeConfigKey"),
    269: (5, _w.UNSPEC, False, "PeripheralConfigKey"),
    270: (6, _w.UNSPEC, False, "AgentDeskSettingsConfigKey"),
}
_FAST_CONFIG_KEY_EVENT: Final = _fast_slots(
    {
        177: ~0,
        178: ~1,
        179: ~2,
        180: ~3,
        209: ~4,
        269: ~5,
        270: ~6,
    }
)


def _decode_config_key_event(buf: bytes, end: int) -> ConfigKeyEvent:
    if end < 12:
        raise _w.truncated("CONFIG_KEY_EVENT", _X_CONFIG_KEY_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 12
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CONFIG_KEY_EVENT.get(tag)
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
                _T_CONFIG_KEY_EVENT,
                unknown,
                "CONFIG_KEY_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 12, end, _T_CONFIG_KEY_EVENT, 7, "CONFIG_KEY_EVENT", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_KEY_EVENT()
    (f0,) = _S_CONFIG_KEY_EVENT.unpack_from(buf, 8)
    o.config_key_status = _enum_ConfigKeyStatus[f0]
    (
        o.service_config_key,
        o.skill_group_config_key,
        o.agent_config_key,
        o.device_config_key,
        o.call_type_config_key,
        o.peripheral_config_key,
        o.agent_desk_settings_config_key,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigKeyEvent
    return o  # type: ignore[no-any-return]


def _careful_config_key_event(m: ConfigKeyEvent) -> bytes:
    name = "CONFIG_KEY_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CONFIG_KEY_EVENT,
            _X_CONFIG_KEY_EVENT,
            name,
            m.config_key_status,
        )
    ]
    if m.service_config_key is not None:
        part = _w.put(_w.UNSPEC, 177, m.service_config_key, 8, _WIDE, name, "ServiceConfigKey")
        parts.append(part)
    if m.skill_group_config_key is not None:
        part = _w.put(
            _w.UNSPEC, 178, m.skill_group_config_key, 8, _WIDE, name, "SkillGroupConfigKey"
        )
        parts.append(part)
    if m.agent_config_key is not None:
        part = _w.put(_w.UNSPEC, 179, m.agent_config_key, 8, _WIDE, name, "AgentConfigKey")
        parts.append(part)
    if m.device_config_key is not None:
        part = _w.put(_w.UNSPEC, 180, m.device_config_key, 8, _WIDE, name, "DeviceConfigKey")
        parts.append(part)
    if m.call_type_config_key is not None:
        part = _w.put(_w.UNSPEC, 209, m.call_type_config_key, 8, _WIDE, name, "CallTypeConfigKey")
        parts.append(part)
    if m.peripheral_config_key is not None:
        part = _w.put(
            _w.UNSPEC, 269, m.peripheral_config_key, 8, _WIDE, name, "PeripheralConfigKey"
        )
        parts.append(part)
    if m.agent_desk_settings_config_key is not None:
        part = _w.put(
            _w.UNSPEC,
            270,
            m.agent_desk_settings_config_key,
            8,
            _WIDE,
            name,
            "AgentDeskSettingsConfigKey",
        )
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(231, parts)


def _encode_config_key_event(m: ConfigKeyEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_config_key_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_config_key_event(m)
        p: list[bytes] = []
        v0 = m.service_config_key
        if v0 is not None:
            if type(v0) is not bytes or len(v0) > 8:
                return _careful_config_key_event(m)
            p += (_w.HEAD2(177, len(v0)), v0)
        v1 = m.skill_group_config_key
        if v1 is not None:
            if type(v1) is not bytes or len(v1) > 8:
                return _careful_config_key_event(m)
            p += (_w.HEAD2(178, len(v1)), v1)
        v2 = m.agent_config_key
        if v2 is not None:
            if type(v2) is not bytes or len(v2) > 8:
                return _careful_config_key_event(m)
            p += (_w.HEAD2(179, len(v2)), v2)
        v3 = m.device_config_key
        if v3 is not None:
            if type(v3) is not bytes or len(v3) > 8:
                return _careful_config_key_event(m)
            p += (_w.HEAD2(180, len(v3)), v3)
        v4 = m.call_type_config_key
        if v4 is not None:
            if type(v4) is not bytes or len(v4) > 8:
                return _careful_config_key_event(m)
            p += (_w.HEAD2(209, len(v4)), v4)
        v5 = m.peripheral_config_key
        if v5 is not None:
            if type(v5) is not bytes or len(v5) > 8:
                return _careful_config_key_event(m)
            p += (_w.HEAD2(269, len(v5)), v5)
        v6 = m.agent_desk_settings_config_key
        if v6 is not None:
            if type(v6) is not bytes or len(v6) > 8:
                return _careful_config_key_event(m)
            p += (_w.HEAD2(270, len(v6)), v6)
        tail = b"".join(p)
        return (
            _H_CONFIG_KEY_EVENT.pack(
                4 + len(tail),
                231,
                m.config_key_status,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_config_key_event(m)


@value_class
class ConfigRequestEvent(GeneratedMessage):
    """Client asks for configuration (or, with no bit set, only tells the server that it may now send updates).

    CONFIG_REQUEST_EVENT, MessageType 232, client to server.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_REQUEST_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 232
    MESSAGE_NAME: ClassVar[str] = "CONFIG_REQUEST_EVENT"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("config_information", "peripheral_id", "customer_id", "unknown_fields")

    config_information: ConfigEventMask | int
    peripheral_id: int
    customer_id: int | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        config_information: ConfigEventMask | int = 0,
        peripheral_id: int = 0,
        customer_id: int | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "config_information", config_information)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "customer_id", customer_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_REQUEST_EVENT: Final = _w.builder(ConfigRequestEvent)
_S_CONFIG_REQUEST_EVENT: Final = struct.Struct(">II")
_H_CONFIG_REQUEST_EVENT: Final = struct.Struct(">IIII")  # header and fixed part
_X_CONFIG_REQUEST_EVENT: Final[_w.FixedFields] = (
    ("ConfigInformation", "I", 12),
    ("PeripheralID", "I", 16),
)
_T_CONFIG_REQUEST_EVENT: Final[_w.FieldTable] = {
    131: (0, _w.UINT, False, "CustomerID"),
}


def _decode_config_request_event(buf: bytes, end: int) -> ConfigRequestEvent:
    if end < 16:
        raise _w.truncated("CONFIG_REQUEST_EVENT", _X_CONFIG_REQUEST_EVENT, end)
    vals, unknown = _w.scan(buf, 16, end, _T_CONFIG_REQUEST_EVENT, 1, "CONFIG_REQUEST_EVENT", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_REQUEST_EVENT()
    (f0, o.peripheral_id) = _S_CONFIG_REQUEST_EVENT.unpack_from(buf, 8)
    o.config_information = _mask_ConfigEventMask[f0]
    (o.customer_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigRequestEvent
    return o  # type: ignore[no-any-return]


def _careful_config_request_event(m: ConfigRequestEvent) -> bytes:
    name = "CONFIG_REQUEST_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CONFIG_REQUEST_EVENT,
            _X_CONFIG_REQUEST_EVENT,
            name,
            m.config_information,
            m.peripheral_id,
        )
    ]
    if m.customer_id is not None:
        part = _w.put(_w.UINT, 131, m.customer_id, 4, _WIDE, name, "CustomerID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(232, parts)


def _encode_config_request_event(m: ConfigRequestEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_config_request_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_config_request_event(m)
        p: list[bytes] = []
        v0 = m.customer_id
        if v0 is not None:
            p += (b"\x00\x83\x00\x04", _w.PACK_UINT(v0))
        tail = b"".join(p)
        return (
            _H_CONFIG_REQUEST_EVENT.pack(
                8 + len(tail),
                232,
                m.config_information,
                m.peripheral_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_config_request_event(m)


@value_class
class ConfigBeginEvent(GeneratedMessage):
    """Start of a block of configuration data, all under the same keys.

    CONFIG_BEGIN_EVENT, MessageType 233, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_BEGIN_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 233
    MESSAGE_NAME: ClassVar[str] = "CONFIG_BEGIN_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "config_type",
        "config_information",
        "service_config_key",
        "skill_group_config_key",
        "agent_config_key",
        "device_config_key",
        "call_type_config_key",
        "peripheral_config_key",
        "agent_desk_settings_config_key",
        "unknown_fields",
    )

    config_type: int
    config_information: ConfigEventMask | int
    service_config_key: bytes | None
    skill_group_config_key: bytes | None
    agent_config_key: bytes | None
    device_config_key: bytes | None
    call_type_config_key: bytes | None
    peripheral_config_key: bytes | None
    agent_desk_settings_config_key: bytes | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        config_type: int = 0,
        config_information: ConfigEventMask | int = 0,
        service_config_key: bytes | None = None,
        skill_group_config_key: bytes | None = None,
        agent_config_key: bytes | None = None,
        device_config_key: bytes | None = None,
        call_type_config_key: bytes | None = None,
        peripheral_config_key: bytes | None = None,
        agent_desk_settings_config_key: bytes | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "config_type", config_type)
        _set(self, "config_information", config_information)
        _set(self, "service_config_key", service_config_key)
        _set(self, "skill_group_config_key", skill_group_config_key)
        _set(self, "agent_config_key", agent_config_key)
        _set(self, "device_config_key", device_config_key)
        _set(self, "call_type_config_key", call_type_config_key)
        _set(self, "peripheral_config_key", peripheral_config_key)
        _set(self, "agent_desk_settings_config_key", agent_desk_settings_config_key)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_BEGIN_EVENT: Final = _w.builder(ConfigBeginEvent)
_S_CONFIG_BEGIN_EVENT: Final = struct.Struct(">HI")
_H_CONFIG_BEGIN_EVENT: Final = struct.Struct(">IIHI")  # header and fixed part
_X_CONFIG_BEGIN_EVENT: Final[_w.FixedFields] = (
    ("ConfigType", "H", 10),
    ("ConfigInformation", "I", 14),
)
_T_CONFIG_BEGIN_EVENT: Final[_w.FieldTable] = {
    177: (0, _w.UNSPEC, False, "ServiceConfigKey"),
    178: (1, _w.UNSPEC, False, "SkillGroupConfigKey"),
    179: (2, _w.UNSPEC, False, "AgentConfigKey"),
    180: (3, _w.UNSPEC, False, "DeviceConfigKey"),
    209: (4, _w.UNSPEC, False, "CallTypeConfigKey"),
    269: (5, _w.UNSPEC, False, "PeripheralConfigKey"),
    270: (6, _w.UNSPEC, False, "AgentDeskSettingsConfigKey"),
}
_FAST_CONFIG_BEGIN_EVENT: Final = _fast_slots(
    {
        177: ~0,
        178: ~1,
        179: ~2,
        180: ~3,
        209: ~4,
        269: ~5,
        270: ~6,
    }
)


def _decode_config_begin_event(buf: bytes, end: int) -> ConfigBeginEvent:
    if end < 14:
        raise _w.truncated("CONFIG_BEGIN_EVENT", _X_CONFIG_BEGIN_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 14
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CONFIG_BEGIN_EVENT.get(tag)
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
                _T_CONFIG_BEGIN_EVENT,
                unknown,
                "CONFIG_BEGIN_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 14, end, _T_CONFIG_BEGIN_EVENT, 7, "CONFIG_BEGIN_EVENT", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_BEGIN_EVENT()
    (o.config_type, f1) = _S_CONFIG_BEGIN_EVENT.unpack_from(buf, 8)
    o.config_information = _mask_ConfigEventMask[f1]
    (
        o.service_config_key,
        o.skill_group_config_key,
        o.agent_config_key,
        o.device_config_key,
        o.call_type_config_key,
        o.peripheral_config_key,
        o.agent_desk_settings_config_key,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigBeginEvent
    return o  # type: ignore[no-any-return]


def _careful_config_begin_event(m: ConfigBeginEvent) -> bytes:
    name = "CONFIG_BEGIN_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CONFIG_BEGIN_EVENT,
            _X_CONFIG_BEGIN_EVENT,
            name,
            m.config_type,
            m.config_information,
        )
    ]
    if m.service_config_key is not None:
        part = _w.put(_w.UNSPEC, 177, m.service_config_key, 8, _WIDE, name, "ServiceConfigKey")
        parts.append(part)
    if m.skill_group_config_key is not None:
        part = _w.put(
            _w.UNSPEC, 178, m.skill_group_config_key, 8, _WIDE, name, "SkillGroupConfigKey"
        )
        parts.append(part)
    if m.agent_config_key is not None:
        part = _w.put(_w.UNSPEC, 179, m.agent_config_key, 8, _WIDE, name, "AgentConfigKey")
        parts.append(part)
    if m.device_config_key is not None:
        part = _w.put(_w.UNSPEC, 180, m.device_config_key, 8, _WIDE, name, "DeviceConfigKey")
        parts.append(part)
    if m.call_type_config_key is not None:
        part = _w.put(_w.UNSPEC, 209, m.call_type_config_key, 8, _WIDE, name, "CallTypeConfigKey")
        parts.append(part)
    if m.peripheral_config_key is not None:
        part = _w.put(
            _w.UNSPEC, 269, m.peripheral_config_key, 8, _WIDE, name, "PeripheralConfigKey"
        )
        parts.append(part)
    if m.agent_desk_settings_config_key is not None:
        part = _w.put(
            _w.UNSPEC,
            270,
            m.agent_desk_settings_config_key,
            8,
            _WIDE,
            name,
            "AgentDeskSettingsConfigKey",
        )
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(233, parts)


def _encode_config_begin_event(m: ConfigBeginEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_config_begin_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_config_begin_event(m)
        p: list[bytes] = []
        v0 = m.service_config_key
        if v0 is not None:
            if type(v0) is not bytes or len(v0) > 8:
                return _careful_config_begin_event(m)
            p += (_w.HEAD2(177, len(v0)), v0)
        v1 = m.skill_group_config_key
        if v1 is not None:
            if type(v1) is not bytes or len(v1) > 8:
                return _careful_config_begin_event(m)
            p += (_w.HEAD2(178, len(v1)), v1)
        v2 = m.agent_config_key
        if v2 is not None:
            if type(v2) is not bytes or len(v2) > 8:
                return _careful_config_begin_event(m)
            p += (_w.HEAD2(179, len(v2)), v2)
        v3 = m.device_config_key
        if v3 is not None:
            if type(v3) is not bytes or len(v3) > 8:
                return _careful_config_begin_event(m)
            p += (_w.HEAD2(180, len(v3)), v3)
        v4 = m.call_type_config_key
        if v4 is not None:
            if type(v4) is not bytes or len(v4) > 8:
                return _careful_config_begin_event(m)
            p += (_w.HEAD2(209, len(v4)), v4)
        v5 = m.peripheral_config_key
        if v5 is not None:
            if type(v5) is not bytes or len(v5) > 8:
                return _careful_config_begin_event(m)
            p += (_w.HEAD2(269, len(v5)), v5)
        v6 = m.agent_desk_settings_config_key
        if v6 is not None:
            if type(v6) is not bytes or len(v6) > 8:
                return _careful_config_begin_event(m)
            p += (_w.HEAD2(270, len(v6)), v6)
        tail = b"".join(p)
        return (
            _H_CONFIG_BEGIN_EVENT.pack(
                6 + len(tail),
                233,
                m.config_type,
                m.config_information,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_config_begin_event(m)


@value_class
class ConfigSkillGroupEvent(GeneratedMessage):
    """Skill group configuration records (add, change or delete).

    CONFIG_SKILL_GROUP_EVENT, MessageType 236, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_SKILL_GROUP_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 236
    MESSAGE_NAME: ClassVar[str] = "CONFIG_SKILL_GROUP_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("records", "unknown_fields")
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = (
        "records",
        "peripheral_number",
        "old_peripheral_number",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "records": ConfigSkillGroupRecord,
    }

    records: tuple[ConfigSkillGroupRecord, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        records: tuple[ConfigSkillGroupRecord, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "records", records)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_SKILL_GROUP_EVENT: Final = _w.builder(ConfigSkillGroupEvent)
_S_CONFIG_SKILL_GROUP_EVENT: Final = struct.Struct(">H")
_H_CONFIG_SKILL_GROUP_EVENT: Final = struct.Struct(">IIH")  # header and fixed part
_X_CONFIG_SKILL_GROUP_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_SKILL_GROUP_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_SKILL_GROUP_EVENT: Final[_w.FieldTable] = {
    183: (0, _w.USHORT, False, "RecordType"),
    208: (1, _w.UINT, False, "FltPeripheralID"),
    184: (2, _w.UINT, False, "PeripheralNumber"),
    213: (3, _w.UINT, False, "OldPeripheralNumber"),
    64: (4, _w.USHORT, False, "FltSkillGroupPriority"),
    192: (5, _w.UINT, False, "SkillGroupSkillTargetID"),
    185: (6, _w.UNSPEC, False, "AutoWork"),
    173: (7, _w.STRING, False, "Extension"),
    133: (8, _w.STRING, False, "PeripheralName"),
    134: (9, _w.STRING, False, "Description"),
    216: (10, _w.UINT, False, "FltMRDomainID"),
    264: (11, _w.UINT, False, "FltPrecisionQueueID"),
    265: (12, _w.STRING, False, "FltPrecisionQueueName"),
    176: (13, _w.STRING, False, "ConfigParam"),
}


def _record_config_skill_group_event(r: list[Any], end: int) -> ConfigSkillGroupRecord:
    """One record of CONFIG_SKILL_GROUP_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_SKILL_GROUP_EVENT", "RecordType", end)
    if r[1] is None:
        raise _w.missing("CONFIG_SKILL_GROUP_EVENT", "FltPeripheralID", end)
    if r[2] is None:
        raise _w.missing("CONFIG_SKILL_GROUP_EVENT", "PeripheralNumber", end)
    if r[5] is None:
        raise _w.missing("CONFIG_SKILL_GROUP_EVENT", "SkillGroupSkillTargetID", end)
    if r[8] is None:
        raise _w.missing("CONFIG_SKILL_GROUP_EVENT", "PeripheralName", end)
    if r[9] is None:
        raise _w.missing("CONFIG_SKILL_GROUP_EVENT", "Description", end)
    if r[10] is None:
        raise _w.missing("CONFIG_SKILL_GROUP_EVENT", "FltMRDomainID", end)
    if r[11] is None:
        raise _w.missing("CONFIG_SKILL_GROUP_EVENT", "FltPrecisionQueueID", end)
    if r[13] is None:
        raise _w.missing("CONFIG_SKILL_GROUP_EVENT", "ConfigParam", end)
    return _new_ConfigSkillGroupRecord(
        _enum_ConfigRecordType[r[0]],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
        r[12],
        r[13],
    )


def _decode_config_skill_group_event(buf: bytes, end: int) -> ConfigSkillGroupEvent:
    if end < 10:
        raise _w.truncated("CONFIG_SKILL_GROUP_EVENT", _X_CONFIG_SKILL_GROUP_EVENT, end)
    _, unknown, records = _w.scan_records(
        buf,
        10,
        end,
        _T_CONFIG_SKILL_GROUP_EVENT,
        0,
        _TR_CONFIG_SKILL_GROUP_EVENT,
        14,
        "CONFIG_SKILL_GROUP_EVENT",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_SKILL_GROUP_EVENT()
    (f0,) = _S_CONFIG_SKILL_GROUP_EVENT.unpack_from(buf, 8)
    count = f0
    if len(records) != count:
        raise _w.group_mismatch(
            "CONFIG_SKILL_GROUP_EVENT",
            "Records",
            "NumRecords",
            count,
            {"RecordType": len(records)},
            end,
        )
    o.records = tuple([_record_config_skill_group_event(r, end) for r in records])
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigSkillGroupEvent
    return o  # type: ignore[no-any-return]


def _careful_config_skill_group_event(m: ConfigSkillGroupEvent) -> bytes:
    name = "CONFIG_SKILL_GROUP_EVENT"
    records = _w.check_group(m.records, ConfigSkillGroupRecord, 10, name, "Records")
    parts = [
        _w.pack_fixed(
            _S_CONFIG_SKILL_GROUP_EVENT,
            _X_CONFIG_SKILL_GROUP_EVENT,
            name,
            len(records),
        )
    ]
    for entry in records:
        parts.append(_w.put(_w.USHORT, 183, entry.record_type, 2, _WIDE, name, "RecordType"))
        parts.append(
            _w.put(_w.UINT, 208, entry.flt_peripheral_id, 4, _WIDE, name, "FltPeripheralID")
        )
        parts.append(
            _w.put(_w.UINT, 184, entry.peripheral_number, 4, _WIDE, name, "PeripheralNumber")
        )
        if entry.old_peripheral_number is not None:
            parts.append(
                _w.put(
                    _w.UINT, 213, entry.old_peripheral_number, 4, _WIDE, name, "OldPeripheralNumber"
                )
            )
        if entry.flt_skill_group_priority is not None:
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
            _w.put(
                _w.UINT,
                192,
                entry.skill_group_skill_target_id,
                4,
                _WIDE,
                name,
                "SkillGroupSkillTargetID",
            )
        )
        if entry.auto_work is not None:
            parts.append(_w.put(_w.UNSPEC, 185, entry.auto_work, 65535, _WIDE, name, "AutoWork"))
        if entry.extension is not None:
            parts.append(_w.put(_w.STRING, 173, entry.extension, 16, _WIDE, name, "Extension"))
        parts.append(
            _w.put(_w.STRING, 133, entry.peripheral_name, 64, _WIDE, name, "PeripheralName")
        )
        parts.append(_w.put(_w.STRING, 134, entry.description, 128, _WIDE, name, "Description"))
        parts.append(_w.put(_w.UINT, 216, entry.flt_mr_domain_id, 4, _WIDE, name, "FltMRDomainID"))
        parts.append(
            _w.put(
                _w.UINT, 264, entry.flt_precision_queue_id, 4, _WIDE, name, "FltPrecisionQueueID"
            )
        )
        if entry.flt_precision_queue_name is not None:
            parts.append(
                _w.put(
                    _w.STRING,
                    265,
                    entry.flt_precision_queue_name,
                    32,
                    _WIDE,
                    name,
                    "FltPrecisionQueueName",
                )
            )
        parts.append(_w.put(_w.STRING, 176, entry.config_param, 255, _WIDE, name, "ConfigParam"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(236, parts)


def _encode_config_skill_group_event(m: ConfigSkillGroupEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_config_skill_group_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_config_skill_group_event(m)
        records = m.records
        if records != ():
            return _careful_config_skill_group_event(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_CONFIG_SKILL_GROUP_EVENT.pack(
                2 + len(tail),
                236,
                len(records),
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_config_skill_group_event(m)


@value_class
class ConfigAgentEvent(GeneratedMessage):
    """Agent configuration records (add, change or delete).

    CONFIG_AGENT_EVENT, MessageType 237, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_AGENT_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 237
    MESSAGE_NAME: ClassVar[str] = "CONFIG_AGENT_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("records", "unknown_fields")
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = ("records", "login_id", "old_login_id")
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "records": ConfigAgentRecord,
    }

    records: tuple[ConfigAgentRecord, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        records: tuple[ConfigAgentRecord, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "records", records)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_AGENT_EVENT: Final = _w.builder(ConfigAgentEvent)
_S_CONFIG_AGENT_EVENT: Final = struct.Struct(">H")
_H_CONFIG_AGENT_EVENT: Final = struct.Struct(">IIH")  # header and fixed part
_X_CONFIG_AGENT_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_AGENT_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_AGENT_EVENT: Final[_w.FieldTable] = {
    183: (0, _w.USHORT, False, "RecordType"),
    208: (1, _w.UINT, False, "FltPeripheralID"),
    189: (2, _w.USHORT, False, "AgentType"),
    267: (3, _w.UINT, False, "AgentDeskSettingsID"),
    190: (4, _w.STRING, False, "LoginID"),
    214: (5, _w.STRING, False, "OldLoginID"),
    207: (6, _w.STRING, False, "LoginName"),
    138: (7, _w.STRING, False, "LastName"),
    137: (8, _w.STRING, False, "FirstName"),
    173: (9, _w.STRING, False, "Extension"),
    134: (10, _w.STRING, False, "Description"),
    141: (11, _w.UINT, False, "AgentSkillTargetID"),
    191: (12, _w.USHORT, False, "NumSkills"),
    257: (13, _w.USHORT, False, "SSOEnabled"),
    261: (14, _w.USHORT, False, "NumMRDs"),
    62: (15, _w.UINT, True, "FltSkillGroupNumber"),
    64: (16, _w.USHORT, True, "FltSkillGroupPriority"),
    262: (17, _w.UINT, True, "FltAgentMRDID"),
    263: (18, _w.USHORT, True, "FltAgentMRDState"),
}


def _record_config_agent_event(r: list[Any], end: int) -> ConfigAgentRecord:
    """One record of CONFIG_AGENT_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "RecordType", end)
    if r[1] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "FltPeripheralID", end)
    if r[2] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "AgentType", end)
    if r[3] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "AgentDeskSettingsID", end)
    if r[4] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "LoginID", end)
    if r[6] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "LoginName", end)
    if r[7] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "LastName", end)
    if r[8] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "FirstName", end)
    if r[9] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "Extension", end)
    if r[10] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "Description", end)
    if r[11] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "AgentSkillTargetID", end)
    if r[12] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "NumSkills", end)
    if r[13] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "SSOEnabled", end)
    if len(r[15] or ()) != (r[12] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT",
            "FltSkillGroupNumber",
            "NumSkills",
            r[12] or 0,
            {"FltSkillGroupNumber": len(r[15] or ())},
            end,
        )
    if len(r[16] or ()) != (r[12] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT",
            "FltSkillGroupPriority",
            "NumSkills",
            r[12] or 0,
            {"FltSkillGroupPriority": len(r[16] or ())},
            end,
        )
    if len(r[17] or ()) != (r[14] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT",
            "FltAgentMRDID",
            "NumMRDs",
            r[14] or 0,
            {"FltAgentMRDID": len(r[17] or ())},
            end,
        )
    if len(r[18] or ()) != (r[14] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT",
            "FltAgentMRDState",
            "NumMRDs",
            r[14] or 0,
            {"FltAgentMRDState": len(r[18] or ())},
            end,
        )
    return _new_ConfigAgentRecord(
        _enum_ConfigRecordType[r[0]],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
        r[13],
        tuple(r[15] or ()),
        tuple(r[16] or ()),
        tuple(r[17] or ()),
        tuple([_enum_AgentState[x] for x in r[18] or ()]),
    )


def _decode_config_agent_event(buf: bytes, end: int) -> ConfigAgentEvent:
    if end < 10:
        raise _w.truncated("CONFIG_AGENT_EVENT", _X_CONFIG_AGENT_EVENT, end)
    _, unknown, records = _w.scan_records(
        buf,
        10,
        end,
        _T_CONFIG_AGENT_EVENT,
        0,
        _TR_CONFIG_AGENT_EVENT,
        19,
        "CONFIG_AGENT_EVENT",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_AGENT_EVENT()
    (f0,) = _S_CONFIG_AGENT_EVENT.unpack_from(buf, 8)
    count = f0
    if len(records) != count:
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT", "Records", "NumRecords", count, {"RecordType": len(records)}, end
        )
    o.records = tuple([_record_config_agent_event(r, end) for r in records])
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigAgentEvent
    return o  # type: ignore[no-any-return]


def _careful_config_agent_event(m: ConfigAgentEvent) -> bytes:
    name = "CONFIG_AGENT_EVENT"
    records = _w.check_group(m.records, ConfigAgentRecord, 10, name, "Records")
    parts = [
        _w.pack_fixed(
            _S_CONFIG_AGENT_EVENT,
            _X_CONFIG_AGENT_EVENT,
            name,
            len(records),
        )
    ]
    for entry in records:
        parts.append(_w.put(_w.USHORT, 183, entry.record_type, 2, _WIDE, name, "RecordType"))
        parts.append(
            _w.put(_w.UINT, 208, entry.flt_peripheral_id, 4, _WIDE, name, "FltPeripheralID")
        )
        parts.append(_w.put(_w.USHORT, 189, entry.agent_type, 2, _WIDE, name, "AgentType"))
        parts.append(
            _w.put(
                _w.UINT, 267, entry.agent_desk_settings_id, 4, _WIDE, name, "AgentDeskSettingsID"
            )
        )
        parts.append(_w.put(_w.STRING, 190, entry.login_id, 64, _WIDE, name, "LoginID"))
        if entry.old_login_id is not None:
            parts.append(_w.put(_w.STRING, 214, entry.old_login_id, 64, _WIDE, name, "OldLoginID"))
        parts.append(_w.put(_w.STRING, 207, entry.login_name, 255, _WIDE, name, "LoginName"))
        parts.append(_w.put(_w.STRING, 138, entry.last_name, 32, _WIDE, name, "LastName"))
        parts.append(_w.put(_w.STRING, 137, entry.first_name, 32, _WIDE, name, "FirstName"))
        parts.append(_w.put(_w.STRING, 173, entry.extension, 16, _WIDE, name, "Extension"))
        parts.append(_w.put(_w.STRING, 134, entry.description, 128, _WIDE, name, "Description"))
        parts.append(
            _w.put(_w.UINT, 141, entry.agent_skill_target_id, 4, _WIDE, name, "AgentSkillTargetID")
        )
        count = _w.count_of(
            (
                entry.flt_skill_group_number,
                entry.flt_skill_group_priority,
            ),
            name,
            "NumSkills",
        )
        parts.append(_w.put(_w.USHORT, 191, count, 2, _WIDE, name, "NumSkills"))
        parts.append(_w.put(_w.USHORT, 257, entry.sso_enabled, 2, _WIDE, name, "SSOEnabled"))
        count = _w.count_of(
            (
                entry.flt_agent_mrd_id,
                entry.flt_agent_mrd_state,
            ),
            name,
            "NumMRDs",
        )
        if count:
            parts.append(_w.put(_w.USHORT, 261, count, 2, _WIDE, name, "NumMRDs"))
        for value in _w.values(entry.flt_skill_group_number, 100, name, "FltSkillGroupNumber"):
            parts.append(_w.put(_w.UINT, 62, value, 4, _WIDE, name, "FltSkillGroupNumber"))
        for value in _w.values(entry.flt_skill_group_priority, 100, name, "FltSkillGroupPriority"):
            parts.append(_w.put(_w.USHORT, 64, value, 2, _WIDE, name, "FltSkillGroupPriority"))
        for value in _w.values(entry.flt_agent_mrd_id, 40, name, "FltAgentMRDID"):
            parts.append(_w.put(_w.UINT, 262, value, 4, _WIDE, name, "FltAgentMRDID"))
        for value in _w.values(entry.flt_agent_mrd_state, 40, name, "FltAgentMRDState"):
            parts.append(_w.put(_w.USHORT, 263, value, 2, _WIDE, name, "FltAgentMRDState"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(237, parts)


def _encode_config_agent_event(m: ConfigAgentEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_config_agent_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_config_agent_event(m)
        records = m.records
        if records != ():
            return _careful_config_agent_event(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_CONFIG_AGENT_EVENT.pack(
                2 + len(tail),
                237,
                len(records),
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_config_agent_event(m)


@value_class
class ConfigPeripheralEvent(GeneratedMessage):
    """Peripheral configuration records (default agent desk settings of each peripheral).

    CONFIG_PERIPHERAL_EVENT, MessageType 260, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_PERIPHERAL_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 260
    MESSAGE_NAME: ClassVar[str] = "CONFIG_PERIPHERAL_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("records", "unknown_fields")
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = (
        "records",
        "config_peripheral_id",
        None,
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "records": ConfigPeripheralRecord,
    }

    records: tuple[ConfigPeripheralRecord, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        records: tuple[ConfigPeripheralRecord, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "records", records)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_PERIPHERAL_EVENT: Final = _w.builder(ConfigPeripheralEvent)
_S_CONFIG_PERIPHERAL_EVENT: Final = struct.Struct(">H")
_H_CONFIG_PERIPHERAL_EVENT: Final = struct.Struct(">IIH")  # header and fixed part
_X_CONFIG_PERIPHERAL_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_PERIPHERAL_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_PERIPHERAL_EVENT: Final[_w.FieldTable] = {
    183: (0, _w.USHORT, False, "RecordType"),
    271: (1, _w.UINT, False, "ConfigPeripheralID"),
    272: (2, _w.UINT, False, "DefaultAgentDeskSettingsID"),
}


def _record_config_peripheral_event(r: list[Any], end: int) -> ConfigPeripheralRecord:
    """One record of CONFIG_PERIPHERAL_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_PERIPHERAL_EVENT", "RecordType", end)
    if r[1] is None:
        raise _w.missing("CONFIG_PERIPHERAL_EVENT", "ConfigPeripheralID", end)
    if r[2] is None:
        raise _w.missing("CONFIG_PERIPHERAL_EVENT", "DefaultAgentDeskSettingsID", end)
    return _new_ConfigPeripheralRecord(
        _enum_ConfigRecordType[r[0]],
        r[1],
        r[2],
    )


def _decode_config_peripheral_event(buf: bytes, end: int) -> ConfigPeripheralEvent:
    if end < 10:
        raise _w.truncated("CONFIG_PERIPHERAL_EVENT", _X_CONFIG_PERIPHERAL_EVENT, end)
    _, unknown, records = _w.scan_records(
        buf,
        10,
        end,
        _T_CONFIG_PERIPHERAL_EVENT,
        0,
        _TR_CONFIG_PERIPHERAL_EVENT,
        3,
        "CONFIG_PERIPHERAL_EVENT",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_PERIPHERAL_EVENT()
    (f0,) = _S_CONFIG_PERIPHERAL_EVENT.unpack_from(buf, 8)
    count = f0
    if len(records) != count:
        raise _w.group_mismatch(
            "CONFIG_PERIPHERAL_EVENT",
            "Records",
            "NumRecords",
            count,
            {"RecordType": len(records)},
            end,
        )
    o.records = tuple([_record_config_peripheral_event(r, end) for r in records])
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigPeripheralEvent
    return o  # type: ignore[no-any-return]


def _careful_config_peripheral_event(m: ConfigPeripheralEvent) -> bytes:
    name = "CONFIG_PERIPHERAL_EVENT"
    records = _w.check_group(m.records, ConfigPeripheralRecord, 10, name, "Records")
    parts = [
        _w.pack_fixed(
            _S_CONFIG_PERIPHERAL_EVENT,
            _X_CONFIG_PERIPHERAL_EVENT,
            name,
            len(records),
        )
    ]
    for entry in records:
        parts.append(_w.put(_w.USHORT, 183, entry.record_type, 2, _WIDE, name, "RecordType"))
        parts.append(
            _w.put(_w.UINT, 271, entry.config_peripheral_id, 4, _WIDE, name, "ConfigPeripheralID")
        )
        parts.append(
            _w.put(
                _w.UINT,
                272,
                entry.default_agent_desk_settings_id,
                4,
                _WIDE,
                name,
                "DefaultAgentDeskSettingsID",
            )
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(260, parts)


def _encode_config_peripheral_event(m: ConfigPeripheralEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_config_peripheral_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_config_peripheral_event(m)
        records = m.records
        if records != ():
            return _careful_config_peripheral_event(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_CONFIG_PERIPHERAL_EVENT.pack(
                2 + len(tail),
                260,
                len(records),
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_config_peripheral_event(m)


@value_class
class ConfigAgentDeskSettingsEvent(GeneratedMessage):
    """Agent desk settings configuration records (add, change or delete).

    CONFIG_AGENT_DESK_SETTINGS_EVENT, MessageType 261, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_AGENT_DESK_SETTINGS_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 261
    MESSAGE_NAME: ClassVar[str] = "CONFIG_AGENT_DESK_SETTINGS_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("records", "unknown_fields")
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = (
        "records",
        "agent_desk_settings_id",
        None,
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "records": ConfigAgentDeskSettingsRecord,
    }

    records: tuple[ConfigAgentDeskSettingsRecord, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        records: tuple[ConfigAgentDeskSettingsRecord, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "records", records)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_AGENT_DESK_SETTINGS_EVENT: Final = _w.builder(ConfigAgentDeskSettingsEvent)
_S_CONFIG_AGENT_DESK_SETTINGS_EVENT: Final = struct.Struct(">H")
_H_CONFIG_AGENT_DESK_SETTINGS_EVENT: Final = struct.Struct(">IIH")  # header and fixed part
_X_CONFIG_AGENT_DESK_SETTINGS_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_AGENT_DESK_SETTINGS_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_AGENT_DESK_SETTINGS_EVENT: Final[_w.FieldTable] = {
    183: (0, _w.USHORT, False, "RecordType"),
    267: (1, _w.UINT, False, "AgentDeskSettingsID"),
    273: (2, _w.UINT, False, "FltDeskSettingsMask"),
    274: (3, _w.UINT, False, "FltWrapUpDataIncomingMode"),
    275: (4, _w.UINT, False, "FltWrapUpDataOutgoingMode"),
    276: (5, _w.UINT, False, "FltLogoutNonActivityTime"),
    277: (6, _w.UINT, False, "FltQualityRecordingRate"),
    278: (7, _w.UINT, False, "FltRingNoAnswerTime"),
    279: (8, _w.UINT, False, "FltSilentMonitorWarningMessage"),
    280: (9, _w.UINT, False, "FltSilentMonitorAudibleIndication"),
    281: (10, _w.UINT, False, "FltSupervisorAssistCallMethod"),
    282: (11, _w.UINT, False, "FltEmergencyCallMethod"),
    283: (12, _w.UINT, False, "FltAutoRecordOnEmergency"),
    284: (13, _w.UINT, False, "FltRecordingMode"),
    285: (14, _w.UINT, False, "FltWorkModeTimer"),
    286: (15, _w.UINT, False, "FltRingNoAnswerDnId"),
    287: (16, _w.STRING, False, "FltDefaultDevicePortAddress"),
}


def _record_config_agent_desk_settings_event(
    r: list[Any], end: int
) -> ConfigAgentDeskSettingsRecord:
    """One record of CONFIG_AGENT_DESK_SETTINGS_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "RecordType", end)
    if r[1] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "AgentDeskSettingsID", end)
    if r[2] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltDeskSettingsMask", end)
    if r[3] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltWrapUpDataIncomingMode", end)
    if r[4] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltWrapUpDataOutgoingMode", end)
    if r[5] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltLogoutNonActivityTime", end)
    if r[6] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltQualityRecordingRate", end)
    if r[7] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltRingNoAnswerTime", end)
    if r[8] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltSilentMonitorWarningMessage", end)
    if r[9] is None:
        raise _w.missing(
            "CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltSilentMonitorAudibleIndication", end
        )
    if r[10] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltSupervisorAssistCallMethod", end)
    if r[11] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltEmergencyCallMethod", end)
    if r[12] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltAutoRecordOnEmergency", end)
    if r[13] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltRecordingMode", end)
    if r[14] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltWorkModeTimer", end)
    if r[15] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "FltRingNoAnswerDnId", end)
    return _new_ConfigAgentDeskSettingsRecord(
        _enum_ConfigRecordType[r[0]],
        r[1],
        _mask_AgentDeskSettingsMask[r[2]],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
        r[12],
        r[13],
        r[14],
        r[15],
        r[16],
    )


def _decode_config_agent_desk_settings_event(buf: bytes, end: int) -> ConfigAgentDeskSettingsEvent:
    if end < 10:
        raise _w.truncated(
            "CONFIG_AGENT_DESK_SETTINGS_EVENT", _X_CONFIG_AGENT_DESK_SETTINGS_EVENT, end
        )
    _, unknown, records = _w.scan_records(
        buf,
        10,
        end,
        _T_CONFIG_AGENT_DESK_SETTINGS_EVENT,
        0,
        _TR_CONFIG_AGENT_DESK_SETTINGS_EVENT,
        17,
        "CONFIG_AGENT_DESK_SETTINGS_EVENT",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_AGENT_DESK_SETTINGS_EVENT()
    (f0,) = _S_CONFIG_AGENT_DESK_SETTINGS_EVENT.unpack_from(buf, 8)
    count = f0
    if len(records) != count:
        raise _w.group_mismatch(
            "CONFIG_AGENT_DESK_SETTINGS_EVENT",
            "Records",
            "NumRecords",
            count,
            {"RecordType": len(records)},
            end,
        )
    o.records = tuple([_record_config_agent_desk_settings_event(r, end) for r in records])
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigAgentDeskSettingsEvent
    return o  # type: ignore[no-any-return]


def _careful_config_agent_desk_settings_event(m: ConfigAgentDeskSettingsEvent) -> bytes:
    name = "CONFIG_AGENT_DESK_SETTINGS_EVENT"
    records = _w.check_group(m.records, ConfigAgentDeskSettingsRecord, 10, name, "Records")
    parts = [
        _w.pack_fixed(
            _S_CONFIG_AGENT_DESK_SETTINGS_EVENT,
            _X_CONFIG_AGENT_DESK_SETTINGS_EVENT,
            name,
            len(records),
        )
    ]
    for entry in records:
        parts.append(_w.put(_w.USHORT, 183, entry.record_type, 2, _WIDE, name, "RecordType"))
        parts.append(
            _w.put(
                _w.UINT, 267, entry.agent_desk_settings_id, 4, _WIDE, name, "AgentDeskSettingsID"
            )
        )
        parts.append(
            _w.put(
                _w.UINT, 273, entry.flt_desk_settings_mask, 4, _WIDE, name, "FltDeskSettingsMask"
            )
        )
        parts.append(
            _w.put(
                _w.UINT,
                274,
                entry.flt_wrap_up_data_incoming_mode,
                4,
                _WIDE,
                name,
                "FltWrapUpDataIncomingMode",
            )
        )
        parts.append(
            _w.put(
                _w.UINT,
                275,
                entry.flt_wrap_up_data_outgoing_mode,
                4,
                _WIDE,
                name,
                "FltWrapUpDataOutgoingMode",
            )
        )
        parts.append(
            _w.put(
                _w.UINT,
                276,
                entry.flt_logout_non_activity_time,
                4,
                _WIDE,
                name,
                "FltLogoutNonActivityTime",
            )
        )
        parts.append(
            _w.put(
                _w.UINT,
                277,
                entry.flt_quality_recording_rate,
                4,
                _WIDE,
                name,
                "FltQualityRecordingRate",
            )
        )
        parts.append(
            _w.put(
                _w.UINT, 278, entry.flt_ring_no_answer_time, 4, _WIDE, name, "FltRingNoAnswerTime"
            )
        )
        parts.append(
            _w.put(
                _w.UINT,
                279,
                entry.flt_silent_monitor_warning_message,
                4,
                _WIDE,
                name,
                "FltSilentMonitorWarningMessage",
            )
        )
        parts.append(
            _w.put(
                _w.UINT,
                280,
                entry.flt_silent_monitor_audible_indication,
                4,
                _WIDE,
                name,
                "FltSilentMonitorAudibleIndication",
            )
        )
        parts.append(
            _w.put(
                _w.UINT,
                281,
                entry.flt_supervisor_assist_call_method,
                4,
                _WIDE,
                name,
                "FltSupervisorAssistCallMethod",
            )
        )
        parts.append(
            _w.put(
                _w.UINT,
                282,
                entry.flt_emergency_call_method,
                4,
                _WIDE,
                name,
                "FltEmergencyCallMethod",
            )
        )
        parts.append(
            _w.put(
                _w.UINT,
                283,
                entry.flt_auto_record_on_emergency,
                4,
                _WIDE,
                name,
                "FltAutoRecordOnEmergency",
            )
        )
        parts.append(
            _w.put(_w.UINT, 284, entry.flt_recording_mode, 4, _WIDE, name, "FltRecordingMode")
        )
        parts.append(
            _w.put(_w.UINT, 285, entry.flt_work_mode_timer, 4, _WIDE, name, "FltWorkModeTimer")
        )
        parts.append(
            _w.put(
                _w.UINT, 286, entry.flt_ring_no_answer_dn_id, 4, _WIDE, name, "FltRingNoAnswerDnId"
            )
        )
        if entry.flt_default_device_port_address is not None:
            parts.append(
                _w.put(
                    _w.STRING,
                    287,
                    entry.flt_default_device_port_address,
                    4,
                    _WIDE,
                    name,
                    "FltDefaultDevicePortAddress",
                )
            )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(261, parts)


def _encode_config_agent_desk_settings_event(m: ConfigAgentDeskSettingsEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_config_agent_desk_settings_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_config_agent_desk_settings_event(m)
        records = m.records
        if records != ():
            return _careful_config_agent_desk_settings_event(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_CONFIG_AGENT_DESK_SETTINGS_EVENT.pack(
                2 + len(tail),
                261,
                len(records),
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_config_agent_desk_settings_event(m)


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
        230: ConfigRequestKeyEvent,
        231: ConfigKeyEvent,
        232: ConfigRequestEvent,
        233: ConfigBeginEvent,
        234: ConfigEndEvent,
        235: ConfigServiceEvent,
        236: ConfigSkillGroupEvent,
        237: ConfigAgentEvent,
        238: ConfigDeviceEvent,
        240: CallAttributeChangeEvent,
        245: ConfigCallTypeEvent,
        248: CallAgentGreetingEvent,
        249: AgentGreetingControlReq,
        250: AgentGreetingControlConf,
        254: ConfigMrdEvent,
        260: ConfigPeripheralEvent,
        261: ConfigAgentDeskSettingsEvent,
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
        230: "CONFIG_REQUEST_KEY_EVENT",
        231: "CONFIG_KEY_EVENT",
        232: "CONFIG_REQUEST_EVENT",
        233: "CONFIG_BEGIN_EVENT",
        234: "CONFIG_END_EVENT",
        235: "CONFIG_SERVICE_EVENT",
        236: "CONFIG_SKILL_GROUP_EVENT",
        237: "CONFIG_AGENT_EVENT",
        238: "CONFIG_DEVICE_EVENT",
        240: "CALL_ATTRIBUTE_CHANGE_EVENT",
        242: "TEAM_CONFIG_REQ",
        243: "TEAM_CONFIG_EVENT",
        244: "TEAM_CONFIG_CONF",
        245: "CONFIG_CALL_TYPE_EVENT",
        247: "CALL_TERMINATION_EVENT",
        248: "CALL_AGENT_GREETING_EVENT",
        249: "AGENT_GREETING_CONTROL_REQ",
        250: "AGENT_GREETING_CONTROL_CONF",
        254: "CONFIG_MRD_EVENT",
        255: "GET_AGENT_TASKS_REQ",
        256: "AGENT_TASKS_RESP",
        257: "SNAPSHOT_TASK_REQ",
        258: "SNAPSHOT_TASK_RESP",
        260: "CONFIG_PERIPHERAL_EVENT",
        261: "CONFIG_AGENT_DESK_SETTINGS_EVENT",
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
    230: _decode_config_request_key_event,
    231: _decode_config_key_event,
    232: _decode_config_request_event,
    233: _decode_config_begin_event,
    234: _decode_config_end_event,
    235: _decode_config_service_event,
    236: _decode_config_skill_group_event,
    237: _decode_config_agent_event,
    238: _decode_config_device_event,
    240: _decode_call_attribute_change_event,
    245: _decode_config_call_type_event,
    248: _decode_call_agent_greeting_event,
    249: _decode_agent_greeting_control_req,
    250: _decode_agent_greeting_control_conf,
    254: _decode_config_mrd_event,
    260: _decode_config_peripheral_event,
    261: _decode_config_agent_desk_settings_event,
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
    ConfigRequestKeyEvent: _encode_config_request_key_event,
    ConfigKeyEvent: _encode_config_key_event,
    ConfigRequestEvent: _encode_config_request_event,
    ConfigBeginEvent: _encode_config_begin_event,
    ConfigEndEvent: _encode_config_end_event,
    ConfigServiceEvent: _encode_config_service_event,
    ConfigSkillGroupEvent: _encode_config_skill_group_event,
    ConfigAgentEvent: _encode_config_agent_event,
    ConfigDeviceEvent: _encode_config_device_event,
    CallAttributeChangeEvent: _encode_call_attribute_change_event,
    ConfigCallTypeEvent: _encode_config_call_type_event,
    CallAgentGreetingEvent: _encode_call_agent_greeting_event,
    AgentGreetingControlReq: _encode_agent_greeting_control_req,
    AgentGreetingControlConf: _encode_agent_greeting_control_conf,
    ConfigMrdEvent: _encode_config_mrd_event,
    ConfigPeripheralEvent: _encode_config_peripheral_event,
    ConfigAgentDeskSettingsEvent: _encode_config_agent_desk_settings_event,
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
            f"{type(message).__name__} is not a Protocol Version 22 message",
            message=type(message).__name__,
        )
    if len(frame) > MAX_MESSAGE_SIZE:
        raise _w.too_long(frame, message.MESSAGE_NAME, MAX_MESSAGE_SIZE)
    return frame


def frame_decoder() -> FrameDecoder:
    """A :class:`ctiwire.FrameDecoder` bounded by this version's largest message."""
    return FrameDecoder(MAX_MESSAGE_SIZE)

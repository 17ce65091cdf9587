"""Messages of CTI Server Protocol Version 25: classes, decoders and encoders.

Generated from spec/ by ``python -m codegen``: do not edit.

A message whose definition is the same as in an earlier version (same fields, same wire format)
is not repeated: it is imported from the first version that has it, so ``ctiwire.v25`` and
that version share the class. What is defined below is new or different in Version 25.
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
    AgentDeskSettingsReq,
    AgentGreetingControlConf,
    AgentGreetingControlReq,
    AgentPreCallAbortEvent,
    AgentSkillGroup,
    AgentTeamConfigEvent,
    AlternateCallConf,
    AlternateCallReq,
    AnswerCallConf,
    AnswerCallReq,
    BadCallConf,
    BadCallReq,
    CallAgentGreetingEvent,
    CallDevice,
    CallTranslationRouteEvent,
    ChangeMonitorMaskConf,
    ClearCallConf,
    ClearCallReq,
    ClearConnectionConf,
    ClientEventReportConf,
    ClientEventReportReq,
    CloseConf,
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
    MonitorStopConf,
    MonitorStopReq,
    PeripheralInfo,
    QueryAgentStateReq,
    QueryAgentStatisticsConf,
    QueryAgentStatisticsReq,
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
    SessionMonitorStartConf,
    SessionMonitorStartReq,
    SessionMonitorStopConf,
    SessionMonitorStopReq,
    SetAgentStateConf,
    SetAppDataConf,
    SetAppDataReq,
    SetCallDataConf,
    SetCallDataReq,
    SetDeviceAttributesConf,
    SetDeviceAttributesReq,
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
    _decode_agent_desk_settings_req,
    _decode_agent_greeting_control_conf,
    _decode_agent_greeting_control_req,
    _decode_agent_pre_call_abort_event,
    _decode_agent_team_config_event,
    _decode_alternate_call_conf,
    _decode_alternate_call_req,
    _decode_answer_call_conf,
    _decode_answer_call_req,
    _decode_bad_call_conf,
    _decode_bad_call_req,
    _decode_call_agent_greeting_event,
    _decode_call_translation_route_event,
    _decode_change_monitor_mask_conf,
    _decode_clear_call_conf,
    _decode_clear_call_req,
    _decode_clear_connection_conf,
    _decode_client_event_report_conf,
    _decode_client_event_report_req,
    _decode_close_conf,
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
    _decode_monitor_stop_conf,
    _decode_monitor_stop_req,
    _decode_query_agent_state_req,
    _decode_query_agent_statistics_conf,
    _decode_query_agent_statistics_req,
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
    _decode_session_monitor_start_conf,
    _decode_session_monitor_start_req,
    _decode_session_monitor_stop_conf,
    _decode_session_monitor_stop_req,
    _decode_set_agent_state_conf,
    _decode_set_app_data_conf,
    _decode_set_app_data_req,
    _decode_set_call_data_conf,
    _decode_set_call_data_req,
    _decode_set_device_attributes_conf,
    _decode_set_device_attributes_req,
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
    _encode_agent_desk_settings_req,
    _encode_agent_greeting_control_conf,
    _encode_agent_greeting_control_req,
    _encode_agent_pre_call_abort_event,
    _encode_agent_team_config_event,
    _encode_alternate_call_conf,
    _encode_alternate_call_req,
    _encode_answer_call_conf,
    _encode_answer_call_req,
    _encode_bad_call_conf,
    _encode_bad_call_req,
    _encode_call_agent_greeting_event,
    _encode_call_translation_route_event,
    _encode_change_monitor_mask_conf,
    _encode_clear_call_conf,
    _encode_clear_call_req,
    _encode_clear_connection_conf,
    _encode_client_event_report_conf,
    _encode_client_event_report_req,
    _encode_close_conf,
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
    _encode_monitor_stop_conf,
    _encode_monitor_stop_req,
    _encode_query_agent_state_req,
    _encode_query_agent_statistics_conf,
    _encode_query_agent_statistics_req,
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
    _encode_session_monitor_start_conf,
    _encode_session_monitor_start_req,
    _encode_session_monitor_stop_conf,
    _encode_session_monitor_stop_req,
    _encode_set_agent_state_conf,
    _encode_set_app_data_conf,
    _encode_set_app_data_req,
    _encode_set_call_data_conf,
    _encode_set_call_data_req,
    _encode_set_device_attributes_conf,
    _encode_set_device_attributes_req,
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
from ctiwire.v22.messages import (
    ConfigKeyEvent,
    ConfigPeripheralEvent,
    ConfigPeripheralRecord,
    ConfigSkillGroupEvent,
    ConfigSkillGroupRecord,
    QueryAgentStateConf,
    _decode_config_key_event,
    _decode_config_peripheral_event,
    _decode_config_skill_group_event,
    _decode_query_agent_state_conf,
    _encode_config_key_event,
    _encode_config_peripheral_event,
    _encode_config_skill_group_event,
    _encode_query_agent_state_conf,
    _new_ConfigPeripheralRecord,
    _new_ConfigSkillGroupRecord,
)
from ctiwire.v23.messages import (
    ChangeMonitorMaskReq,
    MonitorStartReq,
    _decode_change_monitor_mask_req,
    _decode_monitor_start_req,
    _encode_change_monitor_mask_req,
    _encode_monitor_start_req,
)
from ctiwire.v24.messages import (
    ActiveMaintenanceEvent,
    ActiveMaintenanceReq,
    ActiveMaintenanceResp,
    AgentPreCallEvent,
    ClientSessionOpenedEvent,
    ConfigAgentServiceEvent,
    ConfigAgentServiceRecord,
    SetAgentServiceDataReq,
    SnapshotCallConf,
    _decode_active_maintenance_event,
    _decode_active_maintenance_req,
    _decode_active_maintenance_resp,
    _decode_agent_pre_call_event,
    _decode_client_session_opened_event,
    _decode_config_agent_service_event,
    _decode_set_agent_service_data_req,
    _decode_snapshot_call_conf,
    _encode_active_maintenance_event,
    _encode_active_maintenance_req,
    _encode_active_maintenance_resp,
    _encode_agent_pre_call_event,
    _encode_client_session_opened_event,
    _encode_config_agent_service_event,
    _encode_set_agent_service_data_req,
    _encode_snapshot_call_conf,
    _new_ConfigAgentServiceRecord,
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
    "ConfigAgentServiceRecord",
    "ConfigCallTypeRecord",
    "ConfigDeviceRecord",
    "ConfigMrdRecord",
    "ConfigPeripheralRecord",
    "ConfigServiceRecord",
    "ConfigSkillGroupRecord",
    "ConfigTerminalRecord",
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
    "StartNetworkRecordingReq",
    "StartNetworkRecordingConf",
    "StopNetworkRecordingReq",
    "StopNetworkRecordingConf",
    "NetworkRecordingStartedEvent",
    "NetworkRecordingEndedEvent",
    "NetworkRecordingFailedEvent",
    "NetworkRecordingTargetInfoEvent",
    "ConfigTerminalEvent",
    "ActiveMaintenanceReq",
    "ActiveMaintenanceResp",
    "ActiveMaintenanceEvent",
    "ConfigAgentServiceEvent",
    "SetAgentServiceDataReq",
    "SetAgentServiceDataConf",
]

PROTOCOL_VERSION: Final = 25
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
_enum_EventCause: Final = _w.EnumMap(EventCause)
_enum_CallType: Final = _w.EnumMap(CallType)
_enum_ConfigRecordType: Final = _w.EnumMap(ConfigRecordType)
_enum_StatusCode: Final = _w.EnumMap(StatusCode)
_enum_AgentState: Final = _w.EnumMap(AgentState)
_enum_PeripheralType: Final = _w.EnumMap(PeripheralType)
_enum_LocalConnectionState: Final = _w.EnumMap(LocalConnectionState)
_enum_DeviceIDType: Final = _w.EnumMap(DeviceIDType)
_enum_ConnectionDeviceIDType: Final = _w.EnumMap(ConnectionDeviceIDType)
_enum_LineType: Final = _w.EnumMap(LineType)
_enum_TypeOfDevice: Final = _w.EnumMap(TypeOfDevice)
_enum_AgentWorkMode: Final = _w.EnumMap(AgentWorkMode)
_enum_DispositionCode: Final = _w.EnumMap(DispositionCode)
_mask_ConfigEventMask: Final = _w.FlagCache(ConfigEventMask)
_mask_TransferConferenceSetupMask: Final = _w.FlagCache(TransferConferenceSetupMask)
_mask_CallControlMask: Final = _w.FlagCache(CallControlMask)
_mask_OtherFeatureMask: Final = _w.FlagCache(OtherFeatureMask)
_mask_AgentDeskSettingsMask: Final = _w.FlagCache(AgentDeskSettingsMask)
_mask_CTIServiceMask: Final = _w.FlagCache(CTIServiceMask)
_mask_CallEventMask: Final = _w.FlagCache(CallEventMask)
_mask_AgentStateMask: Final = _w.FlagCache(AgentStateMask)
_mask_PGStatusCode: Final = _w.FlagCache(PGStatusCode)
_mask_ClassOfDevice: Final = _w.FlagCache(ClassOfDevice)
_mask_AgentServiceRequestMask: Final = _w.FlagCache(AgentServiceRequestMask)


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
        "play_zip_tone",
        "acd_shared_line_usage",
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
    play_zip_tone: int
    acd_shared_line_usage: int

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
        play_zip_tone: int,
        acd_shared_line_usage: int,
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
        _set(self, "play_zip_tone", play_zip_tone)
        _set(self, "acd_shared_line_usage", acd_shared_line_usage)


_new_ConfigAgentDeskSettingsRecord = _w.fast_constructor(ConfigAgentDeskSettingsRecord)


@value_class
class ConfigAgentRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "flt_peripheral_id",
        "active_terminal",
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
    active_terminal: str | None
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
        active_terminal: str | None = None,
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
        _set(self, "active_terminal", active_terminal)
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
class ConfigTerminalRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "terminal_type",
        "terminal_device_name",
        "terminal_type_name",
        "instrument",
    )
    record_type: ConfigRecordType | int
    terminal_type: int
    terminal_device_name: str
    terminal_type_name: str
    instrument: tuple[str, ...]

    def __init__(
        self,
        *,
        record_type: ConfigRecordType | int,
        terminal_type: int,
        terminal_device_name: str,
        terminal_type_name: str,
        instrument: tuple[str, ...] = (),
    ) -> None:
        _set(self, "record_type", record_type)
        _set(self, "terminal_type", terminal_type)
        _set(self, "terminal_device_name", terminal_device_name)
        _set(self, "terminal_type_name", terminal_type_name)
        _set(self, "instrument", instrument)


_new_ConfigTerminalRecord = _w.fast_constructor(ConfigTerminalRecord)


@value_class
class FailureConf(GeneratedMessage):
    """Negative confirmation; may be sent in response to any request.

    FAILURE_CONF, MessageType 1, server to client.
    From: Messaging Conventions, Failure Indication Messages, Table 3-9 FAILURE_CONF Message Format (Version 15 and 17 editions).
    """

    MESSAGE_TYPE: ClassVar[int] = 1
    MESSAGE_NAME: ClassVar[str] = "FAILURE_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "status", "unknown_fields")

    invoke_id: int
    status: StatusCode | int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        status: StatusCode | int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "status", status)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_FAILURE_CONF: Final = _w.builder(FailureConf)
_S_FAILURE_CONF: Final = struct.Struct(">II")
_H_FAILURE_CONF: Final = struct.Struct(">IIII")  # header and fixed part
_X_FAILURE_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("Status", "I", 16),
)
_T_FAILURE_CONF: Final[_w.FieldTable] = {}


def _decode_failure_conf(buf: bytes, end: int) -> FailureConf:
    if end < 16:
        raise _w.truncated("FAILURE_CONF", _X_FAILURE_CONF, end)
    _, unknown = _w.scan(buf, 16, end, _T_FAILURE_CONF, 0, "FAILURE_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_FAILURE_CONF()
    (o.invoke_id, f1) = _S_FAILURE_CONF.unpack_from(buf, 8)
    o.status = _enum_StatusCode[f1]
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = FailureConf
    return o  # type: ignore[no-any-return]


def _careful_failure_conf(m: FailureConf) -> bytes:
    name = "FAILURE_CONF"
    parts = [
        _w.pack_fixed(
            _S_FAILURE_CONF,
            _X_FAILURE_CONF,
            name,
            m.invoke_id,
            m.status,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(1, parts)


def _encode_failure_conf(m: FailureConf) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_failure_conf, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_failure_conf(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_FAILURE_CONF.pack(
                8 + len(tail),
                1,
                m.invoke_id,
                m.status,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_failure_conf(m)


@value_class
class FailureEvent(GeneratedMessage):
    """Unsolicited notification of a failure or error.

    FAILURE_EVENT, MessageType 2, server to client.
    From: Messaging Conventions, Failure Indication Messages, Table 3-10 FAILURE_EVENT Message Format (Version 15 and 17 editions).
    """

    MESSAGE_TYPE: ClassVar[int] = 2
    MESSAGE_NAME: ClassVar[str] = "FAILURE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("status", "unknown_fields")

    status: StatusCode | int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        status: StatusCode | int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "status", status)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_FAILURE_EVENT: Final = _w.builder(FailureEvent)
_S_FAILURE_EVENT: Final = struct.Struct(">I")
_H_FAILURE_EVENT: Final = struct.Struct(">III")  # header and fixed part
_X_FAILURE_EVENT: Final[_w.FixedFields] = (("Status", "I", 12),)
_T_FAILURE_EVENT: Final[_w.FieldTable] = {}


def _decode_failure_event(buf: bytes, end: int) -> FailureEvent:
    if end < 12:
        raise _w.truncated("FAILURE_EVENT", _X_FAILURE_EVENT, end)
    _, unknown = _w.scan(buf, 12, end, _T_FAILURE_EVENT, 0, "FAILURE_EVENT", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_FAILURE_EVENT()
    (f0,) = _S_FAILURE_EVENT.unpack_from(buf, 8)
    o.status = _enum_StatusCode[f0]
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = FailureEvent
    return o  # type: ignore[no-any-return]


def _careful_failure_event(m: FailureEvent) -> bytes:
    name = "FAILURE_EVENT"
    parts = [
        _w.pack_fixed(
            _S_FAILURE_EVENT,
            _X_FAILURE_EVENT,
            name,
            m.status,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(2, parts)


def _encode_failure_event(m: FailureEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_failure_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_failure_event(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_FAILURE_EVENT.pack(
                4 + len(tail),
                2,
                m.status,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_failure_event(m)


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
class OpenConf(GeneratedMessage):
    """Confirms successful establishment of a session.

    OPEN_CONF, MessageType 4, server to client.
    From: Session Management (v25), OPEN_CONF Message.
    """

    MESSAGE_TYPE: ClassVar[int] = 4
    MESSAGE_NAME: ClassVar[str] = "OPEN_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "services_granted",
        "monitor_id",
        "pg_status",
        "icm_central_controller_time",
        "peripheral_online",
        "peripheral_type",
        "agent_state",
        "department_id",
        "session_type",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "peripherals",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "peripherals": PeripheralInfo,
    }

    invoke_id: int
    services_granted: CTIServiceMask | int
    monitor_id: int
    pg_status: PGStatusCode | int
    icm_central_controller_time: int
    peripheral_online: bool | int
    peripheral_type: PeripheralType | int
    agent_state: AgentState | int
    department_id: int
    session_type: int
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    peripherals: tuple[PeripheralInfo, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        services_granted: CTIServiceMask | int = 0,
        monitor_id: int = 0,
        pg_status: PGStatusCode | int = 0,
        icm_central_controller_time: int = 0,
        peripheral_online: bool | int = False,
        peripheral_type: PeripheralType | int = 0,
        agent_state: AgentState | int = 0,
        department_id: int = 0,
        session_type: int = 0,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        peripherals: tuple[PeripheralInfo, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "services_granted", services_granted)
        _set(self, "monitor_id", monitor_id)
        _set(self, "pg_status", pg_status)
        _set(self, "icm_central_controller_time", icm_central_controller_time)
        _set(self, "peripheral_online", peripheral_online)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "agent_state", agent_state)
        _set(self, "department_id", department_id)
        _set(self, "session_type", session_type)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "peripherals", peripherals)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_OPEN_CONF: Final = _w.builder(OpenConf)
_S_OPEN_CONF: Final = struct.Struct(">IIIIIHHHiH")
_H_OPEN_CONF: Final = struct.Struct(">IIIIIIIHHHiH")  # header and fixed part
_X_OPEN_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("ServicesGranted", "I", 16),
    ("MonitorID", "I", 20),
    ("PGStatus", "I", 24),
    ("ICMCentralControllerTime", "I", 28),
    ("PeripheralOnline", "H", 30),
    ("PeripheralType", "H", 32),
    ("AgentState", "H", 34),
    ("DepartmentID", "i", 38),
    ("SessionType", "H", 40),
)
_T_OPEN_CONF: Final[_w.FieldTable] = {
    4: (0, _w.STRING, False, "AgentExtension"),
    5: (1, _w.STRING, False, "AgentID"),
    6: (2, _w.STRING, False, "AgentInstrument"),
    228: (3, _w.USHORT, False, "NumPeripherals"),
    208: (4, _w.UINT, True, "FltPeripheralID"),
    224: (5, _w.USHORT, True, "MultilineAgentControl"),
}
_FAST_OPEN_CONF: Final = _fast_slots(
    {
        4: 0,
        5: 1,
        6: 2,
    }
)
_INTS_OPEN_CONF: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    228: (3, _w.UNPACK_USHORT, 2, False),
    208: (4, _w.UNPACK_UINT, 4, True),
    224: (5, _w.UNPACK_USHORT, 2, True),
}


def _decode_open_conf(buf: bytes, end: int) -> OpenConf:
    if end < 40:
        raise _w.truncated("OPEN_CONF", _X_OPEN_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 6
    unknown: list[UnknownField] = []
    pos = 40
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_OPEN_CONF.get(tag)
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
                number = _INTS_OPEN_CONF.get(tag)
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
            _field(buf, pos, start, stop, end, tag, vals, _T_OPEN_CONF, unknown, "OPEN_CONF")
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 40, end, _T_OPEN_CONF, 6, "OPEN_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_OPEN_CONF()
    (
        o.invoke_id,
        f1,
        o.monitor_id,
        f3,
        o.icm_central_controller_time,
        f5,
        f6,
        f7,
        o.department_id,
        o.session_type,
    ) = _S_OPEN_CONF.unpack_from(buf, 8)
    o.services_granted = _mask_CTIServiceMask[f1]
    o.pg_status = _mask_PGStatusCode[f3]
    o.peripheral_online = _w.as_bool(f5)
    o.peripheral_type = _enum_PeripheralType[f6]
    o.agent_state = _enum_AgentState[f7]
    (o.agent_extension, o.agent_id, o.agent_instrument, v3, v4, v5) = vals
    count = v3 or 0
    if count == 0 and v4 is None and v5 is None:
        o.peripherals = ()  # the usual case: no entries
    else:
        g4 = v4 or ()
        g5 = v5 or ()
        if len(g4) != count or len(g5) != count:
            raise _w.group_mismatch(
                "OPEN_CONF",
                "Peripherals",
                "NumPeripherals",
                count,
                {"FltPeripheralID": len(g4), "MultilineAgentControl": len(g5)},
                end,
            )
        o.peripherals = tuple(map(_new_PeripheralInfo, g4, g5))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = OpenConf
    return o  # type: ignore[no-any-return]


def _careful_open_conf(m: OpenConf) -> bytes:
    name = "OPEN_CONF"
    peripherals = _w.check_group(m.peripherals, PeripheralInfo, 65535, name, "Peripherals")
    parts = [
        _w.pack_fixed(
            _S_OPEN_CONF,
            _X_OPEN_CONF,
            name,
            m.invoke_id,
            m.services_granted,
            m.monitor_id,
            m.pg_status,
            m.icm_central_controller_time,
            m.peripheral_online,
            m.peripheral_type,
            m.agent_state,
            m.department_id,
            m.session_type,
        )
    ]
    if m.agent_extension is not None:
        part = _w.put(_w.STRING, 4, m.agent_extension, 16, _WIDE, name, "AgentExtension")
        parts.append(part)
    if m.agent_id is not None:
        part = _w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID")
        parts.append(part)
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    if peripherals:
        parts.append(_w.put(_w.USHORT, 228, len(peripherals), 2, _WIDE, name, "NumPeripherals"))
    for entry in peripherals:
        parts.append(
            _w.put(_w.UINT, 208, entry.flt_peripheral_id, 4, _WIDE, name, "FltPeripheralID")
        )
        parts.append(
            _w.put(
                _w.USHORT,
                224,
                entry.multiline_agent_control,
                2,
                _WIDE,
                name,
                "MultilineAgentControl",
            )
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(4, parts)


def _encode_open_conf(m: OpenConf) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_open_conf, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_open_conf(m)
        peripherals = m.peripherals
        if type(peripherals) is not tuple or len(peripherals) > 65535:
            return _careful_open_conf(m)
        p: list[bytes] = []
        v0 = m.agent_extension
        if v0 is not None:
            d = v0.encode()
            n = len(d) + 1
            if n > 16:
                return _careful_open_conf(m)
            p += (_w.HEAD2(4, n), d, _NUL)
        v1 = m.agent_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_open_conf(m)
            p += (_w.HEAD2(5, n), d, _NUL)
        v2 = m.agent_instrument
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_open_conf(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        if peripherals:
            p += (b"\x00\xe4\x00\x02", _w.PACK_USHORT(len(peripherals)))
        for peripherals_entry in peripherals:
            if type(peripherals_entry) is not PeripheralInfo:
                return _careful_open_conf(m)
            v4 = peripherals_entry.flt_peripheral_id
            p += (b"\x00\xd0\x00\x04", _w.PACK_UINT(v4))
            v5 = peripherals_entry.multiline_agent_control
            p += (b"\x00\xe0\x00\x02", _w.PACK_USHORT(v5))
        tail = b"".join(p)
        return (
            _H_OPEN_CONF.pack(
                32 + len(tail),
                4,
                m.invoke_id,
                m.services_granted,
                m.monitor_id,
                m.pg_status,
                m.icm_central_controller_time,
                m.peripheral_online,
                m.peripheral_type,
                m.agent_state,
                m.department_id,
                m.session_type,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_open_conf(m)


@value_class
class CloseReq(GeneratedMessage):
    """Begins graceful termination of the session; Status gives the reason.

    CLOSE_REQ, MessageType 7, client to server.
    From: Session Management (v25), CLOSE_REQ message.
    """

    MESSAGE_TYPE: ClassVar[int] = 7
    MESSAGE_NAME: ClassVar[str] = "CLOSE_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "status", "unknown_fields")

    invoke_id: int
    status: StatusCode | int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        status: StatusCode | int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "status", status)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CLOSE_REQ: Final = _w.builder(CloseReq)
_S_CLOSE_REQ: Final = struct.Struct(">II")
_H_CLOSE_REQ: Final = struct.Struct(">IIII")  # header and fixed part
_X_CLOSE_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("Status", "I", 16),
)
_T_CLOSE_REQ: Final[_w.FieldTable] = {}


def _decode_close_req(buf: bytes, end: int) -> CloseReq:
    if end < 16:
        raise _w.truncated("CLOSE_REQ", _X_CLOSE_REQ, end)
    _, unknown = _w.scan(buf, 16, end, _T_CLOSE_REQ, 0, "CLOSE_REQ", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CLOSE_REQ()
    (o.invoke_id, f1) = _S_CLOSE_REQ.unpack_from(buf, 8)
    o.status = _enum_StatusCode[f1]
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CloseReq
    return o  # type: ignore[no-any-return]


def _careful_close_req(m: CloseReq) -> bytes:
    name = "CLOSE_REQ"
    parts = [
        _w.pack_fixed(
            _S_CLOSE_REQ,
            _X_CLOSE_REQ,
            name,
            m.invoke_id,
            m.status,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(7, parts)


def _encode_close_req(m: CloseReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_close_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_close_req(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_CLOSE_REQ.pack(
                8 + len(tail),
                7,
                m.invoke_id,
                m.status,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_close_req(m)


@value_class
class CallDeliveredEvent(GeneratedMessage):
    """When a call arrives at the agent's phone, or (All Events) when an inbound ACD trunk is seized.

    CALL_DELIVERED_EVENT, MessageType 9, server to client.
    From: Application Level Interfaces (v25), CALL_DELIVERED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 9
    MESSAGE_NAME: ClassVar[str] = "CALL_DELIVERED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "line_handle",
        "line_type",
        "service_number",
        "service_id",
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
        "alerting_device_type",
        "calling_device_type",
        "called_device_type",
        "last_redirect_device_type",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "alerting_device_id",
        "calling_device_id",
        "called_device_id",
        "last_redirect_device_id",
        "trunk_number",
        "trunk_group_number",
        "secondary_connection_call_id",
        "ani",
        "ani_ii",
        "user_to_user_info",
        "dnis",
        "dialed_number",
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
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    line_handle: int
    line_type: LineType | int
    service_number: int
    service_id: int
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int
    alerting_device_type: DeviceIDType | int
    calling_device_type: DeviceIDType | int
    called_device_type: DeviceIDType | int
    last_redirect_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    alerting_device_id: str | None
    calling_device_id: str | None
    called_device_id: str | None
    last_redirect_device_id: str | None
    trunk_number: int | None
    trunk_group_number: int | None
    secondary_connection_call_id: int | None
    ani: str | None
    ani_ii: str | None
    user_to_user_info: bytes | None
    dnis: str | None
    dialed_number: str | None
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
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        service_number: int = 0,
        service_id: int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        skill_group_priority: int = 0,
        alerting_device_type: DeviceIDType | int = 0,
        calling_device_type: DeviceIDType | int = 0,
        called_device_type: DeviceIDType | int = 0,
        last_redirect_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        alerting_device_id: str | None = None,
        calling_device_id: str | None = None,
        called_device_id: str | None = None,
        last_redirect_device_id: str | None = None,
        trunk_number: int | None = None,
        trunk_group_number: int | None = None,
        secondary_connection_call_id: int | None = None,
        ani: str | None = None,
        ani_ii: str | None = None,
        user_to_user_info: bytes | None = None,
        dnis: str | None = None,
        dialed_number: str | None = None,
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
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "service_number", service_number)
        _set(self, "service_id", service_id)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)
        _set(self, "alerting_device_type", alerting_device_type)
        _set(self, "calling_device_type", calling_device_type)
        _set(self, "called_device_type", called_device_type)
        _set(self, "last_redirect_device_type", last_redirect_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "alerting_device_id", alerting_device_id)
        _set(self, "calling_device_id", calling_device_id)
        _set(self, "called_device_id", called_device_id)
        _set(self, "last_redirect_device_id", last_redirect_device_id)
        _set(self, "trunk_number", trunk_number)
        _set(self, "trunk_group_number", trunk_group_number)
        _set(self, "secondary_connection_call_id", secondary_connection_call_id)
        _set(self, "ani", ani)
        _set(self, "ani_ii", ani_ii)
        _set(self, "user_to_user_info", user_to_user_info)
        _set(self, "dnis", dnis)
        _set(self, "dialed_number", dialed_number)
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
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_DELIVERED_EVENT: Final = _w.builder(CallDeliveredEvent)
_S_CALL_DELIVERED_EVENT: Final = struct.Struct(">IIHHIHHIIIIHHHHHHHHH")
_H_CALL_DELIVERED_EVENT: Final = struct.Struct(">IIIIHHIHHIIIIHHHHHHHHH")  # header and fixed part
_X_CALL_DELIVERED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("LineHandle", "H", 26),
    ("LineType", "H", 28),
    ("ServiceNumber", "I", 32),
    ("ServiceID", "I", 36),
    ("SkillGroupNumber", "I", 40),
    ("SkillGroupID", "I", 44),
    ("SkillGroupPriority", "H", 46),
    ("AlertingDeviceType", "H", 48),
    ("CallingDeviceType", "H", 50),
    ("CalledDeviceType", "H", 52),
    ("LastRedirectDeviceType", "H", 54),
    ("LocalConnectionState", "H", 56),
    ("EventCause", "H", 58),
    ("NumNamedVariables", "H", 60),
    ("NumNamedArrays", "H", 62),
)
_T_CALL_DELIVERED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    26: (1, _w.STRING, False, "AlertingDeviceID"),
    27: (2, _w.STRING, False, "CallingDeviceID"),
    28: (3, _w.STRING, False, "CalledDeviceID"),
    29: (4, _w.STRING, False, "LastRedirectDeviceID"),
    121: (5, _w.UINT, False, "TrunkNumber"),
    122: (6, _w.UINT, False, "TrunkGroupNumber"),
    202: (7, _w.UINT, False, "SecondaryConnectionCallID"),
    8: (8, _w.STRING, False, "ANI"),
    215: (9, _w.STRING, False, "ANI_II"),
    9: (10, _w.UNSPEC, False, "UserToUserInfo"),
    10: (11, _w.STRING, False, "DNIS"),
    11: (12, _w.STRING, False, "DialedNumber"),
    12: (13, _w.STRING, False, "CallerEnteredDigits"),
    13: (14, _w.STRING, False, "CallVariable1"),
    14: (15, _w.STRING, False, "CallVariable2"),
    15: (16, _w.STRING, False, "CallVariable3"),
    16: (17, _w.STRING, False, "CallVariable4"),
    17: (18, _w.STRING, False, "CallVariable5"),
    18: (19, _w.STRING, False, "CallVariable6"),
    19: (20, _w.STRING, False, "CallVariable7"),
    20: (21, _w.STRING, False, "CallVariable8"),
    21: (22, _w.STRING, False, "CallVariable9"),
    22: (23, _w.STRING, False, "CallVariable10"),
    46: (24, _w.STRING, False, "CallWrapupData"),
    82: (25, _w.NAMEDVAR, True, "NamedVariable"),
    83: (26, _w.NAMEDARRAY, True, "NamedArray"),
}
_FAST_CALL_DELIVERED_EVENT: Final = _fast_slots(
    {
        25: 0,
        26: 1,
        27: 2,
        28: 3,
        29: 4,
        8: 8,
        215: 9,
        10: 11,
        11: 12,
        12: 13,
        13: 14,
        14: 15,
        15: 16,
        16: 17,
        17: 18,
        18: 19,
        19: 20,
        20: 21,
        21: 22,
        22: 23,
        46: 24,
        9: ~10,
    }
)
_INTS_CALL_DELIVERED_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    121: (5, _w.UNPACK_UINT, 4, False),
    122: (6, _w.UNPACK_UINT, 4, False),
    202: (7, _w.UNPACK_UINT, 4, False),
}


def _decode_call_delivered_event(buf: bytes, end: int) -> CallDeliveredEvent:
    if end < 62:
        raise _w.truncated("CALL_DELIVERED_EVENT", _X_CALL_DELIVERED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 27
    unknown: list[UnknownField] = []
    pos = 62
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_DELIVERED_EVENT.get(tag)
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
                number = _INTS_CALL_DELIVERED_EVENT.get(tag)
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
                _T_CALL_DELIVERED_EVENT,
                unknown,
                "CALL_DELIVERED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 62, end, _T_CALL_DELIVERED_EVENT, 27, "CALL_DELIVERED_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_DELIVERED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_DELIVERED_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        o.connection_call_id,
        o.line_handle,
        f6,
        o.service_number,
        o.service_id,
        o.skill_group_number,
        o.skill_group_id,
        o.skill_group_priority,
        f12,
        f13,
        f14,
        f15,
        f16,
        f17,
        f18,
        f19,
    ) = _S_CALL_DELIVERED_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.line_type = _enum_LineType[f6]
    o.alerting_device_type = _enum_DeviceIDType[f12]
    o.calling_device_type = _enum_DeviceIDType[f13]
    o.called_device_type = _enum_DeviceIDType[f14]
    o.last_redirect_device_type = _enum_DeviceIDType[f15]
    o.local_connection_state = _enum_LocalConnectionState[f16]
    o.event_cause = _enum_EventCause[f17]
    (
        o.connection_device_id,
        o.alerting_device_id,
        o.calling_device_id,
        o.called_device_id,
        o.last_redirect_device_id,
        o.trunk_number,
        o.trunk_group_number,
        o.secondary_connection_call_id,
        o.ani,
        o.ani_ii,
        o.user_to_user_info,
        o.dnis,
        o.dialed_number,
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
        v25,
        v26,
    ) = vals
    count = f18
    if count == 0 and v25 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g25 = v25 or ()
        if len(g25) != count:
            raise _w.group_mismatch(
                "CALL_DELIVERED_EVENT",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g25)},
                end,
            )
        o.named_variables = tuple(g25)
    count = f19
    if count == 0 and v26 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g26 = v26 or ()
        if len(g26) != count:
            raise _w.group_mismatch(
                "CALL_DELIVERED_EVENT",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g26)},
                end,
            )
        o.named_arrays = tuple(g26)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallDeliveredEvent
    return o  # type: ignore[no-any-return]


def _careful_call_delivered_event(m: CallDeliveredEvent) -> bytes:
    name = "CALL_DELIVERED_EVENT"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_CALL_DELIVERED_EVENT,
            _X_CALL_DELIVERED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.line_handle,
            m.line_type,
            m.service_number,
            m.service_id,
            m.skill_group_number,
            m.skill_group_id,
            m.skill_group_priority,
            m.alerting_device_type,
            m.calling_device_type,
            m.called_device_type,
            m.last_redirect_device_type,
            m.local_connection_state,
            m.event_cause,
            len(named_variables),
            len(named_arrays),
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.alerting_device_id is not None:
        part = _w.put(_w.STRING, 26, m.alerting_device_id, 64, _WIDE, name, "AlertingDeviceID")
        parts.append(part)
    if m.calling_device_id is not None:
        part = _w.put(_w.STRING, 27, m.calling_device_id, 64, _WIDE, name, "CallingDeviceID")
        parts.append(part)
    if m.called_device_id is not None:
        part = _w.put(_w.STRING, 28, m.called_device_id, 64, _WIDE, name, "CalledDeviceID")
        parts.append(part)
    if m.last_redirect_device_id is not None:
        part = _w.put(
            _w.STRING, 29, m.last_redirect_device_id, 64, _WIDE, name, "LastRedirectDeviceID"
        )
        parts.append(part)
    if m.trunk_number is not None:
        part = _w.put(_w.UINT, 121, m.trunk_number, 4, _WIDE, name, "TrunkNumber")
        parts.append(part)
    if m.trunk_group_number is not None:
        part = _w.put(_w.UINT, 122, m.trunk_group_number, 4, _WIDE, name, "TrunkGroupNumber")
        parts.append(part)
    if m.secondary_connection_call_id is not None:
        part = _w.put(
            _w.UINT,
            202,
            m.secondary_connection_call_id,
            4,
            _WIDE,
            name,
            "SecondaryConnectionCallID",
        )
        parts.append(part)
    if m.ani is not None:
        part = _w.put(_w.STRING, 8, m.ani, 40, _WIDE, name, "ANI")
        parts.append(part)
    if m.ani_ii is not None:
        part = _w.put(_w.STRING, 215, m.ani_ii, 2, _WIDE, name, "ANI_II")
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
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(9, parts)


def _encode_call_delivered_event(m: CallDeliveredEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_delivered_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_delivered_event(m)
        named_variables = m.named_variables
        if type(named_variables) is not tuple or len(named_variables) > 65535:
            return _careful_call_delivered_event(m)
        named_arrays = m.named_arrays
        if named_arrays != ():
            return _careful_call_delivered_event(m)
        named = 0
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_delivered_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.alerting_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(26, n), d, _NUL)
        v2 = m.calling_device_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(27, n), d, _NUL)
        v3 = m.called_device_id
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(28, n), d, _NUL)
        v4 = m.last_redirect_device_id
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(29, n), d, _NUL)
        v5 = m.trunk_number
        if v5 is not None:
            p += (b"\x00y\x00\x04", _w.PACK_UINT(v5))
        v6 = m.trunk_group_number
        if v6 is not None:
            p += (b"\x00z\x00\x04", _w.PACK_UINT(v6))
        v7 = m.secondary_connection_call_id
        if v7 is not None:
            p += (b"\x00\xca\x00\x04", _w.PACK_UINT(v7))
        v8 = m.ani
        if v8 is not None:
            d = v8.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(8, n), d, _NUL)
        v9 = m.ani_ii
        if v9 is not None:
            d = v9.encode()
            n = len(d) + 1
            if n > 2:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(215, n), d, _NUL)
        v10 = m.user_to_user_info
        if v10 is not None:
            if type(v10) is not bytes or len(v10) > 131:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(9, len(v10)), v10)
        v11 = m.dnis
        if v11 is not None:
            d = v11.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(10, n), d, _NUL)
        v12 = m.dialed_number
        if v12 is not None:
            d = v12.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(11, n), d, _NUL)
        v13 = m.caller_entered_digits
        if v13 is not None:
            d = v13.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(12, n), d, _NUL)
        v14 = m.call_variable1
        if v14 is not None:
            d = v14.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(13, n), d, _NUL)
        v15 = m.call_variable2
        if v15 is not None:
            d = v15.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(14, n), d, _NUL)
        v16 = m.call_variable3
        if v16 is not None:
            d = v16.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(15, n), d, _NUL)
        v17 = m.call_variable4
        if v17 is not None:
            d = v17.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(16, n), d, _NUL)
        v18 = m.call_variable5
        if v18 is not None:
            d = v18.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(17, n), d, _NUL)
        v19 = m.call_variable6
        if v19 is not None:
            d = v19.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(18, n), d, _NUL)
        v20 = m.call_variable7
        if v20 is not None:
            d = v20.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(19, n), d, _NUL)
        v21 = m.call_variable8
        if v21 is not None:
            d = v21.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(20, n), d, _NUL)
        v22 = m.call_variable9
        if v22 is not None:
            d = v22.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(21, n), d, _NUL)
        v23 = m.call_variable10
        if v23 is not None:
            d = v23.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(22, n), d, _NUL)
        v24 = m.call_wrapup_data
        if v24 is not None:
            d = v24.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_delivered_event(m)
            p += (_w.HEAD2(46, n), d, _NUL)
        for v25 in named_variables:
            if type(v25) is not NamedVar:
                return _careful_call_delivered_event(m)
            d = v25.name.encode() + _NUL + v25.value.encode() + _NUL
            n = len(d)
            if n > 251:
                return _careful_call_delivered_event(m)
            named += n
            p += (_w.HEAD2(82, n), d)
        if named > NAMED_DATA_LIMIT:
            return _careful_call_delivered_event(m)
        tail = b"".join(p)
        return (
            _H_CALL_DELIVERED_EVENT.pack(
                54 + len(tail),
                9,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.line_handle,
                m.line_type,
                m.service_number,
                m.service_id,
                m.skill_group_number,
                m.skill_group_id,
                m.skill_group_priority,
                m.alerting_device_type,
                m.calling_device_type,
                m.called_device_type,
                m.last_redirect_device_type,
                m.local_connection_state,
                m.event_cause,
                len(named_variables),
                len(named_arrays),
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_delivered_event(m)


@value_class
class CallEstablishedEvent(GeneratedMessage):
    """When a call is answered at the agent's phone.

    CALL_ESTABLISHED_EVENT, MessageType 10, server to client.
    From: Application Level Interfaces (v25), CALL_ESTABLISHED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 10
    MESSAGE_NAME: ClassVar[str] = "CALL_ESTABLISHED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "line_handle",
        "line_type",
        "service_number",
        "service_id",
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
        "answering_device_type",
        "calling_device_type",
        "called_device_type",
        "last_redirect_device_type",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "answering_device_id",
        "calling_device_id",
        "called_device_id",
        "last_redirect_device_id",
        "trunk_number",
        "trunk_group_number",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    line_handle: int
    line_type: LineType | int
    service_number: int
    service_id: int
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int
    answering_device_type: DeviceIDType | int
    calling_device_type: DeviceIDType | int
    called_device_type: DeviceIDType | int
    last_redirect_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    answering_device_id: str | None
    calling_device_id: str | None
    called_device_id: str | None
    last_redirect_device_id: str | None
    trunk_number: int | None
    trunk_group_number: int | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        service_number: int = 0,
        service_id: int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        skill_group_priority: int = 0,
        answering_device_type: DeviceIDType | int = 0,
        calling_device_type: DeviceIDType | int = 0,
        called_device_type: DeviceIDType | int = 0,
        last_redirect_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        answering_device_id: str | None = None,
        calling_device_id: str | None = None,
        called_device_id: str | None = None,
        last_redirect_device_id: str | None = None,
        trunk_number: int | None = None,
        trunk_group_number: int | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "service_number", service_number)
        _set(self, "service_id", service_id)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)
        _set(self, "answering_device_type", answering_device_type)
        _set(self, "calling_device_type", calling_device_type)
        _set(self, "called_device_type", called_device_type)
        _set(self, "last_redirect_device_type", last_redirect_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "answering_device_id", answering_device_id)
        _set(self, "calling_device_id", calling_device_id)
        _set(self, "called_device_id", called_device_id)
        _set(self, "last_redirect_device_id", last_redirect_device_id)
        _set(self, "trunk_number", trunk_number)
        _set(self, "trunk_group_number", trunk_group_number)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_ESTABLISHED_EVENT: Final = _w.builder(CallEstablishedEvent)
_S_CALL_ESTABLISHED_EVENT: Final = struct.Struct(">IIHHIHHIIIIHHHHHHH")
_H_CALL_ESTABLISHED_EVENT: Final = struct.Struct(">IIIIHHIHHIIIIHHHHHHH")  # header and fixed part
_X_CALL_ESTABLISHED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("LineHandle", "H", 26),
    ("LineType", "H", 28),
    ("ServiceNumber", "I", 32),
    ("ServiceID", "I", 36),
    ("SkillGroupNumber", "I", 40),
    ("SkillGroupID", "I", 44),
    ("SkillGroupPriority", "H", 46),
    ("AnsweringDeviceType", "H", 48),
    ("CallingDeviceType", "H", 50),
    ("CalledDeviceType", "H", 52),
    ("LastRedirectDeviceType", "H", 54),
    ("LocalConnectionState", "H", 56),
    ("EventCause", "H", 58),
)
_T_CALL_ESTABLISHED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    30: (1, _w.STRING, False, "AnsweringDeviceID"),
    27: (2, _w.STRING, False, "CallingDeviceID"),
    28: (3, _w.STRING, False, "CalledDeviceID"),
    29: (4, _w.STRING, False, "LastRedirectDeviceID"),
    121: (5, _w.UINT, False, "TrunkNumber"),
    122: (6, _w.UINT, False, "TrunkGroupNumber"),
}
_FAST_CALL_ESTABLISHED_EVENT: Final = _fast_slots(
    {
        25: 0,
        30: 1,
        27: 2,
        28: 3,
        29: 4,
    }
)
_INTS_CALL_ESTABLISHED_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    121: (5, _w.UNPACK_UINT, 4, False),
    122: (6, _w.UNPACK_UINT, 4, False),
}


def _decode_call_established_event(buf: bytes, end: int) -> CallEstablishedEvent:
    if end < 58:
        raise _w.truncated("CALL_ESTABLISHED_EVENT", _X_CALL_ESTABLISHED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 58
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_ESTABLISHED_EVENT.get(tag)
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
                number = _INTS_CALL_ESTABLISHED_EVENT.get(tag)
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
                _T_CALL_ESTABLISHED_EVENT,
                unknown,
                "CALL_ESTABLISHED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 58, end, _T_CALL_ESTABLISHED_EVENT, 7, "CALL_ESTABLISHED_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_ESTABLISHED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_ESTABLISHED_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        o.connection_call_id,
        o.line_handle,
        f6,
        o.service_number,
        o.service_id,
        o.skill_group_number,
        o.skill_group_id,
        o.skill_group_priority,
        f12,
        f13,
        f14,
        f15,
        f16,
        f17,
    ) = _S_CALL_ESTABLISHED_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.line_type = _enum_LineType[f6]
    o.answering_device_type = _enum_DeviceIDType[f12]
    o.calling_device_type = _enum_DeviceIDType[f13]
    o.called_device_type = _enum_DeviceIDType[f14]
    o.last_redirect_device_type = _enum_DeviceIDType[f15]
    o.local_connection_state = _enum_LocalConnectionState[f16]
    o.event_cause = _enum_EventCause[f17]
    (
        o.connection_device_id,
        o.answering_device_id,
        o.calling_device_id,
        o.called_device_id,
        o.last_redirect_device_id,
        o.trunk_number,
        o.trunk_group_number,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallEstablishedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_established_event(m: CallEstablishedEvent) -> bytes:
    name = "CALL_ESTABLISHED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_ESTABLISHED_EVENT,
            _X_CALL_ESTABLISHED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.line_handle,
            m.line_type,
            m.service_number,
            m.service_id,
            m.skill_group_number,
            m.skill_group_id,
            m.skill_group_priority,
            m.answering_device_type,
            m.calling_device_type,
            m.called_device_type,
            m.last_redirect_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.answering_device_id is not None:
        part = _w.put(_w.STRING, 30, m.answering_device_id, 64, _WIDE, name, "AnsweringDeviceID")
        parts.append(part)
    if m.calling_device_id is not None:
        part = _w.put(_w.STRING, 27, m.calling_device_id, 64, _WIDE, name, "CallingDeviceID")
        parts.append(part)
    if m.called_device_id is not None:
        part = _w.put(_w.STRING, 28, m.called_device_id, 64, _WIDE, name, "CalledDeviceID")
        parts.append(part)
    if m.last_redirect_device_id is not None:
        part = _w.put(
            _w.STRING, 29, m.last_redirect_device_id, 64, _WIDE, name, "LastRedirectDeviceID"
        )
        parts.append(part)
    if m.trunk_number is not None:
        part = _w.put(_w.UINT, 121, m.trunk_number, 4, _WIDE, name, "TrunkNumber")
        parts.append(part)
    if m.trunk_group_number is not None:
        part = _w.put(_w.UINT, 122, m.trunk_group_number, 4, _WIDE, name, "TrunkGroupNumber")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(10, parts)


def _encode_call_established_event(m: CallEstablishedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_established_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_established_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_established_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.answering_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_established_event(m)
            p += (_w.HEAD2(30, n), d, _NUL)
        v2 = m.calling_device_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_established_event(m)
            p += (_w.HEAD2(27, n), d, _NUL)
        v3 = m.called_device_id
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_established_event(m)
            p += (_w.HEAD2(28, n), d, _NUL)
        v4 = m.last_redirect_device_id
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_established_event(m)
            p += (_w.HEAD2(29, n), d, _NUL)
        v5 = m.trunk_number
        if v5 is not None:
            p += (b"\x00y\x00\x04", _w.PACK_UINT(v5))
        v6 = m.trunk_group_number
        if v6 is not None:
            p += (b"\x00z\x00\x04", _w.PACK_UINT(v6))
        tail = b"".join(p)
        return (
            _H_CALL_ESTABLISHED_EVENT.pack(
                50 + len(tail),
                10,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.line_handle,
                m.line_type,
                m.service_number,
                m.service_id,
                m.skill_group_number,
                m.skill_group_id,
                m.skill_group_priority,
                m.answering_device_type,
                m.calling_device_type,
                m.called_device_type,
                m.last_redirect_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_established_event(m)


@value_class
class CallHeldEvent(GeneratedMessage):
    """When a call is placed on hold at the agent's phone.

    CALL_HELD_EVENT, MessageType 11, server to client.
    From: Application Level Interfaces (v25), CALL_HELD_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 11
    MESSAGE_NAME: ClassVar[str] = "CALL_HELD_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "holding_device_type",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "holding_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    holding_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    holding_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        holding_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        holding_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "holding_device_type", holding_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "holding_device_id", holding_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_HELD_EVENT: Final = _w.builder(CallHeldEvent)
_S_CALL_HELD_EVENT: Final = struct.Struct(">IIHHIHHH")
_H_CALL_HELD_EVENT: Final = struct.Struct(">IIIIHHIHHH")  # header and fixed part
_X_CALL_HELD_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("HoldingDeviceType", "H", 26),
    ("LocalConnectionState", "H", 28),
    ("EventCause", "H", 30),
)
_T_CALL_HELD_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    31: (1, _w.STRING, False, "HoldingDeviceID"),
}
_FAST_CALL_HELD_EVENT: Final = _fast_slots(
    {
        25: 0,
        31: 1,
    }
)


def _decode_call_held_event(buf: bytes, end: int) -> CallHeldEvent:
    if end < 30:
        raise _w.truncated("CALL_HELD_EVENT", _X_CALL_HELD_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 30
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_HELD_EVENT.get(tag)
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
                _T_CALL_HELD_EVENT,
                unknown,
                "CALL_HELD_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 30, end, _T_CALL_HELD_EVENT, 2, "CALL_HELD_EVENT", _HEAD)
    if vals[0] is None:
        raise _w.missing("CALL_HELD_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_HELD_EVENT()
    (o.monitor_id, o.peripheral_id, f2, f3, o.connection_call_id, f5, f6, f7) = (
        _S_CALL_HELD_EVENT.unpack_from(buf, 8)
    )
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.holding_device_type = _enum_DeviceIDType[f5]
    o.local_connection_state = _enum_LocalConnectionState[f6]
    o.event_cause = _enum_EventCause[f7]
    (o.connection_device_id, o.holding_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallHeldEvent
    return o  # type: ignore[no-any-return]


def _careful_call_held_event(m: CallHeldEvent) -> bytes:
    name = "CALL_HELD_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_HELD_EVENT,
            _X_CALL_HELD_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.holding_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.holding_device_id is not None:
        part = _w.put(_w.STRING, 31, m.holding_device_id, 64, _WIDE, name, "HoldingDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(11, parts)


def _encode_call_held_event(m: CallHeldEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_held_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_held_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_held_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.holding_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_held_event(m)
            p += (_w.HEAD2(31, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CALL_HELD_EVENT.pack(
                22 + len(tail),
                11,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.holding_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_held_event(m)


@value_class
class CallRetrievedEvent(GeneratedMessage):
    """When a call previously placed on hold at the agent's phone is resumed.

    CALL_RETRIEVED_EVENT, MessageType 12, server to client.
    From: Application Level Interfaces (v25), CALL_RETRIEVED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 12
    MESSAGE_NAME: ClassVar[str] = "CALL_RETRIEVED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "retrieving_device_type",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "retrieving_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    retrieving_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    retrieving_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        retrieving_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        retrieving_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "retrieving_device_type", retrieving_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "retrieving_device_id", retrieving_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_RETRIEVED_EVENT: Final = _w.builder(CallRetrievedEvent)
_S_CALL_RETRIEVED_EVENT: Final = struct.Struct(">IIHHIHHH")
_H_CALL_RETRIEVED_EVENT: Final = struct.Struct(">IIIIHHIHHH")  # header and fixed part
_X_CALL_RETRIEVED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("RetrievingDeviceType", "H", 26),
    ("LocalConnectionState", "H", 28),
    ("EventCause", "H", 30),
)
_T_CALL_RETRIEVED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    32: (1, _w.STRING, False, "RetrievingDeviceID"),
}
_FAST_CALL_RETRIEVED_EVENT: Final = _fast_slots(
    {
        25: 0,
        32: 1,
    }
)


def _decode_call_retrieved_event(buf: bytes, end: int) -> CallRetrievedEvent:
    if end < 30:
        raise _w.truncated("CALL_RETRIEVED_EVENT", _X_CALL_RETRIEVED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 30
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_RETRIEVED_EVENT.get(tag)
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
                _T_CALL_RETRIEVED_EVENT,
                unknown,
                "CALL_RETRIEVED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 30, end, _T_CALL_RETRIEVED_EVENT, 2, "CALL_RETRIEVED_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_RETRIEVED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_RETRIEVED_EVENT()
    (o.monitor_id, o.peripheral_id, f2, f3, o.connection_call_id, f5, f6, f7) = (
        _S_CALL_RETRIEVED_EVENT.unpack_from(buf, 8)
    )
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.retrieving_device_type = _enum_DeviceIDType[f5]
    o.local_connection_state = _enum_LocalConnectionState[f6]
    o.event_cause = _enum_EventCause[f7]
    (o.connection_device_id, o.retrieving_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallRetrievedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_retrieved_event(m: CallRetrievedEvent) -> bytes:
    name = "CALL_RETRIEVED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_RETRIEVED_EVENT,
            _X_CALL_RETRIEVED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.retrieving_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.retrieving_device_id is not None:
        part = _w.put(_w.STRING, 32, m.retrieving_device_id, 64, _WIDE, name, "RetrievingDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(12, parts)


def _encode_call_retrieved_event(m: CallRetrievedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_retrieved_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_retrieved_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_retrieved_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.retrieving_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_retrieved_event(m)
            p += (_w.HEAD2(32, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CALL_RETRIEVED_EVENT.pack(
                22 + len(tail),
                12,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.retrieving_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_retrieved_event(m)


@value_class
class CallClearedEvent(GeneratedMessage):
    """When a call is terminated.

    CALL_CLEARED_EVENT, MessageType 13, server to client.
    From: Application Level Interfaces (v25), CALL_CLEARED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 13
    MESSAGE_NAME: ClassVar[str] = "CALL_CLEARED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_CLEARED_EVENT: Final = _w.builder(CallClearedEvent)
_S_CALL_CLEARED_EVENT: Final = struct.Struct(">IIHHIHH")
_H_CALL_CLEARED_EVENT: Final = struct.Struct(">IIIIHHIHH")  # header and fixed part
_X_CALL_CLEARED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("LocalConnectionState", "H", 26),
    ("EventCause", "H", 28),
)
_T_CALL_CLEARED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
}
_FAST_CALL_CLEARED_EVENT: Final = _fast_slots(
    {
        25: 0,
    }
)


def _decode_call_cleared_event(buf: bytes, end: int) -> CallClearedEvent:
    if end < 28:
        raise _w.truncated("CALL_CLEARED_EVENT", _X_CALL_CLEARED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 28
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_CLEARED_EVENT.get(tag)
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
                _T_CALL_CLEARED_EVENT,
                unknown,
                "CALL_CLEARED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 28, end, _T_CALL_CLEARED_EVENT, 1, "CALL_CLEARED_EVENT", _HEAD)
    if vals[0] is None:
        raise _w.missing("CALL_CLEARED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_CLEARED_EVENT()
    (o.monitor_id, o.peripheral_id, f2, f3, o.connection_call_id, f5, f6) = (
        _S_CALL_CLEARED_EVENT.unpack_from(buf, 8)
    )
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.local_connection_state = _enum_LocalConnectionState[f5]
    o.event_cause = _enum_EventCause[f6]
    (o.connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallClearedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_cleared_event(m: CallClearedEvent) -> bytes:
    name = "CALL_CLEARED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_CLEARED_EVENT,
            _X_CALL_CLEARED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(13, parts)


def _encode_call_cleared_event(m: CallClearedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_cleared_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_cleared_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_cleared_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CALL_CLEARED_EVENT.pack(
                20 + len(tail),
                13,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_cleared_event(m)


@value_class
class CallConnectionClearedEvent(GeneratedMessage):
    """When a party drops from a conference call.

    CALL_CONNECTION_CLEARED_EVENT, MessageType 14, server to client.
    From: Application Level Interfaces (v25), CALL_CONNECTION_CLEARED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 14
    MESSAGE_NAME: ClassVar[str] = "CALL_CONNECTION_CLEARED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "releasing_device_type",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "releasing_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    releasing_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    releasing_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        releasing_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        releasing_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "releasing_device_type", releasing_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "releasing_device_id", releasing_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_CONNECTION_CLEARED_EVENT: Final = _w.builder(CallConnectionClearedEvent)
_S_CALL_CONNECTION_CLEARED_EVENT: Final = struct.Struct(">IIHHIHHH")
_H_CALL_CONNECTION_CLEARED_EVENT: Final = struct.Struct(">IIIIHHIHHH")  # header and fixed part
_X_CALL_CONNECTION_CLEARED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("ReleasingDeviceType", "H", 26),
    ("LocalConnectionState", "H", 28),
    ("EventCause", "H", 30),
)
_T_CALL_CONNECTION_CLEARED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    33: (1, _w.STRING, False, "ReleasingDeviceID"),
}
_FAST_CALL_CONNECTION_CLEARED_EVENT: Final = _fast_slots(
    {
        25: 0,
        33: 1,
    }
)


def _decode_call_connection_cleared_event(buf: bytes, end: int) -> CallConnectionClearedEvent:
    if end < 30:
        raise _w.truncated("CALL_CONNECTION_CLEARED_EVENT", _X_CALL_CONNECTION_CLEARED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 30
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_CONNECTION_CLEARED_EVENT.get(tag)
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
                _T_CALL_CONNECTION_CLEARED_EVENT,
                unknown,
                "CALL_CONNECTION_CLEARED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf,
            30,
            end,
            _T_CALL_CONNECTION_CLEARED_EVENT,
            2,
            "CALL_CONNECTION_CLEARED_EVENT",
            _HEAD,
        )
    if vals[0] is None:
        raise _w.missing("CALL_CONNECTION_CLEARED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_CONNECTION_CLEARED_EVENT()
    (o.monitor_id, o.peripheral_id, f2, f3, o.connection_call_id, f5, f6, f7) = (
        _S_CALL_CONNECTION_CLEARED_EVENT.unpack_from(buf, 8)
    )
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.releasing_device_type = _enum_DeviceIDType[f5]
    o.local_connection_state = _enum_LocalConnectionState[f6]
    o.event_cause = _enum_EventCause[f7]
    (o.connection_device_id, o.releasing_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallConnectionClearedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_connection_cleared_event(m: CallConnectionClearedEvent) -> bytes:
    name = "CALL_CONNECTION_CLEARED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_CONNECTION_CLEARED_EVENT,
            _X_CALL_CONNECTION_CLEARED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.releasing_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.releasing_device_id is not None:
        part = _w.put(_w.STRING, 33, m.releasing_device_id, 64, _WIDE, name, "ReleasingDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(14, parts)


def _encode_call_connection_cleared_event(m: CallConnectionClearedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_connection_cleared_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_connection_cleared_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_connection_cleared_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.releasing_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_connection_cleared_event(m)
            p += (_w.HEAD2(33, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CALL_CONNECTION_CLEARED_EVENT.pack(
                22 + len(tail),
                14,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.releasing_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_connection_cleared_event(m)


@value_class
class CallOriginatedEvent(GeneratedMessage):
    """When the peripheral initiates an outbound call.

    CALL_ORIGINATED_EVENT, MessageType 15, server to client.
    From: Application Level Interfaces (v25), CALL_ORIGINATED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 15
    MESSAGE_NAME: ClassVar[str] = "CALL_ORIGINATED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "line_handle",
        "line_type",
        "service_number",
        "service_id",
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
        "calling_device_type",
        "called_device_type",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "calling_device_id",
        "called_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    line_handle: int
    line_type: LineType | int
    service_number: int
    service_id: int
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int
    calling_device_type: DeviceIDType | int
    called_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    calling_device_id: str | None
    called_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        service_number: int = 0,
        service_id: int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        skill_group_priority: int = 0,
        calling_device_type: DeviceIDType | int = 0,
        called_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        calling_device_id: str | None = None,
        called_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "service_number", service_number)
        _set(self, "service_id", service_id)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)
        _set(self, "calling_device_type", calling_device_type)
        _set(self, "called_device_type", called_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "calling_device_id", calling_device_id)
        _set(self, "called_device_id", called_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_ORIGINATED_EVENT: Final = _w.builder(CallOriginatedEvent)
_S_CALL_ORIGINATED_EVENT: Final = struct.Struct(">IIHHIHHIIIIHHHHH")
_H_CALL_ORIGINATED_EVENT: Final = struct.Struct(">IIIIHHIHHIIIIHHHHH")  # header and fixed part
_X_CALL_ORIGINATED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("LineHandle", "H", 26),
    ("LineType", "H", 28),
    ("ServiceNumber", "I", 32),
    ("ServiceID", "I", 36),
    ("SkillGroupNumber", "I", 40),
    ("SkillGroupID", "I", 44),
    ("SkillGroupPriority", "H", 46),
    ("CallingDeviceType", "H", 48),
    ("CalledDeviceType", "H", 50),
    ("LocalConnectionState", "H", 52),
    ("EventCause", "H", 54),
)
_T_CALL_ORIGINATED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    27: (1, _w.STRING, False, "CallingDeviceID"),
    28: (2, _w.STRING, False, "CalledDeviceID"),
}
_FAST_CALL_ORIGINATED_EVENT: Final = _fast_slots(
    {
        25: 0,
        27: 1,
        28: 2,
    }
)


def _decode_call_originated_event(buf: bytes, end: int) -> CallOriginatedEvent:
    if end < 54:
        raise _w.truncated("CALL_ORIGINATED_EVENT", _X_CALL_ORIGINATED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 54
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_ORIGINATED_EVENT.get(tag)
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
                _T_CALL_ORIGINATED_EVENT,
                unknown,
                "CALL_ORIGINATED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 54, end, _T_CALL_ORIGINATED_EVENT, 3, "CALL_ORIGINATED_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_ORIGINATED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_ORIGINATED_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        o.connection_call_id,
        o.line_handle,
        f6,
        o.service_number,
        o.service_id,
        o.skill_group_number,
        o.skill_group_id,
        o.skill_group_priority,
        f12,
        f13,
        f14,
        f15,
    ) = _S_CALL_ORIGINATED_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.line_type = _enum_LineType[f6]
    o.calling_device_type = _enum_DeviceIDType[f12]
    o.called_device_type = _enum_DeviceIDType[f13]
    o.local_connection_state = _enum_LocalConnectionState[f14]
    o.event_cause = _enum_EventCause[f15]
    (o.connection_device_id, o.calling_device_id, o.called_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallOriginatedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_originated_event(m: CallOriginatedEvent) -> bytes:
    name = "CALL_ORIGINATED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_ORIGINATED_EVENT,
            _X_CALL_ORIGINATED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.line_handle,
            m.line_type,
            m.service_number,
            m.service_id,
            m.skill_group_number,
            m.skill_group_id,
            m.skill_group_priority,
            m.calling_device_type,
            m.called_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.calling_device_id is not None:
        part = _w.put(_w.STRING, 27, m.calling_device_id, 64, _WIDE, name, "CallingDeviceID")
        parts.append(part)
    if m.called_device_id is not None:
        part = _w.put(_w.STRING, 28, m.called_device_id, 64, _WIDE, name, "CalledDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(15, parts)


def _encode_call_originated_event(m: CallOriginatedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_originated_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_originated_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_originated_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.calling_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_originated_event(m)
            p += (_w.HEAD2(27, n), d, _NUL)
        v2 = m.called_device_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_originated_event(m)
            p += (_w.HEAD2(28, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CALL_ORIGINATED_EVENT.pack(
                46 + len(tail),
                15,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.line_handle,
                m.line_type,
                m.service_number,
                m.service_id,
                m.skill_group_number,
                m.skill_group_id,
                m.skill_group_priority,
                m.calling_device_type,
                m.called_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_originated_event(m)


@value_class
class CallFailedEvent(GeneratedMessage):
    """When a call cannot be completed.

    CALL_FAILED_EVENT, MessageType 16, server to client.
    From: Application Level Interfaces (v25), CALL_FAILED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 16
    MESSAGE_NAME: ClassVar[str] = "CALL_FAILED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "failing_device_type",
        "called_device_type",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "failing_device_id",
        "called_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    failing_device_type: DeviceIDType | int
    called_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    failing_device_id: str | None
    called_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        failing_device_type: DeviceIDType | int = 0,
        called_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        failing_device_id: str | None = None,
        called_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "failing_device_type", failing_device_type)
        _set(self, "called_device_type", called_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "failing_device_id", failing_device_id)
        _set(self, "called_device_id", called_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_FAILED_EVENT: Final = _w.builder(CallFailedEvent)
_S_CALL_FAILED_EVENT: Final = struct.Struct(">IIHHIHHHH")
_H_CALL_FAILED_EVENT: Final = struct.Struct(">IIIIHHIHHHH")  # header and fixed part
_X_CALL_FAILED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("FailingDeviceType", "H", 26),
    ("CalledDeviceType", "H", 28),
    ("LocalConnectionState", "H", 30),
    ("EventCause", "H", 32),
)
_T_CALL_FAILED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    34: (1, _w.STRING, False, "FailingDeviceID"),
    28: (2, _w.STRING, False, "CalledDeviceID"),
}
_FAST_CALL_FAILED_EVENT: Final = _fast_slots(
    {
        25: 0,
        34: 1,
        28: 2,
    }
)


def _decode_call_failed_event(buf: bytes, end: int) -> CallFailedEvent:
    if end < 32:
        raise _w.truncated("CALL_FAILED_EVENT", _X_CALL_FAILED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 32
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_FAILED_EVENT.get(tag)
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
                _T_CALL_FAILED_EVENT,
                unknown,
                "CALL_FAILED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 32, end, _T_CALL_FAILED_EVENT, 3, "CALL_FAILED_EVENT", _HEAD)
    if vals[0] is None:
        raise _w.missing("CALL_FAILED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_FAILED_EVENT()
    (o.monitor_id, o.peripheral_id, f2, f3, o.connection_call_id, f5, f6, f7, f8) = (
        _S_CALL_FAILED_EVENT.unpack_from(buf, 8)
    )
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.failing_device_type = _enum_DeviceIDType[f5]
    o.called_device_type = _enum_DeviceIDType[f6]
    o.local_connection_state = _enum_LocalConnectionState[f7]
    o.event_cause = _enum_EventCause[f8]
    (o.connection_device_id, o.failing_device_id, o.called_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallFailedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_failed_event(m: CallFailedEvent) -> bytes:
    name = "CALL_FAILED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_FAILED_EVENT,
            _X_CALL_FAILED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.failing_device_type,
            m.called_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.failing_device_id is not None:
        part = _w.put(_w.STRING, 34, m.failing_device_id, 64, _WIDE, name, "FailingDeviceID")
        parts.append(part)
    if m.called_device_id is not None:
        part = _w.put(_w.STRING, 28, m.called_device_id, 64, _WIDE, name, "CalledDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(16, parts)


def _encode_call_failed_event(m: CallFailedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_failed_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_failed_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_failed_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.failing_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_failed_event(m)
            p += (_w.HEAD2(34, n), d, _NUL)
        v2 = m.called_device_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_failed_event(m)
            p += (_w.HEAD2(28, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CALL_FAILED_EVENT.pack(
                24 + len(tail),
                16,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.failing_device_type,
                m.called_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_failed_event(m)


@value_class
class CallConferencedEvent(GeneratedMessage):
    """When calls are joined into a conference call.

    CALL_CONFERENCED_EVENT, MessageType 17, server to client.
    From: Application Level Interfaces (v25), CALL_CONFERENCED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 17
    MESSAGE_NAME: ClassVar[str] = "CALL_CONFERENCED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "primary_device_id_type",
        "primary_call_id",
        "line_handle",
        "line_type",
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
        "secondary_device_id_type",
        "secondary_call_id",
        "controller_device_type",
        "added_party_device_type",
        "local_connection_state",
        "event_cause",
        "primary_device_id",
        "secondary_device_id",
        "controller_device_id",
        "added_party_device_id",
        "connected_parties",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "connected_parties": ConnectedParty,
    }

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    primary_device_id_type: DeviceIDType | int
    primary_call_id: int
    line_handle: int
    line_type: LineType | int
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int
    secondary_device_id_type: DeviceIDType | int
    secondary_call_id: int
    controller_device_type: DeviceIDType | int
    added_party_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    primary_device_id: str
    secondary_device_id: str
    controller_device_id: str | None
    added_party_device_id: str | None
    connected_parties: tuple[ConnectedParty, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        primary_device_id_type: DeviceIDType | int = 0,
        primary_call_id: int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        skill_group_priority: int = 0,
        secondary_device_id_type: DeviceIDType | int = 0,
        secondary_call_id: int = 0,
        controller_device_type: DeviceIDType | int = 0,
        added_party_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        primary_device_id: str,
        secondary_device_id: str,
        controller_device_id: str | None = None,
        added_party_device_id: str | None = None,
        connected_parties: tuple[ConnectedParty, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "primary_device_id_type", primary_device_id_type)
        _set(self, "primary_call_id", primary_call_id)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)
        _set(self, "secondary_device_id_type", secondary_device_id_type)
        _set(self, "secondary_call_id", secondary_call_id)
        _set(self, "controller_device_type", controller_device_type)
        _set(self, "added_party_device_type", added_party_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "primary_device_id", primary_device_id)
        _set(self, "secondary_device_id", secondary_device_id)
        _set(self, "controller_device_id", controller_device_id)
        _set(self, "added_party_device_id", added_party_device_id)
        _set(self, "connected_parties", connected_parties)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_CONFERENCED_EVENT: Final = _w.builder(CallConferencedEvent)
_S_CALL_CONFERENCED_EVENT: Final = struct.Struct(">IIHHIHHIIHHHIHHHH")
_H_CALL_CONFERENCED_EVENT: Final = struct.Struct(">IIIIHHIHHIIHHHIHHHH")  # header and fixed part
_X_CALL_CONFERENCED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("PrimaryDeviceIDType", "H", 20),
    ("PrimaryCallID", "I", 24),
    ("LineHandle", "H", 26),
    ("LineType", "H", 28),
    ("SkillGroupNumber", "I", 32),
    ("SkillGroupID", "I", 36),
    ("SkillGroupPriority", "H", 38),
    ("NumParties", "H", 40),
    ("SecondaryDeviceIDType", "H", 42),
    ("SecondaryCallID", "I", 46),
    ("ControllerDeviceType", "H", 48),
    ("AddedPartyDeviceType", "H", 50),
    ("LocalConnectionState", "H", 52),
    ("EventCause", "H", 54),
)
_T_CALL_CONFERENCED_EVENT: Final[_w.FieldTable] = {
    35: (0, _w.STRING, False, "PrimaryDeviceID"),
    36: (1, _w.STRING, False, "SecondaryDeviceID"),
    37: (2, _w.STRING, False, "ControllerDeviceID"),
    38: (3, _w.STRING, False, "AddedPartyDeviceID"),
    39: (4, _w.UINT, True, "ConnectedPartyCallID"),
    40: (5, _w.USHORT, True, "ConnectedPartyDeviceIDType"),
    41: (6, _w.STRING, True, "ConnectedPartyDeviceID"),
}
_FAST_CALL_CONFERENCED_EVENT: Final = _fast_slots(
    {
        35: 0,
        36: 1,
        37: 2,
        38: 3,
    }
)
_INTS_CALL_CONFERENCED_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    39: (4, _w.UNPACK_UINT, 4, True),
    40: (5, _w.UNPACK_USHORT, 2, True),
}


def _decode_call_conferenced_event(buf: bytes, end: int) -> CallConferencedEvent:
    if end < 54:
        raise _w.truncated("CALL_CONFERENCED_EVENT", _X_CALL_CONFERENCED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 54
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_CONFERENCED_EVENT.get(tag)
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
                number = _INTS_CALL_CONFERENCED_EVENT.get(tag)
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
                _T_CALL_CONFERENCED_EVENT,
                unknown,
                "CALL_CONFERENCED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 54, end, _T_CALL_CONFERENCED_EVENT, 7, "CALL_CONFERENCED_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_CONFERENCED_EVENT", "PrimaryDeviceID", end)
    if vals[1] is None:
        raise _w.missing("CALL_CONFERENCED_EVENT", "SecondaryDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_CONFERENCED_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        o.primary_call_id,
        o.line_handle,
        f6,
        o.skill_group_number,
        o.skill_group_id,
        o.skill_group_priority,
        f10,
        f11,
        o.secondary_call_id,
        f13,
        f14,
        f15,
        f16,
    ) = _S_CALL_CONFERENCED_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.primary_device_id_type = _enum_DeviceIDType[f3]
    o.line_type = _enum_LineType[f6]
    o.secondary_device_id_type = _enum_DeviceIDType[f11]
    o.controller_device_type = _enum_DeviceIDType[f13]
    o.added_party_device_type = _enum_DeviceIDType[f14]
    o.local_connection_state = _enum_LocalConnectionState[f15]
    o.event_cause = _enum_EventCause[f16]
    (
        o.primary_device_id,
        o.secondary_device_id,
        o.controller_device_id,
        o.added_party_device_id,
        v4,
        v5,
        v6,
    ) = vals
    count = f10
    if count == 0 and v4 is None and v5 is None and v6 is None:
        o.connected_parties = ()  # the usual case: no entries
    else:
        g4 = v4 or ()
        g5 = [_enum_DeviceIDType[x] for x in (v5 or ())]
        g6 = v6 or ()
        if len(g4) != count or len(g5) != count or len(g6) != count:
            raise _w.group_mismatch(
                "CALL_CONFERENCED_EVENT",
                "ConnectedParties",
                "NumParties",
                count,
                {
                    "ConnectedPartyCallID": len(g4),
                    "ConnectedPartyDeviceIDType": len(g5),
                    "ConnectedPartyDeviceID": len(g6),
                },
                end,
            )
        o.connected_parties = tuple(map(_new_ConnectedParty, g4, g5, g6))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallConferencedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_conferenced_event(m: CallConferencedEvent) -> bytes:
    name = "CALL_CONFERENCED_EVENT"
    connected_parties = _w.check_group(
        m.connected_parties, ConnectedParty, 16, name, "ConnectedParties"
    )
    parts = [
        _w.pack_fixed(
            _S_CALL_CONFERENCED_EVENT,
            _X_CALL_CONFERENCED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.primary_device_id_type,
            m.primary_call_id,
            m.line_handle,
            m.line_type,
            m.skill_group_number,
            m.skill_group_id,
            m.skill_group_priority,
            len(connected_parties),
            m.secondary_device_id_type,
            m.secondary_call_id,
            m.controller_device_type,
            m.added_party_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(_w.put(_w.STRING, 35, m.primary_device_id, 64, _WIDE, name, "PrimaryDeviceID"))
    parts.append(_w.put(_w.STRING, 36, m.secondary_device_id, 64, _WIDE, name, "SecondaryDeviceID"))
    if m.controller_device_id is not None:
        part = _w.put(_w.STRING, 37, m.controller_device_id, 64, _WIDE, name, "ControllerDeviceID")
        parts.append(part)
    if m.added_party_device_id is not None:
        part = _w.put(_w.STRING, 38, m.added_party_device_id, 64, _WIDE, name, "AddedPartyDeviceID")
        parts.append(part)
    for entry in connected_parties:
        parts.append(
            _w.put(
                _w.UINT, 39, entry.connected_party_call_id, 4, _WIDE, name, "ConnectedPartyCallID"
            )
        )
        parts.append(
            _w.put(
                _w.USHORT,
                40,
                entry.connected_party_device_id_type,
                2,
                _WIDE,
                name,
                "ConnectedPartyDeviceIDType",
            )
        )
        parts.append(
            _w.put(
                _w.STRING,
                41,
                entry.connected_party_device_id,
                64,
                _WIDE,
                name,
                "ConnectedPartyDeviceID",
            )
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(17, parts)


def _encode_call_conferenced_event(m: CallConferencedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_conferenced_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_conferenced_event(m)
        connected_parties = m.connected_parties
        if type(connected_parties) is not tuple or len(connected_parties) > 16:
            return _careful_call_conferenced_event(m)
        p: list[bytes] = []
        v0 = m.primary_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_conferenced_event(m)
        p += (_w.HEAD2(35, n), d, _NUL)
        v1 = m.secondary_device_id
        d = v1.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_conferenced_event(m)
        p += (_w.HEAD2(36, n), d, _NUL)
        v2 = m.controller_device_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_conferenced_event(m)
            p += (_w.HEAD2(37, n), d, _NUL)
        v3 = m.added_party_device_id
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_conferenced_event(m)
            p += (_w.HEAD2(38, n), d, _NUL)
        for connected_parties_entry in connected_parties:
            if type(connected_parties_entry) is not ConnectedParty:
                return _careful_call_conferenced_event(m)
            v4 = connected_parties_entry.connected_party_call_id
            p += (b"\x00'\x00\x04", _w.PACK_UINT(v4))
            v5 = connected_parties_entry.connected_party_device_id_type
            p += (b"\x00(\x00\x02", _w.PACK_USHORT(v5))
            v6 = connected_parties_entry.connected_party_device_id
            d = v6.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_conferenced_event(m)
            p += (_w.HEAD2(41, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CALL_CONFERENCED_EVENT.pack(
                46 + len(tail),
                17,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.primary_device_id_type,
                m.primary_call_id,
                m.line_handle,
                m.line_type,
                m.skill_group_number,
                m.skill_group_id,
                m.skill_group_priority,
                len(connected_parties),
                m.secondary_device_id_type,
                m.secondary_call_id,
                m.controller_device_type,
                m.added_party_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_conferenced_event(m)


@value_class
class CallTransferredEvent(GeneratedMessage):
    """When a call is transferred to another destination.

    CALL_TRANSFERRED_EVENT, MessageType 18, server to client.
    From: Application Level Interfaces (v25), CALL_TRANSFERRED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 18
    MESSAGE_NAME: ClassVar[str] = "CALL_TRANSFERRED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "primary_device_id_type",
        "primary_call_id",
        "line_handle",
        "line_type",
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
        "secondary_device_id_type",
        "secondary_call_id",
        "transferring_device_type",
        "transferred_device_type",
        "local_connection_state",
        "event_cause",
        "primary_device_id",
        "secondary_device_id",
        "transferring_device_id",
        "transferred_device_id",
        "connected_parties",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "connected_parties": ConnectedParty,
    }

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    primary_device_id_type: DeviceIDType | int
    primary_call_id: int
    line_handle: int
    line_type: LineType | int
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int
    secondary_device_id_type: DeviceIDType | int
    secondary_call_id: int
    transferring_device_type: DeviceIDType | int
    transferred_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    primary_device_id: str
    secondary_device_id: str
    transferring_device_id: str | None
    transferred_device_id: str | None
    connected_parties: tuple[ConnectedParty, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        primary_device_id_type: DeviceIDType | int = 0,
        primary_call_id: int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        skill_group_priority: int = 0,
        secondary_device_id_type: DeviceIDType | int = 0,
        secondary_call_id: int = 0,
        transferring_device_type: DeviceIDType | int = 0,
        transferred_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        primary_device_id: str,
        secondary_device_id: str,
        transferring_device_id: str | None = None,
        transferred_device_id: str | None = None,
        connected_parties: tuple[ConnectedParty, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "primary_device_id_type", primary_device_id_type)
        _set(self, "primary_call_id", primary_call_id)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)
        _set(self, "secondary_device_id_type", secondary_device_id_type)
        _set(self, "secondary_call_id", secondary_call_id)
        _set(self, "transferring_device_type", transferring_device_type)
        _set(self, "transferred_device_type", transferred_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "primary_device_id", primary_device_id)
        _set(self, "secondary_device_id", secondary_device_id)
        _set(self, "transferring_device_id", transferring_device_id)
        _set(self, "transferred_device_id", transferred_device_id)
        _set(self, "connected_parties", connected_parties)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_TRANSFERRED_EVENT: Final = _w.builder(CallTransferredEvent)
_S_CALL_TRANSFERRED_EVENT: Final = struct.Struct(">IIHHIHHIIHHHIHHHH")
_H_CALL_TRANSFERRED_EVENT: Final = struct.Struct(">IIIIHHIHHIIHHHIHHHH")  # header and fixed part
_X_CALL_TRANSFERRED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("PrimaryDeviceIDType", "H", 20),
    ("PrimaryCallID", "I", 24),
    ("LineHandle", "H", 26),
    ("LineType", "H", 28),
    ("SkillGroupNumber", "I", 32),
    ("SkillGroupID", "I", 36),
    ("SkillGroupPriority", "H", 38),
    ("NumParties", "H", 40),
    ("SecondaryDeviceIDType", "H", 42),
    ("SecondaryCallID", "I", 46),
    ("TransferringDeviceType", "H", 48),
    ("TransferredDeviceType", "H", 50),
    ("LocalConnectionState", "H", 52),
    ("EventCause", "H", 54),
)
_T_CALL_TRANSFERRED_EVENT: Final[_w.FieldTable] = {
    35: (0, _w.STRING, False, "PrimaryDeviceID"),
    36: (1, _w.STRING, False, "SecondaryDeviceID"),
    42: (2, _w.STRING, False, "TransferringDeviceID"),
    43: (3, _w.STRING, False, "TransferredDeviceID"),
    39: (4, _w.UINT, True, "ConnectedPartyCallID"),
    40: (5, _w.USHORT, True, "ConnectedPartyDeviceIDType"),
    41: (6, _w.STRING, True, "ConnectedPartyDeviceID"),
}
_FAST_CALL_TRANSFERRED_EVENT: Final = _fast_slots(
    {
        35: 0,
        36: 1,
        42: 2,
        43: 3,
    }
)
_INTS_CALL_TRANSFERRED_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    39: (4, _w.UNPACK_UINT, 4, True),
    40: (5, _w.UNPACK_USHORT, 2, True),
}


def _decode_call_transferred_event(buf: bytes, end: int) -> CallTransferredEvent:
    if end < 54:
        raise _w.truncated("CALL_TRANSFERRED_EVENT", _X_CALL_TRANSFERRED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 54
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_TRANSFERRED_EVENT.get(tag)
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
                number = _INTS_CALL_TRANSFERRED_EVENT.get(tag)
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
                _T_CALL_TRANSFERRED_EVENT,
                unknown,
                "CALL_TRANSFERRED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 54, end, _T_CALL_TRANSFERRED_EVENT, 7, "CALL_TRANSFERRED_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_TRANSFERRED_EVENT", "PrimaryDeviceID", end)
    if vals[1] is None:
        raise _w.missing("CALL_TRANSFERRED_EVENT", "SecondaryDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_TRANSFERRED_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        o.primary_call_id,
        o.line_handle,
        f6,
        o.skill_group_number,
        o.skill_group_id,
        o.skill_group_priority,
        f10,
        f11,
        o.secondary_call_id,
        f13,
        f14,
        f15,
        f16,
    ) = _S_CALL_TRANSFERRED_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.primary_device_id_type = _enum_DeviceIDType[f3]
    o.line_type = _enum_LineType[f6]
    o.secondary_device_id_type = _enum_DeviceIDType[f11]
    o.transferring_device_type = _enum_DeviceIDType[f13]
    o.transferred_device_type = _enum_DeviceIDType[f14]
    o.local_connection_state = _enum_LocalConnectionState[f15]
    o.event_cause = _enum_EventCause[f16]
    (
        o.primary_device_id,
        o.secondary_device_id,
        o.transferring_device_id,
        o.transferred_device_id,
        v4,
        v5,
        v6,
    ) = vals
    count = f10
    if count == 0 and v4 is None and v5 is None and v6 is None:
        o.connected_parties = ()  # the usual case: no entries
    else:
        g4 = v4 or ()
        g5 = [_enum_DeviceIDType[x] for x in (v5 or ())]
        g6 = v6 or ()
        if len(g4) != count or len(g5) != count or len(g6) != count:
            raise _w.group_mismatch(
                "CALL_TRANSFERRED_EVENT",
                "ConnectedParties",
                "NumParties",
                count,
                {
                    "ConnectedPartyCallID": len(g4),
                    "ConnectedPartyDeviceIDType": len(g5),
                    "ConnectedPartyDeviceID": len(g6),
                },
                end,
            )
        o.connected_parties = tuple(map(_new_ConnectedParty, g4, g5, g6))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallTransferredEvent
    return o  # type: ignore[no-any-return]


def _careful_call_transferred_event(m: CallTransferredEvent) -> bytes:
    name = "CALL_TRANSFERRED_EVENT"
    connected_parties = _w.check_group(
        m.connected_parties, ConnectedParty, 16, name, "ConnectedParties"
    )
    parts = [
        _w.pack_fixed(
            _S_CALL_TRANSFERRED_EVENT,
            _X_CALL_TRANSFERRED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.primary_device_id_type,
            m.primary_call_id,
            m.line_handle,
            m.line_type,
            m.skill_group_number,
            m.skill_group_id,
            m.skill_group_priority,
            len(connected_parties),
            m.secondary_device_id_type,
            m.secondary_call_id,
            m.transferring_device_type,
            m.transferred_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(_w.put(_w.STRING, 35, m.primary_device_id, 64, _WIDE, name, "PrimaryDeviceID"))
    parts.append(_w.put(_w.STRING, 36, m.secondary_device_id, 64, _WIDE, name, "SecondaryDeviceID"))
    if m.transferring_device_id is not None:
        part = _w.put(
            _w.STRING, 42, m.transferring_device_id, 64, _WIDE, name, "TransferringDeviceID"
        )
        parts.append(part)
    if m.transferred_device_id is not None:
        part = _w.put(
            _w.STRING, 43, m.transferred_device_id, 64, _WIDE, name, "TransferredDeviceID"
        )
        parts.append(part)
    for entry in connected_parties:
        parts.append(
            _w.put(
                _w.UINT, 39, entry.connected_party_call_id, 4, _WIDE, name, "ConnectedPartyCallID"
            )
        )
        parts.append(
            _w.put(
                _w.USHORT,
                40,
                entry.connected_party_device_id_type,
                2,
                _WIDE,
                name,
                "ConnectedPartyDeviceIDType",
            )
        )
        parts.append(
            _w.put(
                _w.STRING,
                41,
                entry.connected_party_device_id,
                64,
                _WIDE,
                name,
                "ConnectedPartyDeviceID",
            )
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(18, parts)


def _encode_call_transferred_event(m: CallTransferredEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_transferred_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_transferred_event(m)
        connected_parties = m.connected_parties
        if type(connected_parties) is not tuple or len(connected_parties) > 16:
            return _careful_call_transferred_event(m)
        p: list[bytes] = []
        v0 = m.primary_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_transferred_event(m)
        p += (_w.HEAD2(35, n), d, _NUL)
        v1 = m.secondary_device_id
        d = v1.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_transferred_event(m)
        p += (_w.HEAD2(36, n), d, _NUL)
        v2 = m.transferring_device_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_transferred_event(m)
            p += (_w.HEAD2(42, n), d, _NUL)
        v3 = m.transferred_device_id
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_transferred_event(m)
            p += (_w.HEAD2(43, n), d, _NUL)
        for connected_parties_entry in connected_parties:
            if type(connected_parties_entry) is not ConnectedParty:
                return _careful_call_transferred_event(m)
            v4 = connected_parties_entry.connected_party_call_id
            p += (b"\x00'\x00\x04", _w.PACK_UINT(v4))
            v5 = connected_parties_entry.connected_party_device_id_type
            p += (b"\x00(\x00\x02", _w.PACK_USHORT(v5))
            v6 = connected_parties_entry.connected_party_device_id
            d = v6.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_transferred_event(m)
            p += (_w.HEAD2(41, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CALL_TRANSFERRED_EVENT.pack(
                46 + len(tail),
                18,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.primary_device_id_type,
                m.primary_call_id,
                m.line_handle,
                m.line_type,
                m.skill_group_number,
                m.skill_group_id,
                m.skill_group_priority,
                len(connected_parties),
                m.secondary_device_id_type,
                m.secondary_call_id,
                m.transferring_device_type,
                m.transferred_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_transferred_event(m)


@value_class
class CallDivertedEvent(GeneratedMessage):
    """When a call is removed from a previous delivery target.

    CALL_DIVERTED_EVENT, MessageType 19, server to client.
    From: Application Level Interfaces (v25), CALL_DIVERTED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 19
    MESSAGE_NAME: ClassVar[str] = "CALL_DIVERTED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "service_number",
        "service_id",
        "diverting_device_type",
        "called_device_type",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "diverting_device_id",
        "called_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    service_number: int
    service_id: int
    diverting_device_type: DeviceIDType | int
    called_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    diverting_device_id: str | None
    called_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        service_number: int = 0,
        service_id: int = 0,
        diverting_device_type: DeviceIDType | int = 0,
        called_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        diverting_device_id: str | None = None,
        called_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "service_number", service_number)
        _set(self, "service_id", service_id)
        _set(self, "diverting_device_type", diverting_device_type)
        _set(self, "called_device_type", called_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "diverting_device_id", diverting_device_id)
        _set(self, "called_device_id", called_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_DIVERTED_EVENT: Final = _w.builder(CallDivertedEvent)
_S_CALL_DIVERTED_EVENT: Final = struct.Struct(">IIHHIIIHHHH")
_H_CALL_DIVERTED_EVENT: Final = struct.Struct(">IIIIHHIIIHHHH")  # header and fixed part
_X_CALL_DIVERTED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("ServiceNumber", "I", 28),
    ("ServiceID", "I", 32),
    ("DivertingDeviceType", "H", 34),
    ("CalledDeviceType", "H", 36),
    ("LocalConnectionState", "H", 38),
    ("EventCause", "H", 40),
)
_T_CALL_DIVERTED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    44: (1, _w.STRING, False, "DivertingDeviceID"),
    28: (2, _w.STRING, False, "CalledDeviceID"),
}
_FAST_CALL_DIVERTED_EVENT: Final = _fast_slots(
    {
        25: 0,
        44: 1,
        28: 2,
    }
)


def _decode_call_diverted_event(buf: bytes, end: int) -> CallDivertedEvent:
    if end < 40:
        raise _w.truncated("CALL_DIVERTED_EVENT", _X_CALL_DIVERTED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 40
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_DIVERTED_EVENT.get(tag)
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
                _T_CALL_DIVERTED_EVENT,
                unknown,
                "CALL_DIVERTED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 40, end, _T_CALL_DIVERTED_EVENT, 3, "CALL_DIVERTED_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_DIVERTED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_DIVERTED_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        o.connection_call_id,
        o.service_number,
        o.service_id,
        f7,
        f8,
        f9,
        f10,
    ) = _S_CALL_DIVERTED_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.diverting_device_type = _enum_DeviceIDType[f7]
    o.called_device_type = _enum_DeviceIDType[f8]
    o.local_connection_state = _enum_LocalConnectionState[f9]
    o.event_cause = _enum_EventCause[f10]
    (o.connection_device_id, o.diverting_device_id, o.called_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallDivertedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_diverted_event(m: CallDivertedEvent) -> bytes:
    name = "CALL_DIVERTED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_DIVERTED_EVENT,
            _X_CALL_DIVERTED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.service_number,
            m.service_id,
            m.diverting_device_type,
            m.called_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.diverting_device_id is not None:
        part = _w.put(_w.STRING, 44, m.diverting_device_id, 64, _WIDE, name, "DivertingDeviceID")
        parts.append(part)
    if m.called_device_id is not None:
        part = _w.put(_w.STRING, 28, m.called_device_id, 64, _WIDE, name, "CalledDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(19, parts)


def _encode_call_diverted_event(m: CallDivertedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_diverted_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_diverted_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_diverted_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.diverting_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_diverted_event(m)
            p += (_w.HEAD2(44, n), d, _NUL)
        v2 = m.called_device_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_diverted_event(m)
            p += (_w.HEAD2(28, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CALL_DIVERTED_EVENT.pack(
                32 + len(tail),
                19,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.service_number,
                m.service_id,
                m.diverting_device_type,
                m.called_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_diverted_event(m)


@value_class
class CallServiceInitiatedEvent(GeneratedMessage):
    """When telecommunications service (dial tone) is initiated at the agent's phone.

    CALL_SERVICE_INITIATED_EVENT, MessageType 20, server to client.
    From: Application Level Interfaces (v25), CALL_SERVICE_INITIATED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 20
    MESSAGE_NAME: ClassVar[str] = "CALL_SERVICE_INITIATED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "line_handle",
        "line_type",
        "service_number",
        "service_id",
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
        "calling_device_type",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "calling_device_id",
        "call_reference_id",
        "coc_connection_call_id",
        "coc_call_connection_device_id_type",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    line_handle: int
    line_type: LineType | int
    service_number: int
    service_id: int
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int
    calling_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    calling_device_id: str | None
    call_reference_id: bytes | None
    coc_connection_call_id: int | None
    coc_call_connection_device_id_type: ConnectionDeviceIDType | int | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        service_number: int = 0,
        service_id: int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        skill_group_priority: int = 0,
        calling_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        calling_device_id: str | None = None,
        call_reference_id: bytes | None = None,
        coc_connection_call_id: int | None = None,
        coc_call_connection_device_id_type: ConnectionDeviceIDType | int | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "service_number", service_number)
        _set(self, "service_id", service_id)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)
        _set(self, "calling_device_type", calling_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "calling_device_id", calling_device_id)
        _set(self, "call_reference_id", call_reference_id)
        _set(self, "coc_connection_call_id", coc_connection_call_id)
        _set(self, "coc_call_connection_device_id_type", coc_call_connection_device_id_type)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_SERVICE_INITIATED_EVENT: Final = _w.builder(CallServiceInitiatedEvent)
_S_CALL_SERVICE_INITIATED_EVENT: Final = struct.Struct(">IIHHIHHIIIIHHHH")
_H_CALL_SERVICE_INITIATED_EVENT: Final = struct.Struct(
    ">IIIIHHIHHIIIIHHHH"
)  # header and fixed part
_X_CALL_SERVICE_INITIATED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("LineHandle", "H", 26),
    ("LineType", "H", 28),
    ("ServiceNumber", "I", 32),
    ("ServiceID", "I", 36),
    ("SkillGroupNumber", "I", 40),
    ("SkillGroupID", "I", 44),
    ("SkillGroupPriority", "H", 46),
    ("CallingDeviceType", "H", 48),
    ("LocalConnectionState", "H", 50),
    ("EventCause", "H", 52),
)
_T_CALL_SERVICE_INITIATED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    27: (1, _w.STRING, False, "CallingDeviceID"),
    223: (2, _w.UNSPEC, False, "CallReferenceID"),
    229: (3, _w.UINT, False, "COCConnectionCallID"),
    230: (4, _w.USHORT, False, "COCCallConnectionDeviceIDType"),
}
_FAST_CALL_SERVICE_INITIATED_EVENT: Final = _fast_slots(
    {
        25: 0,
        27: 1,
        223: ~2,
    }
)
_INTS_CALL_SERVICE_INITIATED_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    229: (3, _w.UNPACK_UINT, 4, False),
    230: (4, _w.UNPACK_USHORT, 2, False),
}


def _decode_call_service_initiated_event(buf: bytes, end: int) -> CallServiceInitiatedEvent:
    if end < 52:
        raise _w.truncated("CALL_SERVICE_INITIATED_EVENT", _X_CALL_SERVICE_INITIATED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 5
    unknown: list[UnknownField] = []
    pos = 52
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_SERVICE_INITIATED_EVENT.get(tag)
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
                number = _INTS_CALL_SERVICE_INITIATED_EVENT.get(tag)
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
                _T_CALL_SERVICE_INITIATED_EVENT,
                unknown,
                "CALL_SERVICE_INITIATED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 52, end, _T_CALL_SERVICE_INITIATED_EVENT, 5, "CALL_SERVICE_INITIATED_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_SERVICE_INITIATED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_SERVICE_INITIATED_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        o.connection_call_id,
        o.line_handle,
        f6,
        o.service_number,
        o.service_id,
        o.skill_group_number,
        o.skill_group_id,
        o.skill_group_priority,
        f12,
        f13,
        f14,
    ) = _S_CALL_SERVICE_INITIATED_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.line_type = _enum_LineType[f6]
    o.calling_device_type = _enum_DeviceIDType[f12]
    o.local_connection_state = _enum_LocalConnectionState[f13]
    o.event_cause = _enum_EventCause[f14]
    (
        o.connection_device_id,
        o.calling_device_id,
        o.call_reference_id,
        o.coc_connection_call_id,
        v4,
    ) = vals
    o.coc_call_connection_device_id_type = None if v4 is None else _enum_ConnectionDeviceIDType[v4]
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallServiceInitiatedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_service_initiated_event(m: CallServiceInitiatedEvent) -> bytes:
    name = "CALL_SERVICE_INITIATED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_SERVICE_INITIATED_EVENT,
            _X_CALL_SERVICE_INITIATED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.line_handle,
            m.line_type,
            m.service_number,
            m.service_id,
            m.skill_group_number,
            m.skill_group_id,
            m.skill_group_priority,
            m.calling_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.calling_device_id is not None:
        part = _w.put(_w.STRING, 27, m.calling_device_id, 64, _WIDE, name, "CallingDeviceID")
        parts.append(part)
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(20, parts)


def _encode_call_service_initiated_event(m: CallServiceInitiatedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_service_initiated_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_service_initiated_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_service_initiated_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.calling_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_service_initiated_event(m)
            p += (_w.HEAD2(27, n), d, _NUL)
        v2 = m.call_reference_id
        if v2 is not None:
            if type(v2) is not bytes or len(v2) > 32:
                return _careful_call_service_initiated_event(m)
            p += (_w.HEAD2(223, len(v2)), v2)
        v3 = m.coc_connection_call_id
        if v3 is not None:
            p += (b"\x00\xe5\x00\x04", _w.PACK_UINT(v3))
        v4 = m.coc_call_connection_device_id_type
        if v4 is not None:
            p += (b"\x00\xe6\x00\x02", _w.PACK_USHORT(v4))
        tail = b"".join(p)
        return (
            _H_CALL_SERVICE_INITIATED_EVENT.pack(
                44 + len(tail),
                20,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.line_handle,
                m.line_type,
                m.service_number,
                m.service_id,
                m.skill_group_number,
                m.skill_group_id,
                m.skill_group_priority,
                m.calling_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_service_initiated_event(m)


@value_class
class CallQueuedEvent(GeneratedMessage):
    """When a call is placed in a queue pending the availability of a resource.

    CALL_QUEUED_EVENT, MessageType 21, server to client.
    From: Application Level Interfaces (v25), CALL_QUEUED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 21
    MESSAGE_NAME: ClassVar[str] = "CALL_QUEUED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "service_number",
        "service_id",
        "queue_device_type",
        "calling_device_type",
        "called_device_type",
        "last_redirect_device_type",
        "num_queued",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "queue_device_id",
        "calling_device_id",
        "called_device_id",
        "last_redirect_device_id",
        "skill_groups",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "skill_groups": SkillGroup,
    }

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    service_number: int
    service_id: int
    queue_device_type: DeviceIDType | int
    calling_device_type: DeviceIDType | int
    called_device_type: DeviceIDType | int
    last_redirect_device_type: DeviceIDType | int
    num_queued: int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    queue_device_id: str | None
    calling_device_id: str | None
    called_device_id: str | None
    last_redirect_device_id: str | None
    skill_groups: tuple[SkillGroup, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        service_number: int = 0,
        service_id: int = 0,
        queue_device_type: DeviceIDType | int = 0,
        calling_device_type: DeviceIDType | int = 0,
        called_device_type: DeviceIDType | int = 0,
        last_redirect_device_type: DeviceIDType | int = 0,
        num_queued: int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        queue_device_id: str | None = None,
        calling_device_id: str | None = None,
        called_device_id: str | None = None,
        last_redirect_device_id: str | None = None,
        skill_groups: tuple[SkillGroup, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "service_number", service_number)
        _set(self, "service_id", service_id)
        _set(self, "queue_device_type", queue_device_type)
        _set(self, "calling_device_type", calling_device_type)
        _set(self, "called_device_type", called_device_type)
        _set(self, "last_redirect_device_type", last_redirect_device_type)
        _set(self, "num_queued", num_queued)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "queue_device_id", queue_device_id)
        _set(self, "calling_device_id", calling_device_id)
        _set(self, "called_device_id", called_device_id)
        _set(self, "last_redirect_device_id", last_redirect_device_id)
        _set(self, "skill_groups", skill_groups)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_QUEUED_EVENT: Final = _w.builder(CallQueuedEvent)
_S_CALL_QUEUED_EVENT: Final = struct.Struct(">IIHHIIIHHHHHHHH")
_H_CALL_QUEUED_EVENT: Final = struct.Struct(">IIIIHHIIIHHHHHHHH")  # header and fixed part
_X_CALL_QUEUED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("ServiceNumber", "I", 28),
    ("ServiceID", "I", 32),
    ("QueueDeviceType", "H", 34),
    ("CallingDeviceType", "H", 36),
    ("CalledDeviceType", "H", 38),
    ("LastRedirectDeviceType", "H", 40),
    ("NumQueued", "H", 42),
    ("NumSkillGroups", "H", 44),
    ("LocalConnectionState", "H", 46),
    ("EventCause", "H", 48),
)
_T_CALL_QUEUED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    45: (1, _w.STRING, False, "QueueDeviceID"),
    27: (2, _w.STRING, False, "CallingDeviceID"),
    28: (3, _w.STRING, False, "CalledDeviceID"),
    29: (4, _w.STRING, False, "LastRedirectDeviceID"),
    62: (5, _w.UINT, True, "SkillGroupNumber"),
    63: (6, _w.UINT, True, "SkillGroupID"),
    64: (7, _w.USHORT, True, "SkillGroupPriority"),
}
_FAST_CALL_QUEUED_EVENT: Final = _fast_slots(
    {
        25: 0,
        45: 1,
        27: 2,
        28: 3,
        29: 4,
    }
)
_INTS_CALL_QUEUED_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    62: (5, _w.UNPACK_UINT, 4, True),
    63: (6, _w.UNPACK_UINT, 4, True),
    64: (7, _w.UNPACK_USHORT, 2, True),
}


def _decode_call_queued_event(buf: bytes, end: int) -> CallQueuedEvent:
    if end < 48:
        raise _w.truncated("CALL_QUEUED_EVENT", _X_CALL_QUEUED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 8
    unknown: list[UnknownField] = []
    pos = 48
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_QUEUED_EVENT.get(tag)
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
                number = _INTS_CALL_QUEUED_EVENT.get(tag)
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
                _T_CALL_QUEUED_EVENT,
                unknown,
                "CALL_QUEUED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 48, end, _T_CALL_QUEUED_EVENT, 8, "CALL_QUEUED_EVENT", _HEAD)
    if vals[0] is None:
        raise _w.missing("CALL_QUEUED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_QUEUED_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        o.connection_call_id,
        o.service_number,
        o.service_id,
        f7,
        f8,
        f9,
        f10,
        o.num_queued,
        f12,
        f13,
        f14,
    ) = _S_CALL_QUEUED_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.queue_device_type = _enum_DeviceIDType[f7]
    o.calling_device_type = _enum_DeviceIDType[f8]
    o.called_device_type = _enum_DeviceIDType[f9]
    o.last_redirect_device_type = _enum_DeviceIDType[f10]
    o.local_connection_state = _enum_LocalConnectionState[f13]
    o.event_cause = _enum_EventCause[f14]
    (
        o.connection_device_id,
        o.queue_device_id,
        o.calling_device_id,
        o.called_device_id,
        o.last_redirect_device_id,
        v5,
        v6,
        v7,
    ) = vals
    count = f12
    if count == 0 and v5 is None and v6 is None and v7 is None:
        o.skill_groups = ()  # the usual case: no entries
    else:
        g5 = v5 or ()
        g6 = v6 or ()
        g7 = v7 or ()
        if len(g5) != count or len(g6) != count or len(g7) != count:
            raise _w.group_mismatch(
                "CALL_QUEUED_EVENT",
                "SkillGroups",
                "NumSkillGroups",
                count,
                {
                    "SkillGroupNumber": len(g5),
                    "SkillGroupID": len(g6),
                    "SkillGroupPriority": len(g7),
                },
                end,
            )
        o.skill_groups = tuple(map(_new_SkillGroup, g5, g6, g7))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallQueuedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_queued_event(m: CallQueuedEvent) -> bytes:
    name = "CALL_QUEUED_EVENT"
    skill_groups = _w.check_group(m.skill_groups, SkillGroup, 20, name, "SkillGroups")
    parts = [
        _w.pack_fixed(
            _S_CALL_QUEUED_EVENT,
            _X_CALL_QUEUED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.service_number,
            m.service_id,
            m.queue_device_type,
            m.calling_device_type,
            m.called_device_type,
            m.last_redirect_device_type,
            m.num_queued,
            len(skill_groups),
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.queue_device_id is not None:
        part = _w.put(_w.STRING, 45, m.queue_device_id, 64, _WIDE, name, "QueueDeviceID")
        parts.append(part)
    if m.calling_device_id is not None:
        part = _w.put(_w.STRING, 27, m.calling_device_id, 64, _WIDE, name, "CallingDeviceID")
        parts.append(part)
    if m.called_device_id is not None:
        part = _w.put(_w.STRING, 28, m.called_device_id, 64, _WIDE, name, "CalledDeviceID")
        parts.append(part)
    if m.last_redirect_device_id is not None:
        part = _w.put(
            _w.STRING, 29, m.last_redirect_device_id, 64, _WIDE, name, "LastRedirectDeviceID"
        )
        parts.append(part)
    for entry in skill_groups:
        parts.append(
            _w.put(_w.UINT, 62, entry.skill_group_number, 4, _WIDE, name, "SkillGroupNumber")
        )
        parts.append(_w.put(_w.UINT, 63, entry.skill_group_id, 4, _WIDE, name, "SkillGroupID"))
        parts.append(
            _w.put(_w.USHORT, 64, entry.skill_group_priority, 2, _WIDE, name, "SkillGroupPriority")
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(21, parts)


def _encode_call_queued_event(m: CallQueuedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_queued_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_queued_event(m)
        skill_groups = m.skill_groups
        if type(skill_groups) is not tuple or len(skill_groups) > 20:
            return _careful_call_queued_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_queued_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.queue_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_queued_event(m)
            p += (_w.HEAD2(45, n), d, _NUL)
        v2 = m.calling_device_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_queued_event(m)
            p += (_w.HEAD2(27, n), d, _NUL)
        v3 = m.called_device_id
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_queued_event(m)
            p += (_w.HEAD2(28, n), d, _NUL)
        v4 = m.last_redirect_device_id
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_queued_event(m)
            p += (_w.HEAD2(29, n), d, _NUL)
        for skill_groups_entry in skill_groups:
            if type(skill_groups_entry) is not SkillGroup:
                return _careful_call_queued_event(m)
            v5 = skill_groups_entry.skill_group_number
            p += (b"\x00>\x00\x04", _w.PACK_UINT(v5))
            v6 = skill_groups_entry.skill_group_id
            p += (b"\x00?\x00\x04", _w.PACK_UINT(v6))
            v7 = skill_groups_entry.skill_group_priority
            p += (b"\x00@\x00\x02", _w.PACK_USHORT(v7))
        tail = b"".join(p)
        return (
            _H_CALL_QUEUED_EVENT.pack(
                40 + len(tail),
                21,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.service_number,
                m.service_id,
                m.queue_device_type,
                m.calling_device_type,
                m.called_device_type,
                m.last_redirect_device_type,
                m.num_queued,
                len(skill_groups),
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_queued_event(m)


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
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_BEGIN_CALL_EVENT.get(tag)
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
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.ani
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(8, n), d, _NUL)
        v2 = m.user_to_user_info
        if v2 is not None:
            if type(v2) is not bytes or len(v2) > 131:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(9, len(v2)), v2)
        v3 = m.dnis
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(10, n), d, _NUL)
        v4 = m.dialed_number
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(11, n), d, _NUL)
        v5 = m.caller_entered_digits
        if v5 is not None:
            d = v5.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(12, n), d, _NUL)
        v6 = m.router_call_key_day
        if v6 is not None:
            p += (b"\x00H\x00\x04", _w.PACK_UINT(v6))
        v7 = m.router_call_key_call_id
        if v7 is not None:
            p += (b"\x00I\x00\x04", _w.PACK_UINT(v7))
        v8 = m.router_call_key_sequence_number
        if v8 is not None:
            p += (b"\x00n\x00\x04", _w.PACK_UINT(v8))
        v9 = m.call_variable1
        if v9 is not None:
            d = v9.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(13, n), d, _NUL)
        v10 = m.call_variable2
        if v10 is not None:
            d = v10.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(14, n), d, _NUL)
        v11 = m.call_variable3
        if v11 is not None:
            d = v11.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(15, n), d, _NUL)
        v12 = m.call_variable4
        if v12 is not None:
            d = v12.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(16, n), d, _NUL)
        v13 = m.call_variable5
        if v13 is not None:
            d = v13.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(17, n), d, _NUL)
        v14 = m.call_variable6
        if v14 is not None:
            d = v14.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(18, n), d, _NUL)
        v15 = m.call_variable7
        if v15 is not None:
            d = v15.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(19, n), d, _NUL)
        v16 = m.call_variable8
        if v16 is not None:
            d = v16.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(20, n), d, _NUL)
        v17 = m.call_variable9
        if v17 is not None:
            d = v17.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(21, n), d, _NUL)
        v18 = m.call_variable10
        if v18 is not None:
            d = v18.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(22, n), d, _NUL)
        v19 = m.call_wrapup_data
        if v19 is not None:
            d = v19.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(46, n), d, _NUL)
        for v20 in named_variables:
            if type(v20) is not NamedVar:
                return _careful_begin_call_event(m)
            d = v20.name.encode() + _NUL + v20.value.encode() + _NUL
            n = len(d)
            if n > 251:
                return _careful_begin_call_event(m)
            named += n
            p += (_w.HEAD2(82, n), d)
        for cti_clients_entry in cti_clients:
            if type(cti_clients_entry) is not CTIClient:
                return _careful_begin_call_event(m)
            v22 = cti_clients_entry.cti_client_signature
            d = v22.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(23, n), d, _NUL)
            v23 = cti_clients_entry.cti_client_timestamp
            p += (b"\x00\x18\x00\x04", _w.PACK_TIME(v23))
        v24 = m.call_reference_id
        if v24 is not None:
            if type(v24) is not bytes or len(v24) > 32:
                return _careful_begin_call_event(m)
            p += (_w.HEAD2(223, len(v24)), v24)
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
class EndCallEvent(GeneratedMessage):
    """When the CTI Server dissolves the association between a call and the CTI client.

    END_CALL_EVENT, MessageType 24, server to client.
    From: Application Level Interfaces (v25), END_CALL_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 24
    MESSAGE_NAME: ClassVar[str] = "END_CALL_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "connection_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    connection_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        connection_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_END_CALL_EVENT: Final = _w.builder(EndCallEvent)
_S_END_CALL_EVENT: Final = struct.Struct(">IIHHI")
_H_END_CALL_EVENT: Final = struct.Struct(">IIIIHHI")  # header and fixed part
_X_END_CALL_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
)
_T_END_CALL_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
}
_FAST_END_CALL_EVENT: Final = _fast_slots(
    {
        25: 0,
    }
)


def _decode_end_call_event(buf: bytes, end: int) -> EndCallEvent:
    if end < 24:
        raise _w.truncated("END_CALL_EVENT", _X_END_CALL_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_END_CALL_EVENT.get(tag)
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
                buf, pos, start, stop, end, tag, vals, _T_END_CALL_EVENT, unknown, "END_CALL_EVENT"
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 24, end, _T_END_CALL_EVENT, 1, "END_CALL_EVENT", _HEAD)
    if vals[0] is None:
        raise _w.missing("END_CALL_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_END_CALL_EVENT()
    (o.monitor_id, o.peripheral_id, f2, f3, o.connection_call_id) = _S_END_CALL_EVENT.unpack_from(
        buf, 8
    )
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = EndCallEvent
    return o  # type: ignore[no-any-return]


def _careful_end_call_event(m: EndCallEvent) -> bytes:
    name = "END_CALL_EVENT"
    parts = [
        _w.pack_fixed(
            _S_END_CALL_EVENT,
            _X_END_CALL_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(24, parts)


def _encode_end_call_event(m: EndCallEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_end_call_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_end_call_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_end_call_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_END_CALL_EVENT.pack(
                16 + len(tail),
                24,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_end_call_event(m)


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
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_DATA_UPDATE_EVENT.get(tag)
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
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.new_connection_device_id
        d = v1.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_data_update_event(m)
        p += (_w.HEAD2(47, n), d, _NUL)
        v2 = m.ani
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(8, n), d, _NUL)
        v3 = m.user_to_user_info
        if v3 is not None:
            if type(v3) is not bytes or len(v3) > 131:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(9, len(v3)), v3)
        v4 = m.dnis
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(10, n), d, _NUL)
        v5 = m.dialed_number
        if v5 is not None:
            d = v5.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(11, n), d, _NUL)
        v6 = m.caller_entered_digits
        if v6 is not None:
            d = v6.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(12, n), d, _NUL)
        v7 = m.router_call_key_day
        if v7 is not None:
            p += (b"\x00H\x00\x04", _w.PACK_UINT(v7))
        v8 = m.router_call_key_call_id
        if v8 is not None:
            p += (b"\x00I\x00\x04", _w.PACK_UINT(v8))
        v9 = m.router_call_key_sequence_number
        if v9 is not None:
            p += (b"\x00n\x00\x04", _w.PACK_UINT(v9))
        v10 = m.call_variable1
        if v10 is not None:
            d = v10.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(13, n), d, _NUL)
        v11 = m.call_variable2
        if v11 is not None:
            d = v11.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(14, n), d, _NUL)
        v12 = m.call_variable3
        if v12 is not None:
            d = v12.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(15, n), d, _NUL)
        v13 = m.call_variable4
        if v13 is not None:
            d = v13.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(16, n), d, _NUL)
        v14 = m.call_variable5
        if v14 is not None:
            d = v14.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(17, n), d, _NUL)
        v15 = m.call_variable6
        if v15 is not None:
            d = v15.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(18, n), d, _NUL)
        v16 = m.call_variable7
        if v16 is not None:
            d = v16.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(19, n), d, _NUL)
        v17 = m.call_variable8
        if v17 is not None:
            d = v17.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(20, n), d, _NUL)
        v18 = m.call_variable9
        if v18 is not None:
            d = v18.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(21, n), d, _NUL)
        v19 = m.call_variable10
        if v19 is not None:
            d = v19.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(22, n), d, _NUL)
        v20 = m.call_wrapup_data
        if v20 is not None:
            d = v20.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(46, n), d, _NUL)
        for v21 in named_variables:
            if type(v21) is not NamedVar:
                return _careful_call_data_update_event(m)
            d = v21.name.encode() + _NUL + v21.value.encode() + _NUL
            n = len(d)
            if n > 251:
                return _careful_call_data_update_event(m)
            named += n
            p += (_w.HEAD2(82, n), d)
        v23 = m.customer_phone_number
        if v23 is not None:
            d = v23.encode()
            n = len(d) + 1
            if n > 20:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(95, n), d, _NUL)
        v24 = m.customer_account_number
        if v24 is not None:
            d = v24.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(96, n), d, _NUL)
        for cti_clients_entry in cti_clients:
            if type(cti_clients_entry) is not CTIClient:
                return _careful_call_data_update_event(m)
            v25 = cti_clients_entry.cti_client_signature
            d = v25.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(23, n), d, _NUL)
            v26 = cti_clients_entry.cti_client_timestamp
            p += (b"\x00\x18\x00\x04", _w.PACK_TIME(v26))
        v27 = m.call_reference_id
        if v27 is not None:
            if type(v27) is not bytes or len(v27) > 32:
                return _careful_call_data_update_event(m)
            p += (_w.HEAD2(223, len(v27)), v27)
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
        "active_terminal",
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
    active_terminal: str | None
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
        active_terminal: str | None = None,
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
        _set(self, "active_terminal", active_terminal)
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
    303: (3, _w.STRING, False, "ActiveTerminal"),
    6: (4, _w.STRING, False, "AgentInstrument"),
    150: (5, _w.UINT, False, "Duration"),
    123: (6, _w.USHORT, False, "NextAgentState"),
    244: (7, _w.UINT, False, "Direction"),
    62: (8, _w.UINT, True, "FltSkillGroupNumber"),
    63: (9, _w.UINT, True, "FltSkillGroupID"),
    64: (10, _w.USHORT, True, "FltSkillGroupPriority"),
    65: (11, _w.USHORT, True, "FltSkillGroupState"),
    266: (12, _w.UINT, False, "MaxBeyondTaskLimit"),
}
_FAST_AGENT_STATE_EVENT: Final = _fast_slots(
    {
        3: 0,
        5: 1,
        4: 2,
        303: 3,
        6: 4,
    }
)
_INTS_AGENT_STATE_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    150: (5, _w.UNPACK_UINT, 4, False),
    123: (6, _w.UNPACK_USHORT, 2, False),
    244: (7, _w.UNPACK_UINT, 4, False),
    62: (8, _w.UNPACK_UINT, 4, True),
    63: (9, _w.UNPACK_UINT, 4, True),
    64: (10, _w.UNPACK_USHORT, 2, True),
    65: (11, _w.UNPACK_USHORT, 2, True),
    266: (12, _w.UNPACK_UINT, 4, False),
}


def _decode_agent_state_event(buf: bytes, end: int) -> AgentStateEvent:
    if end < 70:
        raise _w.truncated("AGENT_STATE_EVENT", _X_AGENT_STATE_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 13
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
        vals, unknown = _w.scan(buf, 70, end, _T_AGENT_STATE_EVENT, 13, "AGENT_STATE_EVENT", _HEAD)
    if vals[7] is None:
        raise _w.missing("AGENT_STATE_EVENT", "Direction", end)
    if vals[12] is None:
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
        o.active_terminal,
        o.agent_instrument,
        o.duration,
        v6,
        o.direction,
        v8,
        v9,
        v10,
        v11,
        o.max_beyond_task_limit,
    ) = vals
    o.next_agent_state = None if v6 is None else _enum_AgentState[v6]
    count = f17
    if count == 0 and v8 is None and v9 is None and v10 is None and v11 is None:
        o.flt_skill_groups = ()  # the usual case: no entries
    else:
        g8 = v8 or ()
        g9 = v9 or ()
        g10 = v10 or ()
        g11 = [_enum_AgentState[x] for x in (v11 or ())]
        if len(g8) != count or len(g9) != count or len(g10) != count or len(g11) != count:
            raise _w.group_mismatch(
                "AGENT_STATE_EVENT",
                "FltSkillGroups",
                "NumFltSkillGroups",
                count,
                {
                    "FltSkillGroupNumber": len(g8),
                    "FltSkillGroupID": len(g9),
                    "FltSkillGroupPriority": len(g10),
                    "FltSkillGroupState": len(g11),
                },
                end,
            )
        o.flt_skill_groups = tuple(map(_new_FltSkillGroup, g8, g9, g10, g11))
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
    if m.active_terminal is not None:
        part = _w.put(_w.STRING, 303, m.active_terminal, 64, _WIDE, name, "ActiveTerminal")
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
        v3 = m.active_terminal
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_agent_state_event(m)
            p += (_w.HEAD2(303, n), d, _NUL)
        v4 = m.agent_instrument
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_agent_state_event(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        v5 = m.duration
        if v5 is not None:
            p += (b"\x00\x96\x00\x04", _w.PACK_UINT(v5))
        v6 = m.next_agent_state
        if v6 is not None:
            p += (b"\x00{\x00\x02", _w.PACK_USHORT(v6))
        v7 = m.direction
        p += (b"\x00\xf4\x00\x04", _w.PACK_UINT(v7))
        for flt_skill_groups_entry in flt_skill_groups:
            if type(flt_skill_groups_entry) is not FltSkillGroup:
                return _careful_agent_state_event(m)
            v8 = flt_skill_groups_entry.flt_skill_group_number
            p += (b"\x00>\x00\x04", _w.PACK_UINT(v8))
            v9 = flt_skill_groups_entry.flt_skill_group_id
            p += (b"\x00?\x00\x04", _w.PACK_UINT(v9))
            v10 = flt_skill_groups_entry.flt_skill_group_priority
            p += (b"\x00@\x00\x02", _w.PACK_USHORT(v10))
            v11 = flt_skill_groups_entry.flt_skill_group_state
            p += (b"\x00A\x00\x02", _w.PACK_USHORT(v11))
        v12 = m.max_beyond_task_limit
        p += (b"\x01\n\x00\x04", _w.PACK_UINT(v12))
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
class CallReachedNetworkEvent(GeneratedMessage):
    """When an outbound call is connected to another network.

    CALL_REACHED_NETWORK_EVENT, MessageType 34, server to client.
    From: Application Level Interfaces (v25), CALL_REACHED_NETWORK_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 34
    MESSAGE_NAME: ClassVar[str] = "CALL_REACHED_NETWORK_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "line_handle",
        "line_type",
        "trunk_used_device_type",
        "called_device_type",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "trunk_used_device_id",
        "called_device_id",
        "trunk_number",
        "trunk_group_number",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    line_handle: int
    line_type: LineType | int
    trunk_used_device_type: DeviceIDType | int
    called_device_type: DeviceIDType | int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    trunk_used_device_id: str | None
    called_device_id: str | None
    trunk_number: int | None
    trunk_group_number: int | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        trunk_used_device_type: DeviceIDType | int = 0,
        called_device_type: DeviceIDType | int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        trunk_used_device_id: str | None = None,
        called_device_id: str | None = None,
        trunk_number: int | None = None,
        trunk_group_number: int | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "trunk_used_device_type", trunk_used_device_type)
        _set(self, "called_device_type", called_device_type)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "trunk_used_device_id", trunk_used_device_id)
        _set(self, "called_device_id", called_device_id)
        _set(self, "trunk_number", trunk_number)
        _set(self, "trunk_group_number", trunk_group_number)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_REACHED_NETWORK_EVENT: Final = _w.builder(CallReachedNetworkEvent)
_S_CALL_REACHED_NETWORK_EVENT: Final = struct.Struct(">IIHHIHHHHHH")
_H_CALL_REACHED_NETWORK_EVENT: Final = struct.Struct(">IIIIHHIHHHHHH")  # header and fixed part
_X_CALL_REACHED_NETWORK_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("LineHandle", "H", 26),
    ("LineType", "H", 28),
    ("TrunkUsedDeviceType", "H", 30),
    ("CalledDeviceType", "H", 32),
    ("LocalConnectionState", "H", 34),
    ("EventCause", "H", 36),
)
_T_CALL_REACHED_NETWORK_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    48: (1, _w.STRING, False, "TrunkUsedDeviceID"),
    28: (2, _w.STRING, False, "CalledDeviceID"),
    121: (3, _w.UINT, False, "TrunkNumber"),
    122: (4, _w.UINT, False, "TrunkGroupNumber"),
}
_FAST_CALL_REACHED_NETWORK_EVENT: Final = _fast_slots(
    {
        25: 0,
        48: 1,
        28: 2,
    }
)
_INTS_CALL_REACHED_NETWORK_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    121: (3, _w.UNPACK_UINT, 4, False),
    122: (4, _w.UNPACK_UINT, 4, False),
}


def _decode_call_reached_network_event(buf: bytes, end: int) -> CallReachedNetworkEvent:
    if end < 36:
        raise _w.truncated("CALL_REACHED_NETWORK_EVENT", _X_CALL_REACHED_NETWORK_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 5
    unknown: list[UnknownField] = []
    pos = 36
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_REACHED_NETWORK_EVENT.get(tag)
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
                number = _INTS_CALL_REACHED_NETWORK_EVENT.get(tag)
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
                _T_CALL_REACHED_NETWORK_EVENT,
                unknown,
                "CALL_REACHED_NETWORK_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 36, end, _T_CALL_REACHED_NETWORK_EVENT, 5, "CALL_REACHED_NETWORK_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_REACHED_NETWORK_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_REACHED_NETWORK_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        o.connection_call_id,
        o.line_handle,
        f6,
        f7,
        f8,
        f9,
        f10,
    ) = _S_CALL_REACHED_NETWORK_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.line_type = _enum_LineType[f6]
    o.trunk_used_device_type = _enum_DeviceIDType[f7]
    o.called_device_type = _enum_DeviceIDType[f8]
    o.local_connection_state = _enum_LocalConnectionState[f9]
    o.event_cause = _enum_EventCause[f10]
    (
        o.connection_device_id,
        o.trunk_used_device_id,
        o.called_device_id,
        o.trunk_number,
        o.trunk_group_number,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallReachedNetworkEvent
    return o  # type: ignore[no-any-return]


def _careful_call_reached_network_event(m: CallReachedNetworkEvent) -> bytes:
    name = "CALL_REACHED_NETWORK_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_REACHED_NETWORK_EVENT,
            _X_CALL_REACHED_NETWORK_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.line_handle,
            m.line_type,
            m.trunk_used_device_type,
            m.called_device_type,
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.trunk_used_device_id is not None:
        part = _w.put(_w.STRING, 48, m.trunk_used_device_id, 64, _WIDE, name, "TrunkUsedDeviceID")
        parts.append(part)
    if m.called_device_id is not None:
        part = _w.put(_w.STRING, 28, m.called_device_id, 64, _WIDE, name, "CalledDeviceID")
        parts.append(part)
    if m.trunk_number is not None:
        part = _w.put(_w.UINT, 121, m.trunk_number, 4, _WIDE, name, "TrunkNumber")
        parts.append(part)
    if m.trunk_group_number is not None:
        part = _w.put(_w.UINT, 122, m.trunk_group_number, 4, _WIDE, name, "TrunkGroupNumber")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(34, parts)


def _encode_call_reached_network_event(m: CallReachedNetworkEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_reached_network_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_reached_network_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_reached_network_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.trunk_used_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_reached_network_event(m)
            p += (_w.HEAD2(48, n), d, _NUL)
        v2 = m.called_device_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_reached_network_event(m)
            p += (_w.HEAD2(28, n), d, _NUL)
        v3 = m.trunk_number
        if v3 is not None:
            p += (b"\x00y\x00\x04", _w.PACK_UINT(v3))
        v4 = m.trunk_group_number
        if v4 is not None:
            p += (b"\x00z\x00\x04", _w.PACK_UINT(v4))
        tail = b"".join(p)
        return (
            _H_CALL_REACHED_NETWORK_EVENT.pack(
                28 + len(tail),
                34,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.line_handle,
                m.line_type,
                m.trunk_used_device_type,
                m.called_device_type,
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_reached_network_event(m)


@value_class
class SetAgentStateReq(GeneratedMessage):
    """Change an ACD agent's state.

    SET_AGENT_STATE_REQ, MessageType 38, client to server.
    From: Application Level Interfaces (v25), Client Control Service, SET_AGENT_STATE_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 38
    MESSAGE_NAME: ClassVar[str] = "SET_AGENT_STATE_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "agent_state",
        "agent_work_mode",
        "event_reason_code",
        "forced_flag",
        "agent_service_req",
        "agent_instrument",
        "active_terminal",
        "agent_id",
        "agent_password",
        "position_id",
        "supervisor_id",
        "sso_enabled",
        "skill_groups",
        "unknown_fields",
    )
    SECRET: ClassVar[frozenset[str]] = frozenset(
        {
            "agent_password",
        }
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "skill_groups": RequestedSkillGroup,
    }

    invoke_id: int
    peripheral_id: int
    agent_state: AgentState | int
    agent_work_mode: AgentWorkMode | int
    event_reason_code: int
    forced_flag: int
    agent_service_req: AgentServiceRequestMask | int
    agent_instrument: str
    active_terminal: str | None
    agent_id: str | None
    agent_password: str | None
    position_id: str | None
    supervisor_id: str | None
    sso_enabled: int | None
    skill_groups: tuple[RequestedSkillGroup, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        agent_state: AgentState | int = 0,
        agent_work_mode: AgentWorkMode | int = 0,
        event_reason_code: int = 0,
        forced_flag: int = 0,
        agent_service_req: AgentServiceRequestMask | int = 0,
        agent_instrument: str,
        active_terminal: str | None = None,
        agent_id: str | None = None,
        agent_password: str | None = None,
        position_id: str | None = None,
        supervisor_id: str | None = None,
        sso_enabled: int | None = None,
        skill_groups: tuple[RequestedSkillGroup, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "agent_state", agent_state)
        _set(self, "agent_work_mode", agent_work_mode)
        _set(self, "event_reason_code", event_reason_code)
        _set(self, "forced_flag", forced_flag)
        _set(self, "agent_service_req", agent_service_req)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "active_terminal", active_terminal)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_password", agent_password)
        _set(self, "position_id", position_id)
        _set(self, "supervisor_id", supervisor_id)
        _set(self, "sso_enabled", sso_enabled)
        _set(self, "skill_groups", skill_groups)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SET_AGENT_STATE_REQ: Final = _w.builder(SetAgentStateReq)
_S_SET_AGENT_STATE_REQ: Final = struct.Struct(">IIHHHHBI")
_H_SET_AGENT_STATE_REQ: Final = struct.Struct(">IIIIHHHHBI")  # header and fixed part
_X_SET_AGENT_STATE_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("AgentState", "H", 18),
    ("AgentWorkMode", "H", 20),
    ("NumSkillGroups", "H", 22),
    ("EventReasonCode", "H", 24),
    ("ForcedFlag", "B", 25),
    ("AgentServiceReq", "I", 29),
)
_T_SET_AGENT_STATE_REQ: Final[_w.FieldTable] = {
    6: (0, _w.STRING, False, "AgentInstrument"),
    303: (1, _w.STRING, False, "ActiveTerminal"),
    5: (2, _w.STRING, False, "AgentID"),
    49: (3, _w.STRING, False, "AgentPassword"),
    68: (4, _w.STRING, False, "PositionID"),
    69: (5, _w.STRING, False, "SupervisorID"),
    257: (6, _w.USHORT, False, "SSOEnabled"),
    62: (7, _w.UINT, True, "SkillGroupNumber"),
    64: (8, _w.USHORT, True, "SkillGroupPriority"),
}
_FAST_SET_AGENT_STATE_REQ: Final = _fast_slots(
    {
        6: 0,
        303: 1,
        5: 2,
        49: 3,
        68: 4,
        69: 5,
    }
)
_INTS_SET_AGENT_STATE_REQ: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    257: (6, _w.UNPACK_USHORT, 2, False),
    62: (7, _w.UNPACK_UINT, 4, True),
    64: (8, _w.UNPACK_USHORT, 2, True),
}


def _decode_set_agent_state_req(buf: bytes, end: int) -> SetAgentStateReq:
    if end < 29:
        raise _w.truncated("SET_AGENT_STATE_REQ", _X_SET_AGENT_STATE_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 9
    unknown: list[UnknownField] = []
    pos = 29
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_SET_AGENT_STATE_REQ.get(tag)
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
                number = _INTS_SET_AGENT_STATE_REQ.get(tag)
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
                _T_SET_AGENT_STATE_REQ,
                unknown,
                "SET_AGENT_STATE_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 29, end, _T_SET_AGENT_STATE_REQ, 9, "SET_AGENT_STATE_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("SET_AGENT_STATE_REQ", "AgentInstrument", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SET_AGENT_STATE_REQ()
    (o.invoke_id, o.peripheral_id, f2, f3, f4, o.event_reason_code, o.forced_flag, f7) = (
        _S_SET_AGENT_STATE_REQ.unpack_from(buf, 8)
    )
    o.agent_state = _enum_AgentState[f2]
    o.agent_work_mode = _enum_AgentWorkMode[f3]
    o.agent_service_req = _mask_AgentServiceRequestMask[f7]
    (
        o.agent_instrument,
        o.active_terminal,
        o.agent_id,
        o.agent_password,
        o.position_id,
        o.supervisor_id,
        o.sso_enabled,
        v7,
        v8,
    ) = vals
    count = f4
    if count == 0 and v7 is None and v8 is None:
        o.skill_groups = ()  # the usual case: no entries
    else:
        g7 = v7 or ()
        g8 = v8 or ()
        if len(g7) != count or len(g8) != count:
            raise _w.group_mismatch(
                "SET_AGENT_STATE_REQ",
                "SkillGroups",
                "NumSkillGroups",
                count,
                {"SkillGroupNumber": len(g7), "SkillGroupPriority": len(g8)},
                end,
            )
        o.skill_groups = tuple(map(_new_RequestedSkillGroup, g7, g8))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetAgentStateReq
    return o  # type: ignore[no-any-return]


def _careful_set_agent_state_req(m: SetAgentStateReq) -> bytes:
    name = "SET_AGENT_STATE_REQ"
    skill_groups = _w.check_group(m.skill_groups, RequestedSkillGroup, 10, name, "SkillGroups")
    parts = [
        _w.pack_fixed(
            _S_SET_AGENT_STATE_REQ,
            _X_SET_AGENT_STATE_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.agent_state,
            m.agent_work_mode,
            len(skill_groups),
            m.event_reason_code,
            m.forced_flag,
            m.agent_service_req,
        )
    ]
    parts.append(_w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument"))
    if m.active_terminal is not None:
        part = _w.put(_w.STRING, 303, m.active_terminal, 64, _WIDE, name, "ActiveTerminal")
        parts.append(part)
    if m.agent_id is not None:
        part = _w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID")
        parts.append(part)
    if m.agent_password is not None:
        part = _w.put(_w.STRING, 49, m.agent_password, 64, _WIDE, name, "AgentPassword")
        parts.append(part)
    if m.position_id is not None:
        part = _w.put(_w.STRING, 68, m.position_id, 12, _WIDE, name, "PositionID")
        parts.append(part)
    if m.supervisor_id is not None:
        part = _w.put(_w.STRING, 69, m.supervisor_id, 12, _WIDE, name, "SupervisorID")
        parts.append(part)
    if m.sso_enabled is not None:
        part = _w.put(_w.USHORT, 257, m.sso_enabled, 2, _WIDE, name, "SSOEnabled")
        parts.append(part)
    for entry in skill_groups:
        parts.append(
            _w.put(_w.UINT, 62, entry.skill_group_number, 4, _WIDE, name, "SkillGroupNumber")
        )
        parts.append(
            _w.put(_w.USHORT, 64, entry.skill_group_priority, 2, _WIDE, name, "SkillGroupPriority")
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(38, parts)


def _encode_set_agent_state_req(m: SetAgentStateReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_set_agent_state_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_set_agent_state_req(m)
        skill_groups = m.skill_groups
        if type(skill_groups) is not tuple or len(skill_groups) > 10:
            return _careful_set_agent_state_req(m)
        p: list[bytes] = []
        v0 = m.agent_instrument
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_set_agent_state_req(m)
        p += (_w.HEAD2(6, n), d, _NUL)
        v1 = m.active_terminal
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_set_agent_state_req(m)
            p += (_w.HEAD2(303, n), d, _NUL)
        v2 = m.agent_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_set_agent_state_req(m)
            p += (_w.HEAD2(5, n), d, _NUL)
        v3 = m.agent_password
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_set_agent_state_req(m)
            p += (_w.HEAD2(49, n), d, _NUL)
        v4 = m.position_id
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_set_agent_state_req(m)
            p += (_w.HEAD2(68, n), d, _NUL)
        v5 = m.supervisor_id
        if v5 is not None:
            d = v5.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_set_agent_state_req(m)
            p += (_w.HEAD2(69, n), d, _NUL)
        v6 = m.sso_enabled
        if v6 is not None:
            p += (b"\x01\x01\x00\x02", _w.PACK_USHORT(v6))
        for skill_groups_entry in skill_groups:
            if type(skill_groups_entry) is not RequestedSkillGroup:
                return _careful_set_agent_state_req(m)
            v7 = skill_groups_entry.skill_group_number
            p += (b"\x00>\x00\x04", _w.PACK_UINT(v7))
            v8 = skill_groups_entry.skill_group_priority
            p += (b"\x00@\x00\x02", _w.PACK_USHORT(v8))
        tail = b"".join(p)
        return (
            _H_SET_AGENT_STATE_REQ.pack(
                21 + len(tail),
                38,
                m.invoke_id,
                m.peripheral_id,
                m.agent_state,
                m.agent_work_mode,
                len(skill_groups),
                m.event_reason_code,
                m.forced_flag,
                m.agent_service_req,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_set_agent_state_req(m)


@value_class
class ClearConnectionReq(GeneratedMessage):
    """Release a specific device connection from the designated call.

    CLEAR_CONNECTION_REQ, MessageType 46, client to server.
    From: Application Level Interfaces (v25), Client Control Service, CLEAR_CONNECTION_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 46
    MESSAGE_NAME: ClassVar[str] = "CLEAR_CONNECTION_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "requesting_device_id_type",
        "connection_device_id",
        "agent_instrument",
        "requesting_device_id",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    requesting_device_id_type: DeviceIDType | int
    connection_device_id: str
    agent_instrument: str | None
    requesting_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        requesting_device_id_type: DeviceIDType | int = DeviceIDType.DEVID_NONE,
        connection_device_id: str,
        agent_instrument: str | None = None,
        requesting_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "requesting_device_id_type", requesting_device_id_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "requesting_device_id", requesting_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CLEAR_CONNECTION_REQ: Final = _w.builder(ClearConnectionReq)
_S_CLEAR_CONNECTION_REQ: Final = struct.Struct(">IIIHH")
_H_CLEAR_CONNECTION_REQ: Final = struct.Struct(">IIIIIHH")  # header and fixed part
_X_CLEAR_CONNECTION_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
    ("RequestingDeviceIDType", "H", 24),
)
_T_CLEAR_CONNECTION_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    6: (1, _w.STRING, False, "AgentInstrument"),
    219: (2, _w.STRING, False, "RequestingDeviceID"),
}
_FAST_CLEAR_CONNECTION_REQ: Final = _fast_slots(
    {
        25: 0,
        6: 1,
        219: 2,
    }
)


def _decode_clear_connection_req(buf: bytes, end: int) -> ClearConnectionReq:
    if end < 24:
        raise _w.truncated("CLEAR_CONNECTION_REQ", _X_CLEAR_CONNECTION_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CLEAR_CONNECTION_REQ.get(tag)
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
                _T_CLEAR_CONNECTION_REQ,
                unknown,
                "CLEAR_CONNECTION_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 24, end, _T_CLEAR_CONNECTION_REQ, 3, "CLEAR_CONNECTION_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CLEAR_CONNECTION_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CLEAR_CONNECTION_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3, f4) = (
        _S_CLEAR_CONNECTION_REQ.unpack_from(buf, 8)
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.requesting_device_id_type = _enum_DeviceIDType[f4]
    (o.connection_device_id, o.agent_instrument, o.requesting_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ClearConnectionReq
    return o  # type: ignore[no-any-return]


def _careful_clear_connection_req(m: ClearConnectionReq) -> bytes:
    name = "CLEAR_CONNECTION_REQ"
    parts = [
        _w.pack_fixed(
            _S_CLEAR_CONNECTION_REQ,
            _X_CLEAR_CONNECTION_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.requesting_device_id_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    if m.requesting_device_id is not None:
        part = _w.put(_w.STRING, 219, m.requesting_device_id, 64, _WIDE, name, "RequestingDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(46, parts)


def _encode_clear_connection_req(m: ClearConnectionReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_clear_connection_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_clear_connection_req(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_clear_connection_req(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.agent_instrument
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_clear_connection_req(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        v2 = m.requesting_device_id
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_clear_connection_req(m)
            p += (_w.HEAD2(219, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CLEAR_CONNECTION_REQ.pack(
                16 + len(tail),
                46,
                m.invoke_id,
                m.peripheral_id,
                m.connection_call_id,
                m.connection_device_id_type,
                m.requesting_device_id_type,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_clear_connection_req(m)


@value_class
class QueryDeviceInfoConf(GeneratedMessage):
    """General information about a device (response to QUERY_DEVICE_INFO_REQ).

    QUERY_DEVICE_INFO_CONF, MessageType 79, server to client.
    From: Application Level Interfaces (v25), Client Control Service, QUERY_DEVICE_INFO_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 79
    MESSAGE_NAME: ClassVar[str] = "QUERY_DEVICE_INFO_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "peripheral_type",
        "type_of_device",
        "class_of_device",
        "reserved",
        "max_active_calls",
        "max_held_calls",
        "max_devices_in_conference",
        "make_call_setup",
        "transfer_conference_setup",
        "call_events_supported",
        "call_control_supported",
        "other_features_supported",
        "lines",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "lines": Line,
    }

    invoke_id: int
    peripheral_type: PeripheralType | int
    type_of_device: TypeOfDevice | int
    class_of_device: ClassOfDevice | int
    reserved: int
    max_active_calls: int
    max_held_calls: int
    max_devices_in_conference: int
    make_call_setup: AgentStateMask | int
    transfer_conference_setup: TransferConferenceSetupMask | int
    call_events_supported: CallEventMask | int
    call_control_supported: CallControlMask | int
    other_features_supported: OtherFeatureMask | int
    lines: tuple[Line, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        type_of_device: TypeOfDevice | int = 0,
        class_of_device: ClassOfDevice | int = 0,
        reserved: int = 0,
        max_active_calls: int = 0,
        max_held_calls: int = 0,
        max_devices_in_conference: int = 0,
        make_call_setup: AgentStateMask | int = 0,
        transfer_conference_setup: TransferConferenceSetupMask | int = 0,
        call_events_supported: CallEventMask | int = 0,
        call_control_supported: CallControlMask | int = 0,
        other_features_supported: OtherFeatureMask | int = 0,
        lines: tuple[Line, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "type_of_device", type_of_device)
        _set(self, "class_of_device", class_of_device)
        _set(self, "reserved", reserved)
        _set(self, "max_active_calls", max_active_calls)
        _set(self, "max_held_calls", max_held_calls)
        _set(self, "max_devices_in_conference", max_devices_in_conference)
        _set(self, "make_call_setup", make_call_setup)
        _set(self, "transfer_conference_setup", transfer_conference_setup)
        _set(self, "call_events_supported", call_events_supported)
        _set(self, "call_control_supported", call_control_supported)
        _set(self, "other_features_supported", other_features_supported)
        _set(self, "lines", lines)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_QUERY_DEVICE_INFO_CONF: Final = _w.builder(QueryDeviceInfoConf)
_S_QUERY_DEVICE_INFO_CONF: Final = struct.Struct(">IHHHHHHHHIIIII")
_H_QUERY_DEVICE_INFO_CONF: Final = struct.Struct(">IIIHHHHHHHHIIIII")  # header and fixed part
_X_QUERY_DEVICE_INFO_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralType", "H", 14),
    ("TypeOfDevice", "H", 16),
    ("ClassOfDevice", "H", 18),
    ("NumLines", "H", 20),
    ("Reserved", "H", 22),
    ("MaxActiveCalls", "H", 24),
    ("MaxHeldCalls", "H", 26),
    ("MaxDevicesInConference", "H", 28),
    ("MakeCallSetup", "I", 32),
    ("TransferConferenceSetup", "I", 36),
    ("CallEventsSupported", "I", 40),
    ("CallControlSupported", "I", 44),
    ("OtherFeaturesSupported", "I", 48),
)
_T_QUERY_DEVICE_INFO_CONF: Final[_w.FieldTable] = {
    70: (0, _w.USHORT, True, "LineHandle"),
    71: (1, _w.USHORT, True, "LineType"),
}


def _decode_query_device_info_conf(buf: bytes, end: int) -> QueryDeviceInfoConf:
    if end < 48:
        raise _w.truncated("QUERY_DEVICE_INFO_CONF", _X_QUERY_DEVICE_INFO_CONF, end)
    vals, unknown = _w.scan(
        buf, 48, end, _T_QUERY_DEVICE_INFO_CONF, 2, "QUERY_DEVICE_INFO_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_QUERY_DEVICE_INFO_CONF()
    (
        o.invoke_id,
        f1,
        f2,
        f3,
        f4,
        o.reserved,
        o.max_active_calls,
        o.max_held_calls,
        o.max_devices_in_conference,
        f9,
        f10,
        f11,
        f12,
        f13,
    ) = _S_QUERY_DEVICE_INFO_CONF.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f1]
    o.type_of_device = _enum_TypeOfDevice[f2]
    o.class_of_device = _mask_ClassOfDevice[f3]
    o.make_call_setup = _mask_AgentStateMask[f9]
    o.transfer_conference_setup = _mask_TransferConferenceSetupMask[f10]
    o.call_events_supported = _mask_CallEventMask[f11]
    o.call_control_supported = _mask_CallControlMask[f12]
    o.other_features_supported = _mask_OtherFeatureMask[f13]
    (v0, v1) = vals
    count = f4
    if count == 0 and v0 is None and v1 is None:
        o.lines = ()  # the usual case: no entries
    else:
        g0 = v0 or ()
        g1 = [_enum_LineType[x] for x in (v1 or ())]
        if len(g0) != count or len(g1) != count:
            raise _w.group_mismatch(
                "QUERY_DEVICE_INFO_CONF",
                "Lines",
                "NumLines",
                count,
                {"LineHandle": len(g0), "LineType": len(g1)},
                end,
            )
        o.lines = tuple(map(_new_Line, g0, g1))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = QueryDeviceInfoConf
    return o  # type: ignore[no-any-return]


def _careful_query_device_info_conf(m: QueryDeviceInfoConf) -> bytes:
    name = "QUERY_DEVICE_INFO_CONF"
    lines = _w.check_group(m.lines, Line, 10, name, "Lines")
    parts = [
        _w.pack_fixed(
            _S_QUERY_DEVICE_INFO_CONF,
            _X_QUERY_DEVICE_INFO_CONF,
            name,
            m.invoke_id,
            m.peripheral_type,
            m.type_of_device,
            m.class_of_device,
            len(lines),
            m.reserved,
            m.max_active_calls,
            m.max_held_calls,
            m.max_devices_in_conference,
            m.make_call_setup,
            m.transfer_conference_setup,
            m.call_events_supported,
            m.call_control_supported,
            m.other_features_supported,
        )
    ]
    for entry in lines:
        parts.append(_w.put(_w.USHORT, 70, entry.line_handle, 2, _WIDE, name, "LineHandle"))
        parts.append(_w.put(_w.USHORT, 71, entry.line_type, 2, _WIDE, name, "LineType"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(79, parts)


def _encode_query_device_info_conf(m: QueryDeviceInfoConf) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_query_device_info_conf, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_query_device_info_conf(m)
        lines = m.lines
        if type(lines) is not tuple or len(lines) > 10:
            return _careful_query_device_info_conf(m)
        p: list[bytes] = []
        for lines_entry in lines:
            if type(lines_entry) is not Line:
                return _careful_query_device_info_conf(m)
            v0 = lines_entry.line_handle
            p += (b"\x00F\x00\x02", _w.PACK_USHORT(v0))
            v1 = lines_entry.line_type
            p += (b"\x00G\x00\x02", _w.PACK_USHORT(v1))
        tail = b"".join(p)
        return (
            _H_QUERY_DEVICE_INFO_CONF.pack(
                40 + len(tail),
                79,
                m.invoke_id,
                m.peripheral_type,
                m.type_of_device,
                m.class_of_device,
                len(lines),
                m.reserved,
                m.max_active_calls,
                m.max_held_calls,
                m.max_devices_in_conference,
                m.make_call_setup,
                m.transfer_conference_setup,
                m.call_events_supported,
                m.call_control_supported,
                m.other_features_supported,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_query_device_info_conf(m)


@value_class
class CallDequeuedEvent(GeneratedMessage):
    """When a call is removed from a queue.

    CALL_DEQUEUED_EVENT, MessageType 86, server to client.
    From: Application Level Interfaces (v25), CALL_DEQUEUED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 86
    MESSAGE_NAME: ClassVar[str] = "CALL_DEQUEUED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "connection_call_id",
        "queue_device_type",
        "service_number",
        "service_id",
        "num_queued",
        "local_connection_state",
        "event_cause",
        "connection_device_id",
        "skill_groups",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "skill_groups": SkillGroup,
    }

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    queue_device_type: DeviceIDType | int
    service_number: int
    service_id: int
    num_queued: int
    local_connection_state: LocalConnectionState | int
    event_cause: EventCause | int
    connection_device_id: str
    skill_groups: tuple[SkillGroup, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        queue_device_type: DeviceIDType | int = 0,
        service_number: int = 0,
        service_id: int = 0,
        num_queued: int = 0,
        local_connection_state: LocalConnectionState | int = 0,
        event_cause: EventCause | int = 0,
        connection_device_id: str,
        skill_groups: tuple[SkillGroup, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "queue_device_type", queue_device_type)
        _set(self, "service_number", service_number)
        _set(self, "service_id", service_id)
        _set(self, "num_queued", num_queued)
        _set(self, "local_connection_state", local_connection_state)
        _set(self, "event_cause", event_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "skill_groups", skill_groups)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_DEQUEUED_EVENT: Final = _w.builder(CallDequeuedEvent)
_S_CALL_DEQUEUED_EVENT: Final = struct.Struct(">IIHHIHIIHHHH")
_H_CALL_DEQUEUED_EVENT: Final = struct.Struct(">IIIIHHIHIIHHHH")  # header and fixed part
_X_CALL_DEQUEUED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("ConnectionCallID", "I", 24),
    ("QueueDeviceType", "H", 26),
    ("ServiceNumber", "I", 30),
    ("ServiceID", "I", 34),
    ("NumQueued", "H", 36),
    ("NumSkillGroups", "H", 38),
    ("LocalConnectionState", "H", 40),
    ("EventCause", "H", 42),
)
_T_CALL_DEQUEUED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    62: (1, _w.UINT, True, "SkillGroupNumber"),
    63: (2, _w.UINT, True, "SkillGroupID"),
    64: (3, _w.USHORT, True, "SkillGroupPriority"),
}
_FAST_CALL_DEQUEUED_EVENT: Final = _fast_slots(
    {
        25: 0,
    }
)
_INTS_CALL_DEQUEUED_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    62: (1, _w.UNPACK_UINT, 4, True),
    63: (2, _w.UNPACK_UINT, 4, True),
    64: (3, _w.UNPACK_USHORT, 2, True),
}


def _decode_call_dequeued_event(buf: bytes, end: int) -> CallDequeuedEvent:
    if end < 42:
        raise _w.truncated("CALL_DEQUEUED_EVENT", _X_CALL_DEQUEUED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 4
    unknown: list[UnknownField] = []
    pos = 42
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_DEQUEUED_EVENT.get(tag)
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
                number = _INTS_CALL_DEQUEUED_EVENT.get(tag)
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
                _T_CALL_DEQUEUED_EVENT,
                unknown,
                "CALL_DEQUEUED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 42, end, _T_CALL_DEQUEUED_EVENT, 4, "CALL_DEQUEUED_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_DEQUEUED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_DEQUEUED_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        f3,
        o.connection_call_id,
        f5,
        o.service_number,
        o.service_id,
        o.num_queued,
        f9,
        f10,
        f11,
    ) = _S_CALL_DEQUEUED_EVENT.unpack_from(buf, 8)
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.queue_device_type = _enum_DeviceIDType[f5]
    o.local_connection_state = _enum_LocalConnectionState[f10]
    o.event_cause = _enum_EventCause[f11]
    (o.connection_device_id, v1, v2, v3) = vals
    count = f9
    if count == 0 and v1 is None and v2 is None and v3 is None:
        o.skill_groups = ()  # the usual case: no entries
    else:
        g1 = v1 or ()
        g2 = v2 or ()
        g3 = v3 or ()
        if len(g1) != count or len(g2) != count or len(g3) != count:
            raise _w.group_mismatch(
                "CALL_DEQUEUED_EVENT",
                "SkillGroups",
                "NumSkillGroups",
                count,
                {
                    "SkillGroupNumber": len(g1),
                    "SkillGroupID": len(g2),
                    "SkillGroupPriority": len(g3),
                },
                end,
            )
        o.skill_groups = tuple(map(_new_SkillGroup, g1, g2, g3))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallDequeuedEvent
    return o  # type: ignore[no-any-return]


def _careful_call_dequeued_event(m: CallDequeuedEvent) -> bytes:
    name = "CALL_DEQUEUED_EVENT"
    skill_groups = _w.check_group(m.skill_groups, SkillGroup, 20, name, "SkillGroups")
    parts = [
        _w.pack_fixed(
            _S_CALL_DEQUEUED_EVENT,
            _X_CALL_DEQUEUED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.connection_call_id,
            m.queue_device_type,
            m.service_number,
            m.service_id,
            m.num_queued,
            len(skill_groups),
            m.local_connection_state,
            m.event_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    for entry in skill_groups:
        parts.append(
            _w.put(_w.UINT, 62, entry.skill_group_number, 4, _WIDE, name, "SkillGroupNumber")
        )
        parts.append(_w.put(_w.UINT, 63, entry.skill_group_id, 4, _WIDE, name, "SkillGroupID"))
        parts.append(
            _w.put(_w.USHORT, 64, entry.skill_group_priority, 2, _WIDE, name, "SkillGroupPriority")
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(86, parts)


def _encode_call_dequeued_event(m: CallDequeuedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_dequeued_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_dequeued_event(m)
        skill_groups = m.skill_groups
        if type(skill_groups) is not tuple or len(skill_groups) > 20:
            return _careful_call_dequeued_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_call_dequeued_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        for skill_groups_entry in skill_groups:
            if type(skill_groups_entry) is not SkillGroup:
                return _careful_call_dequeued_event(m)
            v1 = skill_groups_entry.skill_group_number
            p += (b"\x00>\x00\x04", _w.PACK_UINT(v1))
            v2 = skill_groups_entry.skill_group_id
            p += (b"\x00?\x00\x04", _w.PACK_UINT(v2))
            v3 = skill_groups_entry.skill_group_priority
            p += (b"\x00@\x00\x02", _w.PACK_USHORT(v3))
        tail = b"".join(p)
        return (
            _H_CALL_DEQUEUED_EVENT.pack(
                34 + len(tail),
                86,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.connection_call_id,
                m.queue_device_type,
                m.service_number,
                m.service_id,
                m.num_queued,
                len(skill_groups),
                m.local_connection_state,
                m.event_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_dequeued_event(m)


@value_class
class SendDtmfSignalReq(GeneratedMessage):
    """Transmit a series of DTMF tones on behalf of a call party.

    SEND_DTMF_SIGNAL_REQ, MessageType 91, client to server.
    From: Application Level Interfaces (v25), Client Control Service, SEND_DTMF_SIGNAL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 91
    MESSAGE_NAME: ClassVar[str] = "SEND_DTMF_SIGNAL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "tone_duration",
        "pause_duration",
        "connection_device_id",
        "dtmf_string",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    tone_duration: int
    pause_duration: int
    connection_device_id: str
    dtmf_string: str
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        tone_duration: int = 0,
        pause_duration: int = 0,
        connection_device_id: str,
        dtmf_string: str,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "tone_duration", tone_duration)
        _set(self, "pause_duration", pause_duration)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "dtmf_string", dtmf_string)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SEND_DTMF_SIGNAL_REQ: Final = _w.builder(SendDtmfSignalReq)
_S_SEND_DTMF_SIGNAL_REQ: Final = struct.Struct(">IIIHHI")
_H_SEND_DTMF_SIGNAL_REQ: Final = struct.Struct(">IIIIIHHI")  # header and fixed part
_X_SEND_DTMF_SIGNAL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
    ("ToneDuration", "H", 24),
    ("PauseDuration", "I", 28),
)
_T_SEND_DTMF_SIGNAL_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    67: (1, _w.STRING, False, "DTMFString"),
    6: (2, _w.STRING, False, "AgentInstrument"),
}
_FAST_SEND_DTMF_SIGNAL_REQ: Final = _fast_slots(
    {
        25: 0,
        67: 1,
        6: 2,
    }
)


def _decode_send_dtmf_signal_req(buf: bytes, end: int) -> SendDtmfSignalReq:
    if end < 28:
        raise _w.truncated("SEND_DTMF_SIGNAL_REQ", _X_SEND_DTMF_SIGNAL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 28
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_SEND_DTMF_SIGNAL_REQ.get(tag)
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
                _T_SEND_DTMF_SIGNAL_REQ,
                unknown,
                "SEND_DTMF_SIGNAL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 28, end, _T_SEND_DTMF_SIGNAL_REQ, 3, "SEND_DTMF_SIGNAL_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("SEND_DTMF_SIGNAL_REQ", "ConnectionDeviceID", end)
    if vals[1] is None:
        raise _w.missing("SEND_DTMF_SIGNAL_REQ", "DTMFString", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SEND_DTMF_SIGNAL_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3, o.tone_duration, o.pause_duration) = (
        _S_SEND_DTMF_SIGNAL_REQ.unpack_from(buf, 8)
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.connection_device_id, o.dtmf_string, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SendDtmfSignalReq
    return o  # type: ignore[no-any-return]


def _careful_send_dtmf_signal_req(m: SendDtmfSignalReq) -> bytes:
    name = "SEND_DTMF_SIGNAL_REQ"
    parts = [
        _w.pack_fixed(
            _S_SEND_DTMF_SIGNAL_REQ,
            _X_SEND_DTMF_SIGNAL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.tone_duration,
            m.pause_duration,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.append(_w.put(_w.STRING, 67, m.dtmf_string, 32, _WIDE, name, "DTMFString"))
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(91, parts)


def _encode_send_dtmf_signal_req(m: SendDtmfSignalReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_send_dtmf_signal_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_send_dtmf_signal_req(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_send_dtmf_signal_req(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.dtmf_string
        d = v1.encode()
        n = len(d) + 1
        if n > 32:
            return _careful_send_dtmf_signal_req(m)
        p += (_w.HEAD2(67, n), d, _NUL)
        v2 = m.agent_instrument
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_send_dtmf_signal_req(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_SEND_DTMF_SIGNAL_REQ.pack(
                20 + len(tail),
                91,
                m.invoke_id,
                m.peripheral_id,
                m.connection_call_id,
                m.connection_device_id_type,
                m.tone_duration,
                m.pause_duration,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_send_dtmf_signal_req(m)


@value_class
class ClientSessionClosedEvent(GeneratedMessage):
    """Notification that a CTI Client session has been terminated.

    CLIENT_SESSION_CLOSED_EVENT, MessageType 100, server to client.
    From: Application Level Interfaces (v25), CLIENT_SESSION_CLOSED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 100
    MESSAGE_NAME: ClassVar[str] = "CLIENT_SESSION_CLOSED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "session_id",
        "peripheral_id",
        "status",
        "client_port",
        "client_address",
        "client_id",
        "client_signature",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "unknown_fields",
    )

    session_id: int
    peripheral_id: int
    status: StatusCode | int
    client_port: int
    client_address: str | None
    client_id: str
    client_signature: str
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        session_id: int = 0,
        peripheral_id: int = 0,
        status: StatusCode | int = 0,
        client_port: int = 0,
        client_address: str | None = None,
        client_id: str,
        client_signature: str,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "session_id", session_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "status", status)
        _set(self, "client_port", client_port)
        _set(self, "client_address", client_address)
        _set(self, "client_id", client_id)
        _set(self, "client_signature", client_signature)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CLIENT_SESSION_CLOSED_EVENT: Final = _w.builder(ClientSessionClosedEvent)
_S_CLIENT_SESSION_CLOSED_EVENT: Final = struct.Struct(">IIII")
_H_CLIENT_SESSION_CLOSED_EVENT: Final = struct.Struct(">IIIIII")  # header and fixed part
_X_CLIENT_SESSION_CLOSED_EVENT: Final[_w.FixedFields] = (
    ("SessionID", "I", 12),
    ("PeripheralID", "I", 16),
    ("Status", "I", 20),
    ("ClientPort", "I", 24),
)
_T_CLIENT_SESSION_CLOSED_EVENT: Final[_w.FieldTable] = {
    81: (0, _w.STRING, False, "ClientAddress"),
    1: (1, _w.STRING, False, "ClientID"),
    3: (2, _w.STRING, False, "ClientSignature"),
    4: (3, _w.STRING, False, "AgentExtension"),
    5: (4, _w.STRING, False, "AgentID"),
    6: (5, _w.STRING, False, "AgentInstrument"),
}
_FAST_CLIENT_SESSION_CLOSED_EVENT: Final = _fast_slots(
    {
        81: 0,
        1: 1,
        3: 2,
        4: 3,
        5: 4,
        6: 5,
    }
)


def _decode_client_session_closed_event(buf: bytes, end: int) -> ClientSessionClosedEvent:
    if end < 24:
        raise _w.truncated("CLIENT_SESSION_CLOSED_EVENT", _X_CLIENT_SESSION_CLOSED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 6
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CLIENT_SESSION_CLOSED_EVENT.get(tag)
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
                _T_CLIENT_SESSION_CLOSED_EVENT,
                unknown,
                "CLIENT_SESSION_CLOSED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 24, end, _T_CLIENT_SESSION_CLOSED_EVENT, 6, "CLIENT_SESSION_CLOSED_EVENT", _HEAD
        )
    if vals[1] is None:
        raise _w.missing("CLIENT_SESSION_CLOSED_EVENT", "ClientID", end)
    if vals[2] is None:
        raise _w.missing("CLIENT_SESSION_CLOSED_EVENT", "ClientSignature", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CLIENT_SESSION_CLOSED_EVENT()
    (o.session_id, o.peripheral_id, f2, o.client_port) = _S_CLIENT_SESSION_CLOSED_EVENT.unpack_from(
        buf, 8
    )
    o.status = _enum_StatusCode[f2]
    (
        o.client_address,
        o.client_id,
        o.client_signature,
        o.agent_extension,
        o.agent_id,
        o.agent_instrument,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ClientSessionClosedEvent
    return o  # type: ignore[no-any-return]


def _careful_client_session_closed_event(m: ClientSessionClosedEvent) -> bytes:
    name = "CLIENT_SESSION_CLOSED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CLIENT_SESSION_CLOSED_EVENT,
            _X_CLIENT_SESSION_CLOSED_EVENT,
            name,
            m.session_id,
            m.peripheral_id,
            m.status,
            m.client_port,
        )
    ]
    if m.client_address is not None:
        part = _w.put(_w.STRING, 81, m.client_address, 64, _WIDE, name, "ClientAddress")
        parts.append(part)
    parts.append(_w.put(_w.STRING, 1, m.client_id, 64, _WIDE, name, "ClientID"))
    parts.append(_w.put(_w.STRING, 3, m.client_signature, 64, _WIDE, name, "ClientSignature"))
    if m.agent_extension is not None:
        part = _w.put(_w.STRING, 4, m.agent_extension, 16, _WIDE, name, "AgentExtension")
        parts.append(part)
    if m.agent_id is not None:
        part = _w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID")
        parts.append(part)
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(100, parts)


def _encode_client_session_closed_event(m: ClientSessionClosedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_client_session_closed_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_client_session_closed_event(m)
        p: list[bytes] = []
        v0 = m.client_address
        if v0 is not None:
            d = v0.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_client_session_closed_event(m)
            p += (_w.HEAD2(81, n), d, _NUL)
        v1 = m.client_id
        d = v1.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_client_session_closed_event(m)
        p += (_w.HEAD2(1, n), d, _NUL)
        v2 = m.client_signature
        d = v2.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_client_session_closed_event(m)
        p += (_w.HEAD2(3, n), d, _NUL)
        v3 = m.agent_extension
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 16:
                return _careful_client_session_closed_event(m)
            p += (_w.HEAD2(4, n), d, _NUL)
        v4 = m.agent_id
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_client_session_closed_event(m)
            p += (_w.HEAD2(5, n), d, _NUL)
        v5 = m.agent_instrument
        if v5 is not None:
            d = v5.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_client_session_closed_event(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CLIENT_SESSION_CLOSED_EVENT.pack(
                16 + len(tail),
                100,
                m.session_id,
                m.peripheral_id,
                m.status,
                m.client_port,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_client_session_closed_event(m)


@value_class
class AgentDeskSettingsConf(GeneratedMessage):
    """Response to a previous AGENT_DESK_SETTINGS_REQ request.

    AGENT_DESK_SETTINGS_CONF, MessageType 132, server to client.
    From: Application Level Interfaces (v25), AGENT_DESK_SETTINGS_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 132
    MESSAGE_NAME: ClassVar[str] = "AGENT_DESK_SETTINGS_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "desk_settings_mask",
        "wrapup_data_incoming_mode",
        "wrapup_data_outgoing_mode",
        "logout_non_activity_time",
        "quality_recording_rate",
        "ring_no_answer_time",
        "silent_monitor_warning_message",
        "silent_monitor_audible_indication",
        "supervisor_assist_call_method",
        "emergency_call_method",
        "auto_record_on_emergency",
        "recording_mode",
        "work_mode_timer",
        "ring_no_answer_dn",
        "default_device_port_address",
        "play_zip_tone",
        "acd_shared_line_usage",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    desk_settings_mask: AgentDeskSettingsMask | int
    wrapup_data_incoming_mode: int
    wrapup_data_outgoing_mode: int
    logout_non_activity_time: int
    quality_recording_rate: int
    ring_no_answer_time: int
    silent_monitor_warning_message: int
    silent_monitor_audible_indication: int
    supervisor_assist_call_method: int
    emergency_call_method: int
    auto_record_on_emergency: int
    recording_mode: int
    work_mode_timer: int
    ring_no_answer_dn: int
    default_device_port_address: str | None
    play_zip_tone: int
    acd_shared_line_usage: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        desk_settings_mask: AgentDeskSettingsMask | int = 0,
        wrapup_data_incoming_mode: int = 0,
        wrapup_data_outgoing_mode: int = 0,
        logout_non_activity_time: int = 0,
        quality_recording_rate: int = 0,
        ring_no_answer_time: int = 0,
        silent_monitor_warning_message: int = 0,
        silent_monitor_audible_indication: int = 0,
        supervisor_assist_call_method: int = 0,
        emergency_call_method: int = 0,
        auto_record_on_emergency: int = 0,
        recording_mode: int = 0,
        work_mode_timer: int = 0,
        ring_no_answer_dn: int = 0,
        default_device_port_address: str | None = None,
        play_zip_tone: int,
        acd_shared_line_usage: int,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "desk_settings_mask", desk_settings_mask)
        _set(self, "wrapup_data_incoming_mode", wrapup_data_incoming_mode)
        _set(self, "wrapup_data_outgoing_mode", wrapup_data_outgoing_mode)
        _set(self, "logout_non_activity_time", logout_non_activity_time)
        _set(self, "quality_recording_rate", quality_recording_rate)
        _set(self, "ring_no_answer_time", ring_no_answer_time)
        _set(self, "silent_monitor_warning_message", silent_monitor_warning_message)
        _set(self, "silent_monitor_audible_indication", silent_monitor_audible_indication)
        _set(self, "supervisor_assist_call_method", supervisor_assist_call_method)
        _set(self, "emergency_call_method", emergency_call_method)
        _set(self, "auto_record_on_emergency", auto_record_on_emergency)
        _set(self, "recording_mode", recording_mode)
        _set(self, "work_mode_timer", work_mode_timer)
        _set(self, "ring_no_answer_dn", ring_no_answer_dn)
        _set(self, "default_device_port_address", default_device_port_address)
        _set(self, "play_zip_tone", play_zip_tone)
        _set(self, "acd_shared_line_usage", acd_shared_line_usage)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_DESK_SETTINGS_CONF: Final = _w.builder(AgentDeskSettingsConf)
_S_AGENT_DESK_SETTINGS_CONF: Final = struct.Struct(">IIIIIIIIIIIIIIII")
_H_AGENT_DESK_SETTINGS_CONF: Final = struct.Struct(">IIIIIIIIIIIIIIIIII")  # header and fixed part
_X_AGENT_DESK_SETTINGS_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("DeskSettingsMask", "I", 20),
    ("WrapupDataIncomingMode", "I", 24),
    ("WrapupDataOutgoingMode", "I", 28),
    ("LogoutNonActivityTime", "I", 32),
    ("QualityRecordingRate", "I", 36),
    ("RingNoAnswerTime", "I", 40),
    ("SilentMonitorWarningMessage", "I", 44),
    ("SilentMonitorAudibleIndication", "I", 48),
    ("SupervisorAssistCallMethod", "I", 52),
    ("EmergencyCallMethod", "I", 56),
    ("AutoRecordOnEmergency", "I", 60),
    ("RecordingMode", "I", 64),
    ("WorkModeTimer", "I", 68),
    ("RingNoAnswerDN", "I", 72),
)
_T_AGENT_DESK_SETTINGS_CONF: Final[_w.FieldTable] = {
    93: (0, _w.STRING, False, "DefaultDevicePortAddress"),
    307: (1, _w.UINT, False, "PlayZipTone"),
    306: (2, _w.UINT, False, "ACDSharedLineUsage"),
}
_FAST_AGENT_DESK_SETTINGS_CONF: Final = _fast_slots(
    {
        93: 0,
    }
)
_INTS_AGENT_DESK_SETTINGS_CONF: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    307: (1, _w.UNPACK_UINT, 4, False),
    306: (2, _w.UNPACK_UINT, 4, False),
}


def _decode_agent_desk_settings_conf(buf: bytes, end: int) -> AgentDeskSettingsConf:
    if end < 72:
        raise _w.truncated("AGENT_DESK_SETTINGS_CONF", _X_AGENT_DESK_SETTINGS_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 72
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_AGENT_DESK_SETTINGS_CONF.get(tag)
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
                number = _INTS_AGENT_DESK_SETTINGS_CONF.get(tag)
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
                _T_AGENT_DESK_SETTINGS_CONF,
                unknown,
                "AGENT_DESK_SETTINGS_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 72, end, _T_AGENT_DESK_SETTINGS_CONF, 3, "AGENT_DESK_SETTINGS_CONF", _HEAD
        )
    if vals[1] is None:
        raise _w.missing("AGENT_DESK_SETTINGS_CONF", "PlayZipTone", end)
    if vals[2] is None:
        raise _w.missing("AGENT_DESK_SETTINGS_CONF", "ACDSharedLineUsage", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_AGENT_DESK_SETTINGS_CONF()
    (
        o.invoke_id,
        o.peripheral_id,
        f2,
        o.wrapup_data_incoming_mode,
        o.wrapup_data_outgoing_mode,
        o.logout_non_activity_time,
        o.quality_recording_rate,
        o.ring_no_answer_time,
        o.silent_monitor_warning_message,
        o.silent_monitor_audible_indication,
        o.supervisor_assist_call_method,
        o.emergency_call_method,
        o.auto_record_on_emergency,
        o.recording_mode,
        o.work_mode_timer,
        o.ring_no_answer_dn,
    ) = _S_AGENT_DESK_SETTINGS_CONF.unpack_from(buf, 8)
    o.desk_settings_mask = _mask_AgentDeskSettingsMask[f2]
    (o.default_device_port_address, o.play_zip_tone, o.acd_shared_line_usage) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AgentDeskSettingsConf
    return o  # type: ignore[no-any-return]


def _careful_agent_desk_settings_conf(m: AgentDeskSettingsConf) -> bytes:
    name = "AGENT_DESK_SETTINGS_CONF"
    parts = [
        _w.pack_fixed(
            _S_AGENT_DESK_SETTINGS_CONF,
            _X_AGENT_DESK_SETTINGS_CONF,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.desk_settings_mask,
            m.wrapup_data_incoming_mode,
            m.wrapup_data_outgoing_mode,
            m.logout_non_activity_time,
            m.quality_recording_rate,
            m.ring_no_answer_time,
            m.silent_monitor_warning_message,
            m.silent_monitor_audible_indication,
            m.supervisor_assist_call_method,
            m.emergency_call_method,
            m.auto_record_on_emergency,
            m.recording_mode,
            m.work_mode_timer,
            m.ring_no_answer_dn,
        )
    ]
    if m.default_device_port_address is not None:
        part = _w.put(
            _w.STRING,
            93,
            m.default_device_port_address,
            32,
            _WIDE,
            name,
            "DefaultDevicePortAddress",
        )
        parts.append(part)
    parts.append(_w.put(_w.UINT, 307, m.play_zip_tone, 4, _WIDE, name, "PlayZipTone"))
    parts.append(
        _w.put(_w.UINT, 306, m.acd_shared_line_usage, 4, _WIDE, name, "ACDSharedLineUsage")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(132, parts)


def _encode_agent_desk_settings_conf(m: AgentDeskSettingsConf) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_agent_desk_settings_conf, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_agent_desk_settings_conf(m)
        p: list[bytes] = []
        v0 = m.default_device_port_address
        if v0 is not None:
            d = v0.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_agent_desk_settings_conf(m)
            p += (_w.HEAD2(93, n), d, _NUL)
        v1 = m.play_zip_tone
        p += (b"\x013\x00\x04", _w.PACK_UINT(v1))
        v2 = m.acd_shared_line_usage
        p += (b"\x012\x00\x04", _w.PACK_UINT(v2))
        tail = b"".join(p)
        return (
            _H_AGENT_DESK_SETTINGS_CONF.pack(
                64 + len(tail),
                132,
                m.invoke_id,
                m.peripheral_id,
                m.desk_settings_mask,
                m.wrapup_data_incoming_mode,
                m.wrapup_data_outgoing_mode,
                m.logout_non_activity_time,
                m.quality_recording_rate,
                m.ring_no_answer_time,
                m.silent_monitor_warning_message,
                m.silent_monitor_audible_indication,
                m.supervisor_assist_call_method,
                m.emergency_call_method,
                m.auto_record_on_emergency,
                m.recording_mode,
                m.work_mode_timer,
                m.ring_no_answer_dn,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_agent_desk_settings_conf(m)


@value_class
class ConfigRequestEvent(GeneratedMessage):
    """Client asks for configuration (or, with no bit set, only tells the server that it may now send updates).

    CONFIG_REQUEST_EVENT, MessageType 232, client to server.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_REQUEST_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 232
    MESSAGE_NAME: ClassVar[str] = "CONFIG_REQUEST_EVENT"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "config_information",
        "config_msg_mask",
        "peripheral_id",
        "customer_id",
        "unknown_fields",
    )

    config_information: ConfigEventMask | int
    config_msg_mask: ConfigEventMask | int
    peripheral_id: int
    customer_id: int | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        config_information: ConfigEventMask | int = 0,
        config_msg_mask: ConfigEventMask | int = 0,
        peripheral_id: int = 0,
        customer_id: int | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "config_information", config_information)
        _set(self, "config_msg_mask", config_msg_mask)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "customer_id", customer_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_REQUEST_EVENT: Final = _w.builder(ConfigRequestEvent)
_S_CONFIG_REQUEST_EVENT: Final = struct.Struct(">III")
_H_CONFIG_REQUEST_EVENT: Final = struct.Struct(">IIIII")  # header and fixed part
_X_CONFIG_REQUEST_EVENT: Final[_w.FixedFields] = (
    ("ConfigInformation", "I", 12),
    ("ConfigMsgMask", "I", 16),
    ("PeripheralID", "I", 20),
)
_T_CONFIG_REQUEST_EVENT: Final[_w.FieldTable] = {
    131: (0, _w.UINT, False, "CustomerID"),
}


def _decode_config_request_event(buf: bytes, end: int) -> ConfigRequestEvent:
    if end < 20:
        raise _w.truncated("CONFIG_REQUEST_EVENT", _X_CONFIG_REQUEST_EVENT, end)
    vals, unknown = _w.scan(buf, 20, end, _T_CONFIG_REQUEST_EVENT, 1, "CONFIG_REQUEST_EVENT", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_REQUEST_EVENT()
    (f0, f1, o.peripheral_id) = _S_CONFIG_REQUEST_EVENT.unpack_from(buf, 8)
    o.config_information = _mask_ConfigEventMask[f0]
    o.config_msg_mask = _mask_ConfigEventMask[f1]
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
            m.config_msg_mask,
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
                12 + len(tail),
                232,
                m.config_information,
                m.config_msg_mask,
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
    303: (2, _w.STRING, False, "ActiveTerminal"),
    189: (3, _w.USHORT, False, "AgentType"),
    267: (4, _w.UINT, False, "AgentDeskSettingsID"),
    190: (5, _w.STRING, False, "LoginID"),
    214: (6, _w.STRING, False, "OldLoginID"),
    207: (7, _w.STRING, False, "LoginName"),
    138: (8, _w.STRING, False, "LastName"),
    137: (9, _w.STRING, False, "FirstName"),
    173: (10, _w.STRING, False, "Extension"),
    134: (11, _w.STRING, False, "Description"),
    141: (12, _w.UINT, False, "AgentSkillTargetID"),
    191: (13, _w.USHORT, False, "NumSkills"),
    257: (14, _w.USHORT, False, "SSOEnabled"),
    261: (15, _w.USHORT, False, "NumMRDs"),
    62: (16, _w.UINT, True, "FltSkillGroupNumber"),
    64: (17, _w.USHORT, True, "FltSkillGroupPriority"),
    262: (18, _w.UINT, True, "FltAgentMRDID"),
    263: (19, _w.USHORT, True, "FltAgentMRDState"),
}


def _record_config_agent_event(r: list[Any], end: int) -> ConfigAgentRecord:
    """One record of CONFIG_AGENT_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "RecordType", end)
    if r[1] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "FltPeripheralID", end)
    if r[3] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "AgentType", end)
    if r[4] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "AgentDeskSettingsID", end)
    if r[5] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "LoginID", end)
    if r[7] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "LoginName", end)
    if r[8] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "LastName", end)
    if r[9] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "FirstName", end)
    if r[10] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "Extension", end)
    if r[11] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "Description", end)
    if r[12] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "AgentSkillTargetID", end)
    if r[13] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "NumSkills", end)
    if r[14] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "SSOEnabled", end)
    if len(r[16] or ()) != (r[13] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT",
            "FltSkillGroupNumber",
            "NumSkills",
            r[13] or 0,
            {"FltSkillGroupNumber": len(r[16] or ())},
            end,
        )
    if len(r[17] or ()) != (r[13] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT",
            "FltSkillGroupPriority",
            "NumSkills",
            r[13] or 0,
            {"FltSkillGroupPriority": len(r[17] or ())},
            end,
        )
    if len(r[18] or ()) != (r[15] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT",
            "FltAgentMRDID",
            "NumMRDs",
            r[15] or 0,
            {"FltAgentMRDID": len(r[18] or ())},
            end,
        )
    if len(r[19] or ()) != (r[15] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT",
            "FltAgentMRDState",
            "NumMRDs",
            r[15] or 0,
            {"FltAgentMRDState": len(r[19] or ())},
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
        r[12],
        r[14],
        tuple(r[16] or ()),
        tuple(r[17] or ()),
        tuple(r[18] or ()),
        tuple([_enum_AgentState[x] for x in r[19] or ()]),
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
        20,
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
        if entry.active_terminal is not None:
            parts.append(
                _w.put(_w.STRING, 303, entry.active_terminal, 64, _WIDE, name, "ActiveTerminal")
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
class CallAttributeChangeEvent(GeneratedMessage):
    """When certain key attributes of the call change.

    CALL_ATTRIBUTE_CHANGE_EVENT, MessageType 240, server to client.
    From: Application Level Interfaces (v25), CALL_ATTRIBUTE_CHANGE_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 240
    MESSAGE_NAME: ClassVar[str] = "CALL_ATTRIBUTE_CHANGE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "peripheral_type",
        "connection_device_id_type",
        "call_type_id",
        "service_number",
        "connection_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    peripheral_type: PeripheralType | int
    connection_device_id_type: ConnectionDeviceIDType | int
    call_type_id: int
    service_number: int
    connection_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        peripheral_type: PeripheralType | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        call_type_id: int = 0,
        service_number: int = 0,
        connection_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "peripheral_type", peripheral_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "call_type_id", call_type_id)
        _set(self, "service_number", service_number)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_ATTRIBUTE_CHANGE_EVENT: Final = _w.builder(CallAttributeChangeEvent)
_S_CALL_ATTRIBUTE_CHANGE_EVENT: Final = struct.Struct(">IIHHII")
_H_CALL_ATTRIBUTE_CHANGE_EVENT: Final = struct.Struct(">IIIIHHII")  # header and fixed part
_X_CALL_ATTRIBUTE_CHANGE_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("PeripheralType", "H", 18),
    ("ConnectionDeviceIDType", "H", 20),
    ("CallTypeID", "I", 24),
    ("ServiceNumber", "I", 28),
)
_T_CALL_ATTRIBUTE_CHANGE_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
}
_FAST_CALL_ATTRIBUTE_CHANGE_EVENT: Final = _fast_slots(
    {
        25: 0,
    }
)


def _decode_call_attribute_change_event(buf: bytes, end: int) -> CallAttributeChangeEvent:
    if end < 28:
        raise _w.truncated("CALL_ATTRIBUTE_CHANGE_EVENT", _X_CALL_ATTRIBUTE_CHANGE_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 28
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CALL_ATTRIBUTE_CHANGE_EVENT.get(tag)
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
                _T_CALL_ATTRIBUTE_CHANGE_EVENT,
                unknown,
                "CALL_ATTRIBUTE_CHANGE_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 28, end, _T_CALL_ATTRIBUTE_CHANGE_EVENT, 1, "CALL_ATTRIBUTE_CHANGE_EVENT", _HEAD
        )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_ATTRIBUTE_CHANGE_EVENT()
    (o.monitor_id, o.peripheral_id, f2, f3, o.call_type_id, o.service_number) = (
        _S_CALL_ATTRIBUTE_CHANGE_EVENT.unpack_from(buf, 8)
    )
    o.peripheral_type = _enum_PeripheralType[f2]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallAttributeChangeEvent
    return o  # type: ignore[no-any-return]


def _careful_call_attribute_change_event(m: CallAttributeChangeEvent) -> bytes:
    name = "CALL_ATTRIBUTE_CHANGE_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_ATTRIBUTE_CHANGE_EVENT,
            _X_CALL_ATTRIBUTE_CHANGE_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.peripheral_type,
            m.connection_device_id_type,
            m.call_type_id,
            m.service_number,
        )
    ]
    if m.connection_device_id is not None:
        part = _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(240, parts)


def _encode_call_attribute_change_event(m: CallAttributeChangeEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_call_attribute_change_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_call_attribute_change_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        if v0 is not None:
            d = v0.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_call_attribute_change_event(m)
            p += (_w.HEAD2(25, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CALL_ATTRIBUTE_CHANGE_EVENT.pack(
                20 + len(tail),
                240,
                m.monitor_id,
                m.peripheral_id,
                m.peripheral_type,
                m.connection_device_id_type,
                m.call_type_id,
                m.service_number,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_call_attribute_change_event(m)


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
    307: (17, _w.UINT, False, "PlayZipTone"),
    306: (18, _w.UINT, False, "ACDSharedLineUsage"),
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
    if r[17] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "PlayZipTone", end)
    if r[18] is None:
        raise _w.missing("CONFIG_AGENT_DESK_SETTINGS_EVENT", "ACDSharedLineUsage", end)
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
        r[17],
        r[18],
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
        19,
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
        parts.append(_w.put(_w.UINT, 307, entry.play_zip_tone, 4, _WIDE, name, "PlayZipTone"))
        parts.append(
            _w.put(_w.UINT, 306, entry.acd_shared_line_usage, 4, _WIDE, name, "ACDSharedLineUsage")
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


@value_class
class StartNetworkRecordingReq(GeneratedMessage):
    """Requests the CTI Server to start recording a call; the call must be connected first.

    START_NETWORK_RECORDING_REQ, MessageType 268, client to server.
    From: Application Level Interfaces (v25), Client Control Service, START_NETWORK_RECORDING_REQ.
    """

    MESSAGE_TYPE: ClassVar[int] = 268
    MESSAGE_NAME: ClassVar[str] = "START_NETWORK_RECORDING_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "play_tone_direction",
        "invocation_type",
        "connection_device_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    play_tone_direction: int | None
    invocation_type: int | None
    connection_device_id: str
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        play_tone_direction: int | None = None,
        invocation_type: int | None = None,
        connection_device_id: str,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "play_tone_direction", play_tone_direction)
        _set(self, "invocation_type", invocation_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_START_NETWORK_RECORDING_REQ: Final = _w.builder(StartNetworkRecordingReq)
_S_START_NETWORK_RECORDING_REQ: Final = struct.Struct(">IIIH")
_H_START_NETWORK_RECORDING_REQ: Final = struct.Struct(">IIIIIH")  # header and fixed part
_X_START_NETWORK_RECORDING_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
)
_T_START_NETWORK_RECORDING_REQ: Final[_w.FieldTable] = {
    289: (0, _w.USHORT, False, "PlayToneDirection"),
    290: (1, _w.USHORT, False, "InvocationType"),
    25: (2, _w.STRING, False, "ConnectionDeviceID"),
    6: (3, _w.STRING, False, "AgentInstrument"),
}
_FAST_START_NETWORK_RECORDING_REQ: Final = _fast_slots(
    {
        25: 2,
        6: 3,
    }
)
_INTS_START_NETWORK_RECORDING_REQ: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    289: (0, _w.UNPACK_USHORT, 2, False),
    290: (1, _w.UNPACK_USHORT, 2, False),
}


def _decode_start_network_recording_req(buf: bytes, end: int) -> StartNetworkRecordingReq:
    if end < 22:
        raise _w.truncated("START_NETWORK_RECORDING_REQ", _X_START_NETWORK_RECORDING_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 4
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_START_NETWORK_RECORDING_REQ.get(tag)
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
                number = _INTS_START_NETWORK_RECORDING_REQ.get(tag)
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
                _T_START_NETWORK_RECORDING_REQ,
                unknown,
                "START_NETWORK_RECORDING_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 22, end, _T_START_NETWORK_RECORDING_REQ, 4, "START_NETWORK_RECORDING_REQ", _HEAD
        )
    if vals[2] is None:
        raise _w.missing("START_NETWORK_RECORDING_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_START_NETWORK_RECORDING_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3) = (
        _S_START_NETWORK_RECORDING_REQ.unpack_from(buf, 8)
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.play_tone_direction, o.invocation_type, o.connection_device_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = StartNetworkRecordingReq
    return o  # type: ignore[no-any-return]


def _careful_start_network_recording_req(m: StartNetworkRecordingReq) -> bytes:
    name = "START_NETWORK_RECORDING_REQ"
    parts = [
        _w.pack_fixed(
            _S_START_NETWORK_RECORDING_REQ,
            _X_START_NETWORK_RECORDING_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
        )
    ]
    if m.play_tone_direction is not None:
        part = _w.put(_w.USHORT, 289, m.play_tone_direction, 2, _WIDE, name, "PlayToneDirection")
        parts.append(part)
    if m.invocation_type is not None:
        part = _w.put(_w.USHORT, 290, m.invocation_type, 2, _WIDE, name, "InvocationType")
        parts.append(part)
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(268, parts)


def _encode_start_network_recording_req(m: StartNetworkRecordingReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_start_network_recording_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_start_network_recording_req(m)
        p: list[bytes] = []
        v0 = m.play_tone_direction
        if v0 is not None:
            p += (b"\x01!\x00\x02", _w.PACK_USHORT(v0))
        v1 = m.invocation_type
        if v1 is not None:
            p += (b'\x01"\x00\x02', _w.PACK_USHORT(v1))
        v2 = m.connection_device_id
        d = v2.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_start_network_recording_req(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v3 = m.agent_instrument
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_start_network_recording_req(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_START_NETWORK_RECORDING_REQ.pack(
                14 + len(tail),
                268,
                m.invoke_id,
                m.peripheral_id,
                m.connection_call_id,
                m.connection_device_id_type,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_start_network_recording_req(m)


@value_class
class StartNetworkRecordingConf(GeneratedMessage):
    """Acknowledges receipt of START_NETWORK_RECORDING_REQ; it does not mean that recording has started (see NETWORK_RECORDING_STARTED_EVENT).

    START_NETWORK_RECORDING_CONF, MessageType 269, server to client.
    From: Application Level Interfaces (v25), Client Control Service, untitled table after START_NETWORK_RECORDING_REQ (MessageType = 269).
    """

    MESSAGE_TYPE: ClassVar[int] = 269
    MESSAGE_NAME: ClassVar[str] = "START_NETWORK_RECORDING_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "unknown_fields")

    invoke_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_START_NETWORK_RECORDING_CONF: Final = _w.builder(StartNetworkRecordingConf)
_S_START_NETWORK_RECORDING_CONF: Final = struct.Struct(">I")
_H_START_NETWORK_RECORDING_CONF: Final = struct.Struct(">III")  # header and fixed part
_X_START_NETWORK_RECORDING_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_START_NETWORK_RECORDING_CONF: Final[_w.FieldTable] = {}


def _decode_start_network_recording_conf(buf: bytes, end: int) -> StartNetworkRecordingConf:
    if end < 12:
        raise _w.truncated("START_NETWORK_RECORDING_CONF", _X_START_NETWORK_RECORDING_CONF, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_START_NETWORK_RECORDING_CONF, 0, "START_NETWORK_RECORDING_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_START_NETWORK_RECORDING_CONF()
    (o.invoke_id,) = _S_START_NETWORK_RECORDING_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = StartNetworkRecordingConf
    return o  # type: ignore[no-any-return]


def _careful_start_network_recording_conf(m: StartNetworkRecordingConf) -> bytes:
    name = "START_NETWORK_RECORDING_CONF"
    parts = [
        _w.pack_fixed(
            _S_START_NETWORK_RECORDING_CONF,
            _X_START_NETWORK_RECORDING_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(269, parts)


def _encode_start_network_recording_conf(m: StartNetworkRecordingConf) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_start_network_recording_conf, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_start_network_recording_conf(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_START_NETWORK_RECORDING_CONF.pack(
                4 + len(tail),
                269,
                m.invoke_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_start_network_recording_conf(m)


@value_class
class StopNetworkRecordingReq(GeneratedMessage):
    """Requests the CTI Server to stop recording a call; the call must be connected.

    STOP_NETWORK_RECORDING_REQ, MessageType 270, client to server.
    From: Application Level Interfaces (v25), Client Control Service, STOP_NETWORK_RECORDING_REQ.
    """

    MESSAGE_TYPE: ClassVar[int] = 270
    MESSAGE_NAME: ClassVar[str] = "STOP_NETWORK_RECORDING_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "invocation_type",
        "connection_device_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    invocation_type: int | None
    connection_device_id: str
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        invocation_type: int | None = None,
        connection_device_id: str,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "invocation_type", invocation_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_STOP_NETWORK_RECORDING_REQ: Final = _w.builder(StopNetworkRecordingReq)
_S_STOP_NETWORK_RECORDING_REQ: Final = struct.Struct(">IIIH")
_H_STOP_NETWORK_RECORDING_REQ: Final = struct.Struct(">IIIIIH")  # header and fixed part
_X_STOP_NETWORK_RECORDING_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
)
_T_STOP_NETWORK_RECORDING_REQ: Final[_w.FieldTable] = {
    290: (0, _w.USHORT, False, "InvocationType"),
    25: (1, _w.STRING, False, "ConnectionDeviceID"),
    6: (2, _w.STRING, False, "AgentInstrument"),
}
_FAST_STOP_NETWORK_RECORDING_REQ: Final = _fast_slots(
    {
        25: 1,
        6: 2,
    }
)
_INTS_STOP_NETWORK_RECORDING_REQ: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    290: (0, _w.UNPACK_USHORT, 2, False),
}


def _decode_stop_network_recording_req(buf: bytes, end: int) -> StopNetworkRecordingReq:
    if end < 22:
        raise _w.truncated("STOP_NETWORK_RECORDING_REQ", _X_STOP_NETWORK_RECORDING_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_STOP_NETWORK_RECORDING_REQ.get(tag)
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
                number = _INTS_STOP_NETWORK_RECORDING_REQ.get(tag)
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
                _T_STOP_NETWORK_RECORDING_REQ,
                unknown,
                "STOP_NETWORK_RECORDING_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 22, end, _T_STOP_NETWORK_RECORDING_REQ, 3, "STOP_NETWORK_RECORDING_REQ", _HEAD
        )
    if vals[1] is None:
        raise _w.missing("STOP_NETWORK_RECORDING_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_STOP_NETWORK_RECORDING_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3) = (
        _S_STOP_NETWORK_RECORDING_REQ.unpack_from(buf, 8)
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.invocation_type, o.connection_device_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = StopNetworkRecordingReq
    return o  # type: ignore[no-any-return]


def _careful_stop_network_recording_req(m: StopNetworkRecordingReq) -> bytes:
    name = "STOP_NETWORK_RECORDING_REQ"
    parts = [
        _w.pack_fixed(
            _S_STOP_NETWORK_RECORDING_REQ,
            _X_STOP_NETWORK_RECORDING_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
        )
    ]
    if m.invocation_type is not None:
        part = _w.put(_w.USHORT, 290, m.invocation_type, 2, _WIDE, name, "InvocationType")
        parts.append(part)
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(270, parts)


def _encode_stop_network_recording_req(m: StopNetworkRecordingReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_stop_network_recording_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_stop_network_recording_req(m)
        p: list[bytes] = []
        v0 = m.invocation_type
        if v0 is not None:
            p += (b'\x01"\x00\x02', _w.PACK_USHORT(v0))
        v1 = m.connection_device_id
        d = v1.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_stop_network_recording_req(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v2 = m.agent_instrument
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_stop_network_recording_req(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_STOP_NETWORK_RECORDING_REQ.pack(
                14 + len(tail),
                270,
                m.invoke_id,
                m.peripheral_id,
                m.connection_call_id,
                m.connection_device_id_type,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_stop_network_recording_req(m)


@value_class
class StopNetworkRecordingConf(GeneratedMessage):
    """Acknowledges receipt of STOP_NETWORK_RECORDING_REQ; it does not mean that recording has stopped (see NETWORK_RECORDING_ENDED_EVENT).

    STOP_NETWORK_RECORDING_CONF, MessageType 271, server to client.
    From: Application Level Interfaces (v25), Client Control Service, untitled table after STOP_NETWORK_RECORDING_REQ (MessageType = 271).
    """

    MESSAGE_TYPE: ClassVar[int] = 271
    MESSAGE_NAME: ClassVar[str] = "STOP_NETWORK_RECORDING_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "unknown_fields")

    invoke_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_STOP_NETWORK_RECORDING_CONF: Final = _w.builder(StopNetworkRecordingConf)
_S_STOP_NETWORK_RECORDING_CONF: Final = struct.Struct(">I")
_H_STOP_NETWORK_RECORDING_CONF: Final = struct.Struct(">III")  # header and fixed part
_X_STOP_NETWORK_RECORDING_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_STOP_NETWORK_RECORDING_CONF: Final[_w.FieldTable] = {}


def _decode_stop_network_recording_conf(buf: bytes, end: int) -> StopNetworkRecordingConf:
    if end < 12:
        raise _w.truncated("STOP_NETWORK_RECORDING_CONF", _X_STOP_NETWORK_RECORDING_CONF, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_STOP_NETWORK_RECORDING_CONF, 0, "STOP_NETWORK_RECORDING_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_STOP_NETWORK_RECORDING_CONF()
    (o.invoke_id,) = _S_STOP_NETWORK_RECORDING_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = StopNetworkRecordingConf
    return o  # type: ignore[no-any-return]


def _careful_stop_network_recording_conf(m: StopNetworkRecordingConf) -> bytes:
    name = "STOP_NETWORK_RECORDING_CONF"
    parts = [
        _w.pack_fixed(
            _S_STOP_NETWORK_RECORDING_CONF,
            _X_STOP_NETWORK_RECORDING_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(271, parts)


def _encode_stop_network_recording_conf(m: StopNetworkRecordingConf) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_stop_network_recording_conf, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_stop_network_recording_conf(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_STOP_NETWORK_RECORDING_CONF.pack(
                4 + len(tail),
                271,
                m.invoke_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_stop_network_recording_conf(m)


@value_class
class NetworkRecordingStartedEvent(GeneratedMessage):
    """Sent by the CTI Server to indicate the start of recording at the recording server.

    NETWORK_RECORDING_STARTED_EVENT, MessageType 272, server to client.
    From: Application Level Interfaces (v25), NETWORK_RECORDING_STARTED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 272
    MESSAGE_NAME: ClassVar[str] = "NETWORK_RECORDING_STARTED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "recording_device_type",
        "connection_device_id",
        "recording_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    recording_device_type: DeviceIDType | int
    connection_device_id: str
    recording_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        recording_device_type: DeviceIDType | int = 0,
        connection_device_id: str,
        recording_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "recording_device_type", recording_device_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "recording_device_id", recording_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_NETWORK_RECORDING_STARTED_EVENT: Final = _w.builder(NetworkRecordingStartedEvent)
_S_NETWORK_RECORDING_STARTED_EVENT: Final = struct.Struct(">IIIHH")
_H_NETWORK_RECORDING_STARTED_EVENT: Final = struct.Struct(">IIIIIHH")  # header and fixed part
_X_NETWORK_RECORDING_STARTED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
    ("RecordingDeviceType", "H", 24),
)
_T_NETWORK_RECORDING_STARTED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    300: (1, _w.STRING, False, "RecordingDeviceID"),
}
_FAST_NETWORK_RECORDING_STARTED_EVENT: Final = _fast_slots(
    {
        25: 0,
        300: 1,
    }
)


def _decode_network_recording_started_event(buf: bytes, end: int) -> NetworkRecordingStartedEvent:
    if end < 24:
        raise _w.truncated(
            "NETWORK_RECORDING_STARTED_EVENT", _X_NETWORK_RECORDING_STARTED_EVENT, end
        )
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_NETWORK_RECORDING_STARTED_EVENT.get(tag)
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
                _T_NETWORK_RECORDING_STARTED_EVENT,
                unknown,
                "NETWORK_RECORDING_STARTED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf,
            24,
            end,
            _T_NETWORK_RECORDING_STARTED_EVENT,
            2,
            "NETWORK_RECORDING_STARTED_EVENT",
            _HEAD,
        )
    if vals[0] is None:
        raise _w.missing("NETWORK_RECORDING_STARTED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_NETWORK_RECORDING_STARTED_EVENT()
    (o.monitor_id, o.peripheral_id, o.connection_call_id, f3, f4) = (
        _S_NETWORK_RECORDING_STARTED_EVENT.unpack_from(buf, 8)
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.recording_device_type = _enum_DeviceIDType[f4]
    (o.connection_device_id, o.recording_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = NetworkRecordingStartedEvent
    return o  # type: ignore[no-any-return]


def _careful_network_recording_started_event(m: NetworkRecordingStartedEvent) -> bytes:
    name = "NETWORK_RECORDING_STARTED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_NETWORK_RECORDING_STARTED_EVENT,
            _X_NETWORK_RECORDING_STARTED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.recording_device_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.recording_device_id is not None:
        part = _w.put(_w.STRING, 300, m.recording_device_id, 64, _WIDE, name, "RecordingDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(272, parts)


def _encode_network_recording_started_event(m: NetworkRecordingStartedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_network_recording_started_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_network_recording_started_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_network_recording_started_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.recording_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_network_recording_started_event(m)
            p += (_w.HEAD2(300, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_NETWORK_RECORDING_STARTED_EVENT.pack(
                16 + len(tail),
                272,
                m.monitor_id,
                m.peripheral_id,
                m.connection_call_id,
                m.connection_device_id_type,
                m.recording_device_type,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_network_recording_started_event(m)


@value_class
class NetworkRecordingEndedEvent(GeneratedMessage):
    """Sent by the CTI Server to indicate that recording ended at the recording server (the end may also be signalled by CALL_CLEARED_EVENT).

    NETWORK_RECORDING_ENDED_EVENT, MessageType 273, server to client.
    From: Application Level Interfaces (v25), NETWORK_RECORDING_ENDED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 273
    MESSAGE_NAME: ClassVar[str] = "NETWORK_RECORDING_ENDED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "recording_device_type",
        "connection_device_id",
        "recording_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    recording_device_type: DeviceIDType | int
    connection_device_id: str
    recording_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        recording_device_type: DeviceIDType | int = 0,
        connection_device_id: str,
        recording_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "recording_device_type", recording_device_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "recording_device_id", recording_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_NETWORK_RECORDING_ENDED_EVENT: Final = _w.builder(NetworkRecordingEndedEvent)
_S_NETWORK_RECORDING_ENDED_EVENT: Final = struct.Struct(">IIIHH")
_H_NETWORK_RECORDING_ENDED_EVENT: Final = struct.Struct(">IIIIIHH")  # header and fixed part
_X_NETWORK_RECORDING_ENDED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
    ("RecordingDeviceType", "H", 24),
)
_T_NETWORK_RECORDING_ENDED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    300: (1, _w.STRING, False, "RecordingDeviceID"),
}
_FAST_NETWORK_RECORDING_ENDED_EVENT: Final = _fast_slots(
    {
        25: 0,
        300: 1,
    }
)


def _decode_network_recording_ended_event(buf: bytes, end: int) -> NetworkRecordingEndedEvent:
    if end < 24:
        raise _w.truncated("NETWORK_RECORDING_ENDED_EVENT", _X_NETWORK_RECORDING_ENDED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_NETWORK_RECORDING_ENDED_EVENT.get(tag)
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
                _T_NETWORK_RECORDING_ENDED_EVENT,
                unknown,
                "NETWORK_RECORDING_ENDED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf,
            24,
            end,
            _T_NETWORK_RECORDING_ENDED_EVENT,
            2,
            "NETWORK_RECORDING_ENDED_EVENT",
            _HEAD,
        )
    if vals[0] is None:
        raise _w.missing("NETWORK_RECORDING_ENDED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_NETWORK_RECORDING_ENDED_EVENT()
    (o.monitor_id, o.peripheral_id, o.connection_call_id, f3, f4) = (
        _S_NETWORK_RECORDING_ENDED_EVENT.unpack_from(buf, 8)
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.recording_device_type = _enum_DeviceIDType[f4]
    (o.connection_device_id, o.recording_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = NetworkRecordingEndedEvent
    return o  # type: ignore[no-any-return]


def _careful_network_recording_ended_event(m: NetworkRecordingEndedEvent) -> bytes:
    name = "NETWORK_RECORDING_ENDED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_NETWORK_RECORDING_ENDED_EVENT,
            _X_NETWORK_RECORDING_ENDED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.recording_device_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.recording_device_id is not None:
        part = _w.put(_w.STRING, 300, m.recording_device_id, 64, _WIDE, name, "RecordingDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(273, parts)


def _encode_network_recording_ended_event(m: NetworkRecordingEndedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_network_recording_ended_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_network_recording_ended_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_network_recording_ended_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.recording_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_network_recording_ended_event(m)
            p += (_w.HEAD2(300, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_NETWORK_RECORDING_ENDED_EVENT.pack(
                16 + len(tail),
                273,
                m.monitor_id,
                m.peripheral_id,
                m.connection_call_id,
                m.connection_device_id_type,
                m.recording_device_type,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_network_recording_ended_event(m)


@value_class
class NetworkRecordingFailedEvent(GeneratedMessage):
    """Sent by the CTI Server to indicate that recording failed at the recording server.

    NETWORK_RECORDING_FAILED_EVENT, MessageType 274, server to client.
    From: Application Level Interfaces (v25), NETWORK_RECORDING_FAILED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 274
    MESSAGE_NAME: ClassVar[str] = "NETWORK_RECORDING_FAILED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "recording_device_type",
        "record_failure_cause",
        "connection_device_id",
        "recording_device_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    recording_device_type: DeviceIDType | int
    record_failure_cause: int
    connection_device_id: str
    recording_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        recording_device_type: DeviceIDType | int = 0,
        record_failure_cause: int = 0,
        connection_device_id: str,
        recording_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "recording_device_type", recording_device_type)
        _set(self, "record_failure_cause", record_failure_cause)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "recording_device_id", recording_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_NETWORK_RECORDING_FAILED_EVENT: Final = _w.builder(NetworkRecordingFailedEvent)
_S_NETWORK_RECORDING_FAILED_EVENT: Final = struct.Struct(">IIIHHH")
_H_NETWORK_RECORDING_FAILED_EVENT: Final = struct.Struct(">IIIIIHHH")  # header and fixed part
_X_NETWORK_RECORDING_FAILED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
    ("RecordingDeviceType", "H", 24),
    ("RecordFailureCause", "H", 26),
)
_T_NETWORK_RECORDING_FAILED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    300: (1, _w.STRING, False, "RecordingDeviceID"),
}
_FAST_NETWORK_RECORDING_FAILED_EVENT: Final = _fast_slots(
    {
        25: 0,
        300: 1,
    }
)


def _decode_network_recording_failed_event(buf: bytes, end: int) -> NetworkRecordingFailedEvent:
    if end < 26:
        raise _w.truncated("NETWORK_RECORDING_FAILED_EVENT", _X_NETWORK_RECORDING_FAILED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 26
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_NETWORK_RECORDING_FAILED_EVENT.get(tag)
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
                _T_NETWORK_RECORDING_FAILED_EVENT,
                unknown,
                "NETWORK_RECORDING_FAILED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf,
            26,
            end,
            _T_NETWORK_RECORDING_FAILED_EVENT,
            2,
            "NETWORK_RECORDING_FAILED_EVENT",
            _HEAD,
        )
    if vals[0] is None:
        raise _w.missing("NETWORK_RECORDING_FAILED_EVENT", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_NETWORK_RECORDING_FAILED_EVENT()
    (o.monitor_id, o.peripheral_id, o.connection_call_id, f3, f4, o.record_failure_cause) = (
        _S_NETWORK_RECORDING_FAILED_EVENT.unpack_from(buf, 8)
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.recording_device_type = _enum_DeviceIDType[f4]
    (o.connection_device_id, o.recording_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = NetworkRecordingFailedEvent
    return o  # type: ignore[no-any-return]


def _careful_network_recording_failed_event(m: NetworkRecordingFailedEvent) -> bytes:
    name = "NETWORK_RECORDING_FAILED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_NETWORK_RECORDING_FAILED_EVENT,
            _X_NETWORK_RECORDING_FAILED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.recording_device_type,
            m.record_failure_cause,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.recording_device_id is not None:
        part = _w.put(_w.STRING, 300, m.recording_device_id, 64, _WIDE, name, "RecordingDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(274, parts)


def _encode_network_recording_failed_event(m: NetworkRecordingFailedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_network_recording_failed_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_network_recording_failed_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_network_recording_failed_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.recording_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_network_recording_failed_event(m)
            p += (_w.HEAD2(300, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_NETWORK_RECORDING_FAILED_EVENT.pack(
                18 + len(tail),
                274,
                m.monitor_id,
                m.peripheral_id,
                m.connection_call_id,
                m.connection_device_id_type,
                m.recording_device_type,
                m.record_failure_cause,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_network_recording_failed_event(m)


@value_class
class NetworkRecordingTargetInfoEvent(GeneratedMessage):
    """Sent by the CTI Server to the recording initiator with information about the recorder.

    NETWORK_RECORDING_TARGET_INFO_EVENT, MessageType 275, server to client.
    From: Application Level Interfaces (v25), NETWORK_RECORDING_TARGET_INFO_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 275
    MESSAGE_NAME: ClassVar[str] = "NETWORK_RECORDING_TARGET_INFO_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "recording_device_type",
        "recording_type",
        "media_forking_device_type",
        "connection_device_id",
        "recording_device_id",
        "recorder_address",
        "terminal_name",
        "media_forking_device_name",
        "protocol_reference_gu_id",
        "media_forking_cluster_id",
        "recorder_uri",
        "recorder_error_msg",
        "recorder_type",
        "recorder_status",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    recording_device_type: DeviceIDType | int
    recording_type: int
    media_forking_device_type: int
    connection_device_id: str
    recording_device_id: str | None
    recorder_address: str
    terminal_name: str
    media_forking_device_name: str | None
    protocol_reference_gu_id: str | None
    media_forking_cluster_id: str | None
    recorder_uri: str | None
    recorder_error_msg: str | None
    recorder_type: int | None
    recorder_status: int | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        recording_device_type: DeviceIDType | int = 0,
        recording_type: int = 0,
        media_forking_device_type: int = 0,
        connection_device_id: str,
        recording_device_id: str | None = None,
        recorder_address: str,
        terminal_name: str,
        media_forking_device_name: str | None = None,
        protocol_reference_gu_id: str | None = None,
        media_forking_cluster_id: str | None = None,
        recorder_uri: str | None = None,
        recorder_error_msg: str | None = None,
        recorder_type: int | None = None,
        recorder_status: int | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "recording_device_type", recording_device_type)
        _set(self, "recording_type", recording_type)
        _set(self, "media_forking_device_type", media_forking_device_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "recording_device_id", recording_device_id)
        _set(self, "recorder_address", recorder_address)
        _set(self, "terminal_name", terminal_name)
        _set(self, "media_forking_device_name", media_forking_device_name)
        _set(self, "protocol_reference_gu_id", protocol_reference_gu_id)
        _set(self, "media_forking_cluster_id", media_forking_cluster_id)
        _set(self, "recorder_uri", recorder_uri)
        _set(self, "recorder_error_msg", recorder_error_msg)
        _set(self, "recorder_type", recorder_type)
        _set(self, "recorder_status", recorder_status)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_NETWORK_RECORDING_TARGET_INFO_EVENT: Final = _w.builder(NetworkRecordingTargetInfoEvent)
_S_NETWORK_RECORDING_TARGET_INFO_EVENT: Final = struct.Struct(">IIIHHHH")
_H_NETWORK_RECORDING_TARGET_INFO_EVENT: Final = struct.Struct(">IIIIIHHHH")  # header and fixed part
_X_NETWORK_RECORDING_TARGET_INFO_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
    ("RecordingDeviceType", "H", 24),
    ("RecordingType", "H", 26),
    ("MediaForkingDeviceType", "H", 28),
)
_T_NETWORK_RECORDING_TARGET_INFO_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    300: (1, _w.STRING, False, "RecordingDeviceID"),
    291: (2, _w.STRING, False, "RecorderAddress"),
    292: (3, _w.STRING, False, "TerminalName"),
    293: (4, _w.STRING, False, "MediaForkingDeviceName"),
    294: (5, _w.STRING, False, "ProtocolReferenceGUID"),
    295: (6, _w.STRING, False, "MediaForkingClusterID"),
    296: (7, _w.STRING, False, "RecorderURI"),
    297: (8, _w.STRING, False, "RecorderErrorMsg"),
    298: (9, _w.USHORT, False, "RecorderType"),
    299: (10, _w.USHORT, False, "RecorderStatus"),
}
_FAST_NETWORK_RECORDING_TARGET_INFO_EVENT: Final = _fast_slots(
    {
        25: 0,
        300: 1,
        291: 2,
        292: 3,
        293: 4,
        294: 5,
        295: 6,
        296: 7,
        297: 8,
    }
)
_INTS_NETWORK_RECORDING_TARGET_INFO_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    298: (9, _w.UNPACK_USHORT, 2, False),
    299: (10, _w.UNPACK_USHORT, 2, False),
}


def _decode_network_recording_target_info_event(
    buf: bytes, end: int
) -> NetworkRecordingTargetInfoEvent:
    if end < 28:
        raise _w.truncated(
            "NETWORK_RECORDING_TARGET_INFO_EVENT", _X_NETWORK_RECORDING_TARGET_INFO_EVENT, end
        )
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 11
    unknown: list[UnknownField] = []
    pos = 28
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_NETWORK_RECORDING_TARGET_INFO_EVENT.get(tag)
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
                number = _INTS_NETWORK_RECORDING_TARGET_INFO_EVENT.get(tag)
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
                _T_NETWORK_RECORDING_TARGET_INFO_EVENT,
                unknown,
                "NETWORK_RECORDING_TARGET_INFO_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf,
            28,
            end,
            _T_NETWORK_RECORDING_TARGET_INFO_EVENT,
            11,
            "NETWORK_RECORDING_TARGET_INFO_EVENT",
            _HEAD,
        )
    if vals[0] is None:
        raise _w.missing("NETWORK_RECORDING_TARGET_INFO_EVENT", "ConnectionDeviceID", end)
    if vals[2] is None:
        raise _w.missing("NETWORK_RECORDING_TARGET_INFO_EVENT", "RecorderAddress", end)
    if vals[3] is None:
        raise _w.missing("NETWORK_RECORDING_TARGET_INFO_EVENT", "TerminalName", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_NETWORK_RECORDING_TARGET_INFO_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        o.connection_call_id,
        f3,
        f4,
        o.recording_type,
        o.media_forking_device_type,
    ) = _S_NETWORK_RECORDING_TARGET_INFO_EVENT.unpack_from(buf, 8)
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.recording_device_type = _enum_DeviceIDType[f4]
    (
        o.connection_device_id,
        o.recording_device_id,
        o.recorder_address,
        o.terminal_name,
        o.media_forking_device_name,
        o.protocol_reference_gu_id,
        o.media_forking_cluster_id,
        o.recorder_uri,
        o.recorder_error_msg,
        o.recorder_type,
        o.recorder_status,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = NetworkRecordingTargetInfoEvent
    return o  # type: ignore[no-any-return]


def _careful_network_recording_target_info_event(m: NetworkRecordingTargetInfoEvent) -> bytes:
    name = "NETWORK_RECORDING_TARGET_INFO_EVENT"
    parts = [
        _w.pack_fixed(
            _S_NETWORK_RECORDING_TARGET_INFO_EVENT,
            _X_NETWORK_RECORDING_TARGET_INFO_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.recording_device_type,
            m.recording_type,
            m.media_forking_device_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.recording_device_id is not None:
        part = _w.put(_w.STRING, 300, m.recording_device_id, 64, _WIDE, name, "RecordingDeviceID")
        parts.append(part)
    parts.append(_w.put(_w.STRING, 291, m.recorder_address, 64, _WIDE, name, "RecorderAddress"))
    parts.append(_w.put(_w.STRING, 292, m.terminal_name, 64, _WIDE, name, "TerminalName"))
    if m.media_forking_device_name is not None:
        part = _w.put(
            _w.STRING, 293, m.media_forking_device_name, 64, _WIDE, name, "MediaForkingDeviceName"
        )
        parts.append(part)
    if m.protocol_reference_gu_id is not None:
        part = _w.put(
            _w.STRING, 294, m.protocol_reference_gu_id, 64, _WIDE, name, "ProtocolReferenceGUID"
        )
        parts.append(part)
    if m.media_forking_cluster_id is not None:
        part = _w.put(
            _w.STRING, 295, m.media_forking_cluster_id, 64, _WIDE, name, "MediaForkingClusterID"
        )
        parts.append(part)
    if m.recorder_uri is not None:
        part = _w.put(_w.STRING, 296, m.recorder_uri, 64, _WIDE, name, "RecorderURI")
        parts.append(part)
    if m.recorder_error_msg is not None:
        part = _w.put(_w.STRING, 297, m.recorder_error_msg, 64, _WIDE, name, "RecorderErrorMsg")
        parts.append(part)
    if m.recorder_type is not None:
        part = _w.put(_w.USHORT, 298, m.recorder_type, 2, _WIDE, name, "RecorderType")
        parts.append(part)
    if m.recorder_status is not None:
        part = _w.put(_w.USHORT, 299, m.recorder_status, 2, _WIDE, name, "RecorderStatus")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(275, parts)


def _encode_network_recording_target_info_event(m: NetworkRecordingTargetInfoEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_network_recording_target_info_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_network_recording_target_info_event(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_network_recording_target_info_event(m)
        p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.recording_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_network_recording_target_info_event(m)
            p += (_w.HEAD2(300, n), d, _NUL)
        v2 = m.recorder_address
        d = v2.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_network_recording_target_info_event(m)
        p += (_w.HEAD2(291, n), d, _NUL)
        v3 = m.terminal_name
        d = v3.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_network_recording_target_info_event(m)
        p += (_w.HEAD2(292, n), d, _NUL)
        v4 = m.media_forking_device_name
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_network_recording_target_info_event(m)
            p += (_w.HEAD2(293, n), d, _NUL)
        v5 = m.protocol_reference_gu_id
        if v5 is not None:
            d = v5.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_network_recording_target_info_event(m)
            p += (_w.HEAD2(294, n), d, _NUL)
        v6 = m.media_forking_cluster_id
        if v6 is not None:
            d = v6.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_network_recording_target_info_event(m)
            p += (_w.HEAD2(295, n), d, _NUL)
        v7 = m.recorder_uri
        if v7 is not None:
            d = v7.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_network_recording_target_info_event(m)
            p += (_w.HEAD2(296, n), d, _NUL)
        v8 = m.recorder_error_msg
        if v8 is not None:
            d = v8.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_network_recording_target_info_event(m)
            p += (_w.HEAD2(297, n), d, _NUL)
        v9 = m.recorder_type
        if v9 is not None:
            p += (b"\x01*\x00\x02", _w.PACK_USHORT(v9))
        v10 = m.recorder_status
        if v10 is not None:
            p += (b"\x01+\x00\x02", _w.PACK_USHORT(v10))
        tail = b"".join(p)
        return (
            _H_NETWORK_RECORDING_TARGET_INFO_EVENT.pack(
                20 + len(tail),
                275,
                m.monitor_id,
                m.peripheral_id,
                m.connection_call_id,
                m.connection_device_id_type,
                m.recording_device_type,
                m.recording_type,
                m.media_forking_device_type,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_network_recording_target_info_event(m)


@value_class
class ConfigTerminalEvent(GeneratedMessage):
    """Terminal configuration records (a terminal and the agent instruments on it).

    CONFIG_TERMINAL_EVENT, MessageType 276, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_TERMINAL_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 276
    MESSAGE_NAME: ClassVar[str] = "CONFIG_TERMINAL_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("records", "unknown_fields")
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = (
        "records",
        "terminal_device_name",
        None,
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "records": ConfigTerminalRecord,
    }

    records: tuple[ConfigTerminalRecord, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        records: tuple[ConfigTerminalRecord, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "records", records)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_TERMINAL_EVENT: Final = _w.builder(ConfigTerminalEvent)
_S_CONFIG_TERMINAL_EVENT: Final = struct.Struct(">H")
_H_CONFIG_TERMINAL_EVENT: Final = struct.Struct(">IIH")  # header and fixed part
_X_CONFIG_TERMINAL_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_TERMINAL_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_TERMINAL_EVENT: Final[_w.FieldTable] = {
    183: (0, _w.USHORT, False, "RecordType"),
    302: (1, _w.USHORT, False, "TerminalType"),
    303: (2, _w.STRING, False, "TerminalDeviceName"),
    304: (3, _w.STRING, False, "TerminalTypeName"),
    305: (4, _w.USHORT, False, "NumInstruments"),
    6: (5, _w.STRING, True, "Instrument"),
}


def _record_config_terminal_event(r: list[Any], end: int) -> ConfigTerminalRecord:
    """One record of CONFIG_TERMINAL_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_TERMINAL_EVENT", "RecordType", end)
    if r[1] is None:
        raise _w.missing("CONFIG_TERMINAL_EVENT", "TerminalType", end)
    if r[2] is None:
        raise _w.missing("CONFIG_TERMINAL_EVENT", "TerminalDeviceName", end)
    if r[3] is None:
        raise _w.missing("CONFIG_TERMINAL_EVENT", "TerminalTypeName", end)
    if r[4] is None:
        raise _w.missing("CONFIG_TERMINAL_EVENT", "NumInstruments", end)
    if len(r[5] or ()) != (r[4] or 0):
        raise _w.group_mismatch(
            "CONFIG_TERMINAL_EVENT",
            "Instrument",
            "NumInstruments",
            r[4] or 0,
            {"Instrument": len(r[5] or ())},
            end,
        )
    return _new_ConfigTerminalRecord(
        _enum_ConfigRecordType[r[0]],
        r[1],
        r[2],
        r[3],
        tuple(r[5] or ()),
    )


def _decode_config_terminal_event(buf: bytes, end: int) -> ConfigTerminalEvent:
    if end < 10:
        raise _w.truncated("CONFIG_TERMINAL_EVENT", _X_CONFIG_TERMINAL_EVENT, end)
    _, unknown, records = _w.scan_records(
        buf,
        10,
        end,
        _T_CONFIG_TERMINAL_EVENT,
        0,
        _TR_CONFIG_TERMINAL_EVENT,
        6,
        "CONFIG_TERMINAL_EVENT",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_TERMINAL_EVENT()
    (f0,) = _S_CONFIG_TERMINAL_EVENT.unpack_from(buf, 8)
    count = f0
    if len(records) != count:
        raise _w.group_mismatch(
            "CONFIG_TERMINAL_EVENT",
            "Records",
            "NumRecords",
            count,
            {"RecordType": len(records)},
            end,
        )
    o.records = tuple([_record_config_terminal_event(r, end) for r in records])
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigTerminalEvent
    return o  # type: ignore[no-any-return]


def _careful_config_terminal_event(m: ConfigTerminalEvent) -> bytes:
    name = "CONFIG_TERMINAL_EVENT"
    records = _w.check_group(m.records, ConfigTerminalRecord, 10, name, "Records")
    parts = [
        _w.pack_fixed(
            _S_CONFIG_TERMINAL_EVENT,
            _X_CONFIG_TERMINAL_EVENT,
            name,
            len(records),
        )
    ]
    for entry in records:
        parts.append(_w.put(_w.USHORT, 183, entry.record_type, 2, _WIDE, name, "RecordType"))
        parts.append(_w.put(_w.USHORT, 302, entry.terminal_type, 2, _WIDE, name, "TerminalType"))
        parts.append(
            _w.put(
                _w.STRING, 303, entry.terminal_device_name, 64, _WIDE, name, "TerminalDeviceName"
            )
        )
        parts.append(
            _w.put(_w.STRING, 304, entry.terminal_type_name, 100, _WIDE, name, "TerminalTypeName")
        )
        count = _w.count_of((entry.instrument,), name, "NumInstruments")
        parts.append(_w.put(_w.USHORT, 305, count, 2, _WIDE, name, "NumInstruments"))
        for value in _w.values(entry.instrument, 10, name, "Instrument"):
            parts.append(_w.put(_w.STRING, 6, value, 64, _WIDE, name, "Instrument"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(276, parts)


def _encode_config_terminal_event(m: ConfigTerminalEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_config_terminal_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_config_terminal_event(m)
        records = m.records
        if records != ():
            return _careful_config_terminal_event(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_CONFIG_TERMINAL_EVENT.pack(
                2 + len(tail),
                276,
                len(records),
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_config_terminal_event(m)


@value_class
class SetAgentServiceDataConf(GeneratedMessage):
    """Response to a previous SET_AGENT_SERVICE_DATA_REQ request.

    SET_AGENT_SERVICE_DATA_CONF, MessageType 284, server to client.
    From: Application Level Interfaces (v25), SET_AGENT_SERVICE_DATA_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 284
    MESSAGE_NAME: ClassVar[str] = "SET_AGENT_SERVICE_DATA_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "status", "unknown_fields")

    invoke_id: int
    status: StatusCode | int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        status: StatusCode | int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "status", status)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SET_AGENT_SERVICE_DATA_CONF: Final = _w.builder(SetAgentServiceDataConf)
_S_SET_AGENT_SERVICE_DATA_CONF: Final = struct.Struct(">II")
_H_SET_AGENT_SERVICE_DATA_CONF: Final = struct.Struct(">IIII")  # header and fixed part
_X_SET_AGENT_SERVICE_DATA_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("Status", "I", 16),
)
_T_SET_AGENT_SERVICE_DATA_CONF: Final[_w.FieldTable] = {}


def _decode_set_agent_service_data_conf(buf: bytes, end: int) -> SetAgentServiceDataConf:
    if end < 16:
        raise _w.truncated("SET_AGENT_SERVICE_DATA_CONF", _X_SET_AGENT_SERVICE_DATA_CONF, end)
    _, unknown = _w.scan(
        buf, 16, end, _T_SET_AGENT_SERVICE_DATA_CONF, 0, "SET_AGENT_SERVICE_DATA_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SET_AGENT_SERVICE_DATA_CONF()
    (o.invoke_id, f1) = _S_SET_AGENT_SERVICE_DATA_CONF.unpack_from(buf, 8)
    o.status = _enum_StatusCode[f1]
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetAgentServiceDataConf
    return o  # type: ignore[no-any-return]


def _careful_set_agent_service_data_conf(m: SetAgentServiceDataConf) -> bytes:
    name = "SET_AGENT_SERVICE_DATA_CONF"
    parts = [
        _w.pack_fixed(
            _S_SET_AGENT_SERVICE_DATA_CONF,
            _X_SET_AGENT_SERVICE_DATA_CONF,
            name,
            m.invoke_id,
            m.status,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(284, parts)


def _encode_set_agent_service_data_conf(m: SetAgentServiceDataConf) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_set_agent_service_data_conf, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_set_agent_service_data_conf(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_SET_AGENT_SERVICE_DATA_CONF.pack(
                8 + len(tail),
                284,
                m.invoke_id,
                m.status,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_set_agent_service_data_conf(m)


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
        268: StartNetworkRecordingReq,
        269: StartNetworkRecordingConf,
        270: StopNetworkRecordingReq,
        271: StopNetworkRecordingConf,
        272: NetworkRecordingStartedEvent,
        273: NetworkRecordingEndedEvent,
        274: NetworkRecordingFailedEvent,
        275: NetworkRecordingTargetInfoEvent,
        276: ConfigTerminalEvent,
        278: ActiveMaintenanceReq,
        279: ActiveMaintenanceResp,
        280: ActiveMaintenanceEvent,
        282: ConfigAgentServiceEvent,
        283: SetAgentServiceDataReq,
        284: SetAgentServiceDataConf,
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
        262: "AGENT_TASKS_EVENT",
        263: "SNAPSHOT_TASK_EVENT",
        264: "AGENT_TASKS_REQUEST_EVENT",
        265: "AGENT_TASKS_END_EVENT",
        266: "DESKTOP_CONNECTED_IND",
        268: "START_NETWORK_RECORDING_REQ",
        269: "START_NETWORK_RECORDING_CONF",
        270: "STOP_NETWORK_RECORDING_REQ",
        271: "STOP_NETWORK_RECORDING_CONF",
        272: "NETWORK_RECORDING_STARTED_EVENT",
        273: "NETWORK_RECORDING_ENDED_EVENT",
        274: "NETWORK_RECORDING_FAILED_EVENT",
        275: "NETWORK_RECORDING_TARGET_INFO_EVENT",
        276: "CONFIG_TERMINAL_EVENT",
        277: "STANDBY_ACTIVE_EVENT",
        278: "ACTIVE_MAINTENANCE_REQ",
        279: "ACTIVE_MAINTENANCE_RESP",
        280: "ACTIVE_MAINTENANCE_EVENT",
        281: "STOPPING_REQUESTS_TO_THIS_SIDE_IND",
        282: "CONFIG_AGENT_SERVICE_EVENT",
        283: "SET_AGENT_SERVICE_DATA_REQ",
        284: "SET_AGENT_SERVICE_DATA_CONF",
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
    268: _decode_start_network_recording_req,
    269: _decode_start_network_recording_conf,
    270: _decode_stop_network_recording_req,
    271: _decode_stop_network_recording_conf,
    272: _decode_network_recording_started_event,
    273: _decode_network_recording_ended_event,
    274: _decode_network_recording_failed_event,
    275: _decode_network_recording_target_info_event,
    276: _decode_config_terminal_event,
    278: _decode_active_maintenance_req,
    279: _decode_active_maintenance_resp,
    280: _decode_active_maintenance_event,
    282: _decode_config_agent_service_event,
    283: _decode_set_agent_service_data_req,
    284: _decode_set_agent_service_data_conf,
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
    StartNetworkRecordingReq: _encode_start_network_recording_req,
    StartNetworkRecordingConf: _encode_start_network_recording_conf,
    StopNetworkRecordingReq: _encode_stop_network_recording_req,
    StopNetworkRecordingConf: _encode_stop_network_recording_conf,
    NetworkRecordingStartedEvent: _encode_network_recording_started_event,
    NetworkRecordingEndedEvent: _encode_network_recording_ended_event,
    NetworkRecordingFailedEvent: _encode_network_recording_failed_event,
    NetworkRecordingTargetInfoEvent: _encode_network_recording_target_info_event,
    ConfigTerminalEvent: _encode_config_terminal_event,
    ActiveMaintenanceReq: _encode_active_maintenance_req,
    ActiveMaintenanceResp: _encode_active_maintenance_resp,
    ActiveMaintenanceEvent: _encode_active_maintenance_event,
    ConfigAgentServiceEvent: _encode_config_agent_service_event,
    SetAgentServiceDataReq: _encode_set_agent_service_data_req,
    SetAgentServiceDataConf: _encode_set_agent_service_data_conf,
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
            f"{type(message).__name__} is not a Protocol Version 25 message",
            message=type(message).__name__,
        )
    if len(frame) > MAX_MESSAGE_SIZE:
        raise _w.too_long(frame, message.MESSAGE_NAME, MAX_MESSAGE_SIZE)
    return frame


def frame_decoder() -> FrameDecoder:
    """A :class:`ctiwire.FrameDecoder` bounded by this version's largest message."""
    return FrameDecoder(MAX_MESSAGE_SIZE)

"""Messages of CTI Server Protocol Version 23: classes, decoders and encoders.

Generated from spec/ by ``python -m codegen``: do not edit.

A message whose definition is the same as in an earlier version (same fields, same wire format)
is not repeated: it is imported from the first version that has it, so ``ctiwire.v23`` and
that version share the class. What is defined below is new or different in Version 23.
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
    ClearCallConf,
    ClearCallReq,
    ClearConnectionConf,
    ClearConnectionReq,
    ClientEventReportConf,
    ClientEventReportReq,
    ClientSessionClosedEvent,
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
    MonitorStopConf,
    MonitorStopReq,
    OpenConf,
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
    _decode_clear_call_conf,
    _decode_clear_call_req,
    _decode_clear_connection_conf,
    _decode_clear_connection_req,
    _decode_client_event_report_conf,
    _decode_client_event_report_req,
    _decode_client_session_closed_event,
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
    _decode_monitor_stop_conf,
    _decode_monitor_stop_req,
    _decode_open_conf,
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
    _encode_clear_call_conf,
    _encode_clear_call_req,
    _encode_clear_connection_conf,
    _encode_clear_connection_req,
    _encode_client_event_report_conf,
    _encode_client_event_report_req,
    _encode_client_session_closed_event,
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
    _encode_monitor_stop_conf,
    _encode_monitor_stop_req,
    _encode_open_conf,
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
from ctiwire.v22.messages import (
    AgentStateEvent,
    ConfigAgentDeskSettingsEvent,
    ConfigAgentDeskSettingsRecord,
    ConfigAgentEvent,
    ConfigAgentRecord,
    ConfigBeginEvent,
    ConfigKeyEvent,
    ConfigPeripheralEvent,
    ConfigPeripheralRecord,
    ConfigRequestEvent,
    ConfigSkillGroupEvent,
    ConfigSkillGroupRecord,
    QueryAgentStateConf,
    _decode_agent_state_event,
    _decode_config_agent_desk_settings_event,
    _decode_config_agent_event,
    _decode_config_begin_event,
    _decode_config_key_event,
    _decode_config_peripheral_event,
    _decode_config_request_event,
    _decode_config_skill_group_event,
    _decode_query_agent_state_conf,
    _encode_agent_state_event,
    _encode_config_agent_desk_settings_event,
    _encode_config_agent_event,
    _encode_config_begin_event,
    _encode_config_key_event,
    _encode_config_peripheral_event,
    _encode_config_request_event,
    _encode_config_skill_group_event,
    _encode_query_agent_state_conf,
    _new_ConfigAgentDeskSettingsRecord,
    _new_ConfigAgentRecord,
    _new_ConfigPeripheralRecord,
    _new_ConfigSkillGroupRecord,
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
    "StartNetworkRecordingReq",
    "StartNetworkRecordingConf",
    "StopNetworkRecordingReq",
    "StopNetworkRecordingConf",
    "NetworkRecordingStartedEvent",
    "NetworkRecordingEndedEvent",
    "NetworkRecordingFailedEvent",
    "NetworkRecordingTargetInfoEvent",
]

PROTOCOL_VERSION: Final = 23
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
_enum_PeripheralType: Final = _w.EnumMap(PeripheralType)
_enum_DeviceIDType: Final = _w.EnumMap(DeviceIDType)
_enum_ConnectionDeviceIDType: Final = _w.EnumMap(ConnectionDeviceIDType)
_enum_LineType: Final = _w.EnumMap(LineType)
_enum_TypeOfDevice: Final = _w.EnumMap(TypeOfDevice)
_mask_ConfigEventMask: Final = _w.FlagCache(ConfigEventMask)
_mask_TransferConferenceSetupMask: Final = _w.FlagCache(TransferConferenceSetupMask)
_mask_CallControlMask: Final = _w.FlagCache(CallControlMask)
_mask_OtherFeatureMask: Final = _w.FlagCache(OtherFeatureMask)
_mask_CTIServiceMask: Final = _w.FlagCache(CTIServiceMask)
_mask_CallEventMask: Final = _w.FlagCache(CallEventMask)
_mask_AgentStateMask: Final = _w.FlagCache(AgentStateMask)
_mask_ClassOfDevice: Final = _w.FlagCache(ClassOfDevice)


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
class MonitorStartReq(GeneratedMessage):
    """Request to start monitoring of a given call or device.

    MONITOR_START_REQ, MessageType 93, client to server.
    From: Application Level Interfaces (v25), MONITOR_START_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 93
    MESSAGE_NAME: ClassVar[str] = "MONITOR_START_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "call_msg_mask",
        "agent_state_mask",
        "connection_device_id_type",
        "monitored_device_type",
        "connection_device_id",
        "monitored_device_id",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    call_msg_mask: CallEventMask | int
    agent_state_mask: AgentStateMask | int
    connection_device_id_type: ConnectionDeviceIDType | int
    monitored_device_type: DeviceIDType | int
    connection_device_id: str | None
    monitored_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        call_msg_mask: CallEventMask | int = 0,
        agent_state_mask: AgentStateMask | int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        monitored_device_type: DeviceIDType | int = 0,
        connection_device_id: str | None = None,
        monitored_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "call_msg_mask", call_msg_mask)
        _set(self, "agent_state_mask", agent_state_mask)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "monitored_device_type", monitored_device_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "monitored_device_id", monitored_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_MONITOR_START_REQ: Final = _w.builder(MonitorStartReq)
_S_MONITOR_START_REQ: Final = struct.Struct(">IIIIIHH")
_H_MONITOR_START_REQ: Final = struct.Struct(">IIIIIIIHH")  # header and fixed part
_X_MONITOR_START_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("CallMsgMask", "I", 24),
    ("AgentStateMask", "I", 28),
    ("ConnectionDeviceIDType", "H", 30),
    ("MonitoredDeviceType", "H", 32),
)
_T_MONITOR_START_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    76: (1, _w.STRING, False, "MonitoredDeviceID"),
}
_FAST_MONITOR_START_REQ: Final = _fast_slots(
    {
        25: 0,
        76: 1,
    }
)


def _decode_monitor_start_req(buf: bytes, end: int) -> MonitorStartReq:
    if end < 32:
        raise _w.truncated("MONITOR_START_REQ", _X_MONITOR_START_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 32
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_MONITOR_START_REQ.get(tag)
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
                _T_MONITOR_START_REQ,
                unknown,
                "MONITOR_START_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(buf, 32, end, _T_MONITOR_START_REQ, 2, "MONITOR_START_REQ", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MONITOR_START_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3, f4, f5, f6) = (
        _S_MONITOR_START_REQ.unpack_from(buf, 8)
    )
    o.call_msg_mask = _mask_CallEventMask[f3]
    o.agent_state_mask = _mask_AgentStateMask[f4]
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f5]
    o.monitored_device_type = _enum_DeviceIDType[f6]
    (o.connection_device_id, o.monitored_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MonitorStartReq
    return o  # type: ignore[no-any-return]


def _careful_monitor_start_req(m: MonitorStartReq) -> bytes:
    name = "MONITOR_START_REQ"
    parts = [
        _w.pack_fixed(
            _S_MONITOR_START_REQ,
            _X_MONITOR_START_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.call_msg_mask,
            m.agent_state_mask,
            m.connection_device_id_type,
            m.monitored_device_type,
        )
    ]
    if m.connection_device_id is not None:
        part = _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
        parts.append(part)
    if m.monitored_device_id is not None:
        part = _w.put(_w.STRING, 76, m.monitored_device_id, 64, _WIDE, name, "MonitoredDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(93, parts)


def _encode_monitor_start_req(m: MonitorStartReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_monitor_start_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_monitor_start_req(m)
        p: list[bytes] = []
        v0 = m.connection_device_id
        if v0 is not None:
            d = v0.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_monitor_start_req(m)
            p += (_w.HEAD2(25, n), d, _NUL)
        v1 = m.monitored_device_id
        if v1 is not None:
            d = v1.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_monitor_start_req(m)
            p += (_w.HEAD2(76, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_MONITOR_START_REQ.pack(
                24 + len(tail),
                93,
                m.invoke_id,
                m.peripheral_id,
                m.connection_call_id,
                m.call_msg_mask,
                m.agent_state_mask,
                m.connection_device_id_type,
                m.monitored_device_type,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_monitor_start_req(m)


@value_class
class ChangeMonitorMaskReq(GeneratedMessage):
    """Request to change the message masks of a given call or device monitor.

    CHANGE_MONITOR_MASK_REQ, MessageType 97, client to server.
    From: Application Level Interfaces (v25), CHANGE_MONITOR_MASK_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 97
    MESSAGE_NAME: ClassVar[str] = "CHANGE_MONITOR_MASK_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "monitor_id", "call_msg_mask", "agent_state_mask", "unknown_fields")

    invoke_id: int
    monitor_id: int
    call_msg_mask: CallEventMask | int
    agent_state_mask: AgentStateMask | int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        monitor_id: int = 0,
        call_msg_mask: CallEventMask | int = 0,
        agent_state_mask: AgentStateMask | int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "monitor_id", monitor_id)
        _set(self, "call_msg_mask", call_msg_mask)
        _set(self, "agent_state_mask", agent_state_mask)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CHANGE_MONITOR_MASK_REQ: Final = _w.builder(ChangeMonitorMaskReq)
_S_CHANGE_MONITOR_MASK_REQ: Final = struct.Struct(">IIII")
_H_CHANGE_MONITOR_MASK_REQ: Final = struct.Struct(">IIIIII")  # header and fixed part
_X_CHANGE_MONITOR_MASK_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("MonitorID", "I", 16),
    ("CallMsgMask", "I", 20),
    ("AgentStateMask", "I", 24),
)
_T_CHANGE_MONITOR_MASK_REQ: Final[_w.FieldTable] = {}


def _decode_change_monitor_mask_req(buf: bytes, end: int) -> ChangeMonitorMaskReq:
    if end < 24:
        raise _w.truncated("CHANGE_MONITOR_MASK_REQ", _X_CHANGE_MONITOR_MASK_REQ, end)
    _, unknown = _w.scan(
        buf, 24, end, _T_CHANGE_MONITOR_MASK_REQ, 0, "CHANGE_MONITOR_MASK_REQ", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CHANGE_MONITOR_MASK_REQ()
    (o.invoke_id, o.monitor_id, f2, f3) = _S_CHANGE_MONITOR_MASK_REQ.unpack_from(buf, 8)
    o.call_msg_mask = _mask_CallEventMask[f2]
    o.agent_state_mask = _mask_AgentStateMask[f3]
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ChangeMonitorMaskReq
    return o  # type: ignore[no-any-return]


def _careful_change_monitor_mask_req(m: ChangeMonitorMaskReq) -> bytes:
    name = "CHANGE_MONITOR_MASK_REQ"
    parts = [
        _w.pack_fixed(
            _S_CHANGE_MONITOR_MASK_REQ,
            _X_CHANGE_MONITOR_MASK_REQ,
            name,
            m.invoke_id,
            m.monitor_id,
            m.call_msg_mask,
            m.agent_state_mask,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(97, parts)


def _encode_change_monitor_mask_req(m: ChangeMonitorMaskReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_change_monitor_mask_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_change_monitor_mask_req(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_CHANGE_MONITOR_MASK_REQ.pack(
                16 + len(tail),
                97,
                m.invoke_id,
                m.monitor_id,
                m.call_msg_mask,
                m.agent_state_mask,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_change_monitor_mask_req(m)


@value_class
class ClientSessionOpenedEvent(GeneratedMessage):
    """Notification that a new CTI Client session has been opened.

    CLIENT_SESSION_OPENED_EVENT, MessageType 99, server to client.
    From: Application Level Interfaces (v25), CLIENT_SESSION_OPENED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 99
    MESSAGE_NAME: ClassVar[str] = "CLIENT_SESSION_OPENED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "session_id",
        "peripheral_id",
        "services_granted",
        "call_msg_mask",
        "agent_state_mask",
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
    services_granted: CTIServiceMask | int
    call_msg_mask: CallEventMask | int
    agent_state_mask: AgentStateMask | int
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
        services_granted: CTIServiceMask | int = 0,
        call_msg_mask: CallEventMask | int = 0,
        agent_state_mask: AgentStateMask | int = 0,
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
        _set(self, "services_granted", services_granted)
        _set(self, "call_msg_mask", call_msg_mask)
        _set(self, "agent_state_mask", agent_state_mask)
        _set(self, "client_port", client_port)
        _set(self, "client_address", client_address)
        _set(self, "client_id", client_id)
        _set(self, "client_signature", client_signature)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CLIENT_SESSION_OPENED_EVENT: Final = _w.builder(ClientSessionOpenedEvent)
_S_CLIENT_SESSION_OPENED_EVENT: Final = struct.Struct(">IIIIII")
_H_CLIENT_SESSION_OPENED_EVENT: Final = struct.Struct(">IIIIIIII")  # header and fixed part
_X_CLIENT_SESSION_OPENED_EVENT: Final[_w.FixedFields] = (
    ("SessionID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ServicesGranted", "I", 20),
    ("CallMsgMask", "I", 24),
    ("AgentStateMask", "I", 28),
    ("ClientPort", "I", 32),
)
_T_CLIENT_SESSION_OPENED_EVENT: Final[_w.FieldTable] = {
    81: (0, _w.STRING, False, "ClientAddress"),
    1: (1, _w.STRING, False, "ClientID"),
    3: (2, _w.STRING, False, "ClientSignature"),
    4: (3, _w.STRING, False, "AgentExtension"),
    5: (4, _w.STRING, False, "AgentID"),
    6: (5, _w.STRING, False, "AgentInstrument"),
}
_FAST_CLIENT_SESSION_OPENED_EVENT: Final = _fast_slots(
    {
        81: 0,
        1: 1,
        3: 2,
        4: 3,
        5: 4,
        6: 5,
    }
)


def _decode_client_session_opened_event(buf: bytes, end: int) -> ClientSessionOpenedEvent:
    if end < 32:
        raise _w.truncated("CLIENT_SESSION_OPENED_EVENT", _X_CLIENT_SESSION_OPENED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 6
    unknown: list[UnknownField] = []
    pos = 32
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_CLIENT_SESSION_OPENED_EVENT.get(tag)
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
                _T_CLIENT_SESSION_OPENED_EVENT,
                unknown,
                "CLIENT_SESSION_OPENED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 32, end, _T_CLIENT_SESSION_OPENED_EVENT, 6, "CLIENT_SESSION_OPENED_EVENT", _HEAD
        )
    if vals[1] is None:
        raise _w.missing("CLIENT_SESSION_OPENED_EVENT", "ClientID", end)
    if vals[2] is None:
        raise _w.missing("CLIENT_SESSION_OPENED_EVENT", "ClientSignature", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CLIENT_SESSION_OPENED_EVENT()
    (o.session_id, o.peripheral_id, f2, f3, f4, o.client_port) = (
        _S_CLIENT_SESSION_OPENED_EVENT.unpack_from(buf, 8)
    )
    o.services_granted = _mask_CTIServiceMask[f2]
    o.call_msg_mask = _mask_CallEventMask[f3]
    o.agent_state_mask = _mask_AgentStateMask[f4]
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
    o.__class__ = ClientSessionOpenedEvent
    return o  # type: ignore[no-any-return]


def _careful_client_session_opened_event(m: ClientSessionOpenedEvent) -> bytes:
    name = "CLIENT_SESSION_OPENED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CLIENT_SESSION_OPENED_EVENT,
            _X_CLIENT_SESSION_OPENED_EVENT,
            name,
            m.session_id,
            m.peripheral_id,
            m.services_granted,
            m.call_msg_mask,
            m.agent_state_mask,
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
    return _w.frame(99, parts)


def _encode_client_session_opened_event(m: ClientSessionOpenedEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_client_session_opened_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_client_session_opened_event(m)
        p: list[bytes] = []
        v0 = m.client_address
        if v0 is not None:
            d = v0.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_client_session_opened_event(m)
            p += (_w.HEAD2(81, n), d, _NUL)
        v1 = m.client_id
        d = v1.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_client_session_opened_event(m)
        p += (_w.HEAD2(1, n), d, _NUL)
        v2 = m.client_signature
        d = v2.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_client_session_opened_event(m)
        p += (_w.HEAD2(3, n), d, _NUL)
        v3 = m.agent_extension
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 16:
                return _careful_client_session_opened_event(m)
            p += (_w.HEAD2(4, n), d, _NUL)
        v4 = m.agent_id
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_client_session_opened_event(m)
            p += (_w.HEAD2(5, n), d, _NUL)
        v5 = m.agent_instrument
        if v5 is not None:
            d = v5.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_client_session_opened_event(m)
            p += (_w.HEAD2(6, n), d, _NUL)
        tail = b"".join(p)
        return (
            _H_CLIENT_SESSION_OPENED_EVENT.pack(
                24 + len(tail),
                99,
                m.session_id,
                m.peripheral_id,
                m.services_granted,
                m.call_msg_mask,
                m.agent_state_mask,
                m.client_port,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_client_session_opened_event(m)


@value_class
class StartNetworkRecordingReq(GeneratedMessage):
    """Requests the CTI Server to start recording a call; the call must be connected first.

    START_NETWORK_RECORDING_REQ, MessageType 267, client to server.
    From: Application Level Interfaces (v25), Client Control Service, START_NETWORK_RECORDING_REQ.
    """

    MESSAGE_TYPE: ClassVar[int] = 267
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
    return _w.frame(267, parts)


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
                267,
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

    START_NETWORK_RECORDING_CONF, MessageType 268, server to client.
    From: Application Level Interfaces (v25), Client Control Service, untitled table after START_NETWORK_RECORDING_REQ (MessageType = 269).
    """

    MESSAGE_TYPE: ClassVar[int] = 268
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
    return _w.frame(268, parts)


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
                268,
                m.invoke_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_start_network_recording_conf(m)


@value_class
class StopNetworkRecordingReq(GeneratedMessage):
    """Requests the CTI Server to stop recording a call; the call must be connected.

    STOP_NETWORK_RECORDING_REQ, MessageType 269, client to server.
    From: Application Level Interfaces (v25), Client Control Service, STOP_NETWORK_RECORDING_REQ.
    """

    MESSAGE_TYPE: ClassVar[int] = 269
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
    return _w.frame(269, parts)


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
                269,
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

    STOP_NETWORK_RECORDING_CONF, MessageType 270, server to client.
    From: Application Level Interfaces (v25), Client Control Service, untitled table after STOP_NETWORK_RECORDING_REQ (MessageType = 271).
    """

    MESSAGE_TYPE: ClassVar[int] = 270
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
    return _w.frame(270, parts)


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
                270,
                m.invoke_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_stop_network_recording_conf(m)


@value_class
class NetworkRecordingStartedEvent(GeneratedMessage):
    """Sent by the CTI Server to indicate the start of recording at the recording server.

    NETWORK_RECORDING_STARTED_EVENT, MessageType 271, server to client.
    From: Application Level Interfaces (v25), NETWORK_RECORDING_STARTED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 271
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
    return _w.frame(271, parts)


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
                271,
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

    NETWORK_RECORDING_ENDED_EVENT, MessageType 272, server to client.
    From: Application Level Interfaces (v25), NETWORK_RECORDING_ENDED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 272
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
    return _w.frame(272, parts)


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
        return _careful_network_recording_ended_event(m)


@value_class
class NetworkRecordingFailedEvent(GeneratedMessage):
    """Sent by the CTI Server to indicate that recording failed at the recording server.

    NETWORK_RECORDING_FAILED_EVENT, MessageType 273, server to client.
    From: Application Level Interfaces (v25), NETWORK_RECORDING_FAILED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 273
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
    return _w.frame(273, parts)


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
                273,
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

    NETWORK_RECORDING_TARGET_INFO_EVENT, MessageType 274, server to client.
    From: Application Level Interfaces (v25), NETWORK_RECORDING_TARGET_INFO_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 274
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
    return _w.frame(274, parts)


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
                274,
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
        267: StartNetworkRecordingReq,
        268: StartNetworkRecordingConf,
        269: StopNetworkRecordingReq,
        270: StopNetworkRecordingConf,
        271: NetworkRecordingStartedEvent,
        272: NetworkRecordingEndedEvent,
        273: NetworkRecordingFailedEvent,
        274: NetworkRecordingTargetInfoEvent,
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
        267: "START_NETWORK_RECORDING_REQ",
        268: "START_NETWORK_RECORDING_CONF",
        269: "STOP_NETWORK_RECORDING_REQ",
        270: "STOP_NETWORK_RECORDING_CONF",
        271: "NETWORK_RECORDING_STARTED_EVENT",
        272: "NETWORK_RECORDING_ENDED_EVENT",
        273: "NETWORK_RECORDING_FAILED_EVENT",
        274: "NETWORK_RECORDING_TARGET_INFO_EVENT",
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
    267: _decode_start_network_recording_req,
    268: _decode_start_network_recording_conf,
    269: _decode_stop_network_recording_req,
    270: _decode_stop_network_recording_conf,
    271: _decode_network_recording_started_event,
    272: _decode_network_recording_ended_event,
    273: _decode_network_recording_failed_event,
    274: _decode_network_recording_target_info_event,
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
            f"{type(message).__name__} is not a Protocol Version 23 message",
            message=type(message).__name__,
        )
    if len(frame) > MAX_MESSAGE_SIZE:
        raise _w.too_long(frame, message.MESSAGE_NAME, MAX_MESSAGE_SIZE)
    return frame


def frame_decoder() -> FrameDecoder:
    """A :class:`ctiwire.FrameDecoder` bounded by this version's largest message."""
    return FrameDecoder(MAX_MESSAGE_SIZE)

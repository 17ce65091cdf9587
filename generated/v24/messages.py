"""Messages of CTI Server Protocol Version 24: classes, decoders and encoders.

Generated from spec/ by ``python -m codegen``: do not edit.

A message whose definition is the same as in an earlier version (same fields, same wire format)
is not repeated: it is imported from the first version that has it, so ``ctiwire.v24`` and
that version share the class. What is defined below is new or different in Version 24.
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
    EndCallEvent,
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
    _decode_end_call_event,
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
    _encode_end_call_event,
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
    ConfigKeyEvent,
    ConfigPeripheralEvent,
    ConfigPeripheralRecord,
    ConfigSkillGroupEvent,
    ConfigSkillGroupRecord,
    QueryAgentStateConf,
    _decode_agent_state_event,
    _decode_config_agent_desk_settings_event,
    _decode_config_agent_event,
    _decode_config_key_event,
    _decode_config_peripheral_event,
    _decode_config_skill_group_event,
    _decode_query_agent_state_conf,
    _encode_agent_state_event,
    _encode_config_agent_desk_settings_event,
    _encode_config_agent_event,
    _encode_config_key_event,
    _encode_config_peripheral_event,
    _encode_config_skill_group_event,
    _encode_query_agent_state_conf,
    _new_ConfigAgentDeskSettingsRecord,
    _new_ConfigAgentRecord,
    _new_ConfigPeripheralRecord,
    _new_ConfigSkillGroupRecord,
)
from ctiwire.v23.messages import (
    ChangeMonitorMaskReq,
    MonitorStartReq,
    NetworkRecordingEndedEvent,
    NetworkRecordingFailedEvent,
    NetworkRecordingStartedEvent,
    NetworkRecordingTargetInfoEvent,
    QueryDeviceInfoConf,
    StartNetworkRecordingConf,
    StartNetworkRecordingReq,
    StopNetworkRecordingConf,
    StopNetworkRecordingReq,
    _decode_change_monitor_mask_req,
    _decode_monitor_start_req,
    _decode_network_recording_ended_event,
    _decode_network_recording_failed_event,
    _decode_network_recording_started_event,
    _decode_network_recording_target_info_event,
    _decode_query_device_info_conf,
    _decode_start_network_recording_conf,
    _decode_start_network_recording_req,
    _decode_stop_network_recording_conf,
    _decode_stop_network_recording_req,
    _encode_change_monitor_mask_req,
    _encode_monitor_start_req,
    _encode_network_recording_ended_event,
    _encode_network_recording_failed_event,
    _encode_network_recording_started_event,
    _encode_network_recording_target_info_event,
    _encode_query_device_info_conf,
    _encode_start_network_recording_conf,
    _encode_start_network_recording_req,
    _encode_stop_network_recording_conf,
    _encode_stop_network_recording_req,
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
    "ActiveMaintenanceReq",
    "ActiveMaintenanceResp",
    "ActiveMaintenanceEvent",
    "ConfigAgentServiceEvent",
    "SetAgentServiceDataReq",
    "SetAgentServiceDataConf",
]

PROTOCOL_VERSION: Final = 24
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
_enum_CallType: Final = _w.EnumMap(CallType)
_enum_ConfigRecordType: Final = _w.EnumMap(ConfigRecordType)
_enum_StatusCode: Final = _w.EnumMap(StatusCode)
_enum_AgentState: Final = _w.EnumMap(AgentState)
_enum_PeripheralType: Final = _w.EnumMap(PeripheralType)
_enum_LocalConnectionState: Final = _w.EnumMap(LocalConnectionState)
_enum_DeviceIDType: Final = _w.EnumMap(DeviceIDType)
_enum_ConnectionDeviceIDType: Final = _w.EnumMap(ConnectionDeviceIDType)
_enum_DispositionCode: Final = _w.EnumMap(DispositionCode)
_mask_ConfigEventMask: Final = _w.FlagCache(ConfigEventMask)
_mask_CTIServiceMask: Final = _w.FlagCache(CTIServiceMask)
_mask_CallEventMask: Final = _w.FlagCache(CallEventMask)
_mask_AgentStateMask: Final = _w.FlagCache(AgentStateMask)
_mask_PGStatusCode: Final = _w.FlagCache(PGStatusCode)


@value_class
class ConfigAgentServiceRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "agent_skill_target_id",
        "flt_enabled_services",
        "record_type",
    )
    agent_skill_target_id: int
    flt_enabled_services: tuple[int, ...]
    record_type: ConfigRecordType | int

    def __init__(
        self,
        *,
        agent_skill_target_id: int,
        flt_enabled_services: tuple[int, ...] = (),
        record_type: ConfigRecordType | int,
    ) -> None:
        _set(self, "agent_skill_target_id", agent_skill_target_id)
        _set(self, "flt_enabled_services", flt_enabled_services)
        _set(self, "record_type", record_type)


_new_ConfigAgentServiceRecord = _w.fast_constructor(ConfigAgentServiceRecord)


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
        "protocol_reference_gu_id",
        "ccai_config_id",
        "num_of_enabled_services",
        "flt_enabled_services",
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
    protocol_reference_gu_id: str | None
    ccai_config_id: str | None
    num_of_enabled_services: int | None
    flt_enabled_services: tuple[int, ...]
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
        protocol_reference_gu_id: str | None = None,
        ccai_config_id: str | None = None,
        num_of_enabled_services: int | None = None,
        flt_enabled_services: tuple[int, ...] = (),
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
        _set(self, "protocol_reference_gu_id", protocol_reference_gu_id)
        _set(self, "ccai_config_id", ccai_config_id)
        _set(self, "num_of_enabled_services", num_of_enabled_services)
        _set(self, "flt_enabled_services", flt_enabled_services)
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
    294: (32, _w.STRING, False, "ProtocolReferenceGUID"),
    311: (33, _w.STRING, False, "CcaiConfigId"),
    310: (34, _w.USHORT, False, "NumOfEnabledServices"),
    309: (35, _w.USHORT, True, "FltEnabledServices"),
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
        294: 32,
        311: 33,
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
    310: (34, _w.UNPACK_USHORT, 2, False),
    309: (35, _w.UNPACK_USHORT, 2, True),
}


def _decode_snapshot_call_conf(buf: bytes, end: int) -> SnapshotCallConf:
    if end < 24:
        raise _w.truncated("SNAPSHOT_CALL_CONF", _X_SNAPSHOT_CALL_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 36
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_SNAPSHOT_CALL_CONF.get(tag)
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
            buf, 24, end, _T_SNAPSHOT_CALL_CONF, 36, "SNAPSHOT_CALL_CONF", _HEAD
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
        o.protocol_reference_gu_id,
        o.ccai_config_id,
        o.num_of_enabled_services,
        v35,
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
    o.flt_enabled_services = tuple(v35 or ())
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
    if m.protocol_reference_gu_id is not None:
        part = _w.put(
            _w.STRING, 294, m.protocol_reference_gu_id, 40, _WIDE, name, "ProtocolReferenceGUID"
        )
        parts.append(part)
    if m.ccai_config_id is not None:
        part = _w.put(_w.STRING, 311, m.ccai_config_id, 40, _WIDE, name, "CcaiConfigId")
        parts.append(part)
    if m.num_of_enabled_services is not None:
        part = _w.put(
            _w.USHORT, 310, m.num_of_enabled_services, 2, _WIDE, name, "NumOfEnabledServices"
        )
        parts.append(part)
    for value in _w.sequence(m.flt_enabled_services, name, "FltEnabledServices"):
        part = _w.put(_w.USHORT, 309, value, 2, _WIDE, name, "FltEnabledServices")
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
            p += (_w.HEAD2(8, n), d, _NUL)
        v1 = m.user_to_user_info
        if v1 is not None:
            if type(v1) is not bytes or len(v1) > 131:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(9, len(v1)), v1)
        v2 = m.dnis
        if v2 is not None:
            d = v2.encode()
            n = len(d) + 1
            if n > 32:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(10, n), d, _NUL)
        v3 = m.dialed_number
        if v3 is not None:
            d = v3.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(11, n), d, _NUL)
        v4 = m.caller_entered_digits
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(12, n), d, _NUL)
        v5 = m.router_call_key_day
        if v5 is not None:
            p += (b"\x00H\x00\x04", _w.PACK_UINT(v5))
        v6 = m.router_call_key_call_id
        if v6 is not None:
            p += (b"\x00I\x00\x04", _w.PACK_UINT(v6))
        v7 = m.call_variable1
        if v7 is not None:
            d = v7.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(13, n), d, _NUL)
        v8 = m.call_variable2
        if v8 is not None:
            d = v8.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(14, n), d, _NUL)
        v9 = m.call_variable3
        if v9 is not None:
            d = v9.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(15, n), d, _NUL)
        v10 = m.call_variable4
        if v10 is not None:
            d = v10.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(16, n), d, _NUL)
        v11 = m.call_variable5
        if v11 is not None:
            d = v11.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(17, n), d, _NUL)
        v12 = m.call_variable6
        if v12 is not None:
            d = v12.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(18, n), d, _NUL)
        v13 = m.call_variable7
        if v13 is not None:
            d = v13.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(19, n), d, _NUL)
        v14 = m.call_variable8
        if v14 is not None:
            d = v14.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(20, n), d, _NUL)
        v15 = m.call_variable9
        if v15 is not None:
            d = v15.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(21, n), d, _NUL)
        v16 = m.call_variable10
        if v16 is not None:
            d = v16.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(22, n), d, _NUL)
        v17 = m.call_wrapup_data
        if v17 is not None:
            d = v17.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(46, n), d, _NUL)
        for v18 in named_variables:
            if type(v18) is not NamedVar:
                return _careful_snapshot_call_conf(m)
            d = v18.name.encode() + _NUL + v18.value.encode() + _NUL
            n = len(d)
            if n > 251:
                return _careful_snapshot_call_conf(m)
            named += n
            p += (_w.HEAD2(82, n), d)
        for cti_clients_entry in cti_clients:
            if type(cti_clients_entry) is not CTIClient:
                return _careful_snapshot_call_conf(m)
            v20 = cti_clients_entry.cti_client_signature
            d = v20.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(23, n), d, _NUL)
            v21 = cti_clients_entry.cti_client_timestamp
            p += (b"\x00\x18\x00\x04", _w.PACK_TIME(v21))
        for call_devices_entry in call_devices:
            if type(call_devices_entry) is not CallDevice:
                return _careful_snapshot_call_conf(m)
            v22 = call_devices_entry.call_connection_call_id
            p += (b"\x008\x00\x04", _w.PACK_UINT(v22))
            v23 = call_devices_entry.call_connection_device_id_type
            p += (b"\x009\x00\x02", _w.PACK_USHORT(v23))
            v24 = call_devices_entry.call_connection_device_id
            d = v24.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(58, n), d, _NUL)
            v25 = call_devices_entry.call_device_type
            p += (b"\x00;\x00\x02", _w.PACK_USHORT(v25))
            v26 = call_devices_entry.call_device_id
            d = v26.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(60, n), d, _NUL)
            v27 = call_devices_entry.call_device_connection_state
            p += (b"\x00=\x00\x02", _w.PACK_USHORT(v27))
        v28 = m.call_reference_id
        if v28 is not None:
            if type(v28) is not bytes or len(v28) > 32:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(223, len(v28)), v28)
        v29 = m.coc_connection_call_id
        if v29 is not None:
            p += (b"\x00\xe5\x00\x04", _w.PACK_UINT(v29))
        v30 = m.coc_call_connection_device_id_type
        if v30 is not None:
            p += (b"\x00\xe6\x00\x02", _w.PACK_USHORT(v30))
        v31 = m.coc_call_connection_device_id
        if v31 is not None:
            d = v31.encode()
            n = len(d) + 1
            if n > 64:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(231, n), d, _NUL)
        v32 = m.protocol_reference_gu_id
        if v32 is not None:
            d = v32.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(294, n), d, _NUL)
        v33 = m.ccai_config_id
        if v33 is not None:
            d = v33.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_snapshot_call_conf(m)
            p += (_w.HEAD2(311, n), d, _NUL)
        v34 = m.num_of_enabled_services
        if v34 is not None:
            p += (b"\x016\x00\x02", _w.PACK_USHORT(v34))
        r35 = m.flt_enabled_services
        if type(r35) is not tuple:
            return _careful_snapshot_call_conf(m)
        for v35 in r35:
            p += (b"\x015\x00\x02", _w.PACK_USHORT(v35))
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
class AgentPreCallEvent(GeneratedMessage):
    """When a call or task is routed to Enterprise Agent (announces the call context before the call arrives).

    AGENT_PRE_CALL_EVENT, MessageType 105, server to client.
    From: Application Level Interfaces (v25), AGENT_PRE_CALL_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 105
    MESSAGE_NAME: ClassVar[str] = "AGENT_PRE_CALL_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "service_number",
        "service_id",
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
        "mrd_id",
        "agent_skill_target_id",
        "agent_instrument",
        "router_call_key_day",
        "router_call_key_call_id",
        "router_call_key_sequence_number",
        "ani",
        "user_to_user_info",
        "dialed_number",
        "caller_entered_digits",
        "flt_call_type_id",
        "pre_call_invoke_id",
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
        "named_variables",
        "named_arrays",
        "agent_id",
        "protocol_reference_gu_id",
        "num_of_enabled_services",
        "flt_enabled_services",
        "ccai_config_id",
        "unknown_fields",
    )

    monitor_id: int
    service_number: int
    service_id: int
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int
    mrd_id: int
    agent_skill_target_id: int
    agent_instrument: str
    router_call_key_day: int
    router_call_key_call_id: int
    router_call_key_sequence_number: int
    ani: str | None
    user_to_user_info: bytes | None
    dialed_number: str | None
    caller_entered_digits: str | None
    flt_call_type_id: int | None
    pre_call_invoke_id: int | None
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
    named_variables: tuple[NamedVar, ...]
    named_arrays: tuple[NamedArray, ...]
    agent_id: str | None
    protocol_reference_gu_id: str | None
    num_of_enabled_services: int | None
    flt_enabled_services: tuple[int, ...]
    ccai_config_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        service_number: int = 0,
        service_id: int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        skill_group_priority: int = 0,
        mrd_id: int = 0,
        agent_skill_target_id: int = 0,
        agent_instrument: str,
        router_call_key_day: int,
        router_call_key_call_id: int,
        router_call_key_sequence_number: int,
        ani: str | None = None,
        user_to_user_info: bytes | None = None,
        dialed_number: str | None = None,
        caller_entered_digits: str | None = None,
        flt_call_type_id: int | None = None,
        pre_call_invoke_id: int | None = None,
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
        named_variables: tuple[NamedVar, ...] = (),
        named_arrays: tuple[NamedArray, ...] = (),
        agent_id: str | None = None,
        protocol_reference_gu_id: str | None = None,
        num_of_enabled_services: int | None = None,
        flt_enabled_services: tuple[int, ...] = (),
        ccai_config_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "service_number", service_number)
        _set(self, "service_id", service_id)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)
        _set(self, "mrd_id", mrd_id)
        _set(self, "agent_skill_target_id", agent_skill_target_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "router_call_key_day", router_call_key_day)
        _set(self, "router_call_key_call_id", router_call_key_call_id)
        _set(self, "router_call_key_sequence_number", router_call_key_sequence_number)
        _set(self, "ani", ani)
        _set(self, "user_to_user_info", user_to_user_info)
        _set(self, "dialed_number", dialed_number)
        _set(self, "caller_entered_digits", caller_entered_digits)
        _set(self, "flt_call_type_id", flt_call_type_id)
        _set(self, "pre_call_invoke_id", pre_call_invoke_id)
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
        _set(self, "named_variables", named_variables)
        _set(self, "named_arrays", named_arrays)
        _set(self, "agent_id", agent_id)
        _set(self, "protocol_reference_gu_id", protocol_reference_gu_id)
        _set(self, "num_of_enabled_services", num_of_enabled_services)
        _set(self, "flt_enabled_services", flt_enabled_services)
        _set(self, "ccai_config_id", ccai_config_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_PRE_CALL_EVENT: Final = _w.builder(AgentPreCallEvent)
_S_AGENT_PRE_CALL_EVENT: Final = struct.Struct(">IHHIIIIHiI")
_H_AGENT_PRE_CALL_EVENT: Final = struct.Struct(">IIIHHIIIIHiI")  # header and fixed part
_X_AGENT_PRE_CALL_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("NumNamedVariables", "H", 14),
    ("NumNamedArrays", "H", 16),
    ("ServiceNumber", "I", 20),
    ("ServiceID", "I", 24),
    ("SkillGroupNumber", "I", 28),
    ("SkillGroupID", "I", 32),
    ("SkillGroupPriority", "H", 34),
    ("MRDID", "i", 38),
    ("AgentSkillTargetID", "I", 42),
)
_T_AGENT_PRE_CALL_EVENT: Final[_w.FieldTable] = {
    6: (0, _w.STRING, False, "AgentInstrument"),
    72: (1, _w.UINT, False, "RouterCallKeyDay"),
    73: (2, _w.UINT, False, "RouterCallKeyCallID"),
    110: (3, _w.UINT, False, "RouterCallKeySequenceNumber"),
    8: (4, _w.STRING, False, "ANI"),
    9: (5, _w.UNSPEC, False, "UserToUserInfo"),
    11: (6, _w.STRING, False, "DialedNumber"),
    12: (7, _w.STRING, False, "CallerEnteredDigits"),
    210: (8, _w.UINT, False, "FltCallTypeID"),
    221: (9, _w.UINT, False, "PreCallInvokeID"),
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
    82: (20, _w.NAMEDVAR, True, "NamedVariable"),
    83: (21, _w.NAMEDARRAY, True, "NamedArray"),
    5: (22, _w.STRING, False, "AgentID"),
    294: (23, _w.STRING, False, "ProtocolReferenceGUID"),
    310: (24, _w.USHORT, False, "NumOfEnabledServices"),
    309: (25, _w.USHORT, True, "FltEnabledServices"),
    311: (26, _w.STRING, False, "CcaiConfigId"),
}
_FAST_AGENT_PRE_CALL_EVENT: Final = _fast_slots(
    {
        6: 0,
        8: 4,
        11: 6,
        12: 7,
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
        5: 22,
        294: 23,
        311: 26,
        9: ~5,
    }
)
_INTS_AGENT_PRE_CALL_EVENT: Final[dict[int, tuple[int, _w.Unpacker, int, bool]]] = {
    72: (1, _w.UNPACK_UINT, 4, False),
    73: (2, _w.UNPACK_UINT, 4, False),
    110: (3, _w.UNPACK_UINT, 4, False),
    210: (8, _w.UNPACK_UINT, 4, False),
    221: (9, _w.UNPACK_UINT, 4, False),
    310: (24, _w.UNPACK_USHORT, 2, False),
    309: (25, _w.UNPACK_USHORT, 2, True),
}


def _decode_agent_pre_call_event(buf: bytes, end: int) -> AgentPreCallEvent:
    if end < 42:
        raise _w.truncated("AGENT_PRE_CALL_EVENT", _X_AGENT_PRE_CALL_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 27
    unknown: list[UnknownField] = []
    pos = 42
    try:
        while pos < end:
            tag, size = _head2(buf, pos)
            start = pos + 4
            stop = start + size
            slot = _FAST_AGENT_PRE_CALL_EVENT.get(tag)
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
                number = _INTS_AGENT_PRE_CALL_EVENT.get(tag)
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
                _T_AGENT_PRE_CALL_EVENT,
                unknown,
                "AGENT_PRE_CALL_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError, struct.error):
        vals, unknown = _w.scan(
            buf, 42, end, _T_AGENT_PRE_CALL_EVENT, 27, "AGENT_PRE_CALL_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("AGENT_PRE_CALL_EVENT", "AgentInstrument", end)
    if vals[1] is None:
        raise _w.missing("AGENT_PRE_CALL_EVENT", "RouterCallKeyDay", end)
    if vals[2] is None:
        raise _w.missing("AGENT_PRE_CALL_EVENT", "RouterCallKeyCallID", end)
    if vals[3] is None:
        raise _w.missing("AGENT_PRE_CALL_EVENT", "RouterCallKeySequenceNumber", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_AGENT_PRE_CALL_EVENT()
    (
        o.monitor_id,
        f1,
        f2,
        o.service_number,
        o.service_id,
        o.skill_group_number,
        o.skill_group_id,
        o.skill_group_priority,
        o.mrd_id,
        o.agent_skill_target_id,
    ) = _S_AGENT_PRE_CALL_EVENT.unpack_from(buf, 8)
    (
        o.agent_instrument,
        o.router_call_key_day,
        o.router_call_key_call_id,
        o.router_call_key_sequence_number,
        o.ani,
        o.user_to_user_info,
        o.dialed_number,
        o.caller_entered_digits,
        o.flt_call_type_id,
        o.pre_call_invoke_id,
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
        v20,
        v21,
        o.agent_id,
        o.protocol_reference_gu_id,
        o.num_of_enabled_services,
        v25,
        o.ccai_config_id,
    ) = vals
    count = f1
    if count == 0 and v20 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g20 = v20 or ()
        if len(g20) != count:
            raise _w.group_mismatch(
                "AGENT_PRE_CALL_EVENT",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g20)},
                end,
            )
        o.named_variables = tuple(g20)
    count = f2
    if count == 0 and v21 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g21 = v21 or ()
        if len(g21) != count:
            raise _w.group_mismatch(
                "AGENT_PRE_CALL_EVENT",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g21)},
                end,
            )
        o.named_arrays = tuple(g21)
    o.flt_enabled_services = tuple(v25 or ())
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AgentPreCallEvent
    return o  # type: ignore[no-any-return]


def _careful_agent_pre_call_event(m: AgentPreCallEvent) -> bytes:
    name = "AGENT_PRE_CALL_EVENT"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_AGENT_PRE_CALL_EVENT,
            _X_AGENT_PRE_CALL_EVENT,
            name,
            m.monitor_id,
            len(named_variables),
            len(named_arrays),
            m.service_number,
            m.service_id,
            m.skill_group_number,
            m.skill_group_id,
            m.skill_group_priority,
            m.mrd_id,
            m.agent_skill_target_id,
        )
    ]
    parts.append(_w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument"))
    parts.append(_w.put(_w.UINT, 72, m.router_call_key_day, 4, _WIDE, name, "RouterCallKeyDay"))
    parts.append(
        _w.put(_w.UINT, 73, m.router_call_key_call_id, 4, _WIDE, name, "RouterCallKeyCallID")
    )
    parts.append(
        _w.put(
            _w.UINT,
            110,
            m.router_call_key_sequence_number,
            4,
            _WIDE,
            name,
            "RouterCallKeySequenceNumber",
        )
    )
    if m.ani is not None:
        part = _w.put(_w.STRING, 8, m.ani, 40, _WIDE, name, "ANI")
        parts.append(part)
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
        parts.append(part)
    if m.dialed_number is not None:
        part = _w.put(_w.STRING, 11, m.dialed_number, 40, _WIDE, name, "DialedNumber")
        parts.append(part)
    if m.caller_entered_digits is not None:
        part = _w.put(
            _w.STRING, 12, m.caller_entered_digits, 40, _WIDE, name, "CallerEnteredDigits"
        )
        parts.append(part)
    if m.flt_call_type_id is not None:
        part = _w.put(_w.UINT, 210, m.flt_call_type_id, 4, _WIDE, name, "FltCallTypeID")
        parts.append(part)
    if m.pre_call_invoke_id is not None:
        part = _w.put(_w.UINT, 221, m.pre_call_invoke_id, 4, _WIDE, name, "PreCallInvokeID")
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
    for value in named_variables:
        part = _w.put(_w.NAMEDVAR, 82, value, 251, _WIDE, name, "NamedVariable")
        named.append(part)
        parts.append(part)
    for value in named_arrays:
        part = _w.put(_w.NAMEDARRAY, 83, value, 252, _WIDE, name, "NamedArray")
        named.append(part)
        parts.append(part)
    if m.agent_id is not None:
        part = _w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID")
        parts.append(part)
    if m.protocol_reference_gu_id is not None:
        part = _w.put(
            _w.STRING, 294, m.protocol_reference_gu_id, 40, _WIDE, name, "ProtocolReferenceGUID"
        )
        parts.append(part)
    if m.num_of_enabled_services is not None:
        part = _w.put(
            _w.USHORT, 310, m.num_of_enabled_services, 2, _WIDE, name, "NumOfEnabledServices"
        )
        parts.append(part)
    for value in _w.sequence(m.flt_enabled_services, name, "FltEnabledServices"):
        part = _w.put(_w.USHORT, 309, value, 2, _WIDE, name, "FltEnabledServices")
        parts.append(part)
    if m.ccai_config_id is not None:
        part = _w.put(_w.STRING, 311, m.ccai_config_id, 40, _WIDE, name, "CcaiConfigId")
        parts.append(part)
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(105, parts)


def _encode_agent_pre_call_event(m: AgentPreCallEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_agent_pre_call_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_agent_pre_call_event(m)
        named_variables = m.named_variables
        if type(named_variables) is not tuple or len(named_variables) > 65535:
            return _careful_agent_pre_call_event(m)
        named_arrays = m.named_arrays
        if named_arrays != ():
            return _careful_agent_pre_call_event(m)
        named = 0
        p: list[bytes] = []
        v0 = m.agent_instrument
        d = v0.encode()
        n = len(d) + 1
        if n > 64:
            return _careful_agent_pre_call_event(m)
        p += (_w.HEAD2(6, n), d, _NUL)
        v1 = m.router_call_key_day
        p += (b"\x00H\x00\x04", _w.PACK_UINT(v1))
        v2 = m.router_call_key_call_id
        p += (b"\x00I\x00\x04", _w.PACK_UINT(v2))
        v3 = m.router_call_key_sequence_number
        p += (b"\x00n\x00\x04", _w.PACK_UINT(v3))
        v4 = m.ani
        if v4 is not None:
            d = v4.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(8, n), d, _NUL)
        v5 = m.user_to_user_info
        if v5 is not None:
            if type(v5) is not bytes or len(v5) > 131:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(9, len(v5)), v5)
        v6 = m.dialed_number
        if v6 is not None:
            d = v6.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(11, n), d, _NUL)
        v7 = m.caller_entered_digits
        if v7 is not None:
            d = v7.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(12, n), d, _NUL)
        v8 = m.flt_call_type_id
        if v8 is not None:
            p += (b"\x00\xd2\x00\x04", _w.PACK_UINT(v8))
        v9 = m.pre_call_invoke_id
        if v9 is not None:
            p += (b"\x00\xdd\x00\x04", _w.PACK_UINT(v9))
        v10 = m.call_variable1
        if v10 is not None:
            d = v10.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(13, n), d, _NUL)
        v11 = m.call_variable2
        if v11 is not None:
            d = v11.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(14, n), d, _NUL)
        v12 = m.call_variable3
        if v12 is not None:
            d = v12.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(15, n), d, _NUL)
        v13 = m.call_variable4
        if v13 is not None:
            d = v13.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(16, n), d, _NUL)
        v14 = m.call_variable5
        if v14 is not None:
            d = v14.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(17, n), d, _NUL)
        v15 = m.call_variable6
        if v15 is not None:
            d = v15.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(18, n), d, _NUL)
        v16 = m.call_variable7
        if v16 is not None:
            d = v16.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(19, n), d, _NUL)
        v17 = m.call_variable8
        if v17 is not None:
            d = v17.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(20, n), d, _NUL)
        v18 = m.call_variable9
        if v18 is not None:
            d = v18.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(21, n), d, _NUL)
        v19 = m.call_variable10
        if v19 is not None:
            d = v19.encode()
            n = len(d) + 1
            if n > 41:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(22, n), d, _NUL)
        for v20 in named_variables:
            if type(v20) is not NamedVar:
                return _careful_agent_pre_call_event(m)
            d = v20.name.encode() + _NUL + v20.value.encode() + _NUL
            n = len(d)
            if n > 251:
                return _careful_agent_pre_call_event(m)
            named += n
            p += (_w.HEAD2(82, n), d)
        v22 = m.agent_id
        if v22 is not None:
            d = v22.encode()
            n = len(d) + 1
            if n > 12:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(5, n), d, _NUL)
        v23 = m.protocol_reference_gu_id
        if v23 is not None:
            d = v23.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(294, n), d, _NUL)
        v24 = m.num_of_enabled_services
        if v24 is not None:
            p += (b"\x016\x00\x02", _w.PACK_USHORT(v24))
        r25 = m.flt_enabled_services
        if type(r25) is not tuple:
            return _careful_agent_pre_call_event(m)
        for v25 in r25:
            p += (b"\x015\x00\x02", _w.PACK_USHORT(v25))
        v26 = m.ccai_config_id
        if v26 is not None:
            d = v26.encode()
            n = len(d) + 1
            if n > 40:
                return _careful_agent_pre_call_event(m)
            p += (_w.HEAD2(311, n), d, _NUL)
        if named > NAMED_DATA_LIMIT:
            return _careful_agent_pre_call_event(m)
        tail = b"".join(p)
        return (
            _H_AGENT_PRE_CALL_EVENT.pack(
                34 + len(tail),
                105,
                m.monitor_id,
                len(named_variables),
                len(named_arrays),
                m.service_number,
                m.service_id,
                m.skill_group_number,
                m.skill_group_id,
                m.skill_group_priority,
                m.mrd_id,
                m.agent_skill_target_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_agent_pre_call_event(m)


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
class ActiveMaintenanceReq(GeneratedMessage):
    """Sent by the active CTI Server to clients that opened the session with CTI_SERVICE_ACTIVE_STANDBY, asking whether they accept the PG going into maintenance mode.

    ACTIVE_MAINTENANCE_REQ, MessageType 278, server to client.
    From: Session Management (v25), ACTIVE_MAINTENANCE_REQ Message; Messaging Conventions (v24), Message Types.
    """

    MESSAGE_TYPE: ClassVar[int] = 278
    MESSAGE_NAME: ClassVar[str] = "ACTIVE_MAINTENANCE_REQ"
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


_B_ACTIVE_MAINTENANCE_REQ: Final = _w.builder(ActiveMaintenanceReq)
_S_ACTIVE_MAINTENANCE_REQ: Final = struct.Struct(">I")
_H_ACTIVE_MAINTENANCE_REQ: Final = struct.Struct(">III")  # header and fixed part
_X_ACTIVE_MAINTENANCE_REQ: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_ACTIVE_MAINTENANCE_REQ: Final[_w.FieldTable] = {}


def _decode_active_maintenance_req(buf: bytes, end: int) -> ActiveMaintenanceReq:
    if end < 12:
        raise _w.truncated("ACTIVE_MAINTENANCE_REQ", _X_ACTIVE_MAINTENANCE_REQ, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_ACTIVE_MAINTENANCE_REQ, 0, "ACTIVE_MAINTENANCE_REQ", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_ACTIVE_MAINTENANCE_REQ()
    (o.invoke_id,) = _S_ACTIVE_MAINTENANCE_REQ.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ActiveMaintenanceReq
    return o  # type: ignore[no-any-return]


def _careful_active_maintenance_req(m: ActiveMaintenanceReq) -> bytes:
    name = "ACTIVE_MAINTENANCE_REQ"
    parts = [
        _w.pack_fixed(
            _S_ACTIVE_MAINTENANCE_REQ,
            _X_ACTIVE_MAINTENANCE_REQ,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(278, parts)


def _encode_active_maintenance_req(m: ActiveMaintenanceReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_active_maintenance_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_active_maintenance_req(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_ACTIVE_MAINTENANCE_REQ.pack(
                4 + len(tail),
                278,
                m.invoke_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_active_maintenance_req(m)


@value_class
class ActiveMaintenanceResp(GeneratedMessage):
    """Client's answer to ACTIVE_MAINTENANCE_REQ, accepting or rejecting PG maintenance mode (expected within 5 seconds; no answer counts as a rejection).

    ACTIVE_MAINTENANCE_RESP, MessageType 279, client to server.
    From: Session Management (v25), ACTIVE_MAINTENANCE_RESP Message; Messaging Conventions (v24), Message Types.
    """

    MESSAGE_TYPE: ClassVar[int] = 279
    MESSAGE_NAME: ClassVar[str] = "ACTIVE_MAINTENANCE_RESP"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "maintenance_mode_accepted", "unknown_fields")

    invoke_id: int
    maintenance_mode_accepted: bool | int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        maintenance_mode_accepted: bool | int = False,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "maintenance_mode_accepted", maintenance_mode_accepted)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_ACTIVE_MAINTENANCE_RESP: Final = _w.builder(ActiveMaintenanceResp)
_S_ACTIVE_MAINTENANCE_RESP: Final = struct.Struct(">IH")
_H_ACTIVE_MAINTENANCE_RESP: Final = struct.Struct(">IIIH")  # header and fixed part
_X_ACTIVE_MAINTENANCE_RESP: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("MaintenanceModeAccepted", "H", 14),
)
_T_ACTIVE_MAINTENANCE_RESP: Final[_w.FieldTable] = {}


def _decode_active_maintenance_resp(buf: bytes, end: int) -> ActiveMaintenanceResp:
    if end < 14:
        raise _w.truncated("ACTIVE_MAINTENANCE_RESP", _X_ACTIVE_MAINTENANCE_RESP, end)
    _, unknown = _w.scan(
        buf, 14, end, _T_ACTIVE_MAINTENANCE_RESP, 0, "ACTIVE_MAINTENANCE_RESP", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_ACTIVE_MAINTENANCE_RESP()
    (o.invoke_id, f1) = _S_ACTIVE_MAINTENANCE_RESP.unpack_from(buf, 8)
    o.maintenance_mode_accepted = _w.as_bool(f1)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ActiveMaintenanceResp
    return o  # type: ignore[no-any-return]


def _careful_active_maintenance_resp(m: ActiveMaintenanceResp) -> bytes:
    name = "ACTIVE_MAINTENANCE_RESP"
    parts = [
        _w.pack_fixed(
            _S_ACTIVE_MAINTENANCE_RESP,
            _X_ACTIVE_MAINTENANCE_RESP,
            name,
            m.invoke_id,
            m.maintenance_mode_accepted,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(279, parts)


def _encode_active_maintenance_resp(m: ActiveMaintenanceResp) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_active_maintenance_resp, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_active_maintenance_resp(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_ACTIVE_MAINTENANCE_RESP.pack(
                6 + len(tail),
                279,
                m.invoke_id,
                m.maintenance_mode_accepted,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_active_maintenance_resp(m)


@value_class
class ActiveMaintenanceEvent(GeneratedMessage):
    """The PG's final decision whether it goes into maintenance mode; sent by the active CTI Server.

    ACTIVE_MAINTENANCE_EVENT, MessageType 280, server to client.
    From: Session Management (v25), ACTIVE_MAINTENANCE_EVENT Message; Messaging Conventions (v24), Message Types.
    """

    MESSAGE_TYPE: ClassVar[int] = 280
    MESSAGE_NAME: ClassVar[str] = "ACTIVE_MAINTENANCE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("maintenance_mode_status", "unknown_fields")

    maintenance_mode_status: bool | int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        maintenance_mode_status: bool | int = False,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "maintenance_mode_status", maintenance_mode_status)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_ACTIVE_MAINTENANCE_EVENT: Final = _w.builder(ActiveMaintenanceEvent)
_S_ACTIVE_MAINTENANCE_EVENT: Final = struct.Struct(">H")
_H_ACTIVE_MAINTENANCE_EVENT: Final = struct.Struct(">IIH")  # header and fixed part
_X_ACTIVE_MAINTENANCE_EVENT: Final[_w.FixedFields] = (("MaintenanceModeStatus", "H", 10),)
_T_ACTIVE_MAINTENANCE_EVENT: Final[_w.FieldTable] = {}


def _decode_active_maintenance_event(buf: bytes, end: int) -> ActiveMaintenanceEvent:
    if end < 10:
        raise _w.truncated("ACTIVE_MAINTENANCE_EVENT", _X_ACTIVE_MAINTENANCE_EVENT, end)
    _, unknown = _w.scan(
        buf, 10, end, _T_ACTIVE_MAINTENANCE_EVENT, 0, "ACTIVE_MAINTENANCE_EVENT", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_ACTIVE_MAINTENANCE_EVENT()
    (f0,) = _S_ACTIVE_MAINTENANCE_EVENT.unpack_from(buf, 8)
    o.maintenance_mode_status = _w.as_bool(f0)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ActiveMaintenanceEvent
    return o  # type: ignore[no-any-return]


def _careful_active_maintenance_event(m: ActiveMaintenanceEvent) -> bytes:
    name = "ACTIVE_MAINTENANCE_EVENT"
    parts = [
        _w.pack_fixed(
            _S_ACTIVE_MAINTENANCE_EVENT,
            _X_ACTIVE_MAINTENANCE_EVENT,
            name,
            m.maintenance_mode_status,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(280, parts)


def _encode_active_maintenance_event(m: ActiveMaintenanceEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_active_maintenance_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_active_maintenance_event(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_ACTIVE_MAINTENANCE_EVENT.pack(
                2 + len(tail),
                280,
                m.maintenance_mode_status,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_active_maintenance_event(m)


@value_class
class ConfigAgentServiceEvent(GeneratedMessage):
    """Which agent services (Agent Assist, Transcript, Recording) are enabled for agents.

    CONFIG_AGENT_SERVICE_EVENT, MessageType 282, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_AGENT_SERVICE_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 282
    MESSAGE_NAME: ClassVar[str] = "CONFIG_AGENT_SERVICE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("records", "unknown_fields")
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = (
        "records",
        "agent_skill_target_id",
        None,
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "records": ConfigAgentServiceRecord,
    }

    records: tuple[ConfigAgentServiceRecord, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        records: tuple[ConfigAgentServiceRecord, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "records", records)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_AGENT_SERVICE_EVENT: Final = _w.builder(ConfigAgentServiceEvent)
_S_CONFIG_AGENT_SERVICE_EVENT: Final = struct.Struct(">H")
_H_CONFIG_AGENT_SERVICE_EVENT: Final = struct.Struct(">IIH")  # header and fixed part
_X_CONFIG_AGENT_SERVICE_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_AGENT_SERVICE_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_AGENT_SERVICE_EVENT: Final[_w.FieldTable] = {
    141: (0, _w.UINT, False, "AgentSkillTargetID"),
    310: (1, _w.USHORT, False, "NumOfEnabledServices"),
    309: (2, _w.USHORT, True, "FltEnabledServices"),
    183: (3, _w.USHORT, False, "RecordType"),
}


def _record_config_agent_service_event(r: list[Any], end: int) -> ConfigAgentServiceRecord:
    """One record of CONFIG_AGENT_SERVICE_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_AGENT_SERVICE_EVENT", "AgentSkillTargetID", end)
    if r[1] is None:
        raise _w.missing("CONFIG_AGENT_SERVICE_EVENT", "NumOfEnabledServices", end)
    if len(r[2] or ()) != (r[1] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_SERVICE_EVENT",
            "FltEnabledServices",
            "NumOfEnabledServices",
            r[1] or 0,
            {"FltEnabledServices": len(r[2] or ())},
            end,
        )
    if r[3] is None:
        raise _w.missing("CONFIG_AGENT_SERVICE_EVENT", "RecordType", end)
    return _new_ConfigAgentServiceRecord(
        r[0],
        tuple(r[2] or ()),
        _enum_ConfigRecordType[r[3]],
    )


def _decode_config_agent_service_event(buf: bytes, end: int) -> ConfigAgentServiceEvent:
    if end < 10:
        raise _w.truncated("CONFIG_AGENT_SERVICE_EVENT", _X_CONFIG_AGENT_SERVICE_EVENT, end)
    _, unknown, records = _w.scan_records(
        buf,
        10,
        end,
        _T_CONFIG_AGENT_SERVICE_EVENT,
        0,
        _TR_CONFIG_AGENT_SERVICE_EVENT,
        4,
        "CONFIG_AGENT_SERVICE_EVENT",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_AGENT_SERVICE_EVENT()
    (f0,) = _S_CONFIG_AGENT_SERVICE_EVENT.unpack_from(buf, 8)
    count = f0
    if len(records) != count:
        raise _w.group_mismatch(
            "CONFIG_AGENT_SERVICE_EVENT",
            "Records",
            "NumRecords",
            count,
            {"AgentSkillTargetID": len(records)},
            end,
        )
    o.records = tuple([_record_config_agent_service_event(r, end) for r in records])
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigAgentServiceEvent
    return o  # type: ignore[no-any-return]


def _careful_config_agent_service_event(m: ConfigAgentServiceEvent) -> bytes:
    name = "CONFIG_AGENT_SERVICE_EVENT"
    records = _w.check_group(m.records, ConfigAgentServiceRecord, 10, name, "Records")
    parts = [
        _w.pack_fixed(
            _S_CONFIG_AGENT_SERVICE_EVENT,
            _X_CONFIG_AGENT_SERVICE_EVENT,
            name,
            len(records),
        )
    ]
    for entry in records:
        parts.append(
            _w.put(_w.UINT, 141, entry.agent_skill_target_id, 4, _WIDE, name, "AgentSkillTargetID")
        )
        count = _w.count_of((entry.flt_enabled_services,), name, "NumOfEnabledServices")
        parts.append(_w.put(_w.USHORT, 310, count, 2, _WIDE, name, "NumOfEnabledServices"))
        for value in _w.values(entry.flt_enabled_services, 65535, name, "FltEnabledServices"):
            parts.append(_w.put(_w.USHORT, 309, value, 2, _WIDE, name, "FltEnabledServices"))
        parts.append(_w.put(_w.USHORT, 183, entry.record_type, 2, _WIDE, name, "RecordType"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(282, parts)


def _encode_config_agent_service_event(m: ConfigAgentServiceEvent) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_config_agent_service_event, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_config_agent_service_event(m)
        records = m.records
        if records != ():
            return _careful_config_agent_service_event(m)
        p: list[bytes] = []
        tail = b"".join(p)
        return (
            _H_CONFIG_AGENT_SERVICE_EVENT.pack(
                2 + len(tail),
                282,
                len(records),
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_config_agent_service_event(m)


@value_class
class SetAgentServiceDataReq(GeneratedMessage):
    """Agent feedback on answer suggestions provided by an answer service (thumbs-up / thumbs-down counts) and the services invoked by the agent desktop.

    SET_AGENT_SERVICE_DATA_REQ, MessageType 283, client to server.
    From: Application Level Interfaces (v25), SET_AGENT_SERVICE_DATA_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 283
    MESSAGE_NAME: ClassVar[str] = "SET_AGENT_SERVICE_DATA_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "router_call_key_day",
        "router_call_key",
        "router_call_key_sequence_number",
        "agent_skill_target_id",
        "enabled_services",
        "unknown_fields",
    )

    invoke_id: int
    router_call_key_day: int
    router_call_key: int
    router_call_key_sequence_number: int
    agent_skill_target_id: int
    enabled_services: tuple[int, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        router_call_key_day: int = 0,
        router_call_key: int = 0,
        router_call_key_sequence_number: int = 0,
        agent_skill_target_id: int = 0,
        enabled_services: tuple[int, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "router_call_key_day", router_call_key_day)
        _set(self, "router_call_key", router_call_key)
        _set(self, "router_call_key_sequence_number", router_call_key_sequence_number)
        _set(self, "agent_skill_target_id", agent_skill_target_id)
        _set(self, "enabled_services", enabled_services)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SET_AGENT_SERVICE_DATA_REQ: Final = _w.builder(SetAgentServiceDataReq)
_S_SET_AGENT_SERVICE_DATA_REQ: Final = struct.Struct(">IIIII")
_H_SET_AGENT_SERVICE_DATA_REQ: Final = struct.Struct(">IIIIIII")  # header and fixed part
_X_SET_AGENT_SERVICE_DATA_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("RouterCallKeyDay", "I", 16),
    ("RouterCallKey", "I", 20),
    ("RouterCallKeySequenceNumber", "I", 24),
    ("AgentSkillTargetID", "I", 28),
)
_T_SET_AGENT_SERVICE_DATA_REQ: Final[_w.FieldTable] = {
    310: (0, _w.USHORT, False, "NumOfEnabledServices"),
    309: (1, _w.USHORT, True, "FltEnabledServices"),
}


def _decode_set_agent_service_data_req(buf: bytes, end: int) -> SetAgentServiceDataReq:
    if end < 28:
        raise _w.truncated("SET_AGENT_SERVICE_DATA_REQ", _X_SET_AGENT_SERVICE_DATA_REQ, end)
    vals, unknown = _w.scan(
        buf, 28, end, _T_SET_AGENT_SERVICE_DATA_REQ, 2, "SET_AGENT_SERVICE_DATA_REQ", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SET_AGENT_SERVICE_DATA_REQ()
    (
        o.invoke_id,
        o.router_call_key_day,
        o.router_call_key,
        o.router_call_key_sequence_number,
        o.agent_skill_target_id,
    ) = _S_SET_AGENT_SERVICE_DATA_REQ.unpack_from(buf, 8)
    (v0, v1) = vals
    count = v0 or 0
    if count == 0 and v1 is None:
        o.enabled_services = ()  # the usual case: no entries
    else:
        g1 = v1 or ()
        if len(g1) != count:
            raise _w.group_mismatch(
                "SET_AGENT_SERVICE_DATA_REQ",
                "EnabledServices",
                "NumOfEnabledServices",
                count,
                {"FltEnabledServices": len(g1)},
                end,
            )
        o.enabled_services = tuple(g1)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetAgentServiceDataReq
    return o  # type: ignore[no-any-return]


def _careful_set_agent_service_data_req(m: SetAgentServiceDataReq) -> bytes:
    name = "SET_AGENT_SERVICE_DATA_REQ"
    enabled_services = _w.check_group(m.enabled_services, object, 65535, name, "EnabledServices")
    parts = [
        _w.pack_fixed(
            _S_SET_AGENT_SERVICE_DATA_REQ,
            _X_SET_AGENT_SERVICE_DATA_REQ,
            name,
            m.invoke_id,
            m.router_call_key_day,
            m.router_call_key,
            m.router_call_key_sequence_number,
            m.agent_skill_target_id,
        )
    ]
    if enabled_services:
        parts.append(
            _w.put(_w.USHORT, 310, len(enabled_services), 2, _WIDE, name, "NumOfEnabledServices")
        )
    for value in enabled_services:
        part = _w.put(_w.USHORT, 309, value, 2, _WIDE, name, "FltEnabledServices")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(283, parts)


def _encode_set_agent_service_data_req(m: SetAgentServiceDataReq) -> bytes:
    # Optimistic (see "How the encoders write" at the top): anything unusual goes to
    # _careful_set_agent_service_data_req, which writes it or names the fault.
    try:
        if m.unknown_fields:
            return _careful_set_agent_service_data_req(m)
        enabled_services = m.enabled_services
        if type(enabled_services) is not tuple or len(enabled_services) > 65535:
            return _careful_set_agent_service_data_req(m)
        p: list[bytes] = []
        if enabled_services:
            p += (b"\x016\x00\x02", _w.PACK_USHORT(len(enabled_services)))
        for v1 in enabled_services:
            p += (b"\x015\x00\x02", _w.PACK_USHORT(v1))
        tail = b"".join(p)
        return (
            _H_SET_AGENT_SERVICE_DATA_REQ.pack(
                20 + len(tail),
                283,
                m.invoke_id,
                m.router_call_key_day,
                m.router_call_key,
                m.router_call_key_sequence_number,
                m.agent_skill_target_id,
            )
            + tail
        )
    except Exception:  # whatever it was, the careful encoder names it (or writes it)
        return _careful_set_agent_service_data_req(m)


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
        267: StartNetworkRecordingReq,
        268: StartNetworkRecordingConf,
        269: StopNetworkRecordingReq,
        270: StopNetworkRecordingConf,
        271: NetworkRecordingStartedEvent,
        272: NetworkRecordingEndedEvent,
        273: NetworkRecordingFailedEvent,
        274: NetworkRecordingTargetInfoEvent,
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
        267: "START_NETWORK_RECORDING_REQ",
        268: "START_NETWORK_RECORDING_CONF",
        269: "STOP_NETWORK_RECORDING_REQ",
        270: "STOP_NETWORK_RECORDING_CONF",
        271: "NETWORK_RECORDING_STARTED_EVENT",
        272: "NETWORK_RECORDING_ENDED_EVENT",
        273: "NETWORK_RECORDING_FAILED_EVENT",
        274: "NETWORK_RECORDING_TARGET_INFO_EVENT",
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
    267: _decode_start_network_recording_req,
    268: _decode_start_network_recording_conf,
    269: _decode_stop_network_recording_req,
    270: _decode_stop_network_recording_conf,
    271: _decode_network_recording_started_event,
    272: _decode_network_recording_ended_event,
    273: _decode_network_recording_failed_event,
    274: _decode_network_recording_target_info_event,
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
            f"{type(message).__name__} is not a Protocol Version 24 message",
            message=type(message).__name__,
        )
    if len(frame) > MAX_MESSAGE_SIZE:
        raise _w.too_long(frame, message.MESSAGE_NAME, MAX_MESSAGE_SIZE)
    return frame


def frame_decoder() -> FrameDecoder:
    """A :class:`ctiwire.FrameDecoder` bounded by this version's largest message."""
    return FrameDecoder(MAX_MESSAGE_SIZE)

"""Messages of CTI Server Protocol Version 20: classes, decoders and encoders.

Generated from spec/ by ``python -m codegen``: do not edit.
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
    "ConfigAgentRecord",
    "ConfigCallTypeRecord",
    "ConfigDeviceRecord",
    "ConfigMrdRecord",
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
]

PROTOCOL_VERSION: Final = 20
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
# end of the frame reads past ``buf`` (IndexError), and a string that is not UTF-8 fails the
# strict decode (the fastest call). Then _w.scan reads the floating part again from the start,
# every bound checked: it names the problem in a DecodeError, or keeps the odd bytes as
# surrogate escapes (PEP 383). A decoder without such fields calls _w.scan directly.
_HEAD: Final = 4  # bytes of a floating field's tag and length
_field: Final = _w.read_field
_fast_slots: Final = dict
# The classes' __init__ sets each field past the frozen __setattr__.
_set: Final = object.__setattr__

# Value -> member lookups of the messages defined here: an unknown value stays the plain int.
_enum_EventCause: Final = _w.EnumMap(EventCause)
_enum_CallType: Final = _w.EnumMap(CallType)
_enum_ControlFailureCode: Final = _w.EnumMap(ControlFailureCode)
_enum_ConfigKeyStatus: Final = _w.EnumMap(ConfigKeyStatus)
_enum_ConfigEndStatus: Final = _w.EnumMap(ConfigEndStatus)
_enum_ConfigRecordType: Final = _w.EnumMap(ConfigRecordType)
_enum_SupervisoryAction: Final = _w.EnumMap(SupervisoryAction)
_enum_Distribution: Final = _w.EnumMap(Distribution)
_enum_StatusCode: Final = _w.EnumMap(StatusCode)
_enum_SystemEventID: Final = _w.EnumMap(SystemEventID)
_enum_AgentState: Final = _w.EnumMap(AgentState)
_enum_PeripheralType: Final = _w.EnumMap(PeripheralType)
_enum_LocalConnectionState: Final = _w.EnumMap(LocalConnectionState)
_enum_DeviceIDType: Final = _w.EnumMap(DeviceIDType)
_enum_ConnectionDeviceIDType: Final = _w.EnumMap(ConnectionDeviceIDType)
_enum_LineType: Final = _w.EnumMap(LineType)
_enum_AllocationState: Final = _w.EnumMap(AllocationState)
_enum_TypeOfDevice: Final = _w.EnumMap(TypeOfDevice)
_enum_CallPlacementType: Final = _w.EnumMap(CallPlacementType)
_enum_CallMannerType: Final = _w.EnumMap(CallMannerType)
_enum_CallOption: Final = _w.EnumMap(CallOption)
_enum_ConsultType: Final = _w.EnumMap(ConsultType)
_enum_FacilityType: Final = _w.EnumMap(FacilityType)
_enum_AnsweringMachine: Final = _w.EnumMap(AnsweringMachine)
_enum_AnswerDetectMode: Final = _w.EnumMap(AnswerDetectMode)
_enum_AgentWorkMode: Final = _w.EnumMap(AgentWorkMode)
_enum_DestinationCountry: Final = _w.EnumMap(DestinationCountry)
_enum_DispositionCode: Final = _w.EnumMap(DispositionCode)
_enum_SilentMonitorStatus: Final = _w.EnumMap(SilentMonitorStatus)
_enum_AgentInternalState: Final = _w.EnumMap(AgentInternalState)
_mask_ConfigEventMask: Final = _w.FlagCache(ConfigEventMask)
_mask_TransferConferenceSetupMask: Final = _w.FlagCache(TransferConferenceSetupMask)
_mask_CallControlMask: Final = _w.FlagCache(CallControlMask)
_mask_OtherFeatureMask: Final = _w.FlagCache(OtherFeatureMask)
_mask_CallVariableMask: Final = _w.FlagCache(CallVariableMask)
_mask_AgentDeskSettingsMask: Final = _w.FlagCache(AgentDeskSettingsMask)
_mask_CTIServiceMask: Final = _w.FlagCache(CTIServiceMask)
_mask_CallEventMask: Final = _w.FlagCache(CallEventMask)
_mask_AgentStateMask: Final = _w.FlagCache(AgentStateMask)
_mask_PGStatusCode: Final = _w.FlagCache(PGStatusCode)
_mask_ClassOfDevice: Final = _w.FlagCache(ClassOfDevice)
_mask_AgentServiceRequestMask: Final = _w.FlagCache(AgentServiceRequestMask)


@value_class
class AgentSkillGroup(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
        "skill_group_state",
    )
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int
    skill_group_state: AgentState | int

    def __init__(
        self,
        skill_group_number: int,
        skill_group_id: int,
        skill_group_priority: int,
        skill_group_state: AgentState | int,
    ) -> None:
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)
        _set(self, "skill_group_state", skill_group_state)


_new_AgentSkillGroup = _w.fast_constructor(AgentSkillGroup)


@value_class
class CTIClient(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "cti_client_signature",
        "cti_client_timestamp",
    )
    cti_client_signature: str
    cti_client_timestamp: int

    def __init__(
        self,
        cti_client_signature: str,
        cti_client_timestamp: int,
    ) -> None:
        _set(self, "cti_client_signature", cti_client_signature)
        _set(self, "cti_client_timestamp", cti_client_timestamp)


_new_CTIClient = _w.fast_constructor(CTIClient)


@value_class
class CallDevice(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "call_connection_call_id",
        "call_connection_device_id_type",
        "call_connection_device_id",
        "call_device_type",
        "call_device_id",
        "call_device_connection_state",
    )
    call_connection_call_id: int
    call_connection_device_id_type: ConnectionDeviceIDType | int
    call_connection_device_id: str
    call_device_type: DeviceIDType | int
    call_device_id: str
    call_device_connection_state: LocalConnectionState | int

    def __init__(
        self,
        call_connection_call_id: int,
        call_connection_device_id_type: ConnectionDeviceIDType | int,
        call_connection_device_id: str,
        call_device_type: DeviceIDType | int,
        call_device_id: str,
        call_device_connection_state: LocalConnectionState | int,
    ) -> None:
        _set(self, "call_connection_call_id", call_connection_call_id)
        _set(self, "call_connection_device_id_type", call_connection_device_id_type)
        _set(self, "call_connection_device_id", call_connection_device_id)
        _set(self, "call_device_type", call_device_type)
        _set(self, "call_device_id", call_device_id)
        _set(self, "call_device_connection_state", call_device_connection_state)


_new_CallDevice = _w.fast_constructor(CallDevice)


@value_class
class ConfigAgentRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "flt_peripheral_id",
        "agent_type",
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
    )
    record_type: ConfigRecordType | int
    flt_peripheral_id: int
    agent_type: int
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

    def __init__(
        self,
        *,
        record_type: ConfigRecordType | int,
        flt_peripheral_id: int,
        agent_type: int,
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
    ) -> None:
        _set(self, "record_type", record_type)
        _set(self, "flt_peripheral_id", flt_peripheral_id)
        _set(self, "agent_type", agent_type)
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


_new_ConfigAgentRecord = _w.fast_constructor(ConfigAgentRecord)


@value_class
class ConfigCallTypeRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "flt_call_type_id",
        "customer_definition_id",
        "enterprise_name",
        "description",
        "service_level_threshold",
        "service_level_type",
    )
    record_type: ConfigRecordType | int
    flt_call_type_id: int
    customer_definition_id: int
    enterprise_name: str
    description: str
    service_level_threshold: int
    service_level_type: int

    def __init__(
        self,
        *,
        record_type: ConfigRecordType | int,
        flt_call_type_id: int,
        customer_definition_id: int,
        enterprise_name: str,
        description: str,
        service_level_threshold: int,
        service_level_type: int,
    ) -> None:
        _set(self, "record_type", record_type)
        _set(self, "flt_call_type_id", flt_call_type_id)
        _set(self, "customer_definition_id", customer_definition_id)
        _set(self, "enterprise_name", enterprise_name)
        _set(self, "description", description)
        _set(self, "service_level_threshold", service_level_threshold)
        _set(self, "service_level_type", service_level_type)


_new_ConfigCallTypeRecord = _w.fast_constructor(ConfigCallTypeRecord)


@value_class
class ConfigDeviceRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "flt_peripheral_id",
        "peripheral_number",
        "device_type",
        "max_queued",
        "flt_service_id",
        "dialed_number",
        "dnis",
        "extension",
        "description",
    )
    record_type: ConfigRecordType | int
    flt_peripheral_id: int
    peripheral_number: int
    device_type: int
    max_queued: int
    flt_service_id: int | None
    dialed_number: str
    dnis: str
    extension: str | None
    description: str

    def __init__(
        self,
        *,
        record_type: ConfigRecordType | int,
        flt_peripheral_id: int,
        peripheral_number: int,
        device_type: int,
        max_queued: int,
        flt_service_id: int | None = None,
        dialed_number: str,
        dnis: str,
        extension: str | None = None,
        description: str,
    ) -> None:
        _set(self, "record_type", record_type)
        _set(self, "flt_peripheral_id", flt_peripheral_id)
        _set(self, "peripheral_number", peripheral_number)
        _set(self, "device_type", device_type)
        _set(self, "max_queued", max_queued)
        _set(self, "flt_service_id", flt_service_id)
        _set(self, "dialed_number", dialed_number)
        _set(self, "dnis", dnis)
        _set(self, "extension", extension)
        _set(self, "description", description)


_new_ConfigDeviceRecord = _w.fast_constructor(ConfigDeviceRecord)


@value_class
class ConfigMrdRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "flt_mr_domain_id",
        "flt_enterprise_name",
        "flt_description",
        "flt_max_task_duration",
        "flt_interruptible",
    )
    record_type: ConfigRecordType | int
    flt_mr_domain_id: int
    flt_enterprise_name: str
    flt_description: str
    flt_max_task_duration: int
    flt_interruptible: bool | int

    def __init__(
        self,
        *,
        record_type: ConfigRecordType | int,
        flt_mr_domain_id: int,
        flt_enterprise_name: str,
        flt_description: str,
        flt_max_task_duration: int,
        flt_interruptible: bool | int,
    ) -> None:
        _set(self, "record_type", record_type)
        _set(self, "flt_mr_domain_id", flt_mr_domain_id)
        _set(self, "flt_enterprise_name", flt_enterprise_name)
        _set(self, "flt_description", flt_description)
        _set(self, "flt_max_task_duration", flt_max_task_duration)
        _set(self, "flt_interruptible", flt_interruptible)


_new_ConfigMrdRecord = _w.fast_constructor(ConfigMrdRecord)


@value_class
class ConfigServiceRecord(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "record_type",
        "flt_peripheral_id",
        "peripheral_number",
        "old_peripheral_number",
        "max_queued",
        "extension",
        "service_skill_target_id",
        "peripheral_name",
        "description",
        "service_level_threshold",
        "service_level_type",
        "config_param",
        "flt_mr_domain_id",
        "service_member",
        "service_priority",
    )
    record_type: ConfigRecordType | int
    flt_peripheral_id: int
    peripheral_number: int
    old_peripheral_number: int | None
    max_queued: int
    extension: str | None
    service_skill_target_id: int
    peripheral_name: str
    description: str
    service_level_threshold: int
    service_level_type: int
    config_param: str
    flt_mr_domain_id: int
    service_member: tuple[int, ...]
    service_priority: tuple[int, ...]

    def __init__(
        self,
        *,
        record_type: ConfigRecordType | int,
        flt_peripheral_id: int,
        peripheral_number: int,
        old_peripheral_number: int | None = None,
        max_queued: int,
        extension: str | None = None,
        service_skill_target_id: int,
        peripheral_name: str,
        description: str,
        service_level_threshold: int,
        service_level_type: int,
        config_param: str,
        flt_mr_domain_id: int,
        service_member: tuple[int, ...] = (),
        service_priority: tuple[int, ...] = (),
    ) -> None:
        _set(self, "record_type", record_type)
        _set(self, "flt_peripheral_id", flt_peripheral_id)
        _set(self, "peripheral_number", peripheral_number)
        _set(self, "old_peripheral_number", old_peripheral_number)
        _set(self, "max_queued", max_queued)
        _set(self, "extension", extension)
        _set(self, "service_skill_target_id", service_skill_target_id)
        _set(self, "peripheral_name", peripheral_name)
        _set(self, "description", description)
        _set(self, "service_level_threshold", service_level_threshold)
        _set(self, "service_level_type", service_level_type)
        _set(self, "config_param", config_param)
        _set(self, "flt_mr_domain_id", flt_mr_domain_id)
        _set(self, "service_member", service_member)
        _set(self, "service_priority", service_priority)


_new_ConfigServiceRecord = _w.fast_constructor(ConfigServiceRecord)


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
        _set(self, "config_param", config_param)


_new_ConfigSkillGroupRecord = _w.fast_constructor(ConfigSkillGroupRecord)


@value_class
class ConnectedParty(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "connected_party_call_id",
        "connected_party_device_id_type",
        "connected_party_device_id",
    )
    connected_party_call_id: int
    connected_party_device_id_type: DeviceIDType | int
    connected_party_device_id: str

    def __init__(
        self,
        connected_party_call_id: int,
        connected_party_device_id_type: DeviceIDType | int,
        connected_party_device_id: str,
    ) -> None:
        _set(self, "connected_party_call_id", connected_party_call_id)
        _set(self, "connected_party_device_id_type", connected_party_device_id_type)
        _set(self, "connected_party_device_id", connected_party_device_id)


_new_ConnectedParty = _w.fast_constructor(ConnectedParty)


@value_class
class DeviceCall(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "call_connection_call_id",
        "call_connection_device_id_type",
        "call_connection_device_id",
        "call_state",
        "silent_monitor_status",
    )
    call_connection_call_id: int
    call_connection_device_id_type: ConnectionDeviceIDType | int
    call_connection_device_id: str
    call_state: LocalConnectionState | int
    silent_monitor_status: SilentMonitorStatus | int

    def __init__(
        self,
        call_connection_call_id: int,
        call_connection_device_id_type: ConnectionDeviceIDType | int,
        call_connection_device_id: str,
        call_state: LocalConnectionState | int,
        silent_monitor_status: SilentMonitorStatus | int,
    ) -> None:
        _set(self, "call_connection_call_id", call_connection_call_id)
        _set(self, "call_connection_device_id_type", call_connection_device_id_type)
        _set(self, "call_connection_device_id", call_connection_device_id)
        _set(self, "call_state", call_state)
        _set(self, "silent_monitor_status", silent_monitor_status)


_new_DeviceCall = _w.fast_constructor(DeviceCall)


@value_class
class FltSkillGroup(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "flt_skill_group_number",
        "flt_skill_group_id",
        "flt_skill_group_priority",
        "flt_skill_group_state",
    )
    flt_skill_group_number: int
    flt_skill_group_id: int
    flt_skill_group_priority: int
    flt_skill_group_state: AgentState | int

    def __init__(
        self,
        flt_skill_group_number: int,
        flt_skill_group_id: int,
        flt_skill_group_priority: int,
        flt_skill_group_state: AgentState | int,
    ) -> None:
        _set(self, "flt_skill_group_number", flt_skill_group_number)
        _set(self, "flt_skill_group_id", flt_skill_group_id)
        _set(self, "flt_skill_group_priority", flt_skill_group_priority)
        _set(self, "flt_skill_group_state", flt_skill_group_state)


_new_FltSkillGroup = _w.fast_constructor(FltSkillGroup)


@value_class
class Line(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "line_handle",
        "line_type",
    )
    line_handle: int
    line_type: LineType | int

    def __init__(
        self,
        line_handle: int,
        line_type: LineType | int,
    ) -> None:
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)


_new_Line = _w.fast_constructor(Line)


@value_class
class PeripheralInfo(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "flt_peripheral_id",
        "multiline_agent_control",
    )
    flt_peripheral_id: int
    multiline_agent_control: int

    def __init__(
        self,
        flt_peripheral_id: int,
        multiline_agent_control: int,
    ) -> None:
        _set(self, "flt_peripheral_id", flt_peripheral_id)
        _set(self, "multiline_agent_control", multiline_agent_control)


_new_PeripheralInfo = _w.fast_constructor(PeripheralInfo)


@value_class
class RequestedSkillGroup(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "skill_group_number",
        "skill_group_priority",
    )
    skill_group_number: int
    skill_group_priority: int

    def __init__(
        self,
        skill_group_number: int,
        skill_group_priority: int,
    ) -> None:
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_priority", skill_group_priority)


_new_RequestedSkillGroup = _w.fast_constructor(RequestedSkillGroup)


@value_class
class SkillGroup(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "skill_group_number",
        "skill_group_id",
        "skill_group_priority",
    )
    skill_group_number: int
    skill_group_id: int
    skill_group_priority: int

    def __init__(
        self,
        skill_group_number: int,
        skill_group_id: int,
        skill_group_priority: int,
    ) -> None:
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "skill_group_priority", skill_group_priority)


_new_SkillGroup = _w.fast_constructor(SkillGroup)


@value_class
class TeamMember(Entry):
    """One entry of a repeated group."""

    __slots__ = (
        "atc_agent_id",
        "agent_flags",
        "atc_agent_state",
        "atc_state_duration",
    )
    atc_agent_id: str
    agent_flags: int
    atc_agent_state: AgentState | int
    atc_state_duration: int

    def __init__(
        self,
        atc_agent_id: str,
        agent_flags: int,
        atc_agent_state: AgentState | int,
        atc_state_duration: int,
    ) -> None:
        _set(self, "atc_agent_id", atc_agent_id)
        _set(self, "agent_flags", agent_flags)
        _set(self, "atc_agent_state", atc_agent_state)
        _set(self, "atc_state_duration", atc_state_duration)


_new_TeamMember = _w.fast_constructor(TeamMember)


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


def _encode_failure_conf(m: FailureConf) -> bytes:
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


def _encode_failure_event(m: FailureEvent) -> bytes:
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


def _decode_open_req(buf: bytes, end: int) -> OpenReq:
    if end < 52:
        raise _w.truncated("OPEN_REQ", _X_OPEN_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 52
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
            _field(buf, pos, start, stop, end, tag, vals, _T_OPEN_REQ, unknown, "OPEN_REQ")
            pos = stop
    except (IndexError, UnicodeDecodeError):
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


def _encode_open_req(m: OpenReq) -> bytes:
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
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "peripherals", peripherals)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_OPEN_CONF: Final = _w.builder(OpenConf)
_S_OPEN_CONF: Final = struct.Struct(">IIIIIHHHi")
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


def _decode_open_conf(buf: bytes, end: int) -> OpenConf:
    if end < 38:
        raise _w.truncated("OPEN_CONF", _X_OPEN_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 6
    unknown: list[UnknownField] = []
    pos = 38
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
            _field(buf, pos, start, stop, end, tag, vals, _T_OPEN_CONF, unknown, "OPEN_CONF")
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 38, end, _T_OPEN_CONF, 6, "OPEN_CONF", _HEAD)
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


def _encode_open_conf(m: OpenConf) -> bytes:
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


@value_class
class HeartbeatReq(GeneratedMessage):
    """Optional heartbeat sent by the CTI client; the server answers with HEARTBEAT_CONF.

    HEARTBEAT_REQ, MessageType 5, client to server.
    From: Session Management (v25), HEARTBEAT_REQ message.
    """

    MESSAGE_TYPE: ClassVar[int] = 5
    MESSAGE_NAME: ClassVar[str] = "HEARTBEAT_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
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


_B_HEARTBEAT_REQ: Final = _w.builder(HeartbeatReq)
_S_HEARTBEAT_REQ: Final = struct.Struct(">I")
_X_HEARTBEAT_REQ: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_HEARTBEAT_REQ: Final[_w.FieldTable] = {}


def _decode_heartbeat_req(buf: bytes, end: int) -> HeartbeatReq:
    if end < 12:
        raise _w.truncated("HEARTBEAT_REQ", _X_HEARTBEAT_REQ, end)
    _, unknown = _w.scan(buf, 12, end, _T_HEARTBEAT_REQ, 0, "HEARTBEAT_REQ", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_HEARTBEAT_REQ()
    (o.invoke_id,) = _S_HEARTBEAT_REQ.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = HeartbeatReq
    return o  # type: ignore[no-any-return]


def _encode_heartbeat_req(m: HeartbeatReq) -> bytes:
    name = "HEARTBEAT_REQ"
    parts = [
        _w.pack_fixed(
            _S_HEARTBEAT_REQ,
            _X_HEARTBEAT_REQ,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(5, parts)


@value_class
class HeartbeatConf(GeneratedMessage):
    """Confirms a HEARTBEAT_REQ.

    HEARTBEAT_CONF, MessageType 6, server to client.
    From: Session Management (v25), HEARTBEAT_CONF message.
    """

    MESSAGE_TYPE: ClassVar[int] = 6
    MESSAGE_NAME: ClassVar[str] = "HEARTBEAT_CONF"
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


_B_HEARTBEAT_CONF: Final = _w.builder(HeartbeatConf)
_S_HEARTBEAT_CONF: Final = struct.Struct(">I")
_X_HEARTBEAT_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_HEARTBEAT_CONF: Final[_w.FieldTable] = {}


def _decode_heartbeat_conf(buf: bytes, end: int) -> HeartbeatConf:
    if end < 12:
        raise _w.truncated("HEARTBEAT_CONF", _X_HEARTBEAT_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_HEARTBEAT_CONF, 0, "HEARTBEAT_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_HEARTBEAT_CONF()
    (o.invoke_id,) = _S_HEARTBEAT_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = HeartbeatConf
    return o  # type: ignore[no-any-return]


def _encode_heartbeat_conf(m: HeartbeatConf) -> bytes:
    name = "HEARTBEAT_CONF"
    parts = [
        _w.pack_fixed(
            _S_HEARTBEAT_CONF,
            _X_HEARTBEAT_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(6, parts)


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


def _encode_close_req(m: CloseReq) -> bytes:
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


@value_class
class CloseConf(GeneratedMessage):
    """Confirms a CLOSE_REQ.

    CLOSE_CONF, MessageType 8, server to client.
    From: Session Management (v25), CLOSE_CONF message.
    """

    MESSAGE_TYPE: ClassVar[int] = 8
    MESSAGE_NAME: ClassVar[str] = "CLOSE_CONF"
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


_B_CLOSE_CONF: Final = _w.builder(CloseConf)
_S_CLOSE_CONF: Final = struct.Struct(">I")
_X_CLOSE_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_CLOSE_CONF: Final[_w.FieldTable] = {}


def _decode_close_conf(buf: bytes, end: int) -> CloseConf:
    if end < 12:
        raise _w.truncated("CLOSE_CONF", _X_CLOSE_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_CLOSE_CONF, 0, "CLOSE_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CLOSE_CONF()
    (o.invoke_id,) = _S_CLOSE_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CloseConf
    return o  # type: ignore[no-any-return]


def _encode_close_conf(m: CloseConf) -> bytes:
    name = "CLOSE_CONF"
    parts = [
        _w.pack_fixed(
            _S_CLOSE_CONF,
            _X_CLOSE_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(8, parts)


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


def _decode_call_delivered_event(buf: bytes, end: int) -> CallDeliveredEvent:
    if end < 62:
        raise _w.truncated("CALL_DELIVERED_EVENT", _X_CALL_DELIVERED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 27
    unknown: list[UnknownField] = []
    pos = 62
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_delivered_event(m: CallDeliveredEvent) -> bytes:
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


def _decode_call_established_event(buf: bytes, end: int) -> CallEstablishedEvent:
    if end < 58:
        raise _w.truncated("CALL_ESTABLISHED_EVENT", _X_CALL_ESTABLISHED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 58
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_established_event(m: CallEstablishedEvent) -> bytes:
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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_held_event(m: CallHeldEvent) -> bytes:
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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_retrieved_event(m: CallRetrievedEvent) -> bytes:
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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_cleared_event(m: CallClearedEvent) -> bytes:
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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_connection_cleared_event(m: CallConnectionClearedEvent) -> bytes:
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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_originated_event(m: CallOriginatedEvent) -> bytes:
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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_failed_event(m: CallFailedEvent) -> bytes:
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


def _decode_call_conferenced_event(buf: bytes, end: int) -> CallConferencedEvent:
    if end < 54:
        raise _w.truncated("CALL_CONFERENCED_EVENT", _X_CALL_CONFERENCED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 54
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_conferenced_event(m: CallConferencedEvent) -> bytes:
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


def _decode_call_transferred_event(buf: bytes, end: int) -> CallTransferredEvent:
    if end < 54:
        raise _w.truncated("CALL_TRANSFERRED_EVENT", _X_CALL_TRANSFERRED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 54
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_transferred_event(m: CallTransferredEvent) -> bytes:
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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_diverted_event(m: CallDivertedEvent) -> bytes:
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


def _decode_call_service_initiated_event(buf: bytes, end: int) -> CallServiceInitiatedEvent:
    if end < 52:
        raise _w.truncated("CALL_SERVICE_INITIATED_EVENT", _X_CALL_SERVICE_INITIATED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 5
    unknown: list[UnknownField] = []
    pos = 52
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_service_initiated_event(m: CallServiceInitiatedEvent) -> bytes:
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


def _decode_call_queued_event(buf: bytes, end: int) -> CallQueuedEvent:
    if end < 48:
        raise _w.truncated("CALL_QUEUED_EVENT", _X_CALL_QUEUED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 8
    unknown: list[UnknownField] = []
    pos = 48
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_queued_event(m: CallQueuedEvent) -> bytes:
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


@value_class
class CallTranslationRouteEvent(GeneratedMessage):
    """Notification of call context data for a call that has been routed to the peripheral by a translation route.

    CALL_TRANSLATION_ROUTE_EVENT, MessageType 22, server to client.
    From: Application Level Interfaces (v25), CALL_TRANSLATION_ROUTE_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 22
    MESSAGE_NAME: ClassVar[str] = "CALL_TRANSLATION_ROUTE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
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
        "named_variables",
        "named_arrays",
        "unknown_fields",
    )

    ani: str | None
    user_to_user_info: bytes | None
    dnis: str
    dialed_number: str | None
    caller_entered_digits: str | None
    router_call_key_day: int
    router_call_key_call_id: int
    router_call_key_sequence_number: int
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
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        ani: str | None = None,
        user_to_user_info: bytes | None = None,
        dnis: str,
        dialed_number: str | None = None,
        caller_entered_digits: str | None = None,
        router_call_key_day: int,
        router_call_key_call_id: int,
        router_call_key_sequence_number: int,
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
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
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
        _set(self, "named_variables", named_variables)
        _set(self, "named_arrays", named_arrays)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_TRANSLATION_ROUTE_EVENT: Final = _w.builder(CallTranslationRouteEvent)
_S_CALL_TRANSLATION_ROUTE_EVENT: Final = struct.Struct(">HH")
_X_CALL_TRANSLATION_ROUTE_EVENT: Final[_w.FixedFields] = (
    ("NumNamedVariables", "H", 10),
    ("NumNamedArrays", "H", 12),
)
_T_CALL_TRANSLATION_ROUTE_EVENT: Final[_w.FieldTable] = {
    8: (0, _w.STRING, False, "ANI"),
    9: (1, _w.UNSPEC, False, "UserToUserInfo"),
    10: (2, _w.STRING, False, "DNIS"),
    11: (3, _w.STRING, False, "DialedNumber"),
    12: (4, _w.STRING, False, "CallerEnteredDigits"),
    72: (5, _w.UINT, False, "RouterCallKeyDay"),
    73: (6, _w.UINT, False, "RouterCallKeyCallID"),
    110: (7, _w.UINT, False, "RouterCallKeySequenceNumber"),
    13: (8, _w.STRING, False, "CallVariable1"),
    14: (9, _w.STRING, False, "CallVariable2"),
    15: (10, _w.STRING, False, "CallVariable3"),
    16: (11, _w.STRING, False, "CallVariable4"),
    17: (12, _w.STRING, False, "CallVariable5"),
    18: (13, _w.STRING, False, "CallVariable6"),
    19: (14, _w.STRING, False, "CallVariable7"),
    20: (15, _w.STRING, False, "CallVariable8"),
    21: (16, _w.STRING, False, "CallVariable9"),
    22: (17, _w.STRING, False, "CallVariable10"),
    82: (18, _w.NAMEDVAR, True, "NamedVariable"),
    83: (19, _w.NAMEDARRAY, True, "NamedArray"),
}
_FAST_CALL_TRANSLATION_ROUTE_EVENT: Final = _fast_slots(
    {
        8: 0,
        10: 2,
        11: 3,
        12: 4,
        13: 8,
        14: 9,
        15: 10,
        16: 11,
        17: 12,
        18: 13,
        19: 14,
        20: 15,
        21: 16,
        22: 17,
        9: ~1,
    }
)


def _decode_call_translation_route_event(buf: bytes, end: int) -> CallTranslationRouteEvent:
    if end < 12:
        raise _w.truncated("CALL_TRANSLATION_ROUTE_EVENT", _X_CALL_TRANSLATION_ROUTE_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 20
    unknown: list[UnknownField] = []
    pos = 12
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_CALL_TRANSLATION_ROUTE_EVENT.get(tag)
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
                _T_CALL_TRANSLATION_ROUTE_EVENT,
                unknown,
                "CALL_TRANSLATION_ROUTE_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 12, end, _T_CALL_TRANSLATION_ROUTE_EVENT, 20, "CALL_TRANSLATION_ROUTE_EVENT", _HEAD
        )
    if vals[2] is None:
        raise _w.missing("CALL_TRANSLATION_ROUTE_EVENT", "DNIS", end)
    if vals[5] is None:
        raise _w.missing("CALL_TRANSLATION_ROUTE_EVENT", "RouterCallKeyDay", end)
    if vals[6] is None:
        raise _w.missing("CALL_TRANSLATION_ROUTE_EVENT", "RouterCallKeyCallID", end)
    if vals[7] is None:
        raise _w.missing("CALL_TRANSLATION_ROUTE_EVENT", "RouterCallKeySequenceNumber", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_TRANSLATION_ROUTE_EVENT()
    (f0, f1) = _S_CALL_TRANSLATION_ROUTE_EVENT.unpack_from(buf, 8)
    (
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
        v18,
        v19,
    ) = vals
    count = f0
    if count == 0 and v18 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g18 = v18 or ()
        if len(g18) != count:
            raise _w.group_mismatch(
                "CALL_TRANSLATION_ROUTE_EVENT",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g18)},
                end,
            )
        o.named_variables = tuple(g18)
    count = f1
    if count == 0 and v19 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g19 = v19 or ()
        if len(g19) != count:
            raise _w.group_mismatch(
                "CALL_TRANSLATION_ROUTE_EVENT",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g19)},
                end,
            )
        o.named_arrays = tuple(g19)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallTranslationRouteEvent
    return o  # type: ignore[no-any-return]


def _encode_call_translation_route_event(m: CallTranslationRouteEvent) -> bytes:
    name = "CALL_TRANSLATION_ROUTE_EVENT"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_CALL_TRANSLATION_ROUTE_EVENT,
            _X_CALL_TRANSLATION_ROUTE_EVENT,
            name,
            len(named_variables),
            len(named_arrays),
        )
    ]
    if m.ani is not None:
        part = _w.put(_w.STRING, 8, m.ani, 40, _WIDE, name, "ANI")
        parts.append(part)
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
        parts.append(part)
    parts.append(_w.put(_w.STRING, 10, m.dnis, 32, _WIDE, name, "DNIS"))
    if m.dialed_number is not None:
        part = _w.put(_w.STRING, 11, m.dialed_number, 40, _WIDE, name, "DialedNumber")
        parts.append(part)
    if m.caller_entered_digits is not None:
        part = _w.put(
            _w.STRING, 12, m.caller_entered_digits, 40, _WIDE, name, "CallerEnteredDigits"
        )
        parts.append(part)
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
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(22, parts)


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


def _decode_begin_call_event(buf: bytes, end: int) -> BeginCallEvent:
    if end < 34:
        raise _w.truncated("BEGIN_CALL_EVENT", _X_BEGIN_CALL_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 25
    unknown: list[UnknownField] = []
    pos = 34
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_begin_call_event(m: BeginCallEvent) -> bytes:
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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_end_call_event(m: EndCallEvent) -> bytes:
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


def _decode_call_data_update_event(buf: bytes, end: int) -> CallDataUpdateEvent:
    if end < 48:
        raise _w.truncated("CALL_DATA_UPDATE_EVENT", _X_CALL_DATA_UPDATE_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 28
    unknown: list[UnknownField] = []
    pos = 48
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_data_update_event(m: CallDataUpdateEvent) -> bytes:
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


def _decode_set_call_data_req(buf: bytes, end: int) -> SetCallDataReq:
    if end < 38:
        raise _w.truncated("SET_CALL_DATA_REQ", _X_SET_CALL_DATA_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 23
    unknown: list[UnknownField] = []
    pos = 38
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_SET_CALL_DATA_REQ.get(tag)
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
                _T_SET_CALL_DATA_REQ,
                unknown,
                "SET_CALL_DATA_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
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


def _encode_set_call_data_req(m: SetCallDataReq) -> bytes:
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


@value_class
class SetCallDataConf(GeneratedMessage):
    """Response confirming a previous SET_CALL_DATA request.

    SET_CALL_DATA_CONF, MessageType 27, server to client.
    From: Application Level Interfaces (v25), SET_CALL_DATA_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 27
    MESSAGE_NAME: ClassVar[str] = "SET_CALL_DATA_CONF"
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


_B_SET_CALL_DATA_CONF: Final = _w.builder(SetCallDataConf)
_S_SET_CALL_DATA_CONF: Final = struct.Struct(">I")
_X_SET_CALL_DATA_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_SET_CALL_DATA_CONF: Final[_w.FieldTable] = {}


def _decode_set_call_data_conf(buf: bytes, end: int) -> SetCallDataConf:
    if end < 12:
        raise _w.truncated("SET_CALL_DATA_CONF", _X_SET_CALL_DATA_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_SET_CALL_DATA_CONF, 0, "SET_CALL_DATA_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SET_CALL_DATA_CONF()
    (o.invoke_id,) = _S_SET_CALL_DATA_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetCallDataConf
    return o  # type: ignore[no-any-return]


def _encode_set_call_data_conf(m: SetCallDataConf) -> bytes:
    name = "SET_CALL_DATA_CONF"
    parts = [
        _w.pack_fixed(
            _S_SET_CALL_DATA_CONF,
            _X_SET_CALL_DATA_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(27, parts)


@value_class
class ReleaseCallReq(GeneratedMessage):
    """Notification that all call data updates are complete.

    RELEASE_CALL_REQ, MessageType 28, client to server.
    From: Application Level Interfaces (v25), RELEASE_CALL_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 28
    MESSAGE_NAME: ClassVar[str] = "RELEASE_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_device_id_type",
        "connection_call_id",
        "connection_device_id",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    connection_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        connection_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_RELEASE_CALL_REQ: Final = _w.builder(ReleaseCallReq)
_S_RELEASE_CALL_REQ: Final = struct.Struct(">IIHI")
_X_RELEASE_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionDeviceIDType", "H", 18),
    ("ConnectionCallID", "I", 22),
)
_T_RELEASE_CALL_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
}
_FAST_RELEASE_CALL_REQ: Final = _fast_slots(
    {
        25: 0,
    }
)


def _decode_release_call_req(buf: bytes, end: int) -> ReleaseCallReq:
    if end < 22:
        raise _w.truncated("RELEASE_CALL_REQ", _X_RELEASE_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_RELEASE_CALL_REQ.get(tag)
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
                _T_RELEASE_CALL_REQ,
                unknown,
                "RELEASE_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 22, end, _T_RELEASE_CALL_REQ, 1, "RELEASE_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("RELEASE_CALL_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_RELEASE_CALL_REQ()
    (o.invoke_id, o.peripheral_id, f2, o.connection_call_id) = _S_RELEASE_CALL_REQ.unpack_from(
        buf, 8
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    (o.connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ReleaseCallReq
    return o  # type: ignore[no-any-return]


def _encode_release_call_req(m: ReleaseCallReq) -> bytes:
    name = "RELEASE_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_RELEASE_CALL_REQ,
            _X_RELEASE_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_device_id_type,
            m.connection_call_id,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(28, parts)


@value_class
class ReleaseCallConf(GeneratedMessage):
    """Response confirming a previous RELEASE_CALL request.

    RELEASE_CALL_CONF, MessageType 29, server to client.
    From: Application Level Interfaces (v25), RELEASE_CALL_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 29
    MESSAGE_NAME: ClassVar[str] = "RELEASE_CALL_CONF"
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


_B_RELEASE_CALL_CONF: Final = _w.builder(ReleaseCallConf)
_S_RELEASE_CALL_CONF: Final = struct.Struct(">I")
_X_RELEASE_CALL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_RELEASE_CALL_CONF: Final[_w.FieldTable] = {}


def _decode_release_call_conf(buf: bytes, end: int) -> ReleaseCallConf:
    if end < 12:
        raise _w.truncated("RELEASE_CALL_CONF", _X_RELEASE_CALL_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_RELEASE_CALL_CONF, 0, "RELEASE_CALL_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_RELEASE_CALL_CONF()
    (o.invoke_id,) = _S_RELEASE_CALL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ReleaseCallConf
    return o  # type: ignore[no-any-return]


def _encode_release_call_conf(m: ReleaseCallConf) -> bytes:
    name = "RELEASE_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_RELEASE_CALL_CONF,
            _X_RELEASE_CALL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(29, parts)


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
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_STATE_EVENT: Final = _w.builder(AgentStateEvent)
_S_AGENT_STATE_EVENT: Final = struct.Struct(">IIIHHIIIHHHiIHIiIHi")
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
}
_FAST_AGENT_STATE_EVENT: Final = _fast_slots(
    {
        3: 0,
        5: 1,
        4: 2,
        6: 3,
    }
)


def _decode_agent_state_event(buf: bytes, end: int) -> AgentStateEvent:
    if end < 70:
        raise _w.truncated("AGENT_STATE_EVENT", _X_AGENT_STATE_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 11
    unknown: list[UnknownField] = []
    pos = 70
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 70, end, _T_AGENT_STATE_EVENT, 11, "AGENT_STATE_EVENT", _HEAD)
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


def _encode_agent_state_event(m: AgentStateEvent) -> bytes:
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(30, parts)


@value_class
class SystemEvent(GeneratedMessage):
    """Reports the current PG status, or provides the CTI client with event data.

    SYSTEM_EVENT, MessageType 31, server to client.
    From: Application Level Interfaces (v25), SYSTEM_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 31
    MESSAGE_NAME: ClassVar[str] = "SYSTEM_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "pg_status",
        "icm_central_controller_time",
        "system_event_id",
        "system_event_arg1",
        "system_event_arg2",
        "system_event_arg3",
        "event_device_type",
        "text",
        "event_device_id",
        "unknown_fields",
    )

    pg_status: PGStatusCode | int
    icm_central_controller_time: int
    system_event_id: SystemEventID | int
    system_event_arg1: int
    system_event_arg2: int
    system_event_arg3: int
    event_device_type: DeviceIDType | int
    text: str | None
    event_device_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        pg_status: PGStatusCode | int = 0,
        icm_central_controller_time: int = 0,
        system_event_id: SystemEventID | int = 0,
        system_event_arg1: int = 0,
        system_event_arg2: int = 0,
        system_event_arg3: int = 0,
        event_device_type: DeviceIDType | int = 0,
        text: str | None = None,
        event_device_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "pg_status", pg_status)
        _set(self, "icm_central_controller_time", icm_central_controller_time)
        _set(self, "system_event_id", system_event_id)
        _set(self, "system_event_arg1", system_event_arg1)
        _set(self, "system_event_arg2", system_event_arg2)
        _set(self, "system_event_arg3", system_event_arg3)
        _set(self, "event_device_type", event_device_type)
        _set(self, "text", text)
        _set(self, "event_device_id", event_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SYSTEM_EVENT: Final = _w.builder(SystemEvent)
_S_SYSTEM_EVENT: Final = struct.Struct(">IIIIIIH")
_X_SYSTEM_EVENT: Final[_w.FixedFields] = (
    ("PGStatus", "I", 12),
    ("ICMCentralControllerTime", "I", 16),
    ("SystemEventID", "I", 20),
    ("SystemEventArg1", "I", 24),
    ("SystemEventArg2", "I", 28),
    ("SystemEventArg3", "I", 32),
    ("EventDeviceType", "H", 34),
)
_T_SYSTEM_EVENT: Final[_w.FieldTable] = {
    7: (0, _w.STRING, False, "Text"),
    206: (1, _w.STRING, False, "EventDeviceID"),
}
_FAST_SYSTEM_EVENT: Final = _fast_slots(
    {
        7: 0,
        206: 1,
    }
)


def _decode_system_event(buf: bytes, end: int) -> SystemEvent:
    if end < 34:
        raise _w.truncated("SYSTEM_EVENT", _X_SYSTEM_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 34
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_SYSTEM_EVENT.get(tag)
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
            _field(buf, pos, start, stop, end, tag, vals, _T_SYSTEM_EVENT, unknown, "SYSTEM_EVENT")
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 34, end, _T_SYSTEM_EVENT, 2, "SYSTEM_EVENT", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SYSTEM_EVENT()
    (
        f0,
        o.icm_central_controller_time,
        f2,
        o.system_event_arg1,
        o.system_event_arg2,
        o.system_event_arg3,
        f6,
    ) = _S_SYSTEM_EVENT.unpack_from(buf, 8)
    o.pg_status = _mask_PGStatusCode[f0]
    o.system_event_id = _enum_SystemEventID[f2]
    o.event_device_type = _enum_DeviceIDType[f6]
    (o.text, o.event_device_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SystemEvent
    return o  # type: ignore[no-any-return]


def _encode_system_event(m: SystemEvent) -> bytes:
    name = "SYSTEM_EVENT"
    parts = [
        _w.pack_fixed(
            _S_SYSTEM_EVENT,
            _X_SYSTEM_EVENT,
            name,
            m.pg_status,
            m.icm_central_controller_time,
            m.system_event_id,
            m.system_event_arg1,
            m.system_event_arg2,
            m.system_event_arg3,
            m.event_device_type,
        )
    ]
    if m.text is not None:
        part = _w.put(_w.STRING, 7, m.text, 255, _WIDE, name, "Text")
        parts.append(part)
    if m.event_device_id is not None:
        part = _w.put(_w.STRING, 206, m.event_device_id, 64, _WIDE, name, "EventDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(31, parts)


@value_class
class ClientEventReportReq(GeneratedMessage):
    """Request to report a CTI client event (through the Unified CCE Alarm subsystem).

    CLIENT_EVENT_REPORT_REQ, MessageType 32, client to server.
    From: Application Level Interfaces (v25), CLIENT_EVENT_REPORT_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 32
    MESSAGE_NAME: ClassVar[str] = "CLIENT_EVENT_REPORT_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "state", "object_name", "text", "unknown_fields")

    invoke_id: int
    state: int
    object_name: str | None
    text: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        state: int = 0,
        object_name: str | None = None,
        text: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "state", state)
        _set(self, "object_name", object_name)
        _set(self, "text", text)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CLIENT_EVENT_REPORT_REQ: Final = _w.builder(ClientEventReportReq)
_S_CLIENT_EVENT_REPORT_REQ: Final = struct.Struct(">IH")
_X_CLIENT_EVENT_REPORT_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("State", "H", 14),
)
_T_CLIENT_EVENT_REPORT_REQ: Final[_w.FieldTable] = {
    66: (0, _w.STRING, False, "ObjectName"),
    7: (1, _w.STRING, False, "Text"),
}
_FAST_CLIENT_EVENT_REPORT_REQ: Final = _fast_slots(
    {
        66: 0,
        7: 1,
    }
)


def _decode_client_event_report_req(buf: bytes, end: int) -> ClientEventReportReq:
    if end < 14:
        raise _w.truncated("CLIENT_EVENT_REPORT_REQ", _X_CLIENT_EVENT_REPORT_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 14
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_CLIENT_EVENT_REPORT_REQ.get(tag)
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
                _T_CLIENT_EVENT_REPORT_REQ,
                unknown,
                "CLIENT_EVENT_REPORT_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 14, end, _T_CLIENT_EVENT_REPORT_REQ, 2, "CLIENT_EVENT_REPORT_REQ", _HEAD
        )
    if vals[1] is None:
        raise _w.missing("CLIENT_EVENT_REPORT_REQ", "Text", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CLIENT_EVENT_REPORT_REQ()
    (o.invoke_id, o.state) = _S_CLIENT_EVENT_REPORT_REQ.unpack_from(buf, 8)
    (o.object_name, o.text) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ClientEventReportReq
    return o  # type: ignore[no-any-return]


def _encode_client_event_report_req(m: ClientEventReportReq) -> bytes:
    name = "CLIENT_EVENT_REPORT_REQ"
    parts = [
        _w.pack_fixed(
            _S_CLIENT_EVENT_REPORT_REQ,
            _X_CLIENT_EVENT_REPORT_REQ,
            name,
            m.invoke_id,
            m.state,
        )
    ]
    if m.object_name is not None:
        part = _w.put(_w.STRING, 66, m.object_name, 128, _WIDE, name, "ObjectName")
        parts.append(part)
    parts.append(_w.put(_w.STRING, 7, m.text, 255, _WIDE, name, "Text"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(32, parts)


@value_class
class ClientEventReportConf(GeneratedMessage):
    """Response confirming a previous CLIENT_EVENT_REPORT request.

    CLIENT_EVENT_REPORT_CONF, MessageType 33, server to client.
    From: Application Level Interfaces (v25), CLIENT_EVENT_REPORT_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 33
    MESSAGE_NAME: ClassVar[str] = "CLIENT_EVENT_REPORT_CONF"
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


_B_CLIENT_EVENT_REPORT_CONF: Final = _w.builder(ClientEventReportConf)
_S_CLIENT_EVENT_REPORT_CONF: Final = struct.Struct(">I")
_X_CLIENT_EVENT_REPORT_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_CLIENT_EVENT_REPORT_CONF: Final[_w.FieldTable] = {}


def _decode_client_event_report_conf(buf: bytes, end: int) -> ClientEventReportConf:
    if end < 12:
        raise _w.truncated("CLIENT_EVENT_REPORT_CONF", _X_CLIENT_EVENT_REPORT_CONF, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_CLIENT_EVENT_REPORT_CONF, 0, "CLIENT_EVENT_REPORT_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CLIENT_EVENT_REPORT_CONF()
    (o.invoke_id,) = _S_CLIENT_EVENT_REPORT_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ClientEventReportConf
    return o  # type: ignore[no-any-return]


def _encode_client_event_report_conf(m: ClientEventReportConf) -> bytes:
    name = "CLIENT_EVENT_REPORT_CONF"
    parts = [
        _w.pack_fixed(
            _S_CLIENT_EVENT_REPORT_CONF,
            _X_CLIENT_EVENT_REPORT_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(33, parts)


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


def _decode_call_reached_network_event(buf: bytes, end: int) -> CallReachedNetworkEvent:
    if end < 36:
        raise _w.truncated("CALL_REACHED_NETWORK_EVENT", _X_CALL_REACHED_NETWORK_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 5
    unknown: list[UnknownField] = []
    pos = 36
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_reached_network_event(m: CallReachedNetworkEvent) -> bytes:
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


@value_class
class ControlFailureConf(GeneratedMessage):
    """Negative confirmation of a Client Control request, sent instead of its confirmation message.

    CONTROL_FAILURE_CONF, MessageType 35, server to client.
    From: Application Level Interfaces (v25), Client Control Service, CONTROL_FAILURE_CONF message format (untitled table in the section introduction).
    """

    MESSAGE_TYPE: ClassVar[int] = 35
    MESSAGE_NAME: ClassVar[str] = "CONTROL_FAILURE_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "failure_code", "peripheral_error_code", "unknown_fields")

    invoke_id: int
    failure_code: ControlFailureCode | int
    peripheral_error_code: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        failure_code: ControlFailureCode | int = 0,
        peripheral_error_code: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "failure_code", failure_code)
        _set(self, "peripheral_error_code", peripheral_error_code)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONTROL_FAILURE_CONF: Final = _w.builder(ControlFailureConf)
_S_CONTROL_FAILURE_CONF: Final = struct.Struct(">IHI")
_X_CONTROL_FAILURE_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("FailureCode", "H", 14),
    ("PeripheralErrorCode", "I", 18),
)
_T_CONTROL_FAILURE_CONF: Final[_w.FieldTable] = {}


def _decode_control_failure_conf(buf: bytes, end: int) -> ControlFailureConf:
    if end < 18:
        raise _w.truncated("CONTROL_FAILURE_CONF", _X_CONTROL_FAILURE_CONF, end)
    _, unknown = _w.scan(buf, 18, end, _T_CONTROL_FAILURE_CONF, 0, "CONTROL_FAILURE_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONTROL_FAILURE_CONF()
    (o.invoke_id, f1, o.peripheral_error_code) = _S_CONTROL_FAILURE_CONF.unpack_from(buf, 8)
    o.failure_code = _enum_ControlFailureCode[f1]
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ControlFailureConf
    return o  # type: ignore[no-any-return]


def _encode_control_failure_conf(m: ControlFailureConf) -> bytes:
    name = "CONTROL_FAILURE_CONF"
    parts = [
        _w.pack_fixed(
            _S_CONTROL_FAILURE_CONF,
            _X_CONTROL_FAILURE_CONF,
            name,
            m.invoke_id,
            m.failure_code,
            m.peripheral_error_code,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(35, parts)


@value_class
class QueryAgentStateReq(GeneratedMessage):
    """Retrieve the current state of an agent at a specified device.

    QUERY_AGENT_STATE_REQ, MessageType 36, client to server.
    From: Application Level Interfaces (v25), Client Control Service, QUERY_AGENT_STATE_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 36
    MESSAGE_NAME: ClassVar[str] = "QUERY_AGENT_STATE_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "mrd_id",
        "icm_agent_id",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    mrd_id: int
    icm_agent_id: int
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        mrd_id: int = 0,
        icm_agent_id: int = 0,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "mrd_id", mrd_id)
        _set(self, "icm_agent_id", icm_agent_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_QUERY_AGENT_STATE_REQ: Final = _w.builder(QueryAgentStateReq)
_S_QUERY_AGENT_STATE_REQ: Final = struct.Struct(">IIii")
_X_QUERY_AGENT_STATE_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("MRDID", "i", 20),
    ("ICMAgentID", "i", 24),
)
_T_QUERY_AGENT_STATE_REQ: Final[_w.FieldTable] = {
    4: (0, _w.STRING, False, "AgentExtension"),
    5: (1, _w.STRING, False, "AgentID"),
    6: (2, _w.STRING, False, "AgentInstrument"),
}
_FAST_QUERY_AGENT_STATE_REQ: Final = _fast_slots(
    {
        4: 0,
        5: 1,
        6: 2,
    }
)


def _decode_query_agent_state_req(buf: bytes, end: int) -> QueryAgentStateReq:
    if end < 24:
        raise _w.truncated("QUERY_AGENT_STATE_REQ", _X_QUERY_AGENT_STATE_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_QUERY_AGENT_STATE_REQ.get(tag)
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
                _T_QUERY_AGENT_STATE_REQ,
                unknown,
                "QUERY_AGENT_STATE_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 24, end, _T_QUERY_AGENT_STATE_REQ, 3, "QUERY_AGENT_STATE_REQ", _HEAD
        )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_QUERY_AGENT_STATE_REQ()
    (o.invoke_id, o.peripheral_id, o.mrd_id, o.icm_agent_id) = _S_QUERY_AGENT_STATE_REQ.unpack_from(
        buf, 8
    )
    (o.agent_extension, o.agent_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = QueryAgentStateReq
    return o  # type: ignore[no-any-return]


def _encode_query_agent_state_req(m: QueryAgentStateReq) -> bytes:
    name = "QUERY_AGENT_STATE_REQ"
    parts = [
        _w.pack_fixed(
            _S_QUERY_AGENT_STATE_REQ,
            _X_QUERY_AGENT_STATE_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.mrd_id,
            m.icm_agent_id,
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(36, parts)


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
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_QUERY_AGENT_STATE_CONF: Final = _w.builder(QueryAgentStateConf)
_S_QUERY_AGENT_STATE_CONF: Final = struct.Struct(">IHHiIHIiIi")
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
}
_FAST_QUERY_AGENT_STATE_CONF: Final = _fast_slots(
    {
        5: 0,
        4: 1,
        6: 2,
    }
)


def _decode_query_agent_state_conf(buf: bytes, end: int) -> QueryAgentStateConf:
    if end < 42:
        raise _w.truncated("QUERY_AGENT_STATE_CONF", _X_QUERY_AGENT_STATE_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 8
    unknown: list[UnknownField] = []
    pos = 42
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 42, end, _T_QUERY_AGENT_STATE_CONF, 8, "QUERY_AGENT_STATE_CONF", _HEAD
        )
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
    (o.agent_id, o.agent_extension, o.agent_instrument, v3, v4, v5, v6, v7) = vals
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


def _encode_query_agent_state_conf(m: QueryAgentStateConf) -> bytes:
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(37, parts)


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
    5: (1, _w.STRING, False, "AgentID"),
    49: (2, _w.STRING, False, "AgentPassword"),
    68: (3, _w.STRING, False, "PositionID"),
    69: (4, _w.STRING, False, "SupervisorID"),
    257: (5, _w.USHORT, False, "SSOEnabled"),
    62: (6, _w.UINT, True, "SkillGroupNumber"),
    64: (7, _w.USHORT, True, "SkillGroupPriority"),
}
_FAST_SET_AGENT_STATE_REQ: Final = _fast_slots(
    {
        6: 0,
        5: 1,
        49: 2,
        68: 3,
        69: 4,
    }
)


def _decode_set_agent_state_req(buf: bytes, end: int) -> SetAgentStateReq:
    if end < 29:
        raise _w.truncated("SET_AGENT_STATE_REQ", _X_SET_AGENT_STATE_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 8
    unknown: list[UnknownField] = []
    pos = 29
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 29, end, _T_SET_AGENT_STATE_REQ, 8, "SET_AGENT_STATE_REQ", _HEAD
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
        o.agent_id,
        o.agent_password,
        o.position_id,
        o.supervisor_id,
        o.sso_enabled,
        v6,
        v7,
    ) = vals
    count = f4
    if count == 0 and v6 is None and v7 is None:
        o.skill_groups = ()  # the usual case: no entries
    else:
        g6 = v6 or ()
        g7 = v7 or ()
        if len(g6) != count or len(g7) != count:
            raise _w.group_mismatch(
                "SET_AGENT_STATE_REQ",
                "SkillGroups",
                "NumSkillGroups",
                count,
                {"SkillGroupNumber": len(g6), "SkillGroupPriority": len(g7)},
                end,
            )
        o.skill_groups = tuple(map(_new_RequestedSkillGroup, g6, g7))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetAgentStateReq
    return o  # type: ignore[no-any-return]


def _encode_set_agent_state_req(m: SetAgentStateReq) -> bytes:
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


@value_class
class SetAgentStateConf(GeneratedMessage):
    """Confirmation of SET_AGENT_STATE_REQ.

    SET_AGENT_STATE_CONF, MessageType 39, server to client.
    From: Application Level Interfaces (v25), Client Control Service, SET_AGENT_STATE_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 39
    MESSAGE_NAME: ClassVar[str] = "SET_AGENT_STATE_CONF"
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


_B_SET_AGENT_STATE_CONF: Final = _w.builder(SetAgentStateConf)
_S_SET_AGENT_STATE_CONF: Final = struct.Struct(">I")
_X_SET_AGENT_STATE_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_SET_AGENT_STATE_CONF: Final[_w.FieldTable] = {}


def _decode_set_agent_state_conf(buf: bytes, end: int) -> SetAgentStateConf:
    if end < 12:
        raise _w.truncated("SET_AGENT_STATE_CONF", _X_SET_AGENT_STATE_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_SET_AGENT_STATE_CONF, 0, "SET_AGENT_STATE_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SET_AGENT_STATE_CONF()
    (o.invoke_id,) = _S_SET_AGENT_STATE_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetAgentStateConf
    return o  # type: ignore[no-any-return]


def _encode_set_agent_state_conf(m: SetAgentStateConf) -> bytes:
    name = "SET_AGENT_STATE_CONF"
    parts = [
        _w.pack_fixed(
            _S_SET_AGENT_STATE_CONF,
            _X_SET_AGENT_STATE_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(39, parts)


@value_class
class AlternateCallReq(GeneratedMessage):
    """Place an active call on hold and then retrieve a previously held call or answer an alerting call at the same device.

    ALTERNATE_CALL_REQ, MessageType 40, client to server.
    From: Application Level Interfaces (v25), Client Control Service, ALTERNATE_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 40
    MESSAGE_NAME: ClassVar[str] = "ALTERNATE_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "active_connection_call_id",
        "other_connection_call_id",
        "active_connection_device_id_type",
        "other_connection_device_id_type",
        "active_connection_device_id",
        "other_connection_device_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    active_connection_call_id: int
    other_connection_call_id: int
    active_connection_device_id_type: ConnectionDeviceIDType | int
    other_connection_device_id_type: ConnectionDeviceIDType | int
    active_connection_device_id: str
    other_connection_device_id: str
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        active_connection_call_id: int = 0,
        other_connection_call_id: int = 0,
        active_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        other_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        active_connection_device_id: str,
        other_connection_device_id: str,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "active_connection_call_id", active_connection_call_id)
        _set(self, "other_connection_call_id", other_connection_call_id)
        _set(self, "active_connection_device_id_type", active_connection_device_id_type)
        _set(self, "other_connection_device_id_type", other_connection_device_id_type)
        _set(self, "active_connection_device_id", active_connection_device_id)
        _set(self, "other_connection_device_id", other_connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_ALTERNATE_CALL_REQ: Final = _w.builder(AlternateCallReq)
_S_ALTERNATE_CALL_REQ: Final = struct.Struct(">IIIIHH")
_X_ALTERNATE_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ActiveConnectionCallID", "I", 20),
    ("OtherConnectionCallID", "I", 24),
    ("ActiveConnectionDeviceIDType", "H", 26),
    ("OtherConnectionDeviceIDType", "H", 28),
)
_T_ALTERNATE_CALL_REQ: Final[_w.FieldTable] = {
    50: (0, _w.STRING, False, "ActiveConnectionDeviceID"),
    52: (1, _w.STRING, False, "OtherConnectionDeviceID"),
    6: (2, _w.STRING, False, "AgentInstrument"),
}
_FAST_ALTERNATE_CALL_REQ: Final = _fast_slots(
    {
        50: 0,
        52: 1,
        6: 2,
    }
)


def _decode_alternate_call_req(buf: bytes, end: int) -> AlternateCallReq:
    if end < 28:
        raise _w.truncated("ALTERNATE_CALL_REQ", _X_ALTERNATE_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 28
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_ALTERNATE_CALL_REQ.get(tag)
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
                _T_ALTERNATE_CALL_REQ,
                unknown,
                "ALTERNATE_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 28, end, _T_ALTERNATE_CALL_REQ, 3, "ALTERNATE_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("ALTERNATE_CALL_REQ", "ActiveConnectionDeviceID", end)
    if vals[1] is None:
        raise _w.missing("ALTERNATE_CALL_REQ", "OtherConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_ALTERNATE_CALL_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        o.active_connection_call_id,
        o.other_connection_call_id,
        f4,
        f5,
    ) = _S_ALTERNATE_CALL_REQ.unpack_from(buf, 8)
    o.active_connection_device_id_type = _enum_ConnectionDeviceIDType[f4]
    o.other_connection_device_id_type = _enum_ConnectionDeviceIDType[f5]
    (o.active_connection_device_id, o.other_connection_device_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AlternateCallReq
    return o  # type: ignore[no-any-return]


def _encode_alternate_call_req(m: AlternateCallReq) -> bytes:
    name = "ALTERNATE_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_ALTERNATE_CALL_REQ,
            _X_ALTERNATE_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.active_connection_call_id,
            m.other_connection_call_id,
            m.active_connection_device_id_type,
            m.other_connection_device_id_type,
        )
    ]
    parts.append(
        _w.put(
            _w.STRING,
            50,
            m.active_connection_device_id,
            64,
            _WIDE,
            name,
            "ActiveConnectionDeviceID",
        )
    )
    parts.append(
        _w.put(
            _w.STRING, 52, m.other_connection_device_id, 64, _WIDE, name, "OtherConnectionDeviceID"
        )
    )
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(40, parts)


@value_class
class AlternateCallConf(GeneratedMessage):
    """Confirmation of ALTERNATE_CALL_REQ.

    ALTERNATE_CALL_CONF, MessageType 41, server to client.
    From: Application Level Interfaces (v25), Client Control Service, ALTERNATE_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 41
    MESSAGE_NAME: ClassVar[str] = "ALTERNATE_CALL_CONF"
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


_B_ALTERNATE_CALL_CONF: Final = _w.builder(AlternateCallConf)
_S_ALTERNATE_CALL_CONF: Final = struct.Struct(">I")
_X_ALTERNATE_CALL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_ALTERNATE_CALL_CONF: Final[_w.FieldTable] = {}


def _decode_alternate_call_conf(buf: bytes, end: int) -> AlternateCallConf:
    if end < 12:
        raise _w.truncated("ALTERNATE_CALL_CONF", _X_ALTERNATE_CALL_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_ALTERNATE_CALL_CONF, 0, "ALTERNATE_CALL_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_ALTERNATE_CALL_CONF()
    (o.invoke_id,) = _S_ALTERNATE_CALL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AlternateCallConf
    return o  # type: ignore[no-any-return]


def _encode_alternate_call_conf(m: AlternateCallConf) -> bytes:
    name = "ALTERNATE_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_ALTERNATE_CALL_CONF,
            _X_ALTERNATE_CALL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(41, parts)


@value_class
class AnswerCallReq(GeneratedMessage):
    """Connect an alerting call at the device that is alerting.

    ANSWER_CALL_REQ, MessageType 42, client to server.
    From: Application Level Interfaces (v25), Client Control Service, ANSWER_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 42
    MESSAGE_NAME: ClassVar[str] = "ANSWER_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "connection_device_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
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
        connection_device_id: str,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_ANSWER_CALL_REQ: Final = _w.builder(AnswerCallReq)
_S_ANSWER_CALL_REQ: Final = struct.Struct(">IIIH")
_X_ANSWER_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
)
_T_ANSWER_CALL_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    6: (1, _w.STRING, False, "AgentInstrument"),
}
_FAST_ANSWER_CALL_REQ: Final = _fast_slots(
    {
        25: 0,
        6: 1,
    }
)


def _decode_answer_call_req(buf: bytes, end: int) -> AnswerCallReq:
    if end < 22:
        raise _w.truncated("ANSWER_CALL_REQ", _X_ANSWER_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_ANSWER_CALL_REQ.get(tag)
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
                _T_ANSWER_CALL_REQ,
                unknown,
                "ANSWER_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 22, end, _T_ANSWER_CALL_REQ, 2, "ANSWER_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("ANSWER_CALL_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_ANSWER_CALL_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3) = _S_ANSWER_CALL_REQ.unpack_from(
        buf, 8
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.connection_device_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AnswerCallReq
    return o  # type: ignore[no-any-return]


def _encode_answer_call_req(m: AnswerCallReq) -> bytes:
    name = "ANSWER_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_ANSWER_CALL_REQ,
            _X_ANSWER_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(42, parts)


@value_class
class AnswerCallConf(GeneratedMessage):
    """Confirmation of ANSWER_CALL_REQ.

    ANSWER_CALL_CONF, MessageType 43, server to client.
    From: Application Level Interfaces (v25), Client Control Service, ANSWER_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 43
    MESSAGE_NAME: ClassVar[str] = "ANSWER_CALL_CONF"
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


_B_ANSWER_CALL_CONF: Final = _w.builder(AnswerCallConf)
_S_ANSWER_CALL_CONF: Final = struct.Struct(">I")
_X_ANSWER_CALL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_ANSWER_CALL_CONF: Final[_w.FieldTable] = {}


def _decode_answer_call_conf(buf: bytes, end: int) -> AnswerCallConf:
    if end < 12:
        raise _w.truncated("ANSWER_CALL_CONF", _X_ANSWER_CALL_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_ANSWER_CALL_CONF, 0, "ANSWER_CALL_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_ANSWER_CALL_CONF()
    (o.invoke_id,) = _S_ANSWER_CALL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AnswerCallConf
    return o  # type: ignore[no-any-return]


def _encode_answer_call_conf(m: AnswerCallConf) -> bytes:
    name = "ANSWER_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_ANSWER_CALL_CONF,
            _X_ANSWER_CALL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(43, parts)


@value_class
class ClearCallReq(GeneratedMessage):
    """Release all devices from the specified call.

    CLEAR_CALL_REQ, MessageType 44, client to server.
    From: Application Level Interfaces (v25), Client Control Service, CLEAR_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 44
    MESSAGE_NAME: ClassVar[str] = "CLEAR_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "connection_device_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
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
        connection_device_id: str,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CLEAR_CALL_REQ: Final = _w.builder(ClearCallReq)
_S_CLEAR_CALL_REQ: Final = struct.Struct(">IIIH")
_X_CLEAR_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
)
_T_CLEAR_CALL_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    6: (1, _w.STRING, False, "AgentInstrument"),
}
_FAST_CLEAR_CALL_REQ: Final = _fast_slots(
    {
        25: 0,
        6: 1,
    }
)


def _decode_clear_call_req(buf: bytes, end: int) -> ClearCallReq:
    if end < 22:
        raise _w.truncated("CLEAR_CALL_REQ", _X_CLEAR_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_CLEAR_CALL_REQ.get(tag)
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
                buf, pos, start, stop, end, tag, vals, _T_CLEAR_CALL_REQ, unknown, "CLEAR_CALL_REQ"
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 22, end, _T_CLEAR_CALL_REQ, 2, "CLEAR_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("CLEAR_CALL_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CLEAR_CALL_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3) = _S_CLEAR_CALL_REQ.unpack_from(buf, 8)
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.connection_device_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ClearCallReq
    return o  # type: ignore[no-any-return]


def _encode_clear_call_req(m: ClearCallReq) -> bytes:
    name = "CLEAR_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_CLEAR_CALL_REQ,
            _X_CLEAR_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(44, parts)


@value_class
class ClearCallConf(GeneratedMessage):
    """Confirmation of CLEAR_CALL_REQ.

    CLEAR_CALL_CONF, MessageType 45, server to client.
    From: Application Level Interfaces (v25), Client Control Service, CLEAR_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 45
    MESSAGE_NAME: ClassVar[str] = "CLEAR_CALL_CONF"
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


_B_CLEAR_CALL_CONF: Final = _w.builder(ClearCallConf)
_S_CLEAR_CALL_CONF: Final = struct.Struct(">I")
_X_CLEAR_CALL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_CLEAR_CALL_CONF: Final[_w.FieldTable] = {}


def _decode_clear_call_conf(buf: bytes, end: int) -> ClearCallConf:
    if end < 12:
        raise _w.truncated("CLEAR_CALL_CONF", _X_CLEAR_CALL_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_CLEAR_CALL_CONF, 0, "CLEAR_CALL_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CLEAR_CALL_CONF()
    (o.invoke_id,) = _S_CLEAR_CALL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ClearCallConf
    return o  # type: ignore[no-any-return]


def _encode_clear_call_conf(m: ClearCallConf) -> bytes:
    name = "CLEAR_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_CLEAR_CALL_CONF,
            _X_CLEAR_CALL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(45, parts)


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
        "ctios_cil_client_id",
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
    ctios_cil_client_id: str | None
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
        ctios_cil_client_id: str | None = None,
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
        _set(self, "ctios_cil_client_id", ctios_cil_client_id)
        _set(self, "requesting_device_id", requesting_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CLEAR_CONNECTION_REQ: Final = _w.builder(ClearConnectionReq)
_S_CLEAR_CONNECTION_REQ: Final = struct.Struct(">IIIHH")
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
    217: (2, _w.STRING, False, "CTIOSCILClientID"),
    219: (3, _w.STRING, False, "RequestingDeviceID"),
}
_FAST_CLEAR_CONNECTION_REQ: Final = _fast_slots(
    {
        25: 0,
        6: 1,
        217: 2,
        219: 3,
    }
)


def _decode_clear_connection_req(buf: bytes, end: int) -> ClearConnectionReq:
    if end < 24:
        raise _w.truncated("CLEAR_CONNECTION_REQ", _X_CLEAR_CONNECTION_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 4
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 24, end, _T_CLEAR_CONNECTION_REQ, 4, "CLEAR_CONNECTION_REQ", _HEAD
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
    (o.connection_device_id, o.agent_instrument, o.ctios_cil_client_id, o.requesting_device_id) = (
        vals
    )
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ClearConnectionReq
    return o  # type: ignore[no-any-return]


def _encode_clear_connection_req(m: ClearConnectionReq) -> bytes:
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
    if m.ctios_cil_client_id is not None:
        part = _w.put(_w.STRING, 217, m.ctios_cil_client_id, 64, _WIDE, name, "CTIOSCILClientID")
        parts.append(part)
    if m.requesting_device_id is not None:
        part = _w.put(_w.STRING, 219, m.requesting_device_id, 64, _WIDE, name, "RequestingDeviceID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(46, parts)


@value_class
class ClearConnectionConf(GeneratedMessage):
    """Confirmation of CLEAR_CONNECTION_REQ.

    CLEAR_CONNECTION_CONF, MessageType 47, server to client.
    From: Application Level Interfaces (v25), Client Control Service, CLEAR_CONNECTION_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 47
    MESSAGE_NAME: ClassVar[str] = "CLEAR_CONNECTION_CONF"
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


_B_CLEAR_CONNECTION_CONF: Final = _w.builder(ClearConnectionConf)
_S_CLEAR_CONNECTION_CONF: Final = struct.Struct(">I")
_X_CLEAR_CONNECTION_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_CLEAR_CONNECTION_CONF: Final[_w.FieldTable] = {}


def _decode_clear_connection_conf(buf: bytes, end: int) -> ClearConnectionConf:
    if end < 12:
        raise _w.truncated("CLEAR_CONNECTION_CONF", _X_CLEAR_CONNECTION_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_CLEAR_CONNECTION_CONF, 0, "CLEAR_CONNECTION_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CLEAR_CONNECTION_CONF()
    (o.invoke_id,) = _S_CLEAR_CONNECTION_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ClearConnectionConf
    return o  # type: ignore[no-any-return]


def _encode_clear_connection_conf(m: ClearConnectionConf) -> bytes:
    name = "CLEAR_CONNECTION_CONF"
    parts = [
        _w.pack_fixed(
            _S_CLEAR_CONNECTION_CONF,
            _X_CLEAR_CONNECTION_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(47, parts)


@value_class
class ConferenceCallReq(GeneratedMessage):
    """Conference an existing held call with another active call.

    CONFERENCE_CALL_REQ, MessageType 48, client to server.
    From: Application Level Interfaces (v25), Client Control Service, CONFERENCE_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 48
    MESSAGE_NAME: ClassVar[str] = "CONFERENCE_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "held_connection_call_id",
        "active_connection_call_id",
        "held_connection_device_id_type",
        "active_connection_device_id_type",
        "call_placement_type",
        "call_manner_type",
        "alert_rings",
        "call_option",
        "facility_type",
        "answering_machine",
        "priority",
        "post_route",
        "active_connection_device_id",
        "held_connection_device_id",
        "agent_instrument",
        "dialed_number",
        "user_to_user_info",
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
        "facility_code",
        "authorization_code",
        "account_code",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    held_connection_call_id: int
    active_connection_call_id: int
    held_connection_device_id_type: ConnectionDeviceIDType | int
    active_connection_device_id_type: ConnectionDeviceIDType | int
    call_placement_type: CallPlacementType | int
    call_manner_type: CallMannerType | int
    alert_rings: int
    call_option: CallOption | int
    facility_type: FacilityType | int
    answering_machine: AnsweringMachine | int
    priority: bool | int
    post_route: bool | int
    active_connection_device_id: str
    held_connection_device_id: str | None
    agent_instrument: str | None
    dialed_number: str | None
    user_to_user_info: bytes | None
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
    facility_code: str | None
    authorization_code: str | None
    account_code: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        held_connection_call_id: int = 0,
        active_connection_call_id: int = 0,
        held_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        active_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        call_placement_type: CallPlacementType | int = 0,
        call_manner_type: CallMannerType | int = 0,
        alert_rings: int = 0,
        call_option: CallOption | int = 0,
        facility_type: FacilityType | int = 0,
        answering_machine: AnsweringMachine | int = 0,
        priority: bool | int = False,
        post_route: bool | int = False,
        active_connection_device_id: str,
        held_connection_device_id: str | None = None,
        agent_instrument: str | None = None,
        dialed_number: str | None = None,
        user_to_user_info: bytes | None = None,
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
        facility_code: str | None = None,
        authorization_code: str | None = None,
        account_code: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "held_connection_call_id", held_connection_call_id)
        _set(self, "active_connection_call_id", active_connection_call_id)
        _set(self, "held_connection_device_id_type", held_connection_device_id_type)
        _set(self, "active_connection_device_id_type", active_connection_device_id_type)
        _set(self, "call_placement_type", call_placement_type)
        _set(self, "call_manner_type", call_manner_type)
        _set(self, "alert_rings", alert_rings)
        _set(self, "call_option", call_option)
        _set(self, "facility_type", facility_type)
        _set(self, "answering_machine", answering_machine)
        _set(self, "priority", priority)
        _set(self, "post_route", post_route)
        _set(self, "active_connection_device_id", active_connection_device_id)
        _set(self, "held_connection_device_id", held_connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "dialed_number", dialed_number)
        _set(self, "user_to_user_info", user_to_user_info)
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
        _set(self, "facility_code", facility_code)
        _set(self, "authorization_code", authorization_code)
        _set(self, "account_code", account_code)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFERENCE_CALL_REQ: Final = _w.builder(ConferenceCallReq)
_S_CONFERENCE_CALL_REQ: Final = struct.Struct(">IIIIHHHHHHHHHHHH")
_X_CONFERENCE_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("HeldConnectionCallID", "I", 20),
    ("ActiveConnectionCallID", "I", 24),
    ("HeldConnectionDeviceIDType", "H", 26),
    ("ActiveConnectionDeviceIDType", "H", 28),
    ("CallPlacementType", "H", 30),
    ("CallMannerType", "H", 32),
    ("AlertRings", "H", 34),
    ("CallOption", "H", 36),
    ("FacilityType", "H", 38),
    ("AnsweringMachine", "H", 40),
    ("Priority", "H", 42),
    ("PostRoute", "H", 44),
    ("NumNamedVariables", "H", 46),
    ("NumNamedArrays", "H", 48),
)
_T_CONFERENCE_CALL_REQ: Final[_w.FieldTable] = {
    50: (0, _w.STRING, False, "ActiveConnectionDeviceID"),
    53: (1, _w.STRING, False, "HeldConnectionDeviceID"),
    6: (2, _w.STRING, False, "AgentInstrument"),
    11: (3, _w.STRING, False, "DialedNumber"),
    9: (4, _w.UNSPEC, False, "UserToUserInfo"),
    13: (5, _w.STRING, False, "CallVariable1"),
    14: (6, _w.STRING, False, "CallVariable2"),
    15: (7, _w.STRING, False, "CallVariable3"),
    16: (8, _w.STRING, False, "CallVariable4"),
    17: (9, _w.STRING, False, "CallVariable5"),
    18: (10, _w.STRING, False, "CallVariable6"),
    19: (11, _w.STRING, False, "CallVariable7"),
    20: (12, _w.STRING, False, "CallVariable8"),
    21: (13, _w.STRING, False, "CallVariable9"),
    22: (14, _w.STRING, False, "CallVariable10"),
    46: (15, _w.STRING, False, "CallWrapupData"),
    82: (16, _w.NAMEDVAR, True, "NamedVariable"),
    83: (17, _w.NAMEDARRAY, True, "NamedArray"),
    51: (18, _w.STRING, False, "FacilityCode"),
    77: (19, _w.STRING, False, "AuthorizationCode"),
    78: (20, _w.STRING, False, "AccountCode"),
}
_FAST_CONFERENCE_CALL_REQ: Final = _fast_slots(
    {
        50: 0,
        53: 1,
        6: 2,
        11: 3,
        13: 5,
        14: 6,
        15: 7,
        16: 8,
        17: 9,
        18: 10,
        19: 11,
        20: 12,
        21: 13,
        22: 14,
        46: 15,
        51: 18,
        77: 19,
        78: 20,
        9: ~4,
    }
)


def _decode_conference_call_req(buf: bytes, end: int) -> ConferenceCallReq:
    if end < 48:
        raise _w.truncated("CONFERENCE_CALL_REQ", _X_CONFERENCE_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 21
    unknown: list[UnknownField] = []
    pos = 48
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_CONFERENCE_CALL_REQ.get(tag)
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
                _T_CONFERENCE_CALL_REQ,
                unknown,
                "CONFERENCE_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 48, end, _T_CONFERENCE_CALL_REQ, 21, "CONFERENCE_CALL_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CONFERENCE_CALL_REQ", "ActiveConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFERENCE_CALL_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        o.held_connection_call_id,
        o.active_connection_call_id,
        f4,
        f5,
        f6,
        f7,
        o.alert_rings,
        f9,
        f10,
        f11,
        f12,
        f13,
        f14,
        f15,
    ) = _S_CONFERENCE_CALL_REQ.unpack_from(buf, 8)
    o.held_connection_device_id_type = _enum_ConnectionDeviceIDType[f4]
    o.active_connection_device_id_type = _enum_ConnectionDeviceIDType[f5]
    o.call_placement_type = _enum_CallPlacementType[f6]
    o.call_manner_type = _enum_CallMannerType[f7]
    o.call_option = _enum_CallOption[f9]
    o.facility_type = _enum_FacilityType[f10]
    o.answering_machine = _enum_AnsweringMachine[f11]
    o.priority = _w.as_bool(f12)
    o.post_route = _w.as_bool(f13)
    (
        o.active_connection_device_id,
        o.held_connection_device_id,
        o.agent_instrument,
        o.dialed_number,
        o.user_to_user_info,
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
        v16,
        v17,
        o.facility_code,
        o.authorization_code,
        o.account_code,
    ) = vals
    count = f14
    if count == 0 and v16 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g16 = v16 or ()
        if len(g16) != count:
            raise _w.group_mismatch(
                "CONFERENCE_CALL_REQ",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g16)},
                end,
            )
        o.named_variables = tuple(g16)
    count = f15
    if count == 0 and v17 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g17 = v17 or ()
        if len(g17) != count:
            raise _w.group_mismatch(
                "CONFERENCE_CALL_REQ",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g17)},
                end,
            )
        o.named_arrays = tuple(g17)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConferenceCallReq
    return o  # type: ignore[no-any-return]


def _encode_conference_call_req(m: ConferenceCallReq) -> bytes:
    name = "CONFERENCE_CALL_REQ"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_CONFERENCE_CALL_REQ,
            _X_CONFERENCE_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.held_connection_call_id,
            m.active_connection_call_id,
            m.held_connection_device_id_type,
            m.active_connection_device_id_type,
            m.call_placement_type,
            m.call_manner_type,
            m.alert_rings,
            m.call_option,
            m.facility_type,
            m.answering_machine,
            m.priority,
            m.post_route,
            len(named_variables),
            len(named_arrays),
        )
    ]
    parts.append(
        _w.put(
            _w.STRING,
            50,
            m.active_connection_device_id,
            64,
            _WIDE,
            name,
            "ActiveConnectionDeviceID",
        )
    )
    if m.held_connection_device_id is not None:
        part = _w.put(
            _w.STRING, 53, m.held_connection_device_id, 64, _WIDE, name, "HeldConnectionDeviceID"
        )
        parts.append(part)
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    if m.dialed_number is not None:
        part = _w.put(_w.STRING, 11, m.dialed_number, 40, _WIDE, name, "DialedNumber")
        parts.append(part)
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
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
    if m.facility_code is not None:
        part = _w.put(_w.STRING, 51, m.facility_code, 40, _WIDE, name, "FacilityCode")
        parts.append(part)
    if m.authorization_code is not None:
        part = _w.put(_w.STRING, 77, m.authorization_code, 40, _WIDE, name, "AuthorizationCode")
        parts.append(part)
    if m.account_code is not None:
        part = _w.put(_w.STRING, 78, m.account_code, 40, _WIDE, name, "AccountCode")
        parts.append(part)
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(48, parts)


@value_class
class ConferenceCallConf(GeneratedMessage):
    """Confirmation of CONFERENCE_CALL_REQ with the parties of the resulting conference call.

    CONFERENCE_CALL_CONF, MessageType 49, server to client.
    From: Application Level Interfaces (v25), Client Control Service, CONFERENCE_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 49
    MESSAGE_NAME: ClassVar[str] = "CONFERENCE_CALL_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "new_connection_call_id",
        "new_connection_device_id_type",
        "line_handle",
        "line_type",
        "new_connection_device_id",
        "connected_parties",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "connected_parties": ConnectedParty,
    }

    invoke_id: int
    new_connection_call_id: int
    new_connection_device_id_type: ConnectionDeviceIDType | int
    line_handle: int
    line_type: LineType | int
    new_connection_device_id: str
    connected_parties: tuple[ConnectedParty, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        new_connection_call_id: int = 0,
        new_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        new_connection_device_id: str,
        connected_parties: tuple[ConnectedParty, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "new_connection_call_id", new_connection_call_id)
        _set(self, "new_connection_device_id_type", new_connection_device_id_type)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "new_connection_device_id", new_connection_device_id)
        _set(self, "connected_parties", connected_parties)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFERENCE_CALL_CONF: Final = _w.builder(ConferenceCallConf)
_S_CONFERENCE_CALL_CONF: Final = struct.Struct(">IIHHHH")
_X_CONFERENCE_CALL_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("NewConnectionCallID", "I", 16),
    ("NewConnectionDeviceIDType", "H", 18),
    ("NumParties", "H", 20),
    ("LineHandle", "H", 22),
    ("LineType", "H", 24),
)
_T_CONFERENCE_CALL_CONF: Final[_w.FieldTable] = {
    47: (0, _w.STRING, False, "NewConnectionDeviceID"),
    39: (1, _w.UINT, True, "ConnectedPartyCallID"),
    40: (2, _w.USHORT, True, "ConnectedPartyDeviceIDType"),
    41: (3, _w.STRING, True, "ConnectedPartyDeviceID"),
}
_FAST_CONFERENCE_CALL_CONF: Final = _fast_slots(
    {
        47: 0,
    }
)


def _decode_conference_call_conf(buf: bytes, end: int) -> ConferenceCallConf:
    if end < 24:
        raise _w.truncated("CONFERENCE_CALL_CONF", _X_CONFERENCE_CALL_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 4
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_CONFERENCE_CALL_CONF.get(tag)
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
                _T_CONFERENCE_CALL_CONF,
                unknown,
                "CONFERENCE_CALL_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 24, end, _T_CONFERENCE_CALL_CONF, 4, "CONFERENCE_CALL_CONF", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CONFERENCE_CALL_CONF", "NewConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFERENCE_CALL_CONF()
    (o.invoke_id, o.new_connection_call_id, f2, f3, o.line_handle, f5) = (
        _S_CONFERENCE_CALL_CONF.unpack_from(buf, 8)
    )
    o.new_connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    o.line_type = _enum_LineType[f5]
    (o.new_connection_device_id, v1, v2, v3) = vals
    count = f3
    if count == 0 and v1 is None and v2 is None and v3 is None:
        o.connected_parties = ()  # the usual case: no entries
    else:
        g1 = v1 or ()
        g2 = [_enum_DeviceIDType[x] for x in (v2 or ())]
        g3 = v3 or ()
        if len(g1) != count or len(g2) != count or len(g3) != count:
            raise _w.group_mismatch(
                "CONFERENCE_CALL_CONF",
                "ConnectedParties",
                "NumParties",
                count,
                {
                    "ConnectedPartyCallID": len(g1),
                    "ConnectedPartyDeviceIDType": len(g2),
                    "ConnectedPartyDeviceID": len(g3),
                },
                end,
            )
        o.connected_parties = tuple(map(_new_ConnectedParty, g1, g2, g3))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConferenceCallConf
    return o  # type: ignore[no-any-return]


def _encode_conference_call_conf(m: ConferenceCallConf) -> bytes:
    name = "CONFERENCE_CALL_CONF"
    connected_parties = _w.check_group(
        m.connected_parties, ConnectedParty, 16, name, "ConnectedParties"
    )
    parts = [
        _w.pack_fixed(
            _S_CONFERENCE_CALL_CONF,
            _X_CONFERENCE_CALL_CONF,
            name,
            m.invoke_id,
            m.new_connection_call_id,
            m.new_connection_device_id_type,
            len(connected_parties),
            m.line_handle,
            m.line_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 47, m.new_connection_device_id, 64, _WIDE, name, "NewConnectionDeviceID")
    )
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
    return _w.frame(49, parts)


@value_class
class ConsultationCallReq(GeneratedMessage):
    """Place an active call on hold and then make a new call.

    CONSULTATION_CALL_REQ, MessageType 50, client to server.
    From: Application Level Interfaces (v25), Client Control Service, CONSULTATION_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 50
    MESSAGE_NAME: ClassVar[str] = "CONSULTATION_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "active_connection_call_id",
        "active_connection_device_id_type",
        "call_placement_type",
        "call_manner_type",
        "consult_type",
        "alert_rings",
        "call_option",
        "facility_type",
        "answering_machine",
        "priority",
        "post_route",
        "active_connection_device_id",
        "dialed_number",
        "agent_instrument",
        "user_to_user_info",
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
        "facility_code",
        "authorization_code",
        "account_code",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    active_connection_call_id: int
    active_connection_device_id_type: ConnectionDeviceIDType | int
    call_placement_type: CallPlacementType | int
    call_manner_type: CallMannerType | int
    consult_type: ConsultType | int
    alert_rings: int
    call_option: CallOption | int
    facility_type: FacilityType | int
    answering_machine: AnsweringMachine | int
    priority: bool | int
    post_route: bool | int
    active_connection_device_id: str
    dialed_number: str
    agent_instrument: str | None
    user_to_user_info: bytes | None
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
    facility_code: str | None
    authorization_code: str | None
    account_code: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        active_connection_call_id: int = 0,
        active_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        call_placement_type: CallPlacementType | int = 0,
        call_manner_type: CallMannerType | int = 0,
        consult_type: ConsultType | int = 0,
        alert_rings: int = 0,
        call_option: CallOption | int = 0,
        facility_type: FacilityType | int = 0,
        answering_machine: AnsweringMachine | int = 0,
        priority: bool | int = False,
        post_route: bool | int = False,
        active_connection_device_id: str,
        dialed_number: str,
        agent_instrument: str | None = None,
        user_to_user_info: bytes | None = None,
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
        facility_code: str | None = None,
        authorization_code: str | None = None,
        account_code: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "active_connection_call_id", active_connection_call_id)
        _set(self, "active_connection_device_id_type", active_connection_device_id_type)
        _set(self, "call_placement_type", call_placement_type)
        _set(self, "call_manner_type", call_manner_type)
        _set(self, "consult_type", consult_type)
        _set(self, "alert_rings", alert_rings)
        _set(self, "call_option", call_option)
        _set(self, "facility_type", facility_type)
        _set(self, "answering_machine", answering_machine)
        _set(self, "priority", priority)
        _set(self, "post_route", post_route)
        _set(self, "active_connection_device_id", active_connection_device_id)
        _set(self, "dialed_number", dialed_number)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "user_to_user_info", user_to_user_info)
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
        _set(self, "facility_code", facility_code)
        _set(self, "authorization_code", authorization_code)
        _set(self, "account_code", account_code)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONSULTATION_CALL_REQ: Final = _w.builder(ConsultationCallReq)
_S_CONSULTATION_CALL_REQ: Final = struct.Struct(">IIIHHHHHHHHHHHH")
_X_CONSULTATION_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ActiveConnectionCallID", "I", 20),
    ("ActiveConnectionDeviceIDType", "H", 22),
    ("CallPlacementType", "H", 24),
    ("CallMannerType", "H", 26),
    ("ConsultType", "H", 28),
    ("AlertRings", "H", 30),
    ("CallOption", "H", 32),
    ("FacilityType", "H", 34),
    ("AnsweringMachine", "H", 36),
    ("Priority", "H", 38),
    ("PostRoute", "H", 40),
    ("NumNamedVariables", "H", 42),
    ("NumNamedArrays", "H", 44),
)
_T_CONSULTATION_CALL_REQ: Final[_w.FieldTable] = {
    50: (0, _w.STRING, False, "ActiveConnectionDeviceID"),
    11: (1, _w.STRING, False, "DialedNumber"),
    6: (2, _w.STRING, False, "AgentInstrument"),
    9: (3, _w.UNSPEC, False, "UserToUserInfo"),
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
    51: (17, _w.STRING, False, "FacilityCode"),
    77: (18, _w.STRING, False, "AuthorizationCode"),
    78: (19, _w.STRING, False, "AccountCode"),
}
_FAST_CONSULTATION_CALL_REQ: Final = _fast_slots(
    {
        50: 0,
        11: 1,
        6: 2,
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
        51: 17,
        77: 18,
        78: 19,
        9: ~3,
    }
)


def _decode_consultation_call_req(buf: bytes, end: int) -> ConsultationCallReq:
    if end < 44:
        raise _w.truncated("CONSULTATION_CALL_REQ", _X_CONSULTATION_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 20
    unknown: list[UnknownField] = []
    pos = 44
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_CONSULTATION_CALL_REQ.get(tag)
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
                _T_CONSULTATION_CALL_REQ,
                unknown,
                "CONSULTATION_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 44, end, _T_CONSULTATION_CALL_REQ, 20, "CONSULTATION_CALL_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CONSULTATION_CALL_REQ", "ActiveConnectionDeviceID", end)
    if vals[1] is None:
        raise _w.missing("CONSULTATION_CALL_REQ", "DialedNumber", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONSULTATION_CALL_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        o.active_connection_call_id,
        f3,
        f4,
        f5,
        f6,
        o.alert_rings,
        f8,
        f9,
        f10,
        f11,
        f12,
        f13,
        f14,
    ) = _S_CONSULTATION_CALL_REQ.unpack_from(buf, 8)
    o.active_connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.call_placement_type = _enum_CallPlacementType[f4]
    o.call_manner_type = _enum_CallMannerType[f5]
    o.consult_type = _enum_ConsultType[f6]
    o.call_option = _enum_CallOption[f8]
    o.facility_type = _enum_FacilityType[f9]
    o.answering_machine = _enum_AnsweringMachine[f10]
    o.priority = _w.as_bool(f11)
    o.post_route = _w.as_bool(f12)
    (
        o.active_connection_device_id,
        o.dialed_number,
        o.agent_instrument,
        o.user_to_user_info,
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
        o.facility_code,
        o.authorization_code,
        o.account_code,
    ) = vals
    count = f13
    if count == 0 and v15 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g15 = v15 or ()
        if len(g15) != count:
            raise _w.group_mismatch(
                "CONSULTATION_CALL_REQ",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g15)},
                end,
            )
        o.named_variables = tuple(g15)
    count = f14
    if count == 0 and v16 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g16 = v16 or ()
        if len(g16) != count:
            raise _w.group_mismatch(
                "CONSULTATION_CALL_REQ",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g16)},
                end,
            )
        o.named_arrays = tuple(g16)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConsultationCallReq
    return o  # type: ignore[no-any-return]


def _encode_consultation_call_req(m: ConsultationCallReq) -> bytes:
    name = "CONSULTATION_CALL_REQ"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_CONSULTATION_CALL_REQ,
            _X_CONSULTATION_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.active_connection_call_id,
            m.active_connection_device_id_type,
            m.call_placement_type,
            m.call_manner_type,
            m.consult_type,
            m.alert_rings,
            m.call_option,
            m.facility_type,
            m.answering_machine,
            m.priority,
            m.post_route,
            len(named_variables),
            len(named_arrays),
        )
    ]
    parts.append(
        _w.put(
            _w.STRING,
            50,
            m.active_connection_device_id,
            64,
            _WIDE,
            name,
            "ActiveConnectionDeviceID",
        )
    )
    parts.append(_w.put(_w.STRING, 11, m.dialed_number, 40, _WIDE, name, "DialedNumber"))
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
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
    if m.facility_code is not None:
        part = _w.put(_w.STRING, 51, m.facility_code, 40, _WIDE, name, "FacilityCode")
        parts.append(part)
    if m.authorization_code is not None:
        part = _w.put(_w.STRING, 77, m.authorization_code, 40, _WIDE, name, "AuthorizationCode")
        parts.append(part)
    if m.account_code is not None:
        part = _w.put(_w.STRING, 78, m.account_code, 40, _WIDE, name, "AccountCode")
        parts.append(part)
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(50, parts)


@value_class
class ConsultationCallConf(GeneratedMessage):
    """Confirmation of CONSULTATION_CALL_REQ.

    CONSULTATION_CALL_CONF, MessageType 51, server to client.
    From: Application Level Interfaces (v25), Client Control Service, CONSULTATION_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 51
    MESSAGE_NAME: ClassVar[str] = "CONSULTATION_CALL_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "new_connection_call_id",
        "new_connection_device_id_type",
        "line_handle",
        "line_type",
        "new_connection_device_id",
        "unknown_fields",
    )

    invoke_id: int
    new_connection_call_id: int
    new_connection_device_id_type: ConnectionDeviceIDType | int
    line_handle: int
    line_type: LineType | int
    new_connection_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        new_connection_call_id: int = 0,
        new_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        new_connection_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "new_connection_call_id", new_connection_call_id)
        _set(self, "new_connection_device_id_type", new_connection_device_id_type)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "new_connection_device_id", new_connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONSULTATION_CALL_CONF: Final = _w.builder(ConsultationCallConf)
_S_CONSULTATION_CALL_CONF: Final = struct.Struct(">IIHHH")
_X_CONSULTATION_CALL_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("NewConnectionCallID", "I", 16),
    ("NewConnectionDeviceIDType", "H", 18),
    ("LineHandle", "H", 20),
    ("LineType", "H", 22),
)
_T_CONSULTATION_CALL_CONF: Final[_w.FieldTable] = {
    47: (0, _w.STRING, False, "NewConnectionDeviceID"),
}
_FAST_CONSULTATION_CALL_CONF: Final = _fast_slots(
    {
        47: 0,
    }
)


def _decode_consultation_call_conf(buf: bytes, end: int) -> ConsultationCallConf:
    if end < 22:
        raise _w.truncated("CONSULTATION_CALL_CONF", _X_CONSULTATION_CALL_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_CONSULTATION_CALL_CONF.get(tag)
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
                _T_CONSULTATION_CALL_CONF,
                unknown,
                "CONSULTATION_CALL_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 22, end, _T_CONSULTATION_CALL_CONF, 1, "CONSULTATION_CALL_CONF", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CONSULTATION_CALL_CONF", "NewConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONSULTATION_CALL_CONF()
    (o.invoke_id, o.new_connection_call_id, f2, o.line_handle, f4) = (
        _S_CONSULTATION_CALL_CONF.unpack_from(buf, 8)
    )
    o.new_connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    o.line_type = _enum_LineType[f4]
    (o.new_connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConsultationCallConf
    return o  # type: ignore[no-any-return]


def _encode_consultation_call_conf(m: ConsultationCallConf) -> bytes:
    name = "CONSULTATION_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_CONSULTATION_CALL_CONF,
            _X_CONSULTATION_CALL_CONF,
            name,
            m.invoke_id,
            m.new_connection_call_id,
            m.new_connection_device_id_type,
            m.line_handle,
            m.line_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 47, m.new_connection_device_id, 64, _WIDE, name, "NewConnectionDeviceID")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(51, parts)


@value_class
class DeflectCallReq(GeneratedMessage):
    """Move an alerting call from a known device to another device.

    DEFLECT_CALL_REQ, MessageType 52, client to server.
    From: Application Level Interfaces (v25), Client Control Service, DEFLECT_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 52
    MESSAGE_NAME: ClassVar[str] = "DEFLECT_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "called_device_type",
        "connection_device_id",
        "called_device_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    called_device_type: DeviceIDType | int
    connection_device_id: str
    called_device_id: str
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        called_device_type: DeviceIDType | int = 0,
        connection_device_id: str,
        called_device_id: str,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "called_device_type", called_device_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "called_device_id", called_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_DEFLECT_CALL_REQ: Final = _w.builder(DeflectCallReq)
_S_DEFLECT_CALL_REQ: Final = struct.Struct(">IIIHH")
_X_DEFLECT_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
    ("CalledDeviceType", "H", 24),
)
_T_DEFLECT_CALL_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    28: (1, _w.STRING, False, "CalledDeviceID"),
    6: (2, _w.STRING, False, "AgentInstrument"),
}
_FAST_DEFLECT_CALL_REQ: Final = _fast_slots(
    {
        25: 0,
        28: 1,
        6: 2,
    }
)


def _decode_deflect_call_req(buf: bytes, end: int) -> DeflectCallReq:
    if end < 24:
        raise _w.truncated("DEFLECT_CALL_REQ", _X_DEFLECT_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_DEFLECT_CALL_REQ.get(tag)
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
                _T_DEFLECT_CALL_REQ,
                unknown,
                "DEFLECT_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 24, end, _T_DEFLECT_CALL_REQ, 3, "DEFLECT_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("DEFLECT_CALL_REQ", "ConnectionDeviceID", end)
    if vals[1] is None:
        raise _w.missing("DEFLECT_CALL_REQ", "CalledDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_DEFLECT_CALL_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3, f4) = _S_DEFLECT_CALL_REQ.unpack_from(
        buf, 8
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.called_device_type = _enum_DeviceIDType[f4]
    (o.connection_device_id, o.called_device_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = DeflectCallReq
    return o  # type: ignore[no-any-return]


def _encode_deflect_call_req(m: DeflectCallReq) -> bytes:
    name = "DEFLECT_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_DEFLECT_CALL_REQ,
            _X_DEFLECT_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.called_device_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.append(_w.put(_w.STRING, 28, m.called_device_id, 64, _WIDE, name, "CalledDeviceID"))
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(52, parts)


@value_class
class DeflectCallConf(GeneratedMessage):
    """Confirmation of DEFLECT_CALL_REQ.

    DEFLECT_CALL_CONF, MessageType 53, server to client.
    From: Application Level Interfaces (v25), Client Control Service, DEFLECT_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 53
    MESSAGE_NAME: ClassVar[str] = "DEFLECT_CALL_CONF"
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


_B_DEFLECT_CALL_CONF: Final = _w.builder(DeflectCallConf)
_S_DEFLECT_CALL_CONF: Final = struct.Struct(">I")
_X_DEFLECT_CALL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_DEFLECT_CALL_CONF: Final[_w.FieldTable] = {}


def _decode_deflect_call_conf(buf: bytes, end: int) -> DeflectCallConf:
    if end < 12:
        raise _w.truncated("DEFLECT_CALL_CONF", _X_DEFLECT_CALL_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_DEFLECT_CALL_CONF, 0, "DEFLECT_CALL_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_DEFLECT_CALL_CONF()
    (o.invoke_id,) = _S_DEFLECT_CALL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = DeflectCallConf
    return o  # type: ignore[no-any-return]


def _encode_deflect_call_conf(m: DeflectCallConf) -> bytes:
    name = "DEFLECT_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_DEFLECT_CALL_CONF,
            _X_DEFLECT_CALL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(53, parts)


@value_class
class HoldCallReq(GeneratedMessage):
    """Place an existing call connection into the held state.

    HOLD_CALL_REQ, MessageType 54, client to server.
    From: Application Level Interfaces (v25), Client Control Service, HOLD_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 54
    MESSAGE_NAME: ClassVar[str] = "HOLD_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "reservation",
        "connection_device_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    reservation: bool | int
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
        reservation: bool | int = False,
        connection_device_id: str,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "reservation", reservation)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_HOLD_CALL_REQ: Final = _w.builder(HoldCallReq)
_S_HOLD_CALL_REQ: Final = struct.Struct(">IIIHH")
_X_HOLD_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
    ("Reservation", "H", 24),
)
_T_HOLD_CALL_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    6: (1, _w.STRING, False, "AgentInstrument"),
}
_FAST_HOLD_CALL_REQ: Final = _fast_slots(
    {
        25: 0,
        6: 1,
    }
)


def _decode_hold_call_req(buf: bytes, end: int) -> HoldCallReq:
    if end < 24:
        raise _w.truncated("HOLD_CALL_REQ", _X_HOLD_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_HOLD_CALL_REQ.get(tag)
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
                buf, pos, start, stop, end, tag, vals, _T_HOLD_CALL_REQ, unknown, "HOLD_CALL_REQ"
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 24, end, _T_HOLD_CALL_REQ, 2, "HOLD_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("HOLD_CALL_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_HOLD_CALL_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3, f4) = _S_HOLD_CALL_REQ.unpack_from(
        buf, 8
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    o.reservation = _w.as_bool(f4)
    (o.connection_device_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = HoldCallReq
    return o  # type: ignore[no-any-return]


def _encode_hold_call_req(m: HoldCallReq) -> bytes:
    name = "HOLD_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_HOLD_CALL_REQ,
            _X_HOLD_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.reservation,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(54, parts)


@value_class
class HoldCallConf(GeneratedMessage):
    """Confirmation of HOLD_CALL_REQ.

    HOLD_CALL_CONF, MessageType 55, server to client.
    From: Application Level Interfaces (v25), Client Control Service, HOLD_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 55
    MESSAGE_NAME: ClassVar[str] = "HOLD_CALL_CONF"
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


_B_HOLD_CALL_CONF: Final = _w.builder(HoldCallConf)
_S_HOLD_CALL_CONF: Final = struct.Struct(">I")
_X_HOLD_CALL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_HOLD_CALL_CONF: Final[_w.FieldTable] = {}


def _decode_hold_call_conf(buf: bytes, end: int) -> HoldCallConf:
    if end < 12:
        raise _w.truncated("HOLD_CALL_CONF", _X_HOLD_CALL_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_HOLD_CALL_CONF, 0, "HOLD_CALL_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_HOLD_CALL_CONF()
    (o.invoke_id,) = _S_HOLD_CALL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = HoldCallConf
    return o  # type: ignore[no-any-return]


def _encode_hold_call_conf(m: HoldCallConf) -> bytes:
    name = "HOLD_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_HOLD_CALL_CONF,
            _X_HOLD_CALL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(55, parts)


@value_class
class MakeCallReq(GeneratedMessage):
    """Initiate a call between two devices.

    MAKE_CALL_REQ, MessageType 56, client to server.
    From: Application Level Interfaces (v25), Client Control Service, MAKE_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 56
    MESSAGE_NAME: ClassVar[str] = "MAKE_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "call_placement_type",
        "call_manner_type",
        "alert_rings",
        "call_option",
        "facility_type",
        "answering_machine",
        "priority",
        "post_route",
        "skill_group_number",
        "agent_instrument",
        "dialed_number",
        "user_to_user_info",
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
        "facility_code",
        "authorization_code",
        "account_code",
        "cct",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    call_placement_type: CallPlacementType | int
    call_manner_type: CallMannerType | int
    alert_rings: int
    call_option: CallOption | int
    facility_type: FacilityType | int
    answering_machine: AnsweringMachine | int
    priority: bool | int
    post_route: bool | int
    skill_group_number: int
    agent_instrument: str
    dialed_number: str
    user_to_user_info: bytes | None
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
    facility_code: str | None
    authorization_code: str | None
    account_code: str | None
    cct: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        call_placement_type: CallPlacementType | int = 0,
        call_manner_type: CallMannerType | int = 0,
        alert_rings: int = 0,
        call_option: CallOption | int = 0,
        facility_type: FacilityType | int = 0,
        answering_machine: AnsweringMachine | int = 0,
        priority: bool | int = False,
        post_route: bool | int = False,
        skill_group_number: int = 0,
        agent_instrument: str,
        dialed_number: str,
        user_to_user_info: bytes | None = None,
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
        facility_code: str | None = None,
        authorization_code: str | None = None,
        account_code: str | None = None,
        cct: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "call_placement_type", call_placement_type)
        _set(self, "call_manner_type", call_manner_type)
        _set(self, "alert_rings", alert_rings)
        _set(self, "call_option", call_option)
        _set(self, "facility_type", facility_type)
        _set(self, "answering_machine", answering_machine)
        _set(self, "priority", priority)
        _set(self, "post_route", post_route)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "dialed_number", dialed_number)
        _set(self, "user_to_user_info", user_to_user_info)
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
        _set(self, "facility_code", facility_code)
        _set(self, "authorization_code", authorization_code)
        _set(self, "account_code", account_code)
        _set(self, "cct", cct)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_MAKE_CALL_REQ: Final = _w.builder(MakeCallReq)
_S_MAKE_CALL_REQ: Final = struct.Struct(">IIHHHHHHHHHHI")
_X_MAKE_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("CallPlacementType", "H", 18),
    ("CallMannerType", "H", 20),
    ("AlertRings", "H", 22),
    ("CallOption", "H", 24),
    ("FacilityType", "H", 26),
    ("AnsweringMachine", "H", 28),
    ("Priority", "H", 30),
    ("PostRoute", "H", 32),
    ("NumNamedVariables", "H", 34),
    ("NumNamedArrays", "H", 36),
    ("SkillGroupNumber", "I", 40),
)
_T_MAKE_CALL_REQ: Final[_w.FieldTable] = {
    6: (0, _w.STRING, False, "AgentInstrument"),
    11: (1, _w.STRING, False, "DialedNumber"),
    9: (2, _w.UNSPEC, False, "UserToUserInfo"),
    13: (3, _w.STRING, False, "CallVariable1"),
    14: (4, _w.STRING, False, "CallVariable2"),
    15: (5, _w.STRING, False, "CallVariable3"),
    16: (6, _w.STRING, False, "CallVariable4"),
    17: (7, _w.STRING, False, "CallVariable5"),
    18: (8, _w.STRING, False, "CallVariable6"),
    19: (9, _w.STRING, False, "CallVariable7"),
    20: (10, _w.STRING, False, "CallVariable8"),
    21: (11, _w.STRING, False, "CallVariable9"),
    22: (12, _w.STRING, False, "CallVariable10"),
    46: (13, _w.STRING, False, "CallWrapupData"),
    82: (14, _w.NAMEDVAR, True, "NamedVariable"),
    83: (15, _w.NAMEDARRAY, True, "NamedArray"),
    51: (16, _w.STRING, False, "FacilityCode"),
    77: (17, _w.STRING, False, "AuthorizationCode"),
    78: (18, _w.STRING, False, "AccountCode"),
    84: (19, _w.STRING, False, "CCT"),
}
_FAST_MAKE_CALL_REQ: Final = _fast_slots(
    {
        6: 0,
        11: 1,
        13: 3,
        14: 4,
        15: 5,
        16: 6,
        17: 7,
        18: 8,
        19: 9,
        20: 10,
        21: 11,
        22: 12,
        46: 13,
        51: 16,
        77: 17,
        78: 18,
        84: 19,
        9: ~2,
    }
)


def _decode_make_call_req(buf: bytes, end: int) -> MakeCallReq:
    if end < 40:
        raise _w.truncated("MAKE_CALL_REQ", _X_MAKE_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 20
    unknown: list[UnknownField] = []
    pos = 40
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_MAKE_CALL_REQ.get(tag)
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
                buf, pos, start, stop, end, tag, vals, _T_MAKE_CALL_REQ, unknown, "MAKE_CALL_REQ"
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 40, end, _T_MAKE_CALL_REQ, 20, "MAKE_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("MAKE_CALL_REQ", "AgentInstrument", end)
    if vals[1] is None:
        raise _w.missing("MAKE_CALL_REQ", "DialedNumber", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MAKE_CALL_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        f2,
        f3,
        o.alert_rings,
        f5,
        f6,
        f7,
        f8,
        f9,
        f10,
        f11,
        o.skill_group_number,
    ) = _S_MAKE_CALL_REQ.unpack_from(buf, 8)
    o.call_placement_type = _enum_CallPlacementType[f2]
    o.call_manner_type = _enum_CallMannerType[f3]
    o.call_option = _enum_CallOption[f5]
    o.facility_type = _enum_FacilityType[f6]
    o.answering_machine = _enum_AnsweringMachine[f7]
    o.priority = _w.as_bool(f8)
    o.post_route = _w.as_bool(f9)
    (
        o.agent_instrument,
        o.dialed_number,
        o.user_to_user_info,
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
        v14,
        v15,
        o.facility_code,
        o.authorization_code,
        o.account_code,
        o.cct,
    ) = vals
    count = f10
    if count == 0 and v14 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g14 = v14 or ()
        if len(g14) != count:
            raise _w.group_mismatch(
                "MAKE_CALL_REQ",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g14)},
                end,
            )
        o.named_variables = tuple(g14)
    count = f11
    if count == 0 and v15 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g15 = v15 or ()
        if len(g15) != count:
            raise _w.group_mismatch(
                "MAKE_CALL_REQ",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g15)},
                end,
            )
        o.named_arrays = tuple(g15)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MakeCallReq
    return o  # type: ignore[no-any-return]


def _encode_make_call_req(m: MakeCallReq) -> bytes:
    name = "MAKE_CALL_REQ"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_MAKE_CALL_REQ,
            _X_MAKE_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.call_placement_type,
            m.call_manner_type,
            m.alert_rings,
            m.call_option,
            m.facility_type,
            m.answering_machine,
            m.priority,
            m.post_route,
            len(named_variables),
            len(named_arrays),
            m.skill_group_number,
        )
    ]
    parts.append(_w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument"))
    parts.append(_w.put(_w.STRING, 11, m.dialed_number, 40, _WIDE, name, "DialedNumber"))
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
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
    if m.facility_code is not None:
        part = _w.put(_w.STRING, 51, m.facility_code, 40, _WIDE, name, "FacilityCode")
        parts.append(part)
    if m.authorization_code is not None:
        part = _w.put(_w.STRING, 77, m.authorization_code, 40, _WIDE, name, "AuthorizationCode")
        parts.append(part)
    if m.account_code is not None:
        part = _w.put(_w.STRING, 78, m.account_code, 40, _WIDE, name, "AccountCode")
        parts.append(part)
    if m.cct is not None:
        part = _w.put(_w.STRING, 84, m.cct, 4, _WIDE, name, "CCT")
        parts.append(part)
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(56, parts)


@value_class
class MakeCallConf(GeneratedMessage):
    """Confirmation of MAKE_CALL_REQ.

    MAKE_CALL_CONF, MessageType 57, server to client.
    From: Application Level Interfaces (v25), Client Control Service, MAKE_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 57
    MESSAGE_NAME: ClassVar[str] = "MAKE_CALL_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "new_connection_call_id",
        "new_connection_device_id_type",
        "line_handle",
        "line_type",
        "new_connection_device_id",
        "unknown_fields",
    )

    invoke_id: int
    new_connection_call_id: int
    new_connection_device_id_type: ConnectionDeviceIDType | int
    line_handle: int
    line_type: LineType | int
    new_connection_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        new_connection_call_id: int = 0,
        new_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        new_connection_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "new_connection_call_id", new_connection_call_id)
        _set(self, "new_connection_device_id_type", new_connection_device_id_type)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "new_connection_device_id", new_connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_MAKE_CALL_CONF: Final = _w.builder(MakeCallConf)
_S_MAKE_CALL_CONF: Final = struct.Struct(">IIHHH")
_X_MAKE_CALL_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("NewConnectionCallID", "I", 16),
    ("NewConnectionDeviceIDType", "H", 18),
    ("LineHandle", "H", 20),
    ("LineType", "H", 22),
)
_T_MAKE_CALL_CONF: Final[_w.FieldTable] = {
    47: (0, _w.STRING, False, "NewConnectionDeviceID"),
}
_FAST_MAKE_CALL_CONF: Final = _fast_slots(
    {
        47: 0,
    }
)


def _decode_make_call_conf(buf: bytes, end: int) -> MakeCallConf:
    if end < 22:
        raise _w.truncated("MAKE_CALL_CONF", _X_MAKE_CALL_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_MAKE_CALL_CONF.get(tag)
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
                buf, pos, start, stop, end, tag, vals, _T_MAKE_CALL_CONF, unknown, "MAKE_CALL_CONF"
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 22, end, _T_MAKE_CALL_CONF, 1, "MAKE_CALL_CONF", _HEAD)
    if vals[0] is None:
        raise _w.missing("MAKE_CALL_CONF", "NewConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MAKE_CALL_CONF()
    (o.invoke_id, o.new_connection_call_id, f2, o.line_handle, f4) = _S_MAKE_CALL_CONF.unpack_from(
        buf, 8
    )
    o.new_connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    o.line_type = _enum_LineType[f4]
    (o.new_connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MakeCallConf
    return o  # type: ignore[no-any-return]


def _encode_make_call_conf(m: MakeCallConf) -> bytes:
    name = "MAKE_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_MAKE_CALL_CONF,
            _X_MAKE_CALL_CONF,
            name,
            m.invoke_id,
            m.new_connection_call_id,
            m.new_connection_device_id_type,
            m.line_handle,
            m.line_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 47, m.new_connection_device_id, 64, _WIDE, name, "NewConnectionDeviceID")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(57, parts)


@value_class
class MakePredictiveCallReq(GeneratedMessage):
    """Initiate a call between a group of devices and a logical device on behalf of a calling device.

    MAKE_PREDICTIVE_CALL_REQ, MessageType 58, client to server.
    From: Application Level Interfaces (v25), Client Control Service, MAKE_PREDICTIVE_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 58
    MESSAGE_NAME: ClassVar[str] = "MAKE_PREDICTIVE_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "call_placement_type",
        "call_manner_type",
        "alert_rings",
        "call_option",
        "facility_type",
        "answering_machine",
        "priority",
        "allocation_state",
        "destination_country",
        "answer_detect_mode",
        "answer_detect_time",
        "answer_detect_control1",
        "answer_detect_control2",
        "originating_device_id",
        "dialed_number",
        "user_to_user_info",
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
        "facility_code",
        "authorization_code",
        "account_code",
        "originating_line_id",
        "cct",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    call_placement_type: CallPlacementType | int
    call_manner_type: CallMannerType | int
    alert_rings: int
    call_option: CallOption | int
    facility_type: FacilityType | int
    answering_machine: AnsweringMachine | int
    priority: bool | int
    allocation_state: AllocationState | int
    destination_country: DestinationCountry | int
    answer_detect_mode: AnswerDetectMode | int
    answer_detect_time: int
    answer_detect_control1: int
    answer_detect_control2: int
    originating_device_id: str
    dialed_number: str
    user_to_user_info: bytes | None
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
    facility_code: str | None
    authorization_code: str | None
    account_code: str | None
    originating_line_id: str | None
    cct: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        call_placement_type: CallPlacementType | int = 0,
        call_manner_type: CallMannerType | int = 0,
        alert_rings: int = 0,
        call_option: CallOption | int = 0,
        facility_type: FacilityType | int = 0,
        answering_machine: AnsweringMachine | int = 0,
        priority: bool | int = False,
        allocation_state: AllocationState | int = 0,
        destination_country: DestinationCountry | int = 0,
        answer_detect_mode: AnswerDetectMode | int = 0,
        answer_detect_time: int = 0,
        answer_detect_control1: int = 0,
        answer_detect_control2: int = 0,
        originating_device_id: str,
        dialed_number: str,
        user_to_user_info: bytes | None = None,
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
        facility_code: str | None = None,
        authorization_code: str | None = None,
        account_code: str | None = None,
        originating_line_id: str | None = None,
        cct: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "call_placement_type", call_placement_type)
        _set(self, "call_manner_type", call_manner_type)
        _set(self, "alert_rings", alert_rings)
        _set(self, "call_option", call_option)
        _set(self, "facility_type", facility_type)
        _set(self, "answering_machine", answering_machine)
        _set(self, "priority", priority)
        _set(self, "allocation_state", allocation_state)
        _set(self, "destination_country", destination_country)
        _set(self, "answer_detect_mode", answer_detect_mode)
        _set(self, "answer_detect_time", answer_detect_time)
        _set(self, "answer_detect_control1", answer_detect_control1)
        _set(self, "answer_detect_control2", answer_detect_control2)
        _set(self, "originating_device_id", originating_device_id)
        _set(self, "dialed_number", dialed_number)
        _set(self, "user_to_user_info", user_to_user_info)
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
        _set(self, "facility_code", facility_code)
        _set(self, "authorization_code", authorization_code)
        _set(self, "account_code", account_code)
        _set(self, "originating_line_id", originating_line_id)
        _set(self, "cct", cct)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_MAKE_PREDICTIVE_CALL_REQ: Final = _w.builder(MakePredictiveCallReq)
_S_MAKE_PREDICTIVE_CALL_REQ: Final = struct.Struct(">IIHHHHHHHHHHHIIHH")
_X_MAKE_PREDICTIVE_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("CallPlacementType", "H", 18),
    ("CallMannerType", "H", 20),
    ("AlertRings", "H", 22),
    ("CallOption", "H", 24),
    ("FacilityType", "H", 26),
    ("AnsweringMachine", "H", 28),
    ("Priority", "H", 30),
    ("AllocationState", "H", 32),
    ("DestinationCountry", "H", 34),
    ("AnswerDetectMode", "H", 36),
    ("AnswerDetectTime", "H", 38),
    ("AnswerDetectControl1", "I", 42),
    ("AnswerDetectControl2", "I", 46),
    ("NumNamedVariables", "H", 48),
    ("NumNamedArrays", "H", 50),
)
_T_MAKE_PREDICTIVE_CALL_REQ: Final[_w.FieldTable] = {
    79: (0, _w.STRING, False, "OriginatingDeviceID"),
    11: (1, _w.STRING, False, "DialedNumber"),
    9: (2, _w.UNSPEC, False, "UserToUserInfo"),
    13: (3, _w.STRING, False, "CallVariable1"),
    14: (4, _w.STRING, False, "CallVariable2"),
    15: (5, _w.STRING, False, "CallVariable3"),
    16: (6, _w.STRING, False, "CallVariable4"),
    17: (7, _w.STRING, False, "CallVariable5"),
    18: (8, _w.STRING, False, "CallVariable6"),
    19: (9, _w.STRING, False, "CallVariable7"),
    20: (10, _w.STRING, False, "CallVariable8"),
    21: (11, _w.STRING, False, "CallVariable9"),
    22: (12, _w.STRING, False, "CallVariable10"),
    46: (13, _w.STRING, False, "CallWrapupData"),
    82: (14, _w.NAMEDVAR, True, "NamedVariable"),
    83: (15, _w.NAMEDARRAY, True, "NamedArray"),
    51: (16, _w.STRING, False, "FacilityCode"),
    77: (17, _w.STRING, False, "AuthorizationCode"),
    78: (18, _w.STRING, False, "AccountCode"),
    80: (19, _w.STRING, False, "OriginatingLineID"),
    84: (20, _w.STRING, False, "CCT"),
}
_FAST_MAKE_PREDICTIVE_CALL_REQ: Final = _fast_slots(
    {
        79: 0,
        11: 1,
        13: 3,
        14: 4,
        15: 5,
        16: 6,
        17: 7,
        18: 8,
        19: 9,
        20: 10,
        21: 11,
        22: 12,
        46: 13,
        51: 16,
        77: 17,
        78: 18,
        80: 19,
        84: 20,
        9: ~2,
    }
)


def _decode_make_predictive_call_req(buf: bytes, end: int) -> MakePredictiveCallReq:
    if end < 50:
        raise _w.truncated("MAKE_PREDICTIVE_CALL_REQ", _X_MAKE_PREDICTIVE_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 21
    unknown: list[UnknownField] = []
    pos = 50
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_MAKE_PREDICTIVE_CALL_REQ.get(tag)
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
                _T_MAKE_PREDICTIVE_CALL_REQ,
                unknown,
                "MAKE_PREDICTIVE_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 50, end, _T_MAKE_PREDICTIVE_CALL_REQ, 21, "MAKE_PREDICTIVE_CALL_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("MAKE_PREDICTIVE_CALL_REQ", "OriginatingDeviceID", end)
    if vals[1] is None:
        raise _w.missing("MAKE_PREDICTIVE_CALL_REQ", "DialedNumber", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MAKE_PREDICTIVE_CALL_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        f2,
        f3,
        o.alert_rings,
        f5,
        f6,
        f7,
        f8,
        f9,
        f10,
        f11,
        o.answer_detect_time,
        o.answer_detect_control1,
        o.answer_detect_control2,
        f15,
        f16,
    ) = _S_MAKE_PREDICTIVE_CALL_REQ.unpack_from(buf, 8)
    o.call_placement_type = _enum_CallPlacementType[f2]
    o.call_manner_type = _enum_CallMannerType[f3]
    o.call_option = _enum_CallOption[f5]
    o.facility_type = _enum_FacilityType[f6]
    o.answering_machine = _enum_AnsweringMachine[f7]
    o.priority = _w.as_bool(f8)
    o.allocation_state = _enum_AllocationState[f9]
    o.destination_country = _enum_DestinationCountry[f10]
    o.answer_detect_mode = _enum_AnswerDetectMode[f11]
    (
        o.originating_device_id,
        o.dialed_number,
        o.user_to_user_info,
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
        v14,
        v15,
        o.facility_code,
        o.authorization_code,
        o.account_code,
        o.originating_line_id,
        o.cct,
    ) = vals
    count = f15
    if count == 0 and v14 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g14 = v14 or ()
        if len(g14) != count:
            raise _w.group_mismatch(
                "MAKE_PREDICTIVE_CALL_REQ",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g14)},
                end,
            )
        o.named_variables = tuple(g14)
    count = f16
    if count == 0 and v15 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g15 = v15 or ()
        if len(g15) != count:
            raise _w.group_mismatch(
                "MAKE_PREDICTIVE_CALL_REQ",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g15)},
                end,
            )
        o.named_arrays = tuple(g15)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MakePredictiveCallReq
    return o  # type: ignore[no-any-return]


def _encode_make_predictive_call_req(m: MakePredictiveCallReq) -> bytes:
    name = "MAKE_PREDICTIVE_CALL_REQ"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_MAKE_PREDICTIVE_CALL_REQ,
            _X_MAKE_PREDICTIVE_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.call_placement_type,
            m.call_manner_type,
            m.alert_rings,
            m.call_option,
            m.facility_type,
            m.answering_machine,
            m.priority,
            m.allocation_state,
            m.destination_country,
            m.answer_detect_mode,
            m.answer_detect_time,
            m.answer_detect_control1,
            m.answer_detect_control2,
            len(named_variables),
            len(named_arrays),
        )
    ]
    parts.append(
        _w.put(_w.STRING, 79, m.originating_device_id, 64, _WIDE, name, "OriginatingDeviceID")
    )
    parts.append(_w.put(_w.STRING, 11, m.dialed_number, 40, _WIDE, name, "DialedNumber"))
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
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
    if m.facility_code is not None:
        part = _w.put(_w.STRING, 51, m.facility_code, 40, _WIDE, name, "FacilityCode")
        parts.append(part)
    if m.authorization_code is not None:
        part = _w.put(_w.STRING, 77, m.authorization_code, 40, _WIDE, name, "AuthorizationCode")
        parts.append(part)
    if m.account_code is not None:
        part = _w.put(_w.STRING, 78, m.account_code, 40, _WIDE, name, "AccountCode")
        parts.append(part)
    if m.originating_line_id is not None:
        part = _w.put(_w.STRING, 80, m.originating_line_id, 40, _WIDE, name, "OriginatingLineID")
        parts.append(part)
    if m.cct is not None:
        part = _w.put(_w.STRING, 84, m.cct, 4, _WIDE, name, "CCT")
        parts.append(part)
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(58, parts)


@value_class
class MakePredictiveCallConf(GeneratedMessage):
    """Confirmation of MAKE_PREDICTIVE_CALL_REQ.

    MAKE_PREDICTIVE_CALL_CONF, MessageType 59, server to client.
    From: Application Level Interfaces (v25), Client Control Service, MAKE_PREDICTIVE_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 59
    MESSAGE_NAME: ClassVar[str] = "MAKE_PREDICTIVE_CALL_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "new_connection_call_id",
        "new_connection_device_id_type",
        "line_handle",
        "line_type",
        "new_connection_device_id",
        "unknown_fields",
    )

    invoke_id: int
    new_connection_call_id: int
    new_connection_device_id_type: ConnectionDeviceIDType | int
    line_handle: int
    line_type: LineType | int
    new_connection_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        new_connection_call_id: int = 0,
        new_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        new_connection_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "new_connection_call_id", new_connection_call_id)
        _set(self, "new_connection_device_id_type", new_connection_device_id_type)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "new_connection_device_id", new_connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_MAKE_PREDICTIVE_CALL_CONF: Final = _w.builder(MakePredictiveCallConf)
_S_MAKE_PREDICTIVE_CALL_CONF: Final = struct.Struct(">IIHHH")
_X_MAKE_PREDICTIVE_CALL_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("NewConnectionCallID", "I", 16),
    ("NewConnectionDeviceIDType", "H", 18),
    ("LineHandle", "H", 20),
    ("LineType", "H", 22),
)
_T_MAKE_PREDICTIVE_CALL_CONF: Final[_w.FieldTable] = {
    47: (0, _w.STRING, False, "NewConnectionDeviceID"),
}
_FAST_MAKE_PREDICTIVE_CALL_CONF: Final = _fast_slots(
    {
        47: 0,
    }
)


def _decode_make_predictive_call_conf(buf: bytes, end: int) -> MakePredictiveCallConf:
    if end < 22:
        raise _w.truncated("MAKE_PREDICTIVE_CALL_CONF", _X_MAKE_PREDICTIVE_CALL_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_MAKE_PREDICTIVE_CALL_CONF.get(tag)
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
                _T_MAKE_PREDICTIVE_CALL_CONF,
                unknown,
                "MAKE_PREDICTIVE_CALL_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 22, end, _T_MAKE_PREDICTIVE_CALL_CONF, 1, "MAKE_PREDICTIVE_CALL_CONF", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("MAKE_PREDICTIVE_CALL_CONF", "NewConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MAKE_PREDICTIVE_CALL_CONF()
    (o.invoke_id, o.new_connection_call_id, f2, o.line_handle, f4) = (
        _S_MAKE_PREDICTIVE_CALL_CONF.unpack_from(buf, 8)
    )
    o.new_connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    o.line_type = _enum_LineType[f4]
    (o.new_connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MakePredictiveCallConf
    return o  # type: ignore[no-any-return]


def _encode_make_predictive_call_conf(m: MakePredictiveCallConf) -> bytes:
    name = "MAKE_PREDICTIVE_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_MAKE_PREDICTIVE_CALL_CONF,
            _X_MAKE_PREDICTIVE_CALL_CONF,
            name,
            m.invoke_id,
            m.new_connection_call_id,
            m.new_connection_device_id_type,
            m.line_handle,
            m.line_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 47, m.new_connection_device_id, 64, _WIDE, name, "NewConnectionDeviceID")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(59, parts)


@value_class
class ReconnectCallReq(GeneratedMessage):
    """Clear an active call and retrieve an existing held call.

    RECONNECT_CALL_REQ, MessageType 60, client to server.
    From: Application Level Interfaces (v25), Client Control Service, RECONNECT_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 60
    MESSAGE_NAME: ClassVar[str] = "RECONNECT_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "active_connection_call_id",
        "held_connection_call_id",
        "active_connection_device_id_type",
        "held_connection_device_id_type",
        "active_connection_device_id",
        "held_connection_device_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    active_connection_call_id: int
    held_connection_call_id: int
    active_connection_device_id_type: ConnectionDeviceIDType | int
    held_connection_device_id_type: ConnectionDeviceIDType | int
    active_connection_device_id: str
    held_connection_device_id: str
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        active_connection_call_id: int = 0,
        held_connection_call_id: int = 0,
        active_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        held_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        active_connection_device_id: str,
        held_connection_device_id: str,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "active_connection_call_id", active_connection_call_id)
        _set(self, "held_connection_call_id", held_connection_call_id)
        _set(self, "active_connection_device_id_type", active_connection_device_id_type)
        _set(self, "held_connection_device_id_type", held_connection_device_id_type)
        _set(self, "active_connection_device_id", active_connection_device_id)
        _set(self, "held_connection_device_id", held_connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_RECONNECT_CALL_REQ: Final = _w.builder(ReconnectCallReq)
_S_RECONNECT_CALL_REQ: Final = struct.Struct(">IIIIHH")
_X_RECONNECT_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ActiveConnectionCallID", "I", 20),
    ("HeldConnectionCallID", "I", 24),
    ("ActiveConnectionDeviceIDType", "H", 26),
    ("HeldConnectionDeviceIDType", "H", 28),
)
_T_RECONNECT_CALL_REQ: Final[_w.FieldTable] = {
    50: (0, _w.STRING, False, "ActiveConnectionDeviceID"),
    53: (1, _w.STRING, False, "HeldConnectionDeviceID"),
    6: (2, _w.STRING, False, "AgentInstrument"),
}
_FAST_RECONNECT_CALL_REQ: Final = _fast_slots(
    {
        50: 0,
        53: 1,
        6: 2,
    }
)


def _decode_reconnect_call_req(buf: bytes, end: int) -> ReconnectCallReq:
    if end < 28:
        raise _w.truncated("RECONNECT_CALL_REQ", _X_RECONNECT_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 28
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_RECONNECT_CALL_REQ.get(tag)
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
                _T_RECONNECT_CALL_REQ,
                unknown,
                "RECONNECT_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 28, end, _T_RECONNECT_CALL_REQ, 3, "RECONNECT_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("RECONNECT_CALL_REQ", "ActiveConnectionDeviceID", end)
    if vals[1] is None:
        raise _w.missing("RECONNECT_CALL_REQ", "HeldConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_RECONNECT_CALL_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        o.active_connection_call_id,
        o.held_connection_call_id,
        f4,
        f5,
    ) = _S_RECONNECT_CALL_REQ.unpack_from(buf, 8)
    o.active_connection_device_id_type = _enum_ConnectionDeviceIDType[f4]
    o.held_connection_device_id_type = _enum_ConnectionDeviceIDType[f5]
    (o.active_connection_device_id, o.held_connection_device_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ReconnectCallReq
    return o  # type: ignore[no-any-return]


def _encode_reconnect_call_req(m: ReconnectCallReq) -> bytes:
    name = "RECONNECT_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_RECONNECT_CALL_REQ,
            _X_RECONNECT_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.active_connection_call_id,
            m.held_connection_call_id,
            m.active_connection_device_id_type,
            m.held_connection_device_id_type,
        )
    ]
    parts.append(
        _w.put(
            _w.STRING,
            50,
            m.active_connection_device_id,
            64,
            _WIDE,
            name,
            "ActiveConnectionDeviceID",
        )
    )
    parts.append(
        _w.put(
            _w.STRING, 53, m.held_connection_device_id, 64, _WIDE, name, "HeldConnectionDeviceID"
        )
    )
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(60, parts)


@value_class
class ReconnectCallConf(GeneratedMessage):
    """Confirmation of RECONNECT_CALL_REQ.

    RECONNECT_CALL_CONF, MessageType 61, server to client.
    From: Application Level Interfaces (v25), Client Control Service, RECONNECT_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 61
    MESSAGE_NAME: ClassVar[str] = "RECONNECT_CALL_CONF"
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


_B_RECONNECT_CALL_CONF: Final = _w.builder(ReconnectCallConf)
_S_RECONNECT_CALL_CONF: Final = struct.Struct(">I")
_X_RECONNECT_CALL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_RECONNECT_CALL_CONF: Final[_w.FieldTable] = {}


def _decode_reconnect_call_conf(buf: bytes, end: int) -> ReconnectCallConf:
    if end < 12:
        raise _w.truncated("RECONNECT_CALL_CONF", _X_RECONNECT_CALL_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_RECONNECT_CALL_CONF, 0, "RECONNECT_CALL_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_RECONNECT_CALL_CONF()
    (o.invoke_id,) = _S_RECONNECT_CALL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ReconnectCallConf
    return o  # type: ignore[no-any-return]


def _encode_reconnect_call_conf(m: ReconnectCallConf) -> bytes:
    name = "RECONNECT_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_RECONNECT_CALL_CONF,
            _X_RECONNECT_CALL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(61, parts)


@value_class
class RetrieveCallReq(GeneratedMessage):
    """Retrieve an existing held connection.

    RETRIEVE_CALL_REQ, MessageType 62, client to server.
    From: Application Level Interfaces (v25), Client Control Service, RETRIEVE_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 62
    MESSAGE_NAME: ClassVar[str] = "RETRIEVE_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "held_connection_call_id",
        "held_connection_device_id_type",
        "held_connection_device_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    held_connection_call_id: int
    held_connection_device_id_type: ConnectionDeviceIDType | int
    held_connection_device_id: str
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        held_connection_call_id: int = 0,
        held_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        held_connection_device_id: str,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "held_connection_call_id", held_connection_call_id)
        _set(self, "held_connection_device_id_type", held_connection_device_id_type)
        _set(self, "held_connection_device_id", held_connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_RETRIEVE_CALL_REQ: Final = _w.builder(RetrieveCallReq)
_S_RETRIEVE_CALL_REQ: Final = struct.Struct(">IIIH")
_X_RETRIEVE_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("HeldConnectionCallID", "I", 20),
    ("HeldConnectionDeviceIDType", "H", 22),
)
_T_RETRIEVE_CALL_REQ: Final[_w.FieldTable] = {
    53: (0, _w.STRING, False, "HeldConnectionDeviceID"),
    6: (1, _w.STRING, False, "AgentInstrument"),
}
_FAST_RETRIEVE_CALL_REQ: Final = _fast_slots(
    {
        53: 0,
        6: 1,
    }
)


def _decode_retrieve_call_req(buf: bytes, end: int) -> RetrieveCallReq:
    if end < 22:
        raise _w.truncated("RETRIEVE_CALL_REQ", _X_RETRIEVE_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_RETRIEVE_CALL_REQ.get(tag)
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
                _T_RETRIEVE_CALL_REQ,
                unknown,
                "RETRIEVE_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 22, end, _T_RETRIEVE_CALL_REQ, 2, "RETRIEVE_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("RETRIEVE_CALL_REQ", "HeldConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_RETRIEVE_CALL_REQ()
    (o.invoke_id, o.peripheral_id, o.held_connection_call_id, f3) = (
        _S_RETRIEVE_CALL_REQ.unpack_from(buf, 8)
    )
    o.held_connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.held_connection_device_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = RetrieveCallReq
    return o  # type: ignore[no-any-return]


def _encode_retrieve_call_req(m: RetrieveCallReq) -> bytes:
    name = "RETRIEVE_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_RETRIEVE_CALL_REQ,
            _X_RETRIEVE_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.held_connection_call_id,
            m.held_connection_device_id_type,
        )
    ]
    parts.append(
        _w.put(
            _w.STRING, 53, m.held_connection_device_id, 64, _WIDE, name, "HeldConnectionDeviceID"
        )
    )
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(62, parts)


@value_class
class RetrieveCallConf(GeneratedMessage):
    """Confirmation of RETRIEVE_CALL_REQ.

    RETRIEVE_CALL_CONF, MessageType 63, server to client.
    From: Application Level Interfaces (v25), Client Control Service, RETRIEVE_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 63
    MESSAGE_NAME: ClassVar[str] = "RETRIEVE_CALL_CONF"
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


_B_RETRIEVE_CALL_CONF: Final = _w.builder(RetrieveCallConf)
_S_RETRIEVE_CALL_CONF: Final = struct.Struct(">I")
_X_RETRIEVE_CALL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_RETRIEVE_CALL_CONF: Final[_w.FieldTable] = {}


def _decode_retrieve_call_conf(buf: bytes, end: int) -> RetrieveCallConf:
    if end < 12:
        raise _w.truncated("RETRIEVE_CALL_CONF", _X_RETRIEVE_CALL_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_RETRIEVE_CALL_CONF, 0, "RETRIEVE_CALL_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_RETRIEVE_CALL_CONF()
    (o.invoke_id,) = _S_RETRIEVE_CALL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = RetrieveCallConf
    return o  # type: ignore[no-any-return]


def _encode_retrieve_call_conf(m: RetrieveCallConf) -> bytes:
    name = "RETRIEVE_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_RETRIEVE_CALL_CONF,
            _X_RETRIEVE_CALL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(63, parts)


@value_class
class TransferCallReq(GeneratedMessage):
    """Transfer a held call to another active call at the same device, or an active call to another number (single step).

    TRANSFER_CALL_REQ, MessageType 64, client to server.
    From: Application Level Interfaces (v25), Client Control Service, TRANSFER_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 64
    MESSAGE_NAME: ClassVar[str] = "TRANSFER_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "active_connection_call_id",
        "held_connection_call_id",
        "active_connection_device_id_type",
        "held_connection_device_id_type",
        "call_placement_type",
        "call_manner_type",
        "alert_rings",
        "call_option",
        "facility_type",
        "answering_machine",
        "priority",
        "post_route",
        "active_connection_device_id",
        "held_connection_device_id",
        "agent_instrument",
        "dialed_number",
        "user_to_user_info",
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
        "facility_code",
        "authorization_code",
        "account_code",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    active_connection_call_id: int
    held_connection_call_id: int
    active_connection_device_id_type: ConnectionDeviceIDType | int
    held_connection_device_id_type: ConnectionDeviceIDType | int
    call_placement_type: CallPlacementType | int
    call_manner_type: CallMannerType | int
    alert_rings: int
    call_option: CallOption | int
    facility_type: FacilityType | int
    answering_machine: AnsweringMachine | int
    priority: bool | int
    post_route: bool | int
    active_connection_device_id: str
    held_connection_device_id: str | None
    agent_instrument: str | None
    dialed_number: str | None
    user_to_user_info: bytes | None
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
    facility_code: str | None
    authorization_code: str | None
    account_code: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        active_connection_call_id: int = 0,
        held_connection_call_id: int = 0,
        active_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        held_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        call_placement_type: CallPlacementType | int = 0,
        call_manner_type: CallMannerType | int = 0,
        alert_rings: int = 0,
        call_option: CallOption | int = 0,
        facility_type: FacilityType | int = 0,
        answering_machine: AnsweringMachine | int = 0,
        priority: bool | int = False,
        post_route: bool | int = False,
        active_connection_device_id: str,
        held_connection_device_id: str | None = None,
        agent_instrument: str | None = None,
        dialed_number: str | None = None,
        user_to_user_info: bytes | None = None,
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
        facility_code: str | None = None,
        authorization_code: str | None = None,
        account_code: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "active_connection_call_id", active_connection_call_id)
        _set(self, "held_connection_call_id", held_connection_call_id)
        _set(self, "active_connection_device_id_type", active_connection_device_id_type)
        _set(self, "held_connection_device_id_type", held_connection_device_id_type)
        _set(self, "call_placement_type", call_placement_type)
        _set(self, "call_manner_type", call_manner_type)
        _set(self, "alert_rings", alert_rings)
        _set(self, "call_option", call_option)
        _set(self, "facility_type", facility_type)
        _set(self, "answering_machine", answering_machine)
        _set(self, "priority", priority)
        _set(self, "post_route", post_route)
        _set(self, "active_connection_device_id", active_connection_device_id)
        _set(self, "held_connection_device_id", held_connection_device_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "dialed_number", dialed_number)
        _set(self, "user_to_user_info", user_to_user_info)
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
        _set(self, "facility_code", facility_code)
        _set(self, "authorization_code", authorization_code)
        _set(self, "account_code", account_code)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_TRANSFER_CALL_REQ: Final = _w.builder(TransferCallReq)
_S_TRANSFER_CALL_REQ: Final = struct.Struct(">IIIIHHHHHHHHHHHH")
_X_TRANSFER_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ActiveConnectionCallID", "I", 20),
    ("HeldConnectionCallID", "I", 24),
    ("ActiveConnectionDeviceIDType", "H", 26),
    ("HeldConnectionDeviceIDType", "H", 28),
    ("CallPlacementType", "H", 30),
    ("CallMannerType", "H", 32),
    ("AlertRings", "H", 34),
    ("CallOption", "H", 36),
    ("FacilityType", "H", 38),
    ("AnsweringMachine", "H", 40),
    ("Priority", "H", 42),
    ("PostRoute", "H", 44),
    ("NumNamedVariables", "H", 46),
    ("NumNamedArrays", "H", 48),
)
_T_TRANSFER_CALL_REQ: Final[_w.FieldTable] = {
    50: (0, _w.STRING, False, "ActiveConnectionDeviceID"),
    53: (1, _w.STRING, False, "HeldConnectionDeviceID"),
    6: (2, _w.STRING, False, "AgentInstrument"),
    11: (3, _w.STRING, False, "DialedNumber"),
    9: (4, _w.UNSPEC, False, "UserToUserInfo"),
    13: (5, _w.STRING, False, "CallVariable1"),
    14: (6, _w.STRING, False, "CallVariable2"),
    15: (7, _w.STRING, False, "CallVariable3"),
    16: (8, _w.STRING, False, "CallVariable4"),
    17: (9, _w.STRING, False, "CallVariable5"),
    18: (10, _w.STRING, False, "CallVariable6"),
    19: (11, _w.STRING, False, "CallVariable7"),
    20: (12, _w.STRING, False, "CallVariable8"),
    21: (13, _w.STRING, False, "CallVariable9"),
    22: (14, _w.STRING, False, "CallVariable10"),
    46: (15, _w.STRING, False, "CallWrapupData"),
    82: (16, _w.NAMEDVAR, True, "NamedVariable"),
    83: (17, _w.NAMEDARRAY, True, "NamedArray"),
    51: (18, _w.STRING, False, "FacilityCode"),
    77: (19, _w.STRING, False, "AuthorizationCode"),
    78: (20, _w.STRING, False, "AccountCode"),
}
_FAST_TRANSFER_CALL_REQ: Final = _fast_slots(
    {
        50: 0,
        53: 1,
        6: 2,
        11: 3,
        13: 5,
        14: 6,
        15: 7,
        16: 8,
        17: 9,
        18: 10,
        19: 11,
        20: 12,
        21: 13,
        22: 14,
        46: 15,
        51: 18,
        77: 19,
        78: 20,
        9: ~4,
    }
)


def _decode_transfer_call_req(buf: bytes, end: int) -> TransferCallReq:
    if end < 48:
        raise _w.truncated("TRANSFER_CALL_REQ", _X_TRANSFER_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 21
    unknown: list[UnknownField] = []
    pos = 48
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_TRANSFER_CALL_REQ.get(tag)
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
                _T_TRANSFER_CALL_REQ,
                unknown,
                "TRANSFER_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 48, end, _T_TRANSFER_CALL_REQ, 21, "TRANSFER_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("TRANSFER_CALL_REQ", "ActiveConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_TRANSFER_CALL_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        o.active_connection_call_id,
        o.held_connection_call_id,
        f4,
        f5,
        f6,
        f7,
        o.alert_rings,
        f9,
        f10,
        f11,
        f12,
        f13,
        f14,
        f15,
    ) = _S_TRANSFER_CALL_REQ.unpack_from(buf, 8)
    o.active_connection_device_id_type = _enum_ConnectionDeviceIDType[f4]
    o.held_connection_device_id_type = _enum_ConnectionDeviceIDType[f5]
    o.call_placement_type = _enum_CallPlacementType[f6]
    o.call_manner_type = _enum_CallMannerType[f7]
    o.call_option = _enum_CallOption[f9]
    o.facility_type = _enum_FacilityType[f10]
    o.answering_machine = _enum_AnsweringMachine[f11]
    o.priority = _w.as_bool(f12)
    o.post_route = _w.as_bool(f13)
    (
        o.active_connection_device_id,
        o.held_connection_device_id,
        o.agent_instrument,
        o.dialed_number,
        o.user_to_user_info,
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
        v16,
        v17,
        o.facility_code,
        o.authorization_code,
        o.account_code,
    ) = vals
    count = f14
    if count == 0 and v16 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g16 = v16 or ()
        if len(g16) != count:
            raise _w.group_mismatch(
                "TRANSFER_CALL_REQ",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g16)},
                end,
            )
        o.named_variables = tuple(g16)
    count = f15
    if count == 0 and v17 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g17 = v17 or ()
        if len(g17) != count:
            raise _w.group_mismatch(
                "TRANSFER_CALL_REQ",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g17)},
                end,
            )
        o.named_arrays = tuple(g17)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = TransferCallReq
    return o  # type: ignore[no-any-return]


def _encode_transfer_call_req(m: TransferCallReq) -> bytes:
    name = "TRANSFER_CALL_REQ"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_TRANSFER_CALL_REQ,
            _X_TRANSFER_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.active_connection_call_id,
            m.held_connection_call_id,
            m.active_connection_device_id_type,
            m.held_connection_device_id_type,
            m.call_placement_type,
            m.call_manner_type,
            m.alert_rings,
            m.call_option,
            m.facility_type,
            m.answering_machine,
            m.priority,
            m.post_route,
            len(named_variables),
            len(named_arrays),
        )
    ]
    parts.append(
        _w.put(
            _w.STRING,
            50,
            m.active_connection_device_id,
            64,
            _WIDE,
            name,
            "ActiveConnectionDeviceID",
        )
    )
    if m.held_connection_device_id is not None:
        part = _w.put(
            _w.STRING, 53, m.held_connection_device_id, 64, _WIDE, name, "HeldConnectionDeviceID"
        )
        parts.append(part)
    if m.agent_instrument is not None:
        part = _w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument")
        parts.append(part)
    if m.dialed_number is not None:
        part = _w.put(_w.STRING, 11, m.dialed_number, 40, _WIDE, name, "DialedNumber")
        parts.append(part)
    if m.user_to_user_info is not None:
        part = _w.put(_w.UNSPEC, 9, m.user_to_user_info, 131, _WIDE, name, "UserToUserInfo")
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
    if m.facility_code is not None:
        part = _w.put(_w.STRING, 51, m.facility_code, 40, _WIDE, name, "FacilityCode")
        parts.append(part)
    if m.authorization_code is not None:
        part = _w.put(_w.STRING, 77, m.authorization_code, 40, _WIDE, name, "AuthorizationCode")
        parts.append(part)
    if m.account_code is not None:
        part = _w.put(_w.STRING, 78, m.account_code, 40, _WIDE, name, "AccountCode")
        parts.append(part)
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(64, parts)


@value_class
class TransferCallConf(GeneratedMessage):
    """Confirmation of TRANSFER_CALL_REQ with the parties of the resulting call.

    TRANSFER_CALL_CONF, MessageType 65, server to client.
    From: Application Level Interfaces (v25), Client Control Service, TRANSFER_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 65
    MESSAGE_NAME: ClassVar[str] = "TRANSFER_CALL_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "new_connection_call_id",
        "new_connection_device_id_type",
        "line_handle",
        "line_type",
        "new_connection_device_id",
        "connected_parties",
        "unknown_fields",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "connected_parties": ConnectedParty,
    }

    invoke_id: int
    new_connection_call_id: int
    new_connection_device_id_type: ConnectionDeviceIDType | int
    line_handle: int
    line_type: LineType | int
    new_connection_device_id: str
    connected_parties: tuple[ConnectedParty, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        new_connection_call_id: int = 0,
        new_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        new_connection_device_id: str,
        connected_parties: tuple[ConnectedParty, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "new_connection_call_id", new_connection_call_id)
        _set(self, "new_connection_device_id_type", new_connection_device_id_type)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "new_connection_device_id", new_connection_device_id)
        _set(self, "connected_parties", connected_parties)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_TRANSFER_CALL_CONF: Final = _w.builder(TransferCallConf)
_S_TRANSFER_CALL_CONF: Final = struct.Struct(">IIHHHH")
_X_TRANSFER_CALL_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("NewConnectionCallID", "I", 16),
    ("NewConnectionDeviceIDType", "H", 18),
    ("NumParties", "H", 20),
    ("LineHandle", "H", 22),
    ("LineType", "H", 24),
)
_T_TRANSFER_CALL_CONF: Final[_w.FieldTable] = {
    47: (0, _w.STRING, False, "NewConnectionDeviceID"),
    39: (1, _w.UINT, True, "ConnectedPartyCallID"),
    40: (2, _w.USHORT, True, "ConnectedPartyDeviceIDType"),
    41: (3, _w.STRING, True, "ConnectedPartyDeviceID"),
}
_FAST_TRANSFER_CALL_CONF: Final = _fast_slots(
    {
        47: 0,
    }
)


def _decode_transfer_call_conf(buf: bytes, end: int) -> TransferCallConf:
    if end < 24:
        raise _w.truncated("TRANSFER_CALL_CONF", _X_TRANSFER_CALL_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 4
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_TRANSFER_CALL_CONF.get(tag)
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
                _T_TRANSFER_CALL_CONF,
                unknown,
                "TRANSFER_CALL_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 24, end, _T_TRANSFER_CALL_CONF, 4, "TRANSFER_CALL_CONF", _HEAD)
    if vals[0] is None:
        raise _w.missing("TRANSFER_CALL_CONF", "NewConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_TRANSFER_CALL_CONF()
    (o.invoke_id, o.new_connection_call_id, f2, f3, o.line_handle, f5) = (
        _S_TRANSFER_CALL_CONF.unpack_from(buf, 8)
    )
    o.new_connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    o.line_type = _enum_LineType[f5]
    (o.new_connection_device_id, v1, v2, v3) = vals
    count = f3
    if count == 0 and v1 is None and v2 is None and v3 is None:
        o.connected_parties = ()  # the usual case: no entries
    else:
        g1 = v1 or ()
        g2 = [_enum_DeviceIDType[x] for x in (v2 or ())]
        g3 = v3 or ()
        if len(g1) != count or len(g2) != count or len(g3) != count:
            raise _w.group_mismatch(
                "TRANSFER_CALL_CONF",
                "ConnectedParties",
                "NumParties",
                count,
                {
                    "ConnectedPartyCallID": len(g1),
                    "ConnectedPartyDeviceIDType": len(g2),
                    "ConnectedPartyDeviceID": len(g3),
                },
                end,
            )
        o.connected_parties = tuple(map(_new_ConnectedParty, g1, g2, g3))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = TransferCallConf
    return o  # type: ignore[no-any-return]


def _encode_transfer_call_conf(m: TransferCallConf) -> bytes:
    name = "TRANSFER_CALL_CONF"
    connected_parties = _w.check_group(
        m.connected_parties, ConnectedParty, 16, name, "ConnectedParties"
    )
    parts = [
        _w.pack_fixed(
            _S_TRANSFER_CALL_CONF,
            _X_TRANSFER_CALL_CONF,
            name,
            m.invoke_id,
            m.new_connection_call_id,
            m.new_connection_device_id_type,
            len(connected_parties),
            m.line_handle,
            m.line_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 47, m.new_connection_device_id, 64, _WIDE, name, "NewConnectionDeviceID")
    )
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
    return _w.frame(65, parts)


@value_class
class QueryDeviceInfoReq(GeneratedMessage):
    """Retrieve general information about a specified device.

    QUERY_DEVICE_INFO_REQ, MessageType 78, client to server.
    From: Application Level Interfaces (v25), Client Control Service, QUERY_DEVICE_INFO_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 78
    MESSAGE_NAME: ClassVar[str] = "QUERY_DEVICE_INFO_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "peripheral_id", "reserved", "agent_instrument", "unknown_fields")

    invoke_id: int
    peripheral_id: int
    reserved: int
    agent_instrument: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        reserved: int = 0,
        agent_instrument: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "reserved", reserved)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_QUERY_DEVICE_INFO_REQ: Final = _w.builder(QueryDeviceInfoReq)
_S_QUERY_DEVICE_INFO_REQ: Final = struct.Struct(">IIH")
_X_QUERY_DEVICE_INFO_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("Reserved", "H", 18),
)
_T_QUERY_DEVICE_INFO_REQ: Final[_w.FieldTable] = {
    6: (0, _w.STRING, False, "AgentInstrument"),
}
_FAST_QUERY_DEVICE_INFO_REQ: Final = _fast_slots(
    {
        6: 0,
    }
)


def _decode_query_device_info_req(buf: bytes, end: int) -> QueryDeviceInfoReq:
    if end < 18:
        raise _w.truncated("QUERY_DEVICE_INFO_REQ", _X_QUERY_DEVICE_INFO_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 18
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_QUERY_DEVICE_INFO_REQ.get(tag)
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
                _T_QUERY_DEVICE_INFO_REQ,
                unknown,
                "QUERY_DEVICE_INFO_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 18, end, _T_QUERY_DEVICE_INFO_REQ, 1, "QUERY_DEVICE_INFO_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("QUERY_DEVICE_INFO_REQ", "AgentInstrument", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_QUERY_DEVICE_INFO_REQ()
    (o.invoke_id, o.peripheral_id, o.reserved) = _S_QUERY_DEVICE_INFO_REQ.unpack_from(buf, 8)
    (o.agent_instrument,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = QueryDeviceInfoReq
    return o  # type: ignore[no-any-return]


def _encode_query_device_info_req(m: QueryDeviceInfoReq) -> bytes:
    name = "QUERY_DEVICE_INFO_REQ"
    parts = [
        _w.pack_fixed(
            _S_QUERY_DEVICE_INFO_REQ,
            _X_QUERY_DEVICE_INFO_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.reserved,
        )
    ]
    parts.append(_w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(78, parts)


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


def _encode_query_device_info_conf(m: QueryDeviceInfoConf) -> bytes:
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


@value_class
class SnapshotCallReq(GeneratedMessage):
    """Retrieve information about a specified call.

    SNAPSHOT_CALL_REQ, MessageType 82, client to server.
    From: Application Level Interfaces (v25), Client Control Service, SNAPSHOT_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 82
    MESSAGE_NAME: ClassVar[str] = "SNAPSHOT_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "connection_device_id",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SNAPSHOT_CALL_REQ: Final = _w.builder(SnapshotCallReq)
_S_SNAPSHOT_CALL_REQ: Final = struct.Struct(">IIIH")
_X_SNAPSHOT_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
)
_T_SNAPSHOT_CALL_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
}
_FAST_SNAPSHOT_CALL_REQ: Final = _fast_slots(
    {
        25: 0,
    }
)


def _decode_snapshot_call_req(buf: bytes, end: int) -> SnapshotCallReq:
    if end < 22:
        raise _w.truncated("SNAPSHOT_CALL_REQ", _X_SNAPSHOT_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_SNAPSHOT_CALL_REQ.get(tag)
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
                _T_SNAPSHOT_CALL_REQ,
                unknown,
                "SNAPSHOT_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 22, end, _T_SNAPSHOT_CALL_REQ, 1, "SNAPSHOT_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("SNAPSHOT_CALL_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SNAPSHOT_CALL_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3) = _S_SNAPSHOT_CALL_REQ.unpack_from(
        buf, 8
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SnapshotCallReq
    return o  # type: ignore[no-any-return]


def _encode_snapshot_call_req(m: SnapshotCallReq) -> bytes:
    name = "SNAPSHOT_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_SNAPSHOT_CALL_REQ,
            _X_SNAPSHOT_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(82, parts)


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


def _decode_snapshot_call_conf(buf: bytes, end: int) -> SnapshotCallConf:
    if end < 24:
        raise _w.truncated("SNAPSHOT_CALL_CONF", _X_SNAPSHOT_CALL_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 32
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_snapshot_call_conf(m: SnapshotCallConf) -> bytes:
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


@value_class
class SnapshotDeviceReq(GeneratedMessage):
    """Retrieve information about a specified device.

    SNAPSHOT_DEVICE_REQ, MessageType 84, client to server.
    From: Application Level Interfaces (v25), Client Control Service, SNAPSHOT_DEVICE_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 84
    MESSAGE_NAME: ClassVar[str] = "SNAPSHOT_DEVICE_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "snapshot_device_type",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    snapshot_device_type: DeviceIDType | int
    agent_instrument: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        snapshot_device_type: DeviceIDType | int = 0,
        agent_instrument: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "snapshot_device_type", snapshot_device_type)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SNAPSHOT_DEVICE_REQ: Final = _w.builder(SnapshotDeviceReq)
_S_SNAPSHOT_DEVICE_REQ: Final = struct.Struct(">IIH")
_X_SNAPSHOT_DEVICE_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("SnapshotDeviceType", "H", 18),
)
_T_SNAPSHOT_DEVICE_REQ: Final[_w.FieldTable] = {
    6: (0, _w.STRING, False, "AgentInstrument"),
}
_FAST_SNAPSHOT_DEVICE_REQ: Final = _fast_slots(
    {
        6: 0,
    }
)


def _decode_snapshot_device_req(buf: bytes, end: int) -> SnapshotDeviceReq:
    if end < 18:
        raise _w.truncated("SNAPSHOT_DEVICE_REQ", _X_SNAPSHOT_DEVICE_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 18
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_SNAPSHOT_DEVICE_REQ.get(tag)
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
                _T_SNAPSHOT_DEVICE_REQ,
                unknown,
                "SNAPSHOT_DEVICE_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 18, end, _T_SNAPSHOT_DEVICE_REQ, 1, "SNAPSHOT_DEVICE_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("SNAPSHOT_DEVICE_REQ", "AgentInstrument", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SNAPSHOT_DEVICE_REQ()
    (o.invoke_id, o.peripheral_id, f2) = _S_SNAPSHOT_DEVICE_REQ.unpack_from(buf, 8)
    o.snapshot_device_type = _enum_DeviceIDType[f2]
    (o.agent_instrument,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SnapshotDeviceReq
    return o  # type: ignore[no-any-return]


def _encode_snapshot_device_req(m: SnapshotDeviceReq) -> bytes:
    name = "SNAPSHOT_DEVICE_REQ"
    parts = [
        _w.pack_fixed(
            _S_SNAPSHOT_DEVICE_REQ,
            _X_SNAPSHOT_DEVICE_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.snapshot_device_type,
        )
    ]
    parts.append(_w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(84, parts)


@value_class
class SnapshotDeviceConf(GeneratedMessage):
    """Information about a device and the calls associated with it (response to SNAPSHOT_DEVICE_REQ).

    SNAPSHOT_DEVICE_CONF, MessageType 85, server to client.
    From: Application Level Interfaces (v25), Client Control Service, SNAPSHOT_DEVICE_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 85
    MESSAGE_NAME: ClassVar[str] = "SNAPSHOT_DEVICE_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "calls", "unknown_fields")
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "calls": DeviceCall,
    }

    invoke_id: int
    calls: tuple[DeviceCall, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        calls: tuple[DeviceCall, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "calls", calls)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SNAPSHOT_DEVICE_CONF: Final = _w.builder(SnapshotDeviceConf)
_S_SNAPSHOT_DEVICE_CONF: Final = struct.Struct(">IH")
_X_SNAPSHOT_DEVICE_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("NumCalls", "H", 14),
)
_T_SNAPSHOT_DEVICE_CONF: Final[_w.FieldTable] = {
    56: (0, _w.UINT, True, "CallConnectionCallID"),
    57: (1, _w.USHORT, True, "CallConnectionDeviceIDType"),
    58: (2, _w.STRING, True, "CallConnectionDeviceID"),
    75: (3, _w.USHORT, True, "CallState"),
    218: (4, _w.USHORT, True, "SilentMonitorStatus"),
}


def _decode_snapshot_device_conf(buf: bytes, end: int) -> SnapshotDeviceConf:
    if end < 14:
        raise _w.truncated("SNAPSHOT_DEVICE_CONF", _X_SNAPSHOT_DEVICE_CONF, end)
    vals, unknown = _w.scan(buf, 14, end, _T_SNAPSHOT_DEVICE_CONF, 5, "SNAPSHOT_DEVICE_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SNAPSHOT_DEVICE_CONF()
    (o.invoke_id, f1) = _S_SNAPSHOT_DEVICE_CONF.unpack_from(buf, 8)
    (v0, v1, v2, v3, v4) = vals
    count = f1
    if count == 0 and v0 is None and v1 is None and v2 is None and v3 is None and v4 is None:
        o.calls = ()  # the usual case: no entries
    else:
        g0 = v0 or ()
        g1 = [_enum_ConnectionDeviceIDType[x] for x in (v1 or ())]
        g2 = v2 or ()
        g3 = [_enum_LocalConnectionState[x] for x in (v3 or ())]
        g4 = [_enum_SilentMonitorStatus[x] for x in (v4 or ())]
        if (
            len(g0) != count
            or len(g1) != count
            or len(g2) != count
            or len(g3) != count
            or len(g4) != count
        ):
            raise _w.group_mismatch(
                "SNAPSHOT_DEVICE_CONF",
                "Calls",
                "NumCalls",
                count,
                {
                    "CallConnectionCallID": len(g0),
                    "CallConnectionDeviceIDType": len(g1),
                    "CallConnectionDeviceID": len(g2),
                    "CallState": len(g3),
                    "SilentMonitorStatus": len(g4),
                },
                end,
            )
        o.calls = tuple(map(_new_DeviceCall, g0, g1, g2, g3, g4))
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SnapshotDeviceConf
    return o  # type: ignore[no-any-return]


def _encode_snapshot_device_conf(m: SnapshotDeviceConf) -> bytes:
    name = "SNAPSHOT_DEVICE_CONF"
    calls = _w.check_group(m.calls, DeviceCall, 16, name, "Calls")
    parts = [
        _w.pack_fixed(
            _S_SNAPSHOT_DEVICE_CONF,
            _X_SNAPSHOT_DEVICE_CONF,
            name,
            m.invoke_id,
            len(calls),
        )
    ]
    for entry in calls:
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
        parts.append(_w.put(_w.USHORT, 75, entry.call_state, 2, _WIDE, name, "CallState"))
        parts.append(
            _w.put(
                _w.USHORT, 218, entry.silent_monitor_status, 2, _WIDE, name, "SilentMonitorStatus"
            )
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(85, parts)


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


def _decode_call_dequeued_event(buf: bytes, end: int) -> CallDequeuedEvent:
    if end < 42:
        raise _w.truncated("CALL_DEQUEUED_EVENT", _X_CALL_DEQUEUED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 4
    unknown: list[UnknownField] = []
    pos = 42
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_dequeued_event(m: CallDequeuedEvent) -> bytes:
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
        "ctios_cil_client_id",
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
    ctios_cil_client_id: str | None
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
        ctios_cil_client_id: str | None = None,
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
        _set(self, "ctios_cil_client_id", ctios_cil_client_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SEND_DTMF_SIGNAL_REQ: Final = _w.builder(SendDtmfSignalReq)
_S_SEND_DTMF_SIGNAL_REQ: Final = struct.Struct(">IIIHHI")
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
    217: (3, _w.STRING, False, "CTIOSCILClientID"),
}
_FAST_SEND_DTMF_SIGNAL_REQ: Final = _fast_slots(
    {
        25: 0,
        67: 1,
        6: 2,
        217: 3,
    }
)


def _decode_send_dtmf_signal_req(buf: bytes, end: int) -> SendDtmfSignalReq:
    if end < 28:
        raise _w.truncated("SEND_DTMF_SIGNAL_REQ", _X_SEND_DTMF_SIGNAL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 4
    unknown: list[UnknownField] = []
    pos = 28
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 28, end, _T_SEND_DTMF_SIGNAL_REQ, 4, "SEND_DTMF_SIGNAL_REQ", _HEAD
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
    (o.connection_device_id, o.dtmf_string, o.agent_instrument, o.ctios_cil_client_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SendDtmfSignalReq
    return o  # type: ignore[no-any-return]


def _encode_send_dtmf_signal_req(m: SendDtmfSignalReq) -> bytes:
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
    if m.ctios_cil_client_id is not None:
        part = _w.put(_w.STRING, 217, m.ctios_cil_client_id, 64, _WIDE, name, "CTIOSCILClientID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(91, parts)


@value_class
class SendDtmfSignalConf(GeneratedMessage):
    """Confirmation of SEND_DTMF_SIGNAL_REQ.

    SEND_DTMF_SIGNAL_CONF, MessageType 92, server to client.
    From: Application Level Interfaces (v25), Client Control Service, SEND_DTMF_SIGNAL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 92
    MESSAGE_NAME: ClassVar[str] = "SEND_DTMF_SIGNAL_CONF"
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


_B_SEND_DTMF_SIGNAL_CONF: Final = _w.builder(SendDtmfSignalConf)
_S_SEND_DTMF_SIGNAL_CONF: Final = struct.Struct(">I")
_X_SEND_DTMF_SIGNAL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_SEND_DTMF_SIGNAL_CONF: Final[_w.FieldTable] = {}


def _decode_send_dtmf_signal_conf(buf: bytes, end: int) -> SendDtmfSignalConf:
    if end < 12:
        raise _w.truncated("SEND_DTMF_SIGNAL_CONF", _X_SEND_DTMF_SIGNAL_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_SEND_DTMF_SIGNAL_CONF, 0, "SEND_DTMF_SIGNAL_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SEND_DTMF_SIGNAL_CONF()
    (o.invoke_id,) = _S_SEND_DTMF_SIGNAL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SendDtmfSignalConf
    return o  # type: ignore[no-any-return]


def _encode_send_dtmf_signal_conf(m: SendDtmfSignalConf) -> bytes:
    name = "SEND_DTMF_SIGNAL_CONF"
    parts = [
        _w.pack_fixed(
            _S_SEND_DTMF_SIGNAL_CONF,
            _X_SEND_DTMF_SIGNAL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(92, parts)


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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_monitor_start_req(m: MonitorStartReq) -> bytes:
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


@value_class
class MonitorStartConf(GeneratedMessage):
    """Response to a previous MONITOR_START request.

    MONITOR_START_CONF, MessageType 94, server to client.
    From: Application Level Interfaces (v25), MONITOR_START_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 94
    MESSAGE_NAME: ClassVar[str] = "MONITOR_START_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "monitor_id", "unknown_fields")

    invoke_id: int
    monitor_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        monitor_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "monitor_id", monitor_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_MONITOR_START_CONF: Final = _w.builder(MonitorStartConf)
_S_MONITOR_START_CONF: Final = struct.Struct(">II")
_X_MONITOR_START_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("MonitorID", "I", 16),
)
_T_MONITOR_START_CONF: Final[_w.FieldTable] = {}


def _decode_monitor_start_conf(buf: bytes, end: int) -> MonitorStartConf:
    if end < 16:
        raise _w.truncated("MONITOR_START_CONF", _X_MONITOR_START_CONF, end)
    _, unknown = _w.scan(buf, 16, end, _T_MONITOR_START_CONF, 0, "MONITOR_START_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MONITOR_START_CONF()
    (o.invoke_id, o.monitor_id) = _S_MONITOR_START_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MonitorStartConf
    return o  # type: ignore[no-any-return]


def _encode_monitor_start_conf(m: MonitorStartConf) -> bytes:
    name = "MONITOR_START_CONF"
    parts = [
        _w.pack_fixed(
            _S_MONITOR_START_CONF,
            _X_MONITOR_START_CONF,
            name,
            m.invoke_id,
            m.monitor_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(94, parts)


@value_class
class MonitorStopReq(GeneratedMessage):
    """Request to terminate monitoring of a given call or device.

    MONITOR_STOP_REQ, MessageType 95, client to server.
    From: Application Level Interfaces (v25), MONITOR_STOP_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 95
    MESSAGE_NAME: ClassVar[str] = "MONITOR_STOP_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "monitor_id", "unknown_fields")

    invoke_id: int
    monitor_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        monitor_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "monitor_id", monitor_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_MONITOR_STOP_REQ: Final = _w.builder(MonitorStopReq)
_S_MONITOR_STOP_REQ: Final = struct.Struct(">II")
_X_MONITOR_STOP_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("MonitorID", "I", 16),
)
_T_MONITOR_STOP_REQ: Final[_w.FieldTable] = {}


def _decode_monitor_stop_req(buf: bytes, end: int) -> MonitorStopReq:
    if end < 16:
        raise _w.truncated("MONITOR_STOP_REQ", _X_MONITOR_STOP_REQ, end)
    _, unknown = _w.scan(buf, 16, end, _T_MONITOR_STOP_REQ, 0, "MONITOR_STOP_REQ", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MONITOR_STOP_REQ()
    (o.invoke_id, o.monitor_id) = _S_MONITOR_STOP_REQ.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MonitorStopReq
    return o  # type: ignore[no-any-return]


def _encode_monitor_stop_req(m: MonitorStopReq) -> bytes:
    name = "MONITOR_STOP_REQ"
    parts = [
        _w.pack_fixed(
            _S_MONITOR_STOP_REQ,
            _X_MONITOR_STOP_REQ,
            name,
            m.invoke_id,
            m.monitor_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(95, parts)


@value_class
class MonitorStopConf(GeneratedMessage):
    """Response to a previous MONITOR_STOP request.

    MONITOR_STOP_CONF, MessageType 96, server to client.
    From: Application Level Interfaces (v25), MONITOR_STOP_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 96
    MESSAGE_NAME: ClassVar[str] = "MONITOR_STOP_CONF"
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


_B_MONITOR_STOP_CONF: Final = _w.builder(MonitorStopConf)
_S_MONITOR_STOP_CONF: Final = struct.Struct(">I")
_X_MONITOR_STOP_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_MONITOR_STOP_CONF: Final[_w.FieldTable] = {}


def _decode_monitor_stop_conf(buf: bytes, end: int) -> MonitorStopConf:
    if end < 12:
        raise _w.truncated("MONITOR_STOP_CONF", _X_MONITOR_STOP_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_MONITOR_STOP_CONF, 0, "MONITOR_STOP_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MONITOR_STOP_CONF()
    (o.invoke_id,) = _S_MONITOR_STOP_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MonitorStopConf
    return o  # type: ignore[no-any-return]


def _encode_monitor_stop_conf(m: MonitorStopConf) -> bytes:
    name = "MONITOR_STOP_CONF"
    parts = [
        _w.pack_fixed(
            _S_MONITOR_STOP_CONF,
            _X_MONITOR_STOP_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(96, parts)


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


def _encode_change_monitor_mask_req(m: ChangeMonitorMaskReq) -> bytes:
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


@value_class
class ChangeMonitorMaskConf(GeneratedMessage):
    """Response to a previous CHANGE_MONITOR_MASK request.

    CHANGE_MONITOR_MASK_CONF, MessageType 98, server to client.
    From: Application Level Interfaces (v25), CHANGE_MONITOR_MASK_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 98
    MESSAGE_NAME: ClassVar[str] = "CHANGE_MONITOR_MASK_CONF"
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


_B_CHANGE_MONITOR_MASK_CONF: Final = _w.builder(ChangeMonitorMaskConf)
_S_CHANGE_MONITOR_MASK_CONF: Final = struct.Struct(">I")
_X_CHANGE_MONITOR_MASK_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_CHANGE_MONITOR_MASK_CONF: Final[_w.FieldTable] = {}


def _decode_change_monitor_mask_conf(buf: bytes, end: int) -> ChangeMonitorMaskConf:
    if end < 12:
        raise _w.truncated("CHANGE_MONITOR_MASK_CONF", _X_CHANGE_MONITOR_MASK_CONF, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_CHANGE_MONITOR_MASK_CONF, 0, "CHANGE_MONITOR_MASK_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CHANGE_MONITOR_MASK_CONF()
    (o.invoke_id,) = _S_CHANGE_MONITOR_MASK_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ChangeMonitorMaskConf
    return o  # type: ignore[no-any-return]


def _encode_change_monitor_mask_conf(m: ChangeMonitorMaskConf) -> bytes:
    name = "CHANGE_MONITOR_MASK_CONF"
    parts = [
        _w.pack_fixed(
            _S_CHANGE_MONITOR_MASK_CONF,
            _X_CHANGE_MONITOR_MASK_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(98, parts)


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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_client_session_opened_event(m: ClientSessionOpenedEvent) -> bytes:
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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_client_session_closed_event(m: ClientSessionClosedEvent) -> bytes:
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


@value_class
class SessionMonitorStartReq(GeneratedMessage):
    """Request to start monitoring of a given CTI Client session.

    SESSION_MONITOR_START_REQ, MessageType 101, client to server.
    From: Application Level Interfaces (v25), SESSION_MONITOR_START_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 101
    MESSAGE_NAME: ClassVar[str] = "SESSION_MONITOR_START_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "session_id", "unknown_fields")

    invoke_id: int
    session_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        session_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "session_id", session_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SESSION_MONITOR_START_REQ: Final = _w.builder(SessionMonitorStartReq)
_S_SESSION_MONITOR_START_REQ: Final = struct.Struct(">II")
_X_SESSION_MONITOR_START_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("SessionID", "I", 16),
)
_T_SESSION_MONITOR_START_REQ: Final[_w.FieldTable] = {}


def _decode_session_monitor_start_req(buf: bytes, end: int) -> SessionMonitorStartReq:
    if end < 16:
        raise _w.truncated("SESSION_MONITOR_START_REQ", _X_SESSION_MONITOR_START_REQ, end)
    _, unknown = _w.scan(
        buf, 16, end, _T_SESSION_MONITOR_START_REQ, 0, "SESSION_MONITOR_START_REQ", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SESSION_MONITOR_START_REQ()
    (o.invoke_id, o.session_id) = _S_SESSION_MONITOR_START_REQ.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SessionMonitorStartReq
    return o  # type: ignore[no-any-return]


def _encode_session_monitor_start_req(m: SessionMonitorStartReq) -> bytes:
    name = "SESSION_MONITOR_START_REQ"
    parts = [
        _w.pack_fixed(
            _S_SESSION_MONITOR_START_REQ,
            _X_SESSION_MONITOR_START_REQ,
            name,
            m.invoke_id,
            m.session_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(101, parts)


@value_class
class SessionMonitorStartConf(GeneratedMessage):
    """Response to a previous SESSION_MONITOR_START request.

    SESSION_MONITOR_START_CONF, MessageType 102, server to client.
    From: Application Level Interfaces (v25), SESSION_MONITOR_START_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 102
    MESSAGE_NAME: ClassVar[str] = "SESSION_MONITOR_START_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "monitor_id", "unknown_fields")

    invoke_id: int
    monitor_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        monitor_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "monitor_id", monitor_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SESSION_MONITOR_START_CONF: Final = _w.builder(SessionMonitorStartConf)
_S_SESSION_MONITOR_START_CONF: Final = struct.Struct(">II")
_X_SESSION_MONITOR_START_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("MonitorID", "I", 16),
)
_T_SESSION_MONITOR_START_CONF: Final[_w.FieldTable] = {}


def _decode_session_monitor_start_conf(buf: bytes, end: int) -> SessionMonitorStartConf:
    if end < 16:
        raise _w.truncated("SESSION_MONITOR_START_CONF", _X_SESSION_MONITOR_START_CONF, end)
    _, unknown = _w.scan(
        buf, 16, end, _T_SESSION_MONITOR_START_CONF, 0, "SESSION_MONITOR_START_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SESSION_MONITOR_START_CONF()
    (o.invoke_id, o.monitor_id) = _S_SESSION_MONITOR_START_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SessionMonitorStartConf
    return o  # type: ignore[no-any-return]


def _encode_session_monitor_start_conf(m: SessionMonitorStartConf) -> bytes:
    name = "SESSION_MONITOR_START_CONF"
    parts = [
        _w.pack_fixed(
            _S_SESSION_MONITOR_START_CONF,
            _X_SESSION_MONITOR_START_CONF,
            name,
            m.invoke_id,
            m.monitor_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(102, parts)


@value_class
class SessionMonitorStopReq(GeneratedMessage):
    """Request to terminate monitoring of a given CTI Client session.

    SESSION_MONITOR_STOP_REQ, MessageType 103, client to server.
    From: Application Level Interfaces (v25), SESSION_MONITOR_STOP_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 103
    MESSAGE_NAME: ClassVar[str] = "SESSION_MONITOR_STOP_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "monitor_id", "unknown_fields")

    invoke_id: int
    monitor_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        monitor_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "monitor_id", monitor_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SESSION_MONITOR_STOP_REQ: Final = _w.builder(SessionMonitorStopReq)
_S_SESSION_MONITOR_STOP_REQ: Final = struct.Struct(">II")
_X_SESSION_MONITOR_STOP_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("MonitorID", "I", 16),
)
_T_SESSION_MONITOR_STOP_REQ: Final[_w.FieldTable] = {}


def _decode_session_monitor_stop_req(buf: bytes, end: int) -> SessionMonitorStopReq:
    if end < 16:
        raise _w.truncated("SESSION_MONITOR_STOP_REQ", _X_SESSION_MONITOR_STOP_REQ, end)
    _, unknown = _w.scan(
        buf, 16, end, _T_SESSION_MONITOR_STOP_REQ, 0, "SESSION_MONITOR_STOP_REQ", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SESSION_MONITOR_STOP_REQ()
    (o.invoke_id, o.monitor_id) = _S_SESSION_MONITOR_STOP_REQ.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SessionMonitorStopReq
    return o  # type: ignore[no-any-return]


def _encode_session_monitor_stop_req(m: SessionMonitorStopReq) -> bytes:
    name = "SESSION_MONITOR_STOP_REQ"
    parts = [
        _w.pack_fixed(
            _S_SESSION_MONITOR_STOP_REQ,
            _X_SESSION_MONITOR_STOP_REQ,
            name,
            m.invoke_id,
            m.monitor_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(103, parts)


@value_class
class SessionMonitorStopConf(GeneratedMessage):
    """Response to a previous SESSION_MONITOR_STOP request.

    SESSION_MONITOR_STOP_CONF, MessageType 104, server to client.
    From: Application Level Interfaces (v25), SESSION_MONITOR_STOP_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 104
    MESSAGE_NAME: ClassVar[str] = "SESSION_MONITOR_STOP_CONF"
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


_B_SESSION_MONITOR_STOP_CONF: Final = _w.builder(SessionMonitorStopConf)
_S_SESSION_MONITOR_STOP_CONF: Final = struct.Struct(">I")
_X_SESSION_MONITOR_STOP_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_SESSION_MONITOR_STOP_CONF: Final[_w.FieldTable] = {}


def _decode_session_monitor_stop_conf(buf: bytes, end: int) -> SessionMonitorStopConf:
    if end < 12:
        raise _w.truncated("SESSION_MONITOR_STOP_CONF", _X_SESSION_MONITOR_STOP_CONF, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_SESSION_MONITOR_STOP_CONF, 0, "SESSION_MONITOR_STOP_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SESSION_MONITOR_STOP_CONF()
    (o.invoke_id,) = _S_SESSION_MONITOR_STOP_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SessionMonitorStopConf
    return o  # type: ignore[no-any-return]


def _encode_session_monitor_stop_conf(m: SessionMonitorStopConf) -> bytes:
    name = "SESSION_MONITOR_STOP_CONF"
    parts = [
        _w.pack_fixed(
            _S_SESSION_MONITOR_STOP_CONF,
            _X_SESSION_MONITOR_STOP_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(104, parts)


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
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_PRE_CALL_EVENT: Final = _w.builder(AgentPreCallEvent)
_S_AGENT_PRE_CALL_EVENT: Final = struct.Struct(">IHHIIIIHiI")
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
        9: ~5,
    }
)


def _decode_agent_pre_call_event(buf: bytes, end: int) -> AgentPreCallEvent:
    if end < 42:
        raise _w.truncated("AGENT_PRE_CALL_EVENT", _X_AGENT_PRE_CALL_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 23
    unknown: list[UnknownField] = []
    pos = 42
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 42, end, _T_AGENT_PRE_CALL_EVENT, 23, "AGENT_PRE_CALL_EVENT", _HEAD
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
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AgentPreCallEvent
    return o  # type: ignore[no-any-return]


def _encode_agent_pre_call_event(m: AgentPreCallEvent) -> bytes:
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
    _w.named_total(named, NAMED_DATA_LIMIT, _WIDE, name, "NamedVariable/NamedArray")
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(105, parts)


@value_class
class AgentPreCallAbortEvent(GeneratedMessage):
    """When a call previously announced by AGENT_PRE_CALL_EVENT cannot be routed as intended.

    AGENT_PRE_CALL_ABORT_EVENT, MessageType 106, server to client.
    From: Application Level Interfaces (v25), AGENT_PRE_CALL_ABORT_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 106
    MESSAGE_NAME: ClassVar[str] = "AGENT_PRE_CALL_ABORT_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "mrd_id",
        "agent_instrument",
        "router_call_key_day",
        "router_call_key_call_id",
        "router_call_key_sequence_number",
        "unknown_fields",
    )

    monitor_id: int
    mrd_id: int
    agent_instrument: str
    router_call_key_day: int
    router_call_key_call_id: int
    router_call_key_sequence_number: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        mrd_id: int = 0,
        agent_instrument: str,
        router_call_key_day: int,
        router_call_key_call_id: int,
        router_call_key_sequence_number: int,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "mrd_id", mrd_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "router_call_key_day", router_call_key_day)
        _set(self, "router_call_key_call_id", router_call_key_call_id)
        _set(self, "router_call_key_sequence_number", router_call_key_sequence_number)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_PRE_CALL_ABORT_EVENT: Final = _w.builder(AgentPreCallAbortEvent)
_S_AGENT_PRE_CALL_ABORT_EVENT: Final = struct.Struct(">Ii")
_X_AGENT_PRE_CALL_ABORT_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("MRDID", "i", 16),
)
_T_AGENT_PRE_CALL_ABORT_EVENT: Final[_w.FieldTable] = {
    6: (0, _w.STRING, False, "AgentInstrument"),
    72: (1, _w.UINT, False, "RouterCallKeyDay"),
    73: (2, _w.UINT, False, "RouterCallKeyCallID"),
    110: (3, _w.UINT, False, "RouterCallKeySequenceNumber"),
}
_FAST_AGENT_PRE_CALL_ABORT_EVENT: Final = _fast_slots(
    {
        6: 0,
    }
)


def _decode_agent_pre_call_abort_event(buf: bytes, end: int) -> AgentPreCallAbortEvent:
    if end < 16:
        raise _w.truncated("AGENT_PRE_CALL_ABORT_EVENT", _X_AGENT_PRE_CALL_ABORT_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 4
    unknown: list[UnknownField] = []
    pos = 16
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_AGENT_PRE_CALL_ABORT_EVENT.get(tag)
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
                _T_AGENT_PRE_CALL_ABORT_EVENT,
                unknown,
                "AGENT_PRE_CALL_ABORT_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 16, end, _T_AGENT_PRE_CALL_ABORT_EVENT, 4, "AGENT_PRE_CALL_ABORT_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("AGENT_PRE_CALL_ABORT_EVENT", "AgentInstrument", end)
    if vals[1] is None:
        raise _w.missing("AGENT_PRE_CALL_ABORT_EVENT", "RouterCallKeyDay", end)
    if vals[2] is None:
        raise _w.missing("AGENT_PRE_CALL_ABORT_EVENT", "RouterCallKeyCallID", end)
    if vals[3] is None:
        raise _w.missing("AGENT_PRE_CALL_ABORT_EVENT", "RouterCallKeySequenceNumber", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_AGENT_PRE_CALL_ABORT_EVENT()
    (o.monitor_id, o.mrd_id) = _S_AGENT_PRE_CALL_ABORT_EVENT.unpack_from(buf, 8)
    (
        o.agent_instrument,
        o.router_call_key_day,
        o.router_call_key_call_id,
        o.router_call_key_sequence_number,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AgentPreCallAbortEvent
    return o  # type: ignore[no-any-return]


def _encode_agent_pre_call_abort_event(m: AgentPreCallAbortEvent) -> bytes:
    name = "AGENT_PRE_CALL_ABORT_EVENT"
    parts = [
        _w.pack_fixed(
            _S_AGENT_PRE_CALL_ABORT_EVENT,
            _X_AGENT_PRE_CALL_ABORT_EVENT,
            name,
            m.monitor_id,
            m.mrd_id,
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(106, parts)


@value_class
class UserMessageReq(GeneratedMessage):
    """Request to send a message to other CTI Server clients.

    USER_MESSAGE_REQ, MessageType 107, client to server.
    From: Application Level Interfaces (v25), USER_MESSAGE_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 107
    MESSAGE_NAME: ClassVar[str] = "USER_MESSAGE_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "distribution",
        "client_id",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "text",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    distribution: Distribution | int
    client_id: str | None
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    text: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        distribution: Distribution | int = 0,
        client_id: str | None = None,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        text: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "distribution", distribution)
        _set(self, "client_id", client_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "text", text)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_USER_MESSAGE_REQ: Final = _w.builder(UserMessageReq)
_S_USER_MESSAGE_REQ: Final = struct.Struct(">IIH")
_X_USER_MESSAGE_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("Distribution", "H", 18),
)
_T_USER_MESSAGE_REQ: Final[_w.FieldTable] = {
    1: (0, _w.STRING, False, "ClientID"),
    4: (1, _w.STRING, False, "AgentExtension"),
    5: (2, _w.STRING, False, "AgentID"),
    6: (3, _w.STRING, False, "AgentInstrument"),
    7: (4, _w.STRING, False, "Text"),
}
_FAST_USER_MESSAGE_REQ: Final = _fast_slots(
    {
        1: 0,
        4: 1,
        5: 2,
        6: 3,
        7: 4,
    }
)


def _decode_user_message_req(buf: bytes, end: int) -> UserMessageReq:
    if end < 18:
        raise _w.truncated("USER_MESSAGE_REQ", _X_USER_MESSAGE_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 5
    unknown: list[UnknownField] = []
    pos = 18
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_USER_MESSAGE_REQ.get(tag)
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
                _T_USER_MESSAGE_REQ,
                unknown,
                "USER_MESSAGE_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 18, end, _T_USER_MESSAGE_REQ, 5, "USER_MESSAGE_REQ", _HEAD)
    if vals[4] is None:
        raise _w.missing("USER_MESSAGE_REQ", "Text", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_USER_MESSAGE_REQ()
    (o.invoke_id, o.peripheral_id, f2) = _S_USER_MESSAGE_REQ.unpack_from(buf, 8)
    o.distribution = _enum_Distribution[f2]
    (o.client_id, o.agent_extension, o.agent_id, o.agent_instrument, o.text) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = UserMessageReq
    return o  # type: ignore[no-any-return]


def _encode_user_message_req(m: UserMessageReq) -> bytes:
    name = "USER_MESSAGE_REQ"
    parts = [
        _w.pack_fixed(
            _S_USER_MESSAGE_REQ,
            _X_USER_MESSAGE_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.distribution,
        )
    ]
    if m.client_id is not None:
        part = _w.put(_w.STRING, 1, m.client_id, 64, _WIDE, name, "ClientID")
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
    parts.append(_w.put(_w.STRING, 7, m.text, 255, _WIDE, name, "Text"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(107, parts)


@value_class
class UserMessageConf(GeneratedMessage):
    """Response to a previous USER_MESSAGE_REQ request.

    USER_MESSAGE_CONF, MessageType 108, server to client.
    From: Application Level Interfaces (v25), USER_MESSAGE_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 108
    MESSAGE_NAME: ClassVar[str] = "USER_MESSAGE_CONF"
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


_B_USER_MESSAGE_CONF: Final = _w.builder(UserMessageConf)
_S_USER_MESSAGE_CONF: Final = struct.Struct(">I")
_X_USER_MESSAGE_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_USER_MESSAGE_CONF: Final[_w.FieldTable] = {}


def _decode_user_message_conf(buf: bytes, end: int) -> UserMessageConf:
    if end < 12:
        raise _w.truncated("USER_MESSAGE_CONF", _X_USER_MESSAGE_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_USER_MESSAGE_CONF, 0, "USER_MESSAGE_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_USER_MESSAGE_CONF()
    (o.invoke_id,) = _S_USER_MESSAGE_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = UserMessageConf
    return o  # type: ignore[no-any-return]


def _encode_user_message_conf(m: UserMessageConf) -> bytes:
    name = "USER_MESSAGE_CONF"
    parts = [
        _w.pack_fixed(
            _S_USER_MESSAGE_CONF,
            _X_USER_MESSAGE_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(108, parts)


@value_class
class UserMessageEvent(GeneratedMessage):
    """Notification of a message sent by another CTI Server client.

    USER_MESSAGE_EVENT, MessageType 109, server to client.
    From: Application Level Interfaces (v25), USER_MESSAGE_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 109
    MESSAGE_NAME: ClassVar[str] = "USER_MESSAGE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "icm_central_controller_time",
        "distribution",
        "client_id",
        "text",
        "unknown_fields",
    )

    icm_central_controller_time: int
    distribution: Distribution | int
    client_id: str
    text: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        icm_central_controller_time: int = 0,
        distribution: Distribution | int = 0,
        client_id: str,
        text: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "icm_central_controller_time", icm_central_controller_time)
        _set(self, "distribution", distribution)
        _set(self, "client_id", client_id)
        _set(self, "text", text)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_USER_MESSAGE_EVENT: Final = _w.builder(UserMessageEvent)
_S_USER_MESSAGE_EVENT: Final = struct.Struct(">IH")
_X_USER_MESSAGE_EVENT: Final[_w.FixedFields] = (
    ("ICMCentralControllerTime", "I", 12),
    ("Distribution", "H", 14),
)
_T_USER_MESSAGE_EVENT: Final[_w.FieldTable] = {
    1: (0, _w.STRING, False, "ClientID"),
    7: (1, _w.STRING, False, "Text"),
}
_FAST_USER_MESSAGE_EVENT: Final = _fast_slots(
    {
        1: 0,
        7: 1,
    }
)


def _decode_user_message_event(buf: bytes, end: int) -> UserMessageEvent:
    if end < 14:
        raise _w.truncated("USER_MESSAGE_EVENT", _X_USER_MESSAGE_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 14
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_USER_MESSAGE_EVENT.get(tag)
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
                _T_USER_MESSAGE_EVENT,
                unknown,
                "USER_MESSAGE_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 14, end, _T_USER_MESSAGE_EVENT, 2, "USER_MESSAGE_EVENT", _HEAD)
    if vals[0] is None:
        raise _w.missing("USER_MESSAGE_EVENT", "ClientID", end)
    if vals[1] is None:
        raise _w.missing("USER_MESSAGE_EVENT", "Text", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_USER_MESSAGE_EVENT()
    (o.icm_central_controller_time, f1) = _S_USER_MESSAGE_EVENT.unpack_from(buf, 8)
    o.distribution = _enum_Distribution[f1]
    (o.client_id, o.text) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = UserMessageEvent
    return o  # type: ignore[no-any-return]


def _encode_user_message_event(m: UserMessageEvent) -> bytes:
    name = "USER_MESSAGE_EVENT"
    parts = [
        _w.pack_fixed(
            _S_USER_MESSAGE_EVENT,
            _X_USER_MESSAGE_EVENT,
            name,
            m.icm_central_controller_time,
            m.distribution,
        )
    ]
    parts.append(_w.put(_w.STRING, 1, m.client_id, 64, _WIDE, name, "ClientID"))
    parts.append(_w.put(_w.STRING, 7, m.text, 255, _WIDE, name, "Text"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(109, parts)


@value_class
class RegisterVariablesReq(GeneratedMessage):
    """Request to register call context variables used by the application.

    REGISTER_VARIABLES_REQ, MessageType 110, client to server.
    From: Application Level Interfaces (v25), REGISTER_VARIABLES_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 110
    MESSAGE_NAME: ClassVar[str] = "REGISTER_VARIABLES_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "call_variable_mask",
        "named_variables",
        "named_arrays",
        "unknown_fields",
    )

    invoke_id: int
    call_variable_mask: CallVariableMask | int
    named_variables: tuple[NamedVar, ...]
    named_arrays: tuple[NamedArray, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        call_variable_mask: CallVariableMask | int = 0,
        named_variables: tuple[NamedVar, ...] = (),
        named_arrays: tuple[NamedArray, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "call_variable_mask", call_variable_mask)
        _set(self, "named_variables", named_variables)
        _set(self, "named_arrays", named_arrays)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_REGISTER_VARIABLES_REQ: Final = _w.builder(RegisterVariablesReq)
_S_REGISTER_VARIABLES_REQ: Final = struct.Struct(">IHHH")
_X_REGISTER_VARIABLES_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("CallVariableMask", "H", 14),
    ("NumNamedVariables", "H", 16),
    ("NumNamedArrays", "H", 18),
)
_T_REGISTER_VARIABLES_REQ: Final[_w.FieldTable] = {
    82: (0, _w.NAMEDVAR, True, "NamedVariable"),
    83: (1, _w.NAMEDARRAY, True, "NamedArray"),
}


def _decode_register_variables_req(buf: bytes, end: int) -> RegisterVariablesReq:
    if end < 18:
        raise _w.truncated("REGISTER_VARIABLES_REQ", _X_REGISTER_VARIABLES_REQ, end)
    vals, unknown = _w.scan(
        buf, 18, end, _T_REGISTER_VARIABLES_REQ, 2, "REGISTER_VARIABLES_REQ", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_REGISTER_VARIABLES_REQ()
    (o.invoke_id, f1, f2, f3) = _S_REGISTER_VARIABLES_REQ.unpack_from(buf, 8)
    o.call_variable_mask = _mask_CallVariableMask[f1]
    (v0, v1) = vals
    count = f2
    if count == 0 and v0 is None:
        o.named_variables = ()  # the usual case: no entries
    else:
        g0 = v0 or ()
        if len(g0) != count:
            raise _w.group_mismatch(
                "REGISTER_VARIABLES_REQ",
                "NamedVariables",
                "NumNamedVariables",
                count,
                {"NamedVariable": len(g0)},
                end,
            )
        o.named_variables = tuple(g0)
    count = f3
    if count == 0 and v1 is None:
        o.named_arrays = ()  # the usual case: no entries
    else:
        g1 = v1 or ()
        if len(g1) != count:
            raise _w.group_mismatch(
                "REGISTER_VARIABLES_REQ",
                "NamedArrays",
                "NumNamedArrays",
                count,
                {"NamedArray": len(g1)},
                end,
            )
        o.named_arrays = tuple(g1)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = RegisterVariablesReq
    return o  # type: ignore[no-any-return]


def _encode_register_variables_req(m: RegisterVariablesReq) -> bytes:
    name = "REGISTER_VARIABLES_REQ"
    named_variables = _w.check_group(m.named_variables, object, 65535, name, "NamedVariables")
    named_arrays = _w.check_group(m.named_arrays, object, 65535, name, "NamedArrays")
    named: list[bytes] = []
    parts = [
        _w.pack_fixed(
            _S_REGISTER_VARIABLES_REQ,
            _X_REGISTER_VARIABLES_REQ,
            name,
            m.invoke_id,
            m.call_variable_mask,
            len(named_variables),
            len(named_arrays),
        )
    ]
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
    return _w.frame(110, parts)


@value_class
class RegisterVariablesConf(GeneratedMessage):
    """Response to a previous REGISTER_VARIABLES_REQ request.

    REGISTER_VARIABLES_CONF, MessageType 111, server to client.
    From: Application Level Interfaces (v25), REGISTER_VARIABLES_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 111
    MESSAGE_NAME: ClassVar[str] = "REGISTER_VARIABLES_CONF"
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


_B_REGISTER_VARIABLES_CONF: Final = _w.builder(RegisterVariablesConf)
_S_REGISTER_VARIABLES_CONF: Final = struct.Struct(">I")
_X_REGISTER_VARIABLES_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_REGISTER_VARIABLES_CONF: Final[_w.FieldTable] = {}


def _decode_register_variables_conf(buf: bytes, end: int) -> RegisterVariablesConf:
    if end < 12:
        raise _w.truncated("REGISTER_VARIABLES_CONF", _X_REGISTER_VARIABLES_CONF, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_REGISTER_VARIABLES_CONF, 0, "REGISTER_VARIABLES_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_REGISTER_VARIABLES_CONF()
    (o.invoke_id,) = _S_REGISTER_VARIABLES_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = RegisterVariablesConf
    return o  # type: ignore[no-any-return]


def _encode_register_variables_conf(m: RegisterVariablesConf) -> bytes:
    name = "REGISTER_VARIABLES_CONF"
    parts = [
        _w.pack_fixed(
            _S_REGISTER_VARIABLES_CONF,
            _X_REGISTER_VARIABLES_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(111, parts)


@value_class
class QueryAgentStatisticsReq(GeneratedMessage):
    """Request for current agent call handling statistics.

    QUERY_AGENT_STATISTICS_REQ, MessageType 112, client to server.
    From: Application Level Interfaces (v25), QUERY_AGENT_STATISTICS_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 112
    MESSAGE_NAME: ClassVar[str] = "QUERY_AGENT_STATISTICS_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_QUERY_AGENT_STATISTICS_REQ: Final = _w.builder(QueryAgentStatisticsReq)
_S_QUERY_AGENT_STATISTICS_REQ: Final = struct.Struct(">II")
_X_QUERY_AGENT_STATISTICS_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
)
_T_QUERY_AGENT_STATISTICS_REQ: Final[_w.FieldTable] = {
    4: (0, _w.STRING, False, "AgentExtension"),
    5: (1, _w.STRING, False, "AgentID"),
    6: (2, _w.STRING, False, "AgentInstrument"),
}
_FAST_QUERY_AGENT_STATISTICS_REQ: Final = _fast_slots(
    {
        4: 0,
        5: 1,
        6: 2,
    }
)


def _decode_query_agent_statistics_req(buf: bytes, end: int) -> QueryAgentStatisticsReq:
    if end < 16:
        raise _w.truncated("QUERY_AGENT_STATISTICS_REQ", _X_QUERY_AGENT_STATISTICS_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 16
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_QUERY_AGENT_STATISTICS_REQ.get(tag)
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
                _T_QUERY_AGENT_STATISTICS_REQ,
                unknown,
                "QUERY_AGENT_STATISTICS_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 16, end, _T_QUERY_AGENT_STATISTICS_REQ, 3, "QUERY_AGENT_STATISTICS_REQ", _HEAD
        )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_QUERY_AGENT_STATISTICS_REQ()
    (o.invoke_id, o.peripheral_id) = _S_QUERY_AGENT_STATISTICS_REQ.unpack_from(buf, 8)
    (o.agent_extension, o.agent_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = QueryAgentStatisticsReq
    return o  # type: ignore[no-any-return]


def _encode_query_agent_statistics_req(m: QueryAgentStatisticsReq) -> bytes:
    name = "QUERY_AGENT_STATISTICS_REQ"
    parts = [
        _w.pack_fixed(
            _S_QUERY_AGENT_STATISTICS_REQ,
            _X_QUERY_AGENT_STATISTICS_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(112, parts)


@value_class
class QueryAgentStatisticsConf(GeneratedMessage):
    """Response to a previous QUERY_AGENT_STATISTICS_REQ request. "Session" values are accumulated since the agent logged in, "Today" values since midnight; times are in seconds.

    QUERY_AGENT_STATISTICS_CONF, MessageType 113, server to client.
    From: Application Level Interfaces (v25), QUERY_AGENT_STATISTICS_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 113
    MESSAGE_NAME: ClassVar[str] = "QUERY_AGENT_STATISTICS_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "avail_time_session",
        "logged_on_time_session",
        "not_ready_time_session",
        "icm_available_time_session",
        "routable_time_session",
        "agent_out_calls_session",
        "agent_out_calls_talk_time_session",
        "agent_out_calls_time_session",
        "agent_out_calls_held_session",
        "agent_out_calls_held_time_session",
        "handled_calls_session",
        "handled_calls_talk_time_session",
        "handled_calls_after_call_time_session",
        "handled_calls_time_session",
        "incoming_calls_held_session",
        "incoming_calls_held_time_session",
        "internal_calls_session",
        "internal_calls_time_session",
        "internal_calls_rcvd_session",
        "internal_calls_rcvd_time_session",
        "internal_calls_held_session",
        "internal_calls_held_time_session",
        "auto_out_calls_session",
        "auto_out_calls_talk_time_session",
        "auto_out_calls_time_session",
        "auto_out_calls_held_session",
        "auto_out_calls_held_time_session",
        "preview_calls_session",
        "preview_calls_talk_time_session",
        "preview_calls_time_session",
        "preview_calls_held_session",
        "preview_calls_held_time_session",
        "reservation_calls_session",
        "reservation_calls_talk_time_session",
        "reservation_calls_time_session",
        "reservation_calls_held_session",
        "reservation_calls_held_time_session",
        "barge_in_calls_session",
        "intercept_calls_session",
        "monitor_calls_session",
        "whisper_calls_session",
        "emergency_calls_session",
        "avail_time_today",
        "logged_on_time_today",
        "not_ready_time_today",
        "icm_available_time_today",
        "routable_time_today",
        "agent_out_calls_today",
        "agent_out_calls_talk_time_today",
        "agent_out_calls_time_today",
        "agent_out_calls_held_today",
        "agent_out_calls_held_time_today",
        "handled_calls_today",
        "handled_calls_talk_time_today",
        "handled_calls_after_call_time_today",
        "handled_calls_time_today",
        "incoming_calls_held_today",
        "incoming_calls_held_time_today",
        "internal_calls_today",
        "internal_calls_time_today",
        "internal_calls_rcvd_today",
        "internal_calls_rcvd_time_today",
        "internal_calls_held_today",
        "internal_calls_held_time_today",
        "auto_out_calls_today",
        "auto_out_calls_talk_time_today",
        "auto_out_calls_time_today",
        "auto_out_calls_held_today",
        "auto_out_calls_held_time_today",
        "preview_calls_today",
        "preview_calls_talk_time_today",
        "preview_calls_time_today",
        "preview_calls_held_today",
        "preview_calls_held_time_today",
        "reservation_calls_today",
        "reservation_calls_talk_time_today",
        "reservation_calls_time_today",
        "reservation_calls_held_today",
        "reservation_calls_held_time_today",
        "barge_in_calls_today",
        "intercept_calls_today",
        "monitor_calls_today",
        "whisper_calls_today",
        "emergency_calls_today",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    avail_time_session: int
    logged_on_time_session: int
    not_ready_time_session: int
    icm_available_time_session: int
    routable_time_session: int
    agent_out_calls_session: int
    agent_out_calls_talk_time_session: int
    agent_out_calls_time_session: int
    agent_out_calls_held_session: int
    agent_out_calls_held_time_session: int
    handled_calls_session: int
    handled_calls_talk_time_session: int
    handled_calls_after_call_time_session: int
    handled_calls_time_session: int
    incoming_calls_held_session: int
    incoming_calls_held_time_session: int
    internal_calls_session: int
    internal_calls_time_session: int
    internal_calls_rcvd_session: int
    internal_calls_rcvd_time_session: int
    internal_calls_held_session: int
    internal_calls_held_time_session: int
    auto_out_calls_session: int
    auto_out_calls_talk_time_session: int
    auto_out_calls_time_session: int
    auto_out_calls_held_session: int
    auto_out_calls_held_time_session: int
    preview_calls_session: int
    preview_calls_talk_time_session: int
    preview_calls_time_session: int
    preview_calls_held_session: int
    preview_calls_held_time_session: int
    reservation_calls_session: int
    reservation_calls_talk_time_session: int
    reservation_calls_time_session: int
    reservation_calls_held_session: int
    reservation_calls_held_time_session: int
    barge_in_calls_session: int
    intercept_calls_session: int
    monitor_calls_session: int
    whisper_calls_session: int
    emergency_calls_session: int
    avail_time_today: int
    logged_on_time_today: int
    not_ready_time_today: int
    icm_available_time_today: int
    routable_time_today: int
    agent_out_calls_today: int
    agent_out_calls_talk_time_today: int
    agent_out_calls_time_today: int
    agent_out_calls_held_today: int
    agent_out_calls_held_time_today: int
    handled_calls_today: int
    handled_calls_talk_time_today: int
    handled_calls_after_call_time_today: int
    handled_calls_time_today: int
    incoming_calls_held_today: int
    incoming_calls_held_time_today: int
    internal_calls_today: int
    internal_calls_time_today: int
    internal_calls_rcvd_today: int
    internal_calls_rcvd_time_today: int
    internal_calls_held_today: int
    internal_calls_held_time_today: int
    auto_out_calls_today: int
    auto_out_calls_talk_time_today: int
    auto_out_calls_time_today: int
    auto_out_calls_held_today: int
    auto_out_calls_held_time_today: int
    preview_calls_today: int
    preview_calls_talk_time_today: int
    preview_calls_time_today: int
    preview_calls_held_today: int
    preview_calls_held_time_today: int
    reservation_calls_today: int
    reservation_calls_talk_time_today: int
    reservation_calls_time_today: int
    reservation_calls_held_today: int
    reservation_calls_held_time_today: int
    barge_in_calls_today: int
    intercept_calls_today: int
    monitor_calls_today: int
    whisper_calls_today: int
    emergency_calls_today: int
    agent_extension: str
    agent_id: str
    agent_instrument: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        avail_time_session: int = 0,
        logged_on_time_session: int = 0,
        not_ready_time_session: int = 0,
        icm_available_time_session: int = 0,
        routable_time_session: int = 0,
        agent_out_calls_session: int = 0,
        agent_out_calls_talk_time_session: int = 0,
        agent_out_calls_time_session: int = 0,
        agent_out_calls_held_session: int = 0,
        agent_out_calls_held_time_session: int = 0,
        handled_calls_session: int = 0,
        handled_calls_talk_time_session: int = 0,
        handled_calls_after_call_time_session: int = 0,
        handled_calls_time_session: int = 0,
        incoming_calls_held_session: int = 0,
        incoming_calls_held_time_session: int = 0,
        internal_calls_session: int = 0,
        internal_calls_time_session: int = 0,
        internal_calls_rcvd_session: int = 0,
        internal_calls_rcvd_time_session: int = 0,
        internal_calls_held_session: int = 0,
        internal_calls_held_time_session: int = 0,
        auto_out_calls_session: int = 0,
        auto_out_calls_talk_time_session: int = 0,
        auto_out_calls_time_session: int = 0,
        auto_out_calls_held_session: int = 0,
        auto_out_calls_held_time_session: int = 0,
        preview_calls_session: int = 0,
        preview_calls_talk_time_session: int = 0,
        preview_calls_time_session: int = 0,
        preview_calls_held_session: int = 0,
        preview_calls_held_time_session: int = 0,
        reservation_calls_session: int = 0,
        reservation_calls_talk_time_session: int = 0,
        reservation_calls_time_session: int = 0,
        reservation_calls_held_session: int = 0,
        reservation_calls_held_time_session: int = 0,
        barge_in_calls_session: int = 0,
        intercept_calls_session: int = 0,
        monitor_calls_session: int = 0,
        whisper_calls_session: int = 0,
        emergency_calls_session: int = 0,
        avail_time_today: int = 0,
        logged_on_time_today: int = 0,
        not_ready_time_today: int = 0,
        icm_available_time_today: int = 0,
        routable_time_today: int = 0,
        agent_out_calls_today: int = 0,
        agent_out_calls_talk_time_today: int = 0,
        agent_out_calls_time_today: int = 0,
        agent_out_calls_held_today: int = 0,
        agent_out_calls_held_time_today: int = 0,
        handled_calls_today: int = 0,
        handled_calls_talk_time_today: int = 0,
        handled_calls_after_call_time_today: int = 0,
        handled_calls_time_today: int = 0,
        incoming_calls_held_today: int = 0,
        incoming_calls_held_time_today: int = 0,
        internal_calls_today: int = 0,
        internal_calls_time_today: int = 0,
        internal_calls_rcvd_today: int = 0,
        internal_calls_rcvd_time_today: int = 0,
        internal_calls_held_today: int = 0,
        internal_calls_held_time_today: int = 0,
        auto_out_calls_today: int = 0,
        auto_out_calls_talk_time_today: int = 0,
        auto_out_calls_time_today: int = 0,
        auto_out_calls_held_today: int = 0,
        auto_out_calls_held_time_today: int = 0,
        preview_calls_today: int = 0,
        preview_calls_talk_time_today: int = 0,
        preview_calls_time_today: int = 0,
        preview_calls_held_today: int = 0,
        preview_calls_held_time_today: int = 0,
        reservation_calls_today: int = 0,
        reservation_calls_talk_time_today: int = 0,
        reservation_calls_time_today: int = 0,
        reservation_calls_held_today: int = 0,
        reservation_calls_held_time_today: int = 0,
        barge_in_calls_today: int = 0,
        intercept_calls_today: int = 0,
        monitor_calls_today: int = 0,
        whisper_calls_today: int = 0,
        emergency_calls_today: int = 0,
        agent_extension: str,
        agent_id: str,
        agent_instrument: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "avail_time_session", avail_time_session)
        _set(self, "logged_on_time_session", logged_on_time_session)
        _set(self, "not_ready_time_session", not_ready_time_session)
        _set(self, "icm_available_time_session", icm_available_time_session)
        _set(self, "routable_time_session", routable_time_session)
        _set(self, "agent_out_calls_session", agent_out_calls_session)
        _set(self, "agent_out_calls_talk_time_session", agent_out_calls_talk_time_session)
        _set(self, "agent_out_calls_time_session", agent_out_calls_time_session)
        _set(self, "agent_out_calls_held_session", agent_out_calls_held_session)
        _set(self, "agent_out_calls_held_time_session", agent_out_calls_held_time_session)
        _set(self, "handled_calls_session", handled_calls_session)
        _set(self, "handled_calls_talk_time_session", handled_calls_talk_time_session)
        _set(self, "handled_calls_after_call_time_session", handled_calls_after_call_time_session)
        _set(self, "handled_calls_time_session", handled_calls_time_session)
        _set(self, "incoming_calls_held_session", incoming_calls_held_session)
        _set(self, "incoming_calls_held_time_session", incoming_calls_held_time_session)
        _set(self, "internal_calls_session", internal_calls_session)
        _set(self, "internal_calls_time_session", internal_calls_time_session)
        _set(self, "internal_calls_rcvd_session", internal_calls_rcvd_session)
        _set(self, "internal_calls_rcvd_time_session", internal_calls_rcvd_time_session)
        _set(self, "internal_calls_held_session", internal_calls_held_session)
        _set(self, "internal_calls_held_time_session", internal_calls_held_time_session)
        _set(self, "auto_out_calls_session", auto_out_calls_session)
        _set(self, "auto_out_calls_talk_time_session", auto_out_calls_talk_time_session)
        _set(self, "auto_out_calls_time_session", auto_out_calls_time_session)
        _set(self, "auto_out_calls_held_session", auto_out_calls_held_session)
        _set(self, "auto_out_calls_held_time_session", auto_out_calls_held_time_session)
        _set(self, "preview_calls_session", preview_calls_session)
        _set(self, "preview_calls_talk_time_session", preview_calls_talk_time_session)
        _set(self, "preview_calls_time_session", preview_calls_time_session)
        _set(self, "preview_calls_held_session", preview_calls_held_session)
        _set(self, "preview_calls_held_time_session", preview_calls_held_time_session)
        _set(self, "reservation_calls_session", reservation_calls_session)
        _set(self, "reservation_calls_talk_time_session", reservation_calls_talk_time_session)
        _set(self, "reservation_calls_time_session", reservation_calls_time_session)
        _set(self, "reservation_calls_held_session", reservation_calls_held_session)
        _set(self, "reservation_calls_held_time_session", reservation_calls_held_time_session)
        _set(self, "barge_in_calls_session", barge_in_calls_session)
        _set(self, "intercept_calls_session", intercept_calls_session)
        _set(self, "monitor_calls_session", monitor_calls_session)
        _set(self, "whisper_calls_session", whisper_calls_session)
        _set(self, "emergency_calls_session", emergency_calls_session)
        _set(self, "avail_time_today", avail_time_today)
        _set(self, "logged_on_time_today", logged_on_time_today)
        _set(self, "not_ready_time_today", not_ready_time_today)
        _set(self, "icm_available_time_today", icm_available_time_today)
        _set(self, "routable_time_today", routable_time_today)
        _set(self, "agent_out_calls_today", agent_out_calls_today)
        _set(self, "agent_out_calls_talk_time_today", agent_out_calls_talk_time_today)
        _set(self, "agent_out_calls_time_today", agent_out_calls_time_today)
        _set(self, "agent_out_calls_held_today", agent_out_calls_held_today)
        _set(self, "agent_out_calls_held_time_today", agent_out_calls_held_time_today)
        _set(self, "handled_calls_today", handled_calls_today)
        _set(self, "handled_calls_talk_time_today", handled_calls_talk_time_today)
        _set(self, "handled_calls_after_call_time_today", handled_calls_after_call_time_today)
        _set(self, "handled_calls_time_today", handled_calls_time_today)
        _set(self, "incoming_calls_held_today", incoming_calls_held_today)
        _set(self, "incoming_calls_held_time_today", incoming_calls_held_time_today)
        _set(self, "internal_calls_today", internal_calls_today)
        _set(self, "internal_calls_time_today", internal_calls_time_today)
        _set(self, "internal_calls_rcvd_today", internal_calls_rcvd_today)
        _set(self, "internal_calls_rcvd_time_today", internal_calls_rcvd_time_today)
        _set(self, "internal_calls_held_today", internal_calls_held_today)
        _set(self, "internal_calls_held_time_today", internal_calls_held_time_today)
        _set(self, "auto_out_calls_today", auto_out_calls_today)
        _set(self, "auto_out_calls_talk_time_today", auto_out_calls_talk_time_today)
        _set(self, "auto_out_calls_time_today", auto_out_calls_time_today)
        _set(self, "auto_out_calls_held_today", auto_out_calls_held_today)
        _set(self, "auto_out_calls_held_time_today", auto_out_calls_held_time_today)
        _set(self, "preview_calls_today", preview_calls_today)
        _set(self, "preview_calls_talk_time_today", preview_calls_talk_time_today)
        _set(self, "preview_calls_time_today", preview_calls_time_today)
        _set(self, "preview_calls_held_today", preview_calls_held_today)
        _set(self, "preview_calls_held_time_today", preview_calls_held_time_today)
        _set(self, "reservation_calls_today", reservation_calls_today)
        _set(self, "reservation_calls_talk_time_today", reservation_calls_talk_time_today)
        _set(self, "reservation_calls_time_today", reservation_calls_time_today)
        _set(self, "reservation_calls_held_today", reservation_calls_held_today)
        _set(self, "reservation_calls_held_time_today", reservation_calls_held_time_today)
        _set(self, "barge_in_calls_today", barge_in_calls_today)
        _set(self, "intercept_calls_today", intercept_calls_today)
        _set(self, "monitor_calls_today", monitor_calls_today)
        _set(self, "whisper_calls_today", whisper_calls_today)
        _set(self, "emergency_calls_today", emergency_calls_today)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_QUERY_AGENT_STATISTICS_CONF: Final = _w.builder(QueryAgentStatisticsConf)
_S_QUERY_AGENT_STATISTICS_CONF: Final = struct.Struct(
    ">IIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIII"
)
_X_QUERY_AGENT_STATISTICS_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("AvailTimeSession", "I", 20),
    ("LoggedOnTimeSession", "I", 24),
    ("NotReadyTimeSession", "I", 28),
    ("ICMAvailableTimeSession", "I", 32),
    ("RoutableTimeSession", "I", 36),
    ("AgentOutCallsSession", "I", 40),
    ("AgentOutCallsTalkTimeSession", "I", 44),
    ("AgentOutCallsTimeSession", "I", 48),
    ("AgentOutCallsHeldSession", "I", 52),
    ("AgentOutCallsHeldTimeSession", "I", 56),
    ("HandledCallsSession", "I", 60),
    ("HandledCallsTalkTimeSession", "I", 64),
    ("HandledCallsAfterCallTimeSession", "I", 68),
    ("HandledCallsTimeSession", "I", 72),
    ("IncomingCallsHeldSession", "I", 76),
    ("IncomingCallsHeldTimeSession", "I", 80),
    ("InternalCallsSession", "I", 84),
    ("InternalCallsTimeSession", "I", 88),
    ("InternalCallsRcvdSession", "I", 92),
    ("InternalCallsRcvdTimeSession", "I", 96),
    ("InternalCallsHeldSession", "I", 100),
    ("InternalCallsHeldTimeSession", "I", 104),
    ("AutoOutCallsSession", "I", 108),
    ("AutoOutCallsTalkTimeSession", "I", 112),
    ("AutoOutCallsTimeSession", "I", 116),
    ("AutoOutCallsHeldSession", "I", 120),
    ("AutoOutCallsHeldTimeSession", "I", 124),
    ("PreviewCallsSession", "I", 128),
    ("PreviewCallsTalkTimeSession", "I", 132),
    ("PreviewCallsTimeSession", "I", 136),
    ("PreviewCallsHeldSession", "I", 140),
    ("PreviewCallsHeldTimeSession", "I", 144),
    ("ReservationCallsSession", "I", 148),
    ("ReservationCallsTalkTimeSession", "I", 152),
    ("ReservationCallsTimeSession", "I", 156),
    ("ReservationCallsHeldSession", "I", 160),
    ("ReservationCallsHeldTimeSession", "I", 164),
    ("BargeInCallsSession", "I", 168),
    ("InterceptCallsSession", "I", 172),
    ("MonitorCallsSession", "I", 176),
    ("WhisperCallsSession", "I", 180),
    ("EmergencyCallsSession", "I", 184),
    ("AvailTimeToday", "I", 188),
    ("LoggedOnTimeToday", "I", 192),
    ("NotReadyTimeToday", "I", 196),
    ("ICMAvailableTimeToday", "I", 200),
    ("RoutableTimeToday", "I", 204),
    ("AgentOutCallsToday", "I", 208),
    ("AgentOutCallsTalkTimeToday", "I", 212),
    ("AgentOutCallsTimeToday", "I", 216),
    ("AgentOutCallsHeldToday", "I", 220),
    ("AgentOutCallsHeldTimeToday", "I", 224),
    ("HandledCallsToday", "I", 228),
    ("HandledCallsTalkTimeToday", "I", 232),
    ("HandledCallsAfterCallTimeToday", "I", 236),
    ("HandledCallsTimeToday", "I", 240),
    ("IncomingCallsHeldToday", "I", 244),
    ("IncomingCallsHeldTimeToday", "I", 248),
    ("InternalCallsToday", "I", 252),
    ("InternalCallsTimeToday", "I", 256),
    ("InternalCallsRcvdToday", "I", 260),
    ("InternalCallsRcvdTimeToday", "I", 264),
    ("InternalCallsHeldToday", "I", 268),
    ("InternalCallsHeldTimeToday", "I", 272),
    ("AutoOutCallsToday", "I", 276),
    ("AutoOutCallsTalkTimeToday", "I", 280),
    ("AutoOutCallsTimeToday", "I", 284),
    ("AutoOutCallsHeldToday", "I", 288),
    ("AutoOutCallsHeldTimeToday", "I", 292),
    ("PreviewCallsToday", "I", 296),
    ("PreviewCallsTalkTimeToday", "I", 300),
    ("PreviewCallsTimeToday", "I", 304),
    ("PreviewCallsHeldToday", "I", 308),
    ("PreviewCallsHeldTimeToday", "I", 312),
    ("ReservationCallsToday", "I", 316),
    ("ReservationCallsTalkTimeToday", "I", 320),
    ("ReservationCallsTimeToday", "I", 324),
    ("ReservationCallsHeldToday", "I", 328),
    ("ReservationCallsHeldTimeToday", "I", 332),
    ("BargeInCallsToday", "I", 336),
    ("InterceptCallsToday", "I", 340),
    ("MonitorCallsToday", "I", 344),
    ("WhisperCallsToday", "I", 348),
    ("EmergencyCallsToday", "I", 352),
)
_T_QUERY_AGENT_STATISTICS_CONF: Final[_w.FieldTable] = {
    4: (0, _w.STRING, False, "AgentExtension"),
    5: (1, _w.STRING, False, "AgentID"),
    6: (2, _w.STRING, False, "AgentInstrument"),
}
_FAST_QUERY_AGENT_STATISTICS_CONF: Final = _fast_slots(
    {
        4: 0,
        5: 1,
        6: 2,
    }
)


def _decode_query_agent_statistics_conf(buf: bytes, end: int) -> QueryAgentStatisticsConf:
    if end < 352:
        raise _w.truncated("QUERY_AGENT_STATISTICS_CONF", _X_QUERY_AGENT_STATISTICS_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 3
    unknown: list[UnknownField] = []
    pos = 352
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_QUERY_AGENT_STATISTICS_CONF.get(tag)
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
                _T_QUERY_AGENT_STATISTICS_CONF,
                unknown,
                "QUERY_AGENT_STATISTICS_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 352, end, _T_QUERY_AGENT_STATISTICS_CONF, 3, "QUERY_AGENT_STATISTICS_CONF", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("QUERY_AGENT_STATISTICS_CONF", "AgentExtension", end)
    if vals[1] is None:
        raise _w.missing("QUERY_AGENT_STATISTICS_CONF", "AgentID", end)
    if vals[2] is None:
        raise _w.missing("QUERY_AGENT_STATISTICS_CONF", "AgentInstrument", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_QUERY_AGENT_STATISTICS_CONF()
    (
        o.invoke_id,
        o.peripheral_id,
        o.avail_time_session,
        o.logged_on_time_session,
        o.not_ready_time_session,
        o.icm_available_time_session,
        o.routable_time_session,
        o.agent_out_calls_session,
        o.agent_out_calls_talk_time_session,
        o.agent_out_calls_time_session,
        o.agent_out_calls_held_session,
        o.agent_out_calls_held_time_session,
        o.handled_calls_session,
        o.handled_calls_talk_time_session,
        o.handled_calls_after_call_time_session,
        o.handled_calls_time_session,
        o.incoming_calls_held_session,
        o.incoming_calls_held_time_session,
        o.internal_calls_session,
        o.internal_calls_time_session,
        o.internal_calls_rcvd_session,
        o.internal_calls_rcvd_time_session,
        o.internal_calls_held_session,
        o.internal_calls_held_time_session,
        o.auto_out_calls_session,
        o.auto_out_calls_talk_time_session,
        o.auto_out_calls_time_session,
        o.auto_out_calls_held_session,
        o.auto_out_calls_held_time_session,
        o.preview_calls_session,
        o.preview_calls_talk_time_session,
        o.preview_calls_time_session,
        o.preview_calls_held_session,
        o.preview_calls_held_time_session,
        o.reservation_calls_session,
        o.reservation_calls_talk_time_session,
        o.reservation_calls_time_session,
        o.reservation_calls_held_session,
        o.reservation_calls_held_time_session,
        o.barge_in_calls_session,
        o.intercept_calls_session,
        o.monitor_calls_session,
        o.whisper_calls_session,
        o.emergency_calls_session,
        o.avail_time_today,
        o.logged_on_time_today,
        o.not_ready_time_today,
        o.icm_available_time_today,
        o.routable_time_today,
        o.agent_out_calls_today,
        o.agent_out_calls_talk_time_today,
        o.agent_out_calls_time_today,
        o.agent_out_calls_held_today,
        o.agent_out_calls_held_time_today,
        o.handled_calls_today,
        o.handled_calls_talk_time_today,
        o.handled_calls_after_call_time_today,
        o.handled_calls_time_today,
        o.incoming_calls_held_today,
        o.incoming_calls_held_time_today,
        o.internal_calls_today,
        o.internal_calls_time_today,
        o.internal_calls_rcvd_today,
        o.internal_calls_rcvd_time_today,
        o.internal_calls_held_today,
        o.internal_calls_held_time_today,
        o.auto_out_calls_today,
        o.auto_out_calls_talk_time_today,
        o.auto_out_calls_time_today,
        o.auto_out_calls_held_today,
        o.auto_out_calls_held_time_today,
        o.preview_calls_today,
        o.preview_calls_talk_time_today,
        o.preview_calls_time_today,
        o.preview_calls_held_today,
        o.preview_calls_held_time_today,
        o.reservation_calls_today,
        o.reservation_calls_talk_time_today,
        o.reservation_calls_time_today,
        o.reservation_calls_held_today,
        o.reservation_calls_held_time_today,
        o.barge_in_calls_today,
        o.intercept_calls_today,
        o.monitor_calls_today,
        o.whisper_calls_today,
        o.emergency_calls_today,
    ) = _S_QUERY_AGENT_STATISTICS_CONF.unpack_from(buf, 8)
    (o.agent_extension, o.agent_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = QueryAgentStatisticsConf
    return o  # type: ignore[no-any-return]


def _encode_query_agent_statistics_conf(m: QueryAgentStatisticsConf) -> bytes:
    name = "QUERY_AGENT_STATISTICS_CONF"
    parts = [
        _w.pack_fixed(
            _S_QUERY_AGENT_STATISTICS_CONF,
            _X_QUERY_AGENT_STATISTICS_CONF,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.avail_time_session,
            m.logged_on_time_session,
            m.not_ready_time_session,
            m.icm_available_time_session,
            m.routable_time_session,
            m.agent_out_calls_session,
            m.agent_out_calls_talk_time_session,
            m.agent_out_calls_time_session,
            m.agent_out_calls_held_session,
            m.agent_out_calls_held_time_session,
            m.handled_calls_session,
            m.handled_calls_talk_time_session,
            m.handled_calls_after_call_time_session,
            m.handled_calls_time_session,
            m.incoming_calls_held_session,
            m.incoming_calls_held_time_session,
            m.internal_calls_session,
            m.internal_calls_time_session,
            m.internal_calls_rcvd_session,
            m.internal_calls_rcvd_time_session,
            m.internal_calls_held_session,
            m.internal_calls_held_time_session,
            m.auto_out_calls_session,
            m.auto_out_calls_talk_time_session,
            m.auto_out_calls_time_session,
            m.auto_out_calls_held_session,
            m.auto_out_calls_held_time_session,
            m.preview_calls_session,
            m.preview_calls_talk_time_session,
            m.preview_calls_time_session,
            m.preview_calls_held_session,
            m.preview_calls_held_time_session,
            m.reservation_calls_session,
            m.reservation_calls_talk_time_session,
            m.reservation_calls_time_session,
            m.reservation_calls_held_session,
            m.reservation_calls_held_time_session,
            m.barge_in_calls_session,
            m.intercept_calls_session,
            m.monitor_calls_session,
            m.whisper_calls_session,
            m.emergency_calls_session,
            m.avail_time_today,
            m.logged_on_time_today,
            m.not_ready_time_today,
            m.icm_available_time_today,
            m.routable_time_today,
            m.agent_out_calls_today,
            m.agent_out_calls_talk_time_today,
            m.agent_out_calls_time_today,
            m.agent_out_calls_held_today,
            m.agent_out_calls_held_time_today,
            m.handled_calls_today,
            m.handled_calls_talk_time_today,
            m.handled_calls_after_call_time_today,
            m.handled_calls_time_today,
            m.incoming_calls_held_today,
            m.incoming_calls_held_time_today,
            m.internal_calls_today,
            m.internal_calls_time_today,
            m.internal_calls_rcvd_today,
            m.internal_calls_rcvd_time_today,
            m.internal_calls_held_today,
            m.internal_calls_held_time_today,
            m.auto_out_calls_today,
            m.auto_out_calls_talk_time_today,
            m.auto_out_calls_time_today,
            m.auto_out_calls_held_today,
            m.auto_out_calls_held_time_today,
            m.preview_calls_today,
            m.preview_calls_talk_time_today,
            m.preview_calls_time_today,
            m.preview_calls_held_today,
            m.preview_calls_held_time_today,
            m.reservation_calls_today,
            m.reservation_calls_talk_time_today,
            m.reservation_calls_time_today,
            m.reservation_calls_held_today,
            m.reservation_calls_held_time_today,
            m.barge_in_calls_today,
            m.intercept_calls_today,
            m.monitor_calls_today,
            m.whisper_calls_today,
            m.emergency_calls_today,
        )
    ]
    parts.append(_w.put(_w.STRING, 4, m.agent_extension, 16, _WIDE, name, "AgentExtension"))
    parts.append(_w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID"))
    parts.append(_w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(113, parts)


@value_class
class QuerySkillGroupStatisticsReq(GeneratedMessage):
    """Request for current skill group call handling statistics.

    QUERY_SKILL_GROUP_STATISTICS_REQ, MessageType 114, client to server.
    From: Application Level Interfaces (v25), QUERY_SKILL_GROUP_STATISTICS_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 114
    MESSAGE_NAME: ClassVar[str] = "QUERY_SKILL_GROUP_STATISTICS_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "skill_group_number",
        "skill_group_id",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    skill_group_number: int
    skill_group_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_QUERY_SKILL_GROUP_STATISTICS_REQ: Final = _w.builder(QuerySkillGroupStatisticsReq)
_S_QUERY_SKILL_GROUP_STATISTICS_REQ: Final = struct.Struct(">IIII")
_X_QUERY_SKILL_GROUP_STATISTICS_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("SkillGroupNumber", "I", 20),
    ("SkillGroupID", "I", 24),
)
_T_QUERY_SKILL_GROUP_STATISTICS_REQ: Final[_w.FieldTable] = {}


def _decode_query_skill_group_statistics_req(buf: bytes, end: int) -> QuerySkillGroupStatisticsReq:
    if end < 24:
        raise _w.truncated(
            "QUERY_SKILL_GROUP_STATISTICS_REQ", _X_QUERY_SKILL_GROUP_STATISTICS_REQ, end
        )
    _, unknown = _w.scan(
        buf,
        24,
        end,
        _T_QUERY_SKILL_GROUP_STATISTICS_REQ,
        0,
        "QUERY_SKILL_GROUP_STATISTICS_REQ",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_QUERY_SKILL_GROUP_STATISTICS_REQ()
    (o.invoke_id, o.peripheral_id, o.skill_group_number, o.skill_group_id) = (
        _S_QUERY_SKILL_GROUP_STATISTICS_REQ.unpack_from(buf, 8)
    )
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = QuerySkillGroupStatisticsReq
    return o  # type: ignore[no-any-return]


def _encode_query_skill_group_statistics_req(m: QuerySkillGroupStatisticsReq) -> bytes:
    name = "QUERY_SKILL_GROUP_STATISTICS_REQ"
    parts = [
        _w.pack_fixed(
            _S_QUERY_SKILL_GROUP_STATISTICS_REQ,
            _X_QUERY_SKILL_GROUP_STATISTICS_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.skill_group_number,
            m.skill_group_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(114, parts)


@value_class
class QuerySkillGroupStatisticsConf(GeneratedMessage):
    """Response to a previous QUERY_SKILL_GROUP_STATISTICS_REQ request. "To5" values are accumulated in the current five-minute period, "ToHalf" in the current half hour, "Today" since midnight; times are in seconds.

    QUERY_SKILL_GROUP_STATISTICS_CONF, MessageType 115, server to client.
    From: Application Level Interfaces (v25), QUERY_SKILL_GROUP_STATISTICS_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 115
    MESSAGE_NAME: ClassVar[str] = "QUERY_SKILL_GROUP_STATISTICS_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "skill_group_number",
        "skill_group_id",
        "agents_logged_on",
        "agents_avail",
        "agents_not_ready",
        "agents_ready",
        "agents_talking_in",
        "agents_talking_out",
        "agents_talking_other",
        "agents_work_not_ready",
        "agents_work_ready",
        "agents_busy_other",
        "agents_reserved",
        "agents_hold",
        "agents_icm_available",
        "agents_application_available",
        "agents_talking_auto_out",
        "agents_talking_preview",
        "agents_talking_reservation",
        "router_calls_q_now",
        "longest_router_call_q_now",
        "calls_q_now",
        "calls_q_time_now",
        "longest_call_q_now",
        "avail_time_to5",
        "logged_on_time_to5",
        "not_ready_time_to5",
        "agent_out_calls_to5",
        "agent_out_calls_talk_time_to5",
        "agent_out_calls_time_to5",
        "agent_out_calls_held_to5",
        "agent_out_calls_held_time_to5",
        "handled_calls_to5",
        "handled_calls_talk_time_to5",
        "handled_calls_after_call_time_to5",
        "handled_calls_time_to5",
        "incoming_calls_held_to5",
        "incoming_calls_held_time_to5",
        "internal_calls_rcvd_to5",
        "internal_calls_rcvd_time_to5",
        "internal_calls_held_to5",
        "internal_calls_held_time_to5",
        "auto_out_calls_to5",
        "auto_out_calls_talk_time_to5",
        "auto_out_calls_time_to5",
        "auto_out_calls_held_to5",
        "auto_out_calls_held_time_to5",
        "preview_calls_to5",
        "preview_calls_talk_time_to5",
        "preview_calls_time_to5",
        "preview_calls_held_to5",
        "preview_calls_held_time_to5",
        "reservation_calls_to5",
        "reservation_calls_talk_time_to5",
        "reservation_calls_time_to5",
        "reservation_calls_held_to5",
        "reservation_calls_held_time_to5",
        "barge_in_calls_to5",
        "intercept_calls_to5",
        "monitor_calls_to5",
        "whisper_calls_to5",
        "emergency_calls_to5",
        "calls_q5",
        "calls_q_time5",
        "longest_call_q5",
        "avail_time_to_half",
        "logged_on_time_to_half",
        "not_ready_time_to_half",
        "agent_out_calls_to_half",
        "agent_out_calls_talk_time_to_half",
        "agent_out_calls_time_to_half",
        "agent_out_calls_held_to_half",
        "agent_out_calls_held_time_to_half",
        "handled_calls_to_half",
        "handled_calls_talk_time_to_half",
        "handled_calls_after_call_time_to_half",
        "handled_calls_time_to_half",
        "incoming_calls_held_to_half",
        "incoming_calls_held_time_to_half",
        "internal_calls_rcvd_to_half",
        "internal_calls_rcvd_time_to_half",
        "internal_calls_held_to_half",
        "internal_calls_held_time_to_half",
        "auto_out_calls_to_half",
        "auto_out_calls_talk_time_to_half",
        "auto_out_calls_time_to_half",
        "auto_out_calls_held_to_half",
        "auto_out_calls_held_time_to_half",
        "preview_calls_to_half",
        "preview_calls_talk_time_to_half",
        "preview_calls_time_to_half",
        "preview_calls_held_to_half",
        "preview_calls_held_time_to_half",
        "reservation_calls_to_half",
        "reservation_calls_talk_time_to_half",
        "reservation_calls_time_to_half",
        "reservation_calls_held_to_half",
        "reservation_calls_held_time_to_half",
        "barge_in_calls_to_half",
        "intercept_calls_to_half",
        "monitor_calls_to_half",
        "whisper_calls_to_half",
        "emergency_calls_to_half",
        "calls_q_half",
        "calls_q_time_half",
        "longest_call_q_half",
        "avail_time_today",
        "logged_on_time_today",
        "not_ready_time_today",
        "agent_out_calls_today",
        "agent_out_calls_talk_time_today",
        "agent_out_calls_time_today",
        "agent_out_calls_held_today",
        "agent_out_calls_held_time_today",
        "handled_calls_today",
        "handled_calls_talk_time_today",
        "handled_calls_after_call_time_today",
        "handled_calls_time_today",
        "incoming_calls_held_today",
        "incoming_calls_held_time_today",
        "internal_calls_rcvd_today",
        "internal_calls_rcvd_time_today",
        "internal_calls_held_today",
        "internal_calls_held_time_today",
        "auto_out_calls_today",
        "auto_out_calls_talk_time_today",
        "auto_out_calls_time_today",
        "auto_out_calls_held_today",
        "auto_out_calls_held_time_today",
        "preview_calls_today",
        "preview_calls_talk_time_today",
        "preview_calls_time_today",
        "preview_calls_held_today",
        "preview_calls_held_time_today",
        "reservation_calls_today",
        "reservation_calls_talk_time_today",
        "reservation_calls_time_today",
        "reservation_calls_held_today",
        "reservation_calls_held_time_today",
        "barge_in_calls_today",
        "intercept_calls_today",
        "monitor_calls_today",
        "whisper_calls_today",
        "emergency_calls_today",
        "calls_q_today",
        "calls_q_time_today",
        "longest_call_q_today",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    skill_group_number: int
    skill_group_id: int
    agents_logged_on: int
    agents_avail: int
    agents_not_ready: int
    agents_ready: int
    agents_talking_in: int
    agents_talking_out: int
    agents_talking_other: int
    agents_work_not_ready: int
    agents_work_ready: int
    agents_busy_other: int
    agents_reserved: int
    agents_hold: int
    agents_icm_available: int
    agents_application_available: int
    agents_talking_auto_out: int
    agents_talking_preview: int
    agents_talking_reservation: int
    router_calls_q_now: int
    longest_router_call_q_now: int
    calls_q_now: int
    calls_q_time_now: int
    longest_call_q_now: int
    avail_time_to5: int
    logged_on_time_to5: int
    not_ready_time_to5: int
    agent_out_calls_to5: int
    agent_out_calls_talk_time_to5: int
    agent_out_calls_time_to5: int
    agent_out_calls_held_to5: int
    agent_out_calls_held_time_to5: int
    handled_calls_to5: int
    handled_calls_talk_time_to5: int
    handled_calls_after_call_time_to5: int
    handled_calls_time_to5: int
    incoming_calls_held_to5: int
    incoming_calls_held_time_to5: int
    internal_calls_rcvd_to5: int
    internal_calls_rcvd_time_to5: int
    internal_calls_held_to5: int
    internal_calls_held_time_to5: int
    auto_out_calls_to5: int
    auto_out_calls_talk_time_to5: int
    auto_out_calls_time_to5: int
    auto_out_calls_held_to5: int
    auto_out_calls_held_time_to5: int
    preview_calls_to5: int
    preview_calls_talk_time_to5: int
    preview_calls_time_to5: int
    preview_calls_held_to5: int
    preview_calls_held_time_to5: int
    reservation_calls_to5: int
    reservation_calls_talk_time_to5: int
    reservation_calls_time_to5: int
    reservation_calls_held_to5: int
    reservation_calls_held_time_to5: int
    barge_in_calls_to5: int
    intercept_calls_to5: int
    monitor_calls_to5: int
    whisper_calls_to5: int
    emergency_calls_to5: int
    calls_q5: int
    calls_q_time5: int
    longest_call_q5: int
    avail_time_to_half: int
    logged_on_time_to_half: int
    not_ready_time_to_half: int
    agent_out_calls_to_half: int
    agent_out_calls_talk_time_to_half: int
    agent_out_calls_time_to_half: int
    agent_out_calls_held_to_half: int
    agent_out_calls_held_time_to_half: int
    handled_calls_to_half: int
    handled_calls_talk_time_to_half: int
    handled_calls_after_call_time_to_half: int
    handled_calls_time_to_half: int
    incoming_calls_held_to_half: int
    incoming_calls_held_time_to_half: int
    internal_calls_rcvd_to_half: int
    internal_calls_rcvd_time_to_half: int
    internal_calls_held_to_half: int
    internal_calls_held_time_to_half: int
    auto_out_calls_to_half: int
    auto_out_calls_talk_time_to_half: int
    auto_out_calls_time_to_half: int
    auto_out_calls_held_to_half: int
    auto_out_calls_held_time_to_half: int
    preview_calls_to_half: int
    preview_calls_talk_time_to_half: int
    preview_calls_time_to_half: int
    preview_calls_held_to_half: int
    preview_calls_held_time_to_half: int
    reservation_calls_to_half: int
    reservation_calls_talk_time_to_half: int
    reservation_calls_time_to_half: int
    reservation_calls_held_to_half: int
    reservation_calls_held_time_to_half: int
    barge_in_calls_to_half: int
    intercept_calls_to_half: int
    monitor_calls_to_half: int
    whisper_calls_to_half: int
    emergency_calls_to_half: int
    calls_q_half: int
    calls_q_time_half: int
    longest_call_q_half: int
    avail_time_today: int
    logged_on_time_today: int
    not_ready_time_today: int
    agent_out_calls_today: int
    agent_out_calls_talk_time_today: int
    agent_out_calls_time_today: int
    agent_out_calls_held_today: int
    agent_out_calls_held_time_today: int
    handled_calls_today: int
    handled_calls_talk_time_today: int
    handled_calls_after_call_time_today: int
    handled_calls_time_today: int
    incoming_calls_held_today: int
    incoming_calls_held_time_today: int
    internal_calls_rcvd_today: int
    internal_calls_rcvd_time_today: int
    internal_calls_held_today: int
    internal_calls_held_time_today: int
    auto_out_calls_today: int
    auto_out_calls_talk_time_today: int
    auto_out_calls_time_today: int
    auto_out_calls_held_today: int
    auto_out_calls_held_time_today: int
    preview_calls_today: int
    preview_calls_talk_time_today: int
    preview_calls_time_today: int
    preview_calls_held_today: int
    preview_calls_held_time_today: int
    reservation_calls_today: int
    reservation_calls_talk_time_today: int
    reservation_calls_time_today: int
    reservation_calls_held_today: int
    reservation_calls_held_time_today: int
    barge_in_calls_today: int
    intercept_calls_today: int
    monitor_calls_today: int
    whisper_calls_today: int
    emergency_calls_today: int
    calls_q_today: int
    calls_q_time_today: int
    longest_call_q_today: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        skill_group_number: int = 0,
        skill_group_id: int = 0,
        agents_logged_on: int = 0,
        agents_avail: int = 0,
        agents_not_ready: int = 0,
        agents_ready: int = 0,
        agents_talking_in: int = 0,
        agents_talking_out: int = 0,
        agents_talking_other: int = 0,
        agents_work_not_ready: int = 0,
        agents_work_ready: int = 0,
        agents_busy_other: int = 0,
        agents_reserved: int = 0,
        agents_hold: int = 0,
        agents_icm_available: int = 0,
        agents_application_available: int = 0,
        agents_talking_auto_out: int = 0,
        agents_talking_preview: int = 0,
        agents_talking_reservation: int = 0,
        router_calls_q_now: int = 0,
        longest_router_call_q_now: int = 0,
        calls_q_now: int = 0,
        calls_q_time_now: int = 0,
        longest_call_q_now: int = 0,
        avail_time_to5: int = 0,
        logged_on_time_to5: int = 0,
        not_ready_time_to5: int = 0,
        agent_out_calls_to5: int = 0,
        agent_out_calls_talk_time_to5: int = 0,
        agent_out_calls_time_to5: int = 0,
        agent_out_calls_held_to5: int = 0,
        agent_out_calls_held_time_to5: int = 0,
        handled_calls_to5: int = 0,
        handled_calls_talk_time_to5: int = 0,
        handled_calls_after_call_time_to5: int = 0,
        handled_calls_time_to5: int = 0,
        incoming_calls_held_to5: int = 0,
        incoming_calls_held_time_to5: int = 0,
        internal_calls_rcvd_to5: int = 0,
        internal_calls_rcvd_time_to5: int = 0,
        internal_calls_held_to5: int = 0,
        internal_calls_held_time_to5: int = 0,
        auto_out_calls_to5: int = 0,
        auto_out_calls_talk_time_to5: int = 0,
        auto_out_calls_time_to5: int = 0,
        auto_out_calls_held_to5: int = 0,
        auto_out_calls_held_time_to5: int = 0,
        preview_calls_to5: int = 0,
        preview_calls_talk_time_to5: int = 0,
        preview_calls_time_to5: int = 0,
        preview_calls_held_to5: int = 0,
        preview_calls_held_time_to5: int = 0,
        reservation_calls_to5: int = 0,
        reservation_calls_talk_time_to5: int = 0,
        reservation_calls_time_to5: int = 0,
        reservation_calls_held_to5: int = 0,
        reservation_calls_held_time_to5: int = 0,
        barge_in_calls_to5: int = 0,
        intercept_calls_to5: int = 0,
        monitor_calls_to5: int = 0,
        whisper_calls_to5: int = 0,
        emergency_calls_to5: int = 0,
        calls_q5: int = 0,
        calls_q_time5: int = 0,
        longest_call_q5: int = 0,
        avail_time_to_half: int = 0,
        logged_on_time_to_half: int = 0,
        not_ready_time_to_half: int = 0,
        agent_out_calls_to_half: int = 0,
        agent_out_calls_talk_time_to_half: int = 0,
        agent_out_calls_time_to_half: int = 0,
        agent_out_calls_held_to_half: int = 0,
        agent_out_calls_held_time_to_half: int = 0,
        handled_calls_to_half: int = 0,
        handled_calls_talk_time_to_half: int = 0,
        handled_calls_after_call_time_to_half: int = 0,
        handled_calls_time_to_half: int = 0,
        incoming_calls_held_to_half: int = 0,
        incoming_calls_held_time_to_half: int = 0,
        internal_calls_rcvd_to_half: int = 0,
        internal_calls_rcvd_time_to_half: int = 0,
        internal_calls_held_to_half: int = 0,
        internal_calls_held_time_to_half: int = 0,
        auto_out_calls_to_half: int = 0,
        auto_out_calls_talk_time_to_half: int = 0,
        auto_out_calls_time_to_half: int = 0,
        auto_out_calls_held_to_half: int = 0,
        auto_out_calls_held_time_to_half: int = 0,
        preview_calls_to_half: int = 0,
        preview_calls_talk_time_to_half: int = 0,
        preview_calls_time_to_half: int = 0,
        preview_calls_held_to_half: int = 0,
        preview_calls_held_time_to_half: int = 0,
        reservation_calls_to_half: int = 0,
        reservation_calls_talk_time_to_half: int = 0,
        reservation_calls_time_to_half: int = 0,
        reservation_calls_held_to_half: int = 0,
        reservation_calls_held_time_to_half: int = 0,
        barge_in_calls_to_half: int = 0,
        intercept_calls_to_half: int = 0,
        monitor_calls_to_half: int = 0,
        whisper_calls_to_half: int = 0,
        emergency_calls_to_half: int = 0,
        calls_q_half: int = 0,
        calls_q_time_half: int = 0,
        longest_call_q_half: int = 0,
        avail_time_today: int = 0,
        logged_on_time_today: int = 0,
        not_ready_time_today: int = 0,
        agent_out_calls_today: int = 0,
        agent_out_calls_talk_time_today: int = 0,
        agent_out_calls_time_today: int = 0,
        agent_out_calls_held_today: int = 0,
        agent_out_calls_held_time_today: int = 0,
        handled_calls_today: int = 0,
        handled_calls_talk_time_today: int = 0,
        handled_calls_after_call_time_today: int = 0,
        handled_calls_time_today: int = 0,
        incoming_calls_held_today: int = 0,
        incoming_calls_held_time_today: int = 0,
        internal_calls_rcvd_today: int = 0,
        internal_calls_rcvd_time_today: int = 0,
        internal_calls_held_today: int = 0,
        internal_calls_held_time_today: int = 0,
        auto_out_calls_today: int = 0,
        auto_out_calls_talk_time_today: int = 0,
        auto_out_calls_time_today: int = 0,
        auto_out_calls_held_today: int = 0,
        auto_out_calls_held_time_today: int = 0,
        preview_calls_today: int = 0,
        preview_calls_talk_time_today: int = 0,
        preview_calls_time_today: int = 0,
        preview_calls_held_today: int = 0,
        preview_calls_held_time_today: int = 0,
        reservation_calls_today: int = 0,
        reservation_calls_talk_time_today: int = 0,
        reservation_calls_time_today: int = 0,
        reservation_calls_held_today: int = 0,
        reservation_calls_held_time_today: int = 0,
        barge_in_calls_today: int = 0,
        intercept_calls_today: int = 0,
        monitor_calls_today: int = 0,
        whisper_calls_today: int = 0,
        emergency_calls_today: int = 0,
        calls_q_today: int = 0,
        calls_q_time_today: int = 0,
        longest_call_q_today: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "skill_group_number", skill_group_number)
        _set(self, "skill_group_id", skill_group_id)
        _set(self, "agents_logged_on", agents_logged_on)
        _set(self, "agents_avail", agents_avail)
        _set(self, "agents_not_ready", agents_not_ready)
        _set(self, "agents_ready", agents_ready)
        _set(self, "agents_talking_in", agents_talking_in)
        _set(self, "agents_talking_out", agents_talking_out)
        _set(self, "agents_talking_other", agents_talking_other)
        _set(self, "agents_work_not_ready", agents_work_not_ready)
        _set(self, "agents_work_ready", agents_work_ready)
        _set(self, "agents_busy_other", agents_busy_other)
        _set(self, "agents_reserved", agents_reserved)
        _set(self, "agents_hold", agents_hold)
        _set(self, "agents_icm_available", agents_icm_available)
        _set(self, "agents_application_available", agents_application_available)
        _set(self, "agents_talking_auto_out", agents_talking_auto_out)
        _set(self, "agents_talking_preview", agents_talking_preview)
        _set(self, "agents_talking_reservation", agents_talking_reservation)
        _set(self, "router_calls_q_now", router_calls_q_now)
        _set(self, "longest_router_call_q_now", longest_router_call_q_now)
        _set(self, "calls_q_now", calls_q_now)
        _set(self, "calls_q_time_now", calls_q_time_now)
        _set(self, "longest_call_q_now", longest_call_q_now)
        _set(self, "avail_time_to5", avail_time_to5)
        _set(self, "logged_on_time_to5", logged_on_time_to5)
        _set(self, "not_ready_time_to5", not_ready_time_to5)
        _set(self, "agent_out_calls_to5", agent_out_calls_to5)
        _set(self, "agent_out_calls_talk_time_to5", agent_out_calls_talk_time_to5)
        _set(self, "agent_out_calls_time_to5", agent_out_calls_time_to5)
        _set(self, "agent_out_calls_held_to5", agent_out_calls_held_to5)
        _set(self, "agent_out_calls_held_time_to5", agent_out_calls_held_time_to5)
        _set(self, "handled_calls_to5", handled_calls_to5)
        _set(self, "handled_calls_talk_time_to5", handled_calls_talk_time_to5)
        _set(self, "handled_calls_after_call_time_to5", handled_calls_after_call_time_to5)
        _set(self, "handled_calls_time_to5", handled_calls_time_to5)
        _set(self, "incoming_calls_held_to5", incoming_calls_held_to5)
        _set(self, "incoming_calls_held_time_to5", incoming_calls_held_time_to5)
        _set(self, "internal_calls_rcvd_to5", internal_calls_rcvd_to5)
        _set(self, "internal_calls_rcvd_time_to5", internal_calls_rcvd_time_to5)
        _set(self, "internal_calls_held_to5", internal_calls_held_to5)
        _set(self, "internal_calls_held_time_to5", internal_calls_held_time_to5)
        _set(self, "auto_out_calls_to5", auto_out_calls_to5)
        _set(self, "auto_out_calls_talk_time_to5", auto_out_calls_talk_time_to5)
        _set(self, "auto_out_calls_time_to5", auto_out_calls_time_to5)
        _set(self, "auto_out_calls_held_to5", auto_out_calls_held_to5)
        _set(self, "auto_out_calls_held_time_to5", auto_out_calls_held_time_to5)
        _set(self, "preview_calls_to5", preview_calls_to5)
        _set(self, "preview_calls_talk_time_to5", preview_calls_talk_time_to5)
        _set(self, "preview_calls_time_to5", preview_calls_time_to5)
        _set(self, "preview_calls_held_to5", preview_calls_held_to5)
        _set(self, "preview_calls_held_time_to5", preview_calls_held_time_to5)
        _set(self, "reservation_calls_to5", reservation_calls_to5)
        _set(self, "reservation_calls_talk_time_to5", reservation_calls_talk_time_to5)
        _set(self, "reservation_calls_time_to5", reservation_calls_time_to5)
        _set(self, "reservation_calls_held_to5", reservation_calls_held_to5)
        _set(self, "reservation_calls_held_time_to5", reservation_calls_held_time_to5)
        _set(self, "barge_in_calls_to5", barge_in_calls_to5)
        _set(self, "intercept_calls_to5", intercept_calls_to5)
        _set(self, "monitor_calls_to5", monitor_calls_to5)
        _set(self, "whisper_calls_to5", whisper_calls_to5)
        _set(self, "emergency_calls_to5", emergency_calls_to5)
        _set(self, "calls_q5", calls_q5)
        _set(self, "calls_q_time5", calls_q_time5)
        _set(self, "longest_call_q5", longest_call_q5)
        _set(self, "avail_time_to_half", avail_time_to_half)
        _set(self, "logged_on_time_to_half", logged_on_time_to_half)
        _set(self, "not_ready_time_to_half", not_ready_time_to_half)
        _set(self, "agent_out_calls_to_half", agent_out_calls_to_half)
        _set(self, "agent_out_calls_talk_time_to_half", agent_out_calls_talk_time_to_half)
        _set(self, "agent_out_calls_time_to_half", agent_out_calls_time_to_half)
        _set(self, "agent_out_calls_held_to_half", agent_out_calls_held_to_half)
        _set(self, "agent_out_calls_held_time_to_half", agent_out_calls_held_time_to_half)
        _set(self, "handled_calls_to_half", handled_calls_to_half)
        _set(self, "handled_calls_talk_time_to_half", handled_calls_talk_time_to_half)
        _set(self, "handled_calls_after_call_time_to_half", handled_calls_after_call_time_to_half)
        _set(self, "handled_calls_time_to_half", handled_calls_time_to_half)
        _set(self, "incoming_calls_held_to_half", incoming_calls_held_to_half)
        _set(self, "incoming_calls_held_time_to_half", incoming_calls_held_time_to_half)
        _set(self, "internal_calls_rcvd_to_half", internal_calls_rcvd_to_half)
        _set(self, "internal_calls_rcvd_time_to_half", internal_calls_rcvd_time_to_half)
        _set(self, "internal_calls_held_to_half", internal_calls_held_to_half)
        _set(self, "internal_calls_held_time_to_half", internal_calls_held_time_to_half)
        _set(self, "auto_out_calls_to_half", auto_out_calls_to_half)
        _set(self, "auto_out_calls_talk_time_to_half", auto_out_calls_talk_time_to_half)
        _set(self, "auto_out_calls_time_to_half", auto_out_calls_time_to_half)
        _set(self, "auto_out_calls_held_to_half", auto_out_calls_held_to_half)
        _set(self, "auto_out_calls_held_time_to_half", auto_out_calls_held_time_to_half)
        _set(self, "preview_calls_to_half", preview_calls_to_half)
        _set(self, "preview_calls_talk_time_to_half", preview_calls_talk_time_to_half)
        _set(self, "preview_calls_time_to_half", preview_calls_time_to_half)
        _set(self, "preview_calls_held_to_half", preview_calls_held_to_half)
        _set(self, "preview_calls_held_time_to_half", preview_calls_held_time_to_half)
        _set(self, "reservation_calls_to_half", reservation_calls_to_half)
        _set(self, "reservation_calls_talk_time_to_half", reservation_calls_talk_time_to_half)
        _set(self, "reservation_calls_time_to_half", reservation_calls_time_to_half)
        _set(self, "reservation_calls_held_to_half", reservation_calls_held_to_half)
        _set(self, "reservation_calls_held_time_to_half", reservation_calls_held_time_to_half)
        _set(self, "barge_in_calls_to_half", barge_in_calls_to_half)
        _set(self, "intercept_calls_to_half", intercept_calls_to_half)
        _set(self, "monitor_calls_to_half", monitor_calls_to_half)
        _set(self, "whisper_calls_to_half", whisper_calls_to_half)
        _set(self, "emergency_calls_to_half", emergency_calls_to_half)
        _set(self, "calls_q_half", calls_q_half)
        _set(self, "calls_q_time_half", calls_q_time_half)
        _set(self, "longest_call_q_half", longest_call_q_half)
        _set(self, "avail_time_today", avail_time_today)
        _set(self, "logged_on_time_today", logged_on_time_today)
        _set(self, "not_ready_time_today", not_ready_time_today)
        _set(self, "agent_out_calls_today", agent_out_calls_today)
        _set(self, "agent_out_calls_talk_time_today", agent_out_calls_talk_time_today)
        _set(self, "agent_out_calls_time_today", agent_out_calls_time_today)
        _set(self, "agent_out_calls_held_today", agent_out_calls_held_today)
        _set(self, "agent_out_calls_held_time_today", agent_out_calls_held_time_today)
        _set(self, "handled_calls_today", handled_calls_today)
        _set(self, "handled_calls_talk_time_today", handled_calls_talk_time_today)
        _set(self, "handled_calls_after_call_time_today", handled_calls_after_call_time_today)
        _set(self, "handled_calls_time_today", handled_calls_time_today)
        _set(self, "incoming_calls_held_today", incoming_calls_held_today)
        _set(self, "incoming_calls_held_time_today", incoming_calls_held_time_today)
        _set(self, "internal_calls_rcvd_today", internal_calls_rcvd_today)
        _set(self, "internal_calls_rcvd_time_today", internal_calls_rcvd_time_today)
        _set(self, "internal_calls_held_today", internal_calls_held_today)
        _set(self, "internal_calls_held_time_today", internal_calls_held_time_today)
        _set(self, "auto_out_calls_today", auto_out_calls_today)
        _set(self, "auto_out_calls_talk_time_today", auto_out_calls_talk_time_today)
        _set(self, "auto_out_calls_time_today", auto_out_calls_time_today)
        _set(self, "auto_out_calls_held_today", auto_out_calls_held_today)
        _set(self, "auto_out_calls_held_time_today", auto_out_calls_held_time_today)
        _set(self, "preview_calls_today", preview_calls_today)
        _set(self, "preview_calls_talk_time_today", preview_calls_talk_time_today)
        _set(self, "preview_calls_time_today", preview_calls_time_today)
        _set(self, "preview_calls_held_today", preview_calls_held_today)
        _set(self, "preview_calls_held_time_today", preview_calls_held_time_today)
        _set(self, "reservation_calls_today", reservation_calls_today)
        _set(self, "reservation_calls_talk_time_today", reservation_calls_talk_time_today)
        _set(self, "reservation_calls_time_today", reservation_calls_time_today)
        _set(self, "reservation_calls_held_today", reservation_calls_held_today)
        _set(self, "reservation_calls_held_time_today", reservation_calls_held_time_today)
        _set(self, "barge_in_calls_today", barge_in_calls_today)
        _set(self, "intercept_calls_today", intercept_calls_today)
        _set(self, "monitor_calls_today", monitor_calls_today)
        _set(self, "whisper_calls_today", whisper_calls_today)
        _set(self, "emergency_calls_today", emergency_calls_today)
        _set(self, "calls_q_today", calls_q_today)
        _set(self, "calls_q_time_today", calls_q_time_today)
        _set(self, "longest_call_q_today", longest_call_q_today)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_QUERY_SKILL_GROUP_STATISTICS_CONF: Final = _w.builder(QuerySkillGroupStatisticsConf)
_S_QUERY_SKILL_GROUP_STATISTICS_CONF: Final = struct.Struct(
    ">IIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIII"
)
_X_QUERY_SKILL_GROUP_STATISTICS_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("SkillGroupNumber", "I", 20),
    ("SkillGroupID", "I", 24),
    ("AgentsLoggedOn", "I", 28),
    ("AgentsAvail", "I", 32),
    ("AgentsNotReady", "I", 36),
    ("AgentsReady", "I", 40),
    ("AgentsTalkingIn", "I", 44),
    ("AgentsTalkingOut", "I", 48),
    ("AgentsTalkingOther", "I", 52),
    ("AgentsWorkNotReady", "I", 56),
    ("AgentsWorkReady", "I", 60),
    ("AgentsBusyOther", "I", 64),
    ("AgentsReserved", "I", 68),
    ("AgentsHold", "I", 72),
    ("AgentsICMAvailable", "I", 76),
    ("AgentsApplicationAvailable", "I", 80),
    ("AgentsTalkingAutoOut", "I", 84),
    ("AgentsTalkingPreview", "I", 88),
    ("AgentsTalkingReservation", "I", 92),
    ("RouterCallsQNow", "I", 96),
    ("LongestRouterCallQNow", "I", 100),
    ("CallsQNow", "I", 104),
    ("CallsQTimeNow", "I", 108),
    ("LongestCallQNow", "I", 112),
    ("AvailTimeTo5", "I", 116),
    ("LoggedOnTimeTo5", "I", 120),
    ("NotReadyTimeTo5", "I", 124),
    ("AgentOutCallsTo5", "I", 128),
    ("AgentOutCallsTalkTimeTo5", "I", 132),
    ("AgentOutCallsTimeTo5", "I", 136),
    ("AgentOutCallsHeldTo5", "I", 140),
    ("AgentOutCallsHeldTimeTo5", "I", 144),
    ("HandledCallsTo5", "I", 148),
    ("HandledCallsTalkTimeTo5", "I", 152),
    ("HandledCallsAfterCallTimeTo5", "I", 156),
    ("HandledCallsTimeTo5", "I", 160),
    ("IncomingCallsHeldTo5", "I", 164),
    ("IncomingCallsHeldTimeTo5", "I", 168),
    ("InternalCallsRcvdTo5", "I", 172),
    ("InternalCallsRcvdTimeTo5", "I", 176),
    ("InternalCallsHeldTo5", "I", 180),
    ("InternalCallsHeldTimeTo5", "I", 184),
    ("AutoOutCallsTo5", "I", 188),
    ("AutoOutCallsTalkTimeTo5", "I", 192),
    ("AutoOutCallsTimeTo5", "I", 196),
    ("AutoOutCallsHeldTo5", "I", 200),
    ("AutoOutCallsHeldTimeTo5", "I", 204),
    ("PreviewCallsTo5", "I", 208),
    ("PreviewCallsTalkTimeTo5", "I", 212),
    ("PreviewCallsTimeTo5", "I", 216),
    ("PreviewCallsHeldTo5", "I", 220),
    ("PreviewCallsHeldTimeTo5", "I", 224),
    ("ReservationCallsTo5", "I", 228),
    ("ReservationCallsTalkTimeTo5", "I", 232),
    ("ReservationCallsTimeTo5", "I", 236),
    ("ReservationCallsHeldTo5", "I", 240),
    ("ReservationCallsHeldTimeTo5", "I", 244),
    ("BargeInCallsTo5", "I", 248),
    ("InterceptCallsTo5", "I", 252),
    ("MonitorCallsTo5", "I", 256),
    ("WhisperCallsTo5", "I", 260),
    ("EmergencyCallsTo5", "I", 264),
    ("CallsQ5", "I", 268),
    ("CallsQTime5", "I", 272),
    ("LongestCallQ5", "I", 276),
    ("AvailTimeToHalf", "I", 280),
    ("LoggedOnTimeToHalf", "I", 284),
    ("NotReadyTimeToHalf", "I", 288),
    ("AgentOutCallsToHalf", "I", 292),
    ("AgentOutCallsTalkTimeToHalf", "I", 296),
    ("AgentOutCallsTimeToHalf", "I", 300),
    ("AgentOutCallsHeldToHalf", "I", 304),
    ("AgentOutCallsHeldTimeToHalf", "I", 308),
    ("HandledCallsToHalf", "I", 312),
    ("HandledCallsTalkTimeToHalf", "I", 316),
    ("HandledCallsAfterCallTimeToHalf", "I", 320),
    ("HandledCallsTimeToHalf", "I", 324),
    ("IncomingCallsHeldToHalf", "I", 328),
    ("IncomingCallsHeldTimeToHalf", "I", 332),
    ("InternalCallsRcvdToHalf", "I", 336),
    ("InternalCallsRcvdTimeToHalf", "I", 340),
    ("InternalCallsHeldToHalf", "I", 344),
    ("InternalCallsHeldTimeToHalf", "I", 348),
    ("AutoOutCallsToHalf", "I", 352),
    ("AutoOutCallsTalkTimeToHalf", "I", 356),
    ("AutoOutCallsTimeToHalf", "I", 360),
    ("AutoOutCallsHeldToHalf", "I", 364),
    ("AutoOutCallsHeldTimeToHalf", "I", 368),
    ("PreviewCallsToHalf", "I", 372),
    ("PreviewCallsTalkTimeToHalf", "I", 376),
    ("PreviewCallsTimeToHalf", "I", 380),
    ("PreviewCallsHeldToHalf", "I", 384),
    ("PreviewCallsHeldTimeToHalf", "I", 388),
    ("ReservationCallsToHalf", "I", 392),
    ("ReservationCallsTalkTimeToHalf", "I", 396),
    ("ReservationCallsTimeToHalf", "I", 400),
    ("ReservationCallsHeldToHalf", "I", 404),
    ("ReservationCallsHeldTimeToHalf", "I", 408),
    ("BargeInCallsToHalf", "I", 412),
    ("InterceptCallsToHalf", "I", 416),
    ("MonitorCallsToHalf", "I", 420),
    ("WhisperCallsToHalf", "I", 424),
    ("EmergencyCallsToHalf", "I", 428),
    ("CallsQHalf", "I", 432),
    ("CallsQTimeHalf", "I", 436),
    ("LongestCallQHalf", "I", 440),
    ("AvailTimeToday", "I", 444),
    ("LoggedOnTimeToday", "I", 448),
    ("NotReadyTimeToday", "I", 452),
    ("AgentOutCallsToday", "I", 456),
    ("AgentOutCallsTalkTimeToday", "I", 460),
    ("AgentOutCallsTimeToday", "I", 464),
    ("AgentOutCallsHeldToday", "I", 468),
    ("AgentOutCallsHeldTimeToday", "I", 472),
    ("HandledCallsToday", "I", 476),
    ("HandledCallsTalkTimeToday", "I", 480),
    ("HandledCallsAfterCallTimeToday", "I", 484),
    ("HandledCallsTimeToday", "I", 488),
    ("IncomingCallsHeldToday", "I", 492),
    ("IncomingCallsHeldTimeToday", "I", 496),
    ("InternalCallsRcvdToday", "I", 500),
    ("InternalCallsRcvdTimeToday", "I", 504),
    ("InternalCallsHeldToday", "I", 508),
    ("InternalCallsHeldTimeToday", "I", 512),
    ("AutoOutCallsToday", "I", 516),
    ("AutoOutCallsTalkTimeToday", "I", 520),
    ("AutoOutCallsTimeToday", "I", 524),
    ("AutoOutCallsHeldToday", "I", 528),
    ("AutoOutCallsHeldTimeToday", "I", 532),
    ("PreviewCallsToday", "I", 536),
    ("PreviewCallsTalkTimeToday", "I", 540),
    ("PreviewCallsTimeToday", "I", 544),
    ("PreviewCallsHeldToday", "I", 548),
    ("PreviewCallsHeldTimeToday", "I", 552),
    ("ReservationCallsToday", "I", 556),
    ("ReservationCallsTalkTimeToday", "I", 560),
    ("ReservationCallsTimeToday", "I", 564),
    ("ReservationCallsHeldToday", "I", 568),
    ("ReservationCallsHeldTimeToday", "I", 572),
    ("BargeInCallsToday", "I", 576),
    ("InterceptCallsToday", "I", 580),
    ("MonitorCallsToday", "I", 584),
    ("WhisperCallsToday", "I", 588),
    ("EmergencyCallsToday", "I", 592),
    ("CallsQToday", "I", 596),
    ("CallsQTimeToday", "I", 600),
    ("LongestCallQToday", "I", 604),
)
_T_QUERY_SKILL_GROUP_STATISTICS_CONF: Final[_w.FieldTable] = {}


def _decode_query_skill_group_statistics_conf(
    buf: bytes, end: int
) -> QuerySkillGroupStatisticsConf:
    if end < 604:
        raise _w.truncated(
            "QUERY_SKILL_GROUP_STATISTICS_CONF", _X_QUERY_SKILL_GROUP_STATISTICS_CONF, end
        )
    _, unknown = _w.scan(
        buf,
        604,
        end,
        _T_QUERY_SKILL_GROUP_STATISTICS_CONF,
        0,
        "QUERY_SKILL_GROUP_STATISTICS_CONF",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_QUERY_SKILL_GROUP_STATISTICS_CONF()
    (
        o.invoke_id,
        o.peripheral_id,
        o.skill_group_number,
        o.skill_group_id,
        o.agents_logged_on,
        o.agents_avail,
        o.agents_not_ready,
        o.agents_ready,
        o.agents_talking_in,
        o.agents_talking_out,
        o.agents_talking_other,
        o.agents_work_not_ready,
        o.agents_work_ready,
        o.agents_busy_other,
        o.agents_reserved,
        o.agents_hold,
        o.agents_icm_available,
        o.agents_application_available,
        o.agents_talking_auto_out,
        o.agents_talking_preview,
        o.agents_talking_reservation,
        o.router_calls_q_now,
        o.longest_router_call_q_now,
        o.calls_q_now,
        o.calls_q_time_now,
        o.longest_call_q_now,
        o.avail_time_to5,
        o.logged_on_time_to5,
        o.not_ready_time_to5,
        o.agent_out_calls_to5,
        o.agent_out_calls_talk_time_to5,
        o.agent_out_calls_time_to5,
        o.agent_out_calls_held_to5,
        o.agent_out_calls_held_time_to5,
        o.handled_calls_to5,
        o.handled_calls_talk_time_to5,
        o.handled_calls_after_call_time_to5,
        o.handled_calls_time_to5,
        o.incoming_calls_held_to5,
        o.incoming_calls_held_time_to5,
        o.internal_calls_rcvd_to5,
        o.internal_calls_rcvd_time_to5,
        o.internal_calls_held_to5,
        o.internal_calls_held_time_to5,
        o.auto_out_calls_to5,
        o.auto_out_calls_talk_time_to5,
        o.auto_out_calls_time_to5,
        o.auto_out_calls_held_to5,
        o.auto_out_calls_held_time_to5,
        o.preview_calls_to5,
        o.preview_calls_talk_time_to5,
        o.preview_calls_time_to5,
        o.preview_calls_held_to5,
        o.preview_calls_held_time_to5,
        o.reservation_calls_to5,
        o.reservation_calls_talk_time_to5,
        o.reservation_calls_time_to5,
        o.reservation_calls_held_to5,
        o.reservation_calls_held_time_to5,
        o.barge_in_calls_to5,
        o.intercept_calls_to5,
        o.monitor_calls_to5,
        o.whisper_calls_to5,
        o.emergency_calls_to5,
        o.calls_q5,
        o.calls_q_time5,
        o.longest_call_q5,
        o.avail_time_to_half,
        o.logged_on_time_to_half,
        o.not_ready_time_to_half,
        o.agent_out_calls_to_half,
        o.agent_out_calls_talk_time_to_half,
        o.agent_out_calls_time_to_half,
        o.agent_out_calls_held_to_half,
        o.agent_out_calls_held_time_to_half,
        o.handled_calls_to_half,
        o.handled_calls_talk_time_to_half,
        o.handled_calls_after_call_time_to_half,
        o.handled_calls_time_to_half,
        o.incoming_calls_held_to_half,
        o.incoming_calls_held_time_to_half,
        o.internal_calls_rcvd_to_half,
        o.internal_calls_rcvd_time_to_half,
        o.internal_calls_held_to_half,
        o.internal_calls_held_time_to_half,
        o.auto_out_calls_to_half,
        o.auto_out_calls_talk_time_to_half,
        o.auto_out_calls_time_to_half,
        o.auto_out_calls_held_to_half,
        o.auto_out_calls_held_time_to_half,
        o.preview_calls_to_half,
        o.preview_calls_talk_time_to_half,
        o.preview_calls_time_to_half,
        o.preview_calls_held_to_half,
        o.preview_calls_held_time_to_half,
        o.reservation_calls_to_half,
        o.reservation_calls_talk_time_to_half,
        o.reservation_calls_time_to_half,
        o.reservation_calls_held_to_half,
        o.reservation_calls_held_time_to_half,
        o.barge_in_calls_to_half,
        o.intercept_calls_to_half,
        o.monitor_calls_to_half,
        o.whisper_calls_to_half,
        o.emergency_calls_to_half,
        o.calls_q_half,
        o.calls_q_time_half,
        o.longest_call_q_half,
        o.avail_time_today,
        o.logged_on_time_today,
        o.not_ready_time_today,
        o.agent_out_calls_today,
        o.agent_out_calls_talk_time_today,
        o.agent_out_calls_time_today,
        o.agent_out_calls_held_today,
        o.agent_out_calls_held_time_today,
        o.handled_calls_today,
        o.handled_calls_talk_time_today,
        o.handled_calls_after_call_time_today,
        o.handled_calls_time_today,
        o.incoming_calls_held_today,
        o.incoming_calls_held_time_today,
        o.internal_calls_rcvd_today,
        o.internal_calls_rcvd_time_today,
        o.internal_calls_held_today,
        o.internal_calls_held_time_today,
        o.auto_out_calls_today,
        o.auto_out_calls_talk_time_today,
        o.auto_out_calls_time_today,
        o.auto_out_calls_held_today,
        o.auto_out_calls_held_time_today,
        o.preview_calls_today,
        o.preview_calls_talk_time_today,
        o.preview_calls_time_today,
        o.preview_calls_held_today,
        o.preview_calls_held_time_today,
        o.reservation_calls_today,
        o.reservation_calls_talk_time_today,
        o.reservation_calls_time_today,
        o.reservation_calls_held_today,
        o.reservation_calls_held_time_today,
        o.barge_in_calls_today,
        o.intercept_calls_today,
        o.monitor_calls_today,
        o.whisper_calls_today,
        o.emergency_calls_today,
        o.calls_q_today,
        o.calls_q_time_today,
        o.longest_call_q_today,
    ) = _S_QUERY_SKILL_GROUP_STATISTICS_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = QuerySkillGroupStatisticsConf
    return o  # type: ignore[no-any-return]


def _encode_query_skill_group_statistics_conf(m: QuerySkillGroupStatisticsConf) -> bytes:
    name = "QUERY_SKILL_GROUP_STATISTICS_CONF"
    parts = [
        _w.pack_fixed(
            _S_QUERY_SKILL_GROUP_STATISTICS_CONF,
            _X_QUERY_SKILL_GROUP_STATISTICS_CONF,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.skill_group_number,
            m.skill_group_id,
            m.agents_logged_on,
            m.agents_avail,
            m.agents_not_ready,
            m.agents_ready,
            m.agents_talking_in,
            m.agents_talking_out,
            m.agents_talking_other,
            m.agents_work_not_ready,
            m.agents_work_ready,
            m.agents_busy_other,
            m.agents_reserved,
            m.agents_hold,
            m.agents_icm_available,
            m.agents_application_available,
            m.agents_talking_auto_out,
            m.agents_talking_preview,
            m.agents_talking_reservation,
            m.router_calls_q_now,
            m.longest_router_call_q_now,
            m.calls_q_now,
            m.calls_q_time_now,
            m.longest_call_q_now,
            m.avail_time_to5,
            m.logged_on_time_to5,
            m.not_ready_time_to5,
            m.agent_out_calls_to5,
            m.agent_out_calls_talk_time_to5,
            m.agent_out_calls_time_to5,
            m.agent_out_calls_held_to5,
            m.agent_out_calls_held_time_to5,
            m.handled_calls_to5,
            m.handled_calls_talk_time_to5,
            m.handled_calls_after_call_time_to5,
            m.handled_calls_time_to5,
            m.incoming_calls_held_to5,
            m.incoming_calls_held_time_to5,
            m.internal_calls_rcvd_to5,
            m.internal_calls_rcvd_time_to5,
            m.internal_calls_held_to5,
            m.internal_calls_held_time_to5,
            m.auto_out_calls_to5,
            m.auto_out_calls_talk_time_to5,
            m.auto_out_calls_time_to5,
            m.auto_out_calls_held_to5,
            m.auto_out_calls_held_time_to5,
            m.preview_calls_to5,
            m.preview_calls_talk_time_to5,
            m.preview_calls_time_to5,
            m.preview_calls_held_to5,
            m.preview_calls_held_time_to5,
            m.reservation_calls_to5,
            m.reservation_calls_talk_time_to5,
            m.reservation_calls_time_to5,
            m.reservation_calls_held_to5,
            m.reservation_calls_held_time_to5,
            m.barge_in_calls_to5,
            m.intercept_calls_to5,
            m.monitor_calls_to5,
            m.whisper_calls_to5,
            m.emergency_calls_to5,
            m.calls_q5,
            m.calls_q_time5,
            m.longest_call_q5,
            m.avail_time_to_half,
            m.logged_on_time_to_half,
            m.not_ready_time_to_half,
            m.agent_out_calls_to_half,
            m.agent_out_calls_talk_time_to_half,
            m.agent_out_calls_time_to_half,
            m.agent_out_calls_held_to_half,
            m.agent_out_calls_held_time_to_half,
            m.handled_calls_to_half,
            m.handled_calls_talk_time_to_half,
            m.handled_calls_after_call_time_to_half,
            m.handled_calls_time_to_half,
            m.incoming_calls_held_to_half,
            m.incoming_calls_held_time_to_half,
            m.internal_calls_rcvd_to_half,
            m.internal_calls_rcvd_time_to_half,
            m.internal_calls_held_to_half,
            m.internal_calls_held_time_to_half,
            m.auto_out_calls_to_half,
            m.auto_out_calls_talk_time_to_half,
            m.auto_out_calls_time_to_half,
            m.auto_out_calls_held_to_half,
            m.auto_out_calls_held_time_to_half,
            m.preview_calls_to_half,
            m.preview_calls_talk_time_to_half,
            m.preview_calls_time_to_half,
            m.preview_calls_held_to_half,
            m.preview_calls_held_time_to_half,
            m.reservation_calls_to_half,
            m.reservation_calls_talk_time_to_half,
            m.reservation_calls_time_to_half,
            m.reservation_calls_held_to_half,
            m.reservation_calls_held_time_to_half,
            m.barge_in_calls_to_half,
            m.intercept_calls_to_half,
            m.monitor_calls_to_half,
            m.whisper_calls_to_half,
            m.emergency_calls_to_half,
            m.calls_q_half,
            m.calls_q_time_half,
            m.longest_call_q_half,
            m.avail_time_today,
            m.logged_on_time_today,
            m.not_ready_time_today,
            m.agent_out_calls_today,
            m.agent_out_calls_talk_time_today,
            m.agent_out_calls_time_today,
            m.agent_out_calls_held_today,
            m.agent_out_calls_held_time_today,
            m.handled_calls_today,
            m.handled_calls_talk_time_today,
            m.handled_calls_after_call_time_today,
            m.handled_calls_time_today,
            m.incoming_calls_held_today,
            m.incoming_calls_held_time_today,
            m.internal_calls_rcvd_today,
            m.internal_calls_rcvd_time_today,
            m.internal_calls_held_today,
            m.internal_calls_held_time_today,
            m.auto_out_calls_today,
            m.auto_out_calls_talk_time_today,
            m.auto_out_calls_time_today,
            m.auto_out_calls_held_today,
            m.auto_out_calls_held_time_today,
            m.preview_calls_today,
            m.preview_calls_talk_time_today,
            m.preview_calls_time_today,
            m.preview_calls_held_today,
            m.preview_calls_held_time_today,
            m.reservation_calls_today,
            m.reservation_calls_talk_time_today,
            m.reservation_calls_time_today,
            m.reservation_calls_held_today,
            m.reservation_calls_held_time_today,
            m.barge_in_calls_today,
            m.intercept_calls_today,
            m.monitor_calls_today,
            m.whisper_calls_today,
            m.emergency_calls_today,
            m.calls_q_today,
            m.calls_q_time_today,
            m.longest_call_q_today,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(115, parts)


@value_class
class RtpStartedEvent(GeneratedMessage):
    """Indicates that a Real Time Protocol (RTP) media stream has started.

    RTP_STARTED_EVENT, MessageType 116, server to client.
    From: Application Level Interfaces (v25), RTP_STARTED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 116
    MESSAGE_NAME: ClassVar[str] = "RTP_STARTED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "client_port",
        "direction",
        "rtp_type",
        "bit_rate",
        "echo_cancellation",
        "packet_size",
        "payload_type",
        "connection_device_id_type",
        "connection_call_id",
        "connection_device_id",
        "client_address",
        "agent_id",
        "agent_extension",
        "agent_instrument",
        "sending_address",
        "sending_port",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    client_port: int
    direction: int
    rtp_type: int
    bit_rate: int
    echo_cancellation: int
    packet_size: int
    payload_type: int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    connection_device_id: str
    client_address: str | None
    agent_id: str | None
    agent_extension: str | None
    agent_instrument: str | None
    sending_address: str | None
    sending_port: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        client_port: int = 0,
        direction: int = 0,
        rtp_type: int = 0,
        bit_rate: int = 0,
        echo_cancellation: int = 0,
        packet_size: int = 0,
        payload_type: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        connection_device_id: str,
        client_address: str | None = None,
        agent_id: str | None = None,
        agent_extension: str | None = None,
        agent_instrument: str | None = None,
        sending_address: str | None = None,
        sending_port: int,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "client_port", client_port)
        _set(self, "direction", direction)
        _set(self, "rtp_type", rtp_type)
        _set(self, "bit_rate", bit_rate)
        _set(self, "echo_cancellation", echo_cancellation)
        _set(self, "packet_size", packet_size)
        _set(self, "payload_type", payload_type)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "client_address", client_address)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "sending_address", sending_address)
        _set(self, "sending_port", sending_port)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_RTP_STARTED_EVENT: Final = _w.builder(RtpStartedEvent)
_S_RTP_STARTED_EVENT: Final = struct.Struct(">IIIHHIHIHHI")
_X_RTP_STARTED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ClientPort", "I", 20),
    ("Direction", "H", 22),
    ("RTPType", "H", 24),
    ("BitRate", "I", 28),
    ("EchoCancellation", "H", 30),
    ("PacketSize", "I", 34),
    ("PayloadType", "H", 36),
    ("ConnectionDeviceIDType", "H", 38),
    ("ConnectionCallID", "I", 42),
)
_T_RTP_STARTED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    81: (1, _w.STRING, False, "ClientAddress"),
    5: (2, _w.STRING, False, "AgentID"),
    4: (3, _w.STRING, False, "AgentExtension"),
    6: (4, _w.STRING, False, "AgentInstrument"),
    125: (5, _w.STRING, False, "SendingAddress"),
    126: (6, _w.UINT, False, "SendingPort"),
}
_FAST_RTP_STARTED_EVENT: Final = _fast_slots(
    {
        25: 0,
        81: 1,
        5: 2,
        4: 3,
        6: 4,
        125: 5,
    }
)


def _decode_rtp_started_event(buf: bytes, end: int) -> RtpStartedEvent:
    if end < 42:
        raise _w.truncated("RTP_STARTED_EVENT", _X_RTP_STARTED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 42
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_RTP_STARTED_EVENT.get(tag)
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
                _T_RTP_STARTED_EVENT,
                unknown,
                "RTP_STARTED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 42, end, _T_RTP_STARTED_EVENT, 7, "RTP_STARTED_EVENT", _HEAD)
    if vals[0] is None:
        raise _w.missing("RTP_STARTED_EVENT", "ConnectionDeviceID", end)
    if vals[6] is None:
        raise _w.missing("RTP_STARTED_EVENT", "SendingPort", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_RTP_STARTED_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        o.client_port,
        o.direction,
        o.rtp_type,
        o.bit_rate,
        o.echo_cancellation,
        o.packet_size,
        o.payload_type,
        f9,
        o.connection_call_id,
    ) = _S_RTP_STARTED_EVENT.unpack_from(buf, 8)
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f9]
    (
        o.connection_device_id,
        o.client_address,
        o.agent_id,
        o.agent_extension,
        o.agent_instrument,
        o.sending_address,
        o.sending_port,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = RtpStartedEvent
    return o  # type: ignore[no-any-return]


def _encode_rtp_started_event(m: RtpStartedEvent) -> bytes:
    name = "RTP_STARTED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_RTP_STARTED_EVENT,
            _X_RTP_STARTED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.client_port,
            m.direction,
            m.rtp_type,
            m.bit_rate,
            m.echo_cancellation,
            m.packet_size,
            m.payload_type,
            m.connection_device_id_type,
            m.connection_call_id,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.client_address is not None:
        part = _w.put(_w.STRING, 81, m.client_address, 64, _WIDE, name, "ClientAddress")
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
    if m.sending_address is not None:
        part = _w.put(_w.STRING, 125, m.sending_address, 64, _WIDE, name, "SendingAddress")
        parts.append(part)
    parts.append(_w.put(_w.UINT, 126, m.sending_port, 4, _WIDE, name, "SendingPort"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(116, parts)


@value_class
class RtpStoppedEvent(GeneratedMessage):
    """Indicates that a Real Time Protocol (RTP) media stream has stopped.

    RTP_STOPPED_EVENT, MessageType 117, server to client.
    From: Application Level Interfaces (v25), RTP_STOPPED_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 117
    MESSAGE_NAME: ClassVar[str] = "RTP_STOPPED_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "client_port",
        "direction",
        "connection_device_id_type",
        "connection_call_id",
        "connection_device_id",
        "client_address",
        "agent_id",
        "agent_extension",
        "agent_instrument",
        "sending_address",
        "sending_port",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    client_port: int
    direction: int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    connection_device_id: str
    client_address: str | None
    agent_id: str | None
    agent_extension: str | None
    agent_instrument: str | None
    sending_address: str | None
    sending_port: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        client_port: int = 0,
        direction: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        connection_device_id: str,
        client_address: str | None = None,
        agent_id: str | None = None,
        agent_extension: str | None = None,
        agent_instrument: str | None = None,
        sending_address: str | None = None,
        sending_port: int,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "client_port", client_port)
        _set(self, "direction", direction)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "client_address", client_address)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "sending_address", sending_address)
        _set(self, "sending_port", sending_port)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_RTP_STOPPED_EVENT: Final = _w.builder(RtpStoppedEvent)
_S_RTP_STOPPED_EVENT: Final = struct.Struct(">IIIHHI")
_X_RTP_STOPPED_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ClientPort", "I", 20),
    ("Direction", "H", 22),
    ("ConnectionDeviceIDType", "H", 24),
    ("ConnectionCallID", "I", 28),
)
_T_RTP_STOPPED_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    81: (1, _w.STRING, False, "ClientAddress"),
    5: (2, _w.STRING, False, "AgentID"),
    4: (3, _w.STRING, False, "AgentExtension"),
    6: (4, _w.STRING, False, "AgentInstrument"),
    125: (5, _w.STRING, False, "SendingAddress"),
    126: (6, _w.UINT, False, "SendingPort"),
}
_FAST_RTP_STOPPED_EVENT: Final = _fast_slots(
    {
        25: 0,
        81: 1,
        5: 2,
        4: 3,
        6: 4,
        125: 5,
    }
)


def _decode_rtp_stopped_event(buf: bytes, end: int) -> RtpStoppedEvent:
    if end < 28:
        raise _w.truncated("RTP_STOPPED_EVENT", _X_RTP_STOPPED_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 7
    unknown: list[UnknownField] = []
    pos = 28
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_RTP_STOPPED_EVENT.get(tag)
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
                _T_RTP_STOPPED_EVENT,
                unknown,
                "RTP_STOPPED_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 28, end, _T_RTP_STOPPED_EVENT, 7, "RTP_STOPPED_EVENT", _HEAD)
    if vals[0] is None:
        raise _w.missing("RTP_STOPPED_EVENT", "ConnectionDeviceID", end)
    if vals[6] is None:
        raise _w.missing("RTP_STOPPED_EVENT", "SendingPort", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_RTP_STOPPED_EVENT()
    (o.monitor_id, o.peripheral_id, o.client_port, o.direction, f4, o.connection_call_id) = (
        _S_RTP_STOPPED_EVENT.unpack_from(buf, 8)
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f4]
    (
        o.connection_device_id,
        o.client_address,
        o.agent_id,
        o.agent_extension,
        o.agent_instrument,
        o.sending_address,
        o.sending_port,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = RtpStoppedEvent
    return o  # type: ignore[no-any-return]


def _encode_rtp_stopped_event(m: RtpStoppedEvent) -> bytes:
    name = "RTP_STOPPED_EVENT"
    parts = [
        _w.pack_fixed(
            _S_RTP_STOPPED_EVENT,
            _X_RTP_STOPPED_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.client_port,
            m.direction,
            m.connection_device_id_type,
            m.connection_call_id,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.client_address is not None:
        part = _w.put(_w.STRING, 81, m.client_address, 64, _WIDE, name, "ClientAddress")
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
    if m.sending_address is not None:
        part = _w.put(_w.STRING, 125, m.sending_address, 64, _WIDE, name, "SendingAddress")
        parts.append(part)
    parts.append(_w.put(_w.UINT, 126, m.sending_port, 4, _WIDE, name, "SendingPort"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(117, parts)


@value_class
class SupervisorAssistReq(GeneratedMessage):
    """Ask the agent's supervisor for assistance with a call.

    SUPERVISOR_ASSIST_REQ, MessageType 118, client to server.
    From: Application Level Interfaces (v25), Client Control Service, SUPERVISOR_ASSIST_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 118
    MESSAGE_NAME: ClassVar[str] = "SUPERVISOR_ASSIST_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "connection_device_id",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_device_id: str
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_device_id: str,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SUPERVISOR_ASSIST_REQ: Final = _w.builder(SupervisorAssistReq)
_S_SUPERVISOR_ASSIST_REQ: Final = struct.Struct(">IIIH")
_X_SUPERVISOR_ASSIST_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
)
_T_SUPERVISOR_ASSIST_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    4: (1, _w.STRING, False, "AgentExtension"),
    5: (2, _w.STRING, False, "AgentID"),
    6: (3, _w.STRING, False, "AgentInstrument"),
}
_FAST_SUPERVISOR_ASSIST_REQ: Final = _fast_slots(
    {
        25: 0,
        4: 1,
        5: 2,
        6: 3,
    }
)


def _decode_supervisor_assist_req(buf: bytes, end: int) -> SupervisorAssistReq:
    if end < 22:
        raise _w.truncated("SUPERVISOR_ASSIST_REQ", _X_SUPERVISOR_ASSIST_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 4
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_SUPERVISOR_ASSIST_REQ.get(tag)
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
                _T_SUPERVISOR_ASSIST_REQ,
                unknown,
                "SUPERVISOR_ASSIST_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 22, end, _T_SUPERVISOR_ASSIST_REQ, 4, "SUPERVISOR_ASSIST_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("SUPERVISOR_ASSIST_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SUPERVISOR_ASSIST_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3) = _S_SUPERVISOR_ASSIST_REQ.unpack_from(
        buf, 8
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.connection_device_id, o.agent_extension, o.agent_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SupervisorAssistReq
    return o  # type: ignore[no-any-return]


def _encode_supervisor_assist_req(m: SupervisorAssistReq) -> bytes:
    name = "SUPERVISOR_ASSIST_REQ"
    parts = [
        _w.pack_fixed(
            _S_SUPERVISOR_ASSIST_REQ,
            _X_SUPERVISOR_ASSIST_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
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
    return _w.frame(118, parts)


@value_class
class SupervisorAssistConf(GeneratedMessage):
    """Confirmation of SUPERVISOR_ASSIST_REQ with the resulting supervisor-assist call.

    SUPERVISOR_ASSIST_CONF, MessageType 119, server to client.
    From: Application Level Interfaces (v25), Client Control Service, SUPERVISOR_ASSIST_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 119
    MESSAGE_NAME: ClassVar[str] = "SUPERVISOR_ASSIST_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "connection_call_id",
        "connection_device_id_type",
        "line_handle",
        "line_type",
        "connection_device_id",
        "unknown_fields",
    )

    invoke_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    line_handle: int
    line_type: LineType | int
    connection_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        connection_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SUPERVISOR_ASSIST_CONF: Final = _w.builder(SupervisorAssistConf)
_S_SUPERVISOR_ASSIST_CONF: Final = struct.Struct(">IIHHH")
_X_SUPERVISOR_ASSIST_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("ConnectionCallID", "I", 16),
    ("ConnectionDeviceIDType", "H", 18),
    ("LineHandle", "H", 20),
    ("LineType", "H", 22),
)
_T_SUPERVISOR_ASSIST_CONF: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
}
_FAST_SUPERVISOR_ASSIST_CONF: Final = _fast_slots(
    {
        25: 0,
    }
)


def _decode_supervisor_assist_conf(buf: bytes, end: int) -> SupervisorAssistConf:
    if end < 22:
        raise _w.truncated("SUPERVISOR_ASSIST_CONF", _X_SUPERVISOR_ASSIST_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_SUPERVISOR_ASSIST_CONF.get(tag)
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
                _T_SUPERVISOR_ASSIST_CONF,
                unknown,
                "SUPERVISOR_ASSIST_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 22, end, _T_SUPERVISOR_ASSIST_CONF, 1, "SUPERVISOR_ASSIST_CONF", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("SUPERVISOR_ASSIST_CONF", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SUPERVISOR_ASSIST_CONF()
    (o.invoke_id, o.connection_call_id, f2, o.line_handle, f4) = (
        _S_SUPERVISOR_ASSIST_CONF.unpack_from(buf, 8)
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    o.line_type = _enum_LineType[f4]
    (o.connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SupervisorAssistConf
    return o  # type: ignore[no-any-return]


def _encode_supervisor_assist_conf(m: SupervisorAssistConf) -> bytes:
    name = "SUPERVISOR_ASSIST_CONF"
    parts = [
        _w.pack_fixed(
            _S_SUPERVISOR_ASSIST_CONF,
            _X_SUPERVISOR_ASSIST_CONF,
            name,
            m.invoke_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.line_handle,
            m.line_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(119, parts)


@value_class
class EmergencyCallReq(GeneratedMessage):
    """An agent declaring an emergency situation to their supervisor.

    EMERGENCY_CALL_REQ, MessageType 121, client to server.
    From: Application Level Interfaces (v25), EMERGENCY_CALL_REQ Message Format (Supervisor Service and Client Control Service).
    """

    MESSAGE_TYPE: ClassVar[int] = 121
    MESSAGE_NAME: ClassVar[str] = "EMERGENCY_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "connection_device_id",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_device_id: str | None
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_device_id: str | None = None,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_EMERGENCY_CALL_REQ: Final = _w.builder(EmergencyCallReq)
_S_EMERGENCY_CALL_REQ: Final = struct.Struct(">IIIH")
_X_EMERGENCY_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ConnectionDeviceIDType", "H", 22),
)
_T_EMERGENCY_CALL_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    4: (1, _w.STRING, False, "AgentExtension"),
    5: (2, _w.STRING, False, "AgentID"),
    6: (3, _w.STRING, False, "AgentInstrument"),
}
_FAST_EMERGENCY_CALL_REQ: Final = _fast_slots(
    {
        25: 0,
        4: 1,
        5: 2,
        6: 3,
    }
)


def _decode_emergency_call_req(buf: bytes, end: int) -> EmergencyCallReq:
    if end < 22:
        raise _w.truncated("EMERGENCY_CALL_REQ", _X_EMERGENCY_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 4
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_EMERGENCY_CALL_REQ.get(tag)
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
                _T_EMERGENCY_CALL_REQ,
                unknown,
                "EMERGENCY_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 22, end, _T_EMERGENCY_CALL_REQ, 4, "EMERGENCY_CALL_REQ", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_EMERGENCY_CALL_REQ()
    (o.invoke_id, o.peripheral_id, o.connection_call_id, f3) = _S_EMERGENCY_CALL_REQ.unpack_from(
        buf, 8
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f3]
    (o.connection_device_id, o.agent_extension, o.agent_id, o.agent_instrument) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = EmergencyCallReq
    return o  # type: ignore[no-any-return]


def _encode_emergency_call_req(m: EmergencyCallReq) -> bytes:
    name = "EMERGENCY_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_EMERGENCY_CALL_REQ,
            _X_EMERGENCY_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
        )
    ]
    if m.connection_device_id is not None:
        part = _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(121, parts)


@value_class
class EmergencyCallConf(GeneratedMessage):
    """Response to a previous EMERGENCY_CALL_REQ request.

    EMERGENCY_CALL_CONF, MessageType 122, server to client.
    From: Application Level Interfaces (v25), EMERGENCY_CALL_CONF Message Format (Supervisor Service and Client Control Service).
    """

    MESSAGE_TYPE: ClassVar[int] = 122
    MESSAGE_NAME: ClassVar[str] = "EMERGENCY_CALL_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "connection_call_id",
        "connection_device_id_type",
        "line_handle",
        "line_type",
        "connection_device_id",
        "unknown_fields",
    )

    invoke_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    line_handle: int
    line_type: LineType | int
    connection_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        line_handle: int = 0,
        line_type: LineType | int = 0,
        connection_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "line_handle", line_handle)
        _set(self, "line_type", line_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_EMERGENCY_CALL_CONF: Final = _w.builder(EmergencyCallConf)
_S_EMERGENCY_CALL_CONF: Final = struct.Struct(">IIHHH")
_X_EMERGENCY_CALL_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("ConnectionCallID", "I", 16),
    ("ConnectionDeviceIDType", "H", 18),
    ("LineHandle", "H", 20),
    ("LineType", "H", 22),
)
_T_EMERGENCY_CALL_CONF: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
}
_FAST_EMERGENCY_CALL_CONF: Final = _fast_slots(
    {
        25: 0,
    }
)


def _decode_emergency_call_conf(buf: bytes, end: int) -> EmergencyCallConf:
    if end < 22:
        raise _w.truncated("EMERGENCY_CALL_CONF", _X_EMERGENCY_CALL_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_EMERGENCY_CALL_CONF.get(tag)
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
                _T_EMERGENCY_CALL_CONF,
                unknown,
                "EMERGENCY_CALL_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 22, end, _T_EMERGENCY_CALL_CONF, 1, "EMERGENCY_CALL_CONF", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("EMERGENCY_CALL_CONF", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_EMERGENCY_CALL_CONF()
    (o.invoke_id, o.connection_call_id, f2, o.line_handle, f4) = _S_EMERGENCY_CALL_CONF.unpack_from(
        buf, 8
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    o.line_type = _enum_LineType[f4]
    (o.connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = EmergencyCallConf
    return o  # type: ignore[no-any-return]


def _encode_emergency_call_conf(m: EmergencyCallConf) -> bytes:
    name = "EMERGENCY_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_EMERGENCY_CALL_CONF,
            _X_EMERGENCY_CALL_CONF,
            name,
            m.invoke_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.line_handle,
            m.line_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(122, parts)


@value_class
class EmergencyCallEvent(GeneratedMessage):
    """Notification of an emergency call request sent by a CTI Server client.

    EMERGENCY_CALL_EVENT, MessageType 123, server to client.
    From: Application Level Interfaces (v25), EMERGENCY_CALL_EVENT Message Format (Supervisor Service and Client Control Service).
    """

    MESSAGE_TYPE: ClassVar[int] = 123
    MESSAGE_NAME: ClassVar[str] = "EMERGENCY_CALL_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "peripheral_id",
        "connection_call_id",
        "connection_device_id_type",
        "session_id",
        "connection_device_id",
        "client_id",
        "client_address",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "unknown_fields",
    )

    peripheral_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    session_id: int
    connection_device_id: str
    client_id: str
    client_address: str | None
    agent_extension: str
    agent_id: str
    agent_instrument: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        session_id: int = 0,
        connection_device_id: str,
        client_id: str,
        client_address: str | None = None,
        agent_extension: str,
        agent_id: str,
        agent_instrument: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "session_id", session_id)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "client_id", client_id)
        _set(self, "client_address", client_address)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_EMERGENCY_CALL_EVENT: Final = _w.builder(EmergencyCallEvent)
_S_EMERGENCY_CALL_EVENT: Final = struct.Struct(">IIHI")
_X_EMERGENCY_CALL_EVENT: Final[_w.FixedFields] = (
    ("PeripheralID", "I", 12),
    ("ConnectionCallID", "I", 16),
    ("ConnectionDeviceIDType", "H", 18),
    ("SessionID", "I", 22),
)
_T_EMERGENCY_CALL_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    1: (1, _w.STRING, False, "ClientID"),
    81: (2, _w.STRING, False, "ClientAddress"),
    4: (3, _w.STRING, False, "AgentExtension"),
    5: (4, _w.STRING, False, "AgentID"),
    6: (5, _w.STRING, False, "AgentInstrument"),
}
_FAST_EMERGENCY_CALL_EVENT: Final = _fast_slots(
    {
        25: 0,
        1: 1,
        81: 2,
        4: 3,
        5: 4,
        6: 5,
    }
)


def _decode_emergency_call_event(buf: bytes, end: int) -> EmergencyCallEvent:
    if end < 22:
        raise _w.truncated("EMERGENCY_CALL_EVENT", _X_EMERGENCY_CALL_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 6
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_EMERGENCY_CALL_EVENT.get(tag)
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
                _T_EMERGENCY_CALL_EVENT,
                unknown,
                "EMERGENCY_CALL_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 22, end, _T_EMERGENCY_CALL_EVENT, 6, "EMERGENCY_CALL_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("EMERGENCY_CALL_EVENT", "ConnectionDeviceID", end)
    if vals[1] is None:
        raise _w.missing("EMERGENCY_CALL_EVENT", "ClientID", end)
    if vals[3] is None:
        raise _w.missing("EMERGENCY_CALL_EVENT", "AgentExtension", end)
    if vals[4] is None:
        raise _w.missing("EMERGENCY_CALL_EVENT", "AgentID", end)
    if vals[5] is None:
        raise _w.missing("EMERGENCY_CALL_EVENT", "AgentInstrument", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_EMERGENCY_CALL_EVENT()
    (o.peripheral_id, o.connection_call_id, f2, o.session_id) = _S_EMERGENCY_CALL_EVENT.unpack_from(
        buf, 8
    )
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    (
        o.connection_device_id,
        o.client_id,
        o.client_address,
        o.agent_extension,
        o.agent_id,
        o.agent_instrument,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = EmergencyCallEvent
    return o  # type: ignore[no-any-return]


def _encode_emergency_call_event(m: EmergencyCallEvent) -> bytes:
    name = "EMERGENCY_CALL_EVENT"
    parts = [
        _w.pack_fixed(
            _S_EMERGENCY_CALL_EVENT,
            _X_EMERGENCY_CALL_EVENT,
            name,
            m.peripheral_id,
            m.connection_call_id,
            m.connection_device_id_type,
            m.session_id,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.append(_w.put(_w.STRING, 1, m.client_id, 64, _WIDE, name, "ClientID"))
    if m.client_address is not None:
        part = _w.put(_w.STRING, 81, m.client_address, 64, _WIDE, name, "ClientAddress")
        parts.append(part)
    parts.append(_w.put(_w.STRING, 4, m.agent_extension, 16, _WIDE, name, "AgentExtension"))
    parts.append(_w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID"))
    parts.append(_w.put(_w.STRING, 6, m.agent_instrument, 64, _WIDE, name, "AgentInstrument"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(123, parts)


@value_class
class SuperviseCallReq(GeneratedMessage):
    """A supervisor request to perform monitor or barge-in operations.

    SUPERVISE_CALL_REQ, MessageType 124, client to server.
    From: Application Level Interfaces (v25), SUPERVISE_CALL_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 124
    MESSAGE_NAME: ClassVar[str] = "SUPERVISE_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "agent_connection_call_id",
        "supervisor_connection_call_id",
        "agent_connection_device_id_type",
        "supervisor_connection_device_id_type",
        "supervisory_action",
        "agent_connection_device_id",
        "supervisor_connection_device_id",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "supervisor_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    agent_connection_call_id: int
    supervisor_connection_call_id: int
    agent_connection_device_id_type: ConnectionDeviceIDType | int
    supervisor_connection_device_id_type: ConnectionDeviceIDType | int
    supervisory_action: SupervisoryAction | int
    agent_connection_device_id: str | None
    supervisor_connection_device_id: str | None
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    supervisor_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        agent_connection_call_id: int = 0,
        supervisor_connection_call_id: int = 0,
        agent_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        supervisor_connection_device_id_type: ConnectionDeviceIDType | int = 0,
        supervisory_action: SupervisoryAction | int = 0,
        agent_connection_device_id: str | None = None,
        supervisor_connection_device_id: str | None = None,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        supervisor_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "agent_connection_call_id", agent_connection_call_id)
        _set(self, "supervisor_connection_call_id", supervisor_connection_call_id)
        _set(self, "agent_connection_device_id_type", agent_connection_device_id_type)
        _set(self, "supervisor_connection_device_id_type", supervisor_connection_device_id_type)
        _set(self, "supervisory_action", supervisory_action)
        _set(self, "agent_connection_device_id", agent_connection_device_id)
        _set(self, "supervisor_connection_device_id", supervisor_connection_device_id)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "supervisor_instrument", supervisor_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SUPERVISE_CALL_REQ: Final = _w.builder(SuperviseCallReq)
_S_SUPERVISE_CALL_REQ: Final = struct.Struct(">IIIIHHH")
_X_SUPERVISE_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("AgentConnectionCallID", "I", 20),
    ("SupervisorConnectionCallID", "I", 24),
    ("AgentConnectionDeviceIDType", "H", 26),
    ("SupervisorConnectionDeviceIDType", "H", 28),
    ("SupervisoryAction", "H", 30),
)
_T_SUPERVISE_CALL_REQ: Final[_w.FieldTable] = {
    90: (0, _w.STRING, False, "AgentConnectionDeviceID"),
    91: (1, _w.STRING, False, "SupervisorConnectionDeviceID"),
    4: (2, _w.STRING, False, "AgentExtension"),
    5: (3, _w.STRING, False, "AgentID"),
    6: (4, _w.STRING, False, "AgentInstrument"),
    85: (5, _w.STRING, False, "SupervisorInstrument"),
}
_FAST_SUPERVISE_CALL_REQ: Final = _fast_slots(
    {
        90: 0,
        91: 1,
        4: 2,
        5: 3,
        6: 4,
        85: 5,
    }
)


def _decode_supervise_call_req(buf: bytes, end: int) -> SuperviseCallReq:
    if end < 30:
        raise _w.truncated("SUPERVISE_CALL_REQ", _X_SUPERVISE_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 6
    unknown: list[UnknownField] = []
    pos = 30
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_SUPERVISE_CALL_REQ.get(tag)
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
                _T_SUPERVISE_CALL_REQ,
                unknown,
                "SUPERVISE_CALL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 30, end, _T_SUPERVISE_CALL_REQ, 6, "SUPERVISE_CALL_REQ", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SUPERVISE_CALL_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        o.agent_connection_call_id,
        o.supervisor_connection_call_id,
        f4,
        f5,
        f6,
    ) = _S_SUPERVISE_CALL_REQ.unpack_from(buf, 8)
    o.agent_connection_device_id_type = _enum_ConnectionDeviceIDType[f4]
    o.supervisor_connection_device_id_type = _enum_ConnectionDeviceIDType[f5]
    o.supervisory_action = _enum_SupervisoryAction[f6]
    (
        o.agent_connection_device_id,
        o.supervisor_connection_device_id,
        o.agent_extension,
        o.agent_id,
        o.agent_instrument,
        o.supervisor_instrument,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SuperviseCallReq
    return o  # type: ignore[no-any-return]


def _encode_supervise_call_req(m: SuperviseCallReq) -> bytes:
    name = "SUPERVISE_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_SUPERVISE_CALL_REQ,
            _X_SUPERVISE_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.agent_connection_call_id,
            m.supervisor_connection_call_id,
            m.agent_connection_device_id_type,
            m.supervisor_connection_device_id_type,
            m.supervisory_action,
        )
    ]
    if m.agent_connection_device_id is not None:
        part = _w.put(
            _w.STRING, 90, m.agent_connection_device_id, 64, _WIDE, name, "AgentConnectionDeviceID"
        )
        parts.append(part)
    if m.supervisor_connection_device_id is not None:
        part = _w.put(
            _w.STRING,
            91,
            m.supervisor_connection_device_id,
            64,
            _WIDE,
            name,
            "SupervisorConnectionDeviceID",
        )
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
    if m.supervisor_instrument is not None:
        part = _w.put(
            _w.STRING, 85, m.supervisor_instrument, 64, _WIDE, name, "SupervisorInstrument"
        )
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(124, parts)


@value_class
class SuperviseCallConf(GeneratedMessage):
    """Response to a previous SUPERVISE_CALL_REQ request.

    SUPERVISE_CALL_CONF, MessageType 125, server to client.
    From: Application Level Interfaces (v25), SUPERVISE_CALL_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 125
    MESSAGE_NAME: ClassVar[str] = "SUPERVISE_CALL_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "invoke_id",
        "connection_call_id",
        "connection_device_id_type",
        "connection_device_id",
        "unknown_fields",
    )

    invoke_id: int
    connection_call_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_device_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        connection_call_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_device_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SUPERVISE_CALL_CONF: Final = _w.builder(SuperviseCallConf)
_S_SUPERVISE_CALL_CONF: Final = struct.Struct(">IIH")
_X_SUPERVISE_CALL_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("ConnectionCallID", "I", 16),
    ("ConnectionDeviceIDType", "H", 18),
)
_T_SUPERVISE_CALL_CONF: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
}
_FAST_SUPERVISE_CALL_CONF: Final = _fast_slots(
    {
        25: 0,
    }
)


def _decode_supervise_call_conf(buf: bytes, end: int) -> SuperviseCallConf:
    if end < 18:
        raise _w.truncated("SUPERVISE_CALL_CONF", _X_SUPERVISE_CALL_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 18
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_SUPERVISE_CALL_CONF.get(tag)
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
                _T_SUPERVISE_CALL_CONF,
                unknown,
                "SUPERVISE_CALL_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 18, end, _T_SUPERVISE_CALL_CONF, 1, "SUPERVISE_CALL_CONF", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("SUPERVISE_CALL_CONF", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SUPERVISE_CALL_CONF()
    (o.invoke_id, o.connection_call_id, f2) = _S_SUPERVISE_CALL_CONF.unpack_from(buf, 8)
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    (o.connection_device_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SuperviseCallConf
    return o  # type: ignore[no-any-return]


def _encode_supervise_call_conf(m: SuperviseCallConf) -> bytes:
    name = "SUPERVISE_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_SUPERVISE_CALL_CONF,
            _X_SUPERVISE_CALL_CONF,
            name,
            m.invoke_id,
            m.connection_call_id,
            m.connection_device_id_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(125, parts)


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
        "department_id",
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
    department_id: int
    agent_team_name: str
    team_members: tuple[TeamMember, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        peripheral_id: int = 0,
        team_id: int = 0,
        config_operation: int = 0,
        department_id: int = 0,
        agent_team_name: str,
        team_members: tuple[TeamMember, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "team_id", team_id)
        _set(self, "config_operation", config_operation)
        _set(self, "department_id", department_id)
        _set(self, "agent_team_name", agent_team_name)
        _set(self, "team_members", team_members)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_TEAM_CONFIG_EVENT: Final = _w.builder(AgentTeamConfigEvent)
_S_AGENT_TEAM_CONFIG_EVENT: Final = struct.Struct(">IIHHi")
_X_AGENT_TEAM_CONFIG_EVENT: Final[_w.FixedFields] = (
    ("PeripheralID", "I", 12),
    ("TeamID", "I", 16),
    ("NumberOfAgents", "H", 18),
    ("ConfigOperation", "H", 20),
    ("DepartmentID", "i", 24),
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


def _decode_agent_team_config_event(buf: bytes, end: int) -> AgentTeamConfigEvent:
    if end < 24:
        raise _w.truncated("AGENT_TEAM_CONFIG_EVENT", _X_AGENT_TEAM_CONFIG_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 5
    unknown: list[UnknownField] = []
    pos = 24
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_AGENT_TEAM_CONFIG_EVENT.get(tag)
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
                _T_AGENT_TEAM_CONFIG_EVENT,
                unknown,
                "AGENT_TEAM_CONFIG_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 24, end, _T_AGENT_TEAM_CONFIG_EVENT, 5, "AGENT_TEAM_CONFIG_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("AGENT_TEAM_CONFIG_EVENT", "AgentTeamName", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_AGENT_TEAM_CONFIG_EVENT()
    (o.peripheral_id, o.team_id, f2, o.config_operation, o.department_id) = (
        _S_AGENT_TEAM_CONFIG_EVENT.unpack_from(buf, 8)
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


def _encode_agent_team_config_event(m: AgentTeamConfigEvent) -> bytes:
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
            m.department_id,
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


@value_class
class SetAppDataReq(GeneratedMessage):
    """Request to update one or more application variables; variables not provided are not affected.

    SET_APP_DATA_REQ, MessageType 129, client to server.
    From: Application Level Interfaces (v25), SET_APP_DATA_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 129
    MESSAGE_NAME: ClassVar[str] = "SET_APP_DATA_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "application_path_id",
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
        "flt_call_type_id",
        "pre_call_invoke_id",
        "unknown_fields",
    )

    invoke_id: int
    application_path_id: int
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
    flt_call_type_id: int | None
    pre_call_invoke_id: int | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        application_path_id: int,
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
        flt_call_type_id: int | None = None,
        pre_call_invoke_id: int | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "application_path_id", application_path_id)
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
        _set(self, "flt_call_type_id", flt_call_type_id)
        _set(self, "pre_call_invoke_id", pre_call_invoke_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_SET_APP_DATA_REQ: Final = _w.builder(SetAppDataReq)
_S_SET_APP_DATA_REQ: Final = struct.Struct(">I")
_X_SET_APP_DATA_REQ: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_SET_APP_DATA_REQ: Final[_w.FieldTable] = {
    97: (0, _w.INT, False, "ApplicationPathID"),
    13: (1, _w.STRING, False, "CallVariable1"),
    14: (2, _w.STRING, False, "CallVariable2"),
    15: (3, _w.STRING, False, "CallVariable3"),
    16: (4, _w.STRING, False, "CallVariable4"),
    17: (5, _w.STRING, False, "CallVariable5"),
    18: (6, _w.STRING, False, "CallVariable6"),
    19: (7, _w.STRING, False, "CallVariable7"),
    20: (8, _w.STRING, False, "CallVariable8"),
    21: (9, _w.STRING, False, "CallVariable9"),
    22: (10, _w.STRING, False, "CallVariable10"),
    210: (11, _w.UINT, False, "FltCallTypeID"),
    221: (12, _w.UINT, False, "PreCallInvokeID"),
}
_FAST_SET_APP_DATA_REQ: Final = _fast_slots(
    {
        13: 1,
        14: 2,
        15: 3,
        16: 4,
        17: 5,
        18: 6,
        19: 7,
        20: 8,
        21: 9,
        22: 10,
    }
)


def _decode_set_app_data_req(buf: bytes, end: int) -> SetAppDataReq:
    if end < 12:
        raise _w.truncated("SET_APP_DATA_REQ", _X_SET_APP_DATA_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 13
    unknown: list[UnknownField] = []
    pos = 12
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_SET_APP_DATA_REQ.get(tag)
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
                _T_SET_APP_DATA_REQ,
                unknown,
                "SET_APP_DATA_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 12, end, _T_SET_APP_DATA_REQ, 13, "SET_APP_DATA_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("SET_APP_DATA_REQ", "ApplicationPathID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SET_APP_DATA_REQ()
    (o.invoke_id,) = _S_SET_APP_DATA_REQ.unpack_from(buf, 8)
    (
        o.application_path_id,
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
        o.flt_call_type_id,
        o.pre_call_invoke_id,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetAppDataReq
    return o  # type: ignore[no-any-return]


def _encode_set_app_data_req(m: SetAppDataReq) -> bytes:
    name = "SET_APP_DATA_REQ"
    parts = [
        _w.pack_fixed(
            _S_SET_APP_DATA_REQ,
            _X_SET_APP_DATA_REQ,
            name,
            m.invoke_id,
        )
    ]
    parts.append(_w.put(_w.INT, 97, m.application_path_id, 4, _WIDE, name, "ApplicationPathID"))
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
    if m.flt_call_type_id is not None:
        part = _w.put(_w.UINT, 210, m.flt_call_type_id, 4, _WIDE, name, "FltCallTypeID")
        parts.append(part)
    if m.pre_call_invoke_id is not None:
        part = _w.put(_w.UINT, 221, m.pre_call_invoke_id, 4, _WIDE, name, "PreCallInvokeID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(129, parts)


@value_class
class SetAppDataConf(GeneratedMessage):
    """Response confirming a previous SET_APP_DATA request.

    SET_APP_DATA_CONF, MessageType 130, server to client.
    From: Application Level Interfaces (v25), SET_APP_DATA_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 130
    MESSAGE_NAME: ClassVar[str] = "SET_APP_DATA_CONF"
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


_B_SET_APP_DATA_CONF: Final = _w.builder(SetAppDataConf)
_S_SET_APP_DATA_CONF: Final = struct.Struct(">I")
_X_SET_APP_DATA_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_SET_APP_DATA_CONF: Final[_w.FieldTable] = {}


def _decode_set_app_data_conf(buf: bytes, end: int) -> SetAppDataConf:
    if end < 12:
        raise _w.truncated("SET_APP_DATA_CONF", _X_SET_APP_DATA_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_SET_APP_DATA_CONF, 0, "SET_APP_DATA_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SET_APP_DATA_CONF()
    (o.invoke_id,) = _S_SET_APP_DATA_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetAppDataConf
    return o  # type: ignore[no-any-return]


def _encode_set_app_data_conf(m: SetAppDataConf) -> bytes:
    name = "SET_APP_DATA_CONF"
    parts = [
        _w.pack_fixed(
            _S_SET_APP_DATA_CONF,
            _X_SET_APP_DATA_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(130, parts)


@value_class
class AgentDeskSettingsReq(GeneratedMessage):
    """Request to obtain Agent Desk Settings.

    AGENT_DESK_SETTINGS_REQ, MessageType 131, client to server.
    From: Application Level Interfaces (v25), AGENT_DESK_SETTINGS_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 131
    MESSAGE_NAME: ClassVar[str] = "AGENT_DESK_SETTINGS_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "peripheral_id", "agent_id", "unknown_fields")

    invoke_id: int
    peripheral_id: int
    agent_id: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        agent_id: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "agent_id", agent_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_DESK_SETTINGS_REQ: Final = _w.builder(AgentDeskSettingsReq)
_S_AGENT_DESK_SETTINGS_REQ: Final = struct.Struct(">II")
_X_AGENT_DESK_SETTINGS_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
)
_T_AGENT_DESK_SETTINGS_REQ: Final[_w.FieldTable] = {
    5: (0, _w.STRING, False, "AgentID"),
}
_FAST_AGENT_DESK_SETTINGS_REQ: Final = _fast_slots(
    {
        5: 0,
    }
)


def _decode_agent_desk_settings_req(buf: bytes, end: int) -> AgentDeskSettingsReq:
    if end < 16:
        raise _w.truncated("AGENT_DESK_SETTINGS_REQ", _X_AGENT_DESK_SETTINGS_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 16
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_AGENT_DESK_SETTINGS_REQ.get(tag)
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
                _T_AGENT_DESK_SETTINGS_REQ,
                unknown,
                "AGENT_DESK_SETTINGS_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 16, end, _T_AGENT_DESK_SETTINGS_REQ, 1, "AGENT_DESK_SETTINGS_REQ", _HEAD
        )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_AGENT_DESK_SETTINGS_REQ()
    (o.invoke_id, o.peripheral_id) = _S_AGENT_DESK_SETTINGS_REQ.unpack_from(buf, 8)
    (o.agent_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AgentDeskSettingsReq
    return o  # type: ignore[no-any-return]


def _encode_agent_desk_settings_req(m: AgentDeskSettingsReq) -> bytes:
    name = "AGENT_DESK_SETTINGS_REQ"
    parts = [
        _w.pack_fixed(
            _S_AGENT_DESK_SETTINGS_REQ,
            _X_AGENT_DESK_SETTINGS_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
        )
    ]
    if m.agent_id is not None:
        part = _w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(131, parts)


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
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_DESK_SETTINGS_CONF: Final = _w.builder(AgentDeskSettingsConf)
_S_AGENT_DESK_SETTINGS_CONF: Final = struct.Struct(">IIIIIIIIIIIIIIII")
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
}
_FAST_AGENT_DESK_SETTINGS_CONF: Final = _fast_slots(
    {
        93: 0,
    }
)


def _decode_agent_desk_settings_conf(buf: bytes, end: int) -> AgentDeskSettingsConf:
    if end < 72:
        raise _w.truncated("AGENT_DESK_SETTINGS_CONF", _X_AGENT_DESK_SETTINGS_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 72
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 72, end, _T_AGENT_DESK_SETTINGS_CONF, 1, "AGENT_DESK_SETTINGS_CONF", _HEAD
        )
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
    (o.default_device_port_address,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AgentDeskSettingsConf
    return o  # type: ignore[no-any-return]


def _encode_agent_desk_settings_conf(m: AgentDeskSettingsConf) -> bytes:
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(132, parts)


@value_class
class ListAgentTeamReq(GeneratedMessage):
    """Request to obtain a list of Agent Teams.

    LIST_AGENT_TEAM_REQ, MessageType 133, client to server.
    From: Application Level Interfaces (v25), LIST_AGENT_TEAM_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 133
    MESSAGE_NAME: ClassVar[str] = "LIST_AGENT_TEAM_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "supervisor_id", "unknown_fields")

    invoke_id: int
    supervisor_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        supervisor_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "supervisor_id", supervisor_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_LIST_AGENT_TEAM_REQ: Final = _w.builder(ListAgentTeamReq)
_S_LIST_AGENT_TEAM_REQ: Final = struct.Struct(">II")
_X_LIST_AGENT_TEAM_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("SupervisorID", "I", 16),
)
_T_LIST_AGENT_TEAM_REQ: Final[_w.FieldTable] = {}


def _decode_list_agent_team_req(buf: bytes, end: int) -> ListAgentTeamReq:
    if end < 16:
        raise _w.truncated("LIST_AGENT_TEAM_REQ", _X_LIST_AGENT_TEAM_REQ, end)
    _, unknown = _w.scan(buf, 16, end, _T_LIST_AGENT_TEAM_REQ, 0, "LIST_AGENT_TEAM_REQ", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_LIST_AGENT_TEAM_REQ()
    (o.invoke_id, o.supervisor_id) = _S_LIST_AGENT_TEAM_REQ.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ListAgentTeamReq
    return o  # type: ignore[no-any-return]


def _encode_list_agent_team_req(m: ListAgentTeamReq) -> bytes:
    name = "LIST_AGENT_TEAM_REQ"
    parts = [
        _w.pack_fixed(
            _S_LIST_AGENT_TEAM_REQ,
            _X_LIST_AGENT_TEAM_REQ,
            name,
            m.invoke_id,
            m.supervisor_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(133, parts)


@value_class
class ListAgentTeamConf(GeneratedMessage):
    """Response to a previous LIST_AGENT_TEAM_REQ request.

    LIST_AGENT_TEAM_CONF, MessageType 134, server to client.
    From: Application Level Interfaces (v25), LIST_AGENT_TEAM_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 134
    MESSAGE_NAME: ClassVar[str] = "LIST_AGENT_TEAM_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "segment_number", "more", "team_ids", "unknown_fields")

    invoke_id: int
    segment_number: int
    more: int
    team_ids: tuple[int, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        segment_number: int = 0,
        more: int = 0,
        team_ids: tuple[int, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "segment_number", segment_number)
        _set(self, "more", more)
        _set(self, "team_ids", team_ids)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_LIST_AGENT_TEAM_CONF: Final = _w.builder(ListAgentTeamConf)
_S_LIST_AGENT_TEAM_CONF: Final = struct.Struct(">IHHH")
_X_LIST_AGENT_TEAM_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("NumberOfAgentTeams", "H", 14),
    ("SegmentNumber", "H", 16),
    ("More", "H", 18),
)
_T_LIST_AGENT_TEAM_CONF: Final[_w.FieldTable] = {
    92: (0, _w.UINT, True, "TeamID"),
}


def _decode_list_agent_team_conf(buf: bytes, end: int) -> ListAgentTeamConf:
    if end < 18:
        raise _w.truncated("LIST_AGENT_TEAM_CONF", _X_LIST_AGENT_TEAM_CONF, end)
    vals, unknown = _w.scan(buf, 18, end, _T_LIST_AGENT_TEAM_CONF, 1, "LIST_AGENT_TEAM_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_LIST_AGENT_TEAM_CONF()
    (o.invoke_id, f1, o.segment_number, o.more) = _S_LIST_AGENT_TEAM_CONF.unpack_from(buf, 8)
    (v0,) = vals
    count = f1
    if count == 0 and v0 is None:
        o.team_ids = ()  # the usual case: no entries
    else:
        g0 = v0 or ()
        if len(g0) != count:
            raise _w.group_mismatch(
                "LIST_AGENT_TEAM_CONF",
                "TeamIDs",
                "NumberOfAgentTeams",
                count,
                {"TeamID": len(g0)},
                end,
            )
        o.team_ids = tuple(g0)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ListAgentTeamConf
    return o  # type: ignore[no-any-return]


def _encode_list_agent_team_conf(m: ListAgentTeamConf) -> bytes:
    name = "LIST_AGENT_TEAM_CONF"
    team_ids = _w.check_group(m.team_ids, object, 64, name, "TeamIDs")
    parts = [
        _w.pack_fixed(
            _S_LIST_AGENT_TEAM_CONF,
            _X_LIST_AGENT_TEAM_CONF,
            name,
            m.invoke_id,
            len(team_ids),
            m.segment_number,
            m.more,
        )
    ]
    for value in team_ids:
        part = _w.put(_w.UINT, 92, value, 4, _WIDE, name, "TeamID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(134, parts)


@value_class
class MonitorAgentTeamStartReq(GeneratedMessage):
    """Request to start monitoring an Agent Team.

    MONITOR_AGENT_TEAM_START_REQ, MessageType 135, client to server.
    From: Application Level Interfaces (v25), MONITOR_AGENT_TEAM_START_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 135
    MESSAGE_NAME: ClassVar[str] = "MONITOR_AGENT_TEAM_START_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "team_id", "unknown_fields")

    invoke_id: int
    team_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        team_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "team_id", team_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_MONITOR_AGENT_TEAM_START_REQ: Final = _w.builder(MonitorAgentTeamStartReq)
_S_MONITOR_AGENT_TEAM_START_REQ: Final = struct.Struct(">II")
_X_MONITOR_AGENT_TEAM_START_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("TeamID", "I", 16),
)
_T_MONITOR_AGENT_TEAM_START_REQ: Final[_w.FieldTable] = {}


def _decode_monitor_agent_team_start_req(buf: bytes, end: int) -> MonitorAgentTeamStartReq:
    if end < 16:
        raise _w.truncated("MONITOR_AGENT_TEAM_START_REQ", _X_MONITOR_AGENT_TEAM_START_REQ, end)
    _, unknown = _w.scan(
        buf, 16, end, _T_MONITOR_AGENT_TEAM_START_REQ, 0, "MONITOR_AGENT_TEAM_START_REQ", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MONITOR_AGENT_TEAM_START_REQ()
    (o.invoke_id, o.team_id) = _S_MONITOR_AGENT_TEAM_START_REQ.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MonitorAgentTeamStartReq
    return o  # type: ignore[no-any-return]


def _encode_monitor_agent_team_start_req(m: MonitorAgentTeamStartReq) -> bytes:
    name = "MONITOR_AGENT_TEAM_START_REQ"
    parts = [
        _w.pack_fixed(
            _S_MONITOR_AGENT_TEAM_START_REQ,
            _X_MONITOR_AGENT_TEAM_START_REQ,
            name,
            m.invoke_id,
            m.team_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(135, parts)


@value_class
class MonitorAgentTeamStartConf(GeneratedMessage):
    """Response to a previous MONITOR_AGENT_TEAM_START_REQ request.

    MONITOR_AGENT_TEAM_START_CONF, MessageType 136, server to client.
    From: Application Level Interfaces (v25), MONITOR_AGENT_TEAM_START_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 136
    MESSAGE_NAME: ClassVar[str] = "MONITOR_AGENT_TEAM_START_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "monitor_id", "unknown_fields")

    invoke_id: int
    monitor_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        monitor_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "monitor_id", monitor_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_MONITOR_AGENT_TEAM_START_CONF: Final = _w.builder(MonitorAgentTeamStartConf)
_S_MONITOR_AGENT_TEAM_START_CONF: Final = struct.Struct(">II")
_X_MONITOR_AGENT_TEAM_START_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("MonitorID", "I", 16),
)
_T_MONITOR_AGENT_TEAM_START_CONF: Final[_w.FieldTable] = {}


def _decode_monitor_agent_team_start_conf(buf: bytes, end: int) -> MonitorAgentTeamStartConf:
    if end < 16:
        raise _w.truncated("MONITOR_AGENT_TEAM_START_CONF", _X_MONITOR_AGENT_TEAM_START_CONF, end)
    _, unknown = _w.scan(
        buf, 16, end, _T_MONITOR_AGENT_TEAM_START_CONF, 0, "MONITOR_AGENT_TEAM_START_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MONITOR_AGENT_TEAM_START_CONF()
    (o.invoke_id, o.monitor_id) = _S_MONITOR_AGENT_TEAM_START_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MonitorAgentTeamStartConf
    return o  # type: ignore[no-any-return]


def _encode_monitor_agent_team_start_conf(m: MonitorAgentTeamStartConf) -> bytes:
    name = "MONITOR_AGENT_TEAM_START_CONF"
    parts = [
        _w.pack_fixed(
            _S_MONITOR_AGENT_TEAM_START_CONF,
            _X_MONITOR_AGENT_TEAM_START_CONF,
            name,
            m.invoke_id,
            m.monitor_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(136, parts)


@value_class
class MonitorAgentTeamStopReq(GeneratedMessage):
    """Request to stop monitoring an Agent Team.

    MONITOR_AGENT_TEAM_STOP_REQ, MessageType 137, client to server.
    From: Application Level Interfaces (v25), MONITOR_AGENT_TEAM_STOP_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 137
    MESSAGE_NAME: ClassVar[str] = "MONITOR_AGENT_TEAM_STOP_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "monitor_id", "unknown_fields")

    invoke_id: int
    monitor_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        monitor_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "monitor_id", monitor_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_MONITOR_AGENT_TEAM_STOP_REQ: Final = _w.builder(MonitorAgentTeamStopReq)
_S_MONITOR_AGENT_TEAM_STOP_REQ: Final = struct.Struct(">II")
_X_MONITOR_AGENT_TEAM_STOP_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("MonitorID", "I", 16),
)
_T_MONITOR_AGENT_TEAM_STOP_REQ: Final[_w.FieldTable] = {}


def _decode_monitor_agent_team_stop_req(buf: bytes, end: int) -> MonitorAgentTeamStopReq:
    if end < 16:
        raise _w.truncated("MONITOR_AGENT_TEAM_STOP_REQ", _X_MONITOR_AGENT_TEAM_STOP_REQ, end)
    _, unknown = _w.scan(
        buf, 16, end, _T_MONITOR_AGENT_TEAM_STOP_REQ, 0, "MONITOR_AGENT_TEAM_STOP_REQ", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MONITOR_AGENT_TEAM_STOP_REQ()
    (o.invoke_id, o.monitor_id) = _S_MONITOR_AGENT_TEAM_STOP_REQ.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MonitorAgentTeamStopReq
    return o  # type: ignore[no-any-return]


def _encode_monitor_agent_team_stop_req(m: MonitorAgentTeamStopReq) -> bytes:
    name = "MONITOR_AGENT_TEAM_STOP_REQ"
    parts = [
        _w.pack_fixed(
            _S_MONITOR_AGENT_TEAM_STOP_REQ,
            _X_MONITOR_AGENT_TEAM_STOP_REQ,
            name,
            m.invoke_id,
            m.monitor_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(137, parts)


@value_class
class MonitorAgentTeamStopConf(GeneratedMessage):
    """Response to a previous MONITOR_AGENT_TEAM_STOP_REQ request.

    MONITOR_AGENT_TEAM_STOP_CONF, MessageType 138, server to client.
    From: Application Level Interfaces (v25), MONITOR_AGENT_TEAM_STOP_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 138
    MESSAGE_NAME: ClassVar[str] = "MONITOR_AGENT_TEAM_STOP_CONF"
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


_B_MONITOR_AGENT_TEAM_STOP_CONF: Final = _w.builder(MonitorAgentTeamStopConf)
_S_MONITOR_AGENT_TEAM_STOP_CONF: Final = struct.Struct(">I")
_X_MONITOR_AGENT_TEAM_STOP_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_MONITOR_AGENT_TEAM_STOP_CONF: Final[_w.FieldTable] = {}


def _decode_monitor_agent_team_stop_conf(buf: bytes, end: int) -> MonitorAgentTeamStopConf:
    if end < 12:
        raise _w.truncated("MONITOR_AGENT_TEAM_STOP_CONF", _X_MONITOR_AGENT_TEAM_STOP_CONF, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_MONITOR_AGENT_TEAM_STOP_CONF, 0, "MONITOR_AGENT_TEAM_STOP_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_MONITOR_AGENT_TEAM_STOP_CONF()
    (o.invoke_id,) = _S_MONITOR_AGENT_TEAM_STOP_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = MonitorAgentTeamStopConf
    return o  # type: ignore[no-any-return]


def _encode_monitor_agent_team_stop_conf(m: MonitorAgentTeamStopConf) -> bytes:
    name = "MONITOR_AGENT_TEAM_STOP_CONF"
    parts = [
        _w.pack_fixed(
            _S_MONITOR_AGENT_TEAM_STOP_CONF,
            _X_MONITOR_AGENT_TEAM_STOP_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(138, parts)


@value_class
class BadCallReq(GeneratedMessage):
    """Mark a call as having a bad line (poor voice quality).

    BAD_CALL_REQ, MessageType 139, client to server.
    From: Application Level Interfaces (v25), Client Control Service, BAD_CALL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 139
    MESSAGE_NAME: ClassVar[str] = "BAD_CALL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_device_id_type",
        "connection_call_id",
        "connection_device_id",
        "agent_id",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    connection_device_id: str
    agent_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        connection_device_id: str,
        agent_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "agent_id", agent_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_BAD_CALL_REQ: Final = _w.builder(BadCallReq)
_S_BAD_CALL_REQ: Final = struct.Struct(">IIHI")
_X_BAD_CALL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionDeviceIDType", "H", 18),
    ("ConnectionCallID", "I", 22),
)
_T_BAD_CALL_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    5: (1, _w.STRING, False, "AgentID"),
}
_FAST_BAD_CALL_REQ: Final = _fast_slots(
    {
        25: 0,
        5: 1,
    }
)


def _decode_bad_call_req(buf: bytes, end: int) -> BadCallReq:
    if end < 22:
        raise _w.truncated("BAD_CALL_REQ", _X_BAD_CALL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 22
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_BAD_CALL_REQ.get(tag)
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
            _field(buf, pos, start, stop, end, tag, vals, _T_BAD_CALL_REQ, unknown, "BAD_CALL_REQ")
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 22, end, _T_BAD_CALL_REQ, 2, "BAD_CALL_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("BAD_CALL_REQ", "ConnectionDeviceID", end)
    if vals[1] is None:
        raise _w.missing("BAD_CALL_REQ", "AgentID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_BAD_CALL_REQ()
    (o.invoke_id, o.peripheral_id, f2, o.connection_call_id) = _S_BAD_CALL_REQ.unpack_from(buf, 8)
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    (o.connection_device_id, o.agent_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = BadCallReq
    return o  # type: ignore[no-any-return]


def _encode_bad_call_req(m: BadCallReq) -> bytes:
    name = "BAD_CALL_REQ"
    parts = [
        _w.pack_fixed(
            _S_BAD_CALL_REQ,
            _X_BAD_CALL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_device_id_type,
            m.connection_call_id,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.append(_w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(139, parts)


@value_class
class BadCallConf(GeneratedMessage):
    """Confirmation of BAD_CALL_REQ.

    BAD_CALL_CONF, MessageType 140, server to client.
    From: Application Level Interfaces (v25), Client Control Service, BAD_CALL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 140
    MESSAGE_NAME: ClassVar[str] = "BAD_CALL_CONF"
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


_B_BAD_CALL_CONF: Final = _w.builder(BadCallConf)
_S_BAD_CALL_CONF: Final = struct.Struct(">I")
_X_BAD_CALL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_BAD_CALL_CONF: Final[_w.FieldTable] = {}


def _decode_bad_call_conf(buf: bytes, end: int) -> BadCallConf:
    if end < 12:
        raise _w.truncated("BAD_CALL_CONF", _X_BAD_CALL_CONF, end)
    _, unknown = _w.scan(buf, 12, end, _T_BAD_CALL_CONF, 0, "BAD_CALL_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_BAD_CALL_CONF()
    (o.invoke_id,) = _S_BAD_CALL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = BadCallConf
    return o  # type: ignore[no-any-return]


def _encode_bad_call_conf(m: BadCallConf) -> bytes:
    name = "BAD_CALL_CONF"
    parts = [
        _w.pack_fixed(
            _S_BAD_CALL_CONF,
            _X_BAD_CALL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(140, parts)


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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_SET_DEVICE_ATTRIBUTES_REQ.get(tag)
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_set_device_attributes_req(m: SetDeviceAttributesReq) -> bytes:
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


@value_class
class SetDeviceAttributesConf(GeneratedMessage):
    """Response to a previous SET_DEVICE_ATTRIBUTES_REQ request.

    SET_DEVICE_ATTRIBUTES_CONF, MessageType 142, server to client.
    From: Application Level Interfaces (v25), SET_DEVICE_ATTRIBUTES_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 142
    MESSAGE_NAME: ClassVar[str] = "SET_DEVICE_ATTRIBUTES_CONF"
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


_B_SET_DEVICE_ATTRIBUTES_CONF: Final = _w.builder(SetDeviceAttributesConf)
_S_SET_DEVICE_ATTRIBUTES_CONF: Final = struct.Struct(">I")
_X_SET_DEVICE_ATTRIBUTES_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_SET_DEVICE_ATTRIBUTES_CONF: Final[_w.FieldTable] = {}


def _decode_set_device_attributes_conf(buf: bytes, end: int) -> SetDeviceAttributesConf:
    if end < 12:
        raise _w.truncated("SET_DEVICE_ATTRIBUTES_CONF", _X_SET_DEVICE_ATTRIBUTES_CONF, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_SET_DEVICE_ATTRIBUTES_CONF, 0, "SET_DEVICE_ATTRIBUTES_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_SET_DEVICE_ATTRIBUTES_CONF()
    (o.invoke_id,) = _S_SET_DEVICE_ATTRIBUTES_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = SetDeviceAttributesConf
    return o  # type: ignore[no-any-return]


def _encode_set_device_attributes_conf(m: SetDeviceAttributesConf) -> bytes:
    name = "SET_DEVICE_ATTRIBUTES_CONF"
    parts = [
        _w.pack_fixed(
            _S_SET_DEVICE_ATTRIBUTES_CONF,
            _X_SET_DEVICE_ATTRIBUTES_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(142, parts)


@value_class
class RegisterServiceReq(GeneratedMessage):
    """Request to register service for the server application.

    REGISTER_SERVICE_REQ, MessageType 143, client to server.
    From: Application Level Interfaces (v25), Server Service, REGISTER_SERVICE_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 143
    MESSAGE_NAME: ClassVar[str] = "REGISTER_SERVICE_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "server_mode", "service_name", "unknown_fields")

    invoke_id: int
    server_mode: int
    service_name: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        server_mode: int = 0,
        service_name: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "server_mode", server_mode)
        _set(self, "service_name", service_name)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_REGISTER_SERVICE_REQ: Final = _w.builder(RegisterServiceReq)
_S_REGISTER_SERVICE_REQ: Final = struct.Struct(">IH")
_X_REGISTER_SERVICE_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("ServerMode", "H", 14),
)
_T_REGISTER_SERVICE_REQ: Final[_w.FieldTable] = {
    94: (0, _w.STRING, False, "ServiceName"),
}
_FAST_REGISTER_SERVICE_REQ: Final = _fast_slots(
    {
        94: 0,
    }
)


def _decode_register_service_req(buf: bytes, end: int) -> RegisterServiceReq:
    if end < 14:
        raise _w.truncated("REGISTER_SERVICE_REQ", _X_REGISTER_SERVICE_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 14
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_REGISTER_SERVICE_REQ.get(tag)
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
                _T_REGISTER_SERVICE_REQ,
                unknown,
                "REGISTER_SERVICE_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 14, end, _T_REGISTER_SERVICE_REQ, 1, "REGISTER_SERVICE_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("REGISTER_SERVICE_REQ", "ServiceName", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_REGISTER_SERVICE_REQ()
    (o.invoke_id, o.server_mode) = _S_REGISTER_SERVICE_REQ.unpack_from(buf, 8)
    (o.service_name,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = RegisterServiceReq
    return o  # type: ignore[no-any-return]


def _encode_register_service_req(m: RegisterServiceReq) -> bytes:
    name = "REGISTER_SERVICE_REQ"
    parts = [
        _w.pack_fixed(
            _S_REGISTER_SERVICE_REQ,
            _X_REGISTER_SERVICE_REQ,
            name,
            m.invoke_id,
            m.server_mode,
        )
    ]
    parts.append(_w.put(_w.STRING, 94, m.service_name, 64, _WIDE, name, "ServiceName"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(143, parts)


@value_class
class RegisterServiceConf(GeneratedMessage):
    """Response to a previous REGISTER_SERVICE_REQ request.

    REGISTER_SERVICE_CONF, MessageType 144, server to client.
    From: Application Level Interfaces (v25), Server Service, REGISTER_SERVICE_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 144
    MESSAGE_NAME: ClassVar[str] = "REGISTER_SERVICE_CONF"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("invoke_id", "registered_service_id", "unknown_fields")

    invoke_id: int
    registered_service_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        registered_service_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "registered_service_id", registered_service_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_REGISTER_SERVICE_CONF: Final = _w.builder(RegisterServiceConf)
_S_REGISTER_SERVICE_CONF: Final = struct.Struct(">II")
_X_REGISTER_SERVICE_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("RegisteredServiceID", "I", 16),
)
_T_REGISTER_SERVICE_CONF: Final[_w.FieldTable] = {}


def _decode_register_service_conf(buf: bytes, end: int) -> RegisterServiceConf:
    if end < 16:
        raise _w.truncated("REGISTER_SERVICE_CONF", _X_REGISTER_SERVICE_CONF, end)
    _, unknown = _w.scan(buf, 16, end, _T_REGISTER_SERVICE_CONF, 0, "REGISTER_SERVICE_CONF", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_REGISTER_SERVICE_CONF()
    (o.invoke_id, o.registered_service_id) = _S_REGISTER_SERVICE_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = RegisterServiceConf
    return o  # type: ignore[no-any-return]


def _encode_register_service_conf(m: RegisterServiceConf) -> bytes:
    name = "REGISTER_SERVICE_CONF"
    parts = [
        _w.pack_fixed(
            _S_REGISTER_SERVICE_CONF,
            _X_REGISTER_SERVICE_CONF,
            name,
            m.invoke_id,
            m.registered_service_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(144, parts)


@value_class
class UnregisterServiceReq(GeneratedMessage):
    """Request to unregister service for the server application.

    UNREGISTER_SERVICE_REQ, MessageType 145, client to server.
    From: Application Level Interfaces (v25), Server Service, UNREGISTER_SERVICE_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 145
    MESSAGE_NAME: ClassVar[str] = "UNREGISTER_SERVICE_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "registered_service_id", "unknown_fields")

    invoke_id: int
    registered_service_id: int
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        registered_service_id: int = 0,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "registered_service_id", registered_service_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_UNREGISTER_SERVICE_REQ: Final = _w.builder(UnregisterServiceReq)
_S_UNREGISTER_SERVICE_REQ: Final = struct.Struct(">II")
_X_UNREGISTER_SERVICE_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("RegisteredServiceID", "I", 16),
)
_T_UNREGISTER_SERVICE_REQ: Final[_w.FieldTable] = {}


def _decode_unregister_service_req(buf: bytes, end: int) -> UnregisterServiceReq:
    if end < 16:
        raise _w.truncated("UNREGISTER_SERVICE_REQ", _X_UNREGISTER_SERVICE_REQ, end)
    _, unknown = _w.scan(
        buf, 16, end, _T_UNREGISTER_SERVICE_REQ, 0, "UNREGISTER_SERVICE_REQ", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_UNREGISTER_SERVICE_REQ()
    (o.invoke_id, o.registered_service_id) = _S_UNREGISTER_SERVICE_REQ.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = UnregisterServiceReq
    return o  # type: ignore[no-any-return]


def _encode_unregister_service_req(m: UnregisterServiceReq) -> bytes:
    name = "UNREGISTER_SERVICE_REQ"
    parts = [
        _w.pack_fixed(
            _S_UNREGISTER_SERVICE_REQ,
            _X_UNREGISTER_SERVICE_REQ,
            name,
            m.invoke_id,
            m.registered_service_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(145, parts)


@value_class
class UnregisterServiceConf(GeneratedMessage):
    """Response to a previous UNREGISTER_SERVICE_REQ request.

    UNREGISTER_SERVICE_CONF, MessageType 146, server to client.
    From: Application Level Interfaces (v25), Server Service, UNREGISTER_SERVICE_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 146
    MESSAGE_NAME: ClassVar[str] = "UNREGISTER_SERVICE_CONF"
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


_B_UNREGISTER_SERVICE_CONF: Final = _w.builder(UnregisterServiceConf)
_S_UNREGISTER_SERVICE_CONF: Final = struct.Struct(">I")
_X_UNREGISTER_SERVICE_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_UNREGISTER_SERVICE_CONF: Final[_w.FieldTable] = {}


def _decode_unregister_service_conf(buf: bytes, end: int) -> UnregisterServiceConf:
    if end < 12:
        raise _w.truncated("UNREGISTER_SERVICE_CONF", _X_UNREGISTER_SERVICE_CONF, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_UNREGISTER_SERVICE_CONF, 0, "UNREGISTER_SERVICE_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_UNREGISTER_SERVICE_CONF()
    (o.invoke_id,) = _S_UNREGISTER_SERVICE_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = UnregisterServiceConf
    return o  # type: ignore[no-any-return]


def _encode_unregister_service_conf(m: UnregisterServiceConf) -> bytes:
    name = "UNREGISTER_SERVICE_CONF"
    parts = [
        _w.pack_fixed(
            _S_UNREGISTER_SERVICE_CONF,
            _X_UNREGISTER_SERVICE_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(146, parts)


@value_class
class StartRecordingReq(GeneratedMessage):
    """Request to start recording a call (forwarded by the CTI Server to the recording server applications).

    START_RECORDING_REQ, MessageType 147, both.
    From: Application Level Interfaces (v25), START_RECORDING_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 147
    MESSAGE_NAME: ClassVar[str] = "START_RECORDING_REQ"
    DIRECTION: ClassVar[str] = "both"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "client_port",
        "bit_rate",
        "packet_size",
        "connection_device_id_type",
        "direction",
        "rtp_type",
        "echo_cancellation",
        "payload_type",
        "connection_device_id",
        "client_id",
        "client_address",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    client_port: int
    bit_rate: int
    packet_size: int
    connection_device_id_type: ConnectionDeviceIDType | int
    direction: int
    rtp_type: int
    echo_cancellation: int
    payload_type: int
    connection_device_id: str
    client_id: str | None
    client_address: str | None
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        client_port: int = 0,
        bit_rate: int = 0,
        packet_size: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        direction: int = 0,
        rtp_type: int = 0,
        echo_cancellation: int = 0,
        payload_type: int = 0,
        connection_device_id: str,
        client_id: str | None = None,
        client_address: str | None = None,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "client_port", client_port)
        _set(self, "bit_rate", bit_rate)
        _set(self, "packet_size", packet_size)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "direction", direction)
        _set(self, "rtp_type", rtp_type)
        _set(self, "echo_cancellation", echo_cancellation)
        _set(self, "payload_type", payload_type)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "client_id", client_id)
        _set(self, "client_address", client_address)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_START_RECORDING_REQ: Final = _w.builder(StartRecordingReq)
_S_START_RECORDING_REQ: Final = struct.Struct(">IIIIIIHHHHH")
_X_START_RECORDING_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ClientPort", "I", 24),
    ("BitRate", "I", 28),
    ("PacketSize", "I", 32),
    ("ConnectionDeviceIDType", "H", 34),
    ("Direction", "H", 36),
    ("RTPType", "H", 38),
    ("EchoCancellation", "H", 40),
    ("PayloadType", "H", 42),
)
_T_START_RECORDING_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    1: (1, _w.STRING, False, "ClientID"),
    81: (2, _w.STRING, False, "ClientAddress"),
    4: (3, _w.STRING, False, "AgentExtension"),
    5: (4, _w.STRING, False, "AgentID"),
    6: (5, _w.STRING, False, "AgentInstrument"),
}
_FAST_START_RECORDING_REQ: Final = _fast_slots(
    {
        25: 0,
        1: 1,
        81: 2,
        4: 3,
        5: 4,
        6: 5,
    }
)


def _decode_start_recording_req(buf: bytes, end: int) -> StartRecordingReq:
    if end < 42:
        raise _w.truncated("START_RECORDING_REQ", _X_START_RECORDING_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 6
    unknown: list[UnknownField] = []
    pos = 42
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_START_RECORDING_REQ.get(tag)
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
                _T_START_RECORDING_REQ,
                unknown,
                "START_RECORDING_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 42, end, _T_START_RECORDING_REQ, 6, "START_RECORDING_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("START_RECORDING_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_START_RECORDING_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        o.connection_call_id,
        o.client_port,
        o.bit_rate,
        o.packet_size,
        f6,
        o.direction,
        o.rtp_type,
        o.echo_cancellation,
        o.payload_type,
    ) = _S_START_RECORDING_REQ.unpack_from(buf, 8)
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f6]
    (
        o.connection_device_id,
        o.client_id,
        o.client_address,
        o.agent_extension,
        o.agent_id,
        o.agent_instrument,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = StartRecordingReq
    return o  # type: ignore[no-any-return]


def _encode_start_recording_req(m: StartRecordingReq) -> bytes:
    name = "START_RECORDING_REQ"
    parts = [
        _w.pack_fixed(
            _S_START_RECORDING_REQ,
            _X_START_RECORDING_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.client_port,
            m.bit_rate,
            m.packet_size,
            m.connection_device_id_type,
            m.direction,
            m.rtp_type,
            m.echo_cancellation,
            m.payload_type,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.client_id is not None:
        part = _w.put(_w.STRING, 1, m.client_id, 64, _WIDE, name, "ClientID")
        parts.append(part)
    if m.client_address is not None:
        part = _w.put(_w.STRING, 81, m.client_address, 64, _WIDE, name, "ClientAddress")
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(147, parts)


@value_class
class StartRecordingConf(GeneratedMessage):
    """Response to a previous START_RECORDING_REQ request.

    START_RECORDING_CONF, MessageType 148, both.
    From: Application Level Interfaces (v25), START_RECORDING_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 148
    MESSAGE_NAME: ClassVar[str] = "START_RECORDING_CONF"
    DIRECTION: ClassVar[str] = "both"
    __slots__ = (
        "invoke_id",
        "session_id",
        "server_data",
        "client_id",
        "client_address",
        "unknown_fields",
    )

    invoke_id: int
    session_id: int
    server_data: int
    client_id: str | None
    client_address: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        session_id: int = 0,
        server_data: int = 0,
        client_id: str | None = None,
        client_address: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "session_id", session_id)
        _set(self, "server_data", server_data)
        _set(self, "client_id", client_id)
        _set(self, "client_address", client_address)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_START_RECORDING_CONF: Final = _w.builder(StartRecordingConf)
_S_START_RECORDING_CONF: Final = struct.Struct(">III")
_X_START_RECORDING_CONF: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("SessionID", "I", 16),
    ("ServerData", "I", 20),
)
_T_START_RECORDING_CONF: Final[_w.FieldTable] = {
    1: (0, _w.STRING, False, "ClientID"),
    81: (1, _w.STRING, False, "ClientAddress"),
}
_FAST_START_RECORDING_CONF: Final = _fast_slots(
    {
        1: 0,
        81: 1,
    }
)


def _decode_start_recording_conf(buf: bytes, end: int) -> StartRecordingConf:
    if end < 20:
        raise _w.truncated("START_RECORDING_CONF", _X_START_RECORDING_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 20
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_START_RECORDING_CONF.get(tag)
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
                _T_START_RECORDING_CONF,
                unknown,
                "START_RECORDING_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 20, end, _T_START_RECORDING_CONF, 2, "START_RECORDING_CONF", _HEAD
        )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_START_RECORDING_CONF()
    (o.invoke_id, o.session_id, o.server_data) = _S_START_RECORDING_CONF.unpack_from(buf, 8)
    (o.client_id, o.client_address) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = StartRecordingConf
    return o  # type: ignore[no-any-return]


def _encode_start_recording_conf(m: StartRecordingConf) -> bytes:
    name = "START_RECORDING_CONF"
    parts = [
        _w.pack_fixed(
            _S_START_RECORDING_CONF,
            _X_START_RECORDING_CONF,
            name,
            m.invoke_id,
            m.session_id,
            m.server_data,
        )
    ]
    if m.client_id is not None:
        part = _w.put(_w.STRING, 1, m.client_id, 64, _WIDE, name, "ClientID")
        parts.append(part)
    if m.client_address is not None:
        part = _w.put(_w.STRING, 81, m.client_address, 64, _WIDE, name, "ClientAddress")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(148, parts)


@value_class
class StopRecordingReq(GeneratedMessage):
    """Request to stop recording a call (forwarded by the CTI Server to the recording server applications).

    STOP_RECORDING_REQ, MessageType 149, both.
    From: Application Level Interfaces (v25), STOP_RECORDING_REQ Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 149
    MESSAGE_NAME: ClassVar[str] = "STOP_RECORDING_REQ"
    DIRECTION: ClassVar[str] = "both"
    __slots__ = (
        "invoke_id",
        "peripheral_id",
        "connection_call_id",
        "client_port",
        "session_id",
        "server_data",
        "connection_device_id_type",
        "direction",
        "connection_device_id",
        "client_id",
        "client_address",
        "agent_extension",
        "agent_id",
        "agent_instrument",
        "unknown_fields",
    )

    invoke_id: int
    peripheral_id: int
    connection_call_id: int
    client_port: int
    session_id: int
    server_data: int
    connection_device_id_type: ConnectionDeviceIDType | int
    direction: int
    connection_device_id: str
    client_id: str | None
    client_address: str | None
    agent_extension: str | None
    agent_id: str | None
    agent_instrument: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        connection_call_id: int = 0,
        client_port: int = 0,
        session_id: int = 0,
        server_data: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        direction: int = 0,
        connection_device_id: str,
        client_id: str | None = None,
        client_address: str | None = None,
        agent_extension: str | None = None,
        agent_id: str | None = None,
        agent_instrument: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "client_port", client_port)
        _set(self, "session_id", session_id)
        _set(self, "server_data", server_data)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "direction", direction)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "client_id", client_id)
        _set(self, "client_address", client_address)
        _set(self, "agent_extension", agent_extension)
        _set(self, "agent_id", agent_id)
        _set(self, "agent_instrument", agent_instrument)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_STOP_RECORDING_REQ: Final = _w.builder(StopRecordingReq)
_S_STOP_RECORDING_REQ: Final = struct.Struct(">IIIIIIHH")
_X_STOP_RECORDING_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionCallID", "I", 20),
    ("ClientPort", "I", 24),
    ("SessionID", "I", 28),
    ("ServerData", "I", 32),
    ("ConnectionDeviceIDType", "H", 34),
    ("Direction", "H", 36),
)
_T_STOP_RECORDING_REQ: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    1: (1, _w.STRING, False, "ClientID"),
    81: (2, _w.STRING, False, "ClientAddress"),
    4: (3, _w.STRING, False, "AgentExtension"),
    5: (4, _w.STRING, False, "AgentID"),
    6: (5, _w.STRING, False, "AgentInstrument"),
}
_FAST_STOP_RECORDING_REQ: Final = _fast_slots(
    {
        25: 0,
        1: 1,
        81: 2,
        4: 3,
        5: 4,
        6: 5,
    }
)


def _decode_stop_recording_req(buf: bytes, end: int) -> StopRecordingReq:
    if end < 36:
        raise _w.truncated("STOP_RECORDING_REQ", _X_STOP_RECORDING_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 6
    unknown: list[UnknownField] = []
    pos = 36
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_STOP_RECORDING_REQ.get(tag)
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
                _T_STOP_RECORDING_REQ,
                unknown,
                "STOP_RECORDING_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 36, end, _T_STOP_RECORDING_REQ, 6, "STOP_RECORDING_REQ", _HEAD)
    if vals[0] is None:
        raise _w.missing("STOP_RECORDING_REQ", "ConnectionDeviceID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_STOP_RECORDING_REQ()
    (
        o.invoke_id,
        o.peripheral_id,
        o.connection_call_id,
        o.client_port,
        o.session_id,
        o.server_data,
        f6,
        o.direction,
    ) = _S_STOP_RECORDING_REQ.unpack_from(buf, 8)
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f6]
    (
        o.connection_device_id,
        o.client_id,
        o.client_address,
        o.agent_extension,
        o.agent_id,
        o.agent_instrument,
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = StopRecordingReq
    return o  # type: ignore[no-any-return]


def _encode_stop_recording_req(m: StopRecordingReq) -> bytes:
    name = "STOP_RECORDING_REQ"
    parts = [
        _w.pack_fixed(
            _S_STOP_RECORDING_REQ,
            _X_STOP_RECORDING_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.connection_call_id,
            m.client_port,
            m.session_id,
            m.server_data,
            m.connection_device_id_type,
            m.direction,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    if m.client_id is not None:
        part = _w.put(_w.STRING, 1, m.client_id, 64, _WIDE, name, "ClientID")
        parts.append(part)
    if m.client_address is not None:
        part = _w.put(_w.STRING, 81, m.client_address, 64, _WIDE, name, "ClientAddress")
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(149, parts)


@value_class
class StopRecordingConf(GeneratedMessage):
    """Response to a previous STOP_RECORDING_REQ request.

    STOP_RECORDING_CONF, MessageType 150, both.
    From: Application Level Interfaces (v25), STOP_RECORDING_CONF Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 150
    MESSAGE_NAME: ClassVar[str] = "STOP_RECORDING_CONF"
    DIRECTION: ClassVar[str] = "both"
    __slots__ = ("invoke_id", "client_id", "client_address", "unknown_fields")

    invoke_id: int
    client_id: str | None
    client_address: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        client_id: str | None = None,
        client_address: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "client_id", client_id)
        _set(self, "client_address", client_address)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_STOP_RECORDING_CONF: Final = _w.builder(StopRecordingConf)
_S_STOP_RECORDING_CONF: Final = struct.Struct(">I")
_X_STOP_RECORDING_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_STOP_RECORDING_CONF: Final[_w.FieldTable] = {
    1: (0, _w.STRING, False, "ClientID"),
    81: (1, _w.STRING, False, "ClientAddress"),
}
_FAST_STOP_RECORDING_CONF: Final = _fast_slots(
    {
        1: 0,
        81: 1,
    }
)


def _decode_stop_recording_conf(buf: bytes, end: int) -> StopRecordingConf:
    if end < 12:
        raise _w.truncated("STOP_RECORDING_CONF", _X_STOP_RECORDING_CONF, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 12
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_STOP_RECORDING_CONF.get(tag)
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
                _T_STOP_RECORDING_CONF,
                unknown,
                "STOP_RECORDING_CONF",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 12, end, _T_STOP_RECORDING_CONF, 2, "STOP_RECORDING_CONF", _HEAD
        )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_STOP_RECORDING_CONF()
    (o.invoke_id,) = _S_STOP_RECORDING_CONF.unpack_from(buf, 8)
    (o.client_id, o.client_address) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = StopRecordingConf
    return o  # type: ignore[no-any-return]


def _encode_stop_recording_conf(m: StopRecordingConf) -> bytes:
    name = "STOP_RECORDING_CONF"
    parts = [
        _w.pack_fixed(
            _S_STOP_RECORDING_CONF,
            _X_STOP_RECORDING_CONF,
            name,
            m.invoke_id,
        )
    ]
    if m.client_id is not None:
        part = _w.put(_w.STRING, 1, m.client_id, 64, _WIDE, name, "ClientID")
        parts.append(part)
    if m.client_address is not None:
        part = _w.put(_w.STRING, 81, m.client_address, 64, _WIDE, name, "ClientAddress")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(150, parts)


@value_class
class ConfigRequestKeyEvent(GeneratedMessage):
    """Client asks for the current configuration keys (one per kind of configuration).

    CONFIG_REQUEST_KEY_EVENT, MessageType 230, client to server.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_REQUEST_KEY_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 230
    MESSAGE_NAME: ClassVar[str] = "CONFIG_REQUEST_KEY_EVENT"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("peripheral_id", "customer_id", "unknown_fields")

    peripheral_id: int
    customer_id: int | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        peripheral_id: int = 0,
        customer_id: int | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "customer_id", customer_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_REQUEST_KEY_EVENT: Final = _w.builder(ConfigRequestKeyEvent)
_S_CONFIG_REQUEST_KEY_EVENT: Final = struct.Struct(">I")
_X_CONFIG_REQUEST_KEY_EVENT: Final[_w.FixedFields] = (("PeripheralID", "I", 12),)
_T_CONFIG_REQUEST_KEY_EVENT: Final[_w.FieldTable] = {
    131: (0, _w.UINT, False, "CustomerID"),
}


def _decode_config_request_key_event(buf: bytes, end: int) -> ConfigRequestKeyEvent:
    if end < 12:
        raise _w.truncated("CONFIG_REQUEST_KEY_EVENT", _X_CONFIG_REQUEST_KEY_EVENT, end)
    vals, unknown = _w.scan(
        buf, 12, end, _T_CONFIG_REQUEST_KEY_EVENT, 1, "CONFIG_REQUEST_KEY_EVENT", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_REQUEST_KEY_EVENT()
    (o.peripheral_id,) = _S_CONFIG_REQUEST_KEY_EVENT.unpack_from(buf, 8)
    (o.customer_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigRequestKeyEvent
    return o  # type: ignore[no-any-return]


def _encode_config_request_key_event(m: ConfigRequestKeyEvent) -> bytes:
    name = "CONFIG_REQUEST_KEY_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CONFIG_REQUEST_KEY_EVENT,
            _X_CONFIG_REQUEST_KEY_EVENT,
            name,
            m.peripheral_id,
        )
    ]
    if m.customer_id is not None:
        part = _w.put(_w.UINT, 131, m.customer_id, 4, _WIDE, name, "CustomerID")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(230, parts)


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
        "unknown_fields",
    )

    config_key_status: ConfigKeyStatus | int
    service_config_key: bytes | None
    skill_group_config_key: bytes | None
    agent_config_key: bytes | None
    device_config_key: bytes | None
    call_type_config_key: bytes | None
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
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "config_key_status", config_key_status)
        _set(self, "service_config_key", service_config_key)
        _set(self, "skill_group_config_key", skill_group_config_key)
        _set(self, "agent_config_key", agent_config_key)
        _set(self, "device_config_key", device_config_key)
        _set(self, "call_type_config_key", call_type_config_key)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_KEY_EVENT: Final = _w.builder(ConfigKeyEvent)
_S_CONFIG_KEY_EVENT: Final = struct.Struct(">I")
_X_CONFIG_KEY_EVENT: Final[_w.FixedFields] = (("ConfigkeyStatus", "I", 12),)
_T_CONFIG_KEY_EVENT: Final[_w.FieldTable] = {
    177: (0, _w.UNSPEC, False, "ServiceConfigKey"),
    178: (1, _w.UNSPEC, False, "SkillGroupConfigKey"),
    179: (2, _w.UNSPEC, False, "AgentConfigKey"),
    180: (3, _w.UNSPEC, False, "DeviceConfigKey"),
    209: (4, _w.UNSPEC, False, "CallTypeConfigKey"),
}
_FAST_CONFIG_KEY_EVENT: Final = _fast_slots(
    {
        177: ~0,
        178: ~1,
        179: ~2,
        180: ~3,
        209: ~4,
    }
)


def _decode_config_key_event(buf: bytes, end: int) -> ConfigKeyEvent:
    if end < 12:
        raise _w.truncated("CONFIG_KEY_EVENT", _X_CONFIG_KEY_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 5
    unknown: list[UnknownField] = []
    pos = 12
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 12, end, _T_CONFIG_KEY_EVENT, 5, "CONFIG_KEY_EVENT", _HEAD)
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
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigKeyEvent
    return o  # type: ignore[no-any-return]


def _encode_config_key_event(m: ConfigKeyEvent) -> bytes:
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(231, parts)


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


def _encode_config_request_event(m: ConfigRequestEvent) -> bytes:
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
        "unknown_fields",
    )

    config_type: int
    config_information: ConfigEventMask | int
    service_config_key: bytes | None
    skill_group_config_key: bytes | None
    agent_config_key: bytes | None
    device_config_key: bytes | None
    call_type_config_key: bytes | None
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
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "config_type", config_type)
        _set(self, "config_information", config_information)
        _set(self, "service_config_key", service_config_key)
        _set(self, "skill_group_config_key", skill_group_config_key)
        _set(self, "agent_config_key", agent_config_key)
        _set(self, "device_config_key", device_config_key)
        _set(self, "call_type_config_key", call_type_config_key)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_BEGIN_EVENT: Final = _w.builder(ConfigBeginEvent)
_S_CONFIG_BEGIN_EVENT: Final = struct.Struct(">HI")
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
}
_FAST_CONFIG_BEGIN_EVENT: Final = _fast_slots(
    {
        177: ~0,
        178: ~1,
        179: ~2,
        180: ~3,
        209: ~4,
    }
)


def _decode_config_begin_event(buf: bytes, end: int) -> ConfigBeginEvent:
    if end < 14:
        raise _w.truncated("CONFIG_BEGIN_EVENT", _X_CONFIG_BEGIN_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 5
    unknown: list[UnknownField] = []
    pos = 14
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 14, end, _T_CONFIG_BEGIN_EVENT, 5, "CONFIG_BEGIN_EVENT", _HEAD)
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
    ) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigBeginEvent
    return o  # type: ignore[no-any-return]


def _encode_config_begin_event(m: ConfigBeginEvent) -> bytes:
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
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(233, parts)


@value_class
class ConfigEndEvent(GeneratedMessage):
    """End of a block of configuration data, or an error or empty answer to CONFIG_REQUEST_EVENT.

    CONFIG_END_EVENT, MessageType 234, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_END_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 234
    MESSAGE_NAME: ClassVar[str] = "CONFIG_END_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("config_end_status", "text", "unknown_fields")

    config_end_status: ConfigEndStatus | int
    text: str | None
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        config_end_status: ConfigEndStatus | int = 0,
        text: str | None = None,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "config_end_status", config_end_status)
        _set(self, "text", text)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_END_EVENT: Final = _w.builder(ConfigEndEvent)
_S_CONFIG_END_EVENT: Final = struct.Struct(">I")
_X_CONFIG_END_EVENT: Final[_w.FixedFields] = (("ConfigEndStatus", "I", 12),)
_T_CONFIG_END_EVENT: Final[_w.FieldTable] = {
    7: (0, _w.STRING, False, "Text"),
}
_FAST_CONFIG_END_EVENT: Final = _fast_slots(
    {
        7: 0,
    }
)


def _decode_config_end_event(buf: bytes, end: int) -> ConfigEndEvent:
    if end < 12:
        raise _w.truncated("CONFIG_END_EVENT", _X_CONFIG_END_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 12
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_CONFIG_END_EVENT.get(tag)
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
                _T_CONFIG_END_EVENT,
                unknown,
                "CONFIG_END_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(buf, 12, end, _T_CONFIG_END_EVENT, 1, "CONFIG_END_EVENT", _HEAD)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_END_EVENT()
    (f0,) = _S_CONFIG_END_EVENT.unpack_from(buf, 8)
    o.config_end_status = _enum_ConfigEndStatus[f0]
    (o.text,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigEndEvent
    return o  # type: ignore[no-any-return]


def _encode_config_end_event(m: ConfigEndEvent) -> bytes:
    name = "CONFIG_END_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CONFIG_END_EVENT,
            _X_CONFIG_END_EVENT,
            name,
            m.config_end_status,
        )
    ]
    if m.text is not None:
        part = _w.put(_w.STRING, 7, m.text, 255, _WIDE, name, "Text")
        parts.append(part)
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(234, parts)


@value_class
class ConfigServiceEvent(GeneratedMessage):
    """Service configuration records (add, change or delete).

    CONFIG_SERVICE_EVENT, MessageType 235, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_SERVICE_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 235
    MESSAGE_NAME: ClassVar[str] = "CONFIG_SERVICE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("records", "unknown_fields")
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = (
        "records",
        "peripheral_number",
        "old_peripheral_number",
    )
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "records": ConfigServiceRecord,
    }

    records: tuple[ConfigServiceRecord, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        records: tuple[ConfigServiceRecord, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "records", records)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_SERVICE_EVENT: Final = _w.builder(ConfigServiceEvent)
_S_CONFIG_SERVICE_EVENT: Final = struct.Struct(">H")
_X_CONFIG_SERVICE_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_SERVICE_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_SERVICE_EVENT: Final[_w.FieldTable] = {
    183: (0, _w.USHORT, False, "RecordType"),
    208: (1, _w.UINT, False, "FltPeripheralID"),
    184: (2, _w.UINT, False, "PeripheralNumber"),
    213: (3, _w.UINT, False, "OldPeripheralNumber"),
    129: (4, _w.UINT, False, "MaxQueued"),
    173: (5, _w.STRING, False, "Extension"),
    132: (6, _w.UINT, False, "ServiceSkillTargetID"),
    133: (7, _w.STRING, False, "PeripheralName"),
    134: (8, _w.STRING, False, "Description"),
    174: (9, _w.UINT, False, "ServiceLevelThreshold"),
    175: (10, _w.UINT, False, "ServiceLevelType"),
    176: (11, _w.STRING, False, "ConfigParam"),
    216: (12, _w.UINT, False, "FltMRDomainID"),
    186: (13, _w.USHORT, False, "NumServiceMembers"),
    187: (14, _w.UINT, True, "ServiceMember"),
    188: (15, _w.USHORT, True, "ServicePriority"),
}


def _record_config_service_event(r: list[Any], end: int) -> ConfigServiceRecord:
    """One record of CONFIG_SERVICE_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "RecordType", end)
    if r[1] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "FltPeripheralID", end)
    if r[2] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "PeripheralNumber", end)
    if r[4] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "MaxQueued", end)
    if r[6] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "ServiceSkillTargetID", end)
    if r[7] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "PeripheralName", end)
    if r[8] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "Description", end)
    if r[9] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "ServiceLevelThreshold", end)
    if r[10] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "ServiceLevelType", end)
    if r[11] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "ConfigParam", end)
    if r[12] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "FltMRDomainID", end)
    if r[13] is None:
        raise _w.missing("CONFIG_SERVICE_EVENT", "NumServiceMembers", end)
    if len(r[14] or ()) != (r[13] or 0):
        raise _w.group_mismatch(
            "CONFIG_SERVICE_EVENT",
            "ServiceMember",
            "NumServiceMembers",
            r[13] or 0,
            {"ServiceMember": len(r[14] or ())},
            end,
        )
    if len(r[15] or ()) != (r[13] or 0):
        raise _w.group_mismatch(
            "CONFIG_SERVICE_EVENT",
            "ServicePriority",
            "NumServiceMembers",
            r[13] or 0,
            {"ServicePriority": len(r[15] or ())},
            end,
        )
    return _new_ConfigServiceRecord(
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
        tuple(r[14] or ()),
        tuple(r[15] or ()),
    )


def _decode_config_service_event(buf: bytes, end: int) -> ConfigServiceEvent:
    if end < 10:
        raise _w.truncated("CONFIG_SERVICE_EVENT", _X_CONFIG_SERVICE_EVENT, end)
    _, unknown, records = _w.scan_records(
        buf,
        10,
        end,
        _T_CONFIG_SERVICE_EVENT,
        0,
        _TR_CONFIG_SERVICE_EVENT,
        16,
        "CONFIG_SERVICE_EVENT",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_SERVICE_EVENT()
    (f0,) = _S_CONFIG_SERVICE_EVENT.unpack_from(buf, 8)
    count = f0
    if len(records) != count:
        raise _w.group_mismatch(
            "CONFIG_SERVICE_EVENT",
            "Records",
            "NumRecords",
            count,
            {"RecordType": len(records)},
            end,
        )
    o.records = tuple([_record_config_service_event(r, end) for r in records])
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigServiceEvent
    return o  # type: ignore[no-any-return]


def _encode_config_service_event(m: ConfigServiceEvent) -> bytes:
    name = "CONFIG_SERVICE_EVENT"
    records = _w.check_group(m.records, ConfigServiceRecord, 10, name, "Records")
    parts = [
        _w.pack_fixed(
            _S_CONFIG_SERVICE_EVENT,
            _X_CONFIG_SERVICE_EVENT,
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
        parts.append(_w.put(_w.UINT, 129, entry.max_queued, 4, _WIDE, name, "MaxQueued"))
        if entry.extension is not None:
            parts.append(_w.put(_w.STRING, 173, entry.extension, 16, _WIDE, name, "Extension"))
        parts.append(
            _w.put(
                _w.UINT, 132, entry.service_skill_target_id, 4, _WIDE, name, "ServiceSkillTargetID"
            )
        )
        parts.append(
            _w.put(_w.STRING, 133, entry.peripheral_name, 64, _WIDE, name, "PeripheralName")
        )
        parts.append(_w.put(_w.STRING, 134, entry.description, 128, _WIDE, name, "Description"))
        parts.append(
            _w.put(
                _w.UINT, 174, entry.service_level_threshold, 4, _WIDE, name, "ServiceLevelThreshold"
            )
        )
        parts.append(
            _w.put(_w.UINT, 175, entry.service_level_type, 4, _WIDE, name, "ServiceLevelType")
        )
        parts.append(_w.put(_w.STRING, 176, entry.config_param, 255, _WIDE, name, "ConfigParam"))
        parts.append(_w.put(_w.UINT, 216, entry.flt_mr_domain_id, 4, _WIDE, name, "FltMRDomainID"))
        count = _w.count_of(
            (
                entry.service_member,
                entry.service_priority,
            ),
            name,
            "NumServiceMembers",
        )
        parts.append(_w.put(_w.USHORT, 186, count, 2, _WIDE, name, "NumServiceMembers"))
        for value in _w.values(entry.service_member, 10, name, "ServiceMember"):
            parts.append(_w.put(_w.UINT, 187, value, 4, _WIDE, name, "ServiceMember"))
        for value in _w.values(entry.service_priority, 10, name, "ServicePriority"):
            parts.append(_w.put(_w.USHORT, 188, value, 2, _WIDE, name, "ServicePriority"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(235, parts)


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
    176: (11, _w.STRING, False, "ConfigParam"),
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
        12,
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


def _encode_config_skill_group_event(m: ConfigSkillGroupEvent) -> bytes:
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
        parts.append(_w.put(_w.STRING, 176, entry.config_param, 255, _WIDE, name, "ConfigParam"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(236, parts)


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
_X_CONFIG_AGENT_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_AGENT_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_AGENT_EVENT: Final[_w.FieldTable] = {
    183: (0, _w.USHORT, False, "RecordType"),
    208: (1, _w.UINT, False, "FltPeripheralID"),
    189: (2, _w.USHORT, False, "AgentType"),
    190: (3, _w.STRING, False, "LoginID"),
    214: (4, _w.STRING, False, "OldLoginID"),
    207: (5, _w.STRING, False, "LoginName"),
    138: (6, _w.STRING, False, "LastName"),
    137: (7, _w.STRING, False, "FirstName"),
    173: (8, _w.STRING, False, "Extension"),
    134: (9, _w.STRING, False, "Description"),
    141: (10, _w.UINT, False, "AgentSkillTargetID"),
    191: (11, _w.USHORT, False, "NumSkills"),
    257: (12, _w.USHORT, False, "SSOEnabled"),
    62: (13, _w.UINT, True, "FltSkillGroupNumber"),
    64: (14, _w.USHORT, True, "FltSkillGroupPriority"),
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
        raise _w.missing("CONFIG_AGENT_EVENT", "LoginID", end)
    if r[5] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "LoginName", end)
    if r[6] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "LastName", end)
    if r[7] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "FirstName", end)
    if r[8] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "Extension", end)
    if r[9] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "Description", end)
    if r[10] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "AgentSkillTargetID", end)
    if r[11] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "NumSkills", end)
    if r[12] is None:
        raise _w.missing("CONFIG_AGENT_EVENT", "SSOEnabled", end)
    if len(r[13] or ()) != (r[11] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT",
            "FltSkillGroupNumber",
            "NumSkills",
            r[11] or 0,
            {"FltSkillGroupNumber": len(r[13] or ())},
            end,
        )
    if len(r[14] or ()) != (r[11] or 0):
        raise _w.group_mismatch(
            "CONFIG_AGENT_EVENT",
            "FltSkillGroupPriority",
            "NumSkills",
            r[11] or 0,
            {"FltSkillGroupPriority": len(r[14] or ())},
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
        r[12],
        tuple(r[13] or ()),
        tuple(r[14] or ()),
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
        15,
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


def _encode_config_agent_event(m: ConfigAgentEvent) -> bytes:
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
        for value in _w.values(entry.flt_skill_group_number, 100, name, "FltSkillGroupNumber"):
            parts.append(_w.put(_w.UINT, 62, value, 4, _WIDE, name, "FltSkillGroupNumber"))
        for value in _w.values(entry.flt_skill_group_priority, 100, name, "FltSkillGroupPriority"):
            parts.append(_w.put(_w.USHORT, 64, value, 2, _WIDE, name, "FltSkillGroupPriority"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(237, parts)


@value_class
class ConfigDeviceEvent(GeneratedMessage):
    """Device configuration records (services, skill groups, agent phones, route points, CTI ports, ...).

    CONFIG_DEVICE_EVENT, MessageType 238, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_DEVICE_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 238
    MESSAGE_NAME: ClassVar[str] = "CONFIG_DEVICE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("records", "unknown_fields")
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = ("records", "peripheral_number", None)
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "records": ConfigDeviceRecord,
    }

    records: tuple[ConfigDeviceRecord, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        records: tuple[ConfigDeviceRecord, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "records", records)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_DEVICE_EVENT: Final = _w.builder(ConfigDeviceEvent)
_S_CONFIG_DEVICE_EVENT: Final = struct.Struct(">H")
_X_CONFIG_DEVICE_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_DEVICE_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_DEVICE_EVENT: Final[_w.FieldTable] = {
    183: (0, _w.USHORT, False, "RecordType"),
    208: (1, _w.UINT, False, "FltPeripheralID"),
    184: (2, _w.UINT, False, "PeripheralNumber"),
    195: (3, _w.USHORT, False, "DeviceType"),
    129: (4, _w.UINT, False, "MaxQueued"),
    193: (5, _w.UINT, False, "FltServiceID"),
    11: (6, _w.STRING, False, "DialedNumber"),
    10: (7, _w.STRING, False, "DNIS"),
    173: (8, _w.STRING, False, "Extension"),
    134: (9, _w.STRING, False, "Description"),
}


def _record_config_device_event(r: list[Any], end: int) -> ConfigDeviceRecord:
    """One record of CONFIG_DEVICE_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_DEVICE_EVENT", "RecordType", end)
    if r[1] is None:
        raise _w.missing("CONFIG_DEVICE_EVENT", "FltPeripheralID", end)
    if r[2] is None:
        raise _w.missing("CONFIG_DEVICE_EVENT", "PeripheralNumber", end)
    if r[3] is None:
        raise _w.missing("CONFIG_DEVICE_EVENT", "DeviceType", end)
    if r[4] is None:
        raise _w.missing("CONFIG_DEVICE_EVENT", "MaxQueued", end)
    if r[6] is None:
        raise _w.missing("CONFIG_DEVICE_EVENT", "DialedNumber", end)
    if r[7] is None:
        raise _w.missing("CONFIG_DEVICE_EVENT", "DNIS", end)
    if r[9] is None:
        raise _w.missing("CONFIG_DEVICE_EVENT", "Description", end)
    return _new_ConfigDeviceRecord(
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
    )


def _decode_config_device_event(buf: bytes, end: int) -> ConfigDeviceEvent:
    if end < 10:
        raise _w.truncated("CONFIG_DEVICE_EVENT", _X_CONFIG_DEVICE_EVENT, end)
    _, unknown, records = _w.scan_records(
        buf,
        10,
        end,
        _T_CONFIG_DEVICE_EVENT,
        0,
        _TR_CONFIG_DEVICE_EVENT,
        10,
        "CONFIG_DEVICE_EVENT",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_DEVICE_EVENT()
    (f0,) = _S_CONFIG_DEVICE_EVENT.unpack_from(buf, 8)
    count = f0
    if len(records) != count:
        raise _w.group_mismatch(
            "CONFIG_DEVICE_EVENT", "Records", "NumRecords", count, {"RecordType": len(records)}, end
        )
    o.records = tuple([_record_config_device_event(r, end) for r in records])
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigDeviceEvent
    return o  # type: ignore[no-any-return]


def _encode_config_device_event(m: ConfigDeviceEvent) -> bytes:
    name = "CONFIG_DEVICE_EVENT"
    records = _w.check_group(m.records, ConfigDeviceRecord, 10, name, "Records")
    parts = [
        _w.pack_fixed(
            _S_CONFIG_DEVICE_EVENT,
            _X_CONFIG_DEVICE_EVENT,
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
        parts.append(_w.put(_w.USHORT, 195, entry.device_type, 2, _WIDE, name, "DeviceType"))
        parts.append(_w.put(_w.UINT, 129, entry.max_queued, 4, _WIDE, name, "MaxQueued"))
        if entry.flt_service_id is not None:
            parts.append(_w.put(_w.UINT, 193, entry.flt_service_id, 4, _WIDE, name, "FltServiceID"))
        parts.append(_w.put(_w.STRING, 11, entry.dialed_number, 40, _WIDE, name, "DialedNumber"))
        parts.append(_w.put(_w.STRING, 10, entry.dnis, 32, _WIDE, name, "DNIS"))
        if entry.extension is not None:
            parts.append(_w.put(_w.STRING, 173, entry.extension, 16, _WIDE, name, "Extension"))
        parts.append(_w.put(_w.STRING, 134, entry.description, 128, _WIDE, name, "Description"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(238, parts)


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
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
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
    except (IndexError, UnicodeDecodeError):
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


def _encode_call_attribute_change_event(m: CallAttributeChangeEvent) -> bytes:
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


@value_class
class ConfigCallTypeEvent(GeneratedMessage):
    """Call type configuration records (add, change or delete).

    CONFIG_CALL_TYPE_EVENT, MessageType 245, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_CALL_TYPE_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 245
    MESSAGE_NAME: ClassVar[str] = "CONFIG_CALL_TYPE_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("records", "unknown_fields")
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = ("records", "flt_call_type_id", None)
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "records": ConfigCallTypeRecord,
    }

    records: tuple[ConfigCallTypeRecord, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        records: tuple[ConfigCallTypeRecord, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "records", records)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_CALL_TYPE_EVENT: Final = _w.builder(ConfigCallTypeEvent)
_S_CONFIG_CALL_TYPE_EVENT: Final = struct.Struct(">H")
_X_CONFIG_CALL_TYPE_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_CALL_TYPE_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_CALL_TYPE_EVENT: Final[_w.FieldTable] = {
    183: (0, _w.USHORT, False, "RecordType"),
    210: (1, _w.UINT, False, "FltCallTypeID"),
    211: (2, _w.UINT, False, "CustomerDefinitionID"),
    212: (3, _w.STRING, False, "EnterpriseName"),
    134: (4, _w.STRING, False, "Description"),
    174: (5, _w.UINT, False, "ServiceLevelThreshold"),
    175: (6, _w.UINT, False, "ServiceLevelType"),
}


def _record_config_call_type_event(r: list[Any], end: int) -> ConfigCallTypeRecord:
    """One record of CONFIG_CALL_TYPE_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_CALL_TYPE_EVENT", "RecordType", end)
    if r[1] is None:
        raise _w.missing("CONFIG_CALL_TYPE_EVENT", "FltCallTypeID", end)
    if r[2] is None:
        raise _w.missing("CONFIG_CALL_TYPE_EVENT", "CustomerDefinitionID", end)
    if r[3] is None:
        raise _w.missing("CONFIG_CALL_TYPE_EVENT", "EnterpriseName", end)
    if r[4] is None:
        raise _w.missing("CONFIG_CALL_TYPE_EVENT", "Description", end)
    if r[5] is None:
        raise _w.missing("CONFIG_CALL_TYPE_EVENT", "ServiceLevelThreshold", end)
    if r[6] is None:
        raise _w.missing("CONFIG_CALL_TYPE_EVENT", "ServiceLevelType", end)
    return _new_ConfigCallTypeRecord(
        _enum_ConfigRecordType[r[0]],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
    )


def _decode_config_call_type_event(buf: bytes, end: int) -> ConfigCallTypeEvent:
    if end < 10:
        raise _w.truncated("CONFIG_CALL_TYPE_EVENT", _X_CONFIG_CALL_TYPE_EVENT, end)
    _, unknown, records = _w.scan_records(
        buf,
        10,
        end,
        _T_CONFIG_CALL_TYPE_EVENT,
        0,
        _TR_CONFIG_CALL_TYPE_EVENT,
        7,
        "CONFIG_CALL_TYPE_EVENT",
        _HEAD,
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_CALL_TYPE_EVENT()
    (f0,) = _S_CONFIG_CALL_TYPE_EVENT.unpack_from(buf, 8)
    count = f0
    if len(records) != count:
        raise _w.group_mismatch(
            "CONFIG_CALL_TYPE_EVENT",
            "Records",
            "NumRecords",
            count,
            {"RecordType": len(records)},
            end,
        )
    o.records = tuple([_record_config_call_type_event(r, end) for r in records])
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigCallTypeEvent
    return o  # type: ignore[no-any-return]


def _encode_config_call_type_event(m: ConfigCallTypeEvent) -> bytes:
    name = "CONFIG_CALL_TYPE_EVENT"
    records = _w.check_group(m.records, ConfigCallTypeRecord, 10, name, "Records")
    parts = [
        _w.pack_fixed(
            _S_CONFIG_CALL_TYPE_EVENT,
            _X_CONFIG_CALL_TYPE_EVENT,
            name,
            len(records),
        )
    ]
    for entry in records:
        parts.append(_w.put(_w.USHORT, 183, entry.record_type, 2, _WIDE, name, "RecordType"))
        parts.append(_w.put(_w.UINT, 210, entry.flt_call_type_id, 4, _WIDE, name, "FltCallTypeID"))
        parts.append(
            _w.put(
                _w.UINT, 211, entry.customer_definition_id, 4, _WIDE, name, "CustomerDefinitionID"
            )
        )
        parts.append(
            _w.put(_w.STRING, 212, entry.enterprise_name, 32, _WIDE, name, "EnterpriseName")
        )
        parts.append(_w.put(_w.STRING, 134, entry.description, 128, _WIDE, name, "Description"))
        parts.append(
            _w.put(
                _w.UINT, 174, entry.service_level_threshold, 4, _WIDE, name, "ServiceLevelThreshold"
            )
        )
        parts.append(
            _w.put(_w.UINT, 175, entry.service_level_type, 4, _WIDE, name, "ServiceLevelType")
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(245, parts)


@value_class
class CallAgentGreetingEvent(GeneratedMessage):
    """Tells whether the agent greeting has started, ended or failed after an Agent Greeting request.

    CALL_AGENT_GREETING_EVENT, MessageType 248, server to client.
    From: Application Level Interfaces (v25), CALL_AGENT_GREETING_EVENT Message Format.
    """

    MESSAGE_TYPE: ClassVar[int] = 248
    MESSAGE_NAME: ClassVar[str] = "CALL_AGENT_GREETING_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = (
        "monitor_id",
        "peripheral_id",
        "connection_device_id_type",
        "connection_call_id",
        "event_code",
        "peripheral_error_code",
        "connection_device_id",
        "agent_id",
        "unknown_fields",
    )

    monitor_id: int
    peripheral_id: int
    connection_device_id_type: ConnectionDeviceIDType | int
    connection_call_id: int
    event_code: int
    peripheral_error_code: int
    connection_device_id: str
    agent_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        monitor_id: int = 0,
        peripheral_id: int = 0,
        connection_device_id_type: ConnectionDeviceIDType | int = 0,
        connection_call_id: int = 0,
        event_code: int = 0,
        peripheral_error_code: int = 0,
        connection_device_id: str,
        agent_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "monitor_id", monitor_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "connection_device_id_type", connection_device_id_type)
        _set(self, "connection_call_id", connection_call_id)
        _set(self, "event_code", event_code)
        _set(self, "peripheral_error_code", peripheral_error_code)
        _set(self, "connection_device_id", connection_device_id)
        _set(self, "agent_id", agent_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CALL_AGENT_GREETING_EVENT: Final = _w.builder(CallAgentGreetingEvent)
_S_CALL_AGENT_GREETING_EVENT: Final = struct.Struct(">IIHIHI")
_X_CALL_AGENT_GREETING_EVENT: Final[_w.FixedFields] = (
    ("MonitorID", "I", 12),
    ("PeripheralID", "I", 16),
    ("ConnectionDeviceIDType", "H", 18),
    ("ConnectionCallID", "I", 22),
    ("EventCode", "H", 24),
    ("PeripheralErrorCode", "I", 28),
)
_T_CALL_AGENT_GREETING_EVENT: Final[_w.FieldTable] = {
    25: (0, _w.STRING, False, "ConnectionDeviceID"),
    5: (1, _w.STRING, False, "AgentID"),
}
_FAST_CALL_AGENT_GREETING_EVENT: Final = _fast_slots(
    {
        25: 0,
        5: 1,
    }
)


def _decode_call_agent_greeting_event(buf: bytes, end: int) -> CallAgentGreetingEvent:
    if end < 28:
        raise _w.truncated("CALL_AGENT_GREETING_EVENT", _X_CALL_AGENT_GREETING_EVENT, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 2
    unknown: list[UnknownField] = []
    pos = 28
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_CALL_AGENT_GREETING_EVENT.get(tag)
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
                _T_CALL_AGENT_GREETING_EVENT,
                unknown,
                "CALL_AGENT_GREETING_EVENT",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 28, end, _T_CALL_AGENT_GREETING_EVENT, 2, "CALL_AGENT_GREETING_EVENT", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("CALL_AGENT_GREETING_EVENT", "ConnectionDeviceID", end)
    if vals[1] is None:
        raise _w.missing("CALL_AGENT_GREETING_EVENT", "AgentID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CALL_AGENT_GREETING_EVENT()
    (
        o.monitor_id,
        o.peripheral_id,
        f2,
        o.connection_call_id,
        o.event_code,
        o.peripheral_error_code,
    ) = _S_CALL_AGENT_GREETING_EVENT.unpack_from(buf, 8)
    o.connection_device_id_type = _enum_ConnectionDeviceIDType[f2]
    (o.connection_device_id, o.agent_id) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = CallAgentGreetingEvent
    return o  # type: ignore[no-any-return]


def _encode_call_agent_greeting_event(m: CallAgentGreetingEvent) -> bytes:
    name = "CALL_AGENT_GREETING_EVENT"
    parts = [
        _w.pack_fixed(
            _S_CALL_AGENT_GREETING_EVENT,
            _X_CALL_AGENT_GREETING_EVENT,
            name,
            m.monitor_id,
            m.peripheral_id,
            m.connection_device_id_type,
            m.connection_call_id,
            m.event_code,
            m.peripheral_error_code,
        )
    ]
    parts.append(
        _w.put(_w.STRING, 25, m.connection_device_id, 64, _WIDE, name, "ConnectionDeviceID")
    )
    parts.append(_w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(248, parts)


@value_class
class AgentGreetingControlReq(GeneratedMessage):
    """Stop the agent greeting that is playing, or disable/enable Agent Greeting for this login session.

    AGENT_GREETING_CONTROL_REQ, MessageType 249, client to server.
    From: Application Level Interfaces (v25), Client Control Service, AGENT_GREETING_CONTROL_REQ message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 249
    MESSAGE_NAME: ClassVar[str] = "AGENT_GREETING_CONTROL_REQ"
    DIRECTION: ClassVar[str] = "client_to_server"
    __slots__ = ("invoke_id", "peripheral_id", "agent_action", "agent_id", "unknown_fields")

    invoke_id: int
    peripheral_id: int
    agent_action: int
    agent_id: str
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        invoke_id: int = 0,
        peripheral_id: int = 0,
        agent_action: int = 0,
        agent_id: str,
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "invoke_id", invoke_id)
        _set(self, "peripheral_id", peripheral_id)
        _set(self, "agent_action", agent_action)
        _set(self, "agent_id", agent_id)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_AGENT_GREETING_CONTROL_REQ: Final = _w.builder(AgentGreetingControlReq)
_S_AGENT_GREETING_CONTROL_REQ: Final = struct.Struct(">IIH")
_X_AGENT_GREETING_CONTROL_REQ: Final[_w.FixedFields] = (
    ("InvokeID", "I", 12),
    ("PeripheralID", "I", 16),
    ("AgentAction", "H", 18),
)
_T_AGENT_GREETING_CONTROL_REQ: Final[_w.FieldTable] = {
    5: (0, _w.STRING, False, "AgentID"),
}
_FAST_AGENT_GREETING_CONTROL_REQ: Final = _fast_slots(
    {
        5: 0,
    }
)


def _decode_agent_greeting_control_req(buf: bytes, end: int) -> AgentGreetingControlReq:
    if end < 18:
        raise _w.truncated("AGENT_GREETING_CONTROL_REQ", _X_AGENT_GREETING_CONTROL_REQ, end)
    # The floating part, optimistically (see "How the decoders read" at the top).
    vals: list[Any] = [None] * 1
    unknown: list[UnknownField] = []
    pos = 18
    try:
        while pos < end:
            tag = (buf[pos] << 8) | buf[pos + 1]
            start = pos + 4
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
            slot = _FAST_AGENT_GREETING_CONTROL_REQ.get(tag)
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
                _T_AGENT_GREETING_CONTROL_REQ,
                unknown,
                "AGENT_GREETING_CONTROL_REQ",
            )
            pos = stop
    except (IndexError, UnicodeDecodeError):
        vals, unknown = _w.scan(
            buf, 18, end, _T_AGENT_GREETING_CONTROL_REQ, 1, "AGENT_GREETING_CONTROL_REQ", _HEAD
        )
    if vals[0] is None:
        raise _w.missing("AGENT_GREETING_CONTROL_REQ", "AgentID", end)
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_AGENT_GREETING_CONTROL_REQ()
    (o.invoke_id, o.peripheral_id, o.agent_action) = _S_AGENT_GREETING_CONTROL_REQ.unpack_from(
        buf, 8
    )
    (o.agent_id,) = vals
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AgentGreetingControlReq
    return o  # type: ignore[no-any-return]


def _encode_agent_greeting_control_req(m: AgentGreetingControlReq) -> bytes:
    name = "AGENT_GREETING_CONTROL_REQ"
    parts = [
        _w.pack_fixed(
            _S_AGENT_GREETING_CONTROL_REQ,
            _X_AGENT_GREETING_CONTROL_REQ,
            name,
            m.invoke_id,
            m.peripheral_id,
            m.agent_action,
        )
    ]
    parts.append(_w.put(_w.STRING, 5, m.agent_id, 12, _WIDE, name, "AgentID"))
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(249, parts)


@value_class
class AgentGreetingControlConf(GeneratedMessage):
    """Confirmation of AGENT_GREETING_CONTROL_REQ.

    AGENT_GREETING_CONTROL_CONF, MessageType 250, server to client.
    From: Application Level Interfaces (v25), Client Control Service, AGENT_GREETING_CONTROL_CONF message format.
    """

    MESSAGE_TYPE: ClassVar[int] = 250
    MESSAGE_NAME: ClassVar[str] = "AGENT_GREETING_CONTROL_CONF"
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


_B_AGENT_GREETING_CONTROL_CONF: Final = _w.builder(AgentGreetingControlConf)
_S_AGENT_GREETING_CONTROL_CONF: Final = struct.Struct(">I")
_X_AGENT_GREETING_CONTROL_CONF: Final[_w.FixedFields] = (("InvokeID", "I", 12),)
_T_AGENT_GREETING_CONTROL_CONF: Final[_w.FieldTable] = {}


def _decode_agent_greeting_control_conf(buf: bytes, end: int) -> AgentGreetingControlConf:
    if end < 12:
        raise _w.truncated("AGENT_GREETING_CONTROL_CONF", _X_AGENT_GREETING_CONTROL_CONF, end)
    _, unknown = _w.scan(
        buf, 12, end, _T_AGENT_GREETING_CONTROL_CONF, 0, "AGENT_GREETING_CONTROL_CONF", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_AGENT_GREETING_CONTROL_CONF()
    (o.invoke_id,) = _S_AGENT_GREETING_CONTROL_CONF.unpack_from(buf, 8)
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = AgentGreetingControlConf
    return o  # type: ignore[no-any-return]


def _encode_agent_greeting_control_conf(m: AgentGreetingControlConf) -> bytes:
    name = "AGENT_GREETING_CONTROL_CONF"
    parts = [
        _w.pack_fixed(
            _S_AGENT_GREETING_CONTROL_CONF,
            _X_AGENT_GREETING_CONTROL_CONF,
            name,
            m.invoke_id,
        )
    ]
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(250, parts)


@value_class
class ConfigMrdEvent(GeneratedMessage):
    """Media Routing Domain configuration records (add, change or delete).

    CONFIG_MRD_EVENT, MessageType 254, server to client.
    From: Application Level Interfaces (v25), Configuration Acquisition Messages, CONFIG_MRD_EVENT.
    """

    MESSAGE_TYPE: ClassVar[int] = 254
    MESSAGE_NAME: ClassVar[str] = "CONFIG_MRD_EVENT"
    DIRECTION: ClassVar[str] = "server_to_client"
    __slots__ = ("records", "unknown_fields")
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = ("records", "flt_mr_domain_id", None)
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {
        "records": ConfigMrdRecord,
    }

    records: tuple[ConfigMrdRecord, ...]
    unknown_fields: tuple[UnknownField, ...]

    def __init__(
        self,
        *,
        records: tuple[ConfigMrdRecord, ...] = (),
        unknown_fields: tuple[UnknownField, ...] = (),
    ) -> None:
        _set(self, "records", records)
        _set(self, "unknown_fields", unknown_fields)
        _set(self, "_frame", None)


_B_CONFIG_MRD_EVENT: Final = _w.builder(ConfigMrdEvent)
_S_CONFIG_MRD_EVENT: Final = struct.Struct(">H")
_X_CONFIG_MRD_EVENT: Final[_w.FixedFields] = (("NumRecords", "H", 10),)
_T_CONFIG_MRD_EVENT: Final[_w.FieldTable] = {}
_TR_CONFIG_MRD_EVENT: Final[_w.FieldTable] = {
    183: (0, _w.USHORT, False, "RecordType"),
    216: (1, _w.UINT, False, "FltMRDomainID"),
    212: (2, _w.STRING, False, "FltEnterpriseName"),
    134: (3, _w.STRING, False, "FltDescription"),
    250: (4, _w.UINT, False, "FltMaxTaskDuration"),
    251: (5, _w.BOOL, False, "FltInterruptible"),
}


def _record_config_mrd_event(r: list[Any], end: int) -> ConfigMrdRecord:
    """One record of CONFIG_MRD_EVENT: checked, converted, built."""
    if r[0] is None:
        raise _w.missing("CONFIG_MRD_EVENT", "RecordType", end)
    if r[1] is None:
        raise _w.missing("CONFIG_MRD_EVENT", "FltMRDomainID", end)
    if r[2] is None:
        raise _w.missing("CONFIG_MRD_EVENT", "FltEnterpriseName", end)
    if r[3] is None:
        raise _w.missing("CONFIG_MRD_EVENT", "FltDescription", end)
    if r[4] is None:
        raise _w.missing("CONFIG_MRD_EVENT", "FltMaxTaskDuration", end)
    if r[5] is None:
        raise _w.missing("CONFIG_MRD_EVENT", "FltInterruptible", end)
    return _new_ConfigMrdRecord(
        _enum_ConfigRecordType[r[0]],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
    )


def _decode_config_mrd_event(buf: bytes, end: int) -> ConfigMrdEvent:
    if end < 10:
        raise _w.truncated("CONFIG_MRD_EVENT", _X_CONFIG_MRD_EVENT, end)
    _, unknown, records = _w.scan_records(
        buf, 10, end, _T_CONFIG_MRD_EVENT, 0, _TR_CONFIG_MRD_EVENT, 6, "CONFIG_MRD_EVENT", _HEAD
    )
    # Fields go straight into a mutable twin of the class, which becomes the class itself at the
    # end (see _w.builder): the class's own __init__ is several times slower.
    o: Any = _B_CONFIG_MRD_EVENT()
    (f0,) = _S_CONFIG_MRD_EVENT.unpack_from(buf, 8)
    count = f0
    if len(records) != count:
        raise _w.group_mismatch(
            "CONFIG_MRD_EVENT", "Records", "NumRecords", count, {"RecordType": len(records)}, end
        )
    o.records = tuple([_record_config_mrd_event(r, end) for r in records])
    o.unknown_fields = tuple(unknown) if unknown else ()
    o._frame = buf
    o.__class__ = ConfigMrdEvent
    return o  # type: ignore[no-any-return]


def _encode_config_mrd_event(m: ConfigMrdEvent) -> bytes:
    name = "CONFIG_MRD_EVENT"
    records = _w.check_group(m.records, ConfigMrdRecord, 10, name, "Records")
    parts = [
        _w.pack_fixed(
            _S_CONFIG_MRD_EVENT,
            _X_CONFIG_MRD_EVENT,
            name,
            len(records),
        )
    ]
    for entry in records:
        parts.append(_w.put(_w.USHORT, 183, entry.record_type, 2, _WIDE, name, "RecordType"))
        parts.append(_w.put(_w.UINT, 216, entry.flt_mr_domain_id, 4, _WIDE, name, "FltMRDomainID"))
        parts.append(
            _w.put(_w.STRING, 212, entry.flt_enterprise_name, 32, _WIDE, name, "FltEnterpriseName")
        )
        parts.append(
            _w.put(_w.STRING, 134, entry.flt_description, 128, _WIDE, name, "FltDescription")
        )
        parts.append(
            _w.put(_w.UINT, 250, entry.flt_max_task_duration, 4, _WIDE, name, "FltMaxTaskDuration")
        )
        parts.append(
            _w.put(_w.BOOL, 251, entry.flt_interruptible, 2, _WIDE, name, "FltInterruptible")
        )
    parts.extend(_w.put_unknown(u, _WIDE, name) for u in m.unknown_fields)
    return _w.frame(254, parts)


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
            f"{type(message).__name__} is not a Protocol Version 20 message",
            message=type(message).__name__,
        )
    if len(frame) > MAX_MESSAGE_SIZE:
        raise _w.too_long(frame, message.MESSAGE_NAME, MAX_MESSAGE_SIZE)
    return frame


def frame_decoder() -> FrameDecoder:
    """A :class:`ctiwire.FrameDecoder` bounded by this version's largest message."""
    return FrameDecoder(MAX_MESSAGE_SIZE)

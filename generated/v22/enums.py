"""Enums, masks and special values of CTI Server Protocol Version 22.

Generated from spec/ by ``python -m codegen``: do not edit.

An enum or mask with the same values as in an earlier version is imported from the first
version that has it; what is defined below is new or different in Version 22.
"""

from enum import KEEP, IntEnum, IntFlag
from typing import Final

from ctiwire.v20.enums import (
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
    "EventCause",
    "CallType",
    "ControlFailureCode",
    "ConfigKeyStatus",
    "ConfigEndStatus",
    "ConfigRecordType",
    "SupervisoryAction",
    "Distribution",
    "StatusCode",
    "SystemEventID",
    "AgentState",
    "PeripheralType",
    "LocalConnectionState",
    "DeviceIDType",
    "ConnectionDeviceIDType",
    "LineType",
    "AllocationState",
    "ForwardType",
    "TypeOfDevice",
    "CallPlacementType",
    "CallMannerType",
    "CallOption",
    "ConsultType",
    "FacilityType",
    "AnsweringMachine",
    "AnswerDetectMode",
    "AgentWorkMode",
    "DestinationCountry",
    "DispositionCode",
    "SilentMonitorStatus",
    "AgentInternalState",
    "TaskState",
    "ConfigEventMask",
    "TransferConferenceSetupMask",
    "CallControlMask",
    "OtherFeatureMask",
    "CallVariableMask",
    "AgentDeskSettingsMask",
    "CTIServiceMask",
    "CallEventMask",
    "AgentStateMask",
    "PGStatusCode",
    "ClassOfDevice",
    "AgentServiceRequestMask",
    "MAX_NUM_CTI_CLIENTS",
    "MAX_NUM_PARTIES",
    "MAX_NUM_DEVICES",
    "MAX_NUM_CALLS",
    "MAX_NUM_SKILL_GROUPS",
    "MAX_NUM_LINES",
    "NULL_CALL_ID",
    "NULL_PERIPHERAL_ID",
    "NULL_SERVICE",
    "NULL_SKILL_GROUP",
    "NULL_CALLTYPE",
]

MAX_NUM_CTI_CLIENTS: Final = 16
"""The maximum number of CTI clients that can be in a message list."""

MAX_NUM_PARTIES: Final = 16
"""The maximum number of conference call parties that can be in a message list."""

MAX_NUM_DEVICES: Final = 16
"""The maximum number of call devices that can be in a message list."""

MAX_NUM_CALLS: Final = 16
"""The maximum number of calls that can be in a message list."""

MAX_NUM_SKILL_GROUPS: Final = 20
"""The maximum number of skill group fields that can be in a message list."""

MAX_NUM_LINES: Final = 10
"""The maximum number of teleset line fields that can be in a message list."""

NULL_CALL_ID: Final = 4294967295
"""No call ID is supplied."""

NULL_PERIPHERAL_ID: Final = 4294967295
"""No peripheral ID is supplied."""

NULL_SERVICE: Final = 4294967295
"""No service is supplied."""

NULL_SKILL_GROUP: Final = 4294967295
"""No skill group is supplied."""

NULL_CALLTYPE: Final = 65535
"""Indicates that no CallType is supplied."""


class ConfigEventMask(IntFlag, boundary=KEEP):
    """Kinds of configuration information ("Configuration Event Masks"): ConfigInformation of CONFIG_REQUEST_EVENT and CONFIG_BEGIN_EVENT, and ConfigMsgMask of OPEN_REQ (and of CONFIG_REQUEST_EVENT in Version 25).

    From: Application Level Interfaces (v25), CONFIG_REQUEST_EVENT ConfigInformation and ConfigMsgMask, CONFIG_BEGIN_EVENT ConfigInformation; Session Management (v25), OPEN_REQ ConfigMsgMask
    """

    CONFIG_MSG_SERVICE_MASK = 1
    """Service information (CONFIG_SERVICE_EVENT)."""

    CONFIG_MSG_SKILL_GROUP_MASK = 2
    """Skill group information (CONFIG_SKILL_GROUP_EVENT)."""

    CONFIG_MSG_AGENT_MASK = 4
    """Agent information (CONFIG_AGENT_EVENT)."""

    CONFIG_MSG_DEVICE_MASK = 8
    """Device information (CONFIG_DEVICE_EVENT)."""

    CONFIG_MSG_CALL_TYPE_MASK = 16
    """Call type information (CONFIG_CALL_TYPE_EVENT)."""

    CONFIG_MSG_MRD_MASK = 32
    """Media Routing Domain information (CONFIG_MRD_EVENT)."""

    CONFIG_MSG_PERIPHERAL_MASK = 64
    """Peripheral information (CONFIG_PERIPHERAL_EVENT)."""

    CONFIG_MSG_AGENT_DESK_SETTINGS_MASK = 128
    """Agent desk settings information (CONFIG_AGENT_DESK_SETTINGS_EVENT)."""

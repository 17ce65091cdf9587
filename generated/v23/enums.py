"""Enums, masks and special values of CTI Server Protocol Version 23.

Generated from spec/ by ``python -m codegen``: do not edit.

An enum or mask with the same values as in an earlier version is imported from the first
version that has it; what is defined below is new or different in Version 23.
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
from ctiwire.v22.enums import (
    ConfigEventMask,
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


class CallEventMask(IntFlag, boundary=KEEP):
    """CallEventMask

    From: Session Management (v25), Unsolicited Call Event Message Masks
    """

    CALL_DELIVERED_MASK = 1
    """Set when client wishes to receive CALL_DELIVERED_EVENT messages."""

    CALL_QUEUED_MASK = 2
    """Set when client wishes to receive CALL_QUEUED_EVENT messages."""

    CALL_ESTABLISHED_MASK = 4
    """Set when client wishes to receive CALL_ESTABLISHED_EVENT messages."""

    CALL_HELD_MASK = 8
    """Set when client wishes to receive CALL_HELD_EVENT messages."""

    CALL_RETRIEVED_MASK = 16
    """Set when client wishes to receive CALL_RETRIEVED_EVENT messages."""

    CALL_CLEARED_MASK = 32
    """Set when client wishes to receive CALL_CLEARED_EVENT messages."""

    CALL_CONNECTION_CLEARED_MASK = 64
    """Set when client wishes to receive CALL_CONNECTION_CLEARED_EVENT messages."""

    CALL_ORIGINATED_MASK = 128
    """Set when client wishes to receive CALL_ORIGINATED_EVENT messages."""

    CALL_CONFERENCED_MASK = 256
    """Set when client wishes to receive CALL_CONFERENCED_EVENT messages."""

    CALL_TRANSFERRED_MASK = 512
    """Set when client wishes to receive CALL_TRANSFERRED_EVENT messages."""

    CALL_DIVERTED_MASK = 1024
    """Set when client wishes to receive CALL_DIVERTED_EVENT messages."""

    CALL_SERVICE_INITIATED_MASK = 2048
    """Set when client wishes to receive CALL_SERVICE_INITIATED_EVENT messages."""

    CALL_TRANSLATION_ROUTE_MASK = 4096
    """Set when client wishes to receive CALL_TRANSLATION_ROUTE_EVENT messages."""

    BEGIN_CALL_MASK = 8192
    """Set when client wishes to receive BEGIN_CALL_EVENT messages."""

    END_CALL_MASK = 16384
    """Set when client wishes to receive END_CALL_EVENT messages."""

    CALL_DATA_UPDATE_MASK = 32768
    """Set when client wishes to receive CALL_DATA_UPDATE_EVENT messages."""

    CALL_FAILED_MASK = 65536
    """Set when client wishes to receive CALL_FAILED_EVENT messages."""

    CALL_REACHED_NETWORK_MASK = 131072
    """Set when client wishes to receive CALL_REACHED_NETWORK_EVENT messages."""

    CALL_DEQUEUED_MASK = 262144
    """Set when client wished to receive CALL_DEQUEUED_EVENT messages."""

    AGENT_PRE_CALL_MASK = 524288
    """Set when client wished to receive AGENT_PRE_CALL_EVENT messages."""

    AGENT_PRE_CALL_ABORT_MASK = 1048576
    """Set when client wished to receive AGENT_PRE_CALL_ABORT_EVENT messages."""

    RTP_STARTED_MASK = 2097152
    """Set when client wished to receive RTP_STARTED_EVENT messages."""

    RTP_STOPPED_MASK = 4194304
    """Set when client wished to receive RTP_STOPPED_MASK_EVENT messages."""

    AGENT_TEAM_CONFIG_MASK = 8388608
    """Set when client wished to receive AGENT_TEAM_CONFIG_MASK_EVENT messages."""

    AGENT_LEGACY_PRE_CALL_MASK = 16777216
    """Set when client wishes to receive AGENT_LEGACY_PRE_CALL_EVENT messages."""

    CALL_ATTRIBUTE_CHANGE_MASK = 33554432
    """CALL_ATTRIBUTE_CHANGE_EVENT messages."""

    CALL_TERMINATION_MASK = 67108864
    """Reserved"""

    CALL_AGENT_GREETING_MASK = 134217728
    """Set when client wishes to receive CALL_AGENT_GREETING_EVENT messages."""

    NETWORK_RECORDING_STARTED_MASK = 268435456
    """Set when client wishes to receive NETWORK_RECORDING_STARTED_MASK messages."""

    NETWORK_RECORDING_ENDED_MASK = 536870912
    """Set when client wishes to receive NETWORK_RECORDING_ENDED_MASK messages."""

    NETWORK_RECORDING_FAILED_MASK = 1073741824
    """Set when client wishes to receive NETWORK_RECORDING_FAILED_MASK messages."""

    NETWORK_RECORDING_TARGET_INFO_MASK = 2147483648
    """Set when client wishes to receive NETWORK_RECORDING_TARGET_INFO_MASK messages."""

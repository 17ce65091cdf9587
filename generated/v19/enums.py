"""Enums, masks and special values of CTI Server Protocol Version 19.

Generated from spec/ by ``python -m codegen``: do not edit.

An enum or mask with the same values as in an earlier version is imported from the first
version that has it; what is defined below is new or different in Version 19.
"""

from enum import KEEP, IntEnum, IntFlag
from typing import Final

from ctiwire.v15.enums import (
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
    CallVariableMask,
    ClassOfDevice,
    ConnectionDeviceIDType,
    ConsultType,
    ControlFailureCode,
    CTIServiceMask,
    DestinationCountry,
    DeviceIDType,
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
from ctiwire.v16.enums import (
    DispositionCode,
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


class CallType(IntEnum):
    """General classification of the call type (the CallType field).

    From: Constants and Status Codes (v25), CallType Values
    """

    CALLTYPE_ACD_IN = 1
    """Inbound ACD call. In Unified CCE, it indicates that this is a post route request."""

    CALLTYPE_PREROUTE_ACD_IN = 2
    """Translation routed inbound ACD call."""

    CALLTYPE_PREROUTE_DIRECT_AGENT = 3
    """Translation routed call to a specific agent."""

    CALLTYPE_TRANSFER_IN = 4
    """Transferred inbound call."""

    CALLTYPE_OVERFLOW_IN = 5
    """Overflowed inbound call."""

    CALLTYPE_OTHER_IN = 6
    """Inbound call."""

    CALLTYPE_AUTO_OUT = 7
    """Automatic out call."""

    CALLTYPE_AGENT_OUT = 8
    """Agent out call."""

    CALLTYPE_OUT = 9
    """Outbound call."""

    CALLTYPE_AGENT_INSIDE = 10
    """Agent inside call."""

    CALLTYPE_OFFERED = 11
    """Blind transferred call."""

    CALLTYPE_CONSULT = 12
    """Consult call."""

    CALLTYPE_CONSULT_OFFERRED = 13
    """Announced transferred call."""

    CALLTYPE_CONSULT_CONFERENCE = 14
    """Conferenced consult call."""

    CALLTYPE_CONFERENCE = 15
    """Conference call."""

    CALLTYPE_UNMONITORED = 16
    """Inside or outbound call for which no call events will be received."""

    CALLTYPE_PREVIEW = 17
    """Automatic out call in which the agent is given the option to proceed to dial a contact."""

    CALLTYPE_RESERVATION = 18
    """Call made to reserve an agent for some other function."""

    CALLTYPE_ASSIST = 19
    """Call to supervisor for assistance."""

    CALLTYPE_EMERGENCY = 20
    """Emergency call."""

    CALLTYPE_SUPERVISOR_MONITOR = 21
    """Supervisor silently monitoring call."""

    CALLTYPE_SUPERVISOR_WHISPER = 22
    """Supervisor monitoring call, agent can hear supervisor."""

    CALLTYPE_SUPERVISOR_BARGEIN = 23
    """Supervisor conferenced into call."""

    CALLTYPE_SUPERVISOR_INTERCEPT = 24
    """Supervisor replaces agent on call."""

    CALLTYPE_TASK_ROUTED_BY_ICM = 25
    """Task routed by Unified CCE"""

    CALLTYPE_TASK_ROUTED_BY_APPLICATION = 26
    """Task routed by application"""

    CALLTYPE_NON_ACD = 38
    """Agent call that is a non-ACD routed call."""

    RESERVATION_PREVIEW = 27
    """Call type for Outbound Option Reservation calls for Preview mode."""

    RESERVATION_PREVIEW_DIRECT = 28
    """Call type for Outbound Option Reservation calls for Direct Preview mode."""

    RESERVATION_PREDICTIVE = 29
    """Call type for Outbound Option Reservation calls for Predictive mode and Progressive mode."""

    RESERVATION_CALLBACK = 30
    """Call type for Outbound Option Reservation calls for Callback calls."""

    RESERVATION_PERSONAL_CALLBACK = 31
    """Call type for Outbound Option Reservation calls for Personal Callback calls."""

    CUSTOMER_PREVIEW = 32
    """Call type for Outbound Option Customer calls for Preview mode."""

    CUSTOMER_PREVIEW_DIRECT = 33
    """Call type for Outbound Option Customer calls for Direct Preview"""

    CUSTOMER_PREDICTIVE = 34
    """Call type for Outbound Option Customer calls for Predictive mode and Progreassive modefor agentbased campaigns."""

    CUSTOMER_CALLBACK = 35
    """Call type for Outbound Option Customer calls for callback calls."""

    CUSTOMER_PERSONAL = 36
    """Call type for Outbound Option Customer calls for personal callback calls."""

    CUSTOMER_IVR = 37
    """Call type for Outbound Option Customer calls for Transfer to IVR campaigns."""

    CALLTYPE_PLAY_AGENT_GREETING = 39
    """An agent greeting route request."""

    CALLTYPE_RECORD_AGENT_GREETING = 40
    """Record agent greeting call initiated by AGENT_GREETING_CONTROL_REQ."""

    CALLTYPE_VOICE_CALL_BACK = 41
    """Voice callback using the Agent Request API."""


class ConfigKeyStatus(IntEnum):
    """Result of a CONFIG_REQUEST_KEY_EVENT (ConfigkeyStatus field of CONFIG_KEY_EVENT).

    From: Application Level Interfaces (v25), CONFIG_KEY_EVENT Status values
    """

    CONFIG_SUCCESS = 0
    """The keys were returned."""

    CONFIG_SERVICE_PROVIDER = 1
    """No data: service provider environment."""

    CONFIG_NO_KEY_SUPPORT = 2
    """The server does not support configuration keys."""

    CONFIG_UNKNOWN_CUSTOMER = 3
    """The requested customer does not exist on the server."""


class ConfigEndStatus(IntEnum):
    """Status of a block of configuration data (ConfigEndStatus field of CONFIG_END_EVENT).

    From: Application Level Interfaces (v25), CONFIG_END_EVENT status table
    """

    CONFIGEND_SUCCESS = 0
    """The configuration data was uploaded."""

    CONFIGEND_NO_SERVICE_PROVIDER = 1
    """No data: service provider environment."""

    CONFIGEND_UNKNOWN_CUSTOMER = 2
    """The request named an unknown customer."""

    CONFIGEND_INVALID = 3
    """An invalid configuration was sent."""

    CONFIGEND_EMPTY = 4
    """The server holds no configuration."""

    CONFIGEND_PARTIAL = 5
    """Part of the configuration; more blocks follow (all but the last block of a split upload)."""


class ConfigRecordType(IntEnum):
    """What a configuration record does (RecordType field of the CONFIG_*_EVENT records).

    From: Application Level Interfaces (v25), RecordType of CONFIG_SERVICE/SKILL_GROUP/AGENT/DEVICE/CALL_TYPE/MRD/TERMINAL/AGENT_DESK_SETTINGS/PERIPHERAL/AGENT_SERVICE_EVENT
    """

    CONFIG_RECORD_ADD = 0
    """Add the record."""

    CONFIG_RECORD_CHANGE = 1
    """Change the record."""

    CONFIG_RECORD_DELETE = 2
    """Delete the record."""


class AgentInternalState(IntEnum):
    """AgentInternalState

    From: Constants and Status Codes (v25), Agent Internal States Message Values
    """

    AGENT_STATE_LOGIN = 0
    """The agent has logged on to the ACD. It does not necessarily indicate that the agent is ready to accept calls."""

    AGENT_STATE_LOGOUT = 1
    """The agent has logged out of the ACD and cannot accept any additional calls."""

    AGENT_STATE_NOT_READY = 2
    """The agent is unavailable for any call work."""

    AGENT_STATE_AVAILABLE = 3
    """The agent is ready to accept a call."""

    AGENT_STATE_TALKING = 4
    """The agent is currently talking on a call (inbound, outbound, or inside)."""

    AGENT_STATE_WORK_NOT_READY = 5
    """The agent is performing after call work, but will not be ready to receive a call when completed."""

    AGENT_STATE_WORK_READY = 6
    """The agent is performing after call work, but will be ready to receive a call when completed."""

    AGENT_STATE_BUSY_OTHER = 7
    """The agent is busy performing a task associated with another active SkillGroup."""

    AGENT_STATE_ACTIVE = 11
    """The agent state is currently active."""


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

"""Enums, masks and special values of CTI Server Protocol Version 16.

Generated from spec/ by ``python -m codegen``: do not edit.

An enum or mask with the same values as in an earlier version is imported from the first
version that has it; what is defined below is new or different in Version 16.
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

__all__ = [
    "EventCause",
    "CallType",
    "ControlFailureCode",
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

    CALLTYPE_NON_ACD = 27
    """Agent call that is a non-ACD routed call."""

    CALLTYPE_PLAY_AGENT_GREETING = 39
    """An agent greeting route request."""

    CALLTYPE_RECORD_AGENT_GREETING = 40
    """Record agent greeting call initiated by AGENT_GREETING_CONTROL_REQ."""

    CALLTYPE_VOICE_CALL_BACK = 41
    """Voice callback using the Agent Request API."""


class DispositionCode(IntEnum):
    """DispositionCode

    From: Constants and Status Codes (v25), Disposition Code Values
    """

    ABANDONED_IN_NETWORK = 1
    """Abandoned in Network"""

    ABANDONED_IN_LOCAL_QUEUE = 2
    """Abandoned in Local Queue"""

    ABANDONED_RING = 3
    """Abandoned Ring"""

    ABANDONED_DELAY = 4
    """Abandoned Delay"""

    ABANDONED_INTERFLOW = 5
    """Abandoned Interflow"""

    ABANDONED_AGENT_TERMINAL = 6
    """Abandoned Agent Terminal"""

    SHORT = 7
    """Short"""

    BUSY = 8
    """Busy"""

    FORCED_BUSY = 9
    """Forced Busy"""

    DISCONNECT_DROP_NO_ANSWER = 10
    """Disconnect/drop no answer"""

    DISCONNECT_DROP_BUSY = 11
    """Disconnect/drop busy"""

    DISCONNECT_DROP_REORDER = 12
    """Disconnect/drop reorder"""

    DISCONNECT_DROP_HANDLED_PRIMARY_ROUTE = 13
    """Disconnect/drop handled primary route"""

    DISCONNECT_DROP_HANDLED_OTHER = 14
    """Disconnect/drop handled other"""

    REDIRECTED = 15
    """Redirected"""

    CUT_THROUGH = 16
    """Cut Through"""

    INTRAFLOW = 17
    """Intraflow"""

    INTERFLOW = 18
    """Interflow"""

    RING_NO_ANSWER = 19
    """Ring No Answer"""

    INTERCEPT_REORDER = 20
    """Intercept reorder"""

    INTERCEPT_DENIAL = 21
    """Intercept denial"""

    TIME_OUT = 22
    """Time Out"""

    VOICE_ENERGY = 23
    """Voice Energy"""

    NON_CLASSIFIED_ENERGY_DETECTED = 24
    """Non-classified Energy Detected"""

    NO_CUT_THROUGH = 25
    """No Cut Through"""

    U_ABORT = 26
    """U-Abort"""

    FAILED_SOFTWARE = 27
    """Failed Software"""

    BLIND_TRANSFER = 28
    """Blind Transfer"""

    ANNOUNCED_TRANSFER = 29
    """Announced Transfer"""

    CONFERENCED = 30
    """Conferenced"""

    DUPLICATE_TRANSFER = 31
    """Duplicate Transfer"""

    UNMONITORED_DEVICE = 32
    """Unmonitored Device"""

    ANSWERING_MACHINE = 33
    """Answering Machine"""

    NETWORK_BLIND_TRANSFER = 34
    """Network Blind Transfer"""

    TASK_ABANDONED_IN_ROUTER = 35
    """Task Abandoned in Router"""

    TASK_ABANDONED_BEFORE_OFFERED = 36
    """Task Abandoned Before Offered"""

    TASK_ABANDONED_WHILE_OFFERED = 37
    """Task Abandoned While Offered"""

    NORMAL_END_TASK = 38
    """Normal End Task"""

    CANT_OBTAIN_TASK_ID = 39
    """Can't Obtain Task ID"""

    AGENT_LOGGED_OUT_DURING_TASK = 40
    """Agent Logged Out During Task"""

    MAXIMUM_TASK_LIFETIME_EXCEEDED = 41
    """Maximum Task Lifetime Exceeded"""

    APPLICATION_PATH_WENT_DOWN = 42
    """Application Path Went Down"""

    UNIFIED_CCE_ROUTING_COMPLETE = 43
    """Unified CCE Routing Complete"""

    UNIFIED_CCE_ROUTING_DISABLED = 44
    """Unified CCE Routing Disabled"""

    APPLICATION_INVALID_MRD_ID = 45
    """Application Invalid MRD ID"""

    APPLICATION_INVALID_DIALOGUE_ID = 46
    """Application Invalid Dialogue ID"""

    APPLICATION_DUPLICATE_DIALOGUE_ID = 47
    """Application Duplicate Dialogue ID"""

    APPLICATION_INVALID_INVOKE_ID = 48
    """Application Invalid Invoke ID"""

    APPLICATION_INVALID_SCRIPT_SELECTOR = 49
    """Application Invalid Script Selector"""

    APPLICATION_TERMINATE_DIALOGUE = 50
    """Application Terminate Dialogue"""

    TASK_ENDED_DURING_APPLICATION_INIT = 51
    """Task Ended During Application Init"""

    CALLED_PARTY_DISCONNECTED = 52
    """Called Party Disconnected"""

    PARTIAL_CALL = 53
    """Partial Call"""

    DROP_NETWORK_CONSULT = 54
    """Drop Network Consult"""

    NETWORK_CONSULT_TRANSFER = 55
    """Network Consult Transfer"""

    ABANDON_NETWORK_CONSULT = 57
    """Abandon Network Consult"""

    ROUTER_REQUERY_BEFORE_ANSWER = 58
    """Router Requery Before Answer"""

    ROUTER_REQUERY_AFTER_ANSWER = 59
    """Router Requery After Answer"""

    NETWORK_ERROR = 60
    """Network Error"""

    NETWORK_ERROR_BEFORE_ANSWER = 61
    """Network Error Before Answer"""

    NETWORK_ERROR_AFTER_ANSWER = 62
    """Network Error After Answer"""

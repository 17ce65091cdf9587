"""Enums, masks and special values of CTI Server Protocol Version 25.

Generated from spec/ by ``python -m codegen``: do not edit.

An enum or mask with the same values as in an earlier version is imported from the first
version that has it; what is defined below is new or different in Version 25.
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
    PGStatusCode,
    SilentMonitorStatus,
    SupervisoryAction,
    SystemEventID,
    TaskState,
    TransferConferenceSetupMask,
    TypeOfDevice,
)
from ctiwire.v23.enums import (
    CallEventMask,
)
from ctiwire.v24.enums import (
    CTIServiceMask,
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


class StatusCode(IntEnum):
    """StatusCode

    From: Constants and Status Codes (v25), Failure Indication Message Status Codes (table Status Codes)
    """

    E_CTI_NO_ERROR = 0
    """No error occurred."""

    E_CTI_INVALID_VERSION = 1
    """The CTI Server does not support the protocol version number requested by the CTI client."""

    E_CTI_INVALID_MESSAGE_LENGTH = 2
    """A message with an invalid message length field was received."""

    E_CTI_INVALID_FIELD_TAG = 3
    """A message with an invalid floating field tag was received."""

    E_CTI_SESSION_NOT_OPEN = 4
    """No session is currently open on the connection."""

    E_CTI_SESSION_ALREADY_OPEN = 5
    """A session is already open on the connection."""

    E_CTI_REQUIRED_DATA_MISSING = 6
    """The request did not include one or more floating items that are required."""

    E_CTI_INVALID_PERIPHERAL_ID = 7
    """A message with an invalid PeripheralID value was received."""

    E_CTI_INVALID_AGENT_DATA = 8
    """The provided agent data item(s) are invalid."""

    E_CTI_AGENT_NOT_LOGGED_ON = 9
    """The indicated agent is not currently logged on."""

    E_CTI_DEVICE_IN_USE = 10
    """The indicated agent teleset is already associated with a different CTI client."""

    E_CTI_NEW_SESSION_OPENED = 11
    """This session is being terminated due to a new session open request from the client."""

    E_CTI_FUNCTION_NOT_AVAILABLE = 12
    """A request message was received for a function or service that was not granted to the client."""

    E_CTI_INVALID_CALLID = 13
    """A request message was received with an invalid CallID value."""

    E_CTI_PROTECTED_VARIABLE = 14
    """The CTI client may not update the requested variable."""

    E_CTI_CTI_SERVER_OFFLINE = 15
    """The CTI Server is not able to function normally. The CTI client should close the session upon receipt of this error."""

    E_CTI_TIMEOUT = 16
    """The CTI Server failed to respond to a request message within the time-out period, or no messages have been received from the CTI client within the IdleTimeout period."""

    E_CTI_UNSPECIFIED_FAILURE = 17
    """An unspecified error occurred."""

    E_CTI_INVALID_TIMEOUT = 18
    """The IdleTimeout field contains a value that is less than 20 seconds (4 times the minimum heartbeat interval of 5 seconds)."""

    E_CTI_INVALID_SERVICE_MASK = 19
    """The ServicesRequested field has unused bits set. All unused bit positions must be zero."""

    E_CTI_INVALID_CALL_MSG_MASK = 20
    """The CallMsgMask field has unused bits set. All unused bit positions must be zero."""

    E_CTI_INVALID_AGENT_STATE_MASK = 21
    """The AgentStateMask field has unused bits set. All unused bit positions must be zero."""

    E_CTI_INVALID_RESERVED_FIELD = 22
    """A Reserved field has a non-zero value."""

    E_CTI_INVALID_FIELD_LENGTH = 23
    """A floating field exceeds the allowable length for that field type."""

    E_CTI_INVALID_DIGITS = 24
    """A STRING field contains characters that are not digits (“0” through “9”)."""

    E_CTI_BAD_MESSAGE_FORMAT = 25
    """The message is improperly constructed. This may be caused by omitted or incorrectly sized fixed message fields."""

    E_CTI_INVALID_TAG_FOR_MSG_TYPE = 26
    """A floating field tag is present that specifies a field that does not belong in this message type."""

    E_CTI_INVALID_DEVICE_ID_TYPE = 27
    """A DeviceIDType field contains a value that is not in DeviceIDType Values."""

    E_CTI_INVALID_LCL_CONN_STATE = 28
    """A LocalConnectionState field contains a value that is not in LocalConnectionState Values."""

    E_CTI_INVALID_EVENT_CAUSE = 29
    """An EventCause field contains a value that is not in EventCause Values."""

    E_CTI_INVALID_NUM_PARTIES = 30
    """The NumParties field contains a value that exceeds the maximum (16)."""

    E_CTI_INVALID_SYS_EVENT_ID = 31
    """The SystemEventID field contains a value that is not in SystemEventID Values."""

    E_CTI_INCONSISTENT_AGENT_DATA = 32
    """The provided agent extension, agent id, and/or agent instrument values are inconsistent with each other."""

    E_CTI_INVALID_CONNECTION_ID_TYPE = 33
    """A ConnectionDeviceIDType field contains a value that is not in ConnectionDeviceIDType Values."""

    E_CTI_INVALID_CALL_TYPE = 34
    """The CallType field contains a value that is not in CallType Values."""

    E_CTI_NOT_CALL_PARTY = 35
    """A CallDataUpdate or Release Call request specified a call that the client is not a party to."""

    E_CTI_INVALID_PASSWORD = 36
    """The ClientID and Client Password provided in an OPEN_REQ message is incorrect."""

    E_CTI_CLIENT_DISCONNECTED = 37
    """The client TCP/IP connection was disconnected without a CLOSE_REQ."""

    E_CTI_INVALID_OBJECT_STATE = 38
    """An invalid object state value was provided."""

    E_CTI_INVALID_NUM_SKILL_GROUPS = 39
    """An invalid NumSkillGroups value was provided."""

    E_CTI_INVALID_NUM_LINES = 40
    """An invalid NumLines value was provided."""

    E_CTI_INVALID_LINE_TYPE = 41
    """An invalid LineType value was provided."""

    E_CTI_INVALID_ALLOCATION_STATE = 42
    """An invalid AllocationState value was provided."""

    E_CTI_INVALID_ANSWERING_MACHINE = 43
    """An invalid AnsweringMachine value was provided."""

    E_CTI_INVALID_CALL_MANNER_TYPE = 44
    """An invalid CallMannerType value was provided."""

    E_CTI_INVALID_CALL_PLACEMENT_TYPE = 45
    """An invalid CallPlacementType value was provided."""

    E_CTI_INVALID_CONSULT_TYPE = 46
    """An invalid ConsultType value was provided."""

    E_CTI_INVALID_FACILITY_TYPE = 47
    """An invalid FacilityType value was provided."""

    E_CTI_INVALID_MSG_TYPE_FOR_VERSION = 48
    """The provided MessageType is invalid for the opened protocol version."""

    E_CTI_INVALID_TAG_FOR_VERSION = 49
    """A floating field tag value is invalid for the opened protocol version."""

    E_CTI_INVALID_AGENT_WORK_MODE = 50
    """An invalid AgentWorkMode value was provided."""

    E_CTI_INVALID_CALL_OPTION = 51
    """An invalid call option value was provided."""

    E_CTI_INVALID_DESTINATION_COUNTRY = 52
    """An invalid destination country value was provided."""

    E_CTI_INVALID_ANSWER_DETECT_MODE = 53
    """An invalid answer detect mode value was provided."""

    E_CTI_MUTUALLY_EXCLUS_DEVICEID_TYPES = 54
    """A peripheral monitor request may not specify both a call and a device."""

    E_CTI_INVALID_MONITORID = 55
    """An invalid monitorID value was provided."""

    E_CTI_SESSION_MONITOR_ALREADY_EXISTS = 56
    """A requested session monitor was already created."""

    E_CTI_SESSION_MONITOR_IS_CLIENTS = 57
    """A client may not monitor its own session."""

    E_CTI_INVALID_CALL_CONTROL_MASK = 58
    """An invalid call control mask value was provided."""

    E_CTI_INVALID_FEATURE_MASK = 59
    """An invalid feature mask value was provided."""

    E_CTI_INVALID_TRANSFER_CONFERENCE_SETUP_MASK = 60
    """An invalid transfer conference setup mask value was provided."""

    E_CTI_INVALID_ARRAY_INDEX = 61
    """An invalid named array index value was provided."""

    E_CTI_INVALID_CHARACTER = 62
    """An invalid character value was provided."""

    E_CTI_CLIENT_NOT_FOUND = 63
    """There is no open session with a matching ClientID."""

    E_CTI_SUPERVISOR_NOT_FOUND = 64
    """The agent’s supervisor is unknown or does not have an open CTI session."""

    E_CTI_TEAM_NOT_FOUND = 65
    """The agent is not a member of an agent team."""

    E_CTI_NO_CALL_ACTIVE = 66
    """The specified agent does not have an active call."""

    E_CTI_NAMED_VARIABLE_NOT_CONFIGURED = 67
    """The specified named variable is not configured in the Unified CCE."""

    E_CTI_NAMED_ARRAY_NOT_CONFIGURED = 68
    """The specified named array is not configured in the Unified CCE."""

    E_CTI_INVALID_CALL_VARIABLE_MASK = 69
    """The specified call variable mask in not valid."""

    E_CTI_ELEMENT_NOT_FOUND = 70
    """An internal error occurred manipulating a named variable or named array element."""

    E_CTI_INVALID_DISTRIBUTION_TYPE = 71
    """The specified distribution type is invalid."""

    E_CTI_INVALID_SKILL_GROUP = 72
    """The specified skill group is invalid."""

    E_CTI_TOO_MUCH_DATA = 73
    """The total combined size of named variables and named arrays may not exceed the limit of 2000 bytes."""

    E_CTI_VALUE_TOO_LONG = 74
    """The value of the specified named variable or named array element exceeds the maximum permissible length."""

    E_CTI_SCALAR_FUNCTION_ON_ARRAY = 75
    """A NamedArray was specified with a NamedVariable tag."""

    E_CTI_ARRAY_FUNCTION_ON_SCALAR = 76
    """A NamedVariable was specified with a NamedArray tag."""

    E_CTI_INVALID_NUM_NAMED_VARIABLES = 77
    """The value in the NumNamedVariables field is different than the number of NamedVariable floating fields in the message."""

    E_CTI_INVALID_NUM_NAMED_ARRAYS = 78
    """The value in the NumNamedArrays field is different than the number of NamedArray floating fields in the message."""

    E_CTI_INVALID_RTP_DIRECTION = 79
    """The RTP direction value is invalid."""

    E_CTI_INVALID_RTP_TYPE = 80
    """The RTP type value is invalid."""

    E_CTI_CALLED_PARTY_DISPOSITION = 81
    """The called party disposition is invalid."""

    E_CTI_INVALID_SUPERVISORY_ACTION = 82
    """The supervisory action is invalid."""

    E_CTI_AGENT_TEAM_MONITOR_ALREADY_EXISTS = 83
    """The agent team monitor already exists."""

    E_CTI_INVALID_SERVICE = 84
    """The ServiceNumber or ServiceID value is invalid."""

    E_CTI_SERVICE_CONFLICT = 85
    """The ServiceNumber and ServiceID values given represent different services."""

    E_CTI_SKILL_GROUP_CONFLICT = 86
    """The SkillGroupNumber/SkillGroupPriority and SkillGroupID values given represent different skill groups."""

    E_CTI_INVALID_DEVICE = 87
    """The specified device is invalid."""

    E_CTI_INVALID_MR_DOMAIN = 88
    """Media Routing Domain is invalid."""

    E_CTI_MONITOR_ALREADY_EXISTS = 89
    """Monitor already exists."""

    E_CTI_MONITOR_TERMINATED = 90
    """Monitor has terminated."""

    E_CTI_INVALID_TASK_MSG_MASK = 91
    """The task msg mask is invalid."""

    E_CTI_SERVER_NOT_MASTER = 92
    """The server is a standby server."""

    E_CTI_INVALID_CSD = 93
    """The CSD Specified is invalid (Unified CCX Only)."""

    E_CTI_JTAPI_CCM_PROBLEM = 94
    """Indicates a JTAPI or Unified CM problem."""

    E_INVALID_CONFIG_MSG_MASK = 95
    """Indicates a bad config mask in OPEN_REQ."""

    E_CTI_AUTO_CONFIG_RESET = 96
    """Indicates a configuration change (Unified CCX only)."""

    E_CTI_INVALID_MONITOR_STATUS = 97
    """Indicates an invalid monitor."""

    E_CTI_INVALID_REQUEST_TYPE = 98
    """Indicates an invalid request ID type."""

    E_CTI_INVALID_CLIENT_FOR_STANDBY = 107
    """Returned by a standby CTI Server when a client without ServiceMask CTI_SERVICE_ACTIVE_STANDBY (0x02000000) connects."""

    E_CTI_INVALID_UNIQUE_INSTANCE_ID = 108
    """OPEN_REQ failure: the UniqueInstanceID element is present but its value is empty (0 length)."""

    E_CTI_DUPLICATE_UNIQUE_INSTANCE_ID = 109
    """OPEN_REQ failure: an existing client instance has the same UniqueInstanceID."""

    E_CTI_SERVER_IN_MAINTENANCE_MODE = 110
    """OPEN_REQ failure while Maintenance Mode is in progress; also used to close the client session when the active CTI Server stops for Maintenance Mode."""


class PeripheralType(IntEnum):
    """PeripheralType

    From: Constants and Status Codes (v25), PeripheralType Values
    """

    PT_NONE = 65535
    """Not Applicable"""

    PT_MERIDIAN = 2
    """Northern Telecom Meridian ACD"""

    PT_G2 = 3
    """Lucent G2"""

    PT_DEFINITY_ECS_NON_EAS = 4
    """Lucent DEFINITY ECS (without Expert Agent Selection)"""

    PT_DEFINITY_ECS_EAS = 5
    """Lucent DEFINITY ECS (with Expert Agent Selection)"""

    PT_GALAXY = 6
    """Obsolete"""

    PT_SPECTRUM = 7
    """Obsolete"""

    PT_VRU = 8
    """VRU (event type interface)"""

    PT_VRU_POLLED = 9
    """VRU (polled type interface)"""

    PT_DMS100 = 10
    """Obsolete"""

    PT_SIEMENS_9006 = 11
    """Siemens Hicom ACD (9006)"""

    PT_SIEMENS_9005 = 12
    """Siemens 9751 CBX Release 9005 (Rolm 9005)"""

    PT_ALCATEL = 13
    """Alcatel 4400 ACD"""

    PT_NEC_NEAX_2x00 = 14
    """Obsolete"""

    PT_ACP_1000 = 15
    """Ericsson ACP1000"""

    PT_ENTERPRISE_AGENT = 17
    """Unified CCE Manager"""

    PT_MD110 = 18
    """Ericsson MD-110"""

    PT_MEDIA_ROUTING = 19
    """Media Routing"""

    PT_GENERIC = 20
    """Generic"""

    PT_ACMI_CRS = 21
    """A Gateway PG over Unified CCX"""

    PT_ACMI_IPCC = 22
    """A Gateway PG over Unified CCE or Unified CCX"""

    PT_ARS = 24
    """A system using the ARS PG"""

    PT_ACMI_ERS = 25
    """A system using the ERS PG"""

    PT_ACMI_EXPERT_ADVISOR = 26
    """Obsolete"""


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

    CONFIG_MSG_TERMINAL_MASK = 256
    """Terminal information (CONFIG_TERMINAL_EVENT)."""

    CONFIG_MSG_AGENT_SERVICE_MASK = 512
    """Agent services information (CONFIG_AGENT_SERVICE_EVENT)."""

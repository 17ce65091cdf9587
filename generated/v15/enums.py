"""Enums, masks and special values of CTI Server Protocol Version 15.

Generated from spec/ by ``python -m codegen``: do not edit.
"""

from enum import KEEP, IntEnum, IntFlag
from typing import Final

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


class EventCause(IntEnum):
    """Reason for the occurrence of a call event (the EventCause field).

    From: Constants and Status Codes (v25), EventCause Values; Extended Call Cleared Event Causes
    """

    CEC_NONE = 65535

    CEC_ACTIVE_MONITOR = 1

    CEC_ALTERNATE = 2

    CEC_BUSY = 3

    CEC_CALL_BACK = 4

    CEC_CALL_CANCELLED = 5

    CEC_CALL_FORWARD_ALWAYS = 6

    CEC_CALL_FORWARD_BUSY = 7

    CEC_CALL_FORWARD_NO_ANSWER = 8

    CEC_CALL_FORWARD = 9

    CEC_CALL_NOT_ANSWERED = 10

    CEC_CALL_PICKUP = 11

    CEC_CAMP_ON = 12

    CEC_DEST_NOT_OBTAINABLE = 13

    CEC_DO_NOT_DISTURB = 14

    CEC_INCOMPATIBLE_DESTINATION = 15

    CEC_INVALID_ACCOUNT_CODE = 16

    CEC_KEY_CONFERENCE = 17

    CEC_LOCKOUT = 18

    CEC_MAINTENANCE = 19

    CEC_NETWORK_CONGESTION = 20

    CEC_NETWORK_NOT_OBTAINABLE = 21

    CEC_NEW_CALL = 22

    CEC_NO_AVAILABLE_AGENTS = 23

    CEC_OVERRIDE = 24

    CEC_PARK = 25

    CEC_OVERFLOW = 26

    CEC_RECALL = 27

    CEC_REDIRECTED = 28

    CEC_REORDER_TONE = 29

    CEC_RESOURCES_NOT_AVAILABLE = 30

    CEC_SILENT_MONITOR = 31

    CEC_TRANSFER = 32

    CEC_TRUNKS_BUSY = 33

    CEC_VOICE_UNIT_INITIATOR = 34

    CEC_TIME_OUT = 35

    CEC_NEW_CALL_INTERFLOW = 36

    CEC_SIMULATION_INIT_REQUEST = 37

    CEC_SIMULATION_RESET_REQUEST = 38

    CEC_CTI_LINK_DOWN = 39

    CEC_PERIPHERAL_RESET_REQUEST = 40

    CEC_MD110_CONFERENCE_TRANSFER = 41

    CEC_REMAINS_IN_Q = 42

    CEC_SUPERVISOR_ASSIST = 43

    CEC_EMERGENCY_CALL = 44

    CEC_SUPERVISOR_CLEAR = 45

    CEC_SUPERVISOR_MONITOR = 46

    CEC_SUPERVISOR_WHISPER = 47

    CEC_SUPERVISOR_BARGE_IN = 48

    CEC_SUPERVISOR_INTERCEPT = 49

    CEC_CALL_PARTY_UPDATE_IND = 50

    CEC_CONSULT = 51

    CEC_NIC_CALL_CLEAR = 52

    CEC_DNP = 53

    CEC_ROUTER_REQUERY_BEFORE_ANSWER = 54

    CEC_ROUTER_REQUERY_AFTER_ANSWER = 55

    CEC_NETWORK_ERROR = 56

    CEC_NETWORK_ERROR_BEFORE_ANSWER = 57

    CEC_NETWORK_ERROR_AFTER_ANSWER = 58

    CEC_GREETING = 59

    CEC_RECORD_AGENT_GREETING = 60

    CEC_SNAPSHOT = 61

    CEC_MAX_QUEUE_EXCEEDED = 62

    CECX_ABAND_NETWORK = 1001

    CECX_ABAND_LOCAL_QUEUE = 1002

    CECX_ABAND_RING = 1003

    CECX_ABAND_DELAY = 1004

    CECX_ABAND_INTERFLOW = 1005

    CECX_ABAND_AGENT_TERMINAL = 1006

    CECX_SHORT = 1007

    CECX_BUSY = 1008

    CECX_FORCED_BUSY = 1009

    CECX_DROP_NO_ANSWER = 1010

    CECX_DROP_BUSY = 1011

    CECX_DROP_REORDER = 1012

    CECX_DROP_HANDLED_PRIMARY_ROUTE = 1013

    CECX_DROP_HANDLED_OTHER = 1014

    CECX_REDIRECTED = 1015

    CECX_CUT_THROUGH = 1016

    CECX_INTRAFLOW = 1017

    CECX_INTERFLOW = 1018

    CECX_RING_NO_ANSWER = 1019

    CECX_INTERCEPT_REORDER = 1020

    CECX_INTERCEPT_DENIAL = 1021

    CECX_TIME_OUT = 1022

    CECX_VOICE_ENERGY = 1023

    CECX_NONCLASSIFIED_ENERGY_DETECT = 1024

    CECX_NO_CUT_THROUGH = 1025

    CECX_UABORT = 1026

    CECX_FAILED_SOFTWARE = 1027

    CECX_BLIND_TRANSFER = 1028

    CECX_ANNOUNCED_TRANSFER = 1029

    CECX_CONFERENCED = 1030

    CECX_DUPLICATE_TRANSFER = 1031

    CECX_UNMONITORED_DEVICE = 1032

    CECX_ANSWERING_MACHINE = 1033

    CECX_NETWORK_BLIND_TRANSFER = 1034

    CECX_TASK_ABANDONED_IN_ROUTER = 1035

    CECX_TASK_ABANDONED_BEFORE_OFFERED = 1036

    CECX_TASK_ABANDONED_WHILE_OFFERED = 1037

    CECX_NORMAL_END_TASK = 1038

    CECX_CANT_OBTAIN_TASK_ID = 1039

    CECX_AGENT_LOGGED_OUT_DURING_TASK = 1040

    CECX_MAX_TASK_LIFETIME_EXCEEDED = 1041

    CECX_APPLICATION_PATH_WENT_DOWN = 1042

    CECX_ICM_ROUTING_COMPLETE = 1043

    CECX_ICM_ROUTING_DISABLED = 1044

    CECX_APPL_INVALID_MRD_ID = 1045

    CECX_APPL_INVALID_DIALOGUE_ID = 1056

    CECX_APPL_DUPLICATE_DIALOGUE_ID = 1047

    CECX_APPL_INVALID_INVOKE_ID = 1048

    CECX_APPL_INVALID_SCRIPT_SELECTOR = 1049

    CECX_APPL_TERMINATE_DIALOGUE = 1050

    CECX_TASK_ENDED_DURING_APP_INIT = 1051

    CECX_CALLED_PARTY_DISCONNECTED = 1052

    CECX_PARTIAL_CALL = 1053

    CECX_DROP_NETWORK_CONSULT = 1054

    CECX_NETWORK_CONSULT_TRANSFER = 1055

    CECX_NETWORK_CONFERENCE = 1056

    CECX_ABAND_NETWORK_CONSULT = 1057


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


class ControlFailureCode(IntEnum):
    """Reason a control request failed (the FailureCode field of CONTROL_FAILURE_CONF).

    From: Constants and Status Codes (v25), ControlFailureCode Values; Extended Control Failure Codes
    """

    CF_GENERIC_UNSPECIFIED = 0
    """An error has occurred that is not one of the following error types."""

    CF_GENERIC_OPERATION = 1
    """An operation error occurred (no specific details available)."""

    CF_REQUEST_INCOMPATIBLE_WITH_OBJECT = 2
    """The request is not compatible with the object."""

    CF_VALUE_OUT_OF_RANGE = 3
    """The parameter has a value that is not in the range defined for the server."""

    CF_OBJECT_NOT_KNOWN = 4
    """The parameter has a value that is not known to the server."""

    CF_INVALID_CALLING_DEVICE = 5
    """The calling device is invalid."""

    CF_INVALID_CALLED_DEVICE = 6
    """The called device is invalid"""

    CF_INVALID_FORWARDING_DESTINATION = 7
    """The forwarding destination device is invalid."""

    CF_PRIVILEGE_VIOLATION_ON_SPECIFIED_DEVICE = 8
    """The specified device is not authorized for the service."""

    CF_PRIVILEGE_VIOLATION_ON_CALLED_DEVICE = 9
    """The called device is not authorized for the service."""

    CF_PRIVILEGE_VIOLATION_ON_CALLING_DEVICE = 10
    """The calling device is not authorized for the service."""

    CF_INVALID_CSTA_CALL_IDENTIFIER = 11
    """The call identifier is invalid."""

    CF_INVALID_CSTA_DEVICE_IDENTIFIER = 12
    """The device identifier is invalid."""

    CF_INVALID_CSTA_CONNECTION_IDENTIFIER = 13
    """The connection identifier is invalid."""

    CF_INVALID_DESTINATION = 14
    """The request specified a destination that is invalid."""

    CF_INVALID_FEATURE = 15
    """The request specified a feature that is invalid."""

    CF_INVALID_ALLOCATION_STATE = 16
    """The request specified an allocation state that is invalid."""

    CF_INVALID_CROSS_REF_ID = 17
    """The request specified a cross-reference ID that is not in use at this time."""

    CF_INVALID_OBJECT_TYPE = 18
    """The request specified an invalid object type."""

    CF_SECURITY_VIOLATION = 19
    """Security error (no specific details available)."""

    CF_GENERIC_STATE_INCOMPATIBILITY = 21
    """The request is not compatible with the condition of a related device."""

    CF_INVALID_OBJECT_STATE = 22
    """The object is in the incorrect state for the request."""

    CF_INVALID_CONNECTION_ID_FOR_ACTIVE_CALL = 23
    """The active connection ID in the request is invalid."""

    CF_NO_ACTIVE_CALL = 24
    """There is no active call for the request."""

    CF_NO_HELD_CALL = 25
    """There is no held call for the request."""

    CF_NO_CALL_TO_CLEAR = 26
    """There is no call associated with the given connection ID."""

    CF_NO_CONNECTION_TO_CLEAR = 27
    """There is no call connection for the given connection ID."""

    CF_NO_CALL_TO_ANSWER = 28
    """There is no alerting call to be answered."""

    CF_NO_CALL_TO_COMPLETE = 29
    """There is no active call to be completed."""

    CF_GENERIC_SYSTEM_RESOURCE_AVAILABILITY = 31
    """The request failed due to lack of system resources (no specific details available)."""

    CF_SERVICE_BUSY = 32
    """The service is temporarily unavailable."""

    CF_RESOURCE_BUSY = 33
    """An internal resource is busy."""

    CF_RESOURCE_OUT_OF_SERVICE = 34
    """The service requires a resource that is out of service."""

    CF_NETWORK_BUSY = 35
    """The server sub-domain is busy."""

    CF_NETWORK_OUT_OF_SERVICE = 36
    """The server sub-domain is out of service."""

    CF_OVERALL_MONITOR_LIMIT_EXCEEDED = 37
    """The request would exceed the server’s overall resource limits."""

    CF_CONFERENCE_MEMBER_LIMIT_EXCEEDED = 38
    """The request would exceed the server’s limit on the number of conference members."""

    CF_GENERIC_SUBSCRIBED_RESOURCE_AVAILABILITY = 41
    """The request failed due to lack of purchased or contracted resources (no specific details available)."""

    CF_OBJECT_MONITOR_LIMIT_EXCEEDED = 42
    """The request would exceed the server’s specific resource limits."""

    CF_EXTERNAL_TRUNK_LIMIT_EXCEEDED = 43
    """The request would exceed the limit of external trunks."""

    CF_OUTSTANDING_REQUEST_LIMIT_EXCEEDED = 44
    """The request would exceed the limit of outstanding requests."""

    CF_GENERIC_PERFORMANCE_MANAGEMENT = 51
    """The request failed as a performance management mechanism (no specific details available)."""

    CF_PERFORMANCE_LIMIT_EXCEEDED = 52
    """The request failed because a performance management limit was exceeded."""

    CF_SEQUENCE_NUMBER_VIOLATED = 61
    """The server has detected an error in the sequence number of the operation."""

    CF_TIME_STAMP_VIOLATED = 62
    """The server has detected an error in the time stamp of the operation."""

    CF_PAC_VIOLATED = 63
    """The server has detected an error in the PAC of the operation."""

    CF_SEAL_VIOLATED = 64
    """The server has detected an error in the Seal of the operation."""

    CF_GENERIC_UNSPECIFIED_REJECTION = 70
    """The request has been rejected (no specific details available)."""

    CF_GENERIC_OPERATION_REJECTION = 71
    """The requested operation has been rejected (no specific details available)."""

    CF_DUPLICATE_INVOCATION_REJECTION = 72
    """The request duplicated another request for the same service."""

    CF_UNRECOGNIZED_OPERATION_REJECTION = 73
    """The request specified an unrecognized operation."""

    CF_MISTYPED_ARGUMENT_REJECTION = 74
    """The request contained a parameter of the wrong type for the requested operation."""

    CF_RESOURCE_LIMITATION_REJECTION = 75
    """The request would have exceeded a resource limitation."""

    CF_ACS_HANDLE_TERMINATION_REJECTION = 76
    """The request specified an ACS handle that is no longer in use."""

    CF_SERVICE_TERMINATION_REJECTION = 77
    """The request failed because the required service has been terminated."""

    CF_REQUEST_TIMEOUT_REJECTION = 78
    """The request failed because a timeout limit was exceeded."""

    CF_REQUESTS_ON_DEVICE_EXCEEDED_REJECTION = 79
    """The request would have exceeded the limits of the device."""

    CF_INVALID_AGENT_ID_SPECIFIED = 256
    """The request specified an invalid AgentID."""

    CF_INVALID_PASSWORD_SPECIFIED = 257
    """The request specified an invalid agent password."""

    CF_INVALID_AGENT_ID_OR_PASSWORD_SPECIFIED = 258
    """The request specified an invalid AgentID and/or invalid agent password."""

    CF_SPECIFIED_AGENT_ALREADY_SIGNED_ON = 259
    """The request failed because the specified agent is already logged in."""

    CF_INVALID_LOGON_DEVICE_SPECIFIED = 260
    """The request specified an invalid logon device."""

    CF_INVALID_ANSWERING_DEVICE_SPECIFIED = 261
    """The request specified an invalid answering device."""

    CF_INVALID_SKILL_GROUP_SPECIFIED = 262
    """The request specified an invalid agent skill group."""

    CF_INVALID_CLASS_OF_SERVICE_SPECIFIED = 263
    """The request specified an invalid class of service."""

    CF_INVALID_TEAM_SPECIFIED = 264
    """The request specified an invalid team."""

    CF_INVALID_AGENT_WORKMODE = 265
    """The request specified an invalid agent work mode."""

    CF_INVALID_AGENT_REASON_CODE = 266
    """The request specified an invalid agent reason code."""

    CF_ADJUNCT_SWITCH_COMM_ERROR = 267
    """A communication error occurred on the datalink between the Unified CCE and the ACD."""

    CF_AGENT_NOT_PARTY_ON_CALL = 268
    """The specified agent is not a party on the indicated call."""

    CF_INTERNAL_PROCESSING_ERROR = 269
    """An internal error occurred in the ACD while processing the request."""

    CF_TAKE_CALL_CONTROL_REJECTION = 270
    """The ACD refused an Unified CCE request to take control of a call."""

    CF_TAKE_DOMAIN_CONTROL_REJECTION = 271
    """The ACD refused an Unified CCE request to take control of a domain."""

    CF_REQUESTED_SERVICE_NOT_REGISTERED = 272
    """The Unified CCE is not registered on the ACD for the requested service."""

    CF_INVALID_CONSULT_TYPE = 273
    """The consult type is invalid."""

    CF_ANSMAP_OR_ADPARAM_FIELD_NOT_VALID = 274
    """The Ansmap or Asparam field are not valid."""

    CF_INVALID_CALL_CONTROL_TABLE_SPECIFIED = 275
    """The call control table is invalid."""

    CF_INVALID_DIGITS_RNATIMEOUT_AMSDELAY_OR_COUNTRY = 276

    CF_ANSWER_DETECT_PORT_UNAVAILABLE = 277

    CF_VIRTUAL_AGENT_UNAVAILABLE = 278

    CF_TAKEBACK_N_XFER_ROUTE_END = 279

    CF_WRAPUP_DATA_REQUIRED = 280

    CF_REASON_CODE_REQUIRED = 281

    CF_INVALID_TRUNK_ID_SPECIFIED = 282

    CF_SPECIFIED_EXTENSION_ALREADY_IN_USE = 283

    CF_ARBITRARY_CONF_OR_XFER_NOT_SUPPORTED = 284

    CF_NETWORK_TRANSFER_OR_CONSULT = 285

    CF_NETWORK_TRANSFER_OR_CONSULT_FAILED = 286

    CF_DEVICE_RESTRICTED = 287

    CF_LINE_RESTRICTED = 288

    CF_AGENT_ACCOUNT_LOCKED_OUT = 289

    CF_DROP_ANY_PARTY_NOT_ENABLED_CTI = 290

    CF_MAXIMUM_LINE_LIMIT_EXCEEDED = 291

    CF_SHARED_LINES_NOT_SUPPORTED = 292

    CF_EXTENSION_NOT_UNIQUE = 293

    CF_UNKNOWN_INTERFACE_CTRLR_ID = 1001
    """The Interface Controller ID is unknown."""

    CF_INVALID_INTERFACE_CTRLR_TYPE = 1002
    """The Interface Controller type is invalid."""

    CF_SOFTWARE_REV_NO_SUPPORTED = 1003
    """The current software revision is not supported."""

    CF_UNKNOWN_PID = 1004
    """The PeripheralID is unknown."""

    CF_INVALID_TABLE_SPECIFIED = 1005
    """An invalid table was specified."""

    CF_PD_SERVICE_INACTIVE = 1006
    """The peripheral data service is not active."""

    CF_UNKNOWN_ROUTING_CLIENT_ID = 1007
    """The RoutingClientID is unknown."""

    CF_RC_SERVICE_INACTIVATE = 1008
    """The routing client service is not active."""

    CF_INVALID_DIALED_NUMBER = 1009
    """The dialed number is invalid."""

    CF_INVALID_PARAMETER = 1010
    """A parameter in the request is invalid."""

    CF_UNKNOWN_ROUTING_PROBLEM = 1011
    """An unspecified error occurred during routing."""

    CF_UNSUPPORTED_PD_MESSAGE_REVISION = 1012
    """The requested peripheral data service protocol version is not supported."""

    CF_UNSUPPORTED_RC_MESSAGE_REVISION = 1013
    """The requested routing client service protocol version is not supported."""

    CF_UNSUPPORTED_IC_MESSAGE_REVISION = 1014
    """The requested interface controller service protocol version is not supported."""

    CF_RC_SERVICE_INACTIVATE_PIM = 1015
    """The peripheral interface is not active."""

    CF_AGENT_GREETING_CONTROL_OPERATION_FAILURE = 1016
    """This error occurs if AGENT_GREETING_CONTROL_REQ request fails. Notes: All detailed errors are defined as Peripheral Error Codes."""


class SupervisoryAction(IntEnum):
    """The call supervision operation requested by SUPERVISE_CALL_REQ (SupervisoryAction field).

    From: Application Level Interfaces (v25), SUPERVISE_CALL_REQ, SupervisoryAction table
    """

    SUPERVISOR_CLEAR = 0
    """The supervisor device is to be disconnected from the call."""

    SUPERVISOR_MONITOR = 1
    """The supervisor device is to be connected to the call for silent monitoring (hears all parties)."""

    SUPERVISOR_WHISPER = 2
    """The supervisor device is to be connected to the call for training or whisper (talks to the agent; the customer does not hear)."""

    SUPERVISOR_BARGE_IN = 3
    """The supervisor device is to be connected to the call as an active participant, as in a conference."""

    SUPERVISOR_INTERCEPT = 4
    """The supervisor device is to be connected to the call as an active participant and the agent connection will be dropped."""


class Distribution(IntEnum):
    """The desired distribution of a user message (Distribution field of USER_MESSAGE_REQ and USER_MESSAGE_EVENT).

    From: Application Level Interfaces (v25), USER_MESSAGE_REQ, Distribution Code table (V15 Table 5-69 Message Distribution Values)
    """

    DISTRIBUTE_TO_CLIENT = 0
    """The message is to be sent to the client indicated by the ClientID field."""

    DISTRIBUTE_TO_SUPERVISOR = 1
    """The message is to be sent to the agent team supervisor."""

    DISTRIBUTE_TO_TEAM = 2
    """The message is to be sent to all clients in the same agent team."""

    DISTRIBUTE_TO_ALL = 3
    """The message is to be sent to all CTI Server clients."""


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


class SystemEventID(IntEnum):
    """SystemEventID

    From: Constants and Status Codes (v25), SystemEventID Values
    """

    SYS_CENTRAL_CONTROLLER_ONLINE = 1
    """The PG has resumed communication with the Unified CCE Central Controller."""

    SYS_CENTRAL_CONTROLLER_OFFLINE = 2
    """The PG is unable to communicate with the Unified CCE Central Controller."""

    SYS_PERIPHERAL_ONLINE = 3
    """A peripheral monitored by the PG has gone online. SystemEventArg1 contains the PeripheralID of the peripheral."""

    SYS_PERIPHERAL_OFFLINE = 4
    """A peripheral monitored by the PG has gone offline. SystemEventArg1 contains the PeripheralID of the peripheral."""

    SYS_TEXT_FYI = 5
    """Broadcast of informational “text” floating field."""

    SYS_PERIPHERAL_GATEWAY_OFFLINE = 6
    """The CTI Server is unable to communicate with the Unified CCE Peripheral Gateway."""

    SYS_CTI_SERVER_OFFLINE = 7
    """The local software component is unable to communicate with the CTI Server."""

    SYS_CTI_SERVER_ONLINE = 8
    """The local software component has resumed communication with the CTI Server."""

    SYS_HALF_HOUR_CHANGE = 9
    """The Unified CCE Central Controller time has changed to a new half hour."""

    SYS_INSTRUMENT_OUT_OF_SERVICE = 10
    """An Enterprise Agent device target has been removed from service. SystemEventArg1 holds the PeripheralID, SystemEventText the AgentInstrument."""

    SYS_INSTRUMENT_BACK_IN_SERVICE = 11
    """An Enterprise Agent device target has been returned to service. SystemEventArg1 holds the PeripheralID, SystemEventText the AgentInstrument."""


class AgentState(IntEnum):
    """AgentState

    From: Constants and Status Codes (v25), AgentState Values
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
    """The agent is performing after call work, and will be ready to receive a call when completed."""

    AGENT_STATE_BUSY_OTHER = 7
    """The agent is busy performing a task associated with another active SkillGroup."""

    AGENT_STATE_RESERVED = 8
    """The agent is reserved for a call that will arrive at the ACD shortly."""

    AGENT_STATE_UNKNOWN = 9
    """The agent state is currently unknown."""

    AGENT_STATE_HOLD = 10
    """The agent currently has all calls on hold."""

    AGENT_STATE_ACTIVE = 11
    """The agent state is currently active."""

    AGENT_STATE_PAUSED = 12
    """The agent state is currently paused."""

    AGENT_STATE_INTERRUPTED = 13
    """The agent state is currently interrupted."""

    AGENT_STATE_NOT_ACTIVE = 14
    """The agent state is currently not active."""


class PeripheralType(IntEnum):
    """PeripheralType

    From: Constants and Status Codes (v25), PeripheralType Values
    """

    PT_NONE = 65535
    """Not Applicable"""

    PT_ASPECT = 1
    """Aspect Call Center ACD"""

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

    PT_SYMPOSIUM = 16
    """Symposium peripheral (the description is not printed by any edition that could be read)."""

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

    PT_SIMPLIFIED_IPCC = 23
    """Simplified IPCC peripheral (the description is not printed by any edition that could be read)."""

    PT_ARS = 24
    """A system using the ARS PG"""

    PT_ACMI_ERS = 25
    """A system using the ERS PG"""

    PT_ACMI_EXPERT_ADVISOR = 26
    """Obsolete"""


class LocalConnectionState(IntEnum):
    """LocalConnectionState

    From: Constants and Status Codes (v25), LocalConnectionState Values
    """

    LCS_NONE = 65535
    """Not applicable"""

    LCS_NULL = 0
    """No relationship between call and device."""

    LCS_INITIATE = 1
    """Device requesting service (“dialing”)."""

    LCS_ALERTING = 2
    """Device is alerting (“ringing”)."""

    LCS_CONNECT = 3
    """Device is actively participating in the call."""

    LCS_HOLD = 4
    """Device is inactively participating in the call."""

    LCS_QUEUED = 5
    """Device is stalled attempting to connect to a call, or a call is stalled attempting to connect to a device."""

    LCS_FAIL = 6
    """A device-to-call or call-to-device connection attempt has been aborted."""


class DeviceIDType(IntEnum):
    """DeviceIDType

    From: Constants and Status Codes (v25), DeviceIDType Values
    """

    DEVID_NONE = 65535
    """No device ID is provided."""

    DEVID_DEVICE_IDENTIFIER = 0
    """The provided device ID identifies a peripheral teleset (extension)."""

    DEVID_TRUNK_IDENTIFIER = 70
    """The provided device ID identifies a peripheral Trunk."""

    DEVID_TRUNK_GROUP_IDENTIFIER = 71
    """The provided device ID identifies a peripheral Trunk Group."""

    DEVID_IP_PHONE_MAC_IDENTIFIER = 72
    """The provided device ID identifiers the MAC address of an IP phone (Unified CCX ONLY)."""

    DEVID_CTI_PORT = 73
    """The provided device ID identifiers a CTI PORT (Unified CCX ONLY)."""

    DEVID_ROUTE_POINT = 74
    """The provided device ID identifies a ROUTE POINT."""

    DEVID_EXTERNAL = 75
    """The provided device ID is an ANI number or some other external identifier."""

    DEVID_AGENT_DEVICE = 76
    """The provided device ID is the ID of an AGENT Device (phone)."""

    DEVID_QUEUE = 77
    """The provided device ID is the ID of a QUEUE."""

    DEVID_NON_ACD_DEVICE_IDENTIFIER = 78
    """The provided device ID identifies a peripheral telset (extension) that is classified as being a non-ACD extension."""

    DEVID_SHARED_DEVICE_IDENTIFIER = 79
    """The provided device ID identifies a peripheral telset (extension) that is classified as being a shared line (0 or more telsets share this extension)."""


class ConnectionDeviceIDType(IntEnum):
    """ConnectionDeviceIDType

    From: Constants and Status Codes (v25), ConnectionDeviceIDType Values
    """

    CONNECTION_ID_NONE = 65535
    """No ConnectionDeviceID is provided."""

    CONNECTION_ID_STATIC = 0
    """The ConnectionDeviceID value is stable over time (between calls)."""

    CONNECTION_ID_DYNAMIC = 1
    """The ConnectionDeviceID value is dynamic and may change between calls."""


class LineType(IntEnum):
    """LineType

    From: Constants and Status Codes (v25), LineType Values
    """

    LINETYPE_INBOUND_ACD = 0
    """Line used for inbound ACD calls."""

    LINETYPE_OUTBOUND_ACD = 1
    """Line used for outbound ACD calls."""

    LINETYPE_INSIDE = 2
    """Line used for inside calls."""

    LINETYPE_UNKNOWN = 3
    """Line used for any purpose."""

    LINETYPE_SUPERVISOR = 4
    """Line used for supervisor calls."""

    LINETYPE_MESSAGE = 5
    """Line used for voice messages."""

    LINETYPE_HELP = 6
    """Line used for assistance."""

    LINETYPE_OUTBOUND = 7
    """Line used for outbound non-ACD calls."""

    LINETYPE_DID = 8
    """Line used for direct inward dialed calls."""

    LINETYPE_SILENT_MONITOR = 9
    """Line used for silent monitor."""

    LINETYPE_NON_ACD_IN = 10
    """Line used for inbound non-ACD calls."""

    LINETYPE_NON_ACD_OUT = 11
    """Line used for outbound non-ACD calls."""


class AllocationState(IntEnum):
    """AllocationState

    From: Constants and Status Codes (v25), AllocationState Values
    """

    ALLOC_CALL_DELIVERED = 0
    """Connect call to originating device when call is delivered (alerting)."""

    ALLOC_CALL_ESTABLISHED = 1
    """Connect call to originating device when call is established (answered)."""


class ForwardType(IntEnum):
    """ForwardType

    From: Constants and Status Codes (v25), ForwardType Values
    """

    FWT_IMMEDIATE = 0
    """Forward all calls."""

    FWT_BUSY = 1
    """Forward only when busy."""

    FWT_NO_ANS = 2
    """Forward after no answer."""

    FWT_BUSY_INT = 3
    """Forward on busy for internal calls."""

    FWT_BUSY_EXT = 4
    """Forward on busy for external calls."""

    FWT_NO_ANS_INT = 5
    """Forward after no answer for internal calls."""

    FWT_NO_ANS_EXT = 6
    """Forward after no answer for external calls."""


class TypeOfDevice(IntEnum):
    """TypeOfDevice

    From: Constants and Status Codes (v25), TypeOfDevice Values
    """

    DEVT_STATION = 0
    """A traditional telephone device, consisting of one or more buttons and one or more lines."""

    DEVT_LINE = 1
    """A communications interface to one or more stations."""

    DEVT_BUTTON = 2
    """An instance of a call manipulation point at an individual station."""

    DEVT_ACD = 3
    """A mechanism that distributes calls."""

    DEVT_TRUNK = 4
    """A device used to access other switching domains."""

    DEVT_OPERATOR = 5
    """A device that interacts with a call party to assist in call setup or provide other telecommunications service."""

    DEVT_STATION_GROUP = 16
    """Two or more stations used interchangeably or addressed identically."""

    DEVT_LINE_GROUP = 17
    """A set of communications interfaces to one or more stations."""

    DEVT_BUTTON_GROUP = 18
    """Two or more instances of a call manipulation point at an individual station."""

    DEVT_ACD_GROUP = 19
    """A call distributor device as well as the devices to which it distributes calls."""

    DEVT_TRUNK_GROUP = 20
    """A set of trunks providing connectivity to the same place. Individual trunks within the group may be used interchangeably."""

    DEVT_OPERATOR_GROUP = 21
    """Two or more operator devices used interchangeably or addressed identically."""

    DEVT_CTI_PORT_SCCP = 22
    """A CTI port on a Unified CM device."""

    DEVT_CTI_PORT_SIP = 23
    """A CTI port on a SIP device."""

    DEVT_OTHER = 255
    """A device that does not fall into any of the preceding categories."""


class CallPlacementType(IntEnum):
    """CallPlacementType

    From: Constants and Status Codes (v25), CallPlacementType Values
    """

    CPT_UNSPECIFIED = 0
    """Use default call placement."""

    CPT_LINE_CALL = 1
    """An inside line call."""

    CPT_OUTBOUND = 2
    """An outbound call."""

    CPT_OUTBOUND_NO_ACCESS_CODE = 3
    """An outbound call that will not require an access code."""

    CPT_DIRECT_POSITION = 4
    """A call placed directly to a specific position."""

    CPT_DIRECT_AGENT = 5
    """A call placed directly to a specific agent."""

    CPT_SUPERVISOR_ASSIST = 6
    """A call placed to a supervisor for call handling assistance."""


class CallMannerType(IntEnum):
    """CallMannerType

    From: Constants and Status Codes (v25), CallMannerType Values
    """

    CMT_UNSPECIFIED = 0
    """Use default call manner."""

    CMT_POLITE = 1
    """Attempt the call only if the originating device is idle."""

    CMT_BELLIGERENT = 2
    """This CallManner type is only used with the MAKE_CALL_REQUEST. When an agent in Available state places an outbound call, the Unified CCE system forcibly changes the agent's state to NotReady with the 50006 reason code. The system changes the agent's state back to Available after the call ends or if the call fails to connect."""

    CMT_SEMI_POLITE = 3
    """Attempt the call only if the originating device is idle or is receiving dial tone."""

    CMT_RESERVED = 4
    """Reserved"""


class CallOption(IntEnum):
    """CallOption

    From: Constants and Status Codes (v25), CallOption Values
    """

    COPT_UNSPECIFIED = 0
    """No call options specified, use defaults."""

    COPT_CALLING_AGENT_ONLINE = 1
    """Attempt the call only if the calling agent is “online” (available to interact with the destination party)."""

    COPT_CALLING_AGENT_RESERVED = 2
    """Obsolete with DMS-100."""

    COPT_CALLING_AGENT_NOT_RESERVED = 3
    """Obsolete with DMS-100."""

    COPT_CALLING_AGENT_BUZZ_BASE = 4
    """Obsolete with DMS-100."""

    COPT_CALLING_AGENT_BEEP_HSET = 5
    """Obsolete with DMS-100."""

    COPT_SERVICE_CIRCUIT_ON = 6
    """Causes a call classifier to be applied to the call (ACM ECS)."""


class ConsultType(IntEnum):
    """ConsultType

    From: Constants and Status Codes (v25), ConsultType Values
    """

    CT_UNSPECIFIED = 0
    """Default (consult call)."""

    CT_TRANSFER = 1
    """Consult call prior to transfer."""

    CT_CONFERENCE = 2
    """Consult call prior to conference."""


class FacilityType(IntEnum):
    """FacilityType

    From: Constants and Status Codes (v25), FacilityType Values
    """

    FT_UNSPECIFIED = 0
    """Use default facility type."""

    FT_TRUNK_GROUP = 1
    """Facility is a trunk group."""

    FT_SKILL_GROUP = 2
    """Facility is a skill group or split."""


class AnsweringMachine(IntEnum):
    """AnsweringMachine

    From: Constants and Status Codes (v25), AnsweringMachine Values
    """

    AM_UNSPECIFIED = 0
    """Use default behavior."""

    AM_CONNECT = 1
    """Connect call to agent when call is answered by an answering machine."""

    AM_DISCONNECT = 2
    """Disconnect call when call is answered by an answering machine."""

    AM_NONE = 3
    """Do not use answering machine detection."""

    AM_NONE_NO_MODEM = 4
    """Do not use answering machine detection, but disconnect call if answered by a modem."""

    AM_CONNECT_NO_MODEM = 5
    """Connect call when call is answered by an answering machine, disconnect call if answered by a modem."""


class AnswerDetectMode(IntEnum):
    """AnswerDetectMode

    From: Constants and Status Codes (v25), AnswerDetectMode Values
    """

    ADM_UNSPECIFIED = 0
    """Use default behavior."""

    ADM_VOICE_THRESHOLD = 1
    """Report call answered by an answering machine when initial voice duration exceeds time threshold."""

    ADM_VOICE_END = 2
    """Report call answered by an answering machine when initial voice segment ends."""

    ADM_VOICE_END_DELAY = 3
    """Report call answered by an answering machine after a fixed delay following the end of the initial voice segment."""

    ADM_VOICE_AND_BEEP = 4
    """Report call answered by an answering machine after a beep tone following the end of the initial voice segment (excluding beep tone without any preceding voice)."""

    ADM_BEEP = 5
    """Report call answered by an answering machine after a beep tone following the end of the initial voice segment (including beep tone without any preceding voice)."""


class AgentWorkMode(IntEnum):
    """AgentWorkMode

    From: Constants and Status Codes (v25), AgentWorkMode Values
    """

    AWM_UNSPECIFIED = 0
    """Use default behavior."""

    AWM_AUTO_IN = 1
    """Agent automatically becomes available after handling a call."""

    AWM_MANUAL_IN = 2
    """Agent must explicitly indicate availability after handling a call."""

    RA_CALL_BY_CALL = 3
    """Remote agent Call by Call mode."""

    RA_NAILED_CONNECTION = 4
    """Remote agent NailedUp mode."""


class DestinationCountry(IntEnum):
    """DestinationCountry

    From: Constants and Status Codes (v25), DestinationCountry Values
    """

    DEST_UNSPECIFIED = 0
    """Unspecified or unknown, use default behavior."""

    DEST_US_AND_CANADA = 1
    """Call destination is in the United States or Canada."""


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


class SilentMonitorStatus(IntEnum):
    """SilentMonitorStatus

    From: Constants and Status Codes (v25), Silent Monitor Status Values
    """

    SILENT_MONITOR_NONE = 0
    """Normal call (non-silent monitor call)."""

    SILENT_MONITOR_INITIATOR = 1
    """Initiator of silent monitor call."""

    SILENT_MONITOR_TARGET = 2
    """Monitor target of silent monitor call."""


class TransferConferenceSetupMask(IntFlag, boundary=KEEP):
    """TransferConferenceSetupMask

    From: Application Level Interfaces (v25), Transfer Conference Setup Masks
    """

    CONF_SETUP_CONSULT_SPECIFIC = 1
    """ACD call and consultation call that was initiated with a specific transfer or conference CallType."""

    CONF_SETUP_CONSULT_ANY = 2
    """ACD call and consultation call that was initiated with any CallType."""

    CONF_SETUP_CONN_HELD = 4
    """Any connected call and any held call."""

    CONF_SETUP_ANY_TWO_CALLS = 8
    """Any two call appearances."""

    CONF_SETUP_SINGLE_ACD_CALL = 16
    """A single ACD call (blind conference)."""

    TRANS_SETUP_SINGLE_ACD_CALL = 32
    """A single ACD call (blind transfer)."""

    CONF_SETUP_ANY_SINGLE_CALL = 64
    """Any single connected call (blind conference)."""

    TRANS_SETUP_ANY_SINGLE_CALL = 128
    """Any single connected call (blind transfer)."""


class CallControlMask(IntFlag, boundary=KEEP):
    """CallControlMask

    From: Application Level Interfaces (v25), Call Control Masks
    """

    CONTROL_QUERY_AGENT_STATE = 1
    """QUERY_AGENT_STATE"""

    CONTROL_SET_AGENT_STATE = 2
    """SET_AGENT_STATE"""

    CONTROL_ALTERNATE_CALL = 4
    """ALTERNATE_CALL"""

    CONTROL_ANSWER_CALL = 8
    """ANSWER_CALL"""

    CONTROL_CLEAR_CALL = 16
    """CLEAR_CALL"""

    CONTROL_CLEAR_CONNECTION = 32
    """CLEAR_CONNECTION"""

    CONTROL_CONFERENCE_CALL = 64
    """CONFERENCE_CALL"""

    CONTROL_CONSULTATION_CALL = 128
    """CONSULTATION_CALL"""

    CONTROL_DEFLECT_CALL = 256
    """DEFLECT_CALL"""

    CONTROL_HOLD_CALL = 512
    """HOLD_CALL"""

    CONTROL_MAKE_CALL = 1024
    """MAKE_CALL"""

    CONTROL_MAKE_PREDICTIVE_CALL = 2048
    """MAKE_PREDICTIVE_CALL"""

    CONTROL_RECONNECT_CALL = 4096
    """RECONNECT_CALL"""

    CONTROL_RETRIEVE_CALL = 8192
    """RETRIEVE_CALL"""

    CONTROL_TRANSFER_CALL = 16384
    """TRANSFER_CALL"""

    CONTROL_QUERY_DEVICE_INFO = 32768
    """QUERY_DEVICE_INFO"""

    CONTROL_SNAPSHOT_CALL = 65536
    """SNAPSHOT_CALL"""

    CONTROL_SNAPSHOT_DEVICE = 131072
    """SNAPSHOT_DEVICE"""

    CONTROL_SEND_DTMF_SIGNAL = 262144
    """SEND_DTMF_SIGNAL"""


class OtherFeatureMask(IntFlag, boundary=KEEP):
    """OtherFeatureMask

    From: Application Level Interfaces (v25), Other Feature Masks
    """

    FEATURE_POST_ROUTE = 1
    """Unified CCE Post Routing feature available."""

    FEATURE_UNIQUE_CONSULT_CALLID = 2
    """Consultation call CallIDs are unique."""


class CallVariableMask(IntFlag, boundary=KEEP):
    """The call variables a client wishes to receive (CallVariableMask field of REGISTER_VARIABLES_REQ).

    From: Application Level Interfaces (v25), REGISTER_VARIABLES_REQ, Call Variable Masks table (V15 Table 5-77)
    """

    CALL_VAR_1_MASK = 1
    """CallVariable1"""

    CALL_VAR_2_MASK = 2
    """CallVariable2"""

    CALL_VAR_3_MASK = 4
    """CallVariable3"""

    CALL_VAR_4_MASK = 8
    """CallVariable4"""

    CALL_VAR_5_MASK = 16
    """CallVariable5"""

    CALL_VAR_6_MASK = 32
    """CallVariable6"""

    CALL_VAR_7_MASK = 64
    """CallVariable7"""

    CALL_VAR_8_MASK = 128
    """CallVariable8"""

    CALL_VAR_9_MASK = 256
    """CallVariable9"""

    CALL_VAR_10_MASK = 512
    """CallVariable10"""


class AgentDeskSettingsMask(IntFlag, boundary=KEEP):
    """Boolean agent desk settings (DeskSettingsMask field of AGENT_DESK_SETTINGS_CONF).

    From: Application Level Interfaces (v25), AGENT_DESK_SETTINGS_CONF, desk settings mask table (V15 Table 5-87 Boolean Desk Settings Masks)
    """

    DESK_AVAIL_AFTER_INCOMING_MASK = 1
    """Set for automatically consider the agent available after handling an incoming call."""

    DESK_AVAIL_AFTER_OUTGOING_MASK = 2
    """Set for automatically consider the agent available after handling an outbound call."""

    DESK_AUTO_ANSWER_ENABLED_MASK = 4
    """Set when calls to the agent are automatically answered."""

    DESK_IDLE_REASON_REQUIRED_MASK = 8
    """Set when the agent must enter a reason before entering the Idle state."""

    DESK_LOGOUT_REASON_REQUIRED_MASK = 16
    """Set when the agent must enter a reason before logging out."""

    DESK_SUPERVISOR_CALLS_ALLOWED_MASK = 32
    """Set when the agent can initiate supervisor assisted calls."""

    DESK_AGENT_TO_AGENT_CALLS_ALLOWED = 64
    """Set when calls to other agents are allowed."""

    DESK_OUTBOUND_ACCESS_INTERNATIONAL_MASK = 128
    """Set when the agent can initiate international calls."""

    DESK_OUTBOUND_ACCESS_PUBLIC_NET_MASK = 256
    """Set when the agent can initiate calls through the public network."""

    DESK_OUTBOUND_ACCESS_PRIVATE_NET_MASK = 512
    """Set when the agent can initiate calls through the private network."""

    DESK_OUTBOUND_ACCESS_OPERATOR_ASSISTED_MASK = 1024
    """Set when the agent can initiate operator assisted calls."""

    DESK_OUTBOUND_ACCESS_PBX_MASK = 2048
    """Set when the agent can initiate outbound PBX calls."""

    DESK_NON_ACD_CALLS_ALLOWED_MASK = 4096
    """Set when the agent can place or handle non-ACD calls."""

    DESK_AGENT_CAN_SELECT_GROUP_MASK = 8192
    """Set when the agent can select which groups they are logged in to."""


class CTIServiceMask(IntFlag, boundary=KEEP):
    """CTIServiceMask

    From: Session Management (v25), CTI Service Masks; Constants and Status Codes (v25), CTI Service Masks
    """

    CTI_SERVICE_DEBUG = 2147483648
    """Causes all messages exchanged during the current session to be captured to a file for later analysis."""

    CTI_SERVICE_CLIENT_EVENTS = 1
    """Client receives call and agent state change events associated with a specific ACD phone."""

    CTI_SERVICE_CALL_DATA_UPDATE = 2
    """Client may modify call context data."""

    CTI_SERVICE_CLIENT_CONTROL = 4
    """Client may control calls and agent states associated with a specific ACD phone."""

    CTI_SERVICE_CONNECTION_MONITOR = 8
    """Establishment and termination of this session cause corresponding Unified CCE Alarm events to be generated."""

    CTI_SERVICE_ALL_EVENTS = 16
    """Client receives all call and agent state change events (associated with any ACD phone)."""

    CTI_SERVICE_PERIPHERAL_MONITOR = 32
    """Client may dynamically add and remove devices and calls for which it wishes to receive call and agent state events."""

    CTI_SERVICE_CLIENT_MONITOR = 64
    """Client receives notification when all other CTI client sessions are opened and closed, and may monitor the activity of other CTI client sessions."""

    CTI_SERVICE_SUPERVISOR = 128
    """Client may request supervisor services."""

    CTI_SERVICE_SERVER = 256
    """Client identifies itself as server application."""

    CTI_SERVICE_AGENT_REPORTING = 1024
    """Client may request reporting and routing ARM (Agent Reporting And Management) messages."""

    CTI_SERVICE_ALL_TASK_EVENTS = 2048
    """Client receives all task events."""

    CTI_SERVICE_TASK_MONITOR = 4096
    """Client receives monitored task events."""

    CTI_AGENT_STATE_CONTROL_ONLY = 8192
    """Client can change agent state only; call control is not allowed. The server may grant this flag to a client that requested CTI_SERVICE_CLIENT_CONTROL."""

    CTI_DEVICE_STATE_CONTROL = 32768
    """The client/server wishes to register and get resource state change requests."""

    CTI_SERVICE_UPDATE_EVENTS = 524288
    """Requests that this client receive update notification events. (No data)"""

    CTI_SERVICE_IGNORE_DUPLICATE_AGENT_EVENTS = 1048576
    """Request to suppress duplicate agent state events."""

    CTI_SERVICE_IGNORE_CONF = 2097152
    """Do not send confirmations for third-party requests."""

    CTI_SERVICE_ACD_LINE_ONLY = 4194304
    """Request not to send events for non-ACD lines. (Unified CCE only)"""


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


class AgentStateMask(IntFlag, boundary=KEEP):
    """AgentStateMask

    From: Session Management (v25), Agent State Masks
    """

    AGENT_LOGIN_MASK = 1
    """Set when client wishes to receive “login” AGENT_STATE_EVENT messages."""

    AGENT_LOGOUT_MASK = 2
    """Set when client wishes to receive “logout” AGENT_STATE_EVENT messages."""

    AGENT_NOT_READY_MASK = 4
    """Set when client wishes to receive “not ready” AGENT_STATE_EVENT messages."""

    AGENT_AVAILABLE_MASK = 8
    """Set when client wishes to receive “available” AGENT_STATE_EVENT messages."""

    AGENT_TALKING_MASK = 16
    """Set when client wishes to receive “talking” AGENT_STATE_EVENT messages."""

    AGENT_WORK_NOT_READY_MASK = 32
    """Set when client wishes to receive “work not ready” AGENT_STATE_EVENT messages."""

    AGENT_WORK_READY_MASK = 64
    """Set when client wishes to receive “work ready” AGENT_STATE_EVENT messages."""

    AGENT_BUSY_OTHER_MASK = 128
    """Set when client wishes to receive “busy other” AGENT_STATE_EVENT messages."""

    AGENT_RESERVED_MASK = 256
    """Set when client wishes to receive “reserved” AGENT_STATE_EVENT messages."""

    AGENT_HOLD_MASK = 512
    """Set when client wishes to receive “hold” AGENT_STATE_EVENT messages."""

    AGENT_ACTIVE_MASK = 1024
    """Set when client wishes to receive “active” AGENT_STATE_EVENT messages."""

    AGENT_PAUSED_MASK = 2048
    """Set when client wishes to receive “paused” AGENT_STATE_EVENT messages."""

    AGENT_INTERRUPTED_MASK = 4096
    """Set when client wishes to receive “interrupted” AGENT_STATE_EVENT messages."""

    AGENT_NOT_ACTIVE_MASK = 8192
    """Set when client wishes to receive “not active” AGENT_STATE_EVENT messages."""


class PGStatusCode(IntFlag, boundary=KEEP):
    """PGStatusCode

    From: Constants and Status Codes (v25), PGStatusCode Values
    """

    PGS_OPC_DOWN = 1
    """Communication lost between the CTI Server and the PG's Open Peripheral Controller (OPC) process; no call or agent state event messages can be sent."""

    PGS_CC_DOWN = 2
    """Communication lost between the PG and the Unified CCE Central Controller; mainly affects translation routing and post-routing, other call and agent events can still be sent."""

    PGS_PERIPHERAL_OFFLINE = 4
    """One or more of the peripherals monitored by the PG are offline."""

    PGS_CTI_SERVER_OFFLINE = 8
    """Loss of communication between the CTI Server and the CTI Client. Not reported by a software layer between the CTI Server and the client application."""

    PGS_LIMITED_FUNCTION = 16
    """May be reported by a software layer between the CTI Server and the client application, when PGS_CTI_SERVER_OFFLINE is true, to indicate that limited local call control is possible."""


class ClassOfDevice(IntFlag, boundary=KEEP):
    """ClassOfDevice

    From: Constants and Status Codes (v25), ClassOfDevice Values
    """

    DEVC_OTHER = 16
    """A class of device not covered by the following image, data, or voice classes."""

    DEVC_IMAGE = 32
    """A device that is used to make digital data calls involving imaging or high speed circuit switched data in general."""

    DEVC_DATA = 64
    """A device that is used to make digital data calls (both circuit switched and packet switched)."""

    DEVC_VOICE = 128
    """A device that is used to make audio calls."""


class AgentServiceRequestMask(IntFlag, boundary=KEEP):
    """AgentServiceRequestMask

    From: Constants and Status Codes (v25), Agent Service Request Masks
    """

    OUTBOUND_SUPPORT = 1
    """The agent login can support outbound feature."""

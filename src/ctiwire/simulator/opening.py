"""Checking an OPEN_REQ the way the CTI Server does, with the guide's failure codes, and drafting
the OPEN_CONF.

    grant = check_open(req, switch, config, module)      # StatusError if refused
    session.accept_open(**arguments(open_conf(grant, switch, req), module))

``req`` is an OPEN_REQ of any protocol version, decoded by the session in its version ``module``
(``ctiwire.v24``); everything that depends on the version (which mask bits exist) is read from
that module.

Session Management and the Status Codes table give one code per problem: an unsupported
VersionNumber is E_CTI_INVALID_VERSION, a wrong ClientID/ClientPassword E_CTI_INVALID_PASSWORD,
an IdleTimeout under 20 seconds (other than 0xFFFFFFFF, "no heartbeats") E_CTI_INVALID_TIMEOUT,
unused bits in ServicesRequested / CallMsgMask / AgentStateMask E_CTI_INVALID_SERVICE_MASK /
E_CTI_INVALID_CALL_MSG_MASK / E_CTI_INVALID_AGENT_STATE_MASK, a non-zero Reserved field
E_CTI_INVALID_RESERVED_FIELD; for Client Events service, a missing agent identity is
E_CTI_REQUIRED_DATA_MISSING and identities naming different agents E_CTI_INCONSISTENT_AGENT_DATA.
(The agent teleset already serving another client, E_CTI_DEVICE_IN_USE, needs the list of open
sessions and is checked by the server.)

Unused mask bits are refused only with ``SimulatorConfig(strict=True)``. By default they are
masked off and reported in :attr:`Grant.ignored` (the server logs them): several independent
client implementations send all-ones masks, so real servers evidently accept them.
"""

from __future__ import annotations

import enum
import hmac
import time
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ctiwire.types import Message
from ctiwire.v15 import NULL_PERIPHERAL_ID, AgentState, CTIServiceMask, StatusCode

from ..config import MIN_IDLE_TIMEOUT, NO_IDLE_TIMEOUT
from .config import SimulatorConfig
from .drafts import Draft
from .errors import StatusError
from .switch import Switch

__all__ = [
    "MIN_IDLE_TIMEOUT",
    "NO_IDLE_TIMEOUT",
    "SESSION_ACTIVE",
    "SUPPORTED_SERVICES",
    "Grant",
    "check_open",
    "open_conf",
]

SUPPORTED_SERVICES = (
    CTIServiceMask.CTI_SERVICE_CLIENT_EVENTS
    | CTIServiceMask.CTI_SERVICE_ALL_EVENTS
    | CTIServiceMask.CTI_SERVICE_CLIENT_CONTROL
    | CTIServiceMask.CTI_SERVICE_CALL_DATA_UPDATE
    | CTIServiceMask.CTI_SERVICE_CONNECTION_MONITOR
)
"""What the simulator grants (the same bits in every version); anything else requested is left
out of ServicesGranted."""
SESSION_ACTIVE = 1
"""OPEN_CONF SessionType (Version 24 on): "0 - Unknown 1 - Active 2 - Standby"."""

S = StatusCode


@dataclass(frozen=True, slots=True)
class Grant:
    """An accepted OPEN_REQ, as the rest of the server needs it."""

    services: CTIServiceMask
    call_mask: int
    """CallMsgMask, without unused bits (those of the session's version)."""
    agent_mask: int
    """AgentStateMask, without unused bits."""
    idle_timeout: int | None
    """Seconds without a message before the session is dropped; ``None``: never."""
    device_id: str | None = None
    """The teleset of a Client Events session."""
    config_mask: int = 0
    """ConfigMsgMask: the configuration updates wanted (Version 19 on), without unused bits."""
    ignored: tuple[str, ...] = ()
    """Unused mask bits that were masked off (``"CallMsgMask 0xf0000000"``), for the log."""

    @property
    def all_events(self) -> bool:
        return bool(self.services & CTIServiceMask.CTI_SERVICE_ALL_EVENTS)

    @property
    def client_events(self) -> bool:
        return bool(self.services & CTIServiceMask.CTI_SERVICE_CLIENT_EVENTS)


def defined_bits(module: ModuleType, mask: str) -> int:
    """Every bit the mask class ``mask`` (``"CallEventMask"``) of ``module`` defines; 0 if the
    version has no such mask."""
    cls: type[enum.IntFlag] | None = getattr(module, mask, None)
    bits = 0
    for member in cls or ():
        bits |= member.value
    return bits


MASKS = (
    # OPEN_REQ field, the mask class, the status when strict, the name in the log
    ("services_requested", "CTIServiceMask", S.E_CTI_INVALID_SERVICE_MASK, "ServicesRequested"),
    ("call_msg_mask", "CallEventMask", S.E_CTI_INVALID_CALL_MSG_MASK, "CallMsgMask"),
    ("agent_state_mask", "AgentStateMask", S.E_CTI_INVALID_AGENT_STATE_MASK, "AgentStateMask"),
)


def check_open(req: Any, switch: Switch, config: SimulatorConfig, module: ModuleType) -> Grant:
    """The grant for the OPEN_REQ ``req`` of version ``module``, or :class:`StatusError` with
    the failure code."""
    version = req.version_number
    if version not in config.protocol_versions or version != module.PROTOCOL_VERSION:
        raise StatusError(S.E_CTI_INVALID_VERSION, f"version {version} unsupported")
    credentials = config.credentials
    if credentials is not None:
        expected = credentials.get(req.client_id)
        if expected is None or not hmac.compare_digest(expected, req.client_password):
            raise StatusError(S.E_CTI_INVALID_PASSWORD, "bad ClientID/ClientPassword")
    if req.idle_timeout < MIN_IDLE_TIMEOUT:
        raise StatusError(S.E_CTI_INVALID_TIMEOUT, f"IdleTimeout {req.idle_timeout} < 20 s")
    masks: dict[str, int] = {}
    ignored: list[str] = []
    for name, mask, status, label in MASKS:
        value = int(getattr(req, name))
        unused = value & ~defined_bits(module, mask)
        if unused and config.strict:
            raise StatusError(status, f"unused {mask} bits 0x{unused:08x}")
        if unused:
            ignored.append(f"{label} 0x{unused:08x}")
        masks[name] = value & ~unused
    if req.reserved1 or req.reserved2 or req.reserved3:
        raise StatusError(S.E_CTI_INVALID_RESERVED_FIELD, "a Reserved field is not zero")
    services = CTIServiceMask(masks["services_requested"])
    client_events = bool(services & CTIServiceMask.CTI_SERVICE_CLIENT_EVENTS)
    ours = switch.peripheral.peripheral_id
    if req.peripheral_id not in (ours, NULL_PERIPHERAL_ID) or (
        client_events and req.peripheral_id != ours
    ):
        raise StatusError(S.E_CTI_INVALID_PERIPHERAL_ID, f"PeripheralID {req.peripheral_id}")
    device_id = _agent_device(req, switch) if client_events else None
    timeout = None if req.idle_timeout == NO_IDLE_TIMEOUT else req.idle_timeout
    return Grant(
        services=services & SUPPORTED_SERVICES,
        call_mask=masks["call_msg_mask"],
        agent_mask=masks["agent_state_mask"],
        idle_timeout=timeout,
        device_id=device_id,
        config_mask=int(getattr(req, "config_msg_mask", 0))
        & defined_bits(module, "ConfigEventMask"),
        ignored=tuple(ignored),
    )


def open_conf(grant: Grant, switch: Switch, req: Message) -> Draft:
    """OPEN_CONF (without the InvokeID, which the session adds) for an accepted ``req``."""
    agent = switch.devices[grant.device_id].agent if grant.device_id else None
    peripheral = switch.peripheral
    every_peripheral = getattr(req, "peripheral_id", None) == NULL_PERIPHERAL_ID
    return Draft(
        "OPEN_CONF",
        {
            "services_granted": grant.services,
            "monitor_id": 0,
            "pg_status": 0,
            "icm_central_controller_time": int(time.time()),
            "peripheral_online": True,
            "peripheral_type": peripheral.peripheral_type,
            "agent_state": agent.state if agent else AgentState.AGENT_STATE_LOGOUT,
            "department_id": agent.profile.department_id if agent else 0,
            "session_type": SESSION_ACTIVE,
            "agent_extension": grant.device_id if agent else None,
            "agent_id": agent.agent_id if agent else None,
            "agent_instrument": grant.device_id if agent else None,
            "peripherals": (
                ({"flt_peripheral_id": peripheral.peripheral_id, "multiline_agent_control": 0},)
                if every_peripheral
                else ()
            ),
        },
    )


def _agent_device(req: Any, switch: Switch) -> str:
    """The teleset a Client Events session is about, from AgentExtension/AgentID/AgentInstrument."""
    ext, agent_id, instrument = req.agent_extension, req.agent_id, req.agent_instrument
    if not (ext or agent_id or instrument):
        raise StatusError(S.E_CTI_REQUIRED_DATA_MISSING, "Client Events needs the agent's device")
    devices: set[str] = set()
    for device_id in (ext, instrument):
        if device_id:
            if device_id not in switch.devices:
                raise StatusError(S.E_CTI_INVALID_AGENT_DATA, f"no device {device_id!r}")
            devices.add(device_id)
    if agent_id:
        agent = switch.agents.get(agent_id)
        if agent is None:
            raise StatusError(S.E_CTI_INVALID_AGENT_DATA, f"no agent {agent_id!r}")
        if agent.device is None:
            if not devices:
                raise StatusError(S.E_CTI_AGENT_NOT_LOGGED_ON, f"agent {agent_id} is signed out")
        else:
            devices.add(agent.device.extension)
    if len(devices) != 1:
        raise StatusError(S.E_CTI_INCONSISTENT_AGENT_DATA, "the agent data name different devices")
    return devices.pop()

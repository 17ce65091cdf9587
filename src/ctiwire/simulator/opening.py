"""Checking an OPEN_REQ the way the CTI Server does, with the guide's failure codes.

Session Management and the Status Codes table give one code per problem: an unsupported
VersionNumber is E_CTI_INVALID_VERSION, a wrong ClientID/ClientPassword E_CTI_INVALID_PASSWORD,
an IdleTimeout under 20 seconds (other than 0xFFFFFFFF, "no heartbeats") E_CTI_INVALID_TIMEOUT,
unused bits in ServicesRequested / CallMsgMask / AgentStateMask E_CTI_INVALID_SERVICE_MASK /
E_CTI_INVALID_CALL_MSG_MASK / E_CTI_INVALID_AGENT_STATE_MASK, a non-zero Reserved field
E_CTI_INVALID_RESERVED_FIELD; for Client Events service, a missing agent identity is
E_CTI_REQUIRED_DATA_MISSING and identities naming different agents E_CTI_INCONSISTENT_AGENT_DATA.
(The agent teleset already serving another client, E_CTI_DEVICE_IN_USE, needs the list of open
sessions and is checked by the server.)
"""

from __future__ import annotations

import enum
import hmac
from collections.abc import Mapping
from dataclasses import dataclass

import ctiwire.v15 as cti
from ctiwire.v15 import (
    NULL_PERIPHERAL_ID,
    AgentStateMask,
    CallEventMask,
    CTIServiceMask,
    StatusCode,
)

from ..config import MIN_IDLE_TIMEOUT, NO_IDLE_TIMEOUT
from .errors import StatusError
from .switch import Switch

__all__ = ["MIN_IDLE_TIMEOUT", "NO_IDLE_TIMEOUT", "SUPPORTED_SERVICES", "Grant", "check_open"]

SUPPORTED_VERSIONS = frozenset({cti.PROTOCOL_VERSION})

SUPPORTED_SERVICES = (
    CTIServiceMask.CTI_SERVICE_CLIENT_EVENTS
    | CTIServiceMask.CTI_SERVICE_ALL_EVENTS
    | CTIServiceMask.CTI_SERVICE_CLIENT_CONTROL
    | CTIServiceMask.CTI_SERVICE_CALL_DATA_UPDATE
    | CTIServiceMask.CTI_SERVICE_CONNECTION_MONITOR
)
"""What the simulator grants; anything else requested is left out of ServicesGranted."""

S = StatusCode


@dataclass(frozen=True, slots=True)
class Grant:
    """An accepted OPEN_REQ, as the rest of the server needs it."""

    services: CTIServiceMask
    call_mask: CallEventMask
    agent_mask: AgentStateMask
    idle_timeout: int | None
    """Seconds without a message before the session is dropped; ``None``: never."""
    device_id: str | None = None
    """The teleset of a Client Events session."""

    @property
    def all_events(self) -> bool:
        return bool(self.services & CTIServiceMask.CTI_SERVICE_ALL_EVENTS)

    @property
    def client_events(self) -> bool:
        return bool(self.services & CTIServiceMask.CTI_SERVICE_CLIENT_EVENTS)


def _defined_bits(mask: type[enum.IntFlag]) -> int:
    bits = 0
    for member in mask:
        bits |= member.value
    return bits


def check_open(req: cti.OpenReq, switch: Switch, credentials: Mapping[str, bytes] | None) -> Grant:
    """The grant for ``req``, or :class:`StatusError` with the failure code."""
    if req.version_number not in SUPPORTED_VERSIONS:
        raise StatusError(S.E_CTI_INVALID_VERSION, f"version {req.version_number} unsupported")
    if credentials is not None:
        expected = credentials.get(req.client_id)
        if expected is None or not hmac.compare_digest(expected, req.client_password):
            raise StatusError(S.E_CTI_INVALID_PASSWORD, "bad ClientID/ClientPassword")
    if req.idle_timeout < MIN_IDLE_TIMEOUT:
        raise StatusError(S.E_CTI_INVALID_TIMEOUT, f"IdleTimeout {req.idle_timeout} < 20 s")
    for value, mask, status in (
        (req.services_requested, CTIServiceMask, S.E_CTI_INVALID_SERVICE_MASK),
        (req.call_msg_mask, CallEventMask, S.E_CTI_INVALID_CALL_MSG_MASK),
        (req.agent_state_mask, AgentStateMask, S.E_CTI_INVALID_AGENT_STATE_MASK),
    ):
        unused = int(value) & ~_defined_bits(mask)
        if unused:
            raise StatusError(status, f"unused {mask.__name__} bits 0x{unused:08x}")
    if req.reserved1 or req.reserved2 or req.reserved3:
        raise StatusError(S.E_CTI_INVALID_RESERVED_FIELD, "a Reserved field is not zero")
    services = CTIServiceMask(int(req.services_requested))
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
        call_mask=CallEventMask(int(req.call_msg_mask)),
        agent_mask=AgentStateMask(int(req.agent_state_mask)),
        idle_timeout=timeout,
        device_id=device_id,
    )


def _agent_device(req: cti.OpenReq, switch: Switch) -> str:
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

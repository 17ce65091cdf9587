"""The objects of the simulated peripheral: skill groups, devices, agents, calls, connections.

Plain mutable records; the rules that change them live in :mod:`.switch`.

The constants (``AgentState``, ``CallType``, ...) are Version 15's classes, used as plain values:
each message is built in its session's version only when it is rendered, and :mod:`.drafts`
turns each value into the member of the same name in that version (the numbers the simulator
uses are the same in every version).

A *connection* is one device's part in one call (CSTA's connection: call ID + device ID). Every
event names one: ``ConnectionCallID`` is the call, ``ConnectionDeviceID`` the device, and
``ConnectionDeviceIDType`` says whether that device ID is static (an agent teleset: configured
extension) or dynamic (an outside party, known only for this call).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from ctiwire.v15 import (
    AgentState,
    CallType,
    ConnectionDeviceIDType,
    DeviceIDType,
    LineType,
    LocalConnectionState,
    PeripheralType,
)

from .config import AgentConfig, SkillGroupConfig

__all__ = ["Agent", "Call", "Connection", "Device", "Direction", "Peripheral", "SkillGroup"]

LCS = LocalConnectionState

# Agent states a call puts an agent in; the others are set by the agent (or a client).
CALL_STATES = frozenset(
    {AgentState.AGENT_STATE_TALKING, AgentState.AGENT_STATE_HOLD, AgentState.AGENT_STATE_RESERVED}
)
ACD_CALL_TYPES = frozenset(
    {CallType.CALLTYPE_ACD_IN, CallType.CALLTYPE_PREROUTE_ACD_IN, CallType.CALLTYPE_OVERFLOW_IN}
)


@dataclass(frozen=True, slots=True)
class Peripheral:
    peripheral_id: int
    peripheral_type: PeripheralType


@dataclass(frozen=True, slots=True)
class SkillGroup:
    number: int
    skill_group_id: int
    name: str
    priority: int = 0
    description: str = ""
    extension: str | None = None
    mrd_id: int = 1

    @classmethod
    def of(cls, config: SkillGroupConfig) -> SkillGroup:
        return cls(
            config.number,
            config.skill_group_id,
            config.name,
            description=config.description,
            extension=config.extension,
            mrd_id=config.mrd_id,
        )


class Direction(enum.IntEnum):
    """AGENT_STATE_EVENT Direction (Version 16 on): "the direction of the call the agent is
    currently working on" (the guide prints the numbers only; the names are the simulator's)."""

    NONE = 0
    IN = 1
    OUT = 2
    OTHER_IN = 3
    OTHER_OUT = 4


@dataclass(eq=False, slots=True)
class Device:
    """An ACD teleset. The simulator uses one string as its extension and instrument."""

    extension: str
    agent: Agent | None = None
    calls: dict[int, Call] = field(default_factory=dict)
    """Calls with a live connection at this device, by call ID."""


@dataclass(eq=False, slots=True)
class Agent:
    agent_id: str
    password: str
    skill_groups: tuple[SkillGroup, ...]
    profile: AgentConfig
    """The agent's configuration (names, department, desk settings, services...), kept up to
    date by the run-time changes of :mod:`.admin`; its ``logged_in`` and ``state`` are only
    where the agent started."""
    state: AgentState = AgentState.AGENT_STATE_LOGOUT
    since: float = 0.0
    """Clock time of the last state change (for StateDuration)."""
    reason_code: int = 0
    device: Device | None = None
    """The teleset the agent is signed in on; ``None`` when signed out."""
    idle_state: AgentState = AgentState.AGENT_STATE_NOT_READY
    """The state to return to when the agent's calls are over (unless wrap-up follows)."""
    next_state: AgentState | None = None
    """A state a client asked for while the agent was on a call, applied when the calls end."""
    wrapup: bool = False
    """The agent handled an ACD call in the current busy period, so wrap-up follows it."""

    @property
    def on_call(self) -> bool:
        return self.device is not None and bool(self.device.calls)

    @property
    def direction(self) -> Direction:
        """The direction of the call the agent is working on: the active (or alerting) one,
        else a held one. ACD calls are In; calls the agent placed are Out when they leave the
        switch (an outside number), Other Out inside it; other calls received are Other In."""
        if self.device is None or not self.device.calls:
            return Direction.NONE
        extension = self.device.extension
        calls = sorted(
            self.device.calls.values(),
            key=lambda c: c.connections[extension].state == LocalConnectionState.LCS_HOLD,
        )
        call = calls[0]
        if call.calling == extension:
            return (
                Direction.OUT
                if call.call_type == CallType.CALLTYPE_AGENT_OUT
                else Direction.OTHER_OUT
            )
        return Direction.IN if call.call_type in ACD_CALL_TYPES else Direction.OTHER_IN


@dataclass(eq=False, slots=True)
class Connection:
    call: Call
    device_id: str
    id_type: ConnectionDeviceIDType
    device_type: DeviceIDType
    state: LocalConnectionState
    line_type: LineType = LineType.LINETYPE_UNKNOWN

    @property
    def live(self) -> bool:
        return self.state != LCS.LCS_NULL

    @property
    def is_agent_device(self) -> bool:
        return self.id_type == ConnectionDeviceIDType.CONNECTION_ID_STATIC


@dataclass(eq=False, slots=True)
class Call:
    call_id: int
    call_type: CallType
    peripheral: Peripheral
    connections: dict[str, Connection] = field(default_factory=dict)
    """Every connection the call has had, by device ID, in the order they joined; a released
    connection stays (state LCS_NULL) so that late events and END_CALL_EVENT can still name it."""
    ani: str | None = None
    dnis: str | None = None
    dialed_number: str | None = None
    caller_entered_digits: str | None = None
    variables: list[str | None] = field(default_factory=lambda: [None] * 10)
    """CallVariable1..10."""
    wrapup_data: str | None = None
    named_variables: dict[str, str] = field(default_factory=dict)
    router_call_key: tuple[int, int] | None = None
    """(RouterCallKeyDay, RouterCallKeyCallID) of a call Unified CCE routed."""
    skill_group: SkillGroup | None = None
    calling: str | None = None
    """The device that placed the call."""
    called: str | None = None
    """The device (or number) the call was placed to."""
    ended: bool = False

    @property
    def first(self) -> Connection:
        """The connection that names the call in call-level events for All Events clients."""
        return next(iter(self.connections.values()))

    def live_connections(self) -> list[Connection]:
        return [c for c in self.connections.values() if c.live]

    def connection(self, device_id: str) -> Connection | None:
        conn = self.connections.get(device_id)
        return conn if conn is not None and conn.live else None

    def devices(self) -> frozenset[str]:
        """Devices with a live connection (the parties a call event concerns)."""
        return frozenset(c.device_id for c in self.connections.values() if c.live)

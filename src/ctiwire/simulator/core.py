"""The switch's foundation: its registry of agents, devices and calls (and of the configured
services, call types, MRDs and desk settings), the notices it emits, and the agent state rules.

Agent states follow the calls: an alerting call makes the agent RESERVED, a connected (or
initiated) one TALKING, only held ones HOLD. When the agent's last call ends it goes to WORK_READY
if it handled an ACD call (wrap-up; the agent's desktop, or the traffic generator, makes it
AVAILABLE again), otherwise back to the state it had before the call, unless a client asked for
another state meanwhile. The call operations are in :mod:`.switch`.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from ctiwire.v15 import (
    AgentState,
    CallType,
    ConnectionDeviceIDType,
    ControlFailureCode,
    DeviceIDType,
    LineType,
    LocalConnectionState,
    StatusCode,
)

from . import events
from .config import AgentConfig, SimulatorConfig
from .drafts import Draft
from .errors import ControlError, StatusError
from .notices import AgentNotice, CallNotice, Notice, View
from .state import (
    ACD_CALL_TYPES,
    CALL_STATES,
    Agent,
    Call,
    Connection,
    Device,
    Peripheral,
    SkillGroup,
)

__all__ = ["Cancellable", "Schedule", "SwitchCore"]

LCS = LocalConnectionState
CF = ControlFailureCode
AS = AgentState

FIRST_CALL_ID = 0x01000001  # Unified CCE call IDs are large numbers; start like one
ENDED_CALLS_KEPT = 500  # ended calls remembered for wrap-up call data and RELEASE_CALL_REQ
DIAL_CHARACTERS = frozenset("0123456789*#+")
IDLE_STATES = frozenset(
    {
        AS.AGENT_STATE_NOT_READY,
        AS.AGENT_STATE_AVAILABLE,
        AS.AGENT_STATE_WORK_READY,
        AS.AGENT_STATE_WORK_NOT_READY,
    }
)
ACTIVE = frozenset({LCS.LCS_CONNECT, LCS.LCS_INITIATE})


class Cancellable(Protocol):
    def cancel(self) -> None: ...


Schedule = Callable[[float, Callable[[], None]], Cancellable]
"""Run a callback after a delay in seconds (``loop.call_later`` fits)."""

Listener = Callable[[Notice], None]


class SwitchCore:
    """One peripheral's agents, devices and calls, and how notices about them go out."""

    def __init__(
        self,
        config: SimulatorConfig,
        *,
        schedule: Schedule | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        self.peripheral = Peripheral(config.peripheral_id, config.peripheral_type)
        self.skill_groups = {sg.number: SkillGroup.of(sg) for sg in config.skill_groups}
        self.services = {s.number: s for s in config.services}
        self.call_types = {c.call_type_id: c for c in config.call_types}
        self.mrds = {m.mrd_id: m for m in config.mrds}
        self.desk_settings = {d.desk_settings_id: d for d in config.desk_settings}
        self.default_desk_settings_id = config.default_desk_settings_id
        self.devices: dict[str, Device] = {}
        self.agents: dict[str, Agent] = {}
        self.calls: dict[int, Call] = {}
        self.ended: OrderedDict[int, Call] = OrderedDict()
        self.queue: deque[Call] = deque()
        self.listeners: list[Listener] = []
        self._schedule = schedule
        self._clock = clock
        self._next_call_id = FIRST_CALL_ID
        self._outbox: list[Notice] = []
        self._held = 0
        self._routing = False
        for ac in config.agents:
            self._register(ac)

    def _register(self, ac: AgentConfig) -> Agent:
        """Add a configured agent (and its teleset), signed in if ``ac.logged_in``."""
        agent = Agent(ac.agent_id, ac.password, self.groups(ac.skill_groups), ac, since=self.now())
        self.agents[ac.agent_id] = agent
        device = self.devices.setdefault(ac.extension, Device(ac.extension))
        if ac.logged_in and device.agent is None:
            agent.device, device.agent = device, agent
            agent.state = agent.idle_state = ac.state
        return agent

    def groups(self, numbers: tuple[int, ...]) -> tuple[SkillGroup, ...]:
        """The skill groups of these SkillGroupNumbers (unknown numbers are left out)."""
        return tuple(self.skill_groups[n] for n in numbers if n in self.skill_groups)

    # -----------------------------------------------------------------------------------------
    # Notices

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """Hold notices back until the block ends (a request's confirmation goes first)."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held:
                self._flush()

    def _emit(self, notice: Notice) -> None:
        self._outbox.append(notice)
        if not self._held:
            self._flush()

    def _flush(self) -> None:
        while self._outbox:
            notice = self._outbox.pop(0)
            for listener in list(self.listeners):
                listener(notice)

    def _call_event(
        self,
        name: str,
        call: Call,
        draft: Callable[[View], Draft],
        devices: frozenset[str] | None = None,
        connection: Connection | None = None,
    ) -> None:
        """Emit the call event ``name``, drafted by ``draft`` for each viewer."""
        concerned = call.devices() if devices is None else devices
        views: dict[str | None, Draft] = {None: draft(View(None))}
        for device_id in concerned:
            if device_id in self.devices:
                views[device_id] = draft(View(device_id))
        self._emit(CallNotice(name, call, concerned, views, connection))

    # -----------------------------------------------------------------------------------------
    # Lookups

    def find_agent(
        self,
        *,
        agent_id: str | None = None,
        extension: str | None = None,
        instrument: str | None = None,
    ) -> Agent | None:
        """The agent named by any of the three (all given ones must agree), else ``None``."""
        found: set[Agent | None] = set()
        if agent_id:
            found.add(self.agents.get(agent_id))
        for device_id in (extension, instrument):
            if device_id:
                device = self.devices.get(device_id)
                found.add(device.agent if device else None)
        return found.pop() if len(found) == 1 else None

    def call(self, call_id: int, *, ended: bool = False) -> Call | None:
        """An active call, or (``ended=True``) also one that ended recently."""
        call = self.calls.get(call_id)
        if call is None and ended:
            call = self.ended.get(call_id)
        return call

    def now(self) -> float:
        return self._clock()

    # -----------------------------------------------------------------------------------------
    # Agents

    def _set_agent_state(self, agent: Agent, state: AgentState, reason: int = 0) -> None:
        if state == agent.state and reason == agent.reason_code:
            return
        now = self._clock()
        duration = max(0, int(now - agent.since))
        agent.state, agent.since, agent.reason_code = state, now, reason
        device_id = agent.device.extension if agent.device else None
        draft = events.agent_state(agent, self.peripheral, device_id, duration)
        self._emit(AgentNotice(agent, device_id, state, draft))
        if state == AS.AGENT_STATE_AVAILABLE:
            self._agent_available()

    def _agent_available(self) -> None:
        """Hook: an agent became available (the call side routes queued calls to it)."""

    def login(self, agent_id: str, password: str, instrument: str) -> Agent:
        agent = self.agents.get(agent_id)
        if agent is None:
            raise ControlError(CF.CF_INVALID_AGENT_ID_SPECIFIED, f"no agent {agent_id!r}")
        if agent.password and password != agent.password:
            raise ControlError(CF.CF_INVALID_PASSWORD_SPECIFIED, "wrong agent password")
        device = self.devices.get(instrument)
        if device is None:
            raise ControlError(CF.CF_INVALID_LOGON_DEVICE_SPECIFIED, f"no device {instrument!r}")
        if agent.device is device:
            return agent
        if agent.device is not None:
            raise ControlError(
                CF.CF_SPECIFIED_AGENT_ALREADY_SIGNED_ON,
                f"agent {agent_id} is signed on at {agent.device.extension}",
            )
        if device.agent is not None:
            raise ControlError(
                CF.CF_SPECIFIED_EXTENSION_ALREADY_IN_USE,
                f"agent {device.agent.agent_id} is signed on at {instrument}",
            )
        agent.device, device.agent = device, agent
        agent.idle_state, agent.next_state, agent.wrapup = AS.AGENT_STATE_NOT_READY, None, False
        self._set_agent_state(agent, AS.AGENT_STATE_LOGIN)
        self._set_agent_state(agent, AS.AGENT_STATE_NOT_READY)
        return agent

    def logout(self, agent: Agent, reason: int = 0) -> None:
        device = self._signed_in(agent)
        if device.calls:
            raise ControlError(CF.CF_GENERIC_STATE_INCOMPATIBILITY, "the agent is on a call")
        self._set_agent_state(agent, AS.AGENT_STATE_LOGOUT, reason)
        agent.device = device.agent = None

    def set_agent_state(self, agent: Agent, state: AgentState, reason: int = 0) -> None:
        """NOT_READY, AVAILABLE, WORK_READY or WORK_NOT_READY; on a call, once the calls end."""
        self._signed_in(agent)
        if state not in IDLE_STATES:
            raise ControlError(CF.CF_INVALID_OBJECT_STATE, f"{state.name} cannot be requested")
        if agent.state in CALL_STATES:
            agent.next_state = state
            agent.reason_code = reason
            return
        agent.idle_state, agent.wrapup = state, False
        self._set_agent_state(agent, state, reason)

    def _signed_in(self, agent: Agent) -> Device:
        if agent.device is None:
            raise StatusError(
                StatusCode.E_CTI_AGENT_NOT_LOGGED_ON, f"agent {agent.agent_id} is not signed in"
            )
        return agent.device

    def _refresh(self, device_id: str) -> None:
        """Bring the agent at ``device_id`` into the state its calls imply."""
        device = self.devices.get(device_id)
        agent = device.agent if device else None
        if device is None or agent is None:
            return
        states = {call.connections[device_id].state for call in device.calls.values()}
        if states:
            if any(
                call.call_type in ACD_CALL_TYPES
                and call.connections[device_id].state in (LCS.LCS_CONNECT, LCS.LCS_HOLD)
                for call in device.calls.values()
            ):
                agent.wrapup = True
            if states & ACTIVE:
                new = AS.AGENT_STATE_TALKING
            elif LCS.LCS_HOLD in states:
                new = AS.AGENT_STATE_HOLD
            else:
                new = AS.AGENT_STATE_RESERVED
            if agent.state not in CALL_STATES:
                agent.idle_state = agent.state
            self._set_agent_state(agent, new, 0 if new != agent.state else agent.reason_code)
        elif agent.state in CALL_STATES:
            if agent.next_state is not None:
                new, reason = agent.next_state, agent.reason_code
            elif agent.wrapup:
                new, reason = AS.AGENT_STATE_WORK_READY, 0
            else:
                new, reason = agent.idle_state, 0
            agent.next_state, agent.wrapup, agent.idle_state = None, False, new
            self._set_agent_state(agent, new, reason)

    # -----------------------------------------------------------------------------------------
    # Building calls

    def _new_call(self, call_type: CallType, *, like: Call | None = None) -> Call:
        call = Call(self._next_call_id, call_type, self.peripheral)
        self._next_call_id += 1
        if like is not None:  # a consultation call starts with the original call's context
            call.ani, call.dnis, call.variables = like.ani, like.dnis, list(like.variables)
            call.named_variables = dict(like.named_variables)
            call.caller_entered_digits, call.skill_group = (
                like.caller_entered_digits,
                like.skill_group,
            )
        self.calls[call.call_id] = call
        return call

    def _connect(self, call: Call, device_id: str, state: LCS, line: LineType) -> Connection:
        """Add ``device_id``'s connection to ``call`` (an agent teleset or an outside party)."""
        device = self.devices.get(device_id)
        if device is not None:
            conn = Connection(
                call,
                device_id,
                ConnectionDeviceIDType.CONNECTION_ID_STATIC,
                DeviceIDType.DEVID_DEVICE_IDENTIFIER,
                state,
                line,
            )
            device.calls[call.call_id] = call
        else:
            conn = Connection(
                call,
                device_id,
                ConnectionDeviceIDType.CONNECTION_ID_DYNAMIC,
                DeviceIDType.DEVID_EXTERNAL,
                state,
                line,
            )
        call.connections[device_id] = conn
        return conn

    def _release(self, conn: Connection) -> None:
        conn.state = LCS.LCS_NULL
        device = self.devices.get(conn.device_id)
        if device is not None:
            device.calls.pop(conn.call.call_id, None)

    def _check_dialed(self, dialed: str | None, origin: str) -> str:
        if not dialed or not set(dialed) <= DIAL_CHARACTERS or dialed == origin:
            raise ControlError(CF.CF_INVALID_CALLED_DEVICE, f"cannot dial {dialed!r}")
        return dialed

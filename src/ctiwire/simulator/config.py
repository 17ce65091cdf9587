"""What a simulated contact center looks like: the protocol versions served, the peripheral, its
skill groups, services, agents, call types, media routing domains, desk settings, and traffic.

    config = SimulatorConfig(
        protocol_versions=(19, 24),          # default: every version ctiwire has
        agents=default_agents(12),
        traffic=TrafficConfig(calls_per_second=2),
    )

Everything here is the configuration a client can acquire with the Configuration Acquisition
messages (Version 19 on): see :mod:`.configuration` for how each item becomes a record. The
state constants (``AgentState``, ``PeripheralType``) are Version 15's classes: their numbers are the
same in every version.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ctiwire import protocol_versions
from ctiwire.v15 import AgentState, PeripheralType

__all__ = [
    "MRD_VOICE",
    "NO_DESK_SETTINGS",
    "AgentConfig",
    "CallTypeConfig",
    "DeskSettingsConfig",
    "MrdConfig",
    "ServiceConfig",
    "SimulatorConfig",
    "SkillGroupConfig",
    "TrafficConfig",
    "default_agents",
    "default_call_types",
    "default_desk_settings",
    "default_mrds",
    "default_services",
    "default_skill_groups",
]

NO_DESK_SETTINGS = 0xFFFFFFFF
"""AgentDeskSettingsID -1: the agent uses its peripheral's default desk settings."""
MRD_VOICE = 1
"""The Media Routing Domain ID of the simulated voice calls."""


@dataclass(frozen=True, slots=True)
class SkillGroupConfig:
    number: int
    """SkillGroupNumber as known to the peripheral."""
    skill_group_id: int
    """SkillGroupID as known to Unified CCE (its SkillTargetID)."""
    name: str = ""
    description: str = ""
    extension: str | None = None
    """A number the skill group can be dialed at, if any."""
    mrd_id: int = MRD_VOICE


@dataclass(frozen=True, slots=True)
class ServiceConfig:
    """A service (the peripheral's call queue, made of member skill groups)."""

    number: int
    """The service's PeripheralNumber."""
    service_id: int
    """Its SkillTargetID in Unified CCE."""
    name: str = ""
    description: str = ""
    skill_groups: tuple[int, ...] = ()
    """SkillGroupNumbers of the member skill groups (at most 10), all at priority 1."""
    max_queued: int = 100
    service_level_threshold: int = 20
    """Seconds."""
    service_level_type: int = 1
    extension: str | None = None
    mrd_id: int = MRD_VOICE


@dataclass(frozen=True, slots=True)
class AgentConfig:
    agent_id: str
    """The agent's sign-in ID (its LoginID, the agent peripheral number)."""
    extension: str
    """The agent's teleset; the simulator uses the same string as extension and instrument."""
    password: str = ""
    skill_groups: tuple[int, ...] = ()
    """SkillGroupNumbers the agent belongs to."""
    logged_in: bool = True
    """Signed in on ``extension`` when the simulator starts."""
    state: AgentState = AgentState.AGENT_STATE_AVAILABLE
    """Initial state of a signed-in agent."""
    first_name: str = ""
    last_name: str = ""
    login_name: str = ""
    """The agent's login name (empty: the agent ID); Version 19 carries at most 31 characters
    (CONFIG_AGENT_EVENT LoginName, 255 from Version 20)."""
    department_id: int = 0
    """DepartmentID (Version 19 on: OPEN_CONF, AGENT_STATE_EVENT, QUERY_AGENT_STATE_CONF)."""
    supervisor: bool = False
    desk_settings_id: int = NO_DESK_SETTINGS
    """AgentDeskSettingsID (Version 22 on); -1, the default, means the peripheral's."""
    services: tuple[int, ...] = ()
    """Agent services enabled for the agent (CONFIG_AGENT_SERVICE_EVENT, Version 24 on: Agent
    Assist, Transcript, Recording). The guide gives these service types no numbers; the values
    are passed through as given."""
    sso_enabled: bool = False


@dataclass(frozen=True, slots=True)
class CallTypeConfig:
    call_type_id: int
    name: str
    description: str = ""
    service_level_threshold: int = 20
    service_level_type: int = 1


@dataclass(frozen=True, slots=True)
class MrdConfig:
    """A Media Routing Domain."""

    mrd_id: int
    name: str
    description: str = ""
    max_task_duration: int = 28800
    """Seconds."""
    interruptible: bool = False


@dataclass(frozen=True, slots=True)
class DeskSettingsConfig:
    """A set of agent desk settings (AGENT_DESK_SETTINGS_CONF / CONFIG_AGENT_DESK_SETTINGS_EVENT);
    the settings the simulator does not model are sent as 0."""

    desk_settings_id: int
    mask: int = 0x1 | 0x2 | 0x40 | 0x1000
    """AgentDeskSettingsMask bits (default: available after incoming and outgoing calls,
    agent-to-agent and non-ACD calls allowed)."""
    wrap_up_incoming: int = 1
    """0 required, 1 optional, 2 not allowed, 3 required with wrap-up data."""
    wrap_up_outgoing: int = 1
    """0 required, 1 optional, 2 not allowed."""
    logout_non_activity_time: int = 0
    ring_no_answer_time: int = 0
    work_mode_timer: int = 0


@dataclass(frozen=True, slots=True)
class TrafficConfig:
    """The inbound call generator. Durations are in seconds, drawn uniformly from each range."""

    calls_per_second: float = 1.0
    """Mean arrival rate (Poisson arrivals)."""
    seed: int = 188
    ring: tuple[float, float] = (0.3, 1.0)
    talk: tuple[float, float] = (1.0, 3.0)
    hold_probability: float = 0.3
    """Chance that the agent puts a call on hold once (and retrieves it)."""
    hold: tuple[float, float] = (0.3, 0.8)
    call_data_probability: float = 0.3
    """Chance that the agent's desktop sets call data (CALL_DATA_UPDATE_EVENT) during the call."""
    agent_hangs_up_probability: float = 0.3
    """Otherwise the caller hangs up."""
    wrapup: tuple[float, float] = (0.3, 1.0)
    break_probability: float = 0.1
    """Chance that an agent takes a not-ready break after wrap-up."""
    break_time: tuple[float, float] = (0.5, 1.5)
    patience: tuple[float, float] = (2.0, 6.0)
    """How long a queued caller waits before abandoning."""

    def scaled(self, factor: float) -> TrafficConfig:
        """The same traffic with every duration multiplied by ``factor``."""

        def s(r: tuple[float, float]) -> tuple[float, float]:
            return (r[0] * factor, r[1] * factor)

        return TrafficConfig(
            calls_per_second=self.calls_per_second,
            seed=self.seed,
            ring=s(self.ring),
            talk=s(self.talk),
            hold_probability=self.hold_probability,
            hold=s(self.hold),
            call_data_probability=self.call_data_probability,
            agent_hangs_up_probability=self.agent_hangs_up_probability,
            wrapup=s(self.wrapup),
            break_probability=self.break_probability,
            break_time=s(self.break_time),
            patience=s(self.patience),
        )


def default_skill_groups() -> tuple[SkillGroupConfig, ...]:
    return (
        SkillGroupConfig(100, 5100, "Sales", "Inbound sales"),
        SkillGroupConfig(101, 5101, "Support", "Customer support"),
    )


def default_services() -> tuple[ServiceConfig, ...]:
    """One service per default skill group."""
    return (
        ServiceConfig(200, 5200, "SalesService", "Sales queue", skill_groups=(100,)),
        ServiceConfig(201, 5201, "SupportService", "Support queue", skill_groups=(101,)),
    )


def default_call_types() -> tuple[CallTypeConfig, ...]:
    return (
        CallTypeConfig(5300, "Inbound", "Calls to the DNIS"),
        CallTypeConfig(5301, "Consult", "Agent-to-agent consultations"),
    )


def default_mrds() -> tuple[MrdConfig, ...]:
    return (MrdConfig(MRD_VOICE, "Cisco_Voice", "Voice calls"),)


def default_desk_settings() -> tuple[DeskSettingsConfig, ...]:
    return (DeskSettingsConfig(5400, ring_no_answer_time=15),)


FIRST_NAMES = ("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "John")
LAST_NAMES = ("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Backus")


def default_agents(count: int = 4) -> tuple[AgentConfig, ...]:
    """``count`` signed-in, available agents 1001..., on extensions 5001..., in both skill groups
    (the first agent only in Sales, so that routing has a choice to make), in departments 1 and 2
    (alternately)."""
    return tuple(
        AgentConfig(
            agent_id=str(1001 + i),
            extension=str(5001 + i),
            password="",
            skill_groups=(100,) if i == 0 else (100, 101),
            first_name=FIRST_NAMES[i % len(FIRST_NAMES)],
            last_name=LAST_NAMES[i % len(LAST_NAMES)],
            department_id=1 + i % 2,
        )
        for i in range(count)
    )


@dataclass(frozen=True, slots=True)
class SimulatorConfig:
    host: str = "127.0.0.1"
    port: int = 0
    """0 picks a free port (read it back from ``Simulator.port``)."""
    protocol_versions: tuple[int, ...] = field(default_factory=protocol_versions)
    """The protocol versions served (OPEN_REQ VersionNumber); default: all ctiwire has."""
    strict: bool = False
    """Refuse OPEN_REQ masks with unused bits set, as the guide says (E_CTI_INVALID_SERVICE_MASK,
    ..._CALL_MSG_MASK, ..._AGENT_STATE_MASK). By default they are ignored (masked off and logged
    once per session): several client libraries send all-ones masks, and real servers accept
    them."""
    peripheral_id: int = 5000
    peripheral_type: PeripheralType = PeripheralType.PT_ENTERPRISE_AGENT
    credentials: Mapping[str, bytes] | None = None
    """ClientID -> ClientPassword accepted in OPEN_REQ; ``None`` accepts any client."""
    skill_groups: tuple[SkillGroupConfig, ...] = field(default_factory=default_skill_groups)
    services: tuple[ServiceConfig, ...] = field(default_factory=default_services)
    agents: tuple[AgentConfig, ...] = field(default_factory=default_agents)
    call_types: tuple[CallTypeConfig, ...] = field(default_factory=default_call_types)
    mrds: tuple[MrdConfig, ...] = field(default_factory=default_mrds)
    desk_settings: tuple[DeskSettingsConfig, ...] = field(default_factory=default_desk_settings)
    default_desk_settings_id: int = 5400
    """The peripheral's default desk settings (CONFIG_PERIPHERAL_EVENT)."""
    dnis: str = "8000"
    """The number inbound calls are dialed to (the routing script's dialed number, a route
    point device)."""
    far_end_answer_seconds: float | None = 0.2
    """When an outside number dialed by an agent answers; ``None``: it never does."""
    traffic: TrafficConfig | None = None
    """Inbound traffic to generate; ``None``: the simulator only reacts to client requests."""
    session_clock_rate: float = 1.0
    """How fast the sessions' timers run: 40 makes a 20 s IdleTimeout expire after 0.5 s. For
    tests, since the guide does not allow an IdleTimeout under 20 s."""

"""What a simulated contact center looks like: peripheral, skill groups, agents, traffic."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ctiwire.v15 import AgentState, PeripheralType

__all__ = [
    "AgentConfig",
    "SimulatorConfig",
    "SkillGroupConfig",
    "TrafficConfig",
    "default_agents",
    "default_skill_groups",
]


@dataclass(frozen=True, slots=True)
class SkillGroupConfig:
    number: int
    """SkillGroupNumber as known to the peripheral."""
    skill_group_id: int
    """SkillGroupID as known to Unified CCE."""
    name: str = ""


@dataclass(frozen=True, slots=True)
class AgentConfig:
    agent_id: str
    extension: str
    """The agent's teleset; the simulator uses the same string as extension and instrument."""
    password: str = ""
    skill_groups: tuple[int, ...] = ()
    """SkillGroupNumbers the agent belongs to."""
    logged_in: bool = True
    """Signed in on ``extension`` when the simulator starts."""
    state: AgentState = AgentState.AGENT_STATE_AVAILABLE
    """Initial state of a signed-in agent."""


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
        SkillGroupConfig(100, 5100, "Sales"),
        SkillGroupConfig(101, 5101, "Support"),
    )


def default_agents(count: int = 4) -> tuple[AgentConfig, ...]:
    """``count`` signed-in, available agents 1001..., on extensions 5001..., in both skill groups
    (the first agent only in Sales, so that routing has a choice to make)."""
    return tuple(
        AgentConfig(
            agent_id=str(1001 + i),
            extension=str(5001 + i),
            password="",
            skill_groups=(100,) if i == 0 else (100, 101),
        )
        for i in range(count)
    )


@dataclass(frozen=True, slots=True)
class SimulatorConfig:
    host: str = "127.0.0.1"
    port: int = 0
    """0 picks a free port (read it back from ``Simulator.port``)."""
    peripheral_id: int = 5000
    peripheral_type: PeripheralType = PeripheralType.PT_ENTERPRISE_AGENT
    credentials: Mapping[str, bytes] | None = None
    """ClientID -> ClientPassword accepted in OPEN_REQ; ``None`` accepts any client."""
    skill_groups: tuple[SkillGroupConfig, ...] = field(default_factory=default_skill_groups)
    agents: tuple[AgentConfig, ...] = field(default_factory=default_agents)
    dnis: str = "8000"
    """The number inbound calls are dialed to (the routing script's dialed number)."""
    far_end_answer_seconds: float | None = 0.2
    """When an outside number dialed by an agent answers; ``None``: it never does."""
    traffic: TrafficConfig | None = None
    """Inbound traffic to generate; ``None``: the simulator only reacts to client requests."""
    session_clock_rate: float = 1.0
    """How fast the sessions' timers run: 40 makes a 20 s IdleTimeout expire after 0.5 s. For
    tests, since the guide does not allow an IdleTimeout under 20 s."""

"""A CTI Server simulator: a real TCP server speaking the protocol over a simulated ACD.

    from ctiwire.simulator import Simulator, SimulatorConfig, TrafficConfig

    async with Simulator(SimulatorConfig(traffic=TrafficConfig(calls_per_second=2))) as sim:
        ...  # connect to 127.0.0.1:sim.port

Modules, from the bottom up: :mod:`.config` (what to simulate), :mod:`.state` (agents, devices,
calls), :mod:`.events` (messages built from the state), :mod:`.core` and :mod:`.switch` (the
ACD's rules: agents, then calls), :mod:`.opening` (OPEN_REQ checks), :mod:`.delivery` (who gets
which event), :mod:`.control` (client requests), :mod:`.traffic` (the call generator) and
:mod:`.server` (TCP and sessions).
"""

from .config import AgentConfig, SimulatorConfig, SkillGroupConfig, TrafficConfig, default_agents
from .server import Simulator
from .switch import Switch

__all__ = [
    "AgentConfig",
    "Simulator",
    "SimulatorConfig",
    "SkillGroupConfig",
    "Switch",
    "TrafficConfig",
    "default_agents",
]

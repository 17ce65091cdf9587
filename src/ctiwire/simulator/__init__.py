"""A CTI Server simulator: a real TCP server speaking the protocol over a simulated ACD.

    from ctiwire.simulator import Simulator, SimulatorConfig, TrafficConfig

    async with Simulator(SimulatorConfig(traffic=TrafficConfig(calls_per_second=2))) as sim:
        ...  # connect to 127.0.0.1:sim.port
        sim.switch.add_agent(AgentConfig("1009", "5009", skill_groups=(100,)))

It serves the protocol versions of ``SimulatorConfig.protocol_versions`` (default: every version
ctiwire has). Each session gets the messages of its own version: the switch describes what
happens once, version-neutrally, and each version's generated classes take the fields they have
(DepartmentID from 19, Direction from 16, ...). Clients of Version 19 on can acquire the
configuration (agents, skill groups, services, devices, call types, ...) and its updates.

Modules, from the bottom up: :mod:`.config` (what to simulate), :mod:`.state` (agents, devices,
calls), :mod:`.drafts` (version-neutral messages), :mod:`.notices` (what the switch tells),
:mod:`.events` (event drafts built from the state), :mod:`.core` (the registry and the agent
rules), :mod:`.configuration` (the configuration as records, and its keys),
:mod:`.config_events` (configuration message drafts), :mod:`.admin` (run-time configuration
changes), :mod:`.switch` (the call rules), :mod:`.opening` (OPEN_REQ checks, OPEN_CONF),
:mod:`.delivery` (who gets which event), :mod:`.control` (client requests),
:mod:`.acquisition` (a session's configuration requests and updates), :mod:`.traffic` (the call
generator) and :mod:`.server` (TCP and sessions).
"""

from .config import (
    AgentConfig,
    CallTypeConfig,
    DeskSettingsConfig,
    MrdConfig,
    ServiceConfig,
    SimulatorConfig,
    SkillGroupConfig,
    TrafficConfig,
    default_agents,
)
from .drafts import Draft
from .server import Simulator
from .switch import Switch

__all__ = [
    "AgentConfig",
    "CallTypeConfig",
    "DeskSettingsConfig",
    "Draft",
    "MrdConfig",
    "ServiceConfig",
    "Simulator",
    "SimulatorConfig",
    "SkillGroupConfig",
    "Switch",
    "TrafficConfig",
    "default_agents",
]

"""Changing the switch's configuration while it runs: agents, skill groups, anything else.

    switch.add_agent(AgentConfig("1009", "5009", skill_groups=(100,)))
    switch.set_agent_skill_groups("1009", (100, 101))
    switch.remove_agent("1009")
    with switch.reconfiguring():                 # any other change, made by hand
        switch.call_types[5302] = CallTypeConfig(5302, "Callback")

Every change ends in :meth:`AdministeredCore.reconfiguring`, which compares the configuration
before and after (:mod:`.configuration`): each kind that changed gets a new key and a
:class:`~.notices.ConfigNotice` with its update block (the records added, changed and deleted),
which the sessions that acquired configuration receive as the guide's "Update messages". Signing
a new agent in or an old one out also sends the usual AGENT_STATE_EVENTs.

Mistakes in these calls (an unknown agent, a duplicate ID) raise :class:`ValueError` and change
nothing.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from . import config_events
from .config import AgentConfig, SimulatorConfig, SkillGroupConfig
from .configuration import KINDS, Snapshot, changes, snapshot
from .core import AS, Cancellable, Schedule, SwitchCore
from .notices import ConfigNotice
from .state import Agent, SkillGroup

__all__ = ["AdministeredCore", "Cancellable", "Schedule"]


class AdministeredCore(SwitchCore):
    """The switch core with a configuration that can change at run time."""

    def __init__(
        self,
        config: SimulatorConfig,
        *,
        schedule: Schedule | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(config, schedule=schedule, clock=clock)
        self._configuration: Snapshot | None = None

    def configuration(self) -> Snapshot:
        """The configuration now (cached until it changes)."""
        if self._configuration is None:
            self._configuration = snapshot(self)
        return self._configuration

    @contextmanager
    def reconfiguring(self) -> Iterator[None]:
        """Change the configuration inside the block; the updates go out when it ends."""
        before = self.configuration()
        try:
            yield
        finally:
            self._configuration = None
            after = self.configuration()
            for kind in KINDS:
                changed = changes(before, after, kind)
                if changed:
                    drafts = config_events.update(kind, changed, after)
                    self._emit(ConfigNotice(kind.name, tuple(drafts)))

    # -----------------------------------------------------------------------------------------
    # Agents

    def add_agent(self, agent: AgentConfig) -> Agent:
        """A new agent, on a new teleset if ``agent.extension`` is one; signed in (sending
        AGENT_STATE_EVENTs) when ``agent.logged_in`` and nobody else is on that teleset."""
        if agent.agent_id in self.agents:
            raise ValueError(f"there is already an agent {agent.agent_id}")
        self._check_groups(agent.skill_groups)
        with self.reconfiguring():
            added = self._register(dataclasses.replace(agent, logged_in=False))
        device = self.devices[agent.extension]
        if agent.logged_in and device.agent is None:
            self.login(agent.agent_id, agent.password, agent.extension)
            if agent.state != AS.AGENT_STATE_NOT_READY:
                self.set_agent_state(added, agent.state)
        return added

    def remove_agent(self, agent_id: str) -> None:
        """Remove an agent (signing it out first); its teleset goes too unless another agent
        is configured on it or it has calls."""
        agent = self._agent(agent_id)
        if agent.on_call:
            raise ValueError(f"agent {agent_id} is on a call")
        if agent.device is not None:
            self.logout(agent)
        with self.reconfiguring():
            del self.agents[agent_id]
            extension = agent.profile.extension
            device = self.devices.get(extension)
            others = any(a.profile.extension == extension for a in self.agents.values())
            if device is not None and not others and not device.calls and device.agent is None:
                del self.devices[extension]

    def set_agent_skill_groups(self, agent_id: str, numbers: tuple[int, ...]) -> None:
        """Make the agent a member of exactly these skill groups (SkillGroupNumbers)."""
        agent = self._agent(agent_id)
        self._check_groups(numbers)
        with self.reconfiguring():
            agent.skill_groups = self.groups(numbers)
            agent.profile = dataclasses.replace(agent.profile, skill_groups=tuple(numbers))

    def set_agent_services(self, agent_id: str, services: tuple[int, ...]) -> None:
        """Enable exactly these agent services for the agent (Version 24 on)."""
        agent = self._agent(agent_id)
        with self.reconfiguring():
            agent.profile = dataclasses.replace(agent.profile, services=tuple(services))

    def add_skill_group(self, group: SkillGroupConfig) -> SkillGroup:
        if group.number in self.skill_groups:
            raise ValueError(f"there is already a skill group {group.number}")
        with self.reconfiguring():
            added = self.skill_groups[group.number] = SkillGroup.of(group)
        return added

    def _agent(self, agent_id: str) -> Agent:
        agent = self.agents.get(agent_id)
        if agent is None:
            raise ValueError(f"no agent {agent_id}")
        return agent

    def _check_groups(self, numbers: tuple[int, ...]) -> None:
        unknown = [n for n in numbers if n not in self.skill_groups]
        if unknown:
            raise ValueError(f"no skill group {unknown[0]}")

"""Inbound calls and the agents' side of handling them, at a configurable rate.

Calls arrive as a Poisson stream; Unified CCE routes each to the longest-available agent of its
skill group (or queues it). The generator then plays the agents' part: it answers after some
rings, sometimes holds and retrieves, sometimes sets call data, hangs up (or the caller does),
and after wrap-up makes the agent available again (now and then after a not-ready break). A
queued caller abandons after a while.

All randomness comes from one ``random.Random(seed)``. Arrival times and durations are therefore
the same on every run; exactly which agent takes which call can still vary slightly with timing.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

from ctiwire.v15 import AgentState, EventCause, LocalConnectionState

from .config import TrafficConfig
from .errors import ControlError, StatusError
from .notices import AgentNotice, CallNotice, Notice
from .state import Call
from .switch import Cancellable, Schedule, Switch

__all__ = ["TrafficGenerator"]

log = logging.getLogger(__name__)

NOT_READY_REASONS = (1, 2, 3)  # break, lunch, training: peripheral-specific reason codes
CUSTOMER_TIERS = ("gold", "silver", "bronze")


class TrafficGenerator:
    def __init__(self, switch: Switch, config: TrafficConfig, schedule: Schedule) -> None:
        self.switch = switch
        self.config = config
        self.rng = random.Random(config.seed)  # noqa: S311 - a seeded simulation, not secrets
        self._schedule = schedule
        self._timers: set[Cancellable] = set()
        self._calls: set[int] = set()
        self.calls_generated = 0
        self.running = False

    def start(self) -> None:
        if self.running or self.config.calls_per_second <= 0:
            return
        self.running = True
        self.switch.listeners.append(self.on_notice)
        self._later(0.0, self._arrive)  # the first caller is already dialing

    def stop(self) -> None:
        self.running = False
        if self.on_notice in self.switch.listeners:
            self.switch.listeners.remove(self.on_notice)
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()

    def _later(self, delay: float, action: Callable[[], None]) -> None:
        """Run ``action`` after ``delay`` seconds, unless stopped; a call or agent that a client
        changed meanwhile may make it fail, which is fine."""
        handle: Cancellable | None = None

        def run() -> None:
            if handle is not None:
                self._timers.discard(handle)
            if not self.running:
                return
            try:
                action()
            except (ControlError, StatusError) as exc:
                log.debug("traffic step skipped: %s", exc)

        handle = self._schedule(max(0.0, delay), run)
        self._timers.add(handle)

    def _draw(self, bounds: tuple[float, float]) -> float:
        return self.rng.uniform(*bounds)

    # -----------------------------------------------------------------------------------------
    # Arrivals

    def _next_arrival(self) -> None:
        self._later(self.rng.expovariate(self.config.calls_per_second), self._arrive)

    def _arrive(self) -> None:
        self._next_arrival()
        rng = self.rng
        groups = sorted(self.switch.skill_groups)
        ani = f"617555{rng.randrange(10000):04d}"
        # Deferred: the call's first notices (delivery to an agent) must find it in _calls.
        with self.switch.deferred():
            call = self.switch.inbound_call(
                ani,
                skill_group=rng.choice(groups) if groups else None,
                variables={1: f"{rng.randrange(10**8):08d}", 2: rng.choice(CUSTOMER_TIERS)},
                digits=str(rng.randint(1, 3)),
            )
            self.calls_generated += 1
            self._calls.add(call.call_id)
        if call in self.switch.queue:
            self._later(self._draw(self.config.patience), lambda: self._abandon(call))

    def _abandon(self, call: Call) -> None:
        if call in self.switch.queue and call.ani is not None:
            self.switch.clear_connection(call, call.ani, EventCause.CEC_CALL_CANCELLED)

    # -----------------------------------------------------------------------------------------
    # The agents' part

    def on_notice(self, notice: Notice) -> None:
        if isinstance(notice, AgentNotice):
            if notice.state == AgentState.AGENT_STATE_WORK_READY:
                self._later(self._draw(self.config.wrapup), lambda: self._after_wrapup(notice))
            return
        if not isinstance(notice, CallNotice) or notice.call.call_id not in self._calls:
            return
        conn = notice.connection
        if conn is None or conn.device_id not in self.switch.devices:
            return
        call, device = notice.call, conn.device_id
        name = notice.name
        if name == "CALL_DELIVERED_EVENT" and conn.state == LocalConnectionState.LCS_ALERTING:
            self._later(self._draw(self.config.ring), lambda: self.switch.answer(call, device))
        elif name == "CALL_ESTABLISHED_EVENT":
            self._plan_call(call, device)

    def _plan_call(self, call: Call, device: str) -> None:
        c, rng, switch = self.config, self.rng, self.switch
        talk = self._draw(c.talk)
        if rng.random() < c.hold_probability:
            start = talk * rng.uniform(0.2, 0.5)
            length = self._draw(c.hold)
            self._later(start, lambda: switch.hold(call, device))
            self._later(start + length, lambda: switch.retrieve(call, device))
            talk += length
        if rng.random() < c.call_data_probability:
            outcome = rng.choice(("sale", "callback", "resolved"))
            self._later(talk * 0.7, lambda: switch.set_call_data(call, {"call_variable3": outcome}))
        hangs_up = device if rng.random() < c.agent_hangs_up_probability else call.ani
        if hangs_up is not None:
            self._later(talk, lambda: self._hang_up(call, hangs_up))

    def _hang_up(self, call: Call, device: str) -> None:
        self._calls.discard(call.call_id)
        if not call.ended:
            self.switch.clear_connection(call, device)

    def _after_wrapup(self, notice: AgentNotice) -> None:
        agent = notice.agent
        if agent.state != AgentState.AGENT_STATE_WORK_READY or agent.device is None:
            return
        if self.rng.random() < self.config.break_probability:
            reason = self.rng.choice(NOT_READY_REASONS)
            self.switch.set_agent_state(agent, AgentState.AGENT_STATE_NOT_READY, reason)
            self._later(self._draw(self.config.break_time), lambda: self._back(notice))
        else:
            self.switch.set_agent_state(agent, AgentState.AGENT_STATE_AVAILABLE)

    def _back(self, notice: AgentNotice) -> None:
        agent = notice.agent
        if agent.state == AgentState.AGENT_STATE_NOT_READY and agent.device is not None:
            self.switch.set_agent_state(agent, AgentState.AGENT_STATE_AVAILABLE)

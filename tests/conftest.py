"""Shared fixtures: the CTI Server simulator, running in-process on an ephemeral port.

The simulator runs its asyncio loop in a background thread, so a test can talk to it with plain
sockets (:class:`cti_raw.RawClient`), with ``asyncio.run`` and ``ctiwire.connect``, or through a
subprocess (``python -m ctiwire monitor``). :meth:`SimulatorThread.call` runs a function on the
simulator's loop, which is the only safe way to touch its switch.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any, TypeVar

import pytest

from ctiwire.simulator import Simulator, SimulatorConfig

T = TypeVar("T")

# Accepted by the simulator fixtures (ClientID -> ClientPassword).
CREDENTIALS = {"tester": b"secret", "other": b"secret"}


class SimulatorThread:
    """A :class:`Simulator` serving on 127.0.0.1 from its own thread and event loop."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.loop = asyncio.new_event_loop()
        self.simulator = Simulator(config)
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def start(self) -> SimulatorThread:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.simulator.start(), self.loop).result(5)
        return self

    @property
    def port(self) -> int:
        return self.simulator.port

    @property
    def switch(self) -> Any:
        """The switch, for use inside :meth:`call` only."""
        return self.simulator.switch

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the simulator's loop and return its result."""
        result: Future[T] = Future()

        def run() -> None:
            try:
                result.set_result(fn())
            except BaseException as exc:  # handed to the test thread
                result.set_exception(exc)

        self.loop.call_soon_threadsafe(run)
        return result.result(5)

    def stop(self) -> None:
        if self.loop.is_closed():
            return
        asyncio.run_coroutine_threadsafe(self.simulator.close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()


@pytest.fixture
def start_simulator() -> Iterator[Callable[..., SimulatorThread]]:
    """Start simulators with ``SimulatorConfig`` fields (credentials default to CREDENTIALS,
    outside numbers answer after 20 ms); all are stopped after the test."""
    started: list[SimulatorThread] = []

    def start(**fields: Any) -> SimulatorThread:
        fields.setdefault("credentials", CREDENTIALS)
        fields.setdefault("far_end_answer_seconds", 0.02)
        sim = SimulatorThread(SimulatorConfig(**fields)).start()
        started.append(sim)
        return sim

    yield start
    for sim in started:
        sim.stop()


@pytest.fixture
def simulator(start_simulator: Callable[..., SimulatorThread]) -> SimulatorThread:
    """A simulator without generated traffic: 4 available agents 1001-1004 on 5001-5004,
    PeripheralID 5000."""
    return start_simulator()

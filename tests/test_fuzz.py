"""The fuzz harness (tests/fuzzing.py) run briefly: every target, in both floating-field widths.

The long run is ``python tests/fuzzing.py --seconds N``; here each target gets a couple of
hundred inputs per version so that CI catches a regression in minutes, not hours.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator

import pytest
from fuzzing import (
    VERSIONS,
    Step,
    check_decode,
    check_framing,
    check_session,
    check_simulator,
    frames_of,
    steps_of,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ctiwire
from ctiwire.simulator import Simulator, SimulatorConfig

BRIEF = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)


@pytest.mark.parametrize("v", VERSIONS)
def test_decode_never_raises_anything_but_decode_error(v: int) -> None:
    cti = ctiwire.protocol(v)

    @BRIEF
    @given(frames_of(cti))
    def run(frame: bytes) -> None:
        check_decode(cti, frame)

    run()


@pytest.mark.parametrize("v", VERSIONS)
def test_framing_does_not_depend_on_chunking(v: int) -> None:
    cti = ctiwire.protocol(v)

    @BRIEF
    @given(st.lists(frames_of(cti), max_size=5).map(b"".join), st.lists(st.integers(0, 10**6)))
    def run(data: bytes, cuts: list[int]) -> None:
        check_framing(cti, data, cuts)

    run()


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize("role", ["client", "server"])
@pytest.mark.parametrize("v", VERSIONS)
def test_session_survives_any_input(v: int, role: str, strict: bool) -> None:
    cti = ctiwire.protocol(v)

    @BRIEF
    @given(steps_of(cti))
    def run(steps: list[Step]) -> None:
        check_session(role, v, steps, strict)

    run()


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def simulator_port() -> Iterator[int]:
    """One simulator on a loop of its own thread, for the whole module (starting one per
    example would measure start-up, not robustness)."""
    loop = asyncio.new_event_loop()
    sim = Simulator(SimulatorConfig())
    loop.run_until_complete(sim.start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield sim.port
    finally:
        asyncio.run_coroutine_threadsafe(sim.close(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


@pytest.mark.parametrize("v", VERSIONS)
def test_simulator_survives_any_bytes(v: int, simulator_port: int) -> None:
    cti = ctiwire.protocol(v)
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    try:

        @settings(
            max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        @given(st.lists(frames_of(cti) | st.binary(max_size=30), max_size=4), st.booleans())
        def run(chunks: list[bytes], open_first: bool) -> None:
            check_simulator(chunks, simulator_port, open_first, v)

        run()
    finally:
        logging.getLogger().removeHandler(errors)
    assert [r.getMessage() for r in errors.records] == []

"""Side A/B selection: the order of connection attempts and waits after a failure.

CTI Client Application Guidelines, "Side AB Selection TCPIP Connections": an algorithm that
"attempts to strike a balance between rapid reconnection following loss of connection and network
saturation (due to hundreds of clients attempting to connect simultaneously)":

1. connect to the same side as the last successful connection, 2. to the opposite side,
3./4. wait a random N seconds, 0 <= N <= expected clients / 10 ("helps avoid 'rush hour'
traffic"), then same side, opposite side, wait 15 s, same, opposite, wait 30 s, same, opposite,
wait 60 s, same, opposite, wait 120 s, and repeat the last three steps until a connection is made.

This module only produces the plan; the asyncio client carries it out.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

__all__ = ["Attempt", "Wait", "SIDE_NAMES", "FIXED_WAITS", "side_selection"]

SIDE_NAMES = ("A", "B")
FIXED_WAITS = (15.0, 30.0, 60.0, 120.0)  # after the random wait; the last one repeats


@dataclass(frozen=True, slots=True)
class Attempt:
    """Try to connect to ``side`` (0 = A, 1 = B)."""

    side: int


@dataclass(frozen=True, slots=True)
class Wait:
    """Wait ``seconds`` before the next attempt."""

    seconds: float


class RandInt(Protocol):
    def randint(self, a: int, b: int) -> int: ...


def side_selection(
    last_side: int, sides: int, expected_clients: int, random: RandInt
) -> Iterator[Attempt | Wait]:
    """The endless plan of attempts and waits, starting with ``last_side``.

    ``sides`` is 1 (simplex: one CTI Server, tried once per round) or 2 (duplex).
    """
    if sides not in (1, 2) or not 0 <= last_side < sides:
        raise ValueError("one or two sides, and last_side must be one of them")
    if expected_clients < 0:
        raise ValueError("expected_clients must not be negative")
    round_ = [Attempt(last_side)] if sides == 1 else [Attempt(last_side), Attempt(1 - last_side)]
    yield from round_
    yield Wait(float(random.randint(0, expected_clients // 10)))
    yield from round_
    for seconds in itertools.chain(FIXED_WAITS, itertools.repeat(FIXED_WAITS[-1])):
        yield Wait(seconds)
        yield from round_

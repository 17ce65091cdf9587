"""The two encoders of every message agree.

Each generated message has an optimistic encoder (``_encode_<name>``, the common case without
a call per field) and a careful one (``_careful_<name>``, every value checked); see "How the
encoders write" in a generated module. Whatever a message holds, well-formed or not, the two
must give the same bytes or the same :class:`EncodeError`. The optimistic one is only allowed
to be faster: these tests feed both the spec's messages and messages spoilt one field at a
time with the values a user gets wrong (text too long or not UTF-8, bytearray, a list for a
tuple, a float or a str for an int, numbers out of range, entries of the wrong class, unknown
fields).
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ctiwire
from ctiwire import EncodeError, NamedArray, NamedVar, TaskID, UnknownField
from strategies import message_strategy, spec, version

Encoder = Callable[[Any], bytes]

ODD_VALUES: list[object] = [
    None,
    "",
    "x" * 300,
    "\udcff",  # a byte that was not UTF-8, carried as a surrogate escape
    "é" * 40,  # two bytes a character, near the limits
    "a\0b",
    b"\xff\x00",
    bytearray(b"ab"),
    b"x" * 300,
    0,
    -1,
    2**16,
    2**32,
    -(2**31) - 1,
    1.5,
    True,
    "7",
    (),
    [],
    ["a"],
    ("a",),
    (1, 2),
    (NamedVar("user.x", "1"),),
    [NamedVar("user.x", "1")],
    (NamedVar("n" * 40, "v" * 240),),
    (NamedVar("user.x", "v" * 200),) * 11,  # beyond the combined named-data limit
    (NamedArray(1, "user.a", "1"),),
    (TaskID(1, 2, 3),),
    TaskID(1, 2, 3),
    NamedVar("user.x", "1"),
]


def encoders() -> list[Any]:
    """(version, spec message, optimistic, careful): each pair once, in the version that
    defines it (a later version sharing the definition shares the functions)."""
    out: list[Any] = []
    seen: set[int] = set()
    for n in spec().generated:
        module = ctiwire.protocol(n).messages
        for m in version(n).messages:
            if m.undocumented:
                continue
            fast = getattr(module, f"_encode_{m.name.lower()}")
            careful = getattr(module, f"_careful_{m.name.lower()}", None)
            if careful is None or id(fast) in seen:
                continue
            seen.add(id(fast))
            out.append(pytest.param(n, m, fast, careful, id=f"v{n}-{m.name}"))
    return out


def outcome(encoder: Encoder, message: Any) -> tuple[str, object]:
    try:
        return "bytes", encoder(message)
    except EncodeError as exc:
        return "error", str(exc)


def spoilt(cti: ModuleType, m: Any) -> st.SearchStrategy[Any]:
    """The spec's messages, and the same with one field (or the unknown fields) spoilt."""
    drawn = message_strategy(cti, m, cap=3)
    names = [f.name for f in dataclasses.fields(cti.MESSAGES[m.number])]

    def spoil(message: Any, field: str, odd: object) -> Any:
        if field == "unknown_fields":
            odd = (UnknownField(999, b"x"),)
        return dataclasses.replace(message, **{field: odd})

    return st.one_of(
        drawn,
        st.builds(spoil, drawn, st.sampled_from(names), st.sampled_from(ODD_VALUES)),
    )


@pytest.mark.parametrize(("number", "spec_message", "fast", "careful"), encoders())
def test_optimistic_encoder_agrees_with_careful(
    number: int, spec_message: Any, fast: Encoder, careful: Encoder
) -> None:
    cti = ctiwire.protocol(number)

    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
    @given(spoilt(cti, spec_message))
    def check(message: Any) -> None:
        assert outcome(fast, message) == outcome(careful, message)

    check()


def test_every_message_has_an_optimistic_encoder() -> None:
    """No message of any version is left to the careful encoder alone (the spec has no
    required field the optimistic one cannot write); a change that loses one shows here."""
    missing = []
    for n in spec().generated:
        cti = ctiwire.protocol(n)
        for m in version(n).messages:
            if m.undocumented:
                continue
            defined_in = sys.modules[cti.MESSAGES[m.number].__module__]
            if not hasattr(defined_in, f"_careful_{m.name.lower()}"):
                missing.append(f"v{n} {m.name}")
    assert missing == []


@pytest.mark.parametrize("n", [15, 24])
def test_the_careful_path_names_the_field(n: int) -> None:
    """What the optimistic encoder hands over is reported by field, as before."""
    cti = ctiwire.protocol(n)
    base = cti.QueryAgentStateReq(peripheral_id=5000, agent_instrument="1001")
    cases = {
        "AgentInstrument": dataclasses.replace(base, agent_instrument="9" * 100),
        "PeripheralID": dataclasses.replace(base, peripheral_id=-1),
        "AgentID": dataclasses.replace(base, agent_id=b"4201"),  # type: ignore[arg-type]
    }
    for field, message in cases.items():
        with pytest.raises(EncodeError) as caught:
            cti.encode(message)
        assert caught.value.field == field
    # A surrogate escape is written as the byte it stands for, as decode read it.
    odd = dataclasses.replace(base, agent_instrument="10\udcff")
    assert cti.decode(cti.encode(odd)).agent_instrument == "10\udcff"
    assert b"10\xff\0" in cti.encode(odd)

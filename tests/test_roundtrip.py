"""Round-trip properties for every message of every version, with strategies from the spec.

A message class that a version shares with an earlier one (the generator imports it from the
first version that defines it) is the very same code: it gets the full number of examples in
the version that defines it and a few in the others, which keeps the suite's cost flat as
versions are added.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import ctiwire
from ctiwire import EncodeError
from strategies import message_strategy, spec, version

FULL, SHARED = 40, 5
VERSIONS = spec().generated


def cases() -> list[Any]:
    out = []
    for n in VERSIONS:
        module = ctiwire.protocol(n)
        for m in version(n).messages:
            if m.undocumented:
                continue
            defined_here = module.MESSAGES[m.number].__module__ == f"ctiwire.v{n}.messages"
            out.append(pytest.param(n, m, defined_here, id=f"v{n}-{m.name}"))
    return out


def encode_or_skip(cti: ModuleType, message: Any) -> bytes:
    try:
        frame: bytes = cti.encode(message)
    except EncodeError as exc:
        # Only the whole-message bounds may refuse a drawn message: each field is drawn within
        # its own maximum, but many fields at once can pass the message or named-data limits.
        assume("maximum of" not in exc.reason and "data total" not in exc.reason)
        raise
    return frame


@pytest.mark.parametrize(("number", "spec_message", "defined_here"), cases())
def test_round_trip(number: int, spec_message: Any, defined_here: bool) -> None:
    cti = ctiwire.protocol(number)

    @settings(
        max_examples=FULL if defined_here else SHARED,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(message=message_strategy(cti, spec_message))
    def check(message: Any) -> None:
        frame = encode_or_skip(cti, message)
        decoded = cti.decode(frame)
        assert type(decoded) is type(message)
        assert decoded == message
        assert cti.encode(decoded) == frame
        # a copy the application builds (no frame kept) encodes to the same bytes
        rebuilt = type(decoded)(**{f: getattr(decoded, f) for f in decoded.__slots__})
        assert cti.encode(rebuilt) == frame
        assert int.from_bytes(frame[:4], "big") == len(frame) - 8
        assert int.from_bytes(frame[4:8], "big") == spec_message.number

    check()


@pytest.mark.parametrize("number", VERSIONS)
def test_every_documented_message_has_a_class(number: int) -> None:
    cti = ctiwire.protocol(number)
    documented = [m for m in version(number).messages if not m.undocumented]
    assert sorted(cti.MESSAGES) == sorted(m.number for m in documented)
    for m in documented:
        cls = cti.MESSAGES[m.number]
        assert m.name == cls.MESSAGE_NAME
        assert m.number == cls.MESSAGE_TYPE
        assert cls.__doc__


@pytest.mark.parametrize("number", VERSIONS)
def test_undocumented_numbers_decode_to_raw_body(number: int) -> None:
    cti = ctiwire.protocol(number)
    for m in version(number).messages:
        if m.undocumented:
            frame = (5).to_bytes(4, "big") + m.number.to_bytes(4, "big") + b"\x01\x02\x03\x04\x05"
            decoded = cti.decode(frame)
            assert decoded == cti.UnknownMessage(m.number, b"\x01\x02\x03\x04\x05")
            assert cti.encode(decoded) == frame
            assert cti.MESSAGE_NAMES[m.number] == m.name


@pytest.mark.parametrize("number", [VERSIONS[0], VERSIONS[-1]])
@settings(max_examples=100, deadline=None)
@given(number_=st.integers(0, 0xFFFFFFFF), body=st.binary(max_size=64))
def test_unknown_message_numbers_round_trip(number: int, number_: int, body: bytes) -> None:
    cti = ctiwire.protocol(number)
    assume(number_ not in cti.MESSAGES)
    frame = len(body).to_bytes(4, "big") + number_.to_bytes(4, "big") + body
    decoded = cti.decode(frame)
    assert decoded == cti.UnknownMessage(number_, body)
    assert cti.encode(decoded) == frame

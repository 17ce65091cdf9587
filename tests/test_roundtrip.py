"""Round-trip properties for every generated message, with strategies derived from the spec."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import ctiwire.v15 as cti
from ctiwire import EncodeError
from strategies import message_strategy, version

V15 = version(15)
DOCUMENTED = [m for m in V15.messages if not m.undocumented]


def encode_or_skip(message: Any) -> bytes:
    try:
        return cti.encode(message)
    except EncodeError as exc:
        # Only the whole-message bounds may refuse a drawn message: each field is drawn within
        # its own maximum, but many fields at once can pass the message or named-data limits.
        assume("maximum of" not in exc.reason and "data total" not in exc.reason)
        raise


@pytest.mark.parametrize("spec_message", DOCUMENTED, ids=lambda m: m.name)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_round_trip(spec_message: Any, data: st.DataObject) -> None:
    message = data.draw(message_strategy(cti, spec_message))
    frame = encode_or_skip(message)
    decoded = cti.decode(frame)
    assert type(decoded) is type(message)
    assert decoded == message
    assert cti.encode(decoded) == frame
    assert int.from_bytes(frame[:4], "big") == len(frame) - 8
    assert int.from_bytes(frame[4:8], "big") == spec_message.number


def test_every_documented_message_has_a_class() -> None:
    assert sorted(cti.MESSAGES) == sorted(m.number for m in DOCUMENTED)
    for m in DOCUMENTED:
        cls = cti.MESSAGES[m.number]
        assert m.name == cls.MESSAGE_NAME
        assert m.number == cls.MESSAGE_TYPE
        assert cls.__doc__


def test_undocumented_numbers_decode_to_raw_body() -> None:
    for m in V15.messages:
        if m.undocumented:
            frame = (5).to_bytes(4, "big") + m.number.to_bytes(4, "big") + b"\x01\x02\x03\x04\x05"
            decoded = cti.decode(frame)
            assert decoded == cti.UnknownMessage(m.number, b"\x01\x02\x03\x04\x05")
            assert cti.encode(decoded) == frame
            assert cti.MESSAGE_NAMES[m.number] == m.name


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 0xFFFFFFFF), st.binary(max_size=64))
def test_unknown_message_numbers_round_trip(number: int, body: bytes) -> None:
    assume(number not in cti.MESSAGES)
    frame = len(body).to_bytes(4, "big") + number.to_bytes(4, "big") + body
    decoded = cti.decode(frame)
    assert decoded == cti.UnknownMessage(number, body)
    assert cti.encode(decoded) == frame

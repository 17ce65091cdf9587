"""Malformed bytes raise ctiwire's DecodeError naming message, field and offset, and nothing else.

Invalid values raise EncodeError naming the field. Passwords never appear in a repr.
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ctiwire.v15 as cti
from ctiwire import CTIError, DecodeError, EncodeError, NamedVar

HELD = cti.CallHeldEvent(
    peripheral_id=5000, connection_call_id=1, connection_device_id="1001", holding_device_id="9"
)
HELD_FRAME = cti.encode(HELD)
FIXED_END = 8 + 22  # the CALL_HELD_EVENT fixed part ends at byte 30


def reframe(body: bytes, message_type: int = 11) -> bytes:
    return len(body).to_bytes(4, "big") + message_type.to_bytes(4, "big") + body


def test_truncated_fixed_part_names_the_first_missing_field() -> None:
    frame = reframe(
        HELD_FRAME[8:20]
    )  # MonitorID, PeripheralID, PeripheralType, ConnectionDeviceIDType
    with pytest.raises(DecodeError) as info:
        cti.decode(frame)
    err = info.value
    assert (err.message, err.field, err.offset) == ("CALL_HELD_EVENT", "ConnectionCallID", 20)
    assert "CALL_HELD_EVENT.ConnectionCallID at byte 20" in str(err)


def test_floating_length_running_past_the_end() -> None:
    body = HELD_FRAME[8:FIXED_END] + bytes([25, 40]) + b"1001\x00"
    with pytest.raises(DecodeError) as info:
        cti.decode(reframe(body))
    err = info.value
    assert (err.message, err.field, err.offset) == (
        "CALL_HELD_EVENT",
        "ConnectionDeviceID",
        FIXED_END,
    )
    assert "runs" in err.reason and "past the end" in err.reason


def test_string_without_nul() -> None:
    body = HELD_FRAME[8:FIXED_END] + bytes([25, 4]) + b"1001"
    with pytest.raises(DecodeError) as info:
        cti.decode(reframe(body))
    assert (info.value.field, info.value.offset) == ("ConnectionDeviceID", FIXED_END)
    assert "NUL" in info.value.reason


def test_missing_required_floating_field() -> None:
    body = HELD_FRAME[8:FIXED_END]
    with pytest.raises(DecodeError) as info:
        cti.decode(reframe(body))
    assert info.value.field == "ConnectionDeviceID" and "missing" in info.value.reason


def test_group_count_larger_than_the_fields_present() -> None:
    message = cti.CallConferencedEvent(
        primary_device_id="P",
        secondary_device_id="S",
        connected_parties=(cti.ConnectedParty(1, 0, "1001"),),
    )
    frame = bytearray(cti.encode(message))
    num_parties_at = 8 + 4 + 4 + 2 + 2 + 4 + 2 + 2 + 4 + 4 + 2  # NumParties offset
    assert frame[num_parties_at : num_parties_at + 2] == b"\x00\x01"
    frame[num_parties_at : num_parties_at + 2] = b"\x00\x03"
    with pytest.raises(DecodeError) as info:
        cti.decode(bytes(frame))
    err = info.value
    assert (err.message, err.field) == ("CALL_CONFERENCED_EVENT", "ConnectedParties")
    assert "NumParties = 3" in err.reason and "ConnectedPartyCallID x1" in err.reason


def test_stray_bytes_after_the_last_field() -> None:
    with pytest.raises(DecodeError) as info:
        cti.decode(reframe(HELD_FRAME[8:] + b"\x07"))
    assert info.value.offset == len(HELD_FRAME)


def test_fixed_width_floating_field_with_wrong_length() -> None:
    message = cti.CallDeliveredEvent(connection_device_id="1", trunk_number=5)
    frame = bytearray(cti.encode(message))
    at = frame.index(bytes([121, 4]))  # TRUNK_NUMBER_TAG, 4 bytes
    frame[at + 1] = 3
    frame[at + 2 + 3 : at + 2 + 4] = b""
    frame[0:4] = (len(frame) - 8).to_bytes(4, "big")
    with pytest.raises(DecodeError) as info:
        cti.decode(bytes(frame))
    assert info.value.field == "TrunkNumber" and "length 3" in info.value.reason


def test_header_problems() -> None:
    with pytest.raises(DecodeError, match="shorter than the 8-byte"):
        cti.decode(b"\x00\x00\x00")
    with pytest.raises(DecodeError, match="MessageLength says 10"):
        cti.decode(
            reframe(b"\x00" * 4)[:0] + (10).to_bytes(4, "big") + (5).to_bytes(4, "big") + b"\0" * 4
        )


def test_duplicate_non_repeatable_field() -> None:
    body = HELD_FRAME[8:] + bytes([31, 2]) + b"9\x00"
    with pytest.raises(DecodeError, match="appears twice"):
        cti.decode(reframe(body))


def test_unknown_tag_is_kept_and_re_encoded_in_order() -> None:
    extra = bytes([250, 3]) + b"abc" + bytes([251, 0])
    frame = reframe(HELD_FRAME[8:] + extra)
    decoded = cti.decode(frame)
    assert isinstance(decoded, cti.CallHeldEvent)
    assert decoded.unknown_fields == (cti.UnknownField(250, b"abc"), cti.UnknownField(251, b""))
    assert cti.encode(decoded) == frame


def test_unknown_enum_value_round_trips() -> None:
    frame = bytearray(HELD_FRAME)
    frame[8 + 8 : 8 + 10] = (4242).to_bytes(2, "big")  # PeripheralType 4242: no such member
    decoded = cti.decode(bytes(frame))
    assert isinstance(decoded, cti.CallHeldEvent)
    assert decoded.peripheral_type == 4242 and type(decoded.peripheral_type) is int
    assert cti.encode(decoded) == bytes(frame)


def test_non_ascii_string_bytes_round_trip() -> None:
    # A string that is not UTF-8, then a well-formed one: both must come through.
    body = HELD_FRAME[8:FIXED_END] + bytes([25, 6]) + b"\xe9\xff\x80ab\x00"
    body += bytes([31, 5]) + b"1001\x00"  # HoldingDeviceID
    frame = reframe(body)
    decoded = cti.decode(frame)
    assert isinstance(decoded, cti.CallHeldEvent)
    assert decoded.connection_device_id == "\udce9\udcff\udc80ab"  # surrogate escapes
    assert decoded.holding_device_id == "1001"
    assert cti.encode(decoded) == frame


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(sorted(cti.MESSAGES)), st.binary(max_size=300))
def test_any_body_decodes_or_raises_decode_error(message_type: int, body: bytes) -> None:
    """h11's fuzz invariant: any input is parsed or raises the library's own error."""
    frame = reframe(body, message_type)
    try:
        message = cti.decode(frame)
    except DecodeError:
        return
    # Decoding is lenient about maximum sizes, encoding is not: a too-long string may refuse.
    with contextlib.suppress(EncodeError):
        assert cti.decode(cti.encode(message)) == message


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=1, max_size=200), st.integers(0, 199))
def test_mutated_valid_frames_never_escape(extra: bytes, cut: int) -> None:
    frame = cti.encode(
        cti.CallDeliveredEvent(
            connection_device_id="1001", ani="5551212", named_variables=(NamedVar("a", "b"),)
        )
    )
    body = (frame[8:] + extra)[: max(0, len(frame) - 8 - cut) + len(extra)]
    with contextlib.suppress(CTIError):
        cti.decode(reframe(body, 9))


def test_encode_refuses_too_long_string() -> None:
    with pytest.raises(EncodeError) as info:
        cti.encode(cti.CallHeldEvent(connection_device_id="x" * 64))
    assert (info.value.message, info.value.field) == ("CALL_HELD_EVENT", "ConnectionDeviceID")
    cti.encode(cti.CallHeldEvent(connection_device_id="x" * 63))  # 63 + NUL fits


def test_encode_refuses_out_of_range_values() -> None:
    with pytest.raises(EncodeError) as info:
        cti.encode(cti.CallHeldEvent(connection_device_id="1", peripheral_type=70000))
    assert info.value.field == "PeripheralType"
    with pytest.raises(EncodeError) as info:
        cti.encode(cti.CallHeldEvent(connection_device_id="1", connection_call_id=-1))
    assert info.value.field == "ConnectionCallID"
    with pytest.raises(EncodeError) as info:
        cti.encode(cti.CallDeliveredEvent(connection_device_id="1", trunk_number=2**32))
    assert info.value.field == "TrunkNumber"


def test_encode_refuses_wrong_types_and_missing_required() -> None:
    with pytest.raises(EncodeError, match="expected str"):
        cti.encode(cti.CallHeldEvent(connection_device_id=5))  # type: ignore[arg-type]
    with pytest.raises(EncodeError, match="required"):
        cti.encode(cti.CallHeldEvent(connection_device_id=None))  # type: ignore[arg-type]


def test_encode_refuses_groups_beyond_their_maximum() -> None:
    parties = tuple(cti.ConnectedParty(i, 0, str(i)) for i in range(17))
    with pytest.raises(EncodeError) as info:
        cti.encode(
            cti.CallConferencedEvent(
                primary_device_id="P", secondary_device_id="S", connected_parties=parties
            )
        )
    assert info.value.field == "ConnectedParties" and "maximum is 16" in info.value.reason
    with pytest.raises(EncodeError, match="entries must be ConnectedParty"):
        cti.encode(
            cti.CallConferencedEvent(
                primary_device_id="P", secondary_device_id="S", connected_parties=((1, 0, "x"),)
            )
        )  # type: ignore[arg-type]


def test_named_data_limit() -> None:
    big = tuple(NamedVar(f"v{i:02d}", "x" * 200) for i in range(10))  # 10 x 205 data bytes
    with pytest.raises(EncodeError, match="data total 2050 bytes, limit 2000"):
        cti.encode(
            cti.BeginCallEvent(
                connection_device_id="1",
                router_call_key_day=1,
                router_call_key_call_id=1,
                router_call_key_sequence_number=1,
                named_variables=big,
            )
        )


def test_passwords_never_in_repr() -> None:
    req = cti.OpenReq(client_id="me", client_password=b"hunter2")
    assert "hunter2" not in repr(req) and "client_password" not in repr(req)
    decoded = cti.decode(cti.encode(req))
    assert "hunter2" not in repr(decoded) and "hunter2" not in str(decoded)
    state = cti.SetAgentStateReq(agent_instrument="1001", agent_password="hunter2")
    assert "hunter2" not in repr(state)


def test_frozen() -> None:
    with pytest.raises(AttributeError):
        HELD.connection_call_id = 5  # type: ignore[misc]
    decoded = cti.decode(HELD_FRAME)
    with pytest.raises(AttributeError):
        decoded.connection_call_id = 5  # type: ignore[attr-defined]
    assert hash(decoded) == hash(HELD) and type(decoded) is cti.CallHeldEvent

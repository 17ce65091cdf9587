"""The data-type codecs themselves, for every type and both floating-field widths.

The generated Version 15 module does not use every type (no fixed CHAR field, no TASKID), and
Version 20's 2-byte tags are not generated yet, so the codecs are checked here directly.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ctiwire import DecodeError, EncodeError, NamedArray, NamedVar, TaskID, UnknownField
from ctiwire import _wire as w

CASES: list[tuple[int, Any, bytes]] = [
    (w.STRING, "1001", b"1001\x00"),
    (w.STRING, "", b"\x00"),
    (w.STRING, "caf\u00e9", b"caf\xc3\xa9\x00"),
    # Not UTF-8: the fast loop's strict decode fails, the careful one keeps the bytes (PEP 383)
    (w.STRING, "\udce9\udcffab", b"\xe9\xffab\x00"),
    (w.UNSPEC, b"\x00\x01\xff", b"\x00\x01\xff"),
    (w.UCHAR, 255, b"\xff"),
    (w.CHAR, -128, b"\x80"),
    (w.USHORT, 65535, b"\xff\xff"),
    (w.SHORT, -2, b"\xff\xfe"),
    (w.UINT, 0xFFFFFFFF, b"\xff\xff\xff\xff"),
    (w.INT, -1, b"\xff\xff\xff\xff"),
    (w.BOOL, True, b"\x00\x01"),
    (w.BOOL, False, b"\x00\x00"),
    (w.TIME, 1_600_000_000, b"\x5f\x5e\x10\x00"),
    (w.NAMEDVAR, NamedVar("user.x", "42"), b"user.x\x0042\x00"),
    (w.NAMEDARRAY, NamedArray(2, "arr", "v"), b"\x02arr\x00v\x00"),
    (w.TASKID, TaskID(1, -2, 3), b"\x00\x00\x00\x01\xff\xff\xff\xfe\x00\x00\x00\x03"),
    (w.APPPATHID, b"\x01\x02\x03\x04\x05", b"\x01\x02\x03\x04\x05"),
]


def table(kind: int, repeated: bool = False) -> w.FieldTable:
    return {7: (0, kind, repeated, "Field")}


@pytest.mark.parametrize(("wide", "head"), [(False, b"\x07"), (True, b"\x00\x07")])
@pytest.mark.parametrize(("kind", "value", "data"), CASES)
def test_each_type_on_the_wire(kind: int, value: Any, data: bytes, wide: bool, head: bytes) -> None:
    length = len(data).to_bytes(2 if wide else 1, "big")
    encoded = w.put(kind, 7, value, 255, wide, "M", "Field")
    assert encoded == head + length + data
    vals, unknown = w.scan(encoded, 0, len(encoded), table(kind), 1, "M", 4 if wide else 2)
    assert vals == [value] and unknown == []


def test_bool_keeps_other_values() -> None:
    vals, _ = w.scan(b"\x07\x02\x00\x05", 0, 4, table(w.BOOL), 1, "M", 2)
    assert vals == [5]
    assert w.put(w.BOOL, 7, 5, 2, False, "M", "F") == b"\x07\x02\x00\x05"


def test_repeated_fields_collect_in_order() -> None:
    data = b"".join(w.put(w.UINT, 7, n, 4, False, "M", "F") for n in (3, 1, 2))
    vals, _ = w.scan(data, 0, len(data), table(w.UINT, repeated=True), 1, "M", 2)
    assert vals == [[3, 1, 2]]


def test_unknown_tags_in_arrival_order_both_widths() -> None:
    narrow = b"\x09\x01a\x07\x02\x00\x05\x08\x00"
    vals, unknown = w.scan(narrow, 0, len(narrow), table(w.USHORT), 1, "M", 2)
    assert vals == [5] and unknown == [UnknownField(9, b"a"), UnknownField(8, b"")]
    wide = b"\x01\x2c\x00\x02hi"
    vals, unknown = w.scan(wide, 0, len(wide), table(w.USHORT), 1, "M", 4)
    assert vals == [None] and unknown == [UnknownField(300, b"hi")]
    assert w.put_unknown(UnknownField(300, b"hi"), True, "M") == wide


@pytest.mark.parametrize(
    ("kind", "data", "problem"),
    [
        (w.STRING, b"abc", "NUL"),
        (w.STRING, b"", "NUL"),
        (w.UINT, b"\x00\x01", "length 2"),
        (w.NAMEDVAR, b"name\x00value", "NUL-terminated"),
        (w.NAMEDVAR, b"novalue\x00", "NUL-terminated"),
        (w.NAMEDARRAY, b"", "empty"),
        (w.TASKID, b"\x00" * 11, "TASKID of 11"),
        (w.APPPATHID, b"\x00" * 4, "APPPATHID of 4"),
    ],
)
def test_bad_field_data(kind: int, data: bytes, problem: str) -> None:
    frame = b"\x07" + bytes([len(data)]) + data
    with pytest.raises(DecodeError, match=problem) as info:
        w.scan(frame, 0, len(frame), table(kind), 1, "M", 2)
    assert (info.value.message, info.value.field, info.value.offset) == ("M", "Field", 0)


def test_raw_bytes_running_past_the_end() -> None:
    frame = b"\x07\x05abc"
    with pytest.raises(DecodeError, match="runs 2 byte"):
        w.scan(frame, 0, len(frame), table(w.UNSPEC), 1, "M", 2)


def test_wide_header_cut_short() -> None:
    with pytest.raises(DecodeError, match="3 stray byte"):
        w.scan(b"\x00\x07\x00", 0, 3, table(w.UINT), 1, "M", 4)


@pytest.mark.parametrize(
    ("kind", "value"),
    [(w.UCHAR, 256), (w.CHAR, 128), (w.USHORT, -1), (w.SHORT, 40000), (w.UINT, 2**32),
     (w.INT, 2**31), (w.TIME, -1), (w.UINT, "1"), (w.STRING, b"x"), (w.UNSPEC, "x"),
     (w.NAMEDVAR, ("a", "b")), (w.NAMEDARRAY, NamedArray(256, "a", "b")),
     (w.TASKID, TaskID(2**31, 0, 0)), (w.APPPATHID, b"1234"), (w.STRING, "\ud800")],
)  # fmt: skip
def test_encoder_refuses_values_outside_the_type(kind: int, value: Any) -> None:
    with pytest.raises(EncodeError) as info:
        w.put(kind, 7, value, 255, False, "M", "Field")
    assert (info.value.message, info.value.field) == ("M", "Field")


def test_one_byte_length_limit() -> None:
    with pytest.raises(EncodeError, match="1-byte floating field length"):
        w.put(w.UNSPEC, 7, b"x" * 256, 300, False, "M", "F")
    assert len(w.put(w.UNSPEC, 7, b"x" * 256, 300, True, "M", "F")) == 260


def test_fixed_strings() -> None:
    assert w.encode_fixed_string("ab", 4, "M", "F") == b"ab\x00\x00"
    assert w.fixed_string(b"ab\x00\x00") == "ab"
    assert w.fixed_string(b"abcd") == "abcd"
    with pytest.raises(EncodeError, match="exceed the field's 4 bytes"):
        w.encode_fixed_string("abcd", 4, "M", "F")


@given(st.binary(max_size=60))
def test_any_bytes_as_a_string_round_trip(raw: bytes) -> None:
    text = w.text(raw)
    assert w.put(w.STRING, 7, text, 255, False, "M", "F") == bytes([7, len(raw) + 1]) + raw + b"\0"


def test_flag_cache_is_bounded() -> None:
    from enum import KEEP, IntFlag

    class Bits(IntFlag, boundary=KEEP):
        A = 1

    cache = w.FlagCache(Bits, limit=2)
    assert [cache[v] for v in (1, 2, 3, 4)] == [Bits.A, Bits(2), Bits(3), Bits(4)]
    assert len(cache) == 2 and isinstance(cache[4], Bits)

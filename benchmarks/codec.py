"""Decode/encode throughput of the generated codec, side by side with two baselines, in both
floating-field widths (Version 15: 1-byte tags and lengths; Version 24: 2-byte).

Run by hand: ``python benchmarks/codec.py`` (needs the dev extra for ``construct``);
``--version 24`` for one version only.

For each message it measures, in the same run:

* **ctiwire**: ``decode(frame)`` / ``encode(message)`` of the version's module: typed,
  validated, frozen message classes with enums;
* **floor**: hand-written minimal ``struct`` code for the same bytes, with no checks at all:
  the practical lower bound.

  - its decoder builds nothing but a tuple (fixed part) and a dict (floating fields: strings
    decoded, a NamedVariable split into its name and value, as any decoder must);
  - its encoder is the leanest hand-written one: one ``struct.pack`` of the header and the
    fixed part, then tag, length and value per floating field, joined once.

* **construct**: the same message declared with the ``construct`` library, what a Python
  developer would otherwise write.

and prints messages per second and the ratios (ctiwire / floor, ctiwire / construct).
Targets: decode and encode >= 0.5 x floor, decode >= 20 x construct.

The fixed part's layout is read from the generated struct of each message (the floor and
construct decode the same bytes; only the code that reads them is theirs); each baseline must
read the frame back to the same values and build the very same bytes before it is timed.
"""

from __future__ import annotations

import argparse
import dataclasses
import struct
import sys
import timeit
from collections.abc import Callable
from types import ModuleType
from typing import Any

import construct as cs

import ctiwire
from ctiwire import NamedVar
from ctiwire import _wire as _w

NAMED_VARIABLE_TAG = 82

# --- the three messages, built for any version ----------------------------------------------


def build(cti: ModuleType, cls_name: str, **fields: Any) -> Any:
    """The message with ``fields``; what a version adds and requires gets a plain value."""
    cls = getattr(cti, cls_name)
    names = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {k: v for k, v in fields.items() if k in names}
    for name, f in names.items():
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if required and name not in kwargs:
            kwargs[name] = 0
    return cls(**kwargs)


def messages(cti: ModuleType) -> list[Any]:
    v = cti.PROTOCOL_VERSION
    open_req = build(
        cti,
        "OpenReq",
        invoke_id=1,
        version_number=v,
        idle_timeout=120,
        peripheral_id=5000,
        services_requested=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
        call_msg_mask=0xFFFFFFFF,
        agent_state_mask=0x3FFF,
        client_id="bridge-01",
        client_password=b"secret",
        client_signature="ctiwire bridge",
    )
    agent_state = build(
        cti,
        "AgentStateEvent",
        peripheral_id=5000,
        session_id=77,
        peripheral_type=cti.PeripheralType.PT_ENTERPRISE_AGENT,
        skill_group_state=cti.AgentState.AGENT_STATE_AVAILABLE,
        state_duration=12,
        skill_group_number=100,
        skill_group_id=5001,
        agent_state=cti.AgentState.AGENT_STATE_AVAILABLE,
        mrd_id=1,
        max_task_limit=1,
        icm_agent_id=5100,
        agent_id="4201",
        agent_extension="1001",
        agent_instrument="1001",
    )
    call_delivered = build(
        cti,
        "CallDeliveredEvent",
        peripheral_id=5000,
        peripheral_type=cti.PeripheralType.PT_ENTERPRISE_AGENT,
        connection_call_id=16777301,
        service_number=0xFFFFFFFF,
        service_id=0xFFFFFFFF,
        skill_group_number=100,
        skill_group_id=5001,
        local_connection_state=cti.LocalConnectionState.LCS_ALERTING,
        event_cause=cti.EventCause.CEC_NONE,
        connection_device_id="1001",
        alerting_device_id="1001",
        calling_device_id="5551212",
        called_device_id="8005550100",
        ani="5551212",
        dnis="8005550100",
        dialed_number="8005550100",
        call_variable1="account=12345",
        named_variables=(NamedVar("user.crm.id", "ABC-987"),),
    )
    return [open_req, agent_state, call_delivered]


def layout(cti: ModuleType, message: Any) -> tuple[str, dict[int, int]]:
    """The fixed part's struct format and the kind of each floating tag of a message, as the
    generated module has them."""
    definition = sys.modules[type(message).__module__]
    name = message.MESSAGE_NAME
    fmt: str = getattr(definition, f"_S_{name}").format
    table = getattr(definition, f"_T_{name}")
    return fmt, {tag: kind for tag, (_slot, kind, _rep, _name) in table.items()}


# --- the floor: hand-written struct code ------------------------------------------------------

HEADER = struct.Struct(">II")
U32 = struct.Struct(">I")
U16 = struct.Struct(">H")
WIDE_HEAD = struct.Struct(">HH")

Fields = list[tuple[int, Any]]


def floor_decoder(fmt: str, strings: frozenset[int], wide: bool) -> Callable[[bytes], Any]:
    fixed = struct.Struct(fmt)
    start = 8 + fixed.size
    u32, u16, head = U32.unpack_from, U16.unpack_from, WIDE_HEAD.unpack_from

    def decode_narrow(frame: bytes) -> tuple[tuple[Any, ...], dict[int, Any]]:
        length, _ = HEADER.unpack_from(frame)
        values = fixed.unpack_from(frame, 8)
        fields: dict[int, Any] = {}
        pos, end = start, 8 + length
        while pos < end:
            tag = frame[pos]
            size = frame[pos + 1]
            pos += 2
            if tag in strings:
                fields[tag] = frame[pos : pos + size - 1].decode()
            elif tag == NAMED_VARIABLE_TAG:  # name NUL value NUL; there may be several
                cut = frame.index(0, pos)
                pair = (frame[pos:cut].decode(), frame[cut + 1 : pos + size - 1].decode())
                fields.setdefault(tag, []).append(pair)
            elif size == 4:
                fields[tag] = u32(frame, pos)[0]
            elif size == 2:
                fields[tag] = u16(frame, pos)[0]
            else:
                fields[tag] = frame[pos : pos + size]
            pos += size
        return values, fields

    def decode_wide(frame: bytes) -> tuple[tuple[Any, ...], dict[int, Any]]:
        length, _ = HEADER.unpack_from(frame)
        values = fixed.unpack_from(frame, 8)
        fields: dict[int, Any] = {}
        pos, end = start, 8 + length
        while pos < end:
            tag, size = head(frame, pos)
            pos += 4
            if tag in strings:
                fields[tag] = frame[pos : pos + size - 1].decode()
            elif tag == NAMED_VARIABLE_TAG:
                cut = frame.index(0, pos)
                pair = (frame[pos:cut].decode(), frame[cut + 1 : pos + size - 1].decode())
                fields.setdefault(tag, []).append(pair)
            elif size == 4:
                fields[tag] = u32(frame, pos)[0]
            elif size == 2:
                fields[tag] = u16(frame, pos)[0]
            else:
                fields[tag] = frame[pos : pos + size]
            pos += size
        return values, fields

    return decode_wide if wide else decode_narrow


def floor_encoder(
    fmt: str, message_type: int, wide: bool, fields: Fields
) -> Callable[[tuple[Any, ...], tuple[Any, ...]], bytes]:
    """The encoder a developer would write by hand for this one message with these floating
    fields, unrolled: one struct.pack of header and fixed part, then tag, length and value per
    field, joined once. Its source is written here from the field list (``exec``) only so that
    one function serves every message; it is the same straight-line code, with no checks.
    It takes the fixed values and the floating values in wire order (str, int, or a
    NamedVariable as (name, value)); ints are written with the width the frame had."""
    head = struct.Struct(">II" + fmt[1:])
    step = 4 if wide else 2
    lines = ["def encode(values, f):"]
    parts = []
    for i, (tag, value) in enumerate(fields):
        if type(value) is str:
            lines.append(f"    d{i} = f[{i}].encode()")
            size = f"len(d{i}) + 1"
            parts += [f"H({tag}, {size})" if wide else f"bytes(({tag}, {size}))", f"d{i}", "NUL"]
        elif type(value) is tuple:
            lines.append(f"    d{i} = f[{i}][0].encode() + NUL + f[{i}][1].encode() + NUL")
            parts += [f"H({tag}, len(d{i}))" if wide else f"bytes(({tag}, len(d{i})))", f"d{i}"]
        else:  # an int (UINT; a USHORT arrives as its 2 bytes) or raw bytes
            data = f"U32(f[{i}])" if type(value) is int else f"f[{i}]"
            width = 4 if type(value) is int else len(value)
            parts += [repr(tag.to_bytes(step // 2, "big") + width.to_bytes(step // 2, "big")), data]
    lines.append(f"    tail = b''.join(({', '.join(parts)},))")
    lines.append(f"    return HEAD(FIXED + len(tail), {message_type}, *values) + tail")
    namespace: dict[str, Any] = {
        "H": WIDE_HEAD.pack,
        "U32": U32.pack,
        "NUL": b"\0",
        "HEAD": head.pack,
        "FIXED": head.size - 8,
    }
    exec("\n".join(lines), namespace)  # our own text, see the docstring
    encode: Callable[[tuple[Any, ...], tuple[Any, ...]], bytes] = namespace["encode"]
    return encode


def in_wire_order(frame: bytes, start: int, fields: dict[int, Any], wide: bool) -> Fields:
    """The decoded floating fields (from byte ``start``) as (tag, value) in the frame's
    order, ready for the floor encoder: a USHORT as the 2 bytes the frame has."""
    out: Fields = []
    taken: dict[int, int] = {}
    pos, step = start, 4 if wide else 2
    while pos < len(frame):
        tag, size = WIDE_HEAD.unpack_from(frame, pos) if wide else (frame[pos], frame[pos + 1])
        value = fields[tag]
        if tag == NAMED_VARIABLE_TAG:
            value = value[taken.get(tag, 0)]
            taken[tag] = taken.get(tag, 0) + 1
        elif type(value) is int and size == 2:
            value = frame[pos + step : pos + step + 2]
        out.append((tag, value))
        pos += step + size
    return out


# --- construct declarations -------------------------------------------------------------------

CONSTRUCT_TYPES = {"I": cs.Int32ub, "i": cs.Int32sb, "H": cs.Int16ub, "h": cs.Int16sb}


def construct_message(fmt: str, kinds: dict[int, int], wide: bool) -> cs.Construct:
    fixed = []
    for i, (count, code) in enumerate(struct_fields(fmt)):
        kind = cs.Bytes(count) if code == "s" else CONSTRUCT_TYPES[code]
        fixed.append(f"f{i}" / kind)
    strings = [t for t, k in kinds.items() if k == _w.STRING]
    value = cs.Switch(
        cs.this.tag,
        {**{t: cs.CString("utf8") for t in strings}},
        default=cs.GreedyBytes,
    )
    head = cs.Int16ub if wide else cs.Int8ub
    floating = cs.Struct(
        "tag" / head, "length" / head, "data" / cs.FixedSized(cs.this.length, value)
    )
    return cs.Struct(
        "length" / cs.Int32ub, "type" / cs.Int32ub, *fixed, "floating" / cs.GreedyRange(floating)
    )


def struct_fields(fmt: str) -> list[tuple[int, str]]:
    """(count, code) of each field of a struct format such as ">IH12sI"."""
    out, number = [], ""
    for ch in fmt.lstrip(">"):
        if ch.isdigit():
            number += ch
            continue
        out.append((int(number or 1), ch))
        number = ""
    return out


# --- measuring --------------------------------------------------------------------------------


def rates(*funcs: Callable[[], object], rounds: int = 7, quick: bool = False) -> tuple[float, ...]:
    """Calls per second of each function: the best of ``rounds`` timed runs of about 0.1 s
    (``quick``: of a few calls, which says nothing about speed but runs every comparison).

    The functions take turns within each round, so that a change in the machine's load
    affects all of them alike and the ratios stay meaningful.
    """
    if quick:
        numbers = [10] * len(funcs)
    else:
        numbers = [max(1, timeit.Timer(f).autorange()[0] // 2) for f in funcs]
    best = [float("inf")] * len(funcs)
    for _ in range(rounds):
        for i, (func, number) in enumerate(zip(funcs, numbers, strict=True)):
            best[i] = min(best[i], timeit.timeit(func, number=number) / number)
    return tuple(1 / b for b in best)


def measure(
    cti: ModuleType, message: Any, rounds: int, quick: bool
) -> dict[str, tuple[float, ...]]:
    """Rates of (ctiwire, floor, construct) for decode and encode of one message."""
    wide = cti.FLOATING_TAG_SIZE == 2
    frame = cti.encode(message)
    fmt, kinds = layout(cti, message)
    strings = frozenset(t for t, k in kinds.items() if k == _w.STRING)
    floor_decode = floor_decoder(fmt, strings, wide)
    values, fields = floor_decode(frame)
    ordered = in_wire_order(frame, 8 + struct.calcsize(fmt), fields, wide)
    floor_encode = floor_encoder(fmt, message.MESSAGE_TYPE, wide, ordered)
    floating = tuple(value for _tag, value in ordered)
    declared = construct_message(fmt, kinds, wide)
    parsed = declared.parse(frame)
    # Each baseline must read the same bytes back, and build them again.
    assert floor_encode(values, floating) == frame, message.MESSAGE_NAME
    assert declared.build(parsed) == frame
    assert cti.decode(frame) == message
    fresh = dataclasses.replace(message)  # not decoded: encode() cannot return a kept frame
    assert cti.encode(fresh) == frame
    return {
        "decode": rates(
            lambda: cti.decode(frame),
            lambda: floor_decode(frame),
            lambda: declared.parse(frame),
            rounds=rounds,
            quick=quick,
        ),
        "encode": rates(
            lambda: cti.encode(fresh),
            lambda: floor_encode(values, floating),
            lambda: declared.build(parsed),
            rounds=rounds,
            quick=quick,
        ),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", type=int, action="append", help="default: 15 and 24")
    parser.add_argument("--rounds", type=int, default=7, help="best of (default 7)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="a few calls each, no real timing: checks that the baselines read and build the "
        "same bytes as ctiwire (the tests run this)",
    )
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, construct {cs.__version__}")
    header = (
        f"{'version':>7} {'message':22} {'op':6} {'ctiwire/s':>11} {'floor/s':>11} "
        f"{'construct/s':>12} {'x floor':>8} {'x construct':>11}"
    )
    print(header)
    print("-" * len(header))
    for v in args.version or [15, 24]:
        cti = ctiwire.protocol(v)
        for message in messages(cti):
            for op, (ours, floor, other) in measure(cti, message, args.rounds, args.check).items():
                print(
                    f"{v:>7} {message.MESSAGE_NAME:22} {op:6} {ours:11,.0f} {floor:11,.0f} "
                    f"{other:12,.0f} {ours / floor:8.2f} {ours / other:11.1f}"
                )
        sizes = ", ".join(f"{m.MESSAGE_NAME} {len(cti.encode(m))} B" for m in messages(cti))
        print(f"{'':>7} (frame sizes: {sizes})")


if __name__ == "__main__":
    main()

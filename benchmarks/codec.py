"""Decode/encode throughput of the generated codec, side by side with two baselines.

Run by hand: ``python benchmarks/codec.py`` (needs the dev extra for ``construct``).

For each message it measures, in the same run:

* **ctiwire**: ``ctiwire.v15.decode(frame)`` / ``encode(message)``: typed, validated, frozen
  dataclasses with enums;
* **floor**: a hand-written minimal ``struct`` decoder of the same bytes that builds nothing but a
  tuple (fixed part) and a dict (floating fields: strings decoded, a NamedVariable split into
  its name and value, as any decoder must), with no checks at all: the practical lower bound;
* **construct**: the same message declared with the ``construct`` library, what a Python developer
  would otherwise write.

and prints messages per second and the ratios (ctiwire / floor, ctiwire / construct).
Targets (issue 2): decode >= 0.5 x floor and >= 20 x construct.
"""

from __future__ import annotations

import struct
import sys
import timeit
from collections.abc import Callable
from typing import Any

import construct as cs

import ctiwire.v15 as cti
from ctiwire import NamedVar

# --- the three messages -------------------------------------------------------------------------

OPEN_REQ = cti.OpenReq(
    invoke_id=1,
    version_number=15,
    idle_timeout=120,
    peripheral_id=5000,
    services_requested=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
    call_msg_mask=0xFFFFFFFF,
    agent_state_mask=0x3FFF,
    client_id="bridge-01",
    client_password=b"secret",
    client_signature="ctiwire bridge",
)
AGENT_STATE = cti.AgentStateEvent(
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
CALL_DELIVERED = cti.CallDeliveredEvent(
    peripheral_id=5000,
    peripheral_type=cti.PeripheralType.PT_ENTERPRISE_AGENT,
    connection_call_id=16777301,
    line_handle=0,
    line_type=0,
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

# --- the floor: hand-written struct code --------------------------------------------------------

HEADER = struct.Struct(">II")
NAMED_VARIABLE_TAG = 82


def floor_decoder(fixed_format: str, string_tags: frozenset[int]) -> Callable[[bytes], Any]:
    fixed = struct.Struct(fixed_format)
    start = 8 + fixed.size
    u32 = struct.Struct(">I").unpack_from

    def decode(frame: bytes) -> tuple[tuple[Any, ...], dict[int, Any]]:
        length, _ = HEADER.unpack_from(frame)
        values = fixed.unpack_from(frame, 8)
        fields: dict[int, Any] = {}
        pos, end = start, 8 + length
        while pos < end:
            tag = frame[pos]
            size = frame[pos + 1]
            pos += 2
            if tag in string_tags:
                fields[tag] = frame[pos : pos + size - 1].decode()
            elif tag == NAMED_VARIABLE_TAG:  # name NUL value NUL; there may be several
                cut = frame.index(0, pos)
                pair = (frame[pos:cut].decode(), frame[cut + 1 : pos + size - 1].decode())
                fields.setdefault(tag, []).append(pair)
            elif size == 4:
                fields[tag] = u32(frame, pos)[0]
            else:
                fields[tag] = frame[pos : pos + size]
            pos += size
        return values, fields

    return decode


def floor_encoder(
    fixed_format: str, message_type: int
) -> Callable[[tuple[Any, ...], dict[int, Any]], bytes]:
    fixed = struct.Struct(fixed_format)

    def encode(values: tuple[Any, ...], fields: dict[int, Any]) -> bytes:
        parts = [fixed.pack(*values)]
        for tag, value in fields.items():
            for item in value if tag == NAMED_VARIABLE_TAG else (value,):
                if isinstance(item, tuple):
                    data = item[0].encode() + b"\0" + item[1].encode() + b"\0"
                elif isinstance(item, str):
                    data = item.encode() + b"\0"
                else:
                    data = item
                parts.append(bytes((tag, len(data))) + data)
        body = b"".join(parts)
        return HEADER.pack(len(body), message_type) + body

    return encode


# --- construct declarations ---------------------------------------------------------------------


def construct_message(fixed: list[Any], strings: set[int], uints: set[int]) -> cs.Construct:
    value = cs.Switch(
        cs.this.tag,
        {**{t: cs.CString("utf8") for t in strings}, **dict.fromkeys(uints, cs.Int32ub)},
        default=cs.GreedyBytes,
    )
    floating = cs.Struct(
        "tag" / cs.Int8ub, "length" / cs.Int8ub, "data" / cs.FixedSized(cs.this.length, value)
    )
    return cs.Struct(
        "length" / cs.Int32ub,
        "type" / cs.Int32ub,
        *fixed,
        "floating" / cs.GreedyRange(floating),
    )


U32, U16 = cs.Int32ub, cs.Int16ub
CASES: list[dict[str, Any]] = [
    {
        "name": "OPEN_REQ",
        "message": OPEN_REQ,
        "format": ">11I",
        "strings": {1, 3},
        "uints": set(),
        "construct_fixed": [f"f{i}" / U32 for i in range(11)],
    },
    {
        "name": "AGENT_STATE_EVENT",
        "message": AGENT_STATE,
        "format": ">IIIHHIIIHHHiIHIiIH",
        "strings": {4, 5, 6},
        "uints": set(),
        "construct_fixed": [
            *(
                "a" / U32,
                "b" / U32,
                "c" / U32,
                "d" / U16,
                "e" / U16,
                "f" / U32,
                "g" / U32,
                "h" / U32,
            ),
            *("i" / U16, "j" / U16, "k" / U16, "l" / cs.Int32sb, "m" / U32, "n" / U16, "o" / U32),
            *("p" / cs.Int32sb, "q" / U32, "r" / U16),
        ],
    },
    {
        "name": "CALL_DELIVERED_EVENT",
        "message": CALL_DELIVERED,
        "format": ">IIHHIHHIIIIHHHHHHHHH",
        "strings": {25, 26, 27, 28, 8, 10, 11, 13},
        "uints": set(),
        "construct_fixed": [
            *("a" / U32, "b" / U32, "c" / U16, "d" / U16, "e" / U32, "f" / U16, "g" / U16),
            *("h" / U32, "i" / U32, "j" / U32, "k" / U32),
            *(f"s{i}" / U16 for i in range(9)),
        ],
    },
]


def rates(*funcs: Callable[[], object], rounds: int = 7) -> tuple[float, ...]:
    """Calls per second of each function: the best of ``rounds`` timed runs of about 0.1 s.

    The functions take turns within each round, so that a change in the machine's load
    affects all of them alike and the ratios stay meaningful.
    """
    numbers = [max(1, timeit.Timer(f).autorange()[0] // 2) for f in funcs]
    best = [float("inf")] * len(funcs)
    for _ in range(rounds):
        for i, (func, number) in enumerate(zip(funcs, numbers, strict=True)):
            best[i] = min(best[i], timeit.timeit(func, number=number) / number)
    return tuple(1 / b for b in best)


def measure(case: dict[str, Any]) -> dict[str, tuple[float, ...]]:
    """Rates of (ctiwire, floor, construct) for decode and encode of one message."""
    message = case["message"]
    frame = cti.encode(message)
    floor_decode = floor_decoder(case["format"], frozenset(case["strings"]))
    floor_encode = floor_encoder(case["format"], message.MESSAGE_TYPE)
    values, fields = floor_decode(frame)
    declared = construct_message(case["construct_fixed"], case["strings"], case["uints"])
    parsed = declared.parse(frame)
    # Each baseline must read the same bytes back, and build them again.
    assert floor_encode(values, fields) == frame
    assert declared.build(parsed) == frame
    assert cti.decode(frame) == message
    return {
        "decode": rates(
            lambda: cti.decode(frame),
            lambda: floor_decode(frame),
            lambda: declared.parse(frame),
        ),
        "encode": rates(
            lambda: cti.encode(message),
            lambda: floor_encode(values, fields),
            lambda: declared.build(parsed),
        ),
    }


def main() -> None:
    print(f"Python {sys.version.split()[0]}, construct {cs.__version__}")
    header = (
        f"{'message':22} {'op':6} {'ctiwire/s':>11} {'floor/s':>11} {'construct/s':>12} "
        f"{'x floor':>8} {'x construct':>11}"
    )
    print(header)
    print("-" * len(header))
    for case in CASES:
        for op, (ours, floor, other) in measure(case).items():
            print(
                f"{case['name']:22} {op:6} {ours:11,.0f} {floor:11,.0f} {other:12,.0f} "
                f"{ours / floor:8.2f} {ours / other:11.1f}"
            )
    sizes = ", ".join(f"{c['name']} {len(cti.encode(c['message']))} B" for c in CASES)
    print(f"(frame sizes: {sizes})")


if __name__ == "__main__":
    main()

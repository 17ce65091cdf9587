"""Run tshark with the generated dissector and compare what it shows with ctiwire's decode.

    packets = tshark(pcap)                            # one tshark run: every packet's CTI frames
    for frame in packets[n].frames:
        assert frame.fields == expected(message, frame_bytes, version)

:func:`tshark` reads ``-T json`` output keeping repeated keys (a packet with two CTI frames has
two ``gedcti`` layers). :func:`expected` builds, from a message ctiwire decoded, the fields the
dissector must show: the same names (``gedcti.`` + the Python attribute name, see
codegen/dissector.py) and the values as tshark prints them. Both sides are lists of
``(entry, field, value)``, where ``entry`` names the group entry holding the field ("entry 2",
the ``gedcti.entry`` item above it) or is ``""``.

Tests that need tshark call :func:`require_tshark`: without tshark they are skipped, unless
``CTIWIRE_REQUIRE_TSHARK=1`` (set by .ci/run), which makes the missing tool a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from codegen.dissector import Naming
from codegen.spec import Field, Group, Message, Version
from ctiwire.types import Message as CTIMessage
from ctiwire.types import NamedArray, NamedVar, TaskID, UnknownMessage
from strategies import spec, version

ROOT = Path(__file__).resolve().parent.parent
LUA = ROOT / "generated" / "wireshark" / "gedcti.lua"
STRUCTURE = {"gedcti.tag", "gedcti.field_length"}  # each floating field's header, not compared

Row = tuple[str, str, str]


def require_tshark() -> str:
    path = shutil.which("tshark")
    if path is None:
        reason = "tshark is not installed (Debian: apt-get install tshark)"
        if os.environ.get("CTIWIRE_REQUIRE_TSHARK") == "1":
            pytest.fail(f"{reason}, and CTIWIRE_REQUIRE_TSHARK=1 requires it")
        pytest.skip(reason)
    return path


@dataclass
class Frame:
    """One CTI frame as the dissector showed it."""

    fields: list[Row]
    experts: list[tuple[str, str]]  # (expert info name, text): ("gedcti.malformed", "...")


@dataclass
class Packet:
    number: int
    stream: int  # tcp.stream
    frames: list[Frame] = field(default_factory=list)
    experts: list[tuple[str, str]] = field(default_factory=list)  # all the packet's frames


def tshark(
    pcap: Path,
    *,
    prefs: Mapping[str, str] | None = None,
    decode_as: str | None = None,
    display_filter: str = "gedcti",
) -> list[Packet]:
    """The packets of ``pcap`` that match ``display_filter``, dissected by the generated Lua."""
    command = [require_tshark(), "-n", "-X", f"lua_script:{LUA}", "-r", str(pcap), "-T", "json"]
    for key, value in (prefs or {}).items():
        command += ["-o", f"{key}:{value}"]
    if decode_as:
        command += ["-d", decode_as]
    if display_filter:
        command += ["-Y", display_filter]
    result = subprocess.run(command, capture_output=True, check=False)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, stderr
    errors = [line for line in stderr.splitlines() if "Lua" in line or "error" in line]
    assert not errors, errors
    text = result.stdout.decode("utf-8")  # the dissector must only show valid text
    return [_packet(p) for p in json.loads(text, object_pairs_hook=list)]


def _packet(pairs: list[tuple[str, Any]]) -> Packet:
    layers: list[tuple[str, Any]] = dict(dict(pairs)["_source"])["layers"]
    number = dict(dict(layers)["frame"])["frame.number"]
    packet = Packet(int(number), int(dict(dict(layers)["tcp"])["tcp.stream"]))
    for key, value in layers:
        if key == "gedcti":
            frame = Frame([], [])
            _flatten(value, "", frame)
            packet.frames.append(frame)
            packet.experts += frame.experts
    return packet


def _flatten(pairs: list[tuple[str, Any]], entry: str, frame: Frame) -> None:
    number = ""  # the last group entry's number
    for key, value in pairs:
        if key == "_ws.expert":
            info = dict(value)
            kind = next((k for k in info if k.startswith("gedcti.")), "")
            frame.experts.append((kind, info.get("_ws.expert.message", "")))
        elif key == "gedcti.entry":
            number = value
        elif key == "gedcti.entry_tree":
            _flatten(value, f"entry {number}", frame)
        elif key == "_ws.malformed":
            frame.experts.append(("_ws.malformed", value))
        elif key.startswith("gedcti.") and not key.endswith("_tree"):
            if key not in STRUCTURE:
                frame.fields.append((entry, key, value if isinstance(value, str) else ""))
            if isinstance(value, list):  # a field without a value, holding others
                _flatten(value, entry, frame)
        elif isinstance(value, list):
            _flatten(value, entry, frame)


# ---------------------------------------------------------------------------------------------
# What the dissector must show, from ctiwire's decode


@cache
def naming() -> Naming:
    return Naming([spec().version(v) for v in spec().generated])


def in_order(rows: list[Row]) -> list[Row]:
    """Rows with the unknown floating fields moved to the end, as ctiwire keeps them (in
    arrival order, but apart from the fields it knows): compare ``in_order(shown)`` with
    :func:`expected`."""
    unknown = [r for r in rows if r[1] == "gedcti.unknown_field"]
    return [r for r in rows if r[1] != "gedcti.unknown_field"] + unknown


def spec_message(v: int, number: int) -> Message | None:
    return next((m for m in version(v).messages if m.number == number), None)


def expected(message: CTIMessage, frame: bytes, v: int) -> list[Row]:
    """The fields the dissector shows for ``message`` (decoded by ctiwire from ``frame``)."""
    number = int.from_bytes(frame[4:8], "big")
    rows: list[Row] = [
        ("", "gedcti.version", str(v)),
        ("", "gedcti.length", str(len(frame) - 8)),
        ("", "gedcti.type", str(number)),
    ]
    if isinstance(message, UnknownMessage):
        if message.body:
            rows.append(("", "gedcti.body", _hex(message.body)))
        return rows
    m = spec_message(v, number)
    assert m is not None
    ver = version(v)
    for f in m.fixed:
        value = len(getattr(message, _group_of(m, f.name).py)) if f.name in m.counted else None
        _emit(rows, "", f, getattr(message, f.py) if value is None else value, ver)
    counts = {g.count: g for g in m.floating if isinstance(g, Group)}
    for item in m.floating:
        if isinstance(item, Group):
            _group(rows, item, getattr(message, item.py), ver)
        elif item.name in counts:
            entries = getattr(message, counts[item.name].py)
            if entries:
                _emit(rows, "", item, len(entries), ver)
        else:
            for value in _values(item, getattr(message, item.py)):
                _emit(rows, "", item, value, ver)
    for unknown in message.unknown_fields:  # type: ignore[attr-defined]
        rows.append(("", "gedcti.unknown_field", _hex(unknown.data)))
    return rows


def _group_of(m: Message, count: str) -> Group:
    return next(g for g in m.floating if isinstance(g, Group) and g.count == count)


def _values(f: Field, value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if f.repeated else [value]


def _group(rows: list[Row], g: Group, entries: tuple[Any, ...], ver: Version) -> None:
    if not entries:
        return
    rows.append(("", f"gedcti.{g.py}", ""))
    single = len(g.members) == 1 and not g.records
    for i, entry in enumerate(entries, 1):
        label = "" if single else f"entry {i}"
        for member in g.members:
            if single:
                _emit(rows, label, member, entry, ver)
            elif member.name in g.counts:  # derived; an optional count is sent only if not 0
                counted = [m for m in g.members if m.count == member.name]
                count = len(getattr(entry, counted[0].py))
                if count or not member.optional:
                    _emit(rows, label, member, count, ver)
            else:
                for value in _values(member, getattr(entry, member.py)):
                    _emit(rows, label, member, value, ver)


def _text(value: str) -> str:
    """A string as Wireshark shows it: up to its first NUL (a floating STRING may hold NULs,
    which ctiwire keeps), bytes that are not UTF-8 (which ctiwire keeps as surrogate escapes)
    replaced by U+FFFD."""
    return value.split("\0", 1)[0].encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _hex(data: bytes) -> str:
    return ":".join(f"{b:02x}" for b in data)


def _emit(rows: list[Row], entry: str, f: Field, value: Any, ver: Version) -> None:
    d = naming().of(f)
    key = f"gedcti.{d.key}"
    if f.secret:
        rows.append((entry, key, "***"))
        return
    kind = "UNSPEC" if f.opaque else f.type
    if kind == "STRING":
        rows.append((entry, key, _text(value)))
    elif kind in ("UNSPEC", "APPPATHID"):
        rows.append((entry, key, _hex(value)))
    elif kind == "TASKID":
        assert isinstance(value, TaskID)
        raw = b"".join(
            x.to_bytes(4, "big", signed=True)
            for x in (value.group_high, value.group_low, value.sequence_number)
        )
        rows.append((entry, key, _hex(raw)))
        rows.append((entry, f"{key}.group_high", str(value.group_high)))
        rows.append((entry, f"{key}.group_low", str(value.group_low)))
        rows.append((entry, f"{key}.sequence_number", str(value.sequence_number)))
    elif kind == "NAMEDVAR":
        assert isinstance(value, NamedVar)
        rows.append((entry, key, ""))
        rows.append((entry, f"{key}.name", _text(value.name)))
        rows.append((entry, f"{key}.value", _text(value.value)))
    elif kind == "NAMEDARRAY":
        assert isinstance(value, NamedArray)
        rows.append((entry, key, ""))
        rows.append((entry, f"{key}.index", str(value.index)))
        rows.append((entry, f"{key}.name", _text(value.name)))
        rows.append((entry, f"{key}.value", _text(value.value)))
    elif d.masks:
        number = int(value)
        rows.append((entry, key, f"0x{number:0{d.bits // 4}x}"))
        mask = ver.enums.get(f.mask or "")
        for bit in mask.values if mask is not None and f.mask else []:
            on = number & bit.value == bit.value
            rows.append((entry, f"{key}.{bit.name.lower()}", "1" if on else "0"))
    else:
        rows.append((entry, key, str(int(value))))

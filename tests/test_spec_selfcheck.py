"""Self-checks of the transcription: stated maximum sizes, message-set coverage, group maxima,
the named-variable limit."""

from __future__ import annotations

from typing import Any

import pytest

import ctiwire.v15 as cti
from codegen.spec import FIXED_WIDTH, Group, Message
from ctiwire import EncodeError, NamedArray, NamedVar
from strategies import spec, version

V15 = version(15)


def computed_max_size(m: Message) -> int:
    """Header + fixed part + every floating field at its maximum + each group at its maximum."""
    head = V15.tag_size + V15.length_size
    size = 8
    for f in m.fixed:
        size += f.size if f.type in ("STRING", "UNSPEC") and f.size else FIXED_WIDTH[f.type]
    for item in m.floating:
        if isinstance(item, Group):
            size += item.max * sum(head + (x.size or 0) for x in item.members)
        else:
            size += head + (item.size or 0)
    return size


STATED = [m for m in V15.messages if m.max_size is not None]


def test_some_tables_state_a_maximum() -> None:
    assert len(STATED) >= 12


@pytest.mark.parametrize("m", STATED, ids=lambda m: m.name)
def test_stated_maximum_message_size(m: Message) -> None:
    computed = computed_max_size(m)
    if m.max_size_note:
        # A documented inconsistency of the guide: it must still be one.
        assert computed != m.max_size, f"{m.name}: max_size_note is stale, sizes now agree"
    else:
        assert computed == m.max_size, (
            f"{m.name}: the guide states {m.max_size} bytes, the spec adds up to {computed}"
        )


def test_every_number_of_the_message_set_is_in_the_spec_or_reserved() -> None:
    numbers = {m.number for m in V15.messages}
    missing = [n for n in V15.message_set if n not in numbers and n not in V15.reserved]
    assert not missing
    assert len(V15.message_set) >= 200
    clash = [n for n in V15.reserved if n in numbers]
    assert not clash


def test_coverage_report_lists_every_number() -> None:
    from pathlib import Path

    report = (Path(__file__).parent.parent / "docs" / "coverage-v15.md").read_text()
    for n in V15.message_set:
        assert f"\n| {n} | " in report
    assert "| missing |" not in report


def minimal(f: Any) -> Any:
    return {"STRING": "", "UNSPEC": b"", "NAMEDVAR": NamedVar("", ""),
            "NAMEDARRAY": NamedArray(0, "", ""), "APPPATHID": b"\0" * 5}.get(f.type, 0)  # fmt: skip


def required_kwargs(m: Message) -> dict[str, Any]:
    kwargs = {}
    for item in m.floating:
        if not isinstance(item, Group) and item.required:
            kwargs[item.py] = minimal(item)
    return kwargs


GROUPS = [(m, g) for m in V15.messages if not m.undocumented for g in m.floating
          if isinstance(g, Group)]  # fmt: skip


@pytest.mark.parametrize(("m", "g"), GROUPS, ids=lambda x: x.name)
def test_groups_at_their_maximum_count(m: Message, g: Group) -> None:
    cls = cti.MESSAGES[m.number]
    head = V15.tag_size + V15.length_size
    entry_size = sum(head + len(_bytes(minimal(x))) for x in g.members)
    base = len(cti.encode(cls(**required_kwargs(m))))
    # Groups whose maximum is only the count field's range (the guide states none) cannot all
    # fit in one message: exercise them at the largest count the message can carry.
    fits = (cti.MAX_MESSAGE_SIZE - base - 2 * head) // entry_size
    if g.members[0].type in ("NAMEDVAR", "NAMEDARRAY"):  # also bound by the 2000-byte limit
        fits = min(fits, cti.NAMED_DATA_LIMIT // len(_bytes(minimal(g.members[0]))))
    count = min(g.max, fits)
    assert count >= 1
    values = [minimal(x) for x in g.members]
    entry = values[0] if len(values) == 1 else getattr(cti, g.entry)(*values)
    message = cls(**required_kwargs(m), **{g.py: (entry,) * count})
    frame = cti.encode(message)
    assert cti.decode(frame) == message
    assert int.from_bytes(
        frame[8 + _count_offset(m, g) : 8 + _count_offset(m, g) + 2], "big"
    ) == count or g.count not in [f.name for f in m.fixed]
    if count == g.max:
        with pytest.raises(EncodeError, match=f"the maximum is {g.max}"):
            cti.encode(cls(**required_kwargs(m), **{g.py: (entry,) * (g.max + 1)}))


def _bytes(value: Any) -> bytes:
    if isinstance(value, str):
        return value.encode() + b"\0"
    if isinstance(value, NamedVar):
        return b"\0\0"
    if isinstance(value, NamedArray):
        return b"\0\0\0"
    if isinstance(value, bytes):
        return value
    return b"\0" * 4


def _count_offset(m: Message, g: Group) -> int:
    offset = 0
    for f in m.fixed:
        if f.name == g.count:
            return offset
        offset += f.size if f.type in ("STRING", "UNSPEC") and f.size else FIXED_WIDTH[f.type]
    return 0


def _has_named_variables(m: Message) -> bool:
    members = [x for i in m.floating for x in (i.members if isinstance(i, Group) else [i])]
    return any(x.type == "NAMEDVAR" for x in members)


NAMED = [m for m in V15.messages if not m.undocumented and _has_named_variables(m)]


@pytest.mark.parametrize("m", NAMED, ids=lambda m: m.name)
def test_named_variables_and_arrays_at_the_2000_byte_limit(m: Message) -> None:
    cls = cti.MESSAGES[m.number]
    fields = {}
    for item in m.floating:
        member = item.members[0] if isinstance(item, Group) else item
        if member.type == "NAMEDVAR":
            # 7 variables of 251 data bytes: 1757 bytes ("v0\0" + 248-byte value + NUL)
            fields[item.py] = tuple(NamedVar(f"v{i}", "x" * 247) for i in range(7))
        elif member.type == "NAMEDARRAY":
            # 243 more bytes: index + "a\0" + 239-byte value + NUL = 243 -> 2000 in all
            fields[item.py] = (NamedArray(3, "a", "y" * 239),)
    assert sum(2 + 1 + 247 + 1 for _ in range(7)) + 243 == 2000
    message = cls(**required_kwargs(m), **fields)
    frame = cti.encode(message)
    assert cti.decode(frame) == message
    over = {k: v + v[:1] if k.endswith("arrays") else v for k, v in fields.items()}
    if over != fields:
        with pytest.raises(EncodeError, match="limit 2000"):
            cti.encode(cls(**required_kwargs(m), **over))


def test_spec_loads_every_generated_version() -> None:
    assert spec().generated == spec().versions  # every version 15-25 has bindings
    for v in spec().generated:
        assert version(v).messages, v

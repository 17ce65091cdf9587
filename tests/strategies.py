"""Hypothesis strategies for every message, derived from the spec (sizes, enums, groups)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import strategies as st

from codegen.spec import Field, Group, Message, Spec, Version, load
from ctiwire.types import NamedArray, NamedVar, TaskID

ROOT = Path(__file__).resolve().parent.parent

RANGES = {
    "UCHAR": (0, 0xFF),
    "CHAR": (-0x80, 0x7F),
    "USHORT": (0, 0xFFFF),
    "SHORT": (-0x8000, 0x7FFF),
    "UINT": (0, 0xFFFFFFFF),
    "INT": (-0x80000000, 0x7FFFFFFF),
    "TIME": (0, 0xFFFFFFFF),
}

# How many entries a drawn group or repeated field gets (the maximum-count tests go further).
MAX_DRAWN = 4


@cache
def spec() -> Spec:
    return load(ROOT / "spec")


@cache
def version(number: int) -> Version:
    return spec().version(number)


def text(max_bytes: int, *, nul: bool = False) -> st.SearchStrategy[str]:
    """Text whose UTF-8 encoding is at most ``max_bytes`` long."""
    chars = st.characters(codec="utf-8", exclude_characters=None if nul else "\0")
    return st.text(chars, max_size=max_bytes).map(
        lambda s: s.encode()[:max_bytes].decode("utf-8", "ignore")
    )


def value(f: Field, module: ModuleType, *, floating: bool) -> st.SearchStrategy[Any]:
    t = f.type
    if t in RANGES:
        low, high = RANGES[t]
        ints = st.integers(low, high)
        named = f.enum or f.mask
        if named:
            members = list(getattr(module, named))
            if members:
                return st.one_of(st.sampled_from(members), ints)
        return ints
    if t == "BOOL":
        return st.one_of(st.booleans(), st.integers(0, 0xFFFF))
    assert f.size is not None or t in ("TASKID", "APPPATHID")
    if t == "STRING":
        assert f.size is not None
        # A floating string keeps embedded NULs; a fixed-size one ends at the first NUL.
        return text(f.size - 1, nul=floating)
    if t == "UNSPEC":
        assert f.size is not None
        return st.binary(min_size=0 if floating else f.size, max_size=f.size)
    if t == "APPPATHID":
        return st.binary(min_size=5, max_size=5)
    if t == "TASKID":
        i = st.integers(*RANGES["INT"])
        return st.builds(TaskID, i, i, i)
    if t == "NAMEDVAR":
        return st.builds(NamedVar, text(32), text(210))
    if t == "NAMEDARRAY":
        return st.builds(NamedArray, st.integers(0, 255), text(32), text(210))
    raise AssertionError(t)


def message_strategy(
    module: ModuleType, m: Message, cap: int = MAX_DRAWN
) -> st.SearchStrategy[Any]:
    cls = module.MESSAGES[m.number]
    counted = m.counted
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    for f in m.fixed:
        if f.name not in counted:
            kwargs[f.py] = value(f, module, floating=False)
    for item in m.floating:
        if isinstance(item, Group) and item.records:
            kwargs[item.py] = st.lists(
                record_strategy(module, item, cap), max_size=min(cap, item.max)
            ).map(tuple)
        elif isinstance(item, Group):
            members = [value(x, module, floating=True) for x in item.members]
            # A one-member group is a plain tuple of values; a larger one a tuple of entries.
            entries = (
                members[0]
                if len(members) == 1
                else st.builds(getattr(module, item.entry), *members)
            )
            kwargs[item.py] = st.lists(entries, max_size=min(cap, item.max)).map(tuple)
        elif item.name in counted:
            continue
        elif item.repeated:
            kwargs[item.py] = st.lists(value(item, module, floating=True), max_size=cap).map(tuple)
        elif item.required:
            kwargs[item.py] = value(item, module, floating=True)
        else:
            kwargs[item.py] = st.none() | value(item, module, floating=True)
    return st.builds(cls, **kwargs)


def record_strategy(module: ModuleType, group: Group, cap: int) -> st.SearchStrategy[Any]:
    """One entry of a records group: optional members sometimes absent, arrays counted by
    one member drawn with one length."""
    counts = {m.count for m in group.members if m.count}
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    arrays: dict[str, list[Field]] = {}
    for member in group.members:
        if member.name in counts:
            continue  # derived from the arrays it counts
        if member.repeated:
            assert member.count is not None
            arrays.setdefault(member.count, []).append(member)
        elif member.optional:
            kwargs[member.py] = st.none() | value(member, module, floating=True)
        else:
            kwargs[member.py] = value(member, module, floating=True)
    entry = getattr(module, group.entry)

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        fields = {name: draw(strategy) for name, strategy in kwargs.items()}
        for members in arrays.values():
            n = draw(st.integers(0, min(cap, *(m.max for m in members))))
            for member in members:
                fields[member.py] = tuple(
                    draw(st.lists(value(member, module, floating=True), min_size=n, max_size=n))
                )
        return entry(**fields)

    return build()

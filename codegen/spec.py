"""Load and validate ``spec/``, and resolve it for one protocol version.

The loader keeps the file and line of everything it reads, so that every refusal names them:
``spec/messages/session.yaml:42: OPEN_REQ.ServicesRequested: unknown mask 'CTIServiceMsk'``.
All problems are collected and reported together; nothing is generated from a spec with any.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedSeq

from ctiwire._wire import SIZE

# The data types' byte sizes are the runtime codecs' (Messaging Conventions, "Data Types"):
# written once, in ctiwire._wire.
FIXED_WIDTH = SIZE
SIZED = {"STRING", "UNSPEC"}
FIXED_TYPES = set(FIXED_WIDTH) | SIZED
FLOATING_TYPES = FIXED_TYPES | {"NAMEDVAR", "NAMEDARRAY"}
INTEGER_TYPES = {"UCHAR", "CHAR", "USHORT", "SHORT", "UINT", "INT"}
DIRECTIONS = {"client_to_server", "server_to_client", "both"}
SERVICES = {
    "session",
    "client_events",
    "all_events",
    "peripheral_monitor",
    "client_monitor",
    "supervisor",
    "call_data_update",
    "miscellaneous",
    "connection_monitor",
    "client_control",
    "server",
    "config",
    "routing",
    "agent_task",
}
SECTIONS = {"protocol", "tags", "enums", "masks", "constants", "messages"}

VERSIONED = ("since", "until")
DOCS = ("doc", "ref", "note", "evidence", "inferred")
# Keys whose value may be a {version: value} mapping.
MAPPED = ("size", "number", "value", "type")
TAG_KEYS = {"tag", "type", "size", "secret", *VERSIONED, *DOCS}
VALUE_KEYS = {"value", *VERSIONED, *DOCS}
ENUM_KEYS = {"values", "type", *DOCS}
MASK_KEYS = {"bits", "type", *DOCS}
MESSAGE_KEYS = {
    "number",
    "service",
    "also",
    "direction",
    "fixed",
    "floating",
    "max_size",
    "max_size_note",
    "undocumented",
    *VERSIONED,
    *DOCS,
}
FIXED_KEYS = {
    "name", "type", "size", "enum", "mask", "py", "secret", "default", *VERSIONED, *DOCS
}  # fmt: skip
FLOAT_KEYS = {
    "name",
    "tag",
    "size",
    "required",
    "repeated",
    "enum",
    "mask",
    "py",
    *VERSIONED,
    *DOCS,
}
GROUP_KEYS = {
    "group", "entry", "count", "max", "py", "fields", "records", "key", "old_key", "key_note",
    *VERSIONED, *DOCS,
}  # fmt: skip
MEMBER_KEYS = {"name", "tag", "size", "enum", "mask", "py", *VERSIONED, *DOCS}
# A member of a `records` group may also be optional, or repeated and counted by another member.
RECORD_MEMBER_KEYS = MEMBER_KEYS | {"optional", "repeated", "count", "max"}


class SpecError(Exception):
    """The spec is malformed; ``problems`` lists ``file:line: problem`` strings."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Where:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


# ---------------------------------------------------------------------------------------------
# The resolved model of one version (what the generator reads)


@dataclass(frozen=True)
class Facts:
    """What an item's version facts rest on: ``evidence`` (edition id -> table or section) and
    ``inferred`` (the reason, when no edition settles them). ``versioned``: the item has
    since/until or a version mapping."""

    versioned: bool = False
    evidence: tuple[tuple[str, str], ...] = ()
    inferred: str = ""

    @property
    def status(self) -> str:
        """ "inferred", "verified" (evidence and no inference) or "" (no version fact)."""
        if self.inferred:
            return "inferred"
        return "verified" if self.evidence else ""


def facts(item: Any) -> Facts:
    if not isinstance(item, Mapping):
        return Facts()
    evidence = item.get("evidence") or {}
    return Facts(
        is_versioned(item),
        tuple((str(k), " ".join(str(v).split())) for k, v in evidence.items()),
        " ".join(str(item.get("inferred") or "").split()),
    )


@dataclass
class Tag:
    name: str
    number: int
    type: str | None
    size: int | None
    secret: bool
    where: Where
    note: str = ""
    facts: Facts = Facts()


@dataclass
class EnumValue:
    name: str
    value: int
    doc: str
    facts: Facts = Facts()


@dataclass
class Enum:
    name: str
    is_mask: bool
    doc: str
    ref: str
    values: list[EnumValue]


@dataclass
class Constant:
    name: str
    value: int
    doc: str


@dataclass
class Field:
    """A fixed-part field, or a floating field (``tag`` set)."""

    name: str
    py: str
    type: str
    size: int | None
    enum: str | None = None
    mask: str | None = None
    tag: Tag | None = None
    required: bool = False
    repeated: bool = False
    secret: bool = False
    doc: str = ""
    opaque: bool = False  # the reference gives no data type: raw bytes
    default: int | str | None = None  # a fixed field's value when none is given (int or member)
    facts: Facts = Facts()
    # Members of a records group only:
    optional: bool = False  # may be absent from a record
    count: str | None = None  # a repeated member: the member holding its number of values
    max: int = 0  # a repeated member: its maximum number of values


@dataclass
class Group:
    name: str
    py: str
    entry: str
    count: str
    max: int
    members: list[Field]
    doc: str = ""
    # A records group: each entry is a run of floating fields that starts with the first member;
    # its other members may be optional or repeated (see spec/README.md).
    records: bool = False
    facts: Facts = Facts()
    key: str | None = None  # a records group: the member naming a record (same key: same record)
    old_key: str | None = None  # and the member giving a changed record's previous key

    @property
    def counts(self) -> set[str]:
        """Members of a records group that only count a repeated member (derived)."""
        return {m.count for m in self.members if m.count}


@dataclass
class Message:
    name: str
    number: int
    service: str
    also: list[str]
    direction: str
    doc: str
    ref: str
    note: str
    max_size: int | None
    max_size_note: str
    undocumented: bool
    fixed: list[Field]
    floating: list[Field | Group]
    where: Where
    facts: Facts = Facts()

    @property
    def counted(self) -> set[str]:
        """Fixed fields that only count a group (derived, not part of the Python class)."""
        return {g.count for g in self.floating if isinstance(g, Group)}


@dataclass
class Version:
    number: int
    tag_size: int
    length_size: int
    max_message_size: int
    named_data_limit: int
    reserved: list[int]
    message_set: list[int]
    tags: dict[str, Tag] = field(default_factory=dict)
    # The CTI Server's default TCP ports: plain, and secured (TLS).
    server_ports: list[int] = field(default_factory=list)
    secured_server_ports: list[int] = field(default_factory=list)
    enums: dict[str, Enum] = field(default_factory=dict)
    constants: dict[str, Constant] = field(default_factory=dict)
    messages: list[Message] = field(default_factory=list)


@dataclass
class Spec:
    root: Path
    versions: list[int]
    generated: list[int]
    raw: dict[str, dict[str, tuple[Any, Where]]]
    protocol: Any
    files: list[Path]
    _resolved: dict[int, Version] = field(default_factory=dict, repr=False)

    def version(self, number: int) -> Version:
        """The spec resolved for one version (computed once; treat it as read-only)."""
        if number not in self._resolved:
            self._resolved[number] = _resolve(self, number)
        return self._resolved[number]


# ---------------------------------------------------------------------------------------------
# Naming


def snake(name: str) -> str:
    """``ConnectionDeviceIDType`` -> ``connection_device_id_type``."""
    s = re.sub(r"([A-Z]{2,})ID$", r"\1_ID", name)  # MRDID -> MRD_ID
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return re.sub(r"_+", "_", s).lower()


def camel(name: str) -> str:
    """``CALL_DELIVERED_EVENT`` -> ``CallDeliveredEvent``."""
    return "".join(part.capitalize() for part in name.split("_") if part)


# ---------------------------------------------------------------------------------------------
# Loading


def _line(node: Any, key: Any = None) -> int:
    try:
        if key is None:
            return int(node.lc.line) + 1
        if isinstance(node, CommentedSeq):
            return int(node.lc.item(key)[0]) + 1
        return int(node.lc.key(key)[0]) + 1
    except (AttributeError, KeyError, IndexError, TypeError):
        return 0


def load(root: Path) -> Spec:
    """Read every YAML file under ``root`` and validate the whole spec.

    The files are read with ruamel's fast loader (C, from ruamel.yaml.clib); only when there is a
    problem to report are they read again with the round-trip loader, which knows the line of
    every item, so that each problem names its ``file:line``.
    """
    try:
        return _load(root, YAML(typ="safe", pure=False))
    except SpecError:
        return _load(root, YAML(typ="rt"))


def _load(root: Path, yaml: YAML) -> Spec:
    problems: list[str] = []
    raw: dict[str, dict[str, tuple[Any, Where]]] = {s: {} for s in SECTIONS}
    protocol: Any = None
    files = sorted(root.rglob("*.yaml"))
    for path in files:
        rel = str(path.relative_to(root.parent)) if root.parent in path.parents else str(path)
        try:
            doc = yaml.load(path.read_text(encoding="utf-8"))
        except Exception as exc:  # ruamel raises many types; all mean "not YAML"
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 0
            problems.append(f"{rel}:{line}: not valid YAML: {getattr(exc, 'problem', exc)}")
            continue
        if doc is None:
            continue
        if not isinstance(doc, Mapping):
            problems.append(f"{rel}:1: top level must be a mapping of sections")
            continue
        for section, body in doc.items():
            where = Where(rel, _line(doc, section))
            if section not in SECTIONS:
                problems.append(
                    f"{where}: unknown section '{section}' (expected one of "
                    f"{', '.join(sorted(SECTIONS))})"
                )
                continue
            if section == "protocol":
                if protocol is not None:
                    problems.append(f"{where}: a second 'protocol' section")
                protocol = (body, where)
                continue
            if not isinstance(body, Mapping):
                problems.append(f"{where}: section '{section}' must be a mapping")
                continue
            for name, item in body.items():
                item_where = Where(rel, _line(body, name))
                if name in raw[section]:
                    first = raw[section][name][1]
                    problems.append(
                        f"{item_where}: {section[:-1]} '{name}' is already defined at {first}"
                    )
                    continue
                raw[section][name] = (item, item_where)
    if protocol is None:
        problems.append(f"{root}: no 'protocol' section")
        raise SpecError(problems)
    body, where = protocol
    versions = list(body.get("versions", []))
    generated = list(body.get("generated", []))
    spec = Spec(root, versions, generated, raw, protocol, files)
    problems += _merge_versions(_validate(spec))
    if problems:
        raise SpecError(problems)
    return spec


def _merge_versions(found: Iterator[str]) -> list[str]:
    """One line per problem: checks made per version end in "in version N"; merge those."""
    merged: dict[str, list[str]] = {}
    for problem in found:
        head, sep, tail = problem.rpartition(" in version ")
        key, ver = (head, tail) if sep and tail.isdigit() else (problem, "")
        merged.setdefault(key, [])
        if ver:
            merged[key].append(ver)
    out = []
    for key, vers in merged.items():
        if not vers:
            out.append(key)
        elif len(vers) == 1:
            out.append(f"{key} in version {vers[0]}")
        else:
            out.append(f"{key} in versions {', '.join(vers)}")
    return out


# ---------------------------------------------------------------------------------------------
# Version helpers


def at(value: Any, version: int) -> Any:
    """The value in force at ``version`` (``{15: a, 19: b}`` mappings), or None before it."""
    if isinstance(value, Mapping):
        keys = [k for k in value if isinstance(k, int) and k <= version]
        return value[max(keys)] if keys else None
    return value


def exists(item: Any, version: int) -> bool:
    if not isinstance(item, Mapping):
        return True
    since = item.get("since")
    until = item.get("until")
    return (since is None or since <= version) and (until is None or version <= until)


def _items(seq: Any) -> Iterator[tuple[int, Any]]:
    if isinstance(seq, list):
        yield from enumerate(seq)


# ---------------------------------------------------------------------------------------------
# Validation


def _validate(spec: Spec) -> Iterator[str]:
    body, where = spec.protocol
    for key in (
        "versions",
        "generated",
        "floating_tag_size",
        "floating_length_size",
        "named_data_limit",
        "max_message_size",
        "header_size",
    ):
        if key not in body:
            yield f"{where}: protocol lacks '{key}'"
    if any(k not in body for k in ("versions", "floating_tag_size")):
        return
    versions = spec.versions
    editions = _editions(spec)
    for eid, ed in editions.items():
        if not isinstance(ed, Mapping) or not isinstance(ed.get("version"), int):
            yield f"{where}: protocol.editions.{eid}: needs the protocol 'version' it documents"
        elif not ed.get("title"):
            yield f"{where}: protocol.editions.{eid}: needs the edition's 'title'"
    for fact_key in ("evidence", "inferred"):
        facts = body.get(fact_key) or {}
        for fact, value in facts.items():
            if fact not in body:
                yield f"{where}: protocol.{fact_key} names '{fact}', which is not a protocol key"
            elif fact_key == "evidence":
                yield from _evidence({"evidence": value}, where, f"protocol.{fact}", editions)
            else:
                yield from _evidence({"inferred": value}, where, f"protocol.{fact}", editions)
    if not versions or versions != sorted(set(versions)):
        yield f"{where}: protocol.versions must be a sorted list of distinct numbers"
        return
    for v in spec.generated:
        if v not in versions:
            yield f"{where}: generated version {v} is not in protocol.versions"
    low, high = versions[0], versions[-1]

    def versioned(item: Any, w: Where, what: str) -> Iterator[str]:
        if not isinstance(item, Mapping):
            return
        for k in VERSIONED:
            v = item.get(k)
            if v is not None and v not in versions:
                yield f"{w}: {what}: {k} {v} is not a protocol version ({low}..{high})"
        s, u = item.get("since"), item.get("until")
        if isinstance(s, int) and isinstance(u, int) and s > u:
            yield f"{w}: {what}: since {s} is after until {u}"
        for k, v in item.items():
            if isinstance(v, Mapping) and k in MAPPED:
                for vk, vv in v.items():
                    if vk not in versions:
                        yield f"{w}: {what}: {k} mapping key {vk} is not a protocol version"
                    if k == "type":
                        if not isinstance(vv, str):
                            yield f"{w}: {what}: type for version {vk} must be a data type"
                    elif not isinstance(vv, int):
                        yield f"{w}: {what}: {k} for version {vk} must be a number"
        yield from _evidence(item, w, what, editions)

    def keys(item: Any, allowed: set[str], w: Where, what: str) -> Iterator[str]:
        if not isinstance(item, Mapping):
            yield f"{w}: {what}: expected a mapping"
            return
        for k in item:
            if k not in allowed:
                yield f"{w}: {what}: unknown key '{k}' (allowed: {', '.join(sorted(allowed))})"

    for key in ("server_ports", "secured_server_ports"):
        for ports in _all_values(body.get(key) or []):
            if not isinstance(ports, list) or not all(
                isinstance(p, int) and 0 < p < 65536 for p in ports
            ):
                yield f"{where}: protocol.{key} must be a list of TCP port numbers"
    for v in versions:
        for k in ("floating_tag_size", "floating_length_size"):
            if at(body.get(k), v) not in (1, 2):
                yield f"{where}: protocol.{k} must be 1 or 2 in version {v}"
        if not isinstance(at(body.get("max_message_size"), v), int):
            yield f"{where}: protocol.max_message_size is not given for version {v}"

    # tags
    for name, (item, w) in spec.raw["tags"].items():
        yield from keys(item, TAG_KEYS, w, f"tag {name}")
        if not isinstance(item, Mapping):
            continue
        yield from versioned(item, w, f"tag {name}")
        if not isinstance(item.get("tag"), int):
            yield f"{w}: tag {name}: 'tag' must be a number"
        for t in _all_values(item.get("type")):
            if t is not None and t not in FLOATING_TYPES:
                yield f"{w}: tag {name}: unknown data type '{t}'"
            if t in SIZED | {"NAMEDVAR", "NAMEDARRAY"} and item.get("size") is None:
                yield f"{w}: tag {name}: a {t} tag needs a size"
    for v in versions:
        seen: dict[int, str] = {}
        for name, (item, w) in spec.raw["tags"].items():
            if isinstance(item, Mapping) and exists(item, v) and isinstance(item.get("tag"), int):
                n = item["tag"]
                if n in seen:
                    yield f"{w}: tag {name}: number {n} is also {seen[n]} in version {v}"
                if n > 255 and at(body["floating_tag_size"], v) == 1:
                    yield (
                        f"{w}: tag {name}: number {n} does not fit the 1-byte floating tag "
                        f"in version {v}"
                    )
                seen[n] = name
                size = at(item.get("size"), v)
                if (
                    isinstance(size, int)
                    and size > 255
                    and at(body["floating_length_size"], v) == 1
                ):
                    yield (
                        f"{w}: tag {name}: size {size} does not fit the 1-byte floating "
                        f"length in version {v}"
                    )

    # enums and masks
    for section, entry_key, allowed in (
        ("enums", "values", ENUM_KEYS),
        ("masks", "bits", MASK_KEYS),
    ):
        for name, (item, w) in spec.raw[section].items():
            yield from keys(item, allowed, w, f"{section[:-1]} {name}")
            if not isinstance(item, Mapping):
                continue
            if not name.isidentifier():
                yield f"{w}: {section[:-1]} name '{name}' is not a Python identifier"
            values = item.get(entry_key)
            if not isinstance(values, Mapping) or not values:
                yield f"{w}: {section[:-1]} {name}: needs a non-empty '{entry_key}' mapping"
                continue
            for vname, vitem in values.items():
                vw = Where(w.file, _line(values, vname))
                if not isinstance(vitem, Mapping):
                    yield f"{vw}: {name}.{vname}: expected a mapping with 'value'"
                    continue
                yield from keys(vitem, VALUE_KEYS, vw, f"{name}.{vname}")
                yield from versioned(vitem, vw, f"{name}.{vname}")
                if not str(vname).isidentifier() or keyword.iskeyword(str(vname)):
                    yield f"{vw}: {name}.{vname}: not a valid Python identifier"
                val = vitem.get("value")
                if not isinstance(val, int | Mapping):
                    yield f"{vw}: {name}.{vname}: 'value' must be a number"
    for name, (item, w) in spec.raw["constants"].items():
        yield from keys(item, VALUE_KEYS, w, f"constant {name}")
        if isinstance(item, Mapping) and not isinstance(item.get("value"), int | Mapping):
            yield f"{w}: constant {name}: 'value' must be a number"

    # messages
    names_by_py: dict[str, str] = {}
    for name, (item, w) in spec.raw["messages"].items():
        yield from keys(item, MESSAGE_KEYS, w, f"message {name}")
        if not isinstance(item, Mapping):
            continue
        yield from versioned(item, w, f"message {name}")
        py = camel(name)
        if py in names_by_py:
            yield f"{w}: message {name}: class name {py} clashes with {names_by_py[py]}"
        names_by_py[py] = name
        number = item.get("number")
        if not isinstance(number, int | Mapping):
            yield f"{w}: message {name}: 'number' must be a number or a version mapping"
        if item.get("service") not in SERVICES:
            yield f"{w}: message {name}: unknown service '{item.get('service')}'"
        for s in item.get("also", []) or []:
            if s not in SERVICES:
                yield f"{w}: message {name}: unknown service '{s}' in 'also'"
        if item.get("direction") not in DIRECTIONS:
            yield f"{w}: message {name}: direction must be one of {', '.join(sorted(DIRECTIONS))}"
        stated = item.get("max_size")
        if stated is not None and (
            not isinstance(stated, Mapping)
            or not all(k in versions and isinstance(x, int) for k, x in stated.items())
        ):
            yield (
                f"{w}: message {name}: max_size maps a version to the maximum size that "
                "version's edition prints"
            )
        if item.get("undocumented"):
            if item.get("fixed") or item.get("floating"):
                yield f"{w}: message {name}: an undocumented message has no fields"
            continue
        yield from _validate_fields(spec, name, item, w, versioned, keys)

    for v in versions:
        numbers: dict[int, str] = {}
        reserved = set(_expand(at(body.get("reserved", {}), v) or []))
        for name, (item, w) in spec.raw["messages"].items():
            if not isinstance(item, Mapping) or not exists(item, v):
                continue
            n = at(item.get("number"), v)
            if not isinstance(n, int):
                continue
            if n in numbers:
                yield f"{w}: message {name}: number {n} is also {numbers[n]} in version {v}"
            if n in reserved:
                yield f"{w}: message {name}: number {n} is reserved in version {v}"
            numbers[n] = name


def _editions(spec: Spec) -> dict[str, Any]:
    body, _ = spec.protocol
    editions = body.get("editions")
    return dict(editions) if isinstance(editions, Mapping) else {}


def _evidence(
    item: Mapping[str, Any], w: Where, what: str, editions: Mapping[str, Any]
) -> Iterator[str]:
    """``evidence`` maps edition ids (protocol.editions) to the place in that edition (chapter,
    table, page) that shows the fact; ``inferred`` gives the reason a fact rests on no edition."""
    ev = item.get("evidence")
    if ev is not None:
        if not isinstance(ev, Mapping) or not ev:
            yield f"{w}: {what}: evidence must map edition ids to the table or section showing it"
        else:
            for edition, place in ev.items():
                if edition not in editions:
                    yield (
                        f"{w}: {what}: evidence names edition '{edition}', which is not in "
                        f"protocol.editions ({', '.join(editions)})"
                    )
                if not isinstance(place, str) or not place.strip():
                    yield f"{w}: {what}: evidence for {edition} must name the table or section"
    inferred = item.get("inferred")
    if inferred is not None and (not isinstance(inferred, str) or not inferred.strip()):
        yield f"{w}: {what}: inferred must give the reason"


def is_versioned(item: Any) -> bool:
    """Whether an item states a version-dependent fact (since/until or a version mapping)."""
    if not isinstance(item, Mapping):
        return False
    if any(item.get(k) is not None for k in VERSIONED):
        return True
    return any(isinstance(item.get(k), Mapping) for k in MAPPED)


def evidence_gaps(spec: Spec) -> list[str]:
    """Version-dependent facts that carry neither ``evidence`` nor ``inferred``."""
    gaps: list[str] = []
    for what, item, w in walk(spec):
        if is_versioned(item) and item.get("evidence") is None and item.get("inferred") is None:
            gaps.append(f"{w}: {what}: a version-dependent fact without evidence or inferred")
    return gaps


def walk(spec: Spec) -> Iterator[tuple[str, Mapping[str, Any], Where]]:
    """Every item of the spec that can carry versions: (name, item, where)."""
    for name, (item, w) in spec.raw["tags"].items():
        yield f"tag {name}", item, w
    for section, key in (("enums", "values"), ("masks", "bits")):
        for name, (item, w) in spec.raw[section].items():
            values = item.get(key) if isinstance(item, Mapping) else None
            for vname, vitem in (values or {}).items():
                if isinstance(vitem, Mapping):
                    yield f"{name}.{vname}", vitem, Where(w.file, _line(values, vname))
    for name, (item, w) in spec.raw["constants"].items():
        yield f"constant {name}", item, w
    for name, (item, w) in spec.raw["messages"].items():
        if not isinstance(item, Mapping):
            continue
        yield f"message {name}", item, w
        for part in ("fixed", "floating"):
            seq = item.get(part) or []
            for i, f in _items(seq):
                if not isinstance(f, Mapping):
                    continue
                fw = Where(w.file, _line(seq, i))
                label = f.get("name") or f.get("group")
                yield f"{name}.{label}", f, fw
                members = f.get("fields") if "group" in f else None
                for j, m in _items(members):
                    if isinstance(m, Mapping):
                        yield f"{name}.{label}.{m.get('name')}", m, Where(w.file, _line(members, j))


def _all_values(value: Any) -> list[Any]:
    """Every value a possibly version-mapped key takes."""
    return list(value.values()) if isinstance(value, Mapping) else [value]


def _expand(ranges: list[Any]) -> Iterator[int]:
    for r in ranges:
        if isinstance(r, int):
            yield r
        else:
            a, b = str(r).split("-")
            yield from range(int(a), int(b) + 1)


def _validate_fields(
    spec: Spec, msg: str, item: Mapping[str, Any], w: Where, versioned: Any, keys: Any
) -> Iterator[str]:
    tags, enums, masks = spec.raw["tags"], spec.raw["enums"], spec.raw["masks"]
    fixed = item.get("fixed") or []
    floating = item.get("floating") or []
    if not isinstance(fixed, list) or not isinstance(floating, list):
        yield f"{w}: message {msg}: 'fixed' and 'floating' must be lists"
        return
    py_names: dict[str, str] = {}
    fixed_types: dict[str, str] = {}

    def refs(f: Mapping[str, Any], fw: Where, what: str) -> Iterator[str]:
        if f.get("enum") is not None and f["enum"] not in enums:
            yield f"{fw}: {what}: unknown enum '{f['enum']}'"
        if f.get("mask") is not None and f["mask"] not in masks:
            yield f"{fw}: {what}: unknown mask '{f['mask']}'"
        if f.get("enum") is not None and f.get("mask") is not None:
            yield f"{fw}: {what}: a field takes an enum or a mask, not both"

    def name_of(f: Mapping[str, Any], fw: Where, what: str, key: str = "name") -> Iterator[str]:
        n = f.get(key)
        if not isinstance(n, str) or not n.isidentifier():
            yield f"{fw}: {what}: '{key}' must be the guide's field name without spaces"
            return
        py = f.get("py") or snake(n)
        if not py.isidentifier() or keyword.iskeyword(py):
            yield f"{fw}: {what}: Python name '{py}' is not usable (set 'py')"
        if py in py_names:
            yield f"{fw}: {what}: Python name '{py}' is also used by {py_names[py]}"
        py_names[py] = n

    for i, f in _items(fixed):
        fw = Where(w.file, _line(fixed, i))
        what = f"{msg}.{f.get('name') if isinstance(f, Mapping) else i}"
        yield from keys(f, FIXED_KEYS, fw, what)
        if not isinstance(f, Mapping):
            continue
        yield from versioned(f, fw, what)
        yield from name_of(f, fw, what)
        for t in _all_values(f.get("type")):
            if t not in FIXED_TYPES:
                yield f"{fw}: {what}: unknown fixed-part data type '{t}'"
            elif t in SIZED and f.get("size") is None:
                yield f"{fw}: {what}: a fixed-part {t} needs a size"
            fixed_types[str(f.get("name"))] = str(t)
        yield from refs(f, fw, what)
        default = f.get("default")
        if isinstance(default, str):
            known = enums.get(str(f.get("enum")))
            members = known[0].get("values", {}) if known is not None else {}
            if default not in members:
                yield f"{fw}: {what}: default '{default}' is not a member of its enum"
        elif default is not None and not isinstance(default, int):
            yield f"{fw}: {what}: default must be a number or a member of the field's enum"

    group_counts: set[str] = set()
    # A count may also be a floating field (OPEN_CONF: NumPeripherals), listed before its group.
    floating_names = {
        str(f.get("name")): f.get("tag")
        for f in floating
        if isinstance(f, Mapping) and "group" not in f
    }
    counted_names = {f.get("count") for f in floating if isinstance(f, Mapping) and "group" in f}
    for i, f in _items(floating):
        fw = Where(w.file, _line(floating, i))
        if isinstance(f, Mapping) and "group" in f:
            what = f"{msg}.{f.get('group')}"
            yield from keys(f, GROUP_KEYS, fw, what)
            yield from versioned(f, fw, what)
            yield from name_of(f, fw, what, key="group")
            if not str(f.get("entry", "")).isidentifier():
                yield f"{fw}: {what}: a group needs an 'entry' class name"
            count = f.get("count")
            if count in fixed_types:
                if fixed_types[count] not in INTEGER_TYPES:
                    yield f"{fw}: {what}: count field '{count}' is not an integer"
            elif count in floating_names:
                tag_entry = tags.get(str(floating_names[count]))
                tag = tag_entry[0] if tag_entry else None
                if not isinstance(tag, Mapping) or tag.get("type") not in INTEGER_TYPES:
                    yield f"{fw}: {what}: count field '{count}' is not an integer"
            else:
                yield f"{fw}: {what}: counted by '{count}', which is not a field of this message"
            if count in group_counts:
                yield f"{fw}: {what}: '{count}' already counts another group"
            group_counts.add(str(count))
            if not isinstance(f.get("max"), int) or f["max"] < 1:
                yield f"{fw}: {what}: a group needs its maximum count 'max'"
            members = f.get("fields")
            if not isinstance(members, list) or not members:
                yield f"{fw}: {what}: a group needs 'fields'"
                continue
            records = bool(f.get("records"))
            for j, m in enumerate(members):
                mw = Where(w.file, _line(members, j))
                mwhat = f"{what}.{m.get('name') if isinstance(m, Mapping) else j}"
                yield from keys(m, RECORD_MEMBER_KEYS if records else MEMBER_KEYS, mw, mwhat)
                if isinstance(m, Mapping):
                    yield from versioned(m, mw, mwhat)
                    yield from _tag_ref(m, tags, mw, mwhat)
                    yield from refs(m, mw, mwhat)
            if records:
                yield from _validate_records(f, members, tags, w, what)
            continue
        what = f"{msg}.{f.get('name') if isinstance(f, Mapping) else i}"
        yield from keys(f, FLOAT_KEYS, fw, what)
        if not isinstance(f, Mapping):
            continue
        yield from versioned(f, fw, what)
        yield from name_of(f, fw, what)
        yield from _tag_ref(f, tags, fw, what)
        yield from refs(f, fw, what)
        if f.get("name") in counted_names and (f.get("required") or f.get("repeated")):
            yield f"{fw}: {what}: a floating count field is derived, neither required nor repeated"
        if f.get("required") and f.get("repeated"):
            yield f"{fw}: {what}: a field is required or repeated, not both"


def _validate_records(
    group: Mapping[str, Any],
    members: list[Any],
    tags: dict[str, tuple[Any, Where]],
    w: Where,
    what: str,
) -> Iterator[str]:
    """A records group: the first member starts each record, so it is in every record and
    every version; a repeated member names the member counting it, and its maximum."""
    named = {m.get("name"): m for m in members if isinstance(m, Mapping)}
    first = members[0] if isinstance(members[0], Mapping) else {}
    if any(first.get(k) for k in ("optional", "repeated", "since", "until")):
        yield (
            f"{w}: {what}: the first member starts each record: it cannot be optional, "
            "repeated or versioned"
        )
    for m in members:
        if not isinstance(m, Mapping):
            continue
        mwhat = f"{what}.{m.get('name')}"
        if m.get("optional") and m.get("repeated"):
            yield f"{w}: {mwhat}: a member is optional or repeated, not both"
        if m.get("repeated"):
            counter = named.get(m.get("count"))
            if counter is None:
                yield f"{w}: {mwhat}: a repeated member needs 'count', another member of the record"
            else:
                tag = tags.get(str(counter.get("tag")), (None,))[0]
                if not isinstance(tag, Mapping) or tag.get("type") not in INTEGER_TYPES:
                    yield f"{w}: {mwhat}: its count '{m.get('count')}' is not an integer"
                if counter.get("repeated"):
                    yield f"{w}: {mwhat}: its count '{m.get('count')}' is repeated"
            if not isinstance(m.get("max"), int) or m["max"] < 1:
                yield f"{w}: {mwhat}: a repeated member needs its maximum number of values 'max'"
        elif m.get("count") is not None or m.get("max") is not None:
            yield f"{w}: {mwhat}: only a repeated member has 'count' and 'max'"
    for key in ("key", "old_key"):
        name = group.get(key)
        if name is None:
            continue
        member = named.get(name)
        if member is None or member.get("repeated"):
            yield f"{w}: {what}: {key} '{name}' is not a single member of the record"
    if group.get("old_key") is not None and group.get("key") is None:
        yield f"{w}: {what}: old_key without key"


def _tag_ref(
    f: Mapping[str, Any], tags: dict[str, tuple[Any, Where]], fw: Where, what: str
) -> Iterator[str]:
    tag = f.get("tag")
    if tag not in tags:
        yield f"{fw}: {what}: undefined tag '{tag}'"


# ---------------------------------------------------------------------------------------------
# Resolution of one version


def _text(item: Mapping[str, Any], key: str) -> str:
    return " ".join(str(item.get(key) or "").split())


def _resolve(spec: Spec, v: int) -> Version:
    body, _ = spec.protocol
    version = Version(
        number=v,
        tag_size=at(body["floating_tag_size"], v),
        length_size=at(body["floating_length_size"], v),
        max_message_size=at(body["max_message_size"], v),
        named_data_limit=at(body["named_data_limit"], v),
        reserved=sorted(_expand(at(body.get("reserved", {}), v) or [])),
        message_set=sorted(_expand(body.get("message_set", {}).get(v) or [])),
        server_ports=list(at(body.get("server_ports"), v) or []),
        secured_server_ports=list(at(body.get("secured_server_ports"), v) or []),
    )
    for name, (item, w) in spec.raw["tags"].items():
        if exists(item, v):
            version.tags[name] = Tag(
                name,
                item["tag"],
                at(item.get("type"), v),
                at(item.get("size"), v),
                bool(item.get("secret")),
                w,
                _text(item, "note"),
                facts(item),
            )
    for section, key, is_mask in (("enums", "values", False), ("masks", "bits", True)):
        for name, (item, _w) in spec.raw[section].items():
            values = [
                EnumValue(str(n), at(x["value"], v), _text(x, "doc"), facts(x))
                for n, x in item[key].items()
                if exists(x, v)
            ]
            version.enums[name] = Enum(
                name, is_mask, _text(item, "doc"), _text(item, "ref"), values
            )
    for name, (item, _w) in spec.raw["constants"].items():
        if exists(item, v):
            version.constants[name] = Constant(name, at(item["value"], v), _text(item, "doc"))
    for name, (item, w) in spec.raw["messages"].items():
        if not exists(item, v):
            continue
        message = Message(
            name=name,
            number=at(item["number"], v),
            service=item["service"],
            also=list(item.get("also") or []),
            direction=item["direction"],
            doc=_text(item, "doc"),
            ref=_text(item, "ref"),
            note=_text(item, "note"),
            max_size=(item.get("max_size") or {}).get(v),
            max_size_note=_text(item, "max_size_note"),
            undocumented=bool(item.get("undocumented")),
            fixed=[],
            floating=[],
            where=w,
            facts=facts(item),
        )
        for f in item.get("fixed") or []:
            if exists(f, v):
                message.fixed.append(
                    Field(
                        f["name"],
                        f.get("py") or snake(f["name"]),
                        at(f["type"], v),
                        at(f.get("size"), v),
                        enum=f.get("enum"),
                        mask=f.get("mask"),
                        secret=bool(f.get("secret")),
                        doc=_text(f, "doc"),
                        default=f.get("default"),
                        facts=facts(f),
                    )
                )
        for f in item.get("floating") or []:
            if not exists(f, v):
                continue
            if "group" in f:
                members = [_floating(m, version) for m in f["fields"] if exists(m, v)]
                message.floating.append(
                    Group(
                        f["group"],
                        f.get("py") or snake(f["group"]),
                        f["entry"],
                        f["count"],
                        f["max"],
                        members,
                        _text(f, "doc"),
                        records=bool(f.get("records")),
                        facts=facts(f),
                        key=f.get("key"),
                        old_key=f.get("old_key"),
                    )
                )
            else:
                message.floating.append(_floating(f, version))
        version.messages.append(message)
    version.messages.sort(key=lambda m: m.number)
    # A value table with no value in this version (a mask whose bits all came later) gives no
    # class: its fields are plain numbers here.
    empty = {name for name, e in version.enums.items() if not e.values}
    for message in version.messages:
        for f in _fields_of(message):
            if f.enum in empty:
                f.enum = None
            if f.mask in empty:
                f.mask = None
    return version


def _fields_of(message: Message) -> list[Field]:
    out = list(message.fixed)
    for item in message.floating:
        out.extend(item.members if isinstance(item, Group) else [item])
    return out


def _floating(f: Mapping[str, Any], version: Version) -> Field:
    tag = version.tags.get(f["tag"])
    if tag is None:
        raise SpecError(
            [f"field {f['name']}: tag {f['tag']} does not exist in version {version.number}"]
        )
    size = at(f.get("size"), version.number)
    if tag.type is None:
        # The reference names this tag but not its data type: the field is kept as the raw
        # bytes it carries, bounded only by what the floating length can express.
        return Field(
            f["name"],
            f.get("py") or snake(f["name"]),
            "UNSPEC",
            255 if version.length_size == 1 else 0xFFFF,
            tag=tag,
            required=bool(f.get("required")),
            repeated=bool(f.get("repeated")),
            secret=tag.secret,
            doc=_text(f, "doc"),
            opaque=True,
            facts=facts(f),
            optional=bool(f.get("optional")),
            count=f.get("count"),
            max=f.get("max") or 0,
        )
    return Field(
        f["name"],
        f.get("py") or snake(f["name"]),
        tag.type,
        size
        if size is not None
        else (tag.size if tag.size is not None else FIXED_WIDTH.get(tag.type)),
        enum=f.get("enum"),
        mask=f.get("mask"),
        tag=tag,
        required=bool(f.get("required")),
        repeated=bool(f.get("repeated")),
        secret=tag.secret,
        doc=_text(f, "doc"),
        facts=facts(f),
        optional=bool(f.get("optional")),
        count=f.get("count"),
        max=f.get("max") or 0,
    )

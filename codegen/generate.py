"""Turn the resolved spec of one version into Python source (and reference pages).

Every decision about *how* a spec item becomes code is made here, in plain Python, and handed to
the templates as ready strings; the templates only lay them out.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from ctiwire._wire import FORMAT, SIZE

from .dissector import render_dissector
from .docs import render_docs
from .spec import FIXED_WIDTH, Enum, Field, Group, Message, Spec, Version, camel

TEMPLATES = Path(__file__).parent / "templates"

# struct format of each fixed-part type: the runtime codecs' (written once, in ctiwire._wire).
FIXED_FORMAT = FORMAT
PY_TYPE = {
    "UCHAR": "int",
    "CHAR": "int",
    "USHORT": "int",
    "SHORT": "int",
    "UINT": "int",
    "INT": "int",
    "BOOL": "bool | int",
    "TIME": "int",
    "STRING": "str",
    "UNSPEC": "bytes",
    "NAMEDVAR": "NamedVar",
    "NAMEDARRAY": "NamedArray",
    "TASKID": "TaskID",
    "APPPATHID": "bytes",
}
KIND = {
    "STRING": "_w.STRING",
    "UNSPEC": "_w.UNSPEC",
    "UCHAR": "_w.UCHAR",
    "CHAR": "_w.CHAR",
    "USHORT": "_w.USHORT",
    "SHORT": "_w.SHORT",
    "UINT": "_w.UINT",
    "INT": "_w.INT",
    "BOOL": "_w.BOOL",
    "TIME": "_w.TIME",
    "NAMEDVAR": "_w.NAMEDVAR",
    "NAMEDARRAY": "_w.NAMEDARRAY",
    "TASKID": "_w.TASKID",
    "APPPATHID": "_w.APPPATHID",
}


@dataclass
class FixedView:
    name: str
    py: str
    fmt: str
    offset: int
    annotation: str
    default: str
    decode: str  # expression of the unpacked variable ``f{index}``
    encode: str  # expression producing the value to pack
    secret: bool
    counted: bool
    stop: int = 0
    var: str = ""  # the decoder's local for the unpacked value
    values_from: str | None = None  # the enum or mask of the field's values

    @property
    def param_type(self) -> str:
        return self.annotation

    @property
    def param_default(self) -> str | None:
        return self.default


@dataclass
class SlotView:
    index: int
    name: str
    py: str
    tag: int
    kind: str
    size: int
    repeated: bool
    required: bool
    annotation: str
    map: str | None  # enum/mask conversion function name, or None
    secret: bool
    named: bool
    counts: str | None = None  # the group whose length this derived count field carries
    member: bool = False  # a member of a group
    values_from: str | None = None  # the enum or mask of the field's values
    # Members of a records group (their slots index the record, not the message):
    counted_by: int | None = None  # a repeated member: the slot of the member counting it
    counts_members: list[str] = field(default_factory=list)  # a count member: what it counts
    max: int = 0  # a repeated member: its maximum number of values
    wire_type: str = ""

    @property
    def fast(self) -> str:
        """How the optimistic encoder writes this field: "string", "bytes", "int" or "named"
        (a NamedVariable); "" leaves it to the careful encoder."""
        if self.wire_type in FORMAT:
            return "int"
        return {"STRING": "string", "UNSPEC": "bytes", "NAMEDVAR": "named"}.get(self.wire_type, "")

    @property
    def pack(self) -> str:
        """The optimistic encoder's packer of an "int" field."""
        return f"_w.PACK_{self.wire_type}"

    def head(self, tag_size: int) -> str:
        """The optimistic encoder's constant floating-field header, as a bytes literal: tag and
        length of an "int" field, the tag alone of another with 1-byte tags."""
        if self.fast == "int":
            size = SIZE[self.wire_type]
            return repr(self.tag.to_bytes(tag_size, "big") + size.to_bytes(tag_size, "big"))
        return repr(self.tag.to_bytes(tag_size, "big"))

    def limit(self, tag_size: int) -> int:
        """The most data bytes the optimistic encoder writes for this field itself."""
        return min(self.size, 255 if tag_size == 1 else 65535)

    @property
    def param_type(self) -> str:
        if self.repeated:
            return f"tuple[{self.annotation}, ...]"
        return self.annotation if self.required else f"{self.annotation} | None"

    @property
    def param_default(self) -> str | None:
        if self.repeated:
            return "()"
        return None if self.required else "None"


@dataclass
class GroupView:
    name: str
    py: str
    entry: str
    count: str
    max: int
    members: list[SlotView]
    count_expr: str = ""  # the decoded count, as an expression in the decoder
    records: bool = False  # entries are runs of floating fields starting with the first member
    key: str = ""  # a records group: the Python name of its key member (and of the old key)
    old_key: str = ""

    @property
    def single(self) -> bool:
        """A one-member group is a plain tuple of values, without an entry class."""
        return len(self.members) == 1 and not self.records

    @property
    def fields(self) -> list[SlotView]:
        """The members that are fields of the entry class (count members are derived)."""
        return [s for s in self.members if not s.counts_members]

    @property
    def annotation(self) -> str:
        return f"tuple[{self.members[0].annotation if self.single else self.entry}, ...]"

    @property
    def fast(self) -> bool:
        """The optimistic encoder writes the entries itself (else it writes none)."""
        return not self.records and all(s.fast for s in self.members)

    @property
    def param_type(self) -> str:
        return self.annotation

    @property
    def param_default(self) -> str:
        return "()"


@dataclass
class EntryView:
    cls: str
    members: list[SlotView]  # the entry class's fields
    records: bool = False  # an entry of a records group: keyword-only, with defaults

    @property
    def secret(self) -> list[str]:
        return [s.py for s in self.members if s.secret]


@dataclass
class MessageView:
    name: str
    cls: str
    func: str
    number: int
    doc: str
    ref: str
    direction: str
    fixed: list[FixedView]
    fixed_end: int
    fmt: str
    items: list[SlotView | GroupView]  # floating part in spec order
    nslots: int
    has_named: bool
    undocumented: bool

    @property
    def class_fields(self) -> list[FixedView | SlotView | GroupView]:
        floating = [i for i in self.items if isinstance(i, GroupView) or i.counts is None]
        return [f for f in self.fixed if not f.counted] + floating

    @property
    def secret(self) -> list[str]:
        return [f.py for f in self.class_fields if getattr(f, "secret", False)]

    @property
    def enums(self) -> list[str]:
        """The enums and masks this message's code refers to."""
        found = [f.values_from for f in self.fixed] + [s.values_from for s in self.slots]
        if self.records is not None:
            found += [s.values_from for s in self.records.members]
        return sorted({name for name in found if name})

    @property
    def records(self) -> GroupView | None:
        """The message's records group, if it has one (at most one: the spec's messages with
        records carry nothing else that repeats)."""
        groups = [i for i in self.items if isinstance(i, GroupView) and i.records]
        assert len(groups) <= 1, self.name
        return groups[0] if groups else None

    @property
    def optimistic(self) -> bool:
        """The message has an optimistic encoder: it can write every field the message must
        carry (what it cannot write, when present, sends it to the careful encoder)."""
        for item in self.items:
            if isinstance(item, GroupView):
                continue
            if item.counts is not None and item.fast != "int":
                return False
            if item.required and not item.fast:
                return False
        return True

    @property
    def group_entries(self) -> list[tuple[str, str]]:
        """(field, entry class) of the groups whose entries are objects."""
        return [(i.py, i.entry) for i in self.items if isinstance(i, GroupView) and not i.single]

    @property
    def entry_names(self) -> list[str]:
        return [i.entry for i in self.items if isinstance(i, GroupView) and not i.single]

    @property
    def slots(self) -> list[SlotView]:
        """The floating fields in the message's value slots (a records group has its own)."""
        out: list[SlotView] = []
        for item in self.items:
            if isinstance(item, GroupView):
                out.extend([] if item.records else item.members)
            else:
                out.append(item)
        return out

    @property
    def fast(self) -> list[tuple[int, str]]:
        """(tag, slot code) of the fields the decoder's inline loop reads itself: single
        STRING fields (slot index) and single UNSPEC fields (~index, negative). A message with
        records is read by _w.scan_records instead."""
        if self.records is not None:
            return []
        single = [s for s in self.slots if not s.repeated]
        strings = [(s.tag, str(s.index)) for s in single if s.kind == "_w.STRING"]
        return strings + [(s.tag, f"~{s.index}") for s in single if s.kind == "_w.UNSPEC"]

    @property
    def fast_ints(self) -> list[tuple[int, int, str, int, bool]]:
        """(tag, slot, unpacker, size, repeated) of the integer fields the inline loop also
        reads itself, when it has one (see fast): every fixed-size integer but BOOL, which
        converts; single ones, and those of groups (skill groups of an agent state...)."""
        if not self.fast:
            return []
        return [
            (s.tag, s.index, f"_w.UNPACK_{s.wire_type}", SIZE[s.wire_type], s.repeated)
            for s in self.slots
            if s.wire_type in FORMAT and s.wire_type != "BOOL"
        ]


@dataclass
class ModuleView:
    version: Version
    enums: list[Enum]
    messages: list[MessageView]
    undocumented: list[Message]
    entries: list[EntryView] = field(default_factory=list)
    # Filled by assemble(): what this version defines, and what it imports from which version.
    local_blocks: list[str] = field(default_factory=list)
    local_enum_blocks: list[str] = field(default_factory=list)
    local_maps: list[Enum] = field(default_factory=list)
    imported: list[tuple[int, list[str]]] = field(default_factory=list)
    imported_enums: list[tuple[int, list[str]]] = field(default_factory=list)

    @property
    def names(self) -> list[tuple[int, str]]:
        return sorted((m.number, m.name) for m in self.version.messages)

    @property
    def wide(self) -> str:
        return "True" if self.version.tag_size == 2 else "False"


def _map_name(f: Field) -> str | None:
    if f.enum:
        return f"_enum_{f.enum}"
    if f.mask:
        return f"_mask_{f.mask}"
    return None


def _annotation(f: Field) -> str:
    named = f.enum or f.mask
    return f"{named} | int" if named else PY_TYPE[f.type]


def _fixed_view(
    f: Field, index: int, offset: int, counted: bool, msg: str
) -> tuple[FixedView, int]:
    var = f"f{index}"
    if f.type in FIXED_FORMAT:
        fmt, size = FIXED_FORMAT[f.type], FIXED_WIDTH[f.type]
    else:
        size = f.size if f.type in ("STRING", "UNSPEC") and f.size else FIXED_WIDTH[f.type]
        fmt = f"{size}s"
    decode, encode, default = var, f"m.{f.py}", "0"
    if isinstance(f.default, str):
        default = f"{f.enum}.{f.default}"
    elif f.default is not None:
        default = str(f.default)
    if f.enum:
        decode = f"_enum_{f.enum}[{var}]"
    elif f.mask:
        decode = f"_mask_{f.mask}[{var}]"
    elif f.type == "BOOL":
        decode, default = f"_w.as_bool({var})", "False"
    elif f.type == "STRING":
        decode, default = f"_w.fixed_string({var})", '""'
        encode = f'_w.encode_fixed_string(m.{f.py}, {size}, "{msg}", "{f.name}")'
    elif f.type in ("UNSPEC", "APPPATHID"):
        default = f'b"\\x00" * {size}'
        encode = f'_w.encode_fixed_bytes(m.{f.py}, {size}, "{msg}", "{f.name}")'
    elif f.type == "TASKID":
        decode, default = f"_w.task_id({var})", "TaskID(0, 0, 0)"
        encode = f'_w.pack_task_id(m.{f.py}, "{msg}", "{f.name}")'
    view = FixedView(
        f.name,
        f.py,
        fmt,
        offset,
        _annotation(f),
        default,
        decode,
        encode,
        f.secret,
        counted,
        offset + size,
        var,
        f.enum or f.mask,
    )
    return view, offset + size


def _slot(f: Field, index: int, repeated: bool) -> SlotView:
    assert f.tag is not None and f.size is not None
    return SlotView(
        index,
        f.name,
        f.py,
        f.tag.number,
        KIND[f.type],
        f.size,
        repeated,
        f.required,
        _annotation(f),
        _map_name(f),
        f.secret,
        f.type in ("NAMEDVAR", "NAMEDARRAY"),
        values_from=f.enum or f.mask,
        wire_type=f.type,
    )


def _convert(s: SlotView, v: str) -> str:
    assert s.map is not None
    return f"{s.map}[{v}]"


def slot_decode(s: SlotView) -> str:
    """The decoder's expression for a single or repeated (not grouped) floating field, read
    from its local ``v<index>``."""
    v = f"v{s.index}"
    if s.repeated:
        if s.map:
            return f"tuple({_convert(s, 'x')} for x in {v} or ())"
        return f"tuple({v} or ())"
    if not s.map:
        return v
    return _convert(s, v) if s.required else f"None if {v} is None else {_convert(s, v)}"


def slot_target(s: SlotView) -> str:
    """Where the decoder unpacks a floating slot: straight into the new object when the value
    needs no conversion, else into a local converted afterwards."""
    plain = s.counts is None and not s.repeated and not s.map
    return f"o.{s.py}" if plain and not s.member else f"v{s.index}"


def record_value(s: SlotView) -> str:
    """The value of one field of a record, from the record's list ``r``."""
    v = f"r[{s.index}]"
    if s.repeated:
        return f"tuple([{_convert(s, 'x')} for x in {v} or ()])" if s.map else f"tuple({v} or ())"
    if not s.map:
        return v
    return _convert(s, v) if s.required else f"None if {v} is None else {_convert(s, v)}"


def member_decode(s: SlotView) -> str:
    """The decoder's list of one group member's values."""
    v = f"(v{s.index} or ())"
    return f"[{_convert(s, 'x')} for x in {v}]" if s.map else v


def fixed_target(f: FixedView) -> str:
    """Where the decoder unpacks a fixed field (see :func:`slot_target`)."""
    return f"o.{f.py}" if f.decode == f.var and not f.counted else f.var


def message_view(m: Message) -> MessageView:
    fixed: list[FixedView] = []
    offset = 8
    counted = m.counted
    for i, f in enumerate(m.fixed):
        if f.name in counted:
            # The count is derived from the group; it is packed as len(group).
            group = next(g for g in m.floating if isinstance(g, Group) and g.count == f.name)
            view, offset = _fixed_view(f, i, offset, True, m.name)
            view.encode = f"len({group.py})"
        else:
            view, offset = _fixed_view(f, i, offset, False, m.name)
        fixed.append(view)
    items: list[SlotView | GroupView] = []
    index = 0
    groups_by_count = {g.count: g for g in m.floating if isinstance(g, Group)}
    count_slots: dict[str, int] = {}
    for item in m.floating:
        if isinstance(item, Group) and item.records:
            items.append(_records_view(item, m))
            continue
        if isinstance(item, Group):
            members = []
            for member in item.members:
                slot = _slot(member, index, True)
                slot.member = True
                members.append(slot)
                index += 1
            group_view = GroupView(item.name, item.py, item.entry, item.count, item.max, members)
            if item.count in count_slots:
                group_view.count_expr = f"(v{count_slots[item.count]} or 0)"
            else:
                position = [f.name for f in m.fixed].index(item.count)
                group_view.count_expr = f"f{position}"
            items.append(group_view)
        else:
            slot = _slot(item, index, item.repeated)
            if item.name in groups_by_count:
                slot.counts = groups_by_count[item.name].py
                count_slots[item.name] = index
            items.append(slot)
            index += 1
    message = MessageView(
        name=m.name,
        cls=camel(m.name),
        func=m.name.lower(),
        number=m.number,
        doc=m.doc,
        ref=m.ref,
        direction=m.direction,
        fixed=fixed,
        fixed_end=offset,
        fmt=">" + "".join(f.fmt for f in fixed),
        items=items,
        nslots=index,
        has_named=False,
        undocumented=m.undocumented,
    )
    message.has_named = any(s.named for s in message.slots)
    return message


def _records_view(group: Group, m: Message) -> GroupView:
    """A records group: its members' slots index one record (see _w.scan_records)."""
    members = []
    for index, member in enumerate(group.members):
        slot = _slot(member, index, member.repeated)
        slot.member = True
        slot.required = not (member.optional or member.repeated)
        slot.max = member.max
        members.append(slot)
    by_name = {s.name: s for s in members}
    for member, slot in zip(group.members, members, strict=True):
        if member.count:
            counter = by_name[member.count]
            slot.counted_by = counter.index
            counter.counts_members.append(slot.py)
    py = {m.name: m.py for m in group.members}
    view = GroupView(
        group.name,
        group.py,
        group.entry,
        group.count,
        group.max,
        members,
        records=True,
        key=py.get(group.key or "", ""),
        old_key=py.get(group.old_key or "", ""),
    )
    view.count_expr = f"f{[f.name for f in m.fixed].index(group.count)}"
    return view


def module_view(version: Version) -> ModuleView:
    documented = [m for m in version.messages if not m.undocumented]
    messages = [message_view(m) for m in documented]
    used = {f.enum or f.mask for m in documented for f in _all_fields(m)} - {None}
    enums = [e for e in version.enums.values() if e.values or e.name in used]
    view = ModuleView(version, enums, messages, [m for m in version.messages if m.undocumented])
    entries: dict[str, EntryView] = {}
    for mv in messages:
        for item in mv.items:
            if isinstance(item, GroupView) and not item.single:
                known = entries.get(item.entry)
                signature = [(s.py, s.param_type) for s in item.fields]
                if known is not None and [(s.py, s.param_type) for s in known.members] != signature:
                    raise ValueError(
                        f"group entry {item.entry} is defined twice with different "
                        f"fields ({mv.name})"
                    )
                entries.setdefault(item.entry, EntryView(item.entry, item.fields, item.records))
    view.entries = sorted(entries.values(), key=lambda e: e.cls)
    return view


def _all_fields(m: Message) -> list[Field]:
    out = list(m.fixed)
    for item in m.floating:
        out.extend(item.members if isinstance(item, Group) else [item])
    return out


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - generating Python and Markdown, not HTML
    )
    env.globals.update(
        slot_decode=slot_decode,
        member_decode=member_decode,
        record_value=record_value,
        slot_target=slot_target,
        fixed_target=fixed_target,
        GroupView=GroupView,
        isgroup=lambda x: isinstance(x, GroupView),
    )
    return env


def ruff_format(sources: dict[str, str]) -> dict[str, str]:
    """Format generated sources (relative path -> text) with ruff, as the committed files are:
    ``ruff format``, then the imports sorted as ``ruff check`` expects. One ruff run for all
    files: starting ruff once per file cost more than the rest of the generation."""
    config = str(Path(__file__).resolve().parent.parent / "pyproject.toml")
    with tempfile.TemporaryDirectory(prefix="ctiwire-codegen-") as tmp:
        paths = []
        for rel, text in sources.items():
            path = Path(tmp) / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        for command in (
            ["format", "--config", config, "--quiet", *paths],
            ["check", "--config", config, "--select", "I", "--fix", "--exit-zero", "--quiet",
             "--no-cache", *paths],
        ):  # fmt: skip
            result = subprocess.run(
                [sys.executable, "-m", "ruff", *command],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                raise RuntimeError(f"ruff {command[0]} failed:\n{result.stderr}")
        return {rel: (Path(tmp) / rel).read_text(encoding="utf-8") for rel in sources}


class Origins:
    """Which version first generated each definition, so later versions import it.

    A definition (enum, group entry class, message) is identified by its name and its key: the
    code it renders to, plus the identity of everything that code refers to by name (the enums'
    and entries' own origins, the version's wire parameters). A version whose definition has the
    key of an earlier version's imports it from there instead of repeating it.
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], list[tuple[object, int]]] = {}

    def origin(self, kind: str, name: str, key: object, version: int) -> int:
        known = self._seen.setdefault((kind, name), [])
        for seen_key, first in known:
            if seen_key == key:
                return first
        known.append((key, version))
        return version


def assemble(view: ModuleView, origins: Origins, env: jinja2.Environment) -> None:
    """Render each definition of one version and decide, one by one, whether it is defined
    here or imported from the first version that has it (fills the view's local_* and
    imported* fields)."""
    blocks = env.get_template("blocks.py.j2").module
    version = view.version
    v = version.number
    # Definitions are shared only among versions of one floating-field width: importing a
    # module imports its package, so Version 25 must not reach into Version 15 for an enum.
    epoch = f"@{version.tag_size}"
    imported: dict[int, list[str]] = {}
    imported_enums: dict[int, list[str]] = {}
    out = view
    enum_origin: dict[str, int] = {}
    for e in view.enums:
        text = blocks.enum_block(e)  # type: ignore[attr-defined]
        enum_origin[e.name] = origins.origin("enum" + epoch, e.name, text, v)
        if enum_origin[e.name] == v:
            out.local_enum_blocks.append(text)
        else:
            imported_enums.setdefault(enum_origin[e.name], []).append(e.name)
    entry_origin: dict[str, int] = {}
    for entry in view.entries:
        text = blocks.entry_block(entry)  # type: ignore[attr-defined]
        used = sorted({s.values_from for s in entry.members if s.values_from})
        entry_key = (text, tuple((n, enum_origin[n]) for n in used))
        entry_origin[entry.cls] = origins.origin("entry" + epoch, entry.cls, entry_key, v)
        if entry_origin[entry.cls] == v:
            out.local_blocks.append(text)
        else:
            names = imported.setdefault(entry_origin[entry.cls], [])
            names += [entry.cls, f"_new_{entry.cls}"]
    wire = (version.tag_size, version.named_data_limit)
    maps: set[str] = set()
    for msg in view.messages:
        text = blocks.message_block(msg, version.tag_size)  # type: ignore[attr-defined]
        key = (
            text,
            wire,
            tuple((n, enum_origin[n]) for n in msg.enums),
            tuple((n, entry_origin[n]) for n in msg.entry_names),
        )
        origin = origins.origin("message" + epoch, msg.name, key, v)
        if origin == v:
            out.local_blocks.append(text)
            maps.update(msg.enums)
        else:
            names = imported.setdefault(origin, [])
            names += [msg.cls, f"_decode_{msg.func}", f"_encode_{msg.func}"]
    out.local_maps = [e for e in view.enums if e.name in maps]
    out.imported = sorted(imported.items())
    out.imported_enums = sorted(imported_enums.items())


def render_version(
    spec: Spec,
    number: int,
    origins: Origins | None = None,
    package: str | None = None,
    formatted: bool = True,
) -> dict[str, str]:
    """All generated files of one version: relative path -> content.

    ``origins`` carries what earlier versions defined (render the versions in order); without
    it the version is rendered whole, defining everything itself.
    """
    env = environment()
    view = module_view(spec.version(number))
    assemble(view, origins if origins is not None else Origins(), env)
    package = package or f"generated/v{number}"
    files = {
        f"{package}/{name}": env.get_template(f"{name}.j2").render(m=view, spec=spec)
        for name in ("__init__.py", "enums.py", "messages.py")
    }
    return ruff_format(files) if formatted else files


def render_all(spec: Spec) -> dict[str, str]:
    """Every generated file: relative path -> content."""
    code: dict[str, str] = {}
    origins = Origins()
    for number in spec.generated:
        code.update(render_version(spec, number, origins, formatted=False))
    return {**ruff_format(code), **render_docs(environment(), spec), **render_dissector(spec)}


def links(spec: Spec) -> dict[str, str]:
    """The package links: ``src/ctiwire/vNN`` -> ``../../generated/vNN`` for every generated
    version, so that ``ctiwire.vNN`` is found the same way by an editable install, a wheel
    (setuptools copies the files), mypy and the tests; and ``src/ctiwire/wireshark`` ->
    ``../../generated/wireshark``, the dissector, shipped as package data."""
    links = {f"src/ctiwire/v{n}": f"../../generated/v{n}" for n in spec.generated}
    links["src/ctiwire/wireshark"] = "../../generated/wireshark"  # the dissector (package data)
    return links

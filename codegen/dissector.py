"""The Wireshark dissector, generated from the spec for every version.

``python -m codegen`` calls :func:`render_dissector`, which writes one Lua file,
``generated/wireshark/gedcti.lua`` (shipped in the package as ``ctiwire/wireshark/gedcti.lua``;
``ctiwire wireshark path`` prints where it is installed). Load it with
``wireshark -X lua_script:gedcti.lua`` or copy it into the personal Lua plugins folder
(``ctiwire wireshark install``).

What is decided here, once, in plain Python (the template only lays the data out and holds the
hand-written interpreter that walks it):

* **The protocol's filter name is** ``gedcti``: GED-188 is the name of the CTI Server protocol in
  Cisco's documents. ``cti`` alone is not registered by Wireshark 4.0, but it is generic (Cisco's
  own CTI Manager speaks CTIQBE; other vendors have "CTI" links) and is the kind of name a
  future built-in dissector could take; ``gedcti`` says which CTI.
* **Field names** are ``gedcti.`` + the snake_case name of the guide's field, the same name as
  the attribute of the generated Python class (``ConnectionDeviceID`` -> ``connection_device_id``,
  so ``gedcti.connection_device_id == "5001"``). One field name means one field in every message
  and version. If a name carries values of different kinds in different messages (SupervisorID:
  a UINT in one message, a STRING in another), the first kind in :data:`CATEGORIES` keeps the
  plain name and each other kind adds its own suffix (``gedcti.supervisor_id_string``);
  integer widths of one signedness merge into the widest.
* The header is ``gedcti.length`` (MessageLength) and ``gedcti.type`` (MessageType); a floating
  field's tag and length are ``gedcti.tag`` and ``gedcti.field_length``; the bits of a mask field
  are ``gedcti.<field>.<bit name in lower case>``; the parts of a compound are
  ``gedcti.<field>.name``/``.value``/``.index`` (NAMEDVAR, NAMEDARRAY) and
  ``gedcti.<field>.group_high``/``.group_low``/``.sequence_number`` (TASKID); a group is
  ``gedcti.<group>`` (``gedcti.connected_parties``).
* **Versions share layouts.** A message layout (its fields, their types, sizes and value tables)
  is written once, as ``L[n]``, and used by every version whose message is the same. Version 15
  lists its messages; each later version lists only what differs from the version before it. The
  same holds for value tables (``VS[n]``, ``BITS[n]``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .spec import FIXED_WIDTH, Enum, Field, Group, Message, Spec, Version

PROTO = "gedcti"
LUA_FILE = "generated/wireshark/gedcti.lua"
TEMPLATES = Path(__file__).parent / "templates"

# Kinds of data, as the Lua interpreter numbers them.
KINDS = (
    "UCHAR",
    "CHAR",
    "USHORT",
    "SHORT",
    "UINT",
    "INT",
    "BOOL",
    "TIME",
    "STRING",
    "UNSPEC",
    "NAMEDVAR",
    "NAMEDARRAY",
    "TASKID",
    "APPPATHID",
)
# Each data type's kind of value in Wireshark (the field's category) and its width in bits.
CATEGORY_OF = {
    "UCHAR": ("uint", 8),
    "CHAR": ("int", 8),
    "USHORT": ("uint", 16),
    "SHORT": ("int", 16),
    "UINT": ("uint", 32),
    "INT": ("int", 32),
    "TIME": ("uint", 32),
    "BOOL": ("bool", 16),
    "STRING": ("string", 0),
    "UNSPEC": ("bytes", 0),
    "APPPATHID": ("bytes", 0),
    "TASKID": ("taskid", 0),
    "NAMEDVAR": ("namedvar", 0),
    "NAMEDARRAY": ("namedarray", 0),
}
# The order in which kinds claim a field name (see the module docstring).
CATEGORIES = ("uint", "int", "bool", "string", "bytes", "taskid", "namedvar", "namedarray")
# Names of the protocol's own fields, which no message field may take.
RESERVED = {"length", "type", "tag", "field_length", "unknown_field", "body", "version", "entry"}


@dataclass
class FieldDef:
    """One Wireshark field (ProtoField): every use of one name with one kind of value."""

    key: str  # the abbreviation after "gedcti."
    label: str  # the guide's name
    category: str
    bits: int = 0  # integer width
    enums: set[str] = field(default_factory=set)  # value tables used with it
    masks: set[str] = field(default_factory=set)
    secret: bool = False

    @property
    def constructor(self) -> str:
        """The Lua expression that creates the ProtoField (value tables are added at load)."""
        abbrev = f"{PROTO}.{self.key}"
        if self.secret:
            return f'ProtoField.string("{abbrev}", "{self.label}")'
        if self.category in ("uint", "int"):
            base = "base.HEX" if self.masks else "base.DEC"
            return f'ProtoField.{self.category}{self.bits}("{abbrev}", "{self.label}", {base}'
        if self.category == "bool":
            return f'ProtoField.uint16("{abbrev}", "{self.label}", base.DEC, BOOL_NAMES)'
        if self.category == "string":
            return f'ProtoField.string("{abbrev}", "{self.label}")'
        if self.category in ("bytes", "taskid"):
            return f'ProtoField.bytes("{abbrev}", "{self.label}")'
        return f'ProtoField.none("{abbrev}", "{self.label}")'

    @property
    def values(self) -> str:
        """The value table the ProtoField shows (a union over the versions), or ``nil``."""
        if self.category in ("uint", "int") and len(self.enums) == 1:
            return f'UNION["{next(iter(self.enums))}"]'
        return "nil"

    @property
    def subfields(self) -> list[str]:
        """The Lua lines creating the parts of a compound field (after F is defined)."""
        a, k = f"{PROTO}.{self.key}", self.key
        if self.category == "taskid":
            return [
                f'SUB["{k}.{p}"] = ProtoField.int32("{a}.{p}", "{label}")'
                for p, label in (
                    ("group_high", "GroupHigh"),
                    ("group_low", "GroupLow"),
                    ("sequence_number", "SequenceNumber"),
                )
            ]
        if self.category in ("namedvar", "namedarray"):
            lines = []
            if self.category == "namedarray":
                lines.append(f'SUB["{k}.index"] = ProtoField.uint8("{a}.index", "Index")')
            lines.append(f'SUB["{k}.name"] = ProtoField.string("{a}.name", "Name")')
            lines.append(f'SUB["{k}.value"] = ProtoField.string("{a}.value", "Value")')
            return lines
        return []


def _category(f: Field) -> tuple[str, int]:
    if f.secret:
        return ("string", 0)
    return CATEGORY_OF["UNSPEC" if f.opaque else f.type]


class Naming:
    """Every field name of every version, and the Wireshark field each use gets."""

    def __init__(self, versions: list[Version]) -> None:
        uses: dict[str, dict[str, FieldDef]] = {}
        self.groups: dict[str, str] = {}  # group py name -> label
        for version in versions:
            for m in version.messages:
                for f in _fields(m):
                    category, bits = _category(f)
                    defs = uses.setdefault(f.py, {})
                    d = defs.setdefault(category, FieldDef(f.py, f.name, category))
                    d.bits = max(d.bits, bits)
                    d.secret = d.secret or f.secret
                    if f.enum:
                        d.enums.add(f.enum)
                    if f.mask:
                        d.masks.add(f.mask)
                for g in m.floating:
                    if isinstance(g, Group):
                        self.groups.setdefault(g.py, g.name)
        self.fields: dict[tuple[str, str], FieldDef] = {}
        for py, defs in uses.items():
            for rank, category in enumerate(c for c in CATEGORIES if c in defs):
                d = defs[category]
                d.key = py if rank == 0 else f"{py}_{category}"
                self.fields[(py, category)] = d
        keys = [d.key for d in self.fields.values()]
        clashes = (set(keys) & (RESERVED | set(self.groups))) | {
            k for k in keys if keys.count(k) > 1
        }
        if clashes:
            raise ValueError(f"dissector field names clash: {sorted(clashes)}")

    def of(self, f: Field) -> FieldDef:
        return self.fields[(f.py, _category(f)[0])]

    def ordered(self) -> list[FieldDef]:
        return sorted(self.fields.values(), key=lambda d: d.key)


def abbreviations(spec: Spec) -> dict[tuple[str, str], str]:
    """``(python name, data type) -> Wireshark field name`` for every field of every version
    (the naming rule of the module docstring, for tests and tools)."""
    naming = Naming([spec.version(v) for v in spec.generated])
    out: dict[tuple[str, str], str] = {}
    for v in spec.generated:
        for m in spec.version(v).messages:
            for f in _fields(m):
                out[(f.py, f.type)] = f"{PROTO}.{naming.of(f).key}"
    return out


def _fixed_width(f: Field) -> int:
    """The bytes a fixed-part field takes."""
    return f.size if f.type in ("STRING", "UNSPEC") and f.size else FIXED_WIDTH[f.type]


def _fields(m: Message) -> list[Field]:
    out = list(m.fixed)
    for item in m.floating:
        out.extend(item.members if isinstance(item, Group) else [item])
    return out


# ---------------------------------------------------------------------------------------------
# Shared tables: value names, mask bits, layouts


class Tables:
    """Numbered, deduplicated Lua tables: the same content gets the same number."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []  # (lua text, comment)
        self._index: dict[str, int] = {}
        self.users: dict[int, list[int]] = {}  # number -> versions that use it

    def number(self, text: str, comment: str, version: int) -> int:
        n = self._index.get(text)
        if n is None:
            self.items.append((text, comment))
            n = self._index[text] = len(self.items)
        users = self.users.setdefault(n, [])
        if version not in users:
            users.append(version)
        return n

    def rows(self) -> list[tuple[int, str, str]]:
        return [
            (n, text, f"{comment} ({_ranges(self.users[n])})")
            for n, (text, comment) in enumerate(self.items, 1)
        ]


def _ranges(numbers: list[int]) -> str:
    """``[15, 16, 17, 20]`` -> ``"15-17, 20"``."""
    out: list[str] = []
    numbers = sorted(numbers)
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    label = "version" if len(numbers) == 1 else "versions"
    return f"{label} {', '.join(out)}"


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _enum_text(e: Enum) -> str:
    if e.is_mask:
        return "{" + ", ".join(f'{{0x{v.value:08X}, "{v.name}"}}' for v in e.values) + "}"
    return "{" + ", ".join(f'[{v.value}] = "{v.name}"' for v in e.values) + "}"


@dataclass
class VersionView:
    number: int
    wide: bool
    max_size: int
    changes: list[tuple[int, str, str]]  # (message number, "L[n]" or "false", name), sorted
    tables: list[tuple[str, str]]  # (enum or mask, "VS[n]"/"BITS[n]" or "false"), sorted
    base: int | None  # the version it derives from (None: listed in full)


@dataclass
class DissectorView:
    proto: str
    versions: list[VersionView]
    fields: list[FieldDef]
    groups: list[tuple[str, str]]
    value_tables: list[tuple[int, str, str]]
    masks: set[int]  # value tables that are a mask's bits
    secret: list[str]  # fields whose values are masked unless a preference shows them
    enum_variants: dict[str, list[int]]  # enum name -> its value tables (for the union)
    layouts: list[tuple[int, str, str]]
    kinds: tuple[str, ...]
    open_req: int
    version_offset: int
    server_ports: list[int]
    secured_server_ports: list[int]
    default_version: int
    largest: int


class Builder:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.versions = [spec.version(v) for v in spec.generated]
        self.naming = Naming(self.versions)
        self.values = Tables()
        self.layouts = Tables()
        self.enum_variants: dict[str, list[int]] = {}
        self.masks: set[int] = set()  # the value tables that are a mask's bits
        self.tables: dict[int, dict[str, str]] = {}  # version -> enum or mask -> "VS[n]"

    def value_table(self, name: str | None, version: Version) -> str:
        """``v = "Enum"`` (an enum's names) or ``mask = "Mask"`` (a mask's bits), or ``""``.

        The layout names the table; each version says which value table that name is in it
        (a change of values is one line of the version, not a new layout of every message)."""
        if not name or name not in version.enums or not version.enums[name].values:
            return ""
        e = version.enums[name]
        n = self.values.number(_enum_text(e), name, version.number)
        variants = self.enum_variants.setdefault(name, [])
        if n not in variants:
            variants.append(n)
        if e.is_mask:
            self.masks.add(n)
        self.tables.setdefault(version.number, {})[name] = f"BITS[{n}]" if e.is_mask else f"VS[{n}]"
        return f'{"mask" if e.is_mask else "v"} = "{name}"'

    def use(self, f: Field, version: Version) -> list[str]:
        """The Lua parts every field use shares: key, kind, size, value table, guide name."""
        d = self.naming.of(f)
        kind = "UNSPEC" if f.opaque else f.type
        # A fixed field: the bytes it takes; a floating field: its maximum (not enforced).
        size = _fixed_width(f) if f.tag is None else (f.size or 0)
        parts = [f'"{d.key}"', kind, str(size)]
        values = self.value_table(f.enum or f.mask, version)
        if values:
            parts.append(values)
        if f.name != d.label:
            parts.append(f"name = {_lua_string(f.name)}")
        return parts

    def layout(self, m: Message, version: Version) -> int:
        lines = [f"msg({_lua_string(m.name)}, {{"]
        if m.undocumented:
            lines[0] = f"msg({_lua_string(m.name)}, nil)"
            return self.layouts.number(lines[0], m.name, version.number)
        for f in m.fixed:
            lines.append(f"  {{{', '.join(self.use(f, version))}}},")
        lines.append("}, {")
        groups: list[str] = []
        for item in m.floating:
            if isinstance(item, Group):
                groups.append(self.group(item))
                for member in item.members:
                    lines.append(self.floating(member, version, len(groups)))
            else:
                lines.append(self.floating(item, version, 0))
        if groups:
            lines.append("}, {")
            lines.extend(groups)
        lines.append("})")
        return self.layouts.number("\n".join(lines), m.name, version.number)

    def floating(self, f: Field, version: Version, group: int) -> str:
        assert f.tag is not None
        parts = [str(f.tag.number), *self.use(f, version)]
        if f.required:
            parts.append("req = true")
        if f.repeated:
            parts.append("rep = true")
        if f.optional:
            parts.append("opt = true")
        if f.count:
            parts.append(f"count = {_lua_string(f.count)}, max = {f.max}")
        if group:
            parts.append(f"group = {group}")
        return f"  {{{', '.join(parts)}}},"

    def group(self, g: Group) -> str:
        parts = [
            f'"{g.py}"',
            _lua_string(g.name),
            _lua_string(g.entry),
            _lua_string(g.count),
            str(g.max),
        ]
        if g.records:
            parts.append("records = true")
        return f"  {{{', '.join(parts)}}},"

    def view(self) -> DissectorView:
        versions: list[VersionView] = []
        previous: dict[int, int] = {}
        previous_names: dict[int, str] = {}
        previous_tables: dict[str, str] = {}
        for i, version in enumerate(self.versions):
            current = {m.number: self.layout(m, version) for m in version.messages}
            names = {m.number: m.name for m in version.messages}
            changes = sorted(
                [(n, f"L[{lay}]", names[n]) for n, lay in current.items() if previous.get(n) != lay]
                + [(n, "false", f"{previous_names[n]} gone") for n in previous if n not in current]
            )
            tables = self.tables.get(version.number, {})
            table_changes = sorted(
                [(k, x) for k, x in tables.items() if previous_tables.get(k) != x]
                + [(k, "false") for k in previous_tables if k not in tables]
            )
            previous_names, previous_tables = names, tables
            versions.append(
                VersionView(
                    version.number,
                    version.tag_size == 2,
                    version.max_message_size,
                    changes,
                    table_changes,
                    None if i == 0 else self.versions[i - 1].number,
                )
            )
            previous = current
        # Every version must agree on where OPEN_REQ carries VersionNumber: the dissector reads
        # it there before it knows the version.
        places = set()
        for version in self.versions:
            open_req = next(m for m in version.messages if m.name == "OPEN_REQ")
            offset = 8
            for f in open_req.fixed:
                if f.name == "VersionNumber":
                    places.add((open_req.number, offset, f.type))
                    break
                offset += _fixed_width(f)
        if len(places) != 1:
            raise ValueError(f"OPEN_REQ VersionNumber moves between versions: {sorted(places)}")
        ((open_req_number, version_offset, _type),) = places
        baseline = self.spec.protocol[0].get("baseline", self.versions[0].number)
        last = self.versions[-1]
        return DissectorView(
            proto=PROTO,
            versions=versions,
            fields=self.naming.ordered(),
            groups=sorted(self.naming.groups.items()),
            value_tables=self.values.rows(),
            masks=self.masks,
            secret=sorted(d.key for d in self.naming.ordered() if d.secret),
            enum_variants=dict(sorted(self.enum_variants.items())),
            layouts=self.layouts.rows(),
            kinds=KINDS,
            open_req=open_req_number,
            version_offset=version_offset,
            server_ports=last.server_ports,
            secured_server_ports=last.secured_server_ports,
            default_version=baseline,
            largest=max(v.max_message_size for v in self.versions),
        )


def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - generating Lua, not HTML
    )


def render_dissector(spec: Spec) -> dict[str, str]:
    """The dissector: relative path -> content."""
    view = Builder(spec).view()
    text = environment().get_template("dissector.lua.j2").render(d=view)
    return {LUA_FILE: text}

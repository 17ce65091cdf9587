"""Wire codecs for the CTI data types, used by the generated protocol modules.

This is the only place that knows how a data type looks on the wire (Messaging Conventions,
"Data Types" and "Floating Fields"): big-endian integers, NUL-terminated strings, tag/length/data
floating fields whose tag and length are 1 byte each up to Protocol Version 19 and 2 bytes from
Version 20. What a message contains comes from the spec, through the generated modules.

Decoding never trusts a length from the wire for anything but slicing an already received frame,
and every failure is a :class:`~ctiwire.errors.DecodeError` naming the message, the field and
the byte offset.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from .errors import DecodeError, EncodeError, MissingFieldError
from .types import Message, NamedArray, NamedVar, TaskID, UnknownField, UnknownMessage

T = TypeVar("T")

# Kinds of floating-field data; the generated tables name a kind per tag.
STRING, UNSPEC, UCHAR, CHAR, USHORT, SHORT, UINT, INT, BOOL, TIME = range(10)
NAMEDVAR, NAMEDARRAY, TASKID, APPPATHID = range(10, 14)

KIND_BY_TYPE: dict[str, int] = {
    "STRING": STRING,
    "UNSPEC": UNSPEC,
    "UCHAR": UCHAR,
    "CHAR": CHAR,
    "USHORT": USHORT,
    "SHORT": SHORT,
    "UINT": UINT,
    "INT": INT,
    "BOOL": BOOL,
    "TIME": TIME,
    "NAMEDVAR": NAMEDVAR,
    "NAMEDARRAY": NAMEDARRAY,
    "TASKID": TASKID,
    "APPPATHID": APPPATHID,
}

# struct format character and byte size of the fixed-width types.
FORMAT: dict[str, str] = {
    "UCHAR": "B",
    "CHAR": "b",
    "USHORT": "H",
    "SHORT": "h",
    "UINT": "I",
    "INT": "i",
    "BOOL": "H",
    "TIME": "I",
}
SIZE: dict[str, int] = {
    "UCHAR": 1,
    "CHAR": 1,
    "USHORT": 2,
    "SHORT": 2,
    "UINT": 4,
    "INT": 4,
    "BOOL": 2,
    "TIME": 4,
    "TASKID": 12,
    "APPPATHID": 5,
}

_INT_STRUCT: dict[int, struct.Struct] = {
    KIND_BY_TYPE[name]: struct.Struct(">" + fmt) for name, fmt in FORMAT.items()
}
_TASKID = struct.Struct(">iii")
_HEADER = struct.Struct(">II")
_WIDE_FLOATING_HEADER = struct.Struct(">HH")
HEADER_SIZE = 8

# Strings are "ASCII" in the guide; anything else a server sends must survive a round trip, so
# bytes are read as UTF-8 and undecodable bytes are carried as surrogate escapes (PEP 383).
_ENCODING = "utf-8"
_ERRORS = "surrogateescape"


def text(data: bytes) -> str:
    """Bytes of a string field (without its NUL) to ``str``, losslessly."""
    return data.decode(_ENCODING, _ERRORS)


def as_bool(value: int) -> bool | int:
    # BOOL is 0 or 1; any other value is kept as the int it is, so that it re-encodes unchanged.
    return value == 1 if value < 2 else value


# ---------------------------------------------------------------------------------------------
# Decoding

FieldTable = dict[int, tuple[int, int, bool, str]]  # tag -> (slot, kind, repeated, field name)
# The generated decoders' inline loop: tag -> slot of a non-repeated STRING field, or ~slot
# (negative) of a non-repeated UNSPEC field. With 1-byte tags it is a tuple indexed by the tag
# (about twice as fast as a dict lookup); with 2-byte tags, a dict.
FastSlots = dict[int, int]
NarrowFastSlots = tuple[int | None, ...]


def narrow_fast_slots(slots: FastSlots) -> NarrowFastSlots:
    """``slots`` as a 256-entry tuple indexed by the tag (1-byte tags)."""
    return tuple(slots.get(tag) for tag in range(256))


def scan(
    buf: bytes, pos: int, end: int, table: FieldTable, nslots: int, message: str, head: int
) -> tuple[list[Any], list[UnknownField]]:
    """Read the floating part ``buf[pos:end]``, every bound checked (``head`` is 2 for 1-byte
    tags and lengths, 4 for 2-byte ones).

    Returns one value per slot of ``table`` (``None`` when absent; a list for repeated fields)
    and the fields with tags the table does not know, in arrival order. Each generated decoder
    runs its own optimistic copy of this loop for the common fields and comes here for a
    message without such fields, or to name the problem its loop tripped over.
    """
    vals: list[Any] = [None] * nslots
    unknown: list[UnknownField] = []
    while pos < end:
        start = pos + head
        if start > end:
            raise _stray(end - pos, head, message, pos)
        if head == 4:
            tag = (buf[pos] << 8) | buf[pos + 1]
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
        else:
            tag = buf[pos]
            stop = start + buf[pos + 1]
        read_field(buf, pos, start, stop, end, tag, vals, table, unknown, message)
        pos = stop
    return vals, unknown


def scan_records(
    buf: bytes,
    pos: int,
    end: int,
    table: FieldTable,
    nslots: int,
    record_table: FieldTable,
    record_slots: int,
    message: str,
    head: int,
) -> tuple[list[Any], list[UnknownField], list[list[Any]]]:
    """:func:`scan` for a message whose floating part holds records (the configuration events):
    runs of fields of ``record_table``, one run per record.

    A record starts at the first of its fields, and ends where a field it already has comes
    again (an array's values excepted): so the records are found whichever field a server
    sends first. The other fields go into the message's values; unknown tags are kept in
    arrival order, wherever they appear. Returns the message's values, the unknown fields and
    the records (lists of ``record_slots`` values).
    """
    vals: list[Any] = [None] * nslots
    unknown: list[UnknownField] = []
    records: list[list[Any]] = []
    current: list[Any] | None = None
    while pos < end:
        start = pos + head
        if start > end:
            raise _stray(end - pos, head, message, pos)
        if head == 4:
            tag = (buf[pos] << 8) | buf[pos + 1]
            stop = start + ((buf[pos + 2] << 8) | buf[pos + 3])
        else:
            tag = buf[pos]
            stop = start + buf[pos + 1]
        entry = record_table.get(tag)
        if entry is None:
            read_field(buf, pos, start, stop, end, tag, vals, table, unknown, message)
        else:
            slot, _kind, repeated, _name = entry
            if current is None or (not repeated and current[slot] is not None):
                current = [None] * record_slots
                records.append(current)
            read_field(buf, pos, start, stop, end, tag, current, record_table, unknown, message)
        pos = stop
    return vals, unknown, records


def _stray(count: int, head: int, message: str, offset: int) -> DecodeError:
    return DecodeError(
        f"{count} stray byte(s) where a {head}-byte floating field header should be",
        message=message,
        offset=offset,
    )


def read_field(
    buf: bytes,
    pos: int,
    start: int,
    stop: int,
    end: int,
    tag: int,
    vals: list[Any],
    table: FieldTable,
    unknown: list[UnknownField],
    message: str,
) -> None:
    """Check one floating field (any kind, any problem) and store it in ``vals`` (or in
    ``unknown``, for a tag that ``table`` does not know)."""
    entry = table.get(tag)
    if stop > end:
        raise DecodeError(
            f"floating field (tag {tag}) of length {stop - start} runs {stop - end} byte(s) "
            "past the end of the message",
            message=message,
            field=entry[3] if entry else None,
            offset=pos,
        )
    if entry is None:
        unknown.append(_new_unknown_field(tag, buf[start:stop]))
        return
    slot, kind, repeated, name = entry
    value: Any
    if kind == STRING:
        if stop == start or buf[stop - 1] != 0:
            raise DecodeError(
                "string is not NUL-terminated", message=message, field=name, offset=pos
            )
        value = buf[start : stop - 1].decode(_ENCODING, _ERRORS)
    elif kind == UNSPEC:
        value = buf[start:stop]
    elif kind <= TIME:
        unpack = _INT_STRUCT[kind]
        if stop - start != unpack.size:
            raise DecodeError(
                f"length {stop - start}, this field is {unpack.size} bytes",
                message=message,
                field=name,
                offset=pos,
            )
        value = unpack.unpack_from(buf, start)[0]
        if kind == BOOL:
            value = as_bool(value)
    elif kind == NAMEDVAR:  # the common compound: inline, it is on the hot path of call events
        first = buf.find(0, start, stop)
        if not start <= first < stop - 1 or buf[stop - 1]:
            raise _named_error(message, name, pos)
        value = _new_named_var(
            buf[start:first].decode(_ENCODING, _ERRORS),
            buf[first + 1 : stop - 1].decode(_ENCODING, _ERRORS),
        )
    else:
        value = _decode_compound(kind, buf[start:stop], message, name, pos)
    if repeated:
        seen = vals[slot]
        if seen is None:
            vals[slot] = [value]
        else:
            seen.append(value)
    elif vals[slot] is None:
        vals[slot] = value
    else:
        raise DecodeError(
            "field appears twice but is not repeatable", message=message, field=name, offset=pos
        )


class EnumMap(dict[int, Any]):
    """Value -> IntEnum member; a value the enum does not define stays the plain int it is."""

    def __init__(self, enum: Iterable[Any]) -> None:
        super().__init__((member.value, member) for member in enum)

    def __missing__(self, value: int) -> int:
        return value


class FlagCache(dict[int, T]):
    """Value -> IntFlag member, built on first use: ``IntFlag(value)`` costs about 0.5 us.

    Bounded, so that a peer sending ever new values cannot grow it without limit.
    """

    def __init__(self, flag: Callable[[int], T], limit: int = 4096) -> None:
        super().__init__()
        self._flag = flag
        self._limit = limit

    def __missing__(self, value: int) -> T:
        member = self._flag(value)
        if len(self) < self._limit:
            self[value] = member
        return member


def _decode_compound(kind: int, data: bytes, message: str, name: str, offset: int) -> Any:
    if kind == NAMEDARRAY:
        if not data:
            raise DecodeError("empty NAMEDARRAY", message=message, field=name, offset=offset)
        var_name, value = _two_strings(data, 1, message, name, offset)
        return _new_named_array(data[0], var_name, value)
    if kind == TASKID:
        if len(data) != 12:
            raise DecodeError(
                f"TASKID of {len(data)} bytes, expected 12",
                message=message,
                field=name,
                offset=offset,
            )
        return _new_task_id(*_TASKID.unpack(data))
    if kind == APPPATHID:
        if len(data) != SIZE["APPPATHID"]:
            raise DecodeError(
                f"APPPATHID of {len(data)} bytes, expected 5",
                message=message,
                field=name,
                offset=offset,
            )
        return data
    raise AssertionError(f"unknown kind {kind}")  # a generator bug, not bad input


def _two_strings(data: bytes, start: int, message: str, name: str, offset: int) -> tuple[str, str]:
    """``name NUL value NUL`` of NAMEDARRAY."""
    first = data.find(0, start)
    if first < 0 or not data.endswith(b"\0") or first == len(data) - 1:
        raise _named_error(message, name, offset)
    return text(data[start:first]), text(data[first + 1 : -1])


def _named_error(message: str, name: str, offset: int) -> DecodeError:
    return DecodeError(
        "expected a NUL-terminated name followed by a NUL-terminated value",
        message=message,
        field=name,
        offset=offset,
    )


def task_id(raw: bytes) -> TaskID:
    """A TASKID of the fixed part."""
    return TaskID(*_TASKID.unpack(raw))


def fixed_string(raw: bytes) -> str:
    """A fixed-size STRING of the fixed part: the text up to the first NUL."""
    end = raw.find(0)
    return text(raw if end < 0 else raw[:end])


FixedFields = Sequence[tuple[str, str, int]]  # (field name, struct format, end offset)


def truncated(message: str, fields: FixedFields, have: int) -> DecodeError:
    """The error for a fixed part cut short: names the first field that does not fit."""
    for name, _fmt, stop in fields:
        if stop > have:
            return DecodeError(
                f"message ends at byte {have}, inside the fixed part",
                message=message,
                field=name,
                offset=have,
            )
    return DecodeError("fixed part truncated", message=message, offset=have)


def missing(message: str, field: str, offset: int) -> DecodeError:
    return MissingFieldError(
        "required floating field is missing", message=message, field=field, offset=offset
    )


def group_mismatch(
    message: str, group: str, count_field: str, count: int, members: dict[str, int], offset: int
) -> DecodeError:
    found = ", ".join(f"{name} x{n}" for name, n in members.items())
    return DecodeError(
        f"{count_field} = {count} but the floating part has {found}",
        message=message,
        field=group,
        offset=offset,
    )


def listed(value: list[T] | None) -> list[T]:
    return value if value is not None else []


Decoder = Callable[[bytes, int], Message]


def decode_frame(
    frame: bytes | bytearray | memoryview, decoders: dict[int, Decoder], max_size: int
) -> Message:
    """Decode one whole frame (8-byte header + body) with the version's decoders."""
    buf = frame if type(frame) is bytes else bytes(frame)
    size = len(buf)
    if size < HEADER_SIZE:
        raise DecodeError(f"{size} byte(s), shorter than the 8-byte message header")
    length, message_type = _HEADER.unpack_from(buf)
    if length + HEADER_SIZE != size:
        raise DecodeError(
            f"MessageLength says {length} body bytes but the frame holds {size - HEADER_SIZE}",
            field="MessageLength",
            offset=0,
        )
    if size > max_size:
        raise DecodeError(
            f"message of {size} bytes exceeds this version's maximum of {max_size}",
            field="MessageLength",
            offset=0,
        )
    decode = decoders.get(message_type)
    if decode is None:
        return UnknownMessage(message_type, buf[HEADER_SIZE:])
    return decode(buf, size)


# ---------------------------------------------------------------------------------------------
# Encoding


def frame(message_type: int, parts: Iterable[bytes]) -> bytes:
    """The header and the body made of ``parts``."""
    body = b"".join(parts)
    return _HEADER.pack(len(body), message_type) + body


# The generated encoders' optimistic path (see "How the encoders write" in a generated module):
# a 1-byte length as bytes, a 2-byte tag and length, and the packers of the integer types.
LEN1: tuple[bytes, ...] = tuple(bytes((n,)) for n in range(256))
HEAD2: Callable[[int, int], bytes] = _WIDE_FLOATING_HEADER.pack
UNPACK_HEAD2: Callable[[bytes, int], tuple[Any, ...]] = _WIDE_FLOATING_HEADER.unpack_from
PACK_UCHAR: Callable[[int], bytes] = _INT_STRUCT[UCHAR].pack
PACK_CHAR: Callable[[int], bytes] = _INT_STRUCT[CHAR].pack
PACK_USHORT: Callable[[int], bytes] = _INT_STRUCT[USHORT].pack
PACK_SHORT: Callable[[int], bytes] = _INT_STRUCT[SHORT].pack
PACK_UINT: Callable[[int], bytes] = _INT_STRUCT[UINT].pack
PACK_INT: Callable[[int], bytes] = _INT_STRUCT[INT].pack
PACK_BOOL: Callable[[int], bytes] = _INT_STRUCT[BOOL].pack
PACK_TIME: Callable[[int], bytes] = _INT_STRUCT[TIME].pack
# The decoders' inline loop reads single integer fields with these (BOOL converts: not here).
Unpacker = Callable[[bytes, int], tuple[Any, ...]]
UNPACK_UCHAR: Unpacker = _INT_STRUCT[UCHAR].unpack_from
UNPACK_CHAR: Unpacker = _INT_STRUCT[CHAR].unpack_from
UNPACK_USHORT: Unpacker = _INT_STRUCT[USHORT].unpack_from
UNPACK_SHORT: Unpacker = _INT_STRUCT[SHORT].unpack_from
UNPACK_UINT: Unpacker = _INT_STRUCT[UINT].unpack_from
UNPACK_INT: Unpacker = _INT_STRUCT[INT].unpack_from
UNPACK_TIME: Unpacker = _INT_STRUCT[TIME].unpack_from


def too_long(frame: bytes, message: str, max_size: int) -> EncodeError:
    return EncodeError(
        f"encodes to {len(frame)} bytes, more than this version's maximum of {max_size}",
        message=message,
    )


def pack_fixed(packer: struct.Struct, fields: FixedFields, message: str, *values: Any) -> bytes:
    """Pack the fixed part; on failure, name the field whose value does not fit its type."""
    try:
        return packer.pack(*values)
    except struct.error:
        pass
    for (name, fmt, _stop), value in zip(fields, values, strict=True):
        if not isinstance(value, int) and fmt[-1] != "s":
            raise EncodeError(
                f"expected an int, got {type(value).__name__}", message=message, field=name
            )
        try:
            struct.pack(">" + fmt, value)
        except struct.error:
            raise EncodeError(
                f"{value!r} is out of range for its type", message=message, field=name
            ) from None
    raise AssertionError("struct refused values that each packed alone")


def encode_fixed_string(value: object, size: int, message: str, field: str) -> bytes:
    """A fixed-size STRING: the text, a NUL and NUL padding up to ``size`` bytes."""
    data = _text_bytes(value, message, field)
    if len(data) + 1 > size:
        raise EncodeError(
            f"{len(data)} bytes plus the NUL exceed the field's {size} bytes",
            message=message,
            field=field,
        )
    return data.ljust(size, b"\0")


def pack_task_id(value: object, message: str, field: str) -> bytes:
    """A TASKID of the fixed part, as the 12 bytes the fixed-part struct carries."""
    if not isinstance(value, TaskID):
        raise EncodeError("expected a TaskID", message=message, field=field)
    try:
        return _TASKID.pack(value.group_high, value.group_low, value.sequence_number)
    except struct.error:
        raise EncodeError("TaskID value out of range", message=message, field=field) from None


def encode_fixed_bytes(value: object, size: int, message: str, field: str) -> bytes:
    """A fixed-size UNSPEC of the fixed part: exactly ``size`` bytes."""
    if not isinstance(value, bytes) or len(value) != size:
        raise EncodeError(f"expected {size} bytes", message=message, field=field)
    return value


def _text_bytes(value: object, message: str, field: str) -> bytes:
    if not isinstance(value, str):
        raise EncodeError(f"expected str, got {type(value).__name__}", message=message, field=field)
    try:
        return value.encode(_ENCODING, _ERRORS)
    except UnicodeEncodeError as exc:
        raise EncodeError(
            f"cannot encode text: {exc.reason}", message=message, field=field
        ) from None


def _header(tag: int, length: int, wide: bool, message: str, field: str) -> bytes:
    limit, width = (65535, "2-byte") if wide else (255, "1-byte")
    if length > limit:
        raise EncodeError(
            f"{length} data bytes do not fit a {width} floating field length",
            message=message,
            field=field,
        )
    if not (isinstance(tag, int) and 0 <= tag <= limit):
        raise EncodeError(f"tag {tag!r} does not fit a {width} tag", message=message, field=field)
    return _WIDE_FLOATING_HEADER.pack(tag, length) if wide else bytes((tag, length))


def put(kind: int, tag: int, value: Any, size: int, wide: bool, message: str, field: str) -> bytes:
    """One floating field (header and data) of the given kind."""
    if value is None:
        raise EncodeError("required floating field is missing", message=message, field=field)
    data: bytes
    if kind == STRING:
        data = _text_bytes(value, message, field) + b"\0"
    elif kind == UNSPEC:
        if not isinstance(value, bytes | bytearray):
            raise EncodeError(
                f"expected bytes, got {type(value).__name__}", message=message, field=field
            )
        data = bytes(value)
    elif kind <= TIME:
        if not isinstance(value, int):
            raise EncodeError(
                f"expected an int, got {type(value).__name__}", message=message, field=field
            )
        try:
            data = _INT_STRUCT[kind].pack(value)
        except struct.error:
            raise EncodeError(
                f"{value!r} is out of range for its type", message=message, field=field
            ) from None
    elif kind == NAMEDVAR:
        if not isinstance(value, NamedVar):
            raise EncodeError("expected a NamedVar", message=message, field=field)
        data = (
            _text_bytes(value.name, message, field)
            + b"\0"
            + _text_bytes(value.value, message, field)
            + b"\0"
        )
    elif kind == NAMEDARRAY:
        if not isinstance(value, NamedArray):
            raise EncodeError("expected a NamedArray", message=message, field=field)
        if not 0 <= value.index <= 255:
            raise EncodeError("array index out of range 0..255", message=message, field=field)
        data = (
            bytes((value.index,))
            + _text_bytes(value.name, message, field)
            + b"\0"
            + _text_bytes(value.value, message, field)
            + b"\0"
        )
    elif kind == TASKID:
        if not isinstance(value, TaskID):
            raise EncodeError("expected a TaskID", message=message, field=field)
        try:
            data = _TASKID.pack(value.group_high, value.group_low, value.sequence_number)
        except struct.error:
            raise EncodeError("TaskID value out of range", message=message, field=field) from None
    elif kind == APPPATHID:
        if not isinstance(value, bytes) or len(value) != SIZE["APPPATHID"]:
            raise EncodeError("expected 5 bytes", message=message, field=field)
        data = value
    else:
        raise AssertionError(f"unknown kind {kind}")
    if len(data) > size:
        raise EncodeError(
            f"{len(data)} bytes exceed the maximum of {size}", message=message, field=field
        )
    return _header(tag, len(data), wide, message, field) + data


def put_unknown(field: object, wide: bool, message: str) -> bytes:
    """A field kept from a decoded message with a tag the message does not define."""
    if not isinstance(field, UnknownField) or not isinstance(field.data, bytes):
        raise EncodeError(
            "expected UnknownField(tag, bytes)", message=message, field="unknown_fields"
        )
    return _header(field.tag, len(field.data), wide, message, "unknown_fields") + field.data


def named_total(parts: Sequence[bytes], limit: int, wide: bool, message: str, field: str) -> None:
    """Refuse NamedVariable/NamedArray data beyond the guide's combined limit.

    The guide says "subject to a combined total limit of 2000 bytes" without saying whether the
    tag/length bytes count; ctiwire counts the data bytes (the FieldLength values).
    """
    head = 4 if wide else 2
    total = sum(len(p) - head for p in parts)
    if total > limit:
        raise EncodeError(
            f"NamedVariable/NamedArray data total {total} bytes, limit {limit}",
            message=message,
            field=field,
        )


def sequence(value: object, message: str, field: str) -> tuple[Any, ...]:
    """A repeated field's values (a tuple or list; a str or bytes is not a sequence here)."""
    if not isinstance(value, tuple | list):
        raise EncodeError("expected a tuple of values", message=message, field=field)
    return tuple(value)


def values(value: object, maximum: int, message: str, field: str) -> tuple[Any, ...]:
    """The values of a repeated member of a record: a tuple of at most ``maximum``."""
    found = sequence(value, message, field)
    if len(found) > maximum:
        raise EncodeError(
            f"{len(found)} values, the maximum is {maximum}", message=message, field=field
        )
    return found


def count_of(groups: Sequence[Sequence[Any]], message: str, fields: str) -> int:
    """The one number of values that members counted by the same field must share."""
    lengths = {len(g) for g in groups}
    if len(lengths) > 1:
        raise EncodeError(
            f"counted by one field, so they need as many values each (have {sorted(lengths)})",
            message=message,
            field=fields,
        )
    return lengths.pop()


def check_group(
    value: object, entry: type, maximum: int, message: str, field: str
) -> tuple[Any, ...]:
    if not isinstance(value, tuple | list):
        raise EncodeError("expected a tuple of entries", message=message, field=field)
    if len(value) > maximum:
        raise EncodeError(
            f"{len(value)} entries, the maximum is {maximum}", message=message, field=field
        )
    for item in value:
        if not isinstance(item, entry):
            raise EncodeError(f"entries must be {entry.__name__}", message=message, field=field)
    return tuple(value)


# ---------------------------------------------------------------------------------------------
# Building instances fast


# A twin's attributes are set the plain way: object's own __setattr__ (CPython then uses the C
# slot directly), not the frozen one the classes inherit.
_PLAIN = {"__setattr__": object.__setattr__, "__delattr__": object.__delattr__}


def builder(cls: type) -> type:
    """A mutable twin of a frozen, slotted class, for the decoders.

    A frozen class's ``__init__`` sets each field through ``object.__setattr__``, which makes
    building a 40-field event several times slower than the rest of decoding. A decoder calls
    this twin (same slots, same layout, no ``__init__``: calling it is cheaper than
    ``object.__new__``), assigns the fields directly, and then sets its ``__class__`` to ``cls``
    (legal: same layout), which makes it a genuine ``cls`` instance: same fields, equality,
    hash, repr and immutability.
    """
    names: tuple[str, ...] = cls.__slots__  # type: ignore[attr-defined]
    return type(cls.__name__, cls.__bases__, {"__slots__": names, **_PLAIN})


def fast_constructor(cls: type[T]) -> Callable[..., T]:
    """A positional constructor for a frozen, slotted class, for the decoders.

    A frozen class's ``__init__`` sets each field through ``object.__setattr__``, which makes
    building a 40-field event about seven times slower than the rest of decoding. This builds a
    twin class with the same slots and a plain ``__init__`` that ends by re-branding the new
    object as ``cls`` (legal because the layouts are identical). The result is a genuine ``cls``
    instance: same fields, equality, hash, repr and immutability.
    """
    names: tuple[str, ...] = cls.__slots__  # type: ignore[attr-defined]
    args = ", ".join(names)
    body = "".join(f"    self.{name} = {name}\n" for name in names)
    source = f"def __init__(self, {args}):\n{body}    self.__class__ = _cls\n"
    namespace: dict[str, Any] = {"_cls": cls}
    exec(source, namespace)  # noqa: S102 - source built from identifiers only
    twin = type(
        cls.__name__,
        cls.__bases__,
        {"__slots__": names, "__init__": namespace["__init__"], **_PLAIN},
    )
    return twin


# The value types decoders build most, without the frozen dataclass __init__.
_new_named_var = fast_constructor(NamedVar)
_new_named_array = fast_constructor(NamedArray)
_new_task_id = fast_constructor(TaskID)
_new_unknown_field = fast_constructor(UnknownField)

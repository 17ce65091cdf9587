"""Messages as JSON-ready dictionaries, for people and for line-oriented tools.

One conversion serves ``ctiwire decode``, ``ctiwire monitor --json`` and anything else that logs
messages::

    {"message": "OPEN_REQ", "type": 3, "fields": {"invoke_id": 1, ...}}

* Field names are the Python attribute names of the generated classes.
* An enum value is its name (``"AGENT_STATE_TALKING"``); a value the enum does not know stays the
  number it is.
* A mask is the list of its bit names; bits the mask does not name appear as hex strings
  (``"0x00004000"``) so that nothing on the wire is hidden.
* Bytes are lower-case hex. A field declared secret (ClientPassword, AgentPassword: the generated
  classes keep them out of ``repr``) is replaced by ``"***"``.
* Absent optional fields (``None``) and repeated fields without entries (empty tuples, such as
  ``unknown_fields`` or ``named_variables``) are left out to keep lines short.

:func:`ctiwire.jsontext.message_to_json` writes the same as one line of text, faster.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import operator
from collections.abc import Callable, Mapping
from typing import Any

from .types import Message, UnknownMessage

__all__ = ["MASKED", "json_line", "message_to_dict", "value_to_json"]

MASKED = "***"


def message_to_dict(message: Message, names: Mapping[int, str] | None = None) -> dict[str, Any]:
    """The JSON-ready form of ``message``.

    ``names`` (a version module's ``MESSAGE_NAMES``) names an :class:`UnknownMessage` whose number
    the version lists without a format; without it such a message is called ``"UNKNOWN"``.
    """
    if isinstance(message, UnknownMessage):
        number = message.message_type
        name = (names or {}).get(number, "UNKNOWN")
        return {"message": name, "type": number, "body": message.body.hex()}
    return {
        "message": message.MESSAGE_NAME,
        "type": message.MESSAGE_TYPE,
        "fields": _fields(message),
    }


def json_line(value: Any) -> str:
    """``value`` as one line of compact JSON that any UTF-8 output can carry.

    Text is written as it is, except in the rare line with a string that holds bytes that were
    not UTF-8 on the wire (kept as surrogate escapes, PEP 383): that line is written with
    ``\\uXXXX`` escapes, which json.loads turns back into the same string.
    """
    line = _ENCODER.encode(value)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return line


# json.dumps builds an encoder on every call when given options; one is enough.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _fields(obj: Any) -> dict[str, Any]:
    plan = _PLANS.get(type(obj))
    if plan is None:
        plan = _PLANS[type(obj)] = _Plan(type(obj))
    out: dict[str, Any] = {}
    for name, value in zip(plan.names, plan.values(obj), strict=True):
        kind = type(value)
        if kind is int or kind is str:
            out[name] = value
        elif value is None or (kind is tuple and not value):
            continue  # absent, or a repeated field with no entries
        else:
            out[name] = value_to_json(value)
    for name in plan.secret:
        if name in out:
            out[name] = MASKED
    return out


class _Plan:
    """A class's fields, in order, read in one call; and those that are secret: the generator
    marks them ``repr=False``, and the same rule keeps them out of JSON."""

    __slots__ = ("names", "secret", "values")

    def __init__(self, cls: type) -> None:
        fields = dataclasses.fields(cls)
        self.names = tuple(field.name for field in fields)
        self.secret = tuple(field.name for field in fields if not field.repr)
        getter = operator.attrgetter(*self.names) if self.names else (lambda _: ())
        if len(self.names) == 1:
            self.values: Callable[[Any], tuple[Any, ...]] = lambda obj: (getter(obj),)
        else:
            self.values = getter


_PLANS: dict[type, _Plan] = {}


def value_to_json(value: Any) -> Any:
    """One field value in its JSON-ready form (see the module docstring)."""
    kind = type(value)
    if kind is int or kind is str:
        return value
    convert = _CONVERTERS.get(kind)
    if convert is None:
        convert = _CONVERTERS[kind] = _converter(kind)
    return convert(value)


# How each type of value becomes JSON, decided once per type (the hot path of ``monitor --json``
# and of the bridge: a message is mostly ints, strings and enums).
_CONVERTERS: dict[type, Callable[[Any], Any]] = {}


def _converter(kind: type) -> Callable[[Any], Any]:
    if issubclass(kind, bool | str | float) or kind is type(None):
        return _same
    if issubclass(kind, enum.IntFlag):
        return _mask_names
    if issubclass(kind, enum.Enum):
        return _enum_name
    if issubclass(kind, int):
        return _same
    if issubclass(kind, bytes | bytearray | memoryview):
        return _hex
    if issubclass(kind, tuple | list):
        return _items
    if dataclasses.is_dataclass(kind):
        return _fields
    return repr


def _same(value: Any) -> Any:
    return value


def _enum_name(value: enum.Enum) -> Any:
    return value._name_  # what .name returns, without the property's cost


def _hex(value: bytes | bytearray | memoryview) -> str:
    return bytes(value).hex()


def _items(value: tuple[Any, ...] | list[Any]) -> list[Any]:
    return [value_to_json(item) for item in value]


def _mask_names(value: enum.IntFlag) -> list[str]:
    key = (type(value), int(value))
    names = _MASK_NAMES.get(key)
    if names is None:
        if len(_MASK_NAMES) >= _MASK_NAMES_KEPT:
            _MASK_NAMES.clear()
        names = _MASK_NAMES[key] = _bit_names(value)
    return list(names)


_MASK_NAMES: dict[tuple[type, int], tuple[str, ...]] = {}
_MASK_NAMES_KEPT = 4096  # masks seen in practice are few; the cache only guards its size


def _bit_names(value: enum.IntFlag) -> tuple[str, ...]:
    names: list[str] = []
    known = 0
    for member in type(value):
        if member.value and value & member.value == member.value:
            names.append(str(member.name))
            known |= member.value
    rest = int(value) & ~known
    bit = 1
    while rest:
        if rest & bit:
            names.append(f"0x{bit:08x}")
            rest &= ~bit
        bit <<= 1
    return tuple(names)

"""The JSON text of a message's fields, written by a function compiled for its class.

:func:`fields_json` returns exactly ``json_line(message_to_dict(message)["fields"])`` (see
:mod:`ctiwire.jsonview`, which defines the form), about four times faster: it is the hot path of
``ctiwire bridge`` and ``monitor --json``, which turn every event into JSON.

Why compiled: most fields of a message are integers and strings, whose JSON needs no decision
but a check of the value's type. For each class, on its first use, a function is built from the
class's own annotations (``int``, ``str``, ``str | None``, ...) that reads every field and writes
the text in one f-string. Nothing is built at import, so the version modules cost no more to
import, and the generated classes stay as they are.

A value of another type than its annotation says (an application may build a message with an
``IntEnum`` in an ``int`` field, or ``None``) makes the compiled function give up, and the
general path of :mod:`ctiwire.jsonview` writes that message: the text is always the same as
that path's.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
from collections.abc import Callable, Mapping
from json.encoder import encode_basestring as _quote  # written in C
from typing import Any

from .jsonview import MASKED, json_line, message_to_dict, value_to_json
from .types import Message, UnknownMessage

__all__ = ["fields_json", "message_to_json"]

Writer = Callable[[Any], "str | None"]


def message_to_json(message: Message, names: Mapping[int, str] | None = None) -> str:
    """``json_line(message_to_dict(message, names))``: one line of JSON, no newline."""
    if isinstance(message, UnknownMessage):
        return json_line(message_to_dict(message, names))
    line = (
        f'{{"message":"{message.MESSAGE_NAME}","type":{message.MESSAGE_TYPE},'
        f'"fields":{fields_json(message)}}}'
    )
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # text that was not UTF-8 on the wire: json_line escapes it
        return json_line(message_to_dict(message, names))
    return line


def fields_json(obj: Any) -> str:
    """The JSON object of ``obj``'s fields (a message or a group entry), as
    :func:`ctiwire.jsonview.json_line` writes it before its check that the text is UTF-8: a
    string holding surrogate escapes is written as it is (:func:`message_to_json` checks)."""
    writer = _WRITERS.get(type(obj))
    if writer is None:
        writer = _WRITERS[type(obj)] = _compile(type(obj))
    text = writer(obj)
    if text is None:  # a value of another type than its annotation says
        return _GENERAL(value_to_json(obj))
    return text


_WRITERS: dict[type, Writer] = {}
_GENERAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


# How a field's value is written, by the annotation of the field: (the condition the value
# must meet, the f-string part). ``{v}`` is the value, ``{k}`` the text ``,"name":``, ``{e}``
# the enum of an ``Enum | int`` annotation (a number the enum does not know stays a number).
_PLAIN: dict[str, tuple[str, str]] = {
    "int": ("type({v}) is int", "{{{k}}}{{{v}}}"),
    "str": ("type({v}) is str", "{{{k}}}{{_quote({v})}}"),
    "int | None": (
        "({v} is None or type({v}) is int)",
        "{{'' if {v} is None else {k} + str({v})}}",
    ),
    "str | None": (
        "({v} is None or type({v}) is str)",
        "{{'' if {v} is None else {k} + _quote({v})}}",
    ),
    "enum | int": (
        "(type({v}) is int or type({v}) is {e})",
        "{{{k}}}{{{v} if type({v}) is int else _quote({v}._name_)}}",
    ),
    "enum | int | None": (
        "({v} is None or type({v}) is int or type({v}) is {e})",
        "{{'' if {v} is None else {k} + (str({v}) if type({v}) is int else _quote({v}._name_))}}",
    ),
}


def _kind(cls: type, annotation: Any) -> tuple[str, type | None] | None:
    """The key of :data:`_PLAIN` for a field of ``cls`` annotated ``annotation``, and the enum
    of an ``Enum | int`` annotation; ``None`` for the other annotations (masks among them)."""
    if not isinstance(annotation, str):
        return None
    if annotation in _PLAIN:
        return annotation, None
    name, _, rest = annotation.partition(" | ")
    if rest not in ("int", "int | None"):
        return None
    named = getattr(sys.modules.get(cls.__module__), name, None)
    if (
        isinstance(named, type)
        and issubclass(named, enum.Enum)
        and not issubclass(named, enum.Flag)
    ):
        return f"enum | {rest}", named
    return None


def _compile(cls: type) -> Writer:
    """The writer of ``cls``'s fields (see the module docstring)."""
    checks: list[str] = []
    parts: list[str] = []
    namespace: dict[str, Any] = {"_quote": _quote, "_part": _part, "_secret": _secret}
    defaults: list[str] = []
    names: list[str] = []
    for i, field in enumerate(dataclasses.fields(cls)):
        v, k, e = f"v{i}", f"k{i}", f"e{i}"
        names.append(v)
        namespace[k] = f",{json.dumps(field.name)}:"
        defaults.append(k)
        kind = _kind(cls, field.type)
        if not field.repr:  # secret: the generated classes keep it out of repr, and JSON
            parts.append(f"{{_secret({k}, {v})}}")
        elif kind is not None:
            check, part = _PLAIN[kind[0]]
            checks.append(check.format(v=v, e=e))
            parts.append(part.format(v=v, k=k))
            if kind[1] is not None:
                namespace[e] = kind[1]
                defaults.append(e)
        else:
            parts.append(f"{{_part({k}, {v})}}")
    if not names:
        return lambda obj: "{}"
    reads = ", ".join(f"obj.{field.name}" for field in dataclasses.fields(cls))
    signature = ", ".join(["obj", *(f"{name}={name}" for name in defaults)])
    source = [f"def write({signature}):", f"    {', '.join(names)}, = {reads},"]
    if checks:
        source.append(f"    if not ({' and '.join(checks)}):")
        source.append("        return None")
    source.append(f'    return "{{" + f"{"".join(parts)}"[1:] + "}}"')
    exec("\n".join(source), namespace)  # noqa: S102  # source built above from field names
    writer: Writer = namespace["write"]
    return writer


def _secret(key: str, value: Any) -> str:
    if value is None or (type(value) is tuple and not value):
        return ""
    return f'{key}"{MASKED}"'


def _part(key: str, value: Any) -> str:
    """A field whose annotation has no compiled form: an enum, a mask, bytes, a group..."""
    kind = type(value)
    if kind is int:
        return key + str(value)
    if value is None or (kind is tuple and not value):
        return ""  # absent, or a repeated field with no entries
    write = _VALUES.get(kind)
    if write is None:
        write = _VALUES[kind] = _value_writer(kind)
    return key + write(value)


_VALUES: dict[type, Callable[[Any], str]] = {}


def _value_writer(kind: type) -> Callable[[Any], str]:
    if issubclass(kind, enum.Enum) and not issubclass(kind, enum.Flag):
        return _enum_name  # a member: a mask's unnamed combinations are lists
    if kind is tuple:
        return _items
    if dataclasses.is_dataclass(kind):
        return fields_json
    return _general


def _enum_name(value: enum.Enum) -> str:
    return _quote(value._name_)


def _items(value: tuple[Any, ...]) -> str:
    """A repeated field or a group: each entry written as a field of its type would be."""
    out = []
    for item in value:
        kind = type(item)
        if kind is int:
            out.append(str(item))
        elif kind is str:
            out.append(_quote(item))
        else:
            write = _VALUES.get(kind)
            if write is None:
                write = _VALUES[kind] = _value_writer(kind)
            out.append(write(item))
    return f"[{','.join(out)}]"


def _general(value: Any) -> str:
    return _GENERAL(value_to_json(value))

"""Value types shared by every generated protocol module.

The generated message classes are frozen, slotted and compared by value, exactly like frozen
dataclasses (``dataclasses.fields``, ``replace`` and ``asdict`` work on them), but their methods
are written out in the generated source instead of being built by ``@dataclass`` at import:
building some 200 dataclasses cost about 300 ms per protocol version, the methods written out
cost almost nothing. :class:`Frozen` holds what every such class shares; :func:`value_class`
gives a generated class its dataclass metadata.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import FrozenInstanceError, dataclass
from typing import Any, ClassVar, TypeVar, dataclass_transform

__all__ = [
    "Frozen",
    "Message",
    "GeneratedMessage",
    "Entry",
    "UnknownMessage",
    "UnknownField",
    "NamedVar",
    "NamedArray",
    "TaskID",
    "value_class",
]

F = TypeVar("F", bound="Frozen")


class Frozen:
    """A frozen, slotted value: the fields are the concrete class's ``__slots__``, in order.

    Equality and hashing use the field values (objects of the same class only); ``repr`` leaves
    out the fields named in ``SECRET`` (passwords).
    """

    __slots__ = ()
    SECRET: ClassVar[frozenset[str]] = frozenset()
    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in _fields(type(self))])

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Frozen) and other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        secret = self.SECRET
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in _fields(type(self)) if name not in secret
        )
        return f"{type(self).__qualname__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self._values()))


def _fields(cls: type[Frozen]) -> tuple[str, ...]:
    """The field names of a generated class: its own ``__slots__``, in wire order."""
    names: tuple[str, ...] = cls.__dict__["__slots__"]
    return names


def _restore(cls: type[F], values: tuple[Any, ...]) -> F:
    """Unpickle a :class:`Frozen` value (module level, so that pickle finds it)."""
    obj = object.__new__(cls)
    for name, value in zip(_fields(cls), values, strict=True):
        object.__setattr__(obj, name, value)
    if isinstance(obj, Message):
        object.__setattr__(obj, "_frame", None)
    return obj


def value_class(cls: type[F]) -> type[F]:
    """Give a generated class the metadata of a frozen dataclass.

    The fields, their defaults and their types are read from what the generated source already
    states (``__slots__``, ``__init__``'s defaults, the annotations), so nothing is written twice.
    """
    init = cls.__init__
    kw_defaults = init.__kwdefaults__ or {}
    positional = init.__code__.co_varnames[1 : init.__code__.co_argcount]
    defaults = dict(zip(reversed(positional), reversed(init.__defaults__ or ()), strict=False))
    annotations = cls.__annotations__
    fields: dict[str, dataclasses.Field[Any]] = {}
    for name in _fields(cls):
        default = kw_defaults.get(name, defaults.get(name, dataclasses.MISSING))
        f: dataclasses.Field[Any] = dataclasses.field(
            default=default, repr=name not in cls.SECRET, kw_only=name not in positional
        )
        f.name = name
        f.type = annotations.get(name, Any)
        f._field_type = dataclasses._FIELD  # type: ignore[attr-defined]  # what fields() selects
        fields[name] = f
    cls.__dataclass_fields__ = fields
    setattr(cls, "__match_args__", tuple(n for n in _fields(cls) if n in positional))  # noqa: B010
    return cls


class Message(Frozen):
    """Base class of every message class (generated ones and :class:`UnknownMessage`).

    A decoded message remembers the frame it came from: :func:`encode` returns that frame
    unchanged, so whatever a version's ``decode`` accepts, its ``encode`` reproduces byte for
    byte, even a value beyond a limit of the guide that a server sent. A message built by the
    application (or changed with ``dataclasses.replace``) has no frame and is checked against
    every limit when encoded.
    """

    __slots__ = ("_frame",)
    _frame: bytes | None
    MESSAGE_TYPE: ClassVar[int]
    MESSAGE_NAME: ClassVar[str]
    DIRECTION: ClassVar[str]
    """"client_to_server", "server_to_client" or "both" (from the spec)."""


@dataclass_transform(kw_only_default=True, frozen_default=True)
class GeneratedMessage(Message):
    """Base class of the generated message classes (keyword-only, frozen: to a type checker,
    frozen dataclasses)."""

    __slots__ = ()
    GROUP_ENTRIES: ClassVar[Mapping[str, type[Entry]]] = {}
    """The entry class of each repeated group whose entries are objects (field -> class), for
    code that builds messages from plain data (JSON, the simulator)."""
    RECORDS: ClassVar[tuple[str, str, str | None] | None] = None
    """A configuration event's records: (the records field, the field of a record that names
    it, the field giving a changed record's previous name or ``None``), from the spec: two
    records with the same key are the same record (see :class:`ctiwire.directory.Directory`)."""


@dataclass_transform(frozen_default=True)
class Entry(Frozen):
    """Base class of the generated classes of one entry of a repeated group."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class UnknownMessage(Message):
    """A message whose number this protocol version does not define (or whose format the
    reference does not give): the body is kept as is and re-encoded unchanged."""

    MESSAGE_NAME: ClassVar[str] = "UNKNOWN"
    DIRECTION: ClassVar[str] = "both"
    message_type: int
    body: bytes = b""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_frame", None)


@dataclass(frozen=True, slots=True)
class UnknownField:
    """A floating field with a tag this message does not define, kept in arrival order."""

    tag: int
    data: bytes


@dataclass(frozen=True, slots=True)
class NamedVar:
    """NAMEDVAR: a named call context variable (Expanded Call Variable)."""

    name: str
    value: str


@dataclass(frozen=True, slots=True)
class NamedArray:
    """NAMEDARRAY: one element of a named call context array variable."""

    index: int
    name: str
    value: str


@dataclass(frozen=True, slots=True)
class TaskID:
    """TASKID: the Task Group ID (high and low 4 bytes) and the sequence number."""

    group_high: int
    group_low: int
    sequence_number: int

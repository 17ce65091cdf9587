"""Value types shared by every generated protocol module."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

__all__ = ["Message", "UnknownMessage", "UnknownField", "NamedVar", "NamedArray", "TaskID"]


class Message:
    """Base class of every message class (generated ones and :class:`UnknownMessage`)."""

    __slots__ = ()
    MESSAGE_TYPE: ClassVar[int]
    MESSAGE_NAME: ClassVar[str]
    DIRECTION: ClassVar[str]
    """"client_to_server", "server_to_client" or "both" (from the spec)."""


@dataclass(frozen=True, slots=True)
class UnknownMessage(Message):
    """A message whose number this protocol version does not define (or whose format the
    reference does not give): the body is kept as is and re-encoded unchanged."""

    MESSAGE_NAME: ClassVar[str] = "UNKNOWN"
    DIRECTION: ClassVar[str] = "both"
    message_type: int
    body: bytes = b""


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

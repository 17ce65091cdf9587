"""Version-neutral messages: what the simulator means to send, before a protocol version is chosen.

The switch describes each message once, as a :class:`Draft`: the guide's message name and the
values of its fields by Python field name, carrying every field *any* version has. Each session
renders it in its own version, whose generated class takes the fields it has and leaves the
others::

    draft = Draft("AGENT_STATE_EVENT", {"agent_state": AgentState.AGENT_STATE_TALKING,
                                        "direction": 1, "department_id": 2, ...})
    draft.render(ctiwire.v15)        # AgentStateEvent of Version 15: no direction, no department
    draft.render(ctiwire.v24)        # ... of Version 24: both (rendered once, then cached)
    arguments(draft, ctiwire.v19)    # the keyword arguments of v19's class (for accept_open)

So what differs between versions comes from the spec, through the generated classes (their
dataclass fields and ``GROUP_ENTRIES``), never from a test of the version number here.

* A repeated group is a sequence of entries, each a mapping of the entry's field names (or an
  entry object); they become the version's entry class (``cls.GROUP_ENTRIES``), keeping the
  fields that class has.
* Enum values (the simulator's constants are Version 15's) become the member of the same name
  in the version's enum of the same name, so a value the spec renumbers is sent with the
  version's number (CALLTYPE_NON_ACD is 27 in Version 15, 38 from 19); a value the version
  lacks is sent as its number. Mask values keep their bits, in the version's mask class.
* :meth:`Draft.render` caches per version: a notice rendered for 500 sessions of one version is
  built once.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from ctiwire.types import Message

__all__ = ["Draft", "arguments", "message_class", "supports"]


@dataclass(frozen=True, slots=True)
class Draft:
    """One message in no particular version: ``name`` is the guide's (``"OPEN_CONF"``)."""

    name: str
    fields: Mapping[str, Any]
    _rendered: dict[int, Message] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def render(self, module: ModuleType) -> Message:
        """This message in the protocol version ``module`` (``ctiwire.v24``); :class:`KeyError`
        if that version has no such message (see :func:`supports`)."""
        version: int = module.PROTOCOL_VERSION
        message = self._rendered.get(version)
        if message is None:
            cls = message_class(module, self.name)
            message = self._rendered[version] = cls(**_arguments(cls, self.fields, module))
        return message


def supports(module: ModuleType, name: str) -> bool:
    """Whether the protocol version ``module`` has the message ``name``."""
    return name in _classes(module)


def message_class(module: ModuleType, name: str) -> type[Message]:
    """The class of message ``name`` in ``module``."""
    return _classes(module)[name]


def arguments(draft: Draft, module: ModuleType) -> dict[str, Any]:
    """The keyword arguments of ``module``'s class for ``draft``: the fields it has, in its
    types (for APIs that build the message themselves, like ``ServerSession.accept_open``)."""
    return _arguments(message_class(module, draft.name), draft.fields, module)


@cache
def _classes(module: ModuleType) -> dict[str, type[Message]]:
    messages: Mapping[int, type[Message]] = module.MESSAGES
    return {cls.MESSAGE_NAME: cls for cls in messages.values()}


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def _arguments(cls: type, values: Mapping[str, Any], module: ModuleType) -> dict[str, Any]:
    names = _field_names(cls)
    entries: Mapping[str, type] = getattr(cls, "GROUP_ENTRIES", {})
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in names:
            continue
        entry = entries.get(name)
        if entry is not None:
            out[name] = tuple(_entry(entry, e, module) for e in value)
        else:
            out[name] = _value(value, module)
    return out


def _entry(cls: type, value: Any, module: ModuleType) -> Any:
    if isinstance(value, cls):
        return value
    if not isinstance(value, Mapping):  # an entry object of another version
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    return cls(**_arguments(cls, value, module))


def _value(value: Any, module: ModuleType) -> Any:
    if isinstance(value, (enum.IntEnum, enum.IntFlag)):
        own = getattr(module, type(value).__name__, None)
        if not (isinstance(own, type) and issubclass(own, enum.Enum)):
            return int(value)
        if isinstance(value, enum.IntFlag):  # mask bits keep their numbers
            return own(int(value))
        member = own.__members__.get(value.name or "")
        return member if member is not None else int(value)
    if isinstance(value, tuple) and value and isinstance(value[0], (enum.IntEnum, enum.IntFlag)):
        return tuple(_value(v, module) for v in value)
    return value

"""The configuration a client acquires (Protocol Version 19 and later), kept current.

The CTI Server sends its configuration (agents, skill groups, services, devices, call types,
media routing domains, peripherals, agent desk settings, agent services, terminals) as
CONFIG_*_EVENT messages of records, each an add, change or delete, first as the initial upload
between CONFIG_BEGIN_EVENT and CONFIG_END_EVENT, then as updates whenever the configuration
changes. A :class:`Directory` applies them all and answers questions about the result::

    config = await client.configuration()            # the initial upload (ctiwire.Client)
    directory = Directory.from_upload(config)
    async for event in client.events():
        if isinstance(event, UnsolicitedEvent):
            directory.apply(event.message)           # updates; other messages are ignored
    agent = directory.agents["1001"]                 # by LoginID
    [sg.peripheral_name for sg in directory.skill_groups_of(agent)]

Which field names a record (its key: LoginID for agents, PeripheralNumber for skill groups and
services, ...) comes from the spec (the generated classes' ``RECORDS``), not from this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .types import Message

__all__ = ["Configuration", "Directory", "Change"]

ADD, CHANGE, DELETE = 0, 1, 2  # ConfigRecordType (the same in every version)


@dataclass(frozen=True, slots=True)
class Configuration:
    """An initial upload: CONFIG_BEGIN_EVENT, the CONFIG_*_EVENT messages in the order they
    came, CONFIG_END_EVENT (whose ConfigEndStatus says whether it is complete)."""

    begin: Message
    events: tuple[Message, ...]
    end: Message

    def records(self, message_name: str) -> list[Any]:
        """Every record of the upload's messages of one kind (``"CONFIG_AGENT_EVENT"``)."""
        out: list[Any] = []
        for message in self.events:
            spec = _records(message)
            if message_name == message.MESSAGE_NAME and spec is not None:
                out.extend(getattr(message, spec[0]))
        return out


@dataclass(frozen=True, slots=True)
class Change:
    """What applying one record did: ``kind`` is the message name, ``action`` "add",
    "change" or "delete", ``key`` the record's key (``old_key`` its previous one, when a change
    renamed it), ``record`` the record (the removed one for a delete)."""

    kind: str
    action: str
    key: Any
    record: Any
    old_key: Any = None


@dataclass
class Directory:
    """The configuration as tables of records by key, one table per configuration message."""

    tables: dict[str, dict[Any, Any]] = field(default_factory=dict)

    @classmethod
    def from_upload(cls, configuration: Configuration) -> Directory:
        directory = cls()
        directory.apply(configuration.begin)
        for message in configuration.events:
            directory.apply(message)
        return directory

    def apply(self, message: Message) -> list[Change]:
        """Apply a configuration message (anything else is ignored): its records are added,
        changed or deleted by key. CONFIG_BEGIN_EVENT empties the tables of the kinds whose
        full configuration follows."""
        if message.MESSAGE_NAME == "CONFIG_BEGIN_EVENT":
            for name in _kinds(getattr(message, "config_information", 0), message):
                self.tables[name] = {}
            return []
        spec = _records(message)
        if spec is None:
            return []
        records_field, key_field, old_field = spec
        table = self.tables.setdefault(message.MESSAGE_NAME, {})
        changes = []
        for record in getattr(message, records_field):
            key = getattr(record, key_field)
            action = int(getattr(record, "record_type", ADD))
            if action == DELETE:
                removed = table.pop(key, None)
                changes.append(Change(message.MESSAGE_NAME, "delete", key, removed or record))
                continue
            old = getattr(record, old_field) if old_field else None
            if action == CHANGE and old is not None and old != key:
                table.pop(old, None)
            verb = "change" if key in table or (old is not None and action == CHANGE) else "add"
            table[key] = record
            changes.append(Change(message.MESSAGE_NAME, verb, key, record, old))
        return changes

    def table(self, message_name: str) -> Mapping[Any, Any]:
        return MappingProxyType(self.tables.get(message_name, {}))

    @property
    def agents(self) -> Mapping[str, Any]:
        """Agents by LoginID (CONFIG_AGENT_EVENT records)."""
        return self.table("CONFIG_AGENT_EVENT")

    @property
    def skill_groups(self) -> Mapping[int, Any]:
        """Skill groups by PeripheralNumber."""
        return self.table("CONFIG_SKILL_GROUP_EVENT")

    @property
    def services(self) -> Mapping[int, Any]:
        return self.table("CONFIG_SERVICE_EVENT")

    @property
    def devices(self) -> Mapping[int, Any]:
        return self.table("CONFIG_DEVICE_EVENT")

    @property
    def call_types(self) -> Mapping[int, Any]:
        return self.table("CONFIG_CALL_TYPE_EVENT")

    @property
    def peripherals(self) -> Mapping[int, Any]:
        return self.table("CONFIG_PERIPHERAL_EVENT")

    def skill_groups_of(self, agent: Any) -> list[Any]:
        """The skill group records of an agent record's FltSkillGroupNumbers (those known)."""
        groups = self.skill_groups
        numbers: Iterable[int] = getattr(agent, "flt_skill_group_number", ())
        return [groups[n] for n in numbers if n in groups]

    def agents_in(self, skill_group_number: int) -> list[Any]:
        """The agent records whose skill groups include ``skill_group_number``."""
        return [
            agent
            for agent in self.agents.values()
            if skill_group_number in getattr(agent, "flt_skill_group_number", ())
        ]


def _records(message: Message) -> tuple[str, str, str | None] | None:
    spec: tuple[str, str, str | None] | None = getattr(message, "RECORDS", None)
    return spec


def _kinds(information: int, message: Message) -> list[str]:
    """Message names of the kinds a ConfigInformation mask selects: bit CONFIG_MSG_<KIND>_MASK
    selects CONFIG_<KIND>_EVENT (the names are the guide's; the bits come from the message's
    own version)."""
    mask_class = type(getattr(message, "config_information", 0))
    names = []
    for member in getattr(mask_class, "__members__", {}).values():
        if information & member and member.name.startswith("CONFIG_MSG_"):
            kind = member.name.removeprefix("CONFIG_MSG_").removesuffix("_MASK")
            names.append(f"CONFIG_{kind}_EVENT")
    return names

"""The simulated configuration as Configuration Acquisition records, and its keys.

    snap = snapshot(switch)                 # every kind's records, by identity
    snap.key("agent")                       # 8 bytes, changing whenever the agent records do
    snap.keys()                             # {"agent_config_key": ..., ...}: CONFIG_KEY_EVENT's
    changes(before, after, KIND["agent"])   # [(RecordType, record), ...] for an update block

A *kind* is one kind of configuration (services, skill groups, agents, ...): one
CONFIG_*_EVENT message, one ConfigEventMask bit, and (for most kinds) one configuration key.
:data:`KINDS` lists them in the order the guide says configuration must be sent (Configuration
Acquisition Messages, "Message Order": Service Information, Skill Group, Agent Information, Agent
Services, Device Information, Call Type Information, Media Routing Domain Information, Peripheral
Information, Agent Desk Settings). Which versions have a kind is not said here: a version has it
when its generated module has the message and the mask bit (see :mod:`.acquisition`).

A record is a mapping of the record entry's Python field names, carrying every field any version
has (the version's entry class keeps its own, see :mod:`.drafts`), but not RecordType, which
depends on what is being said about the record (:mod:`.config_events` adds it).

Keys ("Configuration keys": "an 8 byte unique identifier ... to allow the client to determine if
any configuration changes have occurred since they last received the configuration ... The
key(s) should be changed on the server any time when there is a configuration change"): a kind's
key is a digest of its records, so it changes with any change to them, is the same for the same
configuration across simulator runs (a client that saved it has nothing to upload again), and is
never all zero bytes ("Returning any key of all binary 0's will indicate to the client that
particular configuration should be uploaded").
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .config import MRD_VOICE, CallTypeConfig, DeskSettingsConfig, MrdConfig, ServiceConfig
from .core import SwitchCore
from .events import icm_agent_id
from .state import Agent, SkillGroup

__all__ = [
    "AGENT_TYPE_AGENT",
    "AGENT_TYPE_SUPERVISOR",
    "DEVICE_AGENT_EXTENSION",
    "DEVICE_ROUTE_POINT",
    "EMPTY",
    "KIND",
    "KINDS",
    "Kind",
    "Records",
    "Snapshot",
    "agent_mrds",
    "changes",
    "snapshot",
]

Record = Mapping[str, Any]
Records = Mapping[Hashable, Record]
"""One kind's records by identity (what makes two records "the same record")."""

AGENT_TYPE_AGENT = 0
AGENT_TYPE_SUPERVISOR = 1
"""CONFIG_AGENT_EVENT AgentType: the guide names CONFIG_AGENT and CONFIG_SUPERVISOR without
numbers; the simulator numbers them in the order printed."""
DEVICE_AGENT_EXTENSION = 4
DEVICE_ROUTE_POINT = 5
"""CONFIG_DEVICE_EVENT DeviceType: "4 = agent device extension, 5 = route point"."""


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of configuration."""

    name: str
    event: str
    """The message carrying its records (``"CONFIG_AGENT_EVENT"``)."""
    mask: str
    """Its ConfigEventMask bit (``"CONFIG_MSG_AGENT_MASK"``)."""
    key: str | None
    """Its key's field in CONFIG_KEY_EVENT and CONFIG_BEGIN_EVENT; ``None``: the guide gives the
    kind no key."""
    sparse: str | None = None
    """A field whose records are sent only while it holds values: CONFIG_AGENT_SERVICE_EVENT is
    "sent at startup for agents with at least one service enabled, and whenever a service is
    added or removed (with NumOfEnabledServices 0 when all are removed)"."""


KINDS = (
    Kind("service", "CONFIG_SERVICE_EVENT", "CONFIG_MSG_SERVICE_MASK", "service_config_key"),
    Kind(
        "skill_group",
        "CONFIG_SKILL_GROUP_EVENT",
        "CONFIG_MSG_SKILL_GROUP_MASK",
        "skill_group_config_key",
    ),
    Kind("agent", "CONFIG_AGENT_EVENT", "CONFIG_MSG_AGENT_MASK", "agent_config_key"),
    Kind(
        "agent_service",
        "CONFIG_AGENT_SERVICE_EVENT",
        "CONFIG_MSG_AGENT_SERVICE_MASK",
        None,
        sparse="flt_enabled_services",
    ),
    Kind("device", "CONFIG_DEVICE_EVENT", "CONFIG_MSG_DEVICE_MASK", "device_config_key"),
    Kind(
        "call_type", "CONFIG_CALL_TYPE_EVENT", "CONFIG_MSG_CALL_TYPE_MASK", "call_type_config_key"
    ),
    Kind("mrd", "CONFIG_MRD_EVENT", "CONFIG_MSG_MRD_MASK", None),
    Kind(
        "peripheral",
        "CONFIG_PERIPHERAL_EVENT",
        "CONFIG_MSG_PERIPHERAL_MASK",
        "peripheral_config_key",
    ),
    Kind(
        "agent_desk_settings",
        "CONFIG_AGENT_DESK_SETTINGS_EVENT",
        "CONFIG_MSG_AGENT_DESK_SETTINGS_MASK",
        "agent_desk_settings_config_key",
    ),
)
"""Every simulated kind, in the guide's order."""
KIND = {kind.name: kind for kind in KINDS}


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The records of every kind at one moment."""

    records: Mapping[str, Records]
    _keys: dict[str, bytes] = field(default_factory=dict, init=False, repr=False, compare=False)

    def of(self, kind: Kind) -> Records:
        return self.records.get(kind.name, {})

    def baseline(self, kind: Kind) -> list[tuple[Hashable, Record]]:
        """The records an initial upload sends, by identity, in identity order."""
        records = self.of(kind)
        return [
            (i, records[i])
            for i in sorted(records, key=repr)
            if kind.sparse is None or records[i][kind.sparse]
        ]

    def key(self, kind: Kind) -> bytes:
        key = self._keys.get(kind.name)
        if key is None:
            text = repr(sorted((repr(i), sorted(r.items())) for i, r in self.of(kind).items()))
            key = hashlib.blake2b(text.encode(), digest_size=8, person=b"ctiwire-sim").digest()
            key = self._keys[kind.name] = key if any(key) else b"\x00" * 7 + b"\x01"
        return key

    def keys(self, kinds: tuple[Kind, ...] = KINDS) -> dict[str, bytes]:
        """The key fields of these kinds (those that have a key) and their keys."""
        return {kind.key: self.key(kind) for kind in kinds if kind.key is not None}


EMPTY = Snapshot({})
"""No configuration (a peripheral the simulator does not have)."""


def changes(before: Snapshot, after: Snapshot, kind: Kind) -> list[tuple[str, Record]]:
    """What an update block says about ``kind``: ``("add" | "change" | "delete", record)`` for
    each record added, changed or deleted, in identity order."""
    old, new = before.of(kind), after.of(kind)
    out: list[tuple[str, Record]] = []
    for identity in sorted(old.keys() | new.keys(), key=repr):
        was, now = old.get(identity), new.get(identity)
        if kind.sparse is not None:  # a record without values was never sent
            was = was if was is not None and was[kind.sparse] else None
            if now is not None and not now[kind.sparse]:
                out += [("change", now)] if was is not None else []
                continue
        if was is None and now is not None:
            out.append(("add", now))
        elif was is not None and now is None:
            out.append(("delete", was))
        elif was is not None and now is not None and was != now:
            out.append(("change", now))
    return out


def snapshot(switch: SwitchCore) -> Snapshot:
    """The switch's configuration now."""
    pid = switch.peripheral.peripheral_id
    agents = list(switch.agents.values())
    return Snapshot(
        {
            "service": {s.number: _service(pid, s) for s in switch.services.values()},
            "skill_group": {
                sg.number: _skill_group(pid, sg) for sg in switch.skill_groups.values()
            },
            "agent": {a.agent_id: _agent(pid, a) for a in agents},
            "agent_service": {a.agent_id: _agent_service(a) for a in agents},
            "device": {
                **{("phone", ext): _phone(pid, ext) for ext in switch.devices},
                ("route point", switch.config.dnis): _route_point(switch),
            },
            "call_type": {c.call_type_id: _call_type(c) for c in switch.call_types.values()},
            "mrd": {m.mrd_id: _mrd(m) for m in switch.mrds.values()},
            "peripheral": {
                pid: {
                    "config_peripheral_id": pid,
                    "default_agent_desk_settings_id": switch.default_desk_settings_id,
                }
            },
            "agent_desk_settings": {
                d.desk_settings_id: _desk_settings(d) for d in switch.desk_settings.values()
            },
        }
    )


def agent_mrds(switch: SwitchCore) -> dict[Hashable, Record]:
    """The MRD information of each signed-in agent (FltAgentMRDID, FltAgentMRDState, Version 21
    on), which only the initial upload carries (the guide: configuration updates carry no MRD
    information), by agent record identity."""
    return {
        a.agent_id: {"flt_agent_mrd_id": (MRD_VOICE,), "flt_agent_mrd_state": (a.state,)}
        for a in switch.agents.values()
        if a.device is not None
    }


def _number(text: str) -> int:
    return int(text) if text.isdigit() else 0


def _service(pid: int, s: ServiceConfig) -> Record:
    members = s.skill_groups[:10]
    return {
        "flt_peripheral_id": pid,
        "peripheral_number": s.number,
        "max_queued": s.max_queued,
        "extension": s.extension,
        "service_skill_target_id": s.service_id,
        "peripheral_name": s.name,
        "description": s.description,
        "service_level_threshold": s.service_level_threshold,
        "service_level_type": s.service_level_type,
        "config_param": "",
        "flt_mr_domain_id": s.mrd_id,
        "service_member": tuple(members),
        "service_priority": (1,) * len(members),
    }


def _skill_group(pid: int, sg: SkillGroup) -> Record:
    return {
        "flt_peripheral_id": pid,
        "peripheral_number": sg.number,
        "flt_skill_group_priority": 0,
        "skill_group_skill_target_id": sg.skill_group_id,
        "extension": sg.extension,
        "peripheral_name": sg.name,
        "description": sg.description,
        "flt_mr_domain_id": sg.mrd_id,
        "flt_precision_queue_id": 0,
        "config_param": "",
    }


def _agent(pid: int, agent: Agent) -> Record:
    p = agent.profile
    return {
        "flt_peripheral_id": pid,
        "agent_type": AGENT_TYPE_SUPERVISOR if p.supervisor else AGENT_TYPE_AGENT,
        "agent_desk_settings_id": p.desk_settings_id,
        "login_id": agent.agent_id,
        "login_name": p.login_name or agent.agent_id,
        "last_name": p.last_name,
        "first_name": p.first_name,
        "extension": p.extension,
        "description": " ".join(n for n in (p.first_name, p.last_name) if n),
        "agent_skill_target_id": icm_agent_id(agent),
        "sso_enabled": int(p.sso_enabled),
        "flt_skill_group_number": tuple(sg.number for sg in agent.skill_groups),
        "flt_skill_group_priority": tuple(sg.priority for sg in agent.skill_groups),
    }


def _agent_service(agent: Agent) -> Record:
    return {
        "agent_skill_target_id": icm_agent_id(agent),
        "flt_enabled_services": tuple(agent.profile.services),
    }


def _phone(pid: int, extension: str) -> Record:
    return {
        "flt_peripheral_id": pid,
        "peripheral_number": _number(extension),
        "device_type": DEVICE_AGENT_EXTENSION,
        "max_queued": 0,
        "dialed_number": extension,
        "dnis": "",
        "extension": extension,
        "description": f"Agent phone {extension}",
    }


def _route_point(switch: SwitchCore) -> Record:
    dnis = switch.config.dnis
    service = next(iter(switch.services.values()), None)
    return {
        "flt_peripheral_id": switch.peripheral.peripheral_id,
        "peripheral_number": _number(dnis),
        "device_type": DEVICE_ROUTE_POINT,
        "max_queued": 100,
        "flt_service_id": service.service_id if service is not None else None,
        "dialed_number": dnis,
        "dnis": dnis,
        "description": "Inbound route point",
    }


def _call_type(c: CallTypeConfig) -> Record:
    return {
        "flt_call_type_id": c.call_type_id,
        "customer_definition_id": 0,
        "enterprise_name": c.name,
        "description": c.description,
        "service_level_threshold": c.service_level_threshold,
        "service_level_type": c.service_level_type,
    }


def _mrd(m: MrdConfig) -> Record:
    return {
        "flt_mr_domain_id": m.mrd_id,
        "flt_enterprise_name": m.name,
        "flt_description": m.description,
        "flt_max_task_duration": m.max_task_duration,
        "flt_interruptible": m.interruptible,
    }


def _desk_settings(d: DeskSettingsConfig) -> Record:
    return {
        "agent_desk_settings_id": d.desk_settings_id,
        "flt_desk_settings_mask": d.mask,
        "flt_wrap_up_data_incoming_mode": d.wrap_up_incoming,
        "flt_wrap_up_data_outgoing_mode": d.wrap_up_outgoing,
        "flt_logout_non_activity_time": d.logout_non_activity_time,
        "flt_quality_recording_rate": 0,
        "flt_ring_no_answer_time": d.ring_no_answer_time,
        "flt_silent_monitor_warning_message": 0,
        "flt_silent_monitor_audible_indication": 0,
        "flt_supervisor_assist_call_method": 0,
        "flt_emergency_call_method": 0,
        "flt_auto_record_on_emergency": 0,
        "flt_recording_mode": 0,
        "flt_work_mode_timer": d.work_mode_timer,
        "flt_ring_no_answer_dn_id": 0,
        "play_zip_tone": 0,
        "acd_shared_line_usage": 0,
    }

"""Drafting the configuration messages: keys, initial uploads and update blocks.

    key_event(snap)                              # CONFIG_KEY_EVENT
    upload(snap, kinds, extras)                  # CONFIG_BEGIN_EVENT, CONFIG_*_EVENT..., END
    update(kind, changes(before, after, kind), after)   # the same, unsolicited

The guide, Configuration Acquisition Messages:

* CONFIG_REQUEST_EVENT: "The CTI Server should respond by sending a CONFIG_BEGIN_EVENT,
  CONFIG_xxx records, then a CONFIG_END block containing all records for that configuration
  item"; the kinds go in the order of "Message Order" (:data:`~.configuration.KINDS`).
* CONFIG_BEGIN_EVENT "signifies the beginning of configuration data (all of the same key)": it
  carries the keys of the kinds in the block (ConfigType 1, solicited, or 2, unsolicited update),
  so a client may save them with the data.
* Every CONFIG_*_EVENT holds "(Maximum of 10)" records: longer lists are split.
* CONFIG_END_EVENT: CONFIGEND_SUCCESS, or CONFIGEND_EMPTY ("No configuration exists on the CTI
  Server") when there is no record to send. The simulator sends each answer as one block, so it
  never needs CONFIGEND_PARTIAL (for "if the server needs to break up the configuration into
  multiple CONFIG_BEGIN_EVENT/CONFIG_END_EVENT messages").

The constants of these messages (ConfigEventMask bits, ConfigRecordType, ...) exist from Version 19
on, with the same numbers in every version: they are taken from the newest version.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from ctiwire import protocol, protocol_versions

from .configuration import Kind, Record, Snapshot
from .drafts import Draft

__all__ = ["MAX_RECORDS", "SOLICITED", "UNSOLICITED", "key_event", "mask_bit", "update", "upload"]

MAX_RECORDS = 10
"""NumRecords: "(>=1) ... (Maximum of 10)"."""
SOLICITED = 1
UNSOLICITED = 2
"""CONFIG_BEGIN_EVENT ConfigType: "1 = Solicited, 2 = Unsolicited (update)"."""

_LATEST = protocol(protocol_versions()[-1])
_RECORD_TYPES = {
    "add": _LATEST.ConfigRecordType.CONFIG_RECORD_ADD,
    "change": _LATEST.ConfigRecordType.CONFIG_RECORD_CHANGE,
    "delete": _LATEST.ConfigRecordType.CONFIG_RECORD_DELETE,
}


def mask_bit(kind: Kind) -> int:
    """The kind's ConfigEventMask bit (the same in every version that has it)."""
    return int(_LATEST.ConfigEventMask[kind.mask])


def key_event(snap: Snapshot) -> Draft:
    """CONFIG_KEY_EVENT: every key (each version's class keeps the keys it has)."""
    return Draft(
        "CONFIG_KEY_EVENT",
        {"config_key_status": _LATEST.ConfigKeyStatus.CONFIG_SUCCESS, **snap.keys()},
    )


def upload(
    snap: Snapshot, kinds: Sequence[Kind], extras: Mapping[str, Mapping[Hashable, Record]]
) -> list[Draft]:
    """The answer to CONFIG_REQUEST_EVENT for ``kinds`` (in the guide's order): every record,
    added; ``extras`` holds what only the initial upload carries, by kind name and record
    identity (the agents' MRD information)."""
    records: dict[str, list[Record]] = {}
    for kind in kinds:
        more = extras.get(kind.name, {})
        records[kind.name] = [{**r, **more.get(i, {})} for i, r in snap.baseline(kind)]
    return _block(SOLICITED, kinds, snap, records, "add")


def update(kind: Kind, changed: Sequence[tuple[str, Record]], snap: Snapshot) -> list[Draft]:
    """An unsolicited block telling what ``changed`` in ``kind`` (see
    :func:`~.configuration.changes`), under the kind's new key from ``snap``."""
    per_type: dict[str, list[Record]] = {kind.name: []}
    for record_type, record in changed:
        per_type[kind.name].append({**record, "record_type": _RECORD_TYPES[record_type]})
    return _block(UNSOLICITED, [kind], snap, per_type, None)


def _block(
    config_type: int,
    kinds: Sequence[Kind],
    snap: Snapshot,
    records: Mapping[str, list[Record]],
    record_type: str | None,
) -> list[Draft]:
    information = 0
    for kind in kinds:
        information |= mask_bit(kind)
    begin: dict[str, Any] = {
        "config_type": config_type,
        "config_information": _LATEST.ConfigEventMask(information),
        **snap.keys(tuple(kinds)),
    }
    out = [Draft("CONFIG_BEGIN_EVENT", begin)]
    for kind in kinds:
        rows = records.get(kind.name, [])
        if record_type is not None:
            rows = [{**r, "record_type": _RECORD_TYPES[record_type]} for r in rows]
        for start in range(0, len(rows), MAX_RECORDS):
            out.append(Draft(kind.event, {"records": tuple(rows[start : start + MAX_RECORDS])}))
    status = _LATEST.ConfigEndStatus
    empty = len(out) == 1
    out.append(
        Draft(
            "CONFIG_END_EVENT",
            {"config_end_status": status.CONFIGEND_EMPTY if empty else status.CONFIGEND_SUCCESS},
        )
    )
    return out

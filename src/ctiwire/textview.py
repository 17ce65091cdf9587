"""One readable line per message, for people watching a live stream (``ctiwire demo``,
``ctiwire monitor`` without ``--json``)::

    CALL_DELIVERED_EVENT          call 16777217@5001  lcs=ALERTING cause=NEW_CALL from=6175550412

The line names the call (ConnectionCallID@ConnectionDeviceID) or the agent the message is about,
then the fields that matter most to a reader, with enum prefixes (``LCS_``, ``CEC_``...) dropped.
Use :mod:`ctiwire.jsonview` for the complete content.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from typing import Any

from .types import Message, UnknownMessage

__all__ = ["describe", "short"]

NAME_WIDTH = 30

# Enum name prefixes that only repeat what the field already says.
_PREFIXES = (
    "AGENT_STATE_", "LCS_", "CECX_", "CEC_", "CALLTYPE_", "SYS_", "E_CTI_", "CF_", "DEVID_",
    "CONNECTION_ID_", "LINETYPE_", "PT_", "CTI_SERVICE_",
)  # fmt: skip

# (attribute, label) in display order; an empty label shows the bare value.
_FIELDS = (
    ("agent_state", ""),
    ("call_type", "type"),
    ("local_connection_state", "lcs"),
    ("event_cause", "cause"),
    ("event_reason_code", "reason"),
    ("ani", "ani"),
    ("dnis", "dnis"),
    ("caller_entered_digits", "digits"),
    ("calling_device_id", "from"),
    ("called_device_id", "to"),
    ("alerting_device_id", "alerting"),
    ("answering_device_id", "answering"),
    ("holding_device_id", "by"),
    ("retrieving_device_id", "by"),
    ("releasing_device_id", "by"),
    ("transferring_device_id", "by"),
    ("transferred_device_id", "to"),
    ("controller_device_id", "by"),
    ("added_party_device_id", "added"),
    ("connected_parties", "parties"),
    ("num_queued", "queued"),
    *((f"call_variable{i}", f"var{i}") for i in range(1, 11)),
    ("call_wrapup_data", "wrapup"),
    ("system_event_id", ""),
    ("text", "text"),
    ("failure_code", "code"),
    ("status", "status"),
    ("services_granted", "services"),
    ("new_connection_call_id", "call"),
)
# Call context, shown where it is the news: when the call begins and when it changes.
_CALL_DATA = frozenset(
    {"ani", "dnis", "caller_entered_digits", "call_wrapup_data"}
    | {f"call_variable{i}" for i in range(1, 11)}
)
_CALL_DATA_MESSAGES = frozenset({"BEGIN_CALL_EVENT", "CALL_DATA_UPDATE_EVENT"})
# Values that mean "nothing to say".
_QUIET = frozenset({"CEC_NONE", "DEVID_NONE"})


def short(value: Any) -> str:
    """An enum or mask value by its name without the prefix, anything else as text."""
    if isinstance(value, enum.Flag):
        bits = int(value.value)
        names = [short(m) for m in type(value) if m.value and bits & m.value == m.value]
        return "|".join(names) or "0"
    if isinstance(value, enum.Enum):
        name = str(value.name)
        for prefix in _PREFIXES:
            if name.startswith(prefix):
                return name[len(prefix) :]
        return name
    return str(value)


def _subject(m: Message) -> str:
    call_id = getattr(m, "connection_call_id", None)
    if call_id is not None:
        return f"call {call_id}@{getattr(m, 'connection_device_id', '')}"
    primary = getattr(m, "primary_call_id", None)
    if primary is not None:
        secondary = getattr(m, "secondary_call_id", None)
        return f"call {primary}@{m.primary_device_id} + {secondary}@{m.secondary_device_id}"  # type: ignore[attr-defined]
    if m.MESSAGE_NAME == "AGENT_STATE_EVENT":
        return f"agent {getattr(m, 'agent_id', '')}@{getattr(m, 'agent_extension', '') or '-'}"
    invoke_id = getattr(m, "invoke_id", None)
    return f"#{invoke_id}" if invoke_id is not None else ""


def _value(attribute: str, value: Any) -> str | None:
    if value is None or value in ("", ()) or (attribute == "event_reason_code" and not value):
        return None
    if isinstance(value, enum.Enum) and value.name in _QUIET:
        return None
    if attribute == "connected_parties":
        return ",".join(p.connected_party_device_id for p in value)
    return short(value)


def describe(message: Message, names: Mapping[int, str] | None = None) -> str:
    """One line for ``message`` (``names``: a version's MESSAGE_NAMES, to name an
    UnknownMessage)."""
    if isinstance(message, UnknownMessage):
        name = (names or {}).get(message.message_type, f"MESSAGE_TYPE_{message.message_type}")
        return f"{name:<{NAME_WIDTH}} {len(message.body)} bytes (format not known)"
    name = message.MESSAGE_NAME
    subject = _subject(message)
    parts = []
    for attribute, label in _FIELDS:
        if attribute in _CALL_DATA and name not in _CALL_DATA_MESSAGES:
            continue
        if attribute == "new_connection_call_id" and not name.endswith("_CONF"):
            continue
        text = _value(attribute, getattr(message, attribute, None))
        if text is not None:
            parts.append(f"{label}={text}" if label else text)
    if not parts and not subject and dataclasses.is_dataclass(message):  # show a little
        for field in dataclasses.fields(message)[:6]:
            value = getattr(message, field.name)
            if field.repr and value not in (None, 0, "", ()) and field.name != "invoke_id":
                parts.append(f"{field.name}={short(value)}")
    head = f"{name:<{NAME_WIDTH}} {subject}  " if subject else f"{name:<{NAME_WIDTH}} "
    return (head + " ".join(parts)).rstrip()

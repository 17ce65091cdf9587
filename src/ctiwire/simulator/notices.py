"""What the switch tells the sessions: something happened to a call, an agent, the system or the
configuration.

A notice carries its message as a version-neutral :class:`~.drafts.Draft`, rendered in each
session's protocol version on delivery (once per version: drafts cache their renderings).

A call notice carries one draft per possible viewer (:class:`View`), because some fields depend
on who is looking: LocalConnectionState is the state of the *viewer's* connection, and call-level
events name the viewer's own connection. Drafting at once (not at delivery) keeps the state of
the moment even when the switch holds notices back behind a confirmation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ctiwire.v15 import AgentState

from .drafts import Draft
from .state import Agent, Call, Connection

__all__ = [
    "AgentNotice",
    "CallEnded",
    "CallLeft",
    "CallNotice",
    "ConfigNotice",
    "Notice",
    "SystemNotice",
    "View",
]


@dataclass(frozen=True, slots=True)
class View:
    """Who a message is drafted for."""

    device_id: str | None = None
    """The teleset of a Client Events session; ``None`` for an All Events session."""


@dataclass(frozen=True, slots=True)
class CallNotice:
    """A call event, delivered to All Events sessions and to the Client Events sessions of
    ``devices``."""

    name: str
    """The event's message name (``"CALL_DELIVERED_EVENT"``)."""
    call: Call
    devices: frozenset[str]
    drafts: Mapping[str | None, Draft]
    """The event for an All Events session (key ``None``) and for each agent device concerned."""
    connection: Connection | None = None
    """The connection the event is about, when it is about one."""


@dataclass(frozen=True, slots=True)
class CallLeft:
    """``device_id`` no longer takes part in ``call``: its Client Events session gets
    END_CALL_EVENT."""

    call: Call
    device_id: str


@dataclass(frozen=True, slots=True)
class CallEnded:
    """``call`` is over: every session associated with it gets END_CALL_EVENT."""

    call: Call


@dataclass(frozen=True, slots=True)
class AgentNotice:
    """An agent changed state; ``device_id`` is the teleset it happened on."""

    agent: Agent
    device_id: str | None
    state: AgentState
    draft: Draft


@dataclass(frozen=True, slots=True)
class SystemNotice:
    """A SYSTEM_EVENT (or similar) for every session."""

    draft: Draft


@dataclass(frozen=True, slots=True)
class ConfigNotice:
    """The configuration of one kind changed: the update block (CONFIG_BEGIN_EVENT, the records,
    CONFIG_END_EVENT) for the sessions that asked for configuration and for updates of that
    kind (see :mod:`.acquisition`)."""

    kind: str
    """The :data:`~.configuration.KINDS` name (``"agent"``)."""
    drafts: tuple[Draft, ...]


Notice = CallNotice | CallLeft | CallEnded | AgentNotice | SystemNotice | ConfigNotice

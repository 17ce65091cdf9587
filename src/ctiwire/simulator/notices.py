"""What the switch tells the sessions: something happened to a call, an agent or the system.

A call notice carries its message rendered once per possible viewer (:class:`View`), because some
fields depend on who is looking: LocalConnectionState is the state of the *viewer's* connection,
and call-level events name the viewer's own connection. Rendering at once (not at delivery) keeps
the state of the moment even when the switch holds notices back behind a confirmation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ctiwire.types import Message
from ctiwire.v15 import AgentState

from .state import Agent, Call, Connection

__all__ = ["AgentNotice", "CallEnded", "CallLeft", "CallNotice", "Notice", "SystemNotice", "View"]


@dataclass(frozen=True, slots=True)
class View:
    """Who a message is rendered for."""

    device_id: str | None = None
    """The teleset of a Client Events session; ``None`` for an All Events session."""


@dataclass(frozen=True, slots=True)
class CallNotice:
    """A call event, delivered to All Events sessions and to the Client Events sessions of
    ``devices``."""

    kind: type[Message]
    call: Call
    devices: frozenset[str]
    messages: Mapping[str | None, Message]
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
    message: Message


@dataclass(frozen=True, slots=True)
class SystemNotice:
    """A SYSTEM_EVENT (or similar) for every session."""

    message: Message


Notice = CallNotice | CallLeft | CallEnded | AgentNotice | SystemNotice

"""Which notices a session gets, as which messages: services, association and masks.

    subscription = Subscription(grant, module)          # module: the session's version
    for message in subscription.accept(notice): ...     # messages of that version

* An All Events session hears about every call and agent; a Client Events session about the calls
  its teleset takes part in and the agent signed in on it.
* A call is *associated* with a session from the first event the session gets for it, which is
  then preceded by BEGIN_CALL_EVENT ("This message always precedes any other event messages for
  that call"), until END_CALL_EVENT: when the call ends, or (Client Events) when the teleset drops
  out of it.
* CallMsgMask and AgentStateMask filter what is sent, never what is tracked: a session that masks
  BEGIN_CALL_EVENT out still has its calls associated and ended. The bit of each event is found
  by name in the session's version (CALL_DELIVERED_EVENT -> CALL_DELIVERED_MASK), so an event
  whose bit a version lacks is never sent to it.
* Everything is decided by message *name*; the messages are rendered in the session's version
  from the notices' drafts (once per version, see :mod:`.drafts`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from functools import cache
from types import ModuleType

from ctiwire.types import Message
from ctiwire.v15 import AgentState

from . import events
from .drafts import Draft, supports
from .notices import AgentNotice, CallEnded, CallLeft, CallNotice, Notice, SystemNotice, View
from .opening import Grant
from .state import Call

__all__ = ["Subscription", "agent_mask_bit", "call_mask_bits"]


@cache
def call_mask_bits(module: ModuleType) -> dict[str, int]:
    """Message name -> CallEventMask bit, in ``module``'s version. The mask table is named after
    the messages (CALL_DELIVERED_EVENT -> CALL_DELIVERED_MASK), so the pairing is derived rather
    than written out."""
    mask: type[enum.IntFlag] = module.CallEventMask
    out: dict[str, int] = {}
    for cls in module.MESSAGES.values():
        name: str = cls.MESSAGE_NAME
        bit = name.removesuffix("_EVENT") + "_MASK"
        if name.endswith("_EVENT") and bit in mask.__members__:
            out[name] = int(mask[bit])
    return out


def agent_mask_bit(module: ModuleType, state: AgentState | int) -> int:
    """The AgentStateMask bit of ``module``'s version that selects AGENT_STATE_EVENTs reporting
    ``state`` (none for AGENT_STATE_UNKNOWN, which has no mask bit)."""
    try:
        name = AgentState(int(state)).name
    except ValueError:
        return 0
    mask: type[enum.IntFlag] = module.AgentStateMask
    member = mask.__members__.get("AGENT_" + name.removeprefix("AGENT_STATE_") + "_MASK")
    return int(member) if member is not None else 0


class Subscription:
    """The event stream of one open session."""

    def __init__(self, grant: Grant, module: ModuleType) -> None:
        self.grant = grant
        self.module = module
        self.view = View(None if grant.all_events else grant.device_id)
        self.associated: set[int] = set()
        self._call_bits = call_mask_bits(module)

    @property
    def listening(self) -> bool:
        return self.grant.all_events or self.grant.client_events

    def _wants(self, name: str) -> bool:
        return bool(self.grant.call_mask & self._call_bits.get(name, 0))

    def _render(self, draft: Draft) -> list[Message]:
        return [draft.render(self.module)] if supports(self.module, draft.name) else []

    def _begin(self, call: Call) -> list[Message]:
        self.associated.add(call.call_id)
        if self._wants("BEGIN_CALL_EVENT"):
            return self._render(events.begin_call(call, self.view))
        return []

    def _end(self, call: Call) -> list[Message]:
        if call.call_id not in self.associated:
            return []
        self.associated.discard(call.call_id)
        if self._wants("END_CALL_EVENT"):
            return self._render(events.end_call(call, self.view))
        return []

    def calls_in_progress(self, calls: Iterable[Call]) -> list[Message]:
        """BEGIN_CALL_EVENT for the calls already under way when the session opens."""
        out: list[Message] = []
        for call in calls:
            if self.grant.all_events or self.view.device_id in call.devices():
                out += self._begin(call)
        return out

    def accept(self, notice: Notice) -> list[Message]:
        """The messages ``notice`` becomes for this session (often none)."""
        if not self.listening:
            return []
        if isinstance(notice, CallNotice):
            return self._call_notice(notice)
        if isinstance(notice, CallLeft):
            if not self.grant.all_events and notice.device_id == self.view.device_id:
                return self._end(notice.call)
            return []
        if isinstance(notice, CallEnded):
            return self._end(notice.call)
        if isinstance(notice, AgentNotice):
            mine = self.grant.all_events or notice.device_id == self.view.device_id
            if mine and self.grant.agent_mask & agent_mask_bit(self.module, notice.state):
                return self._render(notice.draft)
            return []
        if isinstance(notice, SystemNotice):
            return self._render(notice.draft)
        return []

    def _call_notice(self, notice: CallNotice) -> list[Message]:
        key = None if self.grant.all_events else self.view.device_id
        draft = notice.drafts.get(key)
        if draft is None:
            return []
        out: list[Message] = []
        if notice.call.call_id not in self.associated:
            if notice.call.ended and notice.name != "CALL_CLEARED_EVENT":
                return []
            out += self._begin(notice.call)
        if self._wants(notice.name):
            out += self._render(draft)
        return out

"""Which notices a session gets, as which messages: services, association and masks.

* An All Events session hears about every call and agent; a Client Events session about the calls
  its teleset takes part in and the agent signed in on it.
* A call is *associated* with a session from the first event the session gets for it, which is
  then preceded by BEGIN_CALL_EVENT ("This message always precedes any other event messages for
  that call"), until END_CALL_EVENT: when the call ends, or (Client Events) when the teleset drops
  out of it.
* CallMsgMask and AgentStateMask filter what is sent, never what is tracked: a session that masks
  BEGIN_CALL_EVENT out still has its calls associated and ended.
"""

from __future__ import annotations

from collections.abc import Iterable

import ctiwire.v15 as cti
from ctiwire.types import Message
from ctiwire.v15 import AgentState, AgentStateMask, CallEventMask

from . import events
from .notices import AgentNotice, CallEnded, CallLeft, CallNotice, Notice, SystemNotice, View
from .opening import Grant
from .state import Call

__all__ = ["CALL_MASK_BY_TYPE", "Subscription", "agent_mask_bit"]


def _call_masks() -> dict[type[Message], CallEventMask]:
    # CALL_DELIVERED_EVENT -> CALL_DELIVERED_MASK and so on: the mask table is named after the
    # messages, so the pairing is derived rather than written out.
    out: dict[type[Message], CallEventMask] = {}
    for cls in cti.MESSAGES.values():
        name = cls.MESSAGE_NAME.removesuffix("_EVENT") + "_MASK"
        if cls.MESSAGE_NAME.endswith("_EVENT") and name in CallEventMask.__members__:
            out[cls] = CallEventMask[name]
    return out


CALL_MASK_BY_TYPE = _call_masks()


def agent_mask_bit(state: AgentState | int) -> AgentStateMask:
    """The AgentStateMask bit that selects AGENT_STATE_EVENTs reporting ``state`` (none for
    AGENT_STATE_UNKNOWN, which has no mask bit)."""
    if not isinstance(state, AgentState):
        return AgentStateMask(0)
    name = "AGENT_" + state.name.removeprefix("AGENT_STATE_") + "_MASK"
    return AgentStateMask.__members__.get(name, AgentStateMask(0))


class Subscription:
    """The event stream of one open session."""

    def __init__(self, grant: Grant) -> None:
        self.grant = grant
        self.view = View(None if grant.all_events else grant.device_id)
        self.associated: set[int] = set()

    @property
    def listening(self) -> bool:
        return self.grant.all_events or self.grant.client_events

    def _wants(self, kind: type[Message]) -> bool:
        bit = CALL_MASK_BY_TYPE.get(kind)
        return bit is not None and bool(self.grant.call_mask & bit)

    def _begin(self, call: Call) -> list[Message]:
        self.associated.add(call.call_id)
        if self._wants(cti.BeginCallEvent):
            return [events.begin_call(call, self.view)]
        return []

    def _end(self, call: Call) -> list[Message]:
        if call.call_id not in self.associated:
            return []
        self.associated.discard(call.call_id)
        if self._wants(cti.EndCallEvent):
            return [events.end_call(call, self.view)]
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
            if mine and self.grant.agent_mask & agent_mask_bit(notice.state):
                return [notice.message]
            return []
        if isinstance(notice, SystemNotice):
            return [notice.message]
        return []

    def _call_notice(self, notice: CallNotice) -> list[Message]:
        key = None if self.grant.all_events else self.view.device_id
        message = notice.messages.get(key)
        if message is None:
            return []
        out: list[Message] = []
        if notice.call.call_id not in self.associated:
            if notice.call.ended and notice.kind is not cti.CallClearedEvent:
                return []
            out += self._begin(notice.call)
        if self._wants(notice.kind):
            out.append(message)
        return out

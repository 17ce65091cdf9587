"""The simulated ACD's call operations: route, ring, answer, hold, clear, consult, transfer,
conference, call data.

Every operation checks everything first and raises :class:`ControlError` (or
:class:`StatusError`) before changing anything, so a refused request leaves no trace. Then it
changes the state and emits :mod:`notices <.notices>`, drafted at once for every possible viewer
so that a notice held back (see :meth:`SwitchCore.deferred`) still shows the state of its moment.

The switch's configuration can be changed while it runs (``add_agent``, ``remove_agent``,
``set_agent_skill_groups``...: see :class:`~.admin.AdministeredCore`).
"""

from __future__ import annotations

import time
from functools import partial
from typing import Any

from ctiwire.v15 import MAX_NUM_PARTIES, CallType, EventCause, LineType

from . import events
from .admin import AdministeredCore
from .core import ACTIVE, AS, CF, ENDED_CALLS_KEPT, LCS, Cancellable, Schedule
from .errors import ControlError
from .notices import CallEnded, CallLeft
from .state import ACD_CALL_TYPES, Agent, Call, Connection, SkillGroup

__all__ = ["Cancellable", "Schedule", "Switch"]


class Switch(AdministeredCore):
    """One peripheral with its agents, devices and calls."""

    def _alert(self, call: Call, device_id: str, cause: EventCause = EventCause.CEC_NONE) -> None:
        """Ring ``device_id`` on ``call``; an outside number answers by itself after a while."""
        self._delivered(self._ring(call, device_id), cause)

    def _ring(self, call: Call, device_id: str) -> Connection:
        """Add ``device_id`` to ``call``, alerting (not announced yet: see :meth:`_delivered`)."""
        inside = device_id in self.devices
        line = LineType.LINETYPE_INSIDE if inside else LineType.LINETYPE_OUTBOUND
        if call.call_type in ACD_CALL_TYPES:
            line = LineType.LINETYPE_INBOUND_ACD
        return self._connect(call, device_id, LCS.LCS_ALERTING, line)

    def _delivered(self, conn: Connection, cause: EventCause = EventCause.CEC_NONE) -> None:
        call, device_id = conn.call, conn.device_id
        self._call_event(
            "CALL_DELIVERED_EVENT",
            call,
            lambda v: events.delivered(call, conn, v, cause),
            connection=conn,
        )
        self._refresh(device_id)
        delay = self.config.far_end_answer_seconds
        if device_id not in self.devices and delay is not None and self._schedule is not None:
            self._schedule(delay, lambda: self._far_end_answers(call, device_id))

    def _far_end_answers(self, call: Call, device_id: str) -> None:
        conn = call.connection(device_id)
        if conn is not None and conn.state == LCS.LCS_ALERTING and not call.ended:
            self.answer(call, device_id)

    # -----------------------------------------------------------------------------------------
    # Call operations

    def inbound_call(
        self,
        ani: str,
        *,
        skill_group: int | None = None,
        variables: dict[int, str] | None = None,
        digits: str | None = None,
    ) -> Call:
        """A call from ``ani`` to the DNIS, routed by Unified CCE to an agent of
        ``skill_group`` (queued until one is available)."""
        call = self._new_call(CallType.CALLTYPE_PREROUTE_ACD_IN)
        call.ani, call.dnis, call.dialed_number = ani, self.config.dnis, self.config.dnis
        call.calling, call.called, call.caller_entered_digits = ani, self.config.dnis, digits
        call.router_call_key = (int(time.time()) // 86400, call.call_id & 0xFFFFFF)
        call.skill_group = self.skill_groups.get(skill_group) if skill_group is not None else None
        for index, value in (variables or {}).items():
            call.variables[index - 1] = value
        caller = self._connect(call, ani, LCS.LCS_INITIATE, LineType.LINETYPE_INBOUND_ACD)
        # The trunk seizure: All Events only (no agent device is on the call yet).
        self._call_event(
            "CALL_DELIVERED_EVENT",
            call,
            lambda v: events.delivered(call, caller, v, EventCause.CEC_NEW_CALL),
            connection=caller,
        )
        agent = self._available_agent(call.skill_group)
        if agent is not None and agent.device is not None:
            self._alert(call, agent.device.extension, EventCause.CEC_NEW_CALL)
        else:
            self.queue.append(call)
            size = len(self.queue)
            self._call_event("CALL_QUEUED_EVENT", call, lambda v: events.queued(call, v, size))
        return call

    def _available_agent(self, skill_group: SkillGroup | None) -> Agent | None:
        """The agent longest available in the skill group (any group when ``None``)."""
        candidates = [
            a
            for a in self.agents.values()
            if a.state == AS.AGENT_STATE_AVAILABLE
            and a.device is not None
            and not a.device.calls
            and (skill_group is None or skill_group in a.skill_groups)
        ]
        return min(candidates, key=lambda a: (a.since, a.agent_id), default=None)

    def _agent_available(self) -> None:
        self._route_queue()

    def _route_queue(self) -> None:
        if self._routing:
            return
        self._routing = True
        try:
            for call in list(self.queue):
                agent = self._available_agent(call.skill_group)
                if agent is None or agent.device is None:
                    continue
                self.queue.remove(call)
                size = len(self.queue)
                # Rendered at once, so binding the loop's call with partial is enough.
                render = partial(events.dequeued, call, num_queued=size)
                self._call_event("CALL_DEQUEUED_EVENT", call, render)
                self._alert(call, agent.device.extension, EventCause.CEC_NEW_CALL)
        finally:
            self._routing = False

    def answer(self, call: Call, device_id: str) -> None:
        conn = call.connection(device_id)
        if conn is None or conn.state != LCS.LCS_ALERTING:
            raise ControlError(CF.CF_NO_CALL_TO_ANSWER, f"nothing alerting at {device_id}")
        conn.state = LCS.LCS_CONNECT
        for other in call.live_connections():
            if other.state == LCS.LCS_INITIATE:  # the caller's side is now connected too
                other.state = LCS.LCS_CONNECT
        self._call_event(
            "CALL_ESTABLISHED_EVENT",
            call,
            lambda v: events.established(call, conn, v),
            connection=conn,
        )
        for device in call.devices():
            self._refresh(device)

    def hold(self, call: Call, device_id: str) -> None:
        conn = call.connection(device_id)
        if conn is None or conn.state != LCS.LCS_CONNECT:
            raise ControlError(CF.CF_NO_ACTIVE_CALL, f"no connected call at {device_id}")
        conn.state = LCS.LCS_HOLD
        self._call_event(
            "CALL_HELD_EVENT", call, lambda v: events.held(call, conn, v), connection=conn
        )
        self._refresh(device_id)

    def retrieve(self, call: Call, device_id: str) -> None:
        conn = call.connection(device_id)
        if conn is None or conn.state != LCS.LCS_HOLD:
            raise ControlError(CF.CF_NO_HELD_CALL, f"no held call at {device_id}")
        if self._active_at(device_id):
            raise ControlError(
                CF.CF_GENERIC_STATE_INCOMPATIBILITY, f"{device_id} has another active call"
            )
        conn.state = LCS.LCS_CONNECT
        self._call_event(
            "CALL_RETRIEVED_EVENT", call, lambda v: events.retrieved(call, conn, v), connection=conn
        )
        self._refresh(device_id)

    def _active_at(self, device_id: str) -> bool:
        device = self.devices.get(device_id)
        return device is not None and any(
            call.connections[device_id].state in (*ACTIVE, LCS.LCS_ALERTING)
            for call in device.calls.values()
        )

    def clear_connection(
        self, call: Call, device_id: str, cause: EventCause = EventCause.CEC_NONE
    ) -> None:
        """``device_id`` hangs up; a call left with fewer than two parties ends."""
        conn = call.connection(device_id)
        if conn is None or call.ended:
            raise ControlError(CF.CF_NO_CONNECTION_TO_CLEAR, f"{device_id} is not on the call")
        concerned = call.devices()
        self._release(conn)
        self._call_event(
            "CALL_CONNECTION_CLEARED_EVENT",
            call,
            lambda v: events.connection_cleared(call, conn, v, cause),
            concerned,
            conn,
        )
        if len(call.live_connections()) < 2:
            self._end(call)
        else:
            self._emit(CallLeft(call, device_id))
        self._refresh(device_id)

    def clear_call(self, call: Call) -> None:
        if call.ended:
            raise ControlError(CF.CF_NO_CALL_TO_CLEAR, f"call {call.call_id} has ended")
        self._end(call)

    def _end(self, call: Call, cause: EventCause = EventCause.CEC_NONE) -> None:
        concerned = call.devices()
        for conn in call.live_connections():
            self._release(conn)
        if call in self.queue:
            self.queue.remove(call)
        self._call_event(
            "CALL_CLEARED_EVENT", call, lambda v: events.call_cleared(call, v, cause), concerned
        )
        self._retire(call)
        for device_id in concerned:
            self._refresh(device_id)

    def _retire(self, call: Call) -> None:
        call.ended = True
        self.calls.pop(call.call_id, None)
        self.ended[call.call_id] = call
        while len(self.ended) > ENDED_CALLS_KEPT:
            self.ended.popitem(last=False)
        self._emit(CallEnded(call))

    def make_call(
        self,
        device_id: str,
        dialed: str | None,
        *,
        consult_of: Call | None = None,
        data: dict[str, Any] | None = None,
    ) -> Call:
        """Call ``dialed`` from the agent teleset ``device_id``; ``data`` is call data
        (CALL_DATA field names) the new call starts with."""
        device = self.devices.get(device_id)
        if device is None or device.agent is None:
            raise ControlError(CF.CF_INVALID_CALLING_DEVICE, f"no agent signed in at {device_id}")
        target = self._check_dialed(dialed, device_id)
        if self._active_at(device_id):
            raise ControlError(CF.CF_RESOURCE_BUSY, f"{device_id} has an active call")
        if consult_of is not None:
            call_type = CallType.CALLTYPE_CONSULT
        elif target in self.devices:
            call_type = CallType.CALLTYPE_AGENT_INSIDE
        else:
            call_type = CallType.CALLTYPE_AGENT_OUT
        call = self._new_call(call_type, like=consult_of)
        call.calling, call.called, call.dialed_number = device_id, target, target
        _apply_data(call, data or {})
        line = LineType.LINETYPE_INSIDE if target in self.devices else LineType.LINETYPE_OUTBOUND
        origin = self._connect(call, device_id, LCS.LCS_INITIATE, line)
        self._call_event(
            "CALL_SERVICE_INITIATED_EVENT",
            call,
            lambda v: events.service_initiated(call, origin, v),
            connection=origin,
        )
        cause = EventCause.CEC_CONSULT if consult_of is not None else EventCause.CEC_NONE
        self._call_event(
            "CALL_ORIGINATED_EVENT",
            call,
            lambda v: events.originated(call, origin, v, cause),
            connection=origin,
        )
        self._refresh(device_id)
        self._alert(call, target)
        return call

    def consult(
        self, call: Call, device_id: str, dialed: str | None, data: dict[str, Any] | None = None
    ) -> Call:
        """Hold ``call`` at ``device_id`` and call ``dialed`` with the same call context
        (``data`` overriding parts of it)."""
        conn = call.connection(device_id)
        if conn is None or conn.state != LCS.LCS_CONNECT:
            raise ControlError(CF.CF_NO_ACTIVE_CALL, f"no connected call at {device_id}")
        self._check_dialed(dialed, device_id)
        self.hold(call, device_id)
        return self.make_call(device_id, dialed, consult_of=call, data=data)

    def _complete_check(
        self, held: Call, active: Call, device_id: str
    ) -> tuple[Connection, Connection]:
        h, a = held.connection(device_id), active.connection(device_id)
        if (
            held is active
            or h is None
            or a is None
            or h.state != LCS.LCS_HOLD
            or a.state not in ACTIVE
        ):
            raise ControlError(
                CF.CF_NO_CALL_TO_COMPLETE, f"{device_id} needs a held and an active call"
            )
        return h, a

    def _move_parties(self, source: Call, target: Call, keep: str) -> list[str]:
        """Move the parties of ``source`` other than ``keep`` into ``target``."""
        moved = []
        for conn in source.live_connections():
            if conn.device_id == keep:
                continue
            state = conn.state
            self._release(conn)
            self._connect(target, conn.device_id, state, conn.line_type)
            moved.append(conn.device_id)
        return moved

    def transfer(self, held: Call, active: Call, device_id: str) -> Call:
        """Join the other parties of ``active`` to ``held``; ``device_id`` drops out of both."""
        h, a = self._complete_check(held, active, device_id)
        concerned = held.devices() | active.devices()
        moved = self._move_parties(active, held, device_id)
        self._release(h)
        self._release(a)
        to = moved[0] if moved else ""
        self._call_event(
            "CALL_TRANSFERRED_EVENT", held, lambda v: events.transferred(h, a, to, v), concerned
        )
        self._retire(active)
        self._after_completion(held, device_id, concerned)
        return held

    def blind_transfer(self, call: Call, device_id: str, dialed: str | None) -> Call:
        """Single-step transfer: ``call`` rings ``dialed`` and ``device_id`` drops out."""
        conn = call.connection(device_id)
        if conn is None or conn.state != LCS.LCS_CONNECT:
            raise ControlError(CF.CF_NO_ACTIVE_CALL, f"no connected call at {device_id}")
        target = self._check_dialed(dialed, device_id)
        if call.connection(target) is not None:
            raise ControlError(CF.CF_INVALID_CALLED_DEVICE, f"{target} is already on the call")
        concerned = call.devices() | {target}
        self._release(conn)
        ringing = self._ring(call, target)  # a party of the call the transfer reports
        self._call_event(
            "CALL_TRANSFERRED_EVENT",
            call,
            lambda v: events.transferred(conn, conn, target, v),
            concerned,
        )
        self._delivered(ringing)
        self._after_completion(call, device_id, concerned)
        return call

    def conference(self, held: Call, active: Call, device_id: str) -> Call:
        """Join the parties of ``active`` to ``held``; ``device_id`` stays, now connected."""
        h, a = self._complete_check(held, active, device_id)
        added = [c for c in active.live_connections() if c.device_id != device_id]
        if len(held.live_connections()) + len(added) > MAX_NUM_PARTIES:
            raise ControlError(CF.CF_CONFERENCE_MEMBER_LIMIT_EXCEEDED, "too many parties")
        concerned = held.devices() | active.devices()
        moved = self._move_parties(active, held, device_id)
        self._release(a)
        h.state = LCS.LCS_CONNECT
        party = moved[0] if moved else ""
        self._call_event(
            "CALL_CONFERENCED_EVENT", held, lambda v: events.conferenced(h, a, party, v), concerned
        )
        self._retire(active)
        for device in concerned:
            self._refresh(device)
        return held

    def _after_completion(self, call: Call, device_id: str, concerned: frozenset[str]) -> None:
        if len(call.live_connections()) < 2:
            self._end(call)
        else:
            self._emit(CallLeft(call, device_id))
        for device in concerned:
            self._refresh(device)

    # -----------------------------------------------------------------------------------------
    # Call data

    def set_call_data(self, call: Call, changes: dict[str, Any]) -> None:
        """Apply CALL_DATA fields (message field names) and tell the call's parties."""
        _apply_data(call, changes)
        if not changes or call.ended:
            return  # after END_CALL_EVENT no session is associated with the call any more
        self._call_event(
            "CALL_DATA_UPDATE_EVENT", call, lambda v: events.call_data_update(call, v, changes)
        )

    def release(self, call: Call) -> None:
        """RELEASE_CALL: the client is done with an ended call's data; forget it."""
        if call.ended:
            self.ended.pop(call.call_id, None)


def _apply_data(call: Call, changes: dict[str, Any]) -> None:
    """Store call data given by CALL_DATA message field names (others are not kept)."""
    for name, value in changes.items():
        if name.startswith("call_variable"):
            call.variables[int(name.removeprefix("call_variable")) - 1] = value
        elif name == "call_wrapup_data":
            call.wrapup_data = value
        elif name == "named_variables":
            call.named_variables.update((nv.name, nv.value) for nv in value)
        elif name in ("ani", "caller_entered_digits"):
            setattr(call, name, value)

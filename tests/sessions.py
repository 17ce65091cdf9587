"""Real CTI sessions, recorded for captures: frames in the order they crossed the wire.

    frames = simulator_session(port, cti)          # against the simulator, over loopback TCP
    frames = replayed_session(25, frames_of_15)    # ClientSession <-> ServerSession of Version 25
    conversation, done = segmented(frames, client, server, start)   # for pcapwrite

:func:`simulator_session` opens an All Events + Client Control session to a running simulator,
drives a call through make, answer, hold, retrieve, call data, consult and conference, queries and
sets agent state, gets a FAILURE_CONF, lets the traffic generator run, and closes.
:func:`replayed_session` carries a recorded session over to another version: the session objects
of that version open it, answer a request, send the recorded events (each rebuilt as that
version's message) and close it.
:func:`segmented` cuts the frames into TCP segments the hard way: one frame split inside its
header, one inside its body, two frames in one segment, and a segment holding the end of one
frame and the start of the next.
"""

from __future__ import annotations

import dataclasses
import select
import socket
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

from pcapwrite import Conversation

from codegen.spec import Field, Group
from ctiwire.config import ClientConfig
from ctiwire.events import OpenRequested, RequestReceived
from ctiwire.session import ClientSession, ServerSession
from ctiwire.types import Message, NamedArray, NamedVar, TaskID, UnknownMessage
from strategies import version

Frames = list[tuple[bool, bytes]]  # (from the client?, frame), in wire order
PERIPHERAL = 5000


class _Recorder:
    """A plain socket client that keeps every frame it sends and receives, in order."""

    def __init__(self, port: int, cti: ModuleType) -> None:
        self.cti = cti
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.frames: Frames = []
        self.incoming = cti.frame_decoder()
        self.invoke_id = 0

    def send(self, message: Message) -> None:
        if hasattr(message, "invoke_id"):
            self.invoke_id += 1
            message = dataclasses.replace(message, invoke_id=self.invoke_id)
        data = self.cti.encode(message)
        self.sock.sendall(data)
        self.frames.append((True, data))

    def pump(self, quiet: float = 0.08, limit: float = 2.0) -> list[Message]:
        """What arrives until nothing has for ``quiet`` seconds."""
        got: list[Message] = []
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.sock], [], [], quiet)
            if not ready:
                break
            data = self.sock.recv(65536)
            if not data:
                break
            self.incoming.feed(data)
            while (frame := self.incoming.next_frame()) is not None:
                self.frames.append((False, frame))
                got.append(self.cti.decode(frame))
        return got

    def close(self) -> None:
        self.sock.close()


def simulator_session(port: int, cti: ModuleType, start_traffic: Callable[[], None]) -> Frames:
    """A scripted session with the simulator listening on ``port`` (see the module doc)."""
    s = cti.CTIServiceMask
    r = _Recorder(port, cti)
    try:
        r.send(
            cti.OpenReq(
                invoke_id=0,
                version_number=cti.PROTOCOL_VERSION,
                idle_timeout=0xFFFFFFFF,
                peripheral_id=cti.NULL_PERIPHERAL_ID,
                services_requested=s.CTI_SERVICE_ALL_EVENTS
                | s.CTI_SERVICE_CLIENT_CONTROL
                | s.CTI_SERVICE_CALL_DATA_UPDATE,
                call_msg_mask=sum(m.value for m in cti.CallEventMask),
                agent_state_mask=sum(m.value for m in cti.AgentStateMask),
                client_id="tester",
                client_password=b"secret",
            )
        )
        r.pump()
        r.send(cti.HeartbeatReq(invoke_id=0))
        r.pump()
        r.send(cti.QueryAgentStateReq(invoke_id=0, peripheral_id=PERIPHERAL, agent_id="1001"))
        r.pump()
        r.send(
            cti.SetAgentStateReq(
                invoke_id=0,
                peripheral_id=PERIPHERAL,
                agent_state=cti.AgentState.AGENT_STATE_NOT_READY,
                agent_instrument="5004",
            )
        )
        r.pump()
        r.send(
            cti.MakeCallReq(
                invoke_id=0,
                peripheral_id=PERIPHERAL,
                agent_instrument="5001",
                dialed_number="5002",
                call_variable1="from-test",
            )
        )
        call = next(m for m in r.pump() if isinstance(m, cti.MakeCallConf))
        call_id = call.new_connection_call_id
        _answer(r, cti, call_id, "5002")
        r.send(
            cti.HoldCallReq(
                invoke_id=0,
                peripheral_id=PERIPHERAL,
                connection_call_id=call_id,
                connection_device_id="5001",
            )
        )
        r.pump()
        r.send(
            cti.RetrieveCallReq(
                invoke_id=0,
                peripheral_id=PERIPHERAL,
                held_connection_call_id=call_id,
                held_connection_device_id="5001",
            )
        )
        r.pump()
        r.send(
            cti.SetCallDataReq(
                invoke_id=0,
                peripheral_id=PERIPHERAL,
                connection_call_id=call_id,
                connection_device_id="5001",
                call_variable5="vip",
                named_variables=(cti.NamedVar("user.tier", "gold"),),
            )
        )
        r.pump()
        r.send(
            cti.ConsultationCallReq(
                invoke_id=0,
                peripheral_id=PERIPHERAL,
                active_connection_call_id=call_id,
                active_connection_device_id="5001",
                dialed_number="5003",
            )
        )
        consult = next(m for m in r.pump() if isinstance(m, cti.ConsultationCallConf))
        _answer(r, cti, consult.new_connection_call_id, "5003")
        r.send(
            cti.ConferenceCallReq(
                invoke_id=0,
                peripheral_id=PERIPHERAL,
                held_connection_call_id=call_id,
                active_connection_call_id=consult.new_connection_call_id,
                active_connection_device_id="5001",
            )
        )
        r.pump()
        r.send(
            cti.ClearCallReq(
                invoke_id=0,
                peripheral_id=PERIPHERAL,
                connection_call_id=call_id,
                connection_device_id="5001",
            )
        )
        r.pump()
        release = cti.ReleaseCallReq(
            invoke_id=0,
            peripheral_id=PERIPHERAL,
            connection_call_id=call_id,
            connection_device_id="5001",
        )
        r.send(release)  # the call is forgotten
        r.pump()
        r.send(release)  # a call that no longer exists: FAILURE_CONF
        r.pump()
        start_traffic()
        r.pump(quiet=0.5, limit=0.8)
        r.send(cti.CloseReq(invoke_id=0, status=0))
        r.pump(quiet=0.2)
    finally:
        r.close()
    return r.frames


def _answer(r: _Recorder, cti: ModuleType, call_id: int, device: str) -> None:
    r.send(
        cti.AnswerCallReq(
            invoke_id=0,
            peripheral_id=PERIPHERAL,
            connection_call_id=call_id,
            connection_device_id_type=0,
            connection_device_id=device,
        )
    )
    r.pump()


# ---------------------------------------------------------------------------------------------
# Another version, through the session objects


def replayed_session(v: int, recorded: Frames, source: ModuleType) -> Frames:
    """The recorded session's events, carried by a Version ``v`` ClientSession/ServerSession."""
    import importlib

    cti = importlib.import_module(f"ctiwire.v{v}")
    frames: Frames = []
    now = 1000.0
    client = ClientSession(
        ClientConfig(
            client_id="tester",
            client_password="secret",
            protocol_version=v,
            services=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS
            | cti.CTIServiceMask.CTI_SERVICE_CLIENT_CONTROL,
            call_msg_mask=sum(m.value for m in cti.CallEventMask),
            agent_state_mask=sum(m.value for m in cti.AgentStateMask),
        )
    )
    server = ServerSession(version=v)

    def to_server(data: bytes) -> list[Any]:
        frames.extend((True, f) for f in _split(cti, data))
        server.receive_data(data, now)
        events = []
        while (event := server.next_event()) is not None:
            events.append(event)
        return events

    def to_client(data: bytes) -> None:
        frames.extend((False, f) for f in _split(cti, data))
        client.receive_data(data, now)
        while client.next_event() is not None:
            pass

    [opened] = to_server(client.open(now))
    assert isinstance(opened, OpenRequested)
    to_client(
        server.accept_open(
            peripheral_online=True, peripheral_type=cti.PeripheralType.PT_ENTERPRISE_AGENT
        )
    )
    _, data = client.request(
        cti.QueryAgentStateReq(invoke_id=0, peripheral_id=PERIPHERAL, agent_id="1001"), now
    )
    [request] = to_server(data)
    assert isinstance(request, RequestReceived)
    to_client(
        server.confirm(
            convert(
                _first(recorded, source, "QUERY_AGENT_STATE_CONF"),
                cti,
                invoke_id=getattr(request.message, "invoke_id", None),
            )
        )
    )
    for from_client, frame in recorded:
        message = source.decode(frame)
        if from_client or not message.MESSAGE_NAME.endswith("_EVENT"):
            continue
        if message.MESSAGE_NAME == "FAILURE_EVENT":
            continue  # it ends the session
        rebuilt = convert(message, cti)
        if rebuilt is not None:
            to_client(server.send_event(rebuilt))
    to_server(client.close(now))
    to_client(server.data_to_send())  # CLOSE_CONF, sent by the session itself
    return frames


def _split(cti: ModuleType, data: bytes) -> list[bytes]:
    decoder = cti.frame_decoder()
    decoder.feed(data)
    return decoder.frames()  # type: ignore[no-any-return]


def _first(recorded: Frames, source: ModuleType, name: str) -> Message:
    for _, frame in recorded:
        message = source.decode(frame)
        if name == message.MESSAGE_NAME:
            return message  # type: ignore[no-any-return]
    raise AssertionError(f"the recorded session has no {name}")


def convert(message: Message, cti: ModuleType, **overrides: Any) -> Any:
    """``message`` rebuilt as the same message of version module ``cti``: fields with the same
    name keep their values (enums as numbers), fields the other version lacks are dropped, and
    new required fields get a zero value. None if that version has no such message."""
    if isinstance(message, UnknownMessage):
        return None
    spec_message = next(
        (m for m in version(cti.PROTOCOL_VERSION).messages if m.name == message.MESSAGE_NAME),
        None,
    )
    if spec_message is None or spec_message.undocumented:
        return None
    target = cti.MESSAGES[spec_message.number]
    values: dict[str, Any] = {}
    for f in spec_message.fixed:
        if f.name not in spec_message.counted:
            values[f.py] = _value(getattr(message, f.py, None), f, cti, fixed=True)
    for item in spec_message.floating:
        if isinstance(item, Group):
            entries = getattr(message, item.py, ())
            values[item.py] = tuple(_entry(e, item, cti) for e in entries)
        elif any(isinstance(g, Group) and g.count == item.name for g in spec_message.floating):
            continue  # a floating count: derived
        elif item.repeated:
            values[item.py] = tuple(_value(x, item, cti) for x in getattr(message, item.py, ()))
        else:
            old = getattr(message, item.py, None)
            if old is not None or item.required:
                values[item.py] = _value(old, item, cti)
    values.update(overrides)
    return target(**values)


def _entry(entry: Any, group: Group, cti: ModuleType) -> Any:
    if len(group.members) == 1 and not group.records:
        return _value(entry, group.members[0], cti)
    values = {
        m.py: _value(getattr(entry, m.py, None), m, cti)
        for m in group.members
        if m.name not in group.counts
    }
    return getattr(cti, group.entry)(**values)


def _value(value: Any, f: Field, cti: ModuleType, *, fixed: bool = False) -> Any:
    if value is None:
        kind = "UNSPEC" if f.opaque else f.type
        if kind == "STRING":
            return ""
        if kind in ("UNSPEC", "APPPATHID"):
            return b"\0" * (f.size or 5) if fixed or kind == "APPPATHID" else b""
        if kind == "TASKID":
            return TaskID(0, 0, 0)
        if kind == "NAMEDVAR":
            return NamedVar("", "")
        if kind == "NAMEDARRAY":
            return NamedArray(0, "", "")
        return 0
    if isinstance(value, NamedVar | NamedArray | TaskID | bytes | str):
        return value
    return int(value)


# ---------------------------------------------------------------------------------------------
# Segments


def segmented(
    frames: Frames, client: tuple[str, int], server: tuple[str, int], start: float, step: float
) -> tuple[Conversation, list[float]]:
    """The frames as TCP segments (see the module doc), one every ``step`` seconds from
    ``start``; also the time of the segment that completes each frame."""
    conversation = Conversation(client, server)
    done: list[float] = []
    # Server frames with a body to split; the first two candidates get split, the next pair
    # shares a segment, and the pair after that is cut across the boundary.
    plan: dict[int, str] = {}
    candidates = [
        i
        for i in range(len(frames) - 1)
        if not frames[i][0] and not frames[i + 1][0] and len(frames[i][1]) > 24
    ]
    kinds = ["header", "body", "together", "across"]
    used: set[int] = set()
    for i in candidates:
        if kinds and i not in used and i + 1 not in used and i - 1 not in used:
            plan[i] = kinds.pop(0)
            used.update((i, i + 1))
    assert not kinds, "the session has too few server frames to segment"
    n = 0  # segments so far: times are start + n * step, without adding up rounding
    i = 0
    while i < len(frames):
        from_client, frame = frames[i]
        how = plan.get(i)
        if how in ("header", "body"):
            cut = 5 if how == "header" else 8 + (len(frame) - 8) // 2
            conversation.send(start + n * step, from_client, frame[:cut])
            n += 1
            conversation.send(start + n * step, from_client, frame[cut:])
            done.append(start + n * step)
            i += 1
        elif how == "together":
            conversation.send(start + n * step, from_client, frame + frames[i + 1][1])
            done += [start + n * step] * 2
            i += 2
        elif how == "across":
            following = frames[i + 1][1]
            cut = len(following) // 2
            conversation.send(start + n * step, from_client, frame + following[:cut])
            done.append(start + n * step)
            n += 1
            conversation.send(start + n * step, from_client, following[cut:])
            done.append(start + n * step)
            i += 2
        else:
            conversation.send(start + n * step, from_client, frame)
            done.append(start + n * step)
            i += 1
        n += 1
    return conversation, done

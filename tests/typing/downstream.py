"""A downstream module using ctiwire.v15 as an application would; checked by `mypy --strict`.

It is never run by pytest: CI type-checks it to prove the generated API is precisely typed
(isinstance narrowing, enum and optional fields, groups as tuples of entries).
"""

from __future__ import annotations

from typing import assert_type

import ctiwire.v15 as cti
from ctiwire import DecodeError, Message, NamedVar


def describe(frame: bytes) -> str:
    try:
        message = cti.decode(frame)
    except DecodeError as exc:
        return f"bad frame: {exc.message} {exc.field} at {exc.offset}"
    assert_type(message, Message)
    if isinstance(message, cti.CallDeliveredEvent):
        assert_type(message.connection_device_id, str)
        assert_type(message.ani, str | None)
        assert_type(message.peripheral_type, cti.PeripheralType | int)
        assert_type(message.named_variables, tuple[NamedVar, ...])
        caller = message.ani or "unknown"
        return f"call {message.connection_call_id} from {caller}"
    if isinstance(message, cti.CallConferencedEvent):
        parties: tuple[cti.ConnectedParty, ...] = message.connected_parties
        return ", ".join(p.connected_party_device_id for p in parties)
    if isinstance(message, cti.AgentStateEvent):
        state = message.agent_state
        if state == cti.AgentState.AGENT_STATE_AVAILABLE:
            return "available"
        return f"agent state {state}"
    if isinstance(message, cti.UnknownMessage):
        return f"message {message.message_type} of {len(message.body)} bytes"
    return type(message).__name__


def open_request() -> bytes:
    request = cti.OpenReq(
        invoke_id=1,
        version_number=cti.PROTOCOL_VERSION,
        idle_timeout=120,
        services_requested=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
        call_msg_mask=cti.CallEventMask.CALL_DELIVERED_MASK | cti.CallEventMask.CALL_CLEARED_MASK,
        client_id="desktop",
        client_password=b"secret",
    )
    return cti.encode(request)


def frames(stream: bytes) -> list[Message]:
    decoder = cti.frame_decoder()
    decoder.feed(stream)
    return [cti.decode(frame) for frame in decoder.frames()]

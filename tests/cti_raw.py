"""A minimal blocking CTI client over a plain socket, for testing the simulator on the wire.

    with RawClient(port, version=24) as client:      # encodes and decodes Version 24
        client.open(open_req(version=24))
        conf, events = client.request(client.cti.QueryAgentStateReq(...))

It does no session logic at all (no heartbeats unless sent by the test), so tests see exactly
what the server sends and when.
"""

from __future__ import annotations

import dataclasses
import socket
import time
from types import ModuleType
from typing import Any

import ctiwire
import ctiwire.v15 as cti
from ctiwire.types import Message


def all_bits(mask: Any) -> int:
    """Every bit a mask class defines."""
    return sum(m.value for m in mask)


ALL_CALL_EVENTS = all_bits(cti.CallEventMask)
ALL_AGENT_STATES = all_bits(cti.AgentStateMask)
S = cti.CTIServiceMask
CONTROL = S.CTI_SERVICE_CLIENT_CONTROL | S.CTI_SERVICE_CALL_DATA_UPDATE
PERIPHERAL = 5000


def open_req(*, version: int = 15, **fields: Any) -> Any:
    """An All Events + control OPEN_REQ of ``version`` that the simulator fixtures accept (every
    call event and agent state of that version), with overrides."""
    v = ctiwire.protocol(version)
    values: dict[str, Any] = {
        "invoke_id": 1,
        "version_number": version,
        "idle_timeout": 0xFFFFFFFF,
        "peripheral_id": v.NULL_PERIPHERAL_ID,
        "services_requested": S.CTI_SERVICE_ALL_EVENTS | CONTROL,
        "call_msg_mask": all_bits(v.CallEventMask),
        "agent_state_mask": all_bits(v.AgentStateMask),
        "client_id": "tester",
        "client_password": b"secret",
    }
    values.update(fields)
    return v.OpenReq(**values)


def client_events(device: str, **fields: Any) -> Any:
    """OPEN_REQ for Client Events (and control) of the agent teleset ``device``."""
    fields.setdefault("services_requested", S.CTI_SERVICE_CLIENT_EVENTS | CONTROL)
    fields.setdefault("peripheral_id", PERIPHERAL)
    fields.setdefault("agent_instrument", device)
    return open_req(**fields)


class Closed(Exception):
    """The server closed (or reset) the connection."""


class RawClient:
    def __init__(self, port: int, *, version: int = 15) -> None:
        self.cti: ModuleType = ctiwire.protocol(version)
        """The protocol version module this client encodes and decodes with."""
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.frames = self.cti.frame_decoder()
        self.received: list[bytes] = []  # every frame, as received
        self.closed = False
        self._invoke_id = 100

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> RawClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, message: Message) -> None:
        self.sock.sendall(self.cti.encode(message))

    def recv(self, timeout: float = 2.0) -> Message:
        """The next message; :class:`TimeoutError` if none comes, :class:`Closed` at EOF."""
        deadline = time.monotonic() + timeout
        while (frame := self.frames.next_frame()) is None:
            if self.closed:
                raise Closed
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no message from the simulator")
            self.sock.settimeout(remaining)
            try:
                data = self.sock.recv(65536)
            except ConnectionResetError:
                data = b""
            except TimeoutError:
                continue
            if not data:
                self.closed = True
            self.frames.feed(data)
        self.received.append(frame)
        message: Message = self.cti.decode(frame)
        return message

    def recv_all(self, quiet: float = 0.1) -> list[Message]:
        """Every message until none arrives for ``quiet`` seconds."""
        out = []
        while True:
            try:
                out.append(self.recv(quiet))
            except (TimeoutError, Closed):
                return out

    def collect(self, seconds: float) -> list[Message]:
        """Every message that arrives within ``seconds``."""
        out: list[Message] = []
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                out.append(self.recv(left))
            except (TimeoutError, Closed):
                break
        return out

    def wait_closed(self, timeout: float = 2.0) -> list[Message]:
        """Messages until the server closes the connection (TimeoutError if it does not)."""
        out: list[Message] = []
        deadline = time.monotonic() + timeout
        while True:
            try:
                out.append(self.recv(max(0.0, deadline - time.monotonic())))
            except Closed:
                return out

    def open(self, req: Message | None = None) -> Any:
        """Send ``req`` (default: :func:`open_req` of this client's version); the OPEN_CONF."""
        self.send(req or open_req(version=self.cti.PROTOCOL_VERSION))
        conf = self.recv()
        assert isinstance(conf, self.cti.OpenConf), conf
        return conf

    def request(self, message: Message) -> tuple[Message, list[Message]]:
        """Send ``message`` under a fresh InvokeID; the answer and the events that follow."""
        self._invoke_id += 1
        message = dataclasses.replace(message, invoke_id=self._invoke_id)  # type: ignore[type-var]
        self.send(message)
        before: list[Message] = []
        while True:
            answer = self.recv()
            if getattr(answer, "invoke_id", None) == self._invoke_id:
                break
            before.append(answer)
        assert not before, f"events before the confirmation: {before}"
        return answer, self.recv_all()


def names(messages: list[Message]) -> list[str]:
    return [m.MESSAGE_NAME for m in messages]

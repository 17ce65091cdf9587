"""The session core of a simulator link: :class:`~ctiwire.session.ServerSession`, plus the
messages a client sends that are named like events.

    session = SimulatorSession(version=24, open_timeout=30.0, now=now)

The configuration requests of Version 19 on, CONFIG_REQUEST_KEY_EVENT and CONFIG_REQUEST_EVENT,
go from the client to the server but are named ``..._EVENT`` and carry no InvokeID ("there are
no Invocation ID for the request and response events ... only one request can be outstanding at
one time"). The session core takes every ``..._EVENT`` a client sends for a protocol violation;
this subclass reports the ones the version defines as client-to-server (the generated classes'
``DIRECTION``) as :class:`~ctiwire.events.RequestReceived`, untracked, like a message of an
unknown type: the simulator answers them with events.

Stop-gap: when ServerSession learns this itself, this module goes.
"""

from __future__ import annotations

from ctiwire._codec import Kind
from ctiwire.events import RequestReceived
from ctiwire.session import ServerSession
from ctiwire.types import Message

__all__ = ["SimulatorSession"]


class SimulatorSession(ServerSession):
    def _on_request(self, message: Message) -> None:
        direction = getattr(message, "DIRECTION", "")
        if self.codec.kind(message) is Kind.EVENT and direction == "client_to_server":
            self._events.append(RequestReceived(message))
            return
        super()._on_request(message)

"""ctiwire: the Cisco Unified Contact Center Enterprise CTI Server protocol (GED-188).

The protocol bindings are generated from ``spec/``, one module per protocol version (15 to 25)::

    import ctiwire.v24 as cti
    message = cti.decode(frame)

    cti = ctiwire.protocol(version)       # when the version is known only at run time
    ctiwire.protocol_versions()          # (15, 16, ..., 25)

A session with a CTI Server (asyncio, side A/B failover; the sans-IO core is ctiwire.session)::

    async with ctiwire.connect(config, [("cti-a", 42027), ("cti-b", 42028)]) as client:
        conf = await client.request(cti.QueryAgentStateReq(...))
        async for event in client.events():
            ...
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._codec import protocol, protocol_versions
from .errors import (
    ConnectAttempt,
    ConnectFailedError,
    ConnectionLostError,
    ConnectTimeoutError,
    CTIError,
    DecodeError,
    EncodeError,
    FramingError,
    LocalProtocolError,
    OpenFailedError,
    RemoteProtocolError,
    RequestFailedError,
    RequestTimeoutError,
)
from .framing import FrameDecoder
from .types import Message, NamedArray, NamedVar, TaskID, UnknownField, UnknownMessage

if TYPE_CHECKING:
    from .client import Client, connect
    from .config import ClientConfig
    from .events import (
        Event,
        MalformedMessage,
        ProtocolError,
        ServerRequest,
        SessionClosed,
        SessionLost,
        SessionOpened,
        UnexpectedMessage,
        UnsolicitedEvent,
    )

# The session and client pull in asyncio and ssl; a program that only decodes (``import
# ctiwire.v24``) should not pay for them, so they are imported on first use.
_LAZY = {
    "Client": "client",
    "connect": "client",
    "ClientConfig": "config",
    "Event": "events",
    "ProtocolError": "events",
    "MalformedMessage": "events",
    "UnexpectedMessage": "events",
    "ServerRequest": "events",
    "SessionClosed": "events",
    "SessionLost": "events",
    "SessionOpened": "events",
    "UnsolicitedEvent": "events",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ctiwire' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"

__all__ = [
    "protocol",
    "protocol_versions",
    "CTIError",
    "DecodeError",
    "EncodeError",
    "FramingError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "ConnectionLostError",
    "ConnectAttempt",
    "ConnectFailedError",
    "ConnectTimeoutError",
    "OpenFailedError",
    "RequestFailedError",
    "RequestTimeoutError",
    "Client",
    "ClientConfig",
    "connect",
    "FrameDecoder",
    "Event",
    "SessionOpened",
    "SessionLost",
    "SessionClosed",
    "ProtocolError",
    "MalformedMessage",
    "UnexpectedMessage",
    "ServerRequest",
    "UnsolicitedEvent",
    "Message",
    "NamedArray",
    "NamedVar",
    "TaskID",
    "UnknownField",
    "UnknownMessage",
    "__version__",
]

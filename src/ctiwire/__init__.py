"""ctiwire: the Cisco Unified Contact Center Enterprise CTI Server protocol (GED-188).

The protocol bindings are generated from ``spec/``, one module per protocol version::

    import ctiwire.v15 as cti
    message = cti.decode(frame)

A session with a CTI Server (asyncio, side A/B failover; the sans-IO core is ctiwire.session)::

    async with ctiwire.connect(config, [("cti-a", 42027), ("cti-b", 42028)]) as client:
        conf = await client.request(cti.QueryAgentStateReq(...))
        async for event in client.events():
            ...
"""

from .client import Client, connect
from .config import ClientConfig
from .errors import (
    ConnectionLostError,
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
from .events import (
    Event,
    ProtocolError,
    SessionClosed,
    SessionLost,
    SessionOpened,
    UnsolicitedEvent,
)
from .framing import FrameDecoder
from .types import Message, NamedArray, NamedVar, TaskID, UnknownField, UnknownMessage

__version__ = "0.1.0"

__all__ = [
    "CTIError",
    "DecodeError",
    "EncodeError",
    "FramingError",
    "LocalProtocolError",
    "RemoteProtocolError",
    "ConnectionLostError",
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
    "UnsolicitedEvent",
    "Message",
    "NamedArray",
    "NamedVar",
    "TaskID",
    "UnknownField",
    "UnknownMessage",
    "__version__",
]

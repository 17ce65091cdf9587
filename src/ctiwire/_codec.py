"""One protocol version's codec, as the session layer sees it.

The session logic is the same for every protocol version; only the message classes differ (each
generated module has its own ``OpenReq``, ``StatusCode``, ...). So the session never imports a
version's classes: it reaches them through a :class:`Codec` built from the version module, and
tells messages apart by their ``MESSAGE_NAME`` (the guide's name in every version) and their
generated ``DIRECTION``: what a message is to the session (:class:`Kind`) comes from the spec,
not from the ending of its name.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from ._state import SERVER_EXCHANGES
from .errors import LocalProtocolError
from .framing import FrameDecoder
from .types import Message, UnknownMessage

__all__ = [
    "Codec",
    "Kind",
    "codec_for",
    "protocol",
    "protocol_versions",
    "version_available",
    "invoke_id_of",
    "SESSION_REQUESTS",
    "FAILURES",
]

# The session-management requests the session core sends and answers itself.
SESSION_REQUESTS = frozenset({"OPEN_REQ", "HEARTBEAT_REQ", "CLOSE_REQ"})
FAILURES = frozenset({"FAILURE_CONF", "CONTROL_FAILURE_CONF"})


_ANSWERS_TO_SERVER = frozenset(answer for answer, _ in SERVER_EXCHANGES.values())


class Kind(enum.Enum):
    """What a message is, for the session's bookkeeping (see :meth:`Codec.kind`)."""

    REQUEST = "request"  # opens an exchange: carries an InvokeID, answered with that InvokeID
    CONFIRMATION = "confirmation"  # answers a request: echoes its InvokeID
    FAILURE = "failure"  # FAILURE_CONF, CONTROL_FAILURE_CONF: negative confirmation
    EVENT = "event"  # no InvokeID: unsolicited (either direction; answers nothing)
    UNKNOWN = "unknown"  # a MessageType this version does not define


def version_available(version: int) -> bool:
    """True if ctiwire has generated bindings for this protocol version."""
    return int(version) in protocol_versions()


@cache
def protocol_versions() -> tuple[int, ...]:
    """The protocol versions ctiwire has bindings for (its ``vNN`` subpackages), ascending.

    Found by looking at the package, not listed anywhere: a version added to the spec and
    generated is available without any other change.
    """
    # This module's own folder is the package's: no import of the package (which imports us).
    found = (
        int(info.name[1:])
        for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if info.ispkg and info.name[:1] == "v" and info.name[1:].isdigit()
    )
    return tuple(sorted(found))


def protocol(version: int) -> ModuleType:
    """The module of a protocol version: ``protocol(24)`` is ``ctiwire.v24``.

    For code that learns the version at run time; code that knows it imports the module
    (``import ctiwire.v24 as cti``), which a type checker can follow.
    """
    if not isinstance(version, int) or not version_available(version):
        known = ", ".join(map(str, protocol_versions()))
        raise ValueError(f"ctiwire has no bindings for CTI protocol version {version!r} ({known})")
    return importlib.import_module(f"ctiwire.v{version}")


@cache
def codec_for(version: int | ModuleType) -> Codec:
    """The codec of a protocol version, given as its number or its module (``ctiwire.v15``)."""
    if isinstance(version, ModuleType):
        return Codec(version)
    return Codec(protocol(version))


class Codec:
    """Encode, decode and build the messages of one protocol version by name."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.version: int = module.PROTOCOL_VERSION
        self.decode: Callable[[bytes], Message] = module.decode
        self.encode: Callable[[Message], bytes] = module.encode
        self._frame_decoder: Callable[[], FrameDecoder] = module.frame_decoder
        messages: Mapping[int, type[Message]] = module.MESSAGES
        self._classes = {cls.MESSAGE_NAME: cls for cls in messages.values()}
        self._kinds = {cls: _kind(cls) for cls in messages.values()}
        # MessageType -> whether its first body field is the InvokeID (read from a body that
        # does not decode, to fail the request it answers)
        self.invoke_id_first = {
            n: bool(cls.__slots__) and cls.__slots__[0] == "invoke_id"
            for n, cls in messages.items()
        }

    def __repr__(self) -> str:
        return f"<Codec for CTI protocol version {self.version}>"

    def frame_decoder(self) -> FrameDecoder:
        return self._frame_decoder()

    def enum(self, name: str) -> Any:
        """An enum or mask class of this version (``"StatusCode"``, ``"CTIServiceMask"``...)."""
        return getattr(self.module, name)

    def build(self, name: str, **fields: Any) -> Message:
        """A message of this version by its guide name: ``build("HEARTBEAT_REQ", invoke_id=7)``."""
        return self._classes[name](**fields)

    def message_class(self, name: str) -> type[Message]:
        """The class of a message of this version by its guide name."""
        return self._classes[name]

    def kind(self, message: Message) -> Kind:
        """What ``message`` is to a session: see :func:`_kind`."""
        if isinstance(message, UnknownMessage):
            return Kind.UNKNOWN
        return self.kind_of_class(type(message))

    def kind_of_class(self, cls: type[Message]) -> Kind:
        kind = self._kinds.get(cls)
        return kind if kind is not None else _kind(cls)

    def confirmation_for(self, request_name: str) -> str | None:
        """The name of the confirmation that answers a request (``None`` if there is none)."""
        if not request_name.endswith("_REQ"):
            return None
        name = request_name[: -len("_REQ")] + "_CONF"
        return name if name in self._classes else None

    def check_own(self, message: Message) -> None:
        """Refuse a message object of another protocol version (it would encode wrongly)."""
        if isinstance(message, UnknownMessage):
            return
        cls = self._classes.get(message.MESSAGE_NAME)
        if cls is not type(message):
            raise LocalProtocolError(
                f"{type(message).__module__}.{type(message).__name__} is not a message of "
                f"CTI protocol version {self.version}"
            )


def _kind(cls: type[Message]) -> Kind:
    """A message's kind from what the spec says of it: the two failures by name; no InvokeID is
    an event; an InvokeID opens an exchange when the message goes the way exchanges are opened
    (client to server, or one of the server's own exchanges) and answers one otherwise."""
    name = cls.MESSAGE_NAME
    if name in FAILURES:
        return Kind.FAILURE
    if "invoke_id" not in getattr(cls, "__slots__", ()):
        return Kind.EVENT
    if name in SERVER_EXCHANGES:
        return Kind.REQUEST
    if name in _ANSWERS_TO_SERVER:
        return Kind.CONFIRMATION
    return Kind.REQUEST if cls.DIRECTION == "client_to_server" else Kind.CONFIRMATION


def invoke_id_of(message: Message) -> int | None:
    """The InvokeID a request or confirmation carries (``None`` for events)."""
    value = getattr(message, "invoke_id", None)
    return value if isinstance(value, int) else None

"""One protocol version's codec, as the session layer sees it.

The session logic is the same for every protocol version; only the message classes differ (each
generated module has its own ``OpenReq``, ``StatusCode``, ...). So the session never imports a
version's classes: it reaches them through a :class:`Codec` built from the version module, and
tells messages apart by their ``MESSAGE_NAME``, which is the guide's name in every version.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
from collections.abc import Callable, Mapping
from functools import cache
from types import ModuleType
from typing import Any

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


class Kind(enum.Enum):
    """What a message is, for the session's bookkeeping."""

    REQUEST = "request"  # ..._REQ: carries an InvokeID, answered by a confirmation
    CONFIRMATION = "confirmation"  # ..._CONF other than the two failures: echoes an InvokeID
    FAILURE = "failure"  # FAILURE_CONF, CONTROL_FAILURE_CONF: negative confirmation
    EVENT = "event"  # everything else the server sends unsolicited (..._EVENT)
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
    package = importlib.import_module("ctiwire")
    found = (
        int(info.name[1:])
        for info in pkgutil.iter_modules(package.__path__)
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

    def kind(self, message: Message) -> Kind:
        if isinstance(message, UnknownMessage):
            return Kind.UNKNOWN
        name = message.MESSAGE_NAME
        if name in FAILURES:
            return Kind.FAILURE
        if name.endswith("_CONF"):
            return Kind.CONFIRMATION
        if name.endswith("_REQ"):
            return Kind.REQUEST
        return Kind.EVENT

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


def invoke_id_of(message: Message) -> int | None:
    """The InvokeID a request or confirmation carries (``None`` for events)."""
    value = getattr(message, "invoke_id", None)
    return value if isinstance(value, int) else None

"""Requests from consumers: JSON in, a CTI request out, its confirmation (or failure) as JSON.

::

    builder = RequestBuilder(ctiwire.protocol(24))
    request = builder.parse(b'{"message": "QUERY_AGENT_STATE_REQ",'
                            b' "fields": {"peripheral_id": 5000, "agent_instrument": "5001"}}')
    request.message          # QueryAgentStateReq(invoke_id=0, peripheral_id=5000, ...)
    reply = await answer(client, request)      # bytes: the JSON reply
    reply_error(exc)                           # bytes: the JSON of a RequestError

**A request** is one JSON object::

    {"message": "SET_AGENT_STATE_REQ",          # the guide's name of a request a client sends
     "fields": {"peripheral_id": 5000, "agent_instrument": "5001",
                "agent_state": "AGENT_STATE_NOT_READY",    # enum: its name, or its number
                "agent_password": "..."},
     "timeout": 5}                              # optional, seconds (default: the bridge's)

Field names and values are those of ``ctiwire monitor --json`` (the generated classes' field
names): an enum is a member name or a number, a mask a list of bit names (or hex strings
``"0x00000010"``) or a number, bytes are hex, a repeated group a list of objects with its
entry's fields (``{"name": ..., "value": ...}`` for named variables). Fields left out take the
class's default (zero, empty, absent); the InvokeID is the bridge's business, so ``invoke_id``
is refused. OPEN_REQ, HEARTBEAT_REQ and CLOSE_REQ belong to the bridge's own session.

**The reply** is one JSON object: ``{"ok": true, "schema": 1, "message": ..., "type": ...,
"fields": {...}}`` (the confirmation, as ``monitor --json`` shows it), or ``{"ok": false,
"schema": 1, "error": {"kind": ..., "text": ..., "code": ..., "failure": {...}}}`` where
``kind`` is one of :data:`ERROR_KINDS`; ``code`` (the FAILURE_CONF StatusCode or the
CONTROL_FAILURE_CONF FailureCode, by name) and ``failure`` (that message) come with the
``failure`` kind.

The value of a password field (``agent_password``) is never repeated in an error text, never
logged, and shown as ``"***"`` wherever a message is shown.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol

from .._codec import SESSION_REQUESTS, Kind, codec_for
from ..errors import (
    ConnectionLostError,
    CTIError,
    EncodeError,
    LocalProtocolError,
    RequestFailedError,
    RequestTimeoutError,
)
from ..jsonview import json_line, message_to_dict
from ..types import Message, NamedArray, NamedVar, TaskID
from .schema import SCHEMA_VERSION

__all__ = [
    "ERROR_KINDS",
    "Request",
    "RequestBuilder",
    "RequestError",
    "Requester",
    "answer",
    "reply_error",
    "reply_ok",
]

ERROR_KINDS = {
    "invalid_request": "the JSON is not a request this bridge can send (the text says why)",
    "not_open": "the bridge has no open CTI session right now (it is reconnecting)",
    "failure": "the CTI Server refused the request (FAILURE_CONF or CONTROL_FAILURE_CONF)",
    "timeout": "no confirmation came in time",
    "session_lost": "the CTI session ended before the confirmation came",
    "busy": "too many requests are waiting for their confirmations; try again",
}

_SIMPLE_TYPES: Mapping[str, type] = {
    "NamedVar": NamedVar,
    "NamedArray": NamedArray,
    "TaskID": TaskID,
}


class RequestError(Exception):
    """A request that cannot be sent, or that did not succeed: ``kind`` (one of
    :data:`ERROR_KINDS`), the text, and for a ``failure`` the code and the failure message."""

    def __init__(
        self, kind: str, text: str, *, code: object = None, failure: Message | None = None
    ) -> None:
        super().__init__(text)
        self.kind = kind
        self.text = text
        self.code = code
        self.failure = failure


@dataclass(frozen=True, slots=True)
class Request:
    message: Message
    timeout: float | None


Convert = Callable[[Any, str], Any]
"""Turns a JSON value into a field value; the ``str`` is the field's path, for errors."""


def _invalid(text: str) -> RequestError:
    return RequestError("invalid_request", text)


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


class RequestBuilder:
    """Builds the request messages of one protocol version from JSON (see the module
    docstring)."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.version: int = module.PROTOCOL_VERSION
        self._codec = codec_for(module)
        messages: Mapping[int, type[Message]] = module.MESSAGES
        self._classes = {cls.MESSAGE_NAME: cls for cls in messages.values()}
        self._plans: dict[type, tuple[dict[str, Convert], tuple[str, ...], dict[str, Any]]] = {}

    def request_names(self) -> list[str]:
        """The messages a consumer may send, in this version."""
        return sorted(name for name, cls in self._classes.items() if self._sendable(cls))

    def _sendable(self, cls: type[Message]) -> bool:
        return (
            self._codec.kind_of_class(cls) is Kind.REQUEST
            and cls.DIRECTION != "server_to_client"
            and cls.MESSAGE_NAME not in SESSION_REQUESTS
        )

    def parse(self, data: bytes | str) -> Request:
        """The request in ``data`` (JSON); :class:`RequestError` (``invalid_request``) says
        what is wrong with it."""
        try:
            document = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise _invalid(f"the request is not JSON: {exc}") from None
        if not isinstance(document, dict):
            raise _invalid(f"the request must be a JSON object, not {_kind_of(document)}")
        unknown = set(document) - {"message", "fields", "timeout"}
        if unknown:
            raise _invalid(
                f"unknown key(s) {', '.join(sorted(unknown))}: a request has 'message', "
                "'fields' and optionally 'timeout'"
            )
        name = document.get("message")
        if not isinstance(name, str):
            raise _invalid("'message' must be the name of a request, e.g. QUERY_AGENT_STATE_REQ")
        fields = document.get("fields", {})
        if not isinstance(fields, dict):
            raise _invalid(f"'fields' must be an object, not {_kind_of(fields)}")
        timeout = document.get("timeout")
        if timeout is not None and (
            isinstance(timeout, bool)
            or not isinstance(timeout, int | float)
            or not 0 < timeout < math.inf
        ):
            raise _invalid("'timeout' must be a positive number of seconds")
        return Request(self.build(name, fields), None if timeout is None else float(timeout))

    def build(self, name: str, fields: Mapping[str, Any]) -> Message:
        """The message ``name`` with ``fields`` (JSON values), checked."""
        cls = self._classes.get(name)
        if cls is None:
            close = [n for n in self.request_names() if name.upper() in n or n in name.upper()]
            hint = f" (did you mean {', '.join(close[:3])}?)" if close else ""
            raise _invalid(f"protocol version {self.version} has no message {name!r}{hint}")
        if not self._sendable(cls):
            raise _invalid(
                f"{name} is not a request a client may send through the bridge (requests: "
                "the client-to-server *_REQ messages but OPEN_REQ, HEARTBEAT_REQ and CLOSE_REQ)"
            )
        if "invoke_id" in fields:
            raise _invalid("invoke_id is set by the bridge; leave it out")
        message: Message = self._instance(cls, fields, name)
        return message

    # -- conversion ---------------------------------------------------------------------------

    def _instance(self, cls: type, fields: Mapping[str, Any], path: str) -> Any:
        converters, required, absent = self._plan(cls)
        unknown = [key for key in fields if key not in converters]
        if unknown:
            known = ", ".join(k for k in converters if k != "invoke_id")
            raise _invalid(
                f"{path} has no field {', '.join(map(repr, unknown))} (its fields: {known})"
            )
        missing = [name for name in required if fields.get(name) is None]
        if missing:
            raise _invalid(f"{path} needs {', '.join(missing)}")
        arguments = dict(absent)
        for key, value in fields.items():
            arguments[key] = converters[key](value, f"{path}.{key}")
        try:
            return cls(**arguments)
        except (TypeError, ValueError) as exc:
            raise _invalid(f"{path}: {exc}") from None

    def _plan(self, cls: type) -> tuple[dict[str, Convert], tuple[str, ...], dict[str, Any]]:
        """The converters of a class's fields; the fields a request must give (no default,
        and neither optional nor repeated); what the others without a default take when left
        out (``None``, or no entries: the entry classes of groups have no defaults)."""
        plan = self._plans.get(cls)
        if plan is None:
            entries: Mapping[str, type] = getattr(cls, "GROUP_ENTRIES", {})
            converters: dict[str, Convert] = {}
            required: list[str] = []
            absent: dict[str, Any] = {}
            for f in dataclasses.fields(cls):
                if f.name == "unknown_fields":
                    continue
                annotation = str(f.type)
                converters[f.name] = self._converter(annotation, entries.get(f.name))
                if f.default is not dataclasses.MISSING:
                    continue
                if annotation.startswith("tuple["):
                    absent[f.name] = ()
                elif "None" in annotation.split(" | "):
                    absent[f.name] = None
                else:
                    required.append(f.name)
            plan = self._plans[cls] = (converters, tuple(required), absent)
        return plan

    def _converter(self, annotation: str, entry: type | None) -> Convert:
        options = [part.strip() for part in annotation.split("|")]
        optional = "None" in options
        options = [o for o in options if o != "None"]
        if len(options) == 1 and options[0].startswith("tuple[") and options[0].endswith(", ...]"):
            item = self._converter(options[0][len("tuple[") : -len(", ...]")], entry)
            return _optional(_sequence(item), optional)
        kinds = set(options)
        if entry is not None or (len(kinds) == 1 and next(iter(kinds)) in _SIMPLE_TYPES):
            target = entry or _SIMPLE_TYPES[options[0]]
            return _optional(self._object(target), optional)
        named = [o for o in options if o not in ("int", "str", "bytes", "bool", "float")]
        if named:
            enum_class = getattr(self.module, named[0], None)
            if isinstance(enum_class, type) and issubclass(enum_class, enum.IntFlag):
                return _optional(_mask(enum_class), optional)
            if isinstance(enum_class, type) and issubclass(enum_class, enum.Enum):
                return _optional(_enum(enum_class), optional)
            raise TypeError(f"no JSON conversion for {annotation}")  # a generator change
        if kinds == {"str"}:
            return _optional(_string, optional)
        if kinds == {"bytes"}:
            return _optional(_bytes, optional)
        if kinds == {"bool", "int"}:
            return _optional(_bool_or_int, optional)
        if kinds == {"int"}:
            return _optional(_integer, optional)
        raise TypeError(f"no JSON conversion for {annotation}")

    def _object(self, cls: type) -> Convert:
        def convert(value: Any, path: str) -> Any:
            if not isinstance(value, dict):
                raise _invalid(f"{path} must be an object, not {_kind_of(value)}")
            return self._instance(cls, value, path)

        return convert


def _optional(convert: Convert, optional: bool) -> Convert:
    if not optional:
        return convert

    def maybe(value: Any, path: str) -> Any:
        return None if value is None else convert(value, path)

    return maybe


def _sequence(item: Convert) -> Convert:
    def convert(value: Any, path: str) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise _invalid(f"{path} must be a list, not {_kind_of(value)}")
        return tuple(item(v, f"{path}[{i}]") for i, v in enumerate(value))

    return convert


def _integer(value: Any, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _invalid(f"{path} must be an integer, not {_kind_of(value)}")
    return value


def _bool_or_int(value: Any, path: str) -> bool | int:
    if not isinstance(value, int):  # bool is an int
        raise _invalid(f"{path} must be a boolean or an integer, not {_kind_of(value)}")
    return value


def _string(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise _invalid(f"{path} must be a string, not {_kind_of(value)}")
    return value


def _bytes(value: Any, path: str) -> bytes:
    if not isinstance(value, str):
        raise _invalid(f"{path} must be hex digits in a string, not {_kind_of(value)}")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise _invalid(f"{path} must be hex digits") from None


def _enum(cls: type[enum.Enum]) -> Convert:
    def convert(value: Any, path: str) -> Any:
        if isinstance(value, str):
            member = cls.__members__.get(value)
            if member is None:
                raise _invalid(f"{path}: {cls.__name__} has no member {value!r}")
            return member
        return _integer(value, path)

    return convert


def _mask(cls: type[enum.IntFlag]) -> Convert:
    def bit(name: Any, path: str) -> int:
        if not isinstance(name, str):
            raise _invalid(f"{path} must be a bit name or a hex string, not {_kind_of(name)}")
        member = cls.__members__.get(name)
        if member is not None:
            return int(member)
        if name.lower().startswith("0x"):
            try:
                return int(name, 16)
            except ValueError:
                pass
        raise _invalid(f"{path}: {cls.__name__} has no bit {name!r}")

    def convert(value: Any, path: str) -> Any:
        if isinstance(value, list):
            bits = 0
            for i, name in enumerate(value):
                bits |= bit(name, f"{path}[{i}]")
            return cls(bits)
        if isinstance(value, str):
            return cls(bit(value, path))
        return _integer(value, path)

    return convert


# ---------------------------------------------------------------------------------------------
# Replies


class Requester(Protocol):
    """What :func:`answer` needs of a client (:class:`ctiwire.Client` has it)."""

    async def request(self, message: Message, timeout: float | None = None) -> Message: ...


def reply_ok(confirmation: Message, names: Mapping[int, str] | None = None) -> bytes:
    document: dict[str, Any] = {"ok": True, "schema": SCHEMA_VERSION}
    document.update(message_to_dict(confirmation, names))
    return json_line(document).encode("utf-8")


def reply_error(error: RequestError, names: Mapping[int, str] | None = None) -> bytes:
    detail: dict[str, Any] = {"kind": error.kind, "text": error.text}
    if error.code is not None:
        detail["code"] = getattr(error.code, "name", None) or int(error.code)  # type: ignore[call-overload]
    if error.failure is not None:
        detail["failure"] = message_to_dict(error.failure, names)
    return json_line({"ok": False, "schema": SCHEMA_VERSION, "error": detail}).encode("utf-8")


async def answer(
    client: Requester, request: Request, names: Mapping[int, str] | None = None
) -> bytes:
    """Send ``request`` through ``client`` (a :class:`ctiwire.Client`) and return the JSON
    reply: the confirmation, or the error."""
    try:
        confirmation: Message = await client.request(request.message, timeout=request.timeout)
    except RequestTimeoutError:
        error = RequestError("timeout", f"no confirmation to {request.message.MESSAGE_NAME} came")
    except RequestFailedError as exc:
        failure = exc.failure if isinstance(exc.failure, Message) else None
        error = RequestError("failure", str(exc), code=exc.code, failure=failure)
    except ConnectionLostError as exc:
        kind = "not_open" if "no open session" in str(exc) else "session_lost"
        error = RequestError(kind, str(exc))
    except (EncodeError, LocalProtocolError) as exc:
        error = _invalid(_safe_text(exc, request.message))
    except CTIError as exc:  # an answer that does not decode
        error = RequestError("failure", str(exc))
    else:
        return reply_ok(confirmation, names)
    return reply_error(error, names)


def _safe_text(exc: CTIError, message: Message) -> str:
    """The text of an error about ``message``, unless it could show a secret value."""
    field = getattr(exc, "field", None)
    if field is not None and field in message.SECRET:
        return f"{message.MESSAGE_NAME}.{field}: the value cannot be sent (too long?)"
    return str(exc)

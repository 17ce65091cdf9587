"""The floating-field loop copied into each generated decoder, in both wire widths.

Version 15 has 1-byte tags and lengths; Version 20 and later have 2-byte ones, and no module
for them is committed yet, so the Version 20 module is generated here from the spec into a
temporary package. Every path of the loop is driven through OPEN_REQ, which has single
strings (ClientID, ClientSignature), a single raw-bytes field (ClientPassword) and an integer
one (ApplicationPathID): the fast path, the hand-off to the general field reader, and the
careful second pass that either names a problem or keeps bytes that are not UTF-8.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import ctiwire.v15
from codegen.generate import render_version
from codegen.spec import load
from ctiwire import DecodeError, UnknownField
from ctiwire import _wire as w

ROOT = Path(__file__).resolve().parent.parent
CLIENT_ID, CLIENT_PASSWORD, CLIENT_SIGNATURE, APPLICATION_PATH_ID = 1, 2, 3, 97


@pytest.fixture(scope="module", params=[15, 20], ids=["v15-narrow", "v20-wide"])
def cti(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if request.param == 15:
        yield ctiwire.v15
        return
    files = render_version(load(ROOT / "spec"), 20)
    base = tmp_path_factory.mktemp("generated")
    package = base / "ctiwire_loop_test_v20"
    package.mkdir()
    for path, text in files.items():
        (package / Path(path).name).write_text(text)
    sys.path.insert(0, str(base))
    try:
        module: ModuleType = importlib.import_module("ctiwire_loop_test_v20")
        assert module.FLOATING_TAG_SIZE == 2
        yield module
    finally:
        sys.path.remove(str(base))
        for name in [n for n in sys.modules if n.startswith("ctiwire_loop_test_v20")]:
            del sys.modules[name]


def wide(cti: Any) -> bool:
    return bool(cti.FLOATING_TAG_SIZE == 2)


def fixed_part(cti: Any) -> bytes:
    """OPEN_REQ's fixed part (no floating field)."""
    message = cti.OpenReq(invoke_id=7, version_number=cti.PROTOCOL_VERSION, peripheral_id=5000,
                          client_id="x", client_password=b"")  # fmt: skip
    fixed_end: int = cti.messages._X_OPEN_REQ[-1][2]
    return cti.encode(message)[8:fixed_end]


def field(cti: Any, kind: int, tag: int, value: Any) -> bytes:
    return w.put(kind, tag, value, 255, wide(cti), "OPEN_REQ", "F")


def raw(cti: Any, tag: int, data: bytes) -> bytes:
    """A floating field with any data, well-formed or not."""
    size = 2 if wide(cti) else 1
    return tag.to_bytes(size, "big") + len(data).to_bytes(size, "big") + data


def frame(cti: Any, *fields: bytes) -> bytes:
    body = fixed_part(cti) + b"".join(fields)
    return len(body).to_bytes(4, "big") + (3).to_bytes(4, "big") + body


def test_every_kind_of_field_in_any_order(cti: Any) -> None:
    data = frame(
        cti,
        field(cti, w.INT, APPLICATION_PATH_ID, -5),
        field(cti, w.STRING, CLIENT_SIGNATURE, "bridge"),
        field(cti, w.UNSPEC, CLIENT_PASSWORD, b"\x00s\xffcret"),
        field(cti, w.STRING, CLIENT_ID, "caf\u00e9"),
    )
    decoded = cti.decode(data)
    assert isinstance(decoded, cti.OpenReq)
    assert decoded.client_id == "caf\u00e9" and decoded.client_signature == "bridge"
    assert decoded.client_password == b"\x00s\xffcret"
    assert decoded.application_path_id == -5
    assert decoded.unknown_fields == ()
    reordered = cti.encode(decoded)  # the encoder writes the guide's order
    assert cti.decode(reordered) == decoded


def test_empty_raw_bytes_and_empty_string(cti: Any) -> None:
    data = frame(cti, raw(cti, CLIENT_ID, b"\x00"), raw(cti, CLIENT_PASSWORD, b""))
    decoded = cti.decode(data)
    assert (decoded.client_id, decoded.client_password) == ("", b"")
    assert cti.encode(decoded) == data


def test_string_that_is_not_utf8_then_more_fields(cti: Any) -> None:
    data = frame(
        cti,
        raw(cti, CLIENT_ID, b"\xe9\xff\x80ab\x00"),
        field(cti, w.UNSPEC, CLIENT_PASSWORD, b"pw"),
        field(cti, w.STRING, CLIENT_SIGNATURE, "after"),
        raw(cti, 250, b"?"),
    )
    decoded = cti.decode(data)
    assert decoded.client_id == "\udce9\udcff\udc80ab"  # surrogate escapes (PEP 383)
    assert (decoded.client_password, decoded.client_signature) == (b"pw", "after")
    assert decoded.unknown_fields == (UnknownField(250, b"?"),)
    assert cti.encode(decoded) == data


def test_unknown_tags_kept_in_order(cti: Any) -> None:
    data = frame(
        cti,
        raw(cti, 251, b"first"),
        field(cti, w.STRING, CLIENT_ID, "id"),
        raw(cti, 250, b""),
        field(cti, w.UNSPEC, CLIENT_PASSWORD, b"pw"),
    )
    decoded = cti.decode(data)
    assert decoded.unknown_fields == (UnknownField(251, b"first"), UnknownField(250, b""))
    assert cti.decode(cti.encode(decoded)) == decoded


PASSWORD = (CLIENT_PASSWORD, b"pw")


@pytest.mark.parametrize(
    ("fields", "problem", "name", "index"),
    [
        # ClientID without its NUL, then a well-formed field
        ([(CLIENT_ID, b"abc"), PASSWORD], "not NUL-terminated", "ClientID", 0),
        # a zero-length string: not even the NUL
        ([(CLIENT_ID, b""), PASSWORD], "not NUL-terminated", "ClientID", 0),
        # the same string twice
        ([(CLIENT_ID, b"a\x00"), (CLIENT_ID, b"b\x00"), PASSWORD], "appears twice", "ClientID", 1),
        # the same raw bytes twice
        ([(CLIENT_ID, b"a\x00"), PASSWORD, PASSWORD], "appears twice", "ClientPassword", 2),
        # the same integer twice (read by the loop itself, as strings and raw bytes are)
        ([(CLIENT_ID, b"a\x00"), (APPLICATION_PATH_ID, b"\0\0\0\1"),
          (APPLICATION_PATH_ID, b"\0\0\0\2"), PASSWORD], "appears twice", "ApplicationPathID", 2),
        # an integer field of the wrong size, after the fast fields
        ([(CLIENT_ID, b"a\x00"), PASSWORD, (APPLICATION_PATH_ID, b"\x01")], "length 1",
         "ApplicationPathID", 2),
    ],
)  # fmt: skip
def test_bad_fields_are_named(
    cti: Any, fields: list[tuple[int, bytes]], problem: str, name: str, index: int
) -> None:
    parts = [raw(cti, tag, data) for tag, data in fields]
    data = frame(cti, *parts)
    with pytest.raises(DecodeError, match=problem) as info:
        cti.decode(data)
    offset = len(fixed_part(cti)) + 8 + sum(map(len, parts[:index]))
    assert (info.value.message, info.value.field, info.value.offset) == ("OPEN_REQ", name, offset)


@pytest.mark.parametrize("kind", [w.STRING, w.UNSPEC, w.INT])
def test_last_field_running_past_the_end(cti: Any, kind: int) -> None:
    tag, value = {
        w.STRING: (CLIENT_ID, "abcdef"),
        w.UNSPEC: (CLIENT_PASSWORD, b"abcdef"),
        w.INT: (APPLICATION_PATH_ID, 77),
    }[kind]
    whole = field(cti, kind, tag, value)
    cut = whole[:-3]
    data = frame(cti, field(cti, w.STRING, CLIENT_SIGNATURE, "s"), cut)
    with pytest.raises(DecodeError, match="runs 3 byte") as info:
        cti.decode(data)
    assert info.value.offset == len(data) - len(cut)


def test_header_cut_short(cti: Any) -> None:
    stray = b"\x01" if not wide(cti) else b"\x00\x01\x00"
    data = frame(cti, field(cti, w.STRING, CLIENT_ID, "id"), stray)
    with pytest.raises(DecodeError, match=f"{len(stray)} stray byte"):
        cti.decode(data)


SKILL_GROUP_NUMBER = 62  # FltSkillGroupNumber, UINT: a member of AGENT_STATE_EVENT's group


def agent_state_event(cti: Any, numbers: tuple[int, ...]) -> Any:
    return cti.AgentStateEvent(
        agent_id="1001",
        **({"direction": 0} if wide(cti) else {}),  # required from Version 16
        flt_skill_groups=tuple(
            cti.FltSkillGroup(
                flt_skill_group_number=n,
                flt_skill_group_id=n + 1,
                flt_skill_group_priority=1,
                flt_skill_group_state=cti.AgentState.AGENT_STATE_AVAILABLE,
            )
            for n in numbers
        ),
    )


def test_a_groups_integers_read_by_the_loop(cti: Any) -> None:
    event = agent_state_event(cti, (100, 101, 102))
    data = cti.encode(event)
    assert cti.decode(data) == event
    assert [g.flt_skill_group_number for g in cti.decode(data).flt_skill_groups] == [100, 101, 102]


def test_a_groups_integer_of_the_wrong_size_is_named(cti: Any) -> None:
    data = cti.encode(agent_state_event(cti, (100, 101)))
    good = raw(cti, SKILL_GROUP_NUMBER, (101).to_bytes(4, "big"))
    assert data.count(good) == 1
    bad = raw(cti, SKILL_GROUP_NUMBER, (101).to_bytes(2, "big"))
    body = data[8:].replace(good, bad)
    frame_ = len(body).to_bytes(4, "big") + data[4:8] + body
    with pytest.raises(DecodeError, match="length 2, this field is 4 bytes") as info:
        cti.decode(frame_)
    assert (info.value.message, info.value.field) == ("AGENT_STATE_EVENT", "FltSkillGroupNumber")
    assert info.value.offset == data.index(good)

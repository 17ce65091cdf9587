"""Captures for the dissector and ``decode --pcap`` tests: every message of a version, drawn by
hypothesis, and a damaged copy of each.

    frames, damaged = every_message_capture(25, path)   # one pcap: stream 0 CTI, stream 1 junk

Frames are drawn once per message class (versions that share a class share its frames), two
per message, the first one minimal; drawing is all hypothesis is used for here (no shrinking:
a failing frame is reported as hex). The draws are the same on every run, so CI is steady;
CTIWIRE_RANDOM_CAPTURES=1 draws new frames each run, to hunt for frames the two disagree on
(for example: for i in $(seq 20); do CTIWIRE_RANDOM_CAPTURES=1 pytest -q -k mutations; done).
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import os
import random
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pcapwrite import Conversation, write_capture

from codegen.spec import Group, Message
from ctiwire import EncodeError
from strategies import MAX_DRAWN, message_strategy, value, version

CLIENT, SERVER = ("192.0.2.10", 50010), ("192.0.2.20", 42027)


def module(v: int) -> ModuleType:
    return importlib.import_module(f"ctiwire.v{v}")


# ---------------------------------------------------------------------------------------------
# Every message of every version, drawn by hypothesis


def _record(cti: ModuleType, g: Group) -> st.SearchStrategy[Any]:
    """An entry of a records group: arrays counted by one member get one length."""

    @st.composite
    def draw(data: st.DrawFn) -> Any:
        lengths = {
            count: data(st.integers(0, min(3, *(m.max for m in g.members if m.count == count))))
            for count in sorted(g.counts)
        }
        fields: dict[str, Any] = {}
        for m in g.members:
            if m.name in g.counts:
                continue
            values = value(m, cti, floating=True)
            if m.repeated:
                assert m.count is not None
                fields[m.py] = tuple(data(values) for _ in range(lengths[m.count]))
            elif m.optional:
                fields[m.py] = data(st.none() | values)
            else:
                fields[m.py] = data(values)
        return getattr(cti, g.entry)(**fields)

    return draw()


def strategy(cti: ModuleType, m: Message) -> st.SearchStrategy[Any]:
    """strategies.message_strategy, with records groups (the configuration events) too."""
    records = [g for g in m.floating if isinstance(g, Group) and g.records]
    if not records:
        return message_strategy(cti, m)
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for f in m.fixed:
        if f.name not in m.counted:
            fields[f.py] = value(f, cti, floating=False)
    for item in m.floating:
        if isinstance(item, Group):
            fields[item.py] = st.lists(_record(cti, item), max_size=3).map(tuple)
        elif item.repeated:
            fields[item.py] = st.lists(value(item, cti, floating=True), max_size=MAX_DRAWN).map(
                tuple
            )
        else:
            drawn = value(item, cti, floating=True)
            fields[item.py] = drawn if item.required else st.none() | drawn
    return st.builds(cti.MESSAGES[m.number], **fields)


_DRAWN: dict[type, list[bytes]] = {}  # message class -> its frames (a class is shared by versions)


def _draw(cti: ModuleType, m: Message) -> list[bytes]:
    frames: list[bytes] = []

    @settings(
        max_examples=2,
        derandomize=not os.environ.get("CTIWIRE_RANDOM_CAPTURES"),
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy(cti, m))
    def draw(message: Any) -> None:
        with contextlib.suppress(EncodeError):  # many drawn fields can pass the size limit
            frames.append(cti.encode(message))

    draw()
    assert frames, m.name
    return frames


def drawn_frames(v: int) -> list[bytes]:
    """Frames of every documented message of version ``v`` (two each, the first minimal)."""
    cti = module(v)
    out: list[bytes] = []
    for m in version(v).messages:
        if not m.undocumented:
            cls = cti.MESSAGES[m.number]
            if cls not in _DRAWN:
                _DRAWN[cls] = _draw(cti, m)
            out += _DRAWN[cls]
    return out


def with_version(frame: bytes, cti: ModuleType) -> bytes:
    """An OPEN_REQ frame made to announce ``cti``'s version (the dissector follows it)."""
    message = cti.decode(frame)
    if message.MESSAGE_NAME != "OPEN_REQ":
        return frame
    return cti.encode(dataclasses.replace(message, version_number=cti.PROTOCOL_VERSION))  # type: ignore[no-any-return]


def mutated(frames: list[bytes], seed: int) -> list[bytes]:
    """One damaged copy of each frame, its MessageLength kept right (framing stays in step)."""
    rnd = random.Random(seed)
    out = []
    for frame in frames:
        body = bytearray(frame[8:])
        how = rnd.randrange(4)
        if how == 0 and body:  # cut short
            body = body[: rnd.randrange(len(body))]
        elif how == 1 and body:  # one byte changed
            body[rnd.randrange(len(body))] = rnd.randrange(256)
        elif how == 2:  # stray bytes at the end
            body += bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 6)))
        elif body:  # one byte inverted
            body[rnd.randrange(len(body))] ^= 0xFF
        out.append(len(body).to_bytes(4, "big") + frame[4:8] + bytes(body))
    return out


def every_message_capture(v: int, path: Path) -> tuple[list[bytes], list[bytes]]:
    """A pcap of every message of version ``v`` (an OPEN_REQ of that version first) and a damaged
    copy of each, one frame per segment, in TCP stream 0; then random bytes on a CTI port in
    stream 1. Returns the frames and the damaged frames."""
    cti = module(v)
    frames = [with_version(f, cti) for f in drawn_frames(v)]
    frames.sort(key=lambda f: f[4:8] != b"\0\0\0\3")  # an OPEN_REQ first: it sets the version
    bad = mutated(frames, seed=v)
    conversation = Conversation(CLIENT, SERVER, handshake=False)
    for i, frame in enumerate(frames + bad):
        conversation.send(1_700_000_000 + i * 0.001, i % 2 == 0, frame)
    junk = Conversation(("192.0.2.11", 50011), SERVER)  # not CTI at all, on a CTI port (after)
    rnd = random.Random(v)
    for i in range(5):
        junk.send(1_700_000_100 + i * 0.01, True, bytes(rnd.randrange(256) for _ in range(40)))
    write_capture(path, [conversation, junk])
    return frames, bad

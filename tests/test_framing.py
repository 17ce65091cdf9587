"""The sans-IO FrameDecoder: arbitrary chunking, many frames per chunk, truncation, oversize."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ctiwire.v15 as cti
from ctiwire import FrameDecoder, FramingError


def frame(message_type: int, body: bytes) -> bytes:
    return len(body).to_bytes(4, "big") + message_type.to_bytes(4, "big") + body


FRAMES = [
    frame(5, b"\x00\x00\x00\x01"),
    frame(6, b"\x00\x00\x00\x01"),
    frame(200, b""),
    frame(31, bytes(range(40))),
]
STREAM = b"".join(FRAMES)


def test_one_byte_at_a_time() -> None:
    decoder = cti.frame_decoder()
    out = []
    for i in range(len(STREAM)):
        decoder.feed(STREAM[i : i + 1])
        out += decoder.frames()
    assert out == FRAMES
    assert decoder.at_boundary()


def test_many_frames_in_one_chunk() -> None:
    decoder = FrameDecoder(cti.MAX_MESSAGE_SIZE)
    decoder.feed(STREAM)
    assert decoder.frames() == FRAMES
    assert decoder.buffered == 0


@settings(max_examples=200)
@given(st.lists(st.integers(1, len(STREAM)), max_size=20))
def test_any_chunking(cuts: list[int]) -> None:
    points = sorted({0, len(STREAM), *cuts})
    decoder = cti.frame_decoder()
    out = []
    for a, b in pairwise(points):
        decoder.feed(memoryview(STREAM)[a:b])
        out += decoder.frames()
    assert out == FRAMES


def test_truncated_last_frame_is_held_back() -> None:
    decoder = cti.frame_decoder()
    decoder.feed(STREAM[:-3])
    assert decoder.frames() == FRAMES[:-1]
    assert not decoder.at_boundary()
    assert decoder.buffered == len(FRAMES[-1]) - 3
    decoder.feed(STREAM[-3:])
    assert decoder.frames() == FRAMES[-1:]


def test_oversize_length_refused_before_buffering_the_body() -> None:
    decoder = cti.frame_decoder()
    too_big = cti.MAX_MESSAGE_SIZE - 8 + 1
    decoder.feed(too_big.to_bytes(4, "big") + (3).to_bytes(4, "big"))
    with pytest.raises(FramingError) as info:
        decoder.next_frame()
    assert info.value.field == "MessageLength"
    assert decoder.buffered == 0
    assert decoder.failed is info.value
    decoder.feed(b"\x00" * 100)  # the stream is unusable from here on: dropped
    assert decoder.buffered == 0
    with pytest.raises(FramingError):
        decoder.next_frame()


def test_largest_allowed_frame_passes() -> None:
    body = bytes(cti.MAX_MESSAGE_SIZE - 8)
    decoder = cti.frame_decoder()
    decoder.feed(frame(999, body))
    assert decoder.frames() == [frame(999, body)]


BAD_HEADER = (0xFFFFFFF0).to_bytes(4, "big") + (1).to_bytes(4, "big")


def test_frames_before_a_refused_header_are_delivered_first() -> None:
    decoder = cti.frame_decoder()
    decoder.feed(FRAMES[0] + FRAMES[1] + BAD_HEADER)
    assert decoder.next_frame() == FRAMES[0]
    assert decoder.frames() == [FRAMES[1]]  # returned; the error waits for the next call
    with pytest.raises(FramingError, match="at byte"):
        decoder.frames()


def test_iteration_yields_the_frames_then_raises() -> None:
    decoder = cti.frame_decoder()
    decoder.feed(cti.encode(cti.HeartbeatReq(invoke_id=1)) + bytes.fromhex("ffffffff00000005"))
    seen = []
    with pytest.raises(FramingError):
        for f in decoder:
            seen.append(f)
    assert seen == [cti.encode(cti.HeartbeatReq(invoke_id=1))]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, len(STREAM) + len(BAD_HEADER)), max_size=12))
def test_the_same_frames_then_the_same_error_whatever_the_chunking(cuts: list[int]) -> None:
    data = STREAM + BAD_HEADER + b"after"
    decoder = cti.frame_decoder()
    got: list[bytes] = []
    failed = None
    start = 0
    for end in [*sorted(set(cuts)), len(data)]:
        decoder.feed(data[start:end])
        start = end
        try:
            for f in decoder:
                got.append(f)
        except FramingError as exc:
            failed = exc
            break
    assert got == FRAMES
    assert failed is not None and failed.field == "MessageLength"


def test_huge_length_allocates_nothing() -> None:
    decoder = FrameDecoder(4329)
    decoder.feed(b"\xff\xff\xff\xff\x00\x00\x00\x05")
    with pytest.raises(FramingError):
        decoder.next_frame()
    assert decoder.buffered == 0

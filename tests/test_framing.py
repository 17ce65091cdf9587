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
    with pytest.raises(FramingError) as info:
        decoder.feed(too_big.to_bytes(4, "big") + (3).to_bytes(4, "big"))
    assert info.value.field == "MessageLength"
    assert decoder.buffered == 0
    with pytest.raises(FramingError):  # the stream is unusable from here on
        decoder.feed(b"\x00")


def test_largest_allowed_frame_passes() -> None:
    body = bytes(cti.MAX_MESSAGE_SIZE - 8)
    decoder = cti.frame_decoder()
    decoder.feed(frame(999, body))
    assert decoder.frames() == [frame(999, body)]


def test_oversize_second_frame_after_a_good_one() -> None:
    decoder = cti.frame_decoder()
    decoder.feed(FRAMES[0] + (0xFFFFFFF0).to_bytes(4, "big") + (1).to_bytes(4, "big"))
    assert decoder.next_frame() == FRAMES[0]
    with pytest.raises(FramingError):
        decoder.next_frame()


def test_huge_length_allocates_nothing() -> None:
    decoder = FrameDecoder(4329)
    with pytest.raises(FramingError):
        decoder.feed(b"\xff\xff\xff\xff\x00\x00\x00\x05")
    assert decoder.buffered == 0

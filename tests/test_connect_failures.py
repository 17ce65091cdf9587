"""connect() says why it cannot open a session: peers that accept TCP and then misbehave.

Every case ends with a ctiwire error within the configured time, whose attempts name the cause
of each try, side by side. (Over loopback; the waits of the side selection plan are skipped.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import ctiwire
import ctiwire.v24 as cti
from ctiwire import ClientConfig

HOST = "127.0.0.1"
# Generous enough that a loopback TCP connect on a loaded 2-core CI machine never runs out:
# with 0.3 s one attempt in a few hundred did, and was reported (correctly) as no TCP connection.
OPEN_TIMEOUT = 0.8
CONNECT_TIMEOUT = 2.0


def config(**overrides: Any) -> ClientConfig:
    fields: dict[str, Any] = {
        "client_id": "tester",
        "protocol_version": 24,
        "services": cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS,
        "open_timeout": OPEN_TIMEOUT,
        "connect_timeout": CONNECT_TIMEOUT,
    }
    fields.update(overrides)
    return ClientConfig(**fields)


class NoWait:
    async def __call__(self, seconds: float) -> None:
        await asyncio.sleep(0)


class Zero:
    def randint(self, a: int, b: int) -> int:
        return 0


Behaviour = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def serve(behaviour: Behaviour) -> asyncio.Server:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.read(8)  # the OPEN_REQ's header at least
            await behaviour(reader, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass

    return await asyncio.start_server(handle, HOST, 0)


async def silence(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(5)


def sending(data: bytes, then: Behaviour = silence) -> Behaviour:
    async def behaviour(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()
        await then(reader, writer)

    return behaviour


async def close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.close()


OPEN_CONF = cti.encode(cti.OpenConf(invoke_id=1, peripheral_online=True))
CUT_FIXED = (6).to_bytes(4, "big") + (4).to_bytes(4, "big") + OPEN_CONF[8:14]  # OPEN_CONF, 6 bytes

CASES: dict[str, tuple[Behaviour, str]] = {
    "garbage": (sending(b"\x17\x03\x03\x00\x1fHTTP/1.1 400 Bad Request\r\n"), "not CTI messages"),
    "a frame cut inside its fixed part": (
        sending(CUT_FIXED),
        "the answer to OPEN_REQ does not decode: OPEN_CONF.ServicesGranted at byte 14",
    ),
    "a truncated OPEN_CONF then silence": (
        sending(OPEN_CONF[: len(OPEN_CONF) - 5]),
        "no OPEN_CONF within 0.8 s",
    ),
    "MessageLength 0xFFFFFFF0": (
        sending(bytes.fromhex("fffffff000000004")),
        "not CTI messages: frame.MessageLength at byte 0: MessageLength 4294967280",
    ),
    "nothing": (silence, "no OPEN_CONF within 0.8 s"),
    "a close": (close, "the connection was closed by the server"),
    "an OPEN_CONF with the wrong InvokeID": (
        sending(cti.encode(cti.OpenConf(invoke_id=99))),
        "no OPEN_CONF within 0.8 s; before that: OPEN_CONF with InvokeID 99 answers no request",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_connect_names_the_cause_of_every_attempt(case: str) -> None:
    behaviour, cause = CASES[case]

    async def main() -> ctiwire.ConnectFailedError:
        side_a, side_b = await serve(behaviour), await serve(behaviour)
        addresses = [s.sockets[0].getsockname()[:2] for s in (side_a, side_b)]
        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            with pytest.raises(ctiwire.ConnectTimeoutError) as info:
                async with ctiwire.connect(config(), addresses, sleep=NoWait(), random=Zero()):
                    pytest.fail("no session can open")
        finally:
            side_a.close()
            side_b.close()
        assert loop.time() - start < CONNECT_TIMEOUT + 1.0  # bounded by connect_timeout
        return info.value

    error = asyncio.run(main())
    assert isinstance(error, TimeoutError)  # existing `except TimeoutError` code keeps working
    assert len(error.attempts) >= 2
    assert {a.side for a in error.attempts} == {"A", "B"}
    *complete, last = error.attempts
    for attempt in complete:
        assert cause in attempt.cause, attempt.cause
    # the last attempt may be the one connect_timeout cut short
    assert cause in last.cause or "connect_timeout ran out" in last.cause, last.cause
    assert cause in str(error)


def test_a_refusal_that_retrying_cannot_cure_ends_at_once_with_a_hint() -> None:
    failure = cti.encode(cti.FailureConf(invoke_id=1, status=cti.StatusCode.E_CTI_INVALID_VERSION))

    async def main() -> ctiwire.OpenFailedError:
        server = await serve(sending(failure))
        try:
            with pytest.raises(ctiwire.OpenFailedError) as info:
                async with ctiwire.connect(config(), [server.sockets[0].getsockname()[:2]]):
                    pytest.fail("refused")
        finally:
            server.close()
        return info.value

    error = asyncio.run(main())
    assert error.status == cti.StatusCode.E_CTI_INVALID_VERSION
    assert isinstance(error, ctiwire.ConnectFailedError)
    assert "does not serve protocol version 24" in str(error)
    assert len(error.attempts) == 1 and "refused: FAILURE_CONF" in error.attempts[0].cause

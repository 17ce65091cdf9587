"""The asyncio client against the simulator, in every protocol version that matters: open, events,
requests, heartbeats, close, failover; configuration acquisition; versions that do not match.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from conftest import SimulatorThread

import ctiwire
from ctiwire import ClientConfig
from ctiwire.directory import Directory
from ctiwire.events import SessionLost, SessionOpened, UnsolicitedEvent
from ctiwire.session import State

VERSIONS = [15, 16, 19, 20, 23, 24, 25]
PERIPHERAL = 5000


def run(coro: Coroutine[Any, Any, None], limit: float = 20.0) -> None:
    asyncio.run(asyncio.wait_for(coro, limit))


def config(version: int, **overrides: Any) -> ClientConfig:
    cti = ctiwire.protocol(version)
    fields: dict[str, Any] = {
        "client_id": "tester",
        "client_password": "secret",
        "protocol_version": version,
        "services": cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS
        | cti.CTIServiceMask.CTI_SERVICE_CLIENT_CONTROL,
        "call_msg_mask": 0xFFFFFFFF,  # all ones: accepted, unused bits ignored
        "agent_state_mask": 0xFFFFFFFF,
        "heartbeat_interval": 0.2,
        "open_timeout": 2.0,
        "request_timeout": 2.0,
        "close_timeout": 1.0,
        "connect_timeout": 5.0,
        "peripheral_id": PERIPHERAL,
    }
    fields.update(overrides)
    return ClientConfig(**fields)


async def until(client: ctiwire.Client, check: Callable[[Any], bool], limit: float = 5.0) -> Any:
    async with asyncio.timeout(limit):
        async for event in client.events():
            if check(event):
                return event
    raise AssertionError("the client ended")


@pytest.mark.parametrize("version", VERSIONS)
def test_a_session_of_every_version(
    version: int, start_simulator: Callable[..., SimulatorThread]
) -> None:
    sim = start_simulator(protocol_versions=(version,))
    cti = ctiwire.protocol(version)

    async def main() -> None:
        async with ctiwire.connect(config(version), [("127.0.0.1", sim.port)]) as client:
            opened = await until(client, lambda e: isinstance(e, SessionOpened))
            assert type(opened.conf) is cti.OpenConf
            assert ("department_id" in cti.OpenConf.__slots__) == (version >= 19)
            # a request and its confirmation, in this version's classes
            conf = await client.request(
                cti.QueryAgentStateReq(peripheral_id=PERIPHERAL, agent_instrument="5001")
            )
            assert type(conf) is cti.QueryAgentStateConf
            # an event the request causes, with the fields this version has
            await client.request(
                cti.SetAgentStateReq(
                    peripheral_id=PERIPHERAL,
                    agent_state=cti.AgentState.AGENT_STATE_NOT_READY,
                    agent_instrument="5001",
                    agent_id="1001",
                    event_reason_code=7,
                )
            )
            state = await until(
                client,
                lambda e: (
                    isinstance(e, UnsolicitedEvent)
                    and e.message.MESSAGE_NAME == "AGENT_STATE_EVENT"
                ),
            )
            event = state.message
            assert type(event) is cti.AgentStateEvent
            assert event.event_reason_code == 7
            if version >= 16:
                assert event.direction is not None  # required from Version 16
            if version >= 19:
                assert event.department_id in (1, 2)
            # heartbeats keep the session up well past the server's idle timeout (4 x 0.2 s)
            await asyncio.sleep(1.0)
            assert client.state is State.OPEN
        assert client.state in (State.CLOSED, State.IDLE)

    run(main())


@pytest.mark.parametrize("version", [15, 20, 24])
def test_failover_to_side_b(version: int, start_simulator: Callable[..., SimulatorThread]) -> None:
    side_a = start_simulator(protocol_versions=(version,))
    side_b = start_simulator(protocol_versions=(version,))

    async def main() -> None:
        addresses = [("127.0.0.1", side_a.port), ("127.0.0.1", side_b.port)]
        async with ctiwire.connect(config(version), addresses) as client:
            first = await until(client, lambda e: isinstance(e, SessionOpened))
            assert first.side == "A"
            await asyncio.to_thread(side_a.stop)
            await until(client, lambda e: isinstance(e, SessionLost))
            second = await until(client, lambda e: isinstance(e, SessionOpened), limit=10)
            assert second.side == "B"
            cti = ctiwire.protocol(version)
            conf = await client.request(
                cti.QueryAgentStateReq(peripheral_id=PERIPHERAL, agent_instrument="5002")
            )
            assert type(conf) is cti.QueryAgentStateConf

    run(main(), 30)


@pytest.mark.parametrize("version", [19, 22, 25])
def test_configuration_acquisition(
    version: int, start_simulator: Callable[..., SimulatorThread]
) -> None:
    sim = start_simulator(protocol_versions=(version,))
    cti = ctiwire.protocol(version)

    async def main() -> None:
        every = int(~cti.ConfigEventMask(0))
        async with ctiwire.connect(
            config(version, config_msg_mask=every), [("127.0.0.1", sim.port)]
        ) as client:
            keys = await client.configuration_keys()
            assert type(keys) is cti.ConfigKeyEvent
            upload = await client.configuration()
            assert type(upload.begin) is cti.ConfigBeginEvent
            assert type(upload.end) is cti.ConfigEndEvent
            assert upload.end.config_end_status == 0
            directory = Directory.from_upload(upload)
            assert set(directory.agents) >= {"1001", "1002", "1003", "1004"}
            agent = directory.agents["1002"]
            assert {sg.peripheral_number for sg in directory.skill_groups_of(agent)} == {100, 101}
            assert {a.login_id for a in directory.agents_in(101)} >= {"1002", "1003", "1004"}
            assert all(len(m.records) <= 10 for m in upload.events)
            # an update after a change on the switch, applied to the directory
            new = dataclasses.replace(sim.simulator.config.agents[0], agent_id="1099")
            new = dataclasses.replace(new, extension="5099", logged_in=False)
            sim.call(lambda: sim.switch.add_agent(new))
            update = await until(
                client,
                lambda e: (
                    isinstance(e, UnsolicitedEvent)
                    and e.message.MESSAGE_NAME == "CONFIG_AGENT_EVENT"
                ),
            )
            (change,) = directory.apply(update.message)
            assert (change.action, change.key) == ("add", "1099")
            assert "1099" in directory.agents

    run(main())


def test_configuration_needs_version_19(start_simulator: Callable[..., SimulatorThread]) -> None:
    sim = start_simulator(protocol_versions=(16,))

    async def main() -> None:
        async with ctiwire.connect(config(16), [("127.0.0.1", sim.port)]) as client:
            with pytest.raises(ctiwire.LocalProtocolError, match="19 and later"):
                await client.configuration()

    run(main())


def test_a_client_newer_than_the_server_is_refused_clearly_on_both_sides(
    start_simulator: Callable[..., SimulatorThread], caplog: pytest.LogCaptureFixture
) -> None:
    sim = start_simulator(protocol_versions=(20, 21, 22, 23))

    async def main() -> None:
        with pytest.raises(ctiwire.OpenFailedError) as info:
            async with ctiwire.connect(config(24), [("127.0.0.1", sim.port)]):
                pytest.fail("refused")
        error = info.value
        assert getattr(error.status, "name", "") == "E_CTI_INVALID_VERSION"
        assert "does not serve protocol version 24" in str(error)

    caplog.set_level("INFO", logger="ctiwire.simulator")
    run(main())
    assert any("protocol version 24 refused" in r.getMessage() for r in caplog.records)


def test_a_server_of_a_range_answers_each_client_in_its_version(
    start_simulator: Callable[..., SimulatorThread],
) -> None:
    sim = start_simulator()  # every version

    async def main() -> None:
        for version in (15, 20, 25):
            cti = ctiwire.protocol(version)
            async with ctiwire.connect(config(version), [("127.0.0.1", sim.port)]) as client:
                opened = await until(client, lambda e: isinstance(e, SessionOpened))
                assert type(opened.conf) is cti.OpenConf

    run(main())

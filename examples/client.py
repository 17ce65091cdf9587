"""Query an agent, then watch call and agent events (against the built-in simulator).

Run: python examples/client.py   -- replace the simulator with your CTI Server's sides A and B.
"""

import asyncio

import ctiwire
import ctiwire.v24 as cti
from ctiwire.simulator import Simulator, SimulatorConfig, TrafficConfig


async def main() -> None:
    async with Simulator(SimulatorConfig(traffic=TrafficConfig(calls_per_second=2))) as sim:
        config = ctiwire.ClientConfig(
            client_id="wallboard",
            client_password="secret",
            protocol_version=cti.PROTOCOL_VERSION,
            services=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS
            | cti.CTIServiceMask.CTI_SERVICE_CLIENT_CONTROL,
            call_msg_mask=~cti.CallEventMask(0),  # every call event
            agent_state_mask=~cti.AgentStateMask(0),  # every agent state
            heartbeat_interval=30,  # IdleTimeout 120 s
        )
        sides = [("127.0.0.1", sim.port)]  # [(side A host, port), (side B host, port)]
        async with ctiwire.connect(config, sides) as client:
            conf = await client.request(
                cti.QueryAgentStateReq(peripheral_id=5000, agent_instrument="5001"), timeout=5
            )
            assert isinstance(conf, cti.QueryAgentStateConf)
            print("agent 5001 is", getattr(conf.agent_state, "name", conf.agent_state))
            seen = 0
            async for event in client.events():
                if isinstance(event, ctiwire.UnsolicitedEvent):
                    print(type(event.message).__name__)
                    seen += 1
                    if seen == 10:
                        break


if __name__ == "__main__":
    asyncio.run(main())

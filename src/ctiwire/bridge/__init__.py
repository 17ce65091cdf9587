"""CTI events and requests over NATS JetStream: one bridge per CTI Server pair.

::

    from ctiwire.bridge import Bridge, BridgeConfig

    bridge = Bridge(
        BridgeConfig(name="pg1", servers=("nats://nats-1:4222", "nats://nats-2:4222")),
        ctiwire.ClientConfig(client_id="bridge-pg1", client_password=secret,
                             protocol_version=24, services=..., call_msg_mask=...,
                             agent_state_mask=..., heartbeat_interval=10),
        [("cti-a.example.net", 42027), ("cti-b.example.net", 43027)],
    )
    await bridge.run()          # until cancelled or bridge.stop()

or ``ctiwire bridge cti-a:42027 --side-b cti-b:43027 --nats nats://nats-1:4222 --client-id
bridge-pg1 --name pg1`` (``pip install 'ctiwire[nats]'``: nats-py is the only dependency, and
only of this package).

**What it publishes.** Every message the CTI Server sends (events; the requests the server
initiates) goes to the stream ``CTI`` (``--stream``) on ``cti.<bridge>.<peripheral>.<NAME>``,
as the JSON of ``ctiwire monitor --json`` inside a versioned envelope; session markers
(SESSION_OPENED, SESSION_LOST, SESSION_CLOSED...) tell consumers when to resynchronize. The
schema, subjects and headers are defined in :mod:`.schema`. The stream is created if missing
(limits retention: 24 h or 10 GiB, the oldest discarded; 2 min duplicate window), and an
existing one is used as it is.

**Exactly once, and what that means.** Every message carries a ``Nats-Msg-Id`` made of the
bridge name, the CTI session id and the message's sequence number in that session, and stays
in the bridge's buffer until JetStream acknowledges it (:mod:`.publisher`). A NATS restart or
reconnect re-publishes what was not acknowledged with the same ids, and JetStream drops those it
had stored: nothing acknowledged is lost, nothing is stored twice. A *bridge* restart is another
matter: the CTI protocol has no event ids and the CTI Server does not replay, so a new bridge
process opens a new CTI session with a new session id and publishes what that session receives,
from its SESSION_OPENED on. Events between the old session's last acknowledged message and the
new SESSION_OPENED are lost (not duplicated): consumers resynchronize on SESSION_OPENED, as
after any failover. What a bridge had buffered unpublished when it was killed is lost too; a
clean stop (SIGTERM) publishes it and SESSION_CLOSED first.

**Backpressure.** When JetStream does not acknowledge (NATS down), the buffer fills up to
``max_buffered`` messages; the bridge then stops taking events from the CTI client, whose
bounded queue fills, and the client stops reading the CTI socket. If the CTI Server drops the
session meanwhile, the SESSION_LOST marker is published in its place once NATS is back.

**Two bridges for one CTI Server pair: a lease, not deduplication.** Bridges started with the
same name share one key in the JetStream key-value bucket ``ctiwire_bridges``; only the holder
opens a CTI session and publishes, the other waits (:mod:`.lease`). Deduplication could not do
this job: both bridges would have to give the same event the same id, and the protocol gives
events none. Two sessions see the same events at different moments, in sessions opened at
different times, with their own InvokeIDs; ids built from the content would also drop genuine
repeats (an agent going NOT_READY twice with the same reason). And each session costs the CTI
Server a client, which is what a bridge is meant to save. With the lease, a standby costs the
CTI Server nothing and takes over once it has seen no renewal for a TTL (15 s by default); a
clean stop hands over at once; and since nothing expires on the server, a holder cut off by a
NATS outage of any length keeps its lease and its buffer, unless another bridge took over.

**Requests.** A consumer sends a NATS request to ``cti-request.<bridge>`` (:mod:`.requests`):
``{"message": "QUERY_AGENT_STATE_REQ", "fields": {...}}``; the reply is the confirmation's JSON
or an error (invalid request, FAILURE_CONF / CONTROL_FAILURE_CONF with its code, timeout...).
InvokeIDs are the bridge's business.

**Secrets.** The ClientPassword and AgentPassword are never logged nor published: messages show
them as ``"***"``, request errors never repeat a password's value, and a password in a NATS
URL is redacted before it is logged.

Modules, from the bottom up: :mod:`.schema` (subjects, headers, payloads), :mod:`.requests`
(JSON to requests and replies), :mod:`.natslink` (the only module that imports nats-py),
:mod:`.publisher` (buffer, acks, re-publishing), :mod:`.lease`, :mod:`.config` and
:mod:`.runner` (the :class:`Bridge`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .requests import ERROR_KINDS, Request, RequestBuilder, RequestError
from .schema import MARKERS, SCHEMA_VERSION, Envelope, Outgoing, event_message, marker_message

if TYPE_CHECKING:
    from .config import BridgeConfig, tls_context
    from .lease import Lease
    from .natslink import NatsLink, StreamSettings
    from .publisher import Publisher, PublisherStats
    from .runner import Bridge

__all__ = [
    "Bridge",
    "BridgeConfig",
    "ERROR_KINDS",
    "Envelope",
    "Lease",
    "MARKERS",
    "NatsLink",
    "Outgoing",
    "Publisher",
    "PublisherStats",
    "Request",
    "RequestBuilder",
    "RequestError",
    "SCHEMA_VERSION",
    "StreamSettings",
    "event_message",
    "marker_message",
    "tls_context",
]

# The parts that need nats-py are imported on first use, so that the schema and the request
# builder work without it, and a missing nats-py is reported with the way to install it.
_LAZY = {
    "Bridge": "runner",
    "BridgeConfig": "config",
    "tls_context": "config",
    "Lease": "lease",
    "NatsLink": "natslink",
    "StreamSettings": "natslink",
    "Publisher": "publisher",
    "PublisherStats": "publisher",
}

INSTALL_HINT = "ctiwire bridge needs nats-py: pip install 'ctiwire[nats]'"


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ctiwire.bridge' has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(f".{module}", __name__), name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] == "nats":
            raise ModuleNotFoundError(INSTALL_HINT, name="nats") from exc
        raise
    globals()[name] = value
    return value

"""A consumer of ``ctiwire bridge``'s stream that scales out: run as many copies as you need.

Every copy binds to the same durable JetStream consumer (``--durable``): JetStream hands each
message to one copy only, keeps the consumer's position while copies come and go, and
redelivers what a copy took but did not acknowledge (it crashed) after ``ack_wait``. Another
application (a wallboard, a recorder) uses its own durable name and gets every message too.

The consumer takes the subjects it wants (``--subject``, any number; default: the
CALL_DELIVERED, CALL_ESTABLISHED and CALL_CLEARED events of bridge pg1; a NATS wildcard
stands for whole tokens only) and the bridge's session markers, so that it learns when events were
missed and it should resynchronize (query the calls and agents it cares about)::

    python examples/bridge_consumer.py --nats nats://127.0.0.1:4222 --bridge pg1 \\
        --subject 'cti.pg1.*.CALL_DELIVERED_EVENT' --durable crm-screen-pop

Messages of different copies are handled in parallel, so two events of one call can be handled
out of order by two copies. When that matters, give each peripheral (or each range of agents)
its own durable consumer filtered by subject, or run one copy with ``--max-ack-pending 1``.
"""

from __future__ import annotations

import argparse
import asyncio
import json

import nats
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

MARKERS = ("SESSION_OPENED", "SESSION_LOST", "SESSION_CLOSED")


def handle(subject: str, document: dict[str, object]) -> None:
    """What the application does with one message (here: print a line)."""
    if document.get("marker"):
        print(f"{document['message']} (bridge {document['bridge']}, {document['session']})")
        if document["message"] == "SESSION_OPENED":
            print("  resynchronize: events may have been missed before this session")
        return
    fields = document.get("fields")
    call = fields.get("connection_call_id") if isinstance(fields, dict) else None
    print(f"{document['message']} call {call} ({subject}, seq {document['seq']})")


async def consume(args: argparse.Namespace) -> None:
    nc = await nats.connect(args.nats)
    js = nc.jetstream()
    subjects = args.subject or [
        f"{args.prefix}.{args.bridge}.*.{name}"
        for name in ("CALL_DELIVERED_EVENT", "CALL_ESTABLISHED_EVENT", "CALL_CLEARED_EVENT")
    ]
    markers = [f"{args.prefix}.{args.bridge}._.{name}" for name in MARKERS]
    # Creating a durable consumer that exists with the same configuration is a no-op, so every
    # copy can run this line.
    await js.add_consumer(
        args.stream,
        ConsumerConfig(
            durable_name=args.durable,
            filter_subjects=[*subjects, *markers],
            deliver_policy=DeliverPolicy.NEW if args.new else DeliverPolicy.ALL,
            ack_policy=AckPolicy.EXPLICIT,
            ack_wait=30,
            max_ack_pending=args.max_ack_pending,
        ),
    )
    sub = await js.pull_subscribe_bind(durable=args.durable, stream=args.stream)
    seen = 0
    try:
        while args.count is None or seen < args.count:
            try:
                wanted = min(args.batch, args.count - seen) if args.count else args.batch
                batch = await sub.fetch(wanted, args.idle or 5)
            except TimeoutError:  # nats.errors.TimeoutError, or (some paths of nats-py) asyncio's
                if args.idle:
                    break
                continue  # nothing new for 5 s
            for msg in batch:
                handle(msg.subject, json.loads(msg.data))
                await msg.ack()  # only now is the message done for this durable consumer
                seen += 1
    finally:
        await nc.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nats", default="nats://127.0.0.1:4222")
    parser.add_argument("--stream", default="CTI")
    parser.add_argument("--prefix", default="cti")
    parser.add_argument("--bridge", default="pg1", help="the bridge name (default pg1)")
    parser.add_argument("--subject", action="append", help="a subject filter (repeatable)")
    parser.add_argument("--durable", default="example-consumer", help="the consumer's name")
    parser.add_argument("--new", action="store_true", help="start with new messages only")
    parser.add_argument("--max-ack-pending", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=100, help="messages asked for at once")
    parser.add_argument("--count", type=int, help="stop after this many messages")
    parser.add_argument("--idle", type=float, help="stop when nothing comes for this long (s)")
    asyncio.run(consume(parser.parse_args()))


if __name__ == "__main__":
    main()

"""Publishing to JetStream with acknowledgements, a bounded buffer and re-publishing.

::

    publisher = Publisher(link, stream="CTI", own_subjects="cti.pg1.>")
    await publisher.start()
    await publisher.put(outgoing)      # waits while the buffer is full: that is the backpressure
    await publisher.flush(10)          # until JetStream acknowledged everything (or time is up)
    await publisher.close()

* Every message is published with a reply subject and stays in the buffer until JetStream's
  PubAck for it arrives: a message is *done* only when JetStream has stored it (or reports it
  as a duplicate of one it stored). Up to ``max_in_flight`` messages are on the wire at once
  (pipelining: waiting for each ack in turn would cap the rate at one message per round trip).
* The buffer holds at most ``max_buffered`` messages, sent or not. :meth:`put` waits while it is
  full; the bridge then stops taking events from the CTI client, whose queue fills, and the
  client stops reading the CTI socket: NATS being away slows the CTI side down rather than
  losing events in between.
* A message whose ack does not come within ``ack_timeout`` is published again, with the same
  ``Nats-Msg-Id``; so is one JetStream refused (stream unavailable, no responders) after
  ``retry_delay``; and so is every unacknowledged message once the connection is back.
  JetStream drops a message whose id it stored within the stream's duplicate window, so a
  message stored whose ack was lost is not stored twice.
* A message unacknowledged for longer than the duplicate window can no longer count on that.
  On a reconnect the publisher then asks JetStream for the last message stored on
  ``own_subjects`` (only this bridge publishes there) and drops the buffered messages it sent
  before that one and that JetStream did not refuse: they were stored, in order, on the same
  connection.

Messages reach JetStream in the order of :meth:`put`, except that a message re-published after
a refusal or a timeout lands after those that went through meanwhile: consumers that care order
by (``Cti-Session``, ``Cti-Seq``).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from .schema import Outgoing

__all__ = ["PublishLink", "Publisher", "PublisherStats"]

log = logging.getLogger("ctiwire.bridge")


class PublishLink(Protocol):
    """What the publisher needs of a NATS connection (:class:`~.natslink.NatsLink` has it)."""

    @property
    def connected(self) -> bool: ...
    def new_inbox(self) -> str: ...
    async def publish(
        self, subject: str, payload: bytes, *, reply: str = "", headers: bytes | None = None
    ) -> None: ...
    async def answers(
        self,
        subject: str,
        handler: Callable[[str, bytes, Mapping[str, str] | None], Awaitable[None]],
    ) -> Any: ...
    async def last_headers(self, stream: str, subject: str) -> Mapping[str, str] | None: ...


@dataclass
class PublisherStats:
    """Counters since the publisher started."""

    stored: int = 0
    """Messages JetStream stored (acknowledged, not as duplicates)."""
    duplicates: int = 0
    """Messages JetStream acknowledged as duplicates of one it had (a re-publish of a message
    whose first ack was lost)."""
    republished: int = 0
    """Publishes of a message already published once (timeouts, refusals, reconnects)."""
    refused: int = 0
    """Answers refusing a message (each was then re-published)."""
    skipped: int = 0
    """Messages found stored after a long outage (older than the duplicate window) and so not
    re-published."""
    discarded: int = 0
    """Messages dropped unpublished by :meth:`Publisher.discard` (the lease was lost)."""


@dataclass(slots=True, eq=False)
class _Entry:
    out: Outgoing
    token: int
    first_sent: float = 0.0
    first_order: int = 0
    sent_at: float = 0.0
    order: int = 0  # the rank of the latest publish of this message among all publishes
    refused: bool = False  # the latest publish was refused: it is not stored
    retry_at: float = 0.0
    sends: int = 0


class Publisher:
    """Publishes :class:`~.schema.Outgoing` messages to JetStream, exactly once (see the
    module docstring)."""

    def __init__(
        self,
        link: PublishLink,
        *,
        stream: str,
        own_subjects: str,
        max_buffered: int = 10_000,
        max_in_flight: int = 1_000,
        ack_timeout: float = 5.0,
        retry_delay: float = 0.5,
        duplicate_window: float = 120.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_buffered < 1 or max_in_flight < 1:
            raise ValueError("max_buffered and max_in_flight must be at least 1")
        self._link = link
        self._stream = stream
        self._own_subjects = own_subjects
        self.max_buffered = max_buffered
        self._max_in_flight = min(max_in_flight, max_buffered)
        self._ack_timeout = ack_timeout
        self._retry_delay = retry_delay
        self.duplicate_window = duplicate_window
        self._clock = clock
        self._tokens = itertools.count(1)
        self._orders = itertools.count(1)
        self._unsent: deque[_Entry] = deque()
        self._in_flight: dict[int, _Entry] = {}
        self._count = 0
        self._room = asyncio.Event()
        self._empty = asyncio.Event()
        self._empty.set()
        self._resyncing = False
        self._held = False
        self._inbox = ""
        self._prefix_len = 0
        self._timer: asyncio.Task[None] | None = None
        self._last_warning = -1e9
        self.stats = PublisherStats()

    # -- public -------------------------------------------------------------------------------

    @property
    def buffered(self) -> int:
        """Messages not yet acknowledged (sent or not)."""
        return self._count

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    @property
    def full(self) -> bool:
        return self._count >= self.max_buffered

    async def start(self) -> None:
        """Subscribe to the acks and start the timer that re-publishes what goes unanswered."""
        self._inbox = self._link.new_inbox()
        self._prefix_len = len(self._inbox) + 1
        await self._link.answers(self._inbox + ".*", self._on_answer)
        period = max(0.05, min(self._ack_timeout, self._retry_delay) / 2)
        self._timer = asyncio.create_task(self._tick(period))

    async def put(self, out: Outgoing) -> None:
        """Add a message; wait first while the buffer is full."""
        while self._count >= self.max_buffered:
            self._room.clear()
            await self._room.wait()
        entry = _Entry(out, next(self._tokens))
        self._count += 1
        self._empty.clear()
        if (
            not self._unsent
            and not self._resyncing
            and not self._held
            and len(self._in_flight) < self._max_in_flight
            and self._link.connected
        ):
            await self._send(entry)
        else:
            self._unsent.append(entry)

    async def flush(self, timeout: float | None = None) -> bool:
        """Wait until every message is acknowledged; ``False`` if ``timeout`` ran out first."""
        try:
            async with asyncio.timeout(timeout):
                await self._empty.wait()
        except TimeoutError:
            return False
        return True

    def hold(self, held: bool) -> None:
        """Stop (``True``) or resume publishing; messages wait in the buffer meanwhile. The
        bridge holds the publisher while its lease is not valid. (Resuming sends nothing by
        itself: call :meth:`on_reconnect`.)"""
        self._held = held

    def discard(self) -> int:
        """Drop every message not yet acknowledged (answers still to come are ignored);
        returns how many."""
        dropped = self._count
        self._unsent.clear()
        self._in_flight.clear()
        self._count = 0
        self.stats.discarded += dropped
        self._room.set()
        self._empty.set()
        return dropped

    async def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._timer
            self._timer = None

    async def on_reconnect(self) -> None:
        """Re-publish every unacknowledged message (same Nats-Msg-Id), then the rest."""
        if self._resyncing or self._held:
            return
        self._resyncing = True
        try:
            now = self._clock()
            window = self.duplicate_window
            margin = max(1.0, window / 10)
            if any(e.first_sent < now - (window - margin) for e in self._in_flight.values()):
                await self._skip_stored()
            for entry in list(self._in_flight.values()):
                if not self._link.connected or self._held:
                    return
                if entry.token in self._in_flight:
                    await self._send(entry)
        finally:
            self._resyncing = False
        await self._fill()

    # -- sending ------------------------------------------------------------------------------

    async def _send(self, entry: _Entry) -> None:
        now = self._clock()
        order = next(self._orders)
        if entry.sends == 0:
            entry.first_sent = now
            entry.first_order = order
        else:
            self.stats.republished += 1
        entry.sends += 1
        entry.sent_at = now
        entry.order = order
        entry.refused = False
        entry.retry_at = 0.0
        self._in_flight[entry.token] = entry
        out = entry.out
        try:
            await self._link.publish(
                out.subject, out.payload, reply=f"{self._inbox}.{entry.token}", headers=out.headers
            )
        except Exception as exc:  # any failure: the timer or the reconnect retries
            self._warn(f"cannot publish to NATS now ({type(exc).__name__}: {exc}); will retry")

    async def _fill(self) -> None:
        """Send waiting messages while the window has room."""
        unsent, in_flight, link = self._unsent, self._in_flight, self._link
        while unsent and len(in_flight) < self._max_in_flight and not self._resyncing:
            if not link.connected or self._held:
                return
            await self._send(unsent.popleft())

    async def _on_answer(
        self, subject: str, data: bytes, headers: Mapping[str, str] | None
    ) -> None:
        try:
            token = int(subject[self._prefix_len :])
        except ValueError:
            return
        entry = self._in_flight.get(token)
        if entry is None:
            return  # an answer to an earlier publish of a message since acknowledged
        if data and b'"error"' not in data:
            del self._in_flight[token]
            if b'"duplicate"' in data and _duplicate(data):
                self.stats.duplicates += 1
            else:
                self.stats.stored += 1
            self._count -= 1
            if not self._count:
                self._empty.set()
            self._room.set()
            if self._unsent:
                await self._fill()
            return
        headers = headers or {}
        reason = data.decode("utf-8", "replace") if data else headers.get("Status", "no answer")
        if headers.get("Status") == "503":
            reason = "no responders (is JetStream up, and the stream there?)"
        self.stats.refused += 1
        entry.refused = True
        entry.retry_at = self._clock() + self._retry_delay
        self._warn(f"JetStream refused {entry.out.subject}: {reason}; retrying")

    async def _tick(self, period: float) -> None:
        """Re-publish what JetStream refused (after ``retry_delay``) or left unanswered (after
        ``ack_timeout``)."""
        while True:
            await asyncio.sleep(period)
            if not self._link.connected or self._resyncing or self._held:
                continue
            now = self._clock()
            late = now - self._ack_timeout
            due = [
                e
                for e in self._in_flight.values()
                if (e.retry_at and e.retry_at <= now) or (not e.retry_at and e.sent_at < late)
            ]
            for entry in due:
                if entry.token in self._in_flight and self._link.connected and not self._held:
                    await self._send(entry)
            if self._unsent:
                await self._fill()

    async def _skip_stored(self) -> None:
        """After an outage longer than the duplicate window: drop what JetStream stored."""
        try:
            headers = await self._link.last_headers(self._stream, self._own_subjects)
        except Exception as exc:  # then re-publish as usual
            self._warn(f"cannot read the last stored message ({exc}); re-publishing all")
            return
        last = (headers or {}).get("Nats-Msg-Id")
        stored = next((e for e in self._in_flight.values() if e.out.msg_id == last), None)
        if stored is None:
            return
        done = [
            e
            for e in self._in_flight.values()
            if e is stored or (e.order < stored.first_order and not e.refused)
        ]
        for entry in done:
            del self._in_flight[entry.token]
        self._count -= len(done)
        self.stats.skipped += len(done)
        log.info("%d message(s) found stored after the outage; not re-published", len(done))
        if not self._count:
            self._empty.set()
        self._room.set()

    def _warn(self, text: str) -> None:
        now = self._clock()
        if now - self._last_warning >= 5.0:
            self._last_warning = now
            log.warning("%s", text)
        else:
            log.debug("%s", text)


def _duplicate(data: bytes) -> bool:
    """Whether a PubAck says the message was a duplicate (``"duplicate": true``)."""
    try:
        return bool(json.loads(data).get("duplicate"))
    except (ValueError, AttributeError):
        return False

"""One publisher per CTI Server pair: a lease in a JetStream key-value bucket.

::

    lease = Lease(bucket, key="pg1", owner="host-a:4711:9f2c", ttl=15.0)
    await lease.acquire()           # waits while another bridge holds the key
    renewals = asyncio.create_task(lease.keep())
    ...                             # publish while lease.valid; stop when lease.lost is set
    await lease.release()

The key is the bridge name: bridges of the same CTI Server pair share it. Every write is a
compare-and-set on the key's revision, which JetStream serializes, so two bridges never both
succeed:

* The holder writes the key every quarter of the TTL with the revision it last wrote.
* A waiting bridge reads the key every quarter of the TTL. It creates the key when there is
  none (the holder deleted it on a clean stop: :meth:`Lease.release`); it takes the key over
  (a write with the revision it read) when it has seen the same revision for a whole TTL: the
  holder has not renewed for that long (crashed, hung, or cut off from NATS).
* The holder fences itself: it counts as holding the lease (:attr:`Lease.valid`) only for 80%
  of the TTL after it *sent* its last successful write. A bridge taking over has watched the
  key for a whole TTL after that write, so the holder has stopped publishing by then.
* When the holder's write finds the revision changed, the lease is lost (:attr:`Lease.lost`):
  the bridge throws away what it had not published and closes its CTI session.

Nothing expires on the server: when NATS itself is down, nobody can write, the waiting bridges
start watching afresh once it is back (:meth:`Lease.interrupted`), and the holder, renewing
at once, keeps its lease and the events it buffered meanwhile. The bridges of one name must
use the same TTL (15 s by default): it is how long a failed holder goes unnoticed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import time
from collections.abc import Callable
from typing import Protocol

from .natslink import LeaseTaken, NatsError
from .schema import utc_text

__all__ = ["Lease", "LeaseBucket", "owner_id"]

log = logging.getLogger("ctiwire.bridge")

VALID_FRACTION = 0.8
"""The part of the TTL after a successful write was sent during which the holder publishes."""
RENEW_FRACTION = 0.25
"""How often the holder renews, and a waiting bridge reads the key, as a part of the TTL."""


class LeaseBucket(Protocol):
    """What the lease needs of a key-value bucket (:class:`~.natslink.Bucket` has it)."""

    async def create(self, key: str, value: bytes) -> int: ...
    async def update(self, key: str, value: bytes, revision: int) -> int: ...
    async def delete(self, key: str, revision: int) -> None: ...
    async def get(self, key: str) -> tuple[int, bytes] | None: ...


def owner_id() -> str:
    """``host:pid:random``: tells bridges (and people reading the bucket) apart."""
    return f"{socket.gethostname()}:{os.getpid()}:{os.urandom(3).hex()}"


def _owner_of(value: bytes) -> str:
    try:
        return str(json.loads(value).get("owner", "?"))
    except (ValueError, AttributeError):
        return "?"


class Lease:
    """The lease on ``key`` for ``owner`` (see the module docstring)."""

    def __init__(
        self,
        bucket: LeaseBucket,
        key: str,
        owner: str,
        *,
        ttl: float,
        clock: Callable[[], float] = time.monotonic,
        on_change: Callable[[bool], None] | None = None,
    ) -> None:
        if not ttl > 0:
            raise ValueError("the lease needs a TTL")
        self._bucket = bucket
        self.key = key
        self.owner = owner
        self.ttl = ttl
        self._clock = clock
        self._on_change = on_change
        self._revision: int | None = None
        self._renewed_at = -1e18  # when the last successful write was sent (clock)
        self._was_valid = False
        self._fence: asyncio.TimerHandle | None = None
        self._wake = asyncio.Event()
        self._watching: tuple[int, float] | None = None  # (revision seen, since when)
        self.lost = asyncio.Event()
        """Set when a renewal found that another bridge had taken the key over."""

    @property
    def held(self) -> bool:
        """This bridge wrote the key last, as far as it knows."""
        return self._revision is not None

    @property
    def valid(self) -> bool:
        """Held, and renewed recently enough that no other bridge can have taken the key."""
        return self.held and self._clock() - self._renewed_at < VALID_FRACTION * self.ttl

    @property
    def interval(self) -> float:
        return RENEW_FRACTION * self.ttl

    def wake(self) -> None:
        """Renew (or look at the key) now rather than at the next tick."""
        self._wake.set()

    def interrupted(self) -> None:
        """The connection to NATS was lost (or is back): a waiting bridge cannot know whether
        the holder could renew meanwhile, so it starts watching afresh."""
        self._watching = None
        self._wake.set()

    def _value(self) -> bytes:
        host, pid, _ = self.owner.rsplit(":", 2)
        return json.dumps(
            {"owner": self.owner, "host": host, "pid": int(pid), "renewed": utc_text(time.time())}
        ).encode()

    async def _nap(self, seconds: float) -> None:
        self._wake.clear()
        try:
            async with asyncio.timeout(seconds):
                await self._wake.wait()
        except TimeoutError:
            pass

    # -- waiting for the lease ----------------------------------------------------------------

    async def acquire(self) -> None:
        """Wait until this bridge holds the key."""
        self.lost.clear()
        self._watching = None
        said = False
        while True:
            sent = self._clock()
            try:
                taken = await self._try(sent)
            except LeaseTaken:  # another bridge wrote first: watch its revision
                self._watching = None
                taken = False
            except NatsError as exc:
                log.debug("lease %s: %s", self.key, exc)
                self._watching = None
                taken = False
            if taken:
                return
            if not said and self._watching is not None:
                said = True
                log.info(
                    "standby: bridge %s is running elsewhere; taking over if it is not renewed "
                    "for %g s",
                    self.key,
                    self.ttl,
                )
            await self._nap(self.interval)

    async def _try(self, sent: float) -> bool:
        entry = await self._bucket.get(self.key)
        if entry is None:
            self._revision = await self._bucket.create(self.key, self._value())
            log.info("lease %s acquired (owner %s)", self.key, self.owner)
        else:
            revision, value = entry
            if self._watching is None or self._watching[0] != revision:
                self._watching = (revision, sent)
                return False
            if sent - self._watching[1] < self.ttl:
                return False
            self._revision = await self._bucket.update(self.key, self._value(), revision)
            log.warning(
                "lease %s taken over from %s, which had not renewed it for %g s",
                self.key,
                _owner_of(value),
                self.ttl,
            )
        self._renewed(sent)
        return True

    # -- holding it ---------------------------------------------------------------------------

    async def renew(self) -> bool:
        """Write the key once; ``False`` if the lease is lost (then :attr:`lost` is set)."""
        if self._revision is None:
            return False
        sent = self._clock()
        try:
            self._revision = await self._bucket.update(self.key, self._value(), self._revision)
        except LeaseTaken:
            self._revision = None
            log.error("lease %s lost: another bridge took it over", self.key)
            self.lost.set()
            self._changed()
            return False
        self._renewed(sent)
        return True

    def _renewed(self, sent: float) -> None:
        """A write sent at ``sent`` succeeded: valid until 80% of the TTL after it, when a
        timer (not the renewal loop, which may be waiting on NATS) ends the validity."""
        self._renewed_at = sent
        if self._fence is not None:
            self._fence.cancel()
        delay = max(0.0, sent + VALID_FRACTION * self.ttl - self._clock())
        self._fence = asyncio.get_running_loop().call_later(delay, self._changed)
        self._changed()

    async def keep(self) -> None:
        """Renew the lease every quarter of the TTL (at once after :meth:`wake`) until it is
        lost or released; NATS errors are retried (the lease stops being :attr:`valid` when
        renewals fail for 80% of the TTL)."""
        while self.held:
            await self._nap(self.interval)
            if not self.held:
                return
            try:
                if not await self.renew():
                    return
            except NatsError as exc:
                log.debug("lease %s: renewal failed: %s", self.key, exc)

    async def release(self) -> None:
        """Delete the key if this bridge still holds it (a waiting bridge takes over at its
        next look)."""
        revision, self._revision = self._revision, None
        if self._fence is not None:
            self._fence.cancel()
        self._changed()
        if revision is None:
            return
        try:
            await self._bucket.delete(self.key, revision)
            log.info("lease %s released", self.key)
        except NatsError as exc:
            log.warning("lease %s: could not release it (%s)", self.key, exc)

    def _changed(self) -> None:
        valid = self.valid
        if valid != self._was_valid:
            self._was_valid = valid
            if not valid and self.held:
                log.warning(
                    "lease %s not renewed for %g s: publishing paused until it is",
                    self.key,
                    VALID_FRACTION * self.ttl,
                )
            if self._on_change is not None:
                self._on_change(valid)

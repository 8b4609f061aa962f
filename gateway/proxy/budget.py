"""One worker's budget for the bytes of requests that have not fully arrived.

Like Kafka's `queued.max.request.bytes`: every client connection counts the bytes it
holds of incomplete frames; when the worker's total reaches the limit, client reads
pause until some frame completes or some connection goes away. The connection whose
incomplete frame started first may always read on, so a frame larger than what is
left (or than the whole budget) still completes: the worker holds at most the budget
plus one frame, and no set of half-sent frames can wait on each other forever.
"""

from __future__ import annotations

import logging

import trio

from gateway.log_limits import LogLimiter


class RequestBudget:
    """Bytes of partially received requests held by the client connections of a worker."""

    def __init__(self, limit: int, limiter: LogLimiter | None = None) -> None:
        self.limit = limit
        self.used = 0
        self.pauses = 0
        self.limiter = limiter
        # Insertion order is the order in which holders started their current frame.
        self._held: dict[object, int] = {}
        self._lot = trio.lowlevel.ParkingLot()

    def room(self, holder: object, wanted: int) -> int:
        """How many of `wanted` bytes `holder` may receive now (0: it must wait)."""
        if self.used < self.limit:
            return min(wanted, self.limit - self.used)
        if next(iter(self._held), None) is holder:
            return wanted
        return 0

    async def wait_for_room(self, holder: object, wanted: int) -> int:
        """Wait until `holder` may receive some bytes; how many (at most `wanted`)."""
        while (room := self.room(holder, wanted)) == 0:
            self.pauses += 1
            if self.limiter is not None:
                self.limiter.log(
                    logging.WARNING, "request budget full", "*",
                    "client reads paused: %d bytes of partially received requests held by "
                    "%d connections reach GATEWAY_MAX_QUEUED_REQUEST_BYTES=%d",
                    self.used, len(self._held), self.limit,
                )
            await self._lot.park()
        return room

    def hold(self, holder: object, nbytes: int) -> None:
        """Set how many bytes `holder` holds now (0 releases it)."""
        before = self._held.get(holder, 0)
        if nbytes == before:
            return
        self.used += nbytes - before
        if nbytes:
            self._held[holder] = nbytes  # an update keeps the holder's place
        else:
            del self._held[holder]
        if nbytes < before:
            self._lot.unpark_all()

    def held_by(self, holder: object) -> int:
        """Bytes `holder` holds."""
        return self._held.get(holder, 0)

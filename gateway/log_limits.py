"""Rate-limited logging: repeated messages of one kind from one peer host are summarised.

Under attack every refused connection would otherwise log a line, and the log would
drown what matters. `LogLimiter` lets the first `burst` messages of a (kind, host) pair
through in each `interval_s` window; the rest are counted, and the next line logged for
that pair (or `flush()`, called periodically) says how many were suppressed. When more
than `max_keys` pairs are tracked, new hosts share one key per kind, so neither the
memory nor the number of lines grows with the number of attacking hosts.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

ALL_HOSTS = "*"


@dataclass(slots=True)
class _Window:
    started: float
    logged: int = 0
    suppressed: int = 0
    level: int = logging.INFO


class LogLimiter:
    """Logs at most `burst` messages per (kind, host) per `interval_s`, counting the rest."""

    def __init__(
        self,
        logger: logging.Logger,
        *,
        burst: int = 5,
        interval_s: float = 10.0,
        max_keys: int = 1000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.logger = logger
        self.burst = burst
        self.interval_s = interval_s
        self.max_keys = max_keys
        self.clock = clock
        self._windows: dict[tuple[str, str], _Window] = {}

    def log(self, level: int, kind: str, host: str, message: str, *args: object) -> bool:
        """Log `message % args` unless (kind, host) is over its budget; True if logged."""
        if not self.logger.isEnabledFor(level):
            return False
        now = self.clock()
        key = (kind, host)
        if key not in self._windows and len(self._windows) >= self.max_keys:
            self._expire(now)
            if len(self._windows) >= self.max_keys:
                key = (kind, ALL_HOSTS)
        window = self._windows.get(key)
        if window is not None and now - window.started >= self.interval_s:
            self._report(key, window)
            window = None
        if window is None:
            window = self._windows[key] = _Window(now)
        if window.logged >= self.burst:
            window.suppressed += 1
            window.level = max(window.level, level)
            return False
        window.logged += 1
        self.logger.log(level, message, *args)
        return True

    def flush(self) -> None:
        """Report the suppressed counts of windows that are over, and forget them."""
        self._expire(self.clock())

    def _expire(self, now: float) -> None:
        for key, window in list(self._windows.items()):
            if now - window.started >= self.interval_s:
                self._report(key, window)
                del self._windows[key]

    def _report(self, key: tuple[str, str], window: _Window) -> None:
        if window.suppressed:
            kind, host = key
            source = "from all other hosts" if host == ALL_HOSTS else f"from {host}"
            self.logger.log(
                window.level, "... %d more '%s' messages %s suppressed in the last %.0f s",
                window.suppressed, kind, source, self.clock() - window.started,
            )
            window.suppressed = 0

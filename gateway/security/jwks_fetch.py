"""Keeps a worker's JWKS cache fresh: fetches `GATEWAY_OAUTH_JWKS_URL` when the cache asks.

The I/O half of jwks.py. `http(s)://` and `file://` are read with urllib in a worker
thread (system CAs for https), at most MAX_JWKS_BYTES, within a timeout. A failed fetch
keeps the previous keys and is logged once per distinct error, then again when it recovers.
The cache works on the wall clock, as the SASL exchanges that consult it do.
"""

from __future__ import annotations

import logging
import time
import urllib.request
from collections.abc import Callable

import trio

from .jwks import MAX_JWKS_BYTES, JwksCache

__all__ = ["fetch_document", "keep_jwks_fresh"]

log = logging.getLogger("sluice.auth")

FETCH_TIMEOUT_S = 10.0
POLL_S = 1.0  # how often the cache is asked whether it is due (an unknown key id hurries it)


def fetch_document(url: str, timeout_s: float = FETCH_TIMEOUT_S) -> bytes:
    """The document at `url`, at most MAX_JWKS_BYTES + 1 bytes; OSError if unreachable."""
    with urllib.request.urlopen(url, timeout=timeout_s) as reply:  # noqa: S310 - scheme checked
        data: bytes = reply.read(MAX_JWKS_BYTES + 1)
        return data


async def _fetch_once(cache: JwksCache, fetch: Callable[[str], bytes],
                      reported: list[str | None]) -> None:
    cache.started(time.time())
    try:
        document = await trio.to_thread.run_sync(fetch, cache.url)
        cache.update(document, time.time())
    except (OSError, ValueError) as exc:
        error = str(exc) if isinstance(exc, ValueError) else \
            f"cannot fetch the JWKS from {cache.url}: {exc}"
        cache.failed(error, time.time())
        if reported[0] != error:
            log.warning("%s; the keys loaded before, if any, stay in use (retrying)", error)
        reported[0] = error
        return
    if reported[0] is not None or reported[1] is None:
        log.info("JWKS loaded from %s", cache.url)
    reported[:] = [None, "loaded"]


async def keep_jwks_fresh(cache: JwksCache, *, fetch: Callable[[str], bytes] = fetch_document,
                          poll_s: float = POLL_S,
                          task_status: trio.TaskStatus[None] = trio.TASK_STATUS_IGNORED) -> None:
    """Fetch the JWKS now, report started, then refetch whenever the cache is due."""
    reported: list[str | None] = [None, None]  # last error logged, "loaded" once loaded
    await _fetch_once(cache, fetch, reported)
    task_status.started()
    while True:
        await trio.sleep(poll_s)
        if cache.due(time.time()):
            await _fetch_once(cache, fetch, reported)

"""Log output of every Sluice process: readable lines, or one JSON object per line.

GATEWAY_LOG_FORMAT=text (the default) gives `time LEVEL [process] logger: message`;
GATEWAY_LOG_FORMAT=json gives one JSON object per line for log shippers, with the keys
timestamp (RFC 3339, UTC), level, logger, process, message, and those of CONTEXT_FIELDS
a line carries. A log call adds them with `extra=context(peer=..., broker=...)`; plain
%-format calls without them work unchanged in both formats.

librdkafka's own log lines reach loggers named `*.kafka` (the `logger` property of the
gateway's confluent-kafka clients). Its connection failures (facility FAIL) repeat for every
broker on every retry; the gateway names a backend problem once, with the remedy
(gateway.proxy.backend), so those lines are shown at DEBUG only.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, Final

LOG_FORMATS: Final = ("text", "json")
# Record attributes copied into a JSON line when a log call sets them with `extra=`.
CONTEXT_FIELDS: Final = ("peer", "broker", "node", "worker")


def context(**fields: object) -> dict[str, object]:
    """The `extra=` of a log call: the context fields that are not None."""
    unknown = set(fields) - set(CONTEXT_FIELDS)
    if unknown:
        raise ValueError(f"unknown log context fields: {sorted(unknown)}")
    return {k: v for k, v in fields.items() if v is not None}


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON object (no newline inside)."""

    def __init__(self, process: str, node: str | None = None) -> None:
        super().__init__()
        self._process = process
        self._node = node

    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line."""
        line: dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "process": self._process,
            "message": record.getMessage(),
        }
        if self._node is not None:
            line["node"] = self._node
        for name in CONTEXT_FIELDS:
            if name in record.__dict__:
                line[name] = record.__dict__[name]
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, default=str, ensure_ascii=False)


class LibrdkafkaRetryNoise(logging.Filter):
    """Shows librdkafka's per-retry connection failures at DEBUG, not ERROR."""

    def __init__(self, root_level: int) -> None:
        super().__init__()
        self._root_level = root_level

    def filter(self, record: logging.LogRecord) -> bool:
        """False (drop) or the record demoted, for a FAIL line of a client logger."""
        if not record.name.endswith(".kafka") or record.levelno <= logging.DEBUG:
            return True
        if not str(record.msg).startswith("FAIL") and not record.getMessage().startswith(
                "FAIL "):
            return True
        if self._root_level > logging.DEBUG:
            return False
        record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


def setup_logging(
    level: str, process: str = "supervisor", log_format: str = "text", node: str | None = None
) -> None:
    """Send log lines to stderr, each naming the process (supervisor, worker-N, demo)."""
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter(process, node))
    else:
        handler.setFormatter(logging.Formatter(
            f"%(asctime)s %(levelname)s [{process}] %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in root.handlers[:]:
        root.removeHandler(old)
    root.setLevel(level.upper())
    handler.addFilter(LibrdkafkaRetryNoise(root.level))
    root.addHandler(handler)

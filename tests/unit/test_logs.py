"""Log formats: readable lines by default, one JSON object per line for log shippers."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from gateway.logs import context, setup_logging


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_json_lines_carry_the_fields(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("debug", "worker-1", "json", node="gw-1")
    log = logging.getLogger("sluice.test")
    log.info("plain %s message with %d args", "printf", 2)
    log.warning("client refused", extra=context(peer="10.0.0.7:4111", broker=2))
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("it failed")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3
    first, second, third = (json.loads(line) for line in lines)
    assert first["message"] == "plain printf message with 2 args"
    assert first["level"] == "INFO" and first["logger"] == "sluice.test"
    assert first["process"] == "worker-1" and first["node"] == "gw-1"
    assert first["timestamp"].endswith("Z") and first["timestamp"][10] == "T"
    assert "peer" not in first and "broker" not in first
    assert second["peer"] == "10.0.0.7:4111" and second["broker"] == 2
    assert second["level"] == "WARNING"
    assert third["message"] == "it failed" and "ValueError: boom" in third["exception"]


def test_text_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("INFO", "supervisor")
    logging.getLogger("sluice.test").info("hello %s", "there",
                                          extra=context(broker="b:1"))
    logging.getLogger("sluice.test").debug("not shown")
    err = capsys.readouterr().err
    assert err.endswith(" INFO [supervisor] sluice.test: hello there\n"), err
    assert err.count("\n") == 1


def test_context_refuses_unknown_fields() -> None:
    with pytest.raises(ValueError, match="unknown log context fields"):
        context(peeer="x")


def test_librdkafka_connection_failures_only_at_debug(capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    setup_logging("INFO", "supervisor")
    client = logging.getLogger("sluice.resources.kafka")
    client.error("%s [%s] %s", "FAIL", "consumer-1", "Connect to 127.0.0.1:1 failed")
    client.error("%s [%s] %s", "SASL", "consumer-1", "authentication failed")
    logging.getLogger("sluice.backend").error("FAIL is a word the gateway may use")
    err = capsys.readouterr().err
    assert "Connect to" not in err
    assert "authentication failed" in err and "FAIL is a word" in err
    setup_logging("DEBUG", "supervisor")
    client.error("%s [%s] %s", "FAIL", "consumer-1", "Connect to 127.0.0.1:1 failed")
    assert " DEBUG [supervisor] sluice.resources.kafka: FAIL [consumer-1] Connect to" in (
        capsys.readouterr().err)

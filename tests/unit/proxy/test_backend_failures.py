"""Backend failures: what the first answer says, and how often a failure is logged."""

from __future__ import annotations

import logging

import pytest
import trio

from gateway.proxy.backend import (
    BackendFailure,
    BackendProblems,
    BackendUnavailable,
    _first_answer_failure,
)


@pytest.mark.parametrize(("data", "kind"), [
    (b"HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n", "http"),
    (b"\x15\x03\x03\x00\x02\x02\x46", "tls"),  # a TLS alert
    (b"\x16\x03\x01\x00\x50", "tls"),  # a TLS handshake record
    (b"SSH-2.0-OpenSSH_9.6\r\n", "not-kafka"),
    (b"\x00\x00\x00\x00", "not-kafka"),  # a size smaller than a correlation id
    (b"\x7f\xff\xff\xff", "not-kafka"),
])
def test_first_answer_that_is_not_kafka(data: bytes, kind: str) -> None:
    failure = _first_answer_failure(data)
    assert failure is not None and failure.kind == kind


def test_kafka_frame_prefix_is_accepted() -> None:
    assert _first_answer_failure(b"\x00\x00\x01\x2c\x00\x00\x00\x01") is None


def test_http_answer_shows_the_status_line() -> None:
    failure = _first_answer_failure(b"HTTP/1.1 404 Not Found\r\n\r\n")
    assert failure is not None
    assert failure.message.startswith("not a Kafka broker: an HTTP server answered "
                                      "('HTTP/1.1 404 Not Found')")


async def test_each_failure_logged_once_then_reminded(
        autojump_clock: trio.abc.Clock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "sluice.backend")
    problems = BackendProblems(reminder_interval_s=60)
    refused = BackendUnavailable([BackendFailure("a:1", "refused", "connection refused")])
    for _ in range(10):  # 10 retries within a minute: one line
        problems.report(refused)
        await trio.sleep(5)
    assert [r.getMessage() for r in caplog.records] == [
        "backend cluster unavailable: a:1: connection refused (retrying with backoff)"]
    assert caplog.records[0].__dict__["broker"] == "a:1"
    await trio.sleep(15)
    problems.report(refused)  # 65 s after the first: a reminder
    other = BackendUnavailable([BackendFailure("a:1", "timeout", "timed out")])
    problems.report(other)  # a new kind of failure: logged at once
    problems.recovered()
    messages = [r.getMessage() for r in caplog.records]
    assert messages[1:] == [
        "backend cluster still unavailable after 65 s: a:1: connection refused (retrying "
        "every 10 s or less)",
        "backend cluster unavailable: a:1: timed out (retrying with backoff)",
        "backend cluster reachable again after 65.0 s",
    ]
    assert [r.levelname for r in caplog.records] == ["ERROR", "WARNING", "ERROR", "INFO"]

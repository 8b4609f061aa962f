"""Audit event building: topic names, API key names, JSON shape (no sockets)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.audit import (
    AuditLog,
    ConnectionAuditor,
    audit_name,
    parse_api_key_names,
    request_topics,
)
from gateway.protocol.frames import frame
from gateway.protocol.headers import encode_request_header, parse_request_header
from tests.wire import PRODUCE_REQUEST


def _produce_frame(version: int, topics: list[str]) -> bytes:
    body = {"Acks": -1, "TimeoutMs": 1000, "TopicData": [
        {"Name": t, "PartitionData": [{"Index": 0, "Records": b"r" * 50},
                                      {"Index": 1, "Records": None}]} for t in topics]}
    return frame(encode_request_header(0, version, 5, "me") + PRODUCE_REQUEST.encode(body,
                                                                                        version))


@settings(max_examples=50, deadline=None)
@given(version=st.integers(0, 12),
       topics=st.lists(st.text(min_size=1, max_size=20), max_size=5))
def test_produce_topics_are_read_in_every_version(version: int, topics: list[str]) -> None:
    data = _produce_frame(version, topics)
    assert request_topics(data, parse_request_header(data)) == topics


def test_truncated_produce_request_gives_no_topics_rather_than_an_error() -> None:
    data = _produce_frame(9, ["orders"])
    cut = data[:-20]
    assert request_topics(cut, parse_request_header(cut)) is None


def test_api_key_names() -> None:
    assert audit_name(19) == "CREATE_TOPICS" and audit_name(0) == "PRODUCE"
    assert parse_api_key_names(["produce", " CREATE_TOPICS", ""]) == {0, 19}
    with pytest.raises(ValueError, match="PRODUSE"):
        parse_api_key_names(["PRODUSE"])


def test_events_written_as_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    log = AuditLog(file_path=str(path))
    auditor = ConnectionAuditor(log, frozenset({0}), "c1", "n1", "10.0.0.2:6969",
                                "10.0.0.5:4000", "[2001:db8::9]:5555", "10.0.0.1:6969")
    data = _produce_frame(9, ["orders"])
    auditor.opened()
    assert auditor.wants(0) and not auditor.wants(3)
    auditor.request(data, parse_request_header(data))
    auditor.closed(1.5, 10, 20, "client closed the connection")
    log.close()
    events = [json.loads(line) for line in path.read_text().splitlines()]
    assert [e["type"] for e in events] == ["CONNECTION", "API_REQUEST", "CONNECTION"]
    request = events[1]
    assert request["apiKey"] == "PRODUCE" and request["topics"] == ["orders"]
    assert request["clientId"] == "me" and request["apiVersion"] == 9
    assert request["proxySourceAddress"] == "[2001:db8::9]:5555"
    assert request["connection"] == {"localAddress": "10.0.0.2:6969",
                                     "remoteAddress": "10.0.0.5:4000"}
    assert events[2]["durationMs"] == 1500 and events[2]["bytesIn"] == 10
    assert len({e["id"] for e in events}) == 3


def test_a_full_queue_drops_and_counts(tmp_path: Path) -> None:
    log = AuditLog(file_path=str(tmp_path / "a.jsonl"), queue_size=1)
    auditor = ConnectionAuditor(log, frozenset(), "c", "n", "a:1", "b:2")
    for _ in range(2000):
        auditor.opened()
    log.close()
    lines = (tmp_path / "a.jsonl").read_text().splitlines()
    assert log.dropped > 0
    assert len(lines) + log.dropped == 2000

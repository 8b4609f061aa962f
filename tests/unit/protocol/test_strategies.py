"""The generators behind the round-trip and fuzz tests reach the cases that matter
(`codec_strategies`, seen through the dict view of `strategies`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from codec_strategies import MAX_ARRAY
from hypothesis import HealthCheck, given, settings
from strategies import message_values, rich_value
from wire import (
    ALL_MESSAGES,
    FETCH_RESPONSE,
    METADATA_RESPONSE,
    PRODUCE_RESPONSE,
    UNKNOWN_TAGS,
)
from wire import Wire as Message

Check = Callable[[Any], bool]


def reached(strategy: Any, checks: dict[str, Check]) -> set[str]:
    """Names of the checks that at least one of 100 generated values (fixed seed) satisfies."""
    hits: set[str] = set()

    @settings(max_examples=100, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(strategy)
    def collect(value: Any) -> None:
        hits.update(name for name, check in checks.items() if check(value))

    collect()
    return hits


def _structs(value: Any) -> list[dict[str, Any]]:
    """Every dict (struct) inside a decoded value."""
    found = []
    if isinstance(value, dict):
        found.append(value)
        for key, item in value.items():
            if key != UNKNOWN_TAGS:
                found += _structs(item)
    elif isinstance(value, list):
        for item in value:
            found += _structs(item)
    return found


def test_unknown_tags_at_every_level() -> None:
    checks: dict[str, Check] = {
        "top": lambda v: UNKNOWN_TAGS in v,
        "broker": lambda v: any(UNKNOWN_TAGS in b for b in v["Brokers"]),
        "topic": lambda v: any(UNKNOWN_TAGS in t for t in v["Topics"]),
        "partition": lambda v: any(UNKNOWN_TAGS in p for t in v["Topics"]
                                   for p in t["Partitions"]),
    }
    assert reached(message_values(METADATA_RESPONSE, 12), checks) == set(checks)


def test_tagged_fields_both_present_and_absent() -> None:
    checks: dict[str, Check] = {
        "present": lambda v: "NodeEndpoints" in v,
        "absent": lambda v: "NodeEndpoints" not in v,
        "nested": lambda v: any("CurrentLeader" in p for r in v["Responses"]
                                for p in r["PartitionResponses"]),
    }
    assert reached(message_values(PRODUCE_RESPONSE, 10), checks) == set(checks)


def test_nulls_non_ascii_and_array_sizes() -> None:
    checks: dict[str, Check] = {
        "null": lambda v: v["ClusterId"] is None,
        "non-ascii": lambda v: any(ord(c) > 127 for b in v["Brokers"] for c in b["Host"]),
        "empty": lambda v: v["Brokers"] == [],
        "longest": lambda v: len(v["Brokers"]) == MAX_ARRAY,
        "null-rack": lambda v: any(b["Rack"] is None for b in v["Brokers"]),
    }
    assert reached(message_values(METADATA_RESPONSE, 9), checks) == set(checks)
    records: dict[str, Check] = {
        "null-records": lambda v: any(p["Records"] is None for r in v["Responses"]
                                      for p in r["Partitions"]),
    }
    assert reached(message_values(FETCH_RESPONSE, 4), records) == set(records)


@settings(max_examples=50, deadline=None)
@given(message_values(METADATA_RESPONSE, 8))
def test_non_flexible_versions_have_no_tags(value: dict[str, Any]) -> None:
    assert all(UNKNOWN_TAGS not in struct for struct in _structs(value))
    assert all(-(2**31) <= b["NodeId"] < 2**31 for b in value["Brokers"])


@settings(max_examples=50, deadline=None)
@given(message_values(FETCH_RESPONSE, 13))
def test_uuids_are_16_bytes(value: dict[str, Any]) -> None:
    assert all(len(r["TopicId"]) == 16 for r in value["Responses"])


def test_out_of_range_version_is_refused() -> None:
    with pytest.raises(ValueError):
        message_values(METADATA_RESPONSE, 14)


@pytest.mark.parametrize("message", ALL_MESSAGES, ids=[m.name for m in ALL_MESSAGES])
def test_rich_values_encode_in_every_version(message: Message) -> None:
    for version in range(message.valid[0], message.valid[1] + 1):
        value = rich_value(message, version)
        assert message.decode(message.encode(value, version), version)[0] == value

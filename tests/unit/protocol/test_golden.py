"""Response frames captured from a real broker (librdkafka's mock cluster).

The frames in `golden/` were written once by `capture_golden.py` (see its docstring):
a 3-broker cluster with racks rack-a..rack-c and topic `golden-topic` of 4 partitions,
queried on broker 1 with correlation id `1000 * api_key + version`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from wire import (
    API_VERSIONS_RESPONSE,
    FIND_COORDINATOR_RESPONSE,
    METADATA_RESPONSE,
    UNKNOWN_TAGS,
)
from wire import Wire as Message

from gateway.protocol import api_keys
from gateway.protocol.frames import frame
from gateway.protocol.headers import response_body_offset, response_correlation_id
from gateway.protocol.rewrite import (
    rewrite_api_versions,
    rewrite_find_coordinator,
    rewrite_metadata,
)

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
MESSAGES = {"ApiVersions": API_VERSIONS_RESPONSE, "Metadata": METADATA_RESPONSE,
            "FindCoordinator": FIND_COORDINATOR_RESPONSE}
EXPECTED_FILES = (
    [f"ApiVersions-v{v}.bin" for v in range(0, 3)]
    + [f"Metadata-v{v}.bin" for v in range(0, 14)]
    + [f"FindCoordinator-v{v}.bin" for v in range(0, 4)]
)


def _load(name: str) -> tuple[Message, int, bytes]:
    match = re.fullmatch(r"(\w+)-v(\d+)\.bin", name)
    assert match, name
    return MESSAGES[match[1]], int(match[2]), (GOLDEN_DIR / name).read_bytes()


def _decode(message: Message, version: int, wire: bytes) -> tuple[dict[str, Any], int, int]:
    body_at = response_body_offset(wire, message.api_key, version)
    body, end = message.decode(wire, version, body_at)
    return body, body_at, end


def test_all_golden_files_are_present() -> None:
    assert sorted(p.name for p in GOLDEN_DIR.glob("*.bin")) == sorted(EXPECTED_FILES)


@pytest.mark.parametrize("name", EXPECTED_FILES)
def test_golden_frame_decodes_and_reencodes_exactly(name: str) -> None:
    message, version, wire = _load(name)
    assert int.from_bytes(wire[:4], "big") == len(wire) - 4
    assert response_correlation_id(wire) == 1000 * message.api_key + version
    body, body_at, end = _decode(message, version, wire)
    trailer = wire[end:]
    if message is METADATA_RESPONSE and message.is_flexible(version):
        # librdkafka's mock writes the top-level tagged-field section of flexible
        # Metadata responses twice (its handler and its buffer finalizer each add an
        # empty one), so one stray 0x00 follows the body. Real brokers do not do this.
        assert trailer == b"\x00"
    else:
        assert trailer == b""
    assert wire[:body_at] + message.encode(body, version) + trailer == wire


@pytest.mark.parametrize("version", range(0, 14))
def test_golden_metadata_facts(version: int) -> None:
    _, _, wire = _load(f"Metadata-v{version}.bin")
    body, _, _ = _decode(METADATA_RESPONSE, version, wire)
    brokers = sorted(body["Brokers"], key=lambda b: b["NodeId"])
    assert [b["NodeId"] for b in brokers] == [1, 2, 3]
    assert all(b["Host"] == "127.0.0.1" and 0 < b["Port"] < 65536 for b in brokers)
    assert len({b["Port"] for b in brokers}) == 3
    if version >= 1:
        assert [b["Rack"] for b in brokers] == ["rack-a", "rack-b", "rack-c"]
        assert body["ControllerId"] == 1
    else:
        assert all("Rack" not in b for b in brokers)
    topics = {t["Name"]: t for t in body["Topics"]}
    topic = topics["golden-topic"]
    assert topic["ErrorCode"] == 0
    assert sorted(p["PartitionIndex"] for p in topic["Partitions"]) == [0, 1, 2, 3]
    for partition in topic["Partitions"]:
        assert partition["LeaderId"] in (1, 2, 3)
        assert sorted(partition["ReplicaNodes"]) == [1, 2, 3]
    if version >= 10:
        assert len(topic["TopicId"]) == 16 and topic["TopicId"] != bytes(16)
    if version >= 13:
        assert body["ErrorCode"] == 0


@pytest.mark.parametrize("version", range(0, 4))
def test_golden_find_coordinator_facts(version: int) -> None:
    _, _, wire = _load(f"FindCoordinator-v{version}.bin")
    body, _, _ = _decode(FIND_COORDINATOR_RESPONSE, version, wire)
    assert body["ErrorCode"] == 0
    assert body["NodeId"] in (1, 2, 3)
    assert body["Host"] == "127.0.0.1"
    # The coordinator's port is that broker's port in the Metadata capture.
    metadata, _, _ = _decode(METADATA_RESPONSE, 1, _load("Metadata-v1.bin")[2])
    ports = {b["NodeId"]: b["Port"] for b in metadata["Brokers"]}
    assert body["Port"] == ports[body["NodeId"]]


@pytest.mark.parametrize("version", range(0, 3))
def test_golden_api_versions_facts(version: int) -> None:
    _, _, wire = _load(f"ApiVersions-v{version}.bin")
    body, _, _ = _decode(API_VERSIONS_RESPONSE, version, wire)
    assert body["ErrorCode"] == 0
    ranges = {e["ApiKey"]: (e["MinVersion"], e["MaxVersion"]) for e in body["ApiKeys"]}
    assert ranges[api_keys.METADATA] == (0, 13)
    assert ranges[api_keys.FIND_COORDINATOR] == (0, 3)
    assert ranges[api_keys.API_VERSIONS] == (0, 2)


def _gateway_address(node_id: int) -> tuple[str, int]:
    return ("gateway.example", 6968 + node_id)


@pytest.mark.parametrize("version", range(0, 14))
def test_golden_metadata_rewrite(version: int) -> None:
    _, _, wire = _load(f"Metadata-v{version}.bin")
    body, _, end = _decode(METADATA_RESPONSE, version, wire)
    out, original = rewrite_metadata(wire, version, _gateway_address)
    assert original == body["Brokers"]
    new, _, new_end = _decode(METADATA_RESPONSE, version, out)
    assert new == {**body, "Brokers": [
        {**b, "Host": "gateway.example", "Port": 6968 + b["NodeId"]} for b in body["Brokers"]]}
    assert out[new_end:] == wire[end:]  # the mock's stray byte travels on untouched
    assert int.from_bytes(out[:4], "big") == len(out) - 4


@pytest.mark.parametrize("version", range(0, 4))
def test_golden_find_coordinator_rewrite(version: int) -> None:
    _, _, wire = _load(f"FindCoordinator-v{version}.bin")
    body, _, _ = _decode(FIND_COORDINATOR_RESPONSE, version, wire)
    out = rewrite_find_coordinator(wire, version, _gateway_address)
    new, _, _ = _decode(FIND_COORDINATOR_RESPONSE, version, out)
    assert new == {**body, "Host": "gateway.example", "Port": 6968 + body["NodeId"]}


@pytest.mark.parametrize("version", range(0, 3))
def test_golden_api_versions_rewrite(version: int) -> None:
    _, _, wire = _load(f"ApiVersions-v{version}.bin")
    out, advertised = rewrite_api_versions(wire, version)
    new, _, _ = _decode(API_VERSIONS_RESPONSE, version, out)
    assert new["ApiKeys"] == advertised
    ranges = {e["ApiKey"]: (e["MinVersion"], e["MaxVersion"]) for e in advertised}
    assert ranges[api_keys.METADATA] == (0, 13)
    assert ranges[api_keys.PRODUCE][0] == 0
    assert all(key in api_keys.API_KEYS for key in ranges)


def test_golden_metadata_v12_with_injected_unknown_tags() -> None:
    # Take the real v12 answer, add unknown tagged fields at the top level and in one
    # broker, and check that the rewrite carries them through byte for byte.
    _, _, wire = _load("Metadata-v12.bin")
    body, body_at, end = _decode(METADATA_RESPONSE, 12, wire)
    body[UNKNOWN_TAGS] = {7: b"top-level", 200: b"\x00\x01"}
    body["Brokers"][1][UNKNOWN_TAGS] = {3: b"per-broker"}
    header = wire[4:body_at]
    injected = frame(header + METADATA_RESPONSE.encode(body, 12) + wire[end:])
    out, _ = rewrite_metadata(injected, 12, _gateway_address)
    # Top-level section, then the mock's stray byte: 2 fields, tag 7 (9 bytes), tag 200.
    assert out.endswith(bytes.fromhex("02" "07" "09") + b"top-level"
                        + bytes.fromhex("c801" "02" "0001") + b"\x00")
    broker = body["Brokers"][1]
    host = b"gateway.example"
    expected_broker = (
        broker["NodeId"].to_bytes(4, "big") + bytes([len(host) + 1]) + host
        + (6968 + broker["NodeId"]).to_bytes(4, "big")
        + bytes([len(broker["Rack"]) + 1]) + broker["Rack"].encode()
        + bytes.fromhex("01" "03" "0a") + b"per-broker"
    )
    assert expected_broker in out
    new, _, _ = _decode(METADATA_RESPONSE, 12, out)
    assert new[UNKNOWN_TAGS] == {7: b"top-level", 200: b"\x00\x01"}
    assert new["Brokers"][1][UNKNOWN_TAGS] == {3: b"per-broker"}
    assert new["Topics"] == body["Topics"]

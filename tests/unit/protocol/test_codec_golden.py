"""Response frames from two real broker implementations through the generated codec.

`golden_codec/mock/` comes from librdkafka's mock cluster and `golden_codec/tansu/` from a
tansu broker (node id 111), captured by `capture_codec_golden.py` (see its docstring for
the setup); `golden/` holds the older mock captures of `capture_golden.py`. Every frame
must decode and re-encode to exactly the bytes the broker sent, except the frames listed
in NONCONFORMING, where the broker's answer breaks Kafka's spec: those must be refused
with a DecodeError naming the problem (Kafka's Java client refuses them too).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gateway.protocol import api_keys, codec
from gateway.protocol.codec_runtime import DecodeError
from gateway.protocol.errors import UNSUPPORTED_VERSION

HERE = Path(__file__).resolve().parent
FRAMES = sorted([*HERE.glob("golden_codec/*/*.bin"), *HERE.glob("golden/*.bin")])
API_KEYS = {name: key for key, (name, _) in api_keys.API_KEYS.items()}

# Checked by hand against the specs: the broker leaves out or nulls a field.
NONCONFORMING = {
    # Produce v5 adds LogStartOffset; the mock writes it from v6 only.
    ("mock", "Produce-v5"): "message truncated",
    # LeaveGroup v3 adds Members; the mock answers an unknown member without it.
    ("mock", "LeaveGroup-v3"): "message truncated",
    ("mock", "LeaveGroup-v4"): "null array where the field is not nullable",
    ("mock", "OffsetFetch-v2"): "null array where the field is not nullable",
    ("mock", "OffsetFetch-v3"): "null array where the field is not nullable",
    ("mock", "OffsetFetch-v4"): "null array where the field is not nullable",
    ("mock", "OffsetFetch-v5"): "null array where the field is not nullable",
    ("mock", "OffsetFetch-v6"): "null array where the field is not nullable",
    # SyncGroup's Assignment is non-nullable bytes; the mock sends null on errors.
    ("mock", "SyncGroup-v0"): "null bytes where the field is not nullable",
    ("mock", "SyncGroup-v1"): "null bytes where the field is not nullable",
    ("mock", "SyncGroup-v2"): "null bytes where the field is not nullable",
    ("mock", "SyncGroup-v3"): "null bytes where the field is not nullable",
    ("tansu", "CreateAcls-v0"): "message truncated",
    ("tansu", "CreateAcls-v1"): "message truncated",
    ("tansu", "CreateAcls-v2"): "null array where the field is not nullable",
    ("tansu", "CreateAcls-v3"): "null array where the field is not nullable",
    ("tansu", "DescribeUserScramCredentials-v0"): "null array where the field is not nullable",
    # ListOffsets v0 has OldStyleOffsets per partition; tansu leaves the array out.
    ("tansu", "ListOffsets-v0"): "message truncated",
    # OffsetFetch v2-v5: tansu answers with a bare 2-byte body (no Topics array).
    ("tansu", "OffsetFetch-v2"): "message truncated",
    ("tansu", "OffsetFetch-v3"): "message truncated",
    ("tansu", "OffsetFetch-v4"): "message truncated",
    ("tansu", "OffsetFetch-v5"): "message truncated",
    ("tansu", "OffsetFetch-v6"): "null array where the field is not nullable",
    ("tansu", "OffsetFetch-v7"): "null array where the field is not nullable",
}


def _parse(path: Path) -> tuple[str, str, int, int]:
    api, version = path.stem.split("-v")
    source = "mock" if path.parent.name == "golden" else path.parent.name
    return source, path.stem, API_KEYS[api], int(version)


def _decode(source: str, name: str) -> Any:
    path = HERE / "golden_codec" / source / f"{name}.bin"
    _, _, key, version = _parse(path)
    return codec.decode_response(memoryview(path.read_bytes()), key, version)


def test_both_brokers_were_captured_widely() -> None:
    by_source: dict[str, set[str]] = {}
    for path in FRAMES:
        source, name, _, _ = _parse(path)
        by_source.setdefault(source, set()).add(name.split("-v")[0])
    assert len(by_source["mock"]) >= 20
    assert len(by_source["tansu"]) >= 25
    assert {"CreateTopics", "DescribeConfigs", "DescribeCluster"} <= by_source["tansu"]
    assert all((HERE / "golden_codec" / s / f"{n}.bin").exists() for s, n in NONCONFORMING)


@pytest.mark.parametrize("path", FRAMES, ids=[f"{p.parent.name}/{p.stem}" for p in FRAMES])
def test_golden_frame_decodes_and_reencodes_exactly(path: Path) -> None:
    source, name, key, version = _parse(path)
    wire = path.read_bytes()
    if not codec.supported_versions()[key][0] <= version <= codec.supported_versions()[key][1]:
        # Metadata v13 is newer than the vendored specs (0-12).
        with pytest.raises(DecodeError) as info:
            codec.decode_response(wire, key, version)
        assert info.value.error_code == UNSUPPORTED_VERSION
        assert name == "Metadata-v13"
        return
    if (source, name) in NONCONFORMING:
        with pytest.raises(DecodeError) as info:
            codec.decode_response(wire, key, version)
        assert str(info.value).endswith(NONCONFORMING[(source, name)])
        return
    header, body, trailing = codec.decode_response(wire, key, version)
    assert header.CorrelationId == 1000 * key + version
    if source == "mock" and key == 3 and version >= 9:
        # The mock writes the top-level tagged-field section of flexible Metadata
        # responses twice, so one stray 0x00 follows the body.
        assert trailing == b"\x00"
    else:
        assert trailing == b""
    assert codec.encode_response(header, body, version, trailing) == wire


@pytest.mark.parametrize("version", range(0, 2))
def test_tansu_describe_cluster(version: int) -> None:
    body = _decode("tansu", f"DescribeCluster-v{version}").body
    assert body.ErrorCode == 0
    assert body.ClusterId == "tansu_cluster"
    assert [(b.BrokerId, b.Host) for b in body.Brokers] == [(111, "127.0.0.1")]
    assert body.ControllerId == 111


@pytest.mark.parametrize("version", range(0, 8))
def test_tansu_create_topics(version: int) -> None:
    body = _decode("tansu", f"CreateTopics-v{version}").body
    assert [(t.Name, t.ErrorCode) for t in body.Topics] == [(f"golden-created-v{version}", 0)]
    if version >= 5:
        assert body.Topics[0].NumPartitions == 2


@pytest.mark.parametrize("version", range(0, 5))
def test_tansu_describe_configs(version: int) -> None:
    body = _decode("tansu", f"DescribeConfigs-v{version}").body
    assert [(r.ResourceType, r.ResourceName, r.ErrorCode) for r in body.Results] == [
        (2, "golden-topic", 0)]


@pytest.mark.parametrize("version", range(4, 17))
def test_mock_fetch_carries_the_records_librdkafka_produced(version: int) -> None:
    frame = memoryview((HERE / "golden_codec" / "mock" / f"Fetch-v{version}.bin").read_bytes())
    body = codec.decode_response(frame, 1, version).body
    partition = body.Responses[0].Partitions[0]
    assert partition.ErrorCode == 0
    assert partition.HighWatermark >= 5
    records = partition.Records
    # Zero-copy: the records are a view of the frame, not a copy.
    assert isinstance(records, memoryview) and records.obj is frame.obj
    for i in range(5):
        assert f"golden-{i}".encode() in bytes(records)


@pytest.mark.parametrize("version", [v for v in range(0, 11) if v != 5])
def test_mock_produce_acknowledges(version: int) -> None:
    body = _decode("mock", f"Produce-v{version}").body
    [topic] = body.Responses
    assert topic.Name == "golden-topic"
    assert [(p.Index, p.ErrorCode) for p in topic.PartitionResponses] == [(0, 0)]


@pytest.mark.parametrize("version", range(0, 13))
def test_mock_metadata(version: int) -> None:
    body = _decode("mock", f"Metadata-v{version}").body
    assert sorted(b.NodeId for b in body.Brokers) == [1, 2, 3]
    [topic] = [t for t in body.Topics if t.Name == "golden-topic"]
    assert sorted(p.PartitionIndex for p in topic.Partitions) == [0, 1, 2, 3]
    assert {p.LeaderId for p in topic.Partitions} == {1}


@pytest.mark.parametrize("version", range(0, 13))
def test_a_metadata_rewrite_written_with_the_codec_matches_rewrite_py(version: int) -> None:
    # How rewrite.py's address rewriting reads on the typed codec (the next step's
    # interceptor): same bytes as today's splicing rewrite, on a real broker's answer.
    from gateway.protocol.rewrite import rewrite_metadata

    wire = (HERE / "golden" / f"Metadata-v{version}.bin").read_bytes()

    def address_of(node_id: int) -> tuple[str, int]:
        return ("gateway.example", 6968 + node_id)

    header, body, trailing = codec.decode_response(wire, 3, version)
    for broker in body.Brokers:
        broker.Host, broker.Port = address_of(broker.NodeId)
    rewritten, _ = rewrite_metadata(wire, version, address_of)
    assert codec.encode_response(header, body, version, trailing) == rewritten

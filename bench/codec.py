#!/usr/bin/env python3
"""The generated codec against the baseline (the hand-transcribed interpreter of `main`).

Before this branch, Sluice decoded with a closure interpreter (`schema.py`) over a hand
transcription (`messages.py`); now everything goes through the code generated from
Kafka's specs. The baseline is loaded from git (`--baseline`, default: the last revision
with the interpreter) into a private package, so old and new run in the same process,
timed in alternating rounds so that load from other processes hits both alike (wall clock
and CPU time of this thread). Reported:

* full decode + encode of several bodies (issue target: 1,000-partition Metadata <= 3 ms
  where `main` took 5.9 ms). The target is machine-relative: the revision the issue
  measured (`REFERENCE_REV`, 5.9 ms there) is timed again in this run, and the target
  scales with it: <= 3.0 / 5.9 = 0.51 x the reference's time on this machine;
* the data path's partial work: Metadata rewrite (<= 2 ms for 1,000 partitions, and not
  slower than the baseline's splice), the KIP-951 NodeEndpoints check of Produce and
  Fetch responses (walks lengths, never decodes topics or records), a Produce request's
  acks and the guard's walk of its topic names.

    .venv/bin/python bench/codec.py [--quick] [--baseline REV] [--out bench/results/codec.json]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

from gateway.protocol import rewrite, topic_walk
from gateway.protocol.codec_runtime import to_dict
from gateway.protocol.frames import frame
from gateway.protocol.generated.api_versions_response import ApiVersion, ApiVersionsResponse
from gateway.protocol.generated.fetch_response import (
    FetchableTopicResponse,
    FetchResponse,
    PartitionData,
)
from gateway.protocol.generated.metadata_response import (
    MetadataResponse,
    MetadataResponseBroker,
    MetadataResponsePartition,
    MetadataResponseTopic,
)
from gateway.protocol.generated.produce_request import (
    PartitionProduceData,
    ProduceRequest,
    TopicProduceData,
)
from gateway.protocol.generated.produce_response import (
    PartitionProduceResponse,
    ProduceResponse,
    TopicProduceResponse,
)
from gateway.protocol.headers import encode_response_header, parse_request_header
from gateway.protocol.request_check import produce_expects_response

ROOT = Path(__file__).resolve().parent.parent
TARGET_METADATA_1000_MS = 3.0
# The revision whose bench/README.md recorded "full decode+encode: 5.9 ms", the number the
# issue's 3 ms target was set against; timed again here, it scales the target.
REFERENCE_REV = "3ab2a78111b1332064e123b231e2079032b1be8c"
REFERENCE_METADATA_1000_MS = 5.9
RESULTS = ROOT / "bench" / "results" / "codec.json"
TARGET_REWRITE_1000_MS = 2.0


def metadata(topics: int, partitions: int) -> MetadataResponse:
    """A Metadata response: 3 brokers with racks, `topics` x `partitions` partitions."""
    return MetadataResponse(
        ThrottleTimeMs=0,
        Brokers=[MetadataResponseBroker(NodeId=i, Host=f"broker-{i}.kafka.internal",
                                        Port=9092, Rack=f"rack-{i}") for i in (1, 2, 3)],
        ClusterId="bench-cluster",
        ControllerId=1,
        Topics=[MetadataResponseTopic(
            ErrorCode=0, Name=f"topic-{t:03d}", TopicId=(t + 1).to_bytes(16, "big"),
            IsInternal=False,
            Partitions=[MetadataResponsePartition(
                ErrorCode=0, PartitionIndex=p, LeaderId=1 + p % 3, LeaderEpoch=7,
                ReplicaNodes=[1 + (p + r) % 3 for r in range(3)],
                IsrNodes=[1 + (p + r) % 3 for r in range(3)], OfflineReplicas=[])
                for p in range(partitions)])
            for t in range(topics)],
    )


def produce(partitions: int, batch_bytes: int) -> ProduceRequest:
    """A Produce request with one opaque record batch per partition."""
    return ProduceRequest(TransactionalId=None, Acks=-1, TimeoutMs=30000, TopicData=[
        TopicProduceData(Name="bench", PartitionData=[
            PartitionProduceData(Index=p, Records=bytes(batch_bytes))
            for p in range(partitions)])])


def fetch(partitions: int, batch_bytes: int) -> FetchResponse:
    """A Fetch response (v12 or later) with `batch_bytes` of records per partition."""
    return FetchResponse(ThrottleTimeMs=0, ErrorCode=0, SessionId=0, Responses=[
        FetchableTopicResponse(Topic="bench", TopicId=bytes(range(16)), Partitions=[
            PartitionData(PartitionIndex=p, ErrorCode=0, HighWatermark=10**6,
                          LastStableOffset=10**6, LogStartOffset=0,
                          AbortedTransactions=None, Records=bytes(batch_bytes))
            for p in range(partitions)])])


def api_versions() -> ApiVersionsResponse:
    """An ApiVersions v3 response listing 70 APIs."""
    return ApiVersionsResponse(ErrorCode=0, ThrottleTimeMs=0, ApiKeys=[
        ApiVersion(ApiKey=k, MinVersion=0, MaxVersion=10) for k in range(70)])




def produce_response(partitions: int) -> ProduceResponse:
    """A Produce v10 response without NodeEndpoints: `partitions` partitions of one topic."""
    return ProduceResponse(Responses=[TopicProduceResponse(Name="bench-topic", PartitionResponses=[
        PartitionProduceResponse(Index=p, ErrorCode=0, BaseOffset=p * 10, LogAppendTimeMs=-1,
                                 LogStartOffset=0, RecordErrors=[], ErrorMessage=None)
        for p in range(partitions)])], ThrottleTimeMs=0)


def load_baseline(rev: str, package: str = "baseline_protocol") -> ModuleType:
    """gateway/protocol of git revision `rev` as the package `package`."""
    out = Path(tempfile.mkdtemp(prefix="sluice-baseline-")) / package
    out.mkdir()
    names = subprocess.run(["git", "ls-tree", "--name-only", rev, "gateway/protocol/"],
                           cwd=ROOT, check=True, capture_output=True, text=True).stdout.split()
    for name in names:
        if name.endswith(".py"):
            text = subprocess.run(["git", "show", f"{rev}:{name}"], cwd=ROOT, check=True,
                                  capture_output=True, text=True).stdout
            (out / Path(name).name).write_text(text)
    specs = out / "specs"
    specs.mkdir()
    for spec in (ROOT / "gateway" / "protocol" / "specs").glob("*.json"):
        (specs / spec.name).write_text(spec.read_text())
    sys.path.insert(0, str(out.parent))
    return importlib.import_module(package)


def alternate(runs: dict[str, Callable[[], Any]], budget_s: float) -> dict[str, Any]:
    """Alternate rounds of each function; median/best wall and CPU per call in us."""
    wall: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for fn in runs.values():
        fn()  # warm-up (the interpreter compiles its closures here)
    first = next(iter(runs))
    deadline = time.perf_counter() + budget_s
    while time.perf_counter() < deadline or len(wall[first]) < 5:
        for name, fn in runs.items():
            c0 = time.thread_time()
            t0 = time.perf_counter()
            fn()
            wall[name].append(time.perf_counter() - t0)
            cpu[name].append(time.thread_time() - c0)
    return {name: {"median_us": statistics.median(wall[name]) * 1e6,
                   "best_us": min(wall[name]) * 1e6,
                   "cpu_median_us": statistics.median(cpu[name]) * 1e6,
                   "runs": len(wall[name])} for name in runs}


def full_cases(base: ModuleType) -> list[tuple[str, Callable[[], Any], Any, int]]:
    """(name, build, baseline message, version) of the full decode + encode cases."""
    m = importlib.import_module(f"{base.__name__}.messages")
    return [
        ("MetadataResponse v12, 1,000 partitions", lambda: metadata(10, 100),
         m.METADATA_RESPONSE, 12),
        ("MetadataResponse v12, 10,000 partitions", lambda: metadata(100, 100),
         m.METADATA_RESPONSE, 12),
        ("MetadataResponse v8, 1,000 partitions", lambda: metadata(10, 100),
         m.METADATA_RESPONSE, 8),
        ("ProduceRequest v9, 100 x 1 KiB", lambda: produce(100, 1024), m.PRODUCE_REQUEST, 9),
        ("FetchResponse v12, 100 x 64 KiB", lambda: fetch(100, 65536), m.FETCH_RESPONSE, 12),
        ("ApiVersionsResponse v3, 70 APIs", api_versions, m.API_VERSIONS_RESPONSE, 3),
    ]


def measure_full(build: Callable[[], Any], old: Any, version: int, budget_s: float
                 ) -> dict[str, Any]:
    """Full decode + encode of one body, generated vs baseline (bytes checked equal)."""
    body = build().encode(version)
    cls = type(build())
    view = memoryview(body)
    assert old.encode(old.decode(body, version)[0], version) == body
    assert cls.decode(view, version)[0].encode(version) == body
    r = alternate({
        "generated": lambda: cls.decode(view, version)[0].encode(version),
        "baseline": lambda: old.encode(old.decode(body, version)[0], version),
    }, budget_s)
    r["body_bytes"] = len(body)
    return r


def _address_of(node_id: int) -> tuple[str, int] | None:
    return ("gateway.example.com", 6968 + node_id)


def data_path_cases(base: ModuleType) -> list[tuple[str, Callable[[], Any], Callable[[], Any]]]:
    """(name, new, baseline) of the partial decodes the data path does per message."""
    old_rewrite = importlib.import_module(f"{base.__name__}.rewrite")
    old_walk = importlib.import_module(f"{base.__name__}.topic_walk")
    old_check = importlib.import_module(f"{base.__name__}.request_check")
    old_headers = importlib.import_module(f"{base.__name__}.headers")
    meta = frame(encode_response_header(3, 12, 7) + metadata(10, 100).encode(12))
    meta10k = frame(encode_response_header(3, 12, 7) + metadata(100, 100).encode(12))
    for f in (meta, meta10k):
        new_out, new_brokers = rewrite.rewrite_metadata(f, 12, _address_of)
        old_out, old_brokers = old_rewrite.rewrite_metadata(f, 12, _address_of)
        assert new_out == old_out and new_brokers == old_brokers
    produce_resp = frame(encode_response_header(0, 10, 7) + produce_response(1000).encode(10))
    fetch_resp = frame(encode_response_header(1, 16, 7) + fetch(1000, 16).encode(16))
    for f, key, v in ((produce_resp, 0, 10), (fetch_resp, 1, 16)):
        assert rewrite.rewrite_node_endpoints(f, key, v, _address_of) is f
        assert old_rewrite.rewrite_node_endpoints(f, key, v, _address_of) is f
    request = frame(b"\x00\x00\x00\x09\x00\x00\x00\x07\x00\x02me\x00"
                    + produce(100, 1024).encode(9))
    header = parse_request_header(request)
    old_header = old_headers.parse_request_header(request)
    assert produce_expects_response(request, header)
    names = topic_walk.produce_topic_names(request, header.body_offset, 9)
    assert names == old_walk.produce_topic_names(request, header.body_offset, 9)
    assert to_dict(MetadataResponse.decode(meta, 12, 9)[0], 12)["Brokers"] == old_brokers
    return [
        ("Metadata v12 rewrite, 1,000 partitions",
         partial(rewrite.rewrite_metadata, meta, 12, _address_of),
         partial(old_rewrite.rewrite_metadata, meta, 12, _address_of)),
        ("Metadata v12 rewrite, 10,000 partitions",
         partial(rewrite.rewrite_metadata, meta10k, 12, _address_of),
         partial(old_rewrite.rewrite_metadata, meta10k, 12, _address_of)),
        ("Produce v10 NodeEndpoints check, 1,000 partitions",
         partial(rewrite.rewrite_node_endpoints, produce_resp, 0, 10, _address_of),
         partial(old_rewrite.rewrite_node_endpoints, produce_resp, 0, 10, _address_of)),
        ("Fetch v16 NodeEndpoints check, 1,000 partitions",
         partial(rewrite.rewrite_node_endpoints, fetch_resp, 1, 16, _address_of),
         partial(old_rewrite.rewrite_node_endpoints, fetch_resp, 1, 16, _address_of)),
        ("Produce v9 acks, 100 x 1 KiB",
         partial(produce_expects_response, request, header),
         partial(old_check.produce_expects_response, request, old_header)),
        ("Produce v9 topic names (guard), 100 x 1 KiB",
         partial(topic_walk.produce_topic_names, request, header.body_offset, 9),
         partial(old_walk.produce_topic_names, request, header.body_offset, 9)),
    ]


def metadata_target(budget_s: float) -> dict[str, Any]:
    """The 1,000-partition Metadata case against the issue's reference, in alternating rounds."""
    ref = importlib.import_module(f"{load_baseline(REFERENCE_REV, 'reference_protocol').__name__}"
                                  ".messages").METADATA_RESPONSE
    body = metadata(10, 100).encode(12)
    view = memoryview(body)
    assert ref.encode(ref.decode(body, 12)[0], 12) == body
    r = alternate({
        "generated": lambda: MetadataResponse.decode(view, 12)[0].encode(12),
        "reference": lambda: ref.encode(ref.decode(body, 12)[0], 12),
    }, max(budget_s, 1.0))
    new_ms = r["generated"]["median_us"] / 1000
    ref_ms = r["reference"]["median_us"] / 1000
    scaled = TARGET_METADATA_1000_MS * ref_ms / REFERENCE_METADATA_1000_MS
    return {"new_ms": new_ms, "reference_ms": ref_ms, "scaled_target_ms": scaled,
            "met": new_ms <= scaled, "runs": r["generated"]["runs"]}


def main() -> None:
    """Run every case, print a table, write the JSON results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="about 0.5 s per case")
    parser.add_argument("--baseline", default=None,
                        help="git revision of the baseline (default: the last revision "
                             "with the interpreter)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    # Default: the last revision that still had the interpreter (the parent of the commit
    # that deleted messages.py).
    rev = args.baseline or subprocess.run(
        ["git", "log", "-1", "--format=%H^", "--diff-filter=D", "--",
         "gateway/protocol/messages.py"], cwd=ROOT, check=True, capture_output=True,
        text=True).stdout.strip()
    base = load_baseline(rev)
    budget = 0.5 if args.quick else 2.0
    results: dict[str, Any] = {"baseline": rev}
    print(f"baseline: {rev[:12]}; median per call; cpu = CPU time of this thread")
    print(f"{'case':50} {'new us':>9} {'base us':>9} {'ratio':>6} {'new cpu':>9} "
          f"{'base cpu':>9}")

    def show(name: str, new: dict[str, Any], old: dict[str, Any]) -> None:
        print(f"{name:50} {new['median_us']:>9.1f} {old['median_us']:>9.1f} "
              f"{old['median_us'] / new['median_us']:>5.2f}x {new['cpu_median_us']:>9.1f} "
              f"{old['cpu_median_us']:>9.1f}")

    for name, build, old, version in full_cases(base):
        r = measure_full(build, old, version, budget)
        results[f"full: {name}"] = r
        show(f"decode+encode {name}", r["generated"], r["baseline"])
    for name, new, old in data_path_cases(base):
        r = alternate({"generated": new, "baseline": old}, budget)
        results[name] = r
        show(name, r["generated"], r["baseline"])
    rw = results["Metadata v12 rewrite, 1,000 partitions"]
    results["target"] = target = metadata_target(budget)
    print(f"\n1,000-partition Metadata decode + encode: {target['new_ms']:.2f} ms median wall; "
          f"the reference ({REFERENCE_REV[:7]}, {REFERENCE_METADATA_1000_MS} ms when the "
          f"issue was filed) takes {target['reference_ms']:.2f} ms in this run, so the "
          f"{TARGET_METADATA_1000_MS} ms target is {target['scaled_target_ms']:.2f} ms here: "
          f"{'met' if target['met'] else 'NOT met'} "
          f"({target['new_ms'] / target['reference_ms']:.2f}x the reference; target "
          f"{TARGET_METADATA_1000_MS / REFERENCE_METADATA_1000_MS:.2f}x)")
    print(f"1,000-partition Metadata rewrite: {rw['generated']['median_us'] / 1000:.3f} ms "
          f"(baseline {rw['baseline']['median_us'] / 1000:.3f} ms; target "
          f"{TARGET_REWRITE_1000_MS} ms)")
    load = os.getloadavg()
    print(f"load average during the run: {load[0]:.2f} on {os.cpu_count()} CPUs")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "python": platform.python_version(), "machine": platform.machine(),
        "cpus": os.cpu_count(), "load_average": load, "cases": results,
    }, indent=2))
    print(f"results: {args.out}")


if __name__ == "__main__":
    main()

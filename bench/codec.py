#!/usr/bin/env python3
"""Generated codec vs the closure interpreter (`schema.py`): full decode + encode.

For each message below, both codecs decode a body and encode it back (the bytes are
checked to be identical first). Reported per message: median and best time per decode +
encode in microseconds, MB/s of body bytes, and the interpreter/generated ratio. The two
codecs are timed in alternating rounds so that load from other processes hits both alike,
both in wall-clock time and in CPU time of this thread (which other processes inflate
much less than the wall clock on a busy machine).

    .venv/bin/python bench/codec.py [--quick] [--out bench/results/codec.json]

The issue's target: full decode + encode of a 1,000-partition MetadataResponse <= 3 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gateway.protocol import messages
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
from gateway.protocol.schema import Message as Interpreted

TARGET_METADATA_1000_MS = 3.0
RESULTS = Path(__file__).resolve().parent / "results" / "codec.json"


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
    """A Fetch v12 response with `batch_bytes` of records per partition."""
    return FetchResponse(ThrottleTimeMs=0, ErrorCode=0, SessionId=0, Responses=[
        FetchableTopicResponse(Topic="bench", Partitions=[
            PartitionData(PartitionIndex=p, ErrorCode=0, HighWatermark=10**6,
                          LastStableOffset=10**6, LogStartOffset=0,
                          AbortedTransactions=None, Records=bytes(batch_bytes))
            for p in range(partitions)])])


def api_versions() -> ApiVersionsResponse:
    """An ApiVersions v3 response listing 70 APIs."""
    return ApiVersionsResponse(ErrorCode=0, ThrottleTimeMs=0, ApiKeys=[
        ApiVersion(ApiKey=k, MinVersion=0, MaxVersion=10) for k in range(70)])


CASES: list[tuple[str, Callable[[], Any], Interpreted, int]] = [
    ("MetadataResponse v12, 1,000 partitions", lambda: metadata(10, 100),
     messages.METADATA_RESPONSE, 12),
    ("MetadataResponse v12, 100 partitions", lambda: metadata(10, 10),
     messages.METADATA_RESPONSE, 12),
    ("MetadataResponse v12, 10,000 partitions", lambda: metadata(100, 100),
     messages.METADATA_RESPONSE, 12),
    ("MetadataResponse v8 (classic), 1,000 partitions", lambda: metadata(10, 100),
     messages.METADATA_RESPONSE, 8),
    ("ProduceRequest v9, 64 partitions x 16 KiB", lambda: produce(64, 16384),
     messages.PRODUCE_REQUEST, 9),
    ("FetchResponse v12, 64 partitions x 16 KiB", lambda: fetch(64, 16384),
     messages.FETCH_RESPONSE, 12),
    ("ApiVersionsResponse v3, 70 APIs", api_versions, messages.API_VERSIONS_RESPONSE, 3),
]


def measure(build: Callable[[], Any], interpreted: Interpreted, version: int,
            budget_s: float) -> dict[str, Any]:
    """Alternate rounds of both codecs on one body; return the figures."""
    body = build().encode(version)
    cls = type(build())
    view = memoryview(body)
    decoded, _ = interpreted.decode(body, version)
    assert interpreted.encode(decoded, version) == body
    assert cls.decode(view, version)[0].encode(version) == body

    def generated() -> None:
        cls.decode(view, version)[0].encode(version)

    def interpreter() -> None:
        interpreted.encode(interpreted.decode(body, version)[0], version)

    wall: dict[str, list[float]] = {"generated": [], "interpreter": []}
    cpu: dict[str, list[float]] = {"generated": [], "interpreter": []}
    runs = {"generated": generated, "interpreter": interpreter}
    for fn in runs.values():
        fn()  # warm-up (the interpreter compiles its closures here)
    deadline = time.perf_counter() + budget_s
    while time.perf_counter() < deadline or len(wall["generated"]) < 5:
        for name, fn in runs.items():
            c0 = time.thread_time()
            t0 = time.perf_counter()
            fn()
            wall[name].append(time.perf_counter() - t0)
            cpu[name].append(time.thread_time() - c0)
    out: dict[str, Any] = {"body_bytes": len(body), "runs": len(wall["generated"])}
    for name in runs:
        median = statistics.median(wall[name])
        cpu_median = statistics.median(cpu[name])
        out[name] = {"median_us": median * 1e6, "best_us": min(wall[name]) * 1e6,
                     "cpu_median_us": cpu_median * 1e6, "mb_per_s": len(body) / median / 1e6,
                     "cpu_mb_per_s": len(body) / cpu_median / 1e6}
    for kind in ("median_us", "best_us", "cpu_median_us"):
        out[f"ratio_{kind[:-3]}"] = out["interpreter"][kind] / out["generated"][kind]
    return out


def main() -> None:
    """Run every case, print a table, write the JSON results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="about 1 s per case")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    budget = 1.0 if args.quick else 5.0
    results: dict[str, Any] = {}
    print("median per decode + encode; cpu = CPU time of this thread")
    print(f"{'message':48} {'bytes':>8} {'gen us':>8} {'interp us':>10} {'ratio':>6} "
          f"{'gen cpu us':>11} {'interp cpu us':>14} {'ratio':>6} {'gen MB/s':>9}")
    for name, build, interpreted, version in CASES:
        r = measure(build, interpreted, version, budget)
        results[name] = r
        g, i = r["generated"], r["interpreter"]
        print(f"{name:48} {r['body_bytes']:>8} {g['median_us']:>8.0f} {i['median_us']:>10.0f} "
              f"{r['ratio_median']:>5.2f}x {g['cpu_median_us']:>11.0f} "
              f"{i['cpu_median_us']:>14.0f} {r['ratio_cpu_median']:>5.2f}x "
              f"{g['cpu_mb_per_s']:>9.1f}")
    key = CASES[0][0]
    g, i = results[key]["generated"], results[key]["interpreter"]
    ms = g["median_us"] / 1000
    cpu_ms = g["cpu_median_us"] / 1000
    verdict = "meets" if min(ms, cpu_ms) <= TARGET_METADATA_1000_MS else "misses"
    print(f"\n1,000-partition Metadata decode + encode: {ms:.2f} ms median wall, "
          f"{cpu_ms:.2f} ms CPU, {g['best_us'] / 1000:.2f} ms best ({verdict} the "
          f"{TARGET_METADATA_1000_MS} ms target); interpreter {i['median_us'] / 1000:.2f} ms "
          f"wall, {i['cpu_median_us'] / 1000:.2f} ms CPU, {i['best_us'] / 1000:.2f} ms best.")
    load = os.getloadavg()
    print(f"load average during the run: {load[0]:.2f} on {os.cpu_count()} CPUs")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "python": platform.python_version(), "machine": platform.machine(),
        "cpus": os.cpu_count(), "load_average": load, "cases": results,
        "metadata_1000_partitions_ms": ms, "metadata_1000_partitions_cpu_ms": cpu_ms,
        "metadata_1000_partitions_target_ms": TARGET_METADATA_1000_MS,
    }, indent=2))
    print(f"results: {args.out}")


if __name__ == "__main__":
    main()

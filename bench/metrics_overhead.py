#!/usr/bin/env python3
"""What the data-plane metrics cost: produce throughput with metrics on vs off, in one run.

* Hook cost, no I/O: the four per-request calls of a `ConnectionMeter` (received, queued,
  upstream_answered, responded) on a shared-memory file, the same with metrics off (the
  null meter), and -- for the design choice in gateway/metrics.py -- the equivalent work
  with prometheus-client's multiprocess mode (three counter increments and two histogram
  observations), in a child process with PROMETHEUS_MULTIPROC_DIR set.
* Two gateways side by side in front of one in-process mock cluster (3 brokers), one with
  GATEWAY_METRICS_ENABLED=true and one with false, GATEWAY_WORKERS=1 each; rounds
  alternate the order. Per round and gateway, on a fresh 64-partition topic:
  - bulk: passthrough.py's produce phase (1 KiB records, acks=all, linger.ms=5, 1 MiB
    batches): records/s and gateway CPU;
  - small requests: one record per Produce request (linger.ms=0, batch.num.messages=1,
    acks=all), the request rate at which per-request costs show most: records/s and
    gateway CPU per request.
  Ratios on/off are of the medians.

    python bench/metrics_overhead.py [--quick] [--out bench/results/metrics_overhead.json]

Hard limit 58 s (rounds stop early when the budget runs short; a watchdog stops the run);
exit 1 if a phase failed, 3 on the watchdog.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from functools import partial
from pathlib import Path
from typing import Any

import passthrough as pt
from confluent_kafka import KafkaException, Producer

from gateway import metrics
from gateway.config import GatewayConfig
from gateway.demo.mock_cluster import MockCluster

TARGET_LOSS = 0.03


def hook_cost_ns(meter: metrics.ConnectionMeter, n: int) -> float:
    """Median ns per request of the four per-request meter calls, over 5 runs of n."""
    runs = []
    for _ in range(5):
        received, queued = meter.received, meter.queued
        answered, responded = meter.upstream_answered, meter.responded
        t0 = time.perf_counter_ns()
        for _ in range(n):
            received(0, 1024)
            queued()
            answered()
            responded(64)
        runs.append((time.perf_counter_ns() - t0) / n)
    return statistics.median(runs)


PROMETHEUS_MULTIPROCESS = """
import os, statistics, sys, tempfile, time
os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp()
from prometheus_client import CollectorRegistry, Counter, Histogram
from gateway.metrics import BUCKETS
registry = CollectorRegistry()
requests = Counter("r_total", "", ["api_key"], registry=registry).labels("PRODUCE")
bytes_in = Counter("i_bytes_total", "", registry=registry)
bytes_out = Counter("o_bytes_total", "", registry=registry)
total = Histogram("t_seconds", "", ["api_key"], buckets=BUCKETS, registry=registry)
added = Histogram("a_seconds", "", ["api_key"], buckets=BUCKETS, registry=registry)
total, added = total.labels("PRODUCE"), added.labels("PRODUCE")
n = int(sys.argv[1])
runs = []
for _ in range(5):
    t0 = time.perf_counter_ns()
    for _ in range(n):
        requests.inc(); bytes_in.inc(1024)
        a = time.perf_counter(); b = time.perf_counter()
        total.observe(b - a); added.observe(b - a); bytes_out.inc(64)
    runs.append((time.perf_counter_ns() - t0) / n)
print(statistics.median(runs))
"""


def hook_costs(n: int) -> dict[str, float]:
    """Per-request hook cost (ns) of each way of counting."""
    with tempfile.TemporaryDirectory() as directory:
        metrics.start_node(GatewayConfig(kafka_bootstrap_servers="x:1",
                                         gateway_metrics_dir=directory))
        try:
            on = hook_cost_ns(metrics.connection_opened(), n)
        finally:
            metrics.stop_node()
    off = hook_cost_ns(metrics.NULL_METER, n)
    child = subprocess.run([sys.executable, "-c", PROMETHEUS_MULTIPROCESS, str(n)],
                           capture_output=True, text=True, timeout=30, check=True)
    n_clock = 20_000
    t0 = time.perf_counter_ns()
    for _ in range(n_clock):
        time.perf_counter()
    clock = (time.perf_counter_ns() - t0) / n_clock
    return {"sluice_meter_ns": on, "null_meter_ns": off, "clock_read_ns": clock,
            "prometheus_client_multiprocess_ns": float(child.stdout.strip())}


def produce_small_requests(
    bootstrap: str, topic: str, n: int, meter: pt.CpuMeter, timeout_s: float
) -> dict[str, Any]:
    """n records, one per Produce request; records/s and the requests the client sent."""
    phase = pt.Phase(f"small requests {topic}", timeout_s)
    stats: list[dict[str, Any]] = []
    p = Producer({
        "bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 0,
        "batch.num.messages": 1, "compression.type": "none",
        "queue.buffering.max.messages": max(n, 100_000), "statistics.interval.ms": 1000,
        "stats_cb": lambda js: stats.append(json.loads(js)), "log_level": 3,
    })
    delivered = 0
    errors: list[str] = []

    def on_delivery(err: Any, _msg: Any) -> None:
        nonlocal delivered
        if err is None:
            delivered += 1
        else:
            errors.append(str(err))

    p.list_topics(topic, timeout=10)
    value = os.urandom(pt.RECORD_BYTES)
    meter.start()
    t0 = time.perf_counter()
    for i in range(n):
        while True:
            try:
                p.produce(topic, value, partition=i % pt.PARTITIONS, on_delivery=on_delivery)
                break
            except BufferError:
                p.poll(0.005)
                phase.check()
        if i & 255 == 0:
            p.poll(0)
    remaining = p.flush(max(0.1, phase.remaining()))
    wall = time.perf_counter() - t0
    cpu = meter.stop()
    if remaining or errors or delivered != n:
        raise pt.BenchError(f"small requests {topic}: {delivered}/{n} delivered, "
                            f"{remaining} queued, errors {errors[:1]}")
    seen = len(stats)
    until = time.perf_counter() + 1.5
    while len(stats) == seen and time.perf_counter() < until:
        p.poll(0.05)
    requests = pt._produce_requests(stats) if len(stats) > seen else None
    return {"records": n, "wall_s": wall, "records_per_s": n / wall,
            "mb_per_s": n * pt.RECORD_BYTES / pt.MIB / wall, "produce_requests": requests,
            "gateway_cpu_us_per_request": (cpu["gateway_cpu_s"] * 1e6 / requests
                                           if requests else None),
            "cpu": cpu}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer records and rounds")
    ap.add_argument("--rounds", type=int, default=None,
                    help="rounds, as many as the time budget allows [8; 2 with --quick]")
    ap.add_argument("--control", action="store_true",
                    help="A/A run: metrics on in both gateways, to see the noise floor")
    ap.add_argument("--out", default="bench/results/metrics_overhead.json")
    args = ap.parse_args()
    rounds = args.rounds or (2 if args.quick else 8)
    bulk_records = 20_000 if args.quick else 30_000
    small_records = 2_000
    # Rounds start only while this much of the 58 s budget is left for one more round.
    round_reserve_s = 12.0
    started = time.monotonic()
    res: dict[str, Any] = {
        "config": {"rounds": rounds, "control": args.control, "bulk_records": bulk_records,
                   "small_records": small_records, "workers": 1,
                   "record_bytes": pt.RECORD_BYTES, "partitions": pt.PARTITIONS},
        "machine": {"nproc": os.cpu_count(), "loadavg_at_start": os.getloadavg()},
        "code": pt.code_version(), "failures": [],
    }
    cleanup: list[Any] = []
    pt.start_watchdog(58.0, cleanup)
    pt.log("hook cost micro-benchmark ...")
    res["hook_cost"] = hook_costs(20_000 if args.quick else 40_000)
    res["machine"]["before_start"] = pt.wait_for_quiet(3.0)
    cluster = MockCluster(3)
    gateways: dict[str, pt.GatewayProcess] = {}
    try:
        for name, enabled in (("off", "true" if args.control else "false"), ("on", "true")):
            gateways[name] = pt.GatewayProcess(
                cluster.bootstrap_servers, workers=1,
                env={"GATEWAY_METRICS_ENABLED": enabled,
                     "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false"})
            cleanup.insert(0, gateways[name].kill_tree)
            # Ready (listening) before the next one picks its free ports.
            try:
                gateways[name].wait_ready(20)
            except pt.BenchError as exc:
                res["failures"].append(f"gateway metrics {name} did not start: {exc}")
                rounds = 0
                break
        run_id = uuid.uuid4().hex[:8]
        samples: dict[str, dict[str, list[dict[str, Any]]]] = {
            name: {"bulk": [], "small": []} for name in gateways}
        for rnd in range(rounds):
            if time.monotonic() - started > 58.0 - round_reserve_s:
                res["rounds_skipped_for_time"] = rounds - rnd
                pt.log(f"stopping after {rnd} rounds: the time budget is spent")
                break
            order = list(gateways) if rnd % 2 == 0 else list(reversed(gateways))
            for name in order:
                gw = gateways[name]
                other = gateways["off" if name == "on" else "on"]
                meter = pt.CpuMeter({"gateway": gw.pid, "idle": other.pid,
                                     "bench": os.getpid()})
                bulk = partial(pt.produce_throughput, count_requests=True)
                for kind, fn, n in (("bulk", bulk, bulk_records),
                                    ("small", produce_small_requests, small_records)):
                    topic = f"bench-metrics-{run_id}-{kind}-{rnd}-{name}"
                    label = f"round {rnd + 1} {kind} metrics {name}"
                    try:
                        cluster.create_topic(topic, pt.PARTITIONS)
                        pt.wait_metadata(gw.bootstrap, topic, 10)
                        r = fn(gw.bootstrap, topic, n, meter, 15.0)
                    except (pt.BenchError, KafkaException) as exc:
                        res["failures"].append(f"{label}: {exc}")
                        pt.log(f"{label} FAILED: {exc}")
                        continue
                    samples[name][kind].append(r)
                    pt.log(f"{label}: {r['records_per_s']:,.0f} records/s")
        for name, gw in gateways.items():
            if (crash := gw.crash_report()) is not None:
                res["failures"].append(f"gateway metrics {name}: {crash}")
    finally:
        for gw in gateways.values():
            gw.stop()
            with contextlib.suppress(OSError):
                os.unlink(gw.log_file.name)
        cluster.close()

    summary: dict[str, Any] = {}
    for kind in ("bulk", "small"):
        med = {name: statistics.median(s["records_per_s"] for s in samples[name][kind])
               for name in samples if samples[name][kind]}
        if len(med) == 2:
            summary[f"{kind}_records_per_s"] = med
            summary[f"{kind}_ratio_on_off"] = med["on"] / med["off"]
        if kind == "small":
            cpu = {name: statistics.median(
                s["gateway_cpu_us_per_request"] for s in samples[name][kind]
                if s["gateway_cpu_us_per_request"]) for name in samples if samples[name][kind]}
            summary["small_gateway_cpu_us_per_request"] = cpu
        else:
            cpu = {name: statistics.median(
                s["cpu"]["gateway_cpu_s"] * 1000 / (s["records"] * pt.RECORD_BYTES / pt.MIB)
                for s in samples[name][kind]) for name in samples if samples[name][kind]}
            summary["bulk_gateway_cpu_ms_per_mib"] = cpu
        if len(cpu) == 2:
            summary[f"{kind}_cpu_ratio_off_on"] = cpu["off"] / cpu["on"]
        # The steadiest estimate on a shared machine: the hooks' own cost (on minus off,
        # timed without I/O) times the Produce requests, over the gateway's CPU with
        # metrics off. Throughput and CPU samples move by tens of percent with the load.
        hooks_s = (res["hook_cost"]["sluice_meter_ns"] - res["hook_cost"]["null_meter_ns"]) / 1e9
        shares = [hooks_s * s["produce_requests"] / s["cpu"]["gateway_cpu_s"]
                  for s in samples.get("off", {}).get(kind, [])
                  if s.get("produce_requests") and s["cpu"]["gateway_cpu_s"]]
        if shares:
            summary[f"{kind}_estimated_hook_share_of_gateway_cpu"] = statistics.median(shares)
    res["samples"], res["summary"] = samples, summary
    res["elapsed_s"] = time.monotonic() - started
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n")

    hooks = res["hook_cost"]
    print(f"\nMetrics cost: {rounds} alternating rounds, GATEWAY_WORKERS=1, "
          f"nproc={os.cpu_count()}"
          + ("; CONTROL RUN: metrics on in both (\"off\" is a second \"on\")"
             if args.control else ""))
    print(f"  per-request hooks: {hooks['sluice_meter_ns']:,.0f} ns (metrics off: "
          f"{hooks['null_meter_ns']:,.0f} ns; prometheus-client multiprocess mode for the "
          f"same counts: {hooks['prometheus_client_multiprocess_ns']:,.0f} ns)")
    for kind, what in (("bulk", "bulk produce (linger.ms=5)"),
                       ("small", "one record per request")):
        if f"{kind}_ratio_on_off" in summary:
            med = summary[f"{kind}_records_per_s"]
            ratio = summary[f"{kind}_ratio_on_off"]
            verdict = "PASS" if ratio >= 1 - TARGET_LOSS else "FAIL"
            print(f"  {what}: on {med['on']:,.0f} / off {med['off']:,.0f} records/s, "
                  f"ratio {ratio:.3f}  {verdict} (target >= {1 - TARGET_LOSS:.2f})")
        share = summary.get(f"{kind}_estimated_hook_share_of_gateway_cpu")
        if share is not None:
            print(f"    hooks x Produce requests / gateway CPU (metrics off): {share:.1%} "
                  f"{'PASS' if share <= TARGET_LOSS else 'FAIL'} (target <= {TARGET_LOSS:.0%})")
    cpu = summary.get("bulk_gateway_cpu_ms_per_mib", {})
    if len(cpu) == 2:
        print(f"  bulk: gateway CPU per MiB: on {cpu['on']:.2f} ms, off {cpu['off']:.2f} ms "
              f"(off/on {cpu['off'] / cpu['on']:.3f})")
    cpu = summary.get("small_gateway_cpu_us_per_request", {})
    if len(cpu) == 2:
        print(f"  one record per request: gateway CPU per Produce request: on "
              f"{cpu['on']:.1f} us, off {cpu['off']:.1f} us (off/on {cpu['off'] / cpu['on']:.3f})")
    print(f"  clock read (time.perf_counter) here: {res['hook_cost']['clock_read_ns']:.0f} ns; "
          "a request reads it 4 times")
    for f in res["failures"]:
        print(f"  failure: {f}")
    print(f"Wrote {out} ({res['elapsed_s']:.0f}s)")
    return 1 if res["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())

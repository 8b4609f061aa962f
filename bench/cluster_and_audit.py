#!/usr/bin/env python3
"""Worker scaling, audit-log overhead and gateway-cluster Metadata rewrite cost of Sluice.

One run measures, against an in-process librdkafka mock cluster (3 brokers):

1. produce and consume throughput (1 KiB records, acks=all, 64 partitions, explicit
   partitions, a fresh topic per phase) direct, through a gateway with GATEWAY_WORKERS=1
   and through one with GATEWAY_WORKERS=2;
2. produce throughput through a GATEWAY_WORKERS=1 gateway that audits every Produce
   request to a file, against the same gateway without audit (the W=1 gateway of 1.), with
   the number of audit lines written and of Produce requests sent;
3. the Metadata rewrite of a gateway cluster (3 gateway nodes, 3 brokers, 1,000 partitions;
   10 nodes, 30 brokers, 1,000 partitions): `GatewayState.address_map` + `rewrite_metadata`,
   no I/O.

The throughput phases reuse bench/passthrough.py's (same clients, same settings); all
gateways run with GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING=false.

    /tmp/venv/bin/python bench/cluster_and_audit.py [--quick] \
        [--out bench/results/cluster_and_audit.json]

See bench/README.md for what the numbers mean.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from functools import partial
from pathlib import Path
from typing import Any

import passthrough as pt
from confluent_kafka import KafkaException

from gateway.config import GatewayConfig
from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.generated.metadata_response import MetadataResponse
from gateway.protocol.rewrite import rewrite_metadata
from gateway.proxy.backend import BrokerInfo, ClusterInfo
from gateway.proxy.state import GatewayState
from gateway.routing.assignment import GatewayNode
from gateway.routing.ports import PortMap

TARGETS = {
    "throughput_ratio_min": pt.TARGETS["throughput_ratio_min"],
    "metadata_rewrite_ms_max": pt.TARGETS["metadata_1000_partitions_ms_max"],
}

# name -> (GATEWAY_WORKERS, audit on); "direct" is the mock cluster itself.
GATEWAYS: dict[str, tuple[int, bool]] = {
    "w1": (1, False),
    "w2": (2, False),
    "w1_audit": (1, True),
}
LABELS = {
    "direct": "direct",
    "w1": "gateway W=1",
    "w2": "gateway W=2",
    "w1_audit": "gateway W=1 + audit",
}
# Consume is measured for these; the audit only concerns requests (Produce here).
CONSUME_TARGETS = ("direct", "w1", "w2")
METADATA_RUNS = 200
CLIENT_KEY = "client-1|10.0.0.1"


# --- audit file ---------------------------------------------------------------------


def audit_counts(path: str) -> dict[str, int]:
    """Lines of the audit file: all, Produce API_REQUEST events, connection events."""
    total = produce = connection = 0
    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            total += 1
            event = json.loads(line)
            if event.get("type") == "API_REQUEST" and event.get("apiKey") == "PRODUCE":
                produce += 1
            elif event.get("type") == "CONNECTION":
                connection += 1
    return {"lines": total, "produce_events": produce, "connection_events": connection}


def audit_settled(path: str, timeout_s: float = 5.0, quiet_s: float = 0.3) -> dict[str, int]:
    """Counts once the file has stopped growing for `quiet_s` (the writer is a thread)."""
    deadline = time.monotonic() + timeout_s
    size, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        now_size = os.path.getsize(path)
        if now_size != size:
            size, since = now_size, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            break
        time.sleep(0.05)
    return audit_counts(path)


# --- 3. Metadata rewrite of a gateway cluster -----------------------------------------


def cluster_state(brokers: int, nodes: int, racks: tuple[str, ...]) -> GatewayState:
    """A GatewayState for node gw1 of `nodes` live nodes, in front of `brokers` brokers."""
    port_start = 9092
    config = GatewayConfig(
        kafka_bootstrap_servers="x:1", gateway_advertised_host="gw1", gateway_node_id="gw1",
        gateway_port_start=port_start, gateway_port_count=brokers + 2,
        gateway_rack_id=racks[0], gateway_feature_flags_internal_load_balancing=True,
    )
    port_map = PortMap(port_start=port_start, port_count=brokers + 2, min_broker_id=1)
    cluster = ClusterInfo(
        brokers={
            i: BrokerInfo(i, f"broker-{i}.kafka.internal", 9092, racks[(i - 1) % len(racks)])
            for i in range(1, brokers + 1)
        },
        api_versions=[],
    )
    state = GatewayState(config, port_map, cluster)
    state.set_live_nodes([
        GatewayNode(f"gw{k}", f"gw{k}", port_start, racks[(k - 1) % len(racks)])
        for k in range(1, nodes + 1)
    ])
    return state


def metadata_case(brokers: int, nodes: int, partitions: int, runs: int) -> dict[str, Any]:
    racks = ("a", "b", "c")
    topics = 10
    f = pt.metadata_frame(topics, partitions // topics, brokers=brokers, racks=racks)
    state = cluster_state(brokers, nodes, racks)

    # Sanity: every broker is advertised, on a gateway node of its own rack, with its port;
    # the topics are untouched; the brokers' load is spread over the nodes.
    rewritten, original = rewrite_metadata(f, 12, state.address_map(CLIENT_KEY))
    decoded, _ = MetadataResponse.decode(rewritten, 12, 9)
    assert sum(len(t.Partitions) for t in decoded.Topics) == partitions
    assert decoded.Topics == MetadataResponse.decode(f, 12, 9)[0].Topics
    node_rack = {n.host: n.rack for n in state.live_nodes}
    per_node: dict[str, int] = {}
    assert len(decoded.Brokers) == brokers == len(original)
    for b in decoded.Brokers:
        assert b.Host in node_rack and node_rack[b.Host] == b.Rack, b
        assert b.Port == 9092 + b.NodeId - 1, b
        per_node[b.Host] = per_node.get(b.Host, 0) + 1
    budget = 5.0

    def full() -> Any:  # what the session does per Metadata response
        return rewrite_metadata(f, 12, state.address_map(CLIENT_KEY))

    mapping = state.address_map(CLIENT_KEY)
    total, n_total = pt._median_time(full, runs, budget)
    rewrite_only, n_rw = pt._median_time(
        partial(rewrite_metadata, f, 12, mapping), runs, budget)
    map_only, n_map = pt._median_time(partial(state.address_map, CLIENT_KEY), runs, budget)
    no_lb, n_nolb = pt._median_time(
        partial(rewrite_metadata, f, 12, state.address_of), runs, budget)
    return {
        "brokers": brokers, "gateway_nodes": nodes, "partitions": partitions,
        "topics": topics, "racks": list(racks), "frame_bytes": len(f),
        "brokers_per_node": dict(sorted(per_node.items())),
        "address_map_plus_rewrite_ms": total * 1000, "address_map_plus_rewrite_runs": n_total,
        "rewrite_only_ms": rewrite_only * 1000, "rewrite_only_runs": n_rw,
        "address_map_only_ms": map_only * 1000, "address_map_only_runs": n_map,
        "rewrite_without_load_balancing_ms": no_lb * 1000,
        "rewrite_without_load_balancing_runs": n_nolb,
    }


def metadata_bench() -> dict[str, Any]:
    return {
        "3_nodes_3_brokers": metadata_case(3, 3, 1_000, METADATA_RUNS),
        "10_nodes_30_brokers": metadata_case(30, 10, 1_000, METADATA_RUNS),
    }


# --- summary and table ----------------------------------------------------------------


def per_request_figures(samples: list[dict[str, Any]]) -> dict[str, float | None]:
    """Medians over the rounds of a target's produce phases: requests, records per request,
    gateway CPU seconds, gateway CPU per request."""
    def med(values: list[float | None]) -> float | None:
        known = [v for v in values if v is not None]
        return statistics.median(known) if known else None

    def div(a: float, b: float | None) -> float | None:
        return a / b if b else None

    return {
        "produce_requests": med([s.get("produce_requests") for s in samples]),
        "records_per_request": med([div(s["records"], s.get("produce_requests"))
                                    for s in samples]),
        "gateway_cpu_s": med([s["cpu"]["gateway_cpu_s"] for s in samples]),
        "gateway_cpu_us_per_request": med([
            div(s["cpu"]["gateway_cpu_s"] * 1e6, s.get("produce_requests")) for s in samples]),
    }


def _ratio(a: Any, b: Any) -> float | None:
    return a / b if a and b else None


def _get(res: dict[str, Any], target: str, phase: str, key: str) -> Any:
    return ((res["throughput"].get(target) or {}).get(phase) or {}).get(key)


def summarize(res: dict[str, Any]) -> None:
    s: dict[str, Any] = {}
    checks: dict[str, dict[str, Any]] = {}

    def check(key: str, label: str, value: float | None, limit: float, at_least: bool) -> None:
        if value is None:
            return
        checks[key] = {
            "label": label, "value": value,
            "target": f"{'>=' if at_least else '<='} {limit}",
            "met": value >= limit if at_least else value <= limit,
        }

    for phase in ("produce", "consume"):
        direct = _get(res, "direct", phase, "mb_per_s")
        w1, w2 = _get(res, "w1", phase, "mb_per_s"), _get(res, "w2", phase, "mb_per_s")
        s[f"{phase}_ratio_w1_vs_direct"] = _ratio(w1, direct)
        s[f"{phase}_ratio_w2_vs_direct"] = _ratio(w2, direct)
        s[f"{phase}_ratio_w2_vs_w1"] = _ratio(w2, w1)
        for w in ("w1", "w2"):
            check(f"{phase}_ratio_{w}_vs_direct", f"{phase} throughput ratio {LABELS[w]}/direct",
                  s[f"{phase}_ratio_{w}_vs_direct"], TARGETS["throughput_ratio_min"], True)
    audit = res.get("audit") or {}
    s["audit_produce_ratio_on_vs_off"] = _ratio(
        _get(res, "w1_audit", "produce", "mb_per_s"), _get(res, "w1", "produce", "mb_per_s"))
    s["audit_produce_events"] = audit.get("produce_events")
    s["audit_client_produce_requests"] = audit.get("client_produce_requests")
    s["audit_extra_gateway_cpu_us_per_request"] = audit.get(
        "extra_gateway_cpu_us_per_audited_request")
    for name, case in (res.get("metadata") or {}).items():
        ms = case["address_map_plus_rewrite_ms"]
        s[f"metadata_{name}_ms"] = ms
        check(f"metadata_{name}_ms",
              f"Metadata address_map+rewrite ms, {case['gateway_nodes']} nodes, "
              f"{case['brokers']} brokers, {case['partitions']:,} partitions",
              ms, TARGETS["metadata_rewrite_ms_max"], False)
    s["targets"] = checks
    s["all_targets_met"] = bool(checks) and all(c["met"] for c in checks.values())
    res["summary"] = s


def print_table(res: dict[str, Any]) -> None:
    fmt, table = pt._fmt, pt._table
    cfg = res["config"]
    print()
    print(f"Sluice worker scaling: {cfg['records']:,} x {pt.RECORD_BYTES} B records, "
          f"{pt.PARTITIONS} partitions, acks=all, 3-broker mock in-process, "
          f"nproc={res['machine']['nproc']}; median of {cfg['rounds']} rounds; MB = 2^20 B; "
          "internal load balancing off")
    rows: list[tuple[str, ...]] = []
    for phase in ("produce", "consume"):
        for key, spec, unit in (("records_per_s", ",.0f", "records/s"),
                                ("mb_per_s", ",.1f", "MB/s")):
            d, w1, w2 = (_get(res, t, phase, key) for t in ("direct", "w1", "w2"))
            rows.append((f"{phase} {unit}", fmt(d, spec), fmt(w1, spec), fmt(w2, spec),
                         fmt(_ratio(w1, d), ".3f"), fmt(_ratio(w2, d), ".3f"),
                         fmt(_ratio(w2, w1), ".3f")))
        gm = [_get(res, t, phase, "gateway_millicores") for t in ("w1", "w2")]
        rows.append((f"  gateway millicores ({phase})", "-", fmt(gm[0], ",.0f"),
                     fmt(gm[1], ",.0f"), "", "", fmt(_ratio(gm[1], gm[0]), ".3f")))
        bm = [_get(res, t, phase, "bench_millicores") for t in ("direct", "w1", "w2")]
        rows.append((f"  client+mock millicores ({phase})", *(fmt(x, ",.0f") for x in bm),
                     "", "", ""))
        om = [_get(res, t, phase, "other_millicores") for t in ("direct", "w1", "w2")]
        rows.append((f"  other processes millicores ({phase})",
                     *(fmt(x, ",.0f") for x in om), "", "", ""))
    table(("metric", "direct", "W=1", "W=2", "W=1/direct", "W=2/direct", "W=2/W=1"),
          rows, {0})

    print()
    print("Audit log overhead (GATEWAY_WORKERS=1, GATEWAY_AUDIT_API_KEYS=PRODUCE to a file)")
    a = res.get("audit") or {}
    rows = []
    for key, spec, unit in (("records_per_s", ",.0f", "produce records/s"),
                            ("mb_per_s", ",.1f", "produce MB/s"),
                            ("gateway_millicores", ",.0f", "gateway millicores"),
                            ("gateway_millicores_per_mbps", ",.2f", "gateway millicores per MB/s")):
        off, on = _get(res, "w1", "produce", key), _get(res, "w1_audit", "produce", key)
        rows.append((unit, fmt(off, spec), fmt(on, spec), fmt(_ratio(on, off), ".3f")))
    per = a.get("per_phase") or {}
    for key, spec, unit in (("produce_requests", ",.0f", "Produce requests per phase (client)"),
                            ("records_per_request", ",.1f", "records per Produce request"),
                            ("gateway_cpu_s", ".3f", "gateway CPU s per phase"),
                            ("gateway_cpu_us_per_request", ",.0f",
                             "gateway CPU us per Produce request")):
        off, on = (per.get(t, {}).get(key) for t in ("w1", "w1_audit"))
        rows.append((unit, fmt(off, spec), fmt(on, spec), fmt(_ratio(on, off), ".3f")))
    rows.append(("extra gateway CPU us per audited request (approx)", "",
                 fmt(a.get("extra_gateway_cpu_us_per_audited_request"), ",.0f"), ""))
    rows.append(("Produce requests sent by the client (all rounds)",
                 fmt(a.get("client_produce_requests_audit_off"), ",d"),
                 fmt(a.get("client_produce_requests"), ",d"), ""))
    rows.append(("audit lines written (all rounds)", "0", fmt(a.get("lines"), ",d"), ""))
    rows.append(("  of which API_REQUEST PRODUCE", "0", fmt(a.get("produce_events"), ",d"), ""))
    rows.append(("  of which CONNECTION", "0", fmt(a.get("connection_events"), ",d"), ""))
    table(("metric", "audit off", "audit on", "on/off"), rows, {0})

    if res.get("metadata"):
        print()
        print(f"Metadata v12 rewrite in a gateway cluster (GatewayState.address_map + "
              f"rewrite_metadata), median of {METADATA_RUNS} calls, no I/O")
        rows = []
        for case in res["metadata"].values():
            rows.append((f"{case['gateway_nodes']}", f"{case['brokers']}",
                         f"{case['partitions']:,}", f"{case['frame_bytes']:,}",
                         f"{case['address_map_plus_rewrite_ms']:.4f}",
                         f"{case['rewrite_only_ms']:.4f}", f"{case['address_map_only_ms']:.4f}",
                         f"{case['rewrite_without_load_balancing_ms']:.4f}",
                         f"<= {TARGETS['metadata_rewrite_ms_max']}"))
        table(("nodes", "brokers", "partitions", "frame bytes", "map+rewrite ms",
               "rewrite ms", "address_map ms", "no-LB rewrite ms", "target"), rows, set())

    print()
    print("Targets:")
    for c in res["summary"]["targets"].values():
        print(f"  {'PASS' if c['met'] else 'FAIL'}  {c['label']}: {c['value']:,.3f} "
              f"(target {c['target']})")
    noisy = [
        f"{LABELS[t]} {p}" for t, phases in res["throughput"].items()
        for p, m in phases.items() if (m.get("other_millicores") or 0) > pt.NOISY_MILLICORES
    ]
    if noisy:
        print(f"WARNING: other processes used > {pt.NOISY_MILLICORES} millicores during "
              f"{', '.join(noisy)}: the machine was shared, throughput numbers are noisy.")
    if res["failures"]:
        print("Failures:")
        for f in res["failures"]:
            print(f"  - {f}")


# --- main ---------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="20,000 records, 2 rounds (< 90 s)")
    ap.add_argument("--records", type=int, default=None,
                    help="records per throughput phase [200,000; 20,000 with --quick]")
    ap.add_argument("--rounds", type=int, default=None,
                    help="rounds over all targets [5; 2 with --quick]")
    ap.add_argument("--wait-quiet", type=float, default=None, metavar="S",
                    help="wait up to S seconds for other processes to go quiet before "
                    "starting [15; 3 with --quick]")
    ap.add_argument("--out", default="bench/results/cluster_and_audit.json",
                    help="JSON output path")
    args = ap.parse_args()

    n = args.records or (20_000 if args.quick else 200_000)
    rounds = args.rounds or (2 if args.quick else 5)
    if n * pt.RECORD_BYTES / pt.PARTITIONS > pt.MAX_BYTES_PER_PARTITION:
        ap.error(f"--records {n} would put more than 4 MiB in a partition of the mock")
    budget = 88.0 if args.quick else 235.0
    phase_timeout = 15.0 if args.quick else 40.0
    started = time.monotonic()

    import confluent_kafka

    audit_fd, audit_path = tempfile.mkstemp(prefix="sluice-bench-audit-", suffix=".jsonl")
    os.close(audit_fd)
    run_id = uuid.uuid4().hex[:8]
    common_env = {"GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false"}
    res: dict[str, Any] = {
        "config": {
            "records": n, "record_bytes": pt.RECORD_BYTES, "partitions": pt.PARTITIONS,
            "rounds": rounds, "quick": args.quick, "mb": "MiB (2^20 bytes of record values)",
            "producer": {"acks": "all", "linger.ms": 5, "batch.size": pt.MIB,
                         "compression.type": "none", "statistics.interval.ms": 1000},
            "consumer": {"fetch.max.bytes": pt.MIB, "max.partition.fetch.bytes": pt.MIB,
                         "queued.min.messages": 1_000_000,
                         "queued.max.messages.kbytes": 1024 * 1024},
            "gateway_env": common_env,
            "audit_env": {"GATEWAY_AUDIT_LOG_FILE": audit_path,
                          "GATEWAY_AUDIT_API_KEYS": "PRODUCE"},
            "metadata_runs": METADATA_RUNS, "metadata_client_key": CLIENT_KEY,
        },
        "machine": {
            "nproc": os.cpu_count(),
            "python": sys.version.split()[0],
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "confluent_kafka": importlib.metadata.version("confluent-kafka"),
            "librdkafka": confluent_kafka.libversion()[0],
            "loadavg_at_start": os.getloadavg(),
        },
        "code": pt.code_version(),
        "targets": TARGETS,
        "gateways": {}, "throughput": {}, "failures": [],
    }

    cleanup: list[Any] = []  # the watchdog kills the gateways registered here
    pt.start_watchdog(budget, cleanup)

    # The pure-function part first: it needs nothing running.
    pt.log("metadata rewrite micro-benchmark (gateway cluster) ...")
    try:
        res["metadata"] = metadata_bench()
    except Exception as exc:  # noqa: BLE001 - report, go on with the network part
        res["failures"].append(f"metadata micro-benchmark: {exc!r}")
        pt.log(f"metadata micro-benchmark FAILED: {exc!r}")

    wait_s = args.wait_quiet if args.wait_quiet is not None else (3.0 if args.quick else 15.0)
    res["machine"]["before_start"] = quiet = pt.wait_for_quiet(wait_s)
    if not quiet["quiet"]:
        pt.log(f"other processes use {quiet['other_millicores_before_start']:.0f} millicores;"
               " starting anyway, expect noisy numbers")

    cluster = MockCluster(3)
    gws: dict[str, pt.GatewayProcess] = {}
    try:
        pt.log(f"mock cluster at {cluster.bootstrap_servers}")
        for name, (workers, audit) in GATEWAYS.items():
            env = {**common_env, "GATEWAY_CLUSTER_ID": f"bench-{run_id}-{name}",
                   "GATEWAY_NODE_ID": f"bench-{name}"}
            if audit:
                env.update(res["config"]["audit_env"])
            gws[name] = gw = pt.GatewayProcess(cluster.bootstrap_servers, workers, env)
            cleanup.insert(0, gw.kill_tree)
        targets = {"direct": cluster.bootstrap_servers}
        for name, gw in gws.items():
            try:
                gw.wait_ready(30)
                targets[name] = gw.bootstrap
            except pt.BenchError as exc:
                res["failures"].append(f"{LABELS[name]} start: {exc}")
                pt.log(f"{LABELS[name]} did not start; leaving it out: {exc}")
            res["gateways"][name] = {
                "pid": gw.pid, "pids": pt.process_tree(gw.pid), "workers": gw.workers,
                "GATEWAY_WORKERS": GATEWAYS[name][0], "audit": GATEWAYS[name][1],
                "bootstrap": gw.bootstrap, "log": gw.log_file.name,
            }
            pt.log(f"{LABELS[name]}: pid {gw.pid}, {gw.workers} worker(s), {gw.bootstrap}")

        def meter_for(target: str) -> pt.CpuMeter:
            """CPU of the target's gateway, of the bench process, and of the idle gateways
            (each tree on its own, so that none is counted as "other processes")."""
            # Direct runs report the idle W=1 gateway as "gateway" (as passthrough.py does).
            own = target if target in gws else "w1"
            pids = {"bench": os.getpid(), "gateway": gws[own].pid}
            pids.update({f"idle_{name}": gw.pid for name, gw in gws.items() if name != own})
            return pt.CpuMeter(pids)

        idle = meter_for("direct")
        idle.start()
        time.sleep(1.0)
        res["idle_cpu_1s"] = idle.stop()

        def attempt(label: str, target: str, fn: Any) -> dict[str, Any] | None:
            pt.log(f"{label} ...")
            try:
                if target in gws and (crash := gws[target].crash_report()):
                    raise pt.BenchError(f"{LABELS[target]} not healthy: {crash}")
                r: dict[str, Any] = fn()
            except (pt.BenchError, KafkaException, AssertionError, OSError) as exc:
                res["failures"].append(f"{label}: {exc}")
                pt.log(f"{label} FAILED: {exc}")
                return None
            brief = {k: round(v, 3) for k, v in r.items() if isinstance(v, float)}
            pt.log(f"{label}: {brief}")
            return r

        def produce(rnd: int, target: str) -> dict[str, Any]:
            topic = f"bench-{run_id}-r{rnd}-{target}"
            cluster.create_topic(topic, pt.PARTITIONS)
            pt.wait_metadata(targets[target], topic, 10)
            before = audit_settled(audit_path) if target == "w1_audit" else None
            r = pt.produce_throughput(targets[target], topic, n, meter_for(target),
                                      phase_timeout, count_requests=True)
            r["topic"] = topic
            if before is not None:
                after = audit_settled(audit_path)
                r["audit"] = {k: after[k] - before[k] for k in after}
                assert r["audit"]["produce_events"] > 0, f"no audit events in {audit_path}"
            return r

        samples: dict[str, dict[str, list[dict[str, Any]]]] = {
            t: {"produce": [], "consume": []} for t in targets}
        order = list(targets)
        for rnd in range(rounds):
            # Rotate the order every round, so that no target always runs first or last.
            ordered = order[rnd % len(order):] + order[:rnd % len(order)]
            topics = {}
            for target in ordered:
                r = attempt(f"round {rnd + 1} produce {LABELS[target]}", target,
                            partial(produce, rnd, target))
                if r is not None:
                    samples[target]["produce"].append(r)
                    topics[target] = r["topic"]
            for target in ordered:
                if target not in CONSUME_TARGETS or target not in topics:
                    continue
                r = attempt(f"round {rnd + 1} consume {LABELS[target]}", target, partial(
                    pt.consume_throughput, targets[target], topics[target], n,
                    meter_for(target), phase_timeout))
                if r is not None:
                    samples[target]["consume"].append(r)
        for target in targets:
            res["throughput"][target] = {}
            for phase in ("produce", "consume"):
                if samples[target][phase]:
                    res["throughput"][target][phase] = pt.median_of_rounds(
                        samples[target][phase])

        audited = samples.get("w1_audit", {}).get("produce", [])
        if audited:
            totals = {k: sum(s["audit"][k] for s in audited) for k in audited[0]["audit"]}

            def requests(target: str) -> int | None:
                """Produce requests the client sent over all rounds (None if unknown)."""
                counts = [s.get("produce_requests") for s in samples[target]["produce"]]
                known = [c for c in counts if c is not None]
                return sum(known) if known and len(known) == len(counts) else None

            res["audit"] = {
                "file": audit_path, "rounds": len(audited), **totals,
                "client_produce_requests": requests("w1_audit"),
                "client_produce_requests_audit_off": requests("w1") if "w1" in samples else None,
                "file_lines_at_end": audit_settled(audit_path)["lines"],
                "per_phase": {t: per_request_figures(samples[t]["produce"])
                              for t in ("w1", "w1_audit") if samples.get(t, {}).get("produce")},
            }
            per = res["audit"]["per_phase"]
            if "w1" in per:
                # The gateway does the same forwarding work in both (same records), so the
                # extra CPU per phase, spread over the audited requests, is the audit's cost.
                # Approximate: with audit, the client sends fewer, larger requests.
                extra = per["w1_audit"]["gateway_cpu_s"] - per["w1"]["gateway_cpu_s"]
                res["audit"]["extra_gateway_cpu_us_per_audited_request"] = (
                    extra / per["w1_audit"]["produce_requests"] * 1e6
                    if per["w1_audit"]["produce_requests"] else None)
            if not totals["produce_events"] > 0:
                res["failures"].append("audit: no Produce events were written")

        for name, gw in gws.items():
            if warnings := gw.warnings():
                res["gateways"][name]["warnings"] = warnings
            if gw.proc.poll() is not None:
                res["failures"].append(
                    f"{LABELS[name]} exited early with code {gw.proc.returncode}")
    finally:
        for gw in gws.values():
            gw.stop()
        cluster.close()

    res["elapsed_s"] = time.monotonic() - started
    clean = not res["failures"] and not any(g.get("warnings") for g in res["gateways"].values())
    if clean:
        for name, gw in gws.items():
            with contextlib.suppress(OSError):
                os.unlink(gw.log_file.name)
                res["gateways"][name]["log"] = None
        with contextlib.suppress(OSError):
            os.unlink(audit_path)
            res.get("audit", {})["file"] = None
    res["machine"]["loadavg_at_end"] = os.getloadavg()
    summarize(res)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n")
    print_table(res)
    for name, g in res["gateways"].items():
        if g.get("warnings"):
            print(f"{LABELS[name]} logged {len(g['warnings'])} warning/error lines, first: "
                  f"{g['warnings'][0]} (log {g['log']})")
    print(f"\nWrote {out} ({res['elapsed_s']:.0f}s)")
    return 1 if res["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())

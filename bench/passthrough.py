#!/usr/bin/env python3
"""Pass-through cost of the Sluice gateway: direct-to-broker vs through the gateway.

One run measures, against an in-process librdkafka mock cluster (3 brokers):

* produce throughput (1 KiB records, acks=all, 64 partitions, explicit partitions);
* consume throughput (assign() to all 64 partitions from the beginning, no group);
* produce latency p50/p99/avg at half of saturation (the highest paced rate with
  linger.ms=0 that the gateway keeps up with, found by doubling), plus light-load points;
* CPU used by the gateway process per MB/s moved (from /proc/<pid>/stat);
* the cost of the Metadata rewrite vs the number of partitions (pure function).

Each network phase runs direct first, then through the gateway, each on a fresh topic.

    /tmp/venv/bin/python bench/passthrough.py [--quick] [--out bench/results/passthrough.json]

See bench/README.md for what the numbers mean.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaException, Producer, TopicPartition

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.codec_runtime import from_dict
from gateway.protocol.frames import frame
from gateway.protocol.generated.metadata_response import MetadataResponse
from gateway.protocol.headers import encode_response_header
from gateway.protocol.rewrite import rewrite_metadata

PARTITIONS = 64
RECORD_BYTES = 1024
MIB = 1024 * 1024
# The mock keeps roughly 5 MiB per partition; stay well below it in every topic.
MAX_BYTES_PER_PARTITION = 4 * MIB
GATEWAY_PORT_COUNT = 5
# Above this much CPU used by other processes during a phase, the run is flagged as noisy.
NOISY_MILLICORES = 150

TARGETS = {
    "throughput_ratio_min": 0.9,
    "added_p99_ms_max": 1.0,
    "metadata_1000_partitions_ms_max": 2.0,
    "millicores_per_mbps_max": 10.0,
}


class BenchError(RuntimeError):
    """A phase failed or timed out; the message says which."""


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --- process CPU --------------------------------------------------------------------

_CLK_TCK = os.sysconf("SC_CLK_TCK")


def proc_cpu_seconds(pid: int) -> float:
    """utime + stime of a process, in seconds, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        stat = f.read()
    # The command name (field 2) may contain spaces: split after its closing paren.
    fields = stat[stat.rindex(")") + 2:].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of stat(5)
    return (utime + stime) / _CLK_TCK


def process_tree(root: int, prune: Collection[int] = ()) -> list[int]:
    """`root` and its live descendants, not descending into the pids in `prune`."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(c for c in children.get(pid, []) if c not in prune)
    return tree


def tree_cpu_seconds(root: int, prune: Collection[int] = ()) -> dict[int, float]:
    """CPU seconds of every live process in the tree under `root`, by pid."""
    out = {}
    for pid in process_tree(root, prune):
        with contextlib.suppress(OSError, ValueError):  # exited meanwhile
            out[pid] = proc_cpu_seconds(pid)
    return out


def machine_busy_seconds() -> float:
    """CPU seconds spent busy by the whole machine (all cores), from /proc/stat."""
    with open("/proc/stat", encoding="ascii") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    busy = sum(fields[:8]) - idle  # user nice system idle iowait irq softirq steal
    return busy / _CLK_TCK


class CpuMeter:
    """CPU seconds used by process trees (and by everything else) between start/stop.

    Each name maps to the root pid of a process tree: the gateway may be a supervisor
    with worker processes, and all of them count. A tree stops at the other roots (the
    gateway is a child of the benchmark process but is not counted twice).
    """

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self._start: dict[str, dict[int, float]] = {}
        self._t0 = 0.0
        self._busy0 = 0.0

    def start(self) -> None:
        self._t0 = time.perf_counter()
        self._busy0 = machine_busy_seconds()
        self._start = {name: self._tree(name) for name in self.pids}

    def _tree(self, name: str) -> dict[int, float]:
        others = [pid for other, pid in self.pids.items() if other != name]
        return tree_cpu_seconds(self.pids[name], prune=others)

    def stop(self) -> dict[str, Any]:
        wall = time.perf_counter() - self._t0
        out: dict[str, Any] = {"wall_s": wall}
        ours = 0.0
        for name in self.pids:
            before, after = self._start[name], self._tree(name)
            # A process that started during the phase counts from 0; one that exited is
            # lost (reported through the pid lists).
            per_pid = {pid: cpu - before.get(pid, 0.0) for pid, cpu in after.items()}
            cpu = sum(per_pid.values())
            ours += cpu
            out[f"{name}_cpu_s"] = cpu
            out[f"{name}_millicores"] = cpu / wall * 1000 if wall > 0 else None
            if len(per_pid) > 1:
                out[f"{name}_cpu_s_by_pid"] = {str(p): c for p, c in per_pid.items()}
            if set(before) - set(after):
                out[f"{name}_exited_pids"] = sorted(set(before) - set(after))
        # Whatever else ran on the machine meanwhile (other jobs steal the same cores).
        other = max(0.0, machine_busy_seconds() - self._busy0 - ours)
        out["other_cpu_s"] = other
        out["other_millicores"] = other / wall * 1000 if wall > 0 else None
        return out


# --- gateway subprocess -------------------------------------------------------------


def free_port_range(count: int, host: str = "127.0.0.1", attempts: int = 200) -> int:
    """A start port such that `count` consecutive ports are free right now."""
    for _ in range(attempts):
        with socket.socket() as probe:
            probe.bind((host, 0))
            start = probe.getsockname()[1]
        if start + count - 1 > 65535:
            continue
        socks = []
        try:
            for port in range(start, start + count):
                s = socket.socket()
                socks.append(s)
                s.bind((host, port))
            return start
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise BenchError(f"no {count} consecutive free ports found")


class GatewayProcess:
    """`python -m gateway run` in front of the mock cluster, stderr to a temp file."""

    def __init__(
        self, bootstrap: str, workers: int | None = None, env: dict[str, str] | None = None,
        cwd: str | None = None,
    ) -> None:
        """Start the gateway; `env` adds or overrides variables (e.g. GATEWAY_AUDIT_*).

        `cwd` is the gateway's working directory (default: ours). `python -m` puts it first
        on sys.path, so another checkout's `gateway` package runs with `cwd` set to it.
        """
        self.port_start = free_port_range(GATEWAY_PORT_COUNT)
        self.bootstrap = f"127.0.0.1:{self.port_start}"
        # Kept open for the gateway's whole life and closed in stop().
        self.log_file = tempfile.NamedTemporaryFile(  # noqa: SIM115
            prefix="sluice-bench-gateway-", suffix=".log", delete=False
        )
        full_env = dict(os.environ)
        full_env.update(
            KAFKA_BOOTSTRAP_SERVERS=bootstrap,
            GATEWAY_BIND_HOST="127.0.0.1",
            GATEWAY_ADVERTISED_HOST="127.0.0.1",
            GATEWAY_PORT_START=str(self.port_start),
            GATEWAY_PORT_COUNT=str(GATEWAY_PORT_COUNT),
            GATEWAY_HTTP_PORT=str(free_port_range(1)),
            # INFO so that "Sluice ready" is logged; the hot path logs nothing at INFO.
            GATEWAY_LOG_LEVEL="INFO",
        )
        if workers is not None:
            full_env["GATEWAY_WORKERS"] = str(workers)
        full_env.update(env or {})
        self.workers = 1
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gateway", "run"],
            env=full_env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.log_file,
        )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log_text(self) -> str:
        try:
            return Path(self.log_file.name).read_text(errors="replace")
        except OSError:
            return ""

    def wait_ready(self, timeout_s: float) -> None:
        """Return once every worker logged "Sluice ready"; BenchError if it fails to."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise BenchError(
                    f"gateway exited with code {self.proc.returncode}:\n{self.log_text()[-2000:]}"
                )
            text = self.log_text()
            # A supervisor announces "N workers"; each worker logs "Sluice ready".
            announced = re.search(r"(\d+) workers? on ports", text)
            self.workers = int(announced.group(1)) if announced else 1
            if text.count("Sluice ready") >= self.workers:
                time.sleep(0.5)  # let a worker that dies right after "ready" show it
                crash = self.crash_report()
                if crash:
                    raise BenchError(f"gateway crashed after starting:\n{crash}")
                return
            time.sleep(0.05)
        raise BenchError(f"gateway not ready after {timeout_s:.0f}s:\n{self.log_text()[-2000:]}")

    def crash_report(self) -> str | None:
        """The first traceback or worker death in the gateway's log, if any."""
        text = self.log_text()
        m = re.search(r"Traceback[\s\S]*?\n(?=\S)[^\n]*|^.*(died:|CRITICAL).*$", text, re.M)
        if m is None and self.proc.poll() is None:
            return None
        if m is None:
            return f"gateway exited with code {self.proc.returncode}"
        return m.group(0)[-1500:]

    def warnings(self) -> list[str]:
        """WARNING/ERROR lines the gateway logged (should be none)."""
        return [
            line for line in self.log_text().splitlines()
            if " WARNING " in line or " ERROR " in line or "Traceback" in line
        ]

    def kill_tree(self) -> None:
        """SIGKILL the gateway and its workers (watchdog only)."""
        for pid in reversed(process_tree(self.pid)):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)

    def stop(self) -> None:
        """SIGTERM (a supervisor drains its workers), then SIGKILL whatever is left."""
        tree = process_tree(self.pid)
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill_tree()
                self.proc.wait(5)
        for pid in tree[1:]:  # workers orphaned by a killed supervisor
            with contextlib.suppress(OSError):
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    still_ours = sys.executable.encode() in f.read()
                if still_ours:
                    os.kill(pid, signal.SIGKILL)
        self.log_file.close()


# --- phases -------------------------------------------------------------------------


@dataclass
class Phase:
    """Time budget helper: raises BenchError once a phase's deadline passes."""

    name: str
    timeout_s: float

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.timeout_s

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise BenchError(f"{self.name}: timed out after {self.timeout_s:.0f}s")


def wait_metadata(bootstrap: str, topic: str, timeout_s: float) -> None:
    """Wait until `topic` shows all partitions with leaders via `bootstrap`."""
    p = Producer({"bootstrap.servers": bootstrap, "log_level": 3})
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            md = p.list_topics(topic, timeout=max(0.5, deadline - time.monotonic()))
            t = md.topics.get(topic)
            if (
                t is not None and t.error is None and len(t.partitions) == PARTITIONS
                and all(pm.leader >= 0 for pm in t.partitions.values())
            ):
                return
            if time.monotonic() > deadline:
                raise BenchError(f"topic {topic} not visible via {bootstrap}")
            time.sleep(0.1)
    finally:
        p.flush(1)


def produce_throughput(
    bootstrap: str, topic: str, n: int, meter: CpuMeter, timeout_s: float,
    count_requests: bool = False,
) -> dict[str, Any]:
    """Send n records as fast as possible; with `count_requests`, also report how many
    Produce requests the client sent (from librdkafka's statistics, read after the clock
    stops)."""
    phase = Phase(f"produce {topic}", timeout_s)
    stats: list[dict[str, Any]] = []
    conf: dict[str, Any] = {
        "bootstrap.servers": bootstrap,
        "acks": "all",
        "linger.ms": 5,
        "batch.size": MIB,
        "compression.type": "none",
        "queue.buffering.max.messages": max(n, 100_000),
        "queue.buffering.max.kbytes": 2 * MIB,  # 2 GiB: never the bottleneck
        "log_level": 3,
    }
    if count_requests:
        conf["statistics.interval.ms"] = 1000
        conf["stats_cb"] = lambda js: stats.append(json.loads(js))
    p = Producer(conf)
    errors: list[str] = []
    delivered = 0

    def on_delivery(err: Any, _msg: Any) -> None:
        nonlocal delivered
        if err is not None:
            errors.append(str(err))
        else:
            delivered += 1

    # Warm up: metadata for the topic and connections, outside the timed window.
    p.list_topics(topic, timeout=10)
    value = os.urandom(RECORD_BYTES)
    produce = p.produce
    meter.start()
    t0 = time.perf_counter()
    for i in range(n):
        while True:
            try:
                produce(topic, value, partition=i % PARTITIONS, on_delivery=on_delivery)
                break
            except BufferError:
                p.poll(0.005)
                phase.check()
        if i & 1023 == 0:
            p.poll(0)
    remaining = p.flush(max(0.1, phase.remaining()))
    wall = time.perf_counter() - t0
    cpu = meter.stop()
    if remaining or errors or delivered != n:
        raise BenchError(
            f"produce {topic}: {delivered}/{n} delivered, {remaining} still queued, "
            f"{len(errors)} errors (first: {errors[:1]})"
        )
    mb = n * RECORD_BYTES / MIB
    out: dict[str, Any] = {
        "records": n, "wall_s": wall, "records_per_s": n / wall, "mb_per_s": mb / wall,
        "cpu": cpu,
    }
    if count_requests:
        # Counters are cumulative: one statistics report after the last delivery has them.
        seen = len(stats)
        until = time.perf_counter() + 1.5
        while len(stats) == seen and time.perf_counter() < until:
            p.poll(0.05)
        out["produce_requests"] = _produce_requests(stats) if len(stats) > seen else None
    return out


def _produce_requests(stats: list[dict[str, Any]]) -> int:
    """Produce requests sent to the brokers so far, from the latest librdkafka statistics."""
    return sum(
        b.get("req", {}).get("Produce", 0)
        for b in stats[-1]["brokers"].values() if b.get("nodeid", -1) >= 0
    )


def consume_throughput(
    bootstrap: str, topic: str, n: int, meter: CpuMeter, timeout_s: float
) -> dict[str, Any]:
    phase = Phase(f"consume {topic}", timeout_s)
    c = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": f"bench-unused-{uuid.uuid4().hex[:8]}",  # required by the client; no subscribe
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
        "fetch.max.bytes": MIB,
        "max.partition.fetch.bytes": MIB,
        # librdkafka pauses fetching for fetch.queue.backoff.ms (1 s) once its local queue
        # passes queued.min.messages / queued.max.messages.kbytes (100k / 64 MiB). Against
        # the fast mock that fires at random and turns 0.3 s into 1.7 s, mostly in direct
        # runs; raise both so the clock measures fetching, not the client's back-off.
        "queued.min.messages": 1_000_000,
        "queued.max.messages.kbytes": 1024 * 1024,
        "log_level": 3,
    })
    try:
        c.list_topics(topic, timeout=10)  # warm-up: metadata and bootstrap connection
        meter.start()
        t0 = time.perf_counter()
        c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(PARTITIONS)])
        count = 0
        nbytes = 0
        first_at = None
        while count < n:
            phase.check()
            msgs = c.consume(num_messages=10_000, timeout=0.5)
            for m in msgs:
                if m.error() is not None:
                    raise BenchError(f"consume {topic}: {m.error()}")
                nbytes += len(m.value() or b"")
            if msgs and first_at is None:
                first_at = time.perf_counter()
            count += len(msgs)
        wall = time.perf_counter() - t0
        cpu = meter.stop()
    finally:
        c.close()
    if count != n:
        raise BenchError(f"consume {topic}: got {count} records, expected {n}")
    return {
        "records": count, "wall_s": wall, "records_per_s": count / wall,
        "mb_per_s": nbytes / MIB / wall,
        "first_record_after_s": (first_at - t0) if first_at else None,
        "cpu": cpu,
    }


def produce_latency(
    bootstrap: str, topic: str, rate: float, count: int, meter: CpuMeter, timeout_s: float
) -> dict[str, Any]:
    """Send `count` records at `rate`/s with linger.ms=0; time produce() -> delivery."""
    phase = Phase(f"latency {topic}", timeout_s)
    stats: list[dict[str, Any]] = []
    p = Producer({
        "bootstrap.servers": bootstrap,
        "acks": "all",
        "linger.ms": 0,
        "batch.size": MIB,
        "compression.type": "none",
        "queue.buffering.max.messages": max(count, 100_000),
        "statistics.interval.ms": 500,
        "stats_cb": lambda js: stats.append(json.loads(js)),
        "log_level": 3,
    })
    lat = [0.0] * count
    done = 0
    errors: list[str] = []
    queue_full = 0
    perf = time.perf_counter

    last_delivery = 0.0

    def on_delivery(i: int, sent_at: float, err: Any, _msg: Any) -> None:
        nonlocal done, last_delivery
        last_delivery = perf()
        lat[i] = last_delivery - sent_at
        done += 1
        if err is not None:
            errors.append(str(err))

    p.list_topics(topic, timeout=10)
    # A short unmeasured warm-up so connections to every leader exist.
    for i in range(PARTITIONS):
        p.produce(topic, b"warm-up", partition=i)
    p.flush(10)

    # Baseline request count: wait for a statistics callback after the warm-up.
    until = perf() + 1.0
    stats.clear()
    while not stats and perf() < until:
        p.poll(0.05)
    base_tx = _requests_sent(stats)

    value = os.urandom(RECORD_BYTES)
    produce, poll = p.produce, p.poll
    meter.start()
    t0 = perf()
    sent = 0
    while sent < count:
        due = min(count, int((perf() - t0) * rate) + 1)
        while sent < due:
            try:
                produce(topic, value, partition=sent % PARTITIONS,
                        on_delivery=partial(on_delivery, sent, perf()))
            except BufferError:  # overloaded: the local queue is full
                queue_full += 1
                poll(0.001)
                break
            sent += 1
            poll(0)
        poll(0)
        if sent < count and t0 + sent / rate > perf():
            # Ahead of schedule: block (>= 1 ms, librdkafka's granularity) until a delivery
            # report arrives or the timeout passes. A blocking poll wakes up as soon as a
            # report is queued, so latencies stay exact, and the client does not spin a
            # core that the gateway and the mock brokers need on a small machine.
            poll(0.001)
        if sent & 255 == 0:
            phase.check()
    while done < count:
        poll(0.001)
        phase.check()
    wall = perf() - t0
    cpu = meter.stop()
    # One more statistics callback, to count the Produce requests sent in the phase.
    seen = len(stats)
    until = perf() + 1.0
    while len(stats) == seen and perf() < until:
        poll(0.05)
    p.flush(1)
    if errors:
        raise BenchError(f"latency {topic}: {len(errors)} delivery errors (first: {errors[0]})")
    end_tx = _requests_sent(stats) if len(stats) > seen else None
    requests = end_tx - base_tx if end_tx is not None and base_tx is not None else None
    ms = sorted(x * 1000 for x in lat)
    return {
        "records": count, "target_rate": rate, "achieved_rate": count / wall,
        # Records delivered per second, first send to last acknowledgement.
        "delivered_rate": count / (last_delivery - t0) if last_delivery > t0 else None,
        "send_wall_s": wall, "queue_full_waits": queue_full,
        "requests_sent": requests, "records_per_request": count / requests if requests else None,
        "p50_ms": ms[len(ms) // 2], "p99_ms": ms[min(len(ms) - 1, int(len(ms) * 0.99))],
        "p999_ms": ms[min(len(ms) - 1, int(len(ms) * 0.999))],
        "avg_ms": statistics.fmean(ms), "max_ms": ms[-1],
        "cpu": cpu,
    }


def _requests_sent(stats: list[dict[str, Any]]) -> int | None:
    """Requests sent to the brokers so far, from the latest librdkafka statistics."""
    if not stats:
        return None
    return sum(b["tx"] for b in stats[-1]["brokers"].values() if b.get("nodeid", -1) >= 0)


# --- Metadata rewrite micro-benchmark -------------------------------------------------


def metadata_frame(
    topics: int, partitions_per_topic: int, brokers: int = 3,
    racks: Sequence[str] | None = None,
) -> bytes:
    """A framed Metadata v12 response; broker i (1..brokers) is in racks[(i - 1) % len]
    (default rack-i) and partition p has leader 1 + p % brokers and 3 replicas."""
    n = brokers
    broker_list = [
        {"NodeId": i, "Host": f"broker-{i}.kafka.internal", "Port": 9092,
         "Rack": racks[(i - 1) % len(racks)] if racks else f"rack-{i}"}
        for i in range(1, n + 1)
    ]
    replicas = min(3, n)
    body = {
        "ThrottleTimeMs": 0,
        "Brokers": broker_list,
        "ClusterId": "bench-cluster",
        "ControllerId": 1,
        "Topics": [
            {
                "ErrorCode": 0,
                "Name": f"topic-{t:03d}",
                "TopicId": uuid.UUID(int=t + 1).bytes,
                "IsInternal": False,
                "Partitions": [
                    {
                        "ErrorCode": 0,
                        "PartitionIndex": p,
                        "LeaderId": 1 + (p % n),
                        "LeaderEpoch": 7,
                        "ReplicaNodes": [1 + ((p + r) % n) for r in range(replicas)],
                        "IsrNodes": [1 + ((p + r) % n) for r in range(replicas)],
                        "OfflineReplicas": [],
                    }
                    for p in range(partitions_per_topic)
                ],
                "TopicAuthorizedOperations": -(2**31),
            }
            for t in range(topics)
        ],
    }
    return frame(encode_response_header(3, 12, 12345)
                 + from_dict(MetadataResponse, body, 12).encode(12))


def _median_time(fn: Any, runs: int, budget_s: float) -> tuple[float, int]:
    """Median seconds of fn() over up to `runs` runs (at least 5) within `budget_s`."""
    fn()  # warm-up (compiles and caches the codec)
    times: list[int] = []
    deadline = time.perf_counter() + budget_s
    while len(times) < runs and (len(times) < 5 or time.perf_counter() < deadline):
        t0 = time.perf_counter_ns()
        fn()
        times.append(time.perf_counter_ns() - t0)
    return statistics.median(times) / 1e9, len(times)


def metadata_bench(quick: bool) -> dict[str, Any]:
    ports = {1: 7001, 2: 7002, 3: 7003}

    def address_of(node_id: int) -> tuple[str, int] | None:
        port = ports.get(node_id)
        return None if port is None else ("127.0.0.1", port)

    def full_decode_encode(f: bytes) -> bytes:
        body_at = 4 + 4 + 1  # size prefix, correlation id, empty tagged fields (header v1)
        body, _ = MetadataResponse.decode(f, 12, body_at)
        for b in body.Brokers:
            b.Host, b.Port = address_of(b.NodeId)  # type: ignore[misc]
        return frame(f[4:body_at] + body.encode(12))

    runs = 50 if quick else 200
    out: dict[str, Any] = {}
    for total in (100, 1_000, 10_000):
        f = metadata_frame(10, total // 10)
        rewritten, _ = rewrite_metadata(f, 12, address_of)
        # Sanity: the rewrite keeps the topics and changes only the brokers.
        decoded, _ = MetadataResponse.decode(rewritten, 12, 9)
        assert sum(len(t.Partitions) for t in decoded.Topics) == total
        assert [b.Port for b in decoded.Brokers] == [7001, 7002, 7003]
        assert full_decode_encode(f) == rewritten
        rw, rw_runs = _median_time(partial(rewrite_metadata, f, 12, address_of), runs, 3.0)
        full, full_runs = _median_time(
            partial(full_decode_encode, f), runs, 3.0 if quick else 6.0)
        out[str(total)] = {
            "frame_bytes": len(f),
            "rewrite_ms": rw * 1000, "rewrite_runs": rw_runs,
            "full_decode_encode_ms": full * 1000, "full_runs": full_runs,
        }
    return out


# --- aggregation --------------------------------------------------------------------


def median_of_rounds(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Median of each throughput/CPU figure over the rounds, with the raw samples."""
    def med(f: Any) -> float | None:
        vals = [v for v in (f(s) for s in samples) if v is not None]
        return statistics.median(vals) if vals else None

    return {
        "rounds": len(samples),
        "records_per_s": med(lambda s: s["records_per_s"]),
        "mb_per_s": med(lambda s: s["mb_per_s"]),
        "wall_s": med(lambda s: s["wall_s"]),
        "gateway_millicores": med(lambda s: s["cpu"]["gateway_millicores"]),
        "bench_millicores": med(lambda s: s["cpu"]["bench_millicores"]),
        "other_millicores": med(lambda s: s["cpu"]["other_millicores"]),
        "gateway_millicores_per_mbps": med(
            lambda s: s["cpu"]["gateway_millicores"] / s["mb_per_s"]),
        "samples": samples,
    }


# --- reporting ----------------------------------------------------------------------


def _fmt(x: Any, spec: str) -> str:
    if x is None:
        return "-"
    if isinstance(x, str):
        return x
    return format(x, spec)


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], left: set[int]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    rule = "  ".join("-" * w for w in widths)
    print(rule)
    print("  ".join(h.ljust(w) if i in left else h.rjust(w)
                    for i, (h, w) in enumerate(zip(header, widths, strict=True))))
    print(rule)
    for r in rows:
        print("  ".join(c.ljust(w) if i in left else c.rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
    print(rule)


def print_table(res: dict[str, Any]) -> None:
    d, g, s = res["direct"], res["gateway"], res["summary"]
    rows: list[tuple[str, ...]] = []

    def add(name: str, a: Any, b: Any, spec: str, target: str = "", ratio: bool = True) -> None:
        r = (b / a) if ratio and a and b is not None else None
        rows.append((name, _fmt(a, spec), _fmt(b, spec), _fmt(r, ".3f"), target))

    tput_target = f"ratio >= {TARGETS['throughput_ratio_min']}"
    for phase in ("produce", "consume"):
        dp, gp = d.get(phase, {}), g.get(phase, {})
        if dp or gp:
            add(f"{phase} records/s", dp.get("records_per_s"), gp.get("records_per_s"), ",.0f",
                tput_target)
            add(f"{phase} MB/s", dp.get("mb_per_s"), gp.get("mb_per_s"), ",.1f", tput_target)
    for point in res.get("latency", []):
        pd, pg = point.get("direct"), point.get("gateway")
        if not pd or not pg:
            rows.append((f"produce latency @{point['rate']:,.0f}/s", "-" if not pd else "ok",
                         "-" if not pg else "ok", "-", "failed, see below"))
            continue
        tag = f"@{point['rate']:,.0f}/s"
        primary = point["primary"]
        for key in ("p50_ms", "p99_ms", "avg_ms"):
            add(f"produce latency {key[:-3]} ms {tag}", pd[key], pg[key], ",.3f")
        add(f"  added p99 ms {tag}", None, pg["p99_ms"] - pd["p99_ms"], ",.3f",
            f"<= {TARGETS['added_p99_ms_max']} ms" if primary else "(context)", ratio=False)
        add(f"  records/s achieved {tag}", pd["achieved_rate"], pg["achieved_rate"], ",.0f",
            ratio=False)
        add(f"  records per request {tag}", pd["records_per_request"],
            pg["records_per_request"], ",.1f", ratio=False)
    idle = (res.get("gateway_process") or {}).get("idle_cpu")
    if idle:
        add("gateway CPU millicores (idle, 1 s)", None, idle["gateway_millicores"], ",.0f",
            ratio=False)
    for phase in ("produce", "consume"):
        dp, gp = d.get(phase, {}), g.get(phase, {})
        if gp:
            add(f"gateway CPU millicores ({phase})", dp.get("gateway_millicores"),
                gp["gateway_millicores"], ",.0f", ratio=False)
        if dp or gp:
            add(f"client+mock CPU millicores ({phase})", dp.get("bench_millicores"),
                gp.get("bench_millicores"), ",.0f", ratio=False)
            add(f"other processes CPU millicores ({phase})", dp.get("other_millicores"),
                gp.get("other_millicores"), ",.0f", ratio=False)
        if gp:
            add(f"gateway millicores per MB/s ({phase})", None,
                gp["gateway_millicores_per_mbps"], ",.2f",
                f"<= {TARGETS['millicores_per_mbps_max']}", ratio=False)

    cfg = res["config"]
    print()
    print(f"Sluice pass-through: {cfg['records']:,} x {RECORD_BYTES} B records, "
          f"{PARTITIONS} partitions, acks=all, 3-broker mock cluster in-process, "
          f"nproc={res['machine']['nproc']}, Python {res['machine']['python']}; "
          f"throughput = median of {cfg['rounds']} alternating rounds; MB = 2^20 B")
    _table(("metric", "direct", "gateway", "ratio g/d", "target"), rows, {0, 4})

    if "metadata" in res:
        print()
        print("Metadata v12 response rewrite (3 brokers, 10 topics), median per call, no I/O")
        mrows = []
        for total, m in res["metadata"].items():
            target = (f"<= {TARGETS['metadata_1000_partitions_ms_max']} ms"
                      if total == "1000" else "")
            mrows.append((f"{int(total):,}", f"{m['frame_bytes']:,}",
                          f"{m['rewrite_ms']:.4f}", f"{m['full_decode_encode_ms']:.3f}", target))
        _table(("partitions", "frame bytes", "rewrite_metadata ms", "full decode+encode ms",
                "target"), mrows, {4})
    print()
    print("Targets:")
    for c in s["targets"].values():
        print(f"  {'PASS' if c['met'] else 'FAIL'}  {c['label']}: {c['value']:,.3f} "
              f"(target {c['target']})")
    noisy = [
        f"{t} {p}" for t in ("direct", "gateway") for p in ("produce", "consume")
        if (res[t].get(p) or {}).get("other_millicores", 0) > NOISY_MILLICORES
    ]
    if noisy:
        print(f"WARNING: other processes used > {NOISY_MILLICORES} millicores during "
              f"{', '.join(noisy)}: the machine was shared, throughput numbers are noisy.")
    if res["failures"]:
        print("Failures:")
        for f in res["failures"]:
            print(f"  - {f}")


def summarize(res: dict[str, Any]) -> None:
    d, g = res["direct"], res["gateway"]
    s: dict[str, Any] = {}
    checks: dict[str, dict[str, Any]] = {}

    def check(key: str, label: str, value: float, limit: float, at_least: bool) -> None:
        checks[key] = {
            "label": label, "value": value,
            "target": f"{'>=' if at_least else '<='} {limit}",
            "met": value >= limit if at_least else value <= limit,
        }

    for phase in ("produce", "consume"):
        if phase in d and phase in g:
            ratio = g[phase]["mb_per_s"] / d[phase]["mb_per_s"]
            s[f"{phase}_throughput_ratio"] = ratio
            check(f"{phase}_throughput_ratio", f"{phase} throughput ratio gateway/direct",
                  ratio, TARGETS["throughput_ratio_min"], True)
        if phase in g:
            mc = g[phase]["gateway_millicores_per_mbps"]
            s[f"{phase}_gateway_millicores_per_mbps"] = mc
            check(f"{phase}_millicores_per_mbps", f"{phase}: gateway millicores per MB/s",
                  mc, TARGETS["millicores_per_mbps_max"], False)
    for point in res.get("latency", []):
        if point.get("direct") and point.get("gateway"):
            added = point["gateway"]["p99_ms"] - point["direct"]["p99_ms"]
            point["added_p99_ms"] = added
            point["added_p50_ms"] = point["gateway"]["p50_ms"] - point["direct"]["p50_ms"]
            if point["primary"]:
                s["added_p99_ms"] = added
                s["latency_rate"] = point["rate"]
                check("added_p99_ms", f"added produce p99 ms at {point['rate']:,.0f} records/s",
                      added, TARGETS["added_p99_ms_max"], False)
            else:
                s[f"added_p99_ms_at_{point['rate']:.0f}_per_s"] = added
    if "metadata" in res:
        ms = res["metadata"]["1000"]["rewrite_ms"]
        s["metadata_1000_partitions_rewrite_ms"] = ms
        check("metadata_1000_partitions_ms", "Metadata rewrite ms, 1,000 partitions", ms,
              TARGETS["metadata_1000_partitions_ms_max"], False)
    s["targets"] = checks
    s["all_targets_met"] = bool(checks) and all(c["met"] for c in checks.values())
    res["summary"] = s


# --- main ---------------------------------------------------------------------------


def wait_for_quiet(max_wait_s: float) -> dict[str, Any]:
    """Wait (up to max_wait_s) for a 1 s window in which other processes use < 150 mcores.

    The machine may be shared; a busy neighbour skews every throughput number.
    """
    t0 = time.monotonic()
    meter = CpuMeter({"bench": os.getpid()})
    while True:
        meter.start()
        time.sleep(1.0)
        other = meter.stop()["other_millicores"]
        waited = time.monotonic() - t0
        if other < NOISY_MILLICORES or waited >= max_wait_s:
            return {"other_millicores_before_start": other, "waited_s": waited,
                    "quiet": other < NOISY_MILLICORES}


def code_version() -> dict[str, Any]:
    """Which gateway code ran: its path, and the git commit plus uncommitted files."""
    import gateway

    src = Path(gateway.__file__).resolve().parent
    out: dict[str, Any] = {"gateway_package": str(src)}
    try:
        head = subprocess.run(["git", "-C", str(src), "rev-parse", "HEAD"],
                              capture_output=True, text=True, timeout=5)
        dirty = subprocess.run(
            ["git", "--no-optional-locks", "-C", str(src), "status", "--porcelain", "--", "."],
            capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return out
    if head.returncode == 0:
        out["git_head"] = head.stdout.strip()
        out["gateway_uncommitted_files"] = [
            line[3:] for line in dirty.stdout.splitlines() if line.strip()]
    return out


def start_watchdog(seconds: float, cleanup: list[Any]) -> None:
    """Hard stop: librdkafka calls can block; never let the script run past its budget."""

    def fire() -> None:
        log(f"watchdog: run exceeded {seconds:.0f}s, aborting")
        for fn in cleanup:
            with contextlib.suppress(Exception):
                fn()
        os._exit(3)

    t = threading.Timer(seconds, fire)
    t.daemon = True
    t.start()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="20,000 records, fewer rounds, 2 s latency phases (< 60 s)")
    ap.add_argument("--records", type=int, default=None,
                    help="records per throughput phase [200,000; 20,000 with --quick]")
    ap.add_argument("--rounds", type=int, default=None,
                    help="alternating direct/gateway throughput rounds [3; 2 with --quick]")
    ap.add_argument("--workers", type=int, default=None,
                    help="set GATEWAY_WORKERS for the gateway [unset: the gateway's default]")
    ap.add_argument("--wait-quiet", type=float, default=None, metavar="S",
                    help="wait up to S seconds for other processes to go quiet before "
                    "starting [20; 5 with --quick]")
    ap.add_argument("--out", default="bench/results/passthrough.json", help="JSON output path")
    args = ap.parse_args()

    n = args.records or (20_000 if args.quick else 200_000)
    rounds = args.rounds or (2 if args.quick else 3)
    if n * RECORD_BYTES / PARTITIONS > MAX_BYTES_PER_PARTITION:
        ap.error(f"--records {n} would put more than 4 MiB in a partition of the mock")
    budget = 58.0 if args.quick else 175.0
    phase_timeout = 15.0 if args.quick else 40.0
    latency_seconds = 2.0 if args.quick else 5.0
    started = time.monotonic()

    import confluent_kafka

    res: dict[str, Any] = {
        "config": {
            "records": n, "record_bytes": RECORD_BYTES, "partitions": PARTITIONS,
            "rounds": rounds, "quick": args.quick, "mb": "MiB (2^20 bytes of record values)",
            "producer": {"acks": "all", "linger.ms": 5, "batch.size": MIB,
                         "compression.type": "none"},
            "consumer": {"fetch.max.bytes": MIB, "max.partition.fetch.bytes": MIB,
                         "queued.min.messages": 1_000_000,
                         "queued.max.messages.kbytes": 1024 * 1024},
            "latency_producer": {"acks": "all", "linger.ms": 0},
            "latency_seconds_per_point": latency_seconds,
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
        "code": code_version(),
        "targets": TARGETS,
        "direct": {}, "gateway": {}, "latency": [], "failures": [],
    }

    cleanup: list[Any] = []
    start_watchdog(budget, cleanup)
    wait_s = args.wait_quiet if args.wait_quiet is not None else (5.0 if args.quick else 20.0)
    res["machine"]["before_start"] = quiet = wait_for_quiet(wait_s)
    if not quiet["quiet"]:
        log(f"other processes use {quiet['other_millicores_before_start']:.0f} millicores; "
            "starting anyway, expect noisy numbers")
    cluster = MockCluster(3)
    gw: GatewayProcess | None = None
    try:
        log(f"mock cluster at {cluster.bootstrap_servers}")
        gw = GatewayProcess(cluster.bootstrap_servers, workers=args.workers)
        cleanup.insert(0, gw.kill_tree)
        targets = {"direct": cluster.bootstrap_servers, "gateway": gw.bootstrap}
        try:
            gw.wait_ready(20)
        except BenchError as exc:
            res["failures"].append(f"gateway start: {exc}")
            log(f"gateway did not start; running the direct phases only: {exc}")
            del targets["gateway"]
        tree = process_tree(gw.pid)
        log(f"gateway pid {gw.pid} ({gw.workers} worker(s), pids {tree}) ready at "
            f"{gw.bootstrap} (log {gw.log_file.name})")
        res["gateway_process"] = {"pid": gw.pid, "pids": tree, "workers": gw.workers,
                                  "GATEWAY_WORKERS": args.workers,
                                  "bootstrap": gw.bootstrap, "log": gw.log_file.name}
        idle = CpuMeter({"gateway": gw.pid, "bench": os.getpid()})
        idle.start()
        time.sleep(1.0)
        res["gateway_process"]["idle_cpu"] = idle.stop()
        meter = CpuMeter({"gateway": gw.pid, "bench": os.getpid()})
        run_id = uuid.uuid4().hex[:8]

        def fresh_topic(kind: str, target: str) -> str:
            name = f"bench-{run_id}-{kind}-{target}"
            cluster.create_topic(name, PARTITIONS)
            wait_metadata(targets[target], name, 10)
            return name

        def on_fresh_topic(kind: str, target: str, fn: Any, *args: Any) -> dict[str, Any]:
            topic = fresh_topic(kind, target)
            r: dict[str, Any] = fn(targets[target], topic, *args)
            r["topic"] = topic
            return r

        def attempt(label: str, fn: Any) -> dict[str, Any] | None:
            log(f"{label} ...")
            try:
                if "gateway" in label and gw is not None and (crash := gw.crash_report()):
                    raise BenchError(f"gateway not healthy: {crash}")
                r: dict[str, Any] = fn()
            except (BenchError, KafkaException, AssertionError) as exc:
                res["failures"].append(f"{label}: {exc}")
                log(f"{label} FAILED: {exc}")
                return None
            brief = {k: round(v, 3) for k, v in r.items() if isinstance(v, float)}
            log(f"{label}: {brief}")
            return r

        # Throughput: alternating rounds, direct first, a fresh topic per round and target.
        samples: dict[str, dict[str, list[dict[str, Any]]]] = {
            t: {"produce": [], "consume": []} for t in targets}
        for rnd in range(rounds):
            topics = {}
            for target in targets:
                r = attempt(f"round {rnd + 1} produce {target}", partial(
                    on_fresh_topic, f"r{rnd}", target, produce_throughput, n, meter,
                    phase_timeout))
                if r is not None:
                    samples[target]["produce"].append(r)
                    topics[target] = r["topic"]
            for target in topics:
                r = attempt(f"round {rnd + 1} consume {target}", partial(
                    consume_throughput, targets[target], topics[target], n, meter,
                    phase_timeout))
                if r is not None:
                    samples[target]["consume"].append(r)
        for target in targets:
            for phase in ("produce", "consume"):
                if samples[target][phase]:
                    res[target][phase] = median_of_rounds(samples[target][phase])

        # Latency: the point the targets are judged at is half of saturation *for the
        # latency producer's own settings* (linger.ms=0, records paced one by one, so about
        # one request per record). Saturation is the highest paced rate the slower path
        # (the gateway) keeps up with: rates double from 2,500/s until it falls behind
        # (delivers < 95% of the rate, or p50 > 20 ms). Light-load points follow.
        saturation: dict[str, Any] = {"sweep": []}
        rate, kept_up = 2_500.0, 0.0
        sweep_target = "gateway" if "gateway" in targets else next(iter(targets), None)
        while sweep_target is not None and rate <= 400_000:
            count = max(500, int(rate * min(latency_seconds, 2.0)))
            r = attempt(f"latency sweep @{rate:,.0f}/s {sweep_target}", partial(
                on_fresh_topic, f"latsweep{int(rate)}", sweep_target, produce_latency, rate,
                count, meter,
                latency_seconds * 6 + 30))
            if r is None:
                break
            ok = (r["delivered_rate"] or 0) >= 0.95 * rate and r["p50_ms"] <= 20.0
            saturation["sweep"].append({"rate": rate, "delivered_rate": r["delivered_rate"],
                                        "p50_ms": r["p50_ms"], "kept_up": ok})
            if not ok:
                break
            kept_up, rate = rate, rate * 2
        saturation["saturation_rate"] = kept_up
        res["latency_saturation"] = saturation
        points: list[tuple[float, bool]] = []
        if kept_up:
            points.append((kept_up / 2, True))
        points += [(5_000.0, False), (1_000.0, False)]
        cap = MAX_BYTES_PER_PARTITION * PARTITIONS // RECORD_BYTES
        for i, (rate, primary) in enumerate(points):
            count = max(500, min(int(rate * latency_seconds), cap))
            point: dict[str, Any] = {
                "rate": rate, "records": count, "primary": primary,
                "rule": ("half of the highest paced rate (linger.ms=0) the gateway kept up "
                         "with" if primary else "fixed light load"),
            }
            res["latency"].append(point)
            for target in targets:
                r = attempt(f"latency @{rate:,.0f}/s {target}", partial(
                    on_fresh_topic, f"lat{i}", target, produce_latency, rate, count, meter,
                    latency_seconds * 3 + 10))
                if r is not None:
                    point[target] = r

        log("metadata rewrite micro-benchmark ...")
        try:
            res["metadata"] = metadata_bench(args.quick)
        except Exception as exc:  # noqa: BLE001 - report, keep the network results
            res["failures"].append(f"metadata micro-benchmark: {exc!r}")

        res["gateway_warnings"] = gw.warnings()
        if gw.proc.poll() is not None:
            res["failures"].append(f"gateway exited early with code {gw.proc.returncode}")
    finally:
        if gw is not None:
            gw.stop()
        cluster.close()

    res["elapsed_s"] = time.monotonic() - started
    if gw is not None and not res["failures"] and not res.get("gateway_warnings"):
        with contextlib.suppress(OSError):
            os.unlink(gw.log_file.name)
            res["gateway_process"]["log"] = None
    res["machine"]["loadavg_at_end"] = os.getloadavg()
    summarize(res)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n")
    print_table(res)
    if res.get("gateway_warnings"):
        print(f"Gateway logged {len(res['gateway_warnings'])} warning/error lines, first:"
              f" {res['gateway_warnings'][0]}")
    print(f"\nWrote {out} ({res['elapsed_s']:.0f}s)")
    return 1 if res["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())

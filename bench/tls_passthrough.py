"""TLS through the gateway vs plaintext through the gateway, in the same run.

    .venv/bin/python bench/tls_passthrough.py [--records N] [--rounds R] [--out PATH]

One mock cluster (3 brokers, in this process), two gateways with one worker each: a
PLAINTEXT one (port routing) and an SSL one with SNI routing (advertised as
gw.localhost, resolved to loopback by libnss-myhostname). Each round produces N records
of 1 KiB (explicit partitions over 64, acks=all) and consumes them back, plaintext then
TLS, and reads the gateway's CPU from /proc. Then new TLS connections per second: four
client threads connect, handshake (TLS 1.3, ECDSA P-256 certificate) and close, for a
few seconds; the rate per gateway CPU second is what one worker could sustain. Bounded:
a watchdog ends the run after 60 s.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import ssl
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition  # noqa: E402
from passthrough import CpuMeter  # noqa: E402

from gateway.demo.mock_cluster import MockCluster  # noqa: E402
from tests.conftest import start_gateway  # noqa: E402
from tests.e2e.security.conftest import ADVERTISED_HOST, make_pki, start_tls_gateway  # noqa: E402

PARTITIONS = 64
RECORD_BYTES = 1024
MIB = 1024 * 1024
LIMIT_S = 60.0
HANDSHAKE_S = 4.0
HANDSHAKE_THREADS = 4


def produce(bootstrap: str, topic: str, n: int, conf: dict[str, str],
            meter: CpuMeter) -> dict[str, Any]:
    """n records of 1 KiB as fast as possible; MB/s and the gateway's CPU."""
    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5,
                  "batch.size": MIB, "queue.buffering.max.messages": max(n, 100_000),
                  "queue.buffering.max.kbytes": 2 * MIB, "log_level": 3, **conf})
    p.list_topics(topic, timeout=10)
    value = os.urandom(RECORD_BYTES)
    meter.start()
    t0 = time.perf_counter()
    for i in range(n):
        while True:
            try:
                p.produce(topic, value, partition=i % PARTITIONS)
                break
            except BufferError:
                p.poll(0.005)
        if i & 1023 == 0:
            p.poll(0)
    if p.flush(30):
        raise RuntimeError(f"produce {topic}: records left undelivered")
    wall = time.perf_counter() - t0
    return _result(n, wall, meter.stop())


def consume(bootstrap: str, topic: str, n: int, conf: dict[str, str],
            meter: CpuMeter) -> dict[str, Any]:
    """Read the n records back from offset 0 of every partition."""
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": f"unused-{uuid.uuid4().hex[:6]}",
                  "enable.auto.commit": False, "fetch.max.bytes": MIB,
                  "max.partition.fetch.bytes": MIB, "queued.min.messages": 1_000_000,
                  "queued.max.messages.kbytes": 1024 * 1024, "log_level": 3, **conf})
    try:
        c.list_topics(topic, timeout=10)
        meter.start()
        t0 = time.perf_counter()
        c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(PARTITIONS)])
        count = 0
        deadline = t0 + 30
        while count < n and time.perf_counter() < deadline:
            count += sum(1 for m in c.consume(10_000, 0.5) if m.error() is None)
        wall = time.perf_counter() - t0
        cpu = meter.stop()
    finally:
        c.close()
    if count < n:
        raise RuntimeError(f"consume {topic}: {count} of {n}")
    return _result(n, wall, cpu)


def _result(n: int, wall: float, cpu: dict[str, Any]) -> dict[str, Any]:
    mb_s = n * RECORD_BYTES / MIB / wall
    millicores = cpu["gateway_millicores"]
    return {"mb_per_s": mb_s, "gateway_millicores": millicores,
            "client_and_mock_millicores": cpu["bench_millicores"],
            "other_millicores": cpu["other_millicores"],
            "millicores_per_mb_s": millicores / mb_s}


def handshakes(port: int, ca_file: str, meter: CpuMeter) -> dict[str, Any]:
    """New TLS connections (connect, full handshake, close) per second and per CPU second."""
    context = ssl.create_default_context(cafile=ca_file)
    stop_at = time.perf_counter() + HANDSHAKE_S
    counts = [0] * HANDSHAKE_THREADS
    failures: list[str] = []

    def run(index: int) -> None:
        names = [ADVERTISED_HOST] + [f"broker{b}.{ADVERTISED_HOST}" for b in (1, 2, 3)]
        while time.perf_counter() < stop_at:
            try:
                raw = socket.create_connection(("127.0.0.1", port), timeout=5)
                with context.wrap_socket(raw, server_hostname=names[counts[index] % 4]):
                    counts[index] += 1
            except OSError as exc:
                failures.append(str(exc))
                return

    meter.start()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(HANDSHAKE_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    cpu = meter.stop()
    total = sum(counts)
    return {"handshakes": total, "per_s": total / cpu["wall_s"],
            "per_gateway_cpu_s": total / cpu["gateway_cpu_s"] if cpu["gateway_cpu_s"] else None,
            "gateway_millicores": cpu["gateway_millicores"], "failures": failures[:3]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=60_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--out", default="")
    parser.add_argument("--nagle-off", action="store_true",
                        help="TLS clients with socket.nagle.disable=true (see bench/README.md)")
    args = parser.parse_args()
    watchdog = threading.Timer(LIMIT_S, lambda: os._exit(3))
    watchdog.daemon = True
    watchdog.start()
    tmp = Path(tempfile.mkdtemp(prefix="sluice-tls-bench-"))
    pki = make_pki(tmp / "pki")
    workers = {"GATEWAY_WORKERS": "1", "GATEWAY_LOG_LEVEL": "INFO"}
    results: dict[str, Any] = {"records": args.records, "rounds": []}
    with MockCluster(3) as cluster:
        plain = start_gateway(cluster, tmp, workers, port_count=5)
        tls = start_tls_gateway(cluster, tmp, pki, workers)
        try:
            meters = {name: CpuMeter({"gateway": gw.process.pid, "bench": os.getpid()})
                      for name, gw in (("plaintext", plain), ("tls", tls))}
            setups = {
                "plaintext": (plain.bootstrap, {}),
                "tls": (f"{ADVERTISED_HOST}:{tls.port_start}",
                        {"security.protocol": "ssl", "ssl.ca.location": pki.ca_file,
                         "broker.address.family": "v4",
                         **({"socket.nagle.disable": "true"} if args.nagle_off else {})}),
            }
            for _ in range(args.rounds):
                row: dict[str, Any] = {}
                for name, (bootstrap, conf) in setups.items():
                    topic = f"bench-{name}-{uuid.uuid4().hex[:6]}"
                    cluster.create_topic(topic, PARTITIONS)
                    row[name] = {
                        "produce": produce(bootstrap, topic, args.records, conf, meters[name]),
                        "consume": consume(bootstrap, topic, args.records, conf, meters[name]),
                    }
                results["rounds"].append(row)
            results["handshakes"] = handshakes(tls.port_start, pki.ca_file, meters["tls"])
        finally:
            plain.stop()
            tls.stop()
    summary: dict[str, Any] = {}
    for direction in ("produce", "consume"):
        for name in ("plaintext", "tls"):
            for key in ("mb_per_s", "millicores_per_mb_s"):
                summary[f"{direction}_{name}_{key}"] = statistics.median(
                    r[name][direction][key] for r in results["rounds"])
        summary[f"{direction}_tls_over_plaintext"] = (
            summary[f"{direction}_tls_mb_per_s"] / summary[f"{direction}_plaintext_mb_per_s"])
    results["summary"] = summary
    print(f"{'':10} {'plaintext MB/s':>15} {'TLS MB/s':>9} {'TLS/plain':>10} "
          f"{'plain mc/MB/s':>14} {'TLS mc/MB/s':>12}")
    for direction in ("produce", "consume"):
        s = summary
        print(f"{direction:10} {s[f'{direction}_plaintext_mb_per_s']:15.1f} "
              f"{s[f'{direction}_tls_mb_per_s']:9.1f} {s[f'{direction}_tls_over_plaintext']:10.2f} "
              f"{s[f'{direction}_plaintext_millicores_per_mb_s']:14.1f} "
              f"{s[f'{direction}_tls_millicores_per_mb_s']:12.1f}")
    h = results["handshakes"]
    per_cpu = h["per_gateway_cpu_s"]
    print(f"new TLS connections: {h['per_s']:.0f}/s observed ({HANDSHAKE_THREADS} client "
          f"threads on the same cores, gateway at {h['gateway_millicores']:.0f} millicores); "
          f"{per_cpu:.0f} per gateway CPU second (one worker's capacity)"
          if per_cpu else f"new TLS connections: {h}")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

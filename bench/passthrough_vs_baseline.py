#!/usr/bin/env python3
"""Pass-through throughput of this revision against an older revision of the gateway, in one run.

One in-process librdkafka mock cluster (3 brokers) and two gateways in front of it, side by
side: the baseline (`--baseline REV`, exported with `git archive` into a temp dir and run
from there with the same interpreter) and the current tree. Rounds alternate: each round
produces N records of 1 KiB to a fresh 64-partition topic direct, then through both
gateways (their order flips every round, so neither always goes first), then reads the
round's direct topic back through all three in the same order. The produce and consume
phases, the CPU meter and the gateway process are bench/passthrough.py's, imported.
Reported per phase: median MB/s and the spread of the rounds for direct, baseline and
current; current/baseline (of the medians, and per round); gateway CPU per MB/s; the load
average and the other processes' CPU. `--baseline HEAD` is an A/A control (same code on
both sides): the ratios it prints are the machine's noise floor.

The default baseline, e05d923 ("codec: one null-or-length check ..."), is the tip of `main`
before the 12-01 work began: the last revision before the connection-core rework of
gateway/proxy/session.py and everything that came with it (budgeted reads, gateway-owned
correlation ids, metrics, internal topics, then the `ProxyConnection` pump), i.e. the
"main's numbers" issue 9 compares against. `git log -- gateway/proxy/session.py` shows no
change between 11-22 (28b45d5) and 12-01 (bccf4c6). To isolate the `ProxyConnection` step
alone, pass `--baseline 32dc2b0^`.

    .venv/bin/python bench/passthrough_vs_baseline.py [--quick] [--baseline REV] \
        [--out bench/results/passthrough_vs_baseline.json]

See bench/README.md for what the numbers mean.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import passthrough as pt
from confluent_kafka import KafkaException

from gateway.demo.mock_cluster import MockCluster

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASELINE = "e05d923"
GATEWAYS = ("baseline", "current")
PHASES = ("produce", "consume")


def git(*args: str) -> str:
    """Output of a git command run in this checkout; BenchError if it fails."""
    r = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                       timeout=30)
    if r.returncode != 0:
        raise pt.BenchError(f"git {' '.join(args)}: {r.stderr.strip()}")
    return r.stdout.strip()


def export_revision(rev: str, into: Path) -> dict[str, str]:
    """Extract the `gateway` package of git revision `rev` into `into`; its sha and subject."""
    try:
        sha = git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    except pt.BenchError:
        raise pt.BenchError(f"--baseline {rev!r} is not a commit of {ROOT}") from None
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", sha, "gateway"],
                         capture_output=True, timeout=60, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        archive.extractall(into, filter="data")
    if not (into / "gateway" / "__main__.py").exists():
        raise pt.BenchError(f"revision {rev} has no gateway/__main__.py: "
                            "`python -m gateway run` cannot start it")
    return {"rev": rev, "sha": sha, "subject": git("log", "-1", "--format=%s", sha),
            "date": git("log", "-1", "--format=%ci", sha)}


def gateway_source(cwd: Path, env: dict[str, str]) -> Path:
    """The directory `python -m gateway` imports its package from, with this cwd and env."""
    r = subprocess.run([sys.executable, "-c", "import gateway; print(gateway.__file__)"],
                       cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True,
                       timeout=30)
    if r.returncode != 0:
        raise pt.BenchError(f"cannot import gateway from {cwd}: {r.stderr.strip()[-500:]}")
    return Path(r.stdout.strip()).resolve().parent


def start_gateway(name: str, bootstrap: str, tree: Path, workers: int,
                  run_id: str) -> pt.GatewayProcess:
    """One gateway running the `gateway` package found in `tree`; checked before starting.

    Each has its own GATEWAY_CLUSTER_ID and internal load balancing off, so neither
    advertises the other's ports to its clients.
    """
    env = {
        "PYTHONPATH": str(tree),
        "GATEWAY_CLUSTER_ID": f"bench-{name}-{run_id}",
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
    }
    source = gateway_source(tree, env)
    if source != (tree / "gateway").resolve():
        raise pt.BenchError(f"{name}: `gateway` would be imported from {source}, "
                            f"not from {tree / 'gateway'}")
    return pt.GatewayProcess(bootstrap, workers=workers, env=env, cwd=str(tree))


def round_order(rnd: int) -> list[str]:
    """Targets of round `rnd`: direct first, then the gateways, their order flipping."""
    return ["direct", *(GATEWAYS if rnd % 2 == 0 else reversed(GATEWAYS))]


def spread(values: list[float]) -> dict[str, float | None]:
    """Median, minimum and maximum of a list (None for an empty one)."""
    if not values:
        return {"median": None, "min": None, "max": None}
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def summarize_target(target: str, samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Median and spread of MB/s, gateway CPU per MB/s and other processes' CPU."""
    out: dict[str, Any] = {
        "rounds": len(samples),
        "mb_per_s": spread([s["mb_per_s"] for s in samples]),
        "mb_per_s_samples": [s["mb_per_s"] for s in samples],
        "other_millicores": spread([s["cpu"]["other_millicores"] for s in samples]),
    }
    if target in GATEWAYS:
        out["gateway_millicores"] = spread([s["cpu"][f"{target}_millicores"] for s in samples])
        out["gateway_millicores_per_mbps"] = spread(
            [s["cpu"][f"{target}_millicores"] / s["mb_per_s"] for s in samples])
    return out


def paired_ratios(samples: dict[str, list[dict[str, Any]]]) -> list[float]:
    """current/baseline MB/s of the rounds in which both succeeded."""
    base = {s["round"]: s["mb_per_s"] for s in samples.get("baseline", [])}
    return [s["mb_per_s"] / base[s["round"]] for s in samples.get("current", [])
            if s["round"] in base]


def summarize(samples: dict[str, dict[str, list[dict[str, Any]]]]) -> dict[str, Any]:
    """Per phase: each target's summary, current/baseline of the medians and per round."""
    out: dict[str, Any] = {}
    for phase in PHASES:
        by_target = {t: summarize_target(t, samples[phase][t])
                     for t in samples[phase] if samples[phase][t]}
        s: dict[str, Any] = {"targets": by_target}
        if all(t in by_target for t in GATEWAYS):
            s["ratio_current_baseline"] = (by_target["current"]["mb_per_s"]["median"]
                                           / by_target["baseline"]["mb_per_s"]["median"])
            pairs = paired_ratios(samples[phase])
            s["ratio_per_round"] = pairs
            s["ratio_per_round_spread"] = spread(pairs)
        out[phase] = s
    return out


def _f(x: float | None, spec: str = ".1f") -> str:
    """A number for the table, '-' for a missing one."""
    return "-" if x is None else format(x, spec)


def print_report(res: dict[str, Any]) -> None:
    """The two tables (medians and ratios; spread of the rounds) and the load averages."""
    cfg, base = res["config"], res["baseline"]
    print(f"\nbaseline {base['sha'][:9]} ({base['subject'][:60]}) vs current "
          f"{res['code'].get('git_head', '?')[:9]}; {cfg['records']:,} x 1 KiB records, "
          f"{cfg['rounds']} rounds, GATEWAY_WORKERS={cfg['workers']} each")
    header = ("phase", "direct MB/s", "baseline MB/s", "current MB/s", "cur/base",
              "per round cur/base", "base mc/(MB/s)", "cur mc/(MB/s)")
    rows = []
    for phase in PHASES:
        s = res["summary"][phase]
        t = s["targets"]

        def med(target: str, key: str = "mb_per_s", t: dict[str, Any] = t) -> float | None:
            return t[target][key]["median"] if target in t else None

        pr = s.get("ratio_per_round_spread", {})
        rows.append((phase, _f(med("direct")), _f(med("baseline")), _f(med("current")),
                     _f(s.get("ratio_current_baseline"), ".2f"),
                     f"{_f(pr.get('median'), '.2f')} ({_f(pr.get('min'), '.2f')}-"
                     f"{_f(pr.get('max'), '.2f')})",
                     _f(med("baseline", "gateway_millicores_per_mbps"), ".2f"),
                     _f(med("current", "gateway_millicores_per_mbps"), ".2f")))
    print_rows(header, rows, 1)
    header = ("phase", "target", "MB/s of each round", "min-max", "other procs mc")
    rows = []
    for phase in PHASES:
        for target, t in res["summary"][phase]["targets"].items():
            mb = t["mb_per_s"]
            rows.append((phase, target, " ".join(f"{v:.0f}" for v in t["mb_per_s_samples"]),
                         f"{mb['min']:.0f}-{mb['max']:.0f}",
                         _f(t["other_millicores"]["median"], ".0f")))
    print_rows(header, rows, 2)
    m = res["machine"]
    rounds = [s["loadavg1"] for s in res["samples"]["produce"]["direct"]]
    print("load average (1/5/15 min): start " + " ".join(f"{x:.2f}" for x in m["loadavg_start"])
          + ", end " + " ".join(f"{x:.2f}" for x in m["loadavg_end"])
          + (f"; 1 min at the rounds' start {min(rounds):.2f}-{max(rounds):.2f}"
             if rounds else ""))
    for name, gw in res.get("gateways", {}).items():
        print(f"{name}: {(gw.get('ready_line') or 'no ready line').split('] ')[-1][:110]}")
    for failure in res["failures"]:
        print(f"FAILED: {failure}")


def print_rows(header: tuple[str, ...], rows: list[tuple[str, ...]], left: int) -> None:
    """A plain aligned table: the first `left` columns left-aligned, the rest right-aligned."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print()
    for r in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(c.ljust(w) if i < left else c.rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())


class Runner:
    """The cluster, both gateways and the samples of one run."""

    def __init__(self, cluster: MockCluster, gateways: dict[str, pt.GatewayProcess],
                 n: int, phase_timeout: float, failures: list[str]) -> None:
        """Targets are the mock cluster ("direct") and the gateways that started."""
        self.cluster, self.gateways = cluster, gateways
        self.n, self.phase_timeout, self.failures = n, phase_timeout, failures
        self.targets = {"direct": cluster.bootstrap_servers,
                        **{name: gw.bootstrap for name, gw in gateways.items()}}
        # One meter for every phase: each gateway's process tree is metered apart.
        self.meter = pt.CpuMeter({**{name: gw.pid for name, gw in gateways.items()},
                                  "bench": os.getpid()})
        self.run_id = uuid.uuid4().hex[:8]
        self.samples: dict[str, dict[str, list[dict[str, Any]]]] = {
            phase: {t: [] for t in self.targets} for phase in PHASES}

    def fresh_topic(self, rnd: int, target: str) -> str:
        """A new 64-partition topic, visible through `target`."""
        name = f"bvs-{self.run_id}-r{rnd}-{target}"
        self.cluster.create_topic(name, pt.PARTITIONS)
        pt.wait_metadata(self.targets[target], name, 10)
        return name

    def attempt(self, label: str, target: str, fn: Callable[[], dict[str, Any]]
                ) -> dict[str, Any] | None:
        """Run one phase; a failure is recorded and logged, not raised."""
        try:
            gw = self.gateways.get(target)
            if gw is not None and (crash := gw.crash_report()):
                raise pt.BenchError(f"gateway not healthy: {crash}")
            r = fn()
        except (pt.BenchError, KafkaException, AssertionError) as exc:
            self.failures.append(f"{label}: {exc}")
            pt.log(f"{label} FAILED: {exc}")
            return None
        pt.log(f"{label}: {r['mb_per_s']:.1f} MB/s")
        return r

    def run_round(self, rnd: int) -> None:
        """Produce to a fresh topic per target, then read one of them through every target.

        Every consume of a round reads the same topic (the one produced direct, if that
        worked): how a topic was produced shapes its batches, and so the consume speed.
        """
        order = [t for t in round_order(rnd) if t in self.targets]
        load = os.getloadavg()[0]
        topics = {}
        for target in order:
            def produce(target: str = target) -> dict[str, Any]:
                topic = self.fresh_topic(rnd, target)
                r = pt.produce_throughput(self.targets[target], topic, self.n, self.meter,
                                          self.phase_timeout)
                return {**r, "topic": topic}

            r = self.attempt(f"round {rnd + 1} produce {target}", target, produce)
            if r is not None:
                self.samples["produce"][target].append({**r, "round": rnd, "loadavg1": load})
                topics[target] = r["topic"]
        topic = topics.get("direct") or next(iter(topics.values()), None)
        for target in order if topic else []:
            r = self.attempt(f"round {rnd + 1} consume {target}", target, lambda t=target: (
                pt.consume_throughput(self.targets[t], topic, self.n, self.meter,
                                      self.phase_timeout)))
            if r is not None:
                self.samples["consume"][target].append(
                    {**r, "round": rnd, "loadavg1": load, "topic": topic})


def start_gateways(bootstrap: str, trees: dict[str, Path], workers: int, run_id: str,
                   failures: list[str], started: dict[str, pt.GatewayProcess],
                   cleanup: list[Callable[[], None]]) -> dict[str, pt.GatewayProcess]:
    """Start both gateways (each added to `started` at once, for the caller to stop) and
    return those that became ready; the others are stopped and their failure recorded."""
    for name in GATEWAYS:
        try:
            gw = start_gateway(name, bootstrap, trees[name], workers, run_id)
        except pt.BenchError as exc:
            failures.append(f"{name} gateway start: {exc}")
            continue
        cleanup.insert(0, gw.kill_tree)
        started[name] = gw
    ready = {}
    for name, gw in list(started.items()):
        try:
            gw.wait_ready(30)
        except pt.BenchError as exc:
            failures.append(f"{name} gateway start: {exc}")
            pt.log(f"{name} gateway did not start: {exc}")
            gw.stop()
            del started[name]
            continue
        pt.log(f"{name} gateway pid {gw.pid} ({gw.workers} worker(s)) at {gw.bootstrap}, "
               f"log {gw.log_file.name}")
        ready[name] = gw
    return ready


def parse_args() -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="20,000 records, 2 rounds, hard limit 2 min")
    ap.add_argument("--baseline", default=DEFAULT_BASELINE, metavar="REV",
                    help=f"git revision of the baseline gateway [{DEFAULT_BASELINE}]")
    ap.add_argument("--records", type=int, default=None,
                    help="records per phase [200,000; 20,000 with --quick]")
    ap.add_argument("--rounds", type=int, default=None,
                    help="rounds, each direct + both gateways [5; 2 with --quick]")
    ap.add_argument("--workers", type=int, default=1,
                    help="GATEWAY_WORKERS of both gateways [1]")
    ap.add_argument("--wait-quiet", type=float, default=None, metavar="S",
                    help="wait up to S s for other processes to go quiet [10; 3 with --quick]")
    ap.add_argument("--max-seconds", type=float, default=None,
                    help="watchdog: kill everything after this long [300; 120 with --quick]")
    ap.add_argument("--out", default=str(ROOT / "bench/results/passthrough_vs_baseline.json"),
                    help="JSON output path")
    return ap.parse_args()


def new_result(args: argparse.Namespace, n: int, rounds: int) -> dict[str, Any]:
    """The JSON document before any measurement: settings, machine, code under test."""
    return {
        "config": {"records": n, "record_bytes": pt.RECORD_BYTES, "partitions": pt.PARTITIONS,
                   "rounds": rounds, "workers": args.workers, "quick": args.quick,
                   "internal_load_balancing": False,
                   "order": "direct, then baseline/current flipping every round",
                   "mb": "MiB (2^20 bytes of record values)"},
        "machine": {"nproc": os.cpu_count(), "python": sys.version.split()[0],
                    "loadavg_start": os.getloadavg()},
        "code": pt.code_version(), "failures": [],
    }


def gateway_report(gateways: dict[str, pt.GatewayProcess], res: dict[str, Any]) -> None:
    """Each gateway's warnings and "Sluice ready" line (the revisions word it differently)."""
    for name, gw in gateways.items():
        info = res["gateways"][name]
        info["warnings"] = gw.warnings()
        info["ready_line"] = next(
            (line for line in gw.log_text().splitlines() if "Sluice ready" in line), None)
        if gw.proc.poll() is not None:
            res["failures"].append(f"{name} gateway exited with code {gw.proc.returncode}")


def run(args: argparse.Namespace, res: dict[str, Any], tmp: Path,
        cleanup: list[Callable[[], None]]) -> dict[str, pt.GatewayProcess]:
    """Export the baseline, start cluster and gateways, run the rounds, stop everything."""
    n, rounds = res["config"]["records"], res["config"]["rounds"]
    started: dict[str, pt.GatewayProcess] = {}
    cluster: MockCluster | None = None
    try:
        res["baseline"] = export_revision(args.baseline, tmp)
        pt.log(f"baseline {res['baseline']['sha'][:9]} exported to {tmp}")
        wait_s = args.wait_quiet if args.wait_quiet is not None else (3.0 if args.quick else 10.0)
        res["machine"]["before_start"] = pt.wait_for_quiet(wait_s)
        cluster = MockCluster(3)
        gateways = start_gateways(cluster.bootstrap_servers, {"baseline": tmp, "current": ROOT},
                                  args.workers, uuid.uuid4().hex[:8], res["failures"],
                                  started, cleanup)
        res["gateways"] = {name: {"pid": gw.pid, "workers": gw.workers, "bootstrap": gw.bootstrap}
                           for name, gw in gateways.items()}
        runner = Runner(cluster, gateways, n, 15.0 if args.quick else 40.0, res["failures"])
        for rnd in range(rounds):
            runner.run_round(rnd)
        res["samples"] = runner.samples
        res["summary"] = summarize(runner.samples)
        gateway_report(gateways, res)
        return gateways
    finally:
        for gw in started.values():
            gw.stop()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    """Run the benchmark under a watchdog, print the tables, write the JSON."""
    args = parse_args()
    n = args.records or (20_000 if args.quick else 200_000)
    if n * pt.RECORD_BYTES / pt.PARTITIONS > pt.MAX_BYTES_PER_PARTITION:
        sys.exit(f"--records {n} would put more than 4 MiB in a partition of the mock")
    res = new_result(args, n, args.rounds or (2 if args.quick else 5))
    started = time.monotonic()
    # SIGTERM runs run()'s `finally` (gateways stopped, temp dir removed), as Ctrl-C does.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    tmp = Path(tempfile.mkdtemp(prefix="sluice-bvs-baseline-"))
    cleanup: list[Callable[[], None]] = [lambda: shutil.rmtree(tmp, ignore_errors=True)]
    pt.start_watchdog(args.max_seconds or (120.0 if args.quick else 300.0), cleanup)
    gateways = run(args, res, tmp, cleanup)
    res["machine"]["loadavg_end"] = os.getloadavg()
    res["elapsed_s"] = time.monotonic() - started
    for name, gw in gateways.items():  # logs are kept only when something went wrong
        keep = res["failures"] or res["gateways"][name]["warnings"]
        res["gateways"][name]["log"] = gw.log_file.name if keep else None
        if not keep:
            with contextlib.suppress(OSError):
                os.unlink(gw.log_file.name)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n")
    print_report(res)
    print(f"\nWrote {out} ({res['elapsed_s']:.0f} s)")
    return 1 if res["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())

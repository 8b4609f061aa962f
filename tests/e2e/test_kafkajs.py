"""End-to-end: KafkaJS (Node.js) producing, consuming and reading metadata through the gateway.

The client side lives in ``tests/e2e/js/roundtrip.js``; it prints one JSON document on
stdout per run.  Needs ``node`` and the ``kafkajs`` package in ``tests/e2e/js/node_modules``
(installed once per session with ``npm ci`` when npm is available), otherwise the tests skip.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from tests.kafka_helpers import assert_gateway_address, assert_same_values

JS_DIR = Path(__file__).resolve().parent / "js"
SCRIPT = JS_DIR / "roundtrip.js"
NODE_MODULES = JS_DIR / "node_modules"

FIRST_BATCH = 10_000
SECOND_BATCH = 100
PARTITIONS = 4
SUBPROCESS_TIMEOUT_S = 120
NPM_TIMEOUT_S = 120


@pytest.fixture(scope="session")
def kafkajs_node() -> str:
    """Return the ``node`` executable once KafkaJS is importable, installing it if possible.

    Runs ``npm ci`` in tests/e2e/js once per session when node_modules is missing and npm
    exists; skips (with the reason) when node, npm or the install is unavailable.
    """
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: KafkaJS end-to-end tests need Node.js >= 14")
    if not (NODE_MODULES / "kafkajs").is_dir():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip(f"{NODE_MODULES} is absent and npm is not installed to create it")
        try:
            proc = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund"],
                cwd=JS_DIR,
                capture_output=True,
                text=True,
                timeout=NPM_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            pytest.skip(f"`npm ci` in {JS_DIR} did not finish within {NPM_TIMEOUT_S} s")
        if proc.returncode != 0 or not (NODE_MODULES / "kafkajs").is_dir():
            pytest.skip(
                f"`npm ci` in {JS_DIR} failed (exit {proc.returncode}): "
                f"{(proc.stderr or proc.stdout).strip()[-800:]}"
            )
    return node


def run_js(node: str, mode: str, *args: str | int) -> dict[str, Any]:
    """Run ``roundtrip.js <mode> args...`` and return its JSON result (fail on error)."""
    cmd = [node, str(SCRIPT), mode, *(str(a) for a in args)]
    try:
        proc = subprocess.run(
            cmd, cwd=JS_DIR, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT_S
        )
    except subprocess.TimeoutExpired as exc:
        stderr = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else ""
        pytest.fail(f"{' '.join(cmd)} hung for {SUBPROCESS_TIMEOUT_S} s; stderr:\n{stderr[-2000:]}")
    if proc.returncode != 0:
        pytest.fail(
            f"{' '.join(cmd)} exited {proc.returncode}\n"
            f"stdout: {proc.stdout[:500]}\nstderr:\n{proc.stderr[-2000:]}"
        )
    try:
        result: dict[str, Any] = json.loads(proc.stdout)
    except json.JSONDecodeError:
        pytest.fail(
            f"{mode}: stdout is not JSON: {proc.stdout[:500]!r}\nstderr:\n{proc.stderr[-2000:]}"
        )
    return result


def test_kafkajs_produce_consume_resume(kafkajs_node: str, gateway: Any) -> None:
    """Idempotent produce of 10,000 records, group consume of all, then resume from commits."""
    topic = f"kafkajs-{uuid4().hex[:8]}"
    group = f"kafkajs-group-{uuid4().hex[:8]}"
    gateway.mock_cluster.create_topic(topic, PARTITIONS)
    common = ["--bootstrap", gateway.bootstrap, "--topic", topic]

    produced = run_js(kafkajs_node, "produce", *common, "--count", FIRST_BATCH)
    assert produced["acked"] == FIRST_BATCH
    for address in produced["brokersSeen"]:
        assert_gateway_address(gateway, address, "producer connection")

    first = run_js(
        kafkajs_node, "consume", *common, "--group", group, "--expect", FIRST_BATCH,
        "--timeout-ms", 60_000,
    )
    assert not first["timedOut"], f"consumer timed out after {first['consumed']} records"
    assert_same_values(first["values"], [f"kafkajs-{i}" for i in range(FIRST_BATCH)])
    # The committed offsets (read back with OffsetFetch) cover every consumed record.
    assert sum(first["committed"].values()) == FIRST_BATCH, first["committed"]
    for address in first["brokersSeen"]:
        assert_gateway_address(gateway, address, "consumer connection")

    more = run_js(
        kafkajs_node, "produce", *common, "--count", SECOND_BATCH, "--start", FIRST_BATCH
    )
    assert more["acked"] == SECOND_BATCH

    # Same group, fresh process: must resume from the committed offsets.  --settle-ms keeps
    # it consuming a little past the expected count so re-delivered old records show up.
    second = run_js(
        kafkajs_node, "consume", *common, "--group", group, "--expect", SECOND_BATCH,
        "--settle-ms", 1_000, "--timeout-ms", 60_000,
    )
    assert not second["timedOut"], f"resumed consumer timed out after {second['consumed']}"
    assert_same_values(
        second["values"], [f"kafkajs-{i}" for i in range(FIRST_BATCH, FIRST_BATCH + SECOND_BATCH)]
    )
    assert sum(second["committed"].values()) == FIRST_BATCH + SECOND_BATCH, second["committed"]


def test_kafkajs_metadata_addresses(kafkajs_node: str, gateway: Any) -> None:
    """Every broker, controller, leader and coordinator address KafkaJS sees is the gateway's."""
    topic = f"kafkajs-md-{uuid4().hex[:8]}"
    gateway.mock_cluster.create_topic(topic, PARTITIONS)
    md = run_js(
        kafkajs_node, "metadata", "--bootstrap", gateway.bootstrap, "--topic", topic,
        "--group", f"kafkajs-md-group-{uuid4().hex[:8]}",
    )

    assert md["brokers"], "describeCluster returned no brokers"
    for broker in md["brokers"]:
        assert_gateway_address(gateway, broker["address"], f"broker {broker['nodeId']}")
    assert len({b["address"] for b in md["brokers"]}) == len(md["brokers"]), md["brokers"]
    assert md["controller"] is not None, f"controller id {md['controllerId']} not in broker list"
    assert_gateway_address(gateway, md["controller"], "controller")

    assert len(md["partitions"]) == PARTITIONS, md["partitions"]
    for part in md["partitions"]:
        assert part["leaderAddress"] is not None, f"leader of {part} not in broker list"
        assert_gateway_address(gateway, part["leaderAddress"], f"leader of partition {part}")

    assert md["coordinator"] is not None, "no OffsetFetch request reached a group coordinator"
    assert_gateway_address(gateway, md["coordinator"], "group coordinator")
    assert md["brokersSeen"], "no request events recorded"
    for address in md["brokersSeen"]:
        assert_gateway_address(gateway, address, "admin connection")

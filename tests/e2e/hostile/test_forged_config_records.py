"""Config records written straight to the backend topic, bypassing the gateway: a forged
resource and forged tombstones are never applied, are counted and logged; genuine PUTs still
converge, also after a restart that reads the topic from the beginning."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from confluent_kafka import Producer

from gateway.demo.mock_cluster import MockCluster
from gateway.resources.kinds import KINDS, parse_resource, resource_document
from gateway.resources.record_signing import config_signing_key, record_headers
from gateway.resources.records import config_topic, encode_key, encode_value
from membership.signing import HeartbeatKey
from tests.conftest import GatewayProcess
from tests.e2e.admin_helpers import ADMIN, READER, start_admin_node, wait_ready
from tests.kafka_helpers import unique
from tests.resource_examples import alias_topic

SECRET = "config-secret-for-tests"


@pytest.fixture
def cluster() -> Iterator[MockCluster]:
    with MockCluster(3) as mock:
        yield mock


def start(mock: MockCluster, tmp: Path, cluster_id: str, secret: str | None = SECRET
          ) -> GatewayProcess:
    env = {"GATEWAY_CLUSTER_SECRET": secret} if secret else {}
    gw = start_admin_node(mock, tmp, cluster_id=cluster_id, extra_env=env)
    wait_ready(gw.admin_url)
    return gw


def put(gw: GatewayProcess, name: str, physical: str = "orders") -> str:
    answer = requests.put(f"{gw.admin_url}/gateway/v2/alias-topic",
                          json=alias_topic(name, physical), auth=ADMIN, timeout=15)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["upsertResult"])


def aliases(gw: GatewayProcess) -> dict[str, str]:
    answer = requests.get(f"{gw.admin_url}/gateway/v2/alias-topic", auth=READER, timeout=5)
    assert answer.status_code == 200, answer.text
    return {r["metadata"]["name"]: r["spec"]["physicalName"] for r in answer.json()}


def rejected_metric(gw: GatewayProcess) -> dict[str, float]:
    text = requests.get(f"{gw.admin_url}/metrics", auth=ADMIN, timeout=5).text
    found = re.findall(r'^sluice_config_records_rejected_total\{reason="(\w+)"\} (\S+)$',
                       text, re.M)
    return {reason: float(count) for reason, count in found}


def forged(name: str, physical: str) -> tuple[bytes, bytes]:
    """A record exactly as the store writes one (key, envelope), minus the real signature."""
    resource = parse_resource(alias_topic(name, physical))
    return (encode_key(KINDS["AliasTopic"].key(resource)),
            encode_value(resource_document(resource), "attacker", 1))


def test_forged_resources_and_tombstones_are_rejected(cluster: MockCluster, tmp_path: Path
                                                      ) -> None:
    cluster_id = unique("cfgsig")
    topic = config_topic(cluster_id)
    gw = start(cluster, tmp_path, cluster_id)
    try:
        assert put(gw, "orders_v1") == "CREATED"
        evil_key, evil_value = forged("evil", "stolen")
        takeover_key, takeover_value = forged("orders_v1", "stolen")
        guessed = config_signing_key("guessed", cluster_id)
        heartbeat_key = HeartbeatKey(SECRET, cluster_id)  # the right secret, wrong family
        direct = Producer({"bootstrap.servers": cluster.bootstrap_servers})
        for key, value, headers in [
            (evil_key, evil_value, None),
            (evil_key, evil_value, record_headers(guessed, evil_key, evil_value)),
            (evil_key, evil_value, heartbeat_key.headers(evil_value)),
            (takeover_key, takeover_value, record_headers(guessed, takeover_key,
                                                          takeover_value)),
            (takeover_key, None, None),  # forged tombstones of the genuine resource
            (takeover_key, None, record_headers(guessed, takeover_key, None)),
        ]:
            direct.produce(topic, value, key, partition=0, headers=headers)
        assert direct.flush(10) == 0

        # A PUT returns once this node has read its own record, written after the forged ones.
        assert put(gw, "orders_v2") == "CREATED"
        assert aliases(gw) == {"orders_v1": "orders", "orders_v2": "orders"}
        log = gw.log_text()
        unsigned = re.findall(rf"WARNING .*sluice\.resources: rejected config (?:record|"
                              rf"tombstone) {topic}@\d+ \(key .*\): unsigned; not applied", log)
        bad = re.findall(rf"WARNING .*sluice\.resources: rejected config record {topic}@\d+ "
                         rf"\(key .*evil.*\): bad signature; not applied \(\d+ rejected in "
                         rf"total\)\. Only a node with this GATEWAY_CLUSTER_SECRET may write",
                         log)
        assert len(unsigned) == 1 and len(bad) == 1, log  # once per reason, not per record
        assert rejected_metric(gw) == {"unsigned": 2.0, "bad_signature": 4.0,
                                       "more_than_one_signature": 0.0,
                                       "signed_without_secret": 0.0}

        # A genuine update and delete still converge.
        assert put(gw, "orders_v1", "orders_new") == "UPDATED"
        deleted = requests.delete(f"{gw.admin_url}/gateway/v2/alias-topic", auth=ADMIN,
                                  json={"name": "orders_v2", "vCluster": "passthrough"},
                                  timeout=15)
        assert deleted.status_code == 204, deleted.text
        assert aliases(gw) == {"orders_v1": "orders_new"}
    finally:
        gw.stop()

    # Loading the topic from the start: the forged records are still not applied.
    again = start(cluster, tmp_path, cluster_id)
    try:
        assert aliases(again) == {"orders_v1": "orders_new"}
        assert rejected_metric(again)["bad_signature"] == 4.0
    finally:
        again.stop()

    # Another secret cannot read them either: it sees no resource at all, and says why.
    other = start(cluster, tmp_path, cluster_id, secret="another secret")
    try:
        assert aliases(other) == {}
        assert rejected_metric(other)["bad_signature"] == 8.0  # 4 forged, 4 genuine
    finally:
        other.stop()


def test_without_a_secret_the_node_warns_and_still_stores(cluster: MockCluster,
                                                          tmp_path: Path) -> None:
    cluster_id = unique("cfgnosig")
    topic = config_topic(cluster_id)
    gw = start(cluster, tmp_path, cluster_id, secret=None)
    try:
        assert re.search(rf"WARNING .*sluice\.admin_api: config records of {topic} are signed "
                         rf"with a key derived from the cluster id alone \(no "
                         rf"GATEWAY_CLUSTER_SECRET\), so anyone who can write to that topic "
                         rf"can forge resources\.", gw.log_text()), gw.log_text()
        assert put(gw, "orders_v1") == "CREATED"
        key, value = forged("evil", "stolen")
        direct = Producer({"bootstrap.servers": cluster.bootstrap_servers})
        direct.produce(topic, value, key, partition=0)
        assert direct.flush(10) == 0
        assert put(gw, "orders_v2") == "CREATED"
        assert aliases(gw) == {"orders_v1": "orders", "orders_v2": "orders"}
        assert rejected_metric(gw)["unsigned"] == 1.0
    finally:
        gw.stop()
    # The same cluster id gives the same key: a restarted node reads its resources back.
    again = start(cluster, tmp_path, cluster_id, secret=None)
    try:
        assert aliases(again) == {"orders_v1": "orders", "orders_v2": "orders"}
    finally:
        again.stop()

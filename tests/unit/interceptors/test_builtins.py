"""The built-in interceptors, through a real ProxyConnection: the same bytes as before."""

from __future__ import annotations

from typing import Any

from gateway.audit import ApiRequestEvent, ConnectionAuditor
from gateway.interceptors.builtins import builtin_factories
from gateway.interceptors.chain import InterceptorChain
from gateway.protocol import api_keys, codec
from gateway.protocol.connection import (
    Action,
    ConnectionInfo,
    ConnectionSettings,
    ForwardToBroker,
    ProxyConnection,
    ReplyToClient,
)
from gateway.protocol.errors import TOPIC_AUTHORIZATION_FAILED
from gateway.protocol.generated.api_versions_response import ApiVersion
from gateway.protocol.generated.create_topics_request import CreatableTopic
from gateway.protocol.generated.find_coordinator_response import Coordinator
from gateway.protocol.generated.metadata_response import (
    MetadataResponseBroker,
    MetadataResponseTopic,
)
from gateway.protocol.generated.produce_request import PartitionProduceData, TopicProduceData
from gateway.protocol.headers import parse_request_header
from gateway.protocol.internal_topics import InternalTopics
from gateway.protocol.rewrite import rewrite_metadata
from tests.kafka_frames import RANGES, metadata, request, response


class FakeDirectory:
    def __init__(self) -> None:
        self.keys: list[str] = []
        self.learned: list[tuple[list[dict[str, Any]], str]] = []
        self.versions: list[list[dict[str, Any]] | None] = []

    def address_map(self, client_key: str) -> Any:
        self.keys.append(client_key)
        return lambda node: ("gw.example.com", 7000 + node) if node < 10 else None

    def rewrite_learning_brokers(self, rewrite: Any, id_field: str, client_key: str) -> bytes:
        frame, brokers = rewrite(self.address_map(client_key))
        self.learned.append((brokers, id_field))
        return bytes(frame)

    def learn_api_versions(self, advertised: list[dict[str, Any]] | None) -> None:
        self.versions.append(advertised)


class FakeAuditLog:
    enabled = True

    def __init__(self) -> None:
        self.events: list[Any] = []

    def emit(self, event: Any) -> None:
        self.events.append(event)


def gateway(audited: frozenset[int] = frozenset()
            ) -> tuple[ProxyConnection, FakeDirectory, FakeAuditLog, InterceptorChain]:
    directory, log = FakeDirectory(), FakeAuditLog()
    auditor = ConnectionAuditor(log, audited, "gw", "n1", "127.0.0.1:6969",  # type: ignore[arg-type]
                                "10.0.0.1:5000")
    info = ConnectionInfo(client_host="10.0.0.1")
    factories = builtin_factories(directory, InternalTopics(), auditor, audited, "10.0.0.1:5000")
    chain = InterceptorChain.for_connection(factories, info)
    return ProxyConnection(ConnectionSettings(), lambda: RANGES, chain, info), directory, log, chain


def sent(actions: list[Action]) -> bytes:
    [forward] = [a for a in actions if isinstance(a, ForwardToBroker)]
    return bytes(forward.data)


def reply(actions: list[Action]) -> bytes:
    [answer] = [a for a in actions if isinstance(a, ReplyToClient)]
    return bytes(answer.data)


BROKERS = [MetadataResponseBroker(NodeId=1, Host="b1", Port=9092, Rack="r1"),
           MetadataResponseBroker(NodeId=2, Host="b2", Port=9093, Rack=None),
           MetadataResponseBroker(NodeId=42, Host="far", Port=9)]


def test_metadata_addresses_are_rewritten_exactly_as_rewrite_metadata_does() -> None:
    conn, directory, _, chain = gateway()
    sent(conn.receive_client_data(metadata(5)))
    answer = response(api_keys.METADATA, 12, 0, Brokers=BROKERS, Topics=[
        MetadataResponseTopic(ErrorCode=0, Name="t", TopicId=bytes(16), Partitions=[])])
    got = reply(conn.receive_broker_data(answer))
    client_frame = bytearray(answer)
    client_frame[4:8] = (5).to_bytes(4, "big")
    expected, _ = rewrite_metadata(bytes(client_frame), 12,
                                   lambda n: ("gw.example.com", 7000 + n) if n < 10 else None)
    assert got == expected
    body = codec.decode_response(got, api_keys.METADATA, 12).body
    assert [(b.NodeId, b.Host, b.Port) for b in body.Brokers] == [
        (1, "gw.example.com", 7001), (2, "gw.example.com", 7002)]
    assert directory.keys == ["c|10.0.0.1"]  # client id of the first request, and host
    [(learned, field)] = directory.learned
    assert field == "NodeId" and [b["Host"] for b in learned] == ["b1", "b2", "far"]
    assert chain.stats.decodes == 0  # byte surgery, no typed decode


def test_find_coordinator_addresses_are_rewritten() -> None:
    conn, _, _, _ = gateway()
    sent(conn.receive_client_data(request(api_keys.FIND_COORDINATOR, 4, 3,
                                          CoordinatorKeys=["g"])))
    answer = response(api_keys.FIND_COORDINATOR, 4, 0, Coordinators=[
        Coordinator(Key="g", NodeId=2, Host="b2", Port=9093, ErrorCode=0, ErrorMessage=None)])
    body = codec.decode_response(reply(conn.receive_broker_data(answer)),
                                 api_keys.FIND_COORDINATOR, 4).body
    assert [(c.Host, c.Port) for c in body.Coordinators] == [("gw.example.com", 7002)]


def test_api_versions_are_narrowed_and_learned() -> None:
    conn, directory, _, _ = gateway()
    frame = request(api_keys.API_VERSIONS, 3, 1, ClientSoftwareName="t",
                    ClientSoftwareVersion="1")
    sent(conn.receive_client_data(frame))
    answer = response(api_keys.API_VERSIONS, 3, 0, ApiKeys=[
        ApiVersion(ApiKey=3, MinVersion=0, MaxVersion=99),
        ApiVersion(ApiKey=9999, MinVersion=0, MaxVersion=1)])
    body = codec.decode_response(reply(conn.receive_broker_data(answer)),
                                 api_keys.API_VERSIONS, 3).body
    assert [(k.ApiKey, k.MaxVersion) for k in body.ApiKeys] == [(3, 13)]
    assert directory.versions == [[{"ApiKey": 3, "MinVersion": 0, "MaxVersion": 13}]]


def test_a_request_naming_an_internal_topic_is_answered_and_audited() -> None:
    conn, _, log, _ = gateway()
    frame = request(19, 5, 8, Topics=[
        CreatableTopic(Name="_sluice_gw_configs", NumPartitions=1, ReplicationFactor=1,
                       Assignments=[], Configs=[])], TimeoutMs=1000)
    actions = conn.receive_client_data(frame)
    assert not [a for a in actions if isinstance(a, ForwardToBroker)]  # never reaches it
    body = codec.decode_response(reply(actions), 19, 5).body
    assert [(t.Name, t.ErrorCode) for t in body.Topics] == [
        ("_sluice_gw_configs", TOPIC_AUTHORIZATION_FAILED)]
    [event] = log.events
    assert (event.apiKey, event.topics, event.outcome) == (
        "CREATE_TOPICS", ["_sluice_gw_configs"], "answer")


def test_metadata_responses_never_list_internal_topics() -> None:
    conn, _, _, _ = gateway()
    sent(conn.receive_client_data(metadata(5)))
    answer = response(api_keys.METADATA, 12, 0, Brokers=BROKERS[:1], Topics=[
        MetadataResponseTopic(ErrorCode=0, Name=name, TopicId=bytes([i + 1]) * 16,
                              Partitions=[])
        for i, name in enumerate(["a", "_sluice_gw_heartbeats", "b"])])
    body = codec.decode_response(reply(conn.receive_broker_data(answer)), 3, 12).body
    assert [t.Name for t in body.Topics] == ["a", "b"]


def produce_frame(cid: int) -> bytes:
    return request(api_keys.PRODUCE, 9, cid, Acks=1, TimeoutMs=100, TopicData=[
        TopicProduceData(Name="orders", PartitionData=[
            PartitionProduceData(Index=0, Records=b"\x00" * 64)])])


def test_produce_is_audited_with_its_topics_and_never_decoded() -> None:
    conn, _, log, chain = gateway(audited=frozenset({api_keys.PRODUCE}))
    frame = produce_frame(3)
    out = sent(conn.receive_client_data(frame))
    assert out[12:] == frame[12:]
    [event] = log.events
    assert isinstance(event, ApiRequestEvent)
    assert (event.apiKey, event.topics, event.clientId) == ("PRODUCE", ["orders"], "c")
    assert chain.stats.decodes == 0


def test_produce_passes_the_builtins_as_the_same_bytes() -> None:
    _, _, _, chain = gateway()
    frame = produce_frame(3)
    result = chain.on_request(frame, parse_request_header(frame), True)
    assert result.frame is frame and chain.stats.decodes == 0

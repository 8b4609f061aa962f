"""Random interleavings of pipelined requests, local answers and broker responses.

Whatever order the client's bytes, the broker's bytes and their chunking come in, every
response reaches the client in request order, with the client's correlation id, and
carries the answer to that very request (the broker echoes the topic the request named).
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from gateway.protocol import api_keys, codec
from gateway.protocol.connection import (
    Action,
    Close,
    ConnectionSettings,
    ForwardToBroker,
    ProxyConnection,
    ReplyToClient,
)
from gateway.protocol.errors import UNSUPPORTED_VERSION
from tests.kafka_frames import RANGES, api_versions, metadata, produce, response

MAX_IN_FLIGHT = 4
METADATA_RESPONSE = codec.response_class(api_keys.METADATA, 12)
RESPONSE_TOPIC = METADATA_RESPONSE.INFO.fields[4].struct


class Interleavings(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.conn = ProxyConnection(ConnectionSettings(max_in_flight=MAX_IN_FLIGHT),
                                    lambda: RANGES)
        self.next_id = 1000
        self.client_bytes = b""
        self.broker_bytes = b""
        self.expected: list[tuple[int, str]] = []  # (client id, "metadata" | "local")
        self.at_broker: list[tuple[int, str | None]] = []  # (upstream id, topic or acks=0)
        self.replies = 0

    def _act(self, actions: list[Action]) -> None:
        for action in actions:
            assert not isinstance(action, Close), action
            if isinstance(action, ForwardToBroker):
                decoded = codec.decode_request(bytes(action.data))
                topics = getattr(decoded.body, "Topics", None)
                topic = topics[0].Name if decoded.header.RequestApiKey == 3 else None
                self.at_broker.append((decoded.header.CorrelationId, topic))
                assert topic is not None or topics is None
            elif isinstance(action, ReplyToClient):
                client_id, kind = self.expected.pop(0)
                frame = bytes(action.data)
                assert int.from_bytes(frame[4:8], "big") == client_id
                if kind == "local":
                    body = codec.decode_response(frame, api_keys.API_VERSIONS, 0).body
                    assert body.ErrorCode == UNSUPPORTED_VERSION
                else:
                    body = codec.decode_response(frame, api_keys.METADATA, 12).body
                    assert [t.Name for t in body.Topics] == [f"t{client_id}"]
                self.replies += 1

    @precondition(lambda self: len(self.expected) < 3 * MAX_IN_FLIGHT)
    @rule(kind=st.sampled_from(["metadata", "local", "acks0"]))
    def client_sends(self, kind: str) -> None:
        self.next_id += 1
        cid = self.next_id
        if kind == "metadata":
            self.client_bytes += metadata(cid, topics=[f"t{cid}"])
            self.expected.append((cid, "metadata"))
        elif kind == "local":
            self.client_bytes += api_versions(cid, version=9)
            self.expected.append((cid, "local"))
        else:
            self.client_bytes += produce(cid, acks=0)

    @precondition(lambda self: self.client_bytes)
    @rule(n=st.integers(1, 200))
    def client_bytes_arrive(self, n: int) -> None:
        chunk, self.client_bytes = self.client_bytes[:n], self.client_bytes[n:]
        self._act(self.conn.receive_client_data(chunk))

    @precondition(lambda self: self.at_broker)
    @rule(answer_acks0=st.booleans())
    def broker_answers(self, answer_acks0: bool) -> None:
        upstream_id, topic = self.at_broker.pop(0)
        if topic is None:
            if answer_acks0:  # the librdkafka mock does; the answer must be dropped
                self.broker_bytes += response(api_keys.PRODUCE, 9, upstream_id)
            return
        topic_struct: Any = RESPONSE_TOPIC
        self.broker_bytes += response(
            api_keys.METADATA, 12, upstream_id,
            Topics=[topic_struct(ErrorCode=0, Name=topic, TopicId=bytes(16), Partitions=[])])

    @precondition(lambda self: self.broker_bytes)
    @rule(n=st.integers(1, 200))
    def broker_bytes_arrive(self, n: int) -> None:
        chunk, self.broker_bytes = self.broker_bytes[:n], self.broker_bytes[n:]
        self._act(self.conn.receive_broker_data(chunk))

    @invariant()
    def the_bound_holds(self) -> None:
        assert len(self.conn.table) <= MAX_IN_FLIGHT
        assert self.conn.wants_client_data == (len(self.conn.table) < MAX_IN_FLIGHT)

    def teardown(self) -> None:
        # Deliver everything: every request is then answered, in order.
        for _ in range(10 * len(self.expected) + 10):
            if self.client_bytes:
                self.client_bytes_arrive(len(self.client_bytes))
            while self.at_broker:
                self.broker_answers(True)
            if self.broker_bytes:
                self.broker_bytes_arrive(len(self.broker_bytes))
        assert self.expected == []


TestInterleavings = Interleavings.TestCase
# No deadline and no too-slow check: the machine is shared, and a slow step is not a bug.
TestInterleavings.settings = settings(max_examples=150, stateful_step_count=40,
                                      deadline=None, suppress_health_check=[HealthCheck.too_slow])

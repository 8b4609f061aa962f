"""The interceptor chain: lazy, at-most-once decoding, and each kind of result."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from gateway.interceptors.api import (
    Interceptor,
    InterceptorFactory,
    RequestMessage,
    RequestResult,
    ResponseMessage,
    ResponseResult,
    close,
    drop,
    fail,
    forward,
    requests,
    responses,
    short_circuit,
)
from gateway.interceptors.chain import InterceptorChain
from gateway.protocol import api_keys, codec
from gateway.protocol.connection import (
    Action,
    Close,
    ConnectionInfo,
    ConnectionSettings,
    ForwardToBroker,
    OpenBroker,
    ProxyConnection,
    ReplyToClient,
)
from gateway.protocol.correlation import PendingRequest
from gateway.protocol.errors import COORDINATOR_NOT_AVAILABLE, TOPIC_AUTHORIZATION_FAILED
from gateway.protocol.headers import parse_request_header
from tests.kafka_frames import (
    RANGES,
    correlation_of_request,
    metadata,
    produce,
    request,
    response,
)

METADATA_RESPONSE = codec.response_class(api_keys.METADATA, 12)
RESPONSE_TOPIC: Any = METADATA_RESPONSE.INFO.fields[4].struct


@pytest.fixture
def codec_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Counts the typed codec's decode and encode calls, whoever makes them."""
    calls = {"decode_request": 0, "decode_response": 0, "encode_request": 0,
             "encode_response": 0}
    for name in calls:
        original = getattr(codec, name)

        def counted(*args: Any, _name: str = name, _original: Any = original) -> Any:
            calls[_name] += 1
            return _original(*args)

        monkeypatch.setattr(codec, name, counted)
    yield calls


def connection(*factories: InterceptorFactory) -> tuple[ProxyConnection, InterceptorChain]:
    info = ConnectionInfo(client_host="10.0.0.1")
    chain = InterceptorChain.for_connection(list(factories), info)
    return ProxyConnection(ConnectionSettings(), lambda: RANGES, chain, info), chain


def only(kind: type[Any], actions: list[Action]) -> list[Any]:
    return [a for a in actions if isinstance(a, kind)]


def metadata_answer(upstream_id: int, *topics: str) -> bytes:
    return response(api_keys.METADATA, 12, upstream_id, Topics=[
        RESPONSE_TOPIC(ErrorCode=0, Name=t, TopicId=bytes(16), Partitions=[]) for t in topics])


def roundtrip(conn: ProxyConnection, frame: bytes, answer: bytes) -> bytes:
    """Send the first Metadata request through and answer it; the frame the client gets."""
    [sent] = only(ForwardToBroker, conn.receive_client_data(frame))
    assert correlation_of_request(sent.data) == 0  # what `answer` was built for
    [reply] = only(ReplyToClient, conn.receive_broker_data(answer))
    return bytes(reply.data)


def reset(calls: dict[str, int]) -> None:
    """Count from here (building the test's own frames is not the chain's doing)."""
    calls.update(dict.fromkeys(calls, 0))


class ReadsMetadata(Interceptor):
    interests = responses(api_keys.METADATA)

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen

    def on_response(self, response: ResponseMessage) -> ResponseResult:
        self.seen.append(response.body.Topics[0].Name)
        return forward()


def test_n_interested_interceptors_decode_a_response_once(
        codec_calls: dict[str, int]) -> None:
    seen: list[str] = []
    conn, chain = connection(*[lambda info: ReadsMetadata(seen)] * 5)
    frame, answer = metadata(1, topics=["a"]), metadata_answer(0, "a")
    reset(codec_calls)
    reply = roundtrip(conn, frame, answer)
    assert seen == ["a"] * 5
    assert chain.stats.decodes == 1 and codec_calls["decode_response"] == 1
    assert chain.stats.encodes == 0 and codec_calls["encode_response"] == 0
    assert codec.decode_response(reply, 3, 12).body.Topics[0].Name == "a"


class RenamesMetadata(Interceptor):
    """Renames `alias` to `real` on the way in, and back on the way out (context slot)."""

    interests = (*requests(api_keys.METADATA), *responses(api_keys.METADATA))

    def on_request(self, request: RequestMessage) -> RequestResult:
        body = request.body
        for topic in body.Topics or []:
            if topic.Name == "alias":
                topic.Name = "real"
                request.context = {"real": "alias"}
        return forward(body)

    def on_response(self, response: ResponseMessage) -> ResponseResult:
        names = response.context or {}
        body = response.body
        for topic in body.Topics:
            topic.Name = names.get(topic.Name, topic.Name)
        return forward(body)


def test_a_change_is_encoded_once_and_the_context_comes_back(
        codec_calls: dict[str, int]) -> None:
    seen: list[str] = []
    conn, chain = connection(lambda info: RenamesMetadata(),
                             *[lambda info: ReadsMetadata(seen)] * 3)
    frame, answer = metadata(1, topics=["alias"]), metadata_answer(0, "real")
    reset(codec_calls)
    [sent] = only(ForwardToBroker, conn.receive_client_data(frame))
    [reply] = only(ReplyToClient, conn.receive_broker_data(answer))
    assert codec_calls["decode_request"] == 1 and codec_calls["encode_request"] == 1
    assert codec_calls["decode_response"] == 1 and codec_calls["encode_response"] == 1
    assert chain.stats.decodes == 2 and chain.stats.encodes == 2
    assert codec.decode_request(bytes(sent.data)).body.Topics[0].Name == "real"
    # Responses run in reverse order: the readers saw "real", the renamer named it back.
    assert seen == ["real"] * 3
    assert codec.decode_response(bytes(reply.data), 3, 12).body.Topics[0].Name == "alias"


class WantsMetadataOnly(Interceptor):
    interests = (*requests(api_keys.METADATA), *responses(api_keys.METADATA))


def test_a_produce_request_nobody_asked_for_is_never_decoded(
        codec_calls: dict[str, int]) -> None:
    chain = InterceptorChain([WantsMetadataOnly(), WantsMetadataOnly()])
    frame = produce(1, acks=1)
    pending = PendingRequest(1, api_keys.PRODUCE, 9, 0)
    answer = response(api_keys.PRODUCE, 9, 0)
    reset(codec_calls)
    result = chain.on_request(frame, parse_request_header(frame), True)
    assert result.kind == "forward" and result.frame is frame  # the same bytes, no copy
    assert chain.on_response(answer, pending).frame is answer
    assert chain.stats.decodes == 0 and sum(codec_calls.values()) == 0


def test_an_interest_outside_the_version_range_is_not_called() -> None:
    class Late(Interceptor):
        interests = requests(api_keys.METADATA, versions=(13, 13))

        def on_request(self, request: RequestMessage) -> RequestResult:
            raise AssertionError("called for v12")

    frame = metadata(1)
    assert InterceptorChain([Late()]).on_request(frame, parse_request_header(frame),
                                                 True).frame is frame


def answering(result: Callable[[RequestMessage], RequestResult],
              api_key: int = api_keys.METADATA) -> InterceptorFactory:
    class Answers(Interceptor):
        interests = requests(api_key)

        def on_request(self, request: RequestMessage) -> RequestResult:
            return result(request)

    Answers.__name__ = "Answers"
    return lambda info: Answers()


def test_short_circuit_answers_without_the_broker() -> None:
    body = METADATA_RESPONSE(ThrottleTimeMs=0, Brokers=[], Topics=[], ClusterId="local")
    conn, _ = connection(answering(lambda r: short_circuit(body)))
    actions = conn.receive_client_data(metadata(42))
    assert actions == [ReplyToClient(codec.encode_response(
        codec.ResponseHeader(CorrelationId=42), body, 12))]


def test_fail_answers_every_topic_with_the_error() -> None:
    conn, _ = connection(answering(lambda r: fail(TOPIC_AUTHORIZATION_FAILED)))
    [reply] = conn.receive_client_data(metadata(7, topics=["a", "b"]))
    assert isinstance(reply, ReplyToClient)
    body = codec.decode_response(bytes(reply.data), 3, 12).body
    assert [(t.Name, t.ErrorCode) for t in body.Topics] == [
        ("a", TOPIC_AUTHORIZATION_FAILED), ("b", TOPIC_AUTHORIZATION_FAILED)]


def test_fail_sets_the_top_level_error_and_message() -> None:
    conn, _ = connection(answering(lambda r: fail(COORDINATOR_NOT_AVAILABLE, "not here"),
                                   api_keys.FIND_COORDINATOR))
    [reply] = conn.receive_client_data(request(api_keys.FIND_COORDINATOR, 3, 9, Key="g"))
    assert isinstance(reply, ReplyToClient)
    body = codec.decode_response(bytes(reply.data), api_keys.FIND_COORDINATOR, 3).body
    assert (body.ErrorCode, body.ErrorMessage) == (COORDINATOR_NOT_AVAILABLE, "not here")
    assert int.from_bytes(reply.data[4:8], "big") == 9


def test_fail_where_no_error_response_can_be_built_closes_naming_the_api() -> None:
    conn, _ = connection(answering(lambda r: fail(TOPIC_AUTHORIZATION_FAILED), 15))
    [closed] = conn.receive_client_data(request(15, 5, 1, Groups=["g"]))
    assert isinstance(closed, Close) and closed.who == "interceptor"
    assert closed.reason.startswith("interceptor Answers raised LocalProtocolError on a "
                                    "DescribeGroups v5 request: fail() cannot build")


def test_fail_and_short_circuit_on_acks_0_produce_send_nothing_back() -> None:
    conn, _ = connection(answering(lambda r: fail(TOPIC_AUTHORIZATION_FAILED),
                                   api_keys.PRODUCE))
    assert conn.receive_client_data(produce(1, acks=0)) == []


def test_drop_neither_forwards_nor_answers() -> None:
    conn, _ = connection(answering(lambda r: drop(), api_keys.PRODUCE))
    assert conn.receive_client_data(produce(1, acks=0)) == []
    assert only(OpenBroker, conn.receive_client_data(metadata(2)))  # the next one flows


def test_close_names_the_interceptor() -> None:
    conn, _ = connection(answering(lambda r: close("not today")))
    assert conn.receive_client_data(metadata(1)) == [
        Close("Answers: not today", "interceptor")]


class Raises(Interceptor):
    interests = requests(api_keys.METADATA)

    def on_request(self, request: RequestMessage) -> RequestResult:
        raise RuntimeError("kaboom")


def test_an_interceptor_that_raises_closes_only_its_connection() -> None:
    broken, _ = connection(lambda info: Raises())
    [closed] = broken.receive_client_data(metadata(1))
    assert isinstance(closed, Close)
    assert closed.reason == ("interceptor Raises raised RuntimeError on a Metadata v12 "
                             "request: kaboom")
    assert closed.who == "interceptor" and isinstance(closed.error, RuntimeError)
    other, _ = connection(lambda info: ReadsMetadata([]))
    reply = roundtrip(other, metadata(1, topics=["x"]), metadata_answer(0, "x"))
    assert codec.decode_response(reply, 3, 12).body.Topics[0].Name == "x"


def test_a_misspelt_field_is_refused_naming_it() -> None:
    class Misspells(Interceptor):
        interests = requests(api_keys.METADATA)

        def on_request(self, request: RequestMessage) -> RequestResult:
            request.body.Topicz = []
            return forward(request.body)

    conn, _ = connection(lambda info: Misspells())
    [closed] = conn.receive_client_data(metadata(1))
    assert isinstance(closed, Close) and "Topicz" in closed.reason


def test_a_response_interceptor_may_fail_the_response() -> None:
    class Refuses(Interceptor):
        interests = responses(api_keys.FIND_COORDINATOR)

        def on_response(self, response: ResponseMessage) -> ResponseResult:
            return fail(COORDINATOR_NOT_AVAILABLE)

    conn, _ = connection(lambda info: Refuses())
    [_, sent] = conn.receive_client_data(request(api_keys.FIND_COORDINATOR, 3, 5, Key="g"))
    assert isinstance(sent, ForwardToBroker)
    upstream = correlation_of_request(sent.data)
    [reply] = conn.receive_broker_data(response(api_keys.FIND_COORDINATOR, 3, upstream,
                                                NodeId=1, Host="b", Port=9))
    assert isinstance(reply, ReplyToClient)
    body = codec.decode_response(bytes(reply.data), api_keys.FIND_COORDINATOR, 3).body
    assert body.ErrorCode == COORDINATOR_NOT_AVAILABLE
    assert int.from_bytes(reply.data[4:8], "big") == 5

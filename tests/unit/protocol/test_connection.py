"""ProxyConnection: bytes and events in, actions out; no sockets, no broker, no client."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.protocol import api_keys, codec
from gateway.protocol.connection import (
    Action,
    BrokerClosed,
    ChainResult,
    ClientClosed,
    Close,
    ConnectionSettings,
    ForwardToBroker,
    OpenBroker,
    Phase,
    PlannedSideRequest,
    ProxyConnection,
    ProxyHeaderReceived,
    ReplyToClient,
    SideRequest,
    Tick,
    TlsEstablished,
    UnexpectedResponse,
)
from gateway.protocol.correlation import PendingRequest
from gateway.protocol.errors import (
    ILLEGAL_SASL_STATE,
    SASL_AUTHENTICATION_FAILED,
    UNSUPPORTED_SASL_MECHANISM,
    UNSUPPORTED_VERSION,
    LocalProtocolError,
    RemoteProtocolError,
)
from gateway.protocol.headers import RequestHeader
from gateway.protocol.proxy_header import ProxyHeader
from gateway.security.sasl import (
    BAD_CREDENTIALS,
    Authenticator,
    Challenge,
    Credential,
    PlainServer,
    SaslError,
    Success,
)
from tests.kafka_frames import (
    RANGES,
    api_versions,
    correlation_of_request,
    correlation_of_response,
    metadata,
    produce,
    request,
    response,
)


def connection(**settings: Any) -> ProxyConnection:
    return ProxyConnection(ConnectionSettings(**settings), lambda: RANGES)


def plain(actions: Sequence[Action]) -> list[Any]:
    """Actions with bytearrays as bytes, so lists compare by value."""
    return [type(a)(bytes(a.data)) if isinstance(a, ForwardToBroker | ReplyToClient) else a
            for a in actions]


def forwarded(actions: Sequence[Action]) -> list[bytes]:
    return [bytes(a.data) for a in actions if isinstance(a, ForwardToBroker)]


def replies(actions: Sequence[Action]) -> list[bytes]:
    return [bytes(a.data) for a in actions if isinstance(a, ReplyToClient)]


def closes(actions: Sequence[Action]) -> list[Close]:
    return [a for a in actions if isinstance(a, Close)]


def metadata_answer(upstream_id: int, marker: int) -> bytes:
    """A Metadata v12 response whose ThrottleTimeMs marks which request it answers."""
    return response(api_keys.METADATA, 12, upstream_id, ThrottleTimeMs=marker)


def answer_all(conn: ProxyConnection, requests_sent: list[bytes]) -> list[Action]:
    """Broker responses to every forwarded Metadata request, in order."""
    data = b"".join(metadata_answer(correlation_of_request(f), 100 + i)
                    for i, f in enumerate(requests_sent))
    return conn.receive_broker_data(data)


# --- feeding ----------------------------------------------------------------------------

CLIENT_BYTES = metadata(1) + produce(2, acks=0) + api_versions(3, version=9) + metadata(4)


def test_byte_at_a_time_and_all_at_once_give_the_same_actions() -> None:
    whole = connection()
    at_once = whole.receive_client_data(CLIENT_BYTES)
    at_once += answer_all(whole, [f for f in forwarded(at_once)
                                  if f[4:6] == b"\x00\x03"])
    split = connection()
    one_by_one: list[Action] = []
    for i in range(len(CLIENT_BYTES)):
        one_by_one += split.receive_client_data(CLIENT_BYTES[i:i + 1])
    sent = [f for f in forwarded(one_by_one) if f[4:6] == b"\x00\x03"]
    broker = b"".join(metadata_answer(correlation_of_request(f), 100 + i)
                      for i, f in enumerate(sent))
    for i in range(len(broker)):
        one_by_one += split.receive_broker_data(broker[i:i + 1])
    assert plain(one_by_one) == plain(at_once)
    assert [correlation_of_response(r) for r in replies(at_once)] == [1, 3, 4]


def test_a_partial_frame_stays_buffered() -> None:
    conn = connection()
    frame = metadata(1)
    assert conn.receive_client_data(frame[:-1]) == []
    assert plain(conn.receive_client_data(frame[-1:] + metadata(2)[:3]))[0] == OpenBroker()


def test_requests_get_gateway_owned_correlation_ids_and_responses_get_theirs_back() -> None:
    conn = connection()
    actions = conn.receive_client_data(metadata(1000) + metadata(1000 + 1))
    assert actions[0] == OpenBroker()
    sent = forwarded(actions)
    assert [correlation_of_request(f) for f in sent] == [0, 1]
    assert sent[0][12:] == metadata(1000)[12:]  # only the id changed
    written = replies(answer_all(conn, sent))
    assert [correlation_of_response(r) for r in written] == [1000, 1001]
    assert [codec.decode_response(r, 3, 12).body.ThrottleTimeMs for r in written] == [100, 101]


# --- the version gate and KIP-511 -------------------------------------------------------

def test_too_new_api_versions_is_answered_locally_with_a_v0_body() -> None:
    conn = connection()
    actions = conn.receive_client_data(api_versions(5, version=9))
    [reply] = replies(actions)
    assert not any(isinstance(a, OpenBroker) for a in actions)  # no broker for this
    body = codec.decode_response(reply, api_keys.API_VERSIONS, 0).body
    assert body.ErrorCode == UNSUPPORTED_VERSION
    assert {k.ApiKey: (k.MinVersion, k.MaxVersion) for k in body.ApiKeys} == RANGES


def test_a_version_outside_the_advertised_range_closes_with_unsupported_version() -> None:
    conn = connection()
    [close] = conn.receive_client_data(request(api_keys.FETCH, 15, 1, ReplicaId=-1))
    assert close == Close("Fetch v15 is not supported (supported: v0-v13)", "protocol error",
                          UNSUPPORTED_VERSION)
    assert conn.phase is Phase.ERROR
    assert isinstance(conn.error, RemoteProtocolError)
    assert conn.receive_client_data(metadata(2)) == []  # nothing more is done


def test_a_local_answer_waits_for_the_responses_before_it() -> None:
    conn = connection()
    actions = conn.receive_client_data(metadata(1) + api_versions(2, version=9) + metadata(3))
    assert replies(actions) == []
    first, second = forwarded(actions)
    after_first = conn.receive_broker_data(metadata_answer(correlation_of_request(first), 0))
    assert [correlation_of_response(r) for r in replies(after_first)] == [1, 2]
    after_second = conn.receive_broker_data(metadata_answer(correlation_of_request(second), 0))
    assert [correlation_of_response(r) for r in replies(after_second)] == [3]


# --- acks=0 -----------------------------------------------------------------------------

def test_produce_with_acks_0_gets_no_response_and_takes_no_slot() -> None:
    conn = connection(max_in_flight=2)
    actions = conn.receive_client_data(produce(1, acks=0) + produce(2, acks=0) + metadata(3)
                                       + metadata(4))
    sent = forwarded(actions)
    assert len(sent) == 4 and replies(actions) == []
    assert not conn.wants_client_data  # two Metadata are owed; the bound is 2
    # The librdkafka mock answers acks=0 anyway: those answers are dropped silently.
    spurious = response(api_keys.PRODUCE, 9, correlation_of_request(sent[0]))
    assert conn.receive_broker_data(spurious) == []
    written = replies(conn.receive_broker_data(metadata_answer(correlation_of_request(sent[2]),
                                                               7)))
    assert [correlation_of_response(r) for r in written] == [3]
    assert conn.table.acks0_responses == 1
    assert conn.wants_client_data  # one owed, below the bound again


def test_produce_with_acks_1_is_answered() -> None:
    conn = connection()
    [_, sent] = conn.receive_client_data(produce(1, acks=1))
    assert isinstance(sent, ForwardToBroker)
    answer = response(api_keys.PRODUCE, 9, correlation_of_request(sent.data))
    assert [correlation_of_response(r) for r in replies(conn.receive_broker_data(answer))] == [1]


# --- the in-flight bound ----------------------------------------------------------------

def test_the_in_flight_bound_stops_reading_and_resumes_when_a_response_is_written() -> None:
    conn = connection(max_in_flight=2)
    assert conn.wants_client_data
    actions = conn.receive_client_data(metadata(1) + metadata(2) + metadata(3) + metadata(4))
    sent = forwarded(actions)
    assert [correlation_of_request(f) for f in sent] == [0, 1]  # 3 and 4 wait in the buffer
    assert not conn.wants_client_data and len(conn.table) == 2
    after = conn.receive_broker_data(metadata_answer(0, 0))
    assert [correlation_of_response(r) for r in replies(after)] == [1]
    assert [correlation_of_request(f) for f in forwarded(after)] == [2]  # the third goes now
    assert not conn.wants_client_data
    after = conn.receive_broker_data(metadata_answer(1, 0) + metadata_answer(2, 0))
    assert [correlation_of_response(r) for r in replies(after)] == [2, 3]
    assert [correlation_of_request(f) for f in forwarded(after)] == [3]
    assert conn.wants_client_data


def test_local_answers_count_against_the_bound() -> None:
    conn = connection(max_in_flight=1)
    actions = conn.receive_client_data(metadata(1) + api_versions(2, version=9))
    assert len(forwarded(actions)) == 1 and replies(actions) == []
    after = conn.receive_broker_data(metadata_answer(0, 0))
    assert [correlation_of_response(r) for r in replies(after)] == [1, 2]


# --- correlation ------------------------------------------------------------------------

def test_a_reused_correlation_id_closes_the_connection() -> None:
    conn = connection()
    actions = conn.receive_client_data(metadata(1) + metadata(1))
    [close] = closes(actions)
    assert close.reason == "correlation id 1 reused while a request with it is in flight"
    assert close.who == "protocol error"


def test_a_response_nobody_awaits_is_dropped_and_reported() -> None:
    conn = connection()
    conn.receive_client_data(metadata(1))
    assert conn.receive_broker_data(metadata_answer(999, 0)) == [UnexpectedResponse(999, 1)]


def test_a_broker_answering_out_of_order_closes_the_connection() -> None:
    conn = connection()
    conn.receive_client_data(metadata(1) + metadata(2))
    [close] = conn.receive_broker_data(metadata_answer(1, 0))
    assert close.who == "broker" and "broker answered correlation id 1 before 0" in close.reason


# --- closing ----------------------------------------------------------------------------

def test_client_closing_with_nothing_owed() -> None:
    conn = connection()
    assert conn.handle(ClientClosed()) == [Close("client closed the connection", "client")]
    assert conn.phase is Phase.CLOSED
    assert conn.handle(ClientClosed()) == []  # a late notice is harmless


def test_owed_responses_are_written_after_the_client_closed_its_side() -> None:
    conn = connection(max_in_flight=1)
    actions = conn.receive_client_data(metadata(1) + metadata(2), now=10.0)
    assert conn.receive_client_data(b"", now=11.0) == []  # b"" is end of file
    assert conn.phase is Phase.ACTIVE  # metadata(2) is still held back by the bound
    after = conn.receive_broker_data(metadata_answer(correlation_of_request(
        forwarded(actions)[0]), 0))
    assert [correlation_of_response(r) for r in replies(after)] == [1]
    assert conn.phase is Phase.DRAINING and conn.deadline == 11.0 + 30.0
    last = conn.receive_broker_data(metadata_answer(correlation_of_request(
        forwarded(after)[0]), 0))
    assert [correlation_of_response(r) for r in replies(last)] == [2]
    assert closes(last) == [Close("client closed its side; the response due was delivered "
                                  "first", "client")]


def test_a_broker_silent_after_the_client_closed_times_out() -> None:
    conn = connection(request_timeout_s=5.0)
    conn.receive_client_data(metadata(1) + metadata(2), now=100.0)
    conn.handle(ClientClosed())
    assert conn.handle(Tick(104.9)) == []
    [close] = conn.handle(Tick(105.0))
    assert close.who == "timeout" and "GATEWAY_REQUEST_TIMEOUT_MS" in close.reason
    assert conn.phase is Phase.CLOSED


def test_client_closing_mid_frame() -> None:
    conn = connection()
    conn.receive_client_data(metadata(1)[:7])
    [close] = conn.handle(ClientClosed())
    assert close.who == "client" and "connection closed mid-frame (3 of" in close.reason


def test_broker_closing_ends_the_connection() -> None:
    conn = connection()
    conn.receive_client_data(metadata(1))
    assert conn.handle(BrokerClosed("broker 1 at 127.0.0.1:9 hung up")) == [
        Close("broker 1 at 127.0.0.1:9 hung up", "broker")]


def test_a_frame_larger_than_the_maximum_closes_for_the_limit() -> None:
    conn = connection(max_frame_bytes=100)
    [close] = conn.receive_client_data((1000).to_bytes(4, "big"))
    assert close == Close("frame of 1000 bytes exceeds the maximum of 100", "limit")


# --- local errors: the pump's mistakes are raised ---------------------------------------

def test_broker_bytes_before_open_broker_are_a_local_error() -> None:
    conn = connection()
    with pytest.raises(LocalProtocolError, match="broker bytes before OpenBroker"):
        conn.receive_broker_data(metadata_answer(0, 0))
    assert conn.phase is Phase.ERROR
    with pytest.raises(LocalProtocolError, match="connection is in ERROR"):
        conn.handle(Tick(1.0))


def test_client_bytes_before_tls_are_a_local_error() -> None:
    conn = connection(tls=True)
    with pytest.raises(LocalProtocolError, match="TLS layer first"):
        conn.receive_client_data(metadata(1))


def test_an_event_out_of_phase_is_a_local_error() -> None:
    conn = connection()
    with pytest.raises(LocalProtocolError, match="a TLS handshake is not allowed while active"):
        conn.handle(TlsEstablished("b1.gw.example.com"))


# --- PROXY header and TLS ---------------------------------------------------------------

HEADER = ProxyHeader(2, "PROXY", "AF_INET", ("10.0.0.1", 5555), ("10.0.0.2", 6969))


def test_the_proxy_header_hands_its_trailing_bytes_to_the_frame_reader() -> None:
    conn = connection(proxy_header=True)
    assert conn.phase is Phase.AWAIT_PROXY_HEADER
    actions = conn.handle(ProxyHeaderReceived(HEADER, metadata(1)))
    assert conn.phase is Phase.ACTIVE and conn.info.proxy_header == HEADER
    assert len(forwarded(actions)) == 1


def test_trailing_bytes_before_tls_belong_to_the_tls_layer() -> None:
    conn = connection(proxy_header=True, tls=True)
    with pytest.raises(LocalProtocolError, match="belong to the TLS layer"):
        conn.handle(ProxyHeaderReceived(HEADER, b"\x16\x03\x01"))


def test_tls_established_records_the_server_name_and_certificate() -> None:
    conn = connection(proxy_header=True, tls=True)
    assert conn.handle(ProxyHeaderReceived(HEADER)) == []
    assert conn.phase is Phase.AWAIT_TLS
    assert conn.handle(TlsEstablished("broker1.gw.example.com", b"DER")) == []
    assert conn.phase is Phase.ACTIVE
    assert conn.info.tls == TlsEstablished("broker1.gw.example.com", b"DER")


# --- SASL (KIP-152, KIP-368) ------------------------------------------------------------

USERS = {"alice": "pw", "bob": "pw"}


class TwoRounds:
    """A mechanism of two rounds: b"challenge-me" first, then a PLAIN token."""

    def __init__(self, lifetime_s: float | None) -> None:
        self.plain = PlainServer(self.check)
        self.lifetime_s = lifetime_s
        self.challenged = False

    def check(self, username: str, password: str, now: float) -> Credential:
        if USERS.get(username) != password:
            raise SaslError(f"user {username!r}: bad password", principal=username)
        return Credential(username, None if self.lifetime_s is None else now + self.lifetime_s)

    def step(self, token: bytes, now: float) -> Challenge | Success:
        if token == b"challenge-me" and not self.challenged:
            self.challenged = True
            return Challenge(b"more")
        return self.plain.step(token, now)


def handshake(cid: int, mechanism: str = "PLAIN") -> bytes:
    return request(17, 1, cid, Mechanism=mechanism)


def authenticate(cid: int, token: bytes, version: int = 2) -> bytes:
    return request(36, version, cid, AuthBytes=token)


def sasl_connection(lifetime_ms: int = 0) -> ProxyConnection:
    lifetime = lifetime_ms / 1000 if lifetime_ms else None
    return connection(authenticator=lambda: Authenticator({"PLAIN": lambda: TwoRounds(lifetime)}))


def test_before_authentication_api_versions_is_answered_by_the_gateway() -> None:
    conn = sasl_connection()
    actions = conn.receive_client_data(api_versions(1))
    [reply] = replies(actions)
    assert not any(isinstance(a, OpenBroker) for a in actions)
    body = codec.decode_response(reply, api_keys.API_VERSIONS, 3).body
    ranges = {k.ApiKey: (k.MinVersion, k.MaxVersion) for k in body.ApiKeys}
    assert ranges == {**RANGES, 17: (0, 1), 36: (0, 2)} and body.ErrorCode == 0


def test_a_request_before_authentication_closes_with_illegal_sasl_state() -> None:
    conn = sasl_connection()
    [close] = conn.receive_client_data(metadata(1))
    assert close.error_code == ILLEGAL_SASL_STATE and close.who == "protocol error"
    assert "KIP-152" in close.reason and conn.phase is Phase.ERROR


def test_sasl_then_requests_flow() -> None:
    conn = sasl_connection()
    actions = conn.receive_client_data(handshake(1) + authenticate(2, b"challenge-me"))
    hs, more = replies(actions)
    assert codec.decode_response(hs, 17, 1).body.Mechanisms == ["PLAIN"]
    assert codec.decode_response(more, 36, 2).body.AuthBytes == b"more"
    assert conn.phase is Phase.AWAIT_SASL_AUTHENTICATE
    done = conn.receive_client_data(authenticate(3, b"\x00alice\x00pw"))
    assert codec.decode_response(replies(done)[0], 36, 2).body.ErrorCode == 0
    assert conn.phase is Phase.ACTIVE and conn.info.principal == "alice"
    assert plain(conn.receive_client_data(metadata(4)))[0] == OpenBroker()


def test_an_unsupported_mechanism_is_answered_then_closed() -> None:
    conn = sasl_connection()
    actions = conn.receive_client_data(handshake(1, "GSSAPI"))
    body = codec.decode_response(replies(actions)[0], 17, 1).body
    assert (body.ErrorCode, body.Mechanisms) == (UNSUPPORTED_SASL_MECHANISM, ["PLAIN"])
    assert closes(actions) == [Close("authentication failed: mechanism 'GSSAPI' is not "
                                     "enabled (enabled: PLAIN)", "authentication",
                                     UNSUPPORTED_SASL_MECHANISM)]
    assert conn.phase is Phase.CLOSED


def test_bad_credentials_are_answered_then_closed() -> None:
    conn = sasl_connection()
    actions = conn.receive_client_data(handshake(1) + authenticate(2, b"\x00eve\x00pw"))
    body = codec.decode_response(replies(actions)[1], 36, 2).body
    assert (body.ErrorCode, body.ErrorMessage) == (SASL_AUTHENTICATION_FAILED,
                                                   BAD_CREDENTIALS)
    assert closes(actions) == [Close("authentication failed: user 'eve': bad password",
                                     "authentication", SASL_AUTHENTICATION_FAILED)]


def test_sasl_handshake_v0_is_refused() -> None:
    conn = sasl_connection()
    [close] = conn.receive_client_data(request(17, 0, 1, Mechanism="PLAIN"))
    assert close.error_code == UNSUPPORTED_VERSION and "SaslHandshake v0" in close.reason


def authenticated(lifetime_ms: int, now: float = 0.0) -> ProxyConnection:
    conn = sasl_connection(lifetime_ms)
    conn.receive_client_data(handshake(1) + authenticate(2, b"\x00alice\x00pw"), now=now)
    assert conn.phase is Phase.ACTIVE
    return conn


def test_the_session_lifetime_is_announced_and_enforced() -> None:
    conn = sasl_connection(lifetime_ms=1000)
    actions = conn.receive_client_data(handshake(1) + authenticate(2, b"\x00alice\x00pw"),
                                       now=50.0)
    assert codec.decode_response(replies(actions)[1], 36, 2).body.SessionLifetimeMs == 1000
    assert len(forwarded(conn.receive_client_data(metadata(3), now=50.9))) == 1
    [close] = conn.receive_client_data(metadata(4), now=51.0)
    assert close.who == "authentication" and "KIP-368" in close.reason


def test_reauthentication_keeps_earlier_responses_in_order() -> None:
    conn = authenticated(lifetime_ms=1000, now=0.0)
    sent = forwarded(conn.receive_client_data(metadata(3), now=0.5))
    hs = conn.receive_client_data(handshake(4), now=0.9)
    assert replies(hs) == [] and conn.phase is Phase.REAUTHENTICATING  # waits for metadata(3)
    after = conn.receive_broker_data(metadata_answer(correlation_of_request(sent[0]), 0))
    assert [correlation_of_response(r) for r in replies(after)] == [3, 4]
    [refused] = conn.receive_client_data(metadata(5), now=0.95)
    assert "KIP-368" in refused.reason and refused.error_code == ILLEGAL_SASL_STATE


def test_reauthentication_renews_the_session() -> None:
    conn = authenticated(lifetime_ms=1000, now=0.0)
    conn.receive_client_data(handshake(4) + authenticate(5, b"\x00alice\x00pw"), now=0.9)
    assert conn.phase is Phase.ACTIVE
    assert len(forwarded(conn.receive_client_data(metadata(6), now=1.5))) == 1


def test_reauthentication_as_someone_else_is_refused() -> None:
    conn = authenticated(lifetime_ms=1000)
    actions = conn.receive_client_data(handshake(4) + authenticate(5, b"\x00bob\x00pw"))
    assert closes(actions)[0].reason == ("authentication failed: re-authentication changed "
                                         "the principal from 'alice' to 'bob'")


# --- chain: context slot and side requests ----------------------------------------------

class StubChain:
    """Forwards requests with a context, and asks for one side request on the first."""

    def __init__(self) -> None:
        self.seen_contexts: list[Any] = []
        self.side_answers: list[Any] = []

    def wants_request(self, api_key: int, version: int) -> bool:
        return True

    def wants_response(self, api_key: int, version: int) -> bool:
        return True

    def on_request(self, frame: bytes, header: RequestHeader,
                   expects_response: bool) -> ChainResult:
        sides = ()
        if header.correlation_id == 1:
            body = codec.request_class(api_keys.API_VERSIONS, 3)(
                ClientSoftwareName="sluice", ClientSoftwareVersion="1")
            sides = (PlannedSideRequest(body, 3, self.side_answers.append),)
        return ChainResult("forward", frame, context=f"ctx-{header.correlation_id}",
                           side_requests=sides)

    def on_response(self, frame: bytes, pending: PendingRequest) -> ChainResult:
        self.seen_contexts.append(pending.context)
        return ChainResult("forward", frame)


def test_side_requests_and_the_context_slot() -> None:
    chain = StubChain()
    conn = ProxyConnection(ConnectionSettings(), lambda: RANGES, chain)
    actions = conn.receive_client_data(metadata(1) + metadata(2))
    assert isinstance(actions[0], OpenBroker) and isinstance(actions[1], SideRequest)
    side = actions[1]
    assert codec.decode_request(side.data).header.ClientId == "sluice"
    side_id = correlation_of_request(side.data)
    first, second = forwarded(actions)
    broker = (response(api_keys.API_VERSIONS, 3, side_id, ThrottleTimeMs=5)
              + metadata_answer(correlation_of_request(first), 0)
              + metadata_answer(correlation_of_request(second), 0))
    written = replies(conn.receive_broker_data(broker))
    assert [correlation_of_response(r) for r in written] == [1, 2]  # never the side answer
    assert [a.ThrottleTimeMs for a in chain.side_answers] == [5]
    assert chain.seen_contexts == ["ctx-1", "ctx-2"]


def test_a_failing_continuation_closes_the_connection_naming_it() -> None:
    chain = StubChain()
    conn = ProxyConnection(ConnectionSettings(), lambda: RANGES, chain)

    def boom(body: Any) -> None:
        raise ValueError("no")

    chain.side_answers = type("L", (), {"append": staticmethod(boom)})()  # type: ignore[assignment]
    actions = conn.receive_client_data(metadata(1))
    side_id = correlation_of_request(next(a for a in actions
                                          if isinstance(a, SideRequest)).data)
    [close] = conn.receive_broker_data(response(api_keys.API_VERSIONS, 3, side_id))
    assert close.reason == "continuation of a side ApiVersions request raised ValueError: no"
    assert isinstance(close.error, ValueError)


# --- fuzz: whatever a peer sends, the connection answers with actions, never a crash ------

FUZZ = settings(max_examples=300, deadline=None)


@FUZZ
@given(st.binary(min_size=1, max_size=300), st.booleans())
def test_fuzzed_client_bytes_give_actions_only(data: bytes, sasl: bool) -> None:
    conn = sasl_connection() if sasl else connection()
    for action in conn.receive_client_data(data):
        assert isinstance(action, OpenBroker | ForwardToBroker | ReplyToClient | Close)
    if conn.phase is Phase.ERROR:
        assert isinstance(conn.error, RemoteProtocolError) and conn.close_action is not None


@FUZZ
@given(st.binary(min_size=4, max_size=300))
def test_fuzzed_request_bodies_give_actions_only(body: bytes) -> None:
    frame = metadata(1)
    mangled = (len(frame) - 4 + len(body)).to_bytes(4, "big") + frame[4:] + body
    for action in connection().receive_client_data(mangled):
        assert isinstance(action, OpenBroker | ForwardToBroker | Close)


@FUZZ
@given(st.binary(min_size=1, max_size=300))
def test_fuzzed_broker_bytes_give_actions_only(data: bytes) -> None:
    conn = connection()
    conn.receive_client_data(metadata(1) + produce(2, acks=1))
    for action in conn.receive_broker_data(data):
        assert isinstance(action, ReplyToClient | UnexpectedResponse | Close)


class RecordsFrames:
    def __init__(self) -> None:
        self.requests: list[bytes] = []
        self.responses: list[bytes] = []

    def wants_request(self, api_key: int, version: int) -> bool:
        return True

    def wants_response(self, api_key: int, version: int) -> bool:
        return True

    def on_request(self, frame: bytes, header: RequestHeader,
                   expects_response: bool) -> ChainResult:
        self.requests.append(frame)
        return ChainResult("forward", frame)

    def on_response(self, frame: bytes, pending: PendingRequest) -> ChainResult:
        self.responses.append(frame)
        return ChainResult("forward", frame)


def test_a_whole_frame_read_by_the_pump_reaches_the_chain_uncopied() -> None:
    chain = RecordsFrames()
    conn = ProxyConnection(ConnectionSettings(), lambda: RANGES, chain)
    frame = produce(1, acks=1)
    sent = forwarded(conn.receive_client_data(frame))
    answer = response(api_keys.PRODUCE, 9, correlation_of_request(sent[0]))
    conn.receive_broker_data(answer)
    assert chain.requests[0] is frame and chain.responses[0] is answer

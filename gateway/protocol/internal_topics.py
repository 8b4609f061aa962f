"""The gateway's internal topics (`_sluice_*`) are invisible and closed to clients.

Heartbeats, the audit log and the resource store live in topics named `_sluice_<cluster>_*`
on the backend (and the audit topic, whatever GATEWAY_AUDIT_LOG_TOPIC names it). A client
that could write there could forge membership (and redirect every other client), so
through the data plane:

* Metadata responses never list them (their topic ids are remembered, so a request naming
  them by id is recognised too);
* a request naming one (by name or id) never reaches the broker: it is answered here, each
  topic with TOPIC_AUTHORIZATION_FAILED (29) in the API's own error field, as a broker
  would answer a client without the ACL. Other topics named in the same request get
  REQUEST_TIMED_OUT (7), a retriable error: the request as a whole did not reach the
  broker, and a client retries them without the refused topic.
* a Metadata request naming one is forwarded without it, and the response gets an error
  entry for it, so the client's other topics are answered by the broker as usual;
* a Produce with acks=0 naming one is dropped (the client expects no answer).

Only requests whose bytes may name an internal topic are decoded: names are raw UTF-8 on
the wire, so a request without the bytes `_sluice_` (or an extra internal name, or a
known internal topic id) cannot name one. Produce is checked by walking its topic names,
never its records.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from . import api_keys
from .codec_runtime import Message, from_dict, is_flexible, w_alen_c, w_alen_k
from .frames import SIZE, frame
from .generated import REQUESTS, RESPONSES
from .generated.metadata_response import MetadataResponse, MetadataResponseTopic
from .headers import RequestHeader, encode_response_header, response_body_offset
from .topic_walk import metadata_topics, produce_first_topic, produce_topic_names

INTERNAL_PREFIX = "_sluice_"
_PREFIX_BYTES = INTERNAL_PREFIX.encode()

TOPIC_AUTHORIZATION_FAILED = 29
REQUEST_TIMED_OUT = 7
REFUSED_MESSAGE = "internal topic of the gateway"

TopicRef = str | bytes  # a topic name, or a 16-byte topic id
Body = dict[str, Any]  # a response being built, as a dict of spec field names
_NULL_ID = bytes(16)
_TOPIC_RESOURCE = 2  # ConfigResource.Type.TOPIC


def is_internal(name: str | None) -> bool:
    """Whether a topic name belongs to the gateway."""
    return name is not None and name.startswith(INTERNAL_PREFIX)


class InternalTopics:
    """The gateway's topics: `_sluice_*`, any extra names (a custom audit topic), and the
    topic ids of those seen in responses. Shared by a worker's connections."""

    def __init__(self, extra_names: Iterable[str] = ()) -> None:
        self.names = frozenset(n for n in extra_names if not is_internal(n))
        self.ids: set[bytes] = set()
        # Byte strings without which a request cannot name an internal topic by name.
        self.markers = (_PREFIX_BYTES, *(n.encode() for n in sorted(self.names)))

    def is_internal_name(self, name: str | None) -> bool:
        """Whether a topic name belongs to the gateway."""
        return is_internal(name) or name in self.names

    def learn(self, topic_id: bytes | None) -> None:
        """Remember the id of an internal topic (the null id is no id)."""
        if topic_id and topic_id != _NULL_ID:
            self.ids.add(bytes(topic_id))

    def __contains__(self, topic_id: object) -> bool:
        return topic_id in self.ids

    def may_be_named_in(self, data: bytes) -> bool:
        """False when `data` cannot name an internal topic (by name or known id)."""
        return any(m in data for m in self.markers) or any(i in data for i in self.ids)


@dataclass(frozen=True, slots=True)
class TopicArray:
    """Where a request lists topics, and where its response answers each of them.

    `name` is the field holding a topic's name (None: the array is `[]string` of names;
    "": the entries name topics by id only), `topic_id` the field holding its id;
    `response` None: the response has no array answering this one. With
    `partitions`, the response answers per partition (`partition_index` None: the request
    lists them as `[]int32`); otherwise per topic. `parent` is a (request array, response
    array, copied fields) level above the topics (OffsetFetch groups, AddPartitionsToTxn
    transactions). `only_type` keeps
    only the config resources of that type (2 = topic).
    """

    request: str
    response: str | None
    name: str | None = "Name"
    response_name: str = "Name"
    topic_id: str | None = None
    partitions: str | None = None
    partition_index: str | None = "PartitionIndex"
    response_partitions: str | None = None
    response_partition_index: str = "PartitionIndex"
    error: str = "ErrorCode"
    copy: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    partition_extra: Mapping[str, Any] = field(default_factory=dict)
    parent: tuple[str, str, tuple[str, ...]] | None = None
    only_type: int | None = None

    def entries(self, body: Any) -> Iterable[tuple[Any, list[Any]]]:
        """(parent entry or None, topic entries) for each level that holds topics."""
        if self.parent is None:
            yield None, getattr(body, self.request) or []
            return
        for parent in getattr(body, self.parent[0]) or []:
            yield parent, getattr(parent, self.request) or []

    def refs(self, entry: Any) -> list[TopicRef]:
        """The name and id by which one entry names its topic."""
        if self.name is None:
            return [entry] if isinstance(entry, str) else []
        if self.only_type is not None and entry.ResourceType != self.only_type:
            return []
        refs: list[TopicRef] = []
        name = getattr(entry, self.name, None)
        if isinstance(name, str):
            refs.append(name)
        topic_id = getattr(entry, self.topic_id, None) if self.topic_id is not None else None
        if topic_id is not None:
            refs.append(bytes(topic_id))
        return refs

    def answer(self, body: Any, response: Body, error_of: Callable[[list[TopicRef]], int]
               ) -> None:
        """Fill `response` with an error entry for every topic the request names."""
        if self.response is None:
            return
        parents_out: list[Body] = []
        for parent, topics in self.entries(body):
            answered = [self._answer_topic(t, error_of) for t in topics]
            if parent is None:
                response[self.response] = answered
            else:
                assert self.parent is not None
                out = {name: getattr(parent, name) for name in self.parent[2]}
                out[self.response] = answered
                parents_out.append(out)
        if self.parent is not None:
            response[self.parent[1]] = parents_out

    def _answer_topic(self, entry: Any, error_of: Callable[[list[TopicRef]], int]) -> Body:
        code = error_of(self.refs(entry))
        if self.name is None:
            return {self.response_name: entry, self.error: code, **self.extra}
        out: Body = {self.response_name: getattr(entry, self.name, None), **self.extra}
        if self.topic_id is not None:
            out[self.topic_id] = getattr(entry, self.topic_id, None) or _NULL_ID
        for name in self.copy:
            out[name] = getattr(entry, name)
        if self.response_partitions is None:
            out[self.error] = code
            return out
        partitions = getattr(entry, self.partitions or "", None) or []
        out[self.response_partitions] = [
            {
                self.response_partition_index:
                    p if self.partition_index is None else getattr(p, self.partition_index),
                self.error: code, **self.partition_extra,
            }
            for p in partitions
        ]
        return out


@dataclass(frozen=True, slots=True)
class Rule:
    """How one API names topics and how the gateway refuses it."""

    request: str  # spec name, e.g. "FetchRequest"
    response: str
    arrays: tuple[TopicArray, ...]
    top_level_error: bool = False  # the response has only a request-wide error code
    top: Mapping[str, Any] = field(default_factory=dict)

    @property
    def request_message(self) -> type[Message]:
        """The generated request class."""
        return _message(self.request)

    @property
    def response_message(self) -> type[Message]:
        """The generated response class."""
        return _message(self.response)

    def encode_answer(self, response: Body, version: int) -> bytes:
        """The body bytes of a response built by `answer`."""
        return bytes(from_dict(self.response_message, response, version).encode(version))

    def refs(self, body: Any) -> list[TopicRef]:
        """Every topic name and id the request names."""
        refs: list[TopicRef] = []
        for array in self.arrays:
            for _, topics in array.entries(body):
                for entry in topics:
                    refs.extend(array.refs(entry))
        return refs

    def answer(self, body: Any, error_of: Callable[[list[TopicRef]], int]) -> Body:
        """The error response to a refused request."""
        response: Body = dict(self.top)
        if self.top_level_error:
            response["ErrorCode"] = TOPIC_AUTHORIZATION_FAILED
            response["ErrorMessage"] = REFUSED_MESSAGE
            for name in ("MemberId", "MemberEpoch"):
                if getattr(body, name, None) is not None:
                    response[name] = getattr(body, name)
            return response
        for array in self.arrays:
            if any(True for _, topics in array.entries(body) if topics):
                array.answer(body, response, error_of)
        return response


@functools.cache
def _message(name: str) -> type[Message]:
    """The generated class of a spec name, e.g. "FetchRequest"."""
    module_file = next(e[0] for e in (*REQUESTS.values(), *RESPONSES.values()) if e[1] == name)
    module = importlib.import_module(f"{__package__}.generated.{module_file}")
    cls = getattr(module, name)
    assert isinstance(cls, type) and issubclass(cls, Message)
    return cls


_MSG = {"ErrorMessage": REFUSED_MESSAGE}

# The APIs that name topics, by API key. Every field name below is the JSON spec's.
RULES: dict[int, Rule] = {
    0: Rule("ProduceRequest", "ProduceResponse", (
        TopicArray("TopicData", "Responses", partitions="PartitionData", partition_index="Index",
                   response_partitions="PartitionResponses", response_partition_index="Index",
                   partition_extra={"BaseOffset": -1}),
    )),
    1: Rule("FetchRequest", "FetchResponse", (
        TopicArray("Topics", "Responses", name="Topic", response_name="Topic",
                   topic_id="TopicId", partitions="Partitions", partition_index="Partition",
                   response_partitions="Partitions",
                   partition_extra={"HighWatermark": -1, "Records": None}),
        TopicArray("ForgottenTopicsData", None, name="Topic", topic_id="TopicId"),
    )),
    2: Rule("ListOffsetsRequest", "ListOffsetsResponse", (
        TopicArray("Topics", "Topics", partitions="Partitions", response_partitions="Partitions",
                   partition_extra={"Timestamp": -1, "Offset": -1, "LeaderEpoch": -1}),
    )),
    8: Rule("OffsetCommitRequest", "OffsetCommitResponse", (
        TopicArray("Topics", "Topics", partitions="Partitions", response_partitions="Partitions"),
    )),
    9: Rule("OffsetFetchRequest", "OffsetFetchResponse", (
        TopicArray("Topics", "Topics", partitions="PartitionIndexes", partition_index=None,
                   response_partitions="Partitions", partition_extra={"CommittedOffset": -1}),
        TopicArray("Topics", "Topics", partitions="PartitionIndexes", partition_index=None,
                   response_partitions="Partitions", partition_extra={"CommittedOffset": -1},
                   parent=("Groups", "Groups", ("GroupId",))),
    )),
    19: Rule("CreateTopicsRequest", "CreateTopicsResponse", (
        TopicArray("Topics", "Topics",
                   extra={**_MSG, "NumPartitions": -1, "ReplicationFactor": -1}),
    )),
    20: Rule("DeleteTopicsRequest", "DeleteTopicsResponse", (
        TopicArray("TopicNames", "Responses", name=None, extra=_MSG),
        TopicArray("Topics", "Responses", topic_id="TopicId", extra=_MSG),
    )),
    21: Rule("DeleteRecordsRequest", "DeleteRecordsResponse", (
        TopicArray("Topics", "Topics", partitions="Partitions", response_partitions="Partitions",
                   partition_extra={"LowWatermark": -1}),
    )),
    23: Rule("OffsetForLeaderEpochRequest", "OffsetForLeaderEpochResponse", (
        TopicArray("Topics", "Topics", name="Topic", response_name="Topic",
                   partitions="Partitions", partition_index="Partition",
                   response_partitions="Partitions", response_partition_index="Partition",
                   partition_extra={"LeaderEpoch": -1, "EndOffset": -1}),
    )),
    24: Rule("AddPartitionsToTxnRequest", "AddPartitionsToTxnResponse", (
        TopicArray("V3AndBelowTopics", "ResultsByTopicV3AndBelow", partitions="Partitions",
                   partition_index=None, response_partitions="ResultsByPartition",
                   error="PartitionErrorCode"),
        TopicArray("Topics", "TopicResults", partitions="Partitions", partition_index=None,
                   response_partitions="ResultsByPartition", error="PartitionErrorCode",
                   parent=("Transactions", "ResultsByTransaction", ("TransactionalId",))),
    )),
    28: Rule("TxnOffsetCommitRequest", "TxnOffsetCommitResponse", (
        TopicArray("Topics", "Topics", partitions="Partitions", response_partitions="Partitions"),
    )),
    32: Rule("DescribeConfigsRequest", "DescribeConfigsResponse", (
        TopicArray("Resources", "Results", name="ResourceName", response_name="ResourceName",
                   copy=("ResourceType",), extra=_MSG, only_type=_TOPIC_RESOURCE),
    )),
    33: Rule("AlterConfigsRequest", "AlterConfigsResponse", (
        TopicArray("Resources", "Responses", name="ResourceName", response_name="ResourceName",
                   copy=("ResourceType",), extra=_MSG, only_type=_TOPIC_RESOURCE),
    )),
    37: Rule("CreatePartitionsRequest", "CreatePartitionsResponse", (
        TopicArray("Topics", "Results", extra=_MSG),
    )),
    43: Rule("ElectLeadersRequest", "ElectLeadersResponse", (
        TopicArray("TopicPartitions", "ReplicaElectionResults", name="Topic",
                   response_name="Topic", partitions="Partitions", partition_index=None,
                   response_partitions="PartitionResult", response_partition_index="PartitionId",
                   partition_extra=_MSG),
    )),
    44: Rule("IncrementalAlterConfigsRequest", "IncrementalAlterConfigsResponse", (
        TopicArray("Resources", "Responses", name="ResourceName", response_name="ResourceName",
                   copy=("ResourceType",), extra=_MSG, only_type=_TOPIC_RESOURCE),
    )),
    45: Rule("AlterPartitionReassignmentsRequest", "AlterPartitionReassignmentsResponse", (
        TopicArray("Topics", "Responses", partitions="Partitions", response_partitions="Partitions",
                   partition_extra=_MSG),
    )),
    46: Rule("ListPartitionReassignmentsRequest", "ListPartitionReassignmentsResponse", (
        TopicArray("Topics", "Topics"),
    ), top_level_error=True),
    47: Rule("OffsetDeleteRequest", "OffsetDeleteResponse", (
        TopicArray("Topics", "Topics", partitions="Partitions", response_partitions="Partitions"),
    )),
    61: Rule("DescribeProducersRequest", "DescribeProducersResponse", (
        TopicArray("Topics", "Topics", partitions="PartitionIndexes", partition_index=None,
                   response_partitions="Partitions", partition_extra=_MSG),
    )),
    68: Rule("ConsumerGroupHeartbeatRequest", "ConsumerGroupHeartbeatResponse", (
        TopicArray("SubscribedTopicNames", None, name=None),
        TopicArray("TopicPartitions", None, name="", topic_id="TopicId"),
    ), top_level_error=True, top={"Assignment": None}),
    75: Rule("DescribeTopicPartitionsRequest", "DescribeTopicPartitionsResponse", (
        TopicArray("Topics", "Topics", topic_id="TopicId", extra={"Partitions": []}),
    ), top={"NextCursor": None}),
}

RULES[api_keys.METADATA] = Rule("MetadataRequest", "MetadataResponse", (
    TopicArray("Topics", "Topics", topic_id="TopicId"),
))


@functools.cache
def version_limits() -> dict[int, tuple[int, int]]:
    """The versions the guard can decode, per API key (the gateway advertises no more)."""
    return {key: rule.request_message.VALID_VERSIONS for key, rule in RULES.items()}


@dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with a request that names an internal topic.

    `forward`: send `frame` (a rewritten request) instead; `answer`: reply with `frame`
    (a whole response frame) without contacting the broker; `drop`: neither (acks=0);
    `close`: end the connection, `reason` says why.
    """

    action: Literal["forward", "answer", "drop", "close"]
    topics: tuple[str, ...]
    frame: bytes = b""
    reason: str = ""


def _describe(refs: Iterable[TopicRef]) -> tuple[str, ...]:
    """Refused topics for logs and the audit log (ids in hex)."""
    return tuple(r if isinstance(r, str) else f"id:{r.hex()}" for r in refs)


class InternalTopicGuard:
    """Checks one connection's requests and filters its responses."""

    def __init__(self, internal: InternalTopics) -> None:
        self.ids = internal
        # Metadata requests forwarded without the internal topics they named, by
        # correlation id: the response gets an error entry for each.
        self._refused_metadata: dict[int, list[TopicRef]] = {}

    def names_internal(self, ref: TopicRef) -> bool:
        """Whether a topic name or id is one of the gateway's."""
        return self.ids.is_internal_name(ref) if isinstance(ref, str) else ref in self.ids

    def check_request(self, frame_bytes: bytes, header: RequestHeader) -> Verdict | None:
        """None to forward the request untouched, else what to do instead."""
        rule = RULES.get(header.api_key)
        if rule is None:
            return None
        if header.api_key == api_keys.PRODUCE:
            names = _produce_topic_names(frame_bytes, header)
            if not any(map(self.ids.is_internal_name, names)):
                return None
        elif not self.ids.may_be_named_in(frame_bytes):
            return None
        version = header.api_version
        message = rule.request_message
        low, high = message.VALID_VERSIONS
        if not low <= version <= high:
            return Verdict("close", (), reason=f"{message.__name__} v{version} cannot be "
                           "checked for internal topics")
        # A memoryview: a Produce request's records stay views of the frame, not copies.
        body: Any
        body, _ = message.decode(memoryview(frame_bytes), version, header.body_offset)
        refs = rule.refs(body)
        refused = [r for r in refs if self.names_internal(r)]
        if not refused:
            return None
        topics = _describe(refused)
        if header.api_key == api_keys.METADATA:
            return self._forward_metadata(frame_bytes, header, body, refused)
        if header.api_key == api_keys.PRODUCE and body.Acks == 0:
            return Verdict("drop", topics)
        response = rule.answer(
            body, lambda refs: TOPIC_AUTHORIZATION_FAILED
            if any(map(self.names_internal, refs)) else REQUEST_TIMED_OUT,
        )
        answer = frame(
            encode_response_header(header.api_key, version, header.correlation_id)
            + rule.encode_answer(response, version)
        )
        return Verdict("answer", topics, answer)

    def _forward_metadata(
        self, frame_bytes: bytes, header: RequestHeader, body: Any, refused: list[TopicRef]
    ) -> Verdict:
        topics = _describe(refused)
        kept = [t for t in body.Topics if not any(map(self.names_internal, _meta_refs(t)))]
        if not kept and header.api_version == 0:
            # v0 has no way to ask for no topics: an empty list means all of them.
            return Verdict("close", topics, reason="Metadata v0 naming only internal topics")
        body.Topics = kept
        rewritten = frame(
            frame_bytes[SIZE.size:header.body_offset] + body.encode(header.api_version)
        )
        self._refused_metadata[header.correlation_id] = refused
        return Verdict("forward", topics, rewritten)

    def filter_response(
        self, frame_bytes: bytes, api_key: int, version: int, correlation_id: int
    ) -> bytes:
        """Remove internal topics from a Metadata response (learning their ids)."""
        if api_key != api_keys.METADATA:
            return frame_bytes
        refused = self._refused_metadata.pop(correlation_id, [])
        if not refused and not any(m in frame_bytes for m in self.ids.markers):
            return frame_bytes
        return filter_metadata(frame_bytes, version, self.ids, refused)


def _meta_refs(topic: Any) -> list[TopicRef]:
    refs: list[TopicRef] = []
    if topic.Name is not None:
        refs.append(topic.Name)
    if topic.TopicId not in (None, _NULL_ID):
        refs.append(bytes(topic.TopicId))
    return refs


def _produce_topic_names(frame_bytes: bytes, header: RequestHeader) -> list[str | None]:
    """The topic names of a Produce request, without decoding its records.

    A request naming one topic (the usual case) is read only up to that name; others are
    walked partition by partition (about 3 µs each, as many as the request carries).
    """
    version = header.api_version
    if version <= 12:
        count, first = produce_first_topic(frame_bytes, header.body_offset, version)
        if count <= 1:
            return [first] if count else []
    return produce_topic_names(frame_bytes, header.body_offset, version)


def filter_metadata(
    frame_bytes: bytes, version: int, ids: InternalTopics, refused: list[TopicRef]
) -> bytes:
    """A Metadata response without internal topics, plus an error entry per `refused`.

    Topics are walked, not decoded; the bytes of the kept ones are copied as they are.
    """
    body_at = response_body_offset(frame_bytes, api_keys.METADATA, version)
    topics_at = MetadataResponse.offset_of(frame_bytes, version, body_at, "Topics")
    topics, pos = metadata_topics(frame_bytes, topics_at, version)
    kept: list[tuple[int, int]] = []
    removed = 0
    for start, end, name, topic_id in topics:
        if ids.is_internal_name(name):
            ids.learn(topic_id)
            removed += 1
        else:
            kept.append((start, end))
    if not removed and not refused:
        return frame_bytes
    out = bytearray(frame_bytes[SIZE.size:topics_at])
    (w_alen_c if is_flexible(MetadataResponse, version) else w_alen_k)(
        out, len(kept) + len(refused))
    view = memoryview(frame_bytes)
    for start, end in kept:
        out += view[start:end]
    for ref in refused:
        from_dict(MetadataResponseTopic, {
            "ErrorCode": TOPIC_AUTHORIZATION_FAILED,
            "Name": ref if isinstance(ref, str) else None,
            "TopicId": ref if isinstance(ref, bytes) else _NULL_ID,
            "Partitions": [],
        }, version).encode_into(out, version)
    out += view[pos:]
    return frame(bytes(out))

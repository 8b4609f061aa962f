"""Schemas of the Kafka messages Sluice decodes.

Transcribed from apache/kafka clients/src/main/resources/common/message/*.json; the
field names are the JSON names. Everything else passes through Sluice as opaque bytes.
"""

from __future__ import annotations

from . import api_keys
from .schema import Array, F, Field, Message

# --- ApiVersions (key 18): v0-v4, flexible from v3 -------------------------------------

API_VERSIONS_REQUEST = Message(
    "ApiVersionsRequest", api_keys.API_VERSIONS, (0, 4), 3,
    (
        F("ClientSoftwareName", "string", "3+"),
        F("ClientSoftwareVersion", "string", "3+"),
    ),
)

_API_VERSION = (
    F("ApiKey", "int16"),
    F("MinVersion", "int16"),
    F("MaxVersion", "int16"),
)
_SUPPORTED_FEATURE = (
    F("Name", "string", "3+"),
    F("MinVersion", "int16", "3+"),
    F("MaxVersion", "int16", "3+"),
)
_FINALIZED_FEATURE = (
    F("Name", "string", "3+"),
    F("MaxVersionLevel", "int16", "3+"),
    F("MinVersionLevel", "int16", "3+"),
)
API_VERSIONS_RESPONSE = Message(
    "ApiVersionsResponse", api_keys.API_VERSIONS, (0, 4), 3,
    (
        F("ErrorCode", "int16"),
        F("ApiKeys", Array(_API_VERSION)),
        F("ThrottleTimeMs", "int32", "1+"),
        F("SupportedFeatures", Array(_SUPPORTED_FEATURE), "3+", tag=0),
        F("FinalizedFeaturesEpoch", "int64", "3+", tag=1, default=-1),
        F("FinalizedFeatures", Array(_FINALIZED_FEATURE), "3+", tag=2),
        F("ZkMigrationReady", "bool", "3+", tag=3),
    ),
)

# --- Metadata (key 3): v0-v13, flexible from v9 ----------------------------------------

METADATA_REQUEST = Message(
    "MetadataRequest", api_keys.METADATA, (0, 13), 9,
    (
        F("Topics", Array((
            F("TopicId", "uuid", "10+"),
            F("Name", "string", nullable="10+"),
        )), nullable="1+"),
        F("AllowAutoTopicCreation", "bool", "4+", default=True),
        F("IncludeClusterAuthorizedOperations", "bool", "8-10"),
        F("IncludeTopicAuthorizedOperations", "bool", "8+"),
    ),
)

METADATA_BROKER = (
    F("NodeId", "int32"),
    F("Host", "string"),
    F("Port", "int32"),
    F("Rack", "string", "1+", nullable="1+"),
)
METADATA_RESPONSE = Message(
    "MetadataResponse", api_keys.METADATA, (0, 13), 9,
    (
        F("ThrottleTimeMs", "int32", "3+"),
        F("Brokers", Array(METADATA_BROKER)),
        F("ClusterId", "string", "2+", nullable="2+"),
        F("ControllerId", "int32", "1+", default=-1),
        F("Topics", Array((
            F("ErrorCode", "int16"),
            F("Name", "string", nullable="12+"),
            F("TopicId", "uuid", "10+"),
            F("IsInternal", "bool", "1+"),
            F("Partitions", Array((
                F("ErrorCode", "int16"),
                F("PartitionIndex", "int32"),
                F("LeaderId", "int32"),
                F("LeaderEpoch", "int32", "7+", default=-1),
                F("ReplicaNodes", Array("int32")),
                F("IsrNodes", Array("int32")),
                F("OfflineReplicas", Array("int32"), "5+"),
            ))),
            F("TopicAuthorizedOperations", "int32", "8+", default=-(2**31)),
        ))),
        F("ClusterAuthorizedOperations", "int32", "8-10", default=-(2**31)),
        F("ErrorCode", "int16", "13+"),
    ),
)

# --- FindCoordinator (key 10): v0-v6, flexible from v3, batched from v4 ----------------

FIND_COORDINATOR_REQUEST = Message(
    "FindCoordinatorRequest", api_keys.FIND_COORDINATOR, (0, 6), 3,
    (
        F("Key", "string", "0-3"),
        F("KeyType", "int8", "1+"),
        F("CoordinatorKeys", Array("string"), "4+"),
    ),
)

FIND_COORDINATOR_RESPONSE = Message(
    "FindCoordinatorResponse", api_keys.FIND_COORDINATOR, (0, 6), 3,
    (
        F("ThrottleTimeMs", "int32", "1+"),
        F("ErrorCode", "int16", "0-3"),
        F("ErrorMessage", "string", "1-3", nullable="1-3"),
        F("NodeId", "int32", "0-3"),
        F("Host", "string", "0-3"),
        F("Port", "int32", "0-3"),
        F("Coordinators", Array((
            F("Key", "string", "4+"),
            F("NodeId", "int32", "4+"),
            F("Host", "string", "4+"),
            F("Port", "int32", "4+"),
            F("ErrorCode", "int16", "4+"),
            F("ErrorMessage", "string", "4+", nullable="4+"),
        )), "4+"),
    ),
)

# --- DescribeCluster (key 60): v0-v2, flexible from v0 ---------------------------------

DESCRIBE_CLUSTER_REQUEST = Message(
    "DescribeClusterRequest", api_keys.DESCRIBE_CLUSTER, (0, 2), 0,
    (
        F("IncludeClusterAuthorizedOperations", "bool"),
        F("EndpointType", "int8", "1+", default=1),
        F("IncludeFencedBrokers", "bool", "2+"),
    ),
)

DESCRIBE_CLUSTER_RESPONSE = Message(
    "DescribeClusterResponse", api_keys.DESCRIBE_CLUSTER, (0, 2), 0,
    (
        F("ThrottleTimeMs", "int32"),
        F("ErrorCode", "int16"),
        F("ErrorMessage", "string", nullable="0+"),
        F("EndpointType", "int8", "1+", default=1),
        F("ClusterId", "string"),
        F("ControllerId", "int32", default=-1),
        F("Brokers", Array((
            F("BrokerId", "int32"),
            F("Host", "string"),
            F("Port", "int32"),
            F("Rack", "string", nullable="0+"),
            F("IsFenced", "bool", "2+"),
        ))),
        F("ClusterAuthorizedOperations", "int32", default=-(2**31)),
    ),
)

# --- Produce (key 0) and Fetch (key 1) -------------------------------------------------
# Sluice reads only the start of a Produce request (to learn acks) and rewrites the
# KIP-951 NodeEndpoints tagged field of Produce v10+ and Fetch v16+ responses.

PRODUCE_REQUEST_START = Message(
    "ProduceRequest", api_keys.PRODUCE, (0, 12), 9,
    (
        F("TransactionalId", "string", "3+", nullable="3+"),
        F("Acks", "int16"),
        F("TimeoutMs", "int32"),
    ),
)

# Whole Produce request, for features that must see its topics (audit). Records stay
# opaque bytes; the hot path never decodes this.
PRODUCE_TOPIC_DATA = (
    F("Name", "string"),
    F("PartitionData", Array((
        F("Index", "int32"),
        F("Records", "records", nullable="0+"),
    ))),
)
PRODUCE_REQUEST = Message(
    "ProduceRequest", api_keys.PRODUCE, (0, 12), 9,
    (
        F("TransactionalId", "string", "3+", nullable="3+"),
        F("Acks", "int16"),
        F("TimeoutMs", "int32"),
        F("TopicData", Array(PRODUCE_TOPIC_DATA)),
    ),
)

# --- CreateTopics (key 19): v0-v7, flexible from v5; DeleteTopics (key 20): v0-v6, from v4

CREATE_TOPICS_REQUEST = Message(
    "CreateTopicsRequest", 19, (0, 7), 5,
    (
        F("Topics", Array((
            F("Name", "string"),
            F("NumPartitions", "int32"),
            F("ReplicationFactor", "int16"),
            F("Assignments", Array((
                F("PartitionIndex", "int32"),
                F("BrokerIds", Array("int32")),
            ))),
            F("Configs", Array((
                F("Name", "string"),
                F("Value", "string", nullable="0+"),
            ))),
        ))),
        F("TimeoutMs", "int32"),
        F("ValidateOnly", "bool", "1+"),
    ),
)

DELETE_TOPICS_REQUEST = Message(
    "DeleteTopicsRequest", 20, (0, 6), 4,
    (
        F("Topics", Array((
            F("Name", "string", "6+", nullable="6+"),
            F("TopicId", "uuid", "6+"),
        )), "6+"),
        F("TopicNames", Array("string"), "0-5"),
        F("TimeoutMs", "int32"),
    ),
)

_NODE_ENDPOINT = (
    F("NodeId", "int32", "0+"),
    F("Host", "string", "0+"),
    F("Port", "int32", "0+"),
    F("Rack", "string", "0+", nullable="0+"),
)
_LEADER_ID_AND_EPOCH = (
    F("LeaderId", "int32", default=-1),
    F("LeaderEpoch", "int32", default=-1),
)

PRODUCE_RESPONSE = Message(
    "ProduceResponse", api_keys.PRODUCE, (0, 12), 9,
    (
        F("Responses", Array((
            F("Name", "string"),
            F("PartitionResponses", Array((
                F("Index", "int32"),
                F("ErrorCode", "int16"),
                F("BaseOffset", "int64"),
                F("LogAppendTimeMs", "int64", "2+", default=-1),
                F("LogStartOffset", "int64", "5+", default=-1),
                F("RecordErrors", Array((
                    F("BatchIndex", "int32", "8+"),
                    F("BatchIndexErrorMessage", "string", "8+", nullable="8+"),
                )), "8+"),
                F("ErrorMessage", "string", "8+", nullable="8+"),
                F("CurrentLeader", _LEADER_ID_AND_EPOCH, "10+", tag=0),
            ))),
        ))),
        F("ThrottleTimeMs", "int32", "1+"),
        F("NodeEndpoints", Array(_NODE_ENDPOINT), "10+", tag=0),
    ),
)

FETCH_RESPONSE = Message(
    "FetchResponse", api_keys.FETCH, (0, 17), 12,
    (
        F("ThrottleTimeMs", "int32", "1+"),
        F("ErrorCode", "int16", "7+"),
        F("SessionId", "int32", "7+"),
        F("Responses", Array((
            F("Topic", "string", "0-12"),
            F("TopicId", "uuid", "13+"),
            F("Partitions", Array((
                F("PartitionIndex", "int32"),
                F("ErrorCode", "int16"),
                F("HighWatermark", "int64"),
                F("LastStableOffset", "int64", "4+", default=-1),
                F("LogStartOffset", "int64", "5+", default=-1),
                F("DivergingEpoch", (
                    F("Epoch", "int32", "12+", default=-1),
                    F("EndOffset", "int64", "12+", default=-1),
                ), "12+", tag=0),
                F("CurrentLeader", _LEADER_ID_AND_EPOCH, "12+", tag=1),
                F("SnapshotId", (
                    F("EndOffset", "int64", default=-1),
                    F("Epoch", "int32", default=-1),
                ), "12+", tag=2),
                F("AbortedTransactions", Array((
                    F("ProducerId", "int64", "4+"),
                    F("FirstOffset", "int64", "4+"),
                )), "4+", nullable="4+"),
                F("PreferredReadReplica", "int32", "11+", default=-1),
                F("Records", "records", nullable="0+"),
            ))),
        ))),
        F("NodeEndpoints", Array(_NODE_ENDPOINT), "16+", tag=0),
    ),
)

# Every message with a full decoder/encoder, for round-trip and fuzz tests.
ALL_MESSAGES: tuple[Message, ...] = (
    API_VERSIONS_REQUEST, API_VERSIONS_RESPONSE,
    METADATA_REQUEST, METADATA_RESPONSE,
    FIND_COORDINATOR_REQUEST, FIND_COORDINATOR_RESPONSE,
    DESCRIBE_CLUSTER_REQUEST, DESCRIBE_CLUSTER_RESPONSE,
    PRODUCE_REQUEST, PRODUCE_RESPONSE, FETCH_RESPONSE,
    CREATE_TOPICS_REQUEST, DELETE_TOPICS_REQUEST,
)

__all__ = ["Field", "Message", "ALL_MESSAGES"]

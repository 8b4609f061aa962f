"""The gateway cluster view: heartbeats on an internal Kafka topic, turned into live nodes.

The Kafka side is membership.kafka_membership (it needs librdkafka); what is exported here
does not, so the view and the heartbeat codec are importable anywhere.
"""

from membership.heartbeat import (
    Heartbeat,
    HeartbeatDecodeError,
    decode_heartbeat,
    encode_heartbeat,
    group_id,
    heartbeat_topic,
)
from membership.view import MembershipView

__all__ = [
    "Heartbeat",
    "HeartbeatDecodeError",
    "MembershipView",
    "decode_heartbeat",
    "encode_heartbeat",
    "group_id",
    "heartbeat_topic",
]

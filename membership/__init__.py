"""The gateway cluster view: heartbeats on an internal Kafka topic, turned into live nodes."""

from membership.heartbeat import (
    Heartbeat,
    HeartbeatDecodeError,
    decode_heartbeat,
    encode_heartbeat,
    group_id,
    heartbeat_topic,
)
from membership.kafka_membership import KafkaMembership, OnChange
from membership.view import MembershipView

__all__ = [
    "Heartbeat",
    "HeartbeatDecodeError",
    "KafkaMembership",
    "MembershipView",
    "OnChange",
    "decode_heartbeat",
    "encode_heartbeat",
    "group_id",
    "heartbeat_topic",
]

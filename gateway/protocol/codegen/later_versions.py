"""Versions Kafka 4.0 added after the vendored spec snapshot, applied to the loaded specs.

The vendored specs (specs/README.md) are a 4.0.0-SNAPSHOT taken before these versions
were published; brokers (the librdkafka mock among them) already speak them. Each entry
raises a spec's `validVersions` and adds the fields that version introduced, exactly as
the later Kafka spec declares them. Delete an entry when the vendored specs catch up:
`load_message` refuses an entry whose version the spec already has.
"""

from __future__ import annotations

from typing import Any

_FIELD = dict[str, Any]

# spec name: (new highest version, [(path of the struct the field joins, field)]).
LATER_VERSIONS: dict[str, tuple[int, list[tuple[str, _FIELD]]]] = {
    # KIP-1102: v13 adds a top-level error code (REBOOTSTRAP_REQUIRED).
    "MetadataRequest": (13, []),
    "MetadataResponse": (13, [("", {
        "name": "ErrorCode", "type": "int16", "versions": "13+", "ignorable": True,
        # Kafka's Java default for an int16; declared so that hand-built messages of
        # any version need not name it.
        "default": "0"})]),
    # KIP-890 part 2: v12 is v11 with server-side transaction verification.
    "ProduceRequest": (12, []),
    "ProduceResponse": (12, []),
    # KIP-1073: v2 can list fenced brokers.
    "DescribeClusterRequest": (2, [("", {
        "name": "IncludeFencedBrokers", "type": "bool", "versions": "2+",
        "default": "false"})]),
    "DescribeClusterResponse": (2, [("Brokers", {
        "name": "IsFenced", "type": "bool", "versions": "2+", "default": "false"})]),
}


# APIs Kafka added after the vendored snapshot (KIP-1071 streams groups, KIP-932 share
# group offsets): their names, for logs, audit and metrics. The gateway forwards them
# without decoding; each is flexible from version 0.
LATER_APIS: dict[int, str] = {
    88: "StreamsGroupHeartbeat",
    89: "StreamsGroupDescribe",
    90: "DescribeShareGroupOffsets",
    91: "AlterShareGroupOffsets",
    92: "DeleteShareGroupOffsets",
}


def apply_later_versions(data: dict[str, Any]) -> dict[str, Any]:
    """`data` (one parsed spec) with the later versions of LATER_VERSIONS applied."""
    later = LATER_VERSIONS.get(data["name"])
    if later is None:
        return data
    high, additions = later
    low, _, old_high = data["validVersions"].partition("-")
    if int(old_high or low) >= high:
        raise ValueError(f"{data['name']} already has v{high}: remove it from LATER_VERSIONS")
    data = {**data, "validVersions": f"{low}-{high}"}
    for path, new_field in additions:
        fields: list[dict[str, Any]] = data["fields"]
        if path:
            fields = next(f for f in fields if f["name"] == path)["fields"]
        fields.append(new_field)
    return data

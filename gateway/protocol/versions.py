"""ApiVersions negotiation between clients, the gateway and the brokers.

The gateway advertises, per API key, the intersection of the broker's range and the
range the gateway can handle. For the APIs it rewrites, or checks for internal topics,
that is the range its codec knows; for every other known API the gateway passes bytes
through, so the broker's range stands. Keys unknown to the gateway are dropped: it
would refuse them anyway. Produce keeps the broker's minimum (often v0, which
librdkafka needs to see).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import api_keys, internal_topics
from .codec_runtime import from_dict
from .errors import UNSUPPORTED_VERSION
from .frames import frame
from .generated.api_versions_response import ApiVersionsResponse
from .headers import encode_response_header

# Version ranges of the APIs whose bodies the gateway decodes or rewrites.
GATEWAY_LIMITS: dict[int, tuple[int, int]] = {
    api_keys.PRODUCE: (0, 12),
    api_keys.FETCH: (0, 17),
    api_keys.METADATA: (0, 13),
    api_keys.FIND_COORDINATOR: (0, 6),
    api_keys.API_VERSIONS: (0, 4),
    api_keys.DESCRIBE_CLUSTER: (0, 2),
}

VersionRanges = dict[int, tuple[int, int]]


def negotiate(broker_api_keys: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Intersect a broker's ApiKeys entries with what the gateway handles."""
    result = []
    for entry in broker_api_keys:
        key = entry["ApiKey"]
        if key not in api_keys.API_KEYS:
            continue
        low, high = entry["MinVersion"], entry["MaxVersion"]
        for limits in (GATEWAY_LIMITS.get(key), internal_topics.version_limits().get(key)):
            if limits is not None:
                low, high = max(low, limits[0]), min(high, limits[1])
        if low > high:
            continue
        result.append({**entry, "MinVersion": low, "MaxVersion": high})
    return result


def ranges_of(entries: list[dict[str, Any]]) -> VersionRanges:
    """ApiKeys entries as {api key: (min, max)}."""
    return {e["ApiKey"]: (e["MinVersion"], e["MaxVersion"]) for e in entries}


def unsupported_version_frame(correlation_id: int, ranges: Mapping[int, tuple[int, int]]) -> bytes:
    """The answer to an ApiVersions request newer than the gateway advertises.

    Per KIP-511 the body is v0 (error code + api keys) so an old or new client can
    read it and retry with the highest version both sides support.
    """
    if api_keys.API_VERSIONS not in ranges:
        ranges = {**ranges, api_keys.API_VERSIONS: GATEWAY_LIMITS[api_keys.API_VERSIONS]}
    body = from_dict(ApiVersionsResponse, {
        "ErrorCode": UNSUPPORTED_VERSION,
        "ApiKeys": [
            {"ApiKey": k, "MinVersion": lo, "MaxVersion": hi}
            for k, (lo, hi) in sorted(ranges.items())
        ],
    }, 0).encode(0)
    return frame(encode_response_header(api_keys.API_VERSIONS, 0, correlation_id) + body)

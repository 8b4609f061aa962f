"""Dict-shaped access to the generated codec, for tests that build and read frames as data.

Many tests write a message as a dict of spec field names (`{"Topics": [...]}`) and read
one back the same way. `Wire(cls)` gives them that on top of the generated classes:
`encode(dict, version)` goes through `codec_runtime.from_dict` (unknown names refused,
missing fields defaulted) and the class's generated encoder; `decode(buf, version, pos)`
through the generated decoder and `to_dict` (only the fields on the wire of that version;
tagged fields only when present; unknown tags under `UNKNOWN_TAGS`). Every byte is the
generated codec's; only the shape of the values is the tests'.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gateway.protocol.codec_runtime import Buffer, KafkaStruct, Message, from_dict, to_dict
from gateway.protocol.generated.api_versions_request import ApiVersionsRequest
from gateway.protocol.generated.api_versions_response import ApiVersionsResponse
from gateway.protocol.generated.create_topics_request import CreateTopicsRequest
from gateway.protocol.generated.delete_topics_request import DeleteTopicsRequest
from gateway.protocol.generated.describe_cluster_request import DescribeClusterRequest
from gateway.protocol.generated.describe_cluster_response import DescribeClusterResponse
from gateway.protocol.generated.fetch_request import FetchRequest
from gateway.protocol.generated.fetch_response import FetchResponse
from gateway.protocol.generated.find_coordinator_request import FindCoordinatorRequest
from gateway.protocol.generated.find_coordinator_response import FindCoordinatorResponse
from gateway.protocol.generated.metadata_request import MetadataRequest
from gateway.protocol.generated.metadata_response import MetadataResponse
from gateway.protocol.generated.produce_request import ProduceRequest
from gateway.protocol.generated.produce_response import ProduceResponse

UNKNOWN_TAGS = "unknown_tags"


@dataclass(frozen=True)
class Wire:
    """One generated message class, read and written as dicts."""

    cls: type[Message]

    @property
    def name(self) -> str:
        """The spec name, e.g. "MetadataResponse"."""
        return self.cls.__name__

    @property
    def api_key(self) -> int:
        """The API key."""
        return self.cls.API_KEY

    @property
    def valid(self) -> tuple[int, int]:
        """The lowest and highest version."""
        return self.cls.VALID_VERSIONS

    def is_flexible(self, version: int) -> bool:
        """Whether `version` uses compact encodings and tagged fields."""
        return self.cls.FLEXIBLE_FROM is not None and version >= self.cls.FLEXIBLE_FROM

    def build(self, value: dict[str, Any], version: int) -> Any:
        """The generated instance of a dict."""
        return from_dict(self.cls, value, version)

    def encode(self, value: dict[str, Any] | KafkaStruct, version: int) -> bytes:
        """Encode a dict (or an instance) in `version`."""
        message = value if isinstance(value, KafkaStruct) else self.build(value, version)
        return message.encode(version)

    def decode(self, buf: Buffer, version: int, pos: int = 0) -> tuple[dict[str, Any], int]:
        """Decode the body at `pos` as a dict; also return the offset after it."""
        message, end = self.cls.decode(buf, version, pos)
        return to_dict(message, version), end


API_VERSIONS_REQUEST = Wire(ApiVersionsRequest)
API_VERSIONS_RESPONSE = Wire(ApiVersionsResponse)
METADATA_REQUEST = Wire(MetadataRequest)
METADATA_RESPONSE = Wire(MetadataResponse)
FIND_COORDINATOR_REQUEST = Wire(FindCoordinatorRequest)
FIND_COORDINATOR_RESPONSE = Wire(FindCoordinatorResponse)
DESCRIBE_CLUSTER_REQUEST = Wire(DescribeClusterRequest)
DESCRIBE_CLUSTER_RESPONSE = Wire(DescribeClusterResponse)
PRODUCE_REQUEST = Wire(ProduceRequest)
PRODUCE_RESPONSE = Wire(ProduceResponse)
FETCH_REQUEST = Wire(FetchRequest)
FETCH_RESPONSE = Wire(FetchResponse)
CREATE_TOPICS_REQUEST = Wire(CreateTopicsRequest)
DELETE_TOPICS_REQUEST = Wire(DeleteTopicsRequest)

ALL_MESSAGES: tuple[Wire, ...] = (
    API_VERSIONS_REQUEST, API_VERSIONS_RESPONSE, METADATA_REQUEST, METADATA_RESPONSE,
    FIND_COORDINATOR_REQUEST, FIND_COORDINATOR_RESPONSE, DESCRIBE_CLUSTER_REQUEST,
    DESCRIBE_CLUSTER_RESPONSE, PRODUCE_REQUEST, PRODUCE_RESPONSE, FETCH_REQUEST,
    FETCH_RESPONSE, CREATE_TOPICS_REQUEST, DELETE_TOPICS_REQUEST,
)


def wire(name: str) -> Wire:
    """The `Wire` of a generated message class by spec name."""
    from gateway.protocol.internal_topics import _message

    return Wire(_message(name))

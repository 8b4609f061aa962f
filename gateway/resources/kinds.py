"""The resource kinds of the admin API (``apiVersion: gateway/v2``), as strict msgspec schemas.

Shapes follow Conduktor Gateway's public v2 API, as published in:
- its CLI's built-in catalog (github.com/conduktor/ctl, schema/default_schema/gateway.json):
  the kinds, their paths (``/gateway/v2/alias-topic``, ``interceptor``, ``virtual-cluster``,
  ``service-account``, ``group``), list filters (``name``, ``vcluster``, ``showDefaults``,
  ``type``, ``global``, ``group``, ``username``) and apply examples;
- the same CLI's gateway client (internal/client/gateway_client.go): alias topics and
  service accounts are deleted with a JSON body ``{name, vCluster}`` on the list path
  (``vCluster`` defaulting to ``passthrough``), interceptors by ``/interceptor/<name>`` with an
  optional scope body ``{vCluster, group, username}``, the others by ``/<path>/<name>``;
- Conduktor's Terraform provider models (internal/model/gateway/*_v2.go): the spec fields of
  VirtualCluster, GatewayServiceAccount and Interceptor;
- docs.conduktor.io (resources reference, interceptor reference): the plugin configs of
  VirtualSqlTopicPlugin, FieldLevelDataMaskingPlugin and AuditPlugin, field by field.

Every schema refuses unknown fields, and an Interceptor's ``config`` is validated against
its plugin's schema: a typo is a 400 naming the field path, never a setting silently ignored.
``status`` is owned by the server: GET fills it in (does this Sluice version apply the
resource?), and a ``status`` sent back in a PUT is dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Final, Literal

import msgspec

__all__ = [
    "API_VERSION",
    "KINDS",
    "KINDS_BY_PATH",
    "PLUGIN_CONFIGS",
    "Kind",
    "Resource",
    "ResourceError",
    "ResourceKey",
    "ResourceStatus",
    "canonical_json",
    "field_error",
    "parse_resource",
    "resource_document",
    "status_of",
]

API_VERSION: Final = "gateway/v2"
DEFAULT_VCLUSTER: Final = "passthrough"  # Conduktor's name for "no virtual cluster"

# Names end up in Kafka record keys, URLs and logs: printable, no slash, bounded.
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=249, pattern=r"^[^/\s\x00-\x1f]+$")]
TopicName = Annotated[str, msgspec.Meta(min_length=1, max_length=249,
                                        pattern=r"^[A-Za-z0-9._-]+$")]
ShortText = Annotated[str, msgspec.Meta(max_length=4096)]


class ResourceError(ValueError):
    """A resource that does not validate; ``path`` is the JSON path of the bad field."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{message} - at `{path}`")
        self.path = path
        self.message = message


class _Strict(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    pass


def _check_regex(value: str, field: str) -> None:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"{field}: not a valid regular expression: {exc}") from exc


class ResourceStatus(_Strict, frozen=True, kw_only=True):
    """Whether this Sluice version acts on the resource (filled in by GET, ignored on PUT)."""

    applied: bool
    detail: str


class _Resource(_Strict, frozen=True, kw_only=True, tag_field="kind"):
    apiVersion: Literal["gateway/v2"]  # noqa: N815 - Conduktor's field names
    status: ResourceStatus | None = None


# --- plugin configs (docs.conduktor.io interceptor reference) ---


class AwsCredentials(_Strict, frozen=True, kw_only=True):
    """AWS Glue credentials of a schema registry config."""

    accessKey: str  # noqa: N815
    secretKey: str  # noqa: N815
    validateCredentials: bool = True  # noqa: N815
    accountId: str | None = None  # noqa: N815


class SchemaRegistryConfig(_Strict, frozen=True, kw_only=True):
    """Where a plugin reads schemas: Confluent-like (``host``) or AWS Glue (``region``)."""

    type: Literal["CONFLUENT", "AWS"] = "CONFLUENT"
    host: str | None = None
    cacheSize: int | str | None = None  # noqa: N815 - documented as a string, "50"
    additionalConfigs: dict[str, str] | None = None  # noqa: N815
    region: str | None = None
    registryName: str | None = None  # noqa: N815
    basicCredentials: AwsCredentials | None = None  # noqa: N815

    def __post_init__(self) -> None:
        if self.type == "CONFLUENT" and not self.host:
            raise ValueError("host: required for a CONFLUENT schema registry")
        if self.type == "AWS" and not self.region:
            raise ValueError("region: required for an AWS schema registry")


_SQL_SHAPE = re.compile(r"^\s*SELECT\s.+\sFROM\s+\S", re.IGNORECASE | re.DOTALL)


class VirtualSqlTopicConfig(_Strict, frozen=True, kw_only=True):
    """io.conduktor.gateway.interceptor.VirtualSqlTopicPlugin: a SQL-filtered virtual topic."""

    virtualTopic: TopicName  # noqa: N815
    statement: Annotated[str, msgspec.Meta(min_length=1, max_length=65536)]
    schemaRegistryConfig: SchemaRegistryConfig | None = None  # noqa: N815

    def __post_init__(self) -> None:
        if not _SQL_SHAPE.match(self.statement):
            raise ValueError("statement: expected SELECT <fields> FROM <topic> [WHERE ...]")


class MaskingRule(_Strict, frozen=True, kw_only=True):
    """How a masking policy masks its fields."""

    type: Literal["MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N"] = "MASK_ALL"
    maskingChar: Annotated[str, msgspec.Meta(min_length=1, max_length=1)] = "*"  # noqa: N815
    numberOfChars: Annotated[int, msgspec.Meta(ge=0)] | None = None  # noqa: N815

    def __post_init__(self) -> None:
        if self.type != "MASK_ALL" and self.numberOfChars is None:
            raise ValueError(f"numberOfChars: required for {self.type}")


class MaskingPolicy(_Strict, frozen=True, kw_only=True):
    """One masking policy: these fields, masked by this rule."""

    name: Annotated[str, msgspec.Meta(min_length=1)]
    fields: Annotated[list[Annotated[str, msgspec.Meta(min_length=1)]], msgspec.Meta(min_length=1)]
    rule: MaskingRule = MaskingRule()
    schemaRegistryConfig: SchemaRegistryConfig | None = None  # noqa: N815


class FieldLevelDataMaskingConfig(_Strict, frozen=True, kw_only=True):
    """io.conduktor.gateway.interceptor.FieldLevelDataMaskingPlugin: mask fields on fetch."""

    topic: str = ".*"
    policies: Annotated[list[MaskingPolicy], msgspec.Meta(min_length=1)]
    schemaRegistryConfig: SchemaRegistryConfig | None = None  # noqa: N815

    def __post_init__(self) -> None:
        _check_regex(self.topic, "topic")


class AuditConfig(_Strict, frozen=True, kw_only=True):
    """io.conduktor.gateway.interceptor.AuditPlugin: audit requests of some API keys."""

    topic: str = ".*"
    apiKeys: list[str] | None = None  # noqa: N815
    vcluster: str = ".*"
    username: str = ".*"
    consumerGroupId: str = ".*"  # noqa: N815
    topicPartitions: list[Annotated[int, msgspec.Meta(ge=0)]] | None = None  # noqa: N815

    def __post_init__(self) -> None:
        from gateway.audit import parse_api_key_names

        for field in ("topic", "vcluster", "username", "consumerGroupId"):
            _check_regex(getattr(self, field), field)
        try:
            parse_api_key_names(self.apiKeys or [])
        except ValueError as exc:
            raise ValueError(f"apiKeys: {exc}") from exc


@dataclass(frozen=True, slots=True)
class PluginInfo:
    """A plugin class Sluice knows: its config schema, and whether Sluice applies it yet."""

    config: type[msgspec.Struct]
    applied: bool
    detail: str


_PLUGIN_PREFIX: Final = "io.conduktor.gateway.interceptor."
PLUGIN_CONFIGS: Final[dict[str, PluginInfo]] = {
    _PLUGIN_PREFIX + "VirtualSqlTopicPlugin": PluginInfo(
        VirtualSqlTopicConfig, False,
        "stored and validated; SQL virtual topics take effect in a later Sluice version"),
    _PLUGIN_PREFIX + "FieldLevelDataMaskingPlugin": PluginInfo(
        FieldLevelDataMaskingConfig, False,
        "stored and validated; field masking takes effect in a later Sluice version"),
    _PLUGIN_PREFIX + "AuditPlugin": PluginInfo(
        AuditConfig, False,
        "stored and validated; audit by interceptor takes effect in a later Sluice version "
        "(GATEWAY_AUDIT_API_KEYS audits today)"),
}


# --- the kinds ---


class InterceptorScope(_Strict, frozen=True, kw_only=True):
    """Whom an interceptor applies to; all empty means every client."""

    vCluster: Name | None = None  # noqa: N815
    group: Name | None = None
    username: Name | None = None


class InterceptorMetadata(_Strict, frozen=True, kw_only=True):
    """An interceptor's name and scope."""

    name: Name
    scope: InterceptorScope = InterceptorScope()


class InterceptorSpec(_Strict, frozen=True, kw_only=True):
    """An interceptor: a plugin class, its priority and its config."""

    pluginClass: Annotated[str, msgspec.Meta(min_length=1, max_length=512)]  # noqa: N815
    priority: Annotated[int, msgspec.Meta(ge=0, le=2**31 - 1)]
    config: dict[str, Any] = {}
    comment: ShortText | None = None


class Interceptor(_Resource, frozen=True, kw_only=True, tag="Interceptor"):
    """A configured plugin (Conduktor's ``Interceptor``)."""

    metadata: InterceptorMetadata
    spec: InterceptorSpec


class AliasTopicMetadata(_Strict, frozen=True, kw_only=True):
    """An alias topic's name and virtual cluster."""

    name: TopicName
    vCluster: Name = DEFAULT_VCLUSTER  # noqa: N815


class AliasTopicSpec(_Strict, frozen=True, kw_only=True):
    """The physical topic an alias points at."""

    physicalName: TopicName  # noqa: N815
    physicalCluster: Name | None = None  # noqa: N815


class AliasTopic(_Resource, frozen=True, kw_only=True, tag="AliasTopic"):
    """A topic name that points at another, physical topic."""

    metadata: AliasTopicMetadata
    spec: AliasTopicSpec


class NamedMetadata(_Strict, frozen=True, kw_only=True):
    """Metadata holding only a name."""

    name: Name


class AclResourcePattern(_Strict, frozen=True, kw_only=True):
    """The resource an ACL entry is about."""

    resourceType: str  # noqa: N815
    name: str
    patternType: str  # noqa: N815


class Acl(_Strict, frozen=True, kw_only=True):
    """A Kafka ACL entry of a virtual cluster."""

    resourcePattern: AclResourcePattern  # noqa: N815
    principal: str
    host: str = "*"
    operation: str
    permissionType: str  # noqa: N815


class VirtualClusterSpec(_Strict, frozen=True, kw_only=True):
    """A virtual cluster: its type, ACL mode and super users."""

    aclEnabled: bool = False  # noqa: N815
    aclMode: Literal["KAFKA_API", "REST_API"] | None = None  # noqa: N815
    superUsers: list[Name] = []  # noqa: N815
    type: Literal["Standard", "Partner"] = "Standard"
    bootstrapServers: str | None = None  # noqa: N815 - reported by Conduktor, informative
    clientProperties: dict[str, dict[str, str]] | None = None  # noqa: N815
    acls: list[Acl] | None = None


class VirtualCluster(_Resource, frozen=True, kw_only=True, tag="VirtualCluster"):
    """A logical Kafka cluster on top of the backend."""

    metadata: NamedMetadata
    spec: VirtualClusterSpec = VirtualClusterSpec()


class ServiceAccountMetadata(_Strict, frozen=True, kw_only=True):
    """A service account's name and virtual cluster."""

    name: Name
    vCluster: Name = DEFAULT_VCLUSTER  # noqa: N815


class ServiceAccountSpec(_Strict, frozen=True, kw_only=True):
    """LOCAL (Gateway-issued token) or EXTERNAL (names from an external identity)."""

    type: Literal["LOCAL", "EXTERNAL"]
    externalNames: list[Name] = []  # noqa: N815

    def __post_init__(self) -> None:
        if self.type == "EXTERNAL" and not self.externalNames:
            raise ValueError("externalNames: required for an EXTERNAL service account")
        if self.type == "LOCAL" and self.externalNames:
            raise ValueError("externalNames: only for EXTERNAL service accounts")


class GatewayServiceAccount(_Resource, frozen=True, kw_only=True, tag="GatewayServiceAccount"):
    """A principal known to the gateway."""

    metadata: ServiceAccountMetadata
    spec: ServiceAccountSpec


class GroupMember(_Strict, frozen=True, kw_only=True):
    """A service account in a group."""

    name: Name
    vCluster: Name = DEFAULT_VCLUSTER  # noqa: N815


class GatewayGroupSpec(_Strict, frozen=True, kw_only=True):
    """The members of a group."""

    members: list[GroupMember] = []
    externalGroups: list[Name] = []  # noqa: N815


class GatewayGroup(_Resource, frozen=True, kw_only=True, tag="GatewayGroup"):
    """A named set of service accounts (and external groups)."""

    metadata: NamedMetadata
    spec: GatewayGroupSpec = GatewayGroupSpec()


Resource = Interceptor | AliasTopic | VirtualCluster | GatewayServiceAccount | GatewayGroup
# (kind, then the names that identify the resource within its kind); see Kind.key.
ResourceKey = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Kind:
    """A resource kind: its schema, path and how it is identified, listed and deleted."""

    name: str
    path: str  # /gateway/v2/<path>
    type: type[msgspec.Struct]
    identity: Callable[[Any], tuple[str, ...]]
    identity_fields: tuple[str, ...]  # names of the identity parts, for DELETE bodies
    filters: tuple[str, ...]  # query parameters of GET <path>
    delete: Literal["body", "path", "path+scope"]
    get_by_name: bool  # GET <path>/<name> exists
    applied: bool
    detail: str

    def key(self, resource: Any) -> ResourceKey:
        """The record key of a resource: kind, vCluster, name (and scope for interceptors)."""
        return (self.name, *self.identity(resource))


def _scope(r: Interceptor) -> tuple[str, ...]:
    s = r.metadata.scope
    return (s.vCluster or "", r.metadata.name, s.group or "", s.username or "")


_LATER = "stored and served; takes effect in a later Sluice version"
KINDS: Final[dict[str, Kind]] = {k.name: k for k in (
    Kind("VirtualCluster", "virtual-cluster", VirtualCluster,
         lambda r: (r.metadata.name, r.metadata.name), ("vCluster", "name"), (),
         "path", True, False, _LATER),
    Kind("GatewayServiceAccount", "service-account", GatewayServiceAccount,
         lambda r: (r.metadata.vCluster, r.metadata.name), ("vCluster", "name"),
         ("name", "type", "vcluster", "showDefaults"), "body", False, False, _LATER),
    Kind("GatewayGroup", "group", GatewayGroup,
         lambda r: ("", r.metadata.name), ("vCluster", "name"), ("showDefaults",),
         "path", True, False, _LATER),
    Kind("AliasTopic", "alias-topic", AliasTopic,
         lambda r: (r.metadata.vCluster, r.metadata.name), ("vCluster", "name"),
         ("name", "vcluster", "showDefaults"), "body", False, False, _LATER),
    Kind("Interceptor", "interceptor", Interceptor, _scope,
         ("vCluster", "name", "group", "username"),
         ("name", "vcluster", "group", "username", "global"), "path+scope", False, False,
         _LATER),
)}
KINDS_BY_PATH: Final[dict[str, Kind]] = {k.path: k for k in KINDS.values()}


def field_error(exc: msgspec.ValidationError, prefix: str = "$") -> ResourceError:
    """A ResourceError from msgspec's "message - at `$.a.b`" text, re-rooted at ``prefix``."""
    text = str(exc)
    message, sep, where = text.rpartition(" - at `")
    if not sep:
        message, where = text, "$"
    path = prefix + where.rstrip("`")[1:]
    # A cross-field check (__post_init__) says "field: problem"; point at that field.
    field = re.match(r"^([A-Za-z]\w*): (.+)$", message, re.DOTALL)
    if field:
        return ResourceError(f"{path}.{field.group(1)}", field.group(2))
    return ResourceError(path, message)


def parse_resource(document: Any, expected: Kind | None = None) -> Any:
    """Validate a decoded JSON/YAML document as a resource; raises ResourceError."""
    if not isinstance(document, dict):
        raise ResourceError("$", f"expected a resource object, got {type(document).__name__}")
    kind_name = document.get("kind")
    if kind_name is None:
        raise ResourceError("$.kind", "Object missing required field `kind`")
    if not isinstance(kind_name, str) or kind_name not in KINDS:
        raise ResourceError("$.kind", f"unknown kind {kind_name!r}; known kinds: "
                            + ", ".join(KINDS))
    kind = KINDS[kind_name]
    if expected is not None and kind is not expected:
        raise ResourceError("$.kind", f"expected {expected.name} on /gateway/v2/"
                            f"{expected.path}, got {kind_name}")
    document = {k: v for k, v in document.items() if k != "status"}  # server-owned
    try:
        resource = msgspec.convert(document, kind.type)
    except msgspec.ValidationError as exc:
        raise field_error(exc) from exc
    if isinstance(resource, Interceptor):
        _check_plugin(resource)
    return resource


def _check_plugin(resource: Interceptor) -> None:
    plugin = PLUGIN_CONFIGS.get(resource.spec.pluginClass)
    if plugin is None:
        raise ResourceError("$.spec.pluginClass", f"unknown pluginClass "
                            f"{resource.spec.pluginClass!r}; this Sluice version knows: "
                            + ", ".join(PLUGIN_CONFIGS))
    try:
        msgspec.convert(resource.spec.config, plugin.config)
    except msgspec.ValidationError as exc:
        raise field_error(exc, "$.spec.config") from exc


def _drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_nulls(v) for v in value]
    return value


def resource_document(resource: Any) -> dict[str, Any]:
    """The resource as a plain JSON-ready dict (defaults filled in, nulls left out)."""
    document = _drop_nulls(msgspec.to_builtins(msgspec.structs.replace(resource, status=None)))
    assert isinstance(document, dict)
    return document


def status_of(resource: Any) -> ResourceStatus:
    """Whether this Sluice version acts on a resource, and what it does with it."""
    if isinstance(resource, Interceptor):
        plugin = PLUGIN_CONFIGS[resource.spec.pluginClass]
        return ResourceStatus(applied=plugin.applied, detail=plugin.detail)
    kind = KINDS[type(resource).__name__]
    return ResourceStatus(applied=kind.applied, detail=kind.detail)


def canonical_json(document: Any) -> bytes:
    """A stable serialisation, to tell an unchanged resource from an updated one."""
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode()

"""Resources as Conduktor's docs and CLI examples write them, one valid example per kind."""

from __future__ import annotations

from typing import Any

SQL_PLUGIN = "io.conduktor.gateway.interceptor.VirtualSqlTopicPlugin"
MASKING_PLUGIN = "io.conduktor.gateway.interceptor.FieldLevelDataMaskingPlugin"
AUDIT_PLUGIN = "io.conduktor.gateway.interceptor.AuditPlugin"


def alias_topic(name: str = "orders_v1", physical: str = "orders_v2",
                vcluster: str | None = None) -> dict[str, Any]:
    metadata: dict[str, Any] = {"name": name}
    if vcluster is not None:
        metadata["vCluster"] = vcluster
    return {"kind": "AliasTopic", "apiVersion": "gateway/v2", "metadata": metadata,
            "spec": {"physicalName": physical}}


def sql_interceptor(name: str = "yellow_cars_filter", color: str = "yellow") -> dict[str, Any]:
    return {"kind": "Interceptor", "apiVersion": "gateway/v2",
            "metadata": {"name": name, "scope": {"vCluster": "vCluster1"}},
            "spec": {"comment": "Filter yellow cars", "pluginClass": SQL_PLUGIN, "priority": 1,
                     "config": {"virtualTopic": "yellow_cars",
                                "statement": "SELECT '$.type' as type, '$.price' as price "
                                             f"FROM cars WHERE '$.color' = '{color}'"}}}


def masking_interceptor(name: str = "mask-visa") -> dict[str, Any]:
    return {"kind": "Interceptor", "apiVersion": "gateway/v2", "metadata": {"name": name},
            "spec": {"pluginClass": MASKING_PLUGIN, "priority": 100, "config": {
                "schemaRegistryConfig": {"host": "http://schema-registry:8081"},
                "policies": [
                    {"name": "Mask password", "rule": {"type": "MASK_ALL"},
                     "fields": ["password"]},
                    {"name": "Mask visa", "rule": {"type": "MASK_LAST_N", "maskingChar": "X",
                                                   "numberOfChars": 4}, "fields": ["visa"]},
                ]}}}


def audit_interceptor(name: str = "audit") -> dict[str, Any]:
    return {"kind": "Interceptor", "apiVersion": "gateway/v2", "metadata": {"name": name},
            "spec": {"pluginClass": AUDIT_PLUGIN, "priority": 100, "config": {
                "topic": ".*", "apiKeys": ["PRODUCE", "FETCH"], "vcluster": ".*",
                "username": ".*", "consumerGroupId": ".*", "topicPartitions": [1, 2]}}}


def virtual_cluster(name: str = "vcluster1", acl: bool = False) -> dict[str, Any]:
    return {"kind": "VirtualCluster", "apiVersion": "gateway/v2", "metadata": {"name": name},
            "spec": {"aclEnabled": acl, "superUsers": ["username1", "username2"]}}


def service_account(name: str = "jdoe", external: list[str] | None = None) -> dict[str, Any]:
    spec: dict[str, Any] = {"type": "EXTERNAL", "externalNames": external} if external else {
        "type": "LOCAL"}
    return {"kind": "GatewayServiceAccount", "apiVersion": "gateway/v2",
            "metadata": {"name": name, "vCluster": "passthrough"}, "spec": spec}


def group(name: str = "group1", members: int = 1) -> dict[str, Any]:
    return {"kind": "GatewayGroup", "apiVersion": "gateway/v2", "metadata": {"name": name},
            "spec": {"members": [{"vCluster": "passthrough", "name": f"sa{i}"}
                                 for i in range(members)],
                     "externalGroups": ["GROUP_READER"]}}


# (kind path, a resource, the same resource changed, how GET /<path> finds it)
EXAMPLES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("alias-topic", alias_topic(), alias_topic(physical="orders_v3")),
    ("interceptor", sql_interceptor(), sql_interceptor(color="red")),
    ("virtual-cluster", virtual_cluster(), virtual_cluster(acl=True)),
    ("service-account", service_account(), service_account(external=["ext-jdoe"])),
    ("group", group(), group(members=2)),
]

"""Resource schemas: Conduktor's documented examples parse; every mistake names its field."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.resources.kinds import (
    KINDS,
    KINDS_BY_PATH,
    ResourceError,
    parse_resource,
    resource_document,
    status_of,
)
from tests.resource_examples import (
    AUDIT_PLUGIN,
    EXAMPLES,
    MASKING_PLUGIN,
    alias_topic,
    audit_interceptor,
    masking_interceptor,
    sql_interceptor,
)


@pytest.mark.parametrize("document", [e[1] for e in EXAMPLES] + [e[2] for e in EXAMPLES]
                         + [masking_interceptor(), audit_interceptor()])
def test_documented_examples_parse_and_round_trip(document: dict[str, Any]) -> None:
    resource = parse_resource(document)
    again = parse_resource(resource_document(resource))
    assert resource_document(again) == resource_document(resource)
    assert type(resource).__name__ == document["kind"]


def test_defaults_are_filled_in_and_nulls_left_out() -> None:
    document = resource_document(parse_resource(alias_topic()))
    assert document == {"kind": "AliasTopic", "apiVersion": "gateway/v2",
                        "metadata": {"name": "orders_v1", "vCluster": "passthrough"},
                        "spec": {"physicalName": "orders_v2"}}


def test_keys_name_kind_vcluster_and_name() -> None:
    assert KINDS["AliasTopic"].key(parse_resource(alias_topic(vcluster="vc"))) == (
        "AliasTopic", "vc", "orders_v1")
    assert KINDS["Interceptor"].key(parse_resource(sql_interceptor())) == (
        "Interceptor", "vCluster1", "yellow_cars_filter", "", "")
    assert set(KINDS_BY_PATH) == {"alias-topic", "interceptor", "virtual-cluster",
                                  "service-account", "group"}


def _error(document: Any, expected: str | None = None) -> ResourceError:
    with pytest.raises(ResourceError) as info:
        parse_resource(document, KINDS[expected] if expected else None)
    return info.value


def _with(document: dict[str, Any], path: list[str | int], value: Any) -> dict[str, Any]:
    import copy

    changed = copy.deepcopy(document)
    target: Any = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


@pytest.mark.parametrize(("document", "path", "fragment"), [
    ({"kind": "Topicz", "apiVersion": "gateway/v2"}, "$.kind", "unknown kind 'Topicz'"),
    ({"apiVersion": "gateway/v2"}, "$.kind", "missing required field `kind`"),
    (_with(alias_topic(), ["spec", "physicalNam"], "x"), "$.spec", "unknown field `physicalNam`"),
    (_with(alias_topic(), ["apiVersion"], "gateway/v1"), "$.apiVersion", "Invalid enum value"),
    (_with(alias_topic(), ["metadata", "name"], ""), "$.metadata.name", "length >= 1"),
    (_with(sql_interceptor(), ["spec", "pluginClass"], "io.example.Nope"), "$.spec.pluginClass",
     "unknown pluginClass 'io.example.Nope'"),
    (_with(sql_interceptor(), ["spec", "config", "statement"], "DROP TABLE cars"),
     "$.spec.config.statement", "expected SELECT"),
    (_with(sql_interceptor(), ["spec", "config", "virtualTopic"], 7),
     "$.spec.config.virtualTopic", "Expected `str`, got `int`"),
    (_with(masking_interceptor(), ["spec", "config", "policies", 1, "rule", "type"], "MASK_SOME"),
     "$.spec.config.policies[1].rule.type", "Invalid enum value 'MASK_SOME'"),
    (_with(masking_interceptor(), ["spec", "config", "policies", 1, "rule", "numberOfChars"],
           None), "$.spec.config.policies[1].rule.numberOfChars", "required for MASK_LAST_N"),
    (_with(masking_interceptor(), ["spec", "config", "policies", 0, "fieldz"], ["a"]),
     "$.spec.config.policies[0]", "unknown field `fieldz`"),
    (_with(masking_interceptor(), ["spec", "config", "topic"], "(unclosed"),
     "$.spec.config.topic", "not a valid regular expression"),
    (_with(audit_interceptor(), ["spec", "config", "apiKeys"], ["PRODUCE", "PRODUSE"]),
     "$.spec.config.apiKeys", "unknown API name 'PRODUSE'"),
    (_with(audit_interceptor(), ["spec", "config", "topicPartitions"], ["one"]),
     "$.spec.config.topicPartitions[0]", "Expected `int`, got `str`"),
    (_with(EXAMPLES[3][1], ["spec", "type"], "EXTERNAL"), "$.spec.externalNames",
     "required for an EXTERNAL service account"),
    (_with(EXAMPLES[2][1], ["spec", "type"], "Huge"), "$.spec.type", "Invalid enum value"),
    ([1, 2], "$", "expected a resource object"),
])
def test_invalid_resources_name_the_field(document: Any, path: str, fragment: str) -> None:
    error = _error(document)
    assert error.path == path
    assert fragment in error.message


def test_a_body_of_another_kind_is_refused_on_a_kind_path() -> None:
    error = _error(alias_topic(), "Interceptor")
    assert error.path == "$.kind"
    assert "expected Interceptor on /gateway/v2/interceptor, got AliasTopic" in error.message


def test_status_sent_back_is_dropped_and_status_says_what_sluice_applies() -> None:
    document = {**alias_topic(), "status": {"applied": True, "detail": "lies"}}
    resource = parse_resource(document)
    assert "status" not in resource_document(resource)
    assert status_of(resource).applied is False
    masking = status_of(parse_resource(masking_interceptor()))
    assert masking.applied is False and "masking" in masking.detail
    assert MASKING_PLUGIN != AUDIT_PLUGIN

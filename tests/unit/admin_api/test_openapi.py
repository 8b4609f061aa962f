"""The OpenAPI document: generated from the kinds, every reference resolves (no sockets)."""

from __future__ import annotations

import json
from typing import Any

from admin_api.openapi import openapi_document
from gateway.resources.kinds import KINDS, PLUGIN_CONFIGS


def _refs(value: Any) -> list[str]:
    if isinstance(value, dict):
        own = [value["$ref"]] if isinstance(value.get("$ref"), str) else []
        return own + [r for v in value.values() for r in _refs(v)]
    if isinstance(value, list):
        return [r for v in value for r in _refs(v)]
    return []


def test_every_kind_has_its_conduktor_paths_and_every_ref_resolves() -> None:
    document = openapi_document("test")
    paths = document["paths"]
    for kind in KINDS.values():
        base = f"/gateway/v2/{kind.path}"
        assert {"get", "put"} <= set(paths[base])
        assert ("delete" in paths[base]) == (kind.delete == "body")
        assert (base + "/{name}" in paths) == (kind.get_by_name or kind.delete != "body")
    components = document["components"]["schemas"]
    for ref in _refs(document):
        assert ref.removeprefix("#/components/schemas/") in components, ref
    spec = components["InterceptorSpec"]["properties"]
    assert spec["pluginClass"]["enum"] == sorted(PLUGIN_CONFIGS)
    assert components["AliasTopic"]["additionalProperties"] is False
    json.dumps(document)  # serialisable as served

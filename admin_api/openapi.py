"""The OpenAPI 3.1 document of the admin API, generated from the same msgspec schemas.

Request and response bodies come from ``msgspec.json.schema_components`` over the kinds of
gateway/resources/kinds.py, so the document cannot drift from what the server validates.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from gateway.resources.kinds import KINDS, PLUGIN_CONFIGS, Kind, Name

__all__ = ["openapi_document"]

_REF = "#/components/schemas/{name}"


class Problem(msgspec.Struct, kw_only=True):
    """An error: what went wrong and, for a bad body, the JSON path of the field."""

    title: str
    status: int
    detail: str
    field: str | None = None


class HealthCheck(msgspec.Struct, kw_only=True):
    """One health check."""

    id: str
    status: Literal["UP", "DOWN"]
    detail: str | None = None


class Health(msgspec.Struct, kw_only=True):
    """The health of this node (Conduktor's shape: status, outcome, checks)."""

    status: Literal["UP", "DOWN"]
    outcome: Literal["UP", "DOWN"]
    checks: list[HealthCheck]


class Versions(msgspec.Struct, kw_only=True):
    """This node's software and API versions."""

    sluice: str
    apiVersions: list[str]  # noqa: N815
    kinds: list[str]


class DeleteByName(msgspec.Struct, kw_only=True):
    """Which resource to delete: its name and virtual cluster."""

    name: Name
    vCluster: Name = "passthrough"  # noqa: N815


class DeleteScope(msgspec.Struct, kw_only=True):
    """The scope of the interceptor to delete (omitted: the global one)."""

    vCluster: Name | None = None  # noqa: N815
    group: Name | None = None
    username: Name | None = None


class TokenRequest(msgspec.Struct, kw_only=True):
    """A service-account token request (Conduktor's shape)."""

    username: str
    vCluster: str | None = None  # noqa: N815
    lifeTimeSeconds: int  # noqa: N815


def _json(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": _REF.format(name=ref)}}}


def _errors(*codes: int) -> dict[str, Any]:
    reasons = {400: "invalid request body or parameters", 401: "no or wrong credentials",
               403: "a read-only user tried to write", 404: "not found",
               405: "method not allowed", 413: "body too large",
               503: "the configs topic did not take the write"}
    out = {str(c): {"description": reasons[c], "content": _json("Problem")} for c in codes}
    out["default"] = {"description": "an error", "content": _json("Problem")}
    return out


def _query(kind: Kind) -> list[dict[str, Any]]:
    params = []
    for name in kind.filters:
        boolean = name in ("showDefaults", "global")
        params.append({"name": name, "in": "query", "required": False,
                       "schema": {"type": "boolean"} if boolean else {"type": "string"}})
    return params


def _kind_paths(kind: Kind) -> dict[str, Any]:
    ref = kind.type.__name__
    apply_ref = f"ApplyResult{ref}"
    base = f"/gateway/v2/{kind.path}"
    security: list[dict[str, list[str]]] = [{"basicAuth": []}]
    collection: dict[str, Any] = {
        "get": {
            "summary": f"List {kind.name} resources", "operationId": f"list{ref}",
            "security": security, "parameters": _query(kind),
            "responses": {"200": {"description": f"the {kind.name} resources", "content": {
                "application/json": {"schema": {"type": "array", "items": {
                    "$ref": _REF.format(name=ref)}}}}}, **_errors(401)},
        },
        "put": {
            "summary": f"Create or update a {kind.name}", "operationId": f"upsert{ref}",
            "security": security,
            "parameters": [{"name": "dryMode", "in": "query", "required": False,
                            "schema": {"type": "boolean"}}],
            "requestBody": {"required": True, "content": _json(ref)},
            "responses": {"200": {"description": "stored (or unchanged)",
                                  "content": _json(apply_ref)},
                          **_errors(400, 401, 403, 413, 503)},
        },
    }
    paths: dict[str, Any] = {base: collection}
    if kind.delete == "body":
        collection["delete"] = {
            "summary": f"Delete a {kind.name}", "operationId": f"delete{ref}",
            "security": security,
            "requestBody": {"required": True, "content": _json("DeleteByName")},
            "responses": {"204": {"description": "deleted"},
                          **_errors(400, 401, 403, 404, 503)},
        }
    item: dict[str, Any] = {}
    name_param = [{"name": "name", "in": "path", "required": True,
                   "schema": {"type": "string", "pattern": r"^[^/\s\x00-\x1f]+$"}}]
    if kind.get_by_name:
        item["get"] = {
            "summary": f"Get a {kind.name}", "operationId": f"get{ref}", "security": security,
            "parameters": name_param,
            "responses": {"200": {"description": f"the {kind.name}", "content": _json(ref)},
                          **_errors(401, 404)},
        }
    if kind.delete in ("path", "path+scope"):
        operation: dict[str, Any] = {
            "summary": f"Delete a {kind.name}", "operationId": f"delete{ref}",
            "security": security, "parameters": name_param,
            "responses": {"204": {"description": "deleted"},
                          **_errors(400, 401, 403, 404, 503)},
        }
        if kind.delete == "path+scope":
            operation["requestBody"] = {"required": False, "content": _json("DeleteScope")}
        item["delete"] = operation
    if item:
        paths[base + "/{name}"] = item
    return paths


def _health(summary: str, ready: bool) -> dict[str, Any]:
    responses: dict[str, Any] = {"200": {"description": "up", "content": _json("Health")}}
    if ready:
        responses["503"] = {"description": "not ready; the checks say why",
                            "content": _json("Health")}
    return {"get": {"summary": summary, "security": [], "responses": responses}}


def openapi_document(version: str) -> dict[str, Any]:
    """The OpenAPI document of this Sluice version's admin API."""
    types: list[Any] = [k.type for k in KINDS.values()]
    types += [Problem, Health, Versions, DeleteByName, DeleteScope, TokenRequest]
    types += [p.config for p in PLUGIN_CONFIGS.values()]
    _, components = msgspec.json.schema_components(types, ref_template=_REF)
    # Interceptor configs are checked against their plugin's schema (kinds.py): say so.
    spec = components["InterceptorSpec"]["properties"]
    spec["pluginClass"] = {"enum": sorted(PLUGIN_CONFIGS)}
    spec["config"] = {"anyOf": [{"$ref": _REF.format(name=p.config.__name__)}
                                for p in PLUGIN_CONFIGS.values()]}
    for kind in KINDS.values():
        ref = kind.type.__name__
        components[f"ApplyResult{ref}"] = {
            "title": f"ApplyResult{ref}", "type": "object",
            "required": ["resource", "upsertResult"],
            "properties": {"resource": {"$ref": _REF.format(name=ref)},
                           "upsertResult": {"enum": ["CREATED", "UPDATED", "NOT_CHANGED"]}},
        }
    paths: dict[str, Any] = {
        "/health/live": _health("Liveness: 200 while the node's process serves", False),
        "/health/ready": _health("Readiness: backend, resources snapshot, membership", True),
        "/health": _health("Same as /health/ready", True),
        "/metrics": {"get": {
            "summary": "Prometheus metrics of this node",
            "security": [{"basicAuth": []}, {}],
            "responses": {"200": {"description": "the exposition text",
                                  "content": {"text/plain": {"schema": {"type": "string"}}}},
                          **_errors(401)}}},
        "/versions": {"get": {"summary": "Software and API versions", "security": [],
                              "responses": {"200": {"description": "versions",
                                                    "content": _json("Versions")}}}},
        "/gateway/v2/token": {"post": {
            "summary": "Issue a service-account token (not implemented yet: 501)",
            "security": [{"basicAuth": []}],
            "requestBody": {"required": True, "content": _json("TokenRequest")},
            "responses": {"501": {"description": "not implemented in this version",
                                  "content": _json("Problem")}, **_errors(401, 403)}}},
    }
    for kind in KINDS.values():
        paths.update(_kind_paths(kind))
    return {
        "openapi": "3.1.0",
        "info": {"title": "Sluice admin API", "version": version,
                 "description": "Compatible with Conduktor Gateway's gateway/v2 API for the "
                                "kinds listed here."},
        "paths": paths,
        "components": {"schemas": components,
                       "securitySchemes": {"basicAuth": {"type": "http", "scheme": "basic"}}},
    }

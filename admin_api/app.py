"""The admin API's routes: health, metrics, OpenAPI, versions and the gateway/v2 resources.

Paths, methods, bodies, filters and answers follow Conduktor Gateway's v2 API (see
gateway/resources/kinds.py for the sources): ``PUT /gateway/v2/<kind-path>`` upserts and
answers ``{"resource": ..., "upsertResult": "CREATED" | "UPDATED" | "NOT_CHANGED"}`` (with
``?dryMode=true`` it only validates); ``GET /gateway/v2/<kind-path>`` lists, filtered by the
query parameters Conduktor documents; alias topics and service accounts are deleted by a
JSON body ``{name, vCluster}``, interceptors by ``/interceptor/<name>`` (optional scope
body), virtual clusters and groups by ``/<kind-path>/<name>``; DELETE answers 204, or 404
when there is nothing to delete. Every write goes to the configs topic and returns once
this node's snapshot has it (read-your-writes).

Health endpoints are never authenticated; resources always are (basic auth, admin users
for writes); /metrics is when GATEWAY_SECURED_METRICS is true and users are configured
(with no users the API serves only health and metrics, and never a resource). Every
write, whatever its outcome, is an audit event ``REST_API`` and a log line.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Final, Protocol

import msgspec
import trio

from admin_api.auth import ApiUser, Authenticator, FailureThrottle, parse_basic_auth
from admin_api.http import Request, Response, json_response, problem
from admin_api.readiness import NodeReadiness, evaluate
from gateway.audit import AuditLog, ConnectionAddresses, RestApiEvent, new_event_id, rfc3339_now
from gateway.resources.kinds import (
    DEFAULT_VCLUSTER,
    KINDS_BY_PATH,
    Kind,
    Name,
    ResourceError,
    ResourceKey,
    canonical_json,
    field_error,
    parse_resource,
    resource_document,
    status_of,
)
from gateway.resources.records import StoredResource, encode_key, encode_value
from gateway.resources.snapshot import ResourceSnapshot
from gateway.resources.store_status import StoreStatus, StoreUnavailable

__all__ = ["AdminApp", "AppSettings", "NO_USERS_DETAIL", "Store"]

log = logging.getLogger("sluice.admin_api")

NO_USERS_DETAIL: Final = (
    "no admin API users are configured, so the resource endpoints are closed: set "
    "GATEWAY_ADMIN_API_USERS='[{username: admin, password_hash: \"...\", admin: true}]' "
    "(`sluice admin hash-password` prints a hash) and restart the node"
)
_CHALLENGE: Final = (("www-authenticate", 'Basic realm="sluice", charset="UTF-8"'),)
_WRITE_TIMEOUT_S: Final = 10.0


class Store(Protocol):
    """What the API needs of the resources store (gateway/resources/store.py)."""

    def snapshot(self) -> ResourceSnapshot:
        """The current snapshot."""

    def status(self) -> StoreStatus:
        """Caught up and reachable?"""

    def write(self, key: bytes, value: bytes | None, timeout_s: float = ...) -> ResourceSnapshot:
        """Write a record and wait until this node applied it (blocking)."""


@dataclass(frozen=True, slots=True)
class AppSettings:
    """The settings the routes need."""

    cluster_id: str
    node_id: str
    local_address: str
    secured_metrics: bool = True


class _DeleteByName(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    name: Name
    vCluster: Name = DEFAULT_VCLUSTER  # noqa: N815


class _DeleteScope(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    vCluster: Name | None = None  # noqa: N815
    group: Name | None = None
    username: Name | None = None


def _software_version() -> str:
    try:
        return metadata.version("sluice")
    except metadata.PackageNotFoundError:
        return "unknown"


_RESOURCE_PATH = re.compile(r"^/gateway/v2/([a-z-]+)(?:/([^/]+))?/?$")
Route = Callable[[Request], Awaitable[Response]]


class AdminApp:
    """The request handler of the admin API."""

    def __init__(self, settings: AppSettings, store: Store, readiness: NodeReadiness,
                 authenticator: Authenticator, *, audit: AuditLog | None = None,
                 metrics: Callable[[], tuple[bytes, str]] | None = None,
                 throttle: FailureThrottle | None = None) -> None:
        """Serve ``store`` and ``readiness`` to the users of ``authenticator``."""
        self.settings = settings
        self.store = store
        self.readiness = readiness
        self.auth = authenticator
        self.audit = audit
        self.metrics = metrics
        self.throttle = throttle or FailureThrottle()
        self._write_lock = trio.Lock()
        self._fixed: dict[str, dict[str, Route]] = {
            "/health/live": {"GET": self._live},
            "/health/ready": {"GET": self._ready},
            "/health": {"GET": self._ready},
            "/metrics": {"GET": self._metrics},
            "/openapi.json": {"GET": self._openapi},
            "/gateway/v2/docs": {"GET": self._openapi},
            "/versions": {"GET": self._versions},
            "/gateway/v2/token": {"POST": self._token},
        }
        self._openapi_body: bytes | None = None
        self.snapshot = store.snapshot()

    def snapshot_changed(self, snapshot: ResourceSnapshot) -> None:
        """Take a new resources snapshot (pushed by the store, in the trio thread)."""
        self.snapshot = snapshot
        log.debug("resources snapshot version %d: %s", snapshot.version, snapshot.counts())

    async def __call__(self, request: Request) -> Response:
        """Answer one request."""
        path = request.path
        methods = self._fixed.get(path)
        if methods is not None:
            route = methods.get(request.method)
            if route is None:
                return _not_allowed(request, sorted(methods))
            return await route(request)
        match = _RESOURCE_PATH.match(path)
        kind = KINDS_BY_PATH.get(match.group(1)) if match else None
        if match is None or kind is None:
            known = ", ".join(f"/gateway/v2/{p}" for p in KINDS_BY_PATH)
            return problem(404, f"no such endpoint {path!r}; resource endpoints: {known}")
        return await self._resource(request, kind, match.group(2))

    # --- health, metrics, docs ---

    async def _live(self, _request: Request) -> Response:
        return json_response(200, {"status": "UP", "outcome": "UP",
                                   "checks": [{"id": "live", "status": "UP"}]})

    async def _ready(self, _request: Request) -> Response:
        checks = evaluate(self.readiness, trio.current_time())
        up = all(c.status == "UP" for c in checks)
        outcome = "UP" if up else "DOWN"
        return json_response(200 if up else 503, {
            "status": outcome, "outcome": outcome,
            "checks": [{"id": c.id, "status": c.status, "detail": c.detail} for c in checks],
        })

    async def _metrics(self, request: Request) -> Response:
        # DESIGN §7: without users the API serves health and metrics, nothing else.
        if self.settings.secured_metrics and self.auth.configured:
            user = await self._authenticate(request, write=False)
            if isinstance(user, Response):
                return user
        if self.metrics is None:
            return problem(404, "metrics are not available in this process")
        body, content_type = self.metrics()
        return Response(200, body, content_type)

    async def _openapi(self, _request: Request) -> Response:
        if self._openapi_body is None:
            from admin_api.openapi import openapi_document

            self._openapi_body = json.dumps(openapi_document(_software_version())).encode()
        return Response(200, self._openapi_body)

    async def _versions(self, _request: Request) -> Response:
        return json_response(200, {"sluice": _software_version(), "apiVersions": ["gateway/v2"],
                                   "kinds": [k.name for k in KINDS_BY_PATH.values()]})

    async def _token(self, request: Request) -> Response:
        user = await self._authenticate(request, write=True)
        if isinstance(user, Response):
            self._audit(request, None, None, None, user.status, f"{user.status}")
            return user
        response = problem(501, "service-account tokens are not implemented in this Sluice "
                           "version: they come with gateway-managed authentication (SASL). "
                           "Until then clients authenticate to the backend cluster directly.")
        self._audit(request, user, None, None, 501, "NOT_IMPLEMENTED")
        return response

    # --- authentication ---

    async def _authenticate(self, request: Request, write: bool) -> ApiUser | Response:
        """The authenticated user, or the 401/403 to answer."""
        if not self.auth.configured:
            return problem(401, NO_USERS_DETAIL, _CHALLENGE)
        credentials = parse_basic_auth(request.header("authorization"))
        if credentials is None:
            return problem(401, "authentication required: HTTP basic auth with a user of "
                           "GATEWAY_ADMIN_API_USERS", _CHALLENGE)
        address = request.peer.rpartition(":")[0] or request.peer
        delay = self.throttle.delay(address, trio.current_time())
        if delay:
            await trio.sleep(delay)
        user = await trio.to_thread.run_sync(self.auth.check, *credentials)
        if user is None:
            self.throttle.failed(address, trio.current_time())
            log.warning("admin API: failed authentication as %r from %s", credentials[0],
                        request.peer)
            return problem(401, "wrong username or password", _CHALLENGE)
        self.throttle.succeeded(address)
        if write and not user.admin:
            return problem(403, f"user {user.username!r} may only read: writes need a user "
                           "with admin: true in GATEWAY_ADMIN_API_USERS")
        return user

    # --- resources ---

    async def _resource(self, request: Request, kind: Kind, name: str | None) -> Response:
        write = request.method in ("PUT", "DELETE", "POST")
        allowed = self._allowed_methods(kind, name)
        if request.method not in allowed:
            if write:
                self._audit(request, None, kind, name, 405, "405")
            return _not_allowed(request, allowed)
        user = await self._authenticate(request, write)
        if isinstance(user, Response):
            if write:
                username = (parse_basic_auth(request.header("authorization")) or (None, ""))[0]
                self._audit(request, username, kind, name or _body_name(request), user.status,
                            str(user.status))
            return user
        if request.method == "GET":
            return self._get(request, kind, name)
        if request.method == "PUT":
            return await self._put(request, user, kind)
        return await self._delete(request, user, kind, name)

    def _allowed_methods(self, kind: Kind, name: str | None) -> list[str]:
        if name is None:
            return ["DELETE", "GET", "PUT"] if kind.delete == "body" else ["GET", "PUT"]
        methods = ["DELETE"] if kind.delete in ("path", "path+scope") else []
        if kind.get_by_name:
            methods.append("GET")
        return sorted(methods)

    def _view(self, stored: StoredResource) -> dict[str, Any]:
        """A stored resource as GET shows it: with its status."""
        status = status_of(stored.resource)
        return {**stored.document, "status": msgspec.to_builtins(status)}

    def _get(self, request: Request, kind: Kind, name: str | None) -> Response:
        snapshot = self.store.snapshot()
        resources = snapshot.of_kind(kind.name)
        if name is not None:
            found = [r for r in resources if r.resource.metadata.name == name]
            if not found:
                return problem(404, f"{kind.name} {name!r} not found")
            return json_response(200, self._view(found[0]))
        query = request.query
        wanted = [r for r in resources if _matches(kind, r.resource, query)]
        return json_response(200, [self._view(r) for r in wanted])

    async def _put(self, request: Request, user: ApiUser, kind: Kind) -> Response:
        try:
            document = msgspec.json.decode(request.body) if request.body.strip() else None
        except msgspec.DecodeError as exc:
            return self._bad(request, user, kind, None, "$", f"body is not JSON: {exc}")
        try:
            resource = parse_resource(document, kind)
        except ResourceError as exc:
            name = _name_of(document)
            return self._bad(request, user, kind, name, exc.path, exc.message)
        key = kind.key(resource)
        name = resource.metadata.name
        normalized = resource_document(resource)
        dry = request.query.get("dryMode", "").lower() == "true"
        async with self._write_lock:
            current = self.store.snapshot().get(key)
            if current is not None and canonical_json(current.document) == canonical_json(
                    normalized):
                result = "NOT_CHANGED"
            else:
                result = "CREATED" if current is None else "UPDATED"
                if not dry:
                    value = encode_value(normalized, self.settings.node_id, time.time_ns() // 10**6)
                    failed = await self._write(key, value)
                    if failed is not None:
                        self._audit(request, user.username, kind, name, 503, "STORE_UNAVAILABLE")
                        return failed
        self._audit(request, user.username, kind, name, 200, result + (" (dry run)" if dry else ""))
        view = {**normalized, "status": msgspec.to_builtins(status_of(resource))}
        return json_response(200, {"resource": view, "upsertResult": result})

    async def _delete(self, request: Request, user: ApiUser, kind: Kind, name: str | None
                      ) -> Response:
        key: ResourceKey
        try:
            if kind.delete == "body":
                body = msgspec.json.decode(request.body or b"null", type=_DeleteByName)
                name = body.name
                key = (kind.name, body.vCluster, body.name)
            elif kind.delete == "path+scope":
                assert name is not None
                scope = (msgspec.json.decode(request.body, type=_DeleteScope)
                         if request.body.strip() else _DeleteScope())
                key = (kind.name, scope.vCluster or "", name, scope.group or "",
                       scope.username or "")
            else:
                assert name is not None
                found = [r for r in self.store.snapshot().of_kind(kind.name)
                         if r.resource.metadata.name == name]
                key = found[0].key if found else (kind.name, "", name)
        except msgspec.ValidationError as exc:
            error = field_error(exc)
            return self._bad(request, user, kind, name, error.path, error.message)
        except msgspec.DecodeError as exc:
            return self._bad(request, user, kind, name, "$", f"body is not JSON: {exc}")
        async with self._write_lock:
            if self.store.snapshot().get(key) is None:
                self._audit(request, user.username, kind, name, 404, "NOT_FOUND")
                where = f" in vCluster {key[1]!r}" if kind.delete == "body" else ""
                return problem(404, f"{kind.name} {name!r}{where} not found")
            failed = await self._write(key, None)
            if failed is not None:
                self._audit(request, user.username, kind, name, 503, "STORE_UNAVAILABLE")
                return failed
        self._audit(request, user.username, kind, name, 204, "DELETED")
        return Response(204)

    async def _write(self, key: ResourceKey, value: bytes | None) -> Response | None:
        """Write a record; None once applied here, else the 503 to answer."""
        try:
            await trio.to_thread.run_sync(self.store.write, encode_key(key), value,
                                          _WRITE_TIMEOUT_S)
        except StoreUnavailable as exc:
            log.error("admin API: cannot store %s: %s", list(key), exc)
            return problem(503, f"the configs topic did not take the write: {exc}; "
                           "nothing was changed, retry when the backend is reachable")
        return None

    def _bad(self, request: Request, user: ApiUser, kind: Kind, name: str | None, path: str,
             message: str) -> Response:
        self._audit(request, user.username, kind, name, 400, "400 " + path)
        detail = f"{message} - at `{path}`"
        return json_response(400, {"title": "Bad Request", "status": 400, "detail": detail,
                                   "field": path})

    def _audit(self, request: Request, user: ApiUser | str | None, kind: Kind | None,
               name: str | None, status: int, outcome: str) -> None:
        username = user.username if isinstance(user, ApiUser) else user
        log.info("admin API: %s %s %s by %s from %s: %s", request.method, request.path,
                 f"{kind.name}/{name}" if kind is not None else "-", username or "anonymous",
                 request.peer, outcome)
        if self.audit is None:
            return
        self.audit.emit(RestApiEvent(
            id=new_event_id(), time=rfc3339_now(), clusterId=self.settings.cluster_id,
            nodeId=self.settings.node_id,
            connection=ConnectionAddresses(self.settings.local_address, request.peer),
            user=username, method=request.method, path=request.path,
            resourceKind=kind.name if kind is not None else None, resourceName=name,
            outcome=outcome, status=status,
        ))


def _not_allowed(request: Request, allowed: list[str]) -> Response:
    return problem(405, f"{request.method} is not allowed on {request.path}; allowed: "
                   + (", ".join(allowed) or "none"), (("allow", ", ".join(allowed)),))


def _body_name(request: Request) -> str | None:
    """The resource name a write's body names, if it is readable (for the audit)."""
    try:
        document = msgspec.json.decode(request.body)
    except msgspec.DecodeError:
        return None
    if isinstance(document, dict) and isinstance(document.get("name"), str):
        return str(document["name"])
    return _name_of(document)


def _name_of(document: Any) -> str | None:
    if isinstance(document, dict) and isinstance(document.get("metadata"), dict):
        name = document["metadata"].get("name")
        return name if isinstance(name, str) else None
    return None


def _matches(kind: Kind, resource: Any, query: dict[str, str]) -> bool:
    """Whether a resource passes the list filters Conduktor documents for its kind."""
    meta = resource.metadata
    if "name" in query and "name" in kind.filters and meta.name != query["name"]:
        return False
    if kind.name == "Interceptor":
        scope = meta.scope
        for param, value in (("vcluster", scope.vCluster), ("group", scope.group),
                             ("username", scope.username)):
            if param in query and (value or "") != query[param]:
                return False
        scoped = bool(scope.vCluster or scope.group or scope.username)
        return not (query.get("global", "").lower() == "true" and scoped)
    if "vcluster" in query and "vcluster" in kind.filters and (
            meta.vCluster != query["vcluster"]):
        return False
    return not ("type" in query and "type" in kind.filters
                and resource.spec.type != query["type"])

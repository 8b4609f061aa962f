"""Admin API routes, auth and audit against an in-memory store (no sockets, no broker)."""

from __future__ import annotations

import base64
import json
import logging
from typing import Any

import pytest

from admin_api.app import NO_USERS_DETAIL, AdminApp, AppSettings
from admin_api.auth import ApiUser, Authenticator
from admin_api.http import Request, Response
from admin_api.readiness import NodeReadiness
from gateway.audit import RestApiEvent
from gateway.resources.snapshot import RawRecord, ResourceSnapshot, apply_records
from gateway.resources.store_status import StoreStatus, StoreUnavailable
from tests.resource_examples import EXAMPLES, alias_topic, masking_interceptor, sql_interceptor


class MemoryStore:
    """The store's interface over a list of records."""

    def __init__(self) -> None:
        self.current = ResourceSnapshot()
        self.records: list[RawRecord] = []
        self.fail = False

    def snapshot(self) -> ResourceSnapshot:
        return self.current

    def status(self) -> StoreStatus:
        return StoreStatus(True, True, self.current.version, "in memory")

    def write(self, key: bytes, value: bytes | None, timeout_s: float = 10.0) -> ResourceSnapshot:
        if self.fail:
            raise StoreUnavailable("broker down")
        record = RawRecord(len(self.records), key, value)
        self.records.append(record)
        self.current = apply_records(self.current, [record])
        return self.current


class Audit:
    def __init__(self) -> None:
        self.events: list[RestApiEvent] = []

    def emit(self, event: RestApiEvent) -> None:
        self.events.append(event)


USERS = [ApiUser(username="admin", password="pw", admin=True),
         ApiUser(username="reader", password="rpw")]


def make_app(users: list[ApiUser] = USERS) -> tuple[AdminApp, MemoryStore, Audit]:
    store, audit = MemoryStore(), Audit()
    app = AdminApp(AppSettings("gw", "node1", "127.0.0.1:8888"), store,
                   NodeReadiness(membership_required=False, store=None),  # type: ignore[arg-type]
                   Authenticator(users), audit=audit,  # type: ignore[arg-type]
                   metrics=lambda: (b"m 1\n", "text/plain"))
    return app, store, audit


def _auth(user: str, password: str) -> dict[str, str]:
    return {"authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


ADMIN = _auth("admin", "pw")
READER = _auth("reader", "rpw")


async def call(app: AdminApp, method: str, target: str, body: Any = None,
               headers: dict[str, str] | None = None, raw: bytes | None = None
               ) -> tuple[int, Any]:
    data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
    response: Response = await app(Request(method, target, headers or {}, data, "10.0.0.9:5000"))
    if response.content_type == "application/json" and response.body:
        return response.status, json.loads(response.body)
    return response.status, response.body


@pytest.mark.parametrize(("path", "resource", "changed"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
async def test_every_kind_round_trips(path: str, resource: dict[str, Any],
                                      changed: dict[str, Any]) -> None:
    app, store, audit = make_app()
    url = f"/gateway/v2/{path}"
    results = [await call(app, "PUT", url, r, ADMIN) for r in (resource, changed, changed)]
    assert [s for s, _ in results] == [200, 200, 200]
    assert [b["upsertResult"] for _, b in results] == ["CREATED", "UPDATED", "NOT_CHANGED"]
    assert len(store.records) == 2  # NOT_CHANGED writes nothing
    status, listed = await call(app, "GET", url, headers=READER)
    assert status == 200 and len(listed) == 1
    assert listed[0]["metadata"]["name"] == resource["metadata"]["name"]
    assert listed[0]["status"]["applied"] is False
    assert results[1][1]["resource"] == listed[0]
    name = resource["metadata"]["name"]
    if path in ("alias-topic", "service-account"):
        delete = ("DELETE", url, {"name": name, "vCluster": "passthrough"})
    elif path == "interceptor":
        delete = ("DELETE", f"{url}/{name}", resource["metadata"].get("scope"))
    else:
        delete = ("DELETE", f"{url}/{name}", None)
    assert (await call(app, *delete, headers=ADMIN))[0] == 204
    status, body = await call(app, *delete, headers=ADMIN)
    assert status == 404 and body["title"] == "Not Found"
    assert (await call(app, "GET", url, headers=READER)) == (200, [])
    assert [e.outcome for e in audit.events] == ["CREATED", "UPDATED", "NOT_CHANGED", "DELETED",
                                                 "NOT_FOUND"]
    assert all(e.user == "admin" and e.resourceName == name for e in audit.events)


async def test_bad_bodies_answer_400_with_the_field_path() -> None:
    app, store, audit = make_app()
    broken = sql_interceptor()
    broken["spec"]["config"]["virtualTopic"] = 5
    status, body = await call(app, "PUT", "/gateway/v2/interceptor", broken, ADMIN)
    assert status == 400
    assert body == {"title": "Bad Request", "status": 400, "field": "$.spec.config.virtualTopic",
                    "detail": "Expected `str`, got `int` - at `$.spec.config.virtualTopic`"}
    status, body = await call(app, "PUT", "/gateway/v2/alias-topic", headers=ADMIN,
                              raw=b"{not json")
    assert status == 400 and body["detail"].startswith("body is not JSON")
    status, body = await call(app, "PUT", "/gateway/v2/alias-topic", sql_interceptor(), ADMIN)
    assert status == 400 and body["field"] == "$.kind"
    status, body = await call(app, "DELETE", "/gateway/v2/alias-topic", {"nam": "x"}, ADMIN)
    assert status == 400 and "unknown field `nam`" in body["detail"]
    assert not store.records
    assert [e.outcome for e in audit.events] == ["400 $.spec.config.virtualTopic", "400 $",
                                                 "400 $.kind", "400 $"]


async def test_credentials_are_required_and_readers_cannot_write() -> None:
    app, _, audit = make_app()
    status, body = await call(app, "GET", "/gateway/v2/alias-topic")
    assert status == 401 and "basic auth" in body["detail"]
    status, body = await call(app, "GET", "/gateway/v2/alias-topic",
                              headers=_auth("admin", "nope"))
    assert (status, body["detail"]) == (401, "wrong username or password")
    status, body = await call(app, "PUT", "/gateway/v2/alias-topic", alias_topic(), READER)
    assert status == 403 and "may only read" in body["detail"]
    assert [(e.user, e.outcome) for e in audit.events] == [("reader", "403")]
    assert "rpw" not in repr(audit.events) and "rpw" not in json.dumps(
        [e.outcome for e in audit.events])


async def test_without_users_resources_are_closed_but_health_is_open() -> None:
    app, _, _ = make_app(users=[])
    status, body = await call(app, "GET", "/gateway/v2/interceptor", headers=ADMIN)
    assert (status, body["detail"]) == (401, NO_USERS_DETAIL)
    assert "GATEWAY_ADMIN_API_USERS" in NO_USERS_DETAIL
    assert (await call(app, "GET", "/health/live"))[0] == 200
    # With no users to authenticate, GATEWAY_SECURED_METRICS cannot apply: metrics are open.
    assert (await call(app, "GET", "/metrics"))[0] == 200


async def test_with_users_metrics_need_credentials() -> None:
    app, _, _ = make_app()
    assert (await call(app, "GET", "/metrics"))[0] == 401
    assert (await call(app, "GET", "/metrics", headers=ADMIN))[0] == 200


async def test_routing_404_405_and_fixed_endpoints() -> None:
    app, _, _ = make_app()
    status, body = await call(app, "GET", "/gateway/v2/topicz", headers=ADMIN)
    assert status == 404 and "/gateway/v2/alias-topic" in body["detail"]
    status, body = await call(app, "POST", "/gateway/v2/alias-topic", headers=ADMIN)
    assert status == 405 and "allowed: DELETE, GET, PUT" in body["detail"]
    assert (await call(app, "DELETE", "/gateway/v2/virtual-cluster", headers=ADMIN))[0] == 405
    status, body = await call(app, "POST", "/gateway/v2/token",
                              {"username": "jdoe", "lifeTimeSeconds": 60}, ADMIN)
    assert status == 501 and "not implemented" in body["detail"]
    assert (await call(app, "GET", "/metrics", headers=READER)) == (200, b"m 1\n")
    status, body = await call(app, "GET", "/versions")
    assert status == 200 and body["apiVersions"] == ["gateway/v2"]
    status, body = await call(app, "GET", "/openapi.json")
    assert status == 200 and "/gateway/v2/alias-topic" in body["paths"]


async def test_ready_is_503_naming_what_is_missing() -> None:
    app, _, _ = make_app()
    status, body = await call(app, "GET", "/health/ready")
    assert status == 503 and body["status"] == "DOWN"
    assert {c["id"]: c["status"] for c in body["checks"]} == {"backend": "DOWN",
                                                              "resources": "DOWN"}


async def test_list_filters_follow_conduktor() -> None:
    app, _, _ = make_app()
    for resource in (alias_topic("a"), alias_topic("b", vcluster="vc1"), sql_interceptor("s"),
                     masking_interceptor("m")):
        kind_path = "alias-topic" if resource["kind"] == "AliasTopic" else "interceptor"
        assert (await call(app, "PUT", f"/gateway/v2/{kind_path}", resource, ADMIN))[0] == 200

    async def names(target: str) -> list[str]:
        status, body = await call(app, "GET", target, headers=READER)
        assert status == 200
        return [r["metadata"]["name"] for r in body]

    assert await names("/gateway/v2/alias-topic?vcluster=vc1") == ["b"]
    assert await names("/gateway/v2/alias-topic?name=a") == ["a"]
    assert await names("/gateway/v2/interceptor?global=true") == ["m"]
    assert await names("/gateway/v2/interceptor?vcluster=vCluster1") == ["s"]


async def test_store_failure_is_503_and_nothing_changes(caplog: pytest.LogCaptureFixture
                                                       ) -> None:
    app, store, audit = make_app()
    store.fail = True
    with caplog.at_level(logging.ERROR, "sluice.admin_api"):
        status, body = await call(app, "PUT", "/gateway/v2/alias-topic", alias_topic(), ADMIN)
    assert status == 503 and "retry" in body["detail"]
    assert audit.events[-1].outcome == "STORE_UNAVAILABLE"
    assert "cannot store ['AliasTopic', 'passthrough', 'orders_v1']: broker down" in caplog.text


async def test_dry_mode_validates_without_writing() -> None:
    app, store, _ = make_app()
    status, body = await call(app, "PUT", "/gateway/v2/alias-topic?dryMode=true", alias_topic(),
                              ADMIN)
    assert (status, body["upsertResult"]) == (200, "CREATED")
    assert not store.records

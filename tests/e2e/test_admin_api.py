"""The admin API of a real node over real HTTP: round trips, Conduktor's documented requests,
auth, limits, the CLI, the audit log, and hostile HTTP clients next to Kafka traffic."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import REPO, GatewayProcess
from tests.e2e.admin_helpers import ADMIN, READER, start_admin_node, wait_ready
from tests.kafka_helpers import produce_all, unique
from tests.resource_examples import EXAMPLES, alias_topic, sql_interceptor


@pytest.fixture(scope="module")
def node(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[GatewayProcess]:
    tmp = tmp_path_factory.mktemp("admin")
    gw = start_admin_node(mock_cluster, tmp, extra_env={
        "GATEWAY_AUDIT_LOG_FILE": str(tmp / "audit.jsonl"),
        "GATEWAY_HTTP_REQUEST_TIMEOUT_MS": "2000",
    })
    try:
        wait_ready(gw.admin_url)
        yield gw
    finally:
        gw.stop()


def _delete_args(path: str, resource: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    name = resource["metadata"]["name"]
    if path in ("alias-topic", "service-account"):
        return f"/gateway/v2/{path}", {"name": name, "vCluster": "passthrough"}
    if path == "interceptor":
        return f"/gateway/v2/{path}/{name}", resource["metadata"].get("scope")
    return f"/gateway/v2/{path}/{name}", None


@pytest.mark.parametrize(("path", "resource", "changed"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_kind_round_trips(node: GatewayProcess, path: str, resource: dict[str, Any],
                                changed: dict[str, Any]) -> None:
    url = f"{node.admin_url}/gateway/v2/{path}"
    answers = [requests.put(url, json=r, auth=ADMIN, timeout=15) for r in
               (resource, changed, changed)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert [a.json()["upsertResult"] for a in answers] == ["CREATED", "UPDATED", "NOT_CHANGED"]
    listed = requests.get(url, auth=READER, timeout=5).json()
    assert [r["metadata"]["name"] for r in listed] == [resource["metadata"]["name"]]
    assert listed[0] == answers[1].json()["resource"]  # read-your-writes, as stored
    target, body = _delete_args(path, resource)
    deleted = requests.delete(node.admin_url + target, json=body, auth=ADMIN, timeout=15)
    assert deleted.status_code == 204
    again = requests.delete(node.admin_url + target, json=body, auth=ADMIN, timeout=15)
    assert again.status_code == 404 and again.json()["status"] == 404
    assert requests.get(url, auth=READER, timeout=5).json() == []


def test_conduktor_documented_requests(node: GatewayProcess) -> None:
    """The requests of Conduktor's docs and curl examples, sent as plain `requests` calls."""
    base = node.admin_url
    auth = requests.auth.HTTPBasicAuth(*ADMIN)
    headers = {"Content-Type": "application/json"}
    alias = requests.put(f"{base}/gateway/v2/alias-topic", auth=auth, headers=headers, data=(
        '{"kind": "AliasTopic", "apiVersion": "gateway/v2", "metadata": {"name": "topic1", '
        '"vCluster": "mypartner"}, "spec": {"physicalName": "internal-topic-name1", '
        '"physicalCluster": "clusterA"}}'), timeout=15)
    assert alias.status_code == 200
    assert alias.json()["upsertResult"] == "CREATED"
    assert alias.json()["resource"]["spec"] == {"physicalName": "internal-topic-name1",
                                                "physicalCluster": "clusterA"}
    account = requests.put(f"{base}/gateway/v2/service-account", auth=auth, headers=headers,
                           json={"kind": "GatewayServiceAccount", "apiVersion": "gateway/v2",
                                 "metadata": {"name": "jdoe", "vCluster": "passthrough"},
                                 "spec": {"type": "LOCAL"}}, timeout=15)
    assert account.status_code == 200
    assert {k: v for k, v in account.json()["resource"].items() if k != "status"} == {
        "kind": "GatewayServiceAccount", "apiVersion": "gateway/v2",
        "metadata": {"name": "jdoe", "vCluster": "passthrough"},
        "spec": {"type": "LOCAL", "externalNames": []}}
    assert account.json()["upsertResult"] == "CREATED"
    vcluster = requests.put(f"{base}/gateway/v2/virtual-cluster", auth=auth, json={
        "kind": "VirtualCluster", "apiVersion": "gateway/v2", "metadata": {"name": "vcluster1"},
        "spec": {"aclEnabled": False, "superUsers": ["username1", "username2"]}}, timeout=15)
    assert vcluster.status_code == 200
    assert requests.get(f"{base}/gateway/v2/virtual-cluster/vcluster1", auth=auth,
                        timeout=5).json()["metadata"] == {"name": "vcluster1"}
    group = requests.put(f"{base}/gateway/v2/group", auth=auth, json={
        "kind": "GatewayGroup", "apiVersion": "gateway/v2", "metadata": {"name": "group1"},
        "spec": {"members": [{"vCluster": "vCluster1", "name": "serviceAccount1"}],
                 "externalGroups": ["GROUP_READER"]}}, timeout=15)
    assert group.status_code == 200 and group.json()["upsertResult"] == "CREATED"
    interceptor = requests.put(f"{base}/gateway/v2/interceptor", auth=auth, headers=headers,
                               json=sql_interceptor(), timeout=15)
    assert interceptor.status_code == 200 and interceptor.json()["upsertResult"] == "CREATED"
    listed = requests.get(f"{base}/gateway/v2/interceptor", auth=auth,
                          params={"vcluster": "vCluster1"}, timeout=5)
    assert [i["metadata"]["name"] for i in listed.json()] == ["yellow_cars_filter"]
    assert listed.json()[0]["status"]["applied"] is False
    assert requests.get(f"{base}/gateway/v2/alias-topic", auth=auth,
                        params={"vcluster": "mypartner", "name": "topic1"},
                        timeout=5).json()[0]["metadata"]["name"] == "topic1"
    # Deletes as Conduktor's CLI sends them.
    assert requests.delete(f"{base}/gateway/v2/alias-topic", auth=auth,
                           json={"name": "topic1", "vCluster": "mypartner"},
                           timeout=15).status_code == 204
    assert requests.delete(f"{base}/gateway/v2/interceptor/yellow_cars_filter", auth=auth,
                           json={"vCluster": "vCluster1", "group": None, "username": None},
                           timeout=15).status_code == 204
    assert requests.delete(f"{base}/gateway/v2/service-account", auth=auth,
                           json={"name": "jdoe", "vCluster": "passthrough"},
                           timeout=15).status_code == 204
    for path in ("virtual-cluster/vcluster1", "group/group1"):
        assert requests.delete(f"{base}/gateway/v2/{path}", auth=auth,
                               timeout=15).status_code == 204
    token = requests.post(f"{base}/gateway/v2/token", auth=auth, json={
        "username": "jdoe", "vCluster": "passthrough", "lifeTimeSeconds": 3600000}, timeout=5)
    assert token.status_code == 501 and "not implemented" in token.json()["detail"]


def test_errors_400_401_403_413(node: GatewayProcess) -> None:
    url = f"{node.admin_url}/gateway/v2/interceptor"
    bad = sql_interceptor()
    bad["spec"]["pluginClass"] = "io.conduktor.gateway.interceptor.NoSuchPlugin"
    answer = requests.put(url, json=bad, auth=ADMIN, timeout=5)
    assert answer.status_code == 400 and answer.json()["field"] == "$.spec.pluginClass"
    bad = sql_interceptor()
    bad["spec"]["config"]["statment"] = "typo"
    answer = requests.put(url, json=bad, auth=ADMIN, timeout=5)
    assert answer.status_code == 400
    assert answer.json()["detail"] == (
        "Object contains unknown field `statment` - at `$.spec.config`")
    unknown_kind = requests.put(url, json={**bad, "kind": "Topic"}, auth=ADMIN, timeout=5)
    assert unknown_kind.status_code == 400 and "unknown kind 'Topic'" in unknown_kind.text
    assert requests.get(url, timeout=5).status_code == 401
    wrong = requests.get(url, auth=(ADMIN[0], "wrong"), timeout=5)
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Basic")
    readonly = requests.put(url, json=sql_interceptor(), auth=READER, timeout=5)
    assert readonly.status_code == 403
    huge = requests.put(url, data=b"{" + b" " * (2 * 1024 * 1024) + b"}", auth=ADMIN, timeout=15)
    assert huge.status_code == 413 and "GATEWAY_HTTP_MAX_BODY_BYTES" in huge.json()["detail"]
    assert requests.get(f"{node.admin_url}/health/live", timeout=5).status_code == 200


def test_writes_are_audit_events_without_passwords(node: GatewayProcess) -> None:
    name = unique("audited")
    requests.put(f"{node.admin_url}/gateway/v2/alias-topic", json=alias_topic(name),
                 auth=ADMIN, timeout=15).raise_for_status()
    assert requests.put(f"{node.admin_url}/gateway/v2/alias-topic", json=alias_topic(name),
                        auth=READER, timeout=15).status_code == 403
    audit_file = Path(node.env["GATEWAY_AUDIT_LOG_FILE"])
    deadline = time.monotonic() + 10
    events: list[dict[str, Any]] = []
    while time.monotonic() < deadline and len(events) < 2:
        events = [e for e in map(json.loads, audit_file.read_text().splitlines())
                  if e["type"] == "REST_API" and e.get("resourceName") == name]
        time.sleep(0.05)
    assert [(e["user"], e["method"], e["path"], e["resourceKind"], e["outcome"], e["status"])
            for e in events] == [
        ("admin", "PUT", "/gateway/v2/alias-topic", "AliasTopic", "CREATED", 200),
        ("reader", "PUT", "/gateway/v2/alias-topic", "AliasTopic", "403", 403)]
    text = audit_file.read_text()
    assert ADMIN[1] not in text and READER[1] not in text
    assert (f"admin API: PUT /gateway/v2/alias-topic AliasTopic/{name} by admin from "
            in node.log_text())


def _sluice(node: GatewayProcess, *args: str, stdin: str | None = None
            ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GATEWAY_ADMIN_URL": node.admin_url, "GATEWAY_USERNAME": ADMIN[0],
           "GATEWAY_PASSWORD": ADMIN[1]}
    return subprocess.run([sys.executable, "-m", "gateway", *args], input=stdin, text=True,
                          capture_output=True, env=env, cwd=REPO, timeout=60)


def test_cli_apply_get_delete(node: GatewayProcess, tmp_path: Path) -> None:
    topic = unique("cli")
    manifest = tmp_path / "views.yaml"
    manifest.write_text(f"""\
apiVersion: gateway/v2
kind: Interceptor
metadata:
  name: {topic}-sql
spec:
  pluginClass: io.conduktor.gateway.interceptor.VirtualSqlTopicPlugin
  priority: 1
  config:
    virtualTopic: {topic}_red
    statement: SELECT * FROM cars WHERE '$.color' = 'red'
---
apiVersion: gateway/v2
kind: AliasTopic
metadata:
  name: {topic}
spec:
  physicalName: orders_v2
""")
    first = _sluice(node, "apply", "-f", str(manifest))
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [f"AliasTopic/{topic}: CREATED",
                                         f"Interceptor/{topic}-sql: CREATED"]
    again = _sluice(node, "apply", "-f", str(manifest))
    assert again.stdout.splitlines() == [f"AliasTopic/{topic}: NOT_CHANGED",
                                         f"Interceptor/{topic}-sql: NOT_CHANGED"]
    listed = _sluice(node, "get", "alias-topic", topic)
    assert listed.returncode == 0 and f"name: {topic}" in listed.stdout
    assert "physicalName: orders_v2" in listed.stdout
    deleted = _sluice(node, "delete", "alias-topic", topic)
    assert deleted.returncode == 0 and deleted.stdout.strip() == f"AliasTopic/{topic}: DELETED"
    missing = _sluice(node, "delete", "alias-topic", topic)
    assert missing.returncode == 1 and "404 Not Found" in missing.stderr
    bad = _sluice(node, "apply", "-f", "-", stdin="kind: AliasTopic\napiVersion: gateway/v2\n"
                  "metadata: {name: x}\nspec: {physicalNme: y}\n")
    assert bad.returncode == 1
    assert "AliasTopic/x: error: 400 Bad Request: Object contains unknown field `physicalNme`" \
        in bad.stderr
    hashed = _sluice(node, "admin", "hash-password", "--password-stdin", stdin="pw\n")
    assert hashed.returncode == 0 and hashed.stdout.startswith("pbkdf2_sha256$600000$")


def _http_roundtrip(sock: socket.socket, request: bytes) -> bytes:
    """Send a request and read one response (headers and Content-Length body)."""
    sock.sendall(request)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def _raw(node: GatewayProcess, data: bytes, timeout: float = 10) -> bytes:
    host, port = node.env["GATEWAY_BIND_HOST"], int(node.env["GATEWAY_HTTP_PORT"])
    with socket.create_connection((host, port), timeout=timeout) as sock:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(data)
        received = b""
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except ConnectionResetError:
            pass
        return received


def test_hostile_http_clients_do_not_disturb_kafka(node: GatewayProcess) -> None:
    topic = unique("beside-http")
    count = 3000
    delivered: list[int] = []

    def produce() -> None:
        values = (f"v{i}".encode() for i in range(count))
        delivered.append(len(produce_all(node.bootstrap, topic, values, timeout=60)))

    producer = threading.Thread(target=produce)
    producer.start()
    malformed = _raw(node, b"NOT HTTP AT ALL\r\n\r\n")
    assert malformed.startswith(b"HTTP/1.1 400 ") and b'"detail": "malformed HTTP' in malformed
    huge_header = _raw(node, b"GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: "
                       + b"a" * (10 * 1024 * 1024) + b"\r\n\r\n")
    assert huge_header == b"" or huge_header.startswith(b"HTTP/1.1 431 ")
    not_json = requests.put(f"{node.admin_url}/gateway/v2/alias-topic", data=b"\x00\xffnope",
                            auth=ADMIN, timeout=5)
    assert not_json.status_code == 400 and not_json.json()["detail"].startswith(
        "body is not JSON")
    # Slowloris: one byte a second never finishes a request; the node cuts it off (2 s).
    host, port = node.env["GATEWAY_BIND_HOST"], int(node.env["GATEWAY_HTTP_PORT"])
    started = time.monotonic()
    with socket.create_connection((host, port), timeout=10) as slow:
        answer = b""
        for byte in b"GET /health/live HTTP/1.1\r\nHost: x\r\n":
            try:
                slow.sendall(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                break
            slow.settimeout(0.5)
            try:
                answer += slow.recv(65536)
                if answer:
                    break
            except TimeoutError:
                continue
    assert answer.startswith(b"HTTP/1.1 408 "), answer
    assert time.monotonic() - started < 5
    # 1,000 concurrent keep-alive connections, each used twice.
    request = f"GET /health/live HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    sockets = [socket.create_connection((host, port), timeout=20) for _ in range(1000)]
    try:
        for _round in range(2):
            for sock in sockets:
                sock.sendall(request)
            answers = [_http_roundtrip(sock, b"") for sock in sockets]
            assert all(a.startswith(b"HTTP/1.1 200 ") for a in answers)
    finally:
        for sock in sockets:
            sock.close()
    producer.join(90)
    assert delivered == [count]
    assert requests.get(f"{node.admin_url}/health/live", timeout=5).status_code == 200
    assert node.process.poll() is None


def test_demo_prints_a_random_admin_password_with_a_working_curl_line() -> None:
    import re

    from tests.conftest import free_port_range

    port, http_port = free_port_range(5), free_port_range(1)
    demo = subprocess.Popen(
        [sys.executable, "-m", "gateway", "demo", "--port", str(port), "--http-port",
         str(http_port)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert demo.stdout is not None
        seen = ""
        while "curl -u admin:" not in seen:
            line = demo.stdout.readline()
            assert line, f"demo ended without an admin API line:\n{seen}"
            seen += line
        password = re.search(r"curl -u admin:(\S+) ", seen)
        assert password is not None and len(password.group(1)) >= 12
        url = f"http://127.0.0.1:{http_port}"
        wait_ready(url, timeout=30)
        answer = requests.put(f"{url}/gateway/v2/alias-topic", json=alias_topic(),
                              auth=("admin", password.group(1)), timeout=15)
        assert answer.json()["upsertResult"] == "CREATED"
    finally:
        demo.terminate()
        demo.wait(20)


def test_a_taken_admin_port_stops_the_node_with_a_clear_message(mock_cluster: MockCluster
                                                                ) -> None:
    from tests.conftest import free_port_range

    http_port = free_port_range(1)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", http_port))
        squatter.listen()
        env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": mock_cluster.bootstrap_servers,
               "GATEWAY_BIND_HOST": "127.0.0.1", "GATEWAY_PORT_START": str(free_port_range(5)),
               "GATEWAY_HTTP_PORT": str(http_port)}
        result = subprocess.run([sys.executable, "-m", "gateway", "run"], capture_output=True,
                                text=True, cwd=REPO, timeout=30, env=env)
    assert result.returncode == 1
    assert (f"cannot listen on 127.0.0.1:{http_port} for the admin API (Address already in "
            "use); choose another GATEWAY_HTTP_PORT") in result.stderr


def test_without_users_resources_are_closed_and_the_log_says_how_to_open_them(
        gateway: GatewayProcess) -> None:
    from admin_api.app import NO_USERS_DETAIL

    gateway.wait_for_log(f"WARNING [supervisor] sluice.admin_api: admin API: {NO_USERS_DETAIL}")
    closed = requests.get(f"{gateway.admin_url}/gateway/v2/alias-topic", auth=ADMIN, timeout=5)
    assert closed.status_code == 401 and closed.json()["detail"] == NO_USERS_DETAIL
    # No users: health and metrics only (DESIGN §7), whatever GATEWAY_SECURED_METRICS says.
    metrics = requests.get(f"{gateway.admin_url}/metrics", timeout=5)
    assert metrics.status_code == 200 and "sluice_" in metrics.text
    assert requests.get(f"{gateway.admin_url}/health/live", timeout=5).status_code == 200

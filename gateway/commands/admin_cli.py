"""`sluice apply | get | delete` (admin API clients) and `sluice admin hash-password`.

They reach a node at GATEWAY_ADMIN_URL (default http://localhost:8888) with basic auth from
GATEWAY_USERNAME / GATEWAY_PASSWORD, the variables tools already use for Conduktor Gateway.
`apply -f FILE` takes multi-document YAML (or JSON) resources and prints one line per
resource, ``Kind/name: CREATED | UPDATED | NOT_CHANGED``, in dependency order (virtual
clusters, service accounts, groups, alias topics, interceptors).
"""

from __future__ import annotations

import argparse
import base64
import getpass
import json
import os
import sys
import urllib.error
import urllib.request
from typing import Any

import yaml

from gateway.resources.kinds import KINDS, KINDS_BY_PATH, Kind

__all__ = ["COMMANDS", "add_commands", "run_command"]

COMMANDS = ("apply", "get", "delete", "admin")
_ORDER = ["VirtualCluster", "GatewayServiceAccount", "GatewayGroup", "AliasTopic", "Interceptor"]


def add_commands(commands: Any) -> None:
    """Register the admin API commands on the `sluice` subparsers."""
    apply = commands.add_parser("apply", help="create or update resources from YAML files")
    apply.add_argument("-f", "--file", action="append", required=True, metavar="FILE",
                       help="YAML file of resources (repeatable; - for stdin)")
    apply.add_argument("--dry-run", action="store_true", help="validate only")
    get = commands.add_parser("get", help="list resources of a kind")
    get.add_argument("kind", help="kind path or name: " + ", ".join(KINDS_BY_PATH))
    get.add_argument("name", nargs="?", help="only this resource")
    get.add_argument("--vcluster", help="only resources of this virtual cluster")
    get.add_argument("-o", "--output", choices=("yaml", "json"), default="yaml")
    delete = commands.add_parser("delete", help="delete a resource")
    delete.add_argument("kind", help="kind path or name: " + ", ".join(KINDS_BY_PATH))
    delete.add_argument("name")
    delete.add_argument("--vcluster", help="its virtual cluster [passthrough]")
    delete.add_argument("--group", help="interceptors: the scope's group")
    delete.add_argument("--username", help="interceptors: the scope's username")
    admin = commands.add_parser("admin", help="admin API helpers")
    admin_commands = admin.add_subparsers(dest="admin_command", required=True)
    hashing = admin_commands.add_parser(
        "hash-password", help="print a password_hash for GATEWAY_ADMIN_API_USERS")
    hashing.add_argument("--scheme", choices=("pbkdf2_sha256", "scrypt"),
                         default="pbkdf2_sha256")
    hashing.add_argument("--password-stdin", action="store_true",
                         help="read the password from stdin instead of prompting")


class ApiError(Exception):
    """The admin API answered an error (or could not be reached)."""


def _kind(name: str) -> Kind:
    found = KINDS_BY_PATH.get(name) or KINDS.get(name) or next(
        (k for k in KINDS.values() if name.lower() in (k.name.lower(), k.path + "s")), None)
    if found is None:
        raise ApiError(f"unknown kind {name!r}; known: {', '.join(KINDS_BY_PATH)}")
    return found


def _call(method: str, path: str, body: Any = None) -> tuple[int, Any]:
    base = os.environ.get("GATEWAY_ADMIN_URL", "http://localhost:8888").rstrip("/")
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    user, password = os.environ.get("GATEWAY_USERNAME"), os.environ.get("GATEWAY_PASSWORD")
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as exc:
        raw = exc.read()
        try:
            detail = json.loads(raw).get("detail", raw.decode(errors="replace"))
        except (ValueError, AttributeError):
            detail = raw.decode(errors="replace")
        raise ApiError(f"{exc.code} {exc.reason}: {detail}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise ApiError(f"cannot reach the admin API at {base} (GATEWAY_ADMIN_URL): "
                       f"{getattr(exc, 'reason', exc)}") from exc


def _documents(paths: list[str]) -> list[dict[str, Any]]:
    documents = []
    for path in paths:
        if path == "-":
            text = sys.stdin.read()
        else:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        for doc in yaml.safe_load_all(text):
            if doc is None:
                continue
            if not isinstance(doc, dict):
                raise ApiError(f"{path}: every document must be a resource mapping")
            documents.append(doc)
    order = {k: i for i, k in enumerate(_ORDER)}
    return sorted(documents, key=lambda d: order.get(str(d.get("kind")), len(order)))


def _apply(args: argparse.Namespace) -> int:
    failed = 0
    for doc in _documents(args.file):
        kind_name = str(doc.get("kind"))
        name = (doc.get("metadata") or {}).get("name", "?")
        label = f"{kind_name}/{name}"
        try:
            kind = _kind(kind_name)
            suffix = "?dryMode=true" if args.dry_run else ""
            _, answer = _call("PUT", f"/gateway/v2/{kind.path}{suffix}", doc)
            print(f"{label}: {answer['upsertResult']}", flush=True)
        except ApiError as exc:
            print(f"{label}: error: {exc}", file=sys.stderr, flush=True)
            failed += 1
    return 1 if failed else 0


def _get(args: argparse.Namespace) -> int:
    kind = _kind(args.kind)
    if args.name and kind.get_by_name:
        _, answer = _call("GET", f"/gateway/v2/{kind.path}/{args.name}")
        items = [answer]
    else:
        query = []
        if args.name:
            query.append(f"name={args.name}")
        if args.vcluster:
            query.append(f"vcluster={args.vcluster}")
        _, items = _call("GET", f"/gateway/v2/{kind.path}" + ("?" + "&".join(query)
                                                                if query else ""))
    if args.output == "json":
        print(json.dumps(items, indent=2))
    else:
        print(yaml.safe_dump_all(items, sort_keys=False), end="")
    return 0


def _delete(args: argparse.Namespace) -> int:
    kind = _kind(args.kind)
    if kind.delete == "body":
        _call("DELETE", f"/gateway/v2/{kind.path}",
              {"name": args.name, "vCluster": args.vcluster or "passthrough"})
    elif kind.delete == "path+scope":
        scope = {k: v for k, v in (("vCluster", args.vcluster), ("group", args.group),
                                   ("username", args.username)) if v}
        _call("DELETE", f"/gateway/v2/{kind.path}/{args.name}", scope or None)
    else:
        _call("DELETE", f"/gateway/v2/{kind.path}/{args.name}")
    print(f"{kind.name}/{args.name}: DELETED")
    return 0


def _hash_password(args: argparse.Namespace) -> int:
    from admin_api.auth import hash_password

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("password: ")
        if getpass.getpass("again: ") != password:
            print("sluice: the passwords differ", file=sys.stderr)
            return 2
    if not password:
        print("sluice: empty password", file=sys.stderr)
        return 2
    print(hash_password(password, args.scheme))
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run `sluice apply | get | delete | admin ...`."""
    try:
        if args.command == "apply":
            return _apply(args)
        if args.command == "get":
            return _get(args)
        if args.command == "delete":
            return _delete(args)
        return _hash_password(args)
    except ApiError as exc:
        print(f"sluice: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"sluice: {exc}", file=sys.stderr)
        return 1


def demo_admin_users(password: str) -> str:
    """GATEWAY_ADMIN_API_USERS for `sluice demo`: one admin with a random password."""
    return json.dumps([{"username": "admin", "password": password, "admin": True}])


def start_demo_admin_api(config: Any, password: str) -> Any:
    """Start the demo's admin API and print how to reach it (None if its port is taken)."""
    from admin_api.server import start_admin_api

    try:
        admin = start_admin_api(config)
    except OSError as exc:
        print(f"admin API not started: {exc.strerror} (sluice demo --http-port PORT)",
              flush=True)
        return None
    host, port = config.advertised_host, config.gateway_http_port
    print(f"Admin API (user admin, password {password}):\n\n"
          f"  curl -u admin:{password} -X PUT http://{host}:{port}/gateway/v2/alias-topic "
          "-H 'Content-Type: application/json' \\\n"
          "    -d '{\"kind\":\"AliasTopic\",\"apiVersion\":\"gateway/v2\","
          "\"metadata\":{\"name\":\"orders_v1\"},\"spec\":{\"physicalName\":\"demo\"}}'\n"
          f"  curl -u admin:{password} http://{host}:{port}/gateway/v2/alias-topic\n",
          flush=True)
    return admin

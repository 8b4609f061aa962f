"""gateway/security's protocol modules are sans-I/O (tests/test_code_quality.py runs mypy)."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import REPO

SANS_IO = ("principal", "jaas", "tokens", "sasl", "backend_auth", "jwks")
IO_MODULES = {"trio", "socket", "asyncio", "selectors", "ssl", "urllib", "http"}


@pytest.mark.parametrize("module", SANS_IO)
def test_protocol_modules_import_no_io(module: str) -> None:
    tree = ast.parse((REPO / "gateway" / "security" / f"{module}.py").read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module.split(".")[0])
    assert not imported & IO_MODULES


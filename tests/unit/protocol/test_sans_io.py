"""gateway.protocol is sans-I/O: importing it pulls in no networking or event loop."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import gateway.protocol

FORBIDDEN = ("trio", "socket", "asyncio", "selectors", "ssl", "anyio", "h11")

PROBE = """
import importlib, json, pkgutil, sys
import gateway.protocol as package
names = sorted(m.name for m in pkgutil.iter_modules(package.__path__))
for name in names:
    importlib.import_module("gateway.protocol." + name)
print(json.dumps({"modules": names, "loaded": sorted(sys.modules)}))
"""


def test_protocol_modules_import_no_io_libraries() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60,
        cwd=Path(gateway.protocol.__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    expected = sorted(m.name for m in pkgutil.iter_modules(gateway.protocol.__path__))
    assert report["modules"] == expected
    assert {"codec", "codec_runtime", "frames", "headers", "rewrite", "versions"} <= set(expected)
    loaded = set(report["loaded"])
    assert {f"gateway.protocol.{name}" for name in expected} <= loaded  # probe really ran
    leaked = sorted(m for m in loaded if m.split(".")[0] in FORBIDDEN)
    assert leaked == []

"""The committed generated codec is exactly what the generator makes of the committed specs."""

from __future__ import annotations

from gateway.protocol.codegen.generate import GENERATED_DIR, render_all


def test_generated_modules_are_up_to_date() -> None:
    expected = render_all()
    on_disk = {p.name: p.read_text() for p in GENERATED_DIR.glob("*.py")}
    stale = sorted(name for name in expected.keys() | on_disk.keys()
                   if expected.get(name) != on_disk.get(name))
    assert not stale, (f"{len(stale)} generated file(s) differ from the specs, e.g. "
                       f"{stale[:5]}: run `python -m gateway.protocol.codegen` and commit")

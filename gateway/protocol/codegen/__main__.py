"""Regenerate gateway/protocol/generated/ from gateway/protocol/specs/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .generate import GENERATED_DIR, write_all


def main(argv: list[str] | None = None) -> int:
    """Write every generated module; print what changed."""
    parser = argparse.ArgumentParser(prog="python -m gateway.protocol.codegen",
                                     description=__doc__)
    parser.add_argument("--out", type=Path, default=GENERATED_DIR,
                        help="output directory (default: %(default)s)")
    args = parser.parse_args(argv)
    changed = write_all(args.out)
    print(f"{len(changed)} file(s) changed in {args.out}")
    for path in changed:
        print(f"  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

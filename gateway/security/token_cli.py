"""`sluice token create --username alice --lifetime 1d`: print a service-account token.

To be registered as the `token` subcommand of gateway/cli.py next session; until then
`python -m gateway.security.token_cli create --username alice --lifetime 1d`. The secret key
comes from `GATEWAY_USER_POOL_SECRET_KEY`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from .tokens import ServiceAccountTokens, parse_lifetime

__all__ = ["main"]


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """Run the token command; returns the exit status."""
    parser = argparse.ArgumentParser(prog="sluice token",
                                     description="Gateway service-account tokens.")
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create", help="print a token to use as a SASL/PLAIN password")
    create.add_argument("--username", required=True)
    create.add_argument("--lifetime", default="1d", help="e.g. 3600s, 12h, 1d (default 1d)")
    create.add_argument("--vcluster", default=None)
    args = parser.parse_args(argv)
    env = os.environ if environ is None else environ
    key = env.get("GATEWAY_USER_POOL_SECRET_KEY")
    if not key:
        print("sluice token: set GATEWAY_USER_POOL_SECRET_KEY to the gateway's secret key "
              "(the same value every node uses)", file=sys.stderr)
        return 2
    try:
        lifetime = parse_lifetime(args.lifetime)
        token = ServiceAccountTokens(key).create(args.username, lifetime,
                                                 vcluster=args.vcluster)
    except ValueError as exc:
        print(f"sluice token: {exc}", file=sys.stderr)
        return 2
    print(token)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`sluice token create --username alice --lifetime 1d`: print a service-account token.

Registered as the `token` subcommand of gateway/cli.py (also runnable as
`python -m gateway.security.token_cli create ...`). The secret key comes from
`GATEWAY_USER_POOL_SECRET_KEY`, the one the gateway checks the tokens with.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

from .tokens import ServiceAccountTokens, parse_lifetime

__all__ = ["add_arguments", "main", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the token subcommands (`create`) to `parser`."""
    commands = parser.add_subparsers(dest="token_command", required=True)
    create = commands.add_parser(
        "create", help="print a token to use as a SASL/PLAIN password",
        description="Print a service-account token signed with GATEWAY_USER_POOL_SECRET_KEY; "
        "a client sends it as its SASL/PLAIN password, with the same username.")
    create.add_argument("--username", required=True)
    create.add_argument("--lifetime", default="1d", help="e.g. 3600s, 12h, 1d (default 1d)")
    create.add_argument("--vcluster", default=None)


def run(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> int:
    """Run a parsed token command; returns the exit status."""
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


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """Run the token command from its arguments; returns the exit status."""
    parser = argparse.ArgumentParser(prog="sluice token",
                                     description="Gateway service-account tokens.")
    add_arguments(parser)
    return run(parser.parse_args(argv), environ)


if __name__ == "__main__":
    sys.exit(main())

"""`python -m gateway` is the `sluice` command."""

from gateway.cli import main

raise SystemExit(main())

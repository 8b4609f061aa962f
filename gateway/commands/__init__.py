"""The `sluice` subcommands beyond running a node: `cluster status`, `apply/get/delete`, `admin`."""

"""`python -m shopguard` runs the same entry point as the `shopguard` command."""

import sys

from shopguard.cli import main

sys.exit(main())

"""`python -m shopguard` runs the same entry point as the `shopguard` command."""

import multiprocessing
import sys

from shopguard.cli import main

if __name__ == "__main__":
    # A frozen (PyInstaller) build starts the import's parsing worker through this entry point.
    multiprocessing.freeze_support()
    sys.exit(main())

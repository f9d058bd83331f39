"""`python -m shopguard` runs the same entry point as the `shopguard` command (and is the
PyInstaller bundle's entry point)."""

import multiprocessing
import os
import sys


def _frozen_setup() -> None:
    """PyInstaller's matplotlib hook points MPLCONFIGDIR at a new temporary folder on every
    start, so matplotlib would rebuild its font cache (a scan of every system font) each time
    a chart is drawn; the one-folder bundle does not move, so a per-user cache can be kept."""
    from platformdirs import user_cache_path

    cache = user_cache_path("ShopGuard", appauthor=False) / "matplotlib"
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # keep the temporary folder
    os.environ["MPLCONFIGDIR"] = str(cache)


if __name__ == "__main__":
    # A frozen build starts the import's parsing worker (multiprocessing "spawn") through this
    # entry point: the worker must not get further than this call.
    multiprocessing.freeze_support()
    if getattr(sys, "frozen", False):
        _frozen_setup()
    from shopguard.cli import main

    sys.exit(main())

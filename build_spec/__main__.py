"""Build the one-folder bundle for this platform: `python -m build_spec`.

Runs PyInstaller on build_spec/shopguard.spec (output: dist/ShopGuard/, on macOS also
dist/ShopGuard.app), then reports the bundle's size and its biggest parts and packs it for
download: dist/ShopGuard-<version>-<platform>.tar.gz on Linux, .zip elsewhere.
Needs the `bundle` extra: pip install -e '.[bundle]'.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from shopguard import __version__

    return __version__


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def parts(bundle: Path, depth_dirs: tuple[str, ...] = ("PySide6", "PySide6/Qt")) -> list[tuple[int, str]]:
    """Sizes of the bundle's top-level parts (PySide6 split one level further), biggest first."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    sizes: list[tuple[int, str]] = []

    def add(folder: Path, prefix: str) -> None:
        for child in folder.iterdir():
            rel = f"{prefix}{child.name}"
            if child.is_dir() and rel in depth_dirs:
                add(child, rel + "/")
            elif child.is_dir():
                sizes.append((folder_size(child), rel + "/"))
            elif not child.is_symlink():
                sizes.append((child.stat().st_size, rel))

    add(internal, "")
    return sorted(sizes, reverse=True)


def archive(bundle: Path, out_base: Path) -> Path:
    if sys.platform.startswith("linux"):
        out = out_base.with_name(out_base.name + ".tar.gz")
        with tarfile.open(out, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=bundle.name)
        return out
    out = out_base.with_name(out_base.name + ".zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(bundle.rglob("*")):
            zf.write(path, Path(bundle.name) / path.relative_to(bundle))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_spec", description=__doc__.split("\n")[0])
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz/.zip")
    parser.add_argument("--clean", action="store_true", help="rebuild PyInstaller's caches")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is not installed: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    command = [sys.executable, "-m", "PyInstaller", str(ROOT / "build_spec" / "shopguard.spec"),
               "--noconfirm", "--distpath", str(DIST), "--workpath", str(ROOT / "build")]
    if args.clean:
        command.append("--clean")
    subprocess.run(command, cwd=ROOT, check=True)
    bundle = DIST / ("ShopGuard.app" if sys.platform == "darwin" else "ShopGuard")
    total = folder_size(bundle)
    print(f"\n{bundle.relative_to(ROOT)}: {total / 1e6:.1f} MB unpacked")
    for size, name in parts(bundle)[:15]:
        print(f"  {size / 1e6:7.1f} MB  {name}")
    if not args.no_archive:
        packed = archive(bundle, DIST / f"ShopGuard-{version()}-{platform_tag()}")
        print(f"{packed.relative_to(ROOT)}: {packed.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Before Qt starts: can it open a window here? If not, one clear paragraph instead of an abort.

Qt aborts the whole process when its platform plugin cannot load ("Could not load the Qt
platform plugin "xcb" … xcb-cursor0 or libxcb-cursor0 is needed"), naming libxcb-cursor0 even
when other libraries are what is missing. On Linux, before any QApplication exists, `check()`
runs `ldd` on Qt's xcb plugin and turns every "not found" library into the Debian/Ubuntu and
Fedora packages that install it; it also notices that there is no display at all. This module
imports no Qt (loading QtGui may itself be what fails).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora package): everything Qt's xcb plugin links that a
# minimal system may lack.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libXau.so.6": ("libxau6", "libXau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libpng16.so.16": ("libpng16-16", "libpng"),
    "libz.so.1": ("zlib1g", "zlib"),
    "libexpat.so.1": ("libexpat1", "expat"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


@dataclass(frozen=True)
class PlatformProblem:
    """Why Qt could not open a window: missing libraries (sonames) or no display."""

    missing: tuple[str, ...] = ()
    no_display: bool = False
    program: str = "shopguard"

    def packages(self) -> tuple[list[str], list[str], list[str]]:
        """(Debian/Ubuntu packages, Fedora packages, sonames no package is known for)."""
        debian: list[str] = []
        fedora: list[str] = []
        unknown: list[str] = []
        for soname in self.missing:
            if soname not in PACKAGES:
                unknown.append(soname)
                continue
            deb, rpm = PACKAGES[soname]
            if deb not in debian:
                debian.append(deb)
            if rpm not in fedora:
                fedora.append(rpm)
        return debian, fedora, unknown

    def message(self) -> str:
        """One paragraph in English and one in Chinese, with the commands that fix it."""
        if self.missing:
            return self._missing_message()
        return (
            f"ShopGuard is a desktop program and found no display to open its window on\n"
            f"(DISPLAY is not set). Start it from your desktop; the command line works\n"
            f"without one: {self.program} --help\n\n"
            f"ShopGuard 是桌面程序，但没有找到可以显示窗口的桌面（未设置 DISPLAY）。\n"
            f"请在桌面环境中启动它；命令行无需桌面即可使用：{self.program} --help\n")

    def _missing_message(self) -> str:
        debian, fedora, unknown = self.packages()
        libs = textwrap.fill(", ".join(self.missing), width=74, initial_indent="    ",
                             subsequent_indent="    ", break_on_hyphens=False)
        commands = []
        if debian:
            commands.append(f"    Debian / Ubuntu:  sudo apt install {' '.join(debian)}")
        if fedora:
            commands.append(f"    Fedora:           sudo dnf install {' '.join(fedora)}")
        for name in unknown:
            commands.append(f"    {name}:  apt-file search {name}  /  dnf provides '*/{name}'")
        block = "\n".join(commands)
        return (
            f"ShopGuard cannot open its window: Qt needs system libraries that are not\n"
            f"installed on this computer:\n{libs}\n"
            f"Install them, then start ShopGuard again:\n{block}\n"
            f"(The command line works without them: {self.program} --help)\n\n"
            f"ShopGuard 无法打开窗口：Qt 需要的以下系统库在本机上没有安装：\n{libs}\n"
            f"请用下面的命令安装后重新启动 ShopGuard：\n{block}\n"
            f"（命令行不需要这些库：{self.program} --help）\n")


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` reports as "not found", each once, in the order it lists them."""
    seen: list[str] = []
    for name in _NOT_FOUND.findall(ldd_output):
        if name not in seen:
            seen.append(name)
    return seen


def qt_plugins_dir() -> Path | None:
    """PySide6's plugin folder: inside the PyInstaller bundle, or beside the installed package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "PySide6" / "Qt" / "plugins"
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins"


def uses_xcb(env: Mapping[str, str], plugins_dir: Path) -> bool:
    """Whether Qt will start on its xcb (X11) plugin: QT_QPA_PLATFORM says so or is unset,
    and it is not a Wayland session that Qt's own Wayland plugin (when present) can serve."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        first = requested.split(";")[0].split(":")[0].strip()
        return first == "xcb"
    wayland_session = bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE") == "wayland"
    return not (wayland_session and (plugins_dir / "platforms" / "libqwayland.so").exists())


def run_ldd(path: Path) -> str | None:
    """`ldd PATH`'s output, or None where there is no ldd (non-glibc systems) or it failed."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        done = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=20,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout


def check(env: Mapping[str, str] | None = None, plugins_dir: Path | None = None,
          ldd: Callable[[Path], str | None] = run_ldd) -> PlatformProblem | None:
    """The reason Qt would abort on start-up here, or None (not Linux, not xcb, or all is well)."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    plugins_dir = plugins_dir or qt_plugins_dir()
    if plugins_dir is None or not uses_xcb(env, plugins_dir):
        return None
    program = Path(sys.argv[0]).name if getattr(sys, "frozen", False) else "shopguard"
    plugin = plugins_dir / "platforms" / "libqxcb.so"
    output = ldd(plugin) if plugin.exists() else None
    missing = tuple(missing_libraries(output or ""))
    if missing:
        return PlatformProblem(missing=missing, program=program)
    if not env.get("DISPLAY"):
        return PlatformProblem(no_display=True, program=program)
    return None


def report(problem: PlatformProblem, env: Mapping[str, str] | None = None) -> None:
    """Print the message, and show it in a dialog that needs no Qt when there is a display
    (someone who double-clicked the app has no terminal to read)."""
    text = problem.message()
    print(text, file=sys.stderr)
    env = os.environ if env is None else env
    if problem.no_display or not env.get("DISPLAY"):
        return
    for tool, args in (("zenity", ["--error", "--no-wrap", "--no-markup", "--title=ShopGuard",
                                   "--text", text]),
                       ("kdialog", ["--title", "ShopGuard", "--error", text]),
                       # xmessage draws with X core fonts, which lack Chinese glyphs.
                       ("xmessage", ["-center", text.split("\n\n")[0]])):
        exe = shutil.which(tool)
        if exe is None:
            continue
        try:
            subprocess.run([exe, *args], check=False, timeout=600, env=_system_env(env))
            return
        except (OSError, subprocess.SubprocessError):
            continue


def _system_env(env: Mapping[str, str]) -> dict[str, str]:
    """The environment for a system program started from the bundle: PyInstaller points
    LD_LIBRARY_PATH at the bundle's libraries and keeps the original in LD_LIBRARY_PATH_ORIG."""
    out = dict(env)
    if "LD_LIBRARY_PATH_ORIG" in out:
        out["LD_LIBRARY_PATH"] = out.pop("LD_LIBRARY_PATH_ORIG")
    elif getattr(sys, "frozen", False):
        out.pop("LD_LIBRARY_PATH", None)
    return out

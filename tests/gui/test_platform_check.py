"""First start on a bare Linux machine: the missing system libraries named, not Qt's abort."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from shopguard.gui import platform_check
from shopguard.gui.platform_check import PlatformProblem, check, missing_libraries

# `ldd libqxcb.so` recorded on Debian 12 with libxcb-icccm4 and libxcb-keysyms1 removed (the
# pair the issue found missing on a fresh machine while Qt's hint named libxcb-cursor0).
RECORDED = (Path(__file__).parent / "data" / "ldd_libqxcb_missing_two.txt").read_text()
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux xcb plugin")


def plugins(tmp_path: Path, *names: str) -> Path:
    (tmp_path / "platforms").mkdir()
    for name in names:
        (tmp_path / "platforms" / name).write_bytes(b"")
    return tmp_path


def test_recorded_ldd_output_gives_exactly_the_missing_pair() -> None:
    assert missing_libraries(RECORDED) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_duplicates_are_listed_once() -> None:
    text = "\tlibxcb-icccm.so.4 => not found\n\tlibfoo.so.2 => not found\n\tlibxcb-icccm.so.4 => not found\n"
    assert missing_libraries(text) == ["libxcb-icccm.so.4", "libfoo.so.2"]


def test_message_names_the_libraries_and_the_commands_for_debian_and_fedora() -> None:
    text = PlatformProblem(missing=("libxcb-icccm.so.4", "libxcb-keysyms.so.1")).message()
    assert "    libxcb-icccm.so.4, libxcb-keysyms.so.1\n" in text
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in text
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in text
    assert "无法打开窗口" in text  # the Chinese paragraph too
    assert "libxcb-cursor0" not in text  # Qt's misleading hint is not repeated


def test_a_library_without_a_known_package_gets_the_lookup_commands() -> None:
    problem = PlatformProblem(missing=("libxcb-cursor.so.0", "libwhatever.so.3"))
    debian, fedora, unknown = problem.packages()
    assert (debian, fedora, unknown) == (["libxcb-cursor0"], ["xcb-util-cursor"], ["libwhatever.so.3"])
    text = problem.message()
    assert "apt-file search libwhatever.so.3" in text
    assert "dnf provides '*/libwhatever.so.3'" in text


def test_packages_shared_by_several_libraries_are_named_once() -> None:
    problem = PlatformProblem(missing=("libxcb-shm.so.0", "libxcb-sync.so.1", "libxcb-xkb.so.1"))
    assert problem.packages()[1] == ["libxcb"]


@linux_only
def test_check_reports_what_ldd_says_is_missing(tmp_path: Path) -> None:
    folder = plugins(tmp_path, "libqxcb.so")
    seen: list[Path] = []

    def fake_ldd(path: Path) -> str:
        seen.append(path)
        return RECORDED

    problem = check({"DISPLAY": ":0"}, folder, ldd=fake_ldd)
    assert seen == [folder / "platforms" / "libqxcb.so"]
    assert problem is not None and problem.missing == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")


@linux_only
def test_check_passes_when_nothing_is_missing_and_there_is_a_display(tmp_path: Path) -> None:
    folder = plugins(tmp_path, "libqxcb.so")
    assert check({"DISPLAY": ":0"}, folder, ldd=lambda _p: "\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") is None


@linux_only
def test_no_display_is_its_own_clear_message(tmp_path: Path) -> None:
    folder = plugins(tmp_path, "libqxcb.so")
    problem = check({}, folder, ldd=lambda _p: "")
    assert problem is not None and problem.no_display
    assert "DISPLAY" in problem.message() and "--help" in problem.message()


@linux_only
@pytest.mark.parametrize(("env", "wayland_plugin", "checked"), [
    ({"QT_QPA_PLATFORM": "offscreen"}, False, False),      # tests, scripts
    ({"QT_QPA_PLATFORM": "xcb"}, True, True),
    ({"QT_QPA_PLATFORM": "xcb:nocursor;wayland"}, False, True),
    ({"QT_QPA_PLATFORM": "wayland"}, True, False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, True, False),        # Qt's own Wayland plugin serves it
    ({"WAYLAND_DISPLAY": "wayland-0"}, False, True),        # the bundle: X11 through XWayland
    ({"DISPLAY": ":0"}, True, True),
])
def test_only_an_xcb_start_is_checked(tmp_path: Path, env: dict[str, str], wayland_plugin: bool,
                                      checked: bool) -> None:
    folder = plugins(tmp_path, "libqxcb.so", *(["libqwayland.so"] if wayland_plugin else []))
    calls: list[Path] = []
    check(env, folder, ldd=lambda p: calls.append(p) or RECORDED)
    assert bool(calls) == checked


@linux_only
def test_this_machine_passes_with_the_installed_qt() -> None:
    """The real `ldd` on the real plugin: this machine has every xcb library."""
    assert platform_check.qt_plugins_dir() is not None
    assert check({"DISPLAY": ":99"}) is None


def test_gui_command_prints_the_message_and_exits_1_before_qt(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from shopguard.cli import main

    problem = PlatformProblem(missing=("libxcb-icccm.so.4",))
    monkeypatch.setattr(platform_check, "check", lambda: problem)
    monkeypatch.setattr(platform_check, "report", lambda p: print(p.message(), file=sys.stderr))
    started: list[object] = []
    import shopguard.gui.app as app

    monkeypatch.setattr(app, "run", lambda **kw: started.append(kw) or 0)
    assert main(["gui"]) == 1
    assert started == []
    assert "sudo apt install libxcb-icccm4" in capsys.readouterr().err


def test_report_prints_without_a_dialog_when_there_is_no_display(capsys: pytest.CaptureFixture[str]) -> None:
    platform_check.report(PlatformProblem(no_display=True), env={})
    assert "DISPLAY" in capsys.readouterr().err

"""UI language: Simplified Chinese or English, from the `language` setting or the system locale.

Translations are Qt Linguist files, one per module: `resources/i18n/<module>_zh_CN.ts` built
to `.qm` (both committed). `Translations.apply(lang)` installs a QTranslator for every
`*_zh_CN.qm` plus Qt's own `qtbase_zh_CN.qm`, and removes them again for English; Qt then
sends every widget a LanguageChange event. `python -m shopguard.gui.i18n` re-runs
pyside6-lupdate and pyside6-lrelease for every module that marks strings.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from shopguard.gui.resources import resources_dir

LANGUAGES = ("zh_CN", "en")


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def resolve_language(setting: str | None, system_locale: str | None = None) -> str:
    """'zh_CN' or 'en' from the `language` setting ('system', 'zh_CN', 'en')."""
    if setting in LANGUAGES:
        return str(setting)
    if system_locale is None:
        from PySide6.QtCore import QLocale

        system_locale = QLocale.system().name()
    return "zh_CN" if system_locale.lower().startswith("zh") else "en"


class Translations:
    """Owns the installed translators so a language switch can remove them again."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTranslator

        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> list[str]:
        """Switch the whole app to `language`; returns the translation files loaded."""
        from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in LANGUAGES else "en"
        loaded: list[str] = []
        if self.language == "zh_CN":
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
            files = sorted(i18n_dir().glob("*_zh_CN.qm"))
            qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            files.append(qt_dir / "qtbase_zh_CN.qm")
            for path in files:
                translator = QTranslator(app)
                if path.exists() and translator.load(str(path)):
                    QCoreApplication.installTranslator(translator)
                    self._installed.append(translator)
                    loaded.append(path.name)
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return loaded


# -- build: python -m shopguard.gui.i18n -----------------------------------------------------

_MARKS = re.compile(r"\btr\(|QT_TRANSLATE_NOOP|\btranslate\(")


def module_files(package_dir: Path) -> list[Path]:
    """GUI modules that mark strings for translation."""
    skip = ("__init__.py", "i18n.py")
    return sorted(p for p in package_dir.rglob("*.py")
                  if p.name not in skip and _MARKS.search(p.read_text(encoding="utf-8")))


def ts_name(path: Path) -> str:
    return f"{path.stem}_zh_CN.ts"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else (shutil.which(f"pyside6-{name}") or f"pyside6-{name}")


def build(package_dir: Path | None = None, out_dir: Path | None = None) -> list[Path]:
    """lupdate each module into its own .ts, then lrelease every .ts; returns the .qm files."""
    package_dir = package_dir or Path(__file__).resolve().parent
    out_dir = out_dir or i18n_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    for source in module_files(package_dir):
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", str(source), "-ts",
                        str(out_dir / ts_name(source))], check=True)
    built: list[Path] = []
    for ts in sorted(out_dir.glob("*_zh_CN.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for qm in build():
        print(qm)

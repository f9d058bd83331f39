"""Procedures are data: bilingual TOML files in ``resources/procedures/``, one per path.

This module loads and validates them and resolves the steps for a terminal kind (and, for
``international``, a processor). Nothing here knows a step's wording: that is in the files.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from shopguard.core.paths import resources_dir

PATHS = ("check_status", "void", "refund", "acquirer_adjustment", "chargeback_response",
         "not_duplicate")
TERMINAL_KINDS = ("traditional_pos", "esign_pos", "smart_pos", "qr_third_party", "international")
PROCESSORS = ("square", "stripe", "sumup", "clover")
LANGS = ("en", "zh_CN")
PLACEHOLDERS = frozenset({"amount", "date", "time", "terminal_id", "merchant_id", "voucher_no",
                          "reference_no", "batch_no", "auth_code", "card", "deadline"})


class ProcedureError(ValueError):
    """A procedure file is malformed; the message names the file and the step."""


@dataclass(frozen=True)
class Text:
    en: str
    zh_CN: str

    def get(self, lang: str) -> str:
        return self.zh_CN if lang.startswith("zh") else self.en


@dataclass(frozen=True)
class Step:
    key: str
    title: Text
    do: Text
    keep: Text | None
    enter: tuple[str, ...]
    require: tuple[str, ...] = ()  # of `enter`: the step cannot be ticked without them
    letter: bool = False  # the step sends the case's letter


@dataclass(frozen=True)
class Procedure:
    path: str
    variant: str
    title: Text
    summary: Text
    steps: tuple[Step, ...]

    def step(self, key: str) -> Step:
        for s in self.steps:
            if s.key == key:
                return s
        raise KeyError(key)


@dataclass(frozen=True)
class ProcedureFile:
    path: str
    title: Text
    summary: Text
    start: tuple[Step, ...]
    end: tuple[Step, ...]
    variants: dict[str, tuple[Step, ...]]


def procedures_dir() -> Path:
    return resources_dir() / "procedures"


def _text(raw: Any, where: str, required: bool = True) -> Text | None:
    if raw is None and not required:
        return None
    if not isinstance(raw, dict):
        raise ProcedureError(f"{where}: expected {{en = ..., zh_CN = ...}}")
    missing = [lang for lang in LANGS if not str(raw.get(lang, "")).strip()]
    if missing:
        raise ProcedureError(f"{where}: missing text in {', '.join(missing)}")
    for lang in LANGS:
        for _, name, _, _ in string.Formatter().parse(raw[lang]):
            if name is not None and name not in PLACEHOLDERS:
                raise ProcedureError(f"{where}.{lang}: unknown placeholder {{{name}}}")
    return Text(en=str(raw["en"]), zh_CN=str(raw["zh_CN"]))


def _step(raw: Any, where: str, fields: frozenset[str]) -> Step:
    if not isinstance(raw, dict) or not str(raw.get("key", "")).strip():
        raise ProcedureError(f"{where}: a step needs a key")
    key = str(raw["key"])
    w = f"{where} step {key!r}"
    enter = raw.get("enter", [])
    unknown = [f for f in enter if f not in fields]
    if unknown:
        raise ProcedureError(f"{w}: unknown field(s) to enter: {', '.join(unknown)}")
    require = raw.get("require", [])
    loose = [f for f in require if f not in enter]
    if loose:
        raise ProcedureError(f"{w}: required field(s) not entered here: {', '.join(loose)}")
    letter = raw.get("letter", False)
    if not isinstance(letter, bool):
        raise ProcedureError(f"{w}: letter = true or false, not {letter!r}")
    title = _text(raw.get("title"), f"{w} title")
    do = _text(raw.get("do"), f"{w} do")
    assert title is not None and do is not None
    return Step(key=key, title=title, do=do, keep=_text(raw.get("keep"), f"{w} keep", False),
                enter=tuple(enter), require=tuple(require), letter=letter)


def load_fields(directory: Path | None = None) -> dict[str, Text]:
    d = directory or procedures_dir()
    raw = tomllib.loads((d / "fields.toml").read_text(encoding="utf-8"))
    out: dict[str, Text] = {}
    for key, value in raw.get("fields", {}).items():
        t = _text(value, f"fields.toml {key}")
        assert t is not None
        out[key] = t
    return out


def load_file(file: Path, fields: frozenset[str]) -> ProcedureFile:
    where = file.name
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProcedureError(f"{where}: {exc}") from None
    path = raw.get("path")
    if path != file.stem:
        raise ProcedureError(f"{where}: path = {path!r} does not match the file name")
    variants: dict[str, tuple[Step, ...]] = {}
    for name, v in raw.get("variants", {}).items():
        kind, _, proc = name.partition(".")
        if name != "default" and (kind not in TERMINAL_KINDS or (proc and (
                kind != "international" or proc not in PROCESSORS))):
            raise ProcedureError(f"{where}: unknown variant {name!r}")
        variants[name] = tuple(_step(s, f"{where} [{name}]", fields) for s in v.get("steps", []))
    title, summary = _text(raw.get("title"), f"{where} title"), _text(raw.get("summary"),
                                                                        f"{where} summary")
    assert title is not None and summary is not None
    return ProcedureFile(
        path=str(path), title=title, summary=summary,
        start=tuple(_step(s, f"{where} [start]", fields) for s in raw.get("start", [])),
        end=tuple(_step(s, f"{where} [end]", fields) for s in raw.get("end", [])),
        variants=variants,
    )


@cache
def _load_all(directory: Path) -> dict[str, ProcedureFile]:
    fields = frozenset(load_fields(directory))
    out = {}
    for path in PATHS:
        file = directory / f"{path}.toml"
        if not file.exists():
            raise ProcedureError(f"{file}: missing procedure file")
        out[path] = load_file(file, fields)
    return out


def load_all(directory: Path | None = None) -> dict[str, ProcedureFile]:
    """Every procedure file, parsed and validated (cached per directory)."""
    return _load_all((directory or procedures_dir()).resolve())


def variant_chain(kind: str, processor: str = "") -> list[str]:
    """The variant names tried, most specific first."""
    chain = []
    if kind == "international" and processor:
        chain.append(f"international.{processor.lower()}")
    chain += [kind, "default"]
    return chain


def resolve(path: str, kind: str, processor: str = "",
            directory: Path | None = None) -> Procedure:
    """The steps of `path` for a terminal kind (and processor); raises ProcedureError if none."""
    files = load_all(directory)
    if path not in files:
        raise ProcedureError(f"unknown procedure {path!r}; known: {', '.join(PATHS)}")
    f = files[path]
    for name in variant_chain(kind, processor):
        if name in f.variants:
            steps = f.start + f.variants[name] + f.end
            keys = [s.key for s in steps]
            dupes = {k for k in keys if keys.count(k) > 1}
            if dupes:
                raise ProcedureError(f"{path}.toml [{name}]: repeated step key(s) {sorted(dupes)}")
            return Procedure(path=path, variant=name, title=f.title, summary=f.summary,
                             steps=steps)
    raise ProcedureError(f"{path}.toml: no steps for terminal kind {kind!r}")


def processor_for(acquirer: str) -> str:
    """The international processor named in an acquirer setting ('Square US' → 'square')."""
    low = acquirer.lower()
    return next((p for p in PROCESSORS if p in low), "")


class _Facts(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def render(text: str, facts: dict[str, str]) -> str:
    """Fill a step's placeholders; an unknown fact shows as '?' (wording, never a crash)."""
    return text.format_map(_Facts({k: (v if v not in ("", None) else "?")
                                    for k, v in facts.items()}))

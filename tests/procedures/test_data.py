"""The procedure files: every one parses, has both languages, and resolves for every kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from shopguard.core.procedures import data
from shopguard.core.procedures.data import (
    LANGS,
    PATHS,
    PROCESSORS,
    TERMINAL_KINDS,
    ProcedureError,
    load_all,
    procedures_dir,
    render,
    resolve,
)
from shopguard.core.store.settings import TERMINAL_KINDS as SETTING_KINDS


def test_every_file_parses_and_is_bilingual() -> None:
    files = load_all()
    assert sorted(files) == sorted(PATHS)
    for f in files.values():
        steps = [*f.start, *f.end, *(s for v in f.variants.values() for s in v)]
        assert steps, f.path
        for s in steps:
            for text in (s.title, s.do, *( [s.keep] if s.keep else [])):
                for lang in LANGS:
                    assert text.get(lang).strip(), (f.path, s.key, lang)
            assert s.title.en != s.title.zh_CN


def test_terminal_kinds_match_the_setting() -> None:
    assert tuple(SETTING_KINDS) == TERMINAL_KINDS


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("kind", TERMINAL_KINDS)
def test_every_path_and_kind_resolves(path: str, kind: str) -> None:
    proc = resolve(path, kind)
    assert len(proc.steps) >= 2
    assert len({s.key for s in proc.steps}) == len(proc.steps)


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("processor", PROCESSORS)
def test_every_international_processor_resolves(path: str, processor: str) -> None:
    proc = resolve(path, "international", processor)
    assert proc.variant.startswith("international")


@pytest.mark.parametrize("path", ["void", "refund", "check_status"])
def test_terminal_procedures_have_their_own_variant_per_kind(path: str) -> None:
    """At the terminal the menus differ: no kind may fall back to a generic text."""
    for kind in TERMINAL_KINDS:
        assert resolve(path, kind).variant == kind
    for p in PROCESSORS:
        assert resolve(path, "international", p).variant == f"international.{p}"


def test_void_on_traditional_pos_asks_for_the_new_voucher_no() -> None:
    step = resolve("void", "traditional_pos").step("void_on_terminal")
    assert "new_voucher_no" in step.enter
    assert "主管密码" in step.do.zh_CN


def test_render_fills_placeholders_and_marks_unknowns() -> None:
    text = resolve("void", "traditional_pos").step("void_on_terminal").do.en
    out = render(text, {"terminal_id": "10230001", "voucher_no": "", "amount": "¥58.00"})
    assert "10230001" in out and "¥58.00" in out and "{" not in out
    assert "voucher no. ?" in out


def _copy_procedures(tmp_path: Path) -> Path:
    d = tmp_path / "procedures"
    d.mkdir(parents=True)
    for f in procedures_dir().glob("*.toml"):
        (d / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return d


def test_a_missing_translation_is_refused_naming_file_and_step(tmp_path: Path) -> None:
    d = _copy_procedures(tmp_path)
    f = d / "void.toml"
    f.write_text(f.read_text(encoding="utf-8").replace(
        'title.zh_CN = "找到商户存根签购单"\n', ""), encoding="utf-8")
    with pytest.raises(ProcedureError, match=r"void.toml \[start\] step 'find_slip' title"):
        data.load_all(d)


def test_an_unknown_placeholder_or_field_is_refused(tmp_path: Path) -> None:
    d = _copy_procedures(tmp_path)
    f = d / "refund.toml"
    f.write_text(f.read_text(encoding="utf-8").replace("{batch_no}", "{batch}", 1),
                 encoding="utf-8")
    with pytest.raises(ProcedureError, match="unknown placeholder"):
        data.load_all(d)
    d2 = _copy_procedures(tmp_path / "b")
    f2 = d2 / "void.toml"
    f2.write_text(f2.read_text(encoding="utf-8").replace('"new_voucher_no"', '"voucher"', 1),
                  encoding="utf-8")
    with pytest.raises(ProcedureError, match="unknown field"):
        data.load_all(d2)

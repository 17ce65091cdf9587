"""The generator: deterministic output, and `--check` catching drift in the committed files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.__main__ import main
from codegen.generate import render_all
from codegen.spec import load

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the spec, generated into a scratch root."""
    root = tmp_path_factory.mktemp("root")
    shutil.copytree(ROOT / "spec", root / "spec")
    assert main(["--root", str(root)]) == 0
    return root


def test_generation_is_deterministic(tree: Path) -> None:
    spec = load(tree / "spec")
    assert render_all(spec) == render_all(spec)


def test_committed_output_matches_a_fresh_generation(tree: Path) -> None:
    for path in [*(tree / "generated").rglob("*.py"), *(tree / "generated").rglob("*.lua")]:
        rel = path.relative_to(tree)
        assert (ROOT / rel).read_text() == path.read_text(), rel
    assert main(["--check"]) == 0


def test_check_fails_on_an_edited_file(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tree / "generated" / "v15" / "messages.py"
    original = target.read_text()
    try:
        target.write_text(
            original.replace("MAX_MESSAGE_SIZE: Final = 4329", "MAX_MESSAGE_SIZE: Final = 4330")
        )
        assert main(["--check", "--root", str(tree)]) == 1
        assert "out of date: generated/v15/messages.py" in capsys.readouterr().err
    finally:
        target.write_text(original)
    assert main(["--check", "--root", str(tree)]) == 0


def test_check_fails_on_a_stray_file(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stray = tree / "generated" / "v15" / "handwritten.py"
    stray.write_text("x = 1\n")
    try:
        assert main(["--check", "--root", str(tree)]) == 1
        assert (
            "not generated from the spec: generated/v15/handwritten.py" in capsys.readouterr().err
        )
    finally:
        stray.unlink()


def test_check_fails_when_the_spec_changes(tree: Path) -> None:
    tags = tree / "spec" / "tags.yaml"
    original = tags.read_text()
    try:
        tags.write_text(
            original.replace("{tag: 25, type: STRING, size: 64", "{tag: 25, type: STRING, size: 63")
        )
        assert tags.read_text() != original
        assert main(["--check", "--root", str(tree)]) == 1
    finally:
        tags.write_text(original)


def test_check_fails_on_a_missing_package_link(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tree / "src" / "ctiwire" / "v15"
    assert link.is_symlink() and (link / "messages.py").is_file()
    link.unlink()
    try:
        assert main(["--check", "--root", str(tree)]) == 1
        assert "missing or wrong package link: src/ctiwire/v15" in capsys.readouterr().err
    finally:
        assert main(["--root", str(tree)]) == 0
    assert link.is_symlink() and main(["--check", "--root", str(tree)]) == 0


def test_output_has_no_timestamps(tree: Path) -> None:
    text = (tree / "generated" / "v15" / "messages.py").read_text()
    assert "2026" not in text and "Generated from spec/" in text


def test_check_covers_the_dissector(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tree / "generated" / "wireshark" / "gedcti.lua"
    original = target.read_text()
    assert 'Proto("gedcti"' in original
    try:
        target.write_text(original.replace("local LARGEST = ", "local LARGEST = 1 + "))
        assert main(["--check", "--root", str(tree)]) == 1
        assert "out of date: generated/wireshark/gedcti.lua" in capsys.readouterr().err
    finally:
        target.write_text(original)

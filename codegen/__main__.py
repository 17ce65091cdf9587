"""``python -m codegen [--check | --validate]``.

Without options, regenerates every generated file. ``--check`` regenerates in memory and exits
1 if any committed file differs (or is missing, or is stale); ``--validate`` only loads and
validates the spec.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .generate import links, render_all
from .spec import SpecError, evidence_gaps, load

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if generated files are stale")
    mode.add_argument("--validate", action="store_true", help="only validate the spec")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root: Path = args.root
    try:
        spec = load(root / "spec")
    except SpecError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"spec: {len(exc.problems)} problem(s); nothing generated", file=sys.stderr)
        return 2
    if args.validate:
        gaps = evidence_gaps(spec)
        for gap in gaps:
            print(gap, file=sys.stderr)
        print(f"spec: valid; {len(gaps)} version-dependent fact(s) without evidence")
        return 0
    files = render_all(spec)
    wanted_links = links(spec)
    package = root / "src" / "ctiwire"
    current_links = {
        str(p.relative_to(root)): str(p.readlink())
        for p in (package.iterdir() if package.is_dir() else [])
        if p.is_symlink()
    }
    bad_links = sorted(
        rel for rel, target in wanted_links.items() if current_links.get(rel) != target
    )
    stale_links = sorted(rel for rel in current_links if rel not in wanted_links)
    owned = [root / "generated", root / "docs" / "messages"]  # coverage-vNN.md is in files
    existing = {p for d in owned if d.exists() for p in d.rglob("*") if p.is_file()}
    existing |= {root / rel for rel in files if (root / rel).exists()}
    stale = sorted(
        str(p.relative_to(root))
        for p in existing
        if str(p.relative_to(root)) not in files and "__pycache__" not in p.parts
    )
    changed = sorted(
        rel
        for rel, text in files.items()
        if not (root / rel).exists() or (root / rel).read_text(encoding="utf-8") != text
    )
    if args.check:
        for rel in changed:
            print(f"out of date: {rel}", file=sys.stderr)
        for rel in stale:
            print(f"not generated from the spec: {rel}", file=sys.stderr)
        for rel in bad_links:
            print(f"missing or wrong package link: {rel} -> {wanted_links[rel]}", file=sys.stderr)
        for rel in stale_links:
            print(f"package link of a version not generated: {rel}", file=sys.stderr)
        if changed or stale or bad_links or stale_links:
            print("run `python -m codegen` and commit the result", file=sys.stderr)
            return 1
        print(f"generated files are up to date ({len(files)} files)")
        return 0
    for rel in changed:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files[rel], encoding="utf-8")
    for rel in stale:
        (root / rel).unlink()
    for rel in stale_links + bad_links:
        (root / rel).unlink(missing_ok=True)
    for rel in bad_links:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).symlink_to(wanted_links[rel], target_is_directory=True)
    print(f"{len(changed)} file(s) written, {len(stale)} removed, {len(files)} generated in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())

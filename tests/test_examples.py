"""The README's client example runs as printed (it starts its own simulator)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_client_example_runs() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "client.py")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = out.stdout.splitlines()
    assert lines[0] == "agent 5001 is AGENT_STATE_AVAILABLE"
    assert len(lines) == 11 and all(line.endswith("Event") for line in lines[1:])


def test_readme_shows_the_example_as_it_is() -> None:
    example = (ROOT / "examples" / "client.py").read_text().split('"""', 2)[2].strip()
    assert example in (ROOT / "README.md").read_text()

"""The benchmarks under ``benchmarks/`` run, small, and check what they compare.

No figure is asserted (speed is shown by running them by hand, see the README): these runs keep
the commands the README gives working, and each benchmark's own checks (the codec's baselines
read and build the same bytes; every event the client and the bridge were sent arrives, and
JetStream stored each once) run on every change.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from natsserver import require_nats

ROOT = Path(__file__).resolve().parent.parent


def bench(script: str, *args: str, timeout: float = 120) -> str:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT / "benchmarks")])
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_codec() -> None:
    out = bench("codec.py", "--check")
    for version in ("15", "24"):
        for name in ("OPEN_REQ", "AGENT_STATE_EVENT", "CALL_DELIVERED_EVENT"):
            for op in ("decode", "encode"):
                assert any(line.split()[:3] == [version, name, op] for line in out.splitlines())


def test_client() -> None:
    out = bench(
        "client.py",
        *("--events", "4000", "--rounds", "1", "--sessions", "20", "--session-events", "50"),
        *("--failovers", "2", "--slow-events", "3000", "--slow-seconds", "0.3"),
    )
    assert "ratio Version 24 / Version 15" in out
    assert "1,000 received" in out and "lost: 0, out of order or altered: 0" in out
    assert "3,000 of 3,000 received" in out and "lost 0, out of order or altered 0" in out


def test_import_time() -> None:
    out = bench("import_time.py", "--runs", "1")
    assert "import ctiwire.v15" in out and "import ctiwire.v25" in out


def test_bridge() -> None:
    require_nats()
    out = bench("bridge.py", "--events", "3000", "--runs", "1")
    assert "events/s into JetStream (acknowledged)" in out


@pytest.mark.parametrize("script", ["codec.py", "client.py", "import_time.py", "bridge.py"])
def test_help(script: str) -> None:
    if script == "bridge.py":
        require_nats()  # it imports ctiwire.bridge, which needs nats-py
    assert "usage:" in bench(script, "--help")

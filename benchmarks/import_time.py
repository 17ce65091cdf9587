"""What importing ctiwire costs, measured in fresh interpreters, against ``import asyncio``.

Run by hand: ``python benchmarks/import_time.py [--runs N]``.

Each figure is the median over ``--runs`` new interpreters (``python -c``) of the wall time of
one import statement, timed inside the interpreter, after the interpreter itself has started
(``-X importtime`` attributes time to modules; this measures what a program waits for). Bytecode
caches are written first so that every run reads them, as an installed package does.

* ``import asyncio``: the yardstick (issue 8: one version module costs at most twice as much).
* ``import ctiwire``: the runtime (no version module yet).
* ``import ctiwire.vNN`` for the first, a middle and the last version: one binding; the line
  also shows it beyond ``import ctiwire``.
* ``import ctiwire.client`` and all eleven versions: what a client that learns its version at
  run time, or a tool that reads every version, pays.

Prints one line per statement: milliseconds, and the ratio to ``import asyncio``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

TIMER = """
import time
t = time.perf_counter()
{statement}
print(time.perf_counter() - t)
"""


def timed(statement: str, runs: int) -> float:
    """Median seconds of ``statement`` over ``runs`` fresh interpreters."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    code = TIMER.format(statement=statement)
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
        )
        samples.append(float(out.stdout))
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="interpreters per figure (15)")
    args = parser.parse_args()
    versions = sorted(
        int(p.name[1:]) for p in (ROOT / "src" / "ctiwire").glob("v[0-9]*") if p.is_dir()
    )
    middle = versions[len(versions) // 2]
    every = "; ".join(f"import ctiwire.v{v}" for v in versions)
    statements = [
        ("import asyncio", "import asyncio"),
        ("import ctiwire", "import ctiwire"),
        *[(f"import ctiwire.v{v}", f"import ctiwire.v{v}") for v in (versions[0], middle)],
        (f"import ctiwire.v{versions[-1]}", f"import ctiwire.v{versions[-1]}"),
        ("import ctiwire.client", "import ctiwire.client"),
        (f"all {len(versions)} versions", every),
    ]
    timed("import ctiwire.client; " + every, 1)  # writes the bytecode caches
    print(f"{sys.implementation.name} {sys.version.split()[0]}, median of {args.runs} runs")
    base = timed("import asyncio", args.runs)
    runtime = timed("import ctiwire", args.runs)
    for label, statement in statements:
        seconds = {"import asyncio": base, "import ctiwire": runtime}.get(label)
        if seconds is None:
            seconds = timed(statement, args.runs)
        extra = ""
        if label.startswith("import ctiwire.v"):
            extra = f"  ({(seconds - runtime) * 1e3:5.1f} ms beyond import ctiwire)"
        print(f"{label:24} {seconds * 1e3:7.1f} ms  {seconds / base:5.2f}x import asyncio{extra}")


if __name__ == "__main__":
    main()

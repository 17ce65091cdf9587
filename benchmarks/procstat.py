"""What a process costs, read from /proc (Linux; 0 elsewhere), for the benchmarks that run
several processes (bridge.py, client.py)."""

from __future__ import annotations

import os
import time
from pathlib import Path


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_bytes() -> int:
    """Resident set size of this process."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def pace_ms() -> float:
    """How long a fixed pure-Python workload (formatting, lists, ints: what the bridge and the
    client do most) takes now, in ms, the best of five. On a shared machine the same code runs
    up to twice as fast at one hour as at another: figures are comparable at a similar pace."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        parts = [f'"n":{i},"x":"{i:x}"' for i in range(100_000)]
        ",".join(parts).encode()
        best = min(best, time.perf_counter() - start)
    return best * 1000

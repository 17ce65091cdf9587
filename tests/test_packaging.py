"""Every generated version is importable from a built wheel, not only from the editable install."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from codegen.spec import load

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_and_imports_the_generated_modules(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    [wheel] = tmp_path.glob("ctiwire-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    versions = load(ROOT / "spec").generated
    for required in (
        *(
            f"ctiwire/v{v}/{name}.py"
            for v in versions
            for name in ("__init__", "messages", "enums")
        ),
        "ctiwire/py.typed",
        "ctiwire/_wire.py",
        "ctiwire/simulator/__init__.py",
        "ctiwire/bridge/__init__.py",
        "ctiwire/wireshark/gedcti.lua",  # the dissector, package data
    ):
        assert required in names, required
    assert not any(name.startswith(("generated/", "spec/", "codegen/")) for name in names)
    site = tmp_path / "site"
    # -S: no site-packages, so the editable install cannot be what gets imported.
    script = "\n".join(
        [
            "import sys",
            "sys.path.insert(0, sys.argv[1])",
            "import ctiwire",
            "assert ctiwire.__file__.startswith(sys.argv[1]), ctiwire.__file__",
            "print(ctiwire.protocol_versions())",
            "for v in ctiwire.protocol_versions():",
            "    cti = ctiwire.protocol(v)",
            "    f = cti.encode(cti.HeartbeatReq(invoke_id=7))",
            "    assert cti.decode(f) == cti.HeartbeatReq(invoke_id=7) and len(cti.MESSAGES) > 100",
            "from ctiwire.wireshark_plugin import dissector_path as p",
            "assert str(p()).startswith(sys.argv[1]) and p().is_file(), p()",
        ]
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", script, str(site)], check=True, capture_output=True, text=True
    )
    assert out.stdout.strip() == str(tuple(versions))


def test_editable_install_imports_from_the_source_tree() -> None:
    import ctiwire.v15 as cti

    assert Path(cti.__file__).resolve() == (ROOT / "generated" / "v15" / "__init__.py").resolve()

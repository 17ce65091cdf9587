"""The ``ctiwire`` command, run as ``python -m ctiwire`` in a subprocess."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import SimulatorThread
from cti_raw import RawClient, open_req

import ctiwire.v15 as cti
from ctiwire.cli import main

CTIWIRE = [sys.executable, "-m", "ctiwire"]


def run(*args: str, stdin: bytes = b"", timeout: float = 20) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*CTIWIRE, *args], input=stdin, capture_output=True, timeout=timeout, check=False
    )


def json_lines(output: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.decode().splitlines()]


OPEN = cti.OpenReq(
    invoke_id=1,
    version_number=15,
    idle_timeout=40,
    peripheral_id=cti.NULL_PERIPHERAL_ID,
    services_requested=cti.CTIServiceMask.CTI_SERVICE_ALL_EVENTS | 0x4000,
    call_msg_mask=cti.CallEventMask.CALL_DELIVERED_MASK,
    client_id="bridge",
    client_password=b"hunter2",
)
DELIVERED = cti.CallDeliveredEvent(
    peripheral_id=5000,
    connection_call_id=77,
    connection_device_id="5001",
    local_connection_state=cti.LocalConnectionState.LCS_ALERTING,
    event_cause=4242,
    user_to_user_info=b"\x01\xff",
)


def test_decode_hex_from_stdin() -> None:
    text = (
        "# an OPEN_REQ and a CALL_DELIVERED_EVENT\n"
        + cti.encode(OPEN).hex(" ", 4)
        + "\n"
        + cti.encode(DELIVERED).hex(":")
        + "\n"
    )
    result = run("decode", "--hex", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    opened, delivered = json_lines(result.stdout)
    assert (opened["message"], opened["type"]) == ("OPEN_REQ", 3)
    fields = opened["fields"]
    assert fields["client_password"] == "***"  # masked
    assert b"hunter2" not in result.stdout
    assert fields["services_requested"] == ["CTI_SERVICE_ALL_EVENTS", "0x00004000"]
    assert fields["call_msg_mask"] == ["CALL_DELIVERED_MASK"]
    assert fields["client_id"] == "bridge"
    assert "agent_id" not in fields  # absent optional fields are left out
    assert (delivered["message"], delivered["type"]) == ("CALL_DELIVERED_EVENT", 9)
    fields = delivered["fields"]
    assert fields["local_connection_state"] == "LCS_ALERTING"  # enums by name
    assert fields["event_cause"] == 4242  # a value the enum does not know stays a number
    assert fields["user_to_user_info"] == "01ff"  # bytes as hex


def test_decode_raw_file(tmp_path: Path) -> None:
    path = tmp_path / "capture.bin"
    path.write_bytes(cti.encode(DELIVERED) + cti.encode(cti.HeartbeatConf(invoke_id=5)))
    for args in (["--raw", str(path)], [str(path)]):  # explicit, and detected
        result = run("decode", "--protocol-version", "15", *args)
        assert result.returncode == 0, result.stderr
        assert [m["message"] for m in json_lines(result.stdout)] == [
            "CALL_DELIVERED_EVENT",
            "HEARTBEAT_CONF",
        ]


def test_decode_unknown_message_type() -> None:
    frame = (3).to_bytes(4, "big") + (120).to_bytes(4, "big") + b"abc"  # listed, no format
    result = run("decode", "--raw", stdin=frame)
    assert result.returncode == 0, result.stderr
    assert json_lines(result.stdout) == [
        {"message": "SUPERVISOR_ASSIST_EVENT", "type": 120, "body": "616263"}
    ]


def test_decode_protocol_errors_exit_4() -> None:
    good = cti.encode(cti.HeartbeatReq(invoke_id=1))
    bad = (2).to_bytes(4, "big") + (5).to_bytes(4, "big") + b"\x00\x00"  # HEARTBEAT_REQ cut
    result = run("decode", "--raw", "--protocol-version", "15", stdin=bad + good + good[:5])
    assert result.returncode == 4
    assert [m["message"] for m in json_lines(result.stdout)] == ["HEARTBEAT_REQ"]
    errors = result.stderr.decode()
    assert "frame at byte 0" in errors
    assert "incomplete message" in errors
    result = run("decode", "--hex", stdin=b"00 0g")
    assert (result.returncode, result.stdout) == (4, b"")
    assert b"not hex" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("frobnicate").returncode == 2  # once through the real entry point
    for args in (  # the rest in-process: argparse exits before anything else happens
        ["decode", "--hex", "--raw"],
        ["decode", str(tmp_path / "missing")],
        ["decode", "--version", "3", str(tmp_path / "missing")],
        ["monitor", "no-port-here"],
        ["monitor", "localhost:42027", "--client-events"],
        ["monitor", "localhost:42027", "--client-events", "--agent-id", "1001"],
        ["demo", "--seconds", "-1"],
        ["simulate", "--agents", "0"],
    ):
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 2, args
        assert "usage:" in capsys.readouterr().err


def test_help_documents_exit_codes() -> None:
    result = run("--help")
    assert result.returncode == 0
    text = result.stdout.decode()
    assert "demo" in text and "monitor" in text and "decode" in text and "simulate" in text
    assert re.search(r"3\s+connection failure", text)
    assert re.search(r"4\s+protocol error", text)


def test_demo_runs_offline_and_prints_events() -> None:
    start = time.monotonic()
    result = run("demo", "--seconds", "1")
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - start < 10
    out = result.stdout.decode()
    for name in ("SYSTEM_EVENT", "BEGIN_CALL_EVENT", "CALL_DELIVERED_EVENT", "AGENT_STATE_EVENT"):
        assert name in out
    assert "calls generated" in result.stderr.decode()


def _wait_for_line(stream: Any, pattern: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        text = line.decode() if isinstance(line, bytes) else line
        if re.search(pattern, text):
            return text
    raise AssertionError(f"no line matching {pattern!r}")


def test_monitor_prints_json_until_interrupted(simulator: SimulatorThread) -> None:
    proc = subprocess.Popen(
        [
            *CTIWIRE,
            "monitor",
            f"127.0.0.1:{simulator.port}",
            "--json",
            "--client-id",
            "tester",
            "--heartbeat",
            "5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "CTIWIRE_PASSWORD": "secret"},
    )
    try:
        assert proc.stdout is not None
        first = json.loads(_wait_for_line(proc.stdout, "SYSTEM_EVENT"))
        assert first["fields"]["system_event_id"] == "SYS_PERIPHERAL_ONLINE"

        def not_ready() -> None:
            agent = simulator.switch.agents["1002"]
            simulator.switch.set_agent_state(agent, cti.AgentState.AGENT_STATE_NOT_READY, 7)

        simulator.call(not_ready)
        event = json.loads(_wait_for_line(proc.stdout, "AGENT_STATE_EVENT"))
        assert event["fields"]["agent_id"] == "1002"
        assert event["fields"]["agent_state"] == "AGENT_STATE_NOT_READY"
        assert event["fields"]["event_reason_code"] == 7
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0
        assert proc.stderr is not None
        assert b"session open" in proc.stderr.read()
    finally:
        proc.kill()
        proc.wait()


def test_monitor_refused_session_exits_3(simulator: SimulatorThread) -> None:
    result = run(
        "monitor", f"127.0.0.1:{simulator.port}", "--client-id", "tester", "--password", "wrong"
    )
    assert result.returncode == 3
    assert b"E_CTI_INVALID_PASSWORD" in result.stderr


def test_monitor_cannot_connect_exits_3(simulator: SimulatorThread) -> None:
    port = simulator.port
    simulator.stop()  # nothing listens there any more
    result = run("monitor", f"127.0.0.1:{port}", "--connect-timeout", "1")
    assert result.returncode == 3
    errors = result.stderr.decode()
    assert "no session could be opened" in errors
    assert f"side A (127.0.0.1:{port}): cannot connect" in errors


def test_decode_learns_the_version_from_open_req() -> None:
    from ctiwire import v24

    open_req = v24.OpenReq(invoke_id=1, version_number=24, client_id="x", client_password=b"")
    held = v24.CallHeldEvent(connection_device_id="1001")
    for version, frames in ((24, [open_req, held]), (15, [OPEN, DELIVERED])):
        module = v24 if version == 24 else cti
        data = b"".join(module.encode(m) for m in frames)
        result = run("decode", "--raw", stdin=data)
        assert result.returncode == 0, result.stderr
        assert [m["message"] for m in json_lines(result.stdout)] == [f.MESSAGE_NAME for f in frames]


def test_failure_conf_of_the_editions_decodes() -> None:
    result = run("decode", "--hex", stdin=b"00000008 00000001 00000001 00000061")
    assert result.returncode == 0, result.stderr
    assert json_lines(result.stdout) == [
        {
            "message": "FAILURE_CONF",
            "type": 1,
            "fields": {"invoke_id": 1, "status": "E_CTI_INVALID_MONITOR_STATUS"},
        }
    ]


def test_simulate_serves_until_interrupted() -> None:
    proc = subprocess.Popen(
        [*CTIWIRE, "simulate", "--port", "0", "--calls-per-second", "20", "--time-scale", "0.05"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert proc.stderr is not None
        line = _wait_for_line(proc.stderr, r"CTI Server on [\d.]+:\d+")
        port = int(re.search(r":(\d+),", line).group(1))  # type: ignore[union-attr]
        with RawClient(port) as client:
            client.open(open_req(client_id="anyone", client_password=b""))
            seen = {m.MESSAGE_NAME for m in client.collect(0.5)}
        assert {"SYSTEM_EVENT", "BEGIN_CALL_EVENT", "AGENT_STATE_EVENT"} <= seen
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0
    finally:
        proc.kill()
        proc.wait()


def test_simulate_serves_the_versions_asked_and_strict_refuses_unused_mask_bits() -> None:
    proc = subprocess.Popen(
        [
            *CTIWIRE,
            "simulate",
            "--port",
            "0",
            "--calls-per-second",
            "0",
            "--protocol-version",
            "20",
            "--protocol-version",
            "22",
            "--strict",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert proc.stderr is not None
        line = _wait_for_line(proc.stderr, r"CTI Server on [\d.]+:\d+")
        assert "Versions 20, 22, strict" in line
        port = int(re.search(r":(\d+),", line).group(1))  # type: ignore[union-attr]
        with RawClient(port, version=24) as client:  # a version not served
            client.send(open_req(version=24))
            refusal = client.recv()
            assert refusal.MESSAGE_NAME == "FAILURE_CONF"
            assert refusal.status == client.cti.StatusCode.E_CTI_INVALID_VERSION
        with RawClient(port, version=22) as client:  # unused CallMsgMask bits, strict
            client.send(open_req(version=22, call_msg_mask=0xFFFFFFFF))
            refusal = client.recv()
            assert refusal.MESSAGE_NAME == "FAILURE_CONF"
            assert refusal.status == client.cti.StatusCode.E_CTI_INVALID_CALL_MSG_MASK
        with RawClient(port, version=20) as client:  # served
            client.send(open_req(version=20))
            assert client.recv().MESSAGE_NAME == "OPEN_CONF"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0
    finally:
        proc.kill()
        proc.wait()


def test_simulate_refuses_a_version_it_does_not_have(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["simulate", "--port", "0", "--protocol-version", "14"])
    assert info.value.code == 2
    assert "--protocol-version 14: ctiwire has Versions 15 to 25" in capsys.readouterr().err

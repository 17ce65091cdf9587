"""The generated Wireshark dissector, run by real tshark, shows what ctiwire decodes; and
``ctiwire decode --pcap`` reads the same captures.

* Every version: a capture of hypothesis-drawn frames of every message and of a damaged copy of
  each (tests/captures.py). tshark's fields must equal ctiwire's decode of each valid frame, and
  for each frame ctiwire refuses, the dissector's first expert info must be ctiwire's DecodeError
  (message, field, byte offset, reason). No frame may make the Lua fail.
* Real sessions (tests/sessions.py): the simulator (the versions it serves) and ClientSession /
  ServerSession pairs of other versions in both floating-field widths, interleaved in one
  capture, cut into segments that split frames (in the header and in the body), join two frames,
  and cut across two.
* Preferences, Decode As, filters and password masking, on the same kind of captures.

Each capture is read by one tshark run (see tests/wireshark.py); tshark is required in CI
(CTIWIRE_REQUIRE_TSHARK=1) and the tests skip without it elsewhere. The ``decode --pcap`` tests
need no tshark.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from captures import SERVER, every_message_capture, module
from conftest import CREDENTIALS, SimulatorThread
from pcapwrite import Conversation, write_capture
from sessions import Frames, replayed_session, segmented, simulator_session
from wireshark import Packet, expected, in_order, require_tshark, tshark

from ctiwire import DecodeError
from ctiwire.cli import main
from ctiwire.jsonview import message_to_dict
from ctiwire.simulator import Simulator, SimulatorConfig, TrafficConfig
from strategies import spec, version

VERSIONS = list(spec().generated)
# A simulator session of every version; and, of a few versions (both floating-field widths: 19
# is the last 1-byte version), a session replayed through ClientSession and ServerSession
# objects from the Version 15 one (tests/sessions.py), which the simulator does not script.
SIMULATED = VERSIONS
REPLAYED = [19, 25]


def _check_frame(frame: bytes, shown: Any, cti: ModuleType, v: int) -> None:
    """One frame as tshark showed it, against ctiwire's decode of it."""
    experts = shown.experts
    assert not [e for e in experts if e[0] == "gedcti.dissector_error"], experts
    malformed = [text for kind, text in experts if kind == "gedcti.malformed"]
    try:
        message = cti.decode(frame)
    except DecodeError as exc:
        # The first problem the dissector reports is ctiwire's (Wireshark may cut a long text).
        assert malformed, f"{frame.hex()}: ctiwire says {exc}, the dissector nothing"
        assert str(exc).startswith(malformed[0]), (frame.hex(), str(exc), malformed)
        assert len(malformed[0]) >= min(len(str(exc)), 100)
        return
    assert not malformed, (frame.hex(), malformed)
    assert in_order(shown.fields) == expected(message, frame, v), frame.hex()


@pytest.mark.parametrize("v", VERSIONS)
def test_every_message_and_its_mutations(v: int, tmp_path: Path) -> None:
    require_tshark()
    cti = module(v)
    path = tmp_path / f"v{v}.pcap"
    frames, bad = every_message_capture(v, path)
    packets = tshark(path)
    cti_packets = [p for p in packets if p.stream == 0]
    assert len(cti_packets) == len(frames) + len(bad)
    for frame, packet in zip(frames + bad, cti_packets, strict=True):
        assert len(packet.frames) == 1
        _check_frame(frame, packet.frames[0], cti, v)
    shown = {row[2] for p in cti_packets for row in p.frames[0].fields if row[1] == "gedcti.type"}
    assert {str(m.number) for m in version(v).messages if not m.undocumented} <= shown
    for packet in packets:  # the junk: reported, never a Lua error
        if packet.stream == 1:
            kinds = {kind for frame in packet.frames for kind, _ in frame.experts}
            assert "gedcti.dissector_error" not in kinds
            assert "gedcti.malformed" in kinds


def _floating(frame: bytes, fixed_end: int, head: int) -> list[bytes]:
    """A frame's floating fields, each with its tag and length."""
    out, pos = [], fixed_end
    while pos < len(frame):
        size = int.from_bytes(frame[pos + head // 2 : pos + head], "big")
        out.append(frame[pos : pos + head + size])
        pos += head + size
    return out


def _reframed(frame: bytes, fixed_end: int, fields: list[bytes]) -> bytes:
    body = frame[8:fixed_end] + b"".join(fields)
    return len(body).to_bytes(4, "big") + frame[4:8] + body


def _record_frames(v: int) -> list[bytes]:
    """Configuration events whose records arrive in another order, or damaged: a record starts
    at whichever of its fields comes first, and a new one where a field comes again."""
    cti = module(v)
    head = 4 if v >= 20 else 2
    add = cti.ConfigRecordType.CONFIG_RECORD_ADD
    if v >= 24:
        event: Any = cti.ConfigAgentServiceEvent(
            records=(
                cti.ConfigAgentServiceRecord(
                    agent_skill_target_id=5001, flt_enabled_services=(1, 2), record_type=add
                ),
                cti.ConfigAgentServiceRecord(agent_skill_target_id=5002, record_type=add),
            )
        )
        per_record = [5, 3]
    elif v < 20:
        device = {
            "record_type": add,
            "flt_peripheral_id": 5000,
            "device_type": 1,
            "max_queued": 10,
            "dialed_number": "800",
            "dnis": "800",
            "description": "",
        }
        event = cti.ConfigDeviceEvent(
            records=(
                cti.ConfigDeviceRecord(peripheral_number=1, **device),
                cti.ConfigDeviceRecord(peripheral_number=2, **device),
            )
        )
        per_record = [8, 8]
    else:
        record = {
            "flt_enterprise_name": "Chat",
            "flt_description": "",
            "flt_max_task_duration": 60,
            "flt_interruptible": True,
        }
        event = cti.ConfigMrdEvent(
            records=(
                cti.ConfigMrdRecord(record_type=add, flt_mr_domain_id=1, **record),
                cti.ConfigMrdRecord(record_type=add, flt_mr_domain_id=2, **record),
            )
        )
        per_record = [6, 6]
    frame = cti.encode(event)
    unknown = b"\xff\x8d\x00\x01\x00" if head == 4 else b"\xfe\x01\x00"  # a tag no version has
    fields = _floating(frame, 10, head)
    first, second = fields[: per_record[0]], fields[per_record[0] :]
    assert len(second) == per_record[1]
    return [
        _reframed(frame, 10, first[::-1] + second[::-1]),  # each record's fields reversed: valid
        _reframed(frame, 10, first[1:] + second),  # the first record without its first field
        _reframed(frame, 10, first + first[-1:] + second),  # a field twice: a third record
        _reframed(frame, 10, first[:-1] + second),  # the first record without its last field
        _reframed(frame, 10, [*first[:1], unknown, *first[1:], *second]),  # unknown tag inside
    ]


@pytest.mark.parametrize("v", [19, 22, 25])
def test_records_in_any_order_and_damaged(v: int, tmp_path: Path) -> None:
    require_tshark()
    cti = module(v)
    frames = _record_frames(v)
    if v == 25:  # found by CI: the record's first field with its tag damaged
        frames.append(bytes.fromhex("000000160000011a0001ff8d0004000000f101360002000000b7000202e3"))
    open_req = cti.encode(cti.OpenReq(version_number=v, client_id="c", client_password=b""))
    conversation = Conversation(("192.0.2.12", 50012), SERVER, handshake=False)
    for i, frame in enumerate([open_req, *frames]):
        conversation.send(1_700_000_000 + i * 0.001, i % 2 == 0, frame)
    path = tmp_path / "records.pcap"
    write_capture(path, [conversation])
    packets = tshark(path)
    assert len(packets) == len(frames) + 1
    # The reversed records are valid; the dissector shows them in wire order, so as sets.
    shown = packets[1].frames[0]
    assert not shown.experts
    assert sorted(shown.fields) == sorted(expected(cti.decode(frames[0]), frames[0], v))
    for frame, packet in zip(frames[1:], packets[2:], strict=True):
        _check_frame(frame, packet.frames[0], cti, v)


# ---------------------------------------------------------------------------------------------
# Real sessions


@dataclasses.dataclass
class Session:
    version: int
    client: tuple[str, int]
    frames: Frames
    done: list[float]  # when each frame is complete in the capture


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Session]]:
    """One capture of real sessions, interleaved: the simulator's and replayed ones."""
    recorded: list[tuple[int, Frames]] = []
    for v in SIMULATED:
        config = SimulatorConfig(
            credentials=CREDENTIALS,
            far_end_answer_seconds=0.02,
            traffic=TrafficConfig(
                calls_per_second=20,
                seed=11,
                ring=(0.01, 0.05),
                talk=(0.05, 0.15),
                hold=(0.01, 0.05),
                hold_probability=0.5,
                call_data_probability=0.5,
                wrapup=(0.01, 0.05),
                break_time=(0.02, 0.05),
                patience=(0.05, 0.2),
            ),
        )
        sim = SimulatorThread(config)
        sim.simulator = Simulator(config, start_traffic=False)
        sim.start()
        try:
            traffic = sim.simulator.traffic
            assert traffic is not None
            frames = simulator_session(sim.port, module(v), _starter(sim, traffic.start))
            recorded.append((v, frames))
        finally:
            sim.stop()
    source = dict(recorded)[15]
    for v in REPLAYED:
        recorded.append((v, replayed_session(v, source, module(15))))
    conversations, out = [], []
    for n, (v, frames) in enumerate(recorded):
        client = (f"192.0.2.{30 + n}", 50100 + n)
        # Interleaved: each session a segment every millisecond, the sessions a bit apart.
        conversation, done = segmented(frames, client, SERVER, 1_700_000_000 + n * 1e-4, 1e-3)
        conversations.append(conversation)
        out.append(Session(v, client, frames, done))
    path = tmp_path_factory.mktemp("sessions") / "sessions.pcapng"
    write_capture(path, conversations, pcapng=True)
    return path, out


def _starter(sim: SimulatorThread, start: Callable[[], None]) -> Callable[[], None]:
    """Starts the simulator's traffic, on its own loop."""
    return lambda: sim.call(start)


def _by_stream(packets: list[Packet]) -> dict[int, list[Any]]:
    streams: dict[int, list[Any]] = {}
    for packet in packets:
        streams.setdefault(packet.stream, []).extend(packet.frames)
    return streams


def test_sessions_match_ctiwire(sessions: tuple[Path, list[Session]]) -> None:
    path, recorded = sessions
    shown = _by_stream(tshark(path))
    assert sorted(shown) == list(range(len(recorded)))
    for stream, session in enumerate(recorded):
        cti = module(session.version)
        assert len(shown[stream]) == len(session.frames), session.version
        for (_, frame), frame_shown in zip(session.frames, shown[stream], strict=True):
            assert not frame_shown.experts, (session.version, frame_shown.experts)
            assert frame_shown.fields == expected(cti.decode(frame), frame, session.version)
    # What the simulator sent, at every version: session, control, call and agent messages.
    for v in SIMULATED:
        simulator = recorded[SIMULATED.index(v)]
        assert simulator.version == v
        simulated = {
            module(v).decode(frame).MESSAGE_NAME
            for from_client, frame in simulator.frames
            if not from_client
        }
        assert simulated >= _SIMULATED_MESSAGES, (v, _SIMULATED_MESSAGES - simulated)


_SIMULATED_MESSAGES = {
    "OPEN_CONF",
    "SYSTEM_EVENT",
    "HEARTBEAT_CONF",
    "QUERY_AGENT_STATE_CONF",
    "SET_AGENT_STATE_CONF",
    "MAKE_CALL_CONF",
    "ANSWER_CALL_CONF",
    "HOLD_CALL_CONF",
    "RETRIEVE_CALL_CONF",
    "SET_CALL_DATA_CONF",
    "CONSULTATION_CALL_CONF",
    "CONFERENCE_CALL_CONF",
    "CLEAR_CALL_CONF",
    "RELEASE_CALL_CONF",
    "FAILURE_CONF",
    "CLOSE_CONF",
    "BEGIN_CALL_EVENT",
    "END_CALL_EVENT",
    "CALL_DELIVERED_EVENT",
    "CALL_ESTABLISHED_EVENT",
    "CALL_HELD_EVENT",
    "CALL_RETRIEVED_EVENT",
    "CALL_DATA_UPDATE_EVENT",
    "CALL_CONFERENCED_EVENT",
    "CALL_CLEARED_EVENT",
    "AGENT_STATE_EVENT",
}


def test_passwords_are_masked_unless_shown(sessions: tuple[Path, list[Session]]) -> None:
    path, _ = sessions
    masked = tshark(path, display_filter="gedcti.type == 3")
    shown = tshark(path, prefs={"gedcti.show_passwords": "TRUE"}, display_filter="gedcti.type == 3")
    assert len(masked) == len(shown) == len(SIMULATED) + len(REPLAYED)
    for packet in masked:
        assert ("", "gedcti.client_password", "***") in packet.frames[0].fields
    for packet in shown:
        assert ("", "gedcti.client_password", "secret") in packet.frames[0].fields


def test_filters_select_the_frames(sessions: tuple[Path, list[Session]]) -> None:
    path, recorded = sessions
    want = sum(
        1
        for s in recorded
        for _, frame in s.frames
        if getattr(module(s.version).decode(frame), "connection_device_id", None) == "5002"
    )
    packets = tshark(path, display_filter='gedcti.connection_device_id == "5002"')
    found = sum(
        1
        for p in packets
        for f in p.frames
        if ("", "gedcti.connection_device_id", "5002") in f.fields
    )
    assert want > 0 and found == want
    delivered = tshark(path, display_filter="gedcti.type == 9")
    assert delivered and all(
        any(("", "gedcti.type", "9") in f.fields for f in p.frames) for p in delivered
    )


def test_decode_as_and_the_version_preference(tmp_path: Path) -> None:
    """A capture that starts mid-session (no OPEN_REQ) on a port of its own: Decode As, and the
    version from the preference (Version 20: 2-byte floating fields)."""
    cti = module(20)
    events = [
        cti.CallHeldEvent(
            peripheral_id=5000,
            connection_call_id=7,
            connection_device_id="5001",
            holding_device_id="5001",
        ),
        cti.AgentStateEvent(
            peripheral_id=5000, agent_state=cti.AgentState.AGENT_STATE_TALKING, direction=1
        ),
    ]
    conversation = Conversation(("192.0.2.40", 50040), ("192.0.2.41", 5555), handshake=False)
    for i, event in enumerate(events):
        conversation.send(1_700_000_000 + i, False, cti.encode(event))
    path = tmp_path / "midsession.pcap"
    write_capture(path, [conversation])
    assert tshark(path) == []  # port 5555 is not a CTI port
    packets = tshark(path, decode_as="tcp.port==5555,gedcti", prefs={"gedcti.version": "20"})
    assert [len(p.frames) for p in packets] == [1, 1]
    for event, packet in zip(events, packets, strict=True):
        frame = cti.encode(event)
        assert packet.frames[0].fields == expected(cti.decode(frame), frame, 20)
    # The default preference (Version 15) reads the 2-byte fields wrongly, and says so.
    wrong = tshark(path, decode_as="tcp.port==5555,gedcti")
    assert any(kind == "gedcti.malformed" for p in wrong for kind, _ in p.experts)


def test_a_version_without_layouts_is_read_as_the_nearest(tmp_path: Path) -> None:
    cti = module(25)
    req = cti.OpenReq(
        invoke_id=1,
        version_number=26,
        idle_timeout=120,
        peripheral_id=0,
        services_requested=0,
        call_msg_mask=0,
        agent_state_mask=0,
        client_id="next",
        client_password=b"",
    )
    conversation = Conversation(("192.0.2.50", 50050), SERVER)
    conversation.send(1_700_000_000, True, cti.encode(req))
    path = tmp_path / "v26.pcap"
    write_capture(path, [conversation])
    [packet] = tshark(path)
    assert ("gedcti.version_unknown", "no layouts for Version 26: dissected as Version 25") in (
        packet.experts
    )
    frame = cti.encode(req)
    rows = [r for r in packet.frames[0].fields if r[1] != "gedcti.version"]
    assert rows == expected(cti.decode(frame), frame, 25)[1:]


# ---------------------------------------------------------------------------------------------
# ctiwire decode --pcap, on the same captures


def decode_pcap(
    path: Path, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, list[dict[str, Any]], list[str]]:
    status = main(["decode", "--pcap", str(path), *args])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.split("\n") if line]  # not splitlines(): U+2028
    return status, lines, err.splitlines()


def _line(
    frame: bytes, cti: ModuleType, time: float, stream: int, src: str, dst: str, to_server: bool
) -> dict[str, Any]:
    return {
        "time": round(time, 6),
        "stream": stream,
        "src": src,
        "dst": dst,
        "direction": "client_to_server" if to_server else "server_to_client",
        "version": cti.PROTOCOL_VERSION,
        **message_to_dict(cti.decode(frame), cti.MESSAGE_NAMES),
    }


def test_decode_pcap_reads_the_sessions(
    sessions: tuple[Path, list[Session]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, recorded = sessions
    status, lines, errors = decode_pcap(path, capsys)
    assert (status, errors) == (0, [])
    server = f"{SERVER[0]}:{SERVER[1]}"
    for stream, session in enumerate(recorded):  # each in its version, learnt from its OPEN_REQ
        cti = module(session.version)
        client = f"{session.client[0]}:{session.client[1]}"
        want = []
        for (to_server, frame), time in zip(session.frames, session.done, strict=True):
            src, dst = (client, server) if to_server else (server, client)
            want.append(_line(frame, cti, time, stream, src, dst, to_server))
        assert [line for line in lines if line["stream"] == stream] == want
    assert len(lines) == sum(len(s.frames) for s in recorded)
    times = [line["time"] for line in lines]
    assert times == sorted(times)  # in capture order


@pytest.mark.parametrize("v", VERSIONS)
def test_decode_pcap_every_message(
    v: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"v{v}.pcapng"
    frames, bad = every_message_capture(v, path)
    status, lines, errors = decode_pcap(path, capsys)
    cti = module(v)
    good = []
    refused = 0
    for frame in frames + bad:
        try:
            good.append(cti.decode(frame))
        except DecodeError:
            refused += 1
    assert [line["version"] for line in lines] == [v] * len(good)
    assert [(line["message"], line["type"]) for line in lines] == [
        (message_to_dict(m, cti.MESSAGE_NAMES)["message"], int.from_bytes(f[4:8], "big"))
        for f, m in zip([f for f in frames + bad if _decodes(cti, f)], good, strict=True)
    ]
    assert [line.get("fields") for line in lines] == [
        message_to_dict(m, cti.MESSAGE_NAMES).get("fields") for m in good
    ]
    # Every refused frame on stderr with its place; the junk stream too; exit status 4.
    assert status == 4
    assert sum(1 for e in errors if "stream 0 " in e) == refused
    assert any("stream 1 " in e for e in errors)


def _decodes(cti: ModuleType, frame: bytes) -> bool:
    try:
        cti.decode(frame)
    except DecodeError:
        return False
    return True


def test_decode_pcap_version_option_and_ports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Mid-session (no OPEN_REQ): --protocol-version says which; --port finds other ports."""
    cti = module(20)
    frame = cti.encode(
        cti.CallHeldEvent(
            peripheral_id=5000,
            connection_call_id=7,
            connection_device_id="5001",
            holding_device_id="5001",
        )
    )
    conversation = Conversation(("192.0.2.40", 50040), ("192.0.2.41", 5555), handshake=False)
    conversation.send(1_700_000_000.25, False, frame)
    path = tmp_path / "midsession.pcap"
    write_capture(path, [conversation])
    status, lines, errors = decode_pcap(path, capsys)
    assert (status, lines) == (0, []) and "no CTI traffic" in errors[0]
    status, lines, _ = decode_pcap(path, capsys, "--port", "5555", "--protocol-version", "20")
    assert status == 0
    assert lines == [
        _line(frame, cti, 1_700_000_000.25, 0, "192.0.2.41:5555", "192.0.2.40:50040", False)
    ]
    status, lines, errors = decode_pcap(path, capsys, "--port", "5555", "--protocol-version", "15")
    assert status == 4 and lines == [] and "CALL_HELD_EVENT" in errors[0]

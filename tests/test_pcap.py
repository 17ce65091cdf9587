"""ctiwire.pcap and ctiwire.capture: capture formats, link layers, TCP reassembly, the version
peek; and ``ctiwire wireshark path|install``. (tests/test_dissector.py runs ``decode --pcap`` on
the dissector's captures; these need no tshark.)"""

from __future__ import annotations

import importlib
import io
import shutil
import struct
from pathlib import Path

import pytest
from pcapwrite import ACK, PSH, SYN, Conversation, capture_bytes, segment, write_capture

from ctiwire.capture import decode_capture, nearest_version, open_req_version
from ctiwire.cli import main
from ctiwire.pcap import CaptureError, read_packets, read_streams
from ctiwire.wireshark_plugin import DISSECTOR_FILE, dissector_path, personal_plugin_folder

C, S = ("10.1.0.1", 51000), ("10.1.0.2", 42027)


def chunks(data: bytes, ports: set[int] | None = None) -> list[tuple[bool, bytes, int]]:
    return [
        (c.from_client, c.data, c.gap) for c in read_streams(io.BytesIO(data), ports or {42027})
    ]


def capture(packets: list[tuple[float, bytes]], linktype: int = 1) -> bytes:
    return capture_bytes(packets, linktype=linktype)


def test_pcap_and_pcapng_read_the_same(tmp_path: Path) -> None:
    conversation = Conversation(C, S)
    conversation.send(10.5, True, b"hello")
    conversation.send(10.75, False, b"world!")
    write_capture(tmp_path / "a.pcap", [conversation])
    write_capture(tmp_path / "a.pcapng", [conversation], pcapng=True)
    for name in ("a.pcap", "a.pcapng"):
        with open(tmp_path / name, "rb") as f:
            got = list(read_streams(f, {42027}))
        assert [(c.time, c.from_client, c.data) for c in got] == [
            (10.5, True, b"hello"),
            (10.75, False, b"world!"),
        ]
        assert {(c.stream, c.client, c.server) for c in got} == {(0, C, S)}


def test_retransmitted_overlapping_and_out_of_order_segments() -> None:
    packets = [
        (1.0, segment(C, S, 99, 0, SYN, b"")),
        (1.1, segment(C, S, 100, 0, PSH | ACK, b"abc")),
        (1.2, segment(C, S, 106, 0, PSH | ACK, b"ghi")),  # ahead of a gap
        (1.3, segment(C, S, 100, 0, PSH | ACK, b"abc")),  # retransmitted
        (1.4, segment(C, S, 102, 0, PSH | ACK, b"cdef")),  # overlaps, fills the gap
        (1.5, segment(C, S, 109, 0, PSH | ACK, b"j")),
    ]
    got = list(read_streams(io.BytesIO(capture(packets)), {42027}))
    assert b"".join(c.data for c in got) == b"abcdefghij"
    assert [c.time for c in got] == [1.1, 1.4, 1.4, 1.5]  # the gap's bytes when it was filled


def test_a_gap_never_filled_is_reported() -> None:
    packets = [
        (1.0, segment(C, S, 100, 0, PSH | ACK, b"abc")),  # no SYN: mid-stream
        (1.1, segment(C, S, 110, 0, PSH | ACK, b"xyz")),
    ]
    assert chunks(capture(packets)) == [(True, b"abc", 0), (True, b"xyz", 7)]


def test_sequence_numbers_wrap() -> None:
    packets = [
        (1.0, segment(C, S, 0xFFFFFFFE, 0, PSH | ACK, b"ab")),
        (1.1, segment(C, S, 0, 0, PSH | ACK, b"cd")),
    ]
    assert chunks(capture(packets)) == [(True, b"ab", 0), (True, b"cd", 0)]


def test_other_ports_and_non_tcp_are_ignored() -> None:
    packets = [(1.0, segment(C, ("10.1.0.2", 80), 1, 0, PSH | ACK, b"GET /"))]
    assert chunks(capture(packets)) == []
    assert chunks(capture(packets), {80}) == [(True, b"GET /", 0)]
    udp = bytearray(segment(C, S, 1, 0, PSH | ACK, b"x"))
    udp[14 + 9] = 17  # IPv4 protocol: UDP
    assert chunks(capture([(1.0, bytes(udp))])) == []


def test_link_layers(tmp_path: Path) -> None:
    ether = segment(C, S, 1, 0, PSH | ACK, b"payload")
    ip = ether[14:]
    vlan = ether[:12] + b"\x81\x00\x00\x07" + ether[12:]
    sll = b"\x00\x00\x00\x01\x00\x06" + b"\x02" * 6 + b"\0\0" + b"\x08\x00" + ip
    sll2 = b"\x08\x00\0\0" + b"\0" * 4 + b"\0\x01\x00\x06" + b"\x02" * 8 + ip
    loopback = struct.pack("<I", 2) + ip
    for linktype, frame in ((1, vlan), (101, ip), (113, sll), (276, sll2), (0, loopback)):
        got = chunks(capture([(1.0, frame)], linktype=linktype))
        assert got == [(True, b"payload", 0)], linktype


def test_ipv6_and_ethernet_padding() -> None:
    src, dst = ("2001:db8::1", 51000), ("2001:db8::2", 42027)
    tcp = struct.pack(">HHIIBBHHH", src[1], dst[1], 1, 0, 5 << 4, PSH | ACK, 65535, 0, 0) + b"v6!"
    ip6 = (
        struct.pack(">IHBB", 6 << 28, len(tcp), 6, 64)
        + bytes.fromhex("20010db8000000000000000000000001")
        + bytes.fromhex("20010db8000000000000000000000002")
        + tcp
    )
    frame = b"\x02" * 12 + b"\x86\xdd" + ip6
    [packet] = list(read_packets(io.BytesIO(capture([(1.0, frame)]))))
    assert (packet.src, packet.dst, packet.payload) == (src, dst, b"v6!")
    short = segment(C, S, 1, 0, PSH | ACK, b"x") + b"\0" * 5  # padded to the Ethernet minimum
    assert chunks(capture([(1.0, short)])) == [(True, b"x", 0)]


def test_pcapng_time_resolution_and_big_endian() -> None:
    data = segment(C, S, 1, 0, PSH | ACK, b"ns")

    def block(kind: int, body: bytes) -> bytes:
        return struct.pack(">II", kind, 12 + len(body)) + body + struct.pack(">I", 12 + len(body))

    nanos = 1_700_000_000_123_456_789
    options = struct.pack(">HHB3x", 9, 1, 9) + struct.pack(">HH", 0, 0)  # if_tsresol: 10^-9
    epb = struct.pack(">IIIII", 0, nanos >> 32, nanos & 0xFFFFFFFF, len(data), len(data))
    file = (
        block(0x0A0D0D0A, struct.pack(">IHHq", 0x1A2B3C4D, 1, 0, -1))
        + block(1, struct.pack(">HHI", 1, 0, 65535) + options)
        + block(6, epb + data + b"\0" * (-len(data) % 4))
    )
    [packet] = list(read_packets(io.BytesIO(file)))
    assert packet.payload == b"ns"
    assert packet.time == pytest.approx(1_700_000_000.123456789, abs=1e-6)


def test_not_a_capture() -> None:
    with pytest.raises(CaptureError, match="not a pcap"):
        list(read_packets(io.BytesIO(b"\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00\x07")))
    good = capture([(1.0, segment(C, S, 1, 0, PSH | ACK, b"abc"))])
    with pytest.raises(CaptureError, match="cut short"):
        list(read_packets(io.BytesIO(good[:-2])))


# ---------------------------------------------------------------------------------------------
# The version of a connection


@pytest.mark.parametrize("v", [15, 19, 20, 25])
def test_open_req_version_is_where_every_version_puts_it(v: int) -> None:
    cti = importlib.import_module(f"ctiwire.v{v}")
    frame = cti.encode(
        cti.OpenReq(
            invoke_id=0x01020304,
            version_number=v,
            idle_timeout=120,
            peripheral_id=0,
            services_requested=0,
            call_msg_mask=0,
            agent_state_mask=0,
            client_id="c",
            client_password=b"",
        )
    )
    assert open_req_version(frame) == v
    assert open_req_version(frame[:15]) is None
    assert open_req_version(cti.encode(cti.HeartbeatReq(invoke_id=v))) is None


def test_nearest_version() -> None:
    assert nearest_version(20) == 20
    assert nearest_version(14) == 15
    assert nearest_version(99) == 25


def test_a_version_without_bindings_is_read_as_the_nearest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cti = importlib.import_module("ctiwire.v25")
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
    conversation = Conversation(C, S)
    conversation.send(5.0, True, cti.encode(req))
    write_capture(tmp_path / "v26.pcap", [conversation])
    with open(tmp_path / "v26.pcap", "rb") as f:
        [item] = list(decode_capture(f, {42027}, 15))
    assert (item.version, item.learnt, item.requested) == (25, True, 26)
    assert main(["decode", "--pcap", str(tmp_path / "v26.pcap")]) == 0
    out, err = capsys.readouterr()
    assert '"version":25' in out and "OPEN_REQ asks for Version 26" in err


def test_an_incomplete_last_frame_and_a_bad_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cti = importlib.import_module("ctiwire.v15")
    heartbeat = cti.encode(cti.HeartbeatReq(invoke_id=1))
    conversation = Conversation(C, S, handshake=False)
    conversation.send(1.0, True, heartbeat + heartbeat[:5])
    conversation.send(1.1, False, b"\xff\xff\xff\xff\0\0\0\5")  # MessageLength beyond any size
    write_capture(tmp_path / "bad.pcap", [conversation])
    assert main(["decode", "--pcap", str(tmp_path / "bad.pcap")]) == 4
    out, err = capsys.readouterr()
    assert out.count("HEARTBEAT_REQ") == 1
    assert "MessageLength" in err and "incomplete message" in err


def test_decode_pcap_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["decode", "--pcap", str(tmp_path / "missing.pcap")])
    assert exit_info.value.code == 2
    (tmp_path / "text.pcap").write_text("not a capture\n")
    assert main(["decode", "--pcap", str(tmp_path / "text.pcap")]) == 4
    assert "not a pcap" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["decode", "--port", "5555"])  # --port goes with --pcap


# ---------------------------------------------------------------------------------------------
# ctiwire wireshark


def test_wireshark_path_and_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["wireshark", "path"]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed == dissector_path() and printed.name == DISSECTOR_FILE
    assert 'Proto("gedcti"' in printed.read_text()
    assert main(["wireshark", "install", "--dir", str(tmp_path / "plugins")]) == 0
    installed = Path(capsys.readouterr().out.strip())
    assert installed == tmp_path / "plugins" / DISSECTOR_FILE
    assert installed.read_bytes() == printed.read_bytes()
    # Without tshark, the platform's default personal folder, under HOME.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    assert personal_plugin_folder() == tmp_path / "home/.local/lib/wireshark/plugins"


def test_wireshark_install_finds_the_folder_tshark_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("tshark") is None:
        pytest.skip("tshark is not installed")
    monkeypatch.setenv("HOME", str(tmp_path))
    folder = personal_plugin_folder()
    assert folder.is_relative_to(tmp_path)
    assert main(["wireshark", "install"]) == 0
    assert (folder / DISSECTOR_FILE).is_file()

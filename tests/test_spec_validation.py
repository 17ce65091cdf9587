"""The spec is validated before anything is generated; each refusal names file, line, problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.__main__ import main as codegen_main
from codegen.spec import SpecError, load

PROTOCOL = """\
protocol:
  baseline: 15
  versions: [15, 16, 19, 20]
  generated: [15]
  header_size: 8
  floating_tag_size: {15: 1, 20: 2}
  floating_length_size: {15: 1, 20: 2}
  max_message_size: {15: 4329, 16: 12500}
  named_data_limit: 2000
  reserved:
    15: [66-77]
"""

TAGS = """\
tags:
  CONNECTION_DEVID_TAG: {tag: 25, type: STRING, size: 64}
  PARTY_CALLID_TAG: {tag: 39, type: UINT}
  PARTY_DEVID_TAG: {tag: 41, type: STRING, size: 64}
"""

ENUMS = """\
enums:
  PeripheralType:
    values:
      PT_ASPECT: {value: 1}
"""

MESSAGES = """\
messages:
  CALL_CONFERENCED_EVENT:
    number: 17
    service: client_events
    direction: server_to_client
    fixed:
      - {name: MonitorID, type: UINT}
      - {name: PeripheralType, type: USHORT, enum: PeripheralType}
      - {name: NumParties, type: USHORT}
    floating:
      - {name: ConnectionDeviceID, tag: CONNECTION_DEVID_TAG, required: true}
      - group: ConnectedParties
        entry: ConnectedParty
        count: NumParties
        max: 16
        fields:
          - {name: ConnectedPartyCallID, tag: PARTY_CALLID_TAG}
          - {name: ConnectedPartyDeviceID, tag: PARTY_DEVID_TAG}
  HEARTBEAT_REQ:
    number: 5
    service: session
    direction: client_to_server
    fixed:
      - {name: InvokeID, type: UINT}
"""


def write_spec(tmp_path: Path, **replace: str) -> Path:
    root = tmp_path / "spec"
    (root / "messages").mkdir(parents=True)
    files = {
        "protocol.yaml": PROTOCOL,
        "tags.yaml": TAGS,
        "enums.yaml": ENUMS,
        "messages/m.yaml": MESSAGES,
    }
    for name, original in files.items():
        text = original
        for old, new in replace.items():
            text = text.replace(old, new)
        (root / name).write_text(text)
    return root


def problems(tmp_path: Path, **replace: str) -> list[str]:
    with pytest.raises(SpecError) as info:
        load(write_spec(tmp_path, **replace))
    return info.value.problems


def test_the_base_spec_is_valid(tmp_path: Path) -> None:
    spec = load(write_spec(tmp_path))
    v15 = spec.version(15)
    assert [m.name for m in v15.messages] == ["HEARTBEAT_REQ", "CALL_CONFERENCED_EVENT"]


def test_unknown_data_type(tmp_path: Path) -> None:
    [p] = problems(
        tmp_path, **{"{name: MonitorID, type: UINT}": "{name: MonitorID, type: UINTEGER}"}
    )
    assert p.startswith("spec/messages/m.yaml:7:")
    assert "unknown fixed-part data type 'UINTEGER'" in p


def test_undefined_tag(tmp_path: Path) -> None:
    [p] = problems(tmp_path, **{"tag: CONNECTION_DEVID_TAG,": "tag: CONECTION_DEVID_TAG,"})
    assert p.startswith("spec/messages/m.yaml:11:")
    assert "undefined tag 'CONECTION_DEVID_TAG'" in p


def test_undefined_enum(tmp_path: Path) -> None:
    [p] = problems(tmp_path, **{"enum: PeripheralType}": "enum: PeripheralKind}"})
    assert p.startswith("spec/messages/m.yaml:8:") and "unknown enum 'PeripheralKind'" in p


def test_duplicate_message_number_within_a_version(tmp_path: Path) -> None:
    [p] = problems(tmp_path, **{"number: 5": "number: 17"})
    assert "spec/messages/m.yaml:19:" in p and "number 17 is also" in p
    assert p.endswith("in versions 15, 16, 19, 20")


def test_duplicate_number_only_in_the_version_where_both_exist(tmp_path: Path) -> None:
    # HEARTBEAT_REQ moves onto 17 only from version 19: versions 19 and 20 clash, 15/16 do not.
    [p] = problems(tmp_path, **{"number: 5": "number: {15: 5, 19: 17}"})
    assert "number 17 is also CALL_CONFERENCED_EVENT" in p and p.endswith("in versions 19, 20")


def test_duplicate_tag_number_within_a_version(tmp_path: Path) -> None:
    [p] = problems(tmp_path, **{"{tag: 41,": "{tag: 39,"})
    assert p.startswith("spec/tags.yaml:4:") and "number 39 is also PARTY_CALLID_TAG" in p


def test_group_counted_by_a_missing_field(tmp_path: Path) -> None:
    [p] = problems(tmp_path, **{"count: NumParties": "count: NumberOfParties"})
    assert p.startswith("spec/messages/m.yaml:12:")
    assert "counted by 'NumberOfParties', which is not a field of this message" in p


def test_group_without_maximum(tmp_path: Path) -> None:
    found = problems(tmp_path, **{"max: 16": "maximum: 16"})
    assert any("spec/messages/m.yaml:12:" in p and "unknown key 'maximum'" in p for p in found)
    assert any(
        "spec/messages/m.yaml:12:" in p and "needs its maximum count 'max'" in p for p in found
    )


def test_unknown_key_is_a_typo(tmp_path: Path) -> None:
    [p] = problems(tmp_path, **{"required: true": "requird: true"})
    assert p.startswith("spec/messages/m.yaml:11:") and "unknown key 'requird'" in p


def test_since_must_be_a_protocol_version(tmp_path: Path) -> None:
    [p] = problems(tmp_path, **{"PT_ASPECT: {value: 1}": "PT_ASPECT: {value: 1, since: 14}"})
    assert p.startswith("spec/enums.yaml:4:") and "since 14 is not a protocol version" in p


def test_reserved_number_used(tmp_path: Path) -> None:
    [p] = problems(tmp_path, **{"number: 5": "number: 70"})
    assert "number 70 is reserved in versions 15, 16, 19, 20" in p


def test_duplicate_definition_across_files(tmp_path: Path) -> None:
    root = write_spec(tmp_path)
    (root / "more.yaml").write_text("enums:\n  PeripheralType:\n    values:\n      X: {value: 2}\n")
    with pytest.raises(SpecError) as info:
        load(root)
    assert any(
        "spec/more.yaml:2:" in p and "already defined at spec/enums.yaml:2" in p
        for p in info.value.problems
    )


def test_not_yaml(tmp_path: Path) -> None:
    root = write_spec(tmp_path)
    (root / "broken.yaml").write_text("enums:\n  X: [unclosed\n")
    with pytest.raises(SpecError) as info:
        load(root)
    assert any(
        p.startswith("spec/broken.yaml:") and "not valid YAML" in p for p in info.value.problems
    )


def test_size_too_big_for_one_byte_lengths(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        **{"type: STRING, size: 64}\n  PARTY_CALLID": "type: STRING, size: 300}\n  PARTY_CALLID"},
    )
    [p] = found
    assert "size 300 does not fit the 1-byte floating length" in p and p.endswith(
        "versions 15, 16, 19"
    )


def test_codegen_refuses_to_generate_from_a_bad_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_spec(tmp_path, **{"type: UINT}\n  PARTY_DEVID": "type: UINT64}\n  PARTY_DEVID"})
    assert codegen_main(["--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "spec/tags.yaml:3: tag PARTY_CALLID_TAG: unknown data type 'UINT64'" in err
    assert not (tmp_path / "generated").exists()


def test_versions_resolve_sizes_and_numbers(tmp_path: Path) -> None:
    spec = load(
        write_spec(
            tmp_path,
            **{
                "size: 64}\n  PARTY_CALLID": "size: {15: 16, 19: 64}}\n  PARTY_CALLID",
                "number: 5": "number: {15: 5, 19: 242}",
            },
        )
    )
    assert spec.version(15).tags["CONNECTION_DEVID_TAG"].size == 16
    assert spec.version(16).tags["CONNECTION_DEVID_TAG"].size == 16
    assert spec.version(19).tags["CONNECTION_DEVID_TAG"].size == 64
    assert {m.name: m.number for m in spec.version(19).messages}["HEARTBEAT_REQ"] == 242
    assert (spec.version(15).tag_size, spec.version(20).tag_size) == (1, 2)
    assert (spec.version(15).max_message_size, spec.version(20).max_message_size) == (4329, 12500)


def test_tag_number_too_big_for_one_byte_tags(tmp_path: Path) -> None:
    [p] = problems(tmp_path, **{"{tag: 41,": "{tag: 300,"})
    assert (
        p.startswith("spec/tags.yaml:4:") and "number 300 does not fit the 1-byte floating tag" in p
    )
    assert p.endswith("in versions 15, 16, 19")

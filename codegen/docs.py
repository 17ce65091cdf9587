"""Reference pages generated from the spec.

* ``docs/coverage-vNN.md``: one page per version: every number of its message set, the editions
  each message was checked against, and the version facts of that version, verified or inferred;
* ``docs/messages/<service>.md``: one page per service, every message across all versions, each
  field with the versions that have it and the values that change between them;
* ``docs/changes.md``: what changes from each version to the next, with the evidence of each
  change.

Everything is computed from the resolved versions (``Spec.version``), so the pages say exactly
what the generated modules do.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import jinja2

from .spec import FIXED_WIDTH, Facts, Field, Group, Message, Spec, Version, camel, facts

SERVICE_TITLES = {
    "session": "Session management",
    "client_events": "Client Events service",
    "all_events": "All Events service",
    "peripheral_monitor": "Peripheral Monitor service",
    "client_monitor": "Client Monitor service",
    "supervisor": "Supervisor service",
    "call_data_update": "Call Data Update service",
    "miscellaneous": "Miscellaneous service",
    "connection_monitor": "Connection Monitor service",
    "client_control": "Client Control service",
    "server": "Server service",
    "config": "Configuration messages",
    "routing": "Routing messages",
    "agent_task": "Agent and task routing (ARM) messages",
}


@dataclass(frozen=True)
class Row:
    """One field of a message, as shown (the same in every version unless a cell changes)."""

    name: str
    py: str
    type: str
    size: str
    tag: str
    presence: str
    values: str
    note: str


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _values(f: Field) -> str:
    return f.enum or f.mask or ""


def _size(f: Field) -> str:
    if f.type in ("STRING", "UNSPEC") and f.size:
        return str(f.size)
    return str(FIXED_WIDTH.get(f.type, f.size or 0))


def _group_of(m: Message, count: str) -> str:
    return next(g.py for g in m.floating if isinstance(g, Group) and g.count == count)


def fixed_rows(m: Message) -> list[tuple[str, Row, Facts]]:
    """(key, row, facts) of each fixed field."""
    rows = []
    for f in m.fixed:
        py = f"(len of {_group_of(m, f.name)})" if f.name in m.counted else f.py
        row = Row(f.name, py, f.type, _size(f), "", "", _values(f), _cell(f.doc))
        rows.append((f"fixed.{f.name}", row, f.facts))
    return rows


def floating_rows(m: Message) -> list[tuple[str, Row, Facts]]:
    """(key, row, facts) of each floating field, group members included."""
    rows = []
    for item in m.floating:
        members = item.members if isinstance(item, Group) else [item]
        for f in members:
            assert f.tag is not None
            if isinstance(item, Group) and item.records:
                presence = (
                    f"{'optional' if f.optional else f'× {f.count}' if f.repeated else 'once'}"  # noqa: RUF001
                    f" per record, {item.count} records (max {item.max})"
                )
                py = f"{item.py}[].{f.py}"
                counted = [x.py for x in item.members if x.count == f.name]
                if counted:
                    py = f"(len of {item.py}[].{counted[0]})"
            elif isinstance(item, Group):
                presence = f"× {item.count} (max {item.max})"  # noqa: RUF001
                py = f"{item.py}[].{f.py}" if len(members) > 1 else f"{item.py}[]"
            elif f.name in m.counted:
                presence, py = "optional", f"(len of {_group_of(m, f.name)})"
            else:
                presence = "required" if f.required else "repeated" if f.repeated else "optional"
                py = f.py
            note = "type not given by the reference: raw bytes" if f.opaque else _cell(f.doc)
            row = Row(f.name, py, f.type, str(f.size), f"{f.tag.name} ({f.tag.number})",
                      presence, _values(f), note)  # fmt: skip
            key = (
                f"floating.{item.name}.{f.name}"
                if isinstance(item, Group)
                else f"floating.{f.name}"
            )
            facts = f.facts if f.facts.versioned or f.facts.inferred else item.facts
            rows.append((key, row, facts))
    return rows


# ---------------------------------------------------------------------------------------------
# Version ranges


def span(versions: Iterable[int], every: list[int]) -> str:
    """``[19, 20, 21]`` -> "19-21"; runs of consecutive versions (of ``every``) joined by ", "."""
    present = set(versions)
    runs: list[list[int]] = []
    for v in every:
        if v in present:
            if runs and every.index(v) == every.index(runs[-1][-1]) + 1:
                runs[-1].append(v)
            else:
                runs.append([v])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def by_span(values: dict[int, str], every: list[int]) -> str:
    """A value per version, shown once when it never changes, else ``a (15-18); b (19-25)``."""
    distinct = list(dict.fromkeys(values.values()))
    if len(distinct) <= 1:
        return distinct[0] if distinct else ""
    return "; ".join(
        f"{value} ({span([v for v, x in values.items() if x == value], every)})"
        for value in distinct
    )


def _merge_order(orders: Iterable[list[str]]) -> list[str]:
    """One order of keys that keeps each version's order: a key first seen later goes right
    after the key before it in that version."""
    merged: list[str] = []
    for order in orders:
        previous: str | None = None
        for key in order:
            if key not in merged:
                merged.insert(merged.index(previous) + 1 if previous is not None else 0, key)
            previous = key
    return merged


# ---------------------------------------------------------------------------------------------
# Pages


def _render(env: jinja2.Environment, template: str, **context: object) -> str:
    return env.get_template(template).render(**context)


@dataclass
class Fact:
    """A version fact of one version, for the coverage page."""

    what: str
    status: str  # "verified" or "inferred"
    evidence: str
    inferred: str


def _evidence_text(facts: Facts) -> str:
    return "; ".join(f"{edition}: {place}" for edition, place in facts.evidence)


def version_facts(version: Version) -> list[Fact]:
    """The items of ``version`` whose presence or value depends on the version, or that rest on
    an inference."""
    found: list[Fact] = []

    def add(what: str, facts: Facts) -> None:
        if facts.versioned or facts.inferred:
            status = "inferred" if facts.inferred else "verified"
            found.append(Fact(what, status, _evidence_text(facts), facts.inferred))

    for m in version.messages:
        add(f"message {m.name} ({m.number})", m.facts)
        for _key, row, row_facts in fixed_rows(m) + floating_rows(m):
            add(f"{m.name}.{row.name}", row_facts)
    for t in version.tags.values():
        add(f"tag {t.name} ({t.number})", t.facts)
    for e in version.enums.values():
        for value in e.values:
            add(f"{e.name}.{value.name} ({value.value})", value.facts)
    return found


def coverage_page(env: jinja2.Environment, version: Version) -> str:
    by_number = {m.number: m for m in version.messages}
    numbers = sorted(set(version.message_set) | set(version.reserved) | set(by_number))
    rows = []
    for n in numbers:
        m = by_number.get(n)
        if m is not None:
            status = "undocumented" if m.undocumented else "complete"
            checked = ", ".join(edition for edition, _ in m.facts.evidence)
            rows.append((n, m.name, m.service, len(m.fixed), len(floating_rows(m)), status,
                         checked))  # fmt: skip
        elif n in version.reserved:
            rows.append((n, "", "", 0, 0, "reserved", ""))
        else:
            rows.append((n, "", "", 0, 0, "missing", ""))
    users: dict[str, list[str]] = {}
    for m in version.messages:
        for item in m.floating:
            for f in item.members if isinstance(item, Group) else [item]:
                assert f.tag is not None
                users.setdefault(f.tag.name, [])
                if m.name not in users[f.tag.name]:
                    users[f.tag.name].append(m.name)
    tags = sorted(version.tags.values(), key=lambda t: t.number)
    services = sorted({m.service for m in version.messages}, key=list(SERVICE_TITLES).index)
    found = version_facts(version)
    return _render(
        env, "coverage.md.j2", v=version.number, version=version, rows=rows, tags=tags,
        users=users, services=services, titles=SERVICE_TITLES,
        verified=[f for f in found if f.status == "verified"],
        inferred=[f for f in found if f.status == "inferred"],
    )  # fmt: skip


@dataclass
class MessageHistory:
    """One message across every version that has it."""

    name: str
    cls: str
    versions: str
    number: str
    doc: str
    direction: str
    ref: str
    note: str
    undocumented: bool
    checked: str
    max_size: str
    fixed: list[dict[str, str]]
    floating: list[dict[str, str]]


def _history_rows(
    per_version: dict[int, list[tuple[str, Row, Facts]]], every: list[int]
) -> list[dict[str, str]]:
    order = _merge_order([key for key, _, _ in rows] for _, rows in sorted(per_version.items()))
    out = []
    for key in order:
        seen = {v: (row, facts) for v, rows in per_version.items() for k, row, facts in rows
                if k == key}  # fmt: skip
        cells: dict[str, str] = {}
        for column in ("name", "py", "type", "size", "tag", "presence", "values", "note"):
            cells[column] = by_span({v: getattr(r, column) for v, (r, _) in seen.items()}, every)
        present = span(seen, every)
        cells["versions"] = "all" if present == span(per_version, every) else present
        statuses = {f.status for _, f in seen.values() if f.status}
        cells["facts"] = (
            "inferred" if "inferred" in statuses else statuses.pop() if statuses else ""
        )
        out.append(cells)
    return out


def service_pages(env: jinja2.Environment, versions: list[Version]) -> Iterator[tuple[str, str]]:
    every = [v.number for v in versions]
    messages: dict[str, dict[int, Message]] = {}
    for version in versions:
        for m in version.messages:
            messages.setdefault(m.name, {})[version.number] = m
    for service, title in SERVICE_TITLES.items():
        histories = []
        names = [n for n, per in messages.items() if next(iter(per.values())).service == service]
        names.sort(key=lambda n: (min(m.number for m in messages[n].values()), n))
        for name in names:
            per = messages[name]
            last = per[max(per)]
            stated = {v: str(m.max_size) for v, m in per.items() if m.max_size is not None}
            histories.append(
                MessageHistory(
                    name=name,
                    cls=camel(name),
                    versions=span(per, every),
                    number=by_span({v: str(m.number) for v, m in per.items()}, every),
                    doc=last.doc,
                    direction=last.direction.replace("_", " "),
                    ref=last.ref,
                    note=last.note,
                    undocumented=last.undocumented,
                    checked=_evidence_text(last.facts),
                    max_size=", ".join(f"{s} (Version {v})" for v, s in stated.items()),
                    fixed=_history_rows({v: fixed_rows(m) for v, m in per.items()}, every),
                    floating=_history_rows({v: floating_rows(m) for v, m in per.items()}, every),
                )
            )
        if histories:
            page = _render(env, "service.md.j2", title=title,
                           messages=histories, versions=versions)  # fmt: skip
            yield f"docs/messages/{service}.md", page


@dataclass
class Change:
    what: str
    status: str
    evidence: str


def _diff_messages(old: Version, new: Version) -> Iterator[Change]:
    before = {m.name: m for m in old.messages}
    after = {m.name: m for m in new.messages}
    for name, m in after.items():
        if name not in before:
            yield Change(f"message {name} ({m.number}) added", m.facts.status, _why(m.facts))
        elif before[name].number != m.number:
            yield Change(
                f"message {name} renumbered {before[name].number} → {m.number}",
                m.facts.status,
                _why(m.facts),
            )
    for name, m in before.items():
        if name not in after:
            yield Change(f"message {name} ({m.number}) removed", m.facts.status, _why(m.facts))
    for name, m in after.items():
        if name not in before:
            continue
        old_rows = {k: (r, f) for k, r, f in fixed_rows(before[name]) + floating_rows(before[name])}
        new_rows = {k: (r, f) for k, r, f in fixed_rows(m) + floating_rows(m)}
        for key, (row, f) in new_rows.items():
            if key not in old_rows:
                yield Change(f"{name}.{row.name} added", f.status, _why(f))
            elif old_rows[key][0] != row:
                was = old_rows[key][0]
                what = ", ".join(
                    f"{c} {getattr(was, c)} → {getattr(row, c)}"
                    for c in ("type", "size", "tag", "presence", "values")
                    if getattr(was, c) != getattr(row, c)
                )
                if what:
                    yield Change(f"{name}.{row.name}: {what}", f.status, _why(f))
        for key, (row, f) in old_rows.items():
            if key not in new_rows:
                yield Change(f"{name}.{row.name} removed", f.status, _why(f))


def _why(facts: Facts) -> str:
    return facts.inferred or _evidence_text(facts)


def _diff_tables(old: Version, new: Version) -> Iterator[Change]:
    for name, t in new.tags.items():
        was = old.tags.get(name)
        if was is None:
            yield Change(f"tag {name} ({t.number}) added", t.facts.status, _why(t.facts))
        elif (was.type, was.size) != (t.type, t.size):
            yield Change(
                f"tag {name}: {was.type} {was.size} → {t.type} {t.size}",
                t.facts.status,
                _why(t.facts),
            )
    for name, t in old.tags.items():
        if name not in new.tags:
            yield Change(f"tag {name} ({t.number}) removed", t.facts.status, _why(t.facts))
    for name, e in new.enums.items():
        was_values = {x.name: x for x in old.enums[name].values} if name in old.enums else {}
        now_values = {x.name: x for x in e.values}
        for vname, x in now_values.items():
            if vname not in was_values:
                yield Change(f"{name}.{vname} = {x.value} added", x.facts.status, _why(x.facts))
            elif was_values[vname].value != x.value:
                yield Change(
                    f"{name}.{vname} = {was_values[vname].value} → {x.value}",
                    x.facts.status,
                    _why(x.facts),
                )
        for vname, x in was_values.items():
            if vname not in now_values:
                yield Change(f"{name}.{vname} removed", x.facts.status, _why(x.facts))


def changes_page(env: jinja2.Environment, spec: Spec, versions: list[Version]) -> str:
    steps = []
    for old, new in itertools.pairwise(versions):
        changes = []
        for label, attr, key in (
            ("wire: floating tag and length bytes", "tag_size", "floating_tag_size"),
            ("wire: largest message", "max_message_size", "max_message_size"),
            ("wire: NamedVariable/NamedArray limit", "named_data_limit", "named_data_limit"),
        ):
            if getattr(old, attr) != getattr(new, attr):
                why = protocol_facts(spec, key)
                what = f"{label} {getattr(old, attr)} → {getattr(new, attr)}"
                changes.append(Change(what, why.status, _why(why)))
        changes += list(_diff_messages(old, new)) + list(_diff_tables(old, new))
        steps.append((old.number, new.number, changes))
    return _render(env, "changes.md.j2", steps=steps)


def protocol_facts(spec: Spec, key: str) -> Facts:
    """The evidence of a protocol-wide fact (``protocol.evidence`` / ``protocol.inferred``)."""
    body = spec.protocol[0]
    return facts(
        {
            "since": 0,  # protocol facts are version facts by nature
            "evidence": (body.get("evidence") or {}).get(key),
            "inferred": (body.get("inferred") or {}).get(key),
        }
    )


def render_docs(env: jinja2.Environment, spec: Spec) -> dict[str, str]:
    """Every reference page: relative path -> Markdown."""
    versions = [spec.version(n) for n in spec.generated]
    files = {f"docs/coverage-v{v.number}.md": coverage_page(env, v) for v in versions}
    files.update(service_pages(env, versions))
    files["docs/changes.md"] = changes_page(env, spec, versions)
    return files

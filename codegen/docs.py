"""Reference pages generated from the spec: the coverage report and one page per service."""

from __future__ import annotations

from dataclasses import dataclass

import jinja2

from .spec import FIXED_WIDTH, Field, Group, Message, Version, camel

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


@dataclass
class Row:
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


def _fixed_rows(m: Message) -> list[Row]:
    counted = m.counted
    rows = []
    for f in m.fixed:
        size = f.size if f.type in ("STRING", "UNSPEC") and f.size else FIXED_WIDTH.get(f.type, 0)
        py = f"(len of {_group_of(m, f.name)})" if f.name in counted else f.py
        rows.append(Row(f.name, py, f.type, str(size), "", "", _values(f), _cell(f.doc)))
    return rows


def _group_of(m: Message, count: str) -> str:
    return next(g.py for g in m.floating if isinstance(g, Group) and g.count == count)


def _floating_rows(m: Message) -> list[Row]:
    rows = []
    for item in m.floating:
        members = item.members if isinstance(item, Group) else [item]
        for f in members:
            assert f.tag is not None
            if isinstance(item, Group):
                presence = f"× {item.count} (max {item.max})"  # noqa: RUF001
                py = f"{item.py}[].{f.py}" if len(members) > 1 else f"{item.py}[]"
            elif f.name in m.counted:
                presence, py = "optional", f"(len of {_group_of(m, f.name)})"
            else:
                presence = "required" if f.required else "repeated" if f.repeated else "optional"
                py = f.py
            note = "type not given by the reference: raw bytes" if f.opaque else _cell(f.doc)
            rows.append(Row(f.name, py, f.type, str(f.size), f"{f.tag.name} ({f.tag.number})",
                            presence, _values(f), note))  # fmt: skip
    return rows


def _render(env: jinja2.Environment, template: str, **context: object) -> str:
    return env.get_template(template).render(**context)


def render_docs(env: jinja2.Environment, version: Version) -> dict[str, str]:
    v = version.number
    by_number = {m.number: m for m in version.messages}
    numbers = sorted(set(version.message_set) | set(version.reserved) | set(by_number))
    coverage = []
    for n in numbers:
        m = by_number.get(n)
        if m is not None:
            status = "undocumented" if m.undocumented else "complete"
            coverage.append((n, m.name, m.service, len(m.fixed), len(_floating_rows(m)), status))
        elif n in version.reserved:
            coverage.append((n, "", "", 0, 0, "reserved"))
        else:
            coverage.append((n, "", "", 0, 0, "missing"))
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
    files = {
        f"docs/coverage-v{v}.md": _render(
            env, "coverage.md.j2", v=v, version=version, rows=coverage, tags=tags, users=users,
            services=services, titles=SERVICE_TITLES,
        ),
    }  # fmt: skip
    for service in services:
        messages = [
            {
                "m": m,
                "cls": camel(m.name),
                "fixed": _fixed_rows(m),
                "floating": _floating_rows(m),
            }
            for m in version.messages
            if m.service == service
        ]
        files[f"docs/messages/{service}.md"] = _render(
            env, "service.md.j2", v=v, title=SERVICE_TITLES[service], messages=messages,
            version=version,
        )  # fmt: skip
    return files

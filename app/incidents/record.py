"""The incident record: its fields, validation, and canonical JSON.

This is the versioned contract of docs/CLI.md: the input of ``add --json``, the core of
``show --json``, of bundles, and of every revision hashed into the chain. Validation is
strict and names the offending key, because a silently dropped field is lost evidence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents import vocabulary
from app.incidents.dates import DateFormatError, parse_when

SCHEMA_VERSION = 1
MAX_TEXT = 1_000_000  # characters in one field: a long narrative fits, a pasted file doesn't


class RecordError(QuireError):
    """A field of an incident record is missing, unknown or has a bad value."""


@dataclass
class Perpetrator:
    kind: str = "unknown"
    name: str = ""
    identifiers: list[str] = field(default_factory=list)


@dataclass
class Target:
    kind: str = "self"
    name: str = ""


@dataclass
class Link:
    url: str = ""
    seen_at: str | None = None
    note: str = ""


@dataclass
class Impact:
    kinds: list[str] = field(default_factory=list)
    description: str = ""


@dataclass
class Action:
    kind: str = "other"
    at: str | None = None
    reference: str = ""
    outcome: str = ""


@dataclass
class IncidentRecord:
    """The editable part of an incident (what each revision keeps)."""

    title: str = ""
    occurred_at: str | None = None
    occurred_until: str | None = None
    occurred_precision: str | None = None
    categories: list[str] = field(default_factory=list)
    narrative: str = ""
    targets: list[Target] = field(default_factory=list)
    perpetrators: list[Perpetrator] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    location: str = ""
    links: list[Link] = field(default_factory=list)
    witnesses: list[str] = field(default_factory=list)
    impact: Impact = field(default_factory=Impact)
    severity: int | None = None
    actions: list[Action] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    # -- JSON ----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """What ``dataclasses.asdict`` gives, at a third of its cost (it deep-copies leaves)."""
        return _plain(self)  # type: ignore[no-any-return]

    def canonical_json(self) -> str:
        return canonical_json(self.to_dict())

    @classmethod
    def from_dict(cls, data: Any, *, partial_base: IncidentRecord | None = None) -> IncidentRecord:
        """Validate ``data``. With ``partial_base``, missing keys keep the base's values."""
        if not isinstance(data, dict):
            raise RecordError(_T("errors", "An incident must be a JSON object."))
        known = {f.name for f in fields(cls)}
        for key in data:
            if key not in known:
                raise RecordError(_T("errors", "Unknown key {key} in the incident."), key=repr(key))
        base = partial_base.to_dict() if partial_base else IncidentRecord().to_dict()
        merged = {**base, **data}
        rec = cls(
            title=_text(merged["title"], "title", max_len=1000),
            occurred_at=_when(merged["occurred_at"], "occurred_at"),
            occurred_until=_when(merged["occurred_until"], "occurred_until"),
            occurred_precision=_choice_or_none(
                merged["occurred_precision"], "occurred_precision", vocabulary.PRECISIONS
            ),
            categories=_choices(merged["categories"], "categories", vocabulary.CATEGORIES),
            narrative=_text(merged["narrative"], "narrative"),
            targets=[
                Target(**_obj(t, f"targets[{i}]", {"kind": vocabulary.TARGETS, "name": str}))
                for i, t in enumerate(_list(merged["targets"], "targets"))
            ],
            perpetrators=[
                _perpetrator(p, f"perpetrators[{i}]")
                for i, p in enumerate(_list(merged["perpetrators"], "perpetrators"))
            ],
            platforms=_texts(merged["platforms"], "platforms"),
            location=_text(merged["location"], "location"),
            links=[_link(x, f"links[{i}]") for i, x in enumerate(_list(merged["links"], "links"))],
            witnesses=_texts(merged["witnesses"], "witnesses"),
            impact=_impact(merged["impact"]),
            severity=_severity(merged["severity"]),
            actions=[
                _action(a, f"actions[{i}]")
                for i, a in enumerate(_list(merged["actions"], "actions"))
            ],
            tags=_tags(merged["tags"]),
        )
        if not rec.title.strip():
            raise RecordError(_T("errors", "'title' must not be empty."))
        if rec.occurred_at is None and rec.occurred_until is not None:
            raise RecordError(_T("errors", "'occurred_until' needs 'occurred_at'."))
        if (
            rec.occurred_at
            and rec.occurred_until
            and parse_when(rec.occurred_until)[1] < parse_when(rec.occurred_at)[1]
        ):
            raise RecordError(_T("errors", "'occurred_until' is before 'occurred_at'."))
        if rec.occurred_at and rec.occurred_precision is None:
            rec.occurred_precision = parse_when(rec.occurred_at)[2]
        return rec

    def searchable_columns(self) -> dict[str, str]:
        """Text for the full-text index, by column (folded by the caller)."""
        people = []
        for p in self.perpetrators:
            people += [p.name, *p.identifiers]
        people += [t.name for t in self.targets] + self.witnesses
        other = [*self.platforms, self.location, self.impact.description]
        other += [f"{x.url} {x.note}" for x in self.links]
        other += [f"{a.reference} {a.outcome}" for a in self.actions]
        return {
            "title": self.title,
            "narrative": self.narrative,
            "people": "\n".join(people),
            "tags": "\n".join(self.tags),
            "other": "\n".join(other),
        }


_FIELDS: dict[type, tuple[str, ...]] = {}


_LEAVES = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """Dataclasses as dicts, lists and tuples rebuilt, anything else (str, int, None) as is.

    The exact type is looked at first (a record is mostly strings, and ``is_dataclass``
    costs two attribute lookups): a third less CPU per record, which an import pays twice.
    """
    cls = type(value)
    if cls in _LEAVES:
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    names = _FIELDS.get(cls)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[cls] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 as is: the same record always hashes the same."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# -- validators ----------------------------------------------------------------------------
def _check_encodable(value: str, key: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise RecordError(
            _T("errors", "{key} holds characters that are not valid Unicode text."), key=repr(key)
        ) from None
    if "\x00" in value:
        raise RecordError(_T("errors", "{key} contains a NUL character."), key=repr(key))
    return value


def _text(value: Any, key: str, max_len: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RecordError(_T("errors", "{key} must be text."), key=repr(key))
    if len(value) > max_len:
        raise RecordError(
            _T("errors", "{key} is longer than {max_len} characters."),
            key=repr(key),
            max_len=max_len,
        )
    return _check_encodable(value, key)


def _list(value: Any, key: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise RecordError(_T("errors", "{key} must be a list."), key=repr(key))
    return value


def _texts(value: Any, key: str) -> list[str]:
    return [_text(v, f"{key}[{i}]", 10_000) for i, v in enumerate(_list(value, key))]


def _tags(value: Any) -> list[str]:
    tags: list[str] = []
    for i, v in enumerate(_list(value, "tags")):
        tag = _text(v, f"tags[{i}]", 200).strip()
        if not tag:
            raise RecordError(_T("errors", "'tags[{i}]' is empty."), i=i)
        if tag not in tags:
            tags.append(tag)
    return tags


def _choice(value: Any, key: str, allowed: dict[Any, str]) -> Any:
    if value not in allowed:
        names = ", ".join(str(k) for k in allowed)
        raise RecordError(
            _T("errors", "{key} has the unknown value {value}; use one of: {names}."),
            key=repr(key),
            value=repr(value),
            names=names,
        )
    return value


def _choice_or_none(value: Any, key: str, allowed: dict[Any, str]) -> Any:
    return None if value is None else _choice(value, key, allowed)


def _choices(value: Any, key: str, allowed: dict[str, str]) -> list[str]:
    out: list[str] = []
    for i, v in enumerate(_list(value, key)):
        _choice(v, f"{key}[{i}]", allowed)
        if v not in out:
            out.append(v)
    return out


def _when(value: Any, key: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError(
            _T("errors", "{key} must be a date in text form (YYYY-MM-DD)."), key=repr(key)
        )
    try:
        return parse_when(value)[0]
    except DateFormatError as exc:
        raise RecordError(_T("errors", "{key}: {exc}."), key=repr(key), exc=exc) from None


def _obj(value: Any, key: str, spec: dict[str, Any]) -> dict[str, Any]:
    """Check an object's keys against ``spec`` (a type, a vocabulary dict, or 'when')."""
    if not isinstance(value, dict):
        raise RecordError(_T("errors", "{key} must be an object."), key=repr(key))
    out: dict[str, Any] = {}
    for k, v in value.items():
        if k not in spec:
            raise RecordError(_T("errors", "Unknown key {k} in {key}."), k=repr(k), key=repr(key))
        kind = spec[k]
        if isinstance(kind, dict):
            out[k] = _choice(v, f"{key}.{k}", kind)
        elif kind == "when":
            out[k] = _when(v, f"{key}.{k}")
        elif kind is list:
            out[k] = _texts(v, f"{key}.{k}")
        else:
            out[k] = _text(v, f"{key}.{k}", 10_000)
    return out


def _perpetrator(value: Any, key: str) -> Perpetrator:
    spec = {"kind": vocabulary.PERPETRATOR_KINDS, "name": str, "identifiers": list}
    return Perpetrator(**_obj(value, key, spec))


def _link(value: Any, key: str) -> Link:
    link = Link(**_obj(value, key, {"url": str, "seen_at": "when", "note": str}))
    if not link.url.strip():
        raise RecordError(_T("errors", "'{key}.url' must not be empty."), key=key)
    return link


def _action(value: Any, key: str) -> Action:
    spec = {"kind": vocabulary.ACTION_KINDS, "at": "when", "reference": str, "outcome": str}
    return Action(**_obj(value, key, spec))


def _impact(value: Any) -> Impact:
    if value is None:
        return Impact()
    if isinstance(value, Impact):
        return value
    obj = _obj(value, "impact", {"kinds": list, "description": str})
    kinds = _choices(obj.get("kinds", []), "impact.kinds", vocabulary.IMPACTS)
    return Impact(kinds=kinds, description=obj.get("description", ""))


def _severity(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise RecordError(_T("errors", "'severity' must be a whole number from 1 to 5."))
    return value

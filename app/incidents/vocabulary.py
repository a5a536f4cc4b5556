"""Every fixed list of the incident record, in one place, with translatable labels.

Ids are the stable contract (JSON, database, bundles); labels are what people read.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP as _T

CATEGORIES: dict[str, str] = {
    "threat": _T("vocabulary", "Threat or intimidation"),
    "blackmail": _T("vocabulary", "Blackmail or extortion"),
    "account_compromise": _T("vocabulary", "Hacked or taken-over account"),
    "leak": _T("vocabulary", "Leak of private data or intimate images"),
    "smear": _T("vocabulary", "Smear or defamation"),
    "doxxing": _T("vocabulary", "Doxxing or impersonation"),
    "surveillance": _T("vocabulary", "Surveillance or interception"),
    "physical": _T("vocabulary", "Detention, assault or dispersal"),
    "legal": _T("vocabulary", "Legal or administrative harassment"),
    "other": _T("vocabulary", "Other"),
}

PRECISIONS: dict[str, str] = {
    "exact": _T("vocabulary", "Exact time"),
    "day": _T("vocabulary", "Known to the day"),
    "month": _T("vocabulary", "Known to the month"),
    "approximate": _T("vocabulary", "Approximate"),
}

PERPETRATOR_KINDS: dict[str, str] = {
    "state": _T("vocabulary", "State body or official"),
    "person": _T("vocabulary", "Named person"),
    "anonymous_channel": _T("vocabulary", "Anonymous channel or account"),
    "media": _T("vocabulary", "Media outlet"),
    "organisation": _T("vocabulary", "Organisation"),
    "unknown": _T("vocabulary", "Unknown"),
}

TARGETS: dict[str, str] = {
    "self": _T("vocabulary", "Myself"),
    "partner": _T("vocabulary", "Partner"),
    "family": _T("vocabulary", "Family member"),
    "colleague": _T("vocabulary", "Colleague"),
    "organisation": _T("vocabulary", "My organisation"),
    "other": _T("vocabulary", "Someone else"),
}

IMPACTS: dict[str, str] = {
    "psychological": _T("vocabulary", "Psychological"),
    "physical": _T("vocabulary", "Physical"),
    "economic": _T("vocabulary", "Economic"),
    "professional": _T("vocabulary", "Professional"),
    "family": _T("vocabulary", "On family"),
    "other": _T("vocabulary", "Other"),
}

ACTION_KINDS: dict[str, str] = {
    "reported_platform": _T("vocabulary", "Reported to the platform"),
    "reported_police": _T("vocabulary", "Reported to the police"),
    "reported_organisation": _T("vocabulary", "Reported to an organisation"),
    "legal_action": _T("vocabulary", "Legal action"),
    "other": _T("vocabulary", "Other"),
}

SEVERITIES: dict[int, str] = {
    1: _T("vocabulary", "1 — minor"),
    2: _T("vocabulary", "2 — moderate"),
    3: _T("vocabulary", "3 — serious"),
    4: _T("vocabulary", "4 — severe"),
    5: _T("vocabulary", "5 — critical"),
}

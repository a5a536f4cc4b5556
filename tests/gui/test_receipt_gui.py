"""The detail pane shows each evidence file's proof-of-existence receipt."""

from __future__ import annotations

import hashlib

from pytestqt.qtbot import QtBot

from app.spoken_fingerprint import receipt
from ui.diary.detail_view import incident_html


def test_detail_pane_shows_the_receipt(qtbot: QtBot) -> None:
    sha = hashlib.sha256(b"the screenshot").hexdigest()
    doc = {
        "title": "Threat", "categories": ["threat"], "occurred_at": "2024-05-02",
        "created_at": "2024-05-02T10:00:00Z", "updated_at": "2024-05-02T10:00:00Z",
        "revisions": 1, "tags": [],
        "evidence": [{"id": 1, "name": "shot.png", "size": 14, "type": "image/png",
                      "sha256": sha}],
    }  # fmt: skip
    html = incident_html(doc)
    assert receipt(sha) in html and "Receipt" in html

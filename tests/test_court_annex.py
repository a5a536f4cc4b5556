"""The court annex (issue 14, ``export --court``): one numbering everywhere, no gaps, no diary ids.

Incidents are numbered 1…N by date and evidence A1, A2, … in that order; the numbers must be
the same in manifest.json, the incident files, the file names, report.html and report.pdf
(read back with pdftotext, page by page), and the diary's own ids, which have gaps where
other incidents were left out, must appear nowhere.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from app.age import generate_identity
from app.bundle.export import Selection, export_bundle
from app.bundle.receive import check_bundle, open_zip
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import require_tool

KEY = generate_identity()
# Recorded in this order; the court reads them by date: 2023-01-10, 2024-01-01, 2024-05-02.
DATES = ["2024-05-02", "2023-01-10", "2024-01-01"]
FILES_EACH = 24  # 72 annexes: the list of documents runs over more than one page


def _incident(vault: Vault, title: str, when: str, files: int, tag: str) -> int:
    i = IncidentStore(vault).create(
        IncidentRecord.from_dict(
            {"title": title, "categories": ["threat"], "occurred_at": when, "tags": [tag]}
        )
    )
    for n in range(files):
        data = f"{title} file {n}\n".encode()
        EvidenceStore(vault).import_stream(i, io.BytesIO(data), f"{title}-{n}.txt")
    return i


@pytest.fixture
def diary(vault: Vault) -> dict[str, Any]:
    """Incidents left out (and their evidence) before and between the exported ones, so the
    diary's ids of what is exported have gaps and start well above 1."""
    ids = []
    for n in range(4):
        _incident(vault, f"Earlier {n}", "2021-01-01", 1, "private")
    for n, when in enumerate(DATES):
        _incident(vault, f"Left out {n}", "2022-01-01", 3, "private")
        ids.append(_incident(vault, f"Case {n}", when, FILES_EACH, "court"))
    evidence = [e.id for i in ids for e in EvidenceStore(vault).list(i)]
    return {"vault": vault, "incidents": ids, "evidence": evidence}


def _export(vault: Vault, out: Path, **kw: Any) -> dict[str, bytes]:
    export_bundle(vault, Selection(tags=["court"]), [KEY.recipient], out, **kw)
    check_bundle(out, [KEY])
    with open_zip(out, [KEY]) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


class _Cells(HTMLParser):
    """The text of every table's first column, per section id."""

    def __init__(self) -> None:
        super().__init__()
        self.section, self.first, self.text = "", False, ""
        self.cells: dict[str, list[str]] = {}
        self._in_row_cell = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section":
            self.section = dict(attrs).get("id") or ""
        elif tag == "tr":
            self._in_row_cell = 0
        elif tag == "td":
            self._in_row_cell += 1
            self.first, self.text = self._in_row_cell == 1, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self.first:
            self.cells.setdefault(self.section, []).append(self.text.strip())
            self.first = False

    def handle_data(self, data: str) -> None:
        if self.first:
            self.text += data


def _pdf_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    require_tool("pdftotext", "the PDF's numbering is read back with poppler's pdftotext")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode()
    return text.split("\f")[:-1]


def test_one_numbering_everywhere_without_gaps_or_diary_ids(
    diary: dict[str, Any], tmp_path: Path
) -> None:
    entries = _export(diary["vault"], tmp_path / "court.age", court=True)
    manifest = json.loads(entries["manifest.json"])
    n, m = len(DATES), len(DATES) * FILES_EACH
    labels = [f"A{k}" for k in range(1, m + 1)]

    # manifest.json: numbers 1…N in date order; evidence 1…M; each file its annex.
    incidents = manifest["incidents"]
    assert [i["number"] for i in incidents] == list(range(1, n + 1))
    assert [i["id"] for i in incidents] == list(range(1, n + 1))
    assert [i["occurred_at"] for i in incidents] == sorted(DATES)
    assert [i["title"] for i in incidents] == ["Case 1", "Case 2", "Case 0"]
    assert [e for i in incidents for e in i["evidence"]] == list(range(1, m + 1))
    files = [f for f in manifest["files"] if f["kind"] == "evidence"]
    assert [f["annex"] for f in files] == labels
    assert [f["evidence_id"] for f in files] == list(range(1, m + 1))

    # File names inside the bundle carry the same numbers, in the same order.
    names = sorted(
        (p for p in entries if p.startswith("evidence/")),
        key=lambda p: int(p.split("/")[2].split("-")[0][1:]),
    )
    assert [re.match(r"evidence/(\d+)/(A\d+)-", p).groups() for p in names] == [  # type: ignore[union-attr]
        (str(1 + k // FILES_EACH), f"A{k + 1}") for k in range(m)
    ]
    # The first incident by date is "Case 1": its files are A1…A24.
    assert names[0].endswith("A1-Case_1-0.txt")
    assert sorted(p for p in entries if p.startswith("incidents/")) == [
        f"incidents/{k}.json" for k in range(1, n + 1)
    ]

    # Incident files: the same numbers, each evidence object its annex and path.
    for k in range(1, n + 1):
        doc = json.loads(entries[f"incidents/{k}.json"])["incident"]
        assert doc["id"] == doc["number"] == k
        for ev in doc["evidence"]:
            assert ev["path"] == next(f["path"] for f in files if f["annex"] == ev["annex"])

    # No diary id anywhere: every id-like field holds a bundle number; the diary's ids of the
    # exported incidents and files (all above the bundle's) appear in none.
    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if (key == "id" or key.endswith("_id")) and isinstance(item, int):
                    assert item <= m, (key, item)
                if key == "incident_id" and item is not None:
                    assert item in range(1, n + 1), item
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(manifest)
    for k in range(1, n + 1):
        walk(json.loads(entries[f"incidents/{k}.json"]))
    assert min(diary["incidents"]) > n and min(diary["evidence"]) > n
    diary_numbers = {str(i) for i in diary["incidents"]}
    assert not {p.split("/")[1] for p in names} & (
        diary_numbers - {str(k) for k in range(1, n + 1)}
    )

    # report.html: the list of documents and every evidence table, in the same order.
    cells = _Cells()
    cells.feed(entries["report.html"].decode())
    expected_list = []
    for k in range(n):
        expected_list += [str(k + 1), *labels[k * FILES_EACH : (k + 1) * FILES_EACH]]
    assert cells.cells["documents"] == expected_list
    assert [c for c in cells.cells.get("chronology", [])] == [str(k) for k in range(1, n + 1)]
    evidence_cells = [
        c for section, found in cells.cells.items() if section.startswith("incident")
        for c in found if c.startswith("A")
    ]  # fmt: skip
    assert evidence_cells == labels
    assert "statement-of-truth" in entries["report.html"].decode()

    # report.pdf: the same list, and each page number it gives is where that record starts.
    pages = _pdf_pages(entries["report.pdf"], tmp_path)
    listed: list[tuple[str, int]] = []
    list_pages = set()
    for number, page in enumerate(pages, 1):
        for line in page.splitlines():
            found = re.match(r"\s*(\d+|A\d+)\s+.*?\s(\d+)\s*$", line)
            if found and ("Case" in line):
                listed.append((found.group(1), int(found.group(2))))
                list_pages.add(number)
    assert [label for label, _ in listed] == expected_list
    assert len(pages) > 4 and len([p for p in pages if "Case 2-0.txt" in p]) >= 1
    for label, page in listed:
        if label.isdigit():
            assert f"INCIDENT {label}\n" in pages[page - 1] or re.search(
                rf"INCIDENT {label}\b", pages[page - 1]
            ), (label, page)
        else:  # the page where its incident's evidence table starts; the row may follow
            shown = [
                k
                for k in range(page, len(pages) + 1)
                if re.search(rf"^\s*{label}\s", pages[k - 1], re.M) and k not in list_pages
            ]
            assert shown and shown[0] - page <= 2, (label, page, shown[:1])
    assert len(list_pages) >= 2  # the list runs over two pages: the count was exact
    total = len(pages)
    assert all(f"Page {k} of {total}" in page for k, page in enumerate(pages, 1))
    assert "Statement of truth" in pages[-1] and "Signature" in pages[-1]
    assert b"/Outlines" in entries["report.pdf"]
    assert b"/FontFile2" in entries["report.pdf"]  # the fonts are embedded


def test_an_unsigned_court_annex_also_keeps_record_times_to_the_day(
    diary: dict[str, Any], tmp_path: Path
) -> None:
    entries = _export(diary["vault"], tmp_path / "court.age", court=True, sign=False)
    manifest = json.loads(entries["manifest.json"])
    assert [i["number"] for i in manifest["incidents"]] == [1, 2, 3]
    assert all(len(f["imported_at"]) == 10 for f in manifest["files"] if f["kind"] == "evidence")
    assert manifest["chain_head"] is None and "manifest.sig" not in entries


def test_an_ordinary_bundle_has_no_court_numbering(diary: dict[str, Any], tmp_path: Path) -> None:
    entries = _export(diary["vault"], tmp_path / "plain.age")
    manifest = json.loads(entries["manifest.json"])
    assert all("number" not in i for i in manifest["incidents"])
    assert [i["id"] for i in manifest["incidents"]] == diary["incidents"]
    assert not any("annex" in f for f in manifest["files"])
    assert "statement-of-truth" not in entries["report.html"].decode()


def test_quire_cli_export_court(home: Path, tmp_path: Path) -> None:
    from tests.conftest import PASSPHRASE
    from tests.support.cli import run_cli

    pw = PASSPHRASE + "\n"
    assert run_cli(home, "--passphrase-stdin", "init", stdin=pw).returncode == 0
    for title, when in (("Later", "2024-05-02"), ("Earlier", "2023-01-10")):
        r = run_cli(home, "--passphrase-stdin", "add", "--title", title, "--category", "threat",
                    "--when", when, stdin=pw)  # fmt: skip
        assert r.returncode == 0, r.stderr
    out = tmp_path / "court.age"
    r = run_cli(home, "--passphrase-stdin", "export", "--all", "--court", "--to",
                KEY.recipient.encode(), "-o", str(out), stdin=pw)  # fmt: skip
    assert r.returncode == 0, r.stderr
    with open_zip(out, [KEY]) as zf:
        incidents = json.loads(zf.read("manifest.json"))["incidents"]
    assert [(i["number"], i["title"]) for i in incidents] == [(1, "Earlier"), (2, "Later")]

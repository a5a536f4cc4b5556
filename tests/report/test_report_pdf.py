"""report.pdf: pages, fonts, scripts, images, robustness, and nothing written or logged."""

from __future__ import annotations

import builtins
import io
import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.report import fonts, render_pdf
from tests.conftest import require_tool
from tests.report.sample import (
    AZ_LETTERS,
    AZ_TITLE,
    LONG_URL,
    RU_TITLE,
    Sample,
    make_sample,
)


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf))


def pdf_pages_text(pdf: bytes) -> list[str]:
    """The text of each page, via poppler's pdftotext (reads stdin, writes stdout)."""
    require_tool("pdftotext", "checking the text the report PDF really contains")
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_bbox_html(pdf: bytes) -> str:
    """pdftotext's ``-bbox`` page: every word with its box, page by page, in points."""
    require_tool("pdftotext", "checking where the report PDF puts its words")
    return subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True, timeout=120
    ).stdout.decode("utf-8")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def sample() -> Sample:
    return make_sample()


@pytest.fixture(scope="module")
def pdf(sample: Sample) -> bytes:
    return render_pdf(sample.report_input())


def test_is_a_pdf_with_a_page_per_section(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    # cover, chronology + chart, then each of the 3 incidents from a new page (2 overflow)
    assert page_count(pdf) == 8
    assert b"/MediaBox [0 0 595.28 841.89]" in pdf  # A4


def test_fonts_are_embedded_subsets(pdf: bytes) -> None:
    assert pdf.count(b"/FontFile2") == 3
    assert b"DejaVuSansBold" in pdf and b"DejaVuSansMono" in pdf


def test_text_keeps_azerbaijani_and_cyrillic(pdf: bytes) -> None:
    text = flat("\n".join(pdf_pages_text(pdf)))
    for expected in (AZ_TITLE, AZ_LETTERS, RU_TITLE, "Угрозы и шантаж по телефону"):
        assert expected in text
    assert "<script>alert(1)</script> fake advert" in text  # plain text, shown as typed
    assert "Onlar məni hədələdilər" in text and "Bakı, Nəsimi rayonu" in text


def test_every_page_numbered_and_incidents_start_pages(pdf: bytes) -> None:
    pages = pdf_pages_text(pdf)
    assert len(pages) == page_count(pdf)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    starts = [flat(p).split("Confidential", 1)[-1].strip()[:10] for p in pages]
    assert starts.count("INCIDENT 1") == 1 and starts.count("INCIDENT 3") == 1
    assert "Incident report" in pages[0] and "Chronology" in pages[1]


def test_cover_integrity_and_labels(pdf: bytes, sample: Sample) -> None:
    pages = pdf_pages_text(pdf)
    cover = flat(pages[0])
    for expected in (
        "Leyla Testova",
        "20 Jun 2024, 11:30:00 UTC",
        "Incidents 3",
        "Evidence files 4",
        "9f2c9f2c",
        "SHA256:Qm9ndXMg",
        "sha256sum",
        "ssh-keygen -Y verify",
    ):
        assert expected in cover
    everything = flat("\n".join(pages))
    for label in (
        "Anonymous channel or account: Qara Xəbər",
        "Identifiers: @qara_xeber_fake; +994 50 000 00 00",
        "Family member: my mother",
        "Reported to the platform",
        "Reference: Ticket #55-1234",
        "8 Mar 2024 (known to the day)",
        "May 2024 (known to the month)",
        "12 Jun 2024, 21:40 UTC+04:00 (exact time)",
        "Psychological, Professional",
        "4 — severe",
        "Seen: 8 Mar 2024, 22:10",
        "The advert is still online.",
        "3.9 kB",
        "image/png",
        "Title at that revision",
    ):
        assert label in everything, label
    digest = sample.incidents[0]["evidence"][0]["sha256"]
    assert digest[:32] in everything and digest[32:] in everything


def test_long_url_wraps_inside_the_page(pdf: bytes) -> None:
    text = "".join("\n".join(pdf_pages_text(pdf)).split())
    assert LONG_URL in text  # all of it is there, broken over lines rather than cut off


def test_images_inline_and_damaged_one_noted(pdf: bytes, sample: Sample) -> None:
    assert pdf.count(b"/Subtype /Image") == 2  # the PNG and the JPEG; not the corrupt one
    text = flat("\n".join(pdf_pages_text(pdf)))
    assert "(preview unavailable)" in text
    assert all(stream.closed for stream in sample.opened)


def test_big_images_are_listed_not_embedded() -> None:
    sample = make_sample()
    pdf = render_pdf(sample.report_input(max_inline_image_bytes=500))
    assert b"/Subtype /Image" not in pdf
    text = flat("\n".join(pdf_pages_text(pdf)))
    assert "not shown: larger than 500 B" in text
    assert sample.opened == []  # the size in the record decides: nothing is even decrypted


def test_evidence_that_cannot_be_opened_does_not_break_the_report() -> None:
    sample = make_sample()

    def broken(incident_id: int, evidence_id: int) -> io.BytesIO:
        raise OSError("blob missing")

    pdf = render_pdf(sample.report_input(open_evidence=broken))
    assert page_count(pdf) >= 5
    assert flat("\n".join(pdf_pages_text(pdf))).count("(preview unavailable)") == 3


def test_anonymous_unsigned_and_empty() -> None:
    pdf = render_pdf(
        make_sample().report_input(author=None, signing_fingerprint=None, incidents=[])
    )
    assert page_count(pdf) == 2
    cover = flat(pdf_pages_text(pdf)[0])
    assert "Prepared by anonymous" in cover
    assert "Signing key not signed" in cover
    assert "This bundle is not signed" in cover


def test_minimal_and_odd_documents_render() -> None:
    odd: list[dict[str, Any]] = [
        {"id": 7, "title": "only a title"},
        {
            "id": 8,
            "title": "x" * 1000,
            "occurred_at": "2023",
            "categories": ["from_a_newer_version"],
            "narrative": ("word " * 4000) + "y" * 5000,
            "severity": 9,
            "links": [{"url": "z" * 3000, "seen_at": "not a date"}],
            "impact": {"kinds": ["other"], "description": "\u202e\u0000\ud800 bidi"},
            "evidence": [
                {"id": 1, "name": "a" * 300, "size": 10**12, "type": "image/png", "sha256": ""}
            ],
            "revision_history": [{"revision": 1, "at": "garbage", "title": "t" * 2000}],
        },
    ]
    sample = make_sample()
    inp = sample.report_input(
        incidents=odd, evidence_path=lambda i, e: f"evidence/{i}/{e}", created_at="not a time"
    )
    pdf = render_pdf(inp)
    assert page_count(pdf) > 4
    text = flat("\n".join(pdf_pages_text(pdf)))
    assert "from_a_newer_version" in text  # an unknown id is shown, not dropped
    assert "not shown: larger than" in text  # a terabyte "image" is never read


def test_nothing_written_to_disk_or_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    real_open = builtins.open

    def read_only_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"the report tried to write {file!r}")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr("tempfile.mkstemp", lambda *a, **k: pytest.fail("temp file"))
    monkeypatch.chdir(tmp_path)
    caplog.set_level(logging.DEBUG)
    render_pdf(make_sample().report_input())
    assert list(tmp_path.iterdir()) == []
    for secret in (AZ_TITLE, RU_TITLE, "漢字", "Qara"):
        assert secret not in caplog.text
    assert not logging.getLogger("fpdf").disabled  # restored afterwards


def test_same_input_same_bytes(pdf: bytes) -> None:
    assert render_pdf(make_sample().report_input()) == pdf


def test_fonts_found_in_a_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundled = tmp_path / "resources" / "fonts"
    bundled.mkdir(parents=True)
    shutil.copy(fonts.font_dir() / fonts.SANS, bundled / fonts.SANS)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.font_dir() == bundled


def test_pages_render_to_images(pdf: bytes, tmp_path: Path) -> None:
    """poppler draws every page: the PDF is well-formed enough for a real renderer."""
    require_tool("pdftoppm", "rendering the report PDF's pages")
    (tmp_path / "report.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(tmp_path / "report.pdf"), str(tmp_path / "p")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert len(list(tmp_path.glob("p-*.png"))) == page_count(pdf)


def test_chronology_links_lead_to_each_incident(pdf: bytes) -> None:
    kids = re.search(rb"/Kids \[([^\]]*)\]", pdf)
    assert kids is not None
    page_objects = [int(n) for n in re.findall(rb"(\d+) 0 R", kids.group(1))]
    link_targets = [int(n) for n in re.findall(rb"/Dest \[(\d+) 0 R", pdf)][:3]
    starts = [
        number
        for number, text in enumerate(pdf_pages_text(pdf))
        if re.search(r"^\s*INCIDENT \d", text.split("Confidential", 1)[-1])
    ]
    assert [page_objects.index(obj) for obj in link_targets] == starts


def test_text_that_looks_like_the_page_count_alias_is_printed_as_written() -> None:
    """fpdf2 replaces its page-count alias wherever it stands: a narrative, a title or a
    chat line saying "{nb}" must not become the report's page count (evidence altered)."""
    quoted = "He wrote {nb} and {nb}{nb} in the channel"
    sample = make_sample()
    doc = {"id": 9, "title": "Alias {nb} in the title", "narrative": quoted}
    pdf = render_pdf(sample.report_input(incidents=[doc]))
    pages = pdf_pages_text(pdf)
    text = flat("\n".join(pages))
    assert quoted in text
    assert "Alias {nb} in the title" in text
    assert re.search(rf"\b{len(pages)}\b", pages[-1])  # the footer's count is still there

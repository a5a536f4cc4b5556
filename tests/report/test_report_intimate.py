"""Intimate pictures are drawn blurred in the report, and redacted copies name their original."""

from __future__ import annotations

import base64
import copy
import hashlib
import re

import pytest

from app.report import render_html, render_pdf
from app.report.content import COPY_OF_ABSENT, INTIMATE_NOTE, build
from app.report.words import speaking
from tests.report.sample import Sample, _evidence, make_sample, png_bytes
from tests.report.test_report_pdf import flat, pdf_pages_text

ORIGINAL_SHA = "ab" * 32


def _sample(intimate: bool) -> Sample:
    """The sample with incident 1's screenshot marked (or not) and two redacted copies: one
    whose original is in the report, one whose original was left out of the bundle."""
    sample = make_sample()
    sample.incidents = copy.deepcopy(sample.incidents)
    english, azerbaijani = sample.incidents[0], sample.incidents[1]
    english["evidence"][0]["intimate"] = intimate
    shot = english["evidence"][0]
    redacted = png_bytes(300, 200)
    english["evidence"].append(
        _evidence(14, "advert-screenshot-redacted.png", redacted, "image/png")
    )
    english["evidence"][-1]["derived_from"] = {
        "original_id": 11,
        "original_sha256": shot["sha256"],
        "copy_sha256": hashlib.sha256(redacted).hexdigest(),
        "action": {"mode": "black", "regions": [{"x": 0, "y": 0, "w": 0.5, "h": 0.5}]},
        "created_at": "2024-06-14T10:00:00Z",
    }
    sample.blobs[(1, 14)] = redacted
    azerbaijani["evidence"].append(_evidence(22, "şəkil-redacted.png", redacted, "image/png"))
    azerbaijani["evidence"][-1]["derived_from"] = {
        "original_id": None,
        "original_sha256": ORIGINAL_SHA,
        "copy_sha256": hashlib.sha256(redacted).hexdigest(),
        "action": {"mode": "pixelate", "regions": []},
        "created_at": "2024-06-14T10:00:00Z",
    }
    sample.blobs[(2, 22)] = redacted
    return sample


def _image_streams(pdf: bytes) -> set[bytes]:
    """The raw streams of every image XObject in a PDF written by fpdf2."""
    found = set()
    for match in re.finditer(rb"/Subtype /Image.*?stream\r?\n", pdf, re.S):
        start = match.end()
        found.add(bytes(pdf[start : pdf.index(b"endstream", start)]))
    return found


def test_the_pdf_draws_an_intimate_picture_blurred_with_a_caption() -> None:
    plain = render_pdf(_sample(False).report_input())
    marked = render_pdf(_sample(True).report_input())
    plain_images, marked_images = _image_streams(plain), _image_streams(marked)
    assert plain_images and marked_images
    # Exactly the screenshot's picture changed; the copy and the other photos are as they were.
    assert len(plain_images - marked_images) == 1 and len(marked_images - plain_images) == 1
    text = flat("\n".join(pdf_pages_text(marked)))
    path = _sample(True).path(1, 11)
    assert flat(INTIMATE_NOTE.replace("{path}", path)) in text
    assert "Shown blurred" not in flat("\n".join(pdf_pages_text(plain)))
    assert "Redacted copy of evidence 11, SHA-256" in text
    assert "the original is not in this bundle" in text


def test_the_html_embeds_a_blurred_picture_not_the_original() -> None:
    sample = _sample(True)
    page = render_html(sample.report_input())
    plain = render_html(_sample(False).report_input())
    path = sample.path(1, 11)
    assert f'<img src="{path}"' in plain and f'<img src="{path}"' not in page
    note = INTIMATE_NOTE.replace("{path}", path)
    assert note in page and note not in plain
    (embedded,) = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    data = base64.b64decode(embedded)
    assert data.startswith(b"\x89PNG") and data != sample.blobs[(1, 11)]
    assert f'<a href="{path}"><img src="data:' in page  # the original one explicit click away


@pytest.mark.parametrize("render", [render_html, render_pdf])
def test_redacted_copies_name_their_original(render: object) -> None:
    with speaking("en"):
        view = build(_sample(False).report_input())
    english = {e.id: e for e in view.incidents[0].evidence}
    (azerbaijani_copy,) = [e for i in view.incidents for e in i.evidence if e.id == 22]
    assert english[14].copy_of.startswith("Redacted copy of evidence 11, SHA-256 ")
    assert english[11].copy_of == ""
    assert azerbaijani_copy.copy_of == COPY_OF_ABSENT.replace("{sha256}", ORIGINAL_SHA)
    if render is render_html:
        page = render_html(_sample(False).report_input())
        assert "Redacted copy of evidence 11" in page and ORIGINAL_SHA in page

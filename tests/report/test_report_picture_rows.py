"""Pictures no wider than half the page go two to a row; wider ones stay alone.

A report of 2,000 photos shows each ~85 mm wide (previews shrink past 300 pictures): one to
a row left half of every page empty and took 836 pages.
"""

from __future__ import annotations

import io
import re
from itertools import pairwise

from PIL import Image

from app.report import render_pdf
from tests.report.sample import make_sample
from tests.report.test_report_pdf import pdf_bbox_html


def _png(width: int, height: int, colour: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, "PNG")
    return buf.getvalue()


def _captions(pdf: bytes) -> list[tuple[str, float, tuple[int, float]]]:
    """(evidence label, x, (page, y)) of each picture's caption, "Evidence <label> · …"."""
    found = []
    for page, text in enumerate(pdf_bbox_html(pdf).split("<page ")):
        words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', text)
        for (x, y, word), (_, _, label) in pairwise(words):
            if word == "Evidence" and label.startswith("P"):
                found.append((label, float(x), (page, float(y))))
    return found


def test_small_pictures_go_two_to_a_row_and_a_wide_one_alone() -> None:
    sample = make_sample()
    doc = sample.incidents[0]
    sizes = [(300, 200), (240, 320), (300, 200), (1400, 700), (300, 200), (300, 200)]
    evidence = []
    for n, (w, h) in enumerate(sizes):
        data = _png(w, h, ("teal", "olive", "navy")[n % 3])
        sample.blobs[(doc["id"], 900 + n)] = data
        evidence.append(
            {
                "id": 900 + n,
                "name": f"pic-{n}.png",
                "size": len(data),
                "type": "image/png",
                "sha256": "ab" * 32,
                "imported_at": "2024-06-13T08:15:02Z",
                "annex": f"P{n}",
            }
        )
    doc["evidence"] = evidence
    captions = _captions(render_pdf(sample.report_input(court=True)))
    assert [label for label, _, _ in captions] == [f"P{n}" for n in range(6)]
    x = {label: x for label, x, _ in captions}
    y = {label: y for label, _, y in captions}
    middle = 210 / 2 * 72 / 25.4  # the page's middle, in points
    assert x["P0"] < middle < x["P1"] and y["P0"] == y["P1"]  # a row of two
    assert x["P2"] < middle and y["P2"] > y["P0"]  # a new row, left; the wide one next:
    assert x["P3"] < middle and y["P3"] > y["P2"]  # alone on its row
    assert x["P4"] < middle < x["P5"] and y["P4"] == y["P5"] and y["P4"] > y["P3"]

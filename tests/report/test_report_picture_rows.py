"""Pictures no wider than half the page go two to a row; wider ones stay alone.

A report of 2,000 photos shows each ~85 mm wide (previews shrink past 300 pictures): one to
a row left half of every page empty and took 836 pages.
"""

from __future__ import annotations

import io
import re
import subprocess
from itertools import pairwise
from pathlib import Path

from PIL import Image

from app.report import render_pdf
from tests.conftest import skip_or_fail
from tests.report.sample import make_sample


def _png(width: int, height: int, colour: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, "PNG")
    return buf.getvalue()


def _captions(pdf: bytes, tmp_path: Path) -> list[tuple[str, float, tuple[int, float]]]:
    """(evidence label, x, (page, y)) of each picture's caption, "Evidence <label> · …"."""
    out = tmp_path / "report.pdf"
    out.write_bytes(pdf)
    try:
        html = subprocess.run(
            ["pdftotext", "-bbox", str(out), "-"], check=True, capture_output=True, text=True
        ).stdout
    except FileNotFoundError:
        skip_or_fail("pdftotext is not installed")
    found = []
    for page, text in enumerate(html.split("<page ")):
        words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', text)
        for (x, y, word), (_, _, label) in pairwise(words):
            if word == "Evidence" and label.startswith("P"):
                found.append((label, float(x), (page, float(y))))
    return found


def test_small_pictures_go_two_to_a_row_and_a_wide_one_alone(tmp_path: Path) -> None:
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
    captions = _captions(render_pdf(sample.report_input(court=True)), tmp_path)
    assert [label for label, _, _ in captions] == [f"P{n}" for n in range(6)]
    x = {label: x for label, x, _ in captions}
    y = {label: y for label, _, y in captions}
    middle = 210 / 2 * 72 / 25.4  # the page's middle, in points
    assert x["P0"] < middle < x["P1"] and y["P0"] == y["P1"]  # a row of two
    assert x["P2"] < middle and y["P2"] > y["P0"]  # a new row, left; the wide one next:
    assert x["P3"] < middle and y["P3"] > y["P2"]  # alone on its row
    assert x["P4"] < middle < x["P5"] and y["P4"] == y["P5"] and y["P4"] > y["P3"]

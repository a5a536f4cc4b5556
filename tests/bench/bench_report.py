"""The bundle's report: 1,000 incidents with 300 photos, as PDF and as HTML.

Each render runs in a child process of its own, which reports its wall and CPU time (on a
loaded machine the CPU time is the steadier figure) and its peak RSS (VmHWM: wait4's
figure would include what this process held when it forked). The input is built in the
child before the clock starts: bench_search.py's synthetic incidents (Azerbaijani,
Russian, English, ~120 words each) as the documents the bundle writer
gathers, with notes and a revision history, and 300 JPEG photos (2000x1500, camera-like
gradients and noise, ~0.3-0.6 MB each) spread over the first incidents. The photos are 12
distinct pictures reused, which changes nothing for the report (it decodes every one).

Reference, in the same run and the same kind of child: decoding and downscaling the same
300 photos with Pillow alone (the image work any report with previews has to do), and
writing the same text with fpdf2 without images.

Issue 14 adds to every document a complaint (every third with a final decision) and a
section per actor: 200 actors (a named person, a channel, …) with three identifiers each,
each linked to five incidents, so the report carries the actors' sections and the
exhaustion-of-domestic-remedies table of 1,000 rows; ``court-pdf`` and ``court-html`` render
the same input as a court annex (incidents numbered, evidence as annexes A1…, the list of
documents with page numbers and the statement of truth).

Targets (issue 10): each render <= 20 s with peak RSS <= 400 MB. ``QUIRE_BENCH_REPORT=N,M``
sets incidents and photos (1000,300 at full size; 10,3 in the test suite's quick run).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.bench.bench_search import REPO, SEED, Generator
from tests.bench.conftest import full, size

_SIZES = os.environ.get("QUIRE_BENCH_REPORT", "1000,300" if full() else "10,3").split(",")
N_INCIDENTS, N_PHOTOS = int(_SIZES[0]), int(_SIZES[1])
DISTINCT = 12
TIME_TARGET_S = 20.0
RSS_TARGET_MB = 400


def _photo(seed: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter

    rng = __import__("random").Random(seed)
    w = size(2000, 320)  # the quick run's photos are small: it checks that the run works
    h = w * 3 // 4
    img = Image.linear_gradient("L").resize((w, h)).convert("RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(60):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.randrange(20, 300)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    noise = Image.effect_noise((w, h), 40).convert("RGB")
    img = Image.blend(img.filter(ImageFilter.GaussianBlur(3)), noise, 0.15)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


N_ACTORS = 200
ACTOR_KINDS = ("person", "anonymous_channel", "state", "media", "unknown")


def _complaint(i: int) -> dict[str, Any]:
    """One complaint per incident: to the police, the prosecutor or a platform; answered."""
    final = i % 3 == 0
    return {
        "id": i,
        "incident_id": i,
        "to": ("police", "prosecutor", "platform")[i % 3],
        "body_name": "",
        "date": "2024-06-12",
        "reference": f"{i:05d}/24",
        "asked": "Open a criminal case and identify the sender",
        "evidence_id": None,
        "remind_on": None,
        "responses": [
            {
                "id": i,
                "received_on": "2024-08-01",
                "text": "The complaint was refused.",
                "final": final,
                "evidence_id": None,
            }
        ],
        "echr_deadline": "2024-12-01" if final else None,
    }


def _actors(n: int) -> list[dict[str, Any]]:
    """``N_ACTORS`` actors, each linked to five incidents spread over the whole report."""
    out = []
    for a in range(1, min(N_ACTORS, n) + 1):
        out.append(
            {
                "id": a,
                "kind": ACTOR_KINDS[a % len(ACTOR_KINDS)],
                "names": [f"Actor {a}", f"Aktor {a}"],
                "identifiers": [
                    {
                        "kind": "phone",
                        "platform": "",
                        "value": f"+99455{a:07d}",
                        "first_seen": "2024-01-02",
                        "last_seen": "2024-06-01",
                    },
                    {
                        "kind": "handle",
                        "platform": "telegram",
                        "value": f"@actor_{a}",
                        "first_seen": "2024-02-03",
                        "last_seen": "2024-05-01",
                    },
                    {
                        "kind": "url",
                        "platform": "",
                        "value": f"https://t.me/actor_{a}",
                        "first_seen": None,
                        "last_seen": None,
                    },
                ],
                "incidents": sorted({(a * 7 + k * n // 5) % n + 1 for k in range(5)}),
            }
        )
    return out


def _input(n: int, photos: int, court: bool = False) -> tuple[Any, list[bytes]]:
    from app.report import ReportInput

    pictures = [_photo(SEED + i) for i in range(min(DISTINCT, max(photos, 1)))]
    records = Generator(SEED).records(n)
    docs: list[dict[str, Any]] = []
    blobs: dict[tuple[int, int], bytes] = {}
    for i, rec in enumerate(records, 1):
        evidence = []
        if i <= photos:
            data = pictures[i % len(pictures)]
            blobs[(i, i)] = data
            evidence.append(
                {
                    "id": i,
                    "name": f"IMG_{i:05d}.jpg",
                    "size": len(data),
                    "type": "image/jpeg",
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "imported_at": "2024-06-13T08:15:02Z",
                    **({"annex": f"A{i}"} if court else {}),
                }
            )
        doc = {"id": i, **rec.to_dict()}
        doc.update(
            created_at="2024-06-10T09:00:00Z",
            updated_at="2024-06-11T09:00:00Z",
            deleted_at=None,
            notes=[{"id": i, "created_at": "2024-06-11T09:00:00Z", "text": rec.title}],
            evidence=evidence,
            revisions=2,
            complaints=[_complaint(i)],
            **({"number": i} if court else {}),
            revision_history=[
                {"revision": 1, "at": "2024-06-10T09:00:00Z", "title": rec.title},
                {"revision": 2, "at": "2024-06-11T09:00:00Z", "title": rec.title},
            ],
        )
        docs.append(doc)
    inp = ReportInput(
        author="Bench",
        created_at="2024-06-20T11:30:00Z",
        chain_head="9f2c" * 16,
        signing_fingerprint=None,
        incidents=docs,
        evidence_path=lambda i, e: f"evidence/{i}/{e}-IMG_{e:05d}.jpg",
        open_evidence=lambda i, e: io.BytesIO(blobs[(i, e)]),
        court=court,
        actors=_actors(n),
    )
    return inp, [blobs[k] for k in sorted(blobs)]


def _rows_input(files: int) -> Any:
    """The export's per-file report work without pictures: ``files`` small evidence rows,
    100 to an incident (``python -m tests.bench.bench_report rows 2000 0``)."""
    from app.report import ReportInput

    docs = []
    for i in range(1, files // 100 + 1):
        evidence = [
            {
                "id": i * 1000 + k,
                "name": f"chat-export-{k:04d}.txt",
                "size": 1234 + k,
                "type": "text/plain",
                "sha256": hashlib.sha256(f"{i}-{k}".encode()).hexdigest(),
                "imported_at": "2024-06-13T08:15:02Z",
            }
            for k in range(100)
        ]
        docs.append(
            {
                "id": i,
                "title": f"Incident {i}",
                "occurred_at": "2024-03-08",
                "narrative": "Text. " * 40,
                "created_at": "2024-06-10T09:00:00Z",
                "updated_at": "2024-06-11T09:00:00Z",
                "deleted_at": None,
                "notes": [],
                "evidence": evidence,
                "revisions": 1,
                "revision_history": [{"revision": 1, "at": "2024-06-10T09:00:00Z", "title": "x"}],
            }
        )
    return ReportInput(
        author="Bench",
        created_at="2024-06-20T11:30:00Z",
        chain_head="9f2c" * 16,
        signing_fingerprint=None,
        incidents=docs,
        evidence_path=lambda i, e: f"evidence/{i}/{e}.txt",
        open_evidence=lambda i, e: io.BytesIO(b""),
    )


def _pillow_reference(photos: list[bytes]) -> int:
    from PIL import Image

    total = 0
    for data in photos:
        with Image.open(io.BytesIO(data)) as img:
            img.draft("RGB", (1200, 1200))
            img = img.convert("RGB")
            img.thumbnail((1200, 1200))
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=80)
            total += buf.tell()
    return total


def _fpdf_reference(inp: Any) -> int:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for doc in inp.incidents:
        pdf.add_page()
        text = f"{doc['title']}\n\n{doc['narrative']}"
        pdf.multi_cell(0, 5, text.encode("latin-1", "replace").decode("latin-1"))
    return len(bytes(pdf.output()))


def _child(kind: str, n: int, photos: int) -> None:
    from app.report import render_html, render_pdf

    if kind == "rows":
        inp, blobs = _rows_input(n), []
    else:
        inp, blobs = _input(n, photos, court=kind.startswith("court-"))
    start, cpu = time.perf_counter(), time.process_time()
    if kind in ("pdf", "court-pdf", "rows"):
        out = len(render_pdf(inp))
    elif kind in ("html", "court-html"):
        out = len(render_html(inp).encode())
    elif kind == "pillow":
        out = _pillow_reference(blobs)
    else:
        out = _fpdf_reference(inp)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = next(
        int(line.split()[1]) // 1024
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmHWM:")
    )
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak, "bytes": out}))


def _run(kind: str) -> dict[str, float]:
    child = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_report", kind, str(N_INCIDENTS), str(N_PHOTOS)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=True,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    return json.loads(child.stdout.strip().splitlines()[-1])


def test_report_render(bench: Any) -> None:
    runs = {
        kind: _run(kind) for kind in ("pdf", "html", "court-pdf", "court-html", "pillow", "fpdf")
    }
    assert all(r["bytes"] > 0 for r in runs.values())
    labels = {
        "pdf": "render_pdf",
        "html": "render_html",
        "court-pdf": "render_pdf, court annex",
        "court-html": "render_html, court annex",
        "pillow": "reference: Pillow decode + downscale, same photos",
        "fpdf": "reference: fpdf2, the same text, no images",
    }
    bench.say(
        *bench.title(
            f"report of {N_INCIDENTS:,} incidents with {N_PHOTOS} photos, {N_ACTORS} actors, "
            f"{N_INCIDENTS:,} complaints (child each)"
        ),
        *(
            f"  {labels[k]:<52}{r['seconds']:7.2f} s  cpu {r['cpu']:7.2f} s"
            f"  peak RSS {r['peak_mb']:5.0f} MB"
            f"  {r['bytes'] / 1e6:7.1f} MB out"
            for k, r in runs.items()
        ),
        f"  targets (<= {TIME_TARGET_S:.0f} s, <= {RSS_TARGET_MB} MB): "
        + ", ".join(f"{k} {_verdict(runs[k])}" for k in ("pdf", "html", "court-pdf", "court-html")),
    )


def _verdict(run: dict[str, float]) -> str:
    ok = run["seconds"] <= TIME_TARGET_S and run["peak_mb"] <= RSS_TARGET_MB
    return "met" if ok else "NOT met"


if __name__ == "__main__" and len(sys.argv) == 4:
    _child(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))

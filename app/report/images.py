"""Image evidence, decoded in memory only, for the report's previews.

A damaged, hostile or huge image must never stop a report: every failure becomes a short
note in place of the picture. Pillow only gets the four formats the report shows, and a
pixel limit guards against decompression bombs. No temporary file is ever written.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass

from PIL import Image, ImageFilter, ImageOps

from app.report import text as t
from app.report.content import EvidenceView
from app.report.model import ReportInput

UNAVAILABLE = "(preview unavailable)"
FORMATS = ("PNG", "JPEG", "GIF", "WEBP")
MAX_PIXELS = 64_000_000  # a 64-megapixel RGBA image is 256 MB decoded: enough for any photo
PREVIEW_PIXELS = 1400  # longest side in the PDF: sharp at ~200 dpi across the full width
# A JPEG photo may come out smaller, down to this, when its decoder can scale it for free
# (a 4:3 photo is drawn 153 mm wide at most: 800 px print at 133 dpi). Resampling a
# 2000x1500 photo to 1,400 px cost 40 of its 58 ms of CPU; decoding it at half scale costs
# nothing extra. A messenger's 1600x1200 photo comes out 800x600 at half scale: 5 ms of CPU
# and 2 MB, where decoding it whole and resampling took 46 ms and 14 MB (with 1,000 here,
# five of them took an export's peak memory to 146 MB of the 150 allowed).
PHOTO_PIXELS = 800
# A report with many pictures shows each smaller, so that together they keep about the
# pixels (memory, CPU, pages) of FULL_SIZE full previews: 2,000 messenger photos took 87 s
# and 1.67 GB at full size. Never below SMALLEST of full size (a JPEG photo 280 px across).
FULL_SIZE = 300
SMALLEST = 0.35
# Those smaller previews are stored at JPEG quality 75 (full ones at 85): fpdf2 holds every
# picture in memory until the PDF is written, beside the PDF itself (2,000 photos: 20 MB
# of pictures at 85, 14 MB at 75), and a preview 400 px across shows no difference.
SMALL_QUALITY = 75
VEIL_PIXELS = 8  # an intimate picture is drawn from this many pixels across, smoothed
VEILED_SIDE = 480  # the blurred picture's longest side (there is nothing to see sharper)


@dataclass
class Preview:
    """A decoded, downscaled picture for the PDF, or why there is none."""

    image: Image.Image | io.BytesIO | None = None
    width: int = 0
    height: int = 0
    note: str = ""


def too_large_note(ev: EvidenceView, limit: int) -> str:
    return f"(not shown: larger than {t.human_size(limit)}; open {ev.path} to view it)"


# The first bytes of each format in FORMATS, as Pillow's own openers test them.
SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")
HEAD = 12  # enough for every signature (WebP: "RIFF", four bytes of size, "WEBP")


def is_picture(head: bytes) -> bool:
    """Whether a file's first bytes are a PNG, JPEG, GIF or WebP: no other file can be
    shown, so no other is read any further."""
    return head.startswith(SIGNATURES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def _read(inp: ReportInput, incident_id: int, ev: EvidenceView) -> bytes | None:
    """The decrypted bytes, or None when they exceed the inline limit. Raises ValueError
    after the first bytes when they are no picture's: a file named .jpg that is not one
    is not decrypted whole a second time (the export copied it already)."""
    limit = inp.max_inline_image_bytes
    stream = inp.open_evidence(incident_id, ev.id)
    try:
        head = b""
        while len(head) < HEAD:  # a reader may return fewer bytes than asked
            more = stream.read(HEAD - len(head))
            if not more:
                break
            head += more
        if not is_picture(head):
            raise ValueError("not a picture")
        chunks, total = [head], len(head)
        while total <= limit:
            chunk = stream.read(min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        stream.close()
    return None if total > limit else b"".join(chunks)


def preview_scale(pictures: int, full_size: int = FULL_SIZE) -> float:
    """The size of each preview against a full one when a report shows ``pictures``."""
    return max(SMALLEST, min(1.0, math.sqrt(full_size / max(1, pictures))))


def _open(data: bytes, size: float = 1.0) -> Image.Image:
    img = Image.open(io.BytesIO(data), formats=FORMATS)
    width, height = img.size
    if width <= 0 or height <= 0:
        raise ValueError("empty image")
    keep = max(1, round(PHOTO_PIXELS * size))
    if img.format == "JPEG" and max(width, height) > keep:
        # JPEG decodes at 1/2, 1/4 or 1/8 scale directly: the smallest that keeps
        # ``keep`` pixels on the longer side, so most photos need no resampling at all.
        scale = keep / max(width, height)
        img.draft("RGB", (max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))))
    elif width * height > MAX_PIXELS:
        raise ValueError("too many pixels")
    return img


def _flatten(img: Image.Image) -> Image.Image:
    """RGB on white: transparent screenshots stay legible and PDFs need no soft mask.

    Turned upright in place, and an RGB picture is kept as it is: each copy of a decoded
    1600x1200 photo is 7.7 MB, and two of them took an export's peak memory past 150 MB."""
    ImageOps.exif_transpose(img, in_place=True)
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return img if img.mode == "RGB" else img.convert("RGB")


def veil(img: Image.Image) -> Image.Image:
    """Evidence marked intimate, blurred past recognition: a few pixels across, smoothed
    back up; the original stays in the bundle for whoever must see it."""
    img = img.convert("RGB")
    img.thumbnail((VEILED_SIDE, VEILED_SIDE), Image.Resampling.BOX)
    longer = max(img.width, img.height)
    small = img.resize(
        (max(1, img.width * VEIL_PIXELS // longer), max(1, img.height * VEIL_PIXELS // longer)),
        Image.Resampling.BOX,
    )
    return small.resize(img.size, Image.Resampling.BILINEAR).filter(
        ImageFilter.GaussianBlur(max(2, longer // (2 * VEIL_PIXELS)))
    )


def veiled_png(inp: ReportInput, incident_id: int, ev: EvidenceView) -> bytes | None:
    """For the HTML: the blurred picture as PNG bytes (embedded; the original is linked)."""
    shown = pdf_preview(inp, incident_id, ev)
    if shown.image is None:
        return None
    img = shown.image if isinstance(shown.image, Image.Image) else Image.open(shown.image)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def check_image(inp: ReportInput, incident_id: int, ev: EvidenceView) -> str:
    """For the HTML, which links the file: "" when it will display, else a note (the PDF's
    finding when it was rendered first from the same input)."""
    known = inp.picture_notes.get((incident_id, ev.id))
    if known is not None:
        return known
    if ev.size > inp.max_inline_image_bytes:
        return too_large_note(ev, inp.max_inline_image_bytes)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            data = _read(inp, incident_id, ev)
            if data is None:
                return too_large_note(ev, inp.max_inline_image_bytes)
            with _open(data) as img:
                img.verify()
    except Exception:  # any failure at all means "no preview", never a crash
        return UNAVAILABLE
    return ""


def open_source(
    inp: ReportInput, incident_id: int, ev: EvidenceView, size: float = 1.0
) -> Image.Image | Preview:
    """The picture's bytes read and its header parsed, or the note shown instead.

    On the caller's thread: ``open_evidence`` may read the vault, which belongs to it, and
    the decompression-bomb check (a warning made an error) changes the process's warning
    filters, which only one thread may do. The pixels are decoded later, by :func:`finish`.
    """
    if ev.size > inp.max_inline_image_bytes:
        return Preview(note=too_large_note(ev, inp.max_inline_image_bytes))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            data = _read(inp, incident_id, ev)
            if data is None:
                return Preview(note=too_large_note(ev, inp.max_inline_image_bytes))
            return _open(data, size)
    except Exception:  # any failure at all means "no preview", never a crash
        return Preview(note=UNAVAILABLE)


def finish(img: Image.Image, intimate: bool, size: float = 1.0) -> Preview:
    """Decode, flatten and downscale an opened picture; JPEG sources stay JPEG to keep the
    PDF small. Safe on a worker thread (Pillow lets go of the GIL while it decodes,
    resamples and encodes). BICUBIC and a plain JPEG encoder where resampling is needed; a
    JPEG photo decoded at a reduced scale by _open needs none (docs/PERFORMANCE.md)."""
    try:
        with img:  # closes the source's file only: ``rgb`` may be ``img`` itself
            source_format = img.format
            img.seek(0)  # the first frame of an animation
            rgb = _flatten(img)
            longest = max(1, round(PREVIEW_PIXELS * size))
            rgb.thumbnail((longest, longest), Image.Resampling.BICUBIC)
            if intimate:
                rgb = veil(rgb)
                return Preview(rgb, rgb.width, rgb.height)
            if source_format in ("JPEG", "WEBP"):
                buf = io.BytesIO()
                rgb.save(buf, "JPEG", quality=85 if size >= 1.0 else SMALL_QUALITY)
                buf.seek(0)
                return Preview(buf, rgb.width, rgb.height)
            return Preview(rgb, rgb.width, rgb.height)
    except Exception:  # any failure at all means "no preview", never a crash
        return Preview(note=UNAVAILABLE)


def pdf_preview(inp: ReportInput, incident_id: int, ev: EvidenceView, size: float = 1.0) -> Preview:
    """Decode and downscale in memory, on this thread; ``size`` from :func:`preview_scale`."""
    source = open_source(inp, incident_id, ev, size)
    return source if isinstance(source, Preview) else finish(source, ev.intimate, size)

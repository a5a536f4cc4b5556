"""Image previews: decoded in memory, turned upright, flattened, bounded; failures become notes."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from app.report.content import EvidenceView
from app.report.images import (
    PHOTO_PIXELS,
    PREVIEW_PIXELS,
    UNAVAILABLE,
    Preview,
    check_image,
    pdf_preview,
)
from tests.report.sample import make_sample


def _evidence(data: bytes, mime: str = "image/png") -> tuple[EvidenceView, dict[str, bytes]]:
    ev = EvidenceView(9, "x", len(data), mime, "", "", "evidence/1/9-x")
    return ev, {"blob": data}


def _preview(data: bytes, mime: str = "image/png") -> tuple[Preview, str]:
    ev, store = _evidence(data, mime)
    inp = make_sample().report_input(open_evidence=lambda i, e: io.BytesIO(store["blob"]))
    shown = pdf_preview(inp, 1, ev)
    return shown, check_image(inp, 1, ev)


def _encode(img: Image.Image, fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims huge dimensions: a decompression bomb in its smallest form."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def test_exif_rotation_is_applied() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    data = _encode(Image.new("RGB", (400, 200), "red"), "JPEG", exif=exif)
    shown, note = _preview(data, "image/jpeg")
    assert note == ""
    assert shown.width == 200 and shown.height == 400


def test_big_photo_is_downscaled() -> None:
    data = _encode(Image.new("RGB", (4000, 3000), "navy"), "JPEG")
    shown, _ = _preview(data, "image/jpeg")
    assert max(shown.width, shown.height) <= PREVIEW_PIXELS


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((4032, 3024), (1008, 756)),  # a phone's 12 MP photo, decoded at 1/4
        ((2000, 1500), (1000, 750)),  # at 1/2
        ((1600, 1200), (800, 600)),  # a messenger's photo: at 1/2, not whole and resampled
        ((3000, 2000), (1400, 933)),  # 1/2 gives 1500 px: resampled to the box
        ((1200, 900), (1200, 900)),  # small enough already: as it is
        ((900, 4000), (225, 1000)),  # a long screenshot saved as JPEG: 1/4 (drawn 115 mm tall)
    ],
)
def test_a_jpeg_photo_is_decoded_small_but_never_below_photo_pixels(
    size: tuple[int, int], expected: tuple[int, int]
) -> None:
    data = _encode(Image.new("RGB", size, "olive"), "JPEG")
    shown, _ = _preview(data, "image/jpeg")
    assert (shown.width, shown.height) == expected
    assert max(expected) >= min(PHOTO_PIXELS, max(size))


@pytest.mark.parametrize(
    ("img", "fmt", "extra"),
    [
        (Image.new("RGBA", (50, 40), (255, 0, 0, 0)), "PNG", {}),
        (Image.new("LA", (50, 40)), "PNG", {}),
        (Image.new("P", (50, 40)), "GIF", {"transparency": 0}),
        (Image.new("RGB", (50, 40), "green"), "WEBP", {}),
        (Image.new("I;16", (50, 40)), "PNG", {}),
    ],
)
def test_modes_and_formats_flatten_to_rgb(img: Image.Image, fmt: str, extra: dict) -> None:
    shown, note = _preview(_encode(img, fmt, **extra), f"image/{fmt.lower()}")
    assert note == "" and shown.note == ""
    image = shown.image
    if isinstance(image, Image.Image):
        assert image.mode == "RGB"
        if fmt == "PNG" and img.mode == "RGBA":
            assert image.getpixel((0, 0)) == (255, 255, 255)  # transparent becomes white


def test_animated_gif_shows_its_first_frame() -> None:
    frames = [Image.new("P", (30, 30), i) for i in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:])
    shown, note = _preview(buf.getvalue(), "image/gif")
    assert note == "" and shown.width == 30


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n garbage",
        _png_header_only(10_000, 10_000),  # 100 megapixels: above the report's limit
        _png_header_only(100_000, 100_000),  # far above Pillow's own bomb limit
        _encode(Image.new("RGB", (20, 20)), "BMP"),  # a format the report does not decode
        _encode(Image.effect_noise((64, 64), 80).convert("RGB"), "PNG")[:2000],  # truncated
    ],
)
def test_damaged_or_hostile_images_become_a_note(data: bytes) -> None:
    shown, note = _preview(data)
    assert shown.image is None and shown.note == UNAVAILABLE
    assert note == UNAVAILABLE


def test_stream_is_read_only_up_to_the_limit() -> None:
    class Endless(io.RawIOBase):
        read_total = 0
        closed_called = False

        def readable(self) -> bool:
            return True

        def readinto(self, b: bytearray) -> int:  # type: ignore[override]
            n = len(b)
            head = b"\x89PNG\r\n\x1a\n"[Endless.read_total :][:n]  # a PNG, to be read on
            b[:n] = head + b"\0" * (n - len(head))
            Endless.read_total += n
            return n

        def close(self) -> None:
            Endless.closed_called = True
            super().close()

    ev = EvidenceView(9, "x", 10, "image/png", "", "", "evidence/1/9-x")  # size understated
    inp = make_sample().report_input(
        open_evidence=lambda i, e: Endless(), max_inline_image_bytes=3 * 1024 * 1024
    )
    shown = pdf_preview(inp, 1, ev)
    assert shown.image is None and "larger than" in shown.note
    assert Endless.read_total <= 3 * 1024 * 1024 + 1 and Endless.closed_called


def test_a_file_that_is_no_picture_is_not_read_past_its_first_bytes() -> None:
    class Counted(io.BytesIO):
        read_total = 0

        def read(self, n: int | None = -1) -> bytes:
            data = super().read(n)
            Counted.read_total += len(data)
            return data

    data = b"PK\x03\x04" + bytes(5 * 1024 * 1024)  # a ZIP named IMG_0001.jpg
    ev = EvidenceView(9, "IMG_0001.jpg", len(data), "image/jpeg", "", "", "evidence/1/9-x")
    inp = make_sample().report_input(open_evidence=lambda i, e: Counted(data))
    shown = pdf_preview(inp, 1, ev)
    assert shown.image is None and shown.note == UNAVAILABLE
    assert check_image(inp, 1, ev) == UNAVAILABLE
    assert Counted.read_total <= 2 * 16  # the first bytes, once for each


def test_a_picture_read_a_few_bytes_at_a_time_is_still_shown() -> None:
    class Trickle(io.BytesIO):
        def read(self, n: int | None = -1) -> bytes:
            return super().read(min(3, n) if n is not None and n >= 0 else 3)

    data = _encode(Image.new("RGB", (40, 30), "red"), "PNG")
    ev = EvidenceView(9, "x.png", len(data), "image/png", "", "", "evidence/1/9-x")
    inp = make_sample().report_input(open_evidence=lambda i, e: Trickle(data))
    shown = pdf_preview(inp, 1, ev)
    assert shown.note == "" and (shown.width, shown.height) == (40, 30)

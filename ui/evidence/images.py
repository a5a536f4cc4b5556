"""Images in memory only: decoding decrypted bytes, and PNG bytes for a pasted screenshot.

These run in worker threads (QImage, unlike QPixmap, may be used off the GUI thread).
Decoding is capped: an image claiming more than ``MAX_PIXELS`` is refused before any
pixel is decoded (a tiny file can claim a gigantic size), and thumbnails are decoded at
their small size straight away where the format allows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from app.evidence import intake
from app.evidence.store import EvidenceInfo
from app.vault.vault import Vault

MAX_PIXELS = 100_000_000  # 10 000 × 10 000
PREVIEW_SIDE = 4096
VEIL_PIXELS = 6  # an intimate picture is shown as this many blurred pixels across


def decode_image(data: bytes, max_side: int) -> QImage | None:
    """The image in ``data`` scaled to fit ``max_side``, or None if it cannot be shown."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # photos taken sideways show upright
    size = reader.size()
    if size.isValid():
        if size.width() * size.height() > MAX_PIXELS:
            return None
        if size.width() > max_side or size.height() > max_side:
            reader.setScaledSize(
                size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio)
            )
    image = reader.read()
    buffer.close()
    if image.isNull():
        return None
    if image.width() > max_side or image.height() > max_side:  # formats that ignore scaledSize
        image = image.scaled(
            QSize(max_side, max_side),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def veiled(image: QImage) -> QImage:
    """Evidence marked intimate, blurred past recognition: shrunk to a few pixels and
    smoothed back up, in memory (shown until the person chooses to see it)."""
    if image.isNull():
        return image
    longer = max(image.width(), image.height())
    small = image.scaled(
        max(1, image.width() * VEIL_PIXELS // longer),
        max(1, image.height() * VEIL_PIXELS // longer),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return small.scaled(
        image.size(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def png_bytes(image: QImage) -> bytes:
    """Encode as PNG into memory (a QBuffer); nothing is written to disk."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stub is wrong
        raise ValueError("could not encode the image")
    buffer.close()
    return bytes(array.data())


@dataclass
class PreviewData:
    """What the preview window shows; ``kind`` is image, pdf, text, none or too_big."""

    info: EvidenceInfo
    kind: str
    image: QImage | None = None
    data: bytes = b""
    text: str = ""
    truncated: bool = False


def load_preview(vault: Vault, evidence_id: int, info: EvidenceInfo) -> PreviewData:
    """Worker: decrypt into memory what the preview needs, and decode it."""
    kind = intake.preview_kind(info.type)
    if kind == "image":
        content = intake.read_content(vault, evidence_id, intake.IMAGE_PREVIEW_LIMIT)
        if content is None:
            return PreviewData(info, "too_big")
        image = decode_image(content.data, PREVIEW_SIDE)
        return PreviewData(info, "image", image=image) if image else PreviewData(info, "none")
    if kind == "pdf":
        content = intake.read_content(vault, evidence_id, intake.PDF_PREVIEW_LIMIT)
        if content is None:
            return PreviewData(info, "too_big")
        return PreviewData(info, "pdf", data=content.data)
    if kind == "text":
        content = intake.read_content(
            vault, evidence_id, intake.TEXT_PREVIEW_LIMIT, partial_ok=True
        )
        assert content is not None
        return PreviewData(
            info,
            "text",
            text=intake.decode_text(content.data),
            truncated=not content.complete,
        )
    return PreviewData(info, "none")


def import_screenshot(
    vault: Vault,
    incident_id: int,
    image: QImage,
    name: str,
    source_url: str | None,
    captured_at: str | None,
    cancel: Callable[[], bool] | None = None,
) -> EvidenceInfo:
    """Worker: PNG-encode a pasted picture in memory and store it encrypted."""
    data = png_bytes(image)
    return intake.import_bytes(
        vault,
        incident_id,
        data,
        name,
        source_url=source_url,
        captured_at=captured_at,
        cancel=cancel,
    )

"""Opening a picture someone else made, bounded before it is decoded.

A screenshot of a QR code (app/contacts/card.py) and an evidence image to redact
(app/evidence/redact.py) come from outside. Pillow refuses only past twice its own limit
and merely warns below it; here a picture is refused, with a clear error, when its file or
its pixel count is larger than any phone photo or screenshot, and the warning is an error.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T

MAX_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 50-megapixel phone photo fits; a decompression bomb does not


class PictureError(QuireError):
    """Not a picture Quire can read, or too large to be one."""


def load_picture(source: Path | bytes, name: str = "") -> Any:
    """The decoded picture (a PIL image, fully loaded, upright as its EXIF says)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    label = name or (source.name if isinstance(source, Path) else "")
    too_large = PictureError(_T("errors", "{name} is too large to be a picture."), name=label)
    if isinstance(source, Path):
        try:
            if source.stat().st_size > MAX_BYTES:
                raise too_large
            data = source.read_bytes()
        except OSError as exc:
            raise PictureError(
                _T("errors", "Cannot read {path}: {reason}"),
                path=source,
                reason=exc.strerror or exc,
            ) from None
    else:
        data = source
        if len(data) > MAX_BYTES:
            raise too_large
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            if img.width * img.height > MAX_PIXELS:
                raise too_large
            img.load()
            return ImageOps.exif_transpose(img)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise too_large from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise PictureError(
            _T("errors", "{name} is not a picture Quire can read."), name=label
        ) from None

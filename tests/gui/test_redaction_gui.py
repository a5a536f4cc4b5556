"""The redaction window and intimate evidence in the evidence panel (issue 14)."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPixmap

from app.evidence.redact import Region, derivation_of, intimate_ids, verify_derivation
from app.evidence.store import EvidenceStore
from app.vault.vault import Vault
from tests.gui import test_evidence_panel as ep
from tests.gui.test_evidence_panel import (
    WAIT_MS,
    import_and_wait,
    pdf_bytes,
    select_name,
    settle,
)
from ui.evidence.evidence_panel import EvidencePanel
from ui.evidence.preview import EvidencePreview, ImageView
from ui.evidence.redact_dialog import RedactCanvas, RedactDialog

pytestmark = pytest.mark.gui

# The evidence panel's fixtures: a private HOME and TMPDIR, a vault, an incident, the panel.
sandbox, strict_dialogs, vault, incident, panel, files = (
    ep.sandbox,
    ep.strict_dialogs,
    ep.vault,
    ep.incident,
    ep.panel,
    ep.files,
)


def noise_png(path: Path, w: int = 300, h: int = 200, seed: int = 7) -> Path:
    """A picture of random pixels: every row is unique, and any blur changes it."""
    rng = random.Random(seed)
    img = Image.frombytes("RGB", (w, h), bytes(rng.randrange(256) for _ in range(w * h * 3)))
    img.save(path, format="PNG")
    return path


def open_redactor(qtbot: Any, panel: EvidencePanel, name: str) -> RedactDialog:
    select_name(panel, name)
    assert panel.redact_action.isEnabled()
    panel.redact_action.trigger()
    (dlg,) = panel.open_redactors()
    qtbot.waitUntil(lambda: dlg.canvas.image() is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dlg.canvas.isVisible(), timeout=WAIT_MS)
    return dlg


def drag(qtbot: Any, dlg: RedactDialog, region: Region) -> None:
    """Drag a box over ``region`` (fractions of the picture) with the mouse."""
    rect = dlg.canvas.widget_rect(region)
    start = QPoint(round(rect.left()), round(rect.top()))
    end = QPoint(round(rect.right()), round(rect.bottom()))
    qtbot.mousePress(dlg.canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(dlg.canvas, end)
    qtbot.mouseRelease(dlg.canvas, Qt.MouseButton.LeftButton, pos=end)


def save_and_wait(qtbot: Any, dlg: RedactDialog, panel: EvidencePanel) -> int:
    with qtbot.waitSignal(dlg.saved, timeout=WAIT_MS) as blocker:
        dlg.save_button.click()
    copy = blocker.args[0]
    qtbot.waitUntil(lambda: not panel.open_redactors(), timeout=WAIT_MS)
    return int(copy.id)


def stored(vault: Vault, evidence_id: int) -> bytes:
    with EvidenceStore(vault).open(evidence_id) as reader:
        return reader.read()


def test_draw_two_boxes_remove_one_and_save_a_black_copy(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    import_and_wait(qtbot, panel, [noise_png(files / "face.png")])
    dlg = open_redactor(qtbot, panel, "face.png")
    assert not dlg.save_button.isEnabled()  # nothing to cover yet
    drag(qtbot, dlg, Region(0.1, 0.1, 0.3, 0.4))
    drag(qtbot, dlg, Region(0.6, 0.5, 0.3, 0.3))
    assert len(dlg.canvas.regions) == 2 and dlg.canvas.selected == 1
    dlg.canvas.setFocus()
    qtbot.keyClick(dlg.canvas, Qt.Key.Key_Delete)  # the selected (second) box goes
    assert len(dlg.canvas.regions) == 1
    dlg.canvas.selected = 0
    qtbot.keyClick(dlg.canvas, Qt.Key.Key_Right)  # moved 1% to the right
    box = dlg.canvas.regions[0]
    assert box.x == pytest.approx(0.11, abs=0.01) and box.w == pytest.approx(0.3, abs=0.01)
    shown = dlg.canvas.grab().toImage()  # the box is drawn as it will look: black
    centre = dlg.canvas.widget_rect(box).center().toPoint()
    assert shown.pixelColor(centre).name() == "#000000"

    copy_id = save_and_wait(qtbot, dlg, panel)
    original = next(e for e in EvidenceStore(vault).list(incident) if e.name == "face.png")
    out = Image.open(io.BytesIO(stored(vault, copy_id))).convert("RGB")
    before = Image.open(files / "face.png").convert("RGB")
    left, top, right, bottom = box.box(*out.size)
    for x in range(left, right, 5):
        for y in range(top, bottom, 5):
            assert out.getpixel((x, y)) == (0, 0, 0)
    assert out.getpixel((right + 2, bottom + 2)) == before.getpixel((right + 2, bottom + 2))
    found = derivation_of(vault, copy_id)
    assert found is not None and found.original_id == original.id
    assert found.action["mode"] == "black" and len(found.action["regions"]) == 1
    assert verify_derivation(vault, copy_id)
    # The panel lists the copy as a copy of its original, selected.
    assert panel.selected() is not None and panel.selected().id == copy_id  # type: ignore[union-attr]
    row = panel.model.row_of(copy_id)
    assert "redacted copy of “face.png”" in panel.model.item(row).data(Qt.ItemDataRole.UserRole + 2)
    assert "redacted copy of “face.png”" in panel.details.full_text()
    panel.preview()
    (preview,) = panel.open_previews()
    assert "Original: “face.png”" in preview.derivation.text()
    assert original.sha256 in preview.derivation.text()


def test_a_pdf_page_becomes_a_pixelated_picture(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    (files / "police.pdf").write_bytes(pdf_bytes(pages=3))
    import_and_wait(qtbot, panel, [files / "police.pdf"])
    dlg = open_redactor(qtbot, panel, "police.pdf")
    assert dlg.page.isVisible() and dlg.page.maximum() == 3
    dlg.page.setValue(2)
    first = dlg.canvas.image()
    assert first is not None and first.width() > 500  # rendered at a readable resolution
    dlg.pixelate.setChecked(True)
    drag(qtbot, dlg, Region(0.2, 0.2, 0.5, 0.2))
    copy_id = save_and_wait(qtbot, dlg, panel)
    info = EvidenceStore(vault).get(copy_id)
    assert info.name == "police-page2-redacted.png" and info.type == "image/png"
    found = derivation_of(vault, copy_id)
    assert found is not None and found.action["page"] == 2 and found.action["mode"] == "pixelate"
    assert verify_derivation(vault, copy_id)


def _decoration(panel: EvidencePanel, evidence_id: int) -> QImage:
    pixmap = panel.model.item(panel.model.row_of(evidence_id)).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(pixmap, QPixmap)
    return pixmap.toImage()


def test_intimate_items_are_blurred_until_shown_and_blurred_again(
    qtbot: Any, panel: EvidencePanel, vault: Vault, incident: int, files: Path
) -> None:
    import_and_wait(qtbot, panel, [noise_png(files / "private.png"), noise_png(files / "b.png")])
    by_name = {e.name: e.id for e in EvidenceStore(vault).list(incident)}
    private = by_name["private.png"]
    qtbot.waitUntil(lambda: panel.has_thumbnail(private), timeout=WAIT_MS)
    thumb = panel._thumbnails[private].toImage()
    assert _decoration(panel, private) == thumb  # not marked: shown as it is
    select_name(panel, "private.png")
    panel.intimate_action.trigger()
    assert intimate_ids(vault) == {private}
    assert panel.intimate_action.isChecked()
    veiled = _decoration(panel, private)
    assert veiled.size() == thumb.size() and veiled != thumb
    assert sum(veiled.pixel(x, 5) != thumb.pixel(x, 5) for x in range(thumb.width())) > (
        thumb.width() // 2
    )
    assert panel.reveal_button.isVisible()
    panel.reveal_button.click()
    assert _decoration(panel, private) == thumb
    assert not panel.reveal_button.isVisible()

    # The preview too: blurred, Show reveals, choosing another item blurs it again.
    panel.preview()
    (dlg,) = panel.open_previews()
    qtbot.waitUntil(lambda: isinstance(dlg.content, ImageView), timeout=WAIT_MS)
    assert dlg.veil.isVisible()
    held = dlg._held
    assert held is not None and held.image is not None
    full = held.image
    assert dlg.content.image() != full  # type: ignore[union-attr]
    dlg.show_button.click()
    assert dlg.content.image() == full  # type: ignore[union-attr]
    select_name(panel, "b.png")
    assert _decoration(panel, private) == veiled  # the thumbnail, blurred again
    assert isinstance(dlg.content, ImageView) and dlg.content.image() != full
    assert dlg.show_button.isEnabled()
    # Locking (the panel's clear) forgets the Show: unlocked again, it is blurred.
    select_name(panel, "private.png")
    panel.reveal_button.click()
    assert _decoration(panel, private) == thumb
    panel.clear()
    assert not panel.open_previews()
    panel.set_vault(vault)
    panel.set_incident(incident)
    qtbot.waitUntil(lambda: panel.has_thumbnail(private), timeout=WAIT_MS)
    assert _decoration(panel, private) == veiled
    # Unmarked: shown as it is again.
    select_name(panel, "private.png")
    panel.intimate_action.trigger()
    assert intimate_ids(vault) == set()
    assert _decoration(panel, private) == thumb


def test_locking_drops_the_redaction_window(qtbot: Any, panel: EvidencePanel, files: Path) -> None:
    import_and_wait(qtbot, panel, [noise_png(files / "x.png")])
    dlg = open_redactor(qtbot, panel, "x.png")
    canvas = dlg.canvas
    panel.clear()
    assert canvas.image() is None and not panel.open_redactors()
    settle(qtbot)


def _needles(data: bytes, size: int = 48) -> list[bytes]:
    step = max(1, len(data) // 6)
    return [data[i : i + size] for i in range(0, len(data) - size, step)]


def test_no_decrypted_picture_reaches_the_disk(
    qtbot: Any,
    panel: EvidencePanel,
    vault: Vault,
    incident: int,
    files: Path,
    sandbox: dict[str, Path],
) -> None:
    """Canary: thumbnails, previews, the window, the saved copy and Show leave no plaintext
    picture under HOME, TMPDIR or the vault (file bytes, and raw pixel rows in RGB/BGRA)."""
    source = noise_png(files / "canary.png", seed=99)
    import_and_wait(qtbot, panel, [source])
    original_id = EvidenceStore(panel.vault).list(incident)[0].id  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: panel.has_thumbnail(original_id), timeout=WAIT_MS)
    select_name(panel, "canary.png")
    panel.intimate_action.trigger()
    panel.reveal_button.click()
    panel.preview()
    (preview,) = panel.open_previews()
    qtbot.waitUntil(lambda: preview.content is not None, timeout=WAIT_MS)
    preview.show_button.click()
    dlg = open_redactor(qtbot, panel, "canary.png")
    drag(qtbot, dlg, Region(0.3, 0.3, 0.3, 0.3))
    copy_id = save_and_wait(qtbot, dlg, panel)
    copy = stored(vault, copy_id)
    pixels = Image.open(source).convert("RGB")
    rows = [pixels.crop((0, y, 300, y + 1)).tobytes() for y in (3, 100, 190)]
    bgra = [
        b"".join(bytes((row[i + 2], row[i + 1], row[i], 255)) for i in range(0, 90, 3))
        for row in rows
    ]
    needles = _needles(source.read_bytes()) + _needles(copy) + [r[:90] for r in rows] + bgra
    source.unlink()
    found = []
    for root in (sandbox["home"], sandbox["tmp"], sandbox["vault"]):
        for folder, _dirs, names in os.walk(root):
            for name in names:
                data = Path(folder, name).read_bytes()
                found += [f"{folder}/{name}" for n in needles if n in data]
    assert found == []
    assert isinstance(preview, EvidencePreview)
    settle(qtbot)


def test_the_point_maps_to_fractions(qtbot: Any) -> None:
    """The view is scaled: a box drawn on it is a box of the stored picture."""
    canvas = RedactCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 400)
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    canvas.set_image(image)
    pic = canvas.picture_rect()
    assert (pic.width(), pic.height()) == (400, 200) and pic.top() == 100
    point = canvas._fraction(QPointF(200, 150))
    assert (point.x(), point.y()) == (0.5, 0.25)

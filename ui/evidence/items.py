"""The evidence list: one row per file, a thumbnail (or a type badge), name and details."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.evidence.store import EvidenceInfo
from app.sizes import human_size
from ui.evidence.images import veiled
from ui.labels import local_time

ID_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
BADGE_ROLE = Qt.ItemDataRole.UserRole + 3
INFO_ROLE = Qt.ItemDataRole.UserRole + 4

THUMB = 56
PAD = 6
ROW_HEIGHT = THUMB + 2 * PAD

_ARCHIVES = {
    "application/zip",
    "application/gzip",
    "application/x-7z-compressed",
    "application/vnd.rar",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("EvidencePanel", text)


def type_label(mime: str) -> str:
    """A type a person understands: "PNG image", "PDF document", "Text"…"""
    main, _, sub = mime.partition("/")
    if main == "image":
        short = sub.split("+")[0].upper()
        return _t("{format} image").replace("{format}", short)
    if mime == "application/pdf":
        return _t("PDF document")
    if mime == "text/html":
        return _t("Web page")
    if mime == "application/json":
        return _t("JSON data")
    if main == "text":
        return _t("Text")
    if main == "audio":
        return _t("Audio")
    if main == "video":
        return _t("Video")
    if mime in _ARCHIVES:
        return _t("Archive")
    if "wordprocessingml" in mime or mime == "application/rtf":
        return _t("Document")
    if "spreadsheetml" in mime:
        return _t("Spreadsheet")
    if "presentationml" in mime:
        return _t("Presentation")
    return _t("File")


def badge_label(mime: str) -> str:
    """Short text drawn where a thumbnail would be."""
    main, _, sub = mime.partition("/")
    if mime == "application/pdf":
        return "PDF"
    if main == "image":
        return sub.split("+")[0].upper()[:4]
    if mime == "application/json":
        return "JSON"
    if mime == "text/html":
        return "HTML"
    if main == "text":
        return _t("TEXT")
    if main == "audio":
        return _t("AUDIO")
    if main == "video":
        return _t("VIDEO")
    if mime in _ARCHIVES:
        return "ZIP" if mime == "application/zip" else _t("ARCH")
    if "wordprocessingml" in mime:
        return "DOC"
    if "spreadsheetml" in mime:
        return "XLS"
    if "presentationml" in mime:
        return "PPT"
    return _t("FILE")


def meta_line(info: EvidenceInfo) -> str:
    parts = [human_size(info.size), type_label(info.type)]
    parts.append(_t("added {time}").replace("{time}", local_time(info.imported_at, compact=True)))
    if info.captured_at:
        parts.append(_t("seen {time}").replace("{time}", info.captured_at.replace("T", " ")))
    return " · ".join(parts)


def tooltip(info: EvidenceInfo) -> str:
    """Rich text, so every piece of user data is escaped."""
    rows = [
        f"<b>{html.escape(info.name)}</b>",
        html.escape(meta_line(info)),
        html.escape(_t("SHA-256: {hash}").replace("{hash}", info.sha256)),
    ]
    if info.source_url:
        rows.append(html.escape(_t("Source: {url}").replace("{url}", info.source_url)))
    return "<br>".join(rows)


def veiled_pixmap(pixmap: QPixmap) -> QPixmap:
    """The thumbnail of evidence marked intimate, blurred (ui/evidence/images.py veiled)."""
    out = QPixmap.fromImage(veiled(pixmap.toImage()))
    out.setDevicePixelRatio(pixmap.devicePixelRatio())
    return out


class EvidenceModel(QStandardItemModel):
    """Rows of one incident's evidence; thumbnails are set later, as they are decoded.

    Thumbnails of ids in ``hidden`` (evidence marked intimate, not chosen to be seen) are
    shown blurred; ``notes`` add a line before the details (a redacted copy's original).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hidden: set[int] = set()

    def set_items(
        self,
        items: list[EvidenceInfo],
        thumbnails: dict[int, QPixmap],
        hidden: set[int] | None = None,
        notes: dict[int, str] | None = None,
    ) -> None:
        self.clear()
        self.hidden = set(hidden or ())
        for info in items:
            meta = meta_line(info)
            note = (notes or {}).get(info.id)
            if note:
                meta = note + " · " + meta
            item = QStandardItem(info.name)
            item.setEditable(False)
            item.setData(info.id, ID_ROLE)
            item.setData(info, INFO_ROLE)
            item.setData(meta, META_ROLE)
            item.setData(badge_label(info.type), BADGE_ROLE)
            item.setData(tooltip(info), Qt.ItemDataRole.ToolTipRole)
            item.setData(f"{info.name}, {meta}", Qt.ItemDataRole.AccessibleTextRole)
            self.appendRow(item)
            if info.id in thumbnails:
                self.set_thumbnail(info.id, thumbnails[info.id])

    def row_of(self, evidence_id: int) -> int:
        for row in range(self.rowCount()):
            if self.item(row).data(ID_ROLE) == evidence_id:
                return row
        return -1

    def set_thumbnail(self, evidence_id: int, pixmap: QPixmap) -> None:
        row = self.row_of(evidence_id)
        if row >= 0:
            shown = veiled_pixmap(pixmap) if evidence_id in self.hidden else pixmap
            self.item(row).setData(shown, Qt.ItemDataRole.DecorationRole)

    def set_hidden(self, hidden: set[int], thumbnails: dict[int, QPixmap]) -> None:
        """Blur (or show) thumbnails again: another item was chosen, or Show was pressed."""
        changed = self.hidden ^ hidden
        self.hidden = set(hidden)
        for evidence_id in changed:
            if evidence_id in thumbnails:
                self.set_thumbnail(evidence_id, thumbnails[evidence_id])

    def info(self, row: int) -> EvidenceInfo | None:
        item = self.item(row) if 0 <= row < self.rowCount() else None
        return item.data(INFO_ROLE) if item is not None else None


class EvidenceDelegate(QStyledItemDelegate):
    """Thumbnail or badge on the left; the name, and size · type · time under it."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(max(option.rect.width(), 200), ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        opt.text = ""
        opt.icon = QIcon()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect
        box = QRect(r.left() + PAD, r.top() + PAD, THUMB, THUMB)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            dpr = pixmap.devicePixelRatio() or 1.0
            size = pixmap.size() / dpr
            size.scale(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(box.center())
            painter.drawPixmap(target, pixmap)
            painter.setPen(pal.color(QPalette.ColorRole.Mid))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target.adjusted(0, 0, -1, -1))
        else:
            painter.setPen(pal.color(QPalette.ColorRole.Mid))
            painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(box.adjusted(4, 4, -4, -4), 6, 6)
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.0))
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(index.data(BADGE_ROLE) or ""))

        left = box.right() + PAD + 4
        width = r.right() - PAD - left
        name_font = QFont(option.font)
        name_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(name_font)
        painter.setPen(pal.color(text_role))
        fm = painter.fontMetrics()
        name = fm.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideMiddle, width
        )
        line = fm.height()
        top = r.top() + (r.height() - 2 * line - 4) // 2
        painter.drawText(QRect(left, top, width, line), Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(option.font)
        fm = painter.fontMetrics()
        if not selected:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        meta = fm.elidedText(str(index.data(META_ROLE) or ""), Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(left, top + line + 4, width, fm.height()), Qt.AlignmentFlag.AlignVCenter, meta
        )
        painter.restore()

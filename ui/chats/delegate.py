"""How one message row looks: sender and local time above, the text below (elided).

Placeholders (media not in the export, deleted or unsent messages) are italic and dim;
system and service notices are centred, italic and dim, with no sender line. Everything is
drawn as plain text: nothing a sender wrote is ever read as markup.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.chats.model import DELETED, MEDIA, SERVICE, SYSTEM, UNSENT
from ui.chats.message_model import MessageRole
from ui.labels import local_time

PAD = 6
NOTICE_KINDS = (SYSTEM, SERVICE)
PLACEHOLDER_KINDS = (MEDIA, DELETED, UNSENT)


def tr(text: str) -> str:
    return QCoreApplication.translate("MessageDelegate", text)


PLATFORMS = {  # the platform as its users call it
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "instagram": "Instagram",
    "facebook": "Messenger",
}


def kind_name(kind: str) -> str:
    """The kind in the person's language (the stored value is English and fixed)."""
    names = {
        "text": tr("text"),
        MEDIA: tr("media"),
        DELETED: tr("deleted"),
        UNSENT: tr("unsent"),
        SYSTEM: tr("system notice"),
        SERVICE: tr("service message"),
    }
    return names.get(kind, kind)


def one_line(text: str) -> str:
    return " ".join(text.split())


class MessageDelegate(QStyledItemDelegate):
    """Two lines a row, one height for every row (so 100,000 rows scroll without reading)."""

    @staticmethod
    def row_height(font: QFont) -> int:
        return 2 * QFontMetrics(font).lineSpacing() + 3 * PAD

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, self.row_height(option.font))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        m: dict[str, Any] | None = index.data(MessageRole)
        painter.save()
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal: QPalette = option.palette
        text_color = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect: QRect = option.rect.adjusted(PAD * 2, PAD, -PAD * 2, -PAD)
        line = QFontMetrics(option.font).lineSpacing()
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        bottom = QRect(rect.left(), rect.top() + line + PAD, rect.width(), line)
        if m is None:
            painter.setPen(dim)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft, tr("Reading…"))
            painter.restore()
            return
        when = local_time(m["time"], compact=True)
        italic = QFont(option.font)
        italic.setItalic(True)
        if m["kind"] in NOTICE_KINDS:
            painter.setFont(italic)
            painter.setPen(dim)
            painter.drawText(top, Qt.AlignmentFlag.AlignHCenter, when)
            text = QFontMetrics(italic).elidedText(
                one_line(m["text"]), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter, text)
            painter.restore()
            return
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(option.font)
        painter.setPen(dim)
        time_width = QFontMetrics(option.font).horizontalAdvance(when) + PAD
        painter.drawText(top, Qt.AlignmentFlag.AlignRight, when)
        painter.setFont(bold)
        painter.setPen(text_color)
        sender = QFontMetrics(bold).elidedText(
            m["sender"] or tr("(no sender)"),
            Qt.TextElideMode.ElideRight,
            max(rect.width() - time_width, 20),
        )
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft, sender)
        body = one_line(m["text"])
        if m["attachments"] and not body:
            body = ", ".join(a["path"] or a["placeholder"] or "" for a in m["attachments"])
        if m["kind"] in PLACEHOLDER_KINDS:
            painter.setFont(italic)
            painter.setPen(dim)
            if m["kind"] != MEDIA or not body:
                body = body or kind_name(m["kind"])
            metrics = QFontMetrics(italic)
        else:
            painter.setFont(option.font)
            painter.setPen(text_color)
            metrics = QFontMetrics(option.font)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(body, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

"""Line breaking for the PDF report, in linear time, with fpdf2's own rules.

Why: fpdf2's ``multi_cell`` re-measures the whole line so far for every character it adds
(``CurrentLine.width`` sums every fragment again), so a line costs the square of its
length; it was three quarters of a 1,000-incident report's time. Here the width of the
line so far is a running sum of the font's per-character widths (TTFFont ``cw``, in
thousandths of the font size), so each character is looked at once. The rules are
``MultiLineBreak.get_line``'s for one font and one style: the line may be as wide as the
cell less its two ``c_margin`` clearances; "\\n" ends a line; in WORD mode a line breaks
at its last breaking space (or soft hyphen, drawn as "-"), and a word longer than the line
is broken between characters; in CHAR mode a line breaks before the character that does
not fit, its trailing spaces dropped. The widths are computed with fpdf2's own arithmetic,
so a line breaks exactly where ``multi_cell`` would break it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from fpdf import FPDF
from fpdf.enums import WrapMode

BREAKING_SPACES = frozenset(
    " \u200b\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\t"
)
NBSP = "\u00a0"
SOFT_HYPHEN = "\u00ad"
HYPHEN = "-"
TOLERANCE = 1e-9  # fpdf2's FloatTolerance: a line may exceed its width by this much


@dataclass(frozen=True)
class Wrapped:
    """The lines of a text; ``trailing_newline`` when it ended with "\\n" (one more line
    of height follows, as after multi_cell)."""

    lines: list[str]
    trailing_newline: bool = False


def break_lines(
    text: str,
    units: Callable[[str], float],
    to_width: Callable[[float], float],
    max_width: float,
    char_mode: bool = False,
) -> Wrapped:
    """Break ``text`` into lines no wider than ``max_width``.

    ``units(c)`` is a character's width in font units and ``to_width(sum)`` turns a sum of
    units into document units (both as fpdf2 computes them, so the comparison agrees with
    fpdf2's to the last bit). Every character is kept in order: the lines joined give the
    text back, less "\\n", soft hyphens (a "-" where one breaks), the breaking space at each
    WORD break and the trailing spaces of a CHAR break. Unlike fpdf2, a last line of
    zero-width characters alone (a stray combining mark) is kept, not dropped.
    """
    lines: list[str] = []
    trailing = False
    i, n = 0, len(text)
    while i < n:
        chars: list[str] = []
        total: float = 0  # units of the characters on the line so far
        space: tuple[int, float, int] | None = None  # (len(chars), total, i) at the last space
        hyphen: tuple[int, float, int] | None = None  # the same at the last soft hyphen
        ended = False
        while i < n:
            ch = text[i]
            if ch == "\n":
                i += 1
                lines.append("".join(chars))
                trailing = i == n
                ended = True
                break
            width = units(HYPHEN if ch == SOFT_HYPHEN else ch)
            if to_width(total) + to_width(width) - max_width > TOLERANCE:
                if ch in BREAKING_SPACES:  # the space that does not fit is dropped
                    i += 1
                elif not chars:  # one character wider than the line: it goes alone
                    chars.append(ch)
                    i += 1
                elif char_mode:
                    while chars and chars[-1] == " ":
                        chars.pop()
                elif space is not None or hyphen is not None:
                    if hyphen is not None and (space is None or hyphen[1] > space[1]):
                        chars = [*chars[: hyphen[0]], HYPHEN]
                        i = hyphen[2] + 1
                    else:
                        assert space is not None
                        chars = chars[: space[0]]
                        i = space[2] + 1
                lines.append("".join(chars))
                ended = True
                break
            if ch in BREAKING_SPACES:
                space = (len(chars), total, i)
            elif ch == NBSP:  # drawn as a plain space, as fpdf2 does (word spacing)
                ch = " "
                width = units(ch)
            elif ch == SOFT_HYPHEN:
                hyphen = (len(chars), total, i)
                i += 1
                continue
            chars.append(ch)
            total += width
            i += 1
        if not ended and chars:
            lines.append("".join(chars))
    return Wrapped(lines, trailing)


def font_lines(pdf: FPDF, text: str, w: float, wrapmode: WrapMode = WrapMode.WORD) -> Wrapped:
    """``text`` in ``pdf``'s current font, broken for a cell ``w`` wide (0: to the right
    margin from ``pdf.x``), as ``multi_cell`` without padding would break it."""
    font = pdf.current_font
    if w == 0:
        w = pdf.w - pdf.r_margin - pdf.x
    if pdf.char_spacing or pdf.font_stretching != 100 or pdf.text_shaping:
        raise ValueError("the report's wrapper measures plain text only")
    cw = cast_widths(font)
    size_pt, k = pdf.font_size_pt, pdf.k
    max_width = w - 2 * pdf.c_margin

    def units(c: str) -> float:
        return cw[ord(c)]

    def to_width(total: float) -> float:
        return total * size_pt * 0.001 / k  # fpdf2's Fragment.get_width, operation by operation

    text = text.replace("\r", "")  # as multi_cell does
    return break_lines(text, units, to_width, max_width, wrapmode == WrapMode.CHAR)


def cast_widths(font: object) -> Mapping[int, float]:
    """The font's width table; only embedded TrueType fonts (the report's) have one by
    code point."""
    cw = getattr(font, "cw", None)
    if not isinstance(cw, Mapping) or getattr(font, "is_symbol", False):
        raise ValueError("the report's wrapper needs an embedded TrueType font")
    return cw

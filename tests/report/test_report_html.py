"""report.html: escaping, confinement (CSP, no scripts, nothing remote), content, images."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from app.report import render_html
from app.report.html_report import CSP
from tests.report.sample import (
    AZ_LETTERS,
    AZ_TITLE,
    IMG_TITLE,
    LONG_URL,
    RU_TITLE,
    SCRIPT_TITLE,
    Sample,
    make_sample,
)

VOID = {"meta", "br", "img", "hr", "link", "input", "col", "wbr"}
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "section", "div", "p",
    "h1", "h2", "h3", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "a",
    "span", "br", "ul", "li", "figure", "figcaption", "img", "svg", "line", "rect", "text",
}  # fmt: skip


class Collector(HTMLParser):
    """Every tag with its attributes, and a check that elements nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Collector:
    parser = Collector()
    parser.feed(page)
    parser.close()
    assert parser.problems == [] and parser.stack == []
    return parser


@pytest.fixture(scope="module")
def sample() -> Sample:
    return make_sample()


@pytest.fixture(scope="module")
def page(sample: Sample) -> str:
    return render_html(sample.report_input())


def test_strict_csp_and_no_script(page: str) -> None:
    assert isinstance(page, str) and page.startswith("<!DOCTYPE html>")
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in page
    assert CSP == "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"
    assert "<script" not in page.lower()
    assert "base64" not in page and "data:image" not in page  # only intimate pictures
    assert "@import" not in page and "url(" not in page  # no remote fonts or styles


def test_user_text_is_escaped(page: str) -> None:
    assert "&lt;script&gt;alert(1)&lt;/script&gt; fake advert" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<img src=x" not in page
    parsed = parse(page)
    text = "".join(parsed.text)
    assert SCRIPT_TITLE in text and IMG_TITLE in text  # shown as typed, never as markup


def test_only_known_tags_and_safe_attributes(page: str) -> None:
    for tag, attrs in parse(page).tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src"):
                assert value is not None
                assert value.startswith(("#", "evidence/", "http://", "https://")), value
                assert not value.lower().startswith("javascript:")
        if tag == "img":
            assert set(attrs) == {"src", "loading", "decoding", "alt"}
            assert attrs["loading"] == "lazy"
            assert attrs["src"] and attrs["src"].startswith("evidence/")


def test_external_links_only_for_http_and_without_referrer(page: str) -> None:
    links = [a for tag, a in parse(page).tags if tag == "a"]
    external = [a for a in links if (a.get("href") or "").startswith("http")]
    assert {a["href"] for a in external} == {LONG_URL, "http://example.net/пост?id=1&x=<b>"}
    for a in external:
        assert a["rel"] == "noreferrer noopener"
    assert "javascript:alert(1)" in "".join(parse(page).text)  # as text only
    assert 'href="javascript' not in page


def test_scripts_and_words(page: str) -> None:
    text = " ".join("".join(parse(page).text).split())
    for expected in (AZ_TITLE, AZ_LETTERS, RU_TITLE, "Bakı, Nəsimi rayonu", LONG_URL):
        assert expected in text
    for label in (
        "Anonymous channel or account: Qara Xəbər",
        "Reported to the platform",
        "8 Mar 2024 (known to the day)",
        "4 — severe",
        "Who was targeted",
        "Title at that revision",
        "Prepared by",
        "Leyla Testova",
        "ssh-keygen -Y verify",
        "sha256sum",
    ):
        assert label in text, label
    assert 'dir="auto"' in page  # RTL text keeps its own direction


def test_images_are_linked_lazily_never_embedded(page: str, sample: Sample) -> None:
    imgs = [a for tag, a in parse(page).tags if tag == "img"]
    assert [i["src"] for i in imgs] == [
        "evidence/1/11-advert-screenshot.png",
        "evidence/2/21-%C5%9F%C9%99kil.jpg",
    ]
    assert "(preview unavailable)" in page  # the corrupt JPEG
    # the damaged image's name is escaped and its path percent-encoded in the file link
    assert 'href="evidence/1/13-%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.jpg"' in page
    assert all(stream.closed for stream in sample.opened)


def test_chart_is_inline_svg_with_legend(page: str) -> None:
    assert page.count("<svg") == 1
    assert "Threat or intimidation" in page.split("<svg", 1)[1]
    assert re.search(r'<ul class="legend">.*Doxxing or impersonation', page)


def test_no_chart_without_dates_and_empty_report() -> None:
    sample = make_sample()
    undated = [{k: v for k, v in d.items() if k != "occurred_at"} for d in sample.incidents]
    assert "<svg" not in render_html(sample.report_input(incidents=undated))
    empty = render_html(sample.report_input(incidents=[], author=None, signing_fingerprint=None))
    parse(empty)
    assert "This report holds no incidents." in empty
    assert "anonymous" in empty and "not signed" in empty


def test_large_and_unreadable_images_are_listed() -> None:
    sample = make_sample()
    small = render_html(sample.report_input(max_inline_image_bytes=500))
    assert "<img" not in small and "not shown: larger than 500 B" in small

    def broken(incident_id: int, evidence_id: int) -> io.BytesIO:
        raise OSError("gone")

    failing = render_html(sample.report_input(open_evidence=broken))
    assert "<img" not in failing and failing.count("(preview unavailable)") == 3


@pytest.mark.parametrize(
    "path",
    ["/etc/passwd", "../outside.png", "evidence/../../x.png", "//host/x.png", "C:/x.png", ""],
)
def test_unsafe_evidence_paths_never_become_urls(path: str) -> None:
    sample = make_sample()
    page = render_html(sample.report_input(evidence_path=lambda i, e: path))
    for tag, attrs in parse(page).tags:
        if tag in ("a", "img"):
            assert not (attrs.get("href") or attrs.get("src") or "").startswith(("/", "."))
    assert "<img" not in page


def test_active_evidence_types_are_not_linked() -> None:
    sample = make_sample()
    docs: list[dict[str, Any]] = [dict(sample.incidents[1])]
    docs[0]["evidence"] = [dict(docs[0]["evidence"][0], type="text/html", name="page.html")]
    page = render_html(sample.report_input(incidents=docs, evidence_path=lambda i, e: "e/p.html"))
    assert 'href="e/p.html"' not in page and "e/p.html" in page

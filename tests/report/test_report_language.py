"""The report and README.txt speak the sender's language with English beside it.

A bundle from Baku is read by a lawyer or a court elsewhere: each label is in Azerbaijani
or Russian followed by the English ("Kateqoriyalar / Categories"), in the PDF (its real text,
read back with pdftotext) and the HTML alike; README.txt has the sender's version first and
the English after it, with the same commands. English senders get English alone, and what
the person wrote is never translated. export_bundle takes the diary's language by default.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from app import settings as settings_store
from app.bundle import layout
from app.report import render_html, render_pdf
from tests.report.sample import make_sample
from tests.report.test_report_pdf import flat, pdf_pages_text

# label in the sender's language, and the English beside it
LABELS = {
    "az": [
        "Hadisələr haqqında hesabat / Incident report",
        "Kateqoriyalar / Categories",
        "Ciddilik / Severity",
        "Xronologiya / Chronology",
        "Bütövlük / Integrity",
        "Təsvir / Narrative",
        "Sübut / Evidence",
    ],
    "ru": [
        "Отчёт об инцидентах / Incident report",
        "Категории / Categories",
        "Тяжесть / Severity",
        "Хронология / Chronology",
        "Целостность / Integrity",
        "Описание / Narrative",
        "Доказательство / Evidence",
    ],
}
WRITTEN = "An escort website published an advert with my photo"  # the person's own words


@pytest.fixture(scope="module")
def sample():  # type: ignore[no-untyped-def]
    return make_sample()


def _doxxing(lang: str) -> str:
    from app.i18n import catalogue

    return catalogue(lang)("vocabulary", "Doxxing or impersonation")


@pytest.mark.parametrize("lang", sorted(LABELS))
def test_html_report_labels_in_both_languages(lang: str, sample) -> None:  # type: ignore[no-untyped-def]
    text = html.unescape(render_html(sample.report_input(language=lang)))
    expected = [*LABELS[lang], f"{_doxxing(lang)} / Doxxing or impersonation"]
    missing = [label for label in expected if label not in text]
    assert not missing, missing
    assert f'<html lang="{lang}">' in text
    assert WRITTEN in text


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(LABELS))
def test_pdf_report_labels_in_both_languages(lang: str, sample) -> None:  # type: ignore[no-untyped-def]
    text = flat(" ".join(pdf_pages_text(render_pdf(sample.report_input(language=lang)))))
    missing = [label for label in LABELS[lang] if flat(label) not in text]
    assert not missing, missing
    assert flat(WRITTEN) in text
    if lang == "az":
        assert "MƏXFİ · HƏSSAS ŞƏXSİ MƏLUMATLAR VAR / CONFIDENTIAL" in text  # dotted İ


def test_an_english_report_has_english_alone(sample) -> None:  # type: ignore[no-untyped-def]
    text = html.unescape(render_html(sample.report_input()))
    assert "Categories" in text
    assert " / Categories" not in text
    assert "Kateqoriyalar" not in text and "Категории" not in text


@pytest.mark.parametrize(
    ("lang", "heading", "section"),
    [
        ("az", "QUIRE SÜBUT PAKETİ", "3. Heç bir faylın dəyişmədiyini yoxlamaq"),
        ("ru", "ПАКЕТ ДОКАЗАТЕЛЬСТВ QUIRE", "3. Проверка, что ни один файл не изменён"),
    ],
)
def test_readme_in_the_senders_language_then_english(lang: str, heading: str, section: str) -> None:
    for signed in (True, False):
        readme = layout.readme_text(signed, lang)
        english = layout.readme_text(signed)
        assert readme.startswith(heading)
        assert readme.endswith(english)  # the English whole, after the sender's version
        local = readme[: -len(english)]
        assert section in local
        assert "sha256sum -c SHA256SUMS" in local and "sha256sum -c SHA256SUMS" in english
        if signed:
            assert local.count("ssh-keygen -Y verify") == 2
    assert layout.readme_text(True, "en") == layout.readme_text(True)


@pytest.mark.slow
def test_export_speaks_the_diarys_language(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """quire-cli and the app make the same bundle: the report follows settings.json."""
    from app.age.keys import generate_identity
    from app.bundle.export import Selection, export_bundle
    from app.bundle.receive import open_zip
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore

    IncidentStore(vault).create(
        IncidentRecord.from_dict(
            {"title": "Zz", "occurred_at": "2025-05-14", "categories": ["threat"]}
        )
    )
    prefs = settings_store.load(vault.home)
    prefs.language = "ru"
    settings_store.save(vault.home, prefs)
    key = generate_identity()
    out = tmp_path / "b.age"
    export_bundle(vault, Selection(all=True), [key.recipient], out)
    with open_zip(out, [key]) as zf:
        report = zf.read(layout.REPORT_HTML).decode()
        readme = zf.read(layout.README).decode()
    assert "Категории / Categories" in html.unescape(report)
    assert readme.startswith("ПАКЕТ ДОКАЗАТЕЛЬСТВ QUIRE")

"""Names and fixed texts inside a bundle's ZIP (the contract of docs/BUNDLE_FORMAT.md)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import catalogue

FORMAT = "quire-bundle"
VERSION = 1
SIGNATURE_NAMESPACE = "quire-bundle"
SIGNER_PRINCIPAL = "quire-bundle-signer"

MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.sig"
SUMS = "SHA256SUMS"
SUMS_SIG = "SHA256SUMS.sig"
SIGNING_KEY = "signing_key.pub"
ALLOWED_SIGNERS = "allowed_signers"
README = "README.txt"
REPORT_PDF = "report.pdf"
REPORT_HTML = "report.html"
TIMESTAMP_REQUEST = "timestamp-request.tsq"  # RFC 3161 request for manifest.json's hash

_UNSAFE = re.compile(r"[^\w.\-]+")


def incident_path(incident_id: int) -> str:
    return f"incidents/{incident_id}.json"


def evidence_path(incident_id: int, evidence_id: int, name: str, *, as_annex: bool = False) -> str:
    """A portable file name: letters, digits, '.', '-', '_' only; nothing else survives.

    In a court annex the file carries its annex number: ``evidence/2/A3-photo.png``."""
    clean = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip("._") or "file"
    number = annex(evidence_id) if as_annex else str(evidence_id)
    return f"evidence/{incident_id}/{number}-{clean[-100:]}"


def annex(number: int) -> str:
    """An evidence file's annex label in a court annex: A1, A2, … (chronological order)."""
    return f"A{number}"


def source_path(number: int, name: str) -> str:
    """Where an original chat export that excerpts cite lies (numbered in the bundle)."""
    clean = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip("._") or "file"
    return f"sources/{number}-{clean[-100:]}"


def readme_text(signed: bool, language: str = "en") -> str:
    """README.txt: how a receiver opens and checks the bundle with standard tools alone.

    In the sender's language first when it is not English, then in English for the
    receiving court or organisation; the commands are the same in both.
    """
    english = _readme(signed, lambda text: text)
    if language == "en":
        return english
    local = _readme(signed, lambda text: catalogue(language)("readme", text))
    return english if local == english else local + "\n\n" + english


def _readme(signed: bool, say: Callable[[str], str]) -> str:
    """The README's lines: sentences through ``say``, commands as they are."""
    lines = [
        say(_T("readme", "QUIRE EVIDENCE BUNDLE")),
        "=====================",
        "",
        say(
            _T(
                "readme",
                "This folder came out of a sealed bundle made with Quire, an encrypted diary of\n"
                "harassment. It was encrypted so that only your organisation's key can open it.",
            )
        ),
        "",
        say(_T("readme", "1. Decrypting (if you have not already)")),
        "   With Quire:     quire-cli open BUNDLE.age -i your-key.txt -o FOLDER",
        "   With age:       age -d -i your-key.txt -o bundle.zip BUNDLE.age",
        "                   then unzip bundle.zip",
        "",
        say(_T("readme", "2. Reading")),
        say(
            _T(
                "readme",
                "   report.pdf and report.html are the readable report: cover, chronology,\n"
                "   and every incident in full with its evidence table. incidents/*.json hold the\n"
                "   same records for import into a case database (format: manifest.json,\n"
                "   'format' and 'version'). evidence/ holds the original files, byte for byte.\n"
                "   sources/ (when present) holds the original chat exports that the report's\n"
                "   chat excerpts cite: each message's citation names the export's SHA-256 and\n"
                "   the message's index (#) in it.",
            )
        ),
        "",
        say(_T("readme", "3. Checking that no file was changed")),
        say(_T("readme", "   In this folder run:")) + "   sha256sum -c SHA256SUMS",
        "   (Windows PowerShell:  Get-FileHash -Algorithm SHA256 FILE)",
        say(
            _T(
                "readme",
                "   Every line must say OK. manifest.json lists the same SHA-256 values and sizes.",
            )
        ),
        "",
    ]
    if signed:
        lines += [
            say(
                _T(
                    "readme",
                    "4. Checking the signature (who made it, and that the lists are unaltered)\n"
                    "   ssh-keygen ships with current Windows, macOS and Linux. Run:",
                )
            ),
            f"   ssh-keygen -Y verify -f {ALLOWED_SIGNERS} -I {SIGNER_PRINCIPAL} "
            f"-n {SIGNATURE_NAMESPACE} -s {MANIFEST_SIG} < {MANIFEST}",
            f"   ssh-keygen -Y verify -f {ALLOWED_SIGNERS} -I {SIGNER_PRINCIPAL} "
            f"-n {SIGNATURE_NAMESPACE} -s {SUMS_SIG} < {SUMS}",
            say(
                _T(
                    "readme",
                    "   Each must print 'Good \"quire-bundle\" signature'. The key's fingerprint\n"
                    "   ({command}) is the same in every bundle from the same\n"
                    "   diary: compare it with earlier bundles or with the person who sent it.",
                )
            ).replace("{command}", f"ssh-keygen -lf {SIGNING_KEY}"),
        ]
    else:
        lines += [
            say(
                _T(
                    "readme",
                    "4. Signature\n"
                    "   This bundle is not signed: its maker chose not to link it to their diary.\n"
                    "   It carries no ids, exact record times or revision chain head from the "
                    "diary\n"
                    "   (ids count from 1 in each bundle; record times are given to the day).\n"
                    "   The hashes above still show whether any file changed after it was made.",
                )
            ),
        ]
    lines += [
        "",
        say(
            _T(
                "readme",
                "5. Time others can vouch for (RFC 3161)\n"
                "   {request} asks a time-stamping authority (TSA) to sign the SHA-256 of\n"
                "   {manifest}. Send it to one soon after you receive the bundle (the sender\n"
                "   cannot: Quire never goes online), keep the token with the bundle:",
            )
        )
        .replace("{request}", TIMESTAMP_REQUEST)
        .replace("{manifest}", MANIFEST),
        '   curl -H "Content-Type: application/timestamp-query" '
        f"--data-binary @{TIMESTAMP_REQUEST} https://freetsa.org/tsr > token.tsr",
        say(_T("readme", "   (or any other TSA). Read and check the token:")),
        "   openssl ts -reply -in token.tsr -text",
        f"   openssl ts -verify -in token.tsr -queryfile {TIMESTAMP_REQUEST} "
        "-CAfile TSA-CA.pem -untrusted TSA.crt",
        "   quire-cli verify BUNDLE.age -i your-key.txt --tsr token.tsr --tsa-cert TSA-CA.pem",
        say(
            _T(
                "readme",
                "   A good token proves that {manifest}, and so every file it lists by its\n"
                "   SHA-256, existed no later than the token's time. It does not prove when\n"
                "   the incidents happened or who made the bundle.",
            )
        ).replace("{manifest}", MANIFEST),
    ]
    return "\n".join(lines) + "\n"

"""A passphrase file whose scrypt work factor needs more memory than the process can get.

Work factor 22 (age's own limit when decrypting) needs 4 GiB: on a small laptop that was
a MemoryError traceback. It is a HeaderError with the reason now. The child process gets
a 1.5 GiB address-space limit, so the test shows what a small machine sees.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHILD = """
import io, os, resource
limit = 1536 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from app.age import AgeReader, HeaderError, ScryptIdentity, Stanza
from app.age.header import encode_header
from app.age.strict_base64 import encode as b64
stanza = Stanza("scrypt", (b64(os.urandom(16)), "21"), os.urandom(32))
data = encode_header([stanza], bytes(16)) + bytes(60)
try:
    AgeReader(io.BytesIO(data), [ScryptIdentity("passphrase")])
except HeaderError as exc:
    print("refused:", exc)
"""


def test_a_work_factor_beyond_the_memory_at_hand_is_a_clear_refusal() -> None:
    r = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert "refused: scrypt work factor 21 needs 2048 MiB of memory" in r.stdout

"""Crash safety: ``quire-cli`` killed with SIGKILL at random moments loses nothing committed.

A laptop's battery dies, the user pulls the plug when someone knocks, the OS kills the
app: whatever was saved before must still open and verify, and whatever was being saved
must be there whole or not at all. These tests start the real CLI in a subprocess, kill
it with SIGKILL (no clean-up code runs) at many points — at random times, the moment an
import's temporary file appears, the moment the database's rollback journal appears —
and after every kill open the vault in this process and check it completely.

The moment of each kill comes from a seeded generator; the seed is in every failure
message, and ``QUIRE_CRASH_SEED=<n>`` replays a run.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.access import unlock_vault
from tests.conftest import PASSPHRASE
from tests.support.cli import REPO, cli_command, cli_env

MIB = 1024 * 1024


def _seed() -> int:
    return int(os.environ.get("QUIRE_CRASH_SEED") or random.SystemRandom().randrange(1 << 32))


# -- running and killing the CLI -----------------------------------------------------------
@dataclass
class Outcome:
    returncode: int
    stderr: str
    how: str  # how the kill was timed, for failure messages

    @property
    def finished(self) -> bool:
        """The command ran to its end before the kill (so all its work must be there)."""
        return self.returncode == 0


def _spawn(home: Path, args: list[str], stdin: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        cli_command("--passphrase-stdin", *args),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=cli_env(home),
        cwd=REPO,
    )
    assert proc.stdin is not None
    with contextlib.suppress(BrokenPipeError):
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    return proc


def _has_open(pid: int, suffix: str) -> bool:
    """Whether process ``pid`` holds a file whose path ends with ``suffix`` open."""
    fd_dir = f"/proc/{pid}/fd"
    try:
        fds = os.listdir(fd_dir)
    except OSError:
        return False
    for fd in fds:
        with contextlib.suppress(OSError):
            if os.readlink(f"{fd_dir}/{fd}").endswith(suffix):
                return True
    return False


def _exists_part(folder: Path) -> bool:
    with contextlib.suppress(OSError):
        return any(n.endswith(".part") for n in os.listdir(folder))
    return False


def _wait_for(proc: subprocess.Popen[bytes], ready: Callable[[], bool], limit: float) -> bool:
    """Poll (tightly) until ``ready()`` or the process ends; True when ready was seen."""
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if ready():
            return True
        time.sleep(0.0002)  # leave the CPU to the process being watched (2-core machines)
    return False


def run_and_kill(
    home: Path,
    args: list[str],
    stdin: str,
    *,
    delay: float,
    wait_until: Callable[[subprocess.Popen[bytes]], bool] | None = None,
    how: str = "",
) -> Outcome:
    """Start the CLI; kill it ``delay`` seconds after ``wait_until`` holds (or after start)."""
    proc = _spawn(home, args, stdin)
    try:
        if wait_until is not None:
            _wait_for(proc, lambda: wait_until(proc), limit=60)
        if proc.poll() is None and delay > 0:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:  # only on an error in this test: never leave it running
            proc.kill()
            proc.wait()
    assert proc.stderr is not None
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode not in (0, -signal.SIGKILL):
        pytest.fail(f"quire-cli {' '.join(args)} failed on its own ({proc.returncode}): {err}")
    return Outcome(proc.returncode, err, f"{how} +{delay * 1000:.1f} ms")


def timed_run(home: Path, args: list[str], stdin: str) -> float:
    """Run to completion (no kill); returns how long it took."""
    start = time.monotonic()
    out = run_and_kill(home, args, stdin, delay=120)
    assert out.finished, out.stderr
    return time.monotonic() - start


def stratified(rng: random.Random, n: int, top: float) -> list[float]:
    """``n`` delays covering [0, top) evenly (one random point per slice), shuffled."""
    points = [(i + rng.random()) * top / n for i in range(n)]
    rng.shuffle(points)
    return points


# -- checking the vault --------------------------------------------------------------------
def _part_files(home: Path) -> list[str]:
    return [str(p.relative_to(home)) for p in home.rglob("*") if p.name.endswith(".part")]


def _leftovers(home: Path) -> list[str]:
    """What a killed process left behind, looked at before the vault is opened again."""
    found = []
    if (home / "diary.db-journal").exists():
        found.append("database journal")
    if _exists_part(home):
        found.append("header temp file")
    if _exists_part(home / "evidence"):
        found.append("evidence temp file")
    return found


def _read_back(store, evidence_id: int) -> tuple[int, str]:
    sha = hashlib.sha256()
    size = 0
    with store.open(evidence_id) as reader:
        while chunk := reader.read(MIB):
            sha.update(chunk)
            size += len(chunk)
    return size, sha.hexdigest()


@dataclass
class Model:
    """What the test knows was committed, and what may or may not have been."""

    sources: dict[str, tuple[int, str]]  # file name -> (size, sha256)
    titles: dict[int, str] = field(default_factory=dict)  # incident id -> current title
    revisions: dict[int, int] = field(default_factory=dict)
    evidence: dict[int, str] = field(default_factory=dict)  # evidence id -> source name
    verified: set[int] = field(default_factory=set)


def check_vault(home: Path, model: Model, context: str) -> dict:
    """Open the vault (which runs recovery) and check everything; returns a snapshot."""
    from app.evidence.store import EvidenceStore
    from app.incidents.store import IncidentStore

    with unlock_vault(home, PASSPHRASE) as vault:
        report = IncidentStore(vault).verify()
        assert report.ok, f"{context}: chain problems {report.problems}"
        store = EvidenceStore(vault)
        check = store.check()
        assert check.ok, f"{context}: orphans {check.orphan_files}, missing {check.missing_blobs}"
        pending = vault.db.execute("SELECT count(*) FROM evidence WHERE state != 'complete'")
        assert pending.fetchone()[0] == 0, f"{context}: unfinished imports survived recovery"
        incidents = {
            int(r[0]): (r[1], int(r[2]))
            for r in vault.db.execute("SELECT id, title, revision FROM incidents")
        }
        evidence = {
            int(r[0]): (int(r[1]), r[2], int(r[3]), r[4])
            for r in vault.db.execute(
                "SELECT id, incident_id, name, size, sha256 FROM evidence ORDER BY id"
            )
        }
        # Nothing committed earlier was lost.
        for incident_id in model.titles:
            assert incident_id in incidents, f"{context}: incident {incident_id} vanished"
        lost = set(model.evidence) - set(evidence)
        assert not lost, f"{context}: committed evidence {sorted(lost)} vanished"
        # Every evidence file is the source it came from, byte for byte.
        for evidence_id, (_incident, name, size, digest) in evidence.items():
            assert name in model.sources, f"{context}: evidence {evidence_id} has name {name!r}"
            assert (size, digest) == model.sources[name], f"{context}: {name} recorded wrongly"
            if evidence_id not in model.verified:
                got = _read_back(store, evidence_id)
                assert got == model.sources[name], f"{context}: evidence {evidence_id} differs"
                model.verified.add(evidence_id)
    assert _part_files(home) == [], f"{context}: temporary files left: {_part_files(home)}"
    return {"incidents": incidents, "evidence": evidence}


def _make_sources(folder: Path, rng: random.Random, count: int) -> dict[str, tuple[int, str]]:
    folder.mkdir()
    sources = {}
    for i in range(count):
        size = rng.randrange(2 * MIB, 6 * MIB) + (i * 4099) % 65536
        data = os.urandom(size)
        name = f"recording-{i}.bin"
        (folder / name).write_bytes(data)
        sources[name] = (size, hashlib.sha256(data).hexdigest())
    return sources


def _new_vault(home: Path) -> None:
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    vault.lock()


# -- the attach / edit / add crash test ----------------------------------------------------
def _crash_imports_and_edits(tmp_path: Path, iterations: int) -> None:
    seed = _seed()
    rng = random.Random(seed)
    home = tmp_path / "vault"
    src_dir = tmp_path / "sources"
    sources = _make_sources(src_dir, rng, 4)
    names = sorted(sources)
    pw = PASSPHRASE + "\n"
    _new_vault(home)
    model = Model(sources)

    # Untimed first runs: they put data in place and say how long each command takes.
    took = {"add": timed_run(home, ["add", "--title", "incident 1"], pw)}
    model.titles[1], model.revisions[1] = "incident 1", 1
    took["attach"] = timed_run(home, ["attach", "1", str(src_dir / names[0])], pw)
    took["edit"] = timed_run(home, ["edit", "1", "--title", "incident 1 r2"], pw)
    model.titles[1], model.revisions[1] = "incident 1 r2", 2
    state = check_vault(home, model, f"seed {seed}, set-up")
    model.evidence = {i: e[1] for i, e in state["evidence"].items()}

    # Kill timing: a third at plain random times across the whole run, a third while an
    # evidence file is being written, a third the moment the database journal appears.
    modes = ["timer", "blob", "journal"] * (iterations // 3 + 1)
    rng.shuffle(modes)
    timed = max(1, modes[:iterations].count("timer"))
    timer_delays = iter(stratified(rng, timed, 1.15 * max(took.values())))
    kinds_seen: dict[str, int] = {}
    leftovers: dict[str, int] = {}
    for step in range(iterations):
        action = rng.choice(["attach", "attach", "edit", "add"])
        mode = modes[step]
        if action == "edit" and mode == "blob":
            mode = "journal"  # an edit writes no evidence file
        files = rng.sample(names, 2)
        if action == "attach":
            args = ["attach", "1", *(str(src_dir / f) for f in files)]
        elif action == "edit":
            new_title = f"incident 1 step {step}"
            args = ["edit", "1", "--title", new_title, "--narrative", f"narrative {step} " * 200]
        else:
            new_title = f"added at step {step}"
            args = ["add", "--title", new_title, "--attach", str(src_dir / files[0])]
            files = files[:1]

        wait_until: Callable[[subprocess.Popen[bytes]], bool] | None = None
        if mode == "timer":
            delay = next(timer_delays)
        elif mode == "blob":
            wait_until = lambda _p: _exists_part(home / "evidence")  # noqa: E731
            delay = rng.uniform(0, 0.030)  # writing, fsync, rename, commit of one file
        else:
            wait_until = lambda _p: (home / "diary.db-journal").exists()  # noqa: E731
            delay = rng.uniform(0, 0.003)
        out = run_and_kill(home, args, pw, delay=delay, wait_until=wait_until, how=mode)
        kinds_seen[mode] = kinds_seen.get(mode, 0) + (0 if out.finished else 1)
        for left in _leftovers(home):
            leftovers[left] = leftovers.get(left, 0) + 1
        context = f"seed {seed}, step {step}: {action} killed {out.how} (rc {out.returncode})"

        before_evidence = set(model.evidence)
        before_incidents = set(model.titles)
        state = check_vault(home, model, context)
        incidents, evidence = state["incidents"], state["evidence"]
        new_evidence = sorted(set(evidence) - before_evidence)
        new_names = [evidence[i][1] for i in new_evidence]

        if action == "edit":
            title, revision = incidents[1]
            assert new_evidence == [] and set(incidents) == before_incidents, context
            assert title in (model.titles[1], new_title), f"{context}: title {title!r}"
            changed = title == new_title
            assert revision == model.revisions[1] + changed, f"{context}: revision {revision}"
            assert changed or not out.finished, f"{context}: a finished edit was lost"
            model.titles[1], model.revisions[1] = title, revision
        else:
            # The files are attached in order, each whole or not at all.
            assert new_names == files[: len(new_names)], f"{context}: attached {new_names}"
            if out.finished:
                assert new_names == files, f"{context}: a finished import was lost"
            added = set(incidents) - before_incidents
            if action == "attach":
                assert not added, context
                assert all(evidence[i][0] == 1 for i in new_evidence), context
            else:
                assert len(added) <= 1, context
                assert added or not new_evidence, f"{context}: evidence without its incident"
                assert added or not out.finished, f"{context}: a finished add was lost"
                for incident_id in added:
                    assert incidents[incident_id] == (new_title, 1), context
                    assert all(evidence[i][0] == incident_id for i in new_evidence), context
                    model.titles[incident_id], model.revisions[incident_id] = new_title, 1
        for i in new_evidence:
            model.evidence[i] = evidence[i][1]

    print(f"seed {seed}: kills that hit a running command, by timing: {kinds_seen}")
    print(f"seed {seed}: what the kills left for recovery to clean up: {leftovers}")
    if iterations >= 30:  # enough kills that the dangerous moments must have been hit
        assert leftovers.get("evidence temp file"), f"seed {seed}: no kill mid-import"
        assert leftovers.get("database journal"), f"seed {seed}: no kill mid-transaction"
    assert sum(kinds_seen.values()) >= iterations // 2, f"seed {seed}: too few real kills"

    # At the end: everything reads back once more, and the CLI's own deep check agrees.
    model.verified.clear()
    check_vault(home, model, f"seed {seed}, final")
    out = subprocess.run(
        cli_command("--passphrase-stdin", "verify", "--deep"),
        input=pw,
        capture_output=True,
        text=True,
        env=cli_env(home),
        cwd=REPO,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, f"seed {seed}: {out.stdout}{out.stderr}"


def test_sigkill_during_attach_and_edit(tmp_path: Path) -> None:
    _crash_imports_and_edits(tmp_path, iterations=8)


@pytest.mark.slow
def test_sigkill_during_attach_and_edit_many_times(tmp_path: Path) -> None:
    _crash_imports_and_edits(tmp_path, iterations=40)


# -- changing the passphrase ---------------------------------------------------------------
def _opens_with(home: Path, passphrase: str) -> bool:
    from app.errors import WrongPassphraseError
    from app.incidents.store import IncidentStore

    try:
        vault = unlock_vault(home, passphrase)
    except WrongPassphraseError:
        return False
    with vault:
        assert IncidentStore(vault).verify().ok
        assert IncidentStore(vault).get(1).record.title == "survives every passwd"
    return True


def _crash_passwd(tmp_path: Path, iterations: int) -> None:
    from app.access import unlock_vault
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    seed = _seed()
    rng = random.Random(seed)
    home = tmp_path / "vault"
    current = "old passphrase 0"
    vault, _ = Vault.create(home, current, kdf=INSECURE_TEST_PARAMS)
    with vault:
        IncidentStore(vault).create(IncidentRecord.from_dict({"title": "survives every passwd"}))
    whole = timed_run(home, ["passwd"], f"{current}\nnew quiet passphrase by the river 0\n")
    current = "new quiet passphrase by the river 0"

    # Three timings, interleaved: (1) from the start of the process, finely across its
    # whole run; (2) from the moment it has unlocked the vault (its database is open),
    # finely across the next 10 ms, where the new header is derived and written; (3) the
    # moment the new header's temporary file appears, before its rename.
    per_mode = -(-iterations // 3)
    delays = {
        "start": stratified(rng, per_mode, 1.1 * whole),
        "unlocked": stratified(rng, per_mode, 0.010),
        "header-temp": [rng.choice([0.0, rng.uniform(0, 0.001)]) for _ in range(per_mode)],
    }
    waits: dict[str, Callable[[subprocess.Popen[bytes]], bool] | None] = {
        "start": None,
        "unlocked": lambda p: _has_open(p.pid, "/diary.db"),
        "header-temp": lambda _p: _exists_part(home),
    }
    plan = [(mode, d) for mode, ds in delays.items() for d in ds]
    rng.shuffle(plan)
    results: dict[str, dict[str, int]] = {"old": {}, "new": {}}
    mid_write = 0
    for step, (mode, delay) in enumerate(plan[:iterations]):
        new = f"new quiet passphrase by the river {step + 1}"
        out = run_and_kill(
            home, ["passwd"], f"{current}\n{new}\n", delay=delay, wait_until=waits[mode], how=mode
        )
        context = f"seed {seed}, step {step}: passwd killed {out.how} (rc {out.returncode})"
        if "header temp file" in _leftovers(home):
            mid_write += 1
        old_ok = _opens_with(home, current)
        new_ok = _opens_with(home, new)
        assert old_ok or new_ok, f"{context}: the vault opens with NEITHER passphrase"
        assert not (old_ok and new_ok), f"{context}: both passphrases open the vault"
        if out.finished:
            assert new_ok, f"{context}: passwd reported success but the old passphrase stays"
        opened = results["new" if new_ok else "old"]
        opened[mode] = opened.get(mode, 0) + 1
        assert _part_files(home) == [], context
        current = new if new_ok else current

    print(f"seed {seed}: passphrase that opened the vault after each kill, by timing: {results}")
    print(f"seed {seed}: kills that left the new header's temporary file: {mid_write}")
    if iterations >= 30:
        assert mid_write, f"seed {seed}: no kill landed while the new header was written"
    with unlock_vault(home, current) as vault:
        assert EvidenceStore(vault).check().ok
    if iterations >= 30:  # both outcomes, or the kills were not spread over the change
        assert results["old"] and results["new"], f"seed {seed}: {results}"


def test_sigkill_during_passwd(tmp_path: Path) -> None:
    _crash_passwd(tmp_path, iterations=9)


@pytest.mark.slow
def test_sigkill_during_passwd_many_times(tmp_path: Path) -> None:
    _crash_passwd(tmp_path, iterations=60)


# -- recovery must not mistake a live import for a killed one ------------------------------
_OPEN_ELSEWHERE = (
    "import sys\n"
    "from pathlib import Path\n"
    "from app.incidents.store import IncidentStore\n"
    "from app.access import unlock_vault\n"
    "with unlock_vault(Path(sys.argv[1]), sys.argv[2]) as v:\n"
    "    print(len(IncidentStore(v).list()))\n"
)


def test_opening_the_vault_elsewhere_leaves_a_running_import_alone(tmp_path: Path) -> None:
    """The GUI imports a long video while ``quire-cli list`` runs in a terminal: the second
    program's clean-up of killed imports must not delete the live import's files and row."""
    import io

    from app.access import unlock_vault
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    home = tmp_path / "vault"
    data = os.urandom(3 * MIB)
    other: list[subprocess.CompletedProcess[str]] = []

    class SlowSource(io.BytesIO):
        """Lets another program open the vault while the import is half done."""

        def readinto(self, buffer):  # type: ignore[no-untyped-def, override]
            if self.tell() == MIB and not other:
                assert _exists_part(home / "evidence")
                other.append(
                    subprocess.run(
                        [sys.executable, "-c", _OPEN_ELSEWHERE, str(home), PASSPHRASE],
                        capture_output=True,
                        text=True,
                        env=cli_env(home),
                        cwd=REPO,
                        timeout=60,
                        check=False,
                    )
                )
            return super().readinto(memoryview(buffer)[:MIB])

    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    with vault:
        incident = IncidentStore(vault).create(IncidentRecord.from_dict({"title": "video"}))
        store = EvidenceStore(vault)
        info = store.import_stream(incident, SlowSource(data), "march.mp4")
        assert other and other[0].returncode == 0, other[0].stderr if other else "not run"
        assert other[0].stdout.strip() == "1"
        assert _read_back(store, info.id) == (len(data), hashlib.sha256(data).hexdigest())
        assert store.check().ok
        assert IncidentStore(vault).verify().ok

    # And with nobody else holding the vault open, what a killed import left is still
    # cleaned up at the next unlock.
    with unlock_vault(home, PASSPHRASE) as vault:
        vault.db.execute(
            "INSERT INTO evidence(incident_id, blob_id, blob_key, state, name, imported_at)"
            " VALUES (?, ?, ?, 'pending', 'half.jpg', 'now')",
            (incident, "cd" * 16, b"k" * 32),
        )
        (vault.evidence_dir / ("cd" * 16)).write_bytes(b"partial")
        (vault.evidence_dir / f".{'ef' * 16}.{'12' * 8}.part").write_bytes(b"partial")
        (home / f".vault.key.{'12' * 8}.part").write_bytes(b"partial")
    with unlock_vault(home, PASSPHRASE) as vault:
        assert EvidenceStore(vault).check().ok
        assert vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 1
    assert _part_files(home) == []

"""Search and list over 100,000 incidents, against the same rows in plain SQLite.

Data: synthetic incidents in Azerbaijani, Russian and English (real keywords placed at
spread-out ranks of a Zipf-distributed vocabulary of ~4,000 words per language, so query
words match from a few to tens of thousands of incidents; narratives of ~120 words median;
dates over 14 years; people, handles, phone numbers, platforms, places, tags).

Measured, for 50 queries (single words, two words, prefixes, folded spellings such as
"hedelediler"): ``IncidentStore.search(q, limit=100)`` (one page), ``search(q)`` (every
match, the API's default) and ``matching_ids(q)`` (what the GUI runs in a worker before
paging rows); then ``list(limit=100)``, ``count()``, ``list()``, the unlock of the full
vault and its integrity check (what ``quire-cli verify`` runs). The reference is the very
statement Quire ran (recorded on its way to the connection), run on a plaintext copy of the
same database (``sqlcipher_export``) with the same per-row work Quire does, through
``sqlcipher3`` with no key: that is plain SQLite with no encryption. Python's own
``sqlite3`` cannot be the reference: its SQLite is too old for the FTS5 secure-delete of
schema 3 ("invalid fts5 file format (found 5, expected 4)").

Loading: ``IncidentStore.create`` commits (and fsyncs) once per incident, and every
SQLCipher allocation is mlock'ed and wiped because the vault turns on
``cipher_memory_security``, so 100,000 real creates do not fit the time budget. The bulk
of the data is therefore loaded in a child process through ``IncidentStore.create_many``
with ``cipher_memory_security`` left off (it only wipes freed memory; the rows are the
same). The setting is process-wide and cannot be turned off again once on, which is why
this needs its own process. The last incidents are then added in this process with the
vault's real settings, through ``create_many`` and one by one through ``create``, and a
fresh empty vault gives the one-by-one rate at the start; all these rates are printed.

``QUIRE_BENCH_INCIDENTS=N`` sets the size (300 in the test suite's quick run).
``QUIRE_BENCH_VAULT=folder`` reuses a diary of that many incidents loaded earlier by this
loader (test KDF) and skips the insert rates (bench_insert.py measures those).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from itertools import accumulate
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from app.access import unlock_vault
from tests.bench.conftest import size

N_INCIDENTS = size(100_000, 300, "QUIRE_BENCH_INCIDENTS")
SEED = 20240305
TAIL_BULK = min(5000, N_INCIDENTS // 10)  # added in this process, real settings, one batch
TAIL_SINGLE = min(200, N_INCIDENTS // 50)  # ... and one by one
HEAD_SINGLE = size(500, 20)  # one-by-one creates on a fresh, empty vault
REPEAT = 2  # each query's time is the best of this many runs (after one warm-up run)
PASSPHRASE = "bench passphrase"
REPO = Path(__file__).resolve().parents[2]


# -- vocabulary -----------------------------------------------------------------------------
def _split(text: str) -> list[str]:
    return text.split()


FUNCTION_WORDS = {
    "az": _split("və bir bu ilə da o üçün çox sonra mənə mən onlar də isə ki"),
    "ru": _split("и в на с что не я это по она мне они к за до"),
    "en": _split("the and to of a in was me they my on that it for at"),
}
KEYWORDS = {
    "az": _split(
        "hədələdilər şantaj telefon nömrəsi şəkillər yazışmalar sızdırıldı hesabım sındırıldı "
        "kanalında paylaşdılar təhqir böhtan ailəmi qadın ana pis xəstə polis saxlanıldı "
        "etiraz aksiyası dağıdıldı jurnalist fəal məhkəmə şikayət ərizə müraciət izləyirdilər "
        "dinləmə qeydə alındı ünvanımı yaydılar saxta elan gecə səhər küçədə evimə gəldilər "
        "mesaj zəng naməlum şəxs hökumət televiziya efirində dedilər ictimai qorxu təzyiq "
        "işdən çıxarıldı yoldaşım qardaşım bacım uşaqlarım video intim görüntülər yayılması "
        "tələb pul hədəf mətbuat gün həftə"
    ),
    "ru": _split(
        "угрожали угроза шантаж телефон номер фотографии переписка утечка взломали аккаунт "
        "канал опубликовали оскорбления клевета семья мать плохая психически нестабильная "
        "полиция задержали задержание акция протест разогнали журналист активистка суд "
        "жалоба заявление слежка прослушка записи звонков адрес распространили фейковое "
        "объявление ночью утром улице пришли домой сообщение звонок неизвестный человек "
        "власти телевидение эфире сказали всё ещё её давление уволили работы муж брат "
        "сестра дети видео интимные деньги требовали"
    ),
    "en": _split(
        "threatened threat blackmail phone number photos private chats leaked hacked account "
        "channel posted insults smear defamation family mother bad mentally unstable police "
        "detained detention protest march dispersed journalist activist court complaint "
        "report surveillance wiretapped calls address doxxed fake advert escort site night "
        "morning street came home message call unknown person authorities broadcast said "
        "pressure fired job husband brother sister children video intimate money demanded"
    ),
}
SYLLABLES = {
    "az": ("bcçdfgğhxjkqlmnprsştvyz", "aeəiıoöuü", 2, 4),
    "ru": ("бвгджзклмнпрстфхцчшщ", "аеёиоуыэюя", 2, 4),
    "en": ("bcdfghklmnprstvw", "aeiou", 1, 3),
}
VOCABULARY_SIZE = 4000
PLATFORMS = ["Telegram", "Facebook", "Instagram", "WhatsApp", "YouTube", "TikTok", "ATV", "X"]
CITIES = ["Bakı", "Gəncə", "Sumqayıt", "Lənkəran", "Şəki", "Баку", "Tbilisi", "Berlin"]
TAGS = ["telegram", "şantaj", "smear", "etiraz", "polis", "hack", "ailə", "media", "шантаж"]
PEOPLE = [
    "Leyla Məmmədova", "Günel Əliyeva", "Arzu Həsənova", "Rəşad Quliyev", "Aytən Kərimova",
    "Анна Петрова", "Ирина Смирнова", "Sarah Collins", "Tural Abbasov", "Səbinə Rzayeva",
]  # fmt: skip
CATEGORIES = ["threat", "blackmail", "account_compromise", "leak", "smear", "doxxing",
              "surveillance", "physical", "legal", "other"]  # fmt: skip

QUERIES: dict[str, list[str]] = {
    "single word": [
        "şantaj", "шантаж", "blackmail", "hədələdilər", "угрожали", "threatened", "polis",
        "задержали", "detained", "Telegram", "intim", "клевета", "wiretapped", "Sumqayıt",
        "məhkəmə", "Məmmədova",
    ],
    "two words": [
        "şantaj pul", "шантаж деньги", "leaked photos", "polis saxlanıldı", "telefon nömrəsi",
        "фейковое объявление", "fake advert", "etiraz dağıdıldı", "психически нестабильная",
        "bad mother", "pis ana", "hacked account",
    ],
    "prefix": [
        "hədə", "шант", "blackm", "sızdır", "задерж", "wiretap", "tele", "ailə", "пол", "jurn",
    ],
    "folded": [
        "hedelediler", "santaj", "SANTAJ", "ШАНТАЖ", "sizdirildi", "nomresi", "saxlanildi",
        "dagidildi", "HƏDƏLƏDİLƏR", "ВСЕ", "ее", "memmedova",
    ],
}  # fmt: skip


# -- synthetic incidents --------------------------------------------------------------------
class Generator:
    """Deterministic synthetic incidents, as the dicts ``IncidentRecord.from_dict`` takes."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words: dict[str, list[str]] = {}
        self.cum: dict[str, list[float]] = {}
        for lang in KEYWORDS:
            vocab = self._vocabulary(lang)
            self.words[lang] = vocab
            self.cum[lang] = list(accumulate(1 / (rank + 1) for rank in range(len(vocab))))

    def _vocabulary(self, lang: str) -> list[str]:
        """Function words first, keywords every 30 ranks after them, made-up words between."""
        consonants, vowels, low, high = SYLLABLES[lang]
        known = set(FUNCTION_WORDS[lang]) | set(KEYWORDS[lang])
        filler: list[str] = []
        while len(filler) < VOCABULARY_SIZE:
            word = "".join(
                self.rng.choice(consonants) + self.rng.choice(vowels)
                for _ in range(self.rng.randint(low, high))
            )
            if self.rng.random() < 0.4:
                word += self.rng.choice(consonants)
            if word not in known:
                known.add(word)
                filler.append(word)
        vocab = list(FUNCTION_WORDS[lang])
        keywords = KEYWORDS[lang][:]
        self.rng.shuffle(keywords)
        for i, word in enumerate(filler):
            if i % 30 == 0 and keywords:
                vocab.append(keywords.pop())
            vocab.append(word)
        return vocab[:VOCABULARY_SIZE]

    def _words(self, lang: str, k: int) -> list[str]:
        words = self.rng.choices(self.words[lang], cum_weights=self.cum[lang], k=k)
        other = self.rng.choice([x for x in KEYWORDS if x != lang])
        for i in range(5, k, 12):  # a word in twelve is quoted or borrowed
            words[i] = self.rng.choices(self.words[other], cum_weights=self.cum[other])[0]
        return words

    def _when(self) -> str:
        r = self.rng
        year, month, day = r.randint(2012, 2025), r.randint(1, 12), r.randint(1, 28)
        form = r.random()
        if form < 0.15:
            return f"{year}-{month:02d}"
        if form < 0.30:
            return f"{year}-{month:02d}-{day:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        return f"{year}-{month:02d}-{day:02d}"

    def _identifier(self) -> str:
        r = self.rng
        return r.choice(
            [
                f"@kanal_{r.randint(1, 5000)}",
                f"+994 5{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(10, 99)}"
                f" {r.randint(10, 99)}",
                f"https://t.me/xeber{r.randint(1, 999)}",
            ]
        )

    def incident(self) -> dict[str, Any]:
        r = self.rng
        lang = r.choices(["az", "ru", "en"], [0.55, 0.3, 0.15])[0]
        title = " ".join(self._words(lang, r.randint(3, 9)))
        length = int(min(800, max(15, r.lognormvariate(4.8, 0.6))))  # median ~120 words
        return {
            "title": title[:1].upper() + title[1:],
            "occurred_at": self._when(),
            "categories": r.sample(CATEGORIES, r.randint(1, 3)),
            "narrative": " ".join(self._words(lang, length)),
            "targets": [{"kind": r.choice(["self", "partner", "family", "colleague"])}],
            "perpetrators": [
                {
                    "kind": r.choice(["state", "person", "anonymous_channel", "media", "unknown"]),
                    "name": r.choice(["", *PEOPLE]),
                    "identifiers": [self._identifier()],
                }
                for _ in range(r.randint(0, 2))
            ],
            "platforms": r.sample(PLATFORMS, r.randint(0, 2)),
            "location": r.choice(CITIES),
            "witnesses": r.sample(PEOPLE, r.randint(0, 2)),
            "impact": {"kinds": r.sample(["psychological", "economic", "family"], r.randint(0, 2))},
            "severity": r.choice([None, 1, 2, 3, 4, 5]),
            "tags": r.sample(TAGS, r.randint(0, 3)),
        }

    def records(self, n: int) -> list[Any]:
        from app.incidents.record import IncidentRecord

        return [IncidentRecord.from_dict(self.incident()) for _ in range(n)]


# -- loading --------------------------------------------------------------------------------
def create_batched(store: Any, records: list[Any]) -> float:
    """``IncidentStore.create_many`` (its default batch per transaction); incidents/s."""
    start = time.perf_counter()
    ids = store.create_many(records)
    assert len(ids) == len(records)
    return len(records) / (time.perf_counter() - start)


def create_one_by_one(store: Any, records: list[Any]) -> float:
    start = time.perf_counter()
    for rec in records:
        store.create(rec)
    return len(records) / (time.perf_counter() - start)


def _load_in_child(home: Path, n: int) -> None:
    """Child process: a new vault with ``n`` incidents, memory security left off."""
    from app.incidents.store import IncidentStore
    from app.storage import db as db_module
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    class NoMemorySecurity(sqlcipher3.Connection):  # type: ignore[misc]
        def execute(self, sql: str, *args: Any) -> Any:
            if "cipher_memory_security" in sql and "=" in sql:
                return super().execute("SELECT 1")  # leave the setting off
            return super().execute(sql, *args)

    db_module.sqlcipher3.connect = partial(sqlcipher3.connect, factory=NoMemorySecurity)  # type: ignore[attr-defined]
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    start = time.perf_counter()
    records = Generator(SEED).records(n)
    gen_s = time.perf_counter() - start
    rate = create_batched(IncidentStore(vault), records)
    memsec = vault.db.execute("PRAGMA cipher_memory_security").fetchone()[0]
    text = sum(len(r.title) + len(r.narrative) for r in records)
    vault.lock()
    print(json.dumps({"gen_s": gen_s, "rate": rate, "memsec": memsec, "text_chars": text}))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The filled vault (unlocked with its real settings), its plaintext twin, the rates."""
    from app.incidents.store import IncidentStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    scratch = tmp_path_factory.mktemp("bench_search")
    home = scratch / "vault"
    reuse = os.environ.get("QUIRE_BENCH_VAULT")  # a full diary loaded earlier: no inserts
    n_child = N_INCIDENTS if reuse else N_INCIDENTS - TAIL_BULK - TAIL_SINGLE
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QUIRE_INSECURE_TEST_KDF", "1")
        start = time.perf_counter()
        if reuse:
            home = Path(reuse)
            nan = float("nan")
            loaded = {"gen_s": nan, "rate": nan, "memsec": "-", "text_chars": 0}
        else:
            child = subprocess.run(
                [sys.executable, "-m", "tests.bench.bench_search", "load", str(home),
                 str(n_child)],
                cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, check=True,
                capture_output=True, text=True,
            )  # fmt: skip
            loaded = json.loads(child.stdout.strip().splitlines()[-1])
        loaded["wall_s"] = time.perf_counter() - start

        # From here on, the real settings (unlock_vault turns memory security on).
        vault = unlock_vault(home, PASSPHRASE)
        store = IncidentStore(vault)
        head_rate = tail_bulk_rate = tail_single_rate = float("nan")
        if not reuse:
            empty, _ = Vault.create(scratch / "empty", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
            head = Generator(SEED + 1).records(HEAD_SINGLE)
            head_rate = create_one_by_one(IncidentStore(empty), head)
            empty.lock()
            tail = Generator(SEED + 2).records(TAIL_BULK + TAIL_SINGLE)
            tail_bulk_rate = create_batched(store, tail[:TAIL_BULK])
            tail_single_rate = create_one_by_one(store, tail[TAIL_BULK:])
        memsec = vault.db.execute("PRAGMA cipher_memory_security").fetchone()[0]

        plain_path = scratch / "plain.db"
        vault.db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
        vault.db.execute("SELECT sqlcipher_export('plain')")
        vault.db.execute("DETACH DATABASE plain")
        os.sync()  # so the write-back of 1.4 GB does not land on the first measurements
        plain = sqlcipher3.connect(str(plain_path))  # no key: plain SQLite, recent FTS5
        yield {
            "home": home,
            "vault": vault,
            "store": store,
            "plain": plain,
            "plain_path": plain_path,
            "loaded": loaded,
            "n_child": n_child,
            "head_rate": head_rate,
            "tail_bulk_rate": tail_bulk_rate,
            "tail_single_rate": tail_single_rate,
            "memsec": memsec,
        }
        plain.close()
        vault.lock()
    shutil.rmtree(scratch, ignore_errors=True)  # 1.5 GB


# -- helpers --------------------------------------------------------------------------------
class _Recorder:
    """Stands in for the vault's connection and notes what the store executes."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.statements: list[tuple[str, Any]] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        self.statements.append((sql, params))
        return self._conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _recorded(vault: Any, call: Callable[[], Any]) -> tuple[Any, tuple[str, Any]]:
    """``call()``'s result and the one statement it executed (with its parameters)."""
    recorder = _Recorder(vault.conn)
    vault.conn = recorder
    try:
        result = call()
    finally:
        vault.conn = recorder._conn
    assert len(recorder.statements) == 1, recorder.statements
    return result, recorder.statements[0]


def _plain_rows(conn: Any, statement: tuple[str, Any]) -> int:
    """The reference: the same SQL, and the same per-row work as ``IncidentStore._query``.

    Each row's JSON is decoded and the summary's fields kept, the decoded record dropped
    (keeping 100,000 whole records alive would make the reference pay for Python's
    garbage collector, which Quire does not).
    """
    out = []
    for incident_id, record, updated, deleted in conn.execute(*statement):
        r = json.loads(record)
        out.append(
            (
                int(incident_id),
                r["title"],
                r["occurred_at"],
                r["categories"],
                r["severity"],
                r["tags"],
                updated,
                deleted is not None,
            )
        )
    return len(out)


def _best(fn: Callable[[], object], runs: int = REPEAT) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


# -- benchmarks -----------------------------------------------------------------------------
def test_insert_rate(bench: Any, corpus: dict[str, Any]) -> None:
    loaded = corpus["loaded"]
    assert corpus["store"].count() == N_INCIDENTS
    db_bytes = (corpus["home"] / "diary.db").stat().st_size
    one_by_one_min = 100_000 / corpus["head_rate"] / 60
    bench.say(
        *bench.title(
            f"loading {N_INCIDENTS:,} synthetic incidents (IncidentStore.create; avg"
            f" {loaded['text_chars'] / corpus['n_child']:,.0f} characters of title + narrative)"
        ),
        f"  building records (from_dict)                   {loaded['gen_s']:7.1f} s"
        f"   ({corpus['n_child']:,})",
        f"  create_many, memory security OFF            {loaded['rate']:7.0f} /s"
        f"   ({corpus['n_child']:,}; setup, child process, {loaded['wall_s']:.0f} s in all)",
        f"  create_many, real settings                  {corpus['tail_bulk_rate']:7.0f} /s"
        f"   ({TAIL_BULK:,}, on the full vault)",
        f"  create, one by one, real settings, empty vault {corpus['head_rate']:7.0f} /s"
        f"   ({HEAD_SINGLE:,})",
        f"  create, one by one, real settings, full vault  {corpus['tail_single_rate']:7.0f} /s"
        f"   ({TAIL_SINGLE:,})",
        f"  => 100,000 one by one: ~{one_by_one_min:.0f} min;"
        f" in batches, real settings: ~{100_000 / corpus['tail_bulk_rate'] / 60:.1f} min",
        f"  cipher_memory_security: {loaded['memsec']} while loading, {corpus['memsec']} after"
        " unlock_vault (every figure from here on)",
        f"  diary.db {db_bytes / 1e6:.0f} MB;"
        f" plaintext copy {corpus['plain_path'].stat().st_size / 1e6:.0f} MB",
    )


def test_search_latency(bench: Any, corpus: dict[str, Any]) -> None:
    store, vault, plain = corpus["store"], corpus["vault"], corpus["plain"]
    results: dict[str, list[dict[str, float]]] = {}
    for kind, queries in QUERIES.items():
        rows = results.setdefault(kind, [])
        for q in queries:
            # Warm-up run of the page, recording the statement the reference will run.
            _, page_stmt = _recorded(vault, lambda q=q: store.search(q, limit=100))
            _plain_rows(plain, page_stmt)
            start = time.perf_counter()
            found, all_stmt = _recorded(vault, lambda q=q: store.search(q))
            all_s = time.perf_counter() - start
            start = time.perf_counter()
            hits = _plain_rows(plain, all_stmt)
            all_plain_s = time.perf_counter() - start
            assert hits == len(found), q
            start = time.perf_counter()
            ids, ids_stmt = _recorded(vault, lambda q=q: store.matching_ids(q))
            ids_s = time.perf_counter() - start
            start = time.perf_counter()
            plain_ids = [int(r[0]) for r in plain.execute(*ids_stmt)]
            ids_plain_s = time.perf_counter() - start
            assert len(ids) == len(plain_ids) == hits, q
            rows.append(
                {
                    "hits": hits,
                    "page": _best(lambda q=q: store.search(q, limit=100)),
                    "page_plain": _best(lambda s=page_stmt: _plain_rows(plain, s)),
                    "all": all_s,
                    "all_plain": all_plain_s,
                    "ids": ids_s,
                    "ids_plain": ids_plain_s,
                }
            )
    every = [r for rows in results.values() for r in rows]
    results["all queries"] = every

    def line(label: str, rows: list[dict[str, float]], key: str) -> str:
        q, qp = bench.median_p95(r[key] for r in rows)
        p, pp = bench.median_p95(r[key + "_plain"] for r in rows)
        hits, _ = bench.median_p95(r["hits"] for r in rows)
        return (
            f"  {label:<12}{len(rows):>4} {hits:>9,.0f} {_ms(q)} {_ms(qp)}"
            f" {_ms(p)} {_ms(pp)}  {bench.ratio(q, p):>7} {bench.ratio(qp, pp):>7}"
        )

    header = (
        f"  {'kind':<12}{'n':>4} {'hits med':>9} {'Quire med':>8} {'p95':>8}"
        f" {'plain med':>8} {'p95':>8}  {'ratio':>7} {'p95 rat':>7}"
    )
    out = [
        *bench.title(
            f"search over {N_INCIDENTS:,} incidents: ms, best of {REPEAT} runs per query"
            " after a warm-up; median and p95 over the queries"
        ),
        "  (plain = the same SQL and row decoding on a plaintext copy,"
        f" plain SQLite {sqlcipher3.sqlite_version} through sqlcipher3 with no key)",
        "-- first page: IncidentStore.search(q, limit=100)",
        header,
        *(line(kind, rows, "page") for kind, rows in results.items()),
        "-- every match: IncidentStore.search(q) (one run, after the warm-up)",
        header,
        *(line(kind, rows, "all") for kind, rows in results.items()),
        "-- the GUI's search: IncidentStore.matching_ids(q) (one run, after the warm-up)",
        header,
        *(line(kind, rows, "ids") for kind, rows in results.items()),
    ]
    slowest = max(every, key=lambda r: r["page"])
    out.append(
        f"  slowest first page: {slowest['page'] * 1000:.0f} ms ({slowest['hits']:,.0f} hits);"
        f" hits range {min(r['hits'] for r in every):,.0f}–{max(r['hits'] for r in every):,.0f}"
    )
    bench.say(*out)


def test_list_and_count(bench: Any, corpus: dict[str, Any]) -> None:
    store, vault, plain = corpus["store"], corpus["vault"], corpus["plain"]
    page, page_stmt = _recorded(vault, lambda: store.list(limit=100))
    everything, all_stmt = _recorded(vault, lambda: store.list())
    count, count_stmt = _recorded(vault, lambda: store.count())
    assert len(page) == 100 and len(everything) == count == N_INCIDENTS

    def count_plain() -> int:
        return int(plain.execute(*count_stmt).fetchone()[0])

    assert count_plain() == count
    cases: list[tuple[str, Callable[[], object], Callable[[], object], int]] = [
        (
            "list(limit=100)",
            lambda: store.list(limit=100),
            partial(_plain_rows, plain, page_stmt),
            5,
        ),
        ("count()", store.count, count_plain, 5),
        ("list() (all)", lambda: store.list(), partial(_plain_rows, plain, all_stmt), 1),
    ]
    out = [
        *bench.title(
            f"list and count over {N_INCIDENTS:,} incidents: ms, median / p95 of the runs"
            " after a warm-up"
        ),
        f"  {'call':<18}{'runs':>5} {'Quire med':>9} {'p95':>8} {'plain med':>9} {'p95':>8}"
        f" {'ratio':>7}",
    ]
    for label, call, ref, runs in cases:
        call()  # warm-up
        ref()
        q, qp = bench.median_p95(bench.timed(call) for _ in range(runs))
        p, pp = bench.median_p95(bench.timed(ref) for _ in range(runs))
        out.append(
            f"  {label:<18}{runs:>5} {_ms(q):>9} {_ms(qp)} {_ms(p):>9} {_ms(pp)}"
            f" {bench.ratio(q, p):>7}"
        )
    bench.say(*out)


def test_unlock_full_vault(bench: Any, corpus: dict[str, Any]) -> None:
    """Unlocking the full vault (test KDF: no Argon2id), and the check of every page."""
    home, plain_path = corpus["home"], corpus["plain_path"]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QUIRE_INSECURE_TEST_KDF", "1")

        def unlock() -> None:
            unlock_vault(home, PASSPHRASE).lock()

        def plain_open() -> None:
            conn = sqlcipher3.connect(str(plain_path))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA user_version").fetchone()
            conn.close()

        u, runs = bench.best_of(3, unlock)
        p, _ = bench.best_of(3, plain_open)

        def deep() -> None:
            assert corpus["vault"].check_integrity()[0] == []

        def plain_deep() -> None:
            assert corpus["plain"].execute("PRAGMA quick_check").fetchone()[0] == "ok"

        d = bench.timed(deep)
        pd = bench.timed(plain_deep)
    bench.say(
        *bench.title(
            f"unlocking the {N_INCIDENTS:,}-incident vault, test KDF (no Argon2id cost),"
            " best of 3; and the check of every page (quire-cli verify), one run"
        ),
        f"  unlock_vault                          {u * 1000:8.1f} ms"
        f"   (runs: {', '.join(f'{t * 1000:.1f}' for t in runs)} ms)",
        f"  plain SQLite open + read the schema   {p * 1000:8.1f} ms   ratio {bench.ratio(u, p)}",
        f"  check_integrity (every page)          {d * 1000:8.0f} ms",
        f"  plain SQLite PRAGMA quick_check       {pd * 1000:8.0f} ms   ratio {bench.ratio(d, pd)}",
    )


if __name__ == "__main__" and sys.argv[1:2] == ["load"]:
    _load_in_child(Path(sys.argv[2]), int(sys.argv[3]))

"""The encrypted database (SQLCipher 4) and its schema migrations."""

from app.storage import lookaside as _lookaside  # noqa: F401 - before sqlcipher3 starts SQLite

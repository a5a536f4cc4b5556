"""The encrypted database (SQLCipher 4) and its schema migrations."""

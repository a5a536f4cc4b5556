"""The vault: one folder holding vault.key, diary.db and evidence/, opened by a passphrase."""

"""Backup and restore of the whole vault as ciphertext."""

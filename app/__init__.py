"""Quire core: Qt-free logic (vault, crypto, incidents, evidence, export, wipe, CLI)."""

__version__ = "0.1.0"

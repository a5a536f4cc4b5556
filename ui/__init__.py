"""Quire desktop app (PySide6 widgets only; all logic lives in app/)."""

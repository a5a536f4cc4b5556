"""The Actors window (issue 14)."""

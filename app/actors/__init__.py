"""Actors: the people, bodies and accounts behind incidents (issue 14)."""

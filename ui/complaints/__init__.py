"""Complaints about an incident (issue 14)."""

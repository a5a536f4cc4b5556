"""Complaints, responses and deadlines (issue 14)."""

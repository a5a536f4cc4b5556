"""Incidents: the record, its vocabulary, storage with revisions, the hash chain, search."""

"""Sealed bundles: an age-encrypted ZIP for one trusted organisation, and its receiver side."""

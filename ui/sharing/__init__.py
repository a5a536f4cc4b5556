"""Sending and receiving sealed bundles: the export wizard, the address book of trusted
organisations, and the window in which a receiver opens and checks a bundle."""

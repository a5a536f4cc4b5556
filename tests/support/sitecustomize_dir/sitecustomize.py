"""Loaded by Python at start in CLI subprocesses the tests run: the network guard."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from support import netguard

netguard.install()

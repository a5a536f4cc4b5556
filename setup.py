"""Packages for the wheel; everything else is in pyproject.toml.

Why a setup.py: ``resources/`` (fonts, translations) must travel inside the wheel as the
``quire_resources`` package (app/resources.py), and pyproject's ``packages.find`` cannot
also name a package whose folder has another name. The wheel also carries
``build-info.json`` (the commit it was built from, app/version.py), written into the build
folder only: it is never in the source tree, so a checkout keeps reading its own ``.git``.
"""

import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithCommit(build_py):
    """build_py, plus quire_resources/build-info.json naming the commit built."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout's .git itself
            return
        sys.path.insert(0, str(ROOT))
        from app.version import write_build_file

        folder = Path(self.build_lib) / "quire_resources"
        folder.mkdir(parents=True, exist_ok=True)
        write_build_file(folder, ROOT)


setup(
    packages=[*find_packages(include=["app", "app.*", "ui", "ui.*"]), "quire_resources"],
    package_dir={"quire_resources": "resources"},
    package_data={
        "quire_resources": [
            "fonts/*",
            "translations/*.qm",
            "translations/*.ts",
            "wordlists/*",
            "licenses/*",
            "guide/*",
        ]
    },
    cmdclass={"build_py": BuildPyWithCommit},
)

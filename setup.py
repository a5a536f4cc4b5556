"""Packages for the wheel; everything else is in pyproject.toml.

Why a setup.py: ``resources/`` (fonts, translations) must travel inside the wheel as the
``quire_resources`` package (app/resources.py), and pyproject's ``packages.find`` cannot
also name a package whose folder has another name.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app", "app.*", "ui", "ui.*"]), "quire_resources"],
    package_dir={"quire_resources": "resources"},
    package_data={
        "quire_resources": ["fonts/*", "translations/*.qm", "translations/*.ts", "wordlists/*"]
    },
)

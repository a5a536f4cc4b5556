"""Quire's shipped files (fonts, translations, word lists), installed as the ``quire_resources``
package so ``importlib.resources`` finds them wherever Quire is (app/resources.py)."""

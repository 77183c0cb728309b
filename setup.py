"""The one compiled part: the message model's n-gram sums (server/dunwatch/_ngrams.c, issue 14).

Metadata lives in pyproject.toml; this only declares the extension, which `make setup` (pip
install -e .) builds with the machine's C compiler. There is no pure-Python fallback.
"""
from setuptools import Extension, setup

setup(ext_modules=[Extension("dunwatch._ngrams", ["server/dunwatch/_ngrams.c"], extra_compile_args=["-O2"])])

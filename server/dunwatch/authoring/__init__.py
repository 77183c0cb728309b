"""Tools for rule authors (lint, lock, qa, docs, examples): they read a rulebook, the runtime never imports them."""

"""Benchmarks (`make bench`): medians over repeated runs, compared side by side in one run."""

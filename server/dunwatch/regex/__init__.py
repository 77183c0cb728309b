"""Regex plumbing, one concern per module: parsing (parse), pattern safety (safety, probes), the
literals a match must contain (literals), and splitting patterns into literal terms (branches)."""

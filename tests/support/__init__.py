"""Test helpers shared by the API and browser end-to-end tests."""

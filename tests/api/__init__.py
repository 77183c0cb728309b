"""API tests: a real `dunwatch serve` over HTTP on loopback, plus fast test-client checks."""

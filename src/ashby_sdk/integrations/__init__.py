"""Integrations with other tools (each behind its own extra, imported only when used)."""

"""What the chaos suite shares."""

from __future__ import annotations

QUICK = 0.02
"""The clients' ``retry_delay`` here: backoff 25 times shorter than the default 0.5 s, so hundreds of faults cost
seconds, not minutes. Only the waiting changes: which failures are retried, how often, and Retry-After are the
library's own."""

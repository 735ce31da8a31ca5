"""Peak RSS of the benchmark's child processes (standard library only: the seed's virtualenv uses it too)."""

from __future__ import annotations

from pathlib import Path


def _status_mb(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _rss_mb() -> float:
    """The peak RSS (MB) since the last :func:`reset_peak_rss` (Linux), else since the process started."""
    import resource

    peak = _status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> float:
    """Start measuring the peak RSS from now and return the RSS now (MB): growth is ``_rss_mb() - this``.

    On Linux, writing 5 to ``/proc/self/clear_refs`` resets the peak (``VmHWM``) to the current RSS, so a
    high-water mark left by start-up or a warm-up (or lowered RSS under memory pressure) does not hide the
    scenario's own peak; elsewhere the process's lifetime peak is the base.
    """
    try:
        Path("/proc/self/clear_refs").write_text("5")
        now = _status_mb("VmRSS")
        if now is not None:
            return now
    except OSError:
        pass
    return _rss_mb()

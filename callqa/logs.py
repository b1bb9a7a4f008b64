"""Logging set-up for the CLI: English log lines to stderr and to a file under var/logs."""
from __future__ import annotations

import logging
import os
from pathlib import Path

OUR_LOGGERS = ("callqa", "pipeline", "qa_rules", "models", "warehouse", "flows")


def setup_logging(log_dir: Path, level: str = "INFO", name: str = "callqa") -> Path:
    """Log to stderr and ``<log_dir>/<name>.log``; returns the log file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / f"{name}.log"
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = logging.FileHandler(log_file, encoding="utf-8")
    file_handler.setFormatter(fmt)
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    for logger_name in OUR_LOGGERS:
        lg = logging.getLogger(logger_name)
        lg.setLevel(level.upper())
        lg.addHandler(file_handler)
        lg.addHandler(console)
        lg.propagate = False
    # Prefect's own run logs go to the same file.
    logging.getLogger("prefect").addHandler(file_handler)
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", ",".join(OUR_LOGGERS))
    return log_file

"""Give freed memory back to the operating system between big steps.

numpy arrays below glibc's mmap threshold (up to 32 MB) live on the heap; after an
hour-long call's frames, features and model batches are freed, the heap keeps the
pages and the process's resident size only grows. ``malloc_trim`` returns them.
A no-op where glibc is not the allocator.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)

_trim = None
_looked_up = False


def release_free_memory() -> None:
    """Return the heap's free pages to the OS (glibc ``malloc_trim(0)``)."""
    global _trim, _looked_up
    if not _looked_up:
        _looked_up = True
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            _trim = libc.malloc_trim
            _trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            log.debug("malloc_trim not available; memory is not trimmed")
    if _trim is not None:
        _trim(0)

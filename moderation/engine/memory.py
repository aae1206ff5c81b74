"""Hand freed heap memory back to the system between chunks.

glibc keeps what a chunk's tensors freed in its arenas, and batches of ever-different shapes
leave them too fragmented to reuse, so resident memory crept up with the input: 848 -> 1,128 MB
over 30,000 comments (`benchmarks/bench_memory.py --count 30000`, session 20), against a flat
~930-950 MB from 10,000 on with `malloc_trim` after each chunk of 512. The Python heap itself
stayed at 1 MB (tracemalloc). Where there is no glibc (musl, macOS, Windows) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return getattr(libc, "malloc_trim", None)


def release_free_memory() -> bool:
    """Return the heap's free pages to the system; False where the C library cannot."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True

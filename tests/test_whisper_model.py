import os

import pytest

from callqa.settings import AsrOptions
from models.whisper import ModelError, assemble_packaged_base, load_whisper, resolve_model


def test_packaged_base_is_assembled_once_and_reused(tmp_path):
    target = assemble_packaged_base(tmp_path)
    model_bin = target / "model.bin"
    assert model_bin.stat().st_size == 94371840 + 50845767
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        assert (target / name).is_file()
    mtime = model_bin.stat().st_mtime_ns
    assert assemble_packaged_base(tmp_path) == target
    assert model_bin.stat().st_mtime_ns == mtime            # reused, not rewritten
    assert not [p for p in target.iterdir() if p.name.startswith(".")]  # no temp leftovers


def test_a_wrong_size_model_is_rebuilt(tmp_path):
    target = assemble_packaged_base(tmp_path)
    with open(target / "model.bin", "r+b") as fh:
        fh.truncate(1000)                                   # an interrupted copy
    assemble_packaged_base(tmp_path)
    assert (target / "model.bin").stat().st_size == 94371840 + 50845767


def test_configured_model_directory_replaces_the_packaged_one(tmp_path):
    d = tmp_path / "large-v3"
    d.mkdir()
    with pytest.raises(ModelError, match="no model.bin"):
        resolve_model(str(d), tmp_path / "cache")
    (d / "model.bin").write_bytes(b"x")
    assert resolve_model(str(d), tmp_path / "cache") == str(d)
    assert resolve_model("large-v3", tmp_path / "cache") == "large-v3"  # a name for faster-whisper


def test_model_loads_once_per_process(model_cache_dir):
    asr = AsrOptions()
    assert load_whisper(asr, model_cache_dir) is load_whisper(asr, model_cache_dir)
    assert os.path.isdir(model_cache_dir)

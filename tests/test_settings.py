from pathlib import Path

import pytest

from callqa.settings import SettingsError, iter_setting_names, load_settings

README = Path(__file__).parent.parent / "README.md"


def test_layers_defaults_file_env_overrides(tmp_path):
    cfg = tmp_path / "callqa.toml"
    cfg.write_text('var_dir = "/srv/qa"\n[asr]\nbeam_size = 3\nmodel = "large-v3"\n'
                   '[sampling]\nmode = "ratio"\nratio = 0.2\n', encoding="utf-8")
    s = load_settings(cfg, {"asr.model": "/models/x", "db_path": None},
                      environ={"CALLQA_ASR__BEAM_SIZE": "1", "CALLQA_TRANSCRIPT_CACHE": "false"})
    assert s.var_dir == "/srv/qa"
    assert s.asr.beam_size == 1            # env beats file
    assert s.asr.model == "/models/x"      # command line beats file
    assert s.sampling.mode == "ratio" and s.sampling.ratio == 0.2
    assert s.transcript_cache is False
    assert s.database == Path("/srv/qa/callqa.duckdb")  # None override changes nothing


def test_defaults_without_any_source(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = load_settings(environ={})
    assert s.asr.model == "base" and s.asr.compute_type == "int8"
    assert s.database == Path("var/callqa.duckdb")
    assert s.rulebook_path.name == "default.yaml" and s.rulebook_path.is_file()


def test_bad_values_name_the_setting_and_source(tmp_path):
    with pytest.raises(SettingsError, match="env CALLQA_ASR__BEAM_SIZE.*asr.beam_size.*int"):
        load_settings(environ={"CALLQA_ASR__BEAM_SIZE": "five"})
    with pytest.raises(SettingsError, match="unknown setting 'asr.colour'"):
        load_settings(overrides={"asr.colour": "red"}, environ={})
    bad = tmp_path / "bad.toml"
    bad.write_text("[asr\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="bad.toml: cannot read"):
        load_settings(bad, environ={})


def test_every_setting_is_documented_in_readme():
    text = README.read_text(encoding="utf-8")
    missing = [name for name in iter_setting_names() if f"`{name}`" not in text]
    assert not missing, f"settings without a README entry: {missing}"

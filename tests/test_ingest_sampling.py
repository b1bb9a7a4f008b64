from pipeline.ingest import discover_day, records_for_paths
from pipeline.sampling import sample_records
from callqa.settings import CallDefaults, SamplingOptions
from pipeline.model import CallRecord

HEADER = "file,call_id,agent_id,agent_name,team,started_at,direction,hangup_by,channel_layout,queue\n"


def test_metadata_rows_defaults_and_problems_by_line(tmp_path):
    day = tmp_path / "2026-11-20"
    day.mkdir()
    for name in ("a.wav", "b.mp3", "c.wav", "d.wav", "notes.txt"):
        (day / name).write_bytes(b"x")
    (day / "metadata.csv").write_text(
        HEADER
        + "a.wav,C1,A01,王芳,一组,2026-11-20T09:00:00+08:00,inbound,customer,agent-right,VIP\n"
        + "b.mp3,C2,A02,李静,二组,yesterday,inbound,customer,agent-left,\n"
        + "c.wav,C3,A01,王芳,一组,2026-11-20T10:00:00+08:00,inbound,customer,stereo,\n"
        + "gone.wav,C9,A03,张伟,一组,2026-11-20T11:00:00+08:00,inbound,customer,mono,\n",
        encoding="utf-8")
    found = discover_day(day, "2026-11-20", CallDefaults())
    by_file = {r.file.split("/")[-1]: r for r in found.records}
    assert sorted(by_file) == ["a.wav", "b.mp3", "c.wav", "d.wav", "gone.wav"]  # not notes.txt
    a = by_file["a.wav"]
    assert (a.recording_id, a.agent_id, a.team, a.channel_layout) == ("C1", "A01", "一组", "agent-right")
    assert a.extra == {"queue": "VIP"}
    # malformed rows: reported by line, file falls back to defaults
    assert by_file["b.mp3"].recording_id == "2026-11-20/b.mp3" and by_file["b.mp3"].agent_id is None
    assert by_file["c.wav"].channel_layout == "agent-left"
    messages = [str(p) for p in found.problems]
    assert any(m.startswith("metadata.csv:3:") and "started_at" in m for m in messages)
    assert any(m.startswith("metadata.csv:4:") and "channel_layout" in m for m in messages)
    assert by_file["d.wav"].recording_id == "2026-11-20/d.wav"


def test_analyze_paths_use_metadata_by_file_name(tmp_path):
    meta = tmp_path / "m.csv"
    meta.write_text(HEADER + "x.wav,C7,A05,陈晨,二组,,,,mono,\n", encoding="utf-8")
    found = records_for_paths([str(tmp_path / "x.wav"), str(tmp_path / "y.wav")], str(meta),
                              CallDefaults())
    assert found.records[0].recording_id == "C7" and found.records[0].channel_layout == "mono"
    assert found.records[1].recording_id == "y.wav" and found.records[1].channel_layout == "agent-left"


def _records(n_agents=3, per_agent=10):
    return [CallRecord(file=f"{a}-{i}.wav", recording_id=f"{a}-{i}", agent_id=f"A{a}")
            for a in range(n_agents) for i in range(per_agent)]


def test_sampling_is_deterministic_per_date_and_stratified():
    recs = _records()
    opts = SamplingOptions(mode="per_agent", per_agent=3)
    first = sample_records(recs, opts, "2026-11-20")
    assert first == sample_records(list(recs), opts, "2026-11-20")
    assert len(first) == 9 and {r.agent_id for r in first} == {"A0", "A1", "A2"}
    assert first != sample_records(recs, opts, "2026-11-21")
    ratio = sample_records(recs, SamplingOptions(mode="ratio", ratio=0.25), "2026-11-20")
    assert len(ratio) == 9  # ceil(10 * 0.25) per agent
    assert sample_records(recs, SamplingOptions(mode="all"), "2026-11-20") == recs


def test_adding_a_file_does_not_reshuffle_the_sample():
    recs = _records(1, 20)
    opts = SamplingOptions(mode="per_agent", per_agent=5)
    before = {r.recording_id for r in sample_records(recs, opts, "2026-11-20")}
    extra = recs + [CallRecord(file="new.wav", recording_id="new", agent_id="A0")]
    after = {r.recording_id for r in sample_records(extra, opts, "2026-11-20")}
    assert len(before & after) >= 4

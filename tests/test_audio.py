"""Decoding real files of the formats recorders produce, and clear errors for bad ones."""
import subprocess

import imageio_ffmpeg
import numpy as np
import pytest

from pipeline.audio import AudioError, decode
from pipeline.channels import split_channels
from tests.conftest import tone, write_wav


@pytest.fixture
def stereo_wav(tmp_path):
    return write_wav(tmp_path / "call.wav", [tone(2.0, 440), tone(2.0, 300)])


def _ffmpeg(src, dst, *args):
    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-y", "-i", str(src), *args,
                    str(dst)], check=True)
    return dst


def test_stereo_pcm_keeps_channels_apart_at_16k(stereo_wav):
    audio = decode(stereo_wav)
    assert audio.channels.shape == (2, 32000)
    assert audio.source_rate == 8000 and audio.source_channels == 2
    assert abs(audio.duration_s - 2.0) < 0.01
    left = np.fft.rfft(audio.channels[0])
    assert abs(np.argmax(np.abs(left)) / 2.0 - 440) < 2  # left is still the 440 Hz channel


@pytest.mark.parametrize("suffix,args,codec", [
    (".wav", ["-c:a", "pcm_mulaw"], "pcm_mulaw"),
    (".wav", ["-c:a", "pcm_alaw"], "pcm_alaw"),
    (".mp3", ["-c:a", "libmp3lame", "-b:a", "32k"], "mp3"),
    (".flac", [], "flac"),
    (".ogg", ["-c:a", "libopus"], "opus"),
])
def test_telephone_and_compressed_formats(tmp_path, stereo_wav, suffix, args, codec):
    out = _ffmpeg(stereo_wav, tmp_path / f"x{suffix}", *args)
    audio = decode(out)
    assert audio.codec.startswith(codec.split("_")[0])
    assert audio.channels.shape[0] == 2
    assert abs(audio.duration_s - 2.0) < 0.1


@pytest.mark.parametrize("make,reason", [
    (lambda p: p.write_bytes(b""), "empty file"),
    (lambda p: p.write_text("this is a text file, not audio", encoding="utf-8"), "not a WAV file"),
    (lambda p: None, "file not found"),
])
def test_bad_files_raise_with_file_and_reason(tmp_path, make, reason):
    path = tmp_path / "bad.wav"
    make(path)
    with pytest.raises(AudioError) as err:
        decode(path)
    assert reason in str(err.value) and "bad.wav" in str(err.value)


def test_truncated_wav_is_rejected(tmp_path, stereo_wav):
    data = stereo_wav.read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(AudioError, match="truncated WAV: header declares 64000 bytes"):
        decode(cut)


def test_text_named_mp3_is_not_audio(tmp_path):
    path = tmp_path / "x.mp3"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(AudioError, match="not audio or damaged"):
        decode(path)


def test_layouts_and_fake_stereo(tmp_path, stereo_wav):
    audio = decode(stereo_wav)
    left = split_channels(audio, "agent-left")
    assert [(t.role, t.channel) for t in left.tracks] == [("agent", 0), ("customer", 1)]
    right = split_channels(audio, "agent-right")
    assert [(t.role, t.channel) for t in right.tracks] == [("agent", 1), ("customer", 0)]
    mix = tone(2.0, 440) + tone(2.0, 300)
    fake = decode(write_wav(tmp_path / "fake.wav", [mix, mix]))
    split = split_channels(fake, "agent-left")
    assert split.layout == "mono" and "fake stereo" in split.notes[0]
    assert [t.role for t in split.tracks] == ["unknown"]
    mono = decode(write_wav(tmp_path / "mono.wav", [mix]))
    assert split_channels(mono, "agent-left").layout == "mono"
    with pytest.raises(ValueError, match="unknown channel layout"):
        split_channels(audio, "left")


def test_sample_buffer_grows_past_a_wrong_duration_estimate():
    """The decoder's buffer is sized from the container's duration; when that is wrong
    (streams without a duration, lying headers) it grows and the samples stay exact."""
    from pipeline.audio import _SampleBuffer

    rng = np.random.default_rng(3)
    frames = [rng.normal(size=(2, int(n))).astype(np.float32) for n in rng.integers(1, 5000, 200)]
    buf = _SampleBuffer(2, capacity=100)
    for f in frames:
        buf.append(f)
    assert np.array_equal(buf.samples(), np.concatenate(frames, axis=1))


def test_channel_correlation_in_blocks_matches_numpy():
    from pipeline.channels import channel_correlation

    rng = np.random.default_rng(5)
    a = rng.normal(size=250_001).astype(np.float32)
    b = (0.4 * a + rng.normal(size=a.size)).astype(np.float32)
    assert abs(channel_correlation(a, b, block=4096) - np.corrcoef(a, b)[0, 1]) < 1e-9
    assert channel_correlation(a, a.copy(), block=1000) > 0.999999
    silent = np.zeros(1000, np.float32)
    assert channel_correlation(silent, silent) == 1.0
    assert channel_correlation(silent, a[:1000]) == 0.0

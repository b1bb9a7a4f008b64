"""MP3 clips with personal data beeped out (PyAV decode → pydub → ffmpeg from imageio)."""
import numpy as np
import pytest

from pipeline.audio import decode
from pipeline.clips import apply_beeps, clip_window, export_clip
from review.testing import write_tone_wav


def dominant_hz(audio, start_s, end_s, channel=0):
    x = audio.channels[channel][int(start_s * audio.sample_rate):int(end_s * audio.sample_rate)]
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / audio.sample_rate)[spectrum.argmax()])


@pytest.mark.parametrize("start, end, duration, pad, window", [
    (5.0, 8.0, 20.0, 2.0, (3.0, 10.0)),
    (1.0, 3.0, 20.0, 2.0, (0.0, 5.0)),        # clipped at the start
    (17.0, 19.5, 20.0, 2.0, (15.0, 20.0)),    # … and at the end
    (None, None, 20.0, 2.0, (0.0, 20.0)),     # whole call
    (8.0, 5.0, 20.0, 0.0, (5.0, 8.0)),        # reversed times
])
def test_clip_window(start, end, duration, pad, window):
    assert clip_window(start, end, duration, pad) == pytest.approx(window)


def test_apply_beeps_overwrites_every_channel():
    ch = np.zeros((2, 8000), dtype=np.float32)
    done = apply_beeps(ch, 8000, [(0.25, 0.5)], margin_s=0.05)
    assert done == [(0.2, 0.55)]
    assert np.abs(ch[:, 1600:4400]).max() > 0.25 and np.abs(ch[:, :1590]).max() == 0
    assert np.array_equal(ch[0], ch[1])


def test_export_clip_pads_cuts_and_beeps(tmp_path):
    src = write_tone_wav(tmp_path / "call.wav", 20.0)          # 300 Hz left, 500 Hz right
    info = export_clip(src, tmp_path / "out" / "clip.mp3", 6.0, 9.0,
                       beeps=[(7.0, 8.0), (15.0, 16.0)], padding_s=2.0, margin_s=0.1)
    assert info.path.exists() and info.path.read_bytes()[:3] in (b"ID3", b"\xff\xfb", b"\xff\xf3")
    assert (info.call_start_s, info.call_end_s) == pytest.approx((4.0, 11.0))
    assert len(info.beeps) == 1                                   # the far beep is outside
    assert info.beeps[0] == pytest.approx((2.9, 4.1))
    audio = decode(info.path)
    assert audio.duration_s == pytest.approx(7.0, abs=0.1)
    assert audio.channels.shape[0] == 2                           # stereo kept
    assert dominant_hz(audio, 3.0, 4.0, 0) == pytest.approx(1000, abs=10)
    assert dominant_hz(audio, 3.0, 4.0, 1) == pytest.approx(1000, abs=10)
    assert dominant_hz(audio, 0.5, 2.5, 0) == pytest.approx(300, abs=10)
    assert dominant_hz(audio, 5.0, 6.5, 1) == pytest.approx(500, abs=10)


def test_export_whole_call_of_an_mp3(data_dir, tmp_path):
    info = export_clip(data_dir / "fx_mp3.mp3", tmp_path / "c.mp3", None, None)
    src = decode(data_dir / "fx_mp3.mp3")
    assert info.call_start_s == 0 and info.call_end_s == pytest.approx(src.duration_s)
    assert decode(info.path).duration_s == pytest.approx(src.duration_s, abs=0.1)

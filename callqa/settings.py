"""The one settings object: defaults, then a TOML file, then env vars, then CLI flags.

Every stage takes the part it needs (``settings.asr``, ``settings.sampling`` …), so
nothing reads the environment on its own. Each field is documented in the README
(`tests/test_settings.py` fails if one is not).
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, get_type_hints

ENV_PREFIX = "CALLQA_"


def _user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "callqa"


@dataclass
class AsrOptions:
    """How speech becomes text.

    Attributes:
        model: ``base`` (the Whisper base model assembled from its PyPI packages),
            a directory holding a CTranslate2 Whisper model, or a faster-whisper
            model name such as ``large-v3`` (needs that model in the local HF cache).
        device: ``cpu``, ``cuda`` or ``auto``.
        compute_type: CTranslate2 compute type (``int8`` on CPU, ``float16`` on GPU).
        cpu_threads: threads inside one model run (CTranslate2 intra-op threads).
        num_workers: model runs that may proceed at once in one process (CTranslate2
            replicas sharing the weights); match it to the threads that call the model
            (``flow.local_workers`` locally, threads per Dask worker). Measured on 2
            cores: 2 runs × 1 thread give twice the throughput of 1 run × 2 threads,
            with identical transcripts.
        beam_size: beam search width.
        batch_size: windows decoded together by faster-whisper's batched pipeline;
            1 decodes them one after the other.
        language: Whisper language code.
        initial_prompt: steers script, punctuation and domain for stereo calls (each
            chunk one speaker); never put rule phrases here, the model would "hear" them.
        mono_initial_prompt: the same for mono mixes (two voices in one track); measured
            here, mono calls read best with none.
        vad_min_silence_ms: silence that ends a VAD speech chunk.
        pause_split_s: a gap between words at least this long starts a new utterance.
        speaker_change_gap_s: silence put between the agent's and the customer's speech
            where the speaker changes in the one-pass stereo stream (measured: 0.5 s
            lowers CER from 0.144 to 0.135 on the sample calls at the same speed).
        no_speech_threshold: drop a segment above this no_speech_prob …
        logprob_threshold: … when its avg_logprob is also below this.
    """

    model: str = "base"
    device: str = "cpu"
    compute_type: str = "int8"
    cpu_threads: int = 1
    num_workers: int = 2
    beam_size: int = 5
    batch_size: int = 4
    language: str = "zh"
    initial_prompt: str = "以下是客服中心的电话录音，请用简体中文和标点。"
    mono_initial_prompt: str = ""
    vad_min_silence_ms: int = 500
    pause_split_s: float = 0.6
    speaker_change_gap_s: float = 0.5
    no_speech_threshold: float = 0.6
    logprob_threshold: float = -1.0


@dataclass
class SamplingOptions:
    """Which of the day's recordings get processed.

    Attributes:
        mode: ``all``, ``per_agent`` (``per_agent`` calls per agent) or ``ratio``.
        per_agent: calls per agent in ``per_agent`` mode.
        ratio: share of calls (0..1], stratified per agent, in ``ratio`` mode.
        seed: mixed with the date so a re-run of a date picks the same calls.
    """

    mode: str = "all"
    per_agent: int = 10
    ratio: float = 0.05
    seed: str = "callqa"


@dataclass
class CallDefaults:
    """Values for a recording that has no (valid) row in metadata.csv.

    Attributes:
        channel_layout: ``agent-left``, ``agent-right`` or ``mono``.
        direction: ``inbound`` or ``outbound``.
    """

    channel_layout: str = "agent-left"
    direction: str = "inbound"


@dataclass
class ReportOptions:
    """What the weekly QC report flags (callqa defaults; the documents give no numbers).

    Attributes:
        new_hire_days: agents hired within this many days before the week's end are
            new hires, listed for 重点监听 (focused listening).
        focus_lowest: the agents with the lowest weekly average (this many) go on the
            重点监听 list.
        focus_drop_points: an agent whose weekly average fell by at least this many
            points from the previous week goes on the 重点监听 list.
        common_share: a finding category is a common problem (共性问题) when at least
            this share of the agents with scored calls had it …
        common_min_agents: … and at least this many agents; otherwise it is an
            individual problem (个性问题).
        examples_per_category: best and worst example calls per category for the
            录音分享会.
        html_max_rows: long lists are cut to this many rows in the HTML page (the
            XLSX workbook always has every row).
    """

    new_hire_days: int = 90
    focus_lowest: int = 3
    focus_drop_points: float = 5.0
    common_share: float = 0.3
    common_min_agents: int = 2
    examples_per_category: int = 2
    html_max_rows: int = 200


@dataclass
class ScheduleOptions:
    """When ``callqa schedule`` runs the flows (cron, in ``centre_timezone``).

    Attributes:
        nightly_cron: the nightly QA run for the previous day.
        weekly_cron: the weekly report for the previous ISO week.
        catch_up_days: the scheduled nightly run also runs missed days up to this many
            days back (days without a finished nightly run that have a recordings folder).
    """

    nightly_cron: str = "0 2 * * *"
    weekly_cron: str = "0 8 * * 1"
    catch_up_days: int = 7


@dataclass
class FlowOptions:
    """How the nightly flow runs its per-call tasks.

    Attributes:
        dask_address: ``tcp://HOST:PORT`` of a Dask scheduler to fan the per-call work
            out to (via prefect-dask); empty runs tasks in threads of this process.
        local_workers: threads running per-call tasks when no Dask address is set;
            2 lets decoding and rules of one call overlap the next call's ASR.
        max_in_flight: calls submitted at once (bounds memory on huge nights).
        store_batch: results written to DuckDB per connection.
    """

    dask_address: str = ""
    local_workers: int = 2
    max_in_flight: int = 16
    store_batch: int = 8


@dataclass
class ReviewOptions:
    """The review workbench (``callqa serve``) and its sharing packs.

    Attributes:
        host: address ``callqa serve`` listens on (loopback by default; put a TLS
            reverse proxy in front before exposing it).
        port: port ``callqa serve`` listens on.
        secret_file: file holding the key that signs session cookies; generated
            once (mode 0600) when missing. Default ``<var_dir>/review_secret``.
        session_hours: a login lasts this many hours.
        secure_cookies: mark the session cookie ``Secure`` (only sent over HTTPS);
            turn on behind a TLS proxy.
        clip_padding_s: seconds of audio kept before and after each example in a
            sharing pack.
        beep_margin_s: a masked word's beep starts this much earlier and ends this
            much later than Whisper's word timing (word times are approximate).
        mask_min_digits: any run of at least this many digits (spoken as digits or
            Chinese numerals) is masked even when it is not a well-formed phone, ID or
            card number (ASR drops and adds digits).
        page_size: rows per page in the queue and in search results.
        db_linger_s: the web process keeps the DuckDB file open this long after the
            last request, then releases it so the nightly flow can write.
    """

    host: str = "127.0.0.1"
    port: int = 8000
    secret_file: str = ""
    session_hours: float = 12.0
    secure_cookies: bool = False
    clip_padding_s: float = 2.0
    beep_margin_s: float = 0.15
    mask_min_digits: int = 7
    page_size: int = 100
    db_linger_s: float = 2.0


@dataclass
class Settings:
    """Everything configurable, in one place.

    Attributes:
        var_dir: where callqa keeps its database, caches, logs and reports.
        db_path: the DuckDB file (default ``<var_dir>/callqa.duckdb``).
        recordings_root: folder with one sub-folder per day (``YYYY-MM-DD``).
        rulebook: the YAML rulebook used for rules and scoring.
        model_cache_dir: where the assembled Whisper weights live (outside the repo).
        transcript_cache: cache transcripts by audio hash + model + options.
        diarization_min_confidence: mono calls get agent/customer roles only when the
            speaker separation is at least this confident; otherwise roles stay
            ``unknown`` (no accusation rests on a guessed speaker).
        log_level: ``DEBUG``, ``INFO``, ``WARNING``.
        centre_timezone: the call centre's local time zone: shifts, rosters, leave and
            team periods are local times, recordings carry ISO offsets.
    """

    var_dir: str = "var"
    db_path: str = ""
    recordings_root: str = "samples"
    rulebook: str = ""
    model_cache_dir: str = field(default_factory=lambda: str(_user_cache_dir() / "models"))
    transcript_cache: bool = True
    diarization_min_confidence: float = 0.5
    log_level: str = "INFO"
    centre_timezone: str = "Asia/Shanghai"
    asr: AsrOptions = field(default_factory=AsrOptions)
    sampling: SamplingOptions = field(default_factory=SamplingOptions)
    defaults: CallDefaults = field(default_factory=CallDefaults)
    flow: FlowOptions = field(default_factory=FlowOptions)
    report: ReportOptions = field(default_factory=ReportOptions)
    schedule: ScheduleOptions = field(default_factory=ScheduleOptions)
    review: ReviewOptions = field(default_factory=ReviewOptions)

    # Derived locations: one definition, used by every stage.
    @property
    def database(self) -> Path:
        return Path(self.db_path) if self.db_path else Path(self.var_dir) / "callqa.duckdb"

    @property
    def cache_dir(self) -> Path:
        return Path(self.var_dir) / "cache"

    @property
    def log_dir(self) -> Path:
        return Path(self.var_dir) / "logs"

    @property
    def reports_dir(self) -> Path:
        return Path(self.var_dir) / "reports"

    @property
    def rulebook_path(self) -> Path:
        if self.rulebook:
            return Path(self.rulebook)
        return Path(__file__).resolve().parent.parent / "qa_rules" / "rulebooks" / "default.yaml"

    @property
    def review_secret_path(self) -> Path:
        return Path(self.review.secret_file) if self.review.secret_file \
            else Path(self.var_dir) / "review_secret"

    def day_dir(self, call_date: str) -> Path:
        return Path(self.recordings_root) / call_date


class SettingsError(ValueError):
    """A configuration value is missing or of the wrong type."""


def load_settings(config_file: str | os.PathLike | None = None,
                  overrides: dict[str, Any] | None = None,
                  environ: dict[str, str] | None = None) -> Settings:
    """Build settings from defaults < TOML file < CALLQA_* env vars < overrides.

    The TOML file is ``config_file``, else ``$CALLQA_CONFIG``, else ``callqa.toml`` in
    the working directory if present. Env vars use ``__`` for nesting, e.g.
    ``CALLQA_ASR__BEAM_SIZE=1``. Overrides use dotted keys (``asr.model``); ``None``
    values are ignored so CLI flags that were not given change nothing.
    """
    env = os.environ if environ is None else environ
    settings = Settings()
    path = config_file or env.get(ENV_PREFIX + "CONFIG")
    if path is None and Path("callqa.toml").is_file():
        path = "callqa.toml"
    if path:
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"{path}: cannot read configuration: {exc}") from exc
        _apply_mapping(settings, data, source=str(path))
    for key, raw in env.items():
        if key.startswith(ENV_PREFIX) and key != ENV_PREFIX + "CONFIG":
            dotted = key[len(ENV_PREFIX):].lower().replace("__", ".")
            _set_dotted(settings, dotted, raw, source=f"env {key}")
    for dotted, value in (overrides or {}).items():
        if value is not None:
            _set_dotted(settings, dotted, value, source="command line")
    return settings


def iter_setting_names(obj: Any = None, prefix: str = "") -> list[str]:
    """All dotted setting names (for docs and the documentation test)."""
    obj = obj if obj is not None else Settings()
    names: list[str] = []
    for f in fields(obj):
        value = getattr(obj, f.name)
        if is_dataclass(value):
            names += iter_setting_names(value, prefix + f.name + ".")
        else:
            names.append(prefix + f.name)
    return names


def _apply_mapping(target: Any, data: dict[str, Any], source: str, prefix: str = "") -> None:
    for key, value in data.items():
        if isinstance(value, dict):
            _apply_mapping(target, value, source, prefix + key + ".")
        else:
            _set_dotted(target, prefix + key, value, source)


def _set_dotted(root: Any, dotted: str, value: Any, source: str) -> None:
    parts = dotted.split(".")
    obj = root
    for part in parts[:-1]:
        if not hasattr(obj, part) or not is_dataclass(getattr(obj, part)):
            raise SettingsError(f"{source}: unknown setting '{dotted}'")
        obj = getattr(obj, part)
    name = parts[-1]
    names = {f.name for f in fields(obj)}
    if name not in names:
        raise SettingsError(f"{source}: unknown setting '{dotted}'")
    hint = get_type_hints(type(obj))[name]
    setattr(obj, name, _coerce(value, hint, dotted, source))


def _coerce(value: Any, hint: Any, dotted: str, source: str) -> Any:
    try:
        if hint is bool:
            if isinstance(value, str):
                if value.lower() in ("1", "true", "yes", "on"):
                    return True
                if value.lower() in ("0", "false", "no", "off"):
                    return False
                raise ValueError(value)
            return bool(value)
        if hint in (int, float):
            return hint(value)
        return str(value)
    except (TypeError, ValueError):
        raise SettingsError(f"{source}: setting '{dotted}' expects {getattr(hint, '__name__', hint)}, "
                            f"got {value!r}") from None

# callqa — two commands on a fresh machine: `make demo`, `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.callqa-installed
DEMO_DATE ?= 2026-11-20

.PHONY: install demo test rules-test bench bench-asr eval calibrate clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

## Run the nightly job on the bundled sample day (DuckDB under var/, Prefect ephemeral API).
demo: install
	$(VENV)/bin/callqa run --date $(DEMO_DATE)

## The test suite (real Whisper on short clips, real DuckDB file, real Prefect flow,
## real headless Chromium for the review workbench: browser-deps installs it when missing).
test: install browser-deps
	$(VENV)/bin/callqa rules test qa_rules/rulebooks/default.yaml
	$(PY) -m pytest -q

rules-test: install
	$(VENV)/bin/callqa rules test qa_rules/rulebooks/default.yaml

## ASR: CER naive downmix vs callqa, RTF, peak memory, dead-air/interruption P/R (prints a table).
bench-asr: install
	$(PY) tools/bench_asr.py --day samples/$(DEMO_DATE)

## Rules: precision/recall per category through real ASR vs a naive substring baseline.
eval: install
	$(PY) tools/eval_rules.py --day samples/2026-11-20 --day samples/2026-11-27 --day samples/2026-12-04 \
	    --day samples/2026-12-11 --day samples/2026-12-18 --day samples/2026-12-25 --day samples/2027-01-01 \
	    --day samples/2027-01-08 --day samples/2027-01-15
	$(PY) tools/eval_heldout_text.py

## The complaint trigger's threshold against the labelled days, checked leaving one day out
## (run it again after `callqa models train`; set the result in the rulebook)
calibrate: install
	$(PY) tools/calibrate_complaint.py

## Throughput: naive vs callqa on a synthetic 50-call day (wall, audio-s/wall-s, CPU, peak
## memory, time per stage), plus peak memory of a 1-hour stereo call (~15 min in all).
bench: install
	$(PY) tools/bench_throughput.py --calls 50 --long

clean:
	rm -rf var .pytest_cache

# ---------------------------------------------------------------- weekly report
.PHONY: bench-report report-sample report-screenshot
BENCH_DB       ?= var/bench/warehouse-1m.duckdb
SAMPLE_DB      ?= var/sample-warehouse.duckdb
SAMPLE_WEEK    ?= 2026-W47
SAMPLE_REPORT  := docs/sample-report
CHROMIUM       ?= chromium

## Weekly report on a 1,000,000-call synthetic warehouse (generated once, not committed): < 10 s.
bench-report: install
	$(PY) tools/bench_report.py --db $(BENCH_DB) --calls 1000000

## The sample week's report (HTML, XLSX, JSON) under docs/: the five sample agents, two weeks.
report-sample: install
	rm -f $(SAMPLE_DB) $(SAMPLE_DB).wal
	$(PY) tools/make_warehouse.py $(SAMPLE_DB) --reference samples/reference --calls 700 \
		--start 2026-11-09 --days 14
	$(VENV)/bin/callqa report --week $(SAMPLE_WEEK) --db $(SAMPLE_DB) --out $(SAMPLE_REPORT)

## PNG of the sample report (needs Debian chromium and fonts-noto-cjk; not needed by the tests).
report-screenshot: report-sample
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --disable-background-networking \
		--hide-scrollbars --window-size=1280,3000 \
		--screenshot=$(CURDIR)/docs/weekly-report-$(SAMPLE_WEEK).png \
		file://$(CURDIR)/$(SAMPLE_REPORT)/callqa-weekly-$(SAMPLE_WEEK).html
	$(PY) -c "from PIL import Image; p = 'docs/weekly-report-$(SAMPLE_WEEK).png'; \
		Image.open(p).convert('RGB').quantize(128).save(p, optimize=True)"

# ---------------------------------------------------------------- review workbench
.PHONY: browser-deps serve screenshots bench-review
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

## Debian's chromium and CJK fonts for the browser tests (Playwright drives the system
## chromium; `playwright install` downloads nothing here). Skipped when both are present.
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || \
	    ! dpkg-query -W -f='$${Status}' fonts-noto-cjk 2>/dev/null | grep -q "ok installed"; then \
		echo "installing chromium and fonts-noto-cjk (apt-get)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y chromium fonts-noto-cjk; \
	fi

## The workbench on http://127.0.0.1:8000/ over var/callqa.duckdb (add users with `callqa users add`).
serve: install
	$(VENV)/bin/callqa serve

## docs/screenshots/{queue,call}.png from the demo day (run `make demo` first).
screenshots: install browser-deps
	$(PY) -m review.screenshots --db var/callqa.duckdb --out docs/screenshots --call 20261120-0014

## Page timings on a 24,000-call copy of the demo day (queue, call page, search, calibration).
bench-review: install
	$(PY) -m review.bench --db var/callqa.duckdb --copies 1000

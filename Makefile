# callqa — two commands on a fresh machine: `make demo`, `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.callqa-installed
DEMO_DATE ?= 2026-11-20

.PHONY: install demo test rules-test bench bench-asr eval clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

## Run the nightly job on the bundled sample day (DuckDB under var/, Prefect ephemeral API).
demo: install
	$(VENV)/bin/callqa run --date $(DEMO_DATE)

## The test suite (real Whisper on short clips, real DuckDB file, real Prefect flow).
test: install
	$(VENV)/bin/callqa rules test qa_rules/rulebooks/default.yaml
	$(PY) -m pytest -q

rules-test: install
	$(VENV)/bin/callqa rules test qa_rules/rulebooks/default.yaml

## ASR: CER naive downmix vs callqa, RTF, peak memory, dead-air/interruption P/R (prints a table).
bench-asr: install
	$(PY) tools/bench_asr.py --day samples/$(DEMO_DATE)

## Rules: precision/recall per category through real ASR vs a naive substring baseline.
eval: install
	$(PY) tools/eval_rules.py --day samples/$(DEMO_DATE)

clean:
	rm -rf var .pytest_cache

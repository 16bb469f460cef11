# Slik gjør vi det i Åsnes – kommandoer. Skriv `make help` for en oversikt.
# Alt installeres fra requirements.lock (med sjekksummer) inn i .venv; ingenting hentes fra internett
# mens nettstedet bygges, testes eller kjøres.

SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Byggeprogrammet: mkdocs, eller ProperDocs (vedlikeholdt avlegger, samme resultat): make build MKDOCS=properdocs
MKDOCS ?= mkdocs
CHROMIUM ?= /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help serve build test clean lock chromium nginx rapport

help: ## Vis denne oversikten
	@echo "Slik gjør vi det i Åsnes – kommandoer:"
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installert: requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	@touch $@

serve: $(VENV)/.installert ## Bygg og vis nettstedet på http://127.0.0.1:8000 (oppdateres når du lagrer)
	HV_BYGGER=$(MKDOCS) $(BIN)/python scripts/vis.py --dev-addr 127.0.0.1:8000 --watch data --watch macros --watch overrides --watch maler

build: $(VENV)/.installert ## Bygg nettstedet strengt til site/
	HV_BYGGER=$(MKDOCS) $(BIN)/python scripts/bygg.py --clean -f mkdocs.yml --site-dir site

test: $(VENV)/.installert chromium nginx ## Kjør alle tester (bygg, lenker, tilgjengelighet, nettleser)
	$(BIN)/python -m pytest -n 2

chromium: ## Installer Debians chromium for nettlesertestene hvis den mangler
	@if [ -x "$(CHROMIUM)" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installerer chromium (Debian-pakke) ..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "FEIL: Testene trenger nettleseren Chromium på $(CHROMIUM)."; \
	  echo "Installer den som administrator:  sudo apt-get install chromium"; \
	  echo "(eller pek CHROMIUM=/sti/til/chromium hvis den ligger et annet sted)"; \
	  exit 1; \
	fi

nginx: ## Installer Debians nginx for leveransetesten hvis den mangler
	@if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installerer nginx (Debian-pakke) ..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 || \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; \
	else \
	  echo "FEIL: Leveransetesten trenger nginx.  Installer:  sudo apt-get install nginx"; \
	  exit 1; \
	fi

lock: ## Lag requirements.lock på nytt fra requirements.in (krever nett mot PyPI)
	@test -x .venv-lock/bin/pip-compile || ($(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install --quiet pip-tools)
	.venv-lock/bin/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe -o requirements.lock requirements.in

# Raske sjekker uten nettleser: Markdown, YAML, filnavn, personvern, CI-filer og rutinemalen.
LINTTESTER := tests/test_lint.py tests/test_slugs.py tests/test_personopplysninger.py tests/test_arbeidsflyt.py
.PHONY: lint personvern

lint: $(VENV)/.installert ## Kjør de raske sjekkene (Markdown, YAML, filnavn, personvern) uten nettleser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q $(LINTTESTER)

personvern: ## Sjekk at ingen fødselsnumre eller D-numre står i docs/, data/ eller maler/
	$(PYTHON) scripts/sjekk_personopplysninger.py

# Rutinerapport til evalueringene i mai og september. DAGER=N endrer vinduet (standard 60).
# Avslutter med 0 selv om noe har forfalt (bygget skal ikke stoppe den dagen en frist passeres);
# med STRENG=1 avslutter den med 1 når minst én rutine har forfalt revisjon.
DAGER ?= 60
rapport: $(VENV)/.installert ## Vis rutiner med forfalt eller snarlig revisjon og utkast, per eier (DAGER=60, STRENG=1)
	$(BIN)/python scripts/rapport.py --dager $(DAGER) $(if $(filter 1 ja true,$(STRENG)),--streng)

.PHONY: dist bench
dist: $(VENV)/.installert ## Lag et reproduserbart, versjonert arkiv av nettstedet i dist/ (se deploy/README.md)
	$(BIN)/python scripts/dist.py --out dist

LIGHTHOUSE := benchmark/lighthouse/node_modules/.bin/lighthouse

# Lighthouse fra npm, med versjonene i benchmark/lighthouse/package-lock.json (trenger Node.js og npm: Debian-pakkene nodejs og npm)
$(LIGHTHOUSE): benchmark/lighthouse/package.json benchmark/lighthouse/package-lock.json
	@command -v npm >/dev/null || { echo "FEIL: make bench trenger npm for Lighthouse. Installer:  sudo apt-get install nodejs npm"; exit 1; }
	npm install --prefix benchmark/lighthouse --no-audit --no-fund --silent
	@touch $@

bench: $(VENV)/.installert chromium nginx $(LIGHTHOUSE) ## Mål byggetid, vekst, forsidens vekt, Lighthouse og søket mot budsjettene (noen minutter)
	$(BIN)/python scripts/bench.py

# Hele handlingsveilederen (veien, akuttsiden og alle rutinene) som én PDF, skrevet ut av Chromium fra
# siden docs/utskrift/handlingsveileder.md. Nettadressen i bunnteksten kommer fra HV_SITE_URL.
.PHONY: pdf
pdf: build chromium ## Lag hele handlingsveilederen som én PDF: dist/handlingsveileder.pdf
	$(BIN)/python scripts/lag_pdf.py --nettsted site --ut dist/handlingsveileder.pdf

clean: ## Fjern bygget nettsted, testresultater og .venv
	rm -rf site $(VENV) .venv-lock .pytest_cache test-resultater

# Issue 16: en annen kommune fra samme motor, ProperDocs som utgang, raske tester og ruff.
.PHONY: eksempel
eksempel: $(VENV)/.installert ## Bygg demonstrasjonen eksempel/sola/ (samme motor, annen kommune) strengt til site-eksempel/
	HV_DATAKATALOG= $(BIN)/mkdocs build --strict --clean -f eksempel/sola/mkdocs.yml --site-dir $(CURDIR)/site-eksempel

.PHONY: test-fast
test-fast: $(VENV)/.installert ## Raske tester uten nettleser og nginx (for redigering); hele settet: make test
	$(BIN)/python -m pytest -q -n 2 -m "not browser and not nginx"

# NotifyWire. `make bench` and `make test` work from a clean clone, as root, with nothing else installed by hand.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

PYTHON ?= python3
SWIFT ?= swift
# Debug build shared by every test step: built once, reused by each.
SWIFT_BUILD_FLAGS ?= -Xswiftc -warnings-as-errors
# The package trait that builds the Hummingbird integration and `notifywire serve` (tested by `make test`).
SWIFT_TRAITS ?= --traits Hummingbird
# bench-check and bench-thresholds: malloc counts only, of our codecs and the C limit.
BENCH_CHECK_FLAGS ?= --metric mallocCountTotal --filter '(ours|c)_.*' --no-progress
# Seconds each fuzz target runs for in `make fuzz`, and in the short runs of `make test`.
FUZZ_SECONDS ?= 60
FUZZ_TEST_SECONDS ?= 15
# The runs of `make loadlab`'s two-node part (scripts/loadlab.sh): the in-memory engine's throughput on one node
# beside two PostgreSQL nodes', then the three outages that only several nodes on PostgreSQL have.
LOADLAB_TWO_NODE_RUNS ?= throughput-memory throughput outage-kill-node outage-listener-kill outage-db-restart
export NOTIFYWIRE_PYTHON := $(shell command -v $(PYTHON) 2>/dev/null || echo $(PYTHON))

.PHONY: all setup build test test-swift test-asan test-fuzz fuzz fuzz-seeds lint bench bench-full bench-check bench-thresholds generate check-generated sync-conformance loadlab clean

all: build

## setup: install the Debian packages and the Python test peers (idempotent).
setup:
	bash scripts/setup.sh

## build: debug build of the package and its tests, warnings as errors.
build: setup
	$(SWIFT) build --build-tests $(SWIFT_TRAITS) $(SWIFT_BUILD_FLAGS)

## test: everything CI checks. Builds once and reuses the build for every step.
test: setup check-generated lint build
	$(SWIFT) test --skip-build $(SWIFT_TRAITS) --parallel
	$(MAKE) test-asan
	$(MAKE) test-fuzz

## test-asan: the C-interop decoders' tests once more under AddressSanitizer (own build folder).
test-asan: setup
	bash scripts/test-asan.sh

## test-fuzz: every fuzz target for FUZZ_TEST_SECONDS from its committed corpus; fails on a finding.
test-fuzz: setup
	FUZZ_SECONDS=$(FUZZ_TEST_SECONDS) SWIFT=$(SWIFT) bash scripts/fuzz.sh

## fuzz: every fuzz target of Fuzz/ for FUZZ_SECONDS each (own build folder, Fuzz/.build); one line per target.
## FUZZ_MERGE=1 also merges what adds edges into Tests/Fuzz/Corpus/. See docs/fuzzing.md.
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) bash scripts/fuzz.sh

## fuzz-seeds: rebuild the seeds from the vectors and fixtures and merge what adds coverage into Tests/Fuzz/Corpus/.
fuzz-seeds: setup
	rm -rf Fuzz/.build/seeds
	$(PYTHON) scripts/fuzz-seeds.py Fuzz/.build/seeds
	SWIFT=$(SWIFT) bash scripts/fuzz.sh --seed Fuzz/.build/seeds

## lint: swift format lint --strict over Sources, Tests, Fuzz and the manifests.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift Fuzz/Package.swift Fuzz/Sources

## bench: the main job: `notifywire bench` on the built-in corpus, release build.
bench: setup
	$(SWIFT) run -c release notifywire bench

## bench-full: the package-benchmark suites in Benchmarks/ (ours, the peers and the C limit; release build).
bench-full: setup
	cd Benchmarks && $(SWIFT) package benchmark --no-progress

## bench-check: our codecs' and the C limit's malloc counts against Benchmarks/Thresholds/ (never time).
## Exit 4 from package-benchmark means "only improvements": passes, with a note to update the thresholds.
bench-check: setup
	status=0; cd Benchmarks && $(SWIFT) package benchmark thresholds check $(BENCH_CHECK_FLAGS) || status=$$?; \
	if [ $$status -eq 4 ]; then echo "bench-check: fewer mallocs than Benchmarks/Thresholds/: run 'make bench-thresholds'"; \
	elif [ $$status -ne 0 ]; then exit $$status; fi

## bench-thresholds: rewrite Benchmarks/Thresholds/ from a run (after a deliberate change in malloc counts).
bench-thresholds: setup
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark thresholds update \
		$(BENCH_CHECK_FLAGS)

## generate: regenerate the committed protoc-c output from Schemas/.
generate:
	bash scripts/generate-protos.sh Sources/CNotifyWireProto

## check-generated: fail when the committed protoc-c output differs from what protoc-c makes of Schemas/ today.
check-generated: setup
	bash scripts/check-generated.sh

## sync-conformance: refresh Tests/Fixtures/conformance/ from ../shared/conformance/ when it is there.
sync-conformance:
	bash scripts/sync-conformance.sh

## loadlab: every `notifywire load` scenario, all transports, release build: docs/loadlab/ (one server, about
## 25 minutes), then the two-node run on PostgreSQL: docs/loadlab/two-nodes/ (about 20 minutes; see scripts/loadlab.sh).
loadlab: setup
	$(SWIFT) build -c release $(SWIFT_TRAITS) --product notifywire
	SWIFT=$(SWIFT) bash scripts/loadlab.sh
	LOADLAB_NODES=2 LOADLAB_OUT=docs/loadlab/two-nodes LOADLAB_SCENARIOS="$(LOADLAB_TWO_NODE_RUNS)" \
		SWIFT=$(SWIFT) bash scripts/loadlab.sh

clean:
	rm -rf .build .build-asan Fuzz/.build

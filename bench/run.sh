#!/usr/bin/env bash
# bench/run.sh: times every bench/programs/*.go with native Go (`go build`) and with minigo
# (`minigo run`, release build) and prints a table: best-of-3 wall seconds for each, the ratio
# minigo/go, the peak resident memory of each (GNU time's %M, the largest of the runs) and its
# ratio, and whether both printed the same checksum. Three programs get extra rows:
# parallel.go is timed under GOMAXPROCS=1 and 2 (parallel speedup of each implementation),
# parked.go measures the resident memory of one parked goroutine (max RSS with 100,000 parked
# minus max RSS with 0, divided by 100,000) and bigalloc.go's peak RSS (one
# make([]byte, 100_000_000)) is repeated as a line of its own. A program NAME_generic.go
# with a twin NAME_plain.go (the same work without type parameters) gets a line with the
# time of each over its twin's, for Go and for minigo (the cost of generic code).
#
#   bench/run.sh                 all programs
#   bench/run.sh fib pingpong    only these (file names without .go)
#   bench/run.sh --go-only ...   skip minigo (e.g. to size the programs)
#
# Environment: MINIGO=path/to/minigo skips `cargo build --release`; RUNS (default 3) is the
# number of timed runs per program; MINIGO_BENCH_TIMEOUT (default 600s) bounds one minigo run.
# Exit status 1 if any minigo run failed or printed a different checksum than Go.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROGRAMS="$ROOT/bench/programs"
RUNS="${RUNS:-3}"
LIMIT="${MINIGO_BENCH_TIMEOUT:-600s}"
PARKED_N=100000

go_only=0
if [[ "${1:-}" == "--go-only" ]]; then go_only=1; shift; fi
if [[ $# -gt 0 ]]; then names=("$@"); else
    names=(); for f in "$PROGRAMS"/*.go; do names+=("$(basename "$f" .go)"); done
fi

command -v go >/dev/null || { echo "run.sh: go is not on PATH" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "run.sh: needs GNU time as /usr/bin/time (apt-get install time)" >&2; exit 1; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

if [[ $go_only == 0 && -z "${MINIGO:-}" ]]; then
    echo "building minigo (cargo build --release)..." >&2
    (cd "$ROOT" && cargo build --release --quiet) || { echo "run.sh: cargo build failed" >&2; exit 1; }
    MINIGO="${CARGO_TARGET_DIR:-$ROOT/target}/release/minigo"
fi

# best_time OUTFILE CMD...: runs CMD $RUNS times (stdout to OUTFILE) and prints two words: the
# best wall time in seconds, or FAIL (exit status, with stderr kept in OUTFILE.err) / TIMEOUT;
# and the largest maximum resident set size of the runs in KiB (- if none finished).
best_time() {
    local out="$1"; shift
    local best="" rss="-" t kb status i
    for ((i = 0; i < RUNS; i++)); do
        TIMEFORMAT=%R
        { time /usr/bin/time -f %M -o "$tmp/rss" timeout "$LIMIT" "$@" >"$out" 2>"$out.err" </dev/null; } 2>"$tmp/time"
        status=$?
        if [[ $status == 124 ]]; then echo "TIMEOUT $rss"; return; fi
        if [[ $status != 0 ]]; then echo "FAIL($status) $rss"; return; fi
        t="$(tail -n1 "$tmp/time")"
        if [[ -z "$best" ]] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$t"; fi
        kb="$(tail -n1 "$tmp/rss")"
        if [[ "$rss" == - ]] || ((kb > rss)); then rss="$kb"; fi
    done
    echo "$best $rss"
}

is_number() { [[ "$1" =~ ^[0-9]+(\.[0-9]+)?$ ]]; }
ratio() { if is_number "$1" && is_number "$2"; then awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; else echo -; fi; }
# mb KIB: KiB as MiB with one decimal, or - .
mb() { if is_number "$1"; then awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; else echo -; fi; }
# mib KIB: the same followed by MiB, or - .
mib() { if is_number "$1"; then echo "$(mb "$1") MiB"; else echo -; fi; }

failures=0
ratios=() # every numeric minigo/go ratio, for the geometric mean
# header: the table's column titles.
header() {
    printf '%-22s %10s %10s %10s %8s %10s %7s  %s\n' program "go (s)" "minigo (s)" minigo/go \
        "go MiB" "minigo MiB" "MiB x" check
}

# row LABEL GO_TIME MINIGO_TIME GO_KIB MINIGO_KIB CHECK
row() {
    local r; r="$(ratio "$3" "$2")"
    [[ "$r" != - ]] && ratios+=("$r")
    printf '%-22s %10s %10s %10s %8s %10s %7s  %s\n' "$1" "$2" "$3" "$r" "$(mb "$4")" "$(mb "$5")" \
        "$(ratio "$5" "$4")" "$6"
}

# bench_one LABEL BIN FILE [ENV...]: times Go's binary and minigo on FILE under ENV, prints a
# row; leaves the times in LAST_GO/LAST_MG and the peak RSS (KiB) in LAST_GO_KB/LAST_MG_KB.
bench_one() {
    local label="$1" bin="$2" file="$3"; shift 3
    local go_t go_kb mg_t mg_kb check="-"
    read -r go_t go_kb <<<"$(best_time "$tmp/go.out" env "$@" "$bin")"
    LAST_GO="$go_t"; LAST_GO_KB="$go_kb"; LAST_MG="-"; LAST_MG_KB="-"
    if [[ $go_only == 1 ]]; then
        row "$label" "$go_t" "-" "$go_kb" "-" "$(head -c 60 "$tmp/go.out" | head -n1)"; return
    fi
    read -r mg_t mg_kb <<<"$(best_time "$tmp/mg.out" env "$@" "$MINIGO" run "$file")"
    if ! is_number "$mg_t"; then
        check="minigo $mg_t: $(head -n1 "$tmp/mg.out.err")"; failures=$((failures + 1))
    elif cmp -s "$tmp/go.out" "$tmp/mg.out"; then
        check="ok"
    else
        check="MISMATCH: go '$(head -n1 "$tmp/go.out")' minigo '$(head -n1 "$tmp/mg.out")'"
        failures=$((failures + 1))
    fi
    row "$label" "$go_t" "$mg_t" "$go_kb" "$mg_kb" "$check"
    LAST_MG="$mg_t"; LAST_MG_KB="$mg_kb"
}

# max_rss_kb CMD...: the maximum resident set size of CMD in KiB (or FAIL).
max_rss_kb() {
    if /usr/bin/time -f %M -o "$tmp/rss" timeout "$LIMIT" "$@" >/dev/null 2>&1 </dev/null; then
        tail -n1 "$tmp/rss"
    else
        echo FAIL
    fi
}

# per_goroutine_bytes CMD...: (maxRSS(CMD N) - maxRSS(CMD 0)) / N in bytes.
per_goroutine_bytes() {
    local full base
    full="$(max_rss_kb "$@" "$PARKED_N")"; base="$(max_rss_kb "$@" 0)"
    if is_number "$full" && is_number "$base"; then
        awk -v f="$full" -v b="$base" -v n="$PARKED_N" 'BEGIN { printf "%.0f", (f - b) * 1024 / n }'
    else
        echo FAIL
    fi
}

header
speedups=""; memory=""; bigalloc=""
declare -A go_times mg_times # each program's times, for the generic/plain twins
for name in "${names[@]}"; do
    file="$PROGRAMS/$name.go"
    [[ -f "$file" ]] || { echo "run.sh: no such program: $file" >&2; exit 1; }
    bin="$tmp/$name"
    (cd "$PROGRAMS" && go build -o "$bin" "$name.go") || { echo "run.sh: go build $name failed" >&2; exit 1; }
    case "$name" in
    parallel)
        bench_one "parallel (P=1)" "$bin" "$file" GOMAXPROCS=1; g1="$LAST_GO"; m1="$LAST_MG"
        bench_one "parallel (P=2)" "$bin" "$file" GOMAXPROCS=2; g2="$LAST_GO"; m2="$LAST_MG"
        speedups="parallel speedup P=1 -> P=2 (ideal 2.0): go $(ratio "$g1" "$g2"), minigo $(ratio "$m1" "$m2")"
        ;;
    parked)
        bench_one "parked" "$bin" "$file"
        go_b="$(per_goroutine_bytes "$bin")"
        mg_b="-"; [[ $go_only == 0 ]] && mg_b="$(per_goroutine_bytes "$MINIGO" run "$file")"
        memory="resident bytes per parked goroutine ($PARKED_N parked): go $go_b, minigo $mg_b"
        ;;
    bigalloc)
        bench_one "bigalloc" "$bin" "$file"
        bigalloc="peak RSS of make([]byte, 100_000_000): go $(mib "$LAST_GO_KB"), minigo $(mib "$LAST_MG_KB"), minigo/go $(ratio "$LAST_MG_KB" "$LAST_GO_KB")"
        ;;
    *)
        bench_one "$name" "$bin" "$file"
        go_times[$name]="$LAST_GO"; mg_times[$name]="$LAST_MG"
        ;;
    esac
done
if [[ ${#ratios[@]} -gt 0 ]]; then
    printf '%s\n' "${ratios[@]}" | awk '$1 > 0 { s += log($1); n++ } END { if (n) printf "geometric mean minigo/go over %d rows: %.1f\n", n, exp(s / n) }'
fi
[[ -n "$speedups" ]] && echo "$speedups"
[[ -n "$memory" ]] && echo "$memory"
[[ -n "$bigalloc" ]] && echo "$bigalloc"
for name in "${names[@]}"; do
    [[ "$name" == *_generic ]] || continue
    twin="${name%_generic}_plain"
    [[ -n "${go_times[$twin]:-}" ]] || continue
    echo "generic/plain $name over $twin: go $(ratio "${go_times[$name]}" "${go_times[$twin]}"), minigo $(ratio "${mg_times[$name]}" "${mg_times[$twin]}")"
done
exit $((failures > 0))

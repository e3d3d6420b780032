#!/usr/bin/env bash
# Regenerates the expected results of the golden corpus with REAL Go.
#
#   scripts/golden.sh                 every testdata/**/*.go and examples/*.go
#   scripts/golden.sh FILE.go...      only these programs
#   scripts/golden.sh --check [FILE.go...]   write nothing: fail if a stored result is stale
#
# For each program: `go build -o <tmp>/bin prog.go` in the file's directory. A build failure
# is a compile error: go build's stderr without its `# command-line-arguments` line goes to
# <name>.err and `1` to <name>.code (only allowed under testdata/compile_errors/ or with
# `// golden: compile-error`, and those in turn must not build). Otherwise the binary runs with cwd = the file's directory: stdout goes to
# <name>.out, stderr to <name>.err, the exit status to <name>.code.
# Panic traces (addresses, absolute paths) are stored as Go prints them: tests/golden.rs
# normalises them. Directives (`// golden: ...` comment lines at the top of a program) are
# documented in testdata/README.md; the ones that change how Go runs the program are honoured
# here: args=, env=, stdin= (a file beside the program fed to its standard input; without
# it stdin is /dev/null), timeout=, gomaxprocs= (every value must give the same results),
# expect-timeout= (Go must still be running then; .code becomes `timeout`), minigo-only (the
# expected files are hand-written: skipped), and normalize-numbers / normalize-decimals /
# sort-lines, under which a re-run keeps the stored files when only numbers or line order
# changed. Results are written only when they changed, so re-running the script is
# idempotent.
# Environment: GOLDEN_JOBS (default 2) programs at a time.
#
# Not golden programs: testdata/unsupported/ (programs minigo rejects on purpose).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v go >/dev/null || { echo "golden.sh: go is not on PATH (scripts/install-go.sh)" >&2; exit 1; }

# directive NAME FILE: the values of the `// golden: NAME=value` lines before `package`, one
# per line.
directive() {
    awk -v name="$1" '
        /^package / { exit }
        index($0, "// golden: " name "=") == 1 { print substr($0, length(name) + 13) }' "$2"
}

# has NAME FILE: whether FILE has a bare `// golden: NAME` line before `package`.
has() {
    awk -v name="$1" '/^package / { exit } $0 == "// golden: " name { found = 1; exit } END { exit !found }' "$2"
}

# canon PROGRAM STREAM FILE: FILE as the runner compares it: with PROGRAM's normalize-numbers,
# normalize-decimals and sort-lines directives applied, and for stderr with a trace's hex
# addresses and offsets masked (tests/golden.rs compares only the stable parts of a trace).
canon() {
    local -a cmd=(cat)
    [[ "$2" == err ]] && cmd=(sed -E 's/0x[0-9a-f]+/0x_/g')
    if has normalize-decimals "$1"; then
        "${cmd[@]}" "$3" | sed -E 's/[0-9]+(\.[0-9]+)?/N/g'
    elif has normalize-numbers "$1"; then
        "${cmd[@]}" "$3" | sed -E 's/[0-9]+/N/g'
    else
        "${cmd[@]}" "$3"
    fi | if has sort-lines "$1" && [[ "$2" == out ]]; then LC_ALL=C sort; else cat; fi
}

# keep PROGRAM STREAM NEW DEST: copies NEW to DEST unless both are the same for the runner, so
# that re-running the script changes no file. STREAM is out, err or code. Under --check
# (CHECK=1) a difference is reported and fails instead.
keep() {
    if [[ -f "$4" ]] && cmp -s <(canon "$1" "$2" "$3") <(canon "$1" "$2" "$4"); then
        return 0
    fi
    if [[ "${CHECK:-0}" == 1 ]]; then
        echo "golden.sh: stale $4:" >&2
        diff "$4" "$3" >&2 || true
        return 1
    fi
    cp "$3" "$4"
}

# generate FILE: builds and runs one program, writes its .out/.err/.code beside it.
generate() {
    local file="$1" dir name base tmp
    dir="$(dirname "$file")"; name="$(basename "$file")"; base="${file%.go}"
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' RETURN
    if has minigo-only "$file"; then
        echo "hand-written   $file"
        return 0
    fi
    local expect_compile_error=0
    [[ "$file" == */compile_errors/* ]] && expect_compile_error=1
    has compile-error "$file" && expect_compile_error=1

    if ! (cd "$dir" && go build -o "$tmp/bin" "$name") 2>"$tmp/build.err"; then
        if [[ $expect_compile_error == 0 ]]; then
            echo "golden.sh: $file does not compile (only compile_errors/ or \`// golden: compile-error\` may):" >&2
            cat "$tmp/build.err" >&2; return 1
        fi
        : >"$tmp/out"
        grep -v '^# command-line-arguments$' "$tmp/build.err" >"$tmp/err" || true
        echo 1 >"$tmp/code"
        keep "$file" out "$tmp/out" "$base.out" && keep "$file" err "$tmp/err" "$base.err" &&
            keep "$file" code "$tmp/code" "$base.code" || return 1
        echo "compile error  $file"
        return 0
    fi
    if [[ $expect_compile_error == 1 ]]; then
        echo "golden.sh: $file should not compile (compile_errors/ or compile-error) but does" >&2; return 1
    fi

    local timeout args procs expect_timeout stdin
    timeout="$(directive timeout "$file" | tail -n1)"; timeout="${timeout:-10s}"
    expect_timeout="$(directive expect-timeout "$file" | tail -n1)"
    [[ -n "$expect_timeout" ]] && timeout="$expect_timeout"
    args="$(directive args "$file" | tail -n1)"
    stdin="$(directive stdin "$file" | tail -n1)"
    stdin="${stdin:+$dir/$stdin}"
    if [[ -n "$stdin" && ! -f "$stdin" ]]; then
        echo "golden.sh: $file: no stdin file $stdin" >&2; return 1
    fi
    procs="$(directive gomaxprocs "$file" | tail -n1)"
    local -a envs=()
    while IFS= read -r e; do [[ -n "$e" ]] && envs+=("$e"); done < <(directive env "$file")

    local first=1 p code
    local -a proc_list=()
    if [[ -n "$procs" ]]; then IFS=',' read -r -a proc_list <<<"$procs"; else proc_list=(""); fi
    for p in "${proc_list[@]}"; do
        local -a run_env=("${envs[@]+"${envs[@]}"}")
        [[ -n "$p" ]] && run_env+=("GOMAXPROCS=$p")
        set +e
        # shellcheck disable=SC2086 # args are split on spaces on purpose
        (cd "$dir" && env "${run_env[@]+"${run_env[@]}"}" timeout "$timeout" "$tmp/bin" $args) \
            >"$tmp/out" 2>"$tmp/err" <"${stdin:-/dev/null}"
        code=$?
        set -e
        if [[ -n "$expect_timeout" ]]; then
            if [[ $code != 124 ]]; then
                echo "golden.sh: $file should still run after $expect_timeout, exited $code" >&2; return 1
            fi
            : >"$tmp/out"; : >"$tmp/err"; code=timeout
        elif [[ $code == 124 ]]; then
            echo "golden.sh: $file timed out after $timeout" >&2; return 1
        fi
        if [[ $first == 1 ]]; then
            echo "$code" >"$tmp/code"
            keep "$file" out "$tmp/out" "$base.out" && keep "$file" err "$tmp/err" "$base.err" &&
                keep "$file" code "$tmp/code" "$base.code" || return 1
            first=0
        elif ! cmp -s <(canon "$file" out "$tmp/out") <(canon "$file" out "$base.out") \
            || [[ "$(cat "$base.code")" != "$code" ]]; then
            echo "golden.sh: $file gives different results under GOMAXPROCS=$p" >&2; return 1
        fi
    done
    echo "exit $(cat "$base.code")         $file"
}
export -f generate directive has canon keep

if [[ "${1:-}" == "--check" ]]; then
    export CHECK=1
    shift
fi
if [[ $# -gt 0 ]]; then
    files=()
    for f in "$@"; do files+=("$(realpath "$f")"); done
    cd "$ROOT"
else
    cd "$ROOT"
    mapfile -t files < <(find testdata examples -name '*.go' -not -path 'testdata/unsupported/*' | sort)
fi
printf '%s\n' "${files[@]}" | xargs -P "${GOLDEN_JOBS:-2}" -I{} bash -c 'generate "$1"' _ {}
echo "golden.sh: ${#files[@]} programs"

#!/usr/bin/env bash
# Runs the heap's unit tests under Miri, which checks the `unsafe` in vm/src/slots.rs and
# vm/src/limbo.rs's protocol for undefined behaviour and data races.
#
#   scripts/miri.sh
#
# Needs a nightly toolchain with the miri component (`rustup +nightly component add miri`);
# only this script uses nightly. Miri interprets the tests, so they run with fewer
# iterations under cfg(miri). The slots encode pointers as integers (exposed provenance),
# hence permissive provenance.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! cargo +nightly miri --version >/dev/null 2>&1; then
    echo "miri.sh: Miri is not installed: rustup +nightly component add miri" >&2
    exit 1
fi
MIRIFLAGS="${MIRIFLAGS:--Zmiri-permissive-provenance}" cargo +nightly miri test -p minigo-vm --lib -- slots:: limbo:: packed::

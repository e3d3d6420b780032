#!/bin/sh
# Regenerates errors/*.err from real Go: each errors/NAME.go is built as ./prog.go and
# go build's diagnostics (without the `# command-line-arguments` header) are saved.
set -e
cd "$(dirname "$0")/errors"
tmp=$(mktemp -d)
for f in *.go; do
	cp "$f" "$tmp/prog.go"
	(cd "$tmp" && go build -o /dev/null prog.go 2>&1 | grep -v '^# command-line-arguments' || true) > "${f%.go}.err"
done
rm -rf "$tmp"

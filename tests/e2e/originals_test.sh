#!/usr/bin/env bash
# Links back to the original, end to end with the binaries: a folder holding
# a PDF, a text and a symlink to a file outside it is indexed and served;
#  - a search hit in the PDF carries its page (--json and the CLI text);
#  - GET /original/ID sends the PDF byte for byte, as application/pdf, inline;
#  - traversal attempts ("..", "%2e%2e", an absolute path, a NUL) and the
#    symlink out of the folder get 404, each with one line in the log.
set -uo pipefail
indexer=$1 searcher=$2 sample=$3 fixtures=$4
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill -KILL "$server" 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
fail=0 passed=0
check() { if eval "$2"; then passed=$((passed + 1)); else echo "FAIL: $1"; fail=1; fi; }
mkdir -p "$work/minutes" "$work/outside"
cp "$fixtures/000_f3d27487db9cbfb0.pdf" "$work/minutes/referat.pdf"
cp "$sample/001_bdb304747eb2561f.txt" "$work/minutes/noter.txt"
cp "$sample/002_665350f486a11961.txt" "$work/outside/secret.txt"
ln -s "$work/outside/secret.txt" "$work/minutes/escape.txt"
"$indexer" --quiet --db "$work/db" "$work/minutes" > /dev/null 2> "$work/index.err"
check "the folder is indexed" '[ -d "$work/db" ] && [ ! -s "$work/index.err" ]'

"$searcher" --db "$work/db" --json --limit 100 klyngemidler > "$work/hits.json"
# The first hit of the PDF: its id and page.
read -r id page < <(python3 -c '
import json, sys
for h in json.load(open(sys.argv[1]))["hits"]:
    if h["source"].endswith("referat.pdf"):
        print(h["id"], h["page"]); break
' "$work/hits.json")
check "a PDF hit carries its page in --json (id ${id:-none}, page ${page:-none})" \
  '[ -n "${id:-}" ] && [ "${page:-0}" -ge 1 ] 2>/dev/null'
check "the CLI text names the page" \
  '"$searcher" --db "$work/db" --limit 100 klyngemidler | grep -q "referat.pdf, side [0-9]"'
escape=$("$searcher" --db "$work/db" --json --limit 100 dagsorden |
  python3 -c 'import json,sys; print(next(h["id"] for h in json.load(sys.stdin)["hits"] if h["source"].endswith("escape.txt")))')
check "the symlinked file is indexed (its text is readable)" '[ -n "$escape" ]'

"$searcher" --db "$work/db" --serve --listen 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 100); do grep -q Serving "$work/serve.out" 2>/dev/null && break; kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
port=$(sed -n 's#.*127.0.0.1:\([0-9]*\)/.*#\1#p' "$work/serve.out")
check "the server starts" '[ -n "$port" ]'
# fetch TARGET OUT: the status of GET TARGET (sent as it is), its body to OUT, headers to OUT.h.
fetch() {
  python3 - "$port" "$1" "$2" <<'PY'
import socket, sys
port, target, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
s = socket.create_connection(("127.0.0.1", port), timeout=10)
s.sendall(("GET %s HTTP/1.0\r\nHost: x\r\n\r\n" % target).encode("latin-1"))
data = b""
while True:
    b = s.recv(65536)
    if not b: break
    data += b
head, _, body = data.partition(b"\r\n\r\n")
open(out, "wb").write(body)
open(out + ".h", "wb").write(head)
print(head.split(b" ")[1].decode())
PY
}
status=$(fetch "/original/$id" "$work/got.pdf")
check "GET /original/ID of a PDF item is 200 (was $status)" '[ "$status" = 200 ]'
check "the bytes are the PDF's" 'cmp -s "$work/got.pdf" "$work/minutes/referat.pdf"'
check "as application/pdf, inline, named" \
  'grep -qi "^content-type: application/pdf" "$work/got.pdf.h" && grep -qi "^content-disposition: inline; filename=\"referat.pdf\"" "$work/got.pdf.h"'
mid=${escape%%-*}
refused=0
for target in "/original/$escape" "/original/$mid" "/original/../../../../etc/passwd" \
              "/original/%2e%2e/%2e%2e/%2e%2e/etc/passwd" "/original/..%2f..%2f..%2fetc%2fpasswd" \
              "/original/%2fetc%2fpasswd" "/original/$mid%00.txt" "/original/$mid/../../outside/secret.txt"; do
  status=$(fetch "$target" "$work/refused")
  check "$target is 404 (was $status)" '[ "$status" = 404 ] && ! grep -q "Punkt" "$work/refused"'
  refused=$((refused + 1))
done
check "one log line per refusal ($refused), naming the symlink's target for the escape" \
  '[ "$(grep -c "original refused" "$work/serve.err")" -eq $refused ] && grep -q "outside the indexed folders: $work/outside/secret.txt" "$work/serve.err"'
kill -TERM "$server"; wait "$server"; server=""
echo "originals: $passed checks passed"
exit $fail

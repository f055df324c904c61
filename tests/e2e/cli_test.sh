#!/usr/bin/env bash
# End-to-end: the binaries on the sample corpus, checking exit codes, the
# JSON contracts and the one-line error messages.
set -uo pipefail
indexer=$1 searcher=$2 sample=$3
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill -KILL "$server" 2>/dev/null; rm -rf "$work"' EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }

"$indexer" --parse "$sample"/*.txt > "$work/parse.jsonl"
check "--parse prints one JSON line per file" '[ "$(wc -l < "$work/parse.jsonl")" -eq 4 ]'
check "--parse gives the Midt date" 'grep -q "\"date\":\"2024-02-08\"" "$work/parse.jsonl"'

"$indexer" --db "$work/db" "$sample" > "$work/index.out" 2> "$work/index.err"
check "indexer exits 0 on the sample" '[ $? -eq 0 ]'
check "indexer prints a summary" 'grep -q "^indexed 4 files" "$work/index.out"'

"$searcher" --db "$work/db" --json klyngemidler > "$work/s.json"
check "search finds Status for klyngemidlerne" 'grep -q "Status for klyngemidlerne" "$work/s.json"'
"$searcher" --db "$work/db" klyngemidler > "$work/s.txt"
check "text output lists the item" 'grep -q "Status for klyngemidlerne" "$work/s.txt"'

"$searcher" --db "$work/db" --attendance "Jan Mains" --json > "$work/a.json"
check "attendance finds Jan Mainz from a misspelling" 'grep -q "\"name\": \"Jan Mainz\"" "$work/a.json"'
check "attendance marks his afbud" 'grep -q "\"afbud\": 1" "$work/a.json"'
"$searcher" --db "$work/db" --attendance "Madsen" > /dev/null 2> "$work/e"; rc=$?
check "ambiguous name lists candidates, exit 1" '[ $rc -eq 1 ] && grep -q "Hanne Madsen" "$work/e"'
"$searcher" --db "$work/db" --compare-by cluster --json ledelsesprogram > "$work/c.json"
check "compare-by groups by cluster" 'grep -q "\"by\": \"cluster\"" "$work/c.json" && grep -q "\"value\": \"Fyn\"" "$work/c.json"'
"$searcher" --db "$work/db" --compare-by cluster --cluster Midt --cluster Nord ledelsesprogram --json > "$work/c2.json"
check "named groups without matches show 0" 'grep -q "\"value\": \"Nord\"" "$work/c2.json" && grep -q "\"count\": 0" "$work/c2.json"'
id=$(grep -m1 '"id":' "$work/s.json" | sed 's/.*"id": "\([^"]*\)".*/\1/')
"$searcher" --db "$work/db" --show "$id" > "$work/show.txt"
check "--show prints the item with its meeting's items" 'grep -q "Mødets punkter" "$work/show.txt"'

cp "$sample"/*.txt "$work/"; printf '' > "$work/empty.txt"; printf 'PK\003\004\000\000' > "$work/zip.txt"
"$indexer" --db "$work/db2" "$work"/*.txt > /dev/null 2> "$work/bad.err"; rc=$?
check "bad files make exit code 1" '[ $rc -eq 1 ]'
check "one error line per bad file" '[ "$(wc -l < "$work/bad.err")" -eq 2 ] && grep -q "empty.txt: " "$work/bad.err"'
check "good files still indexed" 'grep -q "Status for klyngemidlerne" <<< "$("$searcher" --db "$work/db2" klyngemidler)"'

"$searcher" --db "$work/db" --show does-not-exist > /dev/null 2>&1; rc=$?
check "--show unknown id exits 1" '[ $rc -eq 1 ]'
"$searcher" --db "$work/nope" x > /dev/null 2> "$work/e"; rc=$?
check "missing database exits 2 with one line" '[ $rc -eq 2 ] && [ "$(wc -l < "$work/e")" -eq 1 ]'
"$searcher" --db "$work/db" --from 2024-99-01 x > /dev/null 2> "$work/e"; rc=$?
check "bad date exits 2" '[ $rc -eq 2 ] && grep -q "2024-99-01" "$work/e"'
"$searcher" --db "$work/db" --from 2024-02-30 x > /dev/null 2> "$work/e"; rc=$?
check "a day the month lacks exits 2 with one line naming it" \
  '[ $rc -eq 2 ] && [ "$(wc -l < "$work/e")" -eq 1 ] && grep -q "2024-02-30" "$work/e"'
# Invalid UTF-8 in a query: the CLI, like the server (below), searches with
# the bad bytes replaced by U+FFFD and exits 0.
replaced=$'klyngemidler \xef\xbf\xbd'  # "klyngemidler \xff" with U+FFFD for the bad byte
"$searcher" --db "$work/db" --json $'klyngemidler \xff' > "$work/bad-utf8.json" 2> "$work/e"; rc=$?
check "--json with invalid UTF-8 in the query exits 0 and echoes U+FFFD" \
  '[ $rc -eq 0 ] && grep -q "\"query\": \"$replaced\"" "$work/bad-utf8.json" && [ ! -s "$work/e" ]'
check "... and finds what the query without the bad byte finds" \
  '[ "$(grep -o "\"total\": *[0-9]*" "$work/bad-utf8.json")" = "$(grep -o "\"total\": *[0-9]*" "$work/s.json")" ] && grep -q "Status for klyngemidlerne" "$work/bad-utf8.json"'
"$searcher" --db "$work/db" --bogus > /dev/null 2>&1; rc=$?
check "unknown option exits 2" '[ $rc -eq 2 ]'
# Encodings: Windows-1252, ISO-8859-1 and UTF-16 with BOM parse exactly like UTF-8.
for f in "$sample"/*.txt; do
  base=$(basename "$f" .txt)
  iconv -f UTF-8 -t WINDOWS-1252//TRANSLIT "$f" > "$work/$base.cp1252"
  { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$f"; } > "$work/$base.utf16"
  sed 's/$/\r/' "$f" > "$work/$base.crlf"
  iconv -f UTF-8 -t UTF-8 "$f" > "$work/$base.utf8"
  for enc in utf16 crlf utf8; do
    a=$("$indexer" --parse "$work/$base.utf8" | sed 's/"source":"[^"]*"//')
    b=$("$indexer" --parse "$work/$base.$enc" | sed 's/"source":"[^"]*"//')
    # Equal and empty would prove nothing: the original must parse to items.
    check "$base.$enc parses like UTF-8 (to items)" '[[ "$a" == *"\"items\":[{"* ]] && [ "$a" = "$b" ]'
  done
  # Windows-1252 cannot hold every character of the seeds (e.g. U+2192);
  # compare the fields and titles, which it can.
  a=$("$indexer" --parse "$work/$base.utf8" | grep -o '"\(cluster\|forum\|date\|title\)":"[^"]*"' | head -40)
  b=$("$indexer" --parse "$work/$base.cp1252" | grep -o '"\(cluster\|forum\|date\|title\)":"[^"]*"' | head -40)
  check "$base.cp1252 fields are the UTF-8 ones (and there are some)" \
    '[ "$(grep -c "^\"title\"" <<< "$a")" -ge 2 ] && [ "$a" = "$b" ]'
done

# A second writer gets "index is locked" and exit code 2.
exec 9> "$work/db/.lock"
flock 9  # hold the index's lock as a running indexer would
"$indexer" --db "$work/db" "$sample" > /dev/null 2> "$work/locked.err"; rc=$?
exec 9>&-
check "second indexer exits 2 with 'index is locked'" '[ $rc -eq 2 ] && grep -q "index is locked" "$work/locked.err" && [ "$(wc -l < "$work/locked.err")" -eq 1 ]'

# --serve: a port already in use is one error line naming the address and
# the reason, exit code 2; SIGTERM stops a server gracefully, exit code 0.
"$searcher" --db "$work/db" --serve --listen 127.0.0.1:0 > "$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q Serving "$work/serve.out" && break; sleep 0.1; done
port=$(sed -n 's#.*127.0.0.1:\([0-9]*\)/.*#\1#p' "$work/serve.out")
check "--serve starts on a free port" '[ -n "$port" ]'
timeout 10 "$searcher" --db "$work/db" --serve --listen "127.0.0.1:$port" > "$work/second.out" 2> "$work/e"; rc=$?
check "a second --serve on that port exits 2 with one line naming address and reason" \
  '[ $rc -eq 2 ] && [ "$(wc -l < "$work/e")" -eq 1 ] && grep -q "127.0.0.1:$port: Address already in use" "$work/e" && [ ! -s "$work/second.out" ]'
check "the first server still answers" \
  '(exec 3<>"/dev/tcp/127.0.0.1/$port" && printf "GET /api/search?q=x HTTP/1.0\r\n\r\n" >&3 && head -1 <&3) | grep -q " 200 "'
http_get() {  # the body of GET $1 from the first server
  (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf "GET %s HTTP/1.0\r\n\r\n" "$1" >&3 && timeout 10 cat <&3) |
    sed '1,/^\r\{0,1\}$/d'
}
http_get "/api/search?q=klyngemidler%20%FF" > "$work/bad-utf8.http"
check "the server answers invalid UTF-8 as the CLI does (U+FFFD, same total)" \
  'grep -q "\"query\":\"$replaced\"" "$work/bad-utf8.http" &&
   [ "$(grep -o "\"total\": *[0-9]*" "$work/bad-utf8.http" | tr -d " ")" = "$(grep -o "\"total\": *[0-9]*" "$work/s.json" | tr -d " ")" ]'
start=$(date +%s%N)
kill -TERM "$server"
( sleep 5; kill -KILL "$server" 2>/dev/null ) > /dev/null 2>&1 & watchdog=$!  # if it hangs
wait "$server"; rc=$?
kill "$watchdog" 2>/dev/null; wait "$watchdog" 2>/dev/null
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
server=""
check "SIGTERM stops the server with exit code 0 promptly (${elapsed_ms} ms)" '[ $rc -eq 0 ] && [ $elapsed_ms -lt 3000 ]'
exit $fail

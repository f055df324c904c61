#!/usr/bin/env bash
# The Debian package on this machine: installs it with apt-get, checks the man
# pages, the units (systemd-analyze verify), the default configuration, the
# installed binaries on the installed sample corpus and the watcher as its
# service runs it; then removes and purges it and checks that the index
# stays. Leaves the machine as it found it (what the package's scripts
# created is removed unless it was there before). Needs root (or sudo) and
# apt-get: scripts/test.sh runs it in CI, on a throwaway machine.
#   tests/e2e/package_test.sh build/referat_VERSION_ARCH.deb
set -uo pipefail
deb=$(realpath "$1")
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
export DEBIAN_FRONTEND=noninteractive
work=$(mktemp -d)
chmod 755 "$work"
watcher=""
had_user=0; getent passwd referat > /dev/null && had_user=1
had_state=0; [ -e /var/lib/referat ] && had_state=1
had_srv=0; [ -e /srv/referat ] && had_srv=1
cleanup() {
  [ -n "$watcher" ] && $as_root kill -KILL "$watcher" 2>/dev/null
  $as_root rm -rf /var/lib/referat/package-test-index /srv/referat/minutes/package-test.txt
  if dpkg-query -W -f='${Status}' referat 2>/dev/null | grep -q "ok installed\|config-files"; then
    $as_root apt-get purge -y -qq referat > /dev/null 2>&1
  fi
  [ $had_state -eq 0 ] && $as_root rm -rf /var/lib/referat
  [ $had_srv -eq 0 ] && $as_root rm -rf /srv/referat
  [ $had_user -eq 0 ] && getent passwd referat > /dev/null && $as_root userdel referat 2>/dev/null
  getent group referat > /dev/null && ! getent passwd referat > /dev/null && [ $had_user -eq 0 ] &&
    $as_root groupdel referat 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }

# A run killed before its cleanup may have left the package installed.
dpkg-query -W -f='${Status}' referat 2>/dev/null | grep -q "ok installed" &&
  $as_root apt-get purge -y -qq referat > /dev/null 2>&1

# Minimal images (debian:12-slim) tell dpkg to drop man pages; the test
# wants to see the package's, so it includes them back for this install.
$as_root apt-get install -y -qq -o Dpkg::Options::=--path-include='/usr/share/man/man1/*' "$deb" \
  > "$work/install.log" 2>&1; rc=$?
check "apt-get install ./$(basename "$deb") succeeds" '[ $rc -eq 0 ] || { cat "$work/install.log"; false; }'
check "the package is installed" 'dpkg-query -W -f="\${Status}" referat | grep -q "install ok installed"'
check "it depends on the libraries it links (dpkg-shlibdeps)" \
  'dpkg-query -W -f="\${Depends}" referat | grep -q libxapian30'
check "the binaries are on PATH" '[ "$(command -v indexer)" = /usr/bin/indexer ] && [ "$(command -v searcher)" = /usr/bin/searcher ]'
check "man searcher shows a page" 'man searcher 2>/dev/null | grep -q "searcher --db DB --serve"'
check "man indexer shows a page" 'man indexer 2>/dev/null | grep -q "indexer --db DIR --watch"'
check "the default configuration is a conffile" \
  'dpkg-query --showformat="\${Conffiles}" --show referat | grep -q /etc/referat/referat.conf'
check "the service user exists" 'getent passwd referat > /dev/null'
check "systemd-analyze verify passes on both units" \
  'systemd-analyze verify /lib/systemd/system/referat-searcher.service /lib/systemd/system/referat-indexer-watch.service > "$work/verify.log" 2>&1 && ! grep -q . "$work/verify.log" || { cat "$work/verify.log"; false; }'
check "the searcher unit binds as the configuration says (127.0.0.1)" \
  'grep -q "^listen = 127.0.0.1:" /etc/referat/referat.conf && grep -q "ExecStart=/usr/bin/searcher --config /etc/referat/referat.conf --serve" /lib/systemd/system/referat-searcher.service'

# The installed binaries on the installed sample corpus.
indexer --db "$work/db" /usr/share/referat/sample > "$work/index.out" 2>&1; rc=$?
check "the installed indexer indexes the sample corpus" '[ $rc -eq 0 ] && grep -q "^indexed 4 files" "$work/index.out"'
searcher --db "$work/db" --json klyngemidler > "$work/s.json" 2>&1
check "the installed searcher answers a search" 'grep -q "Status for klyngemidlerne" "$work/s.json"'

# The watcher as its unit runs it: user referat, the default configuration
# (setpriv execs, so the signal reaches the indexer itself).
$as_root install -m 644 /usr/share/referat/sample/000_*.txt /srv/referat/minutes/package-test.txt
$as_root setpriv --reuid=referat --regid=referat --init-groups indexer --config /etc/referat/referat.conf \
  --db /var/lib/referat/package-test-index --watch > "$work/watch.log" 2>&1 &
watcher=$!
found=0
for _ in $(seq 100); do
  searcher --config /etc/referat/referat.conf --db /var/lib/referat/package-test-index --json klyngemidler \
    2>/dev/null | grep -q '"total": [1-9]' && { found=1; break; }
  sleep 0.1
done
check "the watcher (user referat, default config) indexes /srv/referat/minutes" '[ $found -eq 1 ] || { cat "$work/watch.log"; false; }'
$as_root kill -TERM "$watcher"; wait "$watcher"; rc=$?; watcher=""
check "the watcher stops on SIGTERM with exit code 0" '[ $rc -eq 0 ]'

# The searcher as its unit runs it, on the port the configuration names
# (overridden here with a free one).
searcher --config /etc/referat/referat.conf --db "$work/db" --listen 127.0.0.1:0 --serve > "$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 50); do grep -qs "^Serving" "$work/serve.out" && break; sleep 0.1; done
port=$(sed -n 's|^Serving http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.out")
answer=""
if [ -n "$port" ] && exec 3<>"/dev/tcp/127.0.0.1/$port"; then
  printf 'GET /api/search?q=klyngemidler HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
  answer=$(timeout 5 cat <&3)
  exec 3<&-
fi
kill -TERM "$server"; wait "$server"
check "the installed searcher serves /api/search on loopback" 'grep -q "Status for klyngemidlerne" <<< "$answer"'

# Removing (and purging) the package leaves the indexes.
$as_root apt-get remove -y -qq referat > /dev/null 2>&1; rc=$?
check "apt-get remove succeeds and takes the binaries" '[ $rc -eq 0 ] && [ ! -e /usr/bin/indexer ] && [ ! -e /lib/systemd/system/referat-searcher.service ]'
$as_root apt-get purge -y -qq referat > /dev/null 2>&1; rc=$?
check "after remove and purge the index is still there" \
  '[ $rc -eq 0 ] && [ -f /var/lib/referat/package-test-index/XAPIANDB ] && [ ! -e /etc/referat/referat.conf ]'
exit $fail

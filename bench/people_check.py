#!/usr/bin/env python3
"""People in the person facet of a generated corpus, against the generator's truth.

Usage: bench/people_check.py SEARCHER DB MANIFEST SAMPLE_PARSE
  SEARCHER      the searcher binary
  DB            an index of the corpus gen_corpus wrote
  MANIFEST      its manifest.jsonl (the participants the generator listed)
  SAMPLE_PARSE  `indexer --parse corpus/sample/*.txt` output (JSON Lines):
                the people of the sample minutes (listed or named in an
                item), whose sentences gen_corpus recombines into item text

Prints, over the person facet of all items (searcher --json, no words):
  - values that are not people: a value is a person when its name (the
    label without "(...)") has the first and last word of a generated
    participant or of a sample person, or is a shortened form of one
    (first word, then words of the full name);
  - participants that appear under a second name: generated participants
    (by first and last word) whose facet values carry more than one name;
  - names shown as namesakes (one name, several values).
Exits 1 if over 2% of values are not people or a participant has a second
name.
"""
import json
import re
import subprocess
import sys
import unicodedata


def words(name):
    """The words of a name as person ids write them (corpus::person_id):
    folded, æ ae, ø oe, å aa, accents dropped ("Søren" -> "soeren")."""
    s = name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return [w for w in re.split(r"[^a-z0-9]+", s) if w]


def key(name):
    w = words(name)
    return (w[0], w[-1]) if len(w) >= 2 else None


def main():
    searcher, db, manifest, sample = sys.argv[1:5]
    full = set()  # the generated participants' names, as id words
    for line in open(manifest, encoding="utf-8"):
        for p in json.loads(line)["participants"]:
            if len(words(p["name"])) >= 2:
                full.add(tuple(words(p["name"])))
    sample_people = set()
    for line in open(sample, encoding="utf-8"):
        m = json.loads(line)
        # Participants, and the people named in items (by person id).
        ids = [p["person_id"] for p in m.get("participants", [])]
        ids += [i for item in m.get("items", []) for i in item.get("people", [])]
        for i in ids:
            if key(i.replace("-", " ")):
                sample_people.add(key(i.replace("-", " ")))

    def participant(w):
        """The generated participant a name stands for: itself, a variant
        (middle name dropped or respelt: same first and last word), or a
        shortened form (first word, then words of the full name); None if
        none, "several" if more than one."""
        w = tuple(w)
        if w in full:
            return w
        found = [f for f in full if len(w) >= 2 and f[0] == w[0] and
                 ((f[-1] == w[-1] and len(f) >= len(w)) or
                  (len(f) > len(w) and all(x in f for x in w)))]
        return found[0] if len(found) == 1 else ("several" if found else None)

    out = subprocess.run([searcher, "--db", db, "--json", "--limit", "0", "--from", "1900-01-01"],
                         check=True, capture_output=True, text=True).stdout
    facet = json.loads(out)["facets"].get("person", {})
    not_people, by_participant, by_name = [], {}, {}
    for label in facet:
        name = re.sub(r" \(.*\)$", "", label)
        by_name.setdefault(name, []).append(label)
        who = participant(words(name))
        if isinstance(who, tuple):
            by_participant.setdefault(who, set()).add(name)
        elif who is None and key(name) not in sample_people:
            not_people.append(label)
    second = {k: v for k, v in by_participant.items() if len(v) > 1}
    namesakes = {n: v for n, v in by_name.items() if len(v) > 1}
    share = 100.0 * len(not_people) / max(1, len(facet))
    print(f"person facet: {len(facet)} values, {len(not_people)} not people ({share:.1f}%)")
    for v in sorted(not_people)[:20]:
        print(f"  not a person: {v} ({facet[v]})")
    print(f"participants with a second name: {len(second)} of {len(by_participant)}")
    for k, v in sorted(second.items())[:20]:
        print(f"  {' / '.join(sorted(v))}")
    print(f"names shown as namesakes (one name, several people): {len(namesakes)}")
    for n, v in sorted(namesakes.items())[:5]:
        print(f"  {n}: {len(v)} values, e.g. {sorted(v)[0]}")
    return 0 if share <= 2.0 and not second else 1


if __name__ == "__main__":
    sys.exit(main())

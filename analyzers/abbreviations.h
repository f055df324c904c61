// Abbreviations and their long forms, so that "SSU" finds
// "Sundhedssamarbejdsudvalget" and back. A small curated list of those the
// minutes use without spelling them out, plus pairs learnt from the corpus
// ("Fagligt Strategisk Niveau (FSN)").
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace analyzers {

// Folded abbreviation -> folded long form.
using Abbreviations = std::map<std::string, std::string>;

// The curated list (Danish health-sector abbreviations).
const Abbreviations& curated_abbreviations();

// Pairs "Long Form (ABBR)" in `text` whose words' initials spell ABBR;
// adds them to `out` (folded).
void learn_abbreviations(std::string_view text, Abbreviations& out);

// A normalized query with each plain word that is a known abbreviation or a
// one-word long form ORed with its counterpart: "ssu" becomes
// "(ssu OR sundhedssamarbejdsudvalget)", "fsn" "(fsn OR \"fagligt strategisk niveau\")".
std::string add_abbreviation_alternatives(std::string_view normalized, const Abbreviations& known);

}  // namespace analyzers

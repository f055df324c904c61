// The recogniser's orchestration: lines, items, header, attendance and
// region in that order (the parts are in lines.cc, items.cc and header.cc;
// corpus/recogniser.h is what they share).
#include "corpus/parser.h"

#include <algorithm>

#include "corpus/participants.h"
#include "corpus/participants_internal.h"
#include "corpus/recogniser.h"
#include "formats/text.h"

namespace corpus {

using namespace recog;
namespace voc = vocabulary;
using voc::Field;

namespace {

// The decision heading that ends a run-on title, capitalised as a heading
// is ("Godkendelse af dagsorden Beslutning", "... dagsorden Referat"), or
// "" (not "Godkendelse af referat": the title's own word after "af").
std::string decision_heading_ending_title(const std::string& title) {
  const auto ws = text::words(title);
  if (ws.size() < 3) return {};
  const std::string_view last = ws.back();
  if (last != "Beslutning" && last != "Referat") return {};
  static constexpr std::string_view k_joins[] = {"af", "og", "til", "fra", "om", "for", "sidste", "seneste",
                                                 "forrige", "med", "på", "i", "dagsordenens"};
  const std::string before = text::fold(ws[ws.size() - 2]);
  for (std::string_view j : k_joins)
    if (before == j) return {};
  return std::string(last);
}

bool is_decision_kind(const std::string& kind) { return kind == "beslutning" || kind == "referat"; }

// "Alle medlemmer var mødt undtagen X" with the members listed elsewhere, as
// an item's case text does ("Udvalget består af syv regionsrådsmedlemmer:" /
// "- Niels Erik Iversen (A) (formand)" / ...): the members listed are present
// (the exceptions are marked absent afterwards by the phrase itself).
// Whether `t` has "alle " in any case of its ASCII letters: the only
// letters that fold to "alle " (a line without it is not folded).
bool has_alle(std::string_view t) {
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::size_t i = 0; i + 5 <= t.size(); ++i)
    if (lower(t[i]) == 'a' && lower(t[i + 1]) == 'l' && lower(t[i + 2]) == 'l' && lower(t[i + 3]) == 'e' &&
        t[i + 4] == ' ')
      return true;
  return false;
}

void read_members_when_all_came(const std::vector<Line>& lines, Meeting& m) {
  bool all_came = false;
  for (std::size_t i = 0; i < lines.size() && i < 80 && !all_came; ++i) {
    // (Most lines have no "alle ": their folding was 0.7% of the indexer's
    // instructions.)
    if (!has_alle(lines[i].text)) continue;
    const std::string f = text::fold(lines[i].text);
    const auto at = f.find("alle ");
    all_came = at != std::string::npos && f.size() < 400 &&
               (f.find(" var mødt", at) != std::string::npos || f.find(" var til stede", at) != std::string::npos ||
                f.find(" mødt", at) != std::string::npos);
  }
  if (!all_came) return;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string f = text::fold(lines[i].text);
    if (f.empty() || f.back() != ':' || f.find("består af") == std::string::npos) continue;
    std::vector<std::string> members;
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      const auto entries = read_person_entries(lines[j].text);
      if (entries.size() != 1 || !text::starts_with(lines[j].text, entries.front().name.substr(0, 3))) break;
      members.push_back(lines[j].text);
    }
    if (members.size() < 2) continue;
    std::vector<std::string> absent;
    for (const auto& member : members) read_people(member, "Medlemmer", m, absent);
    if (!absent.empty()) mark_absent(absent, m);
    return;
  }
}

// "Generalforsamling i Vejle Sejlklub 2023", "Ordinær generalforsamling for
// ...": the folded title of an association's assembly that names it.
bool assembly_of_association(std::string_view f) {
  return (text::starts_with(f, "generalforsamling") || text::starts_with(f, "generelforsamling") ||
          text::starts_with(f, "ordinær generalforsamling") || text::starts_with(f, "ordinære generalforsamling")) &&
         (f.find(" i ") != std::string_view::npos || f.find(" for ") != std::string_view::npos);
}

// A council's members run together in a transcript's header, each closed
// by a party letter, under no label the header reads ("Tilstede Helle Holm
// (A) - formand Bo Dahl (F) ...", "Byrådsmøde Jens Holm (Borgmester)(V),
// Ole Bak(V), ..."): present, unless the header listed those present.
void read_party_roster(const std::vector<Line>& lines, std::size_t header_end, Meeting& m) {
  if (std::any_of(m.participants.begin(), m.participants.end(), [](const Participant& p) { return p.present; }))
    return;
  for (std::size_t i = 0; i <= header_end && i < lines.size() && i < 40; ++i) {
    const auto names = party_roster(lines[i].text);
    if (names.empty()) continue;
    for (const auto& name : names) {
      const std::string id = person_id(name);
      if (std::any_of(m.participants.begin(), m.participants.end(),
                      [&](const Participant& q) { return q.person_id == id; }))
        continue;
      Participant p;
      p.name = name;
      p.person_id = id;
      p.group = "Medlemmer";
      m.participants.push_back(std::move(p));
    }
    return;
  }
}

// Minutes written after an agenda whose titles never come back (their
// headings lost or in a form not read: a transcript's "Emne Godkendelse af
// dagsorden", a run-on table of contents), so that the items are the
// agenda's entries: the minutes open right after the agenda, within three
// lines of the line that lists its last entry, with a decision heading,
// the agenda's approval ("Beslutning:" / "Dagsorden godkendt, dog udgår
// pkt. 24-2017."). The text after the agenda is the items' minutes, kept
// with the first item. Returns the line after the agenda where they start;
// lines.size() when there are none.
std::size_t minutes_after_agenda(const Outline& outline, const std::vector<Line>& lines) {
  constexpr std::size_t k_within = 3;
  if (outline.heads.empty() ||
      !std::all_of(outline.heads.begin(), outline.heads.end(), [](const ItemHead& h) { return h.listed_only; }))
    return lines.size();
  const std::string& last = outline.heads.back().title;
  std::size_t after = lines.size();  // the line after the one listing the last entry
  for (std::size_t i = lines.size(); i-- > 0 && !last.empty();)
    if (lines[i].text.find(last) != std::string::npos) {
      after = i + 1;
      break;
    }
  for (std::size_t i = after; i < lines.size() && i <= after + k_within; ++i) {
    const auto head = section_head(lines[i].text);
    if (!head || (head->kind != "beslutning" && head->kind != "referat")) continue;
    // (The agenda's approval: "dagsorden" in the lines before the heading
    // or right after it.)
    for (std::size_t k = after; k < lines.size() && k <= i + k_within; ++k)
      if (text::fold(lines[k].text).find("dagsorden") != std::string::npos) return after;
    return lines.size();
  }
  return lines.size();
}

// "Provstiudvalgsmøde den 9. november 2021 - d. 09-11-2021 kl. 10:00 til
// 12:00", "Budgetsamråd den 02.09.2021 - d. 02-09-2021 kl. 19:00", "PU-møde
// 20. maj 2020 - d. 20-05-2020 kl. 13:00": the meeting's line the church
// councils' agenda system (DAP) prints under the page's title, the
// meeting's name before the system's date (folded `f`). It names the body
// that met.
bool dap_meeting_line(std::string_view f) {
  const auto at = f.find(" - d. ");
  if (at == std::string_view::npos || at == 0) return false;
  const std::string_view d = f.substr(at + 6);
  return d.size() >= 10 && is_digit(d[0]) && is_digit(d[1]) && d[2] == '-' && is_digit(d[3]) && is_digit(d[4]) &&
         d[5] == '-' && is_digit(d[6]) && is_digit(d[9]);
}

// "Møde d. 6. februar 2023 i Patient- og Pårørenderådet Psykiatrisk
// Afdeling Aabenraa Møde d. 6. februar 2023 i ...", "Referater af møder i
// Handicaprådet i 2022 Referater af møder i Handicaprådet i 2022 27.
// oktober - ...": a web page prints its title twice (its head and its
// heading), which a transcript runs into one line. The length of `t` up to
// the echo of its first four words, or all of it.
std::size_t before_echo(std::string_view t) {
  const auto ws = text::words(t.substr(0, std::min<std::size_t>(t.size(), 600)));
  for (std::size_t k = 4; k + 4 <= ws.size(); ++k)
    if (ws[k] == ws[0] && ws[k + 1] == ws[1] && ws[k + 2] == ws[2] && ws[k + 3] == ws[3])
      return static_cast<std::size_t>(ws[k].data() - t.data());
  return t.size();
}

// Whether the folded line names its paper's kind beside a dash: "X -
// Referat - 3. marts 2025", "X – Dagsorden", "Referat - X".
bool paper_word_beside_dash(std::string_view f) {
  for (std::string_view dash : {" - ", " – "})
    for (std::string_view paper : {"referat", "dagsorden"})
      for (std::size_t at = f.find(dash); at != std::string_view::npos; at = f.find(dash, at + 1)) {
        const std::string_view after = f.substr(at + dash.size());
        if (text::starts_with(after, paper) || ends_with(f.substr(0, at), paper)) return true;
      }
  return false;
}

}  // namespace

Meeting parse_document(const formats::Document& document, std::string source) {
  Meeting m;
  m.source = std::move(source);
  const std::vector<Line> lines = lines_of(document);
  if (lines.empty()) {
    m.warnings.push_back("no text found");
    return m;
  }
  const std::string text = all_text(lines);
  const Outline outline = find_items(lines);
  // The title: the first lines, unless they are a header label (a header
  // table names the meeting in its "Møde" row) or the first item's head (a
  // web page of one item).
  std::size_t header_begin = 0;
  // The first heading found in the text ends the header.
  const auto first_head = std::find_if(outline.heads.begin(), outline.heads.end(),
                                       [](const ItemHead& h) { return !h.listed_only; });
  const bool first_is_item = first_head != outline.heads.end() && first_head->line == 0;
  if (first_is_item) {
    m.title = lines.front().text;
  } else if (const auto front_label = label_of(lines.front());
             !front_label || (front_label->field == Field::agenda && front_label->value.empty())) {
    // (A first line "Dagsorden" alone names the document: a title.)
    std::string title;
    header_begin = title_lines(lines, title);
    m.title = title.size() > 200 ? title.substr(0, 200) : title;
    if (!is_document_date_line(text::fold(title))) m.date = title_date(title);
    m.start_time = find_time(title);
    // A first line without a lead-in names a body only with a body's word
    // ("Ældrerådet", "Direktørforum Midt"), not a site's menu or viewer
    // line ("Ingen resultater fundet").
    // Joined with the next lines ("Referat" / "Godkendelse af dagsorden"),
    // the lead-in says nothing of them: a body's word must.
    const std::string ft = text::fold(lines.front().text);
    if (auto b = body_of_title(title);
        b && !voc::item_kind(text::fold(*b)) &&
        ((voc::title_lead_in(ft) > 0 && voc::title_lead_in(ft) < ft.size()) || voc::has_body_word(text::fold(*b)) ||
         voc::cluster_forum_prefix(text::fold(*b)) > 0 || assembly_of_association(ft)))
      m.body = b;
  }
  const std::size_t header_end = first_head == outline.heads.end() ? lines.size() : first_head->line;
  if (!m.body) {
    // The title named no body (a date, "Referat", a site's menu line): a
    // title line further down names it ("Mødereferat for Psykiatrirådet den
    // 23. februar 2023.", "Fag MED for Sundhed og Velfærd - Dagsorden").
    // Line i read as a title from its byte title_at: names the body when
    // it has a title's shape.
    auto body_from_title_line = [&](std::size_t i, std::size_t title_at) {
      const std::string_view from_title = std::string_view(lines[i].text).substr(title_at);
      const std::string_view titled = from_title.substr(0, before_echo(from_title));
      const std::string f = text::fold(titled);
      const bool lead = voc::title_lead_in(f) > 0;
      // ("Dagsordenens punkt 19 – Ansøgning fra Askovfonden ...": a
      // reference to an item, kk.dk's note of a deputation, not a title.)
      // (The dash beside the paper's word: "Fag MED for Sundhed og Velfærd
      // - Dagsorden", "Psykiatrisk dialogforum - referat 22-09-2009"; not a
      // dash anywhere in a transcript's run-on line, "Menu Referat af
      // bestyrelsesmødet 13. april 2020 ... Mødet - online - blev holdt".)
      const bool separated = paper_word_beside_dash(f) && !text::starts_with(f, "dagsordenens punkt");
      // "Møde d. 6. februar 2023 i Patient- og Pårørenderådet": a meeting's
      // heading.
      // "Generalforsamling for Alzheimerforeningens lokalforening ...": an
      // association's assembly.
      const bool assembly = assembly_of_association(f);
      const bool meeting = text::words(titled).size() <= 16 &&
                           (((text::starts_with(f, "møde ") || text::starts_with(f, "mødet ")) &&
                             f.find(" i ") != std::string::npos) ||
                            assembly);
      // (A DAP meeting line names the body by its word, "Provstiudvalgsmøde",
      // "Budgetsamråd": not by the short name alone, "PU-møde".)
      const bool dap = !lead && !separated && !meeting && dap_meeting_line(f);
      if (!lead && !separated && !meeting && !dap) return;
      // title_lines() reads five lines at most.
      const std::size_t to = std::min(header_end, i + 5);
      std::vector<Line> rest(lines.begin() + static_cast<std::ptrdiff_t>(i), lines.begin() + static_cast<std::ptrdiff_t>(to));
      if (title_at > 0 || titled.size() < lines[i].text.size()) rest.front().text = std::string(titled);
      std::string title;
      title_lines(rest, title);
      if (auto b = body_of_title(title); b && !voc::item_kind(text::fold(*b)) &&
                                         (voc::has_body_word(text::fold(*b)) || voc::cluster_forum_prefix(text::fold(*b)) > 0 ||
                                          (voc::title_lead_in(f) < f.size() && !dap))) {
        m.body = b;
        if (!m.date) m.date = title_date(title);
      }
    };
    // "1 9. august 2013 Referat fra møde i X ...": a transcript's page line
    // with the letter's date before the title.
    for (std::size_t i = 1; i < header_end && i < 12 && !m.body; ++i)
      if (!outline.listing[i] && !label_of(lines[i])) body_from_title_line(i, title_after_page_and_date(lines[i].text));
    // Then, when the lines as they are name none: a transcript's first page
    // line whose title follows a few words of the page's top, "Abonnér
    // Referat til mødet i X ...", read from that title.
    for (std::size_t i = 1; i < header_end && i <= 3 && !m.body; ++i) {
      if (outline.listing[i] || label_of(lines[i])) continue;
      if (const std::size_t title_at = title_after_page_top(lines[i].text); title_at > 0)
        body_from_title_line(i, title_at);
    }
  }
  // "1 Byrådet Referat fra møde ...": a transcript's page line names it.
  if (!m.body) m.body = body_of_page_line(lines, header_end);
  if (!m.body) {
    // A line of the header that is a body's name alone ("Ældrerådet",
    // "Bestyrelsen", "KKR NORDJYLLAND" under the title and date).
    for (std::size_t i = 0; i < header_end && i < 12 && !m.body; ++i) {
      const std::string& t = lines[i].text;
      if (outline.listing[i] || label_of(lines[i]) || !starts_upper(t) || text::words(t).size() > 6 ||
          std::any_of(t.begin(), t.end(), [](char c) { return is_digit(c) || c == ':' || c == '|'; }))
        continue;
      // "Børne- og Skoleudvalget (BSU)": the short name in brackets after it.
      std::string_view name = t;
      if (const auto open = name.rfind(" ("); open != std::string_view::npos && name.back() == ')' &&
                                               name.size() - open <= 12)
        name = name.substr(0, open);
      // ("Referat fra dialogmøde med Økonomiudvalget" is a title, not a name.)
      const std::string ft = text::fold(t);
      if (voc::is_body_name(text::fold(name)) && !voc::section_kind(ft) && voc::title_lead_in(ft) == 0) m.body = t;
    }
  }
  // (An agenda whose first entry is the attendance, its label in the
  // entry's body, "1." / "Mødedeltagere" / "Sagsfremstilling" / "Fra
  // kommunerne: ..." (attendance_entry_title): its register is read as the
  // header's.)
  std::size_t attendance_end = header_end;
  if (first_head != outline.heads.end() && first_head->line + 1 < lines.size() &&
      text::words(lines[first_head->line].text).size() == 1 &&
      text::starts_with(lines[first_head->line + 1].text, first_head->title))
    if (const auto lab = label_of(lines[first_head->line + 1]); lab && is_people_field(lab->field))
      attendance_end = std::next(first_head) == outline.heads.end() ? lines.size() : std::next(first_head)->line;
  read_header(lines, std::min(header_begin, header_end), attendance_end, outline.listing, m);
  read_party_roster(lines, header_end, m);
  if (!m.body) m.body = body_of_opening_sentence(lines);
  if (!m.body) m.body = association_of_header(lines, header_end, outline.listing);
  if (!m.body) m.body = body_of_case_numbers(lines);
  if (!m.body) m.body = body_from_sections(lines);
  if (!m.body) m.body = body_from_treatments(lines, m.date);
  if (!m.body) m.body = body_from_running_text(lines);
  if (!m.title && m.body) m.title = m.body;
  if (m.body) read_cluster_and_forum(*m.body, m);
  if (!m.forum && m.body && !m.cluster) m.forum = normalise_forum(*m.body);

  std::string header_text;
  for (std::size_t i = 0; i < header_end; ++i) (header_text += lines[i].text) += '\n';

  // Per item, the first lines of the paragraphs of its body.
  std::vector<std::vector<std::string>> paragraphs;
  // The first lines of the items that elect the meeting's officers.
  std::vector<std::vector<std::string_view>> officers;
  const std::size_t after_agenda =
      outline.minutes_from ? *outline.minutes_from : minutes_after_agenda(outline, lines);
  for (std::size_t h = 0; h < outline.heads.size(); ++h) {
    const ItemHead& head = outline.heads[h];
    // The body runs to the next heading found in the text.
    std::size_t end = head.listed_only ? head.body_begin : lines.size();
    for (std::size_t k = h + 1; k < outline.heads.size() && !head.listed_only; ++k)
      if (!outline.heads[k].listed_only) {
        end = outline.heads[k].line;
        break;
      }
    Item item;
    item.number = head.number;
    auto [title, presenter] = split_presenter(head.title);
    item.title = clean_title(title);
    item.presenter = std::move(presenter);
    item.kind = voc::item_kind(text::fold(item.title));
    item.page = lines[head.line].page;
    std::vector<std::string_view> body;
    std::vector<std::string> starts;
    if (!head.text.empty() && !head.text_kind.empty())
      item.sections.push_back({head.text_kind, std::nullopt, head.text});
    else if (!head.text.empty())
      add_item_line(item, head.text);
    // (The minutes after an agenda whose titles never come back start
    // with the first item's: see minutes_after_agenda().)
    const bool minutes = h == 0 && after_agenda < lines.size();
    const std::size_t begin = minutes ? after_agenda : head.body_begin;
    if (minutes) end = lines.size();
    for (std::size_t i = begin; i < end; ++i) {
      if (outline.listing[i]) continue;
      add_item_line(item, lines[i].text, names_document(lines, i));
      body.push_back(lines[i].text);
      if (lines[i].gap_before) starts.push_back(lines[i].text);
    }
    paragraphs.push_back(std::move(starts));
    // "1. Godkendelse af dagsorden Beslutning I mødet deltog: ...",
    // "Velkomst og godkendelse af dagsorden Referat Dagsordenen blev
    // godkendt.": a transcript ran the item's decision heading, its colon
    // lost, onto its title, and the title's cut kept it; the heading opens
    // the item's decision, the text under it (Københavns
    // Folkeoplysningsudvalg and Tryghedsudvalg's borgmestre, DSAM's
    // bestyrelse, Baltorpskolens skolebestyrelse).
    // (A verdict a rule read as the decision already keeps its kind.)
    if (!item.sections.empty() && (item.sections[0].kind == "tekst" || is_decision_kind(item.sections[0].kind)) &&
        !item.sections[0].heading && !item.sections[0].text.empty())
      if (const auto heading = decision_heading_ending_title(item.title); !heading.empty()) {
        Section& first = item.sections[0];
        if (first.kind == "tekst") first.kind = heading == "Beslutning" ? "beslutning" : "referat";
        first.heading = heading;
        // (The verdict a rule read after it is part of the same decision.)
        if (item.sections.size() > 1 && is_decision_kind(item.sections[1].kind) && !item.sections[1].heading) {
          first.text += "\n" + item.sections[1].text;
          item.sections.erase(item.sections.begin() + 1);
        }
        item.title = std::string(text::trim(std::string_view(item.title).substr(0, item.title.size() - heading.size())));
      }
    if (elects_officers(text::fold(item.title))) {
      // (The heading too: "Valg af referent Lars", "Valg af mødeleder og
      // ordstyrer, Lisbet mødeleder og Hanne Wendt ordstyrer".)
      std::vector<std::string_view> officer_lines{head.title, head.text};
      officer_lines.insert(officer_lines.end(), body.begin(), body.end());
      officers.push_back(std::move(officer_lines));
    }
    mark_verdict(item);
    for (const auto& sec : item.sections)
      for (const auto& n : item_absence(sec.text)) {
        const std::string id = person_id(n);
        if (std::find(item.absent.begin(), item.absent.end(), id) == item.absent.end()) item.absent.push_back(id);
      }
    if (item.kind == "deltagere") {
      read_participant_list(body, m);
    } else {
      // Attendance written inside an item ("Fraværende: ...", "Tilstede
      // var:" and a list, "Afbud" and a list).
      std::vector<std::string> absent;
      for (std::size_t i = head.body_begin; i < end; ++i) {
        auto lab = label_of(lines[i]);
        if (!lab || !is_people_field(lab->field)) continue;
        // (Another meeting's decision quoted, with its own attendance:
        // Stevns' council 567, Frederikssund's Råd for handicap 449.)
        if (in_cited_decision(lines, head.body_begin, i, m.date)) continue;
        // "Suppleant: A, B" under an election or a board's make-up
        // ("... konstituerede bestyrelsen sig således:"): the board's
        // substitutes, not who came.
        if (lab->field == Field::substitute) {
          bool election = voc::speaks_of_election(text::fold(item.title));
          for (std::size_t k = i; k + 3 >= i + 1 && k >= head.body_begin && !election; --k) {
            election = voc::speaks_of_election(text::fold(lines[k].text));
            if (k == 0) break;
          }
          if (election) continue;
        }
        std::size_t last = i;
        const auto value = label_value(lines, i, end, outline.listing, *lab, last);
        read_people_value(value, lab->field, m, absent);
        i = last;
      }
      if (item.kind == "afbud") {
        // An item "Fraværende"/"Afbud": the names in it sent apologies.
        for (const auto& sec : item.sections)
          for (auto& n : absent_names(sec.text, m)) absent.push_back(n);
      }
      if (!absent.empty()) mark_absent(absent, m);
    }
    m.items.push_back(std::move(item));
  }
  bool minutes = false;  // the document is the minutes, not the agenda
  {
    const std::string title = m.title ? text::fold(*m.title) : std::string();
    // A header line that opens with "Referat" ("REFERAT FRA BESTYRELSESMØDE
    // TIRSDAG DEN ...") names the document too.
    bool referat_line = false;
    for (std::size_t i = 0; i < header_end && i < 12; ++i)
      referat_line = referat_line || text::starts_with(text::fold(lines[i].text), "referat");
    minutes = title.find("referat") != std::string::npos || title.find("beslutningsprotokol") != std::string::npos ||
              m.minute_taker.has_value() || referat_line;
    mark_outcomes(m.items, paragraphs, minutes);
    mark_verdict_titles(m.items);
  }
  if (m.items.empty()) {
    // No agenda items found: keep the text searchable as one item.
    // Its section headings still divide it ("Beslutning", "Sagsfremstilling"),
    // so decisions are found in pages whose item titles were lost.
    Item item;
    item.title = m.title.value_or(m.source);
    for (std::size_t i = 0; i < lines.size(); ++i) add_item_line(item, lines[i].text, names_document(lines, i));
    drop_empty_decisions(item);
    m.items.push_back(std::move(item));
    m.warnings.push_back("no agenda items found: indexed as one item");
  }
  // (First names alone where the minutes list no one present: "Afbud
  // Kjeld" and the officers only; beside a list of those present,
  // "Til stede: Allan, John" / "Valg af ordstyrer" / "Anna", a first name
  // may be anyone's.)
  const bool none_listed =
      std::none_of(m.participants.begin(), m.participants.end(), [](const Participant& p) { return p.present; });
  read_members_when_all_came(lines, m);
  find_attendance_phrases(text, m, minutes ? header_text.size() : 0);
  for (const auto& lines_of_item : officers) read_officers(lines_of_item, none_listed, m);
  // The people of a numbered roster read as no items ("Indkaldt til mødet
  // 1. Formand Per B. Christensen, ... 3. Henrik Hvidesten, ... - AFBUD",
  // "2. Bordet rundt" / "1. Formand: Else Kirk"): present, or absent when
  // marked so.
  for (const auto& p : outline.roster) add_participant_if_new(p.name, p.present, m);
  // The chair and the minute taker were there.
  for (const auto* who : {&m.chair, &m.minute_taker}) {
    if (!*who) continue;
    const std::size_t words = text::words(**who).size();
    // ("Referent: Jane", "Referent: Leif", small boards' and councils'
    // minutes, Baldersbo's afdelingsbestyrelse 851, Bork Bådelaug 373: an
    // officer written by a known first name alone, unless someone of that
    // first name is listed already, present or absent.)
    const bool first_name_only = words == 1;
    const std::string name = first_name_only ? std::string(strip_edges(**who)) : **who;
    if (words > 5 || (first_name_only ? !voc::is_first_name(name) : !looks_like_name(name))) continue;
    // ("Referent: Maria Puk" under "Tilstede: ..., Maria Puk Hansen, ...":
    // the officer written short, the name's first words, LFH's board 812.)
    const bool listed = std::any_of(m.participants.begin(), m.participants.end(), [&](const Participant& p) {
      const bool longer = text::starts_with(p.name, name + " ");
      return first_name_only ? p.name == name || longer : same_person(p.name, name) || (p.present && longer);
    });
    if (listed) continue;
    Participant p;
    p.name = name;
    p.person_id = person_id(name);
    p.group = who == &m.chair ? "Mødeleder" : "Referent";
    m.participants.push_back(std::move(p));
  }
  demote_cited_decisions(m);
  infer_region(m, header_text, text);
  if (!m.region) m.region = region_of_site_logo(document);
  find_item_people(m);
  if (!m.date) m.warnings.push_back("no meeting date found");
  if (m.participants.empty()) m.warnings.push_back("no participants found");
  return m;
}

Meeting parse_meeting(std::string_view text, std::string source) {
  formats::Document d;
  d.blocks = formats::text_blocks(text);
  return parse_document(d, std::move(source));
}

Meeting parse_file(const std::string& path) { return parse_document(formats::read_document(path), path); }

bool parsed_poorly(const Meeting& m) {
  return !m.date || std::any_of(m.warnings.begin(), m.warnings.end(), [](const std::string& w) {
           return text::starts_with(w, "no agenda items");
         });
}

}  // namespace corpus

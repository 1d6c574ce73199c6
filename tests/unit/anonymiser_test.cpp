#include <doctest/doctest.h>

#include "procure/documents/participant_anonymiser.hpp"
#include "procure/text/phrase_replacer.hpp"

using namespace procure;

namespace {

Participant fjordprosess() {
  Participant p;
  p.id = "fjordprosess";
  p.name = "Fjordprosess AS";
  p.contact = "Ingrid Fjeld";
  p.email = "ingrid.fjeld@fjordprosess.example";
  p.organisation_number = OrganisationNumber::parse("100000016").value();
  return p;
}

std::string anonymised(std::string_view text) {
  DialogueRecord record;
  record.participants.push_back(fjordprosess());
  Participant other;
  other.id = "aerlig";
  other.name = "Ærlig Økonomi & Co AS";
  other.email = "post@gmail.com";
  record.participants.push_back(other);
  const auto replacer = participant_anonymiser(
      record, [](const std::string& id) { return id == "aerlig" ? "[B]" : "[A]"; });
  return replacer.replace(text);
}

PhraseReplacer replacer_of(std::vector<PhraseReplacer::Phrase> phrases) {
  return PhraseReplacer(phrases);
}

}  // namespace

TEST_CASE("phrase replacer: any letter case, spacing and invisible characters") {
  const PhraseReplacer replacer = replacer_of({{"Blåbær Konsult AS", "X"}});
  CHECK(replacer.replace("Blåbær Konsult AS mener") == "X mener");
  CHECK(replacer.replace("BLÅBÆR KONSULT AS mener") == "X mener");
  CHECK(replacer.replace("blåbær\xC2\xA0konsult  as") == "X");  // no-break space
  CHECK(replacer.replace("Blåbær\nKonsult\tAS.") == "X.");      // line break, tab
  CHECK(replacer.replace("Blå\xC2\xAD"
                         "bær Kon\xE2\x80\x8Bsult AS") == "X");  // soft hyphen, ZWSP
  CHECK(replacer.replace("Bla\xCC\x8A"
                         "bær Konsult AS") == "X");         // decomposed å
  CHECK(replacer.replace("Blåbær‑Konsult AS") == "X");      // non-breaking hyphen
  CHECK(replacer.replace("ＢＬÅＢÆＲ Konsult AS") == "X");  // full-width
}

TEST_CASE("phrase replacer: whole words only, the longest of overlapping phrases") {
  const PhraseReplacer replacer =
      replacer_of({{"Acme", "A"}, {"Acme Consulting", "B"}, {"Consulting AS", "C"}});
  CHECK(replacer.replace("Acmeville and Acme.") == "Acmeville and A.");
  CHECK(replacer.replace("acme consulting") == "B");
  CHECK(replacer.replace("Acme Consulting AS") == "B");  // the longest of the overlapping
  CHECK(replacer.replace("nothing here") == "nothing here");
  const PhraseReplacer numbers = replacer_of({{"987654321", "N"}});
  CHECK(numbers.replace("org.nr. 987 654 321, NO987654321MVA") ==
        "org.nr. N, NON"
        "MVA");
  CHECK(numbers.replace("1987654321") == "1987654321");
  CHECK(replacer_of({{" ", "x"}, {"--", "y"}}).replace("a -- b") == "a -- b");
}

TEST_CASE("phrase replacer: linear in the text, even for a text of one repeated letter") {
  const std::string text(1'000'000, 'a');
  const PhraseReplacer replacer = replacer_of({{std::string(1000, 'a') + "b", "x"}, {"a", "y"}});
  CHECK(replacer.replace(text) == text);
  CHECK(replacer.replace("a " + text + " a") == "y " + text + " y");
}

TEST_CASE("anonymising: every identifying text of every participant in the dialogue record") {
  CHECK(identifying_phrases(fjordprosess()) ==
        std::vector<std::string>{"Fjordprosess AS", "Fjordprosess", "Ingrid Fjeld",
                                 "ingrid.fjeld@fjordprosess.example", "fjordprosess.example",
                                 "fjordprosess", "100000016"});
  CHECK(anonymised("Vi i FJORDPROSESS\xC2\xA0"
                   "AS anbefaler") == "Vi i [A] anbefaler");
  CHECK(anonymised("Fjordprosess har gjort dette før") == "[A] har gjort dette før");
  CHECK(anonymised("Kontakt ingrid fjeld, Ingrid.Fjeld@Fjordprosess.example") ==
        "Kontakt [A], [A]");
  CHECK(anonymised("Se www.fjordprosess.example") == "Se www.[A]");
  CHECK(anonymised("Org.nr. 100 000 016") == "Org.nr. [A]");
  CHECK(anonymised("Som ærlig økonomi & co as sa") == "Som [B] sa");
  // A public mail service's domain says nothing about the writer.
  CHECK(anonymised("send til gmail") == "send til gmail");
}

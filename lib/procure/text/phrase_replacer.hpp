#pragma once
// Replaces phrases (names, e-mail addresses, numbers) in text wherever a
// reader would recognise them: in any letter case (Unicode case folding, so
// "ÆRLIG" is "ærlig"), with any spacing (no-break and other Unicode spaces,
// line breaks, hyphens and dashes all count as one space; spaces between
// digits as none, so "987 654 321" is "987654321"), with invisible
// characters (soft hyphens, zero-width spaces, bidi marks) ignored, and in
// compatibility forms (full-width letters, decomposed accents). A phrase
// matches whole words only: "Acme" is not replaced inside "Acmeville".
// Where matches overlap, their whole span gets the replacement of the
// longest. Time and memory are linear in the sizes of the text and the
// phrases (one Aho–Corasick automaton for all phrases); a text must be
// shorter than 4 GiB.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace procure {

class PhraseReplacer {
 public:
  struct Phrase {
    std::string text;
    std::string replacement;
  };
  // Phrases that fold to no word (blank, punctuation only) are ignored.
  explicit PhraseReplacer(const std::vector<Phrase>& phrases);

  std::string replace(std::string_view text) const;

 private:
  // A state of the automaton: the folded bytes read so far that begin a phrase.
  struct Node {
    std::map<unsigned char, std::size_t> next;
    std::size_t fail = 0;
    bool has_phrase = false;  // the longest phrase that ends here, by fail links too
    std::size_t phrase = 0;
    std::size_t length = 0;
  };
  std::vector<Node> nodes_;
  std::vector<std::string> replacements_;
};

}  // namespace procure

#include "procure/text/phrase_replacer.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <limits>
#include <stdexcept>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utypes.h>

#include "procure/core/utf8.hpp"

namespace procure {
namespace {

// Text as it is compared: folded, with one space for any run of spacing, and
// a word's start and end marked, so that a phrase's marks demand whole words.
constexpr char word_start = '\x01';
constexpr char word_end = '\x02';

// A combining sequence longer than this is cut: reordering a longer one
// would take time quadratic in its length.
constexpr std::size_t longest_segment = 32;

enum class Kind { none, space, letter, digit, other };

Kind kind_of(UChar32 c) {
  const auto category = static_cast<UCharCategory>(u_charType(c));
  if (u_isUWhiteSpace(c) || u_iscntrl(c) || category == U_DASH_PUNCTUATION)
    return Kind::space;
  if (u_isdigit(c))
    return Kind::digit;
  const bool mark = category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
                    category == U_COMBINING_SPACING_MARK;
  if (u_isalpha(c) || mark)
    return Kind::letter;
  return Kind::other;
}

// The folded text and, for each of its bytes, the span of the original text
// it stands for.
struct Folded {
  std::string text;
  // 32 bits: a text is far below 4 GiB (input files are at most 16 MiB),
  // and the map is eight bytes for each byte of text.
  std::vector<std::uint32_t> begin;
  std::vector<std::uint32_t> end;
};

class Folder {
 public:
  explicit Folder(std::string_view text) : text_(text) {
    if (text.size() >= std::numeric_limits<std::uint32_t>::max())
      throw std::length_error("a text to fold has 4 GiB or more");
    UErrorCode status = U_ZERO_ERROR;
    normalizer_ = unorm2_getNFKCCasefoldInstance(&status);
    // Without its data ICU cannot fold, and anonymising would leak: a bug of the installation.
    if (U_FAILURE(status))
      throw std::runtime_error(std::string("ICU has no NFKC_Casefold: ") + u_errorName(status));
  }

  Folded fold() {
    std::size_t at = 0;
    while (at < text_.size()) {
      const std::size_t segment_end = end_of_segment(at);
      fold_segment(at, segment_end);
      at = segment_end;
    }
    close_word();
    return std::move(out_);
  }

 private:
  // The code point at `at` (U+FFFD for a byte that is not UTF-8) and its size.
  std::size_t next(std::size_t at, UChar32& c) const {
    char32_t code_point = 0;
    const std::size_t size = utf8::decode(text_, at, code_point);
    c = size == 0 ? 0xFFFD : static_cast<UChar32>(code_point);
    return size == 0 ? 1 : size;
  }

  // A starter and the characters that combine with it.
  std::size_t end_of_segment(std::size_t at) const {
    UChar32 c = 0;
    std::size_t end = at + next(at, c);
    for (std::size_t count = 1; end < text_.size() && count < longest_segment; ++count) {
      const std::size_t size = next(end, c);
      if (unorm2_hasBoundaryBefore(normalizer_, c))
        break;
      end += size;
    }
    return end;
  }

  void fold_segment(std::size_t begin, std::size_t end) {
    const auto first = static_cast<unsigned char>(text_[begin]);
    if (end == begin + 1 && first < 0x80) {
      // ASCII on its own folds to its lower case: no need to ask ICU.
      add(first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first, begin, end);
      return;
    }
    std::u16string source;
    for (std::size_t i = begin; i < end;) {
      UChar32 c = 0;
      i += next(i, c);
      if (c >= 0x10000) {
        source += static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10));
        source += static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF));
      } else {
        source += static_cast<char16_t>(c);
      }
    }
    const std::u16string folded = normalize(source);
    for (std::size_t i = 0; i < folded.size(); ++i) {
      UChar32 c = folded[i];
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < folded.size() && folded[i + 1] >= 0xDC00 &&
          folded[i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (folded[i + 1] - 0xDC00);
        ++i;
      }
      add(c, begin, end);
    }
  }

  std::u16string normalize(const std::u16string& source) const {
    std::u16string result(source.size() * 4 + 8, u'\0');
    for (int attempt = 0; attempt < 2; ++attempt) {
      UErrorCode status = U_ZERO_ERROR;
      const int32_t length =
          unorm2_normalize(normalizer_, source.data(), static_cast<int32_t>(source.size()),
                           result.data(), static_cast<int32_t>(result.size()), &status);
      if (status == U_BUFFER_OVERFLOW_ERROR) {
        result.assign(static_cast<std::size_t>(length), u'\0');
        continue;
      }
      if (U_FAILURE(status))
        break;
      result.resize(static_cast<std::size_t>(length));
      return result;
    }
    throw std::runtime_error("ICU could not fold a text");
  }

  void add(UChar32 c, std::size_t begin, std::size_t end) {
    const Kind kind = kind_of(c);
    if (kind == Kind::space) {
      space_pending_ = !out_.text.empty();
      return;
    }
    if (space_pending_) {
      space_pending_ = false;
      // "987 654 321" reads as one number.
      if (!(word_ == Kind::digit && kind == Kind::digit)) {
        close_word();
        emit(' ', begin, begin);
      }
    }
    if (kind != word_) {
      close_word();
      if (kind == Kind::letter || kind == Kind::digit) {
        emit(word_start, begin, begin);
        word_ = kind;
      }
    }
    std::string bytes;
    utf8::append(bytes, static_cast<char32_t>(c));
    for (const char byte : bytes)
      emit(byte, begin, end);
    last_end_ = end;
  }

  void close_word() {
    if (word_ == Kind::letter || word_ == Kind::digit)
      emit(word_end, last_end_, last_end_);
    word_ = Kind::none;
  }

  void emit(char byte, std::size_t begin, std::size_t end) {
    out_.text += byte;
    out_.begin.push_back(static_cast<std::uint32_t>(begin));
    out_.end.push_back(static_cast<std::uint32_t>(end));
  }

  std::string_view text_;
  const UNormalizer2* normalizer_ = nullptr;
  Folded out_;
  Kind word_ = Kind::none;
  bool space_pending_ = false;
  std::size_t last_end_ = 0;
};

Folded fold(std::string_view text) {
  return Folder(text).fold();
}

struct Match {
  std::size_t begin = 0;  // in the folded text
  std::size_t end = 0;
  std::size_t phrase = 0;
};

}  // namespace

PhraseReplacer::PhraseReplacer(const std::vector<Phrase>& phrases) : nodes_(1) {
  for (const auto& phrase : phrases) {
    // Folding drops leading and trailing spaces: a key starts and ends in a word or a sign.
    const std::string key = fold(phrase.text).text;
    if (key.find(word_start) == std::string::npos)
      continue;
    std::size_t node = 0;
    for (const char byte : key) {
      const auto b = static_cast<unsigned char>(byte);
      auto found = nodes_[node].next.find(b);
      if (found == nodes_[node].next.end()) {
        nodes_.emplace_back();
        found = nodes_[node].next.emplace(b, nodes_.size() - 1).first;
      }
      node = found->second;
    }
    if (!nodes_[node].has_phrase) {
      nodes_[node].has_phrase = true;
      nodes_[node].phrase = replacements_.size();
      nodes_[node].length = key.size();
      replacements_.push_back(phrase.replacement);
    }
  }
  // Fail links in breadth-first order; a state without a phrase of its own
  // takes the longest of its fail state.
  std::deque<std::size_t> queue;
  for (const auto& [byte, child] : nodes_[0].next)
    queue.push_back(child);
  while (!queue.empty()) {
    const std::size_t node = queue.front();
    queue.pop_front();
    for (const auto& [byte, child] : nodes_[node].next) {
      std::size_t fail = nodes_[node].fail;
      while (fail != 0 && !nodes_[fail].next.contains(byte))
        fail = nodes_[fail].fail;
      const auto found = nodes_[fail].next.find(byte);
      nodes_[child].fail =
          found != nodes_[fail].next.end() && found->second != child ? found->second : 0;
      if (const Node& fallback = nodes_[nodes_[child].fail];
          !nodes_[child].has_phrase && fallback.has_phrase) {
        nodes_[child].has_phrase = true;
        nodes_[child].phrase = fallback.phrase;
        nodes_[child].length = fallback.length;
      }
      queue.push_back(child);
    }
  }
}

std::string PhraseReplacer::replace(std::string_view text) const {
  if (replacements_.empty())
    return std::string(text);
  const Folded folded = fold(text);
  std::vector<Match> matches;
  std::size_t state = 0;
  for (std::size_t i = 0; i < folded.text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(folded.text[i]);
    while (state != 0 && !nodes_[state].next.contains(byte))
      state = nodes_[state].fail;
    const auto found = nodes_[state].next.find(byte);
    state = found == nodes_[state].next.end() ? 0 : found->second;
    if (const Node& at = nodes_[state]; at.has_phrase)
      matches.push_back({i + 1 - at.length, i + 1, at.phrase});
  }
  if (matches.empty())
    return std::string(text);
  std::sort(matches.begin(), matches.end(),
            [](const Match& a, const Match& b) { return a.begin < b.begin; });
  // Overlapping matches become one span with the replacement of the longest.
  std::vector<Match> spans;
  for (const Match& m : matches) {
    if (!spans.empty() && m.begin < spans.back().end) {
      Match& span = spans.back();
      if (m.end - m.begin > span.end - span.begin)
        span.phrase = m.phrase;
      span.end = std::max(span.end, m.end);
    } else {
      spans.push_back(m);
    }
  }
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;
  for (const Match& span : spans) {
    const std::size_t begin = folded.begin[span.begin];
    const std::size_t end = folded.end[span.end - 1];
    if (begin < copied) {
      // Two spans in one folded character ("ﬁ" is "fi"): the first took it.
      copied = std::max(copied, end);
      continue;
    }
    out.append(text.substr(copied, begin - copied));
    out += replacements_[span.phrase];
    copied = end;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace procure

#pragma once
// Anonymising the market dialogue's texts: whatever the dialogue record holds
// that identifies a participant (its name, also without its legal form and
// in any letter case or spacing, its contact person, e-mail address and the
// e-mail domain, its organisation number with or without spaces) is replaced
// by the participant's label ("Leverandør A") wherever it stands in a text,
// whoever wrote the text.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/dialogue/dialogue_record.hpp"
#include "procure/text/phrase_replacer.hpp"

namespace procure {

// The texts that identify one participant. The e-mail domain and its name
// ("fjordprosess" in "post@fjordprosess.no") count unless the domain is a
// public mail service everyone uses.
std::vector<std::string> identifying_phrases(const Participant& participant);

// A replacer of every participant's identifying texts by `label(id)`.
PhraseReplacer participant_anonymiser(const DialogueRecord& record,
                                      const std::function<std::string(const std::string&)>& label);

}  // namespace procure

// Messages about the dialogue folder and the equal-treatment check.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr MessageDef table[] = {
    {"dialogue.unknown-meeting",
     {"case.yaml has no meeting '{id}'", "case.yaml har ikke noe møte «{id}»",
      "case.yaml har ikkje noko møte «{id}»"},
     {"the meetings in case.yaml are: {known}", "møtene i case.yaml er: {known}",
      "møta i case.yaml er: {known}"}},
    {"dialogue.unknown-question",
     {"case.yaml has no written-input question '{id}'",
      "case.yaml har ikke noe spørsmål til skriftlige innspill «{id}»",
      "case.yaml har ikkje noko spørsmål til skriftlege innspel «{id}»"},
     {"the questions in case.yaml are: {known}", "spørsmålene i case.yaml er: {known}",
      "spørsmåla i case.yaml er: {known}"}},
    {"dialogue.unknown-participant",
     {"no participant '{id}' in participants.yaml", "ingen deltaker «{id}» i participants.yaml",
      "ingen deltakar «{id}» i participants.yaml"},
     {"the participants are: {known}", "deltakerne er: {known}", "deltakarane er: {known}"}},
    {"dialogue.bad-minutes",
     {"'{value}' is not a number of minutes", "«{value}» er ikke et antall minutter",
      "«{value}» er ikkje eit tal på minutt"},
     {"write whole minutes, from 1 to 600: 45", "skriv hele minutter, fra 1 til 600: 45",
      "skriv heile minutt, frå 1 til 600: 45"}},
    {"dialogue.bad-break",
     {"'{value}' is not a break", "«{value}» er ikke en pause", "«{value}» er ikkje ei pause"},
     {"write the start and end of the break: \"11:30-12:00\"",
      "skriv start og slutt på pausen: \"11:30-12:00\"",
      "skriv start og slutt på pausa: \"11:30-12:00\""}},
    {"dialogue.slots-for-plenary",
     {"'{id}' is a plenary meeting: only one-to-one meetings have slots",
      "«{id}» er et fellesmøte: bare en-til-en-møter har tidspunkter",
      "«{id}» er eit fellesmøte: berre ein-til-ein-møte har tidspunkt"},
     {"set kind: one-to-one on the meeting in case.yaml, or remove its slots",
      "sett kind: one-to-one på møtet i case.yaml, eller fjern tidspunktene",
      "set kind: one-to-one på møtet i case.yaml, eller fjern tidspunkta"}},
    {"dialogue.slots-need-times",
     {"the meeting '{id}' needs a start and an end with a time of day to be cut into slots",
      "møtet «{id}» trenger start og slutt med klokkeslett for å deles i tidspunkter",
      "møtet «{id}» treng start og slutt med klokkeslett for å delast i tidspunkt"},
     {"give start and end as \"2018-03-22 09:00\"", "oppgi start og slutt som \"2018-03-22 09:00\"",
      "oppgje start og slutt som \"2018-03-22 09:00\""}},
    {"dialogue.late-input",
     {"the written input from {participant} came {received}, after the deadline {deadline}",
      "det skriftlige innspillet fra {participant} kom {received}, etter fristen {deadline}",
      "det skriftlege innspelet frå {participant} kom {received}, etter fristen {deadline}"},
     {"a late input may be read, but say so in the summary and treat all late inputs alike",
      "et innspill som kom for sent kan leses, men si det i oppsummeringen og behandle alle "
      "sene innspill likt",
      "eit innspel som kom for seint kan lesast, men sei det i oppsummeringa og handsam alle "
      "seine innspel likt"}},
    {"dialogue.late-registration",
     {"{participant} registered for '{meeting}' {received}, after the deadline {deadline}",
      "{participant} meldte seg på «{meeting}» {received}, etter fristen {deadline}",
      "{participant} melde seg på «{meeting}» {received}, etter fristen {deadline}"},
     {"accept or refuse late registrations by the same rule for everyone",
      "godta eller avvis sene påmeldinger etter samme regel for alle",
      "godta eller avvis seine påmeldingar etter same regel for alle"}},
    {"qa.answer-needs-date",
     {"an answer needs both its text (answer) and its date (answered)",
      "et svar trenger både teksten (answer) og datoen (answered)",
      "eit svar treng både teksten (answer) og datoen (answered)"}},
    {"qa.unanswered",
     {"the question '{id}' has no answer yet", "spørsmålet «{id}» er ikke besvart ennå",
      "spørsmålet «{id}» er ikkje svara på enno"}},
    {"qa.private-answer",
     {"the answer to '{id}' went to {to} alone and was never published to all participants",
      "svaret på «{id}» gikk bare til {to} og ble aldri publisert til alle deltakerne",
      "svaret på «{id}» gjekk berre til {to} og vart aldri publisert til alle deltakarane"},
     {"publish the answer to everyone and record the date in published:",
      "publiser svaret til alle og før opp datoen i published:",
      "publiser svaret til alle og før opp datoen i published:"},
     "FOA § 12-2 (§ 9-3), equal treatment"},
    {"qa.published-before-answer",
     {"'{id}' is published {published}, before it was answered {answered}",
      "«{id}» er publisert {published}, før det ble besvart {answered}",
      "«{id}» er publisert {published}, før det vart svara på {answered}"}},
    {"qa.private-after-notice",
     {"'{id}' was answered to {to} alone on {answered}, after the notice ({notice}, the earliest "
      "day of {window}), and reached everyone only on {published}",
      "«{id}» ble besvart bare til {to} {answered}, etter kunngjøringen ({notice}, første mulige "
      "dag i {window}), og nådde alle først {published}",
      "«{id}» vart svara berre til {to} {answered}, etter kunngjeringa ({notice}, første moglege "
      "dag i {window}), og nådde alle først {published}"},
     {"after the notice, answer every question to all tenderers at the same time",
      "etter kunngjøringen skal hvert spørsmål besvares til alle tilbydere samtidig",
      "etter kunngjeringa skal kvart spørsmål svarast til alle tilbydarar samstundes"},
     "FOA § 12-2 (§ 9-3), equal treatment"},
    {"qa.published-after-deadline",
     {"the answer to '{id}' reached everyone {published}, after the tender deadline {deadline}",
      "svaret på «{id}» nådde alle {published}, etter tilbudsfristen {deadline}",
      "svaret på «{id}» nådde alle {published}, etter tilbodsfristen {deadline}"},
     {"an answer nobody could use in the tender helps only those who knew it earlier",
      "et svar ingen kunne bruke i tilbudet, hjelper bare dem som visste det tidligere",
      "eit svar ingen kunne bruke i tilbodet, hjelper berre dei som visste det tidlegare"}},
    {"qa.answer-close-to-deadline",
     {"the answer to '{id}' reached everyone {published}, {days} days before the tender deadline "
      "{deadline}",
      "svaret på «{id}» nådde alle {published}, {days} dager før tilbudsfristen {deadline}",
      "svaret på «{id}» nådde alle {published}, {days} dagar før tilbodsfristen {deadline}"},
     {"information asked for in good time must be given at least {minimum} days before the "
      "deadline, or the deadline extended",
      "opplysninger som er bedt om i god tid, skal gis senest {minimum} dager før fristen, ellers "
      "skal fristen forlenges",
      "opplysningar som det er bede om i god tid, skal givast seinast {minimum} dagar før "
      "fristen, elles skal fristen forlengjast"},
     "Directive 2014/24/EU art. 47(3)"},
};

}  // namespace

const MessageTable dialogue_messages{table};

}  // namespace procure

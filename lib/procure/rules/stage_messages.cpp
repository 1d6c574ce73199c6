// Messages about the stages of a procedure: the prequalification, the
// negotiation rounds and their files (docs/procedures.md). A rule finding's
// rule and source come with it as the arguments `rule` and `source`.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr MessageDef table[] = {
    // Reading the `stages:` section.
    {"stages.invited-not-qualified",
     {"the candidate '{id}' is invited but not among the qualified",
      "kandidaten «{id}» er invitert, men er ikke blant de kvalifiserte",
      "kandidaten «{id}» er invitert, men er ikkje blant dei kvalifiserte"},
     {"only qualified candidates may be invited to tender: add '{id}' to 'qualified', or remove "
      "it from 'invited'",
      "bare kvalifiserte kandidater kan inviteres til å gi tilbud: legg «{id}» til i «qualified», "
      "eller fjern den fra «invited»",
      "berre kvalifiserte kandidatar kan inviterast til å gje tilbod: legg «{id}» til i "
      "«qualified», eller fjern han frå «invited»"}},
    {"stages.unknown-candidate",
     {"'{id}' is not a candidate of the prequalification",
      "«{id}» er ikke en kandidat i prekvalifiseringen",
      "«{id}» er ikkje ein kandidat i prekvalifiseringa"},
     {"write the candidate's id as its request in requests/ is named, and as it stands in "
      "'qualified' or 'invited'",
      "skriv kandidatens id slik forespørselen i requests/ heter, og slik den står i «qualified» "
      "eller «invited»",
      "skriv id-en til kandidaten slik førespurnaden i requests/ heiter, og slik han står i "
      "«qualified» eller «invited»"}},
    {"stages.unknown-candidate-suggest",
     {"'{id}' is not a candidate of the prequalification",
      "«{id}» er ikke en kandidat i prekvalifiseringen",
      "«{id}» er ikkje ein kandidat i prekvalifiseringa"},
     {"did you mean '{suggestion}'?", "mente du «{suggestion}»?", "meinte du «{suggestion}»?"}},
    {"stages.maximum-below-minimum",
     {"the maximum number of candidates ({maximum}) is below the minimum ({minimum})",
      "høyeste antall kandidater ({maximum}) er lavere enn laveste antall ({minimum})",
      "høgaste tal på kandidatar ({maximum}) er lågare enn lågaste talet ({minimum})"},
     {"write the numbers the notice gave", "skriv tallene som står i kunngjøringen",
      "skriv tala som står i kunngjeringa"}},

    {"stages.meetings-need-times",
     {"the negotiation meetings of round {round} need times of day: the negotiations' start and "
      "end, and each meeting's start",
      "forhandlingsmøtene i runde {round} trenger klokkeslett: start og slutt på forhandlingene, "
      "og start på hvert møte",
      "forhandlingsmøta i runde {round} treng klokkeslett: start og slutt på forhandlingane, og "
      "start på kvart møte"},
     {"give 'negotiations_start' and 'negotiations_end' as \"2025-05-20 09:00\", and each "
      "booking's 'start' the same way",
      "oppgi «negotiations_start» og «negotiations_end» som \"2025-05-20 09:00\", og «start» for "
      "hvert møte på samme måte",
      "oppgje «negotiations_start» og «negotiations_end» som \"2025-05-20 09:00\", og «start» "
      "for kvart møte på same måten"}},

    // Rule findings about the stages.
    {"stages.final-before-negotiations-end",
     {"the tender deadline of round {round} ({deadline}) is not after the negotiations of round "
      "{previous} end ({end})",
      "tilbudsfristen i runde {round} ({deadline}) er ikke etter at forhandlingene i runde "
      "{previous} slutter ({end})",
      "tilbodsfristen i runde {round} ({deadline}) er ikkje etter at forhandlingane i runde "
      "{previous} sluttar ({end})"},
     {"conclude the negotiations first, tell every remaining tenderer, and then set a common "
      "deadline for the revised or final tenders",
      "avslutt forhandlingene først, gi beskjed til alle gjenværende leverandører, og sett så en "
      "felles frist for reviderte eller endelige tilbud",
      "avslutt forhandlingane først, gje melding til alle leverandørane som er att, og set så ein "
      "felles frist for reviderte eller endelege tilbod"}},
    {"stages.minimum-requirement-changed",
     {"the negotiation log of round {round} records a change to a minimum requirement on {date}",
      "forhandlingsloggen i runde {round} viser en endring av et minstekrav {date}",
      "forhandlingsloggen i runde {round} viser ei endring av eit minstekrav {date}"},
     {"minimum requirements may not be negotiated or changed after the notice: keep the published "
      "requirement, or cancel and announce the competition anew",
      "minstekrav kan ikke forhandles eller endres etter kunngjøringen: behold kravet slik det ble "
      "kunngjort, eller avlys og kunngjør konkurransen på nytt",
      "minstekrav kan ikkje forhandlast eller endrast etter kunngjeringa: behald kravet slik det "
      "vart kunngjort, eller avlys og kunngjer konkurransen på nytt"}},
    {"stages.award-criteria-changed",
     {"the negotiation log of round {round} records a change to the award criteria on {date}",
      "forhandlingsloggen i runde {round} viser en endring av tildelingskriteriene {date}",
      "forhandlingsloggen i runde {round} viser ei endring av tildelingskriteria {date}"},
     {"award criteria and their weights may not be negotiated or changed after the notice",
      "tildelingskriterier og vektingen av dem kan ikke forhandles eller endres etter "
      "kunngjøringen",
      "tildelingskriterium og vektinga av dei kan ikkje forhandlast eller endrast etter "
      "kunngjeringa"}},
    {"stages.change-not-shared",
     {"a change to the procurement documents on {date} (round {round}) was not sent to {missing}",
      "en endring av anskaffelsesdokumentene {date} (runde {round}) ble ikke sendt til {missing}",
      "ei endring av anskaffingsdokumenta {date} (runde {round}) vart ikkje send til {missing}"},
     {"every tenderer still in the competition must be told of a change in writing, in time to "
      "revise its tender: write 'shared_with: all' once it is sent to all",
      "alle leverandører som fortsatt er med i konkurransen, skal få skriftlig beskjed om en "
      "endring, i tide til å revidere tilbudet: skriv «shared_with: all» når den er sendt til alle",
      "alle leverandørar som framleis er med i konkurransen, skal få skriftleg melding om ei "
      "endring, i tide til å revidere tilbodet: skriv «shared_with: all» når ho er send til alle"}},
    {"stages.meeting-not-in-round",
     {"a negotiation meeting in round {round} is booked for {tenderer}, who is not in that round",
      "et forhandlingsmøte i runde {round} er avtalt med {tenderer}, som ikke er med i den runden",
      "eit forhandlingsmøte i runde {round} er avtalt med {tenderer}, som ikkje er med i den "
      "runden"},
     {"only the tenderers invited and not dropped before this round negotiate in it: remove the "
      "booking, or correct 'invited' or an earlier round's 'dropped'",
      "bare leverandører som er invitert og ikke utelatt før denne runden, forhandler i den: fjern "
      "møtet, eller rett «invited» eller «dropped» i en tidligere runde",
      "berre leverandørar som er inviterte og ikkje utelatne før denne runden, forhandlar i han: "
      "fjern møtet, eller rett «invited» eller «dropped» i ein tidlegare runde"}},
    {"stages.meeting-missing",
     {"{tenderer} is still in round {round} but has no negotiation meeting",
      "{tenderer} er fortsatt med i runde {round}, men har ikke noe forhandlingsmøte",
      "{tenderer} er framleis med i runde {round}, men har ikkje noko forhandlingsmøte"},
     {"every tenderer still in the competition is offered a meeting on the same terms: book one "
      "under 'booked' ('procure dialogue slots CASE --round {round}' proposes a free slot)",
      "alle leverandører som fortsatt er med i konkurransen, skal få tilbud om møte på like "
      "vilkår: før opp et møte under «booked» («procure dialogue slots CASE --round {round}» "
      "foreslår et ledig tidspunkt)",
      "alle leverandørar som framleis er med i konkurransen, skal få tilbod om møte på like "
      "vilkår: før opp eit møte under «booked» («procure dialogue slots CASE --round {round}» "
      "føreslår eit ledig tidspunkt)"}},
    {"stages.meeting-outside-negotiations",
     {"the negotiation meeting with {tenderer} in round {round} ({start} to {end}) is outside the "
      "negotiations, {from} to {until}",
      "forhandlingsmøtet med {tenderer} i runde {round} ({start} til {end}) ligger utenfor "
      "forhandlingene, {from} til {until}",
      "forhandlingsmøtet med {tenderer} i runde {round} ({start} til {end}) ligg utanfor "
      "forhandlingane, {from} til {until}"},
     {"every tenderer negotiates within the window all were told of: move the meeting, or "
      "correct 'negotiations_start' and 'negotiations_end'",
      "alle leverandører forhandler innenfor tidsrommet alle fikk vite om: flytt møtet, eller rett "
      "«negotiations_start» og «negotiations_end»",
      "alle leverandørar forhandlar innanfor tidsrommet alle fekk vite om: flytt møtet, eller rett "
      "«negotiations_start» og «negotiations_end»"}},
    {"stages.meeting-double-booked",
     {"the negotiation meeting with {tenderer} in round {round} at {start} overlaps the meeting "
      "with {other}",
      "forhandlingsmøtet med {tenderer} i runde {round} {start} overlapper møtet med {other}",
      "forhandlingsmøtet med {tenderer} i runde {round} {start} overlappar møtet med {other}"},
     {"each tenderer negotiates alone, in a slot of its own: move one of the meetings to a free "
      "slot",
      "hver leverandør forhandler alene, i et eget tidspunkt: flytt ett av møtene til et ledig "
      "tidspunkt",
      "kvar leverandør forhandlar åleine, i eit eige tidspunkt: flytt eitt av møta til eit ledig "
      "tidspunkt"}},
    {"stages.meeting-lengths-unequal",
     {"the negotiation meeting with {tenderer} in round {round} lasts {length} minutes, the "
      "round's slots {planned}",
      "forhandlingsmøtet med {tenderer} i runde {round} varer {length} minutter, rundens "
      "tidspunkter {planned}",
      "forhandlingsmøtet med {tenderer} i runde {round} varer {length} minutt, tidspunkta i runden "
      "{planned}"},
     {"the tenderers get equal time to negotiate: give every meeting the same length",
      "leverandørene skal få like lang tid til å forhandle: gi alle møtene samme lengde",
      "leverandørane skal få like lang tid til å forhandle: gje alle møta same lengd"}},
    {"stages.too-few-invited",
     {"{invited} candidates are invited, fewer than the minimum of {minimum}, while {qualified} "
      "qualified",
      "{invited} kandidater er invitert, færre enn minstetallet {minimum}, mens {qualified} er "
      "kvalifisert",
      "{invited} kandidatar er inviterte, færre enn minstetalet {minimum}, medan {qualified} er "
      "kvalifiserte"},
     {"invite at least the minimum the notice gave, chosen by the published selection criteria; "
      "fewer only when fewer qualify",
      "inviter minst så mange som kunngjøringen sa, valgt etter de kunngjorte "
      "utvelgelseskriteriene; færre bare når færre er kvalifisert",
      "inviter minst så mange som kunngjeringa sa, valde etter dei kunngjorde "
      "utveljingskriteria; færre berre når færre er kvalifiserte"}},
    {"stages.reduction-not-reserved",
     {"round {round} drops {dropped}, but the notice did not reserve reducing the number of "
      "tenderers",
      "runde {round} tar ut {dropped}, men kunngjøringen tok ikke forbehold om å redusere antall "
      "leverandører",
      "runde {round} tek ut {dropped}, men kunngjeringa tok ikkje atterhald om å redusere talet på "
      "leverandørar"},
     {"write 'reduction_reserved: true' if the notice reserved it; otherwise every tenderer goes "
      "on to the next round",
      "skriv «reduction_reserved: true» hvis kunngjøringen tok forbehold om det; ellers går alle "
      "leverandører videre til neste runde",
      "skriv «reduction_reserved: true» om kunngjeringa tok atterhald om det; elles går alle "
      "leverandørane vidare til neste runde"}},
    {"stages.request-late",
     {"the request to participate {file} was received {received}, after the deadline {deadline}",
      "forespørselen om å delta {file} ble mottatt {received}, etter fristen {deadline}",
      "førespurnaden om å delta {file} vart motteken {received}, etter fristen {deadline}"},
     {"a request received after the deadline, even by a second, is rejected: the candidate "
      "cannot be qualified or invited",
      "en forespørsel som mottas etter fristen, selv ett sekund for sent, avvises: kandidaten kan "
      "ikke kvalifiseres eller inviteres",
      "ein førespurnad som blir motteken etter fristen, sjølv eitt sekund for seint, blir avvist: "
      "kandidaten kan ikkje kvalifiserast eller inviterast"}},
    {"stages.qualified-not-opened",
     {"'{id}' is qualified, but the requests' opening protocol {protocol} has no request to "
      "participate from it received by the deadline",
      "«{id}» er kvalifisert, men åpningsprotokollen for forespørslene {protocol} har ingen "
      "forespørsel om å delta fra den mottatt innen fristen",
      "«{id}» er kvalifisert, men opningsprotokollen for førespurnadene {protocol} har ingen "
      "førespurnad om å delta frå han motteken innan fristen"},
     {"only a candidate whose request was opened and not rejected can be qualified: take '{id}' "
      "out of qualified and invited",
      "bare en kandidat som har fått forespørselen sin åpnet og ikke avvist, kan kvalifiseres: "
      "ta «{id}» ut av qualified og invited",
      "berre ein kandidat som har fått førespurnaden sin opna og ikkje avvist, kan "
      "kvalifiserast: ta «{id}» ut av qualified og invited"}},
    {"stages.tender-from-dropped",
     {"{file} is a tender in round {round} from '{id}', who was dropped in round {dropped_in}",
      "{file} er et tilbud i runde {round} fra «{id}», som ble tatt ut i runde {dropped_in}",
      "{file} er eit tilbod i runde {round} frå «{id}», som vart teken ut i runde {dropped_in}"},
     {"a tenderer left out of a round cannot come back in a later one: reject the tender",
      "en leverandør som er tatt ut av en runde, kan ikke komme tilbake i en senere: avvis "
      "tilbudet",
      "ein leverandør som er teken ut av ein runde, kan ikkje kome tilbake i ein seinare: avvis "
      "tilbodet"}},
    {"stages.tender-from-uninvited",
     {"{file} is a tender in round {round} from '{id}', who was not invited to tender",
      "{file} er et tilbud i runde {round} fra «{id}», som ikke ble invitert til å gi tilbud",
      "{file} er eit tilbod i runde {round} frå «{id}», som ikkje vart invitert til å gje tilbod"},
     {"only the candidates invited after the prequalification may tender: reject the tender, or "
      "correct its 'candidate:' (or its file name) to the candidate's id",
      "bare kandidatene som ble invitert etter prekvalifiseringen, kan gi tilbud: avvis tilbudet, "
      "eller rett «candidate:» (eller filnavnet) til kandidatens id",
      "berre kandidatane som vart inviterte etter prekvalifiseringa, kan gje tilbod: avvis "
      "tilbodet, eller rett «candidate:» (eller filnamnet) til kandidaten sin id"}},

    // The stage documents (lib/procure/documents/stage_documents.cpp).
    {"document.no-invited",
     {"{document}: case.yaml invites no candidates (stages: prequalification: invited:)",
      "{document}: case.yaml inviterer ingen kandidater (stages: prequalification: invited:)",
      "{document}: case.yaml inviterer ingen kandidatar (stages: prequalification: invited:)"}},
    {"document.no-rounds",
     {"{document}: case.yaml has no negotiation rounds (stages: negotiation: rounds:)",
      "{document}: case.yaml har ingen forhandlingsrunder (stages: negotiation: rounds:)",
      "{document}: case.yaml har ingen forhandlingsrundar (stages: negotiation: rounds:)"}},
    {"document.no-dialogue-closing",
     {"{document}: case.yaml does not record the close of the competitive dialogue "
      "(stages: dialogue_closing:)",
      "{document}: case.yaml har ikke registrert at den konkurransepregede dialogen er avsluttet "
      "(stages: dialogue_closing:)",
      "{document}: case.yaml har ikkje registrert at den konkurranseprega dialogen er avslutta "
      "(stages: dialogue_closing:)"},
     {"write when the dialogue was declared concluded and who is invited to submit final "
      "tenders: 'dialogue_closing: {at: ..., invited: all}'",
      "skriv når dialogen ble erklært avsluttet, og hvem som inviteres til å gi endelig tilbud: "
      "«dialogue_closing: {at: ..., invited: all}»",
      "skriv når dialogen vart erklært avslutta, og kven som blir inviterte til å gje endeleg "
      "tilbod: «dialogue_closing: {at: ..., invited: all}»"}},
    {"doc.title.final-tender-invitation",
     {"Invitation to submit final tenders", "Invitasjon til å gi endelig tilbud",
      "Invitasjon til å gje endeleg tilbod"}},
    {"doc.title.invitation-to-tender",
     {"Invitation to tender", "Invitasjon til å gi tilbud", "Invitasjon til å gje tilbod"}},
    {"doc.title.non-selection-notice",
     {"Notice of non-selection", "Melding om at dere ikke er valgt ut",
      "Melding om at de ikkje er valde ut"}},
    {"doc.title.reduction-notice",
     {"Notice that your tender goes no further", "Melding om at tilbudet ikke går videre",
      "Melding om at tilbodet ikkje går vidare"}},
    {"doc.title.negotiation-invitation",
     {"Invitation to negotiation", "Invitasjon til forhandlinger", "Invitasjon til forhandlingar"}},
    {"doc.title.negotiation-minutes",
     {"Negotiation minutes", "Forhandlingsprotokoll", "Forhandlingsprotokoll"}},
    {"doc.negotiation.all-tenderers", {"all tenderers", "alle leverandører", "alle leverandørar"}},
    {"doc.negotiation.change.none", {"none", "ingen", "inga"}},
    {"doc.negotiation.change.procurement-documents",
     {"the procurement documents", "anskaffelsesdokumentene", "anskaffingsdokumenta"}},
    {"doc.negotiation.change.minimum-requirement",
     {"a minimum requirement", "et minstekrav", "eit minstekrav"}},
    {"doc.negotiation.change.award-criteria",
     {"the award criteria", "tildelingskriteriene", "tildelingskriteria"}},
};

}  // namespace

const MessageTable stage_messages{table};

}  // namespace procure

// Messages of the calendar: holiday names, kinds of day, period counting.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr MessageDef table[] = {
    {"period.beyond-calendar",
     {"{value} from {date} ends after {last}, the last year the calendar knows",
      "{value} fra {date} slutter etter {last}, det siste året kalenderen kjenner",
      "{value} frå {date} sluttar etter {last}, det siste året kalenderen kjenner"}},
    {"calendar.bad-year",
     {"'{value}' is not a year the calendar knows", "«{value}» er ikke et år kalenderen kjenner",
      "«{value}» er ikkje eit år kalenderen kjenner"},
     {"write a year from {first} to {last}: 2018", "skriv et år fra {first} til {last}: 2018",
      "skriv eit år frå {first} til {last}: 2018"}},
    {"name.holiday.new-years-day", {"New Year's Day", "Første nyttårsdag", "Første nyttårsdag"}},
    {"name.holiday.maundy-thursday", {"Maundy Thursday", "Skjærtorsdag", "Skjærtorsdag"}},
    {"name.holiday.good-friday", {"Good Friday", "Langfredag", "Langfredag"}},
    {"name.holiday.easter-sunday", {"Easter Sunday", "Første påskedag", "Første påskedag"}},
    {"name.holiday.easter-monday", {"Easter Monday", "Andre påskedag", "Andre påskedag"}},
    {"name.holiday.labour-day", {"Labour Day", "Arbeidernes dag", "Arbeidarane sin dag"}},
    {"name.holiday.constitution-day", {"Constitution Day", "Grunnlovsdag", "Grunnlovsdag"}},
    {"name.holiday.ascension-day",
     {"Ascension Day", "Kristi himmelfartsdag", "Kristi himmelfartsdag"}},
    {"name.holiday.whit-sunday", {"Whit Sunday", "Første pinsedag", "Første pinsedag"}},
    {"name.holiday.whit-monday", {"Whit Monday", "Andre pinsedag", "Andre pinsedag"}},
    {"name.holiday.christmas-day", {"Christmas Day", "Første juledag", "Første juledag"}},
    {"name.holiday.boxing-day", {"Boxing Day", "Andre juledag", "Andre juledag"}},
    {"name.day-kind.working-day", {"working day", "virkedag", "vyrkedag"}},
    {"name.day-kind.saturday", {"Saturday", "lørdag", "laurdag"}},
    {"name.day-kind.sunday", {"Sunday", "søndag", "søndag"}},
    {"name.day-kind.public-holiday", {"public holiday", "helligdag", "heilagdag"}},
    {"name.day-kind.closing-day",
     {"closing day of the office", "stengedag hos oppdragsgiver", "stengedag hos oppdragsgjevar"}},
};

}  // namespace

const MessageTable calendar_messages{table};

}  // namespace procure

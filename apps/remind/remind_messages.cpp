// Labels of procure-remind.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.remind.summary",
     {"What is due across cases: milestones, deadlines and the steps they call for",
      "Hva som forfaller i sakene: milepæler, frister og stegene de krever",
      "Kva som forfell i sakene: milepælar, fristar og stega dei krev"}},
    {"ui.remind.option.within",
     {"How far ahead to look: 14d (days), 10wd (working days), 2w, 3mo, 12h",
      "Hvor langt fram det skal ses: 14d (dager), 10wd (virkedager), 2w, 3mo, 12h",
      "Kor langt fram det skal sjåast: 14d (dagar), 10wd (vyrkedagar), 2w, 3mo, 12h"}},
    {"ui.remind.heading",
     {"Due within {within} of {now} (until {until}, Oslo time)",
      "Forfaller innen {within} fra {now} (til {until}, norsk tid)",
      "Forfell innan {within} frå {now} (til {until}, norsk tid)"}},
    {"ui.remind.nothing",
     {"Nothing is due or overdue in {cases}.", "Ingenting forfaller eller er forfalt i {cases}.",
      "Ingenting forfell eller er forfalle i {cases}."}},
    {"ui.remind.column.when", {"When", "Når", "Når"}},
    {"ui.remind.column.day", {"Day", "Dag", "Dag"}},
    {"ui.remind.column.left", {"Time left", "Tid igjen", "Tid att"}},
    {"ui.remind.column.case", {"Case", "Sak", "Sak"}},
    {"ui.remind.column.what", {"What", "Hva", "Kva"}},
};

}  // namespace

const MessageTable remind_ui_messages{table};

}  // namespace procure::cli

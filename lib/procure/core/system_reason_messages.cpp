// Why a system call failed (procure/core/system_reason.hpp): the errors a
// file, a folder or an output can meet, in words for the officer. The codes
// are the C library's errno names.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr MessageDef table[] = {
    {"reason.other", {"system error {name}", "systemfeil {name}", "systemfeil {name}"}},
    {"reason.EACCES", {"permission denied", "ingen tilgang", "ingen tilgang"}},
    {"reason.EPERM",
     {"the operation is not permitted", "operasjonen er ikke tillatt",
      "operasjonen er ikkje tillaten"}},
    {"reason.ENOENT",
     {"no such file or folder", "filen eller mappen finnes ikke", "fila eller mappa finst ikkje"}},
    {"reason.ENOTDIR",
     {"a part of the path is not a folder", "en del av stien er ikke en mappe",
      "ein del av stien er ikkje ei mappe"}},
    {"reason.EISDIR", {"it is a folder", "det er en mappe", "det er ei mappe"}},
    {"reason.EEXIST",
     {"a file of that name exists", "en fil med det navnet finnes", "ei fil med det namnet finst"}},
    {"reason.ENOTEMPTY", {"the folder is not empty", "mappen er ikke tom", "mappa er ikkje tom"}},
    {"reason.ENOSPC",
     {"no space left on the disk", "det er ikke mer plass på disken",
      "det er ikkje meir plass på disken"}},
    {"reason.EDQUOT",
     {"your disk quota is used up", "diskkvoten din er brukt opp", "diskkvoten din er brukt opp"}},
    {"reason.EFBIG", {"the file is too large", "filen er for stor", "fila er for stor"}},
    {"reason.EROFS",
     {"the file system is read-only", "filsystemet er skrivebeskyttet",
      "filsystemet er skriveverna"}},
    {"reason.EIO",
     {"the disk or network reported an input/output error",
      "disken eller nettverket meldte en inn-/utdatafeil",
      "disken eller nettverket melde ein inn-/utdatafeil"}},
    {"reason.ENAMETOOLONG", {"the name is too long", "navnet er for langt", "namnet er for langt"}},
    {"reason.ELOOP",
     {"too many symbolic links, or a loop of them",
      "for mange symbolske lenker, eller en løkke av dem",
      "for mange symbolske lenkjer, eller ei sløyfe av dei"}},
    {"reason.EMFILE",
     {"the program has too many files open", "programmet har for mange filer åpne",
      "programmet har for mange filer opne"}},
    {"reason.ENFILE",
     {"the system has too many files open", "systemet har for mange filer åpne",
      "systemet har for mange filer opne"}},
    {"reason.ENOMEM", {"not enough memory", "ikke nok minne", "ikkje nok minne"}},
    {"reason.ETXTBSY",
     {"the file is a program that is running", "filen er et program som kjører",
      "fila er eit program som køyrer"}},
    {"reason.EBUSY",
     {"the file or device is in use", "filen eller enheten er i bruk",
      "fila eller eininga er i bruk"}},
    {"reason.EXDEV",
     {"the file cannot be moved to another file system",
      "filen kan ikke flyttes til et annet filsystem",
      "fila kan ikkje flyttast til eit anna filsystem"}},
    {"reason.EPIPE",
     {"the program reading the output has stopped", "programmet som leser utdataene, har stoppet",
      "programmet som les utdataa, har stoppa"}},
    {"reason.ENXIO", {"no such device", "enheten finnes ikke", "eininga finst ikkje"}},
    {"reason.ENODEV", {"no such device", "enheten finnes ikke", "eininga finst ikkje"}},
    {"reason.EINVAL",
     {"the system refused the request as invalid", "systemet avviste forespørselen som ugyldig",
      "systemet avviste førespurnaden som ugyldig"}},
    {"reason.EAGAIN",
     {"the resource is busy for now; try again", "ressursen er opptatt nå; prøv igjen",
      "ressursen er oppteken no; prøv igjen"}},
    {"reason.EINTR", {"interrupted", "avbrutt", "avbroten"}},
    {"reason.ESTALE",
     {"the network file is no longer valid; open the folder again",
      "nettverksfilen er ikke lenger gyldig; åpne mappen på nytt",
      "nettverksfila er ikkje lenger gyldig; opne mappa på nytt"}},
    {"reason.ETIMEDOUT",
     {"the network did not answer in time", "nettverket svarte ikke i tide",
      "nettverket svarte ikkje i tide"}},
};

}  // namespace

const MessageTable system_reason_messages{table};

}  // namespace procure

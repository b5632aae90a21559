#pragma once

#include <QCoreApplication>

#include "models/core/result.h"
#include "models/events/event.h"
#include "models/import/importreport.h"

namespace supolka {

class Database;

// Imports an attendee list into one event: Supolka's own export (which is how two laptops at one door merge),
// an Eventbrite attendee report, a pretix check-in list, a Google Forms sheet, or any list with name and contact
// columns (see docs/csv-formats.md, "Registrations").
//
// Each row is matched to a member by member_id, then e-mail, then name (any script) plus phone; a row that is no
// member's is a guest. It is matched to a registration of the event by id, then external_ref, then member, then
// a guest's e-mail or name, and merged into it:
// - a check-in is never cleared, and the earliest check-in time wins, with where it was made;
// - a list's refunded or cancelled row cancels the registration; a list never takes a cancellation back;
// - between two Supolka exports the later edit (updated_at) decides status, deletion and a guest's data, and
//   when two registration ids turn out to be one person the smaller id (with its ticket code) is kept, so that
//   two laptops that import each other's export end up with the same registrations.
// Rows with the same key in one file (a Google Forms resubmission by e-mail) are one registration: the latest
// answers win and the earlier rows count as unchanged. Valid rows are written in one transaction; rejected ones
// are listed with their line and reason. Importing the same file twice changes nothing the second time.
class RegistrationImporter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::RegistrationImporter)

public:
    // `event` with pk 0 is created first, in the same transaction (with the id of the file's event_id when the
    // file is the export of one event this database does not have), and filled in; after a dry run or a failure
    // its pk is 0 again. options.defaultRegion is the phones' region when the event has no country. A failure
    // changes nothing. The report's kind is "registrations"; ImportProblems::writeCsv writes its errors.
    static Result<ImportReport> importFile(Database &database, Event &event, const QString &path,
                                           const ImportOptions &options = {});
};

} // namespace supolka

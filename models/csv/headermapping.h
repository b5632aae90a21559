#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace supolka {

// The program that wrote a file, as far as its header tells.
enum class CsvSource { Unknown, Canonical, GoogleForms, CiviCrm, Eventbrite, Pretix, KoboToolbox };

// Which canonical field each column feeds (empty = ignored), and what wrote the file.
struct ColumnMapping
{
    QStringList fields; // one entry per column of the header
    CsvSource source = CsvSource::Unknown;

    int columnOf(const QString &field) const { return fields.indexOf(field); }
    bool has(const QString &field) const { return fields.contains(field); }
};

// Maps a file's header to the canonical member fields (docs/csv-formats.md): the canonical names, their
// synonyms in English, Russian and Belarusian (case, spaces, punctuation and "№" ignored), and the headers of
// Google Forms, CiviCRM, Eventbrite, pretix, KoBoToolbox (group paths like "intake/applicant_name") and
// Excel exports in a Russian or Belarusian locale. A field is taken by its first matching column only.
ColumnMapping mapMemberHeader(const QStringList &header);

// The canonical member fields, in export order.
QStringList memberFields();

// Maps the header of an attendee list to registration fields: Supolka's own export (registrationFields(), every
// column a canonical name), an Eventbrite attendee report, a pretix check-in list, a Google Forms sheet, or any
// other list with name, e-mail and phone columns (the member synonyms above). Besides the canonical names a
// column may feed first_name, middle_name, last_name (joined into name), submitted_at (a form's time stamp or an
// order date), order_ref (Eventbrite `Order #`, pretix `Order code`) and attendee_ref (Eventbrite `Attendee #`).
ColumnMapping mapRegistrationHeader(const QStringList &header);

// The canonical registration fields, in export order.
QStringList registrationFields();

// A short human name for a source ("Google Forms").
QString csvSourceName(CsvSource source);

} // namespace supolka

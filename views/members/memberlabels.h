#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "models/members/member.h"

namespace supolka {

// How member data reads for people in the GUI: status names, field names, consent kinds, dates.
class MemberLabels final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::MemberLabels)

public:
    static QString status(MemberStatus status);
    // A canonical CSV field ("first_name") as a label ("First name"); the field itself when unknown.
    static QString field(const QString &field);
    // "contact", "newsletter", "photos"; the key itself when unknown.
    static QString consent(const QString &key);

    // Dates as people type them: the locale's short form with a four-digit year, dd.mm.yyyy and ISO.
    static QString dateText(const QDate &date);
    static QString dateFormatHint();
    // An invalid date for empty text; `ok` says whether the text was understood.
    static QDate dateFromText(const QString &text, bool *ok);
};

} // namespace supolka

#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "models/core/result.h"
#include "models/members/member.h"

namespace supolka {

class Database;

// GDPR: everything Supolka holds about one person.
class PersonExport final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::PersonExport)

public:
    static QJsonObject toJson(const Member &member);
    // Writes JSON or CSV (canonical member columns, one row) atomically; the kind is chosen by the file ending
    // (.json or .csv).
    static Status write(const Member &member, const QString &path);
};

} // namespace supolka

#pragma once

#include <QSqlQuery>
#include <QString>

#include "models/cases/aidcase.h"

// The SQL shapes of a case that the repository and the cases list share.
namespace supolka::casesql {

// "SELECT c.pk, ..., the member's name, the volunteer's name FROM cases c LEFT JOIN members m ... " (then a WHERE
// on `c.`): the columns readCase() expects.
QString select();
AidCase readCase(const QSqlQuery &query);

} // namespace supolka::casesql

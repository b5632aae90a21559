#pragma once

#include <array>
#include <utility>

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "models/members/member.h"

namespace supolka {
class NativeStatement;
}

namespace supolka::membersql {

// The columns of `members` in the order readMember() expects them, each prefixed with `alias.` when given.
QString selectColumns(const QString &alias = QString());
Member readMember(const QSqlQuery &query);
Member readMember(const NativeStatement &statement);

// "INSERT INTO members (id, ..., origin) VALUES (?, ...)": bindRow() fills its positions 0..RowValueCount-1.
QString insertStatement();
// "UPDATE members SET id = ?, ..., origin = ? WHERE pk = ?": bindRow() then the pk at RowValueCount.
QString updateStatement();
constexpr int RowValueCount = 28;
void bindRow(QSqlQuery &query, const Member &member);

// The keys the members list sorts by (sortkey::of()): last name, first and middle name, city.
struct SortKeys
{
    QByteArray lastName;
    QByteArray firstName;
    QByteArray city;
};
SortKeys sortKeys(const Member &member);

// The order of search results: folded last name, then first name.
QString sortKey(const Member &member);

QString joinList(const QStringList &list);
QStringList splitList(const QString &text);

// A text value that is never NULL (for NOT NULL columns), and one that is NULL when empty.
QVariant text(const QString &value);
QVariant textOrNull(const QString &value);

// "INSERT INTO members (pk, id, ..., origin) VALUES (?, ...)" for NativeStatement: the pk at position 1, then the
// values of bindRow() from position 2; with `rows` rows, the next row's pk at position 1 + (RowValueCount + 1).
QString insertWithPkStatement(int rows = 1);

// A member's values for insertWithPkStatement() in the form SQLite stores them: the texts in UTF-8, one after the
// other in one buffer. An import makes them on its worker threads, so that the thread writing only binds them.
struct EncodedRow
{
    QByteArray text;
    // Where each value of bindRow()'s order lies in `text`; a negative size is NULL. consent_share is an integer.
    std::array<std::pair<qint32, qint32>, RowValueCount> spans{};
    bool consentShare = false;
};
EncodedRow encodeRow(const Member &member);
// The same with the member's name_key (namekey::personKey() of the names) worked out already.
EncodedRow encodeRow(const Member &member, const QString &nameKey);
// Binds the pk and `row` from `position` on; `row` must stay unchanged until the statement has run.
void bindEncodedRow(NativeStatement &statement, qint64 pk, const EncodedRow &row, int position = 1);

} // namespace supolka::membersql

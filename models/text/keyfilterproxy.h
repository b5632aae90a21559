#pragma once

#include <QList>
#include <QSortFilterProxyModel>

#include "models/text/searchquery.h"

namespace supolka {

// Filters a table by what someone types, read as the check-in search reads it: names in any script, e-mail,
// phone, ticket codes, words. A row stays when every typed word starts one of the row's keys, which the source
// model gives in `keysRole` (search::allKeysText of them, in column 0). Sorts by `sortRole` (text locale-aware and
// case-insensitive), equal rows by `tieRole`, so that the order never depends on how the rows came.
class KeyFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    KeyFilterProxy(int keysRole, int sortRole, int tieRole, QObject *parent = nullptr);

    void setFilterText(const QString &text); // empty = every row
    const QString &filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_keysRole;
    int m_tieRole;
    QString m_text;
    QList<search::QueryWord> m_words;
};

} // namespace supolka

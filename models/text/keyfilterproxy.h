#pragma once

#include <vector>

#include <QList>
#include <QSortFilterProxyModel>

#include "models/text/searchquery.h"
#include "models/text/sortkeycache.h"

namespace supolka {

// Filters a table by what someone types, read as the check-in search reads it: names in any script, e-mail,
// phone, ticket codes, words. A row stays when every typed word starts one of the row's keys, which the source
// model gives in `keysRole` (search::allKeysText of them, in column 0). Sorts by `sortRole` (text in the alphabet of
// the language shown and without regard to case, as sortkey::of() orders it), equal rows by `tieRole`, so that the
// order never depends on how the rows came.
//
// A sort asks each row for its value once (SortKeyCache), and a filter each row for its keys once, until the source
// changes.
class KeyFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    KeyFilterProxy(int keysRole, int sortRole, int tieRole, QObject *parent = nullptr);

    void setFilterText(const QString &text); // empty = every row
    const QString &filterText() const { return m_text; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void forget();

    int m_keysRole;
    int m_tieRole;
    QString m_text;
    QList<search::QueryWord> m_words;
    mutable SortKeyCache m_sortKeys;
    mutable std::vector<QString> m_searchKeys; // each source row's keysRole, while the source stays as it is
};

} // namespace supolka

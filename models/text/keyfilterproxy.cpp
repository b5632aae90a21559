#include "models/text/keyfilterproxy.h"

#include <algorithm>

namespace supolka {

KeyFilterProxy::KeyFilterProxy(int keysRole, int sortRole, int tieRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_keysRole(keysRole)
    , m_tieRole(tieRole)
{
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void KeyFilterProxy::setFilterText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_words = search::parseQuery(text);
    invalidateFilter();
}

bool KeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString keys = sourceModel()->index(sourceRow, 0, sourceParent).data(m_keysRole).toString();
    return search::matches(m_words, keys);
}

bool KeyFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    return left.data(m_tieRole).toLongLong() < right.data(m_tieRole).toLongLong();
}

} // namespace supolka

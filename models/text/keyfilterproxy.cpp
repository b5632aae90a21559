#include "models/text/keyfilterproxy.h"

namespace supolka {

KeyFilterProxy::KeyFilterProxy(int keysRole, int sortRole, int tieRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_keysRole(keysRole)
    , m_tieRole(tieRole)
    , m_sortKeys(sortRole, tieRole)
{
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void KeyFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *previous = sourceModel())
        disconnect(previous, nullptr, this, nullptr);
    forget();
    // The sort keys and the rows' search keys go together, before the proxy's own handlers run.
    if (model)
        forgetOnChange(model, this, [this] { forget(); });
    QSortFilterProxyModel::setSourceModel(model);
}

void KeyFilterProxy::forget()
{
    m_sortKeys.clear();
    m_searchKeys.clear();
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
    if (sourceParent.isValid())
        return search::matches(m_words, sourceModel()->index(sourceRow, 0, sourceParent).data(m_keysRole).toString());
    const int rows = sourceModel()->rowCount();
    if (m_searchKeys.size() != size_t(rows)) {
        m_searchKeys.assign(size_t(rows), QString());
        for (int row = 0; row < rows; ++row)
            m_searchKeys[size_t(row)] = sourceModel()->index(row, 0).data(m_keysRole).toString();
    }
    return search::matches(m_words, m_searchKeys[size_t(sourceRow)]);
}

bool KeyFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const std::optional<bool> before = m_sortKeys.lessThan(left, right))
        return *before;
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    return left.data(m_tieRole).toLongLong() < right.data(m_tieRole).toLongLong();
}

} // namespace supolka

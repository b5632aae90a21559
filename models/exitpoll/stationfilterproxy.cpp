#include "models/exitpoll/stationfilterproxy.h"

#include "models/exitpoll/stationtablemodel.h"

namespace supolka {

StationFilterProxy::StationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StationTableModel::RawValueRole);
}

void StationFilterProxy::setFlaggedOnly(bool flaggedOnly)
{
    if (m_flaggedOnly == flaggedOnly)
        return;
    m_flaggedOnly = flaggedOnly;
    invalidateFilter();
}

void StationFilterProxy::setSearchText(const QString &text)
{
    const QString folded = text.simplified().toCaseFolded();
    if (m_searchText == folded)
        return;
    m_searchText = folded;
    invalidateFilter();
}

bool StationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    const QModelIndex code = model->index(sourceRow, StationTableModel::Code, sourceParent);
    if (m_flaggedOnly && !code.data(StationTableModel::FlaggedRole).toBool())
        return false;
    if (m_searchText.isEmpty())
        return true;
    for (const int column : {StationTableModel::Code, StationTableModel::City, StationTableModel::Country}) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString().toCaseFolded();
        if (text.contains(m_searchText))
            return true;
    }
    return false;
}

bool StationFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Unknown after everything known, whichever way the column is sorted.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return left.row() < right.row();
        return ascending ? a.isValid() : !a.isValid();
    }
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    return left.row() < right.row();
}

} // namespace supolka

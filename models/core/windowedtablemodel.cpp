#include "models/core/windowedtablemodel.h"

#include <algorithm>

namespace supolka {

int WindowedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pks.size());
}

qint64 WindowedTableModel::pkAt(int row) const
{
    return row >= 0 && size_t(row) < m_pks.size() ? m_pks[size_t(row)] : 0;
}

int WindowedTableModel::rowOfPk(qint64 pk) const
{
    const auto it = std::find(m_pks.cbegin(), m_pks.cend(), pk);
    return it == m_pks.cend() ? -1 : int(it - m_pks.cbegin());
}

void WindowedTableModel::show(std::optional<std::vector<qint64>> order, std::optional<Mask> mask)
{
    if (order)
        m_order = std::move(*order);
    if (mask)
        m_mask = std::move(*mask);
    std::vector<qint64> shown;
    if (m_mask) {
        shown.reserve(m_order.size());
        for (const qint64 pk : m_order) {
            if (size_t(pk) < m_mask->size() && (*m_mask)[size_t(pk)])
                shown.push_back(pk);
        }
    } else {
        shown = m_order;
    }
    m_error.clear();

    // Rows that are selected or current keep following their pk.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<qint64> fromPks;
    fromPks.reserve(from.size());
    QHash<qint64, int> newRows;
    for (const QModelIndex &index : from) {
        fromPks.append(m_pks[size_t(index.row())]);
        newRows.insert(fromPks.last(), -1);
    }
    m_pks = std::move(shown);
    forgetRows();
    if (!newRows.isEmpty()) {
        for (size_t row = 0; row < m_pks.size(); ++row) {
            if (const auto it = newRows.find(m_pks[row]); it != newRows.end())
                it.value() = int(row);
        }
    }
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = newRows.value(fromPks.at(i), -1);
        to.append(row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void WindowedTableModel::fail(const QString &message) const
{
    if (m_error == message)
        return;
    m_error = message;
    emit const_cast<WindowedTableModel *>(this)->readFailed(message);
}

} // namespace supolka

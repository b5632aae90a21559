#pragma once

#include <QSortFilterProxyModel>

namespace supolka {

// Filters the stations table to the flagged stations and by a text (station number, city or country); sorts by
// StationTableModel::RawValueRole, unknown values last.
class StationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StationFilterProxy(QObject *parent = nullptr);

    void setFlaggedOnly(bool flaggedOnly);
    bool flaggedOnly() const { return m_flaggedOnly; }
    void setSearchText(const QString &text); // empty = every station
    const QString &searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_flaggedOnly = false;
    QString m_searchText;
};

} // namespace supolka

#pragma once

#include <optional>

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

#include "models/cases/aidcase.h"
#include "models/text/sortkeycache.h"

namespace supolka {

// Filters the aid cases table by a search text (number, names in any script, contact, city, summary), status,
// need, volunteer and overdue; sorts by CaseTableModel::RawValueRole. Sensitive cases are not filtered here: the
// table model reads them from the repository only while they are shown on purpose.
class CaseFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr qint64 AnyAssignee = -1;
    static constexpr qint64 NoAssignee = 0;

    explicit CaseFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text); // empty = every case
    const QString &searchText() const { return m_searchText; }
    void setStatusFilter(std::optional<CaseStatus> status);
    void setOpenOnly(bool openOnly);           // new, in progress or waiting
    void setNeedFilter(const QString &need);   // a caseneeds key; empty = any
    void setAssigneeFilter(qint64 assigneePk); // AnyAssignee, NoAssignee or a member's pk
    void setOverdueOnly(bool overdueOnly);     // against the table model's today
    bool overdueOnly() const { return m_overdueOnly; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Whether `aidCase` matches every word of `text`.
    static bool matchesText(const AidCase &aidCase, const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    std::optional<CaseStatus> m_status;
    bool m_openOnly = false;
    QString m_need;
    qint64 m_assigneePk = AnyAssignee;
    bool m_overdueOnly = false;
    mutable SortKeyCache m_sortKeys;
};

} // namespace supolka

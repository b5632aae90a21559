#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMap>

#include "models/cases/aidcase.h"
#include "models/cases/caselist.h"
#include "models/core/windowedtablemodel.h"

namespace supolka {

class CaseRepository;

// The aid cases table, filtered and sorted in SQL: it keeps the order of the rows shown (one pk a row) and reads only
// the rows on screen, a page at a time, so that 100,000 cases open in a few tens of milliseconds and take a few
// megabytes. Display text for people, RawValueRole for the delegates, OverdueRole for the rows a view marks. Returns
// data only — colours come from views/. Sensitive cases are read only while they are asked for
// (setIncludeSensitive).
class CaseTableModel final : public WindowedTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Person, Needs, Priority, Status, Assignee, OpenedOn, DueOn, Paid, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, PkRole, CaseRole, OverdueRole, SensitiveRole };
    static constexpr qint64 AnyAssignee = CaseListQuery::AnyAssignee;
    static constexpr qint64 NoAssignee = CaseListQuery::NoAssignee;

    explicit CaseTableModel(CaseRepository &repository, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Reads the order again in SQL; rows stay selected (persistent indexes follow their case).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    bool includesSensitive() const { return m_query.includeSensitive; }
    // Shows the sensitive cases too, or hides them again.
    void setIncludeSensitive(bool include);
    // The day against which cases are overdue; today unless a test says otherwise.
    void setToday(const QDate &today);
    const QDate &today() const { return m_query.today; }

    // Filters, each applied at once.
    void setSearchText(const QString &text); // number, names in any script, contact, city, summary; empty = any
    const QString &searchText() const { return m_query.searchText; }
    void setStatusFilter(std::optional<CaseStatus> status);
    void setOpenOnly(bool openOnly);           // new, in progress or waiting
    void setNeedFilter(const QString &need);   // a caseneeds key; empty = any
    void setAssigneeFilter(qint64 assigneePk); // AnyAssignee, NoAssignee or a member's pk
    void setOverdueOnly(bool overdueOnly);     // against today()
    bool overdueOnly() const { return m_query.overdueOnly; }

    // Reads the list again (cases were changed, added or removed through the repository), keeping the filters, the
    // order and the selection. Also what a change of language needs: names sort by its alphabet.
    void reload();
    // totalCount(): cases that are not deleted (nor sensitive, unless they are shown), whatever the filters.
    // The case of a row as stored when the row was read; nullopt when the read failed.
    std::optional<AidCase> caseAt(int row) const;
    // Sums paid for the case of a row, per currency, in minor units.
    QMap<QString, qint64> paidAt(int row) const;

private:
    // Reads the order again (a sort, a language), the filters' masks again, or both, and shows the result.
    enum Refresh { Order = 1, Filters = 2, Everything = Order | Filters };
    void refresh(Refresh what);
    const CaseListRow *cachedRow(int row) const;
    void forgetRows() override { m_rows.clear(); }

    CaseRepository &m_repository;
    CaseListQuery m_query;
    std::vector<qint64> m_order;               // every case not deleted, in the order asked
    std::optional<std::vector<bool>> m_hidden; // by pk, the sensitive cases while they are hidden
    RowPages<CaseListRow> m_rows;

    int m_sortColumn = OpenedOn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace supolka

#include "models/cases/casetablemodel.h"

#include <algorithm>

#include <QLocale>

#include "models/cases/caserepository.h"
#include "models/cases/caseworkflow.h"
#include "models/core/money.h"
#include "models/core/shownformats.h"

namespace supolka {

namespace {

QString needsText(const QStringList &needs)
{
    QStringList names;
    for (const QString &need : needs)
        names.append(caseneeds::name(need));
    return names.join(QStringLiteral(", "));
}

QVariant displayValue(const CaseListRow &row, int column)
{
    const AidCase &c = row.aidCase;
    switch (column) {
    case CaseTableModel::Number:
        return c.number;
    case CaseTableModel::Person:
        return c.displayName();
    case CaseTableModel::Needs:
        return needsText(c.needs);
    case CaseTableModel::Priority:
        return CaseWorkflow::priorityName(c.priority);
    case CaseTableModel::Status:
        return CaseWorkflow::statusName(c.status);
    case CaseTableModel::Assignee:
        return c.assigneeName;
    case CaseTableModel::OpenedOn:
        return shown::date(c.openedOn);
    case CaseTableModel::DueOn:
        return shown::date(c.dueOn);
    case CaseTableModel::Paid: {
        QStringList sums;
        for (auto it = row.paid.cbegin(); it != row.paid.cend(); ++it)
            sums.append(money::format(it.value(), it.key()));
        return sums.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant rawValue(const CaseListRow &row, int column)
{
    const AidCase &c = row.aidCase;
    switch (column) {
    case CaseTableModel::Number:
        return c.number;
    case CaseTableModel::Person:
        return c.displayName().toCaseFolded();
    case CaseTableModel::Needs:
        return c.needs.join(QLatin1Char(';'));
    case CaseTableModel::Priority:
        return int(c.priority);
    case CaseTableModel::Status:
        return int(c.status);
    case CaseTableModel::Assignee:
        return c.assigneeName.toCaseFolded();
    case CaseTableModel::OpenedOn:
        return c.openedOn;
    case CaseTableModel::DueOn:
        return c.dueOn;
    case CaseTableModel::Paid:
        return CaseList::paidKey(row.paid);
    default:
        return {};
    }
}

constexpr int PageSize = 128;
// Pages kept in memory: several screens of rows around what is shown, a few hundred kilobytes.
constexpr int PagesKept = 24;

} // namespace

CaseTableModel::CaseTableModel(CaseRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    m_query.order = CaseListQuery::Order(m_sortColumn);
    m_query.descending = m_sortOrder == Qt::DescendingOrder;
    refresh(Everything);
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pks.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == PkRole)
        return m_pks[size_t(index.row())];
    const CaseListRow *row = cachedRow(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, index.column());
    case RawValueRole:
        return rawValue(*row, index.column());
    case CaseRole:
        return QVariant::fromValue(row->aidCase);
    case OverdueRole:
        return row->aidCase.isOverdue(m_query.today);
    case SensitiveRole:
        return row->aidCase.sensitive;
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number", "of an aid case");
    case Person:
        return tr("Person helped");
    case Needs:
        return tr("Needs");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status", "of an aid case");
    case Assignee:
        return tr("Volunteer");
    case OpenedOn:
        return tr("Opened");
    case DueOn:
        return tr("Due");
    case Paid:
        return tr("Paid");
    default:
        return {};
    }
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.order = CaseListQuery::Order(column);
    m_query.descending = order == Qt::DescendingOrder;
    refresh(Order);
}

void CaseTableModel::setIncludeSensitive(bool include)
{
    if (m_query.includeSensitive == include)
        return;
    m_query.includeSensitive = include;
    refresh(Filters);
}

void CaseTableModel::setToday(const QDate &today)
{
    if (m_query.today == today)
        return;
    m_query.today = today;
    if (m_query.overdueOnly)
        refresh(Filters);
    else if (!m_pks.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {OverdueRole});
}

void CaseTableModel::setSearchText(const QString &text)
{
    if (m_query.searchText == text)
        return;
    m_query.searchText = text;
    refresh(Filters);
}

void CaseTableModel::setStatusFilter(std::optional<CaseStatus> status)
{
    if (m_query.status == status)
        return;
    m_query.status = status;
    refresh(Filters);
}

void CaseTableModel::setOpenOnly(bool openOnly)
{
    if (m_query.openOnly == openOnly)
        return;
    m_query.openOnly = openOnly;
    refresh(Filters);
}

void CaseTableModel::setNeedFilter(const QString &need)
{
    const QString key = need.trimmed();
    if (m_query.need == key)
        return;
    m_query.need = key;
    refresh(Filters);
}

void CaseTableModel::setAssigneeFilter(qint64 assigneePk)
{
    if (m_query.assigneePk == assigneePk)
        return;
    m_query.assigneePk = assigneePk;
    refresh(Filters);
}

void CaseTableModel::setOverdueOnly(bool overdueOnly)
{
    if (m_query.overdueOnly == overdueOnly)
        return;
    m_query.overdueOnly = overdueOnly;
    refresh(Filters);
}

void CaseTableModel::reload()
{
    refresh(Everything);
}

void CaseTableModel::refresh(Refresh what)
{
    CaseListQuery asked = m_query;
    asked.language = QLocale().language();
    std::vector<qint64> order;
    if (what & Order) {
        Result<std::vector<qint64>> read = CaseList::order(m_repository.database(), asked);
        if (!read) {
            fail(read.error());
            return;
        }
        order = std::move(read).value();
    }
    std::optional<std::vector<bool>> hidden;
    std::optional<std::vector<bool>> mask;
    if (what & Filters) {
        if (!asked.includeSensitive) {
            Result<std::vector<bool>> sensitive = CaseList::sensitive(m_repository.database());
            if (!sensitive) {
                fail(sensitive.error());
                return;
            }
            hidden = std::move(sensitive).value();
        }
        Result<std::optional<std::vector<bool>>> matching = CaseList::matching(m_repository.database(), asked);
        if (!matching) {
            fail(matching.error());
            return;
        }
        mask = std::move(matching).value();
    }
    if (what & Order)
        m_order = std::move(order);
    if (what & Filters) {
        m_hidden = std::move(hidden);
        m_mask = std::move(mask);
    }
    const auto in = [](const std::optional<std::vector<bool>> &bits, qint64 pk) {
        return size_t(pk) < bits->size() && (*bits)[size_t(pk)];
    };
    std::vector<qint64> shown;
    shown.reserve(m_order.size());
    int total = 0;
    for (const qint64 pk : m_order) {
        if (m_hidden && in(m_hidden, pk))
            continue;
        ++total;
        if (!m_mask || in(m_mask, pk))
            shown.push_back(pk);
    }
    m_error.clear();
    m_total = total;

    // Rows that are selected or current keep following their case.
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
    m_pages.clear();
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

qint64 CaseTableModel::pkAt(int row) const
{
    return row >= 0 && size_t(row) < m_pks.size() ? m_pks[size_t(row)] : 0;
}

std::optional<AidCase> CaseTableModel::caseAt(int row) const
{
    const CaseListRow *found = cachedRow(row);
    return found ? std::optional<AidCase>(found->aidCase) : std::nullopt;
}

QMap<QString, qint64> CaseTableModel::paidAt(int row) const
{
    const CaseListRow *found = cachedRow(row);
    return found ? found->paid : QMap<QString, qint64>();
}

int CaseTableModel::rowOfPk(qint64 pk) const
{
    const auto it = std::find(m_pks.cbegin(), m_pks.cend(), pk);
    return it == m_pks.cend() ? -1 : int(it - m_pks.cbegin());
}

const CaseListRow *CaseTableModel::cachedRow(int row) const
{
    if (row < 0 || size_t(row) >= m_pks.size())
        return nullptr;
    const int number = row / PageSize;
    auto page = m_pages.find(number);
    if (page == m_pages.end()) {
        const size_t first = size_t(number) * PageSize;
        const std::vector<qint64> pks(m_pks.cbegin() + qsizetype(first),
                                      m_pks.cbegin() + qsizetype(std::min(m_pks.size(), first + PageSize)));
        Result<QList<CaseListRow>> read = CaseList::read(m_repository.database(), pks);
        if (!read) {
            fail(read.error());
            return nullptr;
        }
        if (m_pages.size() >= PagesKept) {
            const auto oldest = std::min_element(m_pages.cbegin(), m_pages.cend(),
                                                 [](const Page &a, const Page &b) { return a.used < b.used; });
            m_pages.erase(oldest);
        }
        Page fresh;
        fresh.rows.reserve(qsizetype(pks.size()));
        qsizetype next = 0;
        for (const qint64 pk : pks) {
            // A case deleted since the order was read shows as an empty row until the next reload.
            CaseListRow found;
            if (next < read->size() && read->at(next).aidCase.pk == pk)
                found = read->at(next++);
            fresh.rows.append(std::move(found));
        }
        page = m_pages.insert(number, std::move(fresh));
    }
    page->used = ++m_useCounter;
    const CaseListRow &found = page->rows.at(row % PageSize);
    return found.aidCase.pk == 0 ? nullptr : &found;
}

void CaseTableModel::fail(const QString &message) const
{
    if (m_error == message)
        return;
    m_error = message;
    emit const_cast<CaseTableModel *>(this)->readFailed(message);
}

} // namespace supolka

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

} // namespace

CaseTableModel::CaseTableModel(CaseRepository &repository, QObject *parent)
    : WindowedTableModel(parent)
    , m_repository(repository)
{
    m_query.order = CaseListQuery::Order(m_sortColumn);
    m_query.descending = m_sortOrder == Qt::DescendingOrder;
    refresh(Everything);
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
        return pkAt(index.row());
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
    else if (rowCount() > 0)
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
    if (what & Filters)
        m_hidden = std::move(hidden);
    // What may be shown at all: the order without the hidden cases.
    std::vector<qint64> visible;
    visible.reserve(m_order.size());
    for (const qint64 pk : m_order) {
        if (!m_hidden || size_t(pk) >= m_hidden->size() || !(*m_hidden)[size_t(pk)])
            visible.push_back(pk);
    }
    show(std::move(visible), what & Filters ? std::optional<Mask>(std::move(mask)) : std::nullopt);
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

const CaseListRow *CaseTableModel::cachedRow(int row) const
{
    QString error;
    const CaseListRow *found = m_rows.at(
        row, shownPks(),
        [this](const std::vector<qint64> &pks) {
            Result<QList<CaseListRow>> read = CaseList::read(m_repository.database(), pks);
            if (!read)
                return Result<std::vector<std::optional<CaseListRow>>>::failure(read.error());
            // A case deleted since the order was read shows as an empty row until the next reload.
            return Result(RowPages<CaseListRow>::aligned(
                pks, std::move(read).value(), [](const CaseListRow &r) { return r.aidCase.pk; },
                [](CaseListRow &&r) { return std::move(r); }));
        },
        error);
    if (!error.isEmpty())
        fail(error);
    return found;
}

} // namespace supolka

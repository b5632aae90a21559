#include "models/cases/casetablemodel.h"

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

QString dateText(const QDate &date)
{
    return shown::date(date);
}

// Sorts by currency, then by amount: amounts of different currencies are never added up or compared.
QString paidSortKey(const QMap<QString, qint64> &paid)
{
    QStringList parts;
    for (auto it = paid.cbegin(); it != paid.cend(); ++it)
        parts.append(it.key() + QStringLiteral("%1").arg(it.value(), 19, 10, QLatin1Char('0')));
    return parts.join(QLatin1Char(';'));
}

} // namespace

CaseTableModel::CaseTableModel(CaseRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_today(QDate::currentDate())
{
    CaseFilter filter;
    filter.includeSensitive = m_includeSensitive;
    m_cases = m_repository.cases(filter, m_today);
    m_paid = m_repository.paymentTotalsByCase();
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::displayValue(const AidCase &c, int column) const
{
    switch (column) {
    case Number:
        return c.number;
    case Person:
        return c.displayName();
    case Needs:
        return needsText(c.needs);
    case Priority:
        return CaseWorkflow::priorityName(c.priority);
    case Status:
        return CaseWorkflow::statusName(c.status);
    case Assignee:
        return c.assigneeName;
    case OpenedOn:
        return dateText(c.openedOn);
    case DueOn:
        return dateText(c.dueOn);
    case Paid: {
        QStringList sums;
        const QMap<QString, qint64> paid = m_paid.value(c.pk);
        for (auto it = paid.cbegin(); it != paid.cend(); ++it)
            sums.append(money::format(it.value(), it.key()));
        return sums.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant CaseTableModel::rawValue(const AidCase &c, int column) const
{
    switch (column) {
    case Number:
        return c.number;
    case Person:
        return c.displayName().toCaseFolded();
    case Needs:
        return c.needs.join(QLatin1Char(';'));
    case Priority:
        return int(c.priority);
    case Status:
        return int(c.status);
    case Assignee:
        return c.assigneeName.toCaseFolded();
    case OpenedOn:
        return c.openedOn;
    case DueOn:
        return c.dueOn;
    case Paid:
        return paidSortKey(m_paid.value(c.pk));
    default:
        return {};
    }
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AidCase &c = m_cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(c, index.column());
    case RawValueRole:
        return rawValue(c, index.column());
    case PkRole:
        return c.pk;
    case CaseRole:
        return QVariant::fromValue(c);
    case OverdueRole:
        return c.isOverdue(m_today);
    case SensitiveRole:
        return c.sensitive;
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

void CaseTableModel::setIncludeSensitive(bool include)
{
    if (m_includeSensitive == include)
        return;
    m_includeSensitive = include;
    reload();
}

void CaseTableModel::setToday(const QDate &today)
{
    if (m_today == today)
        return;
    m_today = today;
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {OverdueRole});
}

void CaseTableModel::reload()
{
    beginResetModel();
    CaseFilter filter;
    filter.includeSensitive = m_includeSensitive;
    m_cases = m_repository.cases(filter, m_today);
    m_paid = m_repository.paymentTotalsByCase();
    endResetModel();
}

void CaseTableModel::refresh(qint64 pk)
{
    const std::optional<AidCase> stored = m_repository.find(pk);
    const bool shown = stored && !stored->isDeleted() && (m_includeSensitive || !stored->sensitive);
    const QMap<QString, qint64> paid = shown ? m_repository.paymentTotals(pk) : QMap<QString, qint64>();
    const int row = rowOfPk(pk);
    if (!shown) {
        m_paid.remove(pk);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_cases.removeAt(row);
        endRemoveRows();
        return;
    }
    if (paid.isEmpty())
        m_paid.remove(pk);
    else
        m_paid.insert(pk, paid);
    if (row < 0) {
        const int last = int(m_cases.size());
        beginInsertRows({}, last, last);
        m_cases.append(*stored);
        endInsertRows();
        return;
    }
    m_cases[row] = *stored;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const AidCase &CaseTableModel::caseAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_cases.size());
    return m_cases.at(row);
}

const AidCase &CaseTableModel::caseAt(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return caseAt(index.row());
}

int CaseTableModel::rowOfPk(qint64 pk) const
{
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases.at(row).pk == pk)
            return row;
    }
    return -1;
}

} // namespace supolka

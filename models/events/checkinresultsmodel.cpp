#include "models/events/checkinresultsmodel.h"

#include <QDateTime>
#include <QLocale>

#include "models/core/shownformats.h"
#include "models/core/timestamps.h"
#include "models/events/ticketcode.h"

namespace supolka {

CheckInResultsModel::CheckInResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int CheckInResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int CheckInResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CheckInResultsModel::State CheckInResultsModel::stateOf(const Registration &registration)
{
    if (registration.isCancelled())
        return State::Cancelled;
    return registration.isCheckedIn() ? State::CheckedIn : State::Expected;
}

QString CheckInResultsModel::statusText(const Registration &registration)
{
    switch (stateOf(registration)) {
    case State::Cancelled:
        return tr("Cancelled", "registration status");
    case State::CheckedIn:
        return registration.walkIn ? tr("Walk-in, checked in") : tr("Checked in");
    case State::Expected:
        break;
    }
    return tr("Not checked in yet");
}

QString CheckInResultsModel::checkedInText(const Registration &registration)
{
    if (!registration.isCheckedIn())
        return QString();
    const QDateTime at = parseTimestamp(registration.checkedInAt).toLocalTime();
    if (!at.isValid())
        return registration.checkedInAt;
    if (at.date() == QDate::currentDate())
        return shown::time(at.time());
    return shown::dateTime(at);
}

QVariant CheckInResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Registration &r = m_results.at(index.row());
    if (role == RegistrationRole)
        return QVariant::fromValue(r);
    if (role == StateRole)
        return int(stateOf(r));
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case Name:
        return r.name;
    case Email:
        return r.email;
    case Phone:
        return r.phone;
    case Ticket:
        return raw ? r.ticketCode : ticketcode::display(r.ticketCode);
    case Status:
        return raw ? QVariant(int(stateOf(r))) : QVariant(statusText(r));
    case CheckedInAt:
        if (raw)
            return r.checkedInAt;
        if (role == Qt::ToolTipRole && r.isCheckedIn())
            return tr("%1, by %2").arg(checkedInText(r), r.checkedInBy);
        return checkedInText(r);
    default:
        return {};
    }
}

QVariant CheckInResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Ticket:
        return tr("Ticket");
    case Status:
        return tr("Status");
    case CheckedInAt:
        return tr("Checked in at");
    default:
        return {};
    }
}

void CheckInResultsModel::setResults(QList<Registration> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

void CheckInResultsModel::clear()
{
    if (m_results.isEmpty())
        return;
    setResults({});
}

void CheckInResultsModel::registrationChanged(const Registration &registration)
{
    const int row = rowOfPk(registration.pk);
    if (row < 0)
        return;
    m_results[row] = registration;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Registration &CheckInResultsModel::registrationAt(int row) const
{
    return m_results.at(row);
}

int CheckInResultsModel::rowOfPk(qint64 pk) const
{
    for (qsizetype row = 0; row < m_results.size(); ++row) {
        if (m_results.at(row).pk == pk)
            return int(row);
    }
    return -1;
}

} // namespace supolka

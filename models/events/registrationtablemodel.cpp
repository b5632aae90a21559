#include "models/events/registrationtablemodel.h"

#include <QLocale>

#include "models/core/shownformats.h"
#include "models/core/timestamps.h"
#include "models/events/eventrepository.h"
#include "models/events/ticketcode.h"
#include "models/members/phonenormalizer.h"
#include "models/text/searchquery.h"

namespace supolka {

namespace {

QString checkedInText(const Registration &registration)
{
    if (!registration.isCheckedIn())
        return {};
    const QDateTime at = parseTimestamp(registration.checkedInAt);
    return at.isValid() ? shown::dateTime(at) : registration.checkedInAt;
}

QString searchKeys(const Registration &registration)
{
    QStringList keys =
        search::personKeys(registration.name, QString(), QString(), registration.email, registration.phone);
    // The whole code and its two halves, so that "K7QX-M4TP", "k7qxm4" and "M4TP" all find it.
    const QString code = registration.ticketCode.toLower();
    if (!code.isEmpty()) {
        keys.append(code);
        keys.append(code.left(ticketcode::Length / 2));
        keys.append(code.mid(ticketcode::Length / 2));
    }
    keys.removeDuplicates();
    return search::allKeysText(keys);
}

} // namespace

RegistrationTableModel::RegistrationTableModel(EventRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{}

int RegistrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_registrations.size());
}

int RegistrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Registration &r = m_registrations.at(index.row());
    if (role == PkRole)
        return r.pk;
    if (role == RegistrationRole)
        return QVariant::fromValue(r);
    if (role == SearchKeysRole)
        return searchKeys(r);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Email:
            return r.email;
        case Phone:
            return phoneText(r);
        case Kind:
            return r.isGuest() ? tr("Guest", "registration of someone who is not a member")
                               : tr("Member", "registration of a member");
        case Status:
            return r.isCancelled() ? tr("Cancelled", "registration status") : tr("Registered", "registration status");
        case TicketCode:
            return ticketcode::display(r.ticketCode);
        case CheckedInAt:
            return checkedInText(r);
        case CheckedInBy:
            return r.checkedInBy;
        case WalkIn:
            return r.walkIn ? tr("Walk-in", "registered at the door") : QString();
        default:
            return {};
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return r.name.toCaseFolded();
        case Email:
            return r.email;
        case Phone:
            return r.phone;
        case Kind:
            return r.isGuest() ? 1 : 0;
        case Status:
            return registrationStatusKey(r.status);
        case TicketCode:
            return r.ticketCode;
        case CheckedInAt:
            return r.isCheckedIn() ? QVariant(parseTimestamp(r.checkedInAt)) : QVariant();
        case CheckedInBy:
            return r.checkedInBy.toCaseFolded();
        case WalkIn:
            return r.walkIn;
        default:
            return {};
        }
    }
    return {};
}

QVariant RegistrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Kind:
        return tr("Member or guest");
    case Status:
        return tr("Status");
    case TicketCode:
        return tr("Ticket");
    case CheckedInAt:
        return tr("Checked in at");
    case CheckedInBy:
        return tr("Checked in by");
    case WalkIn:
        return tr("Walk-in", "column: registered at the door");
    default:
        return {};
    }
}

void RegistrationTableModel::setEventPk(qint64 eventPk)
{
    if (m_eventPk == eventPk)
        return;
    m_eventPk = eventPk;
    reload();
}

void RegistrationTableModel::reload()
{
    beginResetModel();
    m_phoneText.clear();
    m_registrations = m_eventPk == 0 ? QList<Registration>() : m_repository.registrations(m_eventPk);
    endResetModel();
}

void RegistrationTableModel::refresh(qint64 registrationPk)
{
    const int row = rowOfPk(registrationPk);
    m_phoneText.remove(registrationPk);
    const std::optional<Registration> stored = m_repository.findRegistration(registrationPk);
    if (!stored || stored->isDeleted() || stored->eventPk != m_eventPk) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_registrations.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row >= 0) {
        m_registrations[row] = *stored;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = int(m_registrations.size());
    beginInsertRows({}, end, end);
    m_registrations.append(*stored);
    endInsertRows();
}

const Registration &RegistrationTableModel::registrationAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_registrations.size());
    return m_registrations.at(row);
}

const Registration &RegistrationTableModel::registrationAt(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return registrationAt(index.row());
}

int RegistrationTableModel::rowOfPk(qint64 pk) const
{
    for (int row = 0; row < m_registrations.size(); ++row) {
        if (m_registrations.at(row).pk == pk)
            return row;
    }
    return -1;
}

QString RegistrationTableModel::phoneText(const Registration &registration) const
{
    if (registration.phone.isEmpty())
        return {};
    auto it = m_phoneText.find(registration.pk);
    if (it == m_phoneText.end()) {
        const QString text = registration.phone.startsWith(QLatin1Char('+'))
                                 ? PhoneNormalizer::formatInternational(registration.phone)
                                 : registration.phone;
        it = m_phoneText.insert(registration.pk, text);
    }
    return it.value();
}

} // namespace supolka

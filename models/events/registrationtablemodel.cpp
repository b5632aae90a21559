#include "models/events/registrationtablemodel.h"

#include <QLocale>

#include "models/core/shownformats.h"
#include "models/core/timestamps.h"
#include "models/events/eventrepository.h"
#include "models/events/ticketcode.h"
#include "models/members/phonenormalizer.h"

namespace supolka {

namespace {

QString checkedInText(const Registration &registration)
{
    if (!registration.isCheckedIn())
        return {};
    const QDateTime at = parseTimestamp(registration.checkedInAt);
    return at.isValid() ? shown::dateTime(at) : registration.checkedInAt;
}

} // namespace

RegistrationTableModel::RegistrationTableModel(EventRepository &repository, QObject *parent)
    : WindowedTableModel(parent)
    , m_repository(repository)
{}

int RegistrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == PkRole)
        return pkAt(index.row());
    const Shown *row = shown(index.row());
    if (!row)
        return {};
    const Registration &r = row->registration;
    if (role == RegistrationRole)
        return QVariant::fromValue(r);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Email:
        return r.email;
    case Phone:
        return row->phone;
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

void RegistrationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refreshList(Order);
}

void RegistrationTableModel::setEventPk(qint64 eventPk)
{
    if (m_eventPk == eventPk)
        return;
    m_eventPk = eventPk;
    reload();
}

void RegistrationTableModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    searchAgain();
    refreshList(Filters);
}

void RegistrationTableModel::setSearchLimit(int limit)
{
    if (m_searchLimit == limit || limit <= 0)
        return;
    m_searchLimit = limit;
    if (m_searchHits)
        reload();
}

void RegistrationTableModel::reload()
{
    // Someone added or renamed while a search is shown is matched again, so that they appear (or go) at once.
    searchAgain();
    refreshList(Everything);
}

void RegistrationTableModel::refresh(qint64 registrationPk)
{
    Q_UNUSED(registrationPk)
    // A registration changed can move anywhere in the order, and in or out of a search: one pass of an index.
    reload();
}

void RegistrationTableModel::searchAgain()
{
    if (m_searchText.trimmed().isEmpty() || m_eventPk == 0) {
        m_searchHits.reset();
        return;
    }
    const Result<QList<qint64>> pks =
        RegistrationList::search(m_repository.database(), m_eventPk, m_searchText, m_searchLimit);
    if (!pks) {
        fail(pks.error());
        // Nothing is taken for a match that could not be looked for.
        m_searchHits = QSet<qint64>();
        return;
    }
    m_searchHits = QSet<qint64>(pks->cbegin(), pks->cend());
}

void RegistrationTableModel::refreshList(Refresh what)
{
    RegistrationListQuery query;
    query.eventPk = m_eventPk;
    query.order = RegistrationListQuery::Order(m_sortColumn);
    query.descending = m_sortOrder == Qt::DescendingOrder;
    query.language = QLocale().language();
    std::vector<qint64> order;
    if ((what & Order) && m_eventPk != 0) {
        Result<std::vector<qint64>> read = RegistrationList::order(m_repository.database(), query);
        if (!read) {
            fail(read.error());
            return;
        }
        order = std::move(read).value();
    }
    Mask mask;
    if (m_searchHits) {
        mask.emplace();
        for (const qint64 pk : std::as_const(*m_searchHits)) {
            if (pk <= 0)
                continue;
            if (size_t(pk) >= mask->size())
                mask->resize(size_t(pk) + 1);
            (*mask)[size_t(pk)] = true;
        }
    }
    if (what & Order)
        m_language = query.language;
    show(what & Order ? std::optional<std::vector<qint64>>(std::move(order)) : std::nullopt,
         what & Filters ? std::optional<Mask>(std::move(mask)) : std::nullopt);
}

std::optional<Registration> RegistrationTableModel::registrationAt(int row) const
{
    const Shown *found = shown(row);
    return found ? std::optional<Registration>(found->registration) : std::nullopt;
}

std::optional<Registration> RegistrationTableModel::registrationAt(const QModelIndex &index) const
{
    Q_ASSERT(!index.isValid() || index.model() == this);
    return index.isValid() ? registrationAt(index.row()) : std::nullopt;
}

const RegistrationTableModel::Shown *RegistrationTableModel::shown(int row) const
{
    QString error;
    const Shown *found = m_rows.at(
        row, shownPks(),
        [this](const std::vector<qint64> &pks) {
            Result<QList<Registration>> read = RegistrationList::read(m_repository.database(), pks);
            if (!read)
                return Result<std::vector<std::optional<Shown>>>::failure(read.error());
            // A registration deleted since the order was read shows as an empty row until the next reload.
            return Result(RowPages<Shown>::aligned(
                pks, std::move(read).value(), [](const Registration &r) { return r.pk; },
                [](Registration &&r) {
                    QString phone =
                        r.phone.startsWith(QLatin1Char('+')) ? PhoneNormalizer::formatInternational(r.phone) : r.phone;
                    return Shown{std::move(r), std::move(phone)};
                }));
        },
        error);
    if (!error.isEmpty())
        fail(error);
    return found;
}

} // namespace supolka

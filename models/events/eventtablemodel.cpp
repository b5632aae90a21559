#include "models/events/eventtablemodel.h"

#include <QLocale>

#include "models/core/shownformats.h"
#include "models/text/countries.h"
#include "models/text/namekey.h"
#include "models/text/searchquery.h"

namespace supolka {

namespace {

QString language()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString countryText(const QString &code)
{
    return code.isEmpty() ? QString() : countries::name(code, language());
}

QString startText(const Event &event)
{
    return event.startsAt.isValid() ? shown::dateTime(event.startsAt) : QString();
}

QVariant displayValue(const EventSummary &summary, int column)
{
    const Event &event = summary.event;
    switch (column) {
    case EventTableModel::Title:
        return event.title;
    case EventTableModel::Kind:
        return EventTableModel::kindText(event.kind);
    case EventTableModel::StartsAt:
        return startText(event);
    case EventTableModel::City:
        return event.city;
    case EventTableModel::Country:
        return countryText(event.country);
    case EventTableModel::Registered:
        return QLocale().toString(summary.counts.registered);
    case EventTableModel::CheckedIn:
        return QLocale().toString(summary.counts.checkedIn);
    default:
        return {};
    }
}

QVariant rawValue(const EventSummary &summary, int column)
{
    const Event &event = summary.event;
    switch (column) {
    case EventTableModel::Title:
        return event.title.toCaseFolded();
    case EventTableModel::Kind:
        return EventTableModel::kindText(event.kind).toCaseFolded();
    case EventTableModel::StartsAt:
        return event.startsAt;
    case EventTableModel::City:
        return event.city.toCaseFolded();
    case EventTableModel::Country:
        return countryText(event.country).toCaseFolded();
    case EventTableModel::Registered:
        return summary.counts.registered;
    case EventTableModel::CheckedIn:
        return summary.counts.checkedIn;
    default:
        return {};
    }
}

QString searchKeys(const Event &event)
{
    QStringList keys;
    for (const QString &text : {event.title, event.venue, event.city, event.workGroup, countryText(event.country),
                                event.country, EventTableModel::kindText(event.kind)})
        keys += namekey::textKeys(text);
    keys.removeDuplicates();
    return search::allKeysText(keys);
}

} // namespace

EventTableModel::EventTableModel(EventRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    m_events = m_repository.summaries();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventSummary &summary = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(summary, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Registered || index.column() == CheckedIn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(summary, index.column());
    case PkRole:
        return summary.event.pk;
    case EventRole:
        return QVariant::fromValue(summary.event);
    case SearchKeysRole:
        return searchKeys(summary.event);
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind", "of event");
    case StartsAt:
        return tr("Starts");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case Registered:
        return tr("Registered");
    case CheckedIn:
        return tr("Checked in");
    default:
        return {};
    }
}

QString EventTableModel::kindText(EventKind kind)
{
    switch (kind) {
    case EventKind::Rally:
        return tr("Rally", "event kind");
    case EventKind::Meetup:
        return tr("Meetup", "event kind");
    case EventKind::Conference:
        return tr("Conference", "event kind");
    case EventKind::Fundraiser:
        return tr("Fundraiser", "event kind");
    case EventKind::Other:
        return tr("Other", "event kind");
    }
    return {};
}

void EventTableModel::reload()
{
    beginResetModel();
    m_events = m_repository.summaries();
    endResetModel();
}

void EventTableModel::refresh(qint64 pk)
{
    const int row = rowOfPk(pk);
    const std::optional<Event> event = m_repository.findEvent(pk);
    if (!event || event->isDeleted()) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_events.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    const EventSummary summary{*event, m_repository.counts(pk)};
    if (row >= 0) {
        m_events[row] = summary;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = int(m_events.size());
    beginInsertRows({}, end, end);
    m_events.append(summary);
    endInsertRows();
}

const EventSummary &EventTableModel::summaryAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_events.size());
    return m_events.at(row);
}

const Event &EventTableModel::eventAt(int row) const
{
    return summaryAt(row).event;
}

const Event &EventTableModel::eventAt(const QModelIndex &index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return eventAt(index.row());
}

int EventTableModel::rowOfPk(qint64 pk) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).event.pk == pk)
            return row;
    }
    return -1;
}

} // namespace supolka

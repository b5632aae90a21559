#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/events/eventrepository.h"

namespace supolka {

// The events table: display text for people, RawValueRole for sorting, SearchKeysRole for KeyFilterProxy. Returns
// data only — icons and colours come from views/.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Kind, StartsAt, City, Country, Registered, CheckedIn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, PkRole, EventRole, SearchKeysRole };

    explicit EventTableModel(EventRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads every event (not deleted) and its counts again.
    void reload();
    // Reads one event and its counts again: a new one is added, a deleted one goes, a restored one comes back.
    void refresh(qint64 pk);

    const EventSummary &summaryAt(int row) const;
    const Event &eventAt(int row) const;
    // `index` is an index of this model (map a proxy's index to the source first).
    const Event &eventAt(const QModelIndex &index) const;
    int rowOfPk(qint64 pk) const; // -1 when absent

    // "Rally", "Meetup", ... in the GUI's language.
    static QString kindText(EventKind kind);

private:
    EventRepository &m_repository;
    QList<EventSummary> m_events;
};

} // namespace supolka

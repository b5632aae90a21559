#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "models/events/registration.h"

namespace supolka {

class EventRepository;

// One event's registrations: display text for people, RawValueRole for sorting, SearchKeysRole for KeyFilterProxy
// (names in any script, e-mail, phone, ticket code). Returns data only.
class RegistrationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Phone, Kind, Status, TicketCode, CheckedInAt, CheckedInBy, WalkIn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, PkRole, RegistrationRole, SearchKeysRole };

    explicit RegistrationTableModel(EventRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows the registrations of `eventPk` (0 = none).
    void setEventPk(qint64 eventPk);
    qint64 eventPk() const { return m_eventPk; }
    void reload();
    // Reads one registration again: a new one is added, a deleted one goes, a restored one comes back.
    void refresh(qint64 registrationPk);

    const Registration &registrationAt(int row) const;
    // `index` is an index of this model (map a proxy's index to the source first).
    const Registration &registrationAt(const QModelIndex &index) const;
    int rowOfPk(qint64 pk) const; // -1 when absent

private:
    QString phoneText(const Registration &registration) const;

    EventRepository &m_repository;
    qint64 m_eventPk = 0;
    QList<Registration> m_registrations;
    mutable QHash<qint64, QString> m_phoneText; // formatting a number costs a parse: done once per row
};

} // namespace supolka

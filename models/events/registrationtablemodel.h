#pragma once

#include <optional>

#include <QSet>

#include "models/core/windowedtablemodel.h"
#include "models/events/registration.h"
#include "models/events/registrationlist.h"

namespace supolka {

class EventRepository;

// One event's registrations, sorted and searched in SQL: it keeps the order of the rows shown (one pk a row) and
// reads only the rows on screen, a page at a time, so that 100,000 registrants open, sort and filter at once.
// Display text for people; returns data only.
class RegistrationTableModel final : public WindowedTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Phone, Kind, Status, TicketCode, CheckedInAt, CheckedInBy, WalkIn, ColumnCount };
    enum Role { PkRole = Qt::UserRole + 1, RegistrationRole };

    explicit RegistrationTableModel(EventRepository &repository, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Reads the order again in SQL; rows stay selected (persistent indexes follow their registration).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Shows the registrations of `eventPk` (0 = none).
    void setEventPk(qint64 eventPk);
    qint64 eventPk() const { return m_eventPk; }
    // Type-ahead over names in any script, e-mail, phone and ticket codes (RegistrationList::search); empty = all.
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_searchText; }
    // A search shows at most this many registrations (100,000 unless set).
    int searchLimit() const { return m_searchLimit; }
    void setSearchLimit(int limit);
    // Whether the search found as many as it shows at most, so that more may match: type more to narrow.
    bool searchCapped() const { return m_searchHits && m_searchHits->size() >= m_searchLimit; }

    // Reads the list again (registrations or their members changed), keeping the search, the order and the
    // selection. Also what a change of language needs: names sort by its alphabet.
    void reload();
    // Brings the list in step after one registration changed: added, changed, deleted or restored.
    void refresh(qint64 registrationPk);

    // The registration of a row as stored when the row was read; nullopt when the read failed.
    std::optional<Registration> registrationAt(int row) const;
    // `index` is an index of this model.
    std::optional<Registration> registrationAt(const QModelIndex &index) const;
    // The language whose alphabet the names were last sorted in.
    QLocale::Language language() const { return m_language; }

private:
    struct Shown
    {
        Registration registration;
        QString phone; // formatted for display: a parse each, done once a page
    };

    enum Refresh { Order = 1, Filters = 2, Everything = Order | Filters };
    void refreshList(Refresh what);
    void searchAgain();
    const Shown *shown(int row) const;
    void forgetRows() override { m_rows.clear(); }

    EventRepository &m_repository;
    qint64 m_eventPk = 0;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale::Language m_language = QLocale::AnyLanguage;
    QString m_searchText;
    int m_searchLimit = 100000;
    std::optional<QSet<qint64>> m_searchHits;
    RowPages<Shown> m_rows;
};

} // namespace supolka

#include <algorithm>
#include <functional>

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "models/events/registrationlist.h"
#include "models/events/registrationtablemodel.h"
#include "models/events/ticketcode.h"
#include "models/members/memberrepository.h"
#include "models/text/sortkey.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

using Column = RegistrationTableModel::Column;

// One event with several pages of registrants as messy as a real list: members and guests, names in both scripts
// and in neither case, members without e-mail or phone, phones as typed, cancelled ones, check-ins at the same
// minute by stations written in two cases, walk-ins, deleted ones, and another event's people that must not show.
class LongRegistrationList : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English));
        m_events = std::make_unique<EventRepository>(*m_db);
        m_members = std::make_unique<MemberRepository>(*m_db);
        for (const char *title : {"Freedom Day", "Chapter meeting"}) {
            Event event;
            event.title = QString::fromLatin1(title);
            event.startsAt = QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC);
            event.country = QStringLiteral("PL");
            const Result<Event> added = m_events->addEvent(event);
            ASSERT_TRUE(added) << added.error().toStdString();
            m_eventPks.append(added->pk);
        }

        const QStringList firsts{QStringLiteral("Святлана"), QStringLiteral("aliaksandr"), QStringLiteral("Ёначка"),
                                 QStringLiteral("Maria"), QStringLiteral("Зміцер")};
        const QStringList lasts{QStringLiteral("Ціханоўская"), QStringLiteral("Bialiacki"), QStringLiteral("Łukašyk"),
                                QStringLiteral("Kalesnikava"), QStringLiteral("Дашкевіч"),  QStringLiteral("О'Коннар")};
        QList<qint64> memberPks;
        for (int i = 0; i < 180; ++i) {
            Member member;
            member.firstName = firsts.at(i % firsts.size());
            member.lastName = lasts.at(i % lasts.size());
            if (i % 4 != 0)
                member.email = QStringLiteral("Member%1@Example.org").arg(i);
            if (i % 3 != 0)
                member.phone = QStringLiteral("+4860%1").arg(1000000 + i * 7);
            const Result<Member> added = m_members->add(member);
            ASSERT_TRUE(added) << added.error().toStdString();
            memberPks.append(added->pk);
        }

        QList<Registration> batch;
        for (int i = 0; i < 520; ++i) {
            Registration r;
            r.eventPk = i % 13 == 0 ? m_eventPks.at(1) : m_eventPks.at(0);
            if (i < memberPks.size()) {
                r.memberPk = memberPks.at(i);
            } else {
                r.guestName = i % 7 == 0 ? QStringLiteral("ГОСЦЬ %1").arg(i % 11)
                                         : firsts.at(i % firsts.size()) + QLatin1Char(' ') + lasts.at(i % lasts.size());
                if (i % 2 == 0)
                    r.guestEmail = QStringLiteral("guest%1@example.org").arg(i % 40);
                if (i % 5 != 0)
                    r.guestPhone = i % 3 == 0 ? QStringLiteral("8 029 %1").arg(i) : QStringLiteral("+3706%1").arg(i);
            }
            if (i % 9 == 4)
                r.status = RegistrationStatus::Cancelled;
            if (i % 6 == 1) {
                r.checkedInAt = QStringLiteral("2026-03-25T13:%1:00Z").arg(i % 30, 2, 10, QLatin1Char('0'));
                r.checkedInBy = i % 4 == 1 ? QStringLiteral("Ala, hall-laptop") : QStringLiteral("ala, Door-laptop");
            }
            r.walkIn = i % 10 == 7;
            // Codes start with a digit, and so do their second halves: what finds a code piece finds no name.
            const QString alphabet = ticketcode::alphabet();
            const auto letter = [&alphabet](int n) {
                return alphabet.at(n % alphabet.size());
            };
            r.ticketCode = QStringLiteral("7") + letter(i) + letter(i / alphabet.size()) + letter(i % 4) +
                           QStringLiteral("8") + letter(i * 5) + letter(i / 7) + letter(9);
            batch.append(r);
        }
        ASSERT_TRUE(m_events->addRegistrations(batch));
        for (const Registration &r : std::as_const(batch)) {
            if (r.eventPk == m_eventPks.at(0))
                m_shown.append(r.pk);
        }
        // Two deleted: no longer listed.
        for (const qint64 pk : {m_shown.at(3), m_shown.at(250)})
            ASSERT_TRUE(m_events->removeRegistration(pk));
        m_shown.removeAll(m_shown.at(250));
        m_shown.removeAll(m_shown.at(3));
        ASSERT_GT(m_shown.size(), 3 * RowPages<int>::PageSize);
    }

    void TearDown() override { QLocale::setDefault(m_locale); }

    // The event's registrations as the repository reads them, each with the key of one order.
    QList<qint64> expected(const std::function<QByteArray(const Registration &)> &key, bool descending) const
    {
        QList<QPair<QByteArray, qint64>> keyed;
        for (const Registration &r : m_events->registrations(m_eventPks.at(0)))
            keyed.append({key(r), r.pk});
        std::sort(keyed.begin(), keyed.end());
        QList<qint64> pks;
        for (const auto &[k, pk] : std::as_const(keyed))
            pks.append(pk);
        if (descending)
            std::reverse(pks.begin(), pks.end());
        return pks;
    }

    static QList<qint64> shownPks(const RegistrationTableModel &model)
    {
        QList<qint64> pks;
        for (int row = 0; row < model.rowCount(); ++row)
            pks.append(model.index(row, 0).data(RegistrationTableModel::PkRole).toLongLong());
        return pks;
    }

    QLocale m_locale;
    test::ScratchDatabase m_db;
    std::unique_ptr<EventRepository> m_events;
    std::unique_ptr<MemberRepository> m_members;
    QList<qint64> m_eventPks;
    QList<qint64> m_shown;
};

QByteArray flag(bool value)
{
    return value ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
}

} // namespace

TEST_F(LongRegistrationList, EveryOrderIsTheOrderOfItsKeys)
{
    RegistrationTableModel model(*m_events);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setEventPk(m_eventPks.at(0));
    ASSERT_EQ(model.rowCount(), m_shown.size());
    EXPECT_EQ(model.totalCount(), m_shown.size());

    const QList<std::pair<Column, std::function<QByteArray(const Registration &)>>> orders{
        {Column::Name,
         [](const Registration &r) {
             return sortkey::of(r.name);
         }},
        {Column::Email,
         [](const Registration &r) {
             return r.email.toLower().toUtf8();
         }},
        {Column::Phone,
         [](const Registration &r) {
             return r.phone.toUtf8();
         }},
        {Column::Kind,
         [](const Registration &r) {
             return flag(r.isGuest());
         }},
        {Column::Status,
         [](const Registration &r) {
             return registrationStatusKey(r.status).toUtf8();
         }},
        {Column::TicketCode,
         [](const Registration &r) {
             return r.ticketCode.toUtf8();
         }},
        // Who has checked in first, by when; whoever has not last.
        {Column::CheckedInAt,
         [](const Registration &r) {
             return r.isCheckedIn() ? "0" + r.checkedInAt.toUtf8() : QByteArray("1");
         }},
        {Column::CheckedInBy,
         [](const Registration &r) {
             return r.checkedInBy.toLower().toUtf8();
         }},
        {Column::WalkIn,
         [](const Registration &r) {
             return flag(r.walkIn);
         }},
    };
    for (const auto &[column, key] : orders) {
        for (const bool descending : {false, true}) {
            model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            EXPECT_EQ(shownPks(model), expected(key, descending)) << "column " << column << " " << descending;
        }
    }
}

TEST_F(LongRegistrationList, NamesSortInTheAlphabetOfTheLanguageShown)
{
    RegistrationTableModel model(*m_events);
    model.setEventPk(m_eventPks.at(0));
    const auto firstScript = [&model]() {
        return model.index(0, Column::Name).data().toString().at(0).script();
    };
    EXPECT_EQ(firstScript(), QChar::Script_Latin);
    QLocale::setDefault(QLocale(QLocale::Belarusian));
    model.reload();
    EXPECT_EQ(model.language(), QLocale::Belarusian);
    EXPECT_EQ(firstScript(), QChar::Script_Cyrillic);
    // Ё after Е and before Ж, Ў after У: "Ёначка" comes after every "Дашкевіч" guest and before "Зміцер".
    QStringList cyrillic;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, Column::Name).data().toString();
        if (name.at(0).script() == QChar::Script_Cyrillic)
            cyrillic.append(name.section(QLatin1Char(' '), 0, 0).toUpper());
    }
    QStringList firstWords = cyrillic;
    firstWords.removeDuplicates();
    EXPECT_EQ(firstWords, (QStringList{QStringLiteral("ГОСЦЬ"), QStringLiteral("ЁНАЧКА"), QStringLiteral("ЗМІЦЕР"),
                                       QStringLiteral("СВЯТЛАНА")}));
}

TEST_F(LongRegistrationList, SearchesFindEveryoneTheyShouldAndNobodyElse)
{
    RegistrationTableModel model(*m_events);
    model.setEventPk(m_eventPks.at(0));
    const QList<Registration> everyone = m_events->registrations(m_eventPks.at(0));
    const auto count = [&everyone](const std::function<bool(const Registration &)> &match) {
        return int(std::count_if(everyone.cbegin(), everyone.cend(), match));
    };

    // A surname typed in Latin finds it in Cyrillic, members and guests alike; another event's people are not found.
    model.setSearchText(QStringLiteral("Tsikhanouskaya"));
    EXPECT_EQ(model.rowCount(), count([](const Registration &r) { return r.name.contains(QStringLiteral("Ціхан")); }));
    EXPECT_GT(model.rowCount(), 40);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.registrationAt(row)->eventPk, m_eventPks.at(0));

    // An e-mail address's start, in any case.
    model.setSearchText(QStringLiteral("MEMBER1"));
    EXPECT_EQ(model.rowCount(),
              count([](const Registration &r) { return r.email.startsWith(QStringLiteral("member1")); }));

    // The start of a ticket code, and of its second half.
    const QString code = everyone.at(17).ticketCode;
    for (const QString &typed :
         QStringList{code.left(3), code.mid(4, 3), code.left(4) + QLatin1Char('-') + code.mid(4, 1)}) {
        model.setSearchText(typed.toLower());
        const QString start = QString(typed).remove(QLatin1Char('-')).toUpper();
        EXPECT_EQ(model.rowCount(), count([&start](const Registration &r) {
                      return r.ticketCode.startsWith(start) || r.ticketCode.mid(4).startsWith(start);
                  }))
            << typed.toStdString();
        EXPECT_GE(model.rowOfPk(everyone.at(17).pk), 0) << typed.toStdString();
    }
    // A whole code is that registration.
    model.setSearchText(code.left(4) + QLatin1Char('-') + code.mid(4));
    EXPECT_EQ(shownPks(model), QList<qint64>{everyone.at(17).pk});

    // Within the search, the order is the list's.
    model.setSearchText(QStringLiteral("Bialiacki"));
    model.sort(Column::TicketCode, Qt::DescendingOrder);
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes.append(model.registrationAt(row)->ticketCode);
    QStringList sortedCodes = codes;
    std::sort(sortedCodes.begin(), sortedCodes.end(), std::greater<>());
    EXPECT_EQ(codes, sortedCodes);
    EXPECT_EQ(model.rowCount(),
              count([](const Registration &r) { return r.name.contains(QStringLiteral("Bialiacki")); }));

    model.setSearchText(QStringLiteral("nobody-here"));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.totalCount(), m_shown.size());
    model.setSearchText({});
    EXPECT_EQ(model.rowCount(), m_shown.size());
}

TEST_F(LongRegistrationList, SelectedRowsFollowTheirRegistrationsThroughSortsAndSearches)
{
    RegistrationTableModel model(*m_events);
    model.setEventPk(m_eventPks.at(0));
    QItemSelectionModel selection(&model);
    const std::optional<Registration> chosen = model.registrationAt(300);
    ASSERT_TRUE(chosen);
    selection.setCurrentIndex(model.index(300, 2), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    model.sort(Column::TicketCode, Qt::DescendingOrder);
    EXPECT_EQ(selection.currentIndex().row(), model.rowOfPk(chosen->pk));
    EXPECT_EQ(selection.currentIndex().data(RegistrationTableModel::PkRole).toLongLong(), chosen->pk);
    ASSERT_EQ(selection.selectedRows().size(), 1);

    model.setSearchText(chosen->ticketCode);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(selection.currentIndex().row(), 0);
    model.setSearchText({});
    EXPECT_EQ(selection.currentIndex().data(RegistrationTableModel::PkRole).toLongLong(), chosen->pk);

    // Deleted, it goes from the list and from the selection.
    ASSERT_TRUE(m_events->removeRegistration(chosen->pk));
    model.refresh(chosen->pk);
    EXPECT_EQ(model.rowOfPk(chosen->pk), -1);
    EXPECT_FALSE(selection.currentIndex().isValid());
    EXPECT_EQ(model.rowCount(), m_shown.size() - 1);
}

// An erased member's name and contact must not stay behind in the list's keys, as they do not in the door's.
TEST_F(LongRegistrationList, AnErasedMembersKeysGo)
{
    std::optional<Registration> someone;
    for (const Registration &r : m_events->registrations(m_eventPks.at(0))) {
        if (!r.isGuest() && !r.email.isEmpty() && !r.phone.isEmpty()) {
            someone = r;
            break;
        }
    }
    ASSERT_TRUE(someone);
    const auto keys = [this](qint64 pk) {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT list_name, list_email, list_phone FROM registrations WHERE pk = ?"));
        query.addBindValue(pk);
        EXPECT_TRUE(query.exec() && query.next());
        return QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    };
    EXPECT_EQ(keys(someone->pk),
              (QStringList{QString::fromUtf8(sortkey::of(someone->name)), someone->email.toLower(), someone->phone}));
    ASSERT_TRUE(m_members->erase(someone->memberPk));
    EXPECT_EQ(keys(someone->pk), (QStringList{QString(), QString(), QString()}));
}

TEST_F(LongRegistrationList, AFailedReadIsSaidAndNoRowShowsSomeoneElse)
{
    RegistrationTableModel model(*m_events);
    model.setEventPk(m_eventPks.at(0));
    QStringList said;
    QObject::connect(&model, &RegistrationTableModel::readFailed,
                     [&said](const QString &message) { said.append(message); });
    const int shown = model.rowCount();
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE registrations RENAME TO registrations_gone")));
    model.sort(Column::Email);
    ASSERT_EQ(said.size(), 1);
    EXPECT_FALSE(model.error().isEmpty());
    EXPECT_EQ(model.rowCount(), shown);
    EXPECT_EQ(model.sortColumn(), Column::Email);
    EXPECT_FALSE(model.registrationAt(shown - 1).has_value());
    EXPECT_FALSE(model.index(shown - 1, Column::Name).data().isValid());
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE registrations_gone RENAME TO registrations")));
    model.reload();
    EXPECT_TRUE(model.error().isEmpty());
    EXPECT_EQ(model.rowCount(), shown);
    EXPECT_TRUE(model.registrationAt(shown - 1).has_value());
}

TEST_F(LongRegistrationList, ASearchThatReachesItsLimitSaysSo)
{
    RegistrationTableModel model(*m_events);
    model.setEventPk(m_eventPks.at(0));
    model.setSearchText(QStringLiteral("Maria"));
    const int found = model.rowCount();
    ASSERT_GT(found, 3);
    EXPECT_FALSE(model.searchCapped());
    model.setSearchLimit(3);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_TRUE(model.searchCapped());
    model.setSearchLimit(100000);
    EXPECT_EQ(model.rowCount(), found);
    EXPECT_FALSE(model.searchCapped());
}

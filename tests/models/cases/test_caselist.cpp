#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include "models/cases/caselist.h"
#include "models/cases/caserepository.h"
#include "models/cases/casetablemodel.h"
#include "models/members/memberrepository.h"
#include "models/text/namekey.h"
#include "models/text/searchquery.h"
#include "models/text/sortkey.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QString Lead = QStringLiteral("Hanna");

// How the cases list searched before it searched in SQL, case by case in memory: what the SQL must still find.
bool matchedInMemory(const AidCase &c, const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const QString names = c.displayName() + QLatin1Char(' ') + c.personName + QLatin1Char(' ') + c.assigneeName;
    const QString nameKeys = search::allKeysText(namekey::textKeys(names));
    const QString plain =
        QStringList{c.number, c.personContact, c.personCity, c.summary}.join(QLatin1Char('\n')).toCaseFolded();
    for (const QString &word : words) {
        if (plain.contains(word.toCaseFolded()))
            continue;
        const QList<search::QueryWord> parsed = search::parseQuery(word);
        if (parsed.isEmpty() || !search::matches(parsed, nameKeys))
            return false;
    }
    return true;
}

// Several hundred cases over several pages of the list: people named in both scripts, members and not, a member
// with no name, volunteers or nobody, sensitive and deleted cases, payments in three currencies, due dates past and
// to come or none, and every status.
class LongCaseList : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_cases = std::make_unique<CaseRepository>(*m_db);
        m_members = std::make_unique<MemberRepository>(*m_db);
        const QList<QPair<QString, QString>> names{
            {QStringLiteral("Святлана"), QStringLiteral("Ціханоўская")},
            {QStringLiteral("Alena"), QStringLiteral("Kavalenka")},
            {QStringLiteral("Ales"), QStringLiteral("Bialiatski")},
            {QStringLiteral("Зміцер"), QStringLiteral("Ёрш")},
            {QStringLiteral("Maryia"), QStringLiteral("Zhuk")},
            {QString(), QString()},
            {QStringLiteral("Ігар"), QStringLiteral("Лосік")},
        };
        for (const auto &[first, last] : names) {
            Member member;
            member.firstName = first;
            member.lastName = last;
            if (first.isEmpty())
                member.email = QStringLiteral("nameless@example.org");
            Result<Member> added = m_members->add(member);
            ASSERT_TRUE(added) << added.error().toStdString();
            m_people.append(added.value());
        }
        const QStringList persons{QStringLiteral("Raman Pratasevich"),  QStringLiteral("Марыя Калеснікава"),
                                  QStringLiteral("Łukašyk Anna"),       QStringLiteral("Ціхан Мікола"),
                                  QStringLiteral("zmicier dashkevich"), QStringLiteral("Іван")};
        const QStringList needs{QStringLiteral("legal"), QStringLiteral("housing"), QStringLiteral("medical"),
                                QStringLiteral("documents"), QStringLiteral("food")};
        const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("PLN"), QStringLiteral("USD")};
        // One transaction for them all: one write to the disk instead of thousands.
        QSqlDatabase connection = m_db->connection();
        ASSERT_TRUE(connection.transaction());
        for (int i = 0; i < 450; ++i) {
            AidCase c;
            if (i % 3 == 0)
                c.memberPk = m_people.at(i % m_people.size()).pk;
            // A member's case often names nobody else; one with a name of its own shows the member's name.
            if (i % 3 != 0 || i % 4 == 0)
                c.personName = persons.at(i % persons.size());
            if (c.memberPk == m_people.at(5).pk && c.personName.isEmpty() && i % 2 == 0)
                c.personName = QStringLiteral("Без імя");
            c.personContact =
                i % 2 == 0 ? QStringLiteral("+48 600 %1").arg(100 + i) : QStringLiteral("tg @case%1").arg(i);
            c.personCity = i % 5 == 0 ? QString() : (i % 2 ? QStringLiteral("Warszawa") : QStringLiteral("Вільня"));
            c.needs = {needs.at(i % needs.size())};
            if (i % 4 == 1)
                c.needs.append(needs.at((i / 4) % needs.size()));
            c.priority = CasePriority(i % 4);
            c.summary = i % 7 == 0 ? QStringLiteral("Request about a flat") : QStringLiteral("Запыт %1").arg(i % 17);
            c.openedOn = QDate(2025, 1, 1).addDays(i % 90);
            if (i % 4 != 0)
                c.dueOn = c.openedOn.addDays(i % 60);
            c.sensitive = i % 11 == 0;
            Result<AidCase> added = m_cases->add(c, Lead);
            ASSERT_TRUE(added) << i << ": " << added.error().toStdString();
            const qint64 pk = added->pk;
            if (i % 5 != 0) {
                ASSERT_TRUE(m_cases->assign(pk, m_people.at((i * 3) % m_people.size()).pk, Lead));
            }
            if (i % 6 >= 1) {
                ASSERT_TRUE(m_cases->changeStatus(pk, CaseStatus::InProgress, Lead));
            }
            if (i % 6 >= 2) {
                ASSERT_TRUE(m_cases->changeStatus(pk, CaseStatus::Waiting, Lead));
            }
            if (i % 6 >= 3) {
                ASSERT_TRUE(m_cases->changeStatus(pk, CaseStatus::Resolved, Lead));
            }
            if (i % 6 >= 4) {
                ASSERT_TRUE(m_cases->changeStatus(pk, CaseStatus::Closed, Lead, {}, QStringLiteral("Done")));
            }
            for (int p = 0; p < i % 4; ++p) {
                CasePayment payment;
                payment.casePk = pk;
                payment.amountMinor = 100 * ((i * 7 + p * 13) % 50 + 1);
                payment.currency = currencies.at((i + p) % currencies.size());
                payment.paidOn = QDate(2025, 2, 1);
                Result<CasePayment> paid = m_cases->addPayment(payment);
                ASSERT_TRUE(paid) << paid.error().toStdString();
                // Some payments are taken back.
                if (i % 13 == 2 && p == 0) {
                    ASSERT_TRUE(m_cases->removePayment(paid->pk));
                }
            }
            if (i % 37 == 5) {
                ASSERT_TRUE(m_cases->remove(pk));
            }
        }
        ASSERT_TRUE(connection.commit());
        readStored();
    }

    void TearDown() override { QLocale::setDefault(m_locale); }

    // The cases as the repository reads them one by one, and their sums paid: what the list must show.
    void readStored()
    {
        CaseFilter all;
        all.includeSensitive = true;
        m_stored = m_cases->cases(all);
        m_paid.clear();
        for (const AidCase &c : std::as_const(m_stored))
            m_paid.insert(c.pk, m_cases->paymentTotals(c.pk));
    }

    QList<AidCase> visible(bool includeSensitive = false) const
    {
        QList<AidCase> found;
        for (const AidCase &c : m_stored) {
            if (includeSensitive || !c.sensitive)
                found.append(c);
        }
        return found;
    }

    static QList<qint64> shownPks(const CaseTableModel &model)
    {
        QList<qint64> pks;
        for (int row = 0; row < model.rowCount(); ++row)
            pks.append(model.index(row, 0).data(CaseTableModel::PkRole).toLongLong());
        return pks;
    }

    // The pks of the cases shown, in the order of `key`, ties by pk.
    QList<qint64> expectedPks(const std::function<QByteArray(const AidCase &)> &key, bool descending) const
    {
        QList<AidCase> sorted = visible();
        std::sort(sorted.begin(), sorted.end(), [&](const AidCase &a, const AidCase &b) {
            const QByteArray ka = key(a);
            const QByteArray kb = key(b);
            if (ka != kb)
                return descending ? ka > kb : ka < kb;
            return descending ? a.pk > b.pk : a.pk < b.pk;
        });
        QList<qint64> pks;
        for (const AidCase &c : sorted)
            pks.append(c.pk);
        return pks;
    }

    // The key each column sorts by, worked out here from the cases as stored.
    std::function<QByteArray(const AidCase &)> keyOf(int column) const
    {
        switch (column) {
        case CaseTableModel::Number:
            return [](const AidCase &c) {
                return c.number.toUtf8();
            };
        case CaseTableModel::Person:
            return [](const AidCase &c) {
                return sortkey::of(c.displayName());
            };
        case CaseTableModel::Needs:
            return [](const AidCase &c) {
                return c.needs.join(QLatin1Char(';')).toUtf8();
            };
        case CaseTableModel::Priority:
            return [](const AidCase &c) {
                return QByteArray::number(int(c.priority));
            };
        case CaseTableModel::Status:
            return [](const AidCase &c) {
                return QByteArray::number(int(c.status));
            };
        case CaseTableModel::Assignee:
            return [](const AidCase &c) {
                return sortkey::of(c.assigneeName);
            };
        case CaseTableModel::OpenedOn:
            return [](const AidCase &c) {
                return c.openedOn.toString(Qt::ISODate).toUtf8();
            };
        case CaseTableModel::DueOn:
            // No due date first.
            return [](const AidCase &c) {
                return c.dueOn.isValid() ? c.dueOn.toString(Qt::ISODate).toUtf8() : "";
            };
        case CaseTableModel::Paid:
            // Currency by currency, then the amount: never added up across currencies.
            return [this](const AidCase &c) {
                QByteArray key;
                const QMap<QString, qint64> paid = m_paid.value(c.pk);
                for (auto it = paid.cbegin(); it != paid.cend(); ++it) {
                    if (!key.isEmpty())
                        key += ';';
                    key += it.key().toUtf8() + QByteArray::number(it.value()).rightJustified(19, '0');
                }
                return key;
            };
        default:
            return {};
        }
    }

    int count(const std::function<bool(const AidCase &)> &keep) const
    {
        const QList<AidCase> shown = visible();
        return int(std::count_if(shown.cbegin(), shown.cend(), keep));
    }

    QLocale m_locale;
    test::ScratchDatabase m_db;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<MemberRepository> m_members;
    QList<Member> m_people;
    QList<AidCase> m_stored;
    QHash<qint64, QMap<QString, qint64>> m_paid;
};

} // namespace

TEST_F(LongCaseList, EveryColumnSortsBothWaysByItsKey)
{
    CaseTableModel model(*m_cases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const int shown = int(visible().size());
    ASSERT_GT(shown, 3 * 128) << "the list spans several pages";
    ASSERT_EQ(model.rowCount(), shown);
    EXPECT_EQ(model.totalCount(), shown);
    EXPECT_EQ(shownPks(model), expectedPks(keyOf(CaseTableModel::OpenedOn), true)) << "newest first at start";
    for (int column = 0; column < CaseTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            EXPECT_EQ(shownPks(model), expectedPks(keyOf(column), order == Qt::DescendingOrder))
                << model.headerData(column, Qt::Horizontal).toString().toStdString() << " " << order;
        }
    }

    // Every row shows its own case, on the last page too.
    model.sort(CaseTableModel::Paid, Qt::AscendingOrder);
    for (const int row : {0, 200, model.rowCount() - 1}) {
        const qint64 pk = model.pkAt(row);
        const auto stored =
            std::find_if(m_stored.cbegin(), m_stored.cend(), [pk](const AidCase &c) { return c.pk == pk; });
        ASSERT_NE(stored, m_stored.cend());
        EXPECT_EQ(model.caseAt(row)->number, stored->number);
        EXPECT_EQ(model.index(row, CaseTableModel::Person).data().toString(), stored->displayName());
        EXPECT_EQ(model.index(row, CaseTableModel::Assignee).data().toString(), stored->assigneeName);
        EXPECT_EQ(model.paidAt(row), m_paid.value(pk));
    }
}

TEST_F(LongCaseList, NamesSortInTheAlphabetOfTheLanguageShown)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Belarusian));
    CaseTableModel model(*m_cases);
    model.sort(CaseTableModel::Person, Qt::AscendingOrder);
    QLocale::setDefault(before);
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, CaseTableModel::Person).data().toString();
        if (order.isEmpty() || order.constLast() != name)
            order.append(name);
    }
    const auto at = [&order](const QString &name) {
        return order.indexOf(name);
    };
    EXPECT_EQ(order.constFirst(), QString()) << "no name first";
    EXPECT_LT(at(QStringLiteral("Без імя")), at(QStringLiteral("Ігар Лосік")));
    EXPECT_LT(at(QStringLiteral("Ціхан Мікола")), at(QStringLiteral("Ales Bialiatski"))) << "Cyrillic first";
    EXPECT_LT(at(QStringLiteral("Łukašyk Anna")), at(QStringLiteral("Raman Pratasevich")));
}

TEST_F(LongCaseList, FiltersCountWhatTheCasesHold)
{
    CaseTableModel model(*m_cases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QDate today(2025, 3, 1);
    model.setToday(today);
    const int total = model.totalCount();

    for (const CaseStatus status :
         {CaseStatus::New, CaseStatus::InProgress, CaseStatus::Waiting, CaseStatus::Resolved, CaseStatus::Closed}) {
        model.setStatusFilter(status);
        EXPECT_EQ(model.rowCount(), count([status](const AidCase &c) { return c.status == status; }))
            << caseStatusKey(status).toStdString();
        EXPECT_EQ(model.totalCount(), total);
    }
    model.setStatusFilter(std::nullopt);
    model.setOpenOnly(true);
    EXPECT_EQ(model.rowCount(), count([](const AidCase &c) { return c.isOpen(); }));
    model.setOpenOnly(false);

    for (const QString &need : caseneeds::keys()) {
        model.setNeedFilter(need);
        EXPECT_EQ(model.rowCount(), count([&need](const AidCase &c) { return c.needs.contains(need); }))
            << need.toStdString();
    }
    model.setNeedFilter({});

    model.setAssigneeFilter(CaseTableModel::NoAssignee);
    EXPECT_EQ(model.rowCount(), count([](const AidCase &c) { return c.assigneePk == 0; }));
    for (const Member &volunteer : std::as_const(m_people)) {
        model.setAssigneeFilter(volunteer.pk);
        EXPECT_EQ(model.rowCount(), count([&volunteer](const AidCase &c) { return c.assigneePk == volunteer.pk; }));
    }
    model.setAssigneeFilter(CaseTableModel::AnyAssignee);

    model.setOverdueOnly(true);
    const int overdue = count([today](const AidCase &c) { return c.isOverdue(today); });
    ASSERT_GT(overdue, 0);
    EXPECT_EQ(model.rowCount(), overdue);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(model.index(row, 0).data(CaseTableModel::OverdueRole).toBool());
    model.setToday(today.addDays(30));
    EXPECT_EQ(model.rowCount(), count([&](const AidCase &c) { return c.isOverdue(today.addDays(30)); }));
    model.setStatusFilter(CaseStatus::Waiting);
    EXPECT_EQ(model.rowCount(), count([&](const AidCase &c) {
                  return c.isOverdue(today.addDays(30)) && c.status == CaseStatus::Waiting;
              }));
    model.setStatusFilter(std::nullopt);
    model.setOverdueOnly(false);
    EXPECT_EQ(model.rowCount(), total);

    // Sensitive cases are counted only while shown.
    model.setIncludeSensitive(true);
    EXPECT_EQ(model.totalCount(), int(visible(true).size()));
    EXPECT_EQ(model.rowCount(), int(visible(true).size()));
    model.setNeedFilter(QStringLiteral("legal"));
    const auto legal = visible(true);
    EXPECT_EQ(model.rowCount(), std::count_if(legal.cbegin(), legal.cend(), [](const AidCase &c) {
                  return c.needs.contains(QStringLiteral("legal"));
              }));
    model.setIncludeSensitive(false);
    EXPECT_EQ(model.totalCount(), total);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_FALSE(model.index(row, 0).data(CaseTableModel::SensitiveRole).toBool());
}

TEST_F(LongCaseList, ASearchFindsWhatTheListFoundInMemory)
{
    CaseTableModel model(*m_cases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QList<AidCase> stored = visible();
    const QStringList searches{
        QStringLiteral("losik"),        QStringLiteral("Лосік"),       QStringLiteral("Ціх"),
        QStringLiteral("tsikh"),        QStringLiteral("kaval"),       QStringLiteral("Кавал"),
        QStringLiteral("Ales"),         QStringLiteral("алесь"),       QStringLiteral("Warszawa"),
        QStringLiteral("вільня"),       QStringLiteral("FLAT"),        QStringLiteral("запыт 1"),
        QStringLiteral("600 1"),        QStringLiteral("@case3"),      stored.at(17).number,
        QStringLiteral("26-"),          QStringLiteral("lukasyk"),     QStringLiteral("Łukaš"),
        QStringLiteral("request zhuk"), QStringLiteral("Марыя"),       QStringLiteral("Maryja"),
        QStringLiteral("nameless"),     QStringLiteral("без"),         QStringLiteral("iван"),
        QStringLiteral("Ivan"),         QStringLiteral("zmicier ёрш"), QStringLiteral("nobody-like-this"),
        QStringLiteral("Ганна"),        QStringLiteral("Hanna"),       QStringLiteral("Аляксандр"),
        QStringLiteral("Мікалай"),      QStringLiteral("  "),
    };
    for (const QString &text : searches) {
        model.setSearchText(text);
        QList<qint64> expected;
        for (const AidCase &c : stored) {
            if (matchedInMemory(c, text))
                expected.append(c.pk);
        }
        QList<qint64> found = shownPks(model);
        std::sort(found.begin(), found.end());
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(found, expected) << text.toStdString();
    }
    model.setSearchText(QStringLiteral("Ціх"));
    ASSERT_GT(model.rowCount(), 0);
    model.setSearchText({});
    EXPECT_EQ(model.rowCount(), int(stored.size()));
}

TEST_F(LongCaseList, SelectedRowsFollowTheirCaseThroughSortsFiltersAndDeletions)
{
    CaseTableModel model(*m_cases);
    QItemSelectionModel selection(&model);
    const AidCase chosen = visible().at(250);
    selection.setCurrentIndex(model.index(model.rowOfPk(chosen.pk), 2),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const auto selectedPk = [&selection]() {
        return selection.selectedRows().size() == 1
                   ? selection.selectedRows().constFirst().data(CaseTableModel::PkRole).toLongLong()
                   : -1;
    };
    model.sort(CaseTableModel::Person, Qt::DescendingOrder);
    EXPECT_EQ(selection.currentIndex().row(), model.rowOfPk(chosen.pk));
    EXPECT_EQ(selection.currentIndex().data(CaseTableModel::PkRole).toLongLong(), chosen.pk);
    EXPECT_EQ(selectedPk(), chosen.pk);

    model.setStatusFilter(chosen.status);
    EXPECT_EQ(selection.currentIndex().data(CaseTableModel::PkRole).toLongLong(), chosen.pk);
    EXPECT_EQ(selectedPk(), chosen.pk);

    // Cases above it deleted: it keeps its selection on its new row.
    int deleted = 0;
    for (int row = 0; row < model.rowOfPk(chosen.pk) && deleted < 3; ++row, ++deleted)
        ASSERT_TRUE(m_cases->remove(model.pkAt(row)));
    ASSERT_GT(deleted, 0);
    const int before = model.rowOfPk(chosen.pk);
    model.reload();
    EXPECT_EQ(model.rowOfPk(chosen.pk), before - deleted);
    EXPECT_EQ(selection.currentIndex().row(), before - deleted);
    EXPECT_EQ(selectedPk(), chosen.pk);

    // Filtered away, or deleted itself, the selection goes.
    model.setStatusFilter(chosen.status == CaseStatus::New ? CaseStatus::Closed : CaseStatus::New);
    EXPECT_FALSE(selection.currentIndex().isValid());
    model.setStatusFilter(std::nullopt);
    selection.setCurrentIndex(model.index(model.rowOfPk(chosen.pk), 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_TRUE(m_cases->remove(chosen.pk));
    model.reload();
    EXPECT_EQ(model.rowOfPk(chosen.pk), -1);
    EXPECT_FALSE(selection.currentIndex().isValid());
    EXPECT_TRUE(selection.selectedRows().isEmpty());
}

TEST_F(LongCaseList, ARenamedMemberTakesTheirCasesToTheirNewPlace)
{
    Member renamed = m_people.at(4); // Maryia Zhuk: a person helped and a volunteer
    renamed.firstName = QStringLiteral("Анна");
    renamed.lastName = QStringLiteral("Абрамава");
    ASSERT_TRUE(m_members->update(renamed));
    readStored();

    CaseTableModel model(*m_cases);
    for (const int column : {int(CaseTableModel::Person), int(CaseTableModel::Assignee)}) {
        model.sort(column, Qt::AscendingOrder);
        EXPECT_EQ(shownPks(model), expectedPks(keyOf(column), false)) << column;
    }
    model.setSearchText(QStringLiteral("abramava"));
    const int found = model.rowCount();
    EXPECT_EQ(found,
              count([&renamed](const AidCase &c) { return c.memberPk == renamed.pk || c.assigneePk == renamed.pk; }));
    model.setSearchText(QStringLiteral("zhuk"));
    EXPECT_EQ(model.rowCount(), 0) << "the old name is gone";

    // Erased, the member's name goes from the list's order and search too; a case keeps the name it holds.
    ASSERT_TRUE(m_members->erase(renamed.pk));
    readStored();
    model.setSearchText(QStringLiteral("abramava"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setSearchText({});
    for (const int column : {int(CaseTableModel::Person), int(CaseTableModel::Assignee)}) {
        model.sort(column, Qt::DescendingOrder);
        EXPECT_EQ(shownPks(model), expectedPks(keyOf(column), true)) << column;
    }

    // Two members merged: the cases of the one merged away sort and search by the name of the one kept.
    const Member kept = m_people.at(1);
    const Member other = m_people.at(2);
    Result<Member> merged = m_members->merge(kept.pk, other.pk);
    ASSERT_TRUE(merged) << merged.error().toStdString();
    readStored();
    model.sort(CaseTableModel::Person, Qt::AscendingOrder);
    EXPECT_EQ(shownPks(model), expectedPks(keyOf(CaseTableModel::Person), false));
    model.sort(CaseTableModel::Assignee, Qt::AscendingOrder);
    EXPECT_EQ(shownPks(model), expectedPks(keyOf(CaseTableModel::Assignee), false));
}

TEST_F(LongCaseList, PaymentsMoveACaseInThePaidOrder)
{
    CaseTableModel model(*m_cases);
    const AidCase unpaid = *std::find_if(m_stored.cbegin(), m_stored.cend(), [this](const AidCase &c) {
        return !c.sensitive && m_paid.value(c.pk).isEmpty();
    });
    CasePayment payment;
    payment.casePk = unpaid.pk;
    payment.amountMinor = 999999;
    payment.currency = QStringLiteral("ZAR");
    payment.paidOn = QDate(2025, 2, 1);
    Result<CasePayment> paid = m_cases->addPayment(payment);
    ASSERT_TRUE(paid);
    readStored();
    model.sort(CaseTableModel::Paid, Qt::DescendingOrder);
    EXPECT_EQ(model.pkAt(0), unpaid.pk);
    EXPECT_EQ(shownPks(model), expectedPks(keyOf(CaseTableModel::Paid), true));
    ASSERT_TRUE(m_cases->removePayment(paid->pk));
    readStored();
    model.reload();
    EXPECT_EQ(shownPks(model), expectedPks(keyOf(CaseTableModel::Paid), true));
    EXPECT_NE(model.pkAt(0), unpaid.pk);
}

TEST_F(LongCaseList, AFailedReadIsSaidAndShowsNoOtherCase)
{
    CaseTableModel model(*m_cases);
    QStringList said;
    QObject::connect(&model, &CaseTableModel::readFailed, [&said](const QString &message) { said.append(message); });
    const int shown = model.rowCount();
    const qint64 lastPk = model.pkAt(shown - 1);
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE cases RENAME TO cases_gone")));
    model.sort(CaseTableModel::Person);
    ASSERT_EQ(said.size(), 1);
    EXPECT_FALSE(model.error().isEmpty());
    EXPECT_EQ(model.rowCount(), shown);
    EXPECT_EQ(model.pkAt(shown - 1), lastPk) << "the order it had";
    // A row not read yet cannot be shown: it is empty, not another case.
    EXPECT_FALSE(model.caseAt(shown - 1).has_value());
    EXPECT_FALSE(model.index(shown - 1, CaseTableModel::Number).data().isValid());
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE cases_gone RENAME TO cases")));
    model.reload();
    EXPECT_TRUE(model.error().isEmpty());
    ASSERT_TRUE(model.caseAt(shown - 1).has_value());
    EXPECT_EQ(model.caseAt(shown - 1)->pk, model.pkAt(shown - 1));
}

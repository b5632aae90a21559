#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLocale>

#include "models/cases/caserepository.h"
#include "models/cases/casetablemodel.h"
#include "models/core/shownformats.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QString Lead = QStringLiteral("Hanna");
const QDate Today(2025, 6, 15);

class CaseModels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

        Member volunteer;
        volunteer.firstName = QStringLiteral("Alena");
        volunteer.lastName = QStringLiteral("Kavalenka");
        volunteer.skills = {QStringLiteral("lawyer")};
        Result<Member> added = m_members.add(volunteer);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        m_alena = added.value();

        m_losik = open(QStringLiteral("Ігар Лосік"), {QStringLiteral("legal"), QStringLiteral("documents")},
                       QDate(2025, 2, 1), QDate(2025, 3, 1), CasePriority::Urgent);
        m_flat = open(QStringLiteral("Maryia Bialiatskaya"), {QStringLiteral("housing")}, QDate(2025, 5, 2),
                      QDate(2025, 7, 1), CasePriority::Low);
        m_doctor = open(QStringLiteral("Pavel Sieviaryniec"), {QStringLiteral("medical")}, QDate(2025, 4, 10), QDate(),
                        CasePriority::Normal);
        m_hidden = open(QStringLiteral("Nasta Loika"), {QStringLiteral("psychological")}, QDate(2025, 1, 5),
                        QDate(2025, 2, 1), CasePriority::High, true);

        ASSERT_TRUE(m_cases.assign(m_losik.pk, m_alena.pk, Lead).ok());
        pay(m_losik.pk, 1250, QStringLiteral("EUR"));
        pay(m_losik.pk, 10000, QStringLiteral("PLN"));
        pay(m_losik.pk, 750, QStringLiteral("EUR"));
        pay(m_flat.pk, 300000, QStringLiteral("PLN"));
        pay(m_doctor.pk, 2000, QStringLiteral("EUR"));
    }

    void TearDown() override { QLocale::setDefault(m_locale); }

    AidCase open(const QString &name, const QStringList &needs, const QDate &opened, const QDate &due,
                 CasePriority priority, bool sensitive = false)
    {
        AidCase c;
        c.personName = name;
        c.personContact = QStringLiteral("+48 600 100 200");
        c.needs = needs;
        c.summary = QStringLiteral("Request of ") + name;
        c.openedOn = opened;
        c.dueOn = due;
        c.priority = priority;
        c.sensitive = sensitive;
        Result<AidCase> added = m_cases.add(c, Lead);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : AidCase();
    }

    void pay(qint64 casePk, qint64 minor, const QString &currency)
    {
        CasePayment payment;
        payment.casePk = casePk;
        payment.amountMinor = minor;
        payment.currency = currency;
        payment.paidOn = QDate(2025, 5, 1);
        EXPECT_TRUE(m_cases.addPayment(payment).ok());
    }

    static QStringList column(const QAbstractItemModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, column).data().toString());
        return values;
    }

    QLocale m_locale;
    test::ScratchDatabase m_db;
    CaseRepository m_cases{m_db.get()};
    MemberRepository m_members{m_db.get()};
    Member m_alena;
    AidCase m_losik;
    AidCase m_flat;
    AidCase m_doctor;
    AidCase m_hidden;
};

} // namespace

TEST_F(CaseModels, TableShowsCasesWithoutTheSensitiveOnes)
{
    CaseTableModel model(m_cases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.columnCount(), CaseTableModel::ColumnCount);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOfPk(m_hidden.pk), -1) << "sensitive cases are not even read unless asked for";

    const int row = model.rowOfPk(m_losik.pk);
    ASSERT_GE(row, 0);
    auto text = [&](int column) {
        return model.index(row, column).data().toString();
    };
    EXPECT_EQ(text(CaseTableModel::Number), m_losik.number);
    EXPECT_EQ(text(CaseTableModel::Person), QStringLiteral("Ігар Лосік"));
    EXPECT_EQ(text(CaseTableModel::Needs), QStringLiteral("legal help, documents, visa, asylum"));
    EXPECT_EQ(text(CaseTableModel::Priority), QStringLiteral("urgent"));
    EXPECT_EQ(text(CaseTableModel::Status), QStringLiteral("new"));
    EXPECT_EQ(text(CaseTableModel::Assignee), QStringLiteral("Alena Kavalenka"));
    EXPECT_EQ(text(CaseTableModel::OpenedOn), shown::date(QDate(2025, 2, 1)));
    EXPECT_TRUE(text(CaseTableModel::OpenedOn).contains(QStringLiteral("2025"))) << "a four-digit year";
    EXPECT_EQ(text(CaseTableModel::Paid), QStringLiteral("20.00 EUR, 100.00 PLN")) << "per currency, never summed";
    EXPECT_EQ(model.caseAt(row)->pk, m_losik.pk);
    EXPECT_EQ(model.index(row, 0).data(CaseTableModel::PkRole).toLongLong(), m_losik.pk);
    EXPECT_EQ(model.index(row, 0).data(CaseTableModel::CaseRole).value<AidCase>().number, m_losik.number);
    EXPECT_EQ(model.paidAt(row).value(QStringLiteral("EUR")), 2000);

    EXPECT_EQ(model.index(row, CaseTableModel::DueOn).data(CaseTableModel::RawValueRole).toDate(), QDate(2025, 3, 1));
    EXPECT_EQ(model.index(row, CaseTableModel::Priority).data(CaseTableModel::RawValueRole).toInt(),
              int(CasePriority::Urgent));
    EXPECT_EQ(model.index(row, CaseTableModel::Status).data(CaseTableModel::RawValueRole).toInt(),
              int(CaseStatus::New));

    model.setIncludeSensitive(true);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_GE(model.rowOfPk(m_hidden.pk), 0);
    EXPECT_TRUE(model.index(model.rowOfPk(m_hidden.pk), 0).data(CaseTableModel::SensitiveRole).toBool());
    model.setIncludeSensitive(false);
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(CaseModels, FlagsOverdueCasesAgainstToday)
{
    CaseTableModel model(m_cases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setToday(Today);
    auto overdue = [&](const AidCase &c) {
        return model.index(model.rowOfPk(c.pk), CaseTableModel::DueOn).data(CaseTableModel::OverdueRole).toBool();
    };
    EXPECT_TRUE(overdue(m_losik)) << "due 1 March, still new on 15 June";
    EXPECT_FALSE(overdue(m_flat)) << "due 1 July";
    EXPECT_FALSE(overdue(m_doctor)) << "no due date";

    ASSERT_TRUE(m_cases.changeStatus(m_losik.pk, CaseStatus::InProgress, Lead).ok());
    ASSERT_TRUE(m_cases.changeStatus(m_losik.pk, CaseStatus::Resolved, Lead).ok());
    model.reload();
    EXPECT_FALSE(overdue(m_losik)) << "a resolved case is not overdue";
    EXPECT_EQ(model.index(model.rowOfPk(m_losik.pk), CaseTableModel::Status).data().toString(),
              QStringLiteral("resolved"));

    model.setToday(QDate(2025, 7, 2));
    EXPECT_TRUE(overdue(m_flat));
}

TEST_F(CaseModels, RefreshFollowsTheRepository)
{
    CaseTableModel model(m_cases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    pay(m_doctor.pk, 550, QStringLiteral("EUR"));
    model.reload();
    EXPECT_EQ(model.index(model.rowOfPk(m_doctor.pk), CaseTableModel::Paid).data().toString(),
              QStringLiteral("25.50 EUR"));

    const AidCase added = open(QStringLiteral("Raman Pratasevich"), {QStringLiteral("food")}, QDate(2025, 6, 1),
                               QDate(), CasePriority::Normal);
    model.reload();
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_TRUE(model.index(model.rowOfPk(added.pk), CaseTableModel::Paid).data().toString().isEmpty());

    ASSERT_TRUE(m_cases.remove(added.pk).ok());
    model.reload();
    EXPECT_EQ(model.rowOfPk(added.pk), -1);
    ASSERT_TRUE(m_cases.restore(added.pk).ok());
    model.reload();
    EXPECT_GE(model.rowOfPk(added.pk), 0);

    AidCase secret = m_doctor;
    secret.sensitive = true;
    ASSERT_TRUE(m_cases.update(secret).ok());
    model.reload();
    EXPECT_EQ(model.rowOfPk(m_doctor.pk), -1) << "made sensitive while hidden: the row goes";
    model.reload();
    EXPECT_EQ(model.rowOfPk(m_hidden.pk), -1);
}

TEST_F(CaseModels, TableFiltersByTextStatusNeedAssigneeAndOverdue)
{
    CaseTableModel model(m_cases);
    model.setToday(Today);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.sort(CaseTableModel::Person, Qt::AscendingOrder);
    ASSERT_EQ(model.rowCount(), 3);

    model.setSearchText(QStringLiteral("losik"));
    EXPECT_EQ(column(model, CaseTableModel::Person), QStringList{QStringLiteral("Ігар Лосік")})
        << "Latin finds Cyrillic";
    model.setSearchText(QStringLiteral("Kavalen"));
    EXPECT_EQ(column(model, CaseTableModel::Number), QStringList{m_losik.number}) << "the volunteer's name";
    model.setSearchText(m_flat.number);
    EXPECT_EQ(column(model, CaseTableModel::Number), QStringList{m_flat.number});
    model.setSearchText(QStringLiteral("request sieviaryniec"));
    EXPECT_EQ(column(model, CaseTableModel::Number), QStringList{m_doctor.number}) << "every word must match";
    model.setSearchText(QStringLiteral("nobody-like-this"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setSearchText(QString());

    model.setNeedFilter(QStringLiteral("housing"));
    EXPECT_EQ(column(model, CaseTableModel::Number), QStringList{m_flat.number});
    model.setNeedFilter(QString());

    model.setAssigneeFilter(m_alena.pk);
    EXPECT_EQ(column(model, CaseTableModel::Number), QStringList{m_losik.number});
    model.setAssigneeFilter(CaseTableModel::NoAssignee);
    EXPECT_EQ(model.rowCount(), 2);
    model.setAssigneeFilter(CaseTableModel::AnyAssignee);

    model.setOverdueOnly(true);
    EXPECT_EQ(column(model, CaseTableModel::Number), QStringList{m_losik.number});
    model.setOverdueOnly(false);

    ASSERT_TRUE(m_cases.changeStatus(m_doctor.pk, CaseStatus::InProgress, Lead).ok());
    model.reload();
    model.setStatusFilter(CaseStatus::InProgress);
    EXPECT_EQ(column(model, CaseTableModel::Number), QStringList{m_doctor.number});
    model.setStatusFilter(std::nullopt);

    ASSERT_TRUE(m_cases.changeStatus(m_doctor.pk, CaseStatus::Resolved, Lead).ok());
    model.reload();
    model.setOpenOnly(true);
    EXPECT_EQ(model.rowCount(), 2);
    model.setOpenOnly(false);
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(CaseModels, TableSortsByEveryColumn)
{
    CaseTableModel model(m_cases);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.sort(CaseTableModel::Priority, Qt::DescendingOrder);
    EXPECT_EQ(column(model, CaseTableModel::Priority),
              (QStringList{QStringLiteral("urgent"), QStringLiteral("normal"), QStringLiteral("low")}));

    model.sort(CaseTableModel::DueOn, Qt::AscendingOrder);
    EXPECT_EQ(column(model, CaseTableModel::Number), (QStringList{m_doctor.number, m_losik.number, m_flat.number}))
        << "no due date first, then by date";

    model.sort(CaseTableModel::OpenedOn, Qt::DescendingOrder);
    EXPECT_EQ(column(model, CaseTableModel::Number), (QStringList{m_flat.number, m_doctor.number, m_losik.number}));

    // By currency, then by amount: 20.00 EUR (doctor) < 20.00 EUR + 100 PLN (Losik) < 3,000.00 PLN (flat).
    model.sort(CaseTableModel::Paid, Qt::AscendingOrder);
    EXPECT_EQ(column(model, CaseTableModel::Number), (QStringList{m_doctor.number, m_losik.number, m_flat.number}));
    model.reload();
    EXPECT_EQ(model.rowCount(), 3);
}

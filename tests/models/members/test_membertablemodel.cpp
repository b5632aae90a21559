#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

#include "models/db/database.h"
#include "models/members/memberfilterproxy.h"
#include "models/members/memberrepository.h"
#include "models/members/membertablemodel.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

Member person(const QString &first, const QString &last, const QString &country, const QStringList &skills,
              MemberStatus status = MemberStatus::Active)
{
    Member member;
    member.firstName = first;
    member.lastName = last;
    member.country = country;
    member.skills = skills;
    member.status = status;
    return member;
}

class MemberModels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_repository = std::make_unique<MemberRepository>(*m_db);
        Member sviatlana = person(QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"), QStringLiteral("LT"),
                                  {QStringLiteral("teacher")});
        sviatlana.joinedOn = QDate(2020, 8, 9);
        sviatlana.groups = {QStringLiteral("Media")};
        sviatlana.phone = QStringLiteral("+37061234567");
        m_sviatlana = add(sviatlana);
        Member alena = person(QStringLiteral("Alena"), QStringLiteral("Kavalenka"), QStringLiteral("PL"),
                              {QStringLiteral("lawyer"), QStringLiteral("Teacher")}, MemberStatus::Pending);
        alena.joinedOn = QDate(2021, 3, 1);
        m_alena = add(alena);
        m_ihar = add(person(QStringLiteral("Ihar"), QStringLiteral("Bialiatski"), QStringLiteral("PL"),
                            {QStringLiteral("doctor")}, MemberStatus::Inactive));
    }

    Member add(const Member &member)
    {
        Result<Member> added = m_repository->add(member);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : Member();
    }

    test::ScratchDatabase m_db;
    std::unique_ptr<MemberRepository> m_repository;
    Member m_sviatlana;
    Member m_alena;
    Member m_ihar;
};

QStringList lastNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, MemberTableModel::LastName).data().toString());
    return names;
}

} // namespace

TEST_F(MemberModels, TableModelShowsMembersAndRawValues)
{
    MemberTableModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), MemberTableModel::ColumnCount);
    const int row = model.rowOfPk(m_sviatlana.pk);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, MemberTableModel::LastName).data().toString(), QStringLiteral("Ціханоўская"));
    EXPECT_EQ(model.index(row, MemberTableModel::Phone).data().toString(), QStringLiteral("+370 612 34567"));
    EXPECT_EQ(model.index(row, MemberTableModel::Country).data().toString(), QStringLiteral("Lithuania"));
    EXPECT_EQ(model.index(row, MemberTableModel::Country).data(MemberTableModel::RawValueRole).toString(),
              QStringLiteral("LT"));
    EXPECT_EQ(model.index(row, MemberTableModel::JoinedOn).data(MemberTableModel::RawValueRole).toDate(),
              QDate(2020, 8, 9));
    EXPECT_EQ(model.index(row, MemberTableModel::LastName).data(MemberTableModel::RawValueRole).toString(),
              QStringLiteral("ціханоўская"));
    EXPECT_EQ(model.index(row, 0).data(MemberTableModel::PkRole).toLongLong(), m_sviatlana.pk);
    EXPECT_EQ(model.index(row, 0).data(MemberTableModel::MemberRole).value<Member>().lastName,
              QStringLiteral("Ціханоўская"));
    EXPECT_EQ(model.memberFromIndex(model.index(row, 3)).pk, m_sviatlana.pk);
    EXPECT_EQ(model.headerData(MemberTableModel::Email, Qt::Horizontal).toString(), QStringLiteral("E-mail"));
    EXPECT_EQ(model.rowOfPk(424242), -1);
}

TEST_F(MemberModels, TableModelFollowsChanges)
{
    MemberTableModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    const Member added = add(person(QStringLiteral("Maria"), QStringLiteral("Kalesnikava"), QStringLiteral("DE"), {}));
    model.memberAdded(added);
    EXPECT_EQ(model.rowCount(), 4);

    Member changed = added;
    changed.city = QStringLiteral("Berlin");
    model.memberChanged(changed);
    EXPECT_EQ(model.index(model.rowOfPk(added.pk), MemberTableModel::City).data().toString(), QStringLiteral("Berlin"));

    ASSERT_TRUE(m_repository->remove(m_alena.pk));
    model.memberRemoved(m_alena.pk);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOfPk(m_alena.pk), -1);

    ASSERT_TRUE(m_repository->restore(m_alena.pk));
    model.reload();
    EXPECT_EQ(model.rowCount(), 4);
}

TEST_F(MemberModels, ProxyFiltersAndSorts)
{
    MemberTableModel model(*m_repository);
    MemberFilterProxy proxy(*m_repository);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    proxy.sort(MemberTableModel::LastName);
    EXPECT_EQ(lastNames(proxy),
              (QStringList{QStringLiteral("Bialiatski"), QStringLiteral("Kavalenka"), QStringLiteral("Ціханоўская")}));
    proxy.sort(MemberTableModel::JoinedOn, Qt::DescendingOrder);
    EXPECT_EQ(lastNames(proxy).first(), QStringLiteral("Kavalenka"));

    proxy.setCountryFilter(QStringLiteral("pl"));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setSkillFilter(QStringLiteral("teacher"));
    EXPECT_EQ(lastNames(proxy), QStringList{QStringLiteral("Kavalenka")});
    proxy.setCountryFilter(QString());
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setStatusFilter(MemberStatus::Active);
    EXPECT_EQ(lastNames(proxy), QStringList{QStringLiteral("Ціханоўская")});
    proxy.setGroupFilter(QStringLiteral("media"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setGroupFilter(QStringLiteral("finance"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setGroupFilter(QString());
    proxy.setStatusFilter(std::nullopt);
    proxy.setSkillFilter(QString());
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST_F(MemberModels, ProxySearchesAcrossScripts)
{
    MemberTableModel model(*m_repository);
    MemberFilterProxy proxy(*m_repository);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    proxy.setSearchText(QStringLiteral("Tsikh"));
    EXPECT_EQ(proxy.searchText(), QStringLiteral("Tsikh"));
    EXPECT_EQ(lastNames(proxy), QStringList{QStringLiteral("Ціханоўская")});
    proxy.setSearchText(QStringLiteral("Каваленка"));
    EXPECT_EQ(lastNames(proxy), QStringList{QStringLiteral("Kavalenka")});
    proxy.setSearchText(QStringLiteral("nobody"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    EXPECT_EQ(proxy.rowCount(), 3);

    // A member added or renamed while a search is shown is matched at once.
    proxy.setSearchText(QStringLiteral("Kales"));
    EXPECT_EQ(proxy.rowCount(), 0);
    const Member maria = add(person(QStringLiteral("Марыя"), QStringLiteral("Калеснікава"), QStringLiteral("DE"), {}));
    model.memberAdded(maria);
    EXPECT_EQ(lastNames(proxy), QStringList{QStringLiteral("Калеснікава")});
    Member renamed = *m_repository->find(m_ihar.pk);
    renamed.lastName = QStringLiteral("Kalesnik");
    ASSERT_TRUE(m_repository->update(renamed));
    model.memberChanged(*m_repository->find(m_ihar.pk));
    EXPECT_EQ(proxy.rowCount(), 2);
    model.reload();
    EXPECT_EQ(proxy.rowCount(), 2);
}

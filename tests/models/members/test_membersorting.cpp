#include <gtest/gtest.h>

#include "models/members/memberfilterproxy.h"
#include "models/members/memberrepository.h"
#include "models/members/membertablemodel.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

Member named(const QString &first, const QString &last)
{
    Member member;
    member.firstName = first;
    member.lastName = last;
    return member;
}

QStringList column(const QSortFilterProxyModel &proxy, int column)
{
    QStringList values;
    for (int row = 0; row < proxy.rowCount(); ++row)
        values.append(proxy.index(row, column).data().toString());
    return values;
}

} // namespace

TEST(MemberSorting, TextSortsCaseInsensitivelyAndFollowsChanges)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    for (const auto &[first, last] : {std::pair{QStringLiteral("alena"), QStringLiteral("zhuk")},
                                      std::pair{QStringLiteral("Pavel"), QStringLiteral("Bahdanovich")},
                                      std::pair{QStringLiteral("Ihar"), QStringLiteral("kazlou")}})
        ASSERT_TRUE(repository.add(named(first, last)));

    MemberTableModel model(repository);
    MemberFilterProxy proxy(repository);
    proxy.setSourceModel(&model);
    proxy.setDynamicSortFilter(true);
    proxy.sort(MemberTableModel::LastName);
    EXPECT_EQ(column(proxy, MemberTableModel::LastName),
              (QStringList{QStringLiteral("Bahdanovich"), QStringLiteral("kazlou"), QStringLiteral("zhuk")}));
    proxy.sort(MemberTableModel::FirstName, Qt::DescendingOrder);
    EXPECT_EQ(column(proxy, MemberTableModel::FirstName),
              (QStringList{QStringLiteral("Pavel"), QStringLiteral("Ihar"), QStringLiteral("alena")}));

    // A changed name is sorted by its new value, not by the key remembered for the old one.
    proxy.sort(MemberTableModel::LastName);
    Member zhuk = model.memberAt(model.rowOfPk(1));
    zhuk.lastName = QStringLiteral("Adamovich");
    const Result<Member> saved = repository.update(zhuk);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    model.memberChanged(saved.value());
    EXPECT_EQ(column(proxy, MemberTableModel::LastName),
              (QStringList{QStringLiteral("Adamovich"), QStringLiteral("Bahdanovich"), QStringLiteral("kazlou")}));

    // Removing a row keeps the remembered keys in step with the rows that are left.
    model.memberRemoved(saved->pk);
    const Result<Member> added = repository.add(named(QStringLiteral("Maryia"), QStringLiteral("Aleksandrova")));
    ASSERT_TRUE(added);
    model.memberAdded(added.value());
    EXPECT_EQ(column(proxy, MemberTableModel::LastName),
              (QStringList{QStringLiteral("Aleksandrova"), QStringLiteral("Bahdanovich"), QStringLiteral("kazlou")}));
}

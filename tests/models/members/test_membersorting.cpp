#include <gtest/gtest.h>

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

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
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
    model.sort(MemberTableModel::LastName);
    EXPECT_EQ(column(model, MemberTableModel::LastName),
              (QStringList{QStringLiteral("Bahdanovich"), QStringLiteral("kazlou"), QStringLiteral("zhuk")}));
    model.sort(MemberTableModel::FirstName, Qt::DescendingOrder);
    EXPECT_EQ(column(model, MemberTableModel::FirstName),
              (QStringList{QStringLiteral("Pavel"), QStringLiteral("Ihar"), QStringLiteral("alena")}));

    // A changed name is sorted by its new value, not by the key remembered for the old one.
    model.sort(MemberTableModel::LastName);
    Member zhuk = *model.memberAt(model.rowOfPk(1));
    zhuk.lastName = QStringLiteral("Adamovich");
    const Result<Member> saved = repository.update(zhuk);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    model.reload();
    EXPECT_EQ(column(model, MemberTableModel::LastName),
              (QStringList{QStringLiteral("Adamovich"), QStringLiteral("Bahdanovich"), QStringLiteral("kazlou")}));

    // Removing a row keeps the remembered keys in step with the rows that are left.
    ASSERT_TRUE(repository.remove(saved->pk));
    const Result<Member> added = repository.add(named(QStringLiteral("Maryia"), QStringLiteral("Aleksandrova")));
    ASSERT_TRUE(added);
    model.reload();
    EXPECT_EQ(column(model, MemberTableModel::LastName),
              (QStringList{QStringLiteral("Aleksandrova"), QStringLiteral("Bahdanovich"), QStringLiteral("kazlou")}));
}

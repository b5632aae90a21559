#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "models/members/personexport.h"

using namespace supolka;

namespace {

Member sample()
{
    Member member;
    member.id = QStringLiteral("7b0f3c1e-8a52-4f55-9d3c-0d7f4b6a1e21");
    member.firstName = QStringLiteral("Святлана");
    member.lastName = QStringLiteral("Ціханоўская");
    member.birthDate = QDate(1982, 9, 11);
    member.email = QStringLiteral("s@example.org");
    member.phone = QStringLiteral("+375291234567");
    member.city = QStringLiteral("Vilnius, Old Town");
    member.country = QStringLiteral("LT");
    member.languages = {QStringLiteral("be"), QStringLiteral("ru")};
    member.skills = {QStringLiteral("teacher")};
    member.consent = {QStringLiteral("contact")};
    member.consentShare = true;
    member.notes = QStringLiteral("=HYPERLINK(\"x\")\nsecond line");
    member.createdAt = QStringLiteral("2020-08-09T10:00:00.000Z");
    member.updatedAt = member.createdAt;
    member.origin = QStringLiteral("LT-VNO");
    return member;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(PersonExport, JsonHoldsEveryField)
{
    const QJsonObject json = PersonExport::toJson(sample());
    const QJsonObject member = json.value(QStringLiteral("member")).toObject();
    EXPECT_EQ(member.value(QStringLiteral("last_name")).toString(), QStringLiteral("Ціханоўская"));
    EXPECT_EQ(member.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1982-09-11"));
    EXPECT_EQ(member.value(QStringLiteral("languages")).toArray().size(), 2);
    EXPECT_TRUE(member.value(QStringLiteral("consent_share")).toBool());
    EXPECT_TRUE(member.value(QStringLiteral("deleted_at")).isNull());
    EXPECT_TRUE(member.value(QStringLiteral("joined_on")).isNull());
    EXPECT_EQ(member.size(), 22);
    EXPECT_FALSE(json.value(QStringLiteral("exported_at")).toString().isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("person.json"));
    ASSERT_TRUE(PersonExport::write(sample(), path));
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path));
    EXPECT_EQ(document.object().value(QStringLiteral("member")).toObject().value(QStringLiteral("email")).toString(),
              QStringLiteral("s@example.org"));
}

TEST(PersonExport, CsvIsOneCanonicalRow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("person.csv"));
    ASSERT_TRUE(PersonExport::write(sample(), path));
    const QString text = QString::fromUtf8(readAll(path));
    const QString header = QStringLiteral(
        "id,first_name,middle_name,last_name,birth_date,email,phone,city,country,languages,skills,groups,status,"
        "joined_on,consent,consent_at,consent_share,notes,created_at,updated_at,deleted_at,origin\r\n");
    ASSERT_TRUE(text.startsWith(header)) << text.toStdString();
    EXPECT_EQ(text.mid(header.size()),
              QStringLiteral("7b0f3c1e-8a52-4f55-9d3c-0d7f4b6a1e21,Святлана,,Ціханоўская,1982-09-11,s@example.org,"
                             "+375291234567,\"Vilnius, Old Town\",LT,be;ru,teacher,,active,,contact,,true,"
                             "\"'=HYPERLINK(\"\"x\"\")\nsecond line\",2020-08-09T10:00:00.000Z,"
                             "2020-08-09T10:00:00.000Z,,LT-VNO\r\n"));
}

TEST(PersonExport, RefusesOtherEndingsAndUnwritablePlaces)
{
    QTemporaryDir dir;
    EXPECT_FALSE(PersonExport::write(sample(), dir.filePath(QStringLiteral("person.txt"))));
    const Status status = PersonExport::write(sample(), dir.filePath(QStringLiteral("missing/folder/person.csv")));
    EXPECT_FALSE(status);
    EXPECT_TRUE(status.error().contains(QStringLiteral("Could not save")));
}

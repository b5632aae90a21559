#include <gtest/gtest.h>

#include "models/csv/csvreader.h"
#include "models/csv/headermapping.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

QStringList headerOf(const QString &fixture)
{
    auto table = readCsvFile(test::dataPath(QStringLiteral("csv/") + fixture));
    EXPECT_TRUE(table.ok());
    return table.ok() ? table->header : QStringList{};
}

QString fieldOf(const ColumnMapping &mapping, const QStringList &header, const QString &column)
{
    const qsizetype i = header.indexOf(column);
    EXPECT_GE(i, 0) << column.toStdString();
    return i >= 0 ? mapping.fields.value(i) : QString();
}

QString mapOne(const QString &column)
{
    return mapMemberHeader({column}).fields.value(0);
}

} // namespace

TEST(CsvHeaderMapping, MemberFieldsInExportOrder)
{
    const QStringList expected{
        QStringLiteral("id"),         QStringLiteral("first_name"),    QStringLiteral("middle_name"),
        QStringLiteral("last_name"),  QStringLiteral("birth_date"),    QStringLiteral("email"),
        QStringLiteral("phone"),      QStringLiteral("city"),          QStringLiteral("country"),
        QStringLiteral("languages"),  QStringLiteral("skills"),        QStringLiteral("groups"),
        QStringLiteral("status"),     QStringLiteral("joined_on"),     QStringLiteral("consent"),
        QStringLiteral("consent_at"), QStringLiteral("consent_share"), QStringLiteral("notes"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"),    QStringLiteral("deleted_at"),
        QStringLiteral("origin")};
    EXPECT_EQ(memberFields(), expected);
}

TEST(CsvHeaderMapping, CanonicalHeaderMapsToItselfAndIsDetected)
{
    const QStringList header = memberFields();
    const ColumnMapping mapping = mapMemberHeader(header);
    EXPECT_EQ(mapping.source, CsvSource::Canonical);
    EXPECT_EQ(mapping.fields, header);

    const ColumnMapping withExtras =
        mapMemberHeader({QStringLiteral("full_name"), QStringLiteral("submitted_at"), QStringLiteral("email")});
    EXPECT_EQ(withExtras.source, CsvSource::Canonical);
    EXPECT_EQ(withExtras.columnOf(QStringLiteral("full_name")), 0);
    EXPECT_EQ(withExtras.columnOf(QStringLiteral("submitted_at")), 1);
}

TEST(CsvHeaderMapping, RussianExcelExport)
{
    const QStringList header = headerOf(QStringLiteral("excel_ru_cp1251.csv"));
    const ColumnMapping mapping = mapMemberHeader(header);
    EXPECT_EQ(mapping.source, CsvSource::Unknown);
    const QStringList expected{QString(),
                               QStringLiteral("last_name"),
                               QStringLiteral("first_name"),
                               QStringLiteral("middle_name"),
                               QStringLiteral("birth_date"),
                               QStringLiteral("city"),
                               QStringLiteral("country"),
                               QStringLiteral("phone"),
                               QStringLiteral("email"),
                               QStringLiteral("joined_on"),
                               QString(), // "Взнос, EUR"
                               QStringLiteral("notes"),
                               QStringLiteral("consent")};
    EXPECT_EQ(mapping.fields, expected);
}

TEST(CsvHeaderMapping, BelarusianHeaders)
{
    const QStringList header{QStringLiteral("Прозвішча"),
                             QStringLiteral("Імя"),
                             QStringLiteral("Імя па бацьку"),
                             QStringLiteral("Дата нараджэння"),
                             QStringLiteral("Горад"),
                             QStringLiteral("Краіна"),
                             QStringLiteral("Тэлефон"),
                             QStringLiteral("Эл. пошта"),
                             QStringLiteral("Дата ўступлення"),
                             QStringLiteral("Заўвагі"),
                             QStringLiteral("Навыкі"),
                             QStringLiteral("Працоўная група"),
                             QStringLiteral("Мовы"),
                             QStringLiteral("Згода"),
                             QStringLiteral("Статус"),
                             QStringLiteral("Професія")};
    const ColumnMapping mapping = mapMemberHeader(header);
    const QStringList expected{QStringLiteral("last_name"),   QStringLiteral("first_name"),
                               QStringLiteral("middle_name"), QStringLiteral("birth_date"),
                               QStringLiteral("city"),        QStringLiteral("country"),
                               QStringLiteral("phone"),       QStringLiteral("email"),
                               QStringLiteral("joined_on"),   QStringLiteral("notes"),
                               QStringLiteral("skills"),      QStringLiteral("groups"),
                               QStringLiteral("languages"),   QStringLiteral("consent"),
                               QStringLiteral("status"),      QString()}; // skills is taken by "Навыкі" already
    EXPECT_EQ(mapping.fields, expected);
}

TEST(CsvHeaderMapping, NormalizationIgnoresCaseSpacesAndPunctuation)
{
    EXPECT_EQ(mapOne(QStringLiteral("  FIRST   NAME ")), QStringLiteral("first_name"));
    EXPECT_EQ(mapOne(QStringLiteral("Фамилия*")), QStringLiteral("last_name"));
    EXPECT_EQ(mapOne(QStringLiteral("\"E-mail:\"")), QStringLiteral("email"));
    EXPECT_EQ(mapOne(QStringLiteral("Электронная почта")), QStringLiteral("email"));
    EXPECT_EQ(mapOne(QStringLiteral("Эл. почта")), QStringLiteral("email"));
    EXPECT_EQ(mapOne(QStringLiteral("Дата рождения (дд.мм.гггг)")), QStringLiteral("birth_date"));
    EXPECT_EQ(mapOne(QStringLiteral("Рабочая группа")), QStringLiteral("groups"));
    EXPECT_EQ(mapOne(QStringLiteral("Группа")), QStringLiteral("groups"));
    EXPECT_EQ(mapOne(QStringLiteral("Языки")), QStringLiteral("languages"));
    EXPECT_EQ(mapOne(QStringLiteral("Навыки")), QStringLiteral("skills"));
    EXPECT_EQ(mapOne(QStringLiteral("Согласие")), QStringLiteral("consent"));
    EXPECT_EQ(mapOne(QStringLiteral("Комментарий")), QStringLiteral("notes"));
    EXPECT_EQ(mapOne(QStringLiteral("Ф.И.О.")), QStringLiteral("full_name"));
    EXPECT_EQ(mapOne(QStringLiteral("№")), QString());
    EXPECT_EQ(mapOne(QStringLiteral("Взнос, EUR")), QString());
}

TEST(CsvHeaderMapping, EachFieldIsTakenByItsFirstColumnOnly)
{
    const ColumnMapping mapping = mapMemberHeader(
        {QStringLiteral("Email"), QStringLiteral("E-mail"), QStringLiteral("Телефон"), QStringLiteral("Mobile")});
    EXPECT_EQ(mapping.fields, (QStringList{QStringLiteral("email"), QString(), QStringLiteral("phone"), QString()}));
}

TEST(CsvHeaderMapping, GoogleFormsWithBilingualTitles)
{
    const QStringList header = headerOf(QStringLiteral("google_forms.csv"));
    const ColumnMapping mapping = mapMemberHeader(header);
    EXPECT_EQ(mapping.source, CsvSource::GoogleForms);
    const QStringList expected{QStringLiteral("submitted_at"), QStringLiteral("email"),
                               QStringLiteral("last_name"),    QStringLiteral("first_name"),
                               QStringLiteral("birth_date"),   QStringLiteral("city"),
                               QStringLiteral("skills")};
    EXPECT_EQ(mapping.fields, expected);
    EXPECT_EQ(mapMemberHeader({QStringLiteral("Timestamp"), QStringLiteral("Email Address")}).fields,
              (QStringList{QStringLiteral("submitted_at"), QStringLiteral("email")}));
}

TEST(CsvHeaderMapping, CiviCrm)
{
    const QStringList header = headerOf(QStringLiteral("civicrm.csv"));
    const ColumnMapping mapping = mapMemberHeader(header);
    EXPECT_EQ(mapping.source, CsvSource::CiviCrm);
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Contact ID")), QString());
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("External Identifier")), QString());
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Display Name")), QString()); // first/last are there
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Sort Name")), QString());
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("First Name")), QStringLiteral("first_name"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Middle Name")), QStringLiteral("middle_name"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Last Name")), QStringLiteral("last_name"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Birth Date")), QStringLiteral("birth_date"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("City")), QStringLiteral("city"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Country")), QStringLiteral("country"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Phone")), QStringLiteral("phone"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Email")), QStringLiteral("email"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Group(s)")), QStringLiteral("groups"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Tag(s)")), QStringLiteral("skills"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Note(s)")), QStringLiteral("notes"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Do Not Email")), QString());

    // Without name parts, the display name is the whole name.
    const ColumnMapping displayOnly =
        mapMemberHeader({QStringLiteral("Contact ID"), QStringLiteral("Display Name"), QStringLiteral("Email")});
    EXPECT_EQ(displayOnly.source, CsvSource::CiviCrm);
    EXPECT_EQ(displayOnly.fields, (QStringList{QString(), QStringLiteral("full_name"), QStringLiteral("email")}));
}

TEST(CsvHeaderMapping, Eventbrite)
{
    const QStringList header = headerOf(QStringLiteral("eventbrite.csv"));
    const ColumnMapping mapping = mapMemberHeader(header);
    EXPECT_EQ(mapping.source, CsvSource::Eventbrite);
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Order #")), QString());
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Order Date")), QStringLiteral("submitted_at"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("First Name")), QStringLiteral("first_name"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Last Name")), QStringLiteral("last_name"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Email")), QStringLiteral("email"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Group")), QString());
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Attendee Status")), QString());
}

TEST(CsvHeaderMapping, Pretix)
{
    const QStringList header = headerOf(QStringLiteral("pretix.csv"));
    const ColumnMapping mapping = mapMemberHeader(header);
    EXPECT_EQ(mapping.source, CsvSource::Pretix);
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Attendee name")), QStringLiteral("full_name"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Attendee name: Title")), QString());
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Attendee name: Given name")), QStringLiteral("first_name"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Attendee name: Family name")), QStringLiteral("last_name"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("E-mail")), QStringLiteral("email"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Order date")), QStringLiteral("submitted_at"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Comment")), QStringLiteral("notes"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("Checked in")), QString());
}

TEST(CsvHeaderMapping, KoboToolboxWithGroupPaths)
{
    auto table = readCsvFile(test::dataPath(QStringLiteral("csv/kobo.csv")));
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->format.delimiter, QLatin1Char(';'));
    const QStringList &header = table->header;
    const ColumnMapping mapping = mapMemberHeader(header);
    EXPECT_EQ(mapping.source, CsvSource::KoboToolbox);
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("intake/applicant_name")), QStringLiteral("full_name"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("intake/applicant_phone")), QStringLiteral("phone"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("intake/city")), QStringLiteral("city"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("needs/legal")), QString());
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("_id")), QString());
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("_uuid")), QString());
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("_submission_time")), QStringLiteral("submitted_at"));
    EXPECT_EQ(fieldOf(mapping, header, QStringLiteral("_index")), QString());
    ASSERT_EQ(table->records.size(), 2);
    EXPECT_EQ(table->records[0].fields[5], QStringLiteral("legal medical"));
}

TEST(CsvHeaderMapping, SourceNames)
{
    EXPECT_EQ(csvSourceName(CsvSource::GoogleForms), QStringLiteral("Google Forms"));
    EXPECT_EQ(csvSourceName(CsvSource::KoboToolbox), QStringLiteral("KoBoToolbox"));
    EXPECT_FALSE(csvSourceName(CsvSource::Unknown).isEmpty());
}

TEST(RegistrationHeader, TellsTheFourShapesApart)
{
    const ColumnMapping canonical = mapRegistrationHeader(registrationFields());
    EXPECT_EQ(canonical.source, CsvSource::Canonical);
    EXPECT_EQ(canonical.fields, registrationFields());

    const ColumnMapping eventbrite = mapRegistrationHeader(
        {QStringLiteral("Order #"), QStringLiteral("Order Date"), QStringLiteral("First Name"),
         QStringLiteral("Last Name"), QStringLiteral("Email"), QStringLiteral("Attendee #"), QStringLiteral("Group"),
         QStringLiteral("Attendee Status"), QStringLiteral("Cell Phone")});
    EXPECT_EQ(eventbrite.source, CsvSource::Eventbrite);
    EXPECT_EQ(eventbrite.fields,
              (QStringList{QStringLiteral("order_ref"), QStringLiteral("submitted_at"), QStringLiteral("first_name"),
                           QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("attendee_ref"),
                           QString(), QStringLiteral("status"), QStringLiteral("phone")}));

    const ColumnMapping pretix = mapRegistrationHeader(
        {QStringLiteral("Order code"), QStringLiteral("Attendee name"), QStringLiteral("Attendee name: Given name"),
         QStringLiteral("Product"), QStringLiteral("Checked in"), QStringLiteral("Checked out"),
         QStringLiteral("E-mail"), QStringLiteral("Order date"), QStringLiteral("Comment")});
    EXPECT_EQ(pretix.source, CsvSource::Pretix);
    EXPECT_EQ(pretix.fields,
              (QStringList{QStringLiteral("order_ref"), QStringLiteral("name"), QStringLiteral("first_name"), QString(),
                           QStringLiteral("checked_in_at"), QString(), QStringLiteral("email"),
                           QStringLiteral("submitted_at"), QString()}));

    const ColumnMapping forms = mapRegistrationHeader(
        {QStringLiteral("Timestamp"), QStringLiteral("Email address"), QStringLiteral("Імя / Имя / First name"),
         QStringLiteral("Прозвішча / Фамилия / Surname"), QStringLiteral("Тэлефон / Телефон / Phone"),
         QStringLiteral("Горад / Город / City")});
    EXPECT_EQ(forms.source, CsvSource::GoogleForms);
    EXPECT_EQ(forms.fields,
              (QStringList{QStringLiteral("submitted_at"), QStringLiteral("email"), QStringLiteral("first_name"),
                           QStringLiteral("last_name"), QStringLiteral("phone"), QString()}));

    const ColumnMapping fullName = mapRegistrationHeader(
        {QStringLiteral("Timestamp"), QStringLiteral("Імя і прозвішча / Имя и фамилия / Full name")});
    EXPECT_EQ(fullName.fields.at(1), QStringLiteral("name"));
}

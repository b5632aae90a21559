// The .ts files are complete: every message of the Belarusian and Russian translations is translated, with all
// plural forms, and every .ts file is well-formed XML. The checker is tested on small samples first.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>

#include "tests/common/testsupport.h"

namespace {

struct TsReport
{
    bool valid = false; // well-formed XML with a <TS> root
    QString language;
    QStringList problems;
};

// How many plural forms Qt's lupdate/lrelease expect for a language (its numerus rules); at least one elsewhere.
int requiredNumerusForms(const QString &language)
{
    static const QHash<QString, int> forms{
        {QStringLiteral("be"), 3}, {QStringLiteral("ru"), 3}, {QStringLiteral("uk"), 3}, {QStringLiteral("pl"), 3},
        {QStringLiteral("lt"), 3}, {QStringLiteral("cs"), 3}, {QStringLiteral("sk"), 3}, {QStringLiteral("en"), 2},
        {QStringLiteral("de"), 2}, {QStringLiteral("fr"), 2}, {QStringLiteral("es"), 2}, {QStringLiteral("it"), 2},
        {QStringLiteral("nl"), 2}, {QStringLiteral("sv"), 2}};
    const QString base = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    return forms.value(base, 1);
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool hasTranslation = false;
    QString type;
    QString text;
    QStringList numerusForms;
};

// Reads the text of the current element, including that of nested elements (length variants).
QString readAllText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            ++depth;
        else if (xml.isEndElement())
            --depth;
        else if (xml.isCharacters())
            text += xml.text();
    }
    return text;
}

void readTranslation(QXmlStreamReader &xml, Message &message)
{
    message.hasTranslation = true;
    message.type = xml.attributes().value(QStringLiteral("type")).toString();
    if (!message.numerus) {
        message.text = readAllText(xml);
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QStringLiteral("numerusform"))
            message.numerusForms.append(readAllText(xml));
        else
            xml.skipCurrentElement();
    }
}

QString describe(const Message &message)
{
    QString source = message.source.simplified();
    if (source.size() > 60)
        source = source.left(57) + QStringLiteral("...");
    return QStringLiteral("%1: \"%2\"").arg(message.context, source);
}

void checkMessage(const Message &message, int requiredForms, QStringList &problems)
{
    if (message.type == QStringLiteral("vanished") || message.type == QStringLiteral("obsolete"))
        return;
    if (!message.hasTranslation) {
        problems.append(describe(message) + QStringLiteral(": no translation"));
        return;
    }
    if (message.type == QStringLiteral("unfinished")) {
        problems.append(describe(message) + QStringLiteral(": unfinished"));
        return;
    }
    if (!message.numerus) {
        if (message.text.trimmed().isEmpty())
            problems.append(describe(message) + QStringLiteral(": empty translation"));
        return;
    }
    if (message.numerusForms.size() < requiredForms) {
        problems.append(describe(message) +
                        QStringLiteral(": %1 of %2 plural forms").arg(message.numerusForms.size()).arg(requiredForms));
        return;
    }
    for (qsizetype i = 0; i < message.numerusForms.size(); ++i) {
        if (message.numerusForms.at(i).trimmed().isEmpty())
            problems.append(describe(message) + QStringLiteral(": plural form %1 is empty").arg(i + 1));
    }
}

// Checks the content of one .ts file: well-formed, a <TS> root, and (when complete is set) every message translated.
TsReport checkTs(const QByteArray &content, bool complete = true)
{
    TsReport report;
    QXmlStreamReader xml(content);
    QList<Message> messages;

    if (!xml.readNextStartElement() || xml.name() != QStringLiteral("TS")) {
        if (!xml.hasError())
            report.problems.append(QStringLiteral("the root element is not <TS>"));
    } else {
        report.language = xml.attributes().value(QStringLiteral("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != QStringLiteral("context")) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QStringLiteral("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QStringLiteral("message")) {
                    Message message;
                    message.context = context;
                    message.numerus = xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QStringLiteral("source"))
                            message.source = xml.readElementText();
                        else if (xml.name() == QStringLiteral("translation"))
                            readTranslation(xml, message);
                        else
                            xml.skipCurrentElement();
                    }
                    messages.append(message);
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    }
    // Read to the end so that errors after the last message are found too.
    while (!xml.atEnd())
        xml.readNext();

    if (xml.hasError()) {
        report.problems.prepend(QStringLiteral("not well-formed XML at line %1, column %2: %3")
                                    .arg(xml.lineNumber())
                                    .arg(xml.columnNumber())
                                    .arg(xml.errorString()));
        return report;
    }
    if (!report.problems.isEmpty())
        return report;
    report.valid = true;
    if (complete) {
        const int forms = requiredNumerusForms(report.language);
        for (const Message &message : std::as_const(messages))
            checkMessage(message, forms, report.problems);
    }
    return report;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::string listed(const QStringList &problems)
{
    return QString(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))).toStdString();
}

QString projectTsFile(const QString &language)
{
    return QDir(QStringLiteral(SUPOLKA_SOURCE_DIR "/translations"))
        .filePath(QStringLiteral("supolka_%1.ts").arg(language));
}

TsReport checkFixture(const QString &name)
{
    const QString path = supolka::test::dataPath(QStringLiteral("translations/") + name);
    EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
    return checkTs(readFile(path));
}

} // namespace

TEST(TranslationCheck, AcceptsCompleteTranslations)
{
    const TsReport report = checkFixture(QStringLiteral("complete_be.ts"));
    EXPECT_TRUE(report.valid);
    EXPECT_EQ(report.language, QStringLiteral("be"));
    EXPECT_TRUE(report.problems.isEmpty()) << listed(report.problems);
}

TEST(TranslationCheck, AcceptsAnEmptyFile)
{
    const TsReport report = checkTs(QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                                                      "<TS version=\"2.1\" language=\"ru\">\n</TS>\n"));
    EXPECT_TRUE(report.valid);
    EXPECT_TRUE(report.problems.isEmpty()) << listed(report.problems);
}

TEST(TranslationCheck, ListsEveryUnfinishedEmptyOrMissingTranslation)
{
    const TsReport report = checkFixture(QStringLiteral("incomplete_ru.ts"));
    EXPECT_TRUE(report.valid);
    const QStringList expected{
        QStringLiteral("MembersPage: \"Save\": unfinished"),
        QStringLiteral("MembersPage: \"Delete member\": empty translation"),
        QStringLiteral("MembersPage: \"Search\": no translation"),
        QStringLiteral("ImportDialog: \"%n row(s) rejected\": 2 of 3 plural forms"),
        QStringLiteral("ImportDialog: \"%n row(s) imported\": plural form 3 is empty"),
        QStringLiteral("ImportDialog: \"%n file(s)\": unfinished"),
    };
    EXPECT_EQ(report.problems, expected) << listed(report.problems);
}

TEST(TranslationCheck, IgnoresVanishedAndObsoleteMessages)
{
    const TsReport report = checkTs(
        QByteArrayLiteral("<TS version=\"2.1\" language=\"be\"><context><name>Old</name>"
                          "<message><source>Gone</source><translation type=\"vanished\"></translation></message>"
                          "<message><source>Older</source><translation type=\"obsolete\">Старое</translation></message>"
                          "</context></TS>"));
    EXPECT_TRUE(report.problems.isEmpty()) << listed(report.problems);
}

TEST(TranslationCheck, CountsPluralFormsByLanguage)
{
    const QByteArray twoForms = QByteArrayLiteral(
        "<TS version=\"2.1\" language=\"%1\"><context><name>C</name><message numerus=\"yes\">"
        "<source>%n member(s)</source><translation><numerusform>a</numerusform><numerusform>b</numerusform>"
        "</translation></message></context></TS>");
    EXPECT_TRUE(checkTs(QByteArray(twoForms).replace("%1", "en")).problems.isEmpty());
    EXPECT_EQ(checkTs(QByteArray(twoForms).replace("%1", "be")).problems.size(), 1);
    EXPECT_EQ(checkTs(QByteArray(twoForms).replace("%1", "ru_RU")).problems.size(), 1);
    EXPECT_EQ(requiredNumerusForms(QStringLiteral("be")), 3);
    EXPECT_EQ(requiredNumerusForms(QStringLiteral("en_GB")), 2);
}

TEST(TranslationCheck, RejectsMalformedXml)
{
    const TsReport report = checkFixture(QStringLiteral("malformed_be.ts"));
    EXPECT_FALSE(report.valid);
    ASSERT_EQ(report.problems.size(), 1) << listed(report.problems);
    EXPECT_TRUE(report.problems.first().startsWith(QStringLiteral("not well-formed XML at line 8")))
        << listed(report.problems);
}

TEST(TranslationCheck, RejectsAnotherRootElement)
{
    const TsReport report = checkTs(QByteArrayLiteral("<html><body/></html>"));
    EXPECT_FALSE(report.valid);
    EXPECT_EQ(report.problems, QStringList{QStringLiteral("the root element is not <TS>")});
    EXPECT_FALSE(checkTs(QByteArray()).valid);
}

TEST(Translations, EveryTsFileExistsAndIsWellFormed)
{
    for (const QString &language : {QStringLiteral("be"), QStringLiteral("ru"), QStringLiteral("en")}) {
        const QString path = projectTsFile(language);
        ASSERT_TRUE(QFile::exists(path)) << path.toStdString();
        const TsReport report = checkTs(readFile(path), false);
        EXPECT_TRUE(report.valid) << path.toStdString() << listed(report.problems);
        EXPECT_EQ(report.language, language) << path.toStdString();
    }
}

TEST(Translations, BelarusianAndRussianAreComplete)
{
    for (const QString &language : {QStringLiteral("be"), QStringLiteral("ru")}) {
        const QString path = projectTsFile(language);
        const TsReport report = checkTs(readFile(path));
        EXPECT_TRUE(report.valid) << path.toStdString();
        EXPECT_TRUE(report.problems.isEmpty()) << report.problems.size() << " message(s) to translate in "
                                               << path.toStdString() << listed(report.problems);
    }
}

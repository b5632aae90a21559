#include <gtest/gtest.h>

#include <QSet>

#include "models/text/namekey.h"

using namespace supolka;

namespace {

QStringList spellings(std::initializer_list<const char16_t *> words)
{
    QStringList list;
    for (const char16_t *word : words)
        list.append(QString::fromUtf16(word));
    return list;
}

void expectOneKey(const QStringList &words)
{
    const QString first = namekey::wordKey(words.first());
    EXPECT_FALSE(first.isEmpty());
    for (const QString &word : words)
        EXPECT_EQ(namekey::wordKey(word), first) << word.toStdString() << " vs " << words.first().toStdString();
}

} // namespace

TEST(NameKey, SpellingsOfOneSurnameShareAKey)
{
    expectOneKey(spellings({u"Ціханоўская", u"Тихановская", u"Tsikhanouskaya", u"Tsikhanouskaia", u"Tikhanovskaya",
                            u"Cichanoŭskaja", u"TSIKHANOUSKAYA", u"cichanoŭskaja", u"Tichanowskaja"}));
}

TEST(NameKey, SpellingsOfFirstNamesShareAKey)
{
    expectOneKey(spellings({u"Святлана", u"Светлана", u"Sviatlana", u"Svetlana", u"Swiatłana", u"Swetlana"}));
    expectOneKey(spellings({u"Аляксандр", u"Александр", u"Aliaksandr", u"Aleksandr"}));
    expectOneKey(spellings({u"Дзмітрый", u"Дмитрий", u"Dzmitry", u"Dmitry", u"Dzmitryj", u"Dmitriy", u"Dmitrij"}));
    expectOneKey(spellings({u"Юрый", u"Юрий", u"Yury", u"Jury", u"Iury", u"Yuriy"}));
    expectOneKey(spellings({u"Мар’яна", u"Мар'яна", u"Марʼяна", u"Mar'yana", u"Marjana", u"Mariana", u"Mar’jana"}));
    expectOneKey(spellings({u"Пётр", u"Piotr", u"Pyotr", u"Petr"}));
    expectOneKey(spellings({u"Марыя", u"Мария", u"Maria", u"Maryja"}));
    expectOneKey(spellings({u"Грыгорый", u"Григорий", u"Hryhoryj", u"Grigoriy", u"Hryhory"}));
    expectOneKey(spellings({u"Сяргей", u"Сергей", u"Siarhei", u"Sergey", u"Siarhiej"}));
    expectOneKey(spellings({u"Яўген", u"Yauhen", u"Jaŭhien"}));
    expectOneKey(spellings({u"Ляўчук", u"Liauchuk", u"Liaŭčuk"}));
    expectOneKey(spellings({u"Шчасны", u"Щасный", u"Shchasny", u"Ščasny"}));
    expectOneKey(spellings({u"Жукаў", u"Zhukau", u"Žukaŭ"}));
    expectOneKey(spellings({u"Алена", u"Алёна", u"Alena", u"Alyona", u"Aliona"}));
    expectOneKey(spellings({u"Наталля", u"Наталья", u"Natallia", u"Natalia", u"Natalja"}));
    expectOneKey(spellings({u"Ігар", u"Игорь", u"Ihar", u"Igor"}));
    expectOneKey(spellings({u"Калеснікава", u"Колесникова", u"Kalesnikava", u"Kolesnikova"}));
    expectOneKey(spellings({u"Бабарыка", u"Бабарико", u"Babaryka", u"Babariko"}));
    expectOneKey(spellings({u"Бяляцкі", u"Беляцкий", u"Bialiatski", u"Byalyatsky", u"Bialiacki"}));
    expectOneKey(spellings({u"Лукашэнка", u"Лукашенко", u"Lukashenka", u"Lukashenko", u"Łukašenka"}));
}

TEST(NameKey, DifferentNamesStayApart)
{
    const QStringList names = spellings(
        {u"Kavalenka",    u"Kazlova",    u"Ivanou",      u"Ivanova",    u"Petrov",  u"Petrova",    u"Tsikhanouskaya",
         u"Kanapatskaya", u"Lukashenka", u"Sviatlana",   u"Maria",      u"Mariana", u"Aliaksandr", u"Aliaksei",
         u"Dzmitry",      u"Yury",       u"Ihar",        u"Natallia",   u"Volha",   u"Alena",      u"Hanna",
         u"Tatsiana",     u"Babaryka",   u"Kalesnikava", u"Bialiatski", u"Sidarau", u"Kuzniatsou", u"Miadzvedz"});
    QSet<QString> keys;
    for (const QString &name : names)
        keys.insert(namekey::wordKey(name));
    EXPECT_EQ(keys.size(), names.size());
}

TEST(NameKey, CaseDiacriticsAndApostrophesAreIgnored)
{
    EXPECT_EQ(namekey::wordKey(u"ŁUKASZ"), namekey::wordKey(u"lukasz"));
    EXPECT_EQ(namekey::wordKey(u"Müller"), namekey::wordKey(u"Muller"));
    EXPECT_EQ(namekey::wordKey(u"O’Brien"), namekey::wordKey(u"O'Brien"));
    EXPECT_EQ(namekey::wordKey(u"O'Brien"), namekey::wordKey(u"OBrien"));
    EXPECT_TRUE(namekey::wordKey(u"—").isEmpty());
}

TEST(NameKey, TextKeysSplitWords)
{
    const QStringList keys = namekey::textKeys(u"Святлана  Ціханоўская-Tikhanovskaya, (Мар’яна)");
    ASSERT_EQ(keys.size(), 4);
    EXPECT_EQ(keys.at(0), namekey::wordKey(u"Sviatlana"));
    EXPECT_EQ(keys.at(1), namekey::wordKey(u"Tsikhanouskaya"));
    EXPECT_EQ(keys.at(2), keys.at(1));
    EXPECT_EQ(keys.at(3), namekey::wordKey(u"Mariana"));
}

TEST(NameKey, HalfTypedNamesPrefixTheFullKey)
{
    const QString full = namekey::wordKey(u"Tsikhanouskaya");
    for (const char16_t *partial :
         {u"T", u"Ts", u"Tsi", u"Tsik", u"Tsikh", u"Tsikha", u"Ціх", u"Ц", u"Ціханоў", u"Tikhanovsk", u"Tikhanovs",
          u"Cichanoŭ", u"Cich", u"Cic", u"Тихан", u"Tsikhanou", u"Tsikhanouskaya", u"Ціханоўская"}) {
        const QString key = namekey::prefixKey(QString::fromUtf16(partial));
        EXPECT_FALSE(key.isEmpty()) << QString::fromUtf16(partial).toStdString();
        EXPECT_TRUE(full.startsWith(key))
            << QString::fromUtf16(partial).toStdString() << " -> " << key.toStdString() << " vs " << full.toStdString();
    }
    const QString shchasny = namekey::wordKey(u"Shchasny");
    for (const char16_t *partial : {u"S", u"Sh", u"Shc", u"Shch", u"Ščas", u"Шч", u"Щ"})
        EXPECT_TRUE(shchasny.startsWith(namekey::prefixKey(QString::fromUtf16(partial))))
            << QString::fromUtf16(partial).toStdString();
    EXPECT_FALSE(namekey::wordKey(u"Kazlova").startsWith(namekey::prefixKey(u"Kav")));
}

TEST(NameKey, PersonKeyIgnoresOrderAndScript)
{
    EXPECT_EQ(namekey::personKey(QStringLiteral("Святлана"), QString(), QStringLiteral("Ціханоўская")),
              namekey::personKey(QStringLiteral("Tikhanovskaya"), QString(), QStringLiteral("Svetlana")));
    EXPECT_NE(namekey::personKey(QStringLiteral("Святлана"), QString(), QStringLiteral("Ціханоўская")),
              namekey::personKey(QStringLiteral("Святлана"), QString(), QStringLiteral("Kavalenka")));
}

#include "models/text/countries.h"

#include <algorithm>

#include <QHash>
#include <QLocale>
#include <QSet>

namespace supolka::countries {

namespace {

// One country or language: its code, its names in English, Russian and Belarusian, and other names people write
// for it (native names, old or short forms), separated by "|".
struct Entry
{
    const char *code;
    const char *en;
    const char *ru;
    const char *be;
    const char *aliases;
};

// Every European country, the former USSR, and the countries with the largest Belarusian communities overseas.
constexpr Entry CountryEntries[] = {
    {"AL", "Albania", "Албания", "Албанія", "Shqipëria|Shqipëri"},
    {"AD", "Andorra", "Андорра", "Андора", ""},
    {"AM", "Armenia", "Армения", "Арменія", "Հայաստան|Hayastan"},
    {"AT", "Austria", "Австрия", "Аўстрыя", "Österreich"},
    {"AZ", "Azerbaijan", "Азербайджан", "Азербайджан", "Azərbaycan"},
    {"BY", "Belarus", "Беларусь", "Беларусь",
     "Белоруссия|Беларусія|Byelorussia|Belorussia|Belarus'|Białoruś|Baltarusija|Baltkrievija|Weißrussland|"
     "Bělorusko|Valko-Venäjä"},
    {"BE", "Belgium", "Бельгия", "Бельгія", "België|Belgique|Belgien"},
    {"BA", "Bosnia and Herzegovina", "Босния и Герцеговина", "Боснія і Герцагавіна",
     "Bosna i Hercegovina|Босна и Херцеговина|Bosnia"},
    {"BG", "Bulgaria", "Болгария", "Балгарыя", "България|Bulgariya"},
    {"HR", "Croatia", "Хорватия", "Харватыя", "Hrvatska"},
    {"CY", "Cyprus", "Кипр", "Кіпр", "Κύπρος|Kıbrıs|Kypros"},
    {"CZ", "Czechia", "Чехия", "Чэхія",
     "Czech Republic|Česko|Česká republika|Чешская Республика|Чэшская Рэспубліка|Czechy|Tschechien"},
    {"DK", "Denmark", "Дания", "Данія", "Danmark"},
    {"EE", "Estonia", "Эстония", "Эстонія", "Eesti|Estija|Igaunija"},
    {"FI", "Finland", "Финляндия", "Фінляндыя", "Suomi"},
    {"FR", "France", "Франция", "Францыя", "Francja|Frankreich"},
    {"GE", "Georgia", "Грузия", "Грузія", "საქართველო|Sakartvelo"},
    {"DE", "Germany", "Германия", "Германія", "Deutschland|Нямеччына|Niemcy|Vokietija|Vācija|ФРГ"},
    {"GR", "Greece", "Греция", "Грэцыя", "Ελλάδα|Ellada|Hellas"},
    {"HU", "Hungary", "Венгрия", "Венгрыя", "Magyarország|Вугоршчына"},
    {"IS", "Iceland", "Исландия", "Ісландыя", "Ísland"},
    {"IE", "Ireland", "Ирландия", "Ірландыя", "Éire"},
    {"IT", "Italy", "Италия", "Італія", "Italia|Włochy"},
    {"KZ", "Kazakhstan", "Казахстан", "Казахстан", "Қазақстан|Qazaqstan"},
    {"XK", "Kosovo", "Косово", "Косава", "Kosova"},
    {"LV", "Latvia", "Латвия", "Латвія", "Latvija|Łotwa|Lettland"},
    {"LI", "Liechtenstein", "Лихтенштейн", "Ліхтэнштэйн", ""},
    {"LT", "Lithuania", "Литва", "Літва", "Lietuva|Litwa|Litauen"},
    {"LU", "Luxembourg", "Люксембург", "Люксембург", "Lëtzebuerg|Luxemburg"},
    {"MT", "Malta", "Мальта", "Мальта", ""},
    {"MD", "Moldova", "Молдова", "Малдова", "Молдавия|Малдавія|Moldavia|Republic of Moldova"},
    {"MC", "Monaco", "Монако", "Манака", ""},
    {"ME", "Montenegro", "Черногория", "Чарнагорыя", "Crna Gora|Црна Гора"},
    {"NL", "Netherlands", "Нидерланды", "Нідэрланды",
     "The Netherlands|Nederland|Holland|Голландия|Галандыя|Niderlandy|Holandia"},
    {"MK", "North Macedonia", "Северная Македония", "Паўночная Македонія",
     "Macedonia|Македония|Македонія|Северна Македонија"},
    {"NO", "Norway", "Норвегия", "Нарвегія", "Norge|Noreg|Norwegia"},
    {"PL", "Poland", "Польша", "Польшча", "Polska|Lenkija|Polija|Polen"},
    {"PT", "Portugal", "Португалия", "Партугалія", "Portugalia"},
    {"RO", "Romania", "Румыния", "Румынія", "România|Rumunia"},
    {"RU", "Russia", "Россия", "Расія",
     "Russian Federation|Российская Федерация|Расійская Федэрацыя|РФ|Rosja|Rusija|Krievija|Russland"},
    {"SM", "San Marino", "Сан-Марино", "Сан-Марына", ""},
    {"RS", "Serbia", "Сербия", "Сербія", "Србија|Srbija"},
    {"SK", "Slovakia", "Словакия", "Славакія", "Slovensko|Słowacja"},
    {"SI", "Slovenia", "Словения", "Славенія", "Slovenija"},
    {"ES", "Spain", "Испания", "Іспанія", "España|Hiszpania|Spanien"},
    {"SE", "Sweden", "Швеция", "Швецыя", "Sverige|Szwecja|Schweden"},
    {"CH", "Switzerland", "Швейцария", "Швейцарыя", "Schweiz|Suisse|Svizzera|Szwajcaria"},
    {"TR", "Turkey", "Турция", "Турцыя", "Türkiye|Turcja"},
    {"UA", "Ukraine", "Украина", "Украіна", "Україна|Ukraina|Ukrayina"},
    {"GB", "United Kingdom", "Великобритания", "Вялікабрытанія",
     "UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Соединённое Королевство|"
     "Злучанае Каралеўства|Англия|Англія|Вялікая Брытанія|Wielka Brytania|Didžioji Britanija"},
    {"VA", "Vatican City", "Ватикан", "Ватыкан", "Vatican|Holy See|Città del Vaticano"},
    {"KG", "Kyrgyzstan", "Киргизия", "Кыргызстан", "Кыргызстан|Киргизстан|Kirghizia|Kyrgyz Republic"},
    {"TJ", "Tajikistan", "Таджикистан", "Таджыкістан", "Тоҷикистон|Tojikiston"},
    {"TM", "Turkmenistan", "Туркменистан", "Туркменістан", "Туркмения|Türkmenistan"},
    {"UZ", "Uzbekistan", "Узбекистан", "Узбекістан", "Oʻzbekiston|Ўзбекистон|O'zbekiston"},
    {"US", "United States", "США", "ЗША",
     "USA|U.S.A.|U.S.|United States of America|America|Соединённые Штаты Америки|Соединенные Штаты|"
     "Злучаныя Штаты Амерыкі|Злучаныя Штаты|Штаты|Amerika"},
    {"CA", "Canada", "Канада", "Канада", "Kanada"},
    {"IL", "Israel", "Израиль", "Ізраіль", "ישראל|Izrael|Yisrael"},
    {"AU", "Australia", "Австралия", "Аўстралія", "Australija"},
};

// Codes QLocale knows that are no ISO 3166-1 countries.
constexpr const char *NotCountries[] = {"EU", "QO", "AC", "CP", "DG", "EA", "IC", "TA"};

constexpr Entry LanguageEntries[] = {
    {"be", "Belarusian", "белорусский", "беларуская",
     "беларуская мова|belarusian|bel|беларуский|белорусская|"
     "biełaruskaja|bielaruskaja"},
    {"ru", "Russian", "русский", "руская", "русский язык|rus|русская|російська"},
    {"uk", "Ukrainian", "украинский", "украінская", "українська|ukr|ua|украинская"},
    {"pl", "Polish", "польский", "польская", "polski|polszczyzna|pol"},
    {"lt", "Lithuanian", "литовский", "літоўская", "lietuvių|lietuviu|lit"},
    {"lv", "Latvian", "латышский", "латышская", "latviešu|lav"},
    {"et", "Estonian", "эстонский", "эстонская", "eesti|est"},
    {"en", "English", "английский", "англійская", "eng|англ"},
    {"de", "German", "немецкий", "нямецкая", "deutsch|deu|ger"},
    {"fr", "French", "французский", "французская", "français|fra|fre"},
    {"es", "Spanish", "испанский", "іспанская", "español|castellano|spa"},
    {"it", "Italian", "итальянский", "італьянская", "italiano|ita"},
    {"cs", "Czech", "чешский", "чэшская", "čeština|ces|cze"},
    {"sk", "Slovak", "словацкий", "славацкая", "slovenčina|slk|slo"},
    {"sv", "Swedish", "шведский", "шведская", "svenska|swe"},
    {"fi", "Finnish", "финский", "фінская", "suomi|fin"},
    {"no", "Norwegian", "норвежский", "нарвежская", "norsk|nor|nb|nn|bokmål|nynorsk"},
    {"da", "Danish", "датский", "дацкая", "dansk|dan"},
    {"nl", "Dutch", "нидерландский", "нідэрландская", "nederlands|голландский|галандская|nld|dut|flemish"},
    {"he", "Hebrew", "иврит", "іўрыт", "עברית|ivrit|heb"},
    {"ka", "Georgian", "грузинский", "грузінская", "ქართული|kartuli|kat|geo"},
    {"hy", "Armenian", "армянский", "армянская", "հայերեն|hye|arm"},
    {"az", "Azerbaijani", "азербайджанский", "азербайджанская", "azərbaycan|aze"},
    {"kk", "Kazakh", "казахский", "казахская", "қазақ|kaz"},
    {"pt", "Portuguese", "португальский", "партугальская", "português|por"},
    {"hu", "Hungarian", "венгерский", "венгерская", "magyar|hun"},
    {"ro", "Romanian", "румынский", "румынская", "română|ron|rum|moldovan"},
    {"bg", "Bulgarian", "болгарский", "балгарская", "български|bul"},
    {"sr", "Serbian", "сербский", "сербская", "српски|srpski|srp"},
    {"hr", "Croatian", "хорватский", "харвацкая", "hrvatski|hrv"},
    {"sl", "Slovenian", "словенский", "славенская", "slovenščina|slv"},
    {"el", "Greek", "греческий", "грэчаская", "ελληνικά|ell|gre"},
    {"tr", "Turkish", "турецкий", "турэцкая", "türkçe|tur"},
    {"yi", "Yiddish", "идиш", "ідыш", "ייִדיש|yid"},
    {"ar", "Arabic", "арабский", "арабская", "العربية|ara"},
    {"zh", "Chinese", "китайский", "кітайская", "中文|zho|chi"},
};

// Text reduced for matching: case-folded, accents and dots dropped ("Česko" = "cesko", "U.S.A." = "usa"), other
// punctuation as single spaces.
QString matchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString key;
    key.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isMark() || c == QLatin1Char('.') || c == QLatin1Char('\'') || c == QChar(u'’') || c == QChar(u'ʻ'))
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key += QLatin1Char(' ');
            space = false;
            key += c;
        } else {
            space = true;
        }
    }
    return key;
}

struct Names
{
    QString en;
    QString ru;
    QString be;
};

struct Table
{
    QList<QString> codes;
    QHash<QString, Names> names;
    QHash<QString, QString> codeByKey;

    void add(const QString &code, const Names &entryNames, const QString &aliases)
    {
        if (!names.contains(code))
            codes.append(code);
        names.insert(code, entryNames);
        for (const QString &name : {entryNames.en, entryNames.ru, entryNames.be})
            addKey(name, code);
        for (const QString &alias : aliases.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            addKey(alias, code);
    }

    void addKey(const QString &text, const QString &code)
    {
        const QString key = matchKey(text);
        if (!key.isEmpty() && !codeByKey.contains(key))
            codeByKey.insert(key, code);
    }

    QString name(const QString &code, const QString &language) const
    {
        const auto it = names.constFind(code);
        if (it == names.cend())
            return code;
        const QString lang = language.left(2).toLower();
        if (lang == u"be" && !it->be.isEmpty())
            return it->be;
        if (lang == u"ru" && !it->ru.isEmpty())
            return it->ru;
        return it->en;
    }
};

Names namesOf(const Entry &entry)
{
    return {QString::fromUtf8(entry.en), QString::fromUtf8(entry.ru), QString::fromUtf8(entry.be)};
}

const Table &countryTable()
{
    static const Table table = [] {
        Table result;
        for (const Entry &entry : CountryEntries)
            result.add(QString::fromUtf8(entry.code), namesOf(entry), QString::fromUtf8(entry.aliases));
        // Every other country QLocale knows, with its English name.
        QSet<QString> skip;
        for (const char *code : NotCountries)
            skip.insert(QString::fromUtf8(code));
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2 || !code.front().isLetter() || skip.contains(code) || result.names.contains(code))
                continue;
            const QString english = QLocale::territoryToString(territory);
            result.add(code, {english, QString(), QString()}, QString());
        }
        std::sort(result.codes.begin(), result.codes.end());
        return result;
    }();
    return table;
}

const Table &languageTable()
{
    static const Table table = [] {
        Table result;
        for (const Entry &entry : LanguageEntries)
            result.add(QString::fromUtf8(entry.code), namesOf(entry), QString::fromUtf8(entry.aliases));
        for (int l = 2; l <= int(QLocale::LastLanguage); ++l) {
            const auto language = QLocale::Language(l);
            const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
            if (code.size() != 2 || result.names.contains(code))
                continue;
            result.add(code, {QLocale::languageToString(language), QString(), QString()}, QString());
        }
        std::sort(result.codes.begin(), result.codes.end());
        return result;
    }();
    return table;
}

} // namespace

QString codeFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const Table &table = countryTable();
    if (trimmed.size() == 2 && table.names.contains(trimmed.toUpper()))
        return trimmed.toUpper();
    return table.codeByKey.value(matchKey(trimmed));
}

bool isKnownCode(const QString &code)
{
    return code.size() == 2 && countryTable().names.contains(code.toUpper());
}

QString name(const QString &code, const QString &language)
{
    return countryTable().name(code.trimmed().toUpper(), language);
}

QList<QString> allCodes()
{
    return countryTable().codes;
}

QString languageCodeFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const Table &table = languageTable();
    if (trimmed.size() == 2 && table.names.contains(trimmed.toLower()))
        return trimmed.toLower();
    // Also the region forms of a locale name: "be_BY", "en-GB".
    if (trimmed.size() == 5 && (trimmed[2] == QLatin1Char('_') || trimmed[2] == QLatin1Char('-')) &&
        table.names.contains(trimmed.left(2).toLower()))
        return trimmed.left(2).toLower();
    QString key = matchKey(trimmed);
    if (const QString code = table.codeByKey.value(key); !code.isEmpty())
        return code;
    // "белорусский язык", "беларуская мова", "English language"
    static const QStringList words{QStringLiteral(" язык"), QStringLiteral(" мова"), QStringLiteral(" language")};
    for (const QString &word : words) {
        if (key.endsWith(word)) {
            key.chop(word.size());
            return table.codeByKey.value(key);
        }
    }
    return QString();
}

bool isKnownLanguage(const QString &code)
{
    return code.size() == 2 && languageTable().names.contains(code.toLower());
}

QString languageName(const QString &code, const QString &language)
{
    return languageTable().name(code.trimmed().toLower(), language);
}

QList<QString> allLanguageCodes()
{
    return languageTable().codes;
}

} // namespace supolka::countries

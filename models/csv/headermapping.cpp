#include "models/csv/headermapping.h"

#include <optional>

#include <QHash>
#include <QSet>

namespace supolka {

namespace {

// Every field a member column can feed: memberFields() plus full_name (a whole name the importer splits) and
// submitted_at (when a form was sent).
const QStringList &allFields()
{
    static const QStringList fields{
        QStringLiteral("id"),         QStringLiteral("first_name"),   QStringLiteral("middle_name"),
        QStringLiteral("last_name"),  QStringLiteral("full_name"),    QStringLiteral("birth_date"),
        QStringLiteral("email"),      QStringLiteral("phone"),        QStringLiteral("city"),
        QStringLiteral("country"),    QStringLiteral("languages"),    QStringLiteral("skills"),
        QStringLiteral("groups"),     QStringLiteral("status"),       QStringLiteral("joined_on"),
        QStringLiteral("consent"),    QStringLiteral("consent_at"),   QStringLiteral("consent_share"),
        QStringLiteral("notes"),      QStringLiteral("submitted_at"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("deleted_at"),   QStringLiteral("origin"),
    };
    return fields;
}

// Header text reduced to what matters for matching: case-folded, "ё" as "е", letters and digits only, words
// separated by single spaces ("E-mail:" -> "e mail", "first_name" -> "first name", "№" -> "").
QString headerKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (space && !key.isEmpty())
                key += QLatin1Char(' ');
            space = false;
            key += c;
        } else if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-')) {
            space = true;
        }
        // anything else (punctuation, "№", quotes, "*", ":") is dropped
    }
    key = key.toCaseFolded();
    key.replace(QChar(u'ё'), QChar(u'е'));
    return key;
}

QString withoutParentheses(QStringView text)
{
    QString result;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            result += c;
    }
    return result;
}

struct Synonyms
{
    const char *field;
    std::initializer_list<const char *> names;
};

// Names people and programs give the member columns, in English, Russian and Belarusian.
const QHash<QString, QString> &genericSynonyms()
{
    static const QHash<QString, QString> table = [] {
        const Synonyms synonyms[] = {
            {"id", {"id", "uuid", "member id", "supolka id"}},
            {"first_name",
             {"first name", "firstname", "given name", "given names", "forename", "first", "name first", "имя", "імя",
              "attendee name given name", "applicant first name"}},
            {"middle_name",
             {"middle name", "middlename", "patronymic", "отчество", "імя па бацьку", "по батюшке",
              "attendee name middle name"}},
            {"last_name",
             {"last name", "lastname", "surname", "family name", "last", "фамилия", "прозвішча",
              "attendee name family name", "applicant last name"}},
            {"full_name",
             {"full name",
              "fullname",
              "name",
              "your name",
              "applicant name",
              "attendee name",
              "participant name",
              "person name",
              "contact name",
              "member name",
              "фио",
              "фамилия имя отчество",
              "фамилия имя",
              "имя фамилия",
              "фамилия и имя",
              "имя и фамилия",
              "полное имя",
              "піб",
              "прозвішча імя",
              "імя прозвішча",
              "імя і прозвішча",
              "прозвішча і імя",
              "прозвішча імя імя па бацьку",
              "поўнае імя",
              "display name",
              "sort name"}},
            {"birth_date",
             {"birth date", "birthdate", "date of birth", "dob", "birthday", "дата рождения", "дата нараджэння",
              "день рождения", "дзень нараджэння"}},
            {"email",
             {"email", "e mail", "email address", "e mail address", "mail", "эл почта", "электронная почта",
              "адрес электронной почты", "е mail", "емейл", "имейл", "почта", "эл пошта", "электронная пошта",
              "адрас электроннай пошты", "пошта"}},
            {"phone",
             {"phone", "phone number", "telephone", "telephone number", "tel", "mobile", "mobile phone", "cell phone",
              "applicant phone", "телефон", "тэлефон", "номер телефона", "нумар тэлефона", "мобильный телефон",
              "мабільны тэлефон", "моб телефон", "контактный телефон", "кантактны тэлефон"}},
            {"city",
             {"city", "town", "city of residence", "город", "горад", "населенный пункт", "населены пункт",
              "город проживания", "горад пражывання", "место проживания", "месца пражывання"}},
            {"country",
             {"country", "country of residence", "страна", "краіна", "страна проживания", "краіна пражывання"}},
            {"languages",
             {"languages", "language", "spoken languages", "языки", "язык", "знание языков", "владение языками", "мовы",
              "мова", "веданне моў"}},
            {"skills",
             {"skills", "skill", "profession", "professions", "occupation", "expertise", "навыки", "навыкі",
              "профессия", "професія", "прафесія", "специальность", "спецыяльнасць", "умения", "уменні", "компетенции",
              "кампетэнцыі"}},
            {"groups",
             {"groups", "group", "working group", "working groups", "project", "projects", "группа", "группы",
              "рабочая группа", "рабочие группы", "працоўная група", "працоўныя групы", "група", "групы", "проект",
              "проекты", "праект", "праекты"}},
            {"status", {"status", "member status", "membership status", "статус", "статус членства"}},
            {"joined_on",
             {"joined on", "joined", "join date", "date joined", "joining date", "member since", "дата вступления",
              "дата ўступлення", "дата уступлення", "в организации с", "у суполцы з"}},
            {"consent",
             {"consent", "gdpr consent", "data processing consent", "согласие", "згода", "согласие на обработку данных",
              "согласие на обработку персональных данных", "згода на апрацоўку даных",
              "згода на апрацоўку персанальных даных"}},
            {"consent_at",
             {"consent at", "consent date", "consented at", "consent given at", "дата согласия", "дата згоды"}},
            {"consent_share",
             {"consent share", "share consent", "consent to share", "share with secretariat", "согласие на передачу",
              "согласие на передачу данных", "згода на перадачу", "згода на перадачу даных"}},
            {"notes",
             {"notes", "note", "comment", "comments", "remarks", "remark", "комментарий", "комментарии", "примечание",
              "примечания", "заметки", "заўвагі", "заўвага", "каментарый", "каментарыі", "нататкі"}},
            {"submitted_at",
             {"submitted at", "submitted", "submission time", "submission date", "date submitted", "timestamp",
              "отметка времени", "пазнака часу", "адзнака часу", "дата заполнения", "дата запаўнення"}},
            {"created_at", {"created at", "created"}},
            {"updated_at", {"updated at", "updated", "last modified"}},
            {"deleted_at", {"deleted at", "deleted"}},
            {"origin", {"origin"}},
        };
        QHash<QString, QString> result;
        for (const Synonyms &entry : synonyms) {
            for (const char *name : entry.names)
                result.insert(headerKey(QString::fromUtf8(name)), QString::fromUtf8(entry.field));
        }
        return result;
    }();
    return table;
}

// Columns that mean something else, or more, in one program's export; an empty field ignores the column.
std::optional<QString> sourceOverride(CsvSource source, const QString &key)
{
    switch (source) {
    case CsvSource::Eventbrite:
        if (key == u"order date")
            return QStringLiteral("submitted_at");
        if (key == u"group") // a group booking, not a working group
            return QString();
        break;
    case CsvSource::Pretix:
        if (key == u"order date")
            return QStringLiteral("submitted_at");
        break;
    case CsvSource::CiviCrm:
        if (key == u"tags" || key == u"tag")
            return QStringLiteral("skills");
        break;
    case CsvSource::Unknown:
    case CsvSource::Canonical:
    case CsvSource::GoogleForms:
    case CsvSource::KoboToolbox:
        break;
    }
    return std::nullopt;
}

// The field a header names, trying the whole text, then without "(...)", then each part of "a / b / c" or of a
// KoBoToolbox group path "group/question" (the last part first).
QString fieldForHeader(const QString &header, CsvSource source)
{
    const QString trimmed = header.trimmed();
    if (trimmed.startsWith(QLatin1Char('_'))) {
        // KoBoToolbox metadata (_id, _uuid, _index, _status, ...): only the submission time is about the person.
        return trimmed.compare(QLatin1String("_submission_time"), Qt::CaseInsensitive) == 0
                   ? QStringLiteral("submitted_at")
                   : QString();
    }

    QStringList texts{trimmed};
    const QStringList parts = trimmed.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() > 1) {
        texts.append(parts.last());
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            texts.append(parts[i]);
    }
    for (const QString &text : std::as_const(texts)) {
        for (const QString &key : {headerKey(text), headerKey(withoutParentheses(text))}) {
            if (key.isEmpty())
                continue;
            if (const auto field = sourceOverride(source, key))
                return *field;
            const QString field = genericSynonyms().value(key);
            if (!field.isEmpty())
                return field;
        }
    }
    return QString();
}

CsvSource detectSource(const QStringList &header)
{
    QSet<QString> names;
    bool allCanonical = true;
    bool anyName = false;
    for (const QString &column : header) {
        const QString trimmed = column.trimmed();
        if (trimmed.isEmpty())
            continue;
        anyName = true;
        if (!allFields().contains(trimmed))
            allCanonical = false;
        names.insert(trimmed.toLower());
    }
    if (!anyName)
        return CsvSource::Unknown;
    if (allCanonical)
        return CsvSource::Canonical;

    const auto has = [&names](const char *name) {
        return names.contains(QString::fromUtf8(name));
    };
    if (has("_uuid") || has("_submission_time") || has("_index"))
        return CsvSource::KoboToolbox;
    if (has("contact id") || has("do not email") || (has("display name") && has("sort name")))
        return CsvSource::CiviCrm;
    if (has("order #") || has("attendee #") || has("eventbrite fees"))
        return CsvSource::Eventbrite;
    if (has("order code") && (has("attendee name") || has("attendee name: given name")))
        return CsvSource::Pretix;
    const QString first = header.isEmpty() ? QString() : header.first().trimmed().toLower();
    if (first == u"timestamp" || first == u"отметка времени" || first == u"пазнака часу" || first == u"адзнака часу")
        return CsvSource::GoogleForms;
    return CsvSource::Unknown;
}

} // namespace

ColumnMapping mapMemberHeader(const QStringList &header)
{
    ColumnMapping mapping;
    mapping.source = detectSource(header);
    mapping.fields.reserve(header.size());

    QList<qsizetype> weakFullName;
    for (qsizetype i = 0; i < header.size(); ++i) {
        QString field = fieldForHeader(header[i], mapping.source);
        if (!field.isEmpty() && mapping.fields.contains(field))
            field.clear(); // a field is taken by its first column only
        if (field == u"full_name") {
            const QString key = headerKey(header[i]);
            if (key == u"display name" || key == u"sort name")
                weakFullName.append(i);
        }
        mapping.fields.append(field);
    }
    // CiviCRM's display and sort names repeat the name parts; they stand in only when the parts are missing.
    if (mapping.has(QStringLiteral("first_name")) || mapping.has(QStringLiteral("last_name"))) {
        for (const qsizetype i : std::as_const(weakFullName))
            mapping.fields[i].clear();
    }
    return mapping;
}

QStringList memberFields()
{
    QStringList fields = allFields();
    fields.removeOne(QStringLiteral("full_name"));
    fields.removeOne(QStringLiteral("submitted_at"));
    return fields;
}

namespace {

// What a column of an attendee list means in one program's export, beyond the member synonyms.
std::optional<QString> registrationOverride(CsvSource source, const QString &key)
{
    switch (source) {
    case CsvSource::Eventbrite:
        if (key == u"attendee") // "Attendee #"
            return QStringLiteral("attendee_ref");
        if (key == u"order") // "Order #"
            return QStringLiteral("order_ref");
        if (key == u"attendee status")
            return QStringLiteral("status");
        break;
    case CsvSource::Pretix:
        if (key == u"order code")
            return QStringLiteral("order_ref");
        if (key == u"checked in")
            return QStringLiteral("checked_in_at");
        break;
    case CsvSource::Unknown:
    case CsvSource::Canonical:
    case CsvSource::GoogleForms:
    case CsvSource::CiviCrm:
    case CsvSource::KoboToolbox:
        break;
    }
    return std::nullopt;
}

} // namespace

ColumnMapping mapRegistrationHeader(const QStringList &header)
{
    const QStringList canonical = registrationFields();
    bool anyName = false;
    bool allCanonical = true;
    for (const QString &column : header) {
        const QString trimmed = column.trimmed();
        if (trimmed.isEmpty())
            continue;
        anyName = true;
        if (!canonical.contains(trimmed))
            allCanonical = false;
    }

    ColumnMapping mapping;
    if (anyName && allCanonical) {
        mapping.source = CsvSource::Canonical;
    } else {
        mapping.source = detectSource(header);
        if (mapping.source == CsvSource::Canonical) // a members file: read its names and contacts
            mapping.source = CsvSource::Unknown;
    }
    // Of the member fields, an attendee list feeds only the person's name and contacts.
    static const QStringList personFields{
        QStringLiteral("first_name"),   QStringLiteral("middle_name"), QStringLiteral("last_name"),
        QStringLiteral("name"),         QStringLiteral("email"),       QStringLiteral("phone"),
        QStringLiteral("submitted_at"),
    };
    mapping.fields.reserve(header.size());
    for (const QString &column : header) {
        QString field;
        if (mapping.source == CsvSource::Canonical) {
            field = column.trimmed();
        } else if (const auto special = registrationOverride(mapping.source, headerKey(column))) {
            field = *special;
        } else {
            field = fieldForHeader(column, mapping.source);
            if (field == u"full_name")
                field = QStringLiteral("name");
            if (!personFields.contains(field))
                field.clear();
        }
        if (!field.isEmpty() && mapping.fields.contains(field))
            field.clear(); // a field is taken by its first column only
        mapping.fields.append(field);
    }
    return mapping;
}

QStringList registrationFields()
{
    return {
        QStringLiteral("id"),
        QStringLiteral("event_id"),
        QStringLiteral("member_id"),
        QStringLiteral("name"),
        QStringLiteral("email"),
        QStringLiteral("phone"),
        QStringLiteral("status"),
        QStringLiteral("ticket_code"),
        QStringLiteral("checked_in_at"),
        QStringLiteral("checked_in_by"),
        QStringLiteral("walk_in"),
        QStringLiteral("consent"),
        QStringLiteral("consent_at"),
        QStringLiteral("external_ref"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("deleted_at"),
        QStringLiteral("origin"),
    };
}

QString csvSourceName(CsvSource source)
{
    switch (source) {
    case CsvSource::Unknown:
        return QCoreApplication::translate("supolka::HeaderMapping", "an unknown program");
    case CsvSource::Canonical:
        return QCoreApplication::translate("supolka::HeaderMapping", "Supolka");
    case CsvSource::GoogleForms:
        return QStringLiteral("Google Forms");
    case CsvSource::CiviCrm:
        return QStringLiteral("CiviCRM");
    case CsvSource::Eventbrite:
        return QStringLiteral("Eventbrite");
    case CsvSource::Pretix:
        return QStringLiteral("pretix");
    case CsvSource::KoboToolbox:
        return QStringLiteral("KoBoToolbox");
    }
    return QString();
}

} // namespace supolka

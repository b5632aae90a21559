#include "models/i18n/languages.h"

#include <QLibraryInfo>

namespace supolka {

Languages::~Languages()
{
    removeInstalled();
}

QList<Languages::Language> Languages::available()
{
    return {
        {QStringLiteral("be"), QStringLiteral("Беларуская")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
}

bool Languages::isAvailable(const QString &code)
{
    const QList<Language> languages = available();
    return std::any_of(languages.cbegin(), languages.cend(), [&](const Language &l) { return l.code == code; });
}

QString Languages::systemDefault()
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &name : uiLanguages) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

void Languages::removeInstalled()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool Languages::apply(const QString &code)
{
    if (!isAvailable(code))
        return false;
    removeInstalled();

    const QLocale locale(code);
    QLocale::setDefault(locale);

    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(QStringLiteral(":/i18n/supolka_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(appTranslator.get());
        m_appTranslator = std::move(appTranslator);
    }
    // Qt's own texts (buttons, file dialogs): Qt's translation where the system has it, else the one Supolka
    // carries (Qt ships none for Belarusian).
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qtTranslator->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    m_current = code;
    return true;
}

} // namespace supolka

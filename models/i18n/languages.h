#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace supolka {

// The languages Supolka speaks, and the translators that make it speak one. Lives in models/ because the
// command line speaks the user's language too.
class Languages final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::Languages)
    Q_DISABLE_COPY_MOVE(Languages)

public:
    struct Language
    {
        QString code;       // "be", "ru", "en"
        QString nativeName; // "Беларуская"
    };

    Languages() = default;
    ~Languages();

    static QList<Language> available();
    static bool isAvailable(const QString &code);
    // The language to start in: the first of the system's UI languages that Supolka has, else English.
    static QString systemDefault();

    // Installs the translators for `code` on the application (replacing earlier ones) and makes it the
    // default QLocale. Returns false for an unknown code.
    bool apply(const QString &code);
    const QString &current() const { return m_current; }

private:
    void removeInstalled();

    QString m_current;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace supolka

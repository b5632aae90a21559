#include <gtest/gtest.h>

#include <QString>

#include "models/text/utf8.h"

using namespace supolka;

TEST(Utf8, AppendsWhatToUtf8Writes)
{
    const QString lone = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b");
    for (const QString &text : {QString(), QStringLiteral("member42@example.org"), QStringLiteral("Ціханоўская"),
                                QStringLiteral("Mar’yana Łukašenka"), QStringLiteral("中文 ₽ €"),
                                QStringLiteral("Hanna 🇧🇾 🙂"), lone}) {
        QByteArray out("prefix|");
        utf8::append(out, text);
        EXPECT_EQ(out, QByteArray("prefix|") + text.toUtf8()) << text.toStdString();
    }
}

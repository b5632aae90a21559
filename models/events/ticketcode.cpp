#include "models/events/ticketcode.h"

#include <QRandomGenerator>

namespace supolka::ticketcode {

namespace {

// Digits 2-9 and the Latin capitals without I, L and O.
constexpr char16_t Alphabet[] = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr int AlphabetSize = int(sizeof(Alphabet) / sizeof(Alphabet[0])) - 1;

QString cleaned(const QString &text)
{
    QString code;
    code.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        code += c.toUpper();
    }
    return code;
}

bool inAlphabet(const QString &code)
{
    const QString letters = alphabet();
    for (const QChar c : code) {
        if (!letters.contains(c))
            return false;
    }
    return true;
}

} // namespace

QString alphabet()
{
    return QString::fromUtf16(Alphabet, AlphabetSize);
}

QString generate()
{
    QString code(Length, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < Length; ++i)
        code[i] = QChar(Alphabet[random->bounded(AlphabetSize)]);
    return code;
}

QString normalize(const QString &text)
{
    const QString code = cleaned(text);
    if (code.size() != Length || !inAlphabet(code))
        return {};
    return code;
}

QString display(const QString &code)
{
    if (code.size() != Length)
        return code;
    return code.left(Length / 2) + QLatin1Char('-') + code.mid(Length / 2);
}

bool couldBePrefix(const QString &text)
{
    const QString code = cleaned(text);
    return !code.isEmpty() && code.size() <= Length && inAlphabet(code);
}

} // namespace supolka::ticketcode

#include "models/exchange/publickeys.h"

#include <QRegularExpression>

#include "models/exchange/age.h"
#include "models/exchange/exchangekeys.h"
#include "models/exchange/minisign.h"
#include "models/sync/syncstate.h"

namespace supolka {

namespace {

const QString Heading = QStringLiteral("# Supolka public keys of ");

} // namespace

QString PublicKeys::fingerprint() const
{
    return ExchangeKeyStore::fingerprint(recipient, signingKey);
}

QByteArray PublicKeys::toText(const QString &code, const QString &name, const ExchangeKeys &keys)
{
    QString heading = Heading + code;
    if (!name.trimmed().isEmpty())
        heading += QStringLiteral(" (%1)").arg(name.simplified());
    return (heading + QStringLiteral("\n# fingerprint: ") + keys.fingerprint() + QStringLiteral("\nrecipient: ") +
            keys.recipient() + QStringLiteral("\nsigning-key: ") + keys.signingKey() + QLatin1Char('\n'))
        .toUtf8();
}

std::optional<PublicKeys> PublicKeys::parse(const QString &text)
{
    static const QRegularExpression recipientPattern(QStringLiteral("\\bage1[02-9ac-hj-np-z]{58}\\b"));
    static const QRegularExpression signingPattern(QStringLiteral("\\bRW[A-Za-z0-9+/]{54}(?![A-Za-z0-9+/=])"));
    static const QRegularExpression headingPattern(
        QStringLiteral("^# Supolka public keys of (\\S+)(?: \\((.*)\\))?\\s*$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch recipient = recipientPattern.match(text);
    const QRegularExpressionMatch signing = signingPattern.match(text);
    if (!recipient.hasMatch() || !signing.hasMatch())
        return std::nullopt;
    // Two different keys of one kind: which one is meant cannot be told.
    const auto onlyOne = [&text](const QRegularExpression &pattern, const QString &first) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            if (it.next().captured() != first)
                return false;
        }
        return true;
    };
    if (!onlyOne(recipientPattern, recipient.captured()) || !onlyOne(signingPattern, signing.captured()))
        return std::nullopt;
    PublicKeys keys;
    keys.recipient = recipient.captured();
    const auto parsedSigning = minisign::PublicKey::parse(signing.captured());
    if (!age::parseRecipient(keys.recipient) || !parsedSigning)
        return std::nullopt;
    keys.signingKey = parsedSigning->toString();
    const QRegularExpressionMatch heading = headingPattern.match(text);
    // The heading is shown to the user: only a code that can be a chapter's, and a name on one line.
    if (heading.hasMatch() && SyncState::isChapterCode(heading.captured(1))) {
        keys.code = heading.captured(1);
        if (SyncState::isChapterName(heading.captured(2)))
            keys.name = heading.captured(2).trimmed();
    }
    return keys;
}

} // namespace supolka

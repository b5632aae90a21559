// The keys and contacts of sealed exchange: keys, keys export, contacts (add, check, remove).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include "app/commandline.h"
#include "models/exchange/contacts.h"
#include "models/exchange/exchangekeys.h"
#include "models/exchange/publickeys.h"
#include "models/io/atomicfile.h"
#include "models/sync/syncstate.h"

#include <sodium.h>

namespace supolka {

namespace {

QJsonObject contactJson(const Contact &contact)
{
    return {{QStringLiteral("code"), contact.code},
            {QStringLiteral("name"), contact.name},
            {QStringLiteral("recipient"), contact.recipient},
            {QStringLiteral("signing_key"), contact.signingKey},
            {QStringLiteral("fingerprint"), contact.fingerprint()},
            {QStringLiteral("checked"), contact.isTrusted()},
            {QStringLiteral("keys_changed"), contact.keysChanged()}};
}

} // namespace

int CommandRunner::keys()
{
    const QString what = m_commandLine.words.value(1);
    const bool exporting = what == QLatin1String("export") || what == QLatin1String("export-identity");
    if (m_commandLine.words.size() > 3 || (!what.isEmpty() && !exporting) ||
        (exporting && m_commandLine.words.size() != 3))
        return usage(tr("keys shows this database's public keys; keys export FILE writes them for others; keys "
                        "export-identity FILE writes the secret identity for the age tool"));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        const Result<ExchangeKeys> keys = ExchangeKeyStore::ensure(database);
        if (!keys)
            return fail(keys.error());
        const QString code = database.chapterCode();
        if (what == QLatin1String("export-identity")) {
            // For a secretariat that opens bundles with `age -d -i FILE`: the secret itself, readable by its owner
            // only. Whoever has the file reads every bundle sealed to this database.
            const QString path = m_commandLine.words.at(2);
            AtomicFile file(path);
            if (Status opened = file.begin(); !opened)
                return fail(opened.error());
            QByteArray text = "# Supolka exchange identity of " + code.toUtf8() +
                              "\n# public key: " + keys->recipient().toUtf8() + '\n' +
                              keys->identity.toString().toUtf8() + '\n';
            file.write(text);
            sodium_memzero(text.data(), size_t(text.size()));
            if (Status written = file.commit(); !written)
                return fail(written.error());
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            say(tr("Wrote the SECRET identity of %1 to %2. Anyone who has this file can open every bundle sealed to "
                   "%1: "
                   "keep it on an encrypted disk, never send it, and delete it when it is no longer needed.")
                    .arg(code, QDir::toNativeSeparators(path)));
            return Success;
        }
        if (what == QLatin1String("export")) {
            const QString path = m_commandLine.words.at(2);
            AtomicFile file(path);
            const QByteArray text = PublicKeys::toText(code, SyncState(database).chapterName(), keys.value());
            if (Status opened = file.begin(); !opened)
                return fail(opened.error());
            file.write(text);
            if (Status written = file.commit(); !written)
                return fail(written.error());
            say(tr("Wrote the public keys of %1 to %2. They hold no secret: send them to the other side, and compare "
                   "the fingerprint on a call.")
                    .arg(code, QDir::toNativeSeparators(path)));
            return Success;
        }
        if (m_commandLine.json) {
            printJson({{QStringLiteral("chapter"), code},
                       {QStringLiteral("recipient"), keys->recipient()},
                       {QStringLiteral("signing_key"), keys->signingKey()},
                       {QStringLiteral("fingerprint"), keys->fingerprint()}});
        } else {
            QTextStream out(stdout);
            out << tr("Recipient:   %1").arg(keys->recipient()) << '\n'
                << tr("Signing key: %1").arg(keys->signingKey()) << '\n'
                << tr("Fingerprint: %1").arg(keys->fingerprint()) << Qt::endl;
        }
        return Success;
    });
}

int CommandRunner::contacts()
{
    const QString what = m_commandLine.words.value(1);
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        ContactBook book(database);
        if (what.isEmpty()) {
            const auto all = book.all();
            if (!all)
                return fail(all.error());
            if (m_commandLine.json) {
                QJsonArray list;
                for (const Contact &contact : all.value())
                    list.append(contactJson(contact));
                printJson({{QStringLiteral("contacts"), list}});
                return Success;
            }
            QTextStream out(stdout);
            for (const Contact &contact : all.value()) {
                const QString state = contact.keysChanged() ? tr("KEYS CHANGED, check again")
                                      : contact.isTrusted() ? tr("checked")
                                                            : tr("not checked");
                out << contact.code << '\t' << contact.name << '\t' << contact.fingerprint() << '\t' << state << '\n';
            }
            out.flush();
            return Success;
        }
        if (what == QLatin1String("add")) {
            if (m_commandLine.words.size() != 4 || m_commandLine.recipient.isEmpty() ||
                m_commandLine.signingKey.isEmpty())
                return usage(tr("contacts add takes a code, a name and both keys: supolka contacts add CODE NAME "
                                "--recipient age1… --signing-key RW…"));
            const auto added = book.add(m_commandLine.words.at(2), m_commandLine.words.at(3), m_commandLine.recipient,
                                        m_commandLine.signingKey);
            if (!added)
                return fail(added.error());
            if (m_commandLine.json) {
                printJson(contactJson(added.value()));
            } else if (added->keysChanged()) {
                say(tr("The keys of %1 CHANGED. Bundles to and from %1 stop until you compare the new fingerprint with "
                       "them on a call: %2")
                        .arg(added->code, added->fingerprint()));
            } else {
                say(tr("Added %1. Compare the fingerprint with them on a call, then: supolka contacts check %1 "
                       "--fingerprint \"%2\"")
                        .arg(added->code, added->fingerprint()));
            }
            return Success;
        }
        if (what == QLatin1String("check") || what == QLatin1String("remove")) {
            if (m_commandLine.words.size() != 3)
                return usage(tr("contacts %1 takes a contact's code").arg(what));
            const auto found = book.find(m_commandLine.words.at(2));
            if (!found)
                return fail(found.error());
            if (!found.value())
                return fail(tr("There is no contact “%1”.").arg(m_commandLine.words.at(2)));
            if (what == QLatin1String("remove")) {
                if (Status removed = book.remove(found.value()->code); !removed)
                    return fail(removed.error());
                say(tr("Removed %1.").arg(found.value()->code));
                return Success;
            }
            // Checked only against the digits a person read out: the command line cannot ask whether they match.
            const QString fingerprint = found.value()->fingerprint();
            if (!ExchangeKeyStore::sameFingerprint(m_commandLine.fingerprint, fingerprint))
                return fail(tr("Not checked. The fingerprint of %1 is %2: compare it with them on a call, then give it "
                               "with --fingerprint \"…\".")
                                .arg(found.value()->code, fingerprint));
            if (Status checked = book.check(found.value()->code, m_commandLine.fingerprint); !checked)
                return fail(checked.error());
            say(tr("%1 is checked: bundles to and from it may be sealed and opened.").arg(found.value()->code));
            return Success;
        }
        return usage(tr("contacts knows: add, check, remove (or nothing, to list them)"));
    });
}

} // namespace supolka

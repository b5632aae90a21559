// The commands of encryption at rest: encrypt, passphrase, backup.
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include "app/commandline.h"

namespace supolka {

int CommandRunner::encrypt()
{
    if (m_commandLine.words.size() != 1 || m_commandLine.newPassphraseFile.isEmpty())
        return usage(tr("encrypt takes the new passphrase from a file: supolka encrypt --new-passphrase-file FILE"));
    const QString path = Database::resolvePath(m_commandLine.databasePath);
    if (Database::isEncryptedFile(path))
        return fail(tr("%1 is already encrypted; to change its passphrase: supolka passphrase --passphrase-file OLD "
                       "--new-passphrase-file NEW")
                        .arg(QDir::toNativeSeparators(path)));
    const Result<SecretBytes> next = SecretBytes::fromFile(m_commandLine.newPassphraseFile);
    if (!next)
        return fail(next.error());
    if (Status done = Database::protect(path, nullptr, next.value()); !done)
        return fail(done.error());
    if (m_commandLine.json)
        printJson({{QStringLiteral("file"), path}, {QStringLiteral("encrypted"), true}});
    else
        say(tr("Encrypted %1. Keep the passphrase safe: without it nobody, not even Supolka, can read the data.")
                .arg(QDir::toNativeSeparators(path)));
    return Success;
}

int CommandRunner::changePassphrase()
{
    if (m_commandLine.words.size() != 1 || m_commandLine.passphraseFile.isEmpty() ||
        m_commandLine.newPassphraseFile.isEmpty())
        return usage(tr("passphrase takes the old and the new passphrase from files: supolka passphrase "
                        "--passphrase-file OLD --new-passphrase-file NEW"));
    const QString path = Database::resolvePath(m_commandLine.databasePath);
    if (!Database::isEncryptedFile(path))
        return fail(tr("%1 is not encrypted; to encrypt it: supolka encrypt --new-passphrase-file FILE")
                        .arg(QDir::toNativeSeparators(path)));
    const Result<const SecretBytes *> current = passphrase();
    if (!current)
        return fail(current.error());
    const Result<SecretBytes> next = SecretBytes::fromFile(m_commandLine.newPassphraseFile);
    if (!next)
        return fail(next.error());
    if (Status done = Database::protect(path, current.value(), next.value()); !done)
        return fail(done.error());
    if (m_commandLine.json)
        printJson({{QStringLiteral("file"), path}, {QStringLiteral("encrypted"), true}});
    else
        say(tr("The passphrase of %1 is changed; the old one no longer opens it.").arg(QDir::toNativeSeparators(path)));
    return Success;
}

int CommandRunner::backup()
{
    if (m_commandLine.words.size() != 2)
        return usage(tr("backup takes the file to write: supolka backup FILE"));
    const QString target = QFileInfo(m_commandLine.words.at(1)).absoluteFilePath();
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        if (Status whole = database.quickCheck(); !whole)
            return fail(whole.error());
        if (Status written = database.backupTo(target); !written)
            return fail(written.error());
        const bool encrypted = database.isEncrypted();
        if (m_commandLine.json)
            printJson({{QStringLiteral("file"), target}, {QStringLiteral("encrypted"), encrypted}});
        else
            say(encrypted ? tr("Wrote the backup %1, encrypted with the database's passphrase.")
                                .arg(QDir::toNativeSeparators(target))
                          : tr("Wrote the backup %1. It is not encrypted, as the database is not.")
                                .arg(QDir::toNativeSeparators(target)));
        return Success;
    });
}

} // namespace supolka

// Sealed bundles between real databases: two chapters and the secretariat, each with its keys and the others as
// checked contacts. Every refusal leaves the receiving database exactly as it was.
#include <gtest/gtest.h>

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "models/exchange/age.h"
#include "models/exchange/contacts.h"
#include "models/exchange/exchangekeys.h"
#include "models/exchange/minisign.h"
#include "models/exchange/sealedbundle.h"
#include "models/members/memberrepository.h"
#include "models/sync/bundle.h"
#include "models/sync/syncexporter.h"
#include "models/sync/syncimporter.h"
#include "models/sync/syncstate.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QString SharedFirst = QStringLiteral("Святлана");
const QString SharedLast = QStringLiteral("Ціханоўская");
const QString SharedEmail = QStringLiteral("sviatlana@example.org");

// Every table of a database, every row as text, sorted: equal dumps mean nothing was written.
QString dump(Database &database)
{
    QStringList lines;
    QSqlQuery tables(database.connection());
    EXPECT_TRUE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        QSqlQuery rows(database.connection());
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) << table.toStdString();
        QStringList texts;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).toString());
            texts.append(table + QLatin1Char('|') + values.join(QLatin1Char('|')));
        }
        texts.sort();
        lines += texts;
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

class SealedBundleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(SyncState(*warsaw).setChapter(QStringLiteral("PL-WA"), QStringLiteral("Warszawa")));
        ASSERT_TRUE(SyncState(*vilnius).setChapter(QStringLiteral("LT-VI"), QStringLiteral("Вільня")));
        ASSERT_TRUE(SyncState(*secretariat).setChapter(QStringLiteral("sec"), QStringLiteral("Сакратарыят")));
        for (Database *from : {&*warsaw, &*vilnius, &*secretariat}) {
            for (Database *to : {&*warsaw, &*vilnius, &*secretariat}) {
                if (from != to)
                    introduce(*from, *to);
            }
        }
        Member member;
        member.firstName = SharedFirst;
        member.lastName = SharedLast;
        member.email = SharedEmail;
        member.phone = QStringLiteral("+48601555444");
        member.city = QStringLiteral("Warszawa");
        member.country = QStringLiteral("PL");
        member.consentShare = true;
        ASSERT_TRUE(MemberRepository(*warsaw).add(member));
    }

    // `to` learns `from`'s keys and checks its fingerprint.
    static void introduce(Database &to, Database &from)
    {
        const auto keys = ExchangeKeyStore::ensure(from);
        ASSERT_TRUE(keys) << keys.error().toStdString();
        ContactBook book(to);
        ASSERT_TRUE(book.add(from.chapterCode(), SyncState(from).chapterName(), keys->recipient(), keys->signingKey()));
        ASSERT_TRUE(book.check(from.chapterCode(), keys->fingerprint()));
    }

    QString path(const QString &name) const { return files.filePath(name); }

    Result<SyncExportSummary> seal(Database &database, const QString &name, const QString &to)
    {
        SyncExportOptions options;
        options.sealFor = to;
        return SyncExporter::exportFile(database, path(name), options);
    }

    // Imports and expects a refusal that leaves the database as it was; the message, for the caller to check.
    QString refused(Database &database, const QString &name, const SyncImportOptions &options = {})
    {
        const QString before = dump(database);
        const Result<SyncImportResult> imported = SyncImporter::importFile(database, path(name), options);
        EXPECT_FALSE(imported) << name.toStdString();
        EXPECT_EQ(dump(database), before) << name.toStdString();
        return imported ? QString() : imported.error();
    }

    void expectRefused(Database &database, const QString &name, const QString &phrase)
    {
        const QString why = refused(database, name);
        EXPECT_TRUE(why.contains(phrase)) << name.toStdString() << ": " << why.toStdString();
    }

    // The zip inside a sealed bundle, as its sender can open it.
    QByteArray unsealedZip(Database &sender, const QString &name)
    {
        const auto keys = ExchangeKeyStore::ensure(sender);
        const Result<QByteArray> zip = age::Codec::decrypt(readAll(path(name)), keys->identity);
        EXPECT_TRUE(zip) << zip.error().toStdString();
        return zip ? zip.value() : QByteArray();
    }

    test::ScratchDatabase warsaw;
    test::ScratchDatabase vilnius;
    test::ScratchDatabase secretariat;
    QTemporaryDir files;
};

} // namespace

TEST_F(SealedBundleTest, ChaptersAndTheSecretariatExchangeSealedBundlesBothWays)
{
    const auto sent = seal(*warsaw, QStringLiteral("waw-sec.supolka"), QStringLiteral("sec"));
    ASSERT_TRUE(sent) << sent.error().toStdString();
    EXPECT_EQ(sent->sealedFor, QStringLiteral("sec"));
    // Numbered above the last and never below the time: a sender restored from a backup still numbers upwards.
    EXPECT_GE(sent->sequence, QDateTime::currentSecsSinceEpoch() - 60);
    EXPECT_EQ(sent->recipient, QStringLiteral("sec"));

    // Nothing of the people can be read in the file, nor is it a zip anything could unpack.
    const QByteArray bytes = readAll(path(QStringLiteral("waw-sec.supolka")));
    EXPECT_TRUE(SealedBundle::isSealed(bytes));
    for (const QString &secret : {SharedFirst, SharedLast, SharedEmail, QStringLiteral("Warszawa")})
        EXPECT_EQ(bytes.count(secret.toUtf8()), 0) << secret.toStdString();
    EXPECT_FALSE(Bundle::fromBytes(bytes, QStringLiteral("sealed")));
    // The bundle inside does hold them, as its sender can see.
    const Result<Bundle> inside =
        Bundle::fromBytes(unsealedZip(*warsaw, QStringLiteral("waw-sec.supolka")), QStringLiteral("inside"));
    ASSERT_TRUE(inside) << inside.error().toStdString();
    EXPECT_GT(inside->file(QStringLiteral("members.csv")).count(SharedLast.toUtf8()), 0);
    EXPECT_GT(inside->file(QStringLiteral("members.csv")).count(SharedEmail.toUtf8()), 0);

    const auto imported = SyncImporter::importFile(*secretariat, path(QStringLiteral("waw-sec.supolka")));
    ASSERT_TRUE(imported) << imported.error().toStdString();
    EXPECT_TRUE(imported->sealed);
    EXPECT_EQ(imported->sequence, sent->sequence);
    EXPECT_EQ(imported->chapterCode, QStringLiteral("PL-WA"));
    EXPECT_EQ(imported->added, 1);
    const auto found = MemberRepository(*secretariat).searchMembers(SharedLast, 10);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().email, SharedEmail);
    EXPECT_EQ(SealedBundle::lastReceived(*secretariat, QStringLiteral("pl-wa")), sent->sequence);

    // The secretariat passes it on to Vilnius, sealed for Vilnius; Vilnius answers Warsaw.
    ASSERT_TRUE(seal(*secretariat, QStringLiteral("sec-vno.supolka"), QStringLiteral("lt-vi")));
    const auto atVilnius = SyncImporter::importFile(*vilnius, path(QStringLiteral("sec-vno.supolka")));
    ASSERT_TRUE(atVilnius) << atVilnius.error().toStdString();
    EXPECT_EQ(atVilnius->added, 1);
    const auto reply = seal(*vilnius, QStringLiteral("vno-waw.supolka"), QStringLiteral("pl-wa"));
    ASSERT_TRUE(reply) << reply.error().toStdString();
    const auto atWarsaw = SyncImporter::importFile(*warsaw, path(QStringLiteral("vno-waw.supolka")));
    ASSERT_TRUE(atWarsaw) << atWarsaw.error().toStdString();
    EXPECT_TRUE(atWarsaw->sealed);
    EXPECT_EQ(atWarsaw->unchanged, 1) << "Warsaw's own member came back as it was";

    // The next bundle to the secretariat is number 2, and is taken.
    const auto second = seal(*warsaw, QStringLiteral("waw-sec-2.supolka"), QStringLiteral("sec"));
    ASSERT_TRUE(second);
    EXPECT_GT(second->sequence, sent->sequence);
    ASSERT_TRUE(SyncImporter::importFile(*secretariat, path(QStringLiteral("waw-sec-2.supolka"))));

    // The sender can open what it sent, but it is no bundle to import.
    expectRefused(*warsaw, QStringLiteral("waw-sec-2.supolka"), QStringLiteral("sealed by this database"));
}

TEST_F(SealedBundleTest, RefusalsLeaveTheDatabaseUnchanged)
{
    ASSERT_TRUE(seal(*warsaw, QStringLiteral("for-sec.supolka"), QStringLiteral("sec")));

    // Sealed for someone else.
    expectRefused(*vilnius, QStringLiteral("for-sec.supolka"), QStringLiteral("not sealed for this database"));
    // Opened by the secretariat and sealed again to Vilnius: Warsaw's signature holds, but the manifest names the
    // secretariat as the one it was sealed for.
    const auto vilniusKeys = ExchangeKeyStore::ensure(*vilnius);
    const auto secretariatKeys = ExchangeKeyStore::ensure(*secretariat);
    const auto opened =
        age::Codec::decrypt(readAll(path(QStringLiteral("for-sec.supolka"))), secretariatKeys->identity);
    ASSERT_TRUE(opened);
    writeAll(path(QStringLiteral("passed-on.supolka")),
             age::Codec::encrypt(opened.value(), {vilniusKeys->recipient()}).value());
    expectRefused(*vilnius, QStringLiteral("passed-on.supolka"),
                  QStringLiteral("sealed for sec, not for this database"));
    EXPECT_FALSE(
        SealedBundle::sender(*vilnius, readAll(path(QStringLiteral("passed-on.supolka"))), QStringLiteral("x")))
        << "nobody is offered to be added for a bundle meant for someone else";

    // Any flipped byte, anywhere in the file.
    const QByteArray good = readAll(path(QStringLiteral("for-sec.supolka")));
    for (const qsizetype at : {qsizetype(40), good.size() / 2, good.size() - 1}) {
        QByteArray flipped = good;
        flipped[at] = char(flipped.at(at) ^ 0x01);
        writeAll(path(QStringLiteral("flipped.supolka")), flipped);
        const QString why = refused(*secretariat, QStringLiteral("flipped.supolka"));
        EXPECT_FALSE(why.isEmpty()) << at;
    }
    writeAll(path(QStringLiteral("cut.supolka")), good.left(good.size() - 100));
    expectRefused(*secretariat, QStringLiteral("cut.supolka"), QStringLiteral("damaged"));

    // Sent again: taken once, refused the second time.
    ASSERT_TRUE(SyncImporter::importFile(*secretariat, path(QStringLiteral("for-sec.supolka"))));
    expectRefused(*secretariat, QStringLiteral("for-sec.supolka"), QStringLiteral("imported already"));

    // An unknown sender: the message shows the fingerprint to compare.
    ASSERT_TRUE(ContactBook(*secretariat).remove(QStringLiteral("pl-wa")));
    ASSERT_TRUE(seal(*warsaw, QStringLiteral("unknown.supolka"), QStringLiteral("sec")));
    const QString unknown = refused(*secretariat, QStringLiteral("unknown.supolka"));
    const QString warsawFingerprint = ExchangeKeyStore::ensure(*warsaw)->fingerprint();
    EXPECT_TRUE(unknown.contains(warsawFingerprint)) << unknown.toStdString();
    EXPECT_TRUE(unknown.contains(QStringLiteral("not among your contacts"))) << unknown.toStdString();
    const auto who = SealedBundle::sender(*secretariat, readAll(path(QStringLiteral("unknown.supolka"))),
                                          QStringLiteral("unknown.supolka"));
    ASSERT_TRUE(who) << who.error().toStdString();
    EXPECT_EQ(who->fingerprint, warsawFingerprint);
    EXPECT_EQ(who->chapterCode, QStringLiteral("PL-WA"));
    EXPECT_FALSE(who->contact);

    // Added but not checked yet: still refused. Checked: taken.
    ASSERT_TRUE(
        ContactBook(*secretariat).add(QStringLiteral("pl-wa"), who->chapterName, who->recipient, who->signingKey));
    expectRefused(*secretariat, QStringLiteral("unknown.supolka"), QStringLiteral("not been checked"));
    ASSERT_TRUE(ContactBook(*secretariat).check(QStringLiteral("pl-wa"), who->fingerprint));
    ASSERT_TRUE(SyncImporter::importFile(*secretariat, path(QStringLiteral("unknown.supolka"))));
}

TEST_F(SealedBundleTest, AForgedOrAlteredManifestIsRefused)
{
    ASSERT_TRUE(seal(*warsaw, QStringLiteral("real.supolka"), QStringLiteral("sec")));
    const Result<Bundle> inside =
        Bundle::fromBytes(unsealedZip(*warsaw, QStringLiteral("real.supolka")), QStringLiteral("real"));
    ASSERT_TRUE(inside) << inside.error().toStdString();
    const auto secretariatKeys = ExchangeKeyStore::ensure(*secretariat);
    QList<BundleFile> files;
    for (const BundleFile &f : inside->manifest().files)
        files.append({f.name, inside->file(f.name), 0, {}});

    // The manifest changed after signing (another sequence number): the signature no longer holds.
    BundleManifest changed = inside->manifest();
    changed.seal.sequence = 7;
    const QByteArray originalSignature = inside->signature();
    auto resealed = Bundle::pack(changed, files, [&](const QByteArray &) { return originalSignature; });
    ASSERT_TRUE(resealed);
    auto sealed = age::Codec::encrypt(resealed.value(), {secretariatKeys->recipient()});
    writeAll(path(QStringLiteral("altered.supolka")), sealed.value());
    expectRefused(*secretariat, QStringLiteral("altered.supolka"), QStringLiteral("signature"));

    // Someone with keys of their own says they are Warsaw: their signature is good, but not Warsaw's.
    test::ScratchDatabase impostor;
    const auto impostorKeys = ExchangeKeyStore::ensure(*impostor);
    BundleManifest forged = inside->manifest();
    forged.seal.senderRecipient = impostorKeys->recipient();
    forged.seal.senderSigningKey = impostorKeys->signingKey();
    auto forgedZip = Bundle::pack(forged, files, [&](const QByteArray &manifest) {
        return impostorKeys->signing.sign(manifest, QStringLiteral("forged"));
    });
    sealed = age::Codec::encrypt(forgedZip.value(), {secretariatKeys->recipient()});
    writeAll(path(QStringLiteral("forged.supolka")), sealed.value());
    const QString why = refused(*secretariat, QStringLiteral("forged.supolka"));
    EXPECT_TRUE(why.contains(QStringLiteral("other keys"))) << why.toStdString();
    EXPECT_TRUE(why.contains(impostorKeys->fingerprint())) << why.toStdString();

    // Signed by Vilnius, a contact, but claiming to come from Warsaw.
    const auto vilniusKeys = ExchangeKeyStore::ensure(*vilnius);
    BundleManifest posing = inside->manifest();
    posing.seal.senderRecipient = vilniusKeys->recipient();
    posing.seal.senderSigningKey = vilniusKeys->signingKey();
    auto posingZip = Bundle::pack(posing, files, [&](const QByteArray &manifest) {
        return vilniusKeys->signing.sign(manifest, QStringLiteral("posing"));
    });
    sealed = age::Codec::encrypt(posingZip.value(), {secretariatKeys->recipient()});
    writeAll(path(QStringLiteral("posing.supolka")), sealed.value());
    expectRefused(*secretariat, QStringLiteral("posing.supolka"), QStringLiteral("says it comes from"));

    // Sealed but not signed at all.
    auto unsignedZip = Bundle::pack(inside->manifest(), files);
    sealed = age::Codec::encrypt(unsignedZip.value(), {secretariatKeys->recipient()});
    writeAll(path(QStringLiteral("unsigned.supolka")), sealed.value());
    expectRefused(*secretariat, QStringLiteral("unsigned.supolka"), QStringLiteral("not signed"));

    // And the real one is still taken after all that.
    ASSERT_TRUE(SyncImporter::importFile(*secretariat, path(QStringLiteral("real.supolka"))));
}

TEST_F(SealedBundleTest, AKeyChangeStopsTheContactUntilCheckedAgain)
{
    ASSERT_TRUE(seal(*warsaw, QStringLiteral("before.supolka"), QStringLiteral("sec")));
    // The secretariat is told of other keys for Warsaw: flagged, and neither sent to nor taken from.
    test::ScratchDatabase impostor;
    const auto other = ExchangeKeyStore::ensure(*impostor);
    const auto changed =
        ContactBook(*secretariat).add(QStringLiteral("pl-wa"), QString(), other->recipient(), other->signingKey());
    ASSERT_TRUE(changed);
    EXPECT_TRUE(changed->keysChanged());
    const Result<SyncExportSummary> toChanged =
        seal(*secretariat, QStringLiteral("to-changed.supolka"), QStringLiteral("pl-wa"));
    ASSERT_FALSE(toChanged);
    EXPECT_TRUE(toChanged.error().contains(QStringLiteral("changed"))) << toChanged.error().toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("to-changed.supolka"))));
    EXPECT_FALSE(refused(*secretariat, QStringLiteral("before.supolka")).isEmpty());

    // A bundle signed with the new keys is not taken either while they are not compared.
    ASSERT_TRUE(ContactBook(*impostor).add(QStringLiteral("sec"), QString(),
                                           ExchangeKeyStore::ensure(*secretariat)->recipient(),
                                           ExchangeKeyStore::ensure(*secretariat)->signingKey()));
    ASSERT_TRUE(
        ContactBook(*impostor).check(QStringLiteral("sec"), ExchangeKeyStore::ensure(*secretariat)->fingerprint()));
    ASSERT_TRUE(SyncState(*impostor).setChapter(QStringLiteral("PL-WA"), QStringLiteral("Warszawa")));
    ASSERT_TRUE(seal(*impostor, QStringLiteral("new-keys.supolka"), QStringLiteral("sec")));
    expectRefused(*secretariat, QStringLiteral("new-keys.supolka"), QStringLiteral("have changed since you checked"));
    // Compared with Warsaw, who say they made new keys: taken.
    ASSERT_TRUE(ContactBook(*secretariat).check(QStringLiteral("pl-wa"), other->fingerprint()));
    ASSERT_TRUE(SyncImporter::importFile(*secretariat, path(QStringLiteral("new-keys.supolka"))));
}

TEST_F(SealedBundleTest, PlainBundlesNeedConsentWhenTheySayTheyComeFromAContact)
{
    SyncExportOptions plain;
    ASSERT_TRUE(SyncExporter::exportFile(*warsaw, path(QStringLiteral("plain.supolka")), plain));
    EXPECT_FALSE(SealedBundle::isSealed(readAll(path(QStringLiteral("plain.supolka")))));
    EXPECT_GT(readAll(path(QStringLiteral("plain.supolka"))).size(), 0);
    expectRefused(*secretariat, QStringLiteral("plain.supolka"), QStringLiteral("not sealed"));
    SyncImportOptions consent;
    consent.acceptUnsealed = true;
    const auto taken = SyncImporter::importFile(*secretariat, path(QStringLiteral("plain.supolka")), consent);
    ASSERT_TRUE(taken) << taken.error().toStdString();
    EXPECT_FALSE(taken->sealed);
    EXPECT_EQ(taken->added, 1);

    // From a chapter that is no contact either: a database that exchanges sealed bundles takes it only with consent.
    test::ScratchDatabase stranger;
    ASSERT_TRUE(SyncState(*stranger).setChapter(QStringLiteral("DE-BE"), QStringLiteral("Berlin")));
    ASSERT_TRUE(SyncExporter::exportFile(*stranger, path(QStringLiteral("berlin.supolka")), plain));
    expectRefused(*secretariat, QStringLiteral("berlin.supolka"), QStringLiteral("not sealed"));
    ASSERT_TRUE(SyncImporter::importFile(*secretariat, path(QStringLiteral("berlin.supolka")), consent));
    // A database with no contacts takes plain bundles as it always did.
    test::ScratchDatabase alone;
    ASSERT_TRUE(SyncImporter::importFile(*alone, path(QStringLiteral("berlin.supolka"))));

    // A file that changed after its preview is refused.
    SyncImportOptions previewed = consent;
    previewed.expectedSha256 = Bundle::sha256(readAll(path(QStringLiteral("plain.supolka"))));
    {
        const QString before = dump(*stranger);
        EXPECT_FALSE(SyncImporter::importFile(*stranger, path(QStringLiteral("berlin.supolka")), previewed));
        EXPECT_EQ(dump(*stranger), before);
    }

    // A dry run of a sealed bundle records nothing: the real import after it is taken.
    ASSERT_TRUE(seal(*warsaw, QStringLiteral("sealed.supolka"), QStringLiteral("sec")));
    SyncImportOptions preview;
    preview.dryRun = true;
    const QString before = dump(*secretariat);
    ASSERT_TRUE(SyncImporter::importFile(*secretariat, path(QStringLiteral("sealed.supolka")), preview));
    EXPECT_EQ(dump(*secretariat), before);
    ASSERT_TRUE(SyncImporter::importFile(*secretariat, path(QStringLiteral("sealed.supolka"))));
}

TEST_F(SealedBundleTest, NoContactNoSeal)
{
    const Result<SyncExportSummary> nobody = seal(*warsaw, QStringLiteral("x.supolka"), QStringLiteral("de-be"));
    ASSERT_FALSE(nobody);
    EXPECT_TRUE(nobody.error().contains(QStringLiteral("no contact"))) << nobody.error().toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.supolka"))));
    EXPECT_EQ(SealedBundle::lastSent(*warsaw, QStringLiteral("de-be")), 0);
    // A database with no keys yet cannot have anything sealed for it.
    test::ScratchDatabase fresh;
    ASSERT_TRUE(seal(*warsaw, QStringLiteral("for-sec.supolka"), QStringLiteral("sec")));
    const QString before = dump(*fresh);
    const auto opened = SyncImporter::importFile(*fresh, path(QStringLiteral("for-sec.supolka")));
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("no keys"))) << opened.error().toStdString();
    EXPECT_EQ(dump(*fresh), before);
}

// What was sent sealed and what comes back sealed are kept under the same contact: a row changed on both sides
// since is a conflict, and "only what changed since their last bundle" counts from the last sealed one.
TEST_F(SealedBundleTest, SealedExchangesKeepTrackOfWhatEachSideHas)
{
    ASSERT_TRUE(seal(*warsaw, QStringLiteral("base.supolka"), QStringLiteral("lt-vi")));
    ASSERT_TRUE(SyncImporter::importFile(*vilnius, path(QStringLiteral("base.supolka"))));
    const auto move = [](Database &database, const QString &city) {
        MemberRepository members(database);
        auto found = members.searchMembers(SharedLast, 10);
        ASSERT_TRUE(found && found->size() == 1);
        Member m = found->first();
        m.city = city;
        ASSERT_TRUE(members.update(m));
    };
    move(*warsaw, QStringLiteral("Gdańsk"));
    move(*vilnius, QStringLiteral("Kaunas"));

    SyncExportOptions options;
    options.sealFor = QStringLiteral("pl-wa");
    options.sinceLast = true;
    const auto reply = SyncExporter::exportFile(*vilnius, path(QStringLiteral("reply.supolka")), options);
    ASSERT_TRUE(reply) << reply.error().toStdString();
    EXPECT_EQ(reply->rows, 1) << "only the member changed since Warsaw's bundle";
    const auto back = SyncImporter::importFile(*warsaw, path(QStringLiteral("reply.supolka")));
    ASSERT_TRUE(back) << back.error().toStdString();
    EXPECT_EQ(back->conflicts.size(), 1) << "changed on both sides since they last exchanged it";
    const QList<SyncHistoryEntry> history = SyncState(*warsaw).history();
    ASSERT_EQ(history.size(), 2);
    for (const SyncHistoryEntry &entry : history)
        EXPECT_EQ(entry.peer, QStringLiteral("lt-vi")) << entry.direction.toStdString();
}

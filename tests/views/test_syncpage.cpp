#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include "models/core/shownformats.h"
#include "models/exchange/contacts.h"
#include "models/exchange/exchangekeys.h"
#include "models/exchange/sealedbundle.h"
#include "models/members/memberrepository.h"
#include "models/sync/syncexporter.h"
#include "models/sync/syncimporter.h"
#include "models/sync/syncstate.h"
#include "tests/views/viewfixture.h"
#include "views/common/messagebar.h"
#include "views/sync/syncpage.h"

namespace supolka::test {

namespace {

const QString Here = QStringLiteral("LT-VNO");
const QString There = QStringLiteral("PL-WAW");

class SyncPageTest : public ViewTest
{
protected:
    void SetUp() override
    {
        ViewTest::SetUp();
        ASSERT_TRUE(m_bundles.isValid());
        ASSERT_TRUE(SyncState(m_db.get()).setChapter(Here, QStringLiteral("Vilnia")).ok());
        ASSERT_TRUE(SyncState(*m_warsaw).setChapter(There, QStringLiteral("Warszawa")).ok());
        Member m;
        m.firstName = QStringLiteral("Святлана");
        m.lastName = QStringLiteral("Ціханоўская");
        m.email = QStringLiteral("sviatlana@example.org");
        m.city = QStringLiteral("Vilnius");
        m.consentShare = true;
        Result<Member> added = MemberRepository(*m_warsaw).add(m);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        m_member = added.value();
    }

    QString bundle(const QString &name) const { return m_bundles.filePath(name); }

    void sendFromWarsaw(const QString &name)
    {
        SyncExportOptions options;
        options.recipient = Here;
        const Result<SyncExportSummary> written = SyncExporter::exportFile(*m_warsaw, bundle(name), options);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
    }

    void moveMember(Database &database, const QString &city)
    {
        MemberRepository members(database);
        std::optional<Member> m = members.findById(m_member.id);
        ASSERT_TRUE(m.has_value());
        m->city = city;
        ASSERT_TRUE(members.update(*m).ok());
    }

    // Both sides moved the member since they last exchanged it; the page is to receive Warsaw's version.
    void makeConflict()
    {
        sendFromWarsaw(QStringLiteral("base.supolka"));
        ASSERT_TRUE(SyncImporter::importFile(m_db.get(), bundle(QStringLiteral("base.supolka"))).ok());
        moveMember(m_db.get(), QStringLiteral("Kaunas"));
        moveMember(*m_warsaw, QStringLiteral("Gdańsk"));
        sendFromWarsaw(QStringLiteral("edit.supolka"));
    }

    QString cityHere() { return MemberRepository(m_db.get()).findById(m_member.id)->city; }

    QTemporaryDir m_bundles;
    ScratchDatabase m_warsaw;
    Member m_member;
};

} // namespace

TEST_F(SyncPageTest, ReceivingABundleWithAConflictPreviewsItAndLetsTheUserTakeTheirs)
{
    makeConflict();
    SyncPage page(m_db.get());
    page.show();
    EXPECT_EQ(find<QLineEdit>(&page, QStringLiteral("chapterCodeEdit"))->text(), Here);
    int changed = 0;
    QObject::connect(&page, &SyncPage::dataChanged, &page, [&changed] { ++changed; });

    // Open: a preview, nothing written yet.
    m_files << bundle(QStringLiteral("edit.supolka"));
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    ASSERT_EQ(m_fileRequests.size(), 1);
    EXPECT_EQ(m_fileRequests.first().mode, Dialogs::FileRequest::Mode::Open);
    auto *preview = find<QTableWidget>(&page, QStringLiteral("previewTable"));
    ASSERT_EQ(preview->rowCount(), 1);
    EXPECT_TRUE(preview->item(0, 2)->text().contains(QStringLiteral("Ціханоўская")));
    EXPECT_TRUE(find<QLabel>(&page, QStringLiteral("previewSummary"))->text().contains(QStringLiteral("Warszawa")));
    EXPECT_EQ(cityHere(), QStringLiteral("Kaunas"));
    EXPECT_TRUE(SyncState(m_db.get()).conflicts().isEmpty()) << "a preview writes nothing";
    auto *importButton = find<QPushButton>(&page, QStringLiteral("importButton"));
    ASSERT_TRUE(importButton->isEnabled());

    // Import: the conflict is listed, this chapter's version stays.
    QTest::mouseClick(importButton, Qt::LeftButton);
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(find<MessageBar>(&page, QStringLiteral("syncMessageBar"))->kind(), MessageBar::Kind::Warning);
    auto *conflicts = find<QTableWidget>(&page, QStringLiteral("conflictsTable"));
    ASSERT_EQ(conflicts->rowCount(), 1);
    EXPECT_EQ(conflicts->item(0, 2)->text(), There);
    EXPECT_TRUE(conflicts->item(0, 3)->text().contains(QStringLiteral("city")));
    const QString details = find<QLabel>(&page, QStringLiteral("conflictDetails"))->text();
    EXPECT_TRUE(details.contains(QStringLiteral("Kaunas")) && details.contains(QStringLiteral("Gdańsk")))
        << details.toStdString();
    EXPECT_EQ(cityHere(), QStringLiteral("Kaunas"));

    // Take theirs.
    conflicts->selectRow(0);
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("takeTheirsButton")), Qt::LeftButton);
    EXPECT_EQ(cityHere(), QStringLiteral("Gdańsk"));
    EXPECT_EQ(conflicts->rowCount(), 0);
    EXPECT_FALSE(find<QPushButton>(&page, QStringLiteral("keepMineButton"))->isEnabled());
    EXPECT_EQ(changed, 2);

    auto *history = find<QTableWidget>(&page, QStringLiteral("historyTable"));
    ASSERT_EQ(history->rowCount(), 2);
    EXPECT_TRUE(history->item(0, 2)->text().contains(There));
    EXPECT_EQ(history->item(0, 3)->text(), QStringLiteral("edit.supolka"));
}

TEST_F(SyncPageTest, KeepMineKeepsThisChaptersVersion)
{
    makeConflict();
    SyncPage page(m_db.get());
    page.show();
    m_files << bundle(QStringLiteral("edit.supolka"));
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("importButton")), Qt::LeftButton);
    auto *conflicts = find<QTableWidget>(&page, QStringLiteral("conflictsTable"));
    ASSERT_EQ(conflicts->rowCount(), 1);
    conflicts->selectRow(0);
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("keepMineButton")), Qt::LeftButton);
    EXPECT_EQ(cityHere(), QStringLiteral("Kaunas"));
    EXPECT_EQ(conflicts->rowCount(), 0);
    EXPECT_EQ(SyncState(m_db.get()).conflicts(false).first().resolution, QStringLiteral("mine"));
}

TEST_F(SyncPageTest, ADamagedBundleIsRefusedInTheMessageBar)
{
    SyncPage page(m_db.get());
    page.show();
    const QString damaged = bundle(QStringLiteral("damaged.supolka"));
    QFile file(damaged);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 not really a zip");
    file.close();
    m_files << damaged;
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    auto *bar = find<MessageBar>(&page, QStringLiteral("syncMessageBar"));
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_FALSE(find<QPushButton>(&page, QStringLiteral("importButton"))->isEnabled());
    EXPECT_EQ(find<QTableWidget>(&page, QStringLiteral("previewTable"))->rowCount(), 0);
}

TEST_F(SyncPageTest, SendingSealsForTheChosenContactAndTheHistorySaysSo)
{
    // The secretariat is a checked contact of this chapter.
    ScratchDatabase secretariat;
    ASSERT_TRUE(SyncState(*secretariat).setChapter(QStringLiteral("SEC"), QStringLiteral("Secretariat")));
    const auto theirKeys = ExchangeKeyStore::ensure(*secretariat);
    ASSERT_TRUE(theirKeys);
    ContactBook book(m_db.get());
    ASSERT_TRUE(book.add(QStringLiteral("SEC"), QStringLiteral("Secretariat"), theirKeys->recipient(),
                         theirKeys->signingKey()));
    // Not offered until its fingerprint is compared.
    {
        SyncPage unchecked(m_db.get());
        EXPECT_EQ(find<QComboBox>(&unchecked, QStringLiteral("sealForCombo"))->count(), 1);
    }
    ASSERT_TRUE(book.check(QStringLiteral("sec"), theirKeys->fingerprint()));

    SyncPage page(m_db.get());
    page.show();
    auto *sealFor = find<QComboBox>(&page, QStringLiteral("sealForCombo"));
    auto *since = find<QComboBox>(&page, QStringLiteral("sinceCombo"));
    auto *send = find<QPushButton>(&page, QStringLiteral("sendButton"));
    ASSERT_EQ(sealFor->count(), 2);
    EXPECT_EQ(sealFor->currentData().toString(), QStringLiteral("sec")) << "sealed by default";
    EXPECT_TRUE(find<QLabel>(&page, QStringLiteral("sealInfo"))->text().contains(QStringLiteral("sec")));
    since->setCurrentIndex(1); // what changed since their last bundle
    EXPECT_TRUE(send->isEnabled());
    sealFor->setCurrentIndex(1); // nobody: plain
    EXPECT_FALSE(send->isEnabled()) << "since their last bundle needs to know whose";
    sealFor->setCurrentIndex(0);
    find<QComboBox>(&page, QStringLiteral("profileCombo"))->setCurrentIndex(1);

    // Two people here, one who agreed to sharing: pseudonymized, both leave as pseudonyms, and the page says so
    // before the file is chosen. Cancelled, nothing is asked further.
    for (const bool agreed : {true, false}) {
        Member m;
        m.firstName = agreed ? QStringLiteral("Ales") : QStringLiteral("Maryja");
        m.lastName = QStringLiteral("Kalesnikava");
        m.consentShare = agreed;
        ASSERT_TRUE(MemberRepository(m_db.get()).add(m));
    }
    const QString path = bundle(QStringLiteral("to-sec.supolka"));
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(m_decisions.size(), 1);
    EXPECT_TRUE(m_decisions.first().text.contains(QStringLiteral("0 record")))
        << m_decisions.first().text.toStdString();
    EXPECT_TRUE(m_decisions.first().text.contains(QStringLiteral("2 under pseudonyms")));
    EXPECT_TRUE(m_decisions.first().text.contains(QStringLiteral("sealed for sec")));
    EXPECT_FALSE(m_decisions.first().destructive);
    EXPECT_TRUE(m_fileRequests.isEmpty());
    m_files << path;
    m_answers << 0;
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(m_fileRequests.size(), 1);
    EXPECT_EQ(m_fileRequests.first().mode, Dialogs::FileRequest::Mode::Save);
    QFile written(path);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(SealedBundle::isSealed(written.readAll()));
    auto *bar = find<MessageBar>(&page, QStringLiteral("syncMessageBar"));
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Positive);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("Sealed for sec"))) << bar->text().toStdString();
    const QList<SyncHistoryEntry> history = SyncState(m_db.get()).history();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().peer, QStringLiteral("sec"));
    EXPECT_EQ(history.first().profile, QStringLiteral("pseudonymized"));
    auto *historyTable = find<QTableWidget>(&page, QStringLiteral("historyTable"));
    ASSERT_EQ(historyTable->rowCount(), 1);
    EXPECT_EQ(historyTable->item(0, 4)->text(), SyncPage::tr("pseudonymized", "bundle profile"));

    // A plain bundle of people's data is written only after a warning.
    since->setCurrentIndex(0);
    sealFor->setCurrentIndex(1);
    find<QComboBox>(&page, QStringLiteral("profileCombo"))->setCurrentIndex(0);
    EXPECT_TRUE(find<QLabel>(&page, QStringLiteral("sealInfo"))->text().contains(QStringLiteral("Not sealed")));
    const QString plain = bundle(QStringLiteral("plain.supolka"));
    m_files << plain;
    m_answers << 1; // cancel
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_EQ(m_decisions.size(), 3);
    EXPECT_TRUE(m_decisions.last().destructive);
    EXPECT_TRUE(m_decisions.last().text.contains(QStringLiteral("1 record"))) << m_decisions.last().text.toStdString();
    EXPECT_FALSE(QFile::exists(plain));
    m_files << plain;
    m_answers << 0; // write it plain
    QTest::mouseClick(send, Qt::LeftButton);
    ASSERT_TRUE(QFile::exists(plain));
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Warning);

    // The chapter's code is changed on the page.
    auto *code = find<QLineEdit>(&page, QStringLiteral("chapterCodeEdit"));
    code->setText(QStringLiteral("bad code"));
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("saveChapterButton")), Qt::LeftButton);
    EXPECT_EQ(find<MessageBar>(&page, QStringLiteral("syncMessageBar"))->kind(), MessageBar::Kind::Error);
    code->setText(QStringLiteral("LT-KNS"));
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("saveChapterButton")), Qt::LeftButton);
    EXPECT_EQ(m_db->chapterCode(), QStringLiteral("LT-KNS"));
}

// A sealed bundle from a chapter that is no contact yet: the page shows the fingerprint to compare, adds them
// once the user says the digits match, and then previews and imports the bundle.
TEST_F(SyncPageTest, ASealedBundleFromSomeoneNewIsTakenOnceTheirFingerprintIsCompared)
{
    const auto ourKeys = ExchangeKeyStore::ensure(m_db.get());
    const auto warsawKeys = ExchangeKeyStore::ensure(*m_warsaw);
    ASSERT_TRUE(ourKeys && warsawKeys);
    ContactBook theirBook(*m_warsaw);
    ASSERT_TRUE(theirBook.add(Here, QStringLiteral("Vilnia"), ourKeys->recipient(), ourKeys->signingKey()));
    ASSERT_TRUE(theirBook.check(Here, ourKeys->fingerprint()));
    SyncExportOptions options;
    options.sealFor = Here;
    ASSERT_TRUE(SyncExporter::exportFile(*m_warsaw, bundle(QStringLiteral("sealed.supolka")), options));

    SyncPage page(m_db.get());
    page.show();
    auto *bar = find<MessageBar>(&page, QStringLiteral("syncMessageBar"));
    // Cancelled: refused, nothing added.
    m_files << bundle(QStringLiteral("sealed.supolka"));
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    ASSERT_EQ(m_decisions.size(), 1);
    EXPECT_TRUE(m_decisions.first().text.contains(warsawKeys->fingerprint())) << m_decisions.first().text.toStdString();
    EXPECT_TRUE(m_decisions.first().text.contains(QStringLiteral("not among your contacts")));
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("not among your contacts"))) << bar->text().toStdString();
    EXPECT_FALSE(find<QPushButton>(&page, QStringLiteral("importButton"))->isEnabled());
    EXPECT_TRUE(ContactBook(m_db.get()).all()->isEmpty());

    // The digits match: added, checked, previewed.
    m_files << bundle(QStringLiteral("sealed.supolka"));
    m_answers << 0;
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    const auto contact = ContactBook(m_db.get()).find(There);
    ASSERT_TRUE(contact && contact.value());
    EXPECT_TRUE(contact.value()->isTrusted());
    EXPECT_EQ(contact.value()->name, QStringLiteral("Warszawa"));
    const QString summary = find<QLabel>(&page, QStringLiteral("previewSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("Sealed for this chapter"))) << summary.toStdString();
    auto *importButton = find<QPushButton>(&page, QStringLiteral("importButton"));
    ASSERT_TRUE(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Positive) << bar->text().toStdString();
    EXPECT_TRUE(MemberRepository(m_db.get()).findById(m_member.id).has_value());
    // The contact is offered for sealing now.
    EXPECT_GE(find<QComboBox>(&page, QStringLiteral("sealForCombo"))->findData(QStringLiteral("pl-waw")), 0);

    // The same bundle again is refused: it was imported already.
    m_files << bundle(QStringLiteral("sealed.supolka"));
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("imported already"))) << bar->text().toStdString();
}

// A contact added but not compared yet: their sealed bundle asks for the digits of the keys kept for them, and is
// taken once they match. Keys that differ from the bundle's are not offered for checking at all.
TEST_F(SyncPageTest, ASealedBundleFromAContactNotYetComparedAsksForTheirDigits)
{
    const auto ourKeys = ExchangeKeyStore::ensure(m_db.get());
    const auto warsawKeys = ExchangeKeyStore::ensure(*m_warsaw);
    ASSERT_TRUE(ourKeys && warsawKeys);
    ContactBook theirBook(*m_warsaw);
    ASSERT_TRUE(theirBook.add(Here, QStringLiteral("Vilnia"), ourKeys->recipient(), ourKeys->signingKey()));
    ASSERT_TRUE(theirBook.check(Here, ourKeys->fingerprint()));
    SyncExportOptions options;
    options.sealFor = Here;
    ASSERT_TRUE(SyncExporter::exportFile(*m_warsaw, bundle(QStringLiteral("sealed.supolka")), options));

    // Someone swapped the age key in the keys e-mail: the bundle's recipient is not the one kept.
    ScratchDatabase other;
    ContactBook ours(m_db.get());
    ASSERT_TRUE(ours.add(There, QStringLiteral("Warszawa"), ExchangeKeyStore::ensure(*other)->recipient(),
                         warsawKeys->signingKey()));
    SyncPage page(m_db.get());
    page.show();
    auto *bar = find<MessageBar>(&page, QStringLiteral("syncMessageBar"));
    m_files << bundle(QStringLiteral("sealed.supolka"));
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    EXPECT_TRUE(m_decisions.isEmpty()) << "no digits to compare for keys the bundle does not have";
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_FALSE(ours.find(There).value()->isChecked());

    // The right keys, not compared yet: the digits of those keys are asked for.
    ASSERT_TRUE(ours.remove(There));
    ASSERT_TRUE(ours.add(There, QStringLiteral("Warszawa"), warsawKeys->recipient(), warsawKeys->signingKey()));
    page.reload();
    m_files << bundle(QStringLiteral("sealed.supolka"));
    m_answers << 0;
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    ASSERT_EQ(m_decisions.size(), 1);
    EXPECT_TRUE(m_decisions.first().text.contains(warsawKeys->fingerprint()));
    EXPECT_EQ(m_decisions.first().defaultChoice, m_decisions.first().cancelChoice) << "Enter vouches for nothing";
    EXPECT_TRUE(ours.find(There).value()->isTrusted());
    EXPECT_TRUE(find<QPushButton>(&page, QStringLiteral("importButton"))->isEnabled());
}

// A plain bundle, in a database that exchanges sealed ones: previewed only after a warning, and the file that is
// imported is the one previewed.
TEST_F(SyncPageTest, APlainBundleIsPreviewedOnlyAfterAWarningAndImportedAsPreviewed)
{
    ScratchDatabase secretariat;
    const auto theirKeys = ExchangeKeyStore::ensure(*secretariat);
    ASSERT_TRUE(
        ContactBook(m_db.get()).add(QStringLiteral("SEC"), QString(), theirKeys->recipient(), theirKeys->signingKey()));
    sendFromWarsaw(QStringLiteral("plain.supolka"));
    SyncPage page(m_db.get());
    page.show();
    auto *bar = find<MessageBar>(&page, QStringLiteral("syncMessageBar"));
    auto *importButton = find<QPushButton>(&page, QStringLiteral("importButton"));
    m_files << bundle(QStringLiteral("plain.supolka"));
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    ASSERT_EQ(m_decisions.size(), 1);
    EXPECT_TRUE(m_decisions.first().destructive);
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);

    m_files << bundle(QStringLiteral("plain.supolka"));
    m_answers << 0;
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    ASSERT_TRUE(importButton->isEnabled());
    EXPECT_TRUE(find<QLabel>(&page, QStringLiteral("previewSummary"))->text().contains(QStringLiteral("Not sealed")));
    // The file is replaced after the preview: the import refuses it rather than take what nobody saw.
    moveMember(*m_warsaw, QStringLiteral("Gdańsk"));
    sendFromWarsaw(QStringLiteral("plain.supolka"));
    QTest::mouseClick(importButton, Qt::LeftButton);
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("changed after it was previewed"))) << bar->text().toStdString();
    EXPECT_FALSE(MemberRepository(m_db.get()).findById(m_member.id).has_value());
}

// What other people's files say is shown as text, never as markup.
TEST_F(SyncPageTest, NamesFromOtherPeoplesFilesAreShownAsText)
{
    SyncPage page(m_db.get());
    EXPECT_EQ(find<QLabel>(&page, QStringLiteral("previewSummary"))->textFormat(), Qt::PlainText);
    const QList<QLabel *> labels = find<MessageBar>(&page, QStringLiteral("syncMessageBar"))->findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(),
                            [](const QLabel *label) { return label->textFormat() == Qt::PlainText; }));
    // Opening one's own sent copy offers nobody to add.
    const auto keys = ExchangeKeyStore::ensure(*m_warsaw);
    ASSERT_TRUE(ContactBook(m_db.get()).add(There, QString(), keys->recipient(), keys->signingKey()));
    ASSERT_TRUE(ContactBook(m_db.get()).check(There, keys->fingerprint()));
    SyncExportOptions options;
    options.sealFor = There;
    ASSERT_TRUE(SyncExporter::exportFile(m_db.get(), bundle(QStringLiteral("mine.supolka")), options));
    m_files << bundle(QStringLiteral("mine.supolka"));
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("openBundleButton")), Qt::LeftButton);
    EXPECT_TRUE(m_decisions.isEmpty());
    EXPECT_TRUE(find<MessageBar>(&page, QStringLiteral("syncMessageBar"))
                    ->text()
                    .contains(QStringLiteral("sealed by this database")));
}

// A chapter with no name yet is told so before any file is asked for, and pointed to the fields on the page.
TEST_F(SyncPageTest, SendingFromAChapterWithNoNameSaysSoFirst)
{
    ScratchDatabase unnamed;
    SyncPage page(*unnamed);
    page.show();
    QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("sendButton")), Qt::LeftButton);
    EXPECT_TRUE(m_fileRequests.isEmpty());
    EXPECT_TRUE(m_decisions.isEmpty());
    auto *bar = find<MessageBar>(&page, QStringLiteral("syncMessageBar"));
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("fields above"))) << bar->text().toStdString();
    EXPECT_FALSE(bar->text().contains(QStringLiteral("supolka chapter"))) << "the window, not the command line";
}

// The page's date fields follow the UI language when it changes, with a four-digit year.
TEST_F(SyncPageTest, DateFieldsFollowTheLanguage)
{
    SyncPage page(m_db.get());
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&page, &change);
    for (const char *name : {"sinceDateEdit", "reportFromEdit", "reportToEdit"}) {
        const auto *date = find<QDateEdit>(&page, QLatin1String(name));
        EXPECT_EQ(date->displayFormat(), shown::dateFormat()) << name;
        EXPECT_TRUE(date->displayFormat().contains(QStringLiteral("yyyy"))) << name;
    }
}

} // namespace supolka::test

// The Keys tab: this chapter's keys shown, exported and scannable; contacts added from pasted keys or a keys
// file, compared by fingerprint, flagged when their keys change, and removed.
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include "models/exchange/contacts.h"
#include "models/exchange/exchangekeys.h"
#include "models/exchange/publickeys.h"
#include "models/sync/syncstate.h"
#include "tests/views/viewfixture.h"
#include "views/common/messagebar.h"
#include "views/sync/keyspanel.h"

namespace supolka::test {

namespace {

class KeysPanelTest : public ViewTest
{
protected:
    void SetUp() override
    {
        ViewTest::SetUp();
        ASSERT_TRUE(m_files.isEmpty());
        ASSERT_TRUE(SyncState(m_db.get()).setChapter(QStringLiteral("PL-WAW"), QStringLiteral("Warszawa")));
        ASSERT_TRUE(SyncState(*m_vilnius).setChapter(QStringLiteral("LT-VNO"), QStringLiteral("Вільня")));
        const auto keys = ExchangeKeyStore::ensure(*m_vilnius);
        ASSERT_TRUE(keys);
        m_theirText =
            QString::fromUtf8(PublicKeys::toText(QStringLiteral("LT-VNO"), QStringLiteral("Вільня"), keys.value()));
        m_theirFingerprint = keys->fingerprint();
    }

    Dialogs::TextAnswer pasted(const QString &text) const
    {
        Dialogs::TextAnswer answer;
        answer.accepted = true;
        answer.value = text;
        return answer;
    }

    ScratchDatabase m_vilnius;
    QString m_theirText;
    QString m_theirFingerprint;
    QTemporaryDir m_folder;
};

} // namespace

TEST_F(KeysPanelTest, ShowsAndExportsThisChaptersKeys)
{
    MessageBar bar;
    KeysPanel panel(m_db.get(), &bar);
    panel.show();
    const auto keys = ExchangeKeyStore::ensure(m_db.get());
    ASSERT_TRUE(keys);
    EXPECT_EQ(find<QLabel>(&panel, QStringLiteral("ownFingerprint"))->text(), keys->fingerprint());
    EXPECT_EQ(find<QLineEdit>(&panel, QStringLiteral("ownRecipient"))->text(), keys->recipient());
    EXPECT_EQ(find<QLineEdit>(&panel, QStringLiteral("ownSigningKey"))->text(), keys->signingKey());
    // The QR code is drawn: dark modules on white.
    const QImage qr = find<QLabel>(&panel, QStringLiteral("ownKeysQr"))->pixmap().toImage();
    int dark = 0;
    for (int y = 0; y < qr.height(); y += 2)
        for (int x = 0; x < qr.width(); x += 2)
            dark += qGray(qr.pixel(x, y)) < 128;
    EXPECT_GT(dark, 500);

    const QString path = m_folder.filePath(QStringLiteral("keys.txt"));
    m_files << path;
    QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("exportKeysButton")), Qt::LeftButton);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto read = PublicKeys::parse(QString::fromUtf8(file.readAll()));
    ASSERT_TRUE(read);
    EXPECT_EQ(read->code, QStringLiteral("PL-WAW"));
    EXPECT_EQ(read->fingerprint(), keys->fingerprint());
    EXPECT_EQ(bar.kind(), MessageBar::Kind::Positive);
}

TEST_F(KeysPanelTest, AContactIsAddedFromPastedKeysAndUsedOnlyOnceCompared)
{
    MessageBar bar;
    KeysPanel panel(m_db.get(), &bar);
    panel.show();
    auto *table = find<QTableWidget>(&panel, QStringLiteral("contactsTable"));
    int changes = 0;
    QObject::connect(&panel, &KeysPanel::contactsChanged, &panel, [&changes] { ++changes; });

    // Pasted inside a message, without the code: the code is asked; "compare later" adds it unchecked.
    m_texts << pasted(QStringLiteral("Вось нашы ключы:\n") + m_theirText.section(QLatin1Char('\n'), 2))
            << pasted(QStringLiteral("lt-vno"));
    m_answers << 1;
    QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("addContactButton")), Qt::LeftButton);
    ASSERT_EQ(m_textRequests.size(), 2);
    ASSERT_EQ(m_decisions.size(), 1);
    EXPECT_TRUE(m_decisions.first().text.contains(m_theirFingerprint)) << m_decisions.first().text.toStdString();
    ASSERT_EQ(table->rowCount(), 1) << bar.text().toStdString();
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("lt-vno"));
    EXPECT_TRUE(table->item(0, 3)->text().contains(QStringLiteral("NOT COMPARED")));
    EXPECT_FALSE(ContactBook(m_db.get()).find(QStringLiteral("lt-vno")).value()->isTrusted());
    EXPECT_EQ(changes, 1);

    // Compared: "They differ" checks nothing; "The digits match" does.
    auto *check = find<QPushButton>(&panel, QStringLiteral("checkContactButton"));
    table->selectRow(0);
    ASSERT_TRUE(check->isEnabled());
    m_answers << 1;
    QTest::mouseClick(check, Qt::LeftButton);
    EXPECT_FALSE(ContactBook(m_db.get()).find(QStringLiteral("lt-vno")).value()->isTrusted());
    EXPECT_EQ(bar.kind(), MessageBar::Kind::Warning);
    m_answers << 0;
    QTest::mouseClick(check, Qt::LeftButton);
    EXPECT_TRUE(ContactBook(m_db.get()).find(QStringLiteral("lt-vno")).value()->isTrusted());
    EXPECT_TRUE(table->item(0, 3)->text().contains(QStringLiteral("compared")));

    // Other keys under the same code: flagged loudly until compared again.
    test::ScratchDatabase impostor;
    const auto other = ExchangeKeyStore::ensure(*impostor);
    m_texts << pasted(QString::fromUtf8(PublicKeys::toText(QStringLiteral("LT-VNO"), QString(), other.value())));
    m_answers << 1;
    QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("addContactButton")), Qt::LeftButton);
    EXPECT_TRUE(table->item(0, 3)->text().contains(QStringLiteral("KEYS CHANGED")));
    EXPECT_EQ(bar.kind(), MessageBar::Kind::Warning);
    EXPECT_TRUE(bar.text().contains(QStringLiteral("CHANGED"))) << bar.text().toStdString();

    // Removed after a warning.
    table->selectRow(0);
    m_answers << 0;
    QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("removeContactButton")), Qt::LeftButton);
    EXPECT_TRUE(m_decisions.last().destructive);
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_TRUE(ContactBook(m_db.get()).all()->isEmpty());
}

TEST_F(KeysPanelTest, AKeysFileAddsAContactAndBadTextIsRefused)
{
    MessageBar bar;
    KeysPanel panel(m_db.get(), &bar);
    const QString path = m_folder.filePath(QStringLiteral("lt-vno-keys.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(m_theirText.toUtf8());
    file.close();
    m_files << path;
    m_answers << 0;
    QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("addContactFileButton")), Qt::LeftButton);
    EXPECT_TRUE(m_textRequests.isEmpty()) << "the file names the chapter";
    const auto contact = ContactBook(m_db.get()).find(QStringLiteral("lt-vno"));
    ASSERT_TRUE(contact && contact.value());
    EXPECT_TRUE(contact.value()->isTrusted());
    EXPECT_EQ(contact.value()->name, QStringLiteral("Вільня"));

    // A key cut short: nothing is asked, nothing added.
    m_texts << pasted(m_theirText.left(m_theirText.size() - 10));
    const int decisions = int(m_decisions.size());
    QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("addContactButton")), Qt::LeftButton);
    EXPECT_EQ(m_decisions.size(), decisions);
    EXPECT_EQ(bar.kind(), MessageBar::Kind::Error);
    EXPECT_EQ(ContactBook(m_db.get()).all()->size(), 1);
}

} // namespace supolka::test

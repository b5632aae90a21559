#include <QComboBox>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include "models/members/memberrepository.h"
#include "tests/views/viewfixture.h"
#include "views/common/messagebar.h"
#include "views/members/importdialog.h"

namespace supolka::test {

namespace {

class ImportDialogView : public ViewTest
{
protected:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_files_dir;
};

const QByteArray semicolonFile = "first_name;last_name;email;country\r\n"
                                 "Anna;Kowalska;anna@example.org;PL\r\n"
                                 "Ян;Шыла;jan@example.org;LT\r\n"
                                 "Broken;Row;not-an-email;PL\r\n";

} // namespace

TEST_F(ImportDialogView, PreviewShowsRowsWithTheDetectedFormat)
{
    const QString path = writeFile(QStringLiteral("members.csv"), semicolonFile);
    ImportDialog dialog(m_db.get());
    dialog.show();
    ASSERT_TRUE(dialog.openFile(path));

    auto *preview = find<QTableWidget>(&dialog, QStringLiteral("importPreviewTable"));
    EXPECT_EQ(preview->columnCount(), 4);
    ASSERT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->item(1, 0)->text(), QStringLiteral("Ян"));
    EXPECT_EQ(preview->horizontalHeaderItem(2)->text(), QStringLiteral("email"));
    EXPECT_EQ(find<QComboBox>(&dialog, QStringLiteral("delimiterCombo"))->currentData().toString(),
              QStringLiteral(";"));
    EXPECT_EQ(find<QComboBox>(&dialog, QStringLiteral("encodingCombo"))->currentData().toString(),
              QStringLiteral("UTF-8"));
    EXPECT_EQ(find<QComboBox>(&dialog, QStringLiteral("mappingCombo_2"))->currentData().toString(),
              QStringLiteral("email"));
    EXPECT_TRUE(find<QPushButton>(&dialog, QStringLiteral("importButton"))->isEnabled());
}

TEST_F(ImportDialogView, ChangingTheDelimiterReadsTheFileAgain)
{
    const QString path = writeFile(QStringLiteral("members.csv"), semicolonFile);
    ImportDialog dialog(m_db.get());
    dialog.show();
    ASSERT_TRUE(dialog.openFile(path));
    auto *delimiter = find<QComboBox>(&dialog, QStringLiteral("delimiterCombo"));
    const int comma = delimiter->findData(QStringLiteral(","));
    delimiter->setCurrentIndex(comma);
    emit delimiter->activated(comma);
    EXPECT_EQ(find<QTableWidget>(&dialog, QStringLiteral("importPreviewTable"))->columnCount(), 1);
    EXPECT_EQ(delimiter->currentData().toString(), QStringLiteral(","));
}

TEST_F(ImportDialogView, ImportsAndListsRejectedRows)
{
    const QString path = writeFile(QStringLiteral("members.csv"), semicolonFile);
    ImportDialog dialog(m_db.get());
    dialog.show();
    int changed = -1;
    QObject::connect(&dialog, &ImportDialog::imported, &dialog, [&changed](int n) { changed = n; });
    m_files = {path};
    dialog.chooseFile();
    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("importButton")), Qt::LeftButton);

    // The bad e-mail address is a warning: the person is imported with it, marked for a look.
    EXPECT_EQ(changed, 3);
    EXPECT_EQ(MemberRepository(m_db.get()).count(), 3);
    auto *rejected = find<QTableWidget>(&dialog, QStringLiteral("rejectedTable"));
    ASSERT_EQ(rejected->rowCount(), 1);
    EXPECT_EQ(rejected->item(0, 0)->text(), QStringLiteral("4"));
    EXPECT_EQ(rejected->item(0, 1)->text(), QStringLiteral("email"));
    EXPECT_EQ(rejected->item(0, 2)->text(), QStringLiteral("imported"));

    const QString rejectedPath = m_files_dir.filePath(QStringLiteral("rejected.csv"));
    m_files = {rejectedPath};
    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("saveRejectedButton")), Qt::LeftButton);
    QFile file(rejectedPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("not-an-email"));
}

TEST_F(ImportDialogView, CancellingTheImportWritesNothing)
{
    QByteArray bytes = "first_name,last_name,email\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "Anna,Kowalska" + QByteArray::number(i) + ",anna" + QByteArray::number(i) + "@example.org\n";
    const QString path = writeFile(QStringLiteral("many.csv"), bytes);
    ImportDialog dialog(m_db.get());
    dialog.setProgressDelay(0);
    dialog.show();
    ASSERT_TRUE(dialog.openFile(path));
    int changed = -1;
    QObject::connect(&dialog, &ImportDialog::imported, &dialog, [&changed](int n) { changed = n; });
    bool cancelled = false;
    QTimer::singleShot(0, &dialog, [&] {
        if (auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("importProgress"))) {
            progress->cancel();
            cancelled = true;
        }
    });
    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("importButton")), Qt::LeftButton);

    ASSERT_TRUE(cancelled);
    EXPECT_EQ(changed, -1);
    EXPECT_EQ(MemberRepository(m_db.get()).count(), 0);
    auto *bar = find<MessageBar>(&dialog, QStringLiteral("importMessageBar"));
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(find<QPushButton>(&dialog, QStringLiteral("importButton"))->isVisible());
}

} // namespace supolka::test

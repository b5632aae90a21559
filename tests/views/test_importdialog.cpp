#include <QComboBox>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

#include "models/members/memberrepository.h"
#include "tests/views/viewfixture.h"
#include "views/common/importdialog.h"
#include "views/common/messagebar.h"
#include "views/members/memberimporttarget.h"

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
    QUndoStack m_undo;
};

const QByteArray semicolonFile = "first_name;last_name;email;country\r\n"
                                 "Anna;Kowalska;anna@example.org;PL\r\n"
                                 "Ян;Шыла;jan@example.org;LT\r\n"
                                 "Broken;Row;not-an-email;PL\r\n";

} // namespace

TEST_F(ImportDialogView, PreviewShowsRowsWithTheDetectedFormat)
{
    const QString path = writeFile(QStringLiteral("members.csv"), semicolonFile);
    ImportDialog dialog(m_db.get(), memberImportTarget(m_db.get()), &m_undo);
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
    ImportDialog dialog(m_db.get(), memberImportTarget(m_db.get()), &m_undo);
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
    ImportDialog dialog(m_db.get(), memberImportTarget(m_db.get()), &m_undo);
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
    ImportDialog dialog(m_db.get(), memberImportTarget(m_db.get()), &m_undo);
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

// The import is one step of the undo stack: undo puts every row back, redo brings the import back.
TEST_F(ImportDialogView, AnImportIsOneStepToUndoAndRedo)
{
    MemberRepository repository(m_db.get());
    Member anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Kowalska");
    anna.email = QStringLiteral("anna@example.org");
    ASSERT_TRUE(repository.add(anna));
    const QString path = writeFile(QStringLiteral("members.csv"), semicolonFile);
    ImportDialog dialog(m_db.get(), memberImportTarget(m_db.get()), &m_undo);
    dialog.show();
    int reloads = 0;
    QObject::connect(&dialog, &ImportDialog::dataChanged, &dialog, [&reloads] { ++reloads; });
    ASSERT_TRUE(dialog.openFile(path));
    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("importButton")), Qt::LeftButton);

    EXPECT_EQ(repository.count(), 3);
    ASSERT_EQ(m_undo.count(), 1);
    EXPECT_EQ(m_undo.undoText(), QStringLiteral("Import of members.csv: 2 new, 1 updated"));
    EXPECT_EQ(reloads, 1);

    m_undo.undo();
    EXPECT_EQ(repository.count(), 1);
    EXPECT_EQ(repository.all().value(0).country, QString()) << "the update is taken back too";
    EXPECT_EQ(reloads, 2);
    m_undo.redo();
    EXPECT_EQ(repository.count(), 3);
    EXPECT_EQ(repository.searchMembers(QStringLiteral("anna@example.org")).value().value(0).country,
              QStringLiteral("PL"));

    // An import that changes nothing leaves no step.
    ImportDialog again(m_db.get(), memberImportTarget(m_db.get()), &m_undo);
    again.show();
    ASSERT_TRUE(again.openFile(path));
    QTest::mouseClick(find<QPushButton>(&again, QStringLiteral("importButton")), Qt::LeftButton);
    EXPECT_EQ(again.report().unchanged, 3);
    EXPECT_EQ(m_undo.count(), 1);
}

// A cancelled import leaves no step either.
TEST_F(ImportDialogView, ACancelledImportLeavesNoStep)
{
    QByteArray bytes = "first_name,last_name,email\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "Anna,Kowalska" + QByteArray::number(i) + ",anna" + QByteArray::number(i) + "@example.org\n";
    const QString path = writeFile(QStringLiteral("many.csv"), bytes);
    ImportDialog dialog(m_db.get(), memberImportTarget(m_db.get()), &m_undo);
    dialog.setProgressDelay(0);
    dialog.show();
    ASSERT_TRUE(dialog.openFile(path));
    QTimer::singleShot(0, &dialog, [&dialog] {
        if (auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("importProgress")))
            progress->cancel();
    });
    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("importButton")), Qt::LeftButton);
    EXPECT_EQ(MemberRepository(m_db.get()).count(), 0);
    EXPECT_EQ(m_undo.count(), 0);
}

} // namespace supolka::test

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QUrl>

#include "models/i18n/languages.h"
#include "models/members/memberimporter.h"
#include "models/members/memberrepository.h"
#include "models/members/membertablemodel.h"
#include "tests/views/viewfixture.h"
#include "views/common/importdialog.h"
#include "views/common/messagebar.h"
#include "views/mainwindow.h"
#include "views/members/membereditor.h"
#include "views/members/membersfirstrun.h"
#include "views/members/memberspage.h"

namespace supolka::test {

namespace {

class MembersPageView : public ViewTest
{
protected:
    void SetUp() override
    {
        ViewTest::SetUp();
        m_window = std::make_unique<MainWindow>(m_db.get(), m_languages);
        m_window->showPage(MainWindow::MembersArea);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = m_window->membersPage();
        m_table = find<QTableView>(m_page, QStringLiteral("membersTable"));
    }

    void TearDown() override
    {
        m_window.reset();
        ViewTest::TearDown();
    }

    Member storeMember(const QString &first, const QString &last, const QString &email = {})
    {
        Member member;
        member.firstName = first;
        member.lastName = last;
        member.email = email;
        MemberRepository repository(m_db.get());
        const Result<Member> added = repository.add(member);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added.ok() ? added.value() : member;
    }

    MemberEditor *openNewEditor()
    {
        flushDeletes();
        auto *button = m_page->findChild<QPushButton *>(
            m_table->isVisibleTo(m_page) ? QStringLiteral("newMemberButton") : QStringLiteral("addFirstMemberButton"));
        EXPECT_NE(button, nullptr);
        if (!button)
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        auto *editor = m_page->findChild<MemberEditor *>();
        EXPECT_NE(editor, nullptr);
        if (editor) {
            EXPECT_TRUE(editor->isVisible());
        }
        return editor;
    }

    void type(QWidget *editor, const QString &name, const QString &text)
    {
        auto *edit = find<QLineEdit>(editor, name);
        ASSERT_NE(edit, nullptr);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void save(MemberEditor *editor)
    {
        QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("saveButton")), Qt::LeftButton);
    }

    QStringList shownLastNames() const
    {
        QStringList names;
        for (int row = 0; row < m_table->model()->rowCount(); ++row)
            names.append(m_table->model()->index(row, MemberTableModel::LastName).data().toString());
        return names;
    }

    int storedCount() { return MemberRepository(m_db.get()).count(); }

    Languages m_languages;
    std::unique_ptr<MainWindow> m_window;
    MembersPage *m_page = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace

TEST_F(MembersPageView, EmptyDatabaseShowsTheFirstSteps)
{
    auto *firstRun = find<MembersFirstRun>(m_page, QStringLiteral("membersFirstRun"));
    EXPECT_TRUE(firstRun->isVisible());
    EXPECT_FALSE(m_table->isVisible());
    EXPECT_TRUE(find<QPushButton>(m_page, QStringLiteral("addFirstMemberButton"))->isVisible());
    EXPECT_TRUE(find<QPushButton>(m_page, QStringLiteral("importCsvButton"))->isVisible());
    EXPECT_TRUE(find<QPushButton>(m_page, QStringLiteral("loadDemoButton"))->isVisible());
}

TEST_F(MembersPageView, AddsAMemberThroughTheEditor)
{
    MemberEditor *editor = openNewEditor();
    ASSERT_NE(editor, nullptr);
    type(editor, QStringLiteral("firstNameEdit"), QStringLiteral("Alesia"));
    type(editor, QStringLiteral("lastNameEdit"), QStringLiteral("Navumchyk"));
    type(editor, QStringLiteral("emailEdit"), QStringLiteral("Alesia@Example.org"));
    type(editor, QStringLiteral("cityEdit"), QStringLiteral("Warszawa"));
    save(editor);
    flushDeletes();

    EXPECT_EQ(m_page->findChild<MemberEditor *>(), nullptr);
    EXPECT_TRUE(m_table->isVisible());
    ASSERT_EQ(m_table->model()->rowCount(), 1);
    EXPECT_EQ(shownLastNames(), QStringList{QStringLiteral("Navumchyk")});
    EXPECT_EQ(m_table->model()->index(0, MemberTableModel::Email).data().toString(),
              QStringLiteral("alesia@example.org"));
    EXPECT_EQ(storedCount(), 1);
    EXPECT_TRUE(find<QLabel>(m_page, QStringLiteral("statusLabel"))->text().contains(QLatin1Char('1')));
}

TEST_F(MembersPageView, RefusesAnInvalidEmailWithAMessage)
{
    MemberEditor *editor = openNewEditor();
    ASSERT_NE(editor, nullptr);
    type(editor, QStringLiteral("firstNameEdit"), QStringLiteral("Pavel"));
    type(editor, QStringLiteral("lastNameEdit"), QStringLiteral("Sieviaryniec"));
    type(editor, QStringLiteral("emailEdit"), QStringLiteral("pavel-at-example"));
    save(editor);
    flushDeletes();

    ASSERT_EQ(m_page->findChild<MemberEditor *>(), editor);
    EXPECT_TRUE(editor->isVisible());
    auto *bar = find<MessageBar>(editor, QStringLiteral("editorMessageBar"));
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Error);
    EXPECT_FALSE(bar->text().isEmpty());
    EXPECT_FALSE(find<QLineEdit>(editor, QStringLiteral("emailEdit"))->toolTip().isEmpty());
    EXPECT_EQ(storedCount(), 0);

    type(editor, QStringLiteral("emailEdit"), QStringLiteral("pavel@example.org"));
    save(editor);
    flushDeletes();
    EXPECT_EQ(storedCount(), 1);
}

TEST_F(MembersPageView, OffersToMergeADuplicateAndKeepsOneRecord)
{
    storeMember(QStringLiteral("Ihar"), QStringLiteral("Losik"), QStringLiteral("ihar@example.org"));
    m_page->reload();

    MemberEditor *editor = openNewEditor();
    ASSERT_NE(editor, nullptr);
    type(editor, QStringLiteral("firstNameEdit"), QStringLiteral("Igor"));
    type(editor, QStringLiteral("lastNameEdit"), QStringLiteral("Losik"));
    type(editor, QStringLiteral("emailEdit"), QStringLiteral("ihar@example.org"));
    type(editor, QStringLiteral("phoneEdit"), QStringLiteral("+48 512 345 678"));
    m_answers = {0}; // merge
    save(editor);
    flushDeletes();

    ASSERT_EQ(m_decisions.size(), 1);
    EXPECT_EQ(m_decisions.first().choices.size(), 3);
    EXPECT_TRUE(m_decisions.first().choices.first().contains(QStringLiteral("Ihar Losik")));
    EXPECT_EQ(storedCount(), 1);
    EXPECT_EQ(m_table->model()->rowCount(), 1);
    MemberRepository repository(m_db.get());
    const QList<Member> all = repository.all();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().firstName, QStringLiteral("Ihar"));
    EXPECT_FALSE(all.first().phone.isEmpty());
}

TEST_F(MembersPageView, CancellingTheDuplicateQuestionKeepsTheEditorOpen)
{
    storeMember(QStringLiteral("Ihar"), QStringLiteral("Losik"), QStringLiteral("ihar@example.org"));
    m_page->reload();
    MemberEditor *editor = openNewEditor();
    ASSERT_NE(editor, nullptr);
    type(editor, QStringLiteral("firstNameEdit"), QStringLiteral("Igor"));
    type(editor, QStringLiteral("emailEdit"), QStringLiteral("ihar@example.org"));
    m_answers = {2}; // cancel
    save(editor);
    flushDeletes();
    EXPECT_EQ(m_decisions.size(), 1);
    EXPECT_EQ(m_page->findChild<MemberEditor *>(), editor);
    EXPECT_EQ(storedCount(), 1);
}

TEST_F(MembersPageView, LatinQueryFindsACyrillicName)
{
    storeMember(QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"));
    storeMember(QStringLiteral("Ales"), QStringLiteral("Bialiatski"));
    storeMember(QStringLiteral("Марыя"), QStringLiteral("Калеснікава"));
    m_page->reload();
    ASSERT_EQ(m_table->model()->rowCount(), 3);

    auto *search = find<QLineEdit>(m_page, QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("Tsikhanouskaya"));
    EXPECT_EQ(shownLastNames(), QStringList{QStringLiteral("Ціханоўская")});

    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_EQ(m_table->model()->rowCount(), 3);
}

TEST_F(MembersPageView, CtrlFFocusesTheSearchField)
{
    storeMember(QStringLiteral("Ales"), QStringLiteral("Bialiatski"));
    m_page->reload();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    m_table->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), find<QLineEdit>(m_page, QStringLiteral("searchLineEdit")));
}

// A search shows at most so many members; when it finds that many, the status line says that more may match.
TEST_F(MembersPageView, ASearchAtItsLimitSaysToTypeMore)
{
    storeMember(QStringLiteral("Ales"), QStringLiteral("Kavalenka"));
    storeMember(QStringLiteral("Alena"), QStringLiteral("Kavalenka"));
    storeMember(QStringLiteral("Maria"), QStringLiteral("Kalesnikava"));
    m_page->reload();
    auto *model = qobject_cast<MemberTableModel *>(m_table->model());
    ASSERT_NE(model, nullptr);
    auto *status = find<QLabel>(m_page, QStringLiteral("statusLabel"));
    auto *search = find<QLineEdit>(m_page, QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("Kavalenka"));
    EXPECT_EQ(m_table->model()->rowCount(), 2);
    EXPECT_FALSE(status->text().contains(QLatin1String("type more")));
    model->setSearchLimit(1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Kavalenka"));
    EXPECT_EQ(m_table->model()->rowCount(), 1);
    EXPECT_TRUE(status->text().contains(QLatin1String("type more"))) << status->text().toStdString();
}

TEST_F(MembersPageView, DeleteCanBeUndone)
{
    storeMember(QStringLiteral("Ales"), QStringLiteral("Bialiatski"));
    storeMember(QStringLiteral("Maria"), QStringLiteral("Kalesnikava"));
    m_page->reload();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));

    m_table->setFocus();
    m_table->selectRow(0);
    const QString deleted = m_table->model()->index(0, MemberTableModel::LastName).data().toString();
    QTest::keyClick(m_table, Qt::Key_Delete);
    EXPECT_EQ(m_table->model()->rowCount(), 1);
    EXPECT_FALSE(shownLastNames().contains(deleted));
    EXPECT_EQ(storedCount(), 1);
    EXPECT_TRUE(find<MessageBar>(m_page, QStringLiteral("membersMessageBar"))->isVisible());

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_table->model()->rowCount(), 2);
    EXPECT_TRUE(shownLastNames().contains(deleted));
    EXPECT_EQ(storedCount(), 2);

    m_window->undoStack()->redo();
    EXPECT_EQ(m_table->model()->rowCount(), 1);
}

TEST_F(MembersPageView, EnterEditsTheSelectedMember)
{
    storeMember(QStringLiteral("Ales"), QStringLiteral("Bialiatski"), QStringLiteral("ales@example.org"));
    m_page->reload();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    m_table->setFocus();
    m_table->selectRow(0);
    QTest::keyClick(m_table, Qt::Key_Return);
    auto *editor = m_page->findChild<MemberEditor *>();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(find<QLineEdit>(editor, QStringLiteral("emailEdit"))->text(), QStringLiteral("ales@example.org"));
    type(editor, QStringLiteral("cityEdit"), QStringLiteral("Vilnius"));
    EXPECT_EQ(find<QPushButton>(editor, QStringLiteral("saveButton"))->shortcut(), QKeySequence(QKeySequence::Save));
    save(editor);
    flushDeletes();
    EXPECT_EQ(m_page->findChild<MemberEditor *>(), nullptr);
    EXPECT_EQ(m_table->model()->index(0, MemberTableModel::City).data().toString(), QStringLiteral("Vilnius"));
    EXPECT_EQ(storedCount(), 1);

    m_window->undoStack()->undo();
    EXPECT_TRUE(m_table->model()->index(0, MemberTableModel::City).data().toString().isEmpty());
    EXPECT_TRUE(MemberRepository(m_db.get()).all().first().city.isEmpty());
    m_window->undoStack()->redo();
    EXPECT_EQ(MemberRepository(m_db.get()).all().first().city, QStringLiteral("Vilnius"));
}

TEST_F(MembersPageView, AddingCanBeUndone)
{
    MemberEditor *editor = openNewEditor();
    ASSERT_NE(editor, nullptr);
    type(editor, QStringLiteral("firstNameEdit"), QStringLiteral("Maria"));
    type(editor, QStringLiteral("lastNameEdit"), QStringLiteral("Kalesnikava"));
    save(editor);
    flushDeletes();
    ASSERT_EQ(storedCount(), 1);
    m_window->undoStack()->undo();
    EXPECT_EQ(storedCount(), 0);
    EXPECT_EQ(m_table->model()->rowCount(), 0);
    m_window->undoStack()->redo();
    EXPECT_EQ(storedCount(), 1);
    EXPECT_EQ(shownLastNames(), QStringList{QStringLiteral("Kalesnikava")});
}

TEST_F(MembersPageView, EraseAsksFirstAndCannotBeUndone)
{
    storeMember(QStringLiteral("Ales"), QStringLiteral("Bialiatski"), QStringLiteral("ales@example.org"));
    m_page->reload();
    m_table->selectRow(0);

    m_answers = {1}; // cancel
    m_page->eraseAction()->trigger();
    EXPECT_EQ(storedCount(), 1);

    m_answers = {0};
    m_page->eraseAction()->trigger();
    ASSERT_EQ(m_decisions.size(), 2);
    EXPECT_TRUE(m_decisions.last().destructive);
    EXPECT_EQ(storedCount(), 0);
    EXPECT_EQ(m_table->model()->rowCount(), 0);
    EXPECT_FALSE(m_window->undoStack()->canUndo());
    MemberRepository repository(m_db.get());
    const QList<Member> all = repository.all(true);
    ASSERT_EQ(all.size(), 1);
    EXPECT_TRUE(all.first().email.isEmpty());
}

TEST_F(MembersPageView, ExportsOnePersonsData)
{
    storeMember(QStringLiteral("Ales"), QStringLiteral("Bialiatski"), QStringLiteral("ales@example.org"));
    m_page->reload();
    m_table->selectRow(0);
    const QString path = m_settingsDir.filePath(QStringLiteral("ales.json"));
    m_files = {path};
    m_page->exportPersonAction()->trigger();
    ASSERT_EQ(m_fileRequests.size(), 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("ales@example.org"));
}

TEST_F(MembersPageView, ExportsMembersForExcelOrPlainAndRemembersTheChoice)
{
    storeMember(QStringLiteral("Ales"), QStringLiteral("Bialiatski"), QStringLiteral("ales@example.org"));
    m_page->reload();
    const QString excel = m_settingsDir.filePath(QStringLiteral("excel.csv"));
    m_files = {excel};
    find<QAction>(m_window.get(), QStringLiteral("exportMembersAction"))->trigger();
    ASSERT_EQ(m_fileRequests.size(), 1);
    const Dialogs::FileRequest request = m_fileRequests.first();
    ASSERT_EQ(request.filters.size(), 2);
    EXPECT_EQ(request.selectedFilter, request.filters.first());
    QFile excelFile(excel);
    ASSERT_TRUE(excelFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(excelFile.readAll().startsWith("\xEF\xBB\xBF"));

    // The plain profile is chosen through the second filter, and offered first the next time.
    const QString plain = m_settingsDir.filePath(QStringLiteral("plain.csv"));
    Dialogs::setFileHandler([&](const Dialogs::FileRequest &asked) {
        m_fileRequests.append(asked);
        return Dialogs::FileAnswer{plain, asked.filters.at(1)};
    });
    m_page->exportMembers();
    QFile plainFile(plain);
    ASSERT_TRUE(plainFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = plainFile.readAll();
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("ales@example.org"));
    m_page->exportMembers();
    EXPECT_EQ(m_fileRequests.last().selectedFilter, m_fileRequests.last().filters.at(1));
}

TEST_F(MembersPageView, DroppingACsvOpensTheImportPreview)
{
    const QString path = m_settingsDir.filePath(QStringLiteral("dropped.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("first_name\tlast_name\nAnna\tKowalska\n");
    file.close();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint where = m_page->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page, &drop);

    auto *dialog = m_page->findChild<ImportDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(m_fileRequests.isEmpty());
    auto *preview = find<QTableWidget>(dialog, QStringLiteral("importPreviewTable"));
    EXPECT_EQ(preview->rowCount(), 1);
    EXPECT_EQ(find<QComboBox>(dialog, QStringLiteral("delimiterCombo"))->currentData().toString(),
              QStringLiteral("\t"));
    dialog->close();
}

// What an import left to look at is one choice of the status filter away: the members marked for attention, and
// the people who may be one person. Opening a marked member shows the marks; saving clears them.
TEST_F(MembersPageView, ShowsWhatAnImportLeftToLookAtAndClearsItOnSave)
{
    storeMember(QStringLiteral("Ales"), QStringLiteral("Bialiatski"), QStringLiteral("ales@example.org"));
    {
        MemberRepository repository(m_db.get());
        Member ales = repository.all().first();
        ales.phone = QStringLiteral("+48 600 100 200");
        ASSERT_TRUE(repository.update(ales));
    }
    ASSERT_TRUE(MemberImporter::importFile(m_db.get(), dataPath(QStringLiteral("members/mixed_errors.csv")), {}));
    ASSERT_TRUE(
        MemberImporter::importFile(m_db.get(), dataPath(QStringLiteral("members/family_shared_phone.csv")), {}));
    m_page->reload();
    EXPECT_EQ(m_table->model()->rowCount(), 9);

    auto *status = find<QComboBox>(m_page, QStringLiteral("statusFilterCombo"));
    status->setCurrentIndex(status->findText(QStringLiteral("Needs attention")));
    EXPECT_EQ(shownLastNames().size(), 4) << shownLastNames().join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(shownLastNames().contains(QStringLiteral("Pazniak")));
    const QString tip = m_table->model()->index(0, MemberTableModel::LastName).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("needs a look"))) << tip.toStdString();

    status->setCurrentIndex(status->findText(QStringLiteral("Possible duplicates")));
    QStringList duplicates = shownLastNames();
    duplicates.sort();
    EXPECT_EQ(duplicates, (QStringList{QStringLiteral("Bialiatski"), QStringLiteral("Калінін"),
                                       QStringLiteral("Мельнік"), QStringLiteral("Мельнік")}));

    // Iryna's phone was kept as typed: the editor shows it, and once it is fixed and saved the mark is gone.
    status->setCurrentIndex(status->findText(QStringLiteral("Needs attention")));
    const int iryna = int(shownLastNames().indexOf(QStringLiteral("Pazniak")));
    ASSERT_GE(iryna, 0);
    m_table->selectRow(iryna);
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Return);
    auto *editor = m_page->findChild<MemberEditor *>();
    ASSERT_NE(editor, nullptr);
    auto *bar = editor->findChild<MessageBar *>();
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->kind(), MessageBar::Kind::Warning);
    EXPECT_TRUE(bar->text().contains(QStringLiteral("phone number"))) << bar->text().toStdString();
    EXPECT_FALSE(find<QLineEdit>(editor, QStringLiteral("phoneEdit"))->styleSheet().isEmpty());
    type(editor, QStringLiteral("phoneEdit"), QStringLiteral("+48 601 234 567"));
    save(editor);
    flushDeletes();
    EXPECT_FALSE(shownLastNames().contains(QStringLiteral("Pazniak")));
    EXPECT_EQ(shownLastNames().size(), 3);
}

// Two rows of one person become one member through the Members menu, as one step to undo.
TEST_F(MembersPageView, MergesTwoSelectedMembersIntoOneAndUndoesIt)
{
    storeMember(QStringLiteral("Ales"), QStringLiteral("Bialiatski"), QStringLiteral("ales@example.org"));
    storeMember(QStringLiteral("Алесь"), QStringLiteral("Бяляцкі"), QStringLiteral("a.b@example.org"));
    m_page->reload();
    m_table->selectAll();
    ASSERT_TRUE(m_page->mergeAction()->isEnabled());
    m_answers << 1; // keep the second
    m_page->mergeAction()->trigger();
    ASSERT_EQ(m_decisions.size(), 1);
    EXPECT_EQ(storedCount(), 1);
    EXPECT_EQ(m_table->model()->rowCount(), 1);
    EXPECT_EQ(m_page->messageBar()->kind(), MessageBar::Kind::Positive) << m_page->messageBar()->text().toStdString();
    EXPECT_TRUE(m_window->undoStack()->undoText().startsWith(QStringLiteral("Merge of ")))
        << m_window->undoStack()->undoText().toStdString();

    m_window->undoStack()->undo();
    EXPECT_EQ(storedCount(), 2);
    EXPECT_EQ(m_table->model()->rowCount(), 2);
    m_window->undoStack()->redo();
    EXPECT_EQ(storedCount(), 1);

    // Cancelled, nothing happens.
    m_window->undoStack()->undo();
    m_table->selectAll();
    m_answers << 2;
    m_page->mergeAction()->trigger();
    EXPECT_EQ(storedCount(), 2);
}

} // namespace supolka::test

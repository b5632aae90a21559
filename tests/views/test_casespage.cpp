#include <tuple>

#include <QAbstractItemView>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/cases/caserepository.h"
#include "models/cases/casetablemodel.h"
#include "models/cases/caseworkflow.h"
#include "models/members/memberrepository.h"
#include "tests/views/viewfixture.h"
#include "views/cases/casecharts.h"
#include "views/cases/caseeditor.h"
#include "views/cases/casespage.h"
#include "views/common/messagebar.h"

namespace supolka::test {

namespace {

const QString Lead = QStringLiteral("Hanna");

class CasesPageView : public ViewTest
{
protected:
    void SetUp() override
    {
        ViewTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void TearDown() override
    {
        m_host.reset();
        ViewTest::TearDown();
    }

    // The page in a window of its own, as the main window will hold it.
    void showPage()
    {
        m_host = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_host.get());
        m_page = new CasesPage(m_db.get(), &m_undoStack, m_host.get());
        layout->addWidget(m_page);
        m_host->resize(1200, 800);
        m_host->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_host.get()));
        activate(m_host.get());
        m_table = find<QTableView>(m_page, QStringLiteral("casesTable"));
    }

    Member storeMember(const QString &first, const QString &last, const QStringList &skills,
                       const QStringList &languages = {}, const QString &country = {})
    {
        Member member;
        member.firstName = first;
        member.lastName = last;
        member.skills = skills;
        member.languages = languages;
        member.country = country;
        const Result<Member> added = MemberRepository(m_db.get()).add(member);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added.ok() ? added.value() : member;
    }

    AidCase storeCase(const QString &name, const QStringList &needs, bool sensitive = false, const QDate &due = {})
    {
        AidCase c;
        c.personName = name;
        c.needs = needs;
        c.summary = QStringLiteral("Help for ") + name;
        c.openedOn = QDate::currentDate().addDays(-30);
        c.dueOn = due;
        c.sensitive = sensitive;
        const Result<AidCase> added = CaseRepository(m_db.get()).add(c, Lead);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added.ok() ? added.value() : c;
    }

    AidCase stored(qint64 pk) { return CaseRepository(m_db.get()).find(pk).value_or(AidCase()); }

    QStringList shownColumn(int column) const
    {
        QStringList values;
        for (int row = 0; row < m_table->model()->rowCount(); ++row)
            values.append(m_table->model()->index(row, column).data().toString());
        return values;
    }

    CaseEditor *openNewEditor()
    {
        QTest::mouseClick(find<QPushButton>(m_page, QStringLiteral("newCaseButton")), Qt::LeftButton);
        CaseEditor *editor = m_page->editor();
        EXPECT_NE(editor, nullptr);
        if (editor) {
            EXPECT_TRUE(editor->isVisible());
            activate(editor);
        }
        return editor;
    }

    // Closes the completion popups a type-ahead field opened, as Esc does.
    static void closePopups(QWidget *parent)
    {
        const QList<QCompleter *> completers = parent->findChildren<QCompleter *>();
        for (QCompleter *completer : completers) {
            if (completer->popup() && completer->popup()->isVisible())
                QTest::keyClick(completer->popup(), Qt::Key_Escape);
        }
    }

    static QStringList statusButtonNames(CaseEditor *editor)
    {
        QStringList names;
        const QList<QPushButton *> buttons =
            find<QWidget>(editor, QStringLiteral("statusButtons"))->findChildren<QPushButton *>();
        for (const QPushButton *button : buttons)
            names.append(button->objectName());
        names.sort();
        return names;
    }

    static void clickStatus(CaseEditor *editor, CaseStatus to)
    {
        auto *button = find<QPushButton>(editor, QStringLiteral("statusButton_") + caseStatusKey(to));
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void showTab(CaseEditor *editor, const QString &tabName)
    {
        auto *tabs = find<QTabWidget>(editor, QStringLiteral("caseTabs"));
        tabs->setCurrentWidget(find<QWidget>(editor, tabName));
    }

    static Dialogs::TextAnswer answer(const QString &text)
    {
        Dialogs::TextAnswer answer;
        answer.accepted = true;
        answer.value = text;
        return answer;
    }

    QUndoStack m_undoStack;
    std::unique_ptr<QWidget> m_host;
    CasesPage *m_page = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace

TEST_F(CasesPageView, TakesACaseFromRequestToClosing)
{
    const Member lawyer = storeMember(QStringLiteral("Alena"), QStringLiteral("Kavalenka"), {QStringLiteral("lawyer")},
                                      {QStringLiteral("be")}, QStringLiteral("PL"));
    storeMember(QStringLiteral("Pavel"), QStringLiteral("Sieviaryniec"), {QStringLiteral("doctor")});
    showPage();
    EXPECT_TRUE(find<QLabel>(m_page, QStringLiteral("casesEmptyLabel"))->isVisible());
    EXPECT_FALSE(m_page->overdueBanner()->isVisible()) << "nothing is overdue";

    // Open the case: the person, the needs, the summary; Ctrl+S saves.
    CaseEditor *editor = openNewEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_FALSE(find<QTabWidget>(editor, QStringLiteral("caseTabs"))->isEnabled()) << "only once saved";
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("personNameEdit")), QStringLiteral("Maryia Kalesnikava"));
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("personLanguagesEdit")), QStringLiteral("Belarusian"));
    closePopups(editor);
    QTest::keyClick(find<QCheckBox>(editor, QStringLiteral("needCheckBox_legal")), Qt::Key_Space);
    QTest::keyClick(find<QCheckBox>(editor, QStringLiteral("needCheckBox_documents")), Qt::Key_Space);
    QTest::keyClicks(find<QPlainTextEdit>(editor, QStringLiteral("summaryEdit")),
                     QStringLiteral("Asylum interview next month, needs a lawyer"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);

    EXPECT_TRUE(editor->isVisible()) << "the editor stays open for the next steps";
    const qint64 pk = editor->currentCase().pk;
    ASSERT_GT(pk, 0);
    AidCase c = stored(pk);
    EXPECT_EQ(c.personName, QStringLiteral("Maryia Kalesnikava"));
    EXPECT_EQ(c.needs, (QStringList{QStringLiteral("legal"), QStringLiteral("documents")}));
    EXPECT_EQ(c.personLanguages, QStringList{QStringLiteral("be")});
    EXPECT_EQ(c.summary, QStringLiteral("Asylum interview next month, needs a lawyer"));
    EXPECT_EQ(c.status, CaseStatus::New);
    EXPECT_EQ(c.openedOn, QDate::currentDate());
    ASSERT_EQ(m_table->model()->rowCount(), 1);
    EXPECT_EQ(shownColumn(CaseTableModel::Person), QStringList{QStringLiteral("Maryia Kalesnikava")});
    EXPECT_EQ(shownColumn(CaseTableModel::Number), QStringList{c.number});
    EXPECT_TRUE(find<QTabWidget>(editor, QStringLiteral("caseTabs"))->isEnabled());

    // Assign it through the suggestions: the lawyer fits, the doctor does not.
    showTab(editor, QStringLiteral("progressTab"));
    QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("suggestButton")), Qt::LeftButton);
    auto *suggestions = find<QTreeWidget>(editor, QStringLiteral("suggestionsList"));
    ASSERT_EQ(suggestions->topLevelItemCount(), 1);
    QTreeWidgetItem *first = suggestions->topLevelItem(0);
    EXPECT_EQ(first->text(0), QStringLiteral("Alena Kavalenka"));
    EXPECT_TRUE(first->text(1).contains(QStringLiteral("lawyer for legal help"))) << first->text(1).toStdString();
    EXPECT_TRUE(first->text(1).contains(QStringLiteral("speaks"))) << first->text(1).toStdString();
    EXPECT_EQ(first->text(2), QStringLiteral("0")) << "open cases she holds";
    suggestions->setCurrentItem(first);
    QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("assignButton")), Qt::LeftButton);
    c = stored(pk);
    EXPECT_EQ(c.assigneePk, lawyer.pk);
    EXPECT_EQ(find<QLabel>(editor, QStringLiteral("assigneeLabel"))->text(), QStringLiteral("Alena Kavalenka"));
    EXPECT_EQ(shownColumn(CaseTableModel::Assignee), QStringList{QStringLiteral("Alena Kavalenka")});
    EXPECT_EQ(suggestions->topLevelItem(0)->text(2), QStringLiteral("1")) << "the list counts her new case";

    // Only the allowed next steps are offered.
    EXPECT_EQ(statusButtonNames(editor),
              (QStringList{QStringLiteral("statusButton_closed"), QStringLiteral("statusButton_in_progress")}));
    m_texts = {answer(QStringLiteral("Lawyer found"))};
    clickStatus(editor, CaseStatus::InProgress);
    ASSERT_EQ(m_textRequests.size(), 1);
    EXPECT_FALSE(m_textRequests.last().required) << "a reason is optional";
    c = stored(pk);
    EXPECT_EQ(c.status, CaseStatus::InProgress);
    EXPECT_EQ(CaseRepository(m_db.get()).timeline(pk).last().body, QStringLiteral("Lawyer found"));
    EXPECT_EQ(shownColumn(CaseTableModel::Status), QStringList{QStringLiteral("in progress")});
    EXPECT_EQ(statusButtonNames(editor),
              (QStringList{QStringLiteral("statusButton_resolved"), QStringLiteral("statusButton_waiting")}));

    m_texts = {answer(QString())};
    clickStatus(editor, CaseStatus::Waiting);
    EXPECT_EQ(stored(pk).status, CaseStatus::Waiting);

    m_texts = {answer(QStringLiteral("Interview went well"))};
    clickStatus(editor, CaseStatus::Resolved);
    EXPECT_EQ(stored(pk).status, CaseStatus::Resolved);
    EXPECT_EQ(statusButtonNames(editor),
              (QStringList{QStringLiteral("statusButton_closed"), QStringLiteral("statusButton_in_progress")}));

    // An invalid step has no button; forced, the repository's refusal shows and nothing changes.
    EXPECT_EQ(editor->findChild<QPushButton *>(QStringLiteral("statusButton_waiting")), nullptr);
    const qsizetype asked = m_textRequests.size();
    editor->changeStatus(CaseStatus::Waiting);
    EXPECT_EQ(m_textRequests.size(), asked) << "nothing to ask for a step that cannot be taken";
    EXPECT_TRUE(editor->messageBar()->isVisible());
    EXPECT_EQ(editor->messageBar()->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(editor->messageBar()->text().contains(CaseWorkflow::refusal(CaseStatus::Resolved, CaseStatus::Waiting)))
        << editor->messageBar()->text().toStdString();
    EXPECT_EQ(stored(pk).status, CaseStatus::Resolved);

    // A note, added with Ctrl+Enter.
    showTab(editor, QStringLiteral("timelineTab"));
    auto *noteEdit = find<QPlainTextEdit>(editor, QStringLiteral("noteEdit"));
    noteEdit->setFocus();
    QTest::keyClicks(noteEdit, QStringLiteral("Called the lawyer, papers are ready"));
    QTest::keyClick(noteEdit, Qt::Key_Return, Qt::ControlModifier);
    const QList<CaseNote> timeline = CaseRepository(m_db.get()).timeline(pk);
    ASSERT_FALSE(timeline.isEmpty());
    EXPECT_EQ(timeline.last().kind, CaseNote::Kind::Note);
    EXPECT_EQ(timeline.last().body, QStringLiteral("Called the lawyer, papers are ready"));
    EXPECT_TRUE(noteEdit->toPlainText().isEmpty());
    auto *timelineList = find<QListWidget>(editor, QStringLiteral("timelineList"));
    ASSERT_EQ(timelineList->count(), timeline.size());
    const QListWidgetItem *last = timelineList->item(timelineList->count() - 1);
    EXPECT_TRUE(last->text().startsWith(QStringLiteral("Note · ") + timeline.last().author)) << "what and who";
    EXPECT_TRUE(last->text().endsWith(QStringLiteral("\nCalled the lawyer, papers are ready")));
    EXPECT_FALSE(last->icon().isNull());

    // An empty note is refused next to the field.
    QTest::keyClick(noteEdit, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(find<QLabel>(editor, QStringLiteral("noteErrorLabel"))->isVisible());
    EXPECT_EQ(CaseRepository(m_db.get()).timeline(pk).size(), timeline.size());

    // A payment as people type it; the total in the locale with its currency.
    showTab(editor, QStringLiteral("paymentsTab"));
    auto *amount = find<QLineEdit>(editor, QStringLiteral("paymentAmountEdit"));
    QTest::keyClicks(amount, QStringLiteral("twelve"));
    QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("addPaymentButton")), Qt::LeftButton);
    EXPECT_TRUE(find<QLabel>(editor, QStringLiteral("paymentErrorLabel"))->isVisible());
    EXPECT_TRUE(CaseRepository(m_db.get()).payments(pk).isEmpty());
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("12,50"));
    find<QComboBox>(editor, QStringLiteral("paymentCurrencyCombo"))->setCurrentText(QStringLiteral("EUR"));
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("paymentPurposeEdit")), QStringLiteral("Translation"));
    QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("addPaymentButton")), Qt::LeftButton);
    const QList<CasePayment> payments = CaseRepository(m_db.get()).payments(pk);
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments.first().amountMinor, 1250);
    EXPECT_EQ(payments.first().currency, QStringLiteral("EUR"));
    EXPECT_EQ(payments.first().purpose, QStringLiteral("Translation"));
    EXPECT_TRUE(
        find<QLabel>(editor, QStringLiteral("paymentTotalsLabel"))->text().contains(QStringLiteral("12.50 EUR")))
        << find<QLabel>(editor, QStringLiteral("paymentTotalsLabel"))->text().toStdString();
    EXPECT_FALSE(find<QLabel>(editor, QStringLiteral("paymentErrorLabel"))->isVisible());
    EXPECT_EQ(shownColumn(CaseTableModel::Paid), QStringList{QStringLiteral("12.50 EUR")});

    // Closing needs the outcome: cancelled or empty, nothing changes; answered, the case is closed.
    showTab(editor, QStringLiteral("progressTab"));
    m_texts = {};
    clickStatus(editor, CaseStatus::Closed);
    EXPECT_TRUE(m_textRequests.last().required);
    EXPECT_EQ(stored(pk).status, CaseStatus::Resolved);
    m_texts = {answer(QString())};
    clickStatus(editor, CaseStatus::Closed);
    EXPECT_EQ(stored(pk).status, CaseStatus::Resolved);
    EXPECT_EQ(editor->messageBar()->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(find<QLabel>(editor, QStringLiteral("errorLabel_outcome"))->isVisible());
    m_texts = {answer(QStringLiteral("Asylum granted"))};
    clickStatus(editor, CaseStatus::Closed);
    c = stored(pk);
    EXPECT_EQ(c.status, CaseStatus::Closed);
    EXPECT_EQ(c.outcome, QStringLiteral("Asylum granted"));
    EXPECT_TRUE(
        find<QLabel>(editor, QStringLiteral("outcomeLabel"))->text().contains(QStringLiteral("Asylum granted")));
    EXPECT_EQ(statusButtonNames(editor), QStringList{QStringLiteral("statusButton_in_progress")});
    EXPECT_EQ(shownColumn(CaseTableModel::Status), QStringList{QStringLiteral("closed")});

    // Esc closes the editor; nothing is asked when everything is saved.
    const qsizetype decisions = m_decisions.size();
    QTest::keyClick(editor, Qt::Key_Escape);
    flushDeletes();
    EXPECT_EQ(m_page->editor(), nullptr);
    EXPECT_EQ(m_decisions.size(), decisions);
}

TEST_F(CasesPageView, RefusesAnIncompleteCaseWithMessagesNextToTheFields)
{
    showPage();
    CaseEditor *editor = openNewEditor();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("dueDateEdit")), QStringLiteral("soon"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(editor->isNew());
    EXPECT_EQ(editor->messageBar()->kind(), MessageBar::Kind::Error);
    EXPECT_TRUE(editor->messageBar()->isVisible());
    for (const QString &field :
         {QStringLiteral("person_name"), QStringLiteral("needs"), QStringLiteral("summary"), QStringLiteral("due_on")})
        EXPECT_TRUE(find<QLabel>(editor, QStringLiteral("errorLabel_") + field)->isVisible()) << field.toStdString();
    EXPECT_TRUE(CaseRepository(m_db.get()).cases().isEmpty());

    // Esc with something typed asks first; "Keep editing" keeps the dialog.
    m_answers = {2};
    QTest::keyClick(editor, Qt::Key_Escape);
    ASSERT_EQ(m_decisions.size(), 1);
    EXPECT_TRUE(editor->isVisible());
    m_answers = {1}; // discard
    QTest::keyClick(editor, Qt::Key_Escape);
    flushDeletes();
    EXPECT_EQ(m_page->editor(), nullptr);
    EXPECT_TRUE(CaseRepository(m_db.get()).cases().isEmpty());
}

TEST_F(CasesPageView, PicksTheMemberHelpedByTypeAhead)
{
    const Member ihar =
        storeMember(QStringLiteral("Ігар"), QStringLiteral("Лосік"), {}, {QStringLiteral("be")}, QStringLiteral("LT"));
    showPage();
    CaseEditor *editor = openNewEditor();
    ASSERT_NE(editor, nullptr);
    auto *picker = find<QLineEdit>(editor, QStringLiteral("memberSearchEdit"));
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("Losik"));
    QCompleter *completer = picker->findChild<QCompleter *>();
    ASSERT_NE(completer, nullptr);
    ASSERT_TRUE(completer->popup()->isVisible());
    ASSERT_EQ(completer->completionCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    EXPECT_EQ(find<QLineEdit>(editor, QStringLiteral("personNameEdit"))->text(), QStringLiteral("Ігар Лосік"));
    EXPECT_TRUE(find<QLineEdit>(editor, QStringLiteral("personNameEdit"))->isReadOnly());
    EXPECT_TRUE(find<QLabel>(editor, QStringLiteral("memberLinkLabel"))->isVisible());
    QTest::keyClick(find<QCheckBox>(editor, QStringLiteral("needCheckBox_housing")), Qt::Key_Space);
    QTest::keyClicks(find<QPlainTextEdit>(editor, QStringLiteral("summaryEdit")), QStringLiteral("A room in Vilnius"));
    QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("saveCaseButton")), Qt::LeftButton);
    const AidCase c = editor->currentCase();
    ASSERT_GT(c.pk, 0);
    const AidCase saved = stored(c.pk);
    EXPECT_EQ(saved.memberPk, ihar.pk);
    EXPECT_EQ(saved.personCountry, QStringLiteral("LT"));
    EXPECT_EQ(saved.personLanguages, QStringList{QStringLiteral("be")});
    EXPECT_EQ(shownColumn(CaseTableModel::Person), QStringList{QStringLiteral("Ігар Лосік")});
}

TEST_F(CasesPageView, TheTimelineNamesTheVolunteerAsTheyAreNow)
{
    const Member lawyer = storeMember(QStringLiteral("Aleh"), QStringLiteral("Ahiejeu"), {QStringLiteral("lawyer")});
    const AidCase c = storeCase(QStringLiteral("Ales Pushkin"), {QStringLiteral("legal")});
    ASSERT_TRUE(CaseRepository(m_db.get()).assign(c.pk, lawyer.pk, Lead).ok());
    auto lastEntry = [&] {
        CaseEditor editor(m_db.get(), stored(c.pk));
        auto *timeline = find<QListWidget>(&editor, QStringLiteral("timelineList"));
        return timeline->count() > 0 ? timeline->item(timeline->count() - 1)->text() : QString();
    };
    EXPECT_TRUE(lastEntry().startsWith(QStringLiteral("Assigned to Aleh Ahiejeu · "))) << lastEntry().toStdString();

    Member renamed = lawyer;
    renamed.lastName = QStringLiteral("Ahiejeva");
    ASSERT_TRUE(MemberRepository(m_db.get()).update(renamed).ok());
    EXPECT_TRUE(lastEntry().startsWith(QStringLiteral("Assigned to Aleh Ahiejeva · "))) << lastEntry().toStdString();

    ASSERT_TRUE(MemberRepository(m_db.get()).erase(lawyer.pk).ok());
    EXPECT_TRUE(lastEntry().startsWith(QStringLiteral("Assigned to a volunteer · "))) << lastEntry().toStdString();

    // Older notes hold the name itself.
    QSqlQuery older(m_db.get().connection());
    ASSERT_TRUE(older.exec(QStringLiteral("UPDATE case_notes SET body = 'Ales Bialiatski' WHERE kind = 'assignment'")));
    EXPECT_TRUE(lastEntry().startsWith(QStringLiteral("Assigned to Ales Bialiatski · "))) << lastEntry().toStdString();
}

TEST_F(CasesPageView, SensitiveCasesShowOnlyWhenAskedFor)
{
    storeCase(QStringLiteral("Ales Pushkin"), {QStringLiteral("housing")});
    const AidCase hidden = storeCase(QStringLiteral("Nasta Loika"), {QStringLiteral("legal")}, true);
    showPage();
    auto *toggle = find<QCheckBox>(m_page, QStringLiteral("showSensitiveCheckBox"));
    auto *hint = find<QLabel>(m_page, QStringLiteral("sensitiveHiddenLabel"));
    EXPECT_FALSE(toggle->isChecked()) << "off by default";
    EXPECT_TRUE(hint->isVisible());
    EXPECT_EQ(shownColumn(CaseTableModel::Person), QStringList{QStringLiteral("Ales Pushkin")});

    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_TRUE(toggle->isChecked());
    EXPECT_FALSE(hint->isVisible());
    EXPECT_EQ(m_table->model()->rowCount(), 2);
    EXPECT_TRUE(shownColumn(CaseTableModel::Number).contains(hidden.number));

    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_FALSE(toggle->isChecked());
    EXPECT_TRUE(hint->isVisible());
    EXPECT_EQ(shownColumn(CaseTableModel::Person), QStringList{QStringLiteral("Ales Pushkin")});
    EXPECT_FALSE(m_page->overdueBanner()->isVisible());
}

TEST_F(CasesPageView, OverdueBannerListsTheOverdueCases)
{
    const AidCase late = storeCase(QStringLiteral("Viktar Babaryka"), {QStringLiteral("legal")}, false,
                                   QDate::currentDate().addDays(-3));
    storeCase(QStringLiteral("Maria Kalesnikava"), {QStringLiteral("medical")}, false,
              QDate::currentDate().addDays(10));
    storeCase(QStringLiteral("Siarhei Tsikhanouski"), {QStringLiteral("documents")}, true,
              QDate::currentDate().addDays(-1));
    showPage();

    MessageBar *banner = m_page->overdueBanner();
    ASSERT_EQ(banner, find<MessageBar>(m_page, QStringLiteral("overdueBanner")));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->kind(), MessageBar::Kind::Warning);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("2 case"))) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("1 of them sensitive"))) << banner->text().toStdString();
    EXPECT_EQ(m_table->model()->rowCount(), 2);

    QTest::mouseClick(find<QPushButton>(banner, QStringLiteral("messageActionButton")), Qt::LeftButton);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(find<QCheckBox>(m_page, QStringLiteral("overdueOnlyCheckBox"))->isChecked());
    EXPECT_EQ(shownColumn(CaseTableModel::Number), QStringList{late.number});
    EXPECT_TRUE(m_table->model()->index(0, CaseTableModel::DueOn).data(CaseTableModel::OverdueRole).toBool());
}

TEST_F(CasesPageView, DeletesWithUndoAndOpensWithEnter)
{
    const AidCase first = storeCase(QStringLiteral("Ales Bialiatski"), {QStringLiteral("legal")});
    const AidCase second = storeCase(QStringLiteral("Marfa Rabkova"), {QStringLiteral("psychological")});
    showPage();
    ASSERT_EQ(m_table->model()->rowCount(), 2);

    const int row = shownColumn(CaseTableModel::Number).indexOf(first.number);
    m_table->setFocus();
    m_table->setCurrentIndex(m_table->model()->index(row, 0));
    m_table->selectRow(row);
    QTest::keyClick(m_table, Qt::Key_Delete);
    EXPECT_EQ(shownColumn(CaseTableModel::Number), QStringList{second.number});
    EXPECT_TRUE(stored(first.pk).isDeleted());
    EXPECT_EQ(m_page->messageBar()->kind(), MessageBar::Kind::Information);
    m_undoStack.undo();
    EXPECT_EQ(m_table->model()->rowCount(), 2);
    EXPECT_FALSE(stored(first.pk).isDeleted());

    const int secondRow = shownColumn(CaseTableModel::Number).indexOf(second.number);
    m_table->setCurrentIndex(m_table->model()->index(secondRow, 0));
    m_table->selectRow(secondRow);
    QTest::keyClick(m_table, Qt::Key_Return);
    CaseEditor *editor = m_page->editor();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->currentCase().pk, second.pk);
    EXPECT_EQ(find<QLineEdit>(editor, QStringLiteral("personNameEdit"))->text(), QStringLiteral("Marfa Rabkova"));
    editor->reject();
    flushDeletes();

    activate(m_host.get());
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_N, Qt::ControlModifier);
    editor = m_page->editor();
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isNew());
    editor->reject();
}

TEST_F(CasesPageView, TheSelectionFollowsItsCaseAndAFailedReadIsSaid)
{
    storeCase(QStringLiteral("Ales Bialiatski"), {QStringLiteral("legal")});
    const AidCase chosen = storeCase(QStringLiteral("Marfa Rabkova"), {QStringLiteral("psychological")});
    storeCase(QStringLiteral("Ігар Лосік"), {QStringLiteral("legal")});
    showPage();
    auto *statusLine = find<QLabel>(m_page, QStringLiteral("casesStatusLabel"));
    EXPECT_EQ(statusLine->text(), QStringLiteral("Cases: 3"));
    const auto selectedPk = [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.constFirst().data(CaseTableModel::PkRole).toLongLong() : 0;
    };
    m_table->selectRow(shownColumn(CaseTableModel::Number).indexOf(chosen.number));
    ASSERT_EQ(selectedPk(), chosen.pk);

    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_table->sortByColumn(CaseTableModel::Person, order);
        EXPECT_EQ(selectedPk(), chosen.pk);
    }
    find<QLineEdit>(m_page, QStringLiteral("caseSearchEdit"))->setText(QStringLiteral("rabkova"));
    EXPECT_EQ(shownColumn(CaseTableModel::Number), QStringList{chosen.number});
    EXPECT_EQ(selectedPk(), chosen.pk);
    EXPECT_EQ(statusLine->text(), QStringLiteral("Shown: 1 of 3"));
    find<QLineEdit>(m_page, QStringLiteral("caseSearchEdit"))->clear();
    m_page->reload();
    EXPECT_EQ(selectedPk(), chosen.pk);

    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE cases RENAME TO cases_gone")));
    m_table->sortByColumn(CaseTableModel::Number, Qt::AscendingOrder);
    EXPECT_EQ(m_page->messageBar()->kind(), MessageBar::Kind::Error);
    EXPECT_EQ(m_table->model()->rowCount(), 3) << "the list keeps what it showed";
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE cases_gone RENAME TO cases")));
}

TEST_F(CasesPageView, ChartsCountCasesAndPaymentsPerCurrency)
{
    const AidCase a = storeCase(QStringLiteral("Ales Pushkin"), {QStringLiteral("legal"), QStringLiteral("housing")});
    const AidCase b = storeCase(QStringLiteral("Ihar Losik"), {QStringLiteral("legal")});
    CaseRepository repository(m_db.get());
    for (const auto &[casePk, minor, currency] : {std::tuple{a.pk, qint64(1250), QStringLiteral("EUR")},
                                                  std::tuple{b.pk, qint64(30000), QStringLiteral("PLN")}}) {
        CasePayment payment;
        payment.casePk = casePk;
        payment.amountMinor = minor;
        payment.currency = currency;
        payment.paidOn = QDate::currentDate();
        ASSERT_TRUE(repository.addPayment(payment).ok());
    }
    showPage();
    auto *tabs = find<QTabWidget>(m_page, QStringLiteral("casesTabs"));
    tabs->setCurrentWidget(m_page->charts());

    const QList<QAbstractSeries *> needSeries = m_page->charts()->needChart()->series();
    ASSERT_EQ(needSeries.size(), 1);
    auto *needBars = qobject_cast<QHorizontalBarSeries *>(needSeries.first());
    ASSERT_NE(needBars, nullptr);
    QBarSet *needSet = needBars->barSets().first();
    ASSERT_EQ(needSet->count(), 2);
    EXPECT_EQ(needSet->at(1), 2.0) << "legal: most, at the top";
    EXPECT_EQ(needSet->at(0), 1.0) << "housing";

    QStringList currencies;
    for (QAbstractSeries *series : m_page->charts()->paymentsChart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        ASSERT_NE(line, nullptr);
        currencies.append(line->name());
        ASSERT_EQ(line->count(), 1);
    }
    EXPECT_EQ(currencies, (QStringList{QStringLiteral("EUR"), QStringLiteral("PLN")})) << "one line per currency";
    EXPECT_TRUE(
        find<QLabel>(m_page, QStringLiteral("caseChartsSummary"))->text().contains(QStringLiteral("12.50 EUR")));

    // A new payment shows once the charts are looked at again.
    CasePayment more;
    more.casePk = a.pk;
    more.amountMinor = 500;
    more.currency = QStringLiteral("GEL");
    more.paidOn = QDate::currentDate();
    ASSERT_TRUE(repository.addPayment(more).ok());
    m_page->reload();
    EXPECT_EQ(m_page->charts()->paymentsChart()->series().size(), 3);
}

} // namespace supolka::test

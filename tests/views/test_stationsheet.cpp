#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

#include "models/exitpoll/exitpollrepository.h"
#include "tests/views/viewfixture.h"
#include "views/common/messagebar.h"
#include "views/exitpoll/stationsheet.h"

namespace supolka::test {

class StationSheetView : public ViewTest
{
protected:
    void SetUp() override
    {
        ViewTest::SetUp();
        ExitPollRepository repository(m_db.get());
        const Result<Election> election = repository.ensureElection(QStringLiteral("Presidential election 2020"));
        ASSERT_TRUE(election.ok());
        m_electionPk = election->pk;
        m_tsikhanouskaya = repository.ensureOption(m_electionPk, QStringLiteral("Tsikhanouskaya")).value();
        m_lukashenka = repository.ensureOption(m_electionPk, QStringLiteral("Lukashenka")).value();
        m_againstAll = repository.ensureOption(m_electionPk, QStringLiteral("Against all")).value();
        m_riga =
            repository.ensureStation(m_electionPk, QStringLiteral("79"), QStringLiteral("Riga"), QStringLiteral("LV"))
                .value()
                .pk;
        ASSERT_TRUE(repository.ensureStation(m_electionPk, QStringLiteral("78"), QStringLiteral("Vilnius"),
                                             QStringLiteral("LT")));
    }

    QHash<qint64, qint64> tallies(const QString &shift)
    {
        return ExitPollRepository(m_db.get()).tallies(m_riga, shift);
    }

    static QString label(const QWidget *sheet, const QString &name)
    {
        const auto *found = sheet->findChild<QLabel *>(name);
        return found ? found->text() : QStringLiteral("(no label %1)").arg(name);
    }

    static void press(QWidget *target, Qt::Key key, bool autoRepeat)
    {
        const QString text = QString::number(int(key) - int(Qt::Key_0));
        QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text, autoRepeat);
        QApplication::sendEvent(target, &down);
        QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text, autoRepeat);
        QApplication::sendEvent(target, &up);
    }

    qint64 m_electionPk = 0;
    qint64 m_tsikhanouskaya = 0;
    qint64 m_lukashenka = 0;
    qint64 m_againstAll = 0;
    qint64 m_riga = 0;
};

TEST_F(StationSheetView, OneKeyPerAnswerCountsAndUndoes)
{
    StationSheet sheet(m_db.get(), m_electionPk);
    sheet.show();
    sheet.setStation(QStringLiteral("79"));
    sheet.setShift(QStringLiteral("evening"));
    sheet.focusAnswers();
    auto *pad = find<QFrame>(&sheet, QStringLiteral("answerPad"));
    ASSERT_NE(pad, nullptr);
    EXPECT_EQ(label(&sheet, QStringLiteral("keyLabel_1")), QStringLiteral("1"));
    EXPECT_EQ(label(&sheet, QStringLiteral("optionLabel_1")), QStringLiteral("Tsikhanouskaya"));
    EXPECT_EQ(label(&sheet, QStringLiteral("optionLabel_3")), QStringLiteral("Against all"));
    EXPECT_EQ(label(&sheet, QStringLiteral("countLabel_1")), QStringLiteral("—")) << "no answers yet: unknown";

    QTest::keyClick(pad, Qt::Key_1);
    QTest::keyClick(pad, Qt::Key_1);
    QTest::keyClick(pad, Qt::Key_2);
    QTest::keyClick(pad, Qt::Key_0);
    QHash<qint64, qint64> counts = tallies(QStringLiteral("evening"));
    EXPECT_EQ(counts.value(m_tsikhanouskaya), 2);
    EXPECT_EQ(counts.value(m_lukashenka), 1);
    EXPECT_EQ(counts.value(ExitPollRepository::Refused), 1);
    // The shift's first answer opened its sheet: an option nobody named yet has a known 0, not an unknown count.
    ASSERT_TRUE(counts.contains(m_againstAll));
    EXPECT_EQ(counts.value(m_againstAll), 0);
    EXPECT_EQ(label(&sheet, QStringLiteral("countLabel_1")), QStringLiteral("2"));
    EXPECT_EQ(label(&sheet, QStringLiteral("shareLabel_1")), QStringLiteral("66.7%")) << "2 of the 3 who named one";
    EXPECT_EQ(label(&sheet, QStringLiteral("shareLabel_2")), QStringLiteral("33.3%"));
    EXPECT_EQ(label(&sheet, QStringLiteral("countLabel_3")), QStringLiteral("0"));
    EXPECT_EQ(label(&sheet, QStringLiteral("shareLabel_0")), QStringLiteral("25.0%")) << "1 of 4 respondents";
    EXPECT_TRUE(label(&sheet, QStringLiteral("respondentsLabel")).startsWith(QStringLiteral("4 respondent")))
        << label(&sheet, QStringLiteral("respondentsLabel")).toStdString();

    // Holding a key down sends repeats: they count nothing. The same press without repeat counts.
    press(pad, Qt::Key_1, true);
    press(pad, Qt::Key_1, true);
    EXPECT_EQ(tallies(QStringLiteral("evening")).value(m_tsikhanouskaya), 2);
    press(pad, Qt::Key_1, false);
    EXPECT_EQ(tallies(QStringLiteral("evening")).value(m_tsikhanouskaya), 3);
    EXPECT_EQ(label(&sheet, QStringLiteral("countLabel_1")), QStringLiteral("3"));
    EXPECT_EQ(label(&sheet, QStringLiteral("shareLabel_1")), QStringLiteral("75.0%"));

    // Ctrl+Z takes the last answers back, one at a time.
    QTest::keyClick(pad, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(tallies(QStringLiteral("evening")).value(m_tsikhanouskaya), 2);
    EXPECT_EQ(label(&sheet, QStringLiteral("countLabel_1")), QStringLiteral("2"));
    EXPECT_EQ(label(&sheet, QStringLiteral("shareLabel_1")), QStringLiteral("66.7%"));
    QTest::keyClick(pad, Qt::Key_Z, Qt::ControlModifier);
    counts = tallies(QStringLiteral("evening"));
    EXPECT_EQ(counts.value(ExitPollRepository::Refused, -1), 0) << "the refusal undone: none, in a shift already open";
    EXPECT_EQ(counts.value(m_tsikhanouskaya), 2);
    EXPECT_EQ(counts.value(m_lukashenka), 1);
    EXPECT_EQ(sheet.undoStack()->index(), 3);

    // A key no option has counts nothing and says so.
    QTest::keyClick(pad, Qt::Key_7);
    EXPECT_EQ(sheet.messageBar()->kind(), MessageBar::Kind::Error);
    EXPECT_EQ(sheet.undoStack()->index(), 3);

    // Digits typed into the shift's name are the name, not answers.
    auto *shift = find<QLineEdit>(&sheet, QStringLiteral("shiftEdit"));
    shift->setFocus();
    QTest::keyClick(shift, Qt::Key_2);
    EXPECT_EQ(shift->text(), QStringLiteral("evening2"));
    EXPECT_EQ(tallies(QStringLiteral("evening")).value(m_lukashenka), 1);
}

TEST_F(StationSheetView, AnswersGoToTheChosenShiftAndStation)
{
    StationSheet sheet(m_db.get(), m_electionPk);
    sheet.show();
    sheet.setStation(QStringLiteral("79"));
    sheet.setShift(QStringLiteral("morning"));
    sheet.focusAnswers();
    auto *pad = find<QFrame>(&sheet, QStringLiteral("answerPad"));
    QTest::keyClick(pad, Qt::Key_3);
    sheet.setShift(QStringLiteral("afternoon"));
    EXPECT_EQ(label(&sheet, QStringLiteral("countLabel_3")), QStringLiteral("—")) << "a new shift starts unknown";
    sheet.focusAnswers();
    QTest::keyClick(pad, Qt::Key_3);
    QTest::keyClick(pad, Qt::Key_3);
    EXPECT_EQ(tallies(QStringLiteral("morning")).value(m_againstAll), 1);
    EXPECT_EQ(tallies(QStringLiteral("afternoon")).value(m_againstAll), 2);
    EXPECT_TRUE(label(&sheet, QStringLiteral("respondentsLabel")).contains(QStringLiteral("3 respondents")))
        << "the whole day at the station";

    sheet.setShift(QString());
    sheet.focusAnswers();
    QTest::keyClick(pad, Qt::Key_1);
    EXPECT_EQ(sheet.messageBar()->kind(), MessageBar::Kind::Error) << "a shift needs a name";
    EXPECT_FALSE(tallies(QString()).contains(m_tsikhanouskaya));
}

TEST_F(StationSheetView, CountsOfAPaperSheetReplaceTheShiftAndUndo)
{
    StationSheet sheet(m_db.get(), m_electionPk);
    sheet.show();
    sheet.setStation(QStringLiteral("79"));
    sheet.setShift(QStringLiteral("morning"));
    sheet.focusAnswers();
    QTest::keyClick(find<QFrame>(&sheet, QStringLiteral("answerPad")), Qt::Key_1);

    sheet.setMode(StationSheet::Mode::Counts);
    EXPECT_EQ(find<QLineEdit>(&sheet, QStringLiteral("countEdit_1"))->text(), QStringLiteral("1"))
        << "the shift's counts so far";
    EXPECT_EQ(find<QLineEdit>(&sheet, QStringLiteral("countEdit_3"))->text(), QStringLiteral("0"))
        << "the key sheet counted every option from zero";
    // Digits typed here are counts, not answers.
    auto *first = find<QLineEdit>(&sheet, QStringLiteral("countEdit_1"));
    first->clear();
    first->setFocus();
    QTest::keyClicks(first, QStringLiteral("40"));
    find<QLineEdit>(&sheet, QStringLiteral("countEdit_2"))->setText(QStringLiteral("7"));
    find<QLineEdit>(&sheet, QStringLiteral("countEdit_0"))->setText(QStringLiteral("3"));
    QTest::mouseClick(find<QPushButton>(&sheet, QStringLiteral("saveCountsButton")), Qt::LeftButton);
    QHash<qint64, qint64> counts = tallies(QStringLiteral("morning"));
    EXPECT_EQ(counts.value(m_tsikhanouskaya), 40);
    EXPECT_EQ(counts.value(m_lukashenka), 7);
    EXPECT_EQ(counts.value(ExitPollRepository::Refused), 3);
    EXPECT_EQ(counts.value(m_againstAll, -1), 0) << "a field left as it was keeps its count";
    EXPECT_EQ(label(&sheet, QStringLiteral("countLabel_1")), QStringLiteral("40"));

    // The same sheet typed again is counted once.
    QTest::keyClick(first, Qt::Key_Return);
    EXPECT_EQ(tallies(QStringLiteral("morning")).value(m_tsikhanouskaya), 40);
    EXPECT_EQ(sheet.messageBar()->kind(), MessageBar::Kind::Positive);

    sheet.undoStack()->undo();
    sheet.undoStack()->undo();
    counts = tallies(QStringLiteral("morning"));
    EXPECT_EQ(counts.value(m_tsikhanouskaya), 1) << "back to the one answer counted by key";
    EXPECT_EQ(counts.value(m_lukashenka, -1), 0);
    EXPECT_EQ(counts.value(ExitPollRepository::Refused, -1), 0);
    EXPECT_EQ(find<QLineEdit>(&sheet, QStringLiteral("countEdit_1"))->text(), QStringLiteral("1"));
}

} // namespace supolka::test

#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QWidget>

#include "models/exitpoll/election.h"

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QUndoStack;

namespace supolka {

class Database;
class ExitPollRepository;
class MessageBar;

// The sheet a volunteer keeps at a polling station on election day, on a laptop, keyboard only and in large type.
// Pick the station and the shift, then press one key per answer: 1..9 for the options in ballot order, 0 for
// someone who would not answer. Holding a key counts it once; Ctrl+Z takes the last answer back. The counts and
// shares of the shift follow at once. A second mode takes the totals of a paper sheet per option, which replace
// what the shift had, so that a sheet typed twice is counted once.
class StationSheet final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Answers, Counts };

    StationSheet(Database &database, qint64 electionPk, QWidget *parent = nullptr);
    ~StationSheet() override;

    void setStation(const QString &code);
    QString stationCode() const;
    void setShift(const QString &shift);
    QString shift() const;
    void setMode(Mode mode);
    Mode mode() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    MessageBar *messageBar() const { return m_messageBar; }

public slots:
    // Counts one answer: `key` 1..9 for the options in ballot order, 0 for refused.
    void countAnswer(int key);
    void undoLastAnswer();
    // Counts mode: the typed totals replace the shift's counts; empty fields leave the shift's count as it is.
    void saveCounts();
    // Moves the keyboard to the answers, where the keys count.
    void focusAnswers();

signals:
    // Answers or counts were written or taken back.
    void answersChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct OptionRow
    {
        qint64 key = 0; // option key, or ExitPollRepository::Refused
        QString name;   // empty for refused: translated when shown
        int hotkey = -1;
        QLabel *keyLabel = nullptr;
        QLabel *nameLabel = nullptr;
        QLabel *countLabel = nullptr;
        QLabel *shareLabel = nullptr;
        QLabel *countsNameLabel = nullptr;
        QLineEdit *countEdit = nullptr;
    };

    void build();
    void retranslate();
    void loadStations();
    // Reads the shift's counts again and shows them; with `fillEdits`, also puts them in the counts fields.
    void refresh(bool fillEdits);
    void changed();
    void showError(const QString &message);
    std::optional<PollingStation> currentStation() const;
    QString optionText(const OptionRow &row) const;
    bool readyToCount();

    Database &m_database;
    std::unique_ptr<ExitPollRepository> m_repository;
    qint64 m_electionPk;
    QString m_electionName;
    QList<PollingStation> m_stations;
    QList<OptionRow> m_rows;
    QUndoStack *m_undoStack = nullptr;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_stationLabel = nullptr;
    QComboBox *m_stationCombo = nullptr;
    QLabel *m_shiftLabel = nullptr;
    QLineEdit *m_shiftEdit = nullptr;
    QStringListModel *m_shiftNames = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_answersHint = nullptr;
    QFrame *m_pad = nullptr;
    QLabel *m_countHeader = nullptr;
    QLabel *m_shareHeader = nullptr;
    QLabel *m_respondents = nullptr;
    QLabel *m_lastAnswer = nullptr;
    QPushButton *m_undoButton = nullptr;
    QLabel *m_countsHint = nullptr;
    QPushButton *m_saveCountsButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace supolka

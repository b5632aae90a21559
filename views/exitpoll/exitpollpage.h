#pragma once

#include <memory>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "models/exitpoll/election.h"
#include "models/exitpoll/exitpollimporter.h"

class QAction;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;
class QUndoStack;

namespace supolka {

class Database;
class ExitPollAnalysis;
class ExitPollRepository;
class MessageBar;
class StationFilterProxy;
class StationSheet;
class StationTableModel;

// The Exit polls area: an election's stations compared with the official protocols. The chosen option per station
// in a chart (the exit poll with its 95% interval beside the official share, flagged stations in red) and overall,
// the stations in a table with a "flagged only" filter and, for the selected station, what each flag rests on and
// how to read it. Imports the four wide files, exports the chart (PNG), the table (CSV) and a PDF report, and opens
// the station sheet volunteers use at the door.
class ExitPollPage final : public QWidget
{
    Q_OBJECT

public:
    ExitPollPage(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ExitPollPage() override;

    MessageBar *messageBar() const { return m_messageBar; }
    // The analysis shown; null while the chosen election has no data.
    const ExitPollAnalysis *analysis() const { return m_analysis.get(); }
    QString electionName() const;
    QString option() const;
    QChart *stationChart() const;
    QChart *totalsChart() const;
    // The sheet opened from this page, while it is open.
    StationSheet *stationSheet() const;

    // The page's actions, for menus.
    QAction *importAction(ExitPollKind kind) const;
    QAction *exportChartAction() const { return m_exportChartAction; }
    QAction *exportTableAction() const { return m_exportTableAction; }
    QAction *reportAction() const { return m_reportAction; }
    QAction *stationSheetAction() const { return m_stationSheetAction; }

public slots:
    // Reads the chosen election again from the database.
    void reload();
    // Shows the election called `name` (which may not exist yet: importing creates it).
    void chooseElection(const QString &name);
    void chooseOption(const QString &option);
    // Asks for a file and imports it as `kind` into the chosen election.
    void importKind(ExitPollKind kind);
    void importFile(ExitPollKind kind, const QString &path);
    void loadDemoElection();
    void exportChart();
    void exportTable();
    void exportReport();
    void openStationSheet();

signals:
    // Exit-poll data was imported or loaded.
    void exitPollChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void build();
    void retranslate();
    void refreshElections();
    void refreshOptions();
    void refreshCharts();
    void updateSummary();
    void updateExplanation();
    void updateState();
    void selectStation(const QString &code);
    QString selectedStationCode() const;
    QString askSavePath(const QString &caption, const QString &fileName, const QStringList &filters,
                        QString *selectedFilter = nullptr);
    QString kindText(ExitPollKind kind) const;

    Database &m_database;
    // The window's stack. Nothing on this page goes through it yet: an import changes nothing when repeated, and
    // the station sheet keeps a stack of its own, for its own window's Ctrl+Z.
    QUndoStack *m_undoStack;
    std::unique_ptr<ExitPollRepository> m_repository;
    std::optional<Election> m_election;
    QString m_electionName;
    std::shared_ptr<const ExitPollAnalysis> m_analysis;
    StationTableModel *m_model = nullptr;
    StationFilterProxy *m_proxy = nullptr;
    QPointer<StationSheet> m_sheet;
    bool m_dirty = false;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_electionLabel = nullptr;
    QComboBox *m_electionCombo = nullptr;
    QLabel *m_optionLabel = nullptr;
    QComboBox *m_optionCombo = nullptr;
    QToolButton *m_importButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QPushButton *m_sheetButton = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_emptyImportButton = nullptr;
    QWidget *m_content = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    QChartView *m_stationChartView = nullptr;
    QChartView *m_totalsChartView = nullptr;
    QCheckBox *m_flaggedOnly = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_tableStatus = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_explanation = nullptr;

    QAction *m_importStationsAction = nullptr;
    QAction *m_importExitPollAction = nullptr;
    QAction *m_importOfficialAction = nullptr;
    QAction *m_importVerifiedAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_exportTableAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_stationSheetAction = nullptr;
};

} // namespace supolka

#pragma once

#include <memory>

#include <QList>
#include <QWidget>

#include "models/cases/aidcase.h"
#include "models/cases/casecsv.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace supolka {

class CaseCharts;
class CaseEditor;
class CaseRepository;
class CaseTableModel;
class Database;
class MessageBar;

// The Aid cases area: the table of cases with filters, the overdue banner, the editor for one case (new, open,
// delete with undo), and the charts. Sensitive cases are read only while "Show sensitive cases" is ticked.
class CasesPage final : public QWidget
{
    Q_OBJECT

public:
    // Deletions go on `undoStack`; without one the page keeps its own.
    CasesPage(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~CasesPage() override;

    // The page's actions, for the main window's menus.
    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *findAction() const { return m_findAction; }

    MessageBar *messageBar() const { return m_messageBar; }
    MessageBar *overdueBanner() const { return m_overdueBanner; }
    CaseCharts *charts() const { return m_charts; }
    // The editor open now, if any.
    CaseEditor *editor() const;

public slots:
    void reload();
    void newCase();
    void openSelected();
    void deleteSelected();
    void focusSearch();
    // Lists the overdue cases: the overdue filter on, any status.
    void showOverdue();
    // Cases (also a KoBoToolbox intake export), notes or payments from a CSV file; the same kinds to one.
    void importKind(CaseCsvKind kind);
    void exportKind(CaseCsvKind kind);

signals:
    // Cases were added, changed or deleted.
    void casesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void build();
    void retranslate();
    void fillStatusFilter();
    void fillNeedFilter();
    void refreshAssigneeFilter();
    void applyFilters();
    void updateState();
    void afterChange();
    // Shows the overdue banner when cases are overdue; `showAgain` also when it was closed.
    void updateOverdueBanner(bool showAgain);
    // Brings the table in step with the repository after the editor changed a case, and selects it.
    void showCase(qint64 pk);
    void openEditor(const AidCase &aidCase);
    void selectPk(qint64 pk);
    QList<qint64> selectedPks() const;

    Database &m_database;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<CaseRepository> m_repository;
    CaseTableModel *m_model = nullptr;

    MessageBar *m_messageBar = nullptr;
    MessageBar *m_overdueBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_listTab = nullptr;
    CaseCharts *m_charts = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_needFilter = nullptr;
    QComboBox *m_assigneeFilter = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QCheckBox *m_showSensitive = nullptr;
    QLabel *m_sensitiveHidden = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLine = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace supolka

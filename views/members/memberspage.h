#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QWidget>

#include "models/members/member.h"
#include "models/members/memberlist.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace supolka {

class Database;
class MemberRepository;
class MemberTableModel;
class MembersFirstRun;
class MessageBar;

// The Members area: the table with filters and type-ahead search, and everything done to members from here —
// add, edit, delete (undoable), GDPR export and erasure, import, export and the demo data.
class MembersPage final : public QWidget
{
    Q_OBJECT

public:
    MembersPage(Database &database, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~MembersPage() override;

    // The page's actions, for the main window's menus.
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *exportPersonAction() const { return m_exportPersonAction; }
    QAction *eraseAction() const { return m_eraseAction; }
    QAction *mergeAction() const { return m_mergeAction; }
    QAction *keepApartAction() const { return m_keepApartAction; }

    MessageBar *messageBar() const { return m_messageBar; }

public slots:
    void reload();
    void addMember();
    void editSelected();
    void deleteSelected();
    void exportSelectedPerson();
    void eraseSelected();
    void mergeSelected();
    void keepSelectedApart();
    void importMembers();
    // Opens the import dialog on `path` (a CSV dropped on the page, for one).
    void importFile(const QString &path);
    void exportMembers();
    void loadDemoData();
    void focusSearch();

signals:
    // Members were added, changed, deleted or imported.
    void membersChanged();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QString droppedCsv(const QMimeData *mime);
    void build();
    void createActions();
    void retranslate();
    void refreshFilterChoices();
    void applyFilters();
    void updateState();
    void afterChange();
    // Brings the table in step with one member: `now` as stored, or gone when empty.
    void showMember(const std::optional<Member> &now, qint64 pk);
    void pushSave(const std::optional<Member> &before, const Member &after, const QString &text);
    void selectPk(qint64 pk);
    QList<qint64> selectedPks() const;
    std::optional<Member> currentMember() const;
    // The model's values in use, in the order of the language shown.
    QStringList valuesInUse(MemberList::Values kind) const;
    void fillCombo(QComboBox *combo, const QString &anyText, const QList<QPair<QString, QString>> &items);

    Database &m_database;
    QUndoStack &m_undoStack;
    std::unique_ptr<MemberRepository> m_repository;
    MemberTableModel *m_model = nullptr;

    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    MembersFirstRun *m_firstRun = nullptr;
    QWidget *m_content = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_countryFilter = nullptr;
    QComboBox *m_skillFilter = nullptr;
    QComboBox *m_groupFilter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLine = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_exportPersonButton = nullptr;
    QPushButton *m_eraseButton = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_exportPersonAction = nullptr;
    QAction *m_eraseAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_keepApartAction = nullptr;
};

} // namespace supolka

#include "views/members/memberspage.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include "models/db/database.h"
#include "models/demo/demodata.h"
#include "models/members/memberimporter.h"
#include "models/members/memberrepository.h"
#include "models/members/membertablemodel.h"
#include "models/members/personexport.h"
#include "models/text/countries.h"
#include "views/common/dialogs.h"
#include "views/common/icons.h"
#include "views/common/importdialog.h"
#include "views/common/messagebar.h"
#include "views/common/recordedcommand.h"
#include "views/common/searchfield.h"
#include "views/common/tables.h"
#include "views/common/uilanguage.h"
#include "views/members/countrydelegate.h"
#include "views/members/membereditor.h"
#include "views/members/memberimporttarget.h"
#include "views/members/memberlabels.h"
#include "views/members/membersfirstrun.h"
#include "views/members/removememberscommand.h"
#include "views/members/savemembercommand.h"
#include "views/settings/settings.h"

namespace supolka {

namespace {

// The status filter's entries that are no status.
const QString AttentionFilter = QStringLiteral("@attention");
const QString DuplicatesFilter = QStringLiteral("@duplicates");

QString ensureSuffix(QString path, const QString &suffix)
{
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return path;
}

QString folderOr(const QString &folder)
{
    return folder.isEmpty() || !QDir(folder).exists() ? QDir::homePath() : folder;
}

} // namespace

MembersPage::MembersPage(Database &database, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_repository(std::make_unique<MemberRepository>(database))
{
    setObjectName(QStringLiteral("membersPage"));
    setAcceptDrops(true);
    m_model = new MemberTableModel(*m_repository, this);
    connect(m_model, &MemberTableModel::readFailed, this,
            [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Kind::Error); });
    createActions();
    build();
    retranslate();
    // The model has read the members already; read them once, not twice, at start.
    afterChange();
}

MembersPage::~MembersPage() = default;

void MembersPage::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newMemberAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    connect(m_newAction, &QAction::triggered, this, &MembersPage::addMember);

    m_editAction = new QAction(this);
    m_editAction->setObjectName(QStringLiteral("editMemberAction"));
    connect(m_editAction, &QAction::triggered, this, &MembersPage::editSelected);

    m_deleteAction = new QAction(this);
    m_deleteAction->setObjectName(QStringLiteral("deleteMemberAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_deleteAction, &QAction::triggered, this, &MembersPage::deleteSelected);
    addAction(m_deleteAction);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findMemberAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, &MembersPage::focusSearch);

    m_exportPersonAction = new QAction(this);
    m_exportPersonAction->setObjectName(QStringLiteral("exportPersonAction"));
    connect(m_exportPersonAction, &QAction::triggered, this, &MembersPage::exportSelectedPerson);

    m_eraseAction = new QAction(this);
    m_eraseAction->setObjectName(QStringLiteral("erasePersonAction"));
    connect(m_eraseAction, &QAction::triggered, this, &MembersPage::eraseSelected);

    m_mergeAction = new QAction(this);
    m_mergeAction->setObjectName(QStringLiteral("mergeMembersAction"));
    connect(m_mergeAction, &QAction::triggered, this, &MembersPage::mergeSelected);

    m_keepApartAction = new QAction(this);
    m_keepApartAction->setObjectName(QStringLiteral("keepApartAction"));
    connect(m_keepApartAction, &QAction::triggered, this, &MembersPage::keepSelectedApart);
}

void MembersPage::build()
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("membersMessageBar"));

    m_firstRun = new MembersFirstRun(this);
    connect(m_firstRun, &MembersFirstRun::addMemberRequested, this, &MembersPage::addMember);
    connect(m_firstRun, &MembersFirstRun::importRequested, this, &MembersPage::importMembers);
    connect(m_firstRun, &MembersFirstRun::demoDataRequested, this, &MembersPage::loadDemoData);

    m_content = new QWidget(this);
    m_search = makeSearchField(m_content, QStringLiteral("searchLineEdit"), 260);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        updateState();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_table->setFocus();
        m_table->selectRow(0);
    });

    auto makeFilter = [this](const QString &name) {
        auto *combo = new QComboBox(m_content);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(10);
        connect(combo, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilters);
        return combo;
    };
    m_statusFilter = makeFilter(QStringLiteral("statusFilterCombo"));
    m_countryFilter = makeFilter(QStringLiteral("countryFilterCombo"));
    m_skillFilter = makeFilter(QStringLiteral("skillFilterCombo"));
    m_groupFilter = makeFilter(QStringLiteral("groupFilterCombo"));

    auto makeButton = [this](const QString &name, QAction *action) {
        auto *button = new QPushButton(m_content);
        button->setObjectName(name);
        button->setIcon(action->icon());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        return button;
    };
    m_newButton = makeButton(QStringLiteral("newMemberButton"), m_newAction);
    m_editButton = makeButton(QStringLiteral("editMemberButton"), m_editAction);
    m_deleteButton = makeButton(QStringLiteral("deleteMemberButton"), m_deleteAction);
    m_exportPersonButton = makeButton(QStringLiteral("exportPersonButton"), m_exportPersonAction);
    m_eraseButton = makeButton(QStringLiteral("erasePersonButton"), m_eraseAction);

    m_table = new QTableView(m_content);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setModel(m_model);
    // The model is in this order already: enabling sorting asks for it again, which costs nothing.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::Email, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(MemberTableModel::Country, new CountryDelegate(m_table));
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    const QList<QPair<int, int>> widths = {
        {MemberTableModel::LastName, 115}, {MemberTableModel::FirstName, 85}, {MemberTableModel::Phone, 120},
        {MemberTableModel::City, 85},      {MemberTableModel::Country, 110},  {MemberTableModel::Skills, 95},
        {MemberTableModel::Groups, 100},   {MemberTableModel::Status, 100},   {MemberTableModel::JoinedOn, 110}};
    setColumnWidths(m_table, widths);
    connect(m_table, &QTableView::activated, this, &MembersPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPage::updateState);

    m_statusLine = new QLabel(m_content);
    m_statusLine->setObjectName(QStringLiteral("statusLabel"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_countryFilter);
    filters->addWidget(m_skillFilter);
    filters->addWidget(m_groupFilter);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportPersonButton);
    buttons->addWidget(m_eraseButton);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(filters);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addWidget(m_statusLine);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_firstRun);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
}

void MembersPage::retranslate()
{
    m_newAction->setText(tr("&New member…"));
    m_newAction->setToolTip(tr("Add a member (%1)").arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_editAction->setText(tr("&Edit member…"));
    m_deleteAction->setText(tr("&Delete member"));
    m_findAction->setText(tr("&Find member"));
    m_exportPersonAction->setText(tr("E&xport person's data…"));
    m_eraseAction->setText(tr("E&rase person…"));
    m_mergeAction->setText(tr("&Merge two members into one…"));
    m_mergeAction->setToolTip(tr("Select the two rows of one person: the one kept takes what the other adds, and "
                                 "their registrations and cases"));
    m_keepApartAction->setText(tr("&Not the same person"));
    m_keepApartAction->setToolTip(tr("Select two possible duplicates who are two people: they are no longer listed"));

    m_newButton->setText(tr("New…"));
    m_newButton->setToolTip(m_newAction->toolTip());
    m_editButton->setText(tr("Edit…"));
    m_editButton->setToolTip(tr("Edit the selected member (Enter or double-click)"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the selected members (Del); Undo brings them back"));
    m_exportPersonButton->setText(tr("Export person's data…"));
    m_exportPersonButton->setToolTip(tr("Everything stored about the selected person, as JSON or CSV (GDPR)"));
    m_eraseButton->setText(tr("Erase person…"));
    m_eraseButton->setToolTip(tr("Remove every personal detail of the selected person for good (GDPR)"));
    m_search->setPlaceholderText(
        tr("Name, e-mail or phone (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search members"));

    emit m_model->headerDataChanged(Qt::Horizontal, 0, MemberTableModel::ColumnCount - 1);
    // Names sort by the alphabet of the language shown.
    if (m_model->language() != QLocale().language())
        m_model->reload();
    m_table->viewport()->update();
    refreshFilterChoices();
    updateState();
}

void MembersPage::fillCombo(QComboBox *combo, const QString &anyText, const QList<QPair<QString, QString>> &items)
{
    const QString selected = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

QStringList MembersPage::valuesInUse(MemberList::Values kind) const
{
    QStringList values = m_model->valuesInUse(kind);
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(values.begin(), values.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return values;
}

void MembersPage::refreshFilterChoices()
{
    QList<QPair<QString, QString>> statuses;
    for (const MemberStatus status : {MemberStatus::Active, MemberStatus::Inactive, MemberStatus::Pending})
        statuses.append({MemberLabels::status(status), memberStatusKey(status)});
    // What an import left to look at: fields kept as typed or left empty, and people who may be one person.
    statuses.append({tr("Needs attention"), AttentionFilter});
    statuses.append({tr("Possible duplicates"), DuplicatesFilter});
    fillCombo(m_statusFilter, tr("Any status"), statuses);
    m_statusFilter->setItemData(m_statusFilter->findData(AttentionFilter),
                                tr("Members an import marked for a look: a phone or e-mail address kept as typed, a "
                                   "date that could not be read. Saving the member clears the mark."),
                                Qt::ToolTipRole);
    m_statusFilter->setItemData(m_statusFilter->findData(DuplicatesFilter),
                                tr("Members an import took for new people although they share a phone, a name or an "
                                   "e-mail address with someone"),
                                Qt::ToolTipRole);

    QList<QPair<QString, QString>> countryItems;
    for (const QString &code : m_model->valuesInUse(MemberList::Values::Countries))
        countryItems.append({countries::name(code, uiLanguage()), code});
    QCollator collator{QLocale()};
    std::sort(countryItems.begin(), countryItems.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    fillCombo(m_countryFilter, tr("Any country"), countryItems);

    auto asItems = [](const QStringList &values) {
        QList<QPair<QString, QString>> items;
        for (const QString &value : values)
            items.append({value, value});
        return items;
    };
    fillCombo(m_skillFilter, tr("Any skill"), asItems(valuesInUse(MemberList::Values::Skills)));
    fillCombo(m_groupFilter, tr("Any group"), asItems(valuesInUse(MemberList::Values::Groups)));
    applyFilters();
}

void MembersPage::applyFilters()
{
    const QString status = m_statusFilter->currentData().toString();
    m_model->setStatusFilter(memberStatusFromKey(status));
    m_model->setAttentionOnly(status == AttentionFilter);
    std::optional<QSet<qint64>> only;
    if (status == DuplicatesFilter) {
        const Result<QSet<qint64>> duplicates = m_repository->possibleDuplicatePks();
        if (!duplicates)
            m_messageBar->showMessage(duplicates.error(), MessageBar::Kind::Error);
        else if (duplicates->isEmpty())
            m_messageBar->showMessage(
                tr("No possible duplicates: no import has found two records that may be one person."),
                MessageBar::Kind::Information);
        if (duplicates)
            only = duplicates.value();
    }
    m_model->setOnlyMembers(only);
    m_model->setCountryFilter(m_countryFilter->currentData().toString());
    m_model->setSkillFilter(m_skillFilter->currentData().toString());
    m_model->setGroupFilter(m_groupFilter->currentData().toString());
    updateState();
}

void MembersPage::updateState()
{
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_firstRun) : m_content);

    const QList<qint64> selected = selectedPks();
    const QLocale locale;
    QString line = shown == total ? tr("Members: %1").arg(locale.toString(total))
                                  : tr("Shown: %1 of %2").arg(locale.toString(shown), locale.toString(total));
    if (m_model->searchCapped())
        line +=
            QStringLiteral(" · ") +
            tr("the search stops at %1 members: type more to narrow it").arg(locale.toString(m_model->searchLimit()));
    if (selected.size() > 1)
        line += QStringLiteral(" · ") + tr("Selected: %1").arg(locale.toString(selected.size()));
    m_statusLine->setText(line);

    const bool one = selected.size() == 1;
    m_editAction->setEnabled(one);
    m_deleteAction->setEnabled(!selected.isEmpty());
    m_exportPersonAction->setEnabled(one);
    m_eraseAction->setEnabled(one);
    m_mergeAction->setEnabled(selected.size() == 2);
    m_keepApartAction->setEnabled(selected.size() == 2);
    m_editButton->setEnabled(one);
    m_deleteButton->setEnabled(!selected.isEmpty());
    m_exportPersonButton->setEnabled(one);
    m_eraseButton->setEnabled(one);
}

void MembersPage::afterChange()
{
    refreshFilterChoices();
    updateState();
    emit membersChanged();
}

void MembersPage::reload()
{
    m_model->reload();
    afterChange();
}

QList<qint64> MembersPage::selectedPks() const
{
    QList<qint64> pks;
    if (!m_table || !m_table->selectionModel())
        return pks;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        pks.append(m_model->pkAt(index.row()));
    return pks;
}

std::optional<Member> MembersPage::currentMember() const
{
    const QList<qint64> pks = selectedPks();
    if (pks.size() != 1)
        return std::nullopt;
    return m_repository->find(pks.first());
}

void MembersPage::selectPk(qint64 pk)
{
    const int row = m_model->rowOfPk(pk);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MembersPage::focusSearch()
{
    if (m_model->totalCount() == 0)
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MembersPage::showMember(const std::optional<Member> &now, qint64 pk)
{
    m_model->reload();
    afterChange();
    if (now)
        selectPk(pk);
}

void MembersPage::pushSave(const std::optional<Member> &before, const Member &after, const QString &text)
{
    auto changed = [this](const std::optional<Member> &now, qint64 pk) {
        showMember(now, pk);
    };
    auto failed = [this](const QString &message) {
        m_messageBar->showMessage(message, MessageBar::Kind::Error);
    };
    m_undoStack.push(new SaveMemberCommand(*m_repository, before, after, text, changed, failed));
}

void MembersPage::addMember()
{
    auto *editor = new MemberEditor(*m_repository, Member(), valuesInUse(MemberList::Values::Skills),
                                    valuesInUse(MemberList::Values::Groups), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &MemberEditor::saved, this, [this, editor](const Member &member, MemberEditor::Outcome outcome) {
        if (outcome == MemberEditor::Outcome::Merged) {
            const std::optional<Member> before = editor->mergedBefore();
            showMember(member, member.pk);
            if (before)
                pushSave(before, member, tr("Merge into %1").arg(member.displayName()));
            m_messageBar->showMessage(tr("Merged into %1, who was already known.").arg(member.displayName()),
                                      MessageBar::Kind::Positive);
        } else {
            showMember(member, member.pk);
            pushSave(std::nullopt, member, tr("Add %1").arg(member.displayName()));
            m_messageBar->showMessage(tr("Added %1.").arg(member.displayName()), MessageBar::Kind::Positive);
        }
    });
    editor->open();
}

void MembersPage::editSelected()
{
    const std::optional<Member> member = currentMember();
    if (!member)
        return;
    const Member before = *member;
    auto *editor = new MemberEditor(*m_repository, before, valuesInUse(MemberList::Values::Skills),
                                    valuesInUse(MemberList::Values::Groups), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &MemberEditor::saved, this, [this, before](const Member &saved, MemberEditor::Outcome) {
        showMember(saved, saved.pk);
        if (!before.sameContent(saved))
            pushSave(before, saved, tr("Edit %1").arg(saved.displayName()));
        m_messageBar->showMessage(tr("Saved %1.").arg(saved.displayName()), MessageBar::Kind::Positive);
    });
    editor->open();
}

void MembersPage::deleteSelected()
{
    const QList<qint64> pks = selectedPks();
    if (pks.isEmpty())
        return;
    const std::optional<Member> single = currentMember();
    const QString name = single ? single->displayName() : QString();
    const QString text =
        single ? tr("Delete %1").arg(name) : tr("Delete members (%1)").arg(QLocale().toString(pks.size()));
    auto changed = [this](const QList<qint64> &, const QList<qint64> &restored) {
        m_model->reload();
        afterChange();
        for (const qint64 pk : restored)
            selectPk(pk);
    };
    auto failed = [this](const QString &message) {
        m_messageBar->showMessage(message, MessageBar::Kind::Error);
    };
    m_undoStack.push(new RemoveMembersCommand(*m_repository, pks, text, changed, failed));
    const QString done =
        single ? tr("Deleted %1.").arg(name) : tr("Deleted members: %1.").arg(QLocale().toString(pks.size()));
    m_messageBar->showMessage(done, MessageBar::Kind::Information, tr("Undo"), [this] { m_undoStack.undo(); });
}

void MembersPage::exportSelectedPerson()
{
    const std::optional<Member> member = currentMember();
    if (!member)
        return;
    const Member person = *member;
    const QString jsonFilter = tr("JSON (*.json)");
    const QString csvFilter = tr("CSV (*.csv)");
    const bool csv = settings::personExportFormat.value() == QLatin1String("csv");
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("Export everything about %1").arg(person.displayName());
    QString fileName = person.displayName().isEmpty() ? tr("person") : person.displayName();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                          QLatin1Char('"'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('|')})
        fileName.replace(c, QLatin1Char('_'));
    request.path = QDir(folderOr(settings::lastExportFolder.value()))
                       .filePath(fileName + (csv ? QStringLiteral(".csv") : QStringLiteral(".json")));
    request.filters = {jsonFilter, csvFilter};
    request.selectedFilter = csv ? csvFilter : jsonFilter;
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    const bool asCsv =
        answer.selectedFilter == csvFilter || answer.path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QString path = ensureSuffix(answer.path, asCsv ? QStringLiteral("csv") : QStringLiteral("json"));
    settings::personExportFormat.setValue(asCsv ? QStringLiteral("csv") : QStringLiteral("json"));
    settings::lastExportFolder.setValue(QFileInfo(path).absolutePath());

    const Status status = PersonExport::write(person, path);
    if (!status) {
        m_messageBar->showMessage(tr("The data of %1 was not exported: %2").arg(person.displayName(), status.error()),
                                  MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showSaved(tr("Everything about %1 is in %2. The file holds personal data: hand it only to them.")
                                .arg(person.displayName(), QDir::toNativeSeparators(path)),
                            path);
}

void MembersPage::mergeSelected()
{
    const QList<qint64> pks = selectedPks();
    if (pks.size() != 2)
        return;
    const std::optional<Member> first = m_repository->find(pks.at(0));
    const std::optional<Member> second = m_repository->find(pks.at(1));
    if (!first || !second)
        return;
    Dialogs::Decision decision;
    decision.title = tr("Merge two members");
    decision.text = tr("Are %1 and %2 one person? Choose whose record to keep: it takes what the other adds (fields "
                       "it lacks, skills, groups, notes), and the other's registrations and aid cases. The other "
                       "record is removed, and the merge is passed on to other chapters at the next exchange.")
                        .arg(first->displayName(), second->displayName());
    decision.details = tr("Undo (Ctrl+Z) takes the merge back.");
    decision.choices = {tr("Keep %1").arg(first->displayName()), tr("Keep %1").arg(second->displayName()),
                        tr("Cancel")};
    decision.defaultChoice = 0;
    decision.cancelChoice = 2;
    const int choice = Dialogs::decide(this, decision);
    if (choice != 0 && choice != 1)
        return;
    const Member &kept = choice == 0 ? *first : *second;
    const Member &gone = choice == 0 ? *second : *first;
    const QPointer<MembersPage> page(this);
    auto changed = [page] {
        if (page)
            page->reload();
    };
    auto failed = [page](const QString &message) {
        if (page)
            page->m_messageBar->showMessage(message, MessageBar::Kind::Error);
    };
    MemberRepository *repository = m_repository.get();
    auto work = [repository, keep = kept.pk, other = gone.pk]() -> Status {
        const Result<Member> merged = repository->merge(keep, other);
        return merged ? Status() : Status::failure(merged.error());
    };
    const QString text = tr("Merge of %1 into %2").arg(gone.displayName(), kept.displayName());
    m_undoStack.push(new RecordedCommand(m_database, text, work, changed, failed));
    if (!m_repository->find(gone.pk)->isDeleted())
        return; // the merge failed and said why
    m_messageBar->showMessage(tr("%1 and %2 are one member now.").arg(gone.displayName(), kept.displayName()),
                              MessageBar::Kind::Positive, tr("Undo"), [this] { m_undoStack.undo(); });
}

void MembersPage::keepSelectedApart()
{
    const QList<qint64> pks = selectedPks();
    if (pks.size() != 2)
        return;
    if (Status status = m_repository->dismissDuplicate(pks.at(0), pks.at(1)); !status) {
        m_messageBar->showMessage(status.error(), MessageBar::Kind::Error);
        return;
    }
    applyFilters();
    m_messageBar->showMessage(tr("The two are kept apart and no longer listed as possible duplicates."),
                              MessageBar::Kind::Information);
}

void MembersPage::eraseSelected()
{
    const std::optional<Member> member = currentMember();
    if (!member)
        return;
    const Member person = *member;
    Dialogs::Decision decision;
    decision.title = tr("Erase person");
    decision.text = tr("Erase %1 for good?").arg(person.displayName());
    decision.details = tr("Every personal detail (names, contacts, notes, consent) is removed from this laptop, and "
                          "the erasure is passed on to other chapters at the next exchange. This cannot be undone.");
    decision.choices = {tr("Erase for good"), tr("Cancel")};
    decision.defaultChoice = 1;
    decision.cancelChoice = 1;
    decision.destructive = true;
    if (Dialogs::decide(this, decision) != 0)
        return;

    const Status status = m_repository->erase(person.pk);
    if (!status) {
        m_messageBar->showMessage(tr("%1 was not erased: %2").arg(person.displayName(), status.error()),
                                  MessageBar::Kind::Error);
        return;
    }
    // Earlier steps may refer to the erased person; undoing them must not bring anything back.
    m_undoStack.clear();
    m_model->reload();
    afterChange();
    m_messageBar->showMessage(tr("%1 is erased. This cannot be undone.").arg(person.displayName()),
                              MessageBar::Kind::Information);
}

void MembersPage::importMembers()
{
    importFile(QString());
}

void MembersPage::importFile(const QString &path)
{
    ImportTarget target = memberImportTarget(m_database);
    const QPointer<MembersPage> page(this);
    target.changed = [page] {
        if (page)
            page->reload();
    };
    target.failed = [page](const QString &message) {
        if (page)
            page->m_messageBar->showMessage(message, MessageBar::Kind::Error);
    };
    auto *dialog = new ImportDialog(m_database, target, &m_undoStack, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (path.isEmpty()) {
        dialog->chooseFile();
        return;
    }
    settings::lastImportFolder.setValue(QFileInfo(path).absolutePath());
    dialog->openFile(path);
}

QString MembersPage::droppedCsv(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return QString();
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return QString();
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
    return csv ? url.toLocalFile() : QString();
}

void MembersPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MembersPage::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importFile(path);
}

void MembersPage::exportMembers()
{
    const QString excelFilter = tr("CSV for Excel (*.csv)");
    const QString plainFilter = tr("CSV, plain UTF-8 (*.csv)");
    const bool excel = settings::exportProfile.value() != QLatin1String("plain");
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("Export members");
    request.path = QDir(folderOr(settings::lastExportFolder.value())).filePath(tr("members") + QStringLiteral(".csv"));
    request.filters = {excelFilter, plainFilter};
    request.selectedFilter = excel ? excelFilter : plainFilter;
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    const bool asExcel = answer.selectedFilter != plainFilter;
    const QString path = ensureSuffix(answer.path, QStringLiteral("csv"));
    settings::exportProfile.setValue(asExcel ? QStringLiteral("excel") : QStringLiteral("plain"));
    settings::lastExportFolder.setValue(QFileInfo(path).absolutePath());

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> written =
        MemberExporter::exportFile(m_database, path, asExcel ? CsvProfile::Excel : CsvProfile::Plain);
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_messageBar->showMessage(tr("Members were not exported: %1").arg(written.error()), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showSaved(
        tr("Exported members: %1, to %2.").arg(QLocale().toString(written.value()), QDir::toNativeSeparators(path)),
        path);
}

void MembersPage::loadDemoData()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<DemoData::Summary> loaded = DemoData::load(m_database);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        m_messageBar->showMessage(tr("The demo data was not loaded: %1").arg(loaded.error()), MessageBar::Kind::Error);
        return;
    }
    reload();
    if (loaded->members == 0)
        m_messageBar->showMessage(tr("The demo data is already loaded."), MessageBar::Kind::Information);
    else
        m_messageBar->showMessage(
            tr("Loaded the demo data (made-up members: %1).").arg(QLocale().toString(loaded->members)),
            MessageBar::Kind::Positive);
}

void MembersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace supolka

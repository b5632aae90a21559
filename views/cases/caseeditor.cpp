#include "views/cases/caseeditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include "models/cases/caserepository.h"
#include "models/cases/caseworkflow.h"
#include "models/cases/volunteersuggester.h"
#include "models/core/money.h"
#include "models/core/shownformats.h"
#include "models/core/timestamps.h"
#include "models/members/memberrepository.h"
#include "models/text/countries.h"
#include "views/cases/caseicons.h"
#include "views/cases/memberpicker.h"
#include "views/common/countrycombobox.h"
#include "views/common/dialogs.h"
#include "views/common/messagebar.h"
#include "views/common/operatorname.h"
#include "views/common/taglineedit.h"
#include "views/common/theme.h"
#include "views/common/uilanguage.h"
#include "views/members/memberlabels.h"
#include "views/settings/settings.h"

namespace supolka {

namespace {

const QString PersonName = QStringLiteral("person_name");
const QString PersonContact = QStringLiteral("person_contact");
const QString PersonCity = QStringLiteral("person_city");
const QString PersonCountry = QStringLiteral("person_country");
const QString PersonLanguages = QStringLiteral("person_languages");
const QString Needs = QStringLiteral("needs");
const QString Priority = QStringLiteral("priority");
const QString Summary = QStringLiteral("summary");
const QString OpenedOn = QStringLiteral("opened_on");
const QString DueOn = QStringLiteral("due_on");
const QString Outcome = QStringLiteral("outcome");
const QString MemberField = QStringLiteral("member");

const QStringList CommonCurrencies{
    QStringLiteral("EUR"), QStringLiteral("PLN"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CZK"),
    QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("CHF"), QStringLiteral("UAH"), QStringLiteral("GEL")};

constexpr int PkRole = Qt::UserRole + 1;
constexpr int BodyRole = Qt::UserRole + 2;
constexpr int AuthorRole = Qt::UserRole + 3;

const QString ErrorStyle = QStringLiteral("border: 2px solid #d93025; border-radius: 3px;");

bool sameEditableContent(const AidCase &a, const AidCase &b)
{
    return a.memberPk == b.memberPk && a.personName == b.personName && a.personContact == b.personContact &&
           a.personCity == b.personCity && a.personCountry == b.personCountry &&
           a.personLanguages == b.personLanguages && a.needs == b.needs && a.priority == b.priority &&
           a.summary == b.summary && a.openedOn == b.openedOn && a.dueOn == b.dueOn && a.sensitive == b.sensitive;
}

QString whenText(const QString &timestamp)
{
    const QDateTime when = parseTimestamp(timestamp);
    return when.isValid() ? shown::dateTime(when) : timestamp;
}

} // namespace

CaseEditor::CaseEditor(Database &database, const AidCase &aidCase, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_repository(std::make_unique<CaseRepository>(database))
    , m_members(std::make_unique<MemberRepository>(database))
    , m_case(aidCase)
{
    setObjectName(QStringLiteral("caseEditor"));
    build();
    retranslate();
    load(m_case);
    updateState();
    if (isNew())
        m_memberSearch->setFocus();
    else
        m_summary->setFocus();
}

CaseEditor::~CaseEditor() = default;

QString CaseEditor::author()
{
    return OperatorName::orAccount();
}

QWidget *CaseEditor::withError(QWidget *field, const QString &key)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel(box);
    error->setObjectName(QStringLiteral("errorLabel_") + key);
    error->setWordWrap(true);
    error->setStyleSheet(Theme::errorTextStyle());
    error->hide();
    layout->addWidget(error);
    m_fields.insert(key, field);
    m_errors.insert(key, error);
    return box;
}

void CaseEditor::build()
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("caseEditorMessageBar"));

    QWidget *details = buildDetails();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_progressTab = buildProgressTab();
    m_timelineTab = buildTimelineTab();
    m_paymentsTab = buildPaymentsTab();
    m_tabs->addTab(m_progressTab, QString());
    m_tabs->addTab(m_timelineTab, QString());
    m_tabs->addTab(m_paymentsTab, QString());
    m_tabsHint = new QLabel(this);
    m_tabsHint->setObjectName(QStringLiteral("caseTabsHint"));
    m_tabsHint->setWordWrap(true);

    auto *right = new QVBoxLayout;
    right->addWidget(m_tabsHint);
    right->addWidget(m_tabs, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(details, 5);
    columns->addLayout(right, 6);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveCaseButton"));
    m_save->setDefault(false);
    m_save->setAutoDefault(false);
    m_close = m_buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeCaseButton"));
    m_close->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &CaseEditor::save);
    // Ctrl+S saves at once (a button's own shortcut would animate a click first).
    auto *saveAction = new QAction(this);
    saveAction->setObjectName(QStringLiteral("saveCaseAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, &CaseEditor::save);
    addAction(saveAction);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    Dialogs::fitToScreen(this, QSize(1040, 680));
}

QWidget *CaseEditor::buildDetails()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("caseDetailsPanel"));
    auto addRow = [this](QFormLayout *form, const QString &key, QWidget *field, QWidget *shown = nullptr) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.insert(key, label);
        form->addRow(label, shown ? shown : field);
    };

    m_memberSearch = new MemberPicker(*m_members, this);
    m_memberSearch->setObjectName(QStringLiteral("memberSearchEdit"));
    connect(m_memberSearch, &MemberPicker::memberChosen, this, &CaseEditor::linkMember);
    m_memberLink = new QLabel(this);
    m_memberLink->setObjectName(QStringLiteral("memberLinkLabel"));
    m_memberLink->setWordWrap(true);
    m_unlinkMember = new QPushButton(this);
    m_unlinkMember->setObjectName(QStringLiteral("unlinkMemberButton"));
    m_unlinkMember->setAutoDefault(false);
    connect(m_unlinkMember, &QPushButton::clicked, this, &CaseEditor::unlinkMember);
    auto *memberRow = new QWidget(this);
    auto *memberLayout = new QVBoxLayout(memberRow);
    memberLayout->setContentsMargins(0, 0, 0, 0);
    memberLayout->addWidget(m_memberSearch);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_memberLink, 1);
    linkRow->addWidget(m_unlinkMember);
    memberLayout->addLayout(linkRow);

    m_personName = new QLineEdit(this);
    m_personName->setObjectName(QStringLiteral("personNameEdit"));
    m_personContact = new QLineEdit(this);
    m_personContact->setObjectName(QStringLiteral("personContactEdit"));
    m_personCity = new QLineEdit(this);
    m_personCity->setObjectName(QStringLiteral("personCityEdit"));
    m_personCountry = new CountryComboBox(this);
    m_personCountry->setObjectName(QStringLiteral("personCountryCombo"));
    m_personLanguages = new TagLineEdit(this);
    m_personLanguages->setObjectName(QStringLiteral("personLanguagesEdit"));
    QStringList languageNames;
    const QList<QString> codes = countries::allLanguageCodes();
    for (const QString &code : codes)
        languageNames.append(countries::languageName(code, uiLanguage()));
    m_personLanguages->setSuggestions(languageNames);

    m_personBox = new QGroupBox(this);
    auto *personForm = new QFormLayout(m_personBox);
    personForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(personForm, MemberField, m_memberSearch, memberRow);
    addRow(personForm, PersonName, m_personName, withError(m_personName, PersonName));
    addRow(personForm, PersonContact, m_personContact);
    addRow(personForm, PersonCity, m_personCity);
    addRow(personForm, PersonCountry, m_personCountry, withError(m_personCountry, PersonCountry));
    addRow(personForm, PersonLanguages, m_personLanguages, withError(m_personLanguages, PersonLanguages));

    m_needsBox = new QWidget(this);
    m_needsBox->setObjectName(QStringLiteral("needsBox"));
    auto *needsGrid = new QGridLayout(m_needsBox);
    needsGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList needKeys = caseneeds::keys();
    for (int i = 0; i < needKeys.size(); ++i) {
        auto *check = new QCheckBox(m_needsBox);
        check->setObjectName(QStringLiteral("needCheckBox_") + needKeys.at(i));
        m_needChecks.insert(needKeys.at(i), check);
        needsGrid->addWidget(check, i / 2, i % 2); // two columns leave room for the tabs at a laptop's width
    }
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (const CasePriority priority :
         {CasePriority::Low, CasePriority::Normal, CasePriority::High, CasePriority::Urgent})
        m_priority->addItem(QString(), casePriorityKey(priority));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(70);
    m_openedOn = new QLineEdit(this);
    m_openedOn->setObjectName(QStringLiteral("openedDateEdit"));
    m_dueOn = new QLineEdit(this);
    m_dueOn->setObjectName(QStringLiteral("dueDateEdit"));
    m_dueOn->setClearButtonEnabled(true);
    m_sensitive = new QCheckBox(this);
    m_sensitive->setObjectName(QStringLiteral("sensitiveCheckBox"));
    m_sensitiveHint = new QLabel(this);
    m_sensitiveHint->setObjectName(QStringLiteral("sensitiveHint"));
    m_sensitiveHint->setWordWrap(true);
    m_sensitiveHint->setBuddy(m_sensitive);

    m_requestBox = new QGroupBox(this);
    auto *requestForm = new QFormLayout(m_requestBox);
    requestForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(requestForm, Needs, m_needsBox, withError(m_needsBox, Needs));
    addRow(requestForm, Priority, m_priority);
    addRow(requestForm, Summary, m_summary, withError(m_summary, Summary));
    addRow(requestForm, OpenedOn, m_openedOn, withError(m_openedOn, OpenedOn));
    addRow(requestForm, DueOn, m_dueOn, withError(m_dueOn, DueOn));
    requestForm->addRow(m_sensitive);
    requestForm->addRow(m_sensitiveHint);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_personBox);
    layout->addWidget(m_requestBox, 1);
    return panel;
}

QWidget *CaseEditor::buildProgressTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("progressTab"));

    m_statusBox = new QGroupBox(tab);
    m_statusLabel = new QLabel(m_statusBox);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    m_outcomeLabel = new QLabel(m_statusBox);
    m_outcomeLabel->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcomeLabel->setWordWrap(true);
    m_statusButtons = new QWidget(m_statusBox);
    m_statusButtons->setObjectName(QStringLiteral("statusButtons"));
    auto *buttonsLayout = new QHBoxLayout(m_statusButtons);
    buttonsLayout->setContentsMargins(0, 0, 0, 0);
    auto *statusLayout = new QVBoxLayout(m_statusBox);
    statusLayout->addWidget(m_statusLabel);
    statusLayout->addWidget(m_outcomeLabel);
    statusLayout->addWidget(withError(m_statusButtons, Outcome));

    m_volunteerBox = new QGroupBox(tab);
    m_assigneeLabel = new QLabel(m_volunteerBox);
    m_assigneeLabel->setObjectName(QStringLiteral("assigneeLabel"));
    m_assigneeLabel->setFont(bold);
    m_unassign = new QPushButton(m_volunteerBox);
    m_unassign->setObjectName(QStringLiteral("unassignButton"));
    m_unassign->setAutoDefault(false);
    connect(m_unassign, &QPushButton::clicked, this, [this] { assignTo(0); });
    m_assigneeSearch = new MemberPicker(*m_members, m_volunteerBox);
    m_assigneeSearch->setObjectName(QStringLiteral("assigneeSearchEdit"));
    connect(m_assigneeSearch, &MemberPicker::memberChosen, this, [this](const Member &member) {
        m_assigneeSearch->clear();
        assignTo(member.pk);
    });
    m_suggest = new QPushButton(m_volunteerBox);
    m_suggest->setObjectName(QStringLiteral("suggestButton"));
    m_suggest->setAutoDefault(false);
    connect(m_suggest, &QPushButton::clicked, this, &CaseEditor::suggestVolunteers);
    m_suggestions = new QTreeWidget(m_volunteerBox);
    m_suggestions->setObjectName(QStringLiteral("suggestionsList"));
    m_suggestions->setColumnCount(3);
    m_suggestions->setRootIsDecorated(false);
    m_suggestions->setAlternatingRowColors(true);
    m_suggestions->setWordWrap(true);
    m_suggestions->setUniformRowHeights(false);
    m_suggestions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_suggestions->header()->setStretchLastSection(false);
    connect(m_suggestions, &QTreeWidget::itemSelectionChanged, this, &CaseEditor::updateState);
    connect(m_suggestions, &QTreeWidget::itemActivated, this, &CaseEditor::assignSuggested);
    m_suggestionsHint = new QLabel(m_volunteerBox);
    m_suggestionsHint->setObjectName(QStringLiteral("suggestionsHint"));
    m_suggestionsHint->setWordWrap(true);
    m_assign = new QPushButton(m_volunteerBox);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_assign->setAutoDefault(false);
    connect(m_assign, &QPushButton::clicked, this, &CaseEditor::assignSuggested);

    auto *current = new QHBoxLayout;
    current->addWidget(m_assigneeLabel, 1);
    current->addWidget(m_unassign);
    auto *search = new QHBoxLayout;
    search->addWidget(m_assigneeSearch, 1);
    search->addWidget(m_suggest);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_suggestionsHint, 1);
    assignRow->addWidget(m_assign);
    auto *volunteerLayout = new QVBoxLayout(m_volunteerBox);
    volunteerLayout->addLayout(current);
    volunteerLayout->addLayout(search);
    volunteerLayout->addWidget(m_suggestions, 1);
    volunteerLayout->addLayout(assignRow);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_statusBox);
    layout->addWidget(m_volunteerBox, 1);
    return tab;
}

QWidget *CaseEditor::buildTimelineTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("timelineTab"));
    // One entry per item: what, who and when on the first line, what was written under it, wrapped.
    m_timeline = new QListWidget(tab);
    m_timeline->setObjectName(QStringLiteral("timelineList"));
    m_timeline->setWordWrap(true);
    m_timeline->setUniformItemSizes(false);
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setSpacing(1);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setIconSize(QSize(20, 20));

    m_noteKind = new QComboBox(tab);
    m_noteKind->setObjectName(QStringLiteral("noteKindCombo"));
    for (const CaseNote::Kind kind : {CaseNote::Kind::Note, CaseNote::Kind::Call, CaseNote::Kind::Meeting})
        m_noteKind->addItem(CaseIcons::forKind(kind), QString(), caseNoteKindKey(kind));
    m_noteEdit = new QPlainTextEdit(tab);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(90);
    m_addNote = new QPushButton(tab);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setAutoDefault(false);
    connect(m_addNote, &QPushButton::clicked, this, &CaseEditor::addNote);
    m_noteError = new QLabel(tab);
    m_noteError->setObjectName(QStringLiteral("noteErrorLabel"));
    m_noteError->setStyleSheet(Theme::errorTextStyle());
    m_noteError->setWordWrap(true);
    m_noteError->hide();
    m_authorLabel = new QLabel(tab);
    m_authorEdit = new QLineEdit(tab);
    m_authorEdit->setObjectName(QStringLiteral("authorEdit"));
    m_authorEdit->setText(author());
    m_authorLabel->setBuddy(m_authorEdit);
    connect(m_authorEdit, &QLineEdit::editingFinished, this, [this] { OperatorName::set(m_authorEdit->text()); });

    // Ctrl+Enter adds what is written, from anywhere in the tab.
    auto *addNoteAction = new QAction(tab);
    addNoteAction->setObjectName(QStringLiteral("addNoteAction"));
    addNoteAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    addNoteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(addNoteAction, &QAction::triggered, this, &CaseEditor::addNote);
    tab->addAction(addNoteAction);

    auto *writeRow = new QHBoxLayout;
    writeRow->addWidget(m_noteKind);
    writeRow->addStretch(1);
    writeRow->addWidget(m_authorLabel);
    writeRow->addWidget(m_authorEdit);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_noteEdit, 1);
    addRow->addWidget(m_addNote, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(writeRow);
    layout->addLayout(addRow);
    layout->addWidget(m_noteError);
    return tab;
}

QWidget *CaseEditor::buildPaymentsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("paymentsTab"));
    m_payments = new QTreeWidget(tab);
    m_payments->setObjectName(QStringLiteral("paymentsList"));
    m_payments->setColumnCount(3);
    m_payments->setRootIsDecorated(false);
    m_payments->setAlternatingRowColors(true);
    m_payments->setColumnWidth(0, 110);
    m_payments->setColumnWidth(1, 140);
    connect(m_payments, &QTreeWidget::itemSelectionChanged, this, &CaseEditor::updateState);

    m_paymentDate = new QLineEdit(tab);
    m_paymentDate->setObjectName(QStringLiteral("paymentDateEdit"));
    m_paymentDate->setFixedWidth(m_paymentDate->fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) + 16);
    m_paymentAmount = new QLineEdit(tab);
    m_paymentAmount->setObjectName(QStringLiteral("paymentAmountEdit"));
    m_paymentAmount->setAlignment(Qt::AlignRight);
    m_paymentAmount->setMinimumWidth(m_paymentAmount->fontMetrics().horizontalAdvance(QStringLiteral("1 234 567.00")) +
                                     16);
    m_paymentCurrency = new QComboBox(tab);
    m_paymentCurrency->setObjectName(QStringLiteral("paymentCurrencyCombo"));
    m_paymentCurrency->setEditable(true);
    m_paymentCurrency->setInsertPolicy(QComboBox::NoInsert);
    m_paymentCurrency->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_paymentCurrency->setMinimumContentsLength(4);
    m_paymentCurrency->addItems(CommonCurrencies);
    m_paymentCurrency->lineEdit()->setMaxLength(3);
    m_paymentCurrency->lineEdit()->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_paymentCurrency));
    const QString lastCurrency = settings::casePaymentCurrency.value();
    m_paymentCurrency->setCurrentText(money::isCurrencyCode(lastCurrency) ? lastCurrency : QStringLiteral("EUR"));
    m_paymentPurpose = new QLineEdit(tab);
    m_paymentPurpose->setObjectName(QStringLiteral("paymentPurposeEdit"));
    m_addPayment = new QPushButton(tab);
    m_addPayment->setObjectName(QStringLiteral("addPaymentButton"));
    m_addPayment->setAutoDefault(false);
    connect(m_addPayment, &QPushButton::clicked, this, &CaseEditor::addPayment);
    for (QLineEdit *edit : {m_paymentDate, m_paymentAmount, m_paymentPurpose})
        connect(edit, &QLineEdit::returnPressed, this, &CaseEditor::addPayment);
    m_removePayment = new QPushButton(tab);
    m_removePayment->setObjectName(QStringLiteral("removePaymentButton"));
    m_removePayment->setAutoDefault(false);
    connect(m_removePayment, &QPushButton::clicked, this, &CaseEditor::removeSelectedPayment);
    m_paymentError = new QLabel(tab);
    m_paymentError->setObjectName(QStringLiteral("paymentErrorLabel"));
    m_paymentError->setStyleSheet(Theme::errorTextStyle());
    m_paymentError->setWordWrap(true);
    m_paymentError->hide();
    m_paymentTotals = new QLabel(tab);
    m_paymentTotals->setObjectName(QStringLiteral("paymentTotalsLabel"));
    QFont bold = m_paymentTotals->font();
    bold.setBold(true);
    m_paymentTotals->setFont(bold);
    m_paymentTotals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Date, amount and currency on one line, the purpose and the button under them.
    auto labelFor = [this, tab](const QString &key, QWidget *field) {
        auto *label = new QLabel(tab);
        label->setBuddy(field);
        m_paymentLabels.insert(key, label);
        return label;
    };
    auto *moneyRow = new QHBoxLayout;
    moneyRow->addWidget(labelFor(QStringLiteral("date"), m_paymentDate));
    moneyRow->addWidget(m_paymentDate);
    moneyRow->addSpacing(8);
    moneyRow->addWidget(labelFor(QStringLiteral("amount"), m_paymentAmount));
    moneyRow->addWidget(m_paymentAmount, 1);
    moneyRow->addWidget(labelFor(QStringLiteral("currency"), m_paymentCurrency));
    moneyRow->addWidget(m_paymentCurrency);
    auto *purposeRow = new QHBoxLayout;
    purposeRow->addWidget(labelFor(QStringLiteral("purpose"), m_paymentPurpose));
    purposeRow->addWidget(m_paymentPurpose, 1);
    purposeRow->addWidget(m_addPayment);
    auto *inputs = new QVBoxLayout;
    inputs->addLayout(moneyRow);
    inputs->addLayout(purposeRow);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_paymentTotals, 1);
    bottom->addWidget(m_removePayment);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_payments, 1);
    layout->addLayout(bottom);
    layout->addLayout(inputs);
    layout->addWidget(m_paymentError);
    return tab;
}

QString CaseEditor::fieldLabel(const QString &key)
{
    if (key == MemberField)
        return tr("Member");
    if (key == PersonName)
        return tr("Name");
    if (key == PersonContact)
        return tr("Contact");
    if (key == PersonCity)
        return tr("City");
    if (key == PersonCountry)
        return tr("Country");
    if (key == PersonLanguages)
        return tr("Languages");
    if (key == Needs)
        return tr("Needs");
    if (key == Priority)
        return tr("Priority");
    if (key == Summary)
        return tr("Summary");
    if (key == OpenedOn)
        return tr("Opened on");
    if (key == DueOn)
        return tr("Due by");
    if (key == Outcome)
        return tr("Outcome");
    return key;
}

void CaseEditor::retranslate()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(fieldLabel(it.key()) + QLatin1Char(':'));
    m_personBox->setTitle(tr("Person helped"));
    m_requestBox->setTitle(tr("Request"));
    m_memberSearch->setPlaceholderText(tr("A member's name, e-mail or phone"));
    m_memberSearch->setToolTip(tr("The member who is helped; leave it empty for someone who is not a member"));
    m_unlinkMember->setText(tr("Not a member"));
    m_personName->setPlaceholderText(tr("Name as the person gives it"));
    m_personContact->setPlaceholderText(tr("Phone, e-mail or messenger"));
    m_personLanguages->setPlaceholderText(tr("Belarusian, Russian"));
    for (auto it = m_needChecks.cbegin(); it != m_needChecks.cend(); ++it)
        it.value()->setText(caseneeds::name(it.key()));
    for (int i = 0; i < m_priority->count(); ++i) {
        if (const auto priority = casePriorityFromKey(m_priority->itemData(i).toString()))
            m_priority->setItemText(i, CaseWorkflow::priorityName(*priority));
    }
    m_summary->setPlaceholderText(tr("What the person asks for, in a few lines"));
    const QString dateHint = MemberLabels::dateFormatHint();
    m_openedOn->setPlaceholderText(dateHint);
    m_dueOn->setPlaceholderText(tr("%1 (empty: no due date)").arg(dateHint));
    m_sensitive->setText(tr("Sensitive"));
    m_sensitiveHint->setText(tr("Hidden from the list unless shown on purpose, never exported with the name."));

    m_tabs->setTabText(m_tabs->indexOf(m_progressTab), tr("Status and volunteer"));
    m_tabs->setTabText(m_tabs->indexOf(m_timelineTab), tr("Timeline"));
    m_tabs->setTabText(m_tabs->indexOf(m_paymentsTab), tr("Payments"));
    m_tabsHint->setText(
        tr("Save the case first; then you can move it on, assign a volunteer, write notes and record payments."));
    m_statusBox->setTitle(tr("Status"));
    m_volunteerBox->setTitle(tr("Volunteer"));
    m_unassign->setText(tr("Nobody"));
    m_unassign->setToolTip(tr("Nobody is responsible for the case"));
    m_assigneeSearch->setPlaceholderText(tr("Type a member's name"));
    m_suggest->setText(tr("Suggest…"));
    m_suggest->setToolTip(tr("Members whose skills, languages and place fit this case"));
    m_suggestions->setHeaderLabels({tr("Member"), tr("Why"), tr("Open cases")});
    m_suggestions->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_suggestions->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_suggestions->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_suggestions->setColumnWidth(0, 150);
    m_assign->setText(tr("Assign"));

    const QStringList kinds{tr("Note", "timeline entry"), tr("Call", "timeline entry"),
                            tr("Meeting", "timeline entry")};
    for (int i = 0; i < m_noteKind->count() && i < kinds.size(); ++i)
        m_noteKind->setItemText(i, kinds.at(i));
    m_noteEdit->setPlaceholderText(tr("What happened, what was agreed, what comes next"));
    m_addNote->setText(tr("Add"));
    m_addNote->setToolTip(
        tr("Add to the timeline (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_authorLabel->setText(tr("Written by:"));

    m_payments->setHeaderLabels({tr("Date"), tr("Amount"), tr("Purpose")});
    m_paymentLabels.value(QStringLiteral("date"))->setText(tr("Date:"));
    m_paymentLabels.value(QStringLiteral("amount"))->setText(tr("Amount:"));
    m_paymentLabels.value(QStringLiteral("currency"))->setText(tr("Currency:"));
    m_paymentLabels.value(QStringLiteral("purpose"))->setText(tr("Purpose:"));
    m_paymentDate->setPlaceholderText(dateHint);
    m_paymentAmount->setPlaceholderText(QStringLiteral("12") + QLocale().decimalPoint() + QStringLiteral("50"));
    m_paymentPurpose->setPlaceholderText(tr("Rent, lawyer, tickets…"));
    m_addPayment->setText(tr("Record payment"));
    m_removePayment->setText(tr("Remove payment"));

    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close (Esc)"));
    updateState();
}

void CaseEditor::load(const AidCase &c)
{
    m_memberPk = c.memberPk;
    m_memberSearch->clear();
    m_personName->setText(c.memberPk != 0 && c.personName.isEmpty() ? c.memberName : c.personName);
    m_personContact->setText(c.personContact);
    m_personCity->setText(c.personCity);
    m_personCountry->setCode(c.personCountry);
    QStringList languageNames;
    for (const QString &code : c.personLanguages)
        languageNames.append(countries::isKnownLanguage(code) ? countries::languageName(code, uiLanguage()) : code);
    m_personLanguages->setTags(languageNames);
    for (auto it = m_needChecks.cbegin(); it != m_needChecks.cend(); ++it)
        it.value()->setChecked(c.needs.contains(it.key()));
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(casePriorityKey(c.priority))));
    m_summary->setPlainText(c.summary);
    m_openedOn->setText(MemberLabels::dateText(c.openedOn.isValid() ? c.openedOn : QDate::currentDate()));
    m_dueOn->setText(MemberLabels::dateText(c.dueOn));
    m_sensitive->setChecked(c.sensitive);
    QList<FieldError> ignored;
    m_snapshot = collect(ignored);
    refreshStatus();
    refreshVolunteer();
    refreshTimeline();
    refreshPayments();
}

AidCase CaseEditor::collect(QList<FieldError> &errors) const
{
    AidCase c = m_case;
    c.memberPk = m_memberPk;
    c.personName = m_personName->text();
    c.personContact = m_personContact->text();
    c.personCity = m_personCity->text();
    c.personCountry = m_personCountry->code();
    c.personLanguages.clear();
    for (const QString &tag : m_personLanguages->tags()) {
        const QString code = countries::languageCodeFromText(tag);
        c.personLanguages.append(code.isEmpty() ? tag : code);
    }
    c.needs.clear();
    for (const QString &key : caseneeds::keys()) {
        if (m_needChecks.value(key)->isChecked())
            c.needs.append(key);
    }
    c.priority = casePriorityFromKey(m_priority->currentData().toString()).value_or(CasePriority::Normal);
    c.summary = m_summary->toPlainText();
    c.sensitive = m_sensitive->isChecked();
    auto readDate = [&](QLineEdit *edit, const QString &field) {
        bool ok = false;
        const QDate date = MemberLabels::dateFromText(edit->text(), &ok);
        if (!ok)
            errors.append({field, tr("“%1” is not a date; write it like %2.")
                                      .arg(edit->text().trimmed(), MemberLabels::dateFormatHint())});
        return date;
    };
    c.openedOn = readDate(m_openedOn, OpenedOn);
    c.dueOn = readDate(m_dueOn, DueOn);
    return c;
}

bool CaseEditor::hasUnsavedChanges() const
{
    // A date typed that cannot be read is something typed too.
    QList<FieldError> unreadable;
    const AidCase now = collect(unreadable);
    return !unreadable.isEmpty() || !sameEditableContent(now, m_snapshot);
}

void CaseEditor::clearFieldErrors()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        it.value()->clear();
        it.value()->hide();
        if (QWidget *field = m_fields.value(it.key())) {
            field->setStyleSheet(QString());
            field->setToolTip(QString());
        }
    }
    m_noteError->hide();
    m_paymentError->hide();
    m_paymentAmount->setStyleSheet(QString());
    m_paymentCurrency->setStyleSheet(QString());
    m_paymentDate->setStyleSheet(QString());
}

void CaseEditor::showFieldError(const QString &key, const QString &message)
{
    QLabel *error = m_errors.value(key);
    if (!error)
        return;
    error->setText(error->text().isEmpty() ? message : error->text() + QLatin1Char('\n') + message);
    error->show();
    if (QWidget *field = m_fields.value(key)) {
        if (field != m_needsBox && field != m_statusButtons)
            field->setStyleSheet(ErrorStyle);
        field->setToolTip(message);
    }
}

void CaseEditor::showFieldErrors(const QList<FieldError> &errors)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        lines.append(tr("%1: %2").arg(fieldLabel(error.field), error.message));
        showFieldError(error.field, error.message);
        if (!first)
            first = error.field == Needs ? m_needChecks.value(caseneeds::keys().first()) : m_fields.value(error.field);
    }
    m_messageBar->showMessage(tr("Not saved. Please correct this:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                              MessageBar::Kind::Error);
    if (first)
        first->setFocus();
}

bool CaseEditor::save()
{
    clearFieldErrors();
    QList<FieldError> errors;
    AidCase c = collect(errors);
    AidCase checked = c;
    errors += CaseRepository::normalizeAndValidate(checked);
    if (!errors.isEmpty()) {
        showFieldErrors(errors);
        return false;
    }
    const bool added = isNew();
    const Result<AidCase> saved = added ? m_repository->add(c, author()) : m_repository->update(c);
    if (!saved) {
        m_messageBar->showMessage(tr("Not saved: %1").arg(saved.error()), MessageBar::Kind::Error);
        return false;
    }
    m_case = saved.value();
    load(m_case);
    updateState();
    emit caseSaved(m_case, added);
    if (added)
        m_messageBar->showMessage(tr("Case %1 is opened. Now move it on, assign a volunteer, write notes or record "
                                     "payments.")
                                      .arg(m_case.number),
                                  MessageBar::Kind::Positive);
    else
        m_messageBar->showMessage(tr("Saved case %1.").arg(m_case.number), MessageBar::Kind::Positive);
    return true;
}

void CaseEditor::reject()
{
    if (hasUnsavedChanges()) {
        Dialogs::Decision decision;
        decision.title = tr("Unsaved changes");
        decision.text = isNew() ? tr("Save the new case before closing?")
                                : tr("Save the changes to case %1 before closing?").arg(m_case.number);
        decision.choices = {tr("Save"), tr("Discard changes"), tr("Keep editing")};
        decision.defaultChoice = 0;
        decision.cancelChoice = 2;
        const int answer = Dialogs::decide(this, decision);
        if (answer == 2 || answer < 0)
            return;
        if (answer == 0 && !save())
            return;
    }
    QDialog::reject();
}

void CaseEditor::adopt(const AidCase &stored)
{
    for (AidCase *c : {&m_case, &m_snapshot}) {
        c->status = stored.status;
        c->outcome = stored.outcome;
        c->assigneePk = stored.assigneePk;
        c->assigneeName = stored.assigneeName;
        c->updatedAt = stored.updatedAt;
    }
}

void CaseEditor::linkMember(const Member &member)
{
    m_memberPk = member.pk;
    m_memberSearch->clear();
    m_personName->setText(member.displayName());
    if (m_personContact->text().trimmed().isEmpty())
        m_personContact->setText(!member.phone.isEmpty() ? member.phone : member.email);
    if (m_personCity->text().trimmed().isEmpty())
        m_personCity->setText(member.city);
    if (m_personCountry->code().isEmpty())
        m_personCountry->setCode(member.country);
    if (m_personLanguages->tags().isEmpty()) {
        QStringList languageNames;
        for (const QString &code : member.languages)
            languageNames.append(countries::languageName(code, uiLanguage()));
        m_personLanguages->setTags(languageNames);
    }
    m_case.memberName = member.displayName();
    updateState();
}

void CaseEditor::unlinkMember()
{
    m_memberPk = 0;
    updateState();
    m_personName->setFocus();
}

QString CaseEditor::stepText(CaseStatus from, CaseStatus to) const
{
    switch (to) {
    case CaseStatus::InProgress:
        if (from == CaseStatus::New)
            return tr("Start work…");
        if (from == CaseStatus::Waiting)
            return tr("Resume work…");
        return tr("Reopen…");
    case CaseStatus::Waiting:
        return tr("Wait for others…");
    case CaseStatus::Resolved:
        return tr("Mark resolved…");
    case CaseStatus::Closed:
        return tr("Close case…");
    case CaseStatus::New:
        break;
    }
    return CaseWorkflow::statusName(to);
}

void CaseEditor::updateState()
{
    const bool stored = !isNew();
    setWindowTitle(stored ? tr("Case %1 — %2").arg(m_case.number, m_case.displayName()) : tr("New aid case"));
    m_tabs->setEnabled(stored);
    m_tabsHint->setVisible(!stored);
    const bool linked = m_memberPk != 0;
    m_personName->setReadOnly(linked);
    m_memberLink->setVisible(linked);
    m_unlinkMember->setVisible(linked);
    if (linked)
        m_memberLink->setText(tr("A member of the chapter: %1").arg(m_personName->text()));
    m_assign->setEnabled(stored && !m_suggestions->selectedItems().isEmpty());
    m_unassign->setEnabled(stored && m_case.assigneePk != 0);
    m_removePayment->setEnabled(stored && !m_payments->selectedItems().isEmpty());
}

void CaseEditor::refreshStatus()
{
    m_statusLabel->setText(tr("Status: %1").arg(CaseWorkflow::statusName(m_case.status)));
    m_outcomeLabel->setText(m_case.outcome.isEmpty() ? QString() : tr("Outcome: %1").arg(m_case.outcome));
    m_outcomeLabel->setVisible(!m_case.outcome.isEmpty());
    const QList<QPushButton *> old = m_statusButtons->findChildren<QPushButton *>();
    for (QPushButton *button : old)
        delete button;
    if (isNew())
        return;
    const CaseStatus from = m_case.status;
    for (const CaseStatus to : CaseWorkflow::nextSteps(from)) {
        auto *button = new QPushButton(stepText(from, to), m_statusButtons);
        button->setObjectName(QStringLiteral("statusButton_") + caseStatusKey(to));
        button->setAutoDefault(false);
        button->setToolTip(tr("The case becomes “%1”").arg(CaseWorkflow::statusName(to)));
        connect(button, &QPushButton::clicked, this, [this, to] { changeStatus(to); });
        m_statusButtons->layout()->addWidget(button);
    }
}

void CaseEditor::refreshVolunteer()
{
    m_assigneeLabel->setText(m_case.assigneePk != 0 ? m_case.assigneeName : tr("Nobody yet"));
    updateState();
}

QString CaseEditor::assigneeName(const QString &body) const
{
    // Older notes hold the volunteer's name as it was then; newer ones the member's id, whose name is looked up
    // now (none for an unknown, pseudonymized or erased member).
    if (QUuid::fromString(body).isNull())
        return body;
    const std::optional<Member> volunteer = m_members->findById(body);
    return volunteer ? volunteer->displayName() : QString();
}

void CaseEditor::refreshTimeline()
{
    m_timeline->clear();
    if (isNew())
        return;
    const QList<CaseNote> notes = m_repository->timeline(m_case.pk);
    for (const CaseNote &note : notes) {
        QString what;
        switch (note.kind) {
        case CaseNote::Kind::Note:
            what = tr("Note", "timeline entry");
            break;
        case CaseNote::Kind::Call:
            what = tr("Call", "timeline entry");
            break;
        case CaseNote::Kind::Meeting:
            what = tr("Meeting", "timeline entry");
            break;
        case CaseNote::Kind::StatusChange:
            if (note.fromStatus && note.toStatus)
                what = tr("%1 → %2", "status change")
                           .arg(CaseWorkflow::statusName(*note.fromStatus), CaseWorkflow::statusName(*note.toStatus));
            else
                what = tr("Opened", "timeline entry");
            break;
        case CaseNote::Kind::Assignment:
            if (note.body.isEmpty())
                what = tr("Nobody is responsible any more", "timeline entry");
            else if (const QString name = assigneeName(note.body); !name.isEmpty())
                what = tr("Assigned to %1", "timeline entry").arg(name);
            else
                what = tr("Assigned to a volunteer", "timeline entry");
            break;
        }
        QStringList heading{what};
        if (!note.author.isEmpty())
            heading.append(note.author);
        heading.append(whenText(note.at));
        QString text = heading.join(QStringLiteral(" · "));
        if (!note.body.isEmpty() && note.kind != CaseNote::Kind::Assignment)
            text += QLatin1Char('\n') + note.body;
        auto *item = new QListWidgetItem(CaseIcons::forKind(note.kind), text, m_timeline);
        item->setData(PkRole, note.pk);
        item->setData(BodyRole, note.body);
        item->setData(AuthorRole, note.author);
    }
    if (m_timeline->count() > 0)
        m_timeline->scrollToBottom();
}

void CaseEditor::refreshPayments()
{
    m_payments->clear();
    if (!isNew()) {
        const QList<CasePayment> payments = m_repository->payments(m_case.pk);
        for (const CasePayment &payment : payments) {
            auto *item = new QTreeWidgetItem(m_payments,
                                             {MemberLabels::dateText(payment.paidOn),
                                              money::format(payment.amountMinor, payment.currency), payment.purpose});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(0, PkRole, payment.pk);
        }
    }
    const QMap<QString, qint64> totals = isNew() ? QMap<QString, qint64>() : m_repository->paymentTotals(m_case.pk);
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(money::format(it.value(), it.key()));
    m_paymentTotals->setText(sums.isEmpty() ? tr("Nothing paid yet.")
                                            : tr("Paid in total: %1").arg(sums.join(QStringLiteral(" · "))));
    if (m_paymentDate->text().trimmed().isEmpty())
        m_paymentDate->setText(MemberLabels::dateText(QDate::currentDate()));
    updateState();
}

void CaseEditor::changeStatus(CaseStatus to)
{
    if (isNew())
        return;
    clearFieldErrors();
    const CaseStatus from = m_case.status;
    QString reason;
    QString outcome;
    if (CaseWorkflow::allows(from, to)) {
        Dialogs::TextRequest request;
        request.title = tr("Case %1").arg(m_case.number);
        if (to == CaseStatus::Closed) {
            request.text = tr("What came of the case? Closing needs the outcome.");
            request.required = true;
            request.acceptText = tr("Close case");
        } else {
            request.text = CaseWorkflow::isReopening(from, to)
                               ? tr("Why is the case reopened? (optional)")
                               : tr("Why does the case become “%1”? (optional)").arg(CaseWorkflow::statusName(to));
            request.acceptText = tr("Change status");
        }
        const Dialogs::TextAnswer answer = Dialogs::askText(this, request);
        if (!answer.accepted)
            return;
        (to == CaseStatus::Closed ? outcome : reason) = answer.value;
    }
    const Result<AidCase> changed = m_repository->changeStatus(m_case.pk, to, author(), reason, outcome);
    if (!changed) {
        if (to == CaseStatus::Closed && CaseWorkflow::allows(from, to))
            showFieldError(Outcome, changed.error());
        m_messageBar->showMessage(tr("The status was not changed: %1").arg(changed.error()), MessageBar::Kind::Error);
        return;
    }
    adopt(changed.value());
    refreshStatus();
    refreshTimeline();
    emit caseChanged(m_case.pk);
    m_messageBar->showMessage(tr("Case %1 is now “%2”.").arg(m_case.number, CaseWorkflow::statusName(to)),
                              MessageBar::Kind::Positive);
}

void CaseEditor::suggestVolunteers()
{
    QList<FieldError> ignored;
    AidCase c = collect(ignored);
    CaseRepository::normalizeAndValidate(c);
    const QList<VolunteerSuggestion> suggestions = VolunteerSuggester::suggest(m_database, c);
    m_suggestions->clear();
    const QLocale locale;
    for (const VolunteerSuggestion &suggestion : suggestions) {
        auto *item = new QTreeWidgetItem(m_suggestions, {suggestion.member.displayName(),
                                                         suggestion.reasons.join(QStringLiteral("; ")),
                                                         locale.toString(suggestion.openCases)});
        item->setData(0, PkRole, suggestion.member.pk);
        item->setToolTip(1, suggestion.reasons.join(QLatin1Char('\n')));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (suggestions.isEmpty()) {
        m_suggestionsHint->setText(tr("No active member has skills, languages or a place that fit. Type a name "
                                      "above to assign anybody."));
    } else {
        m_suggestionsHint->setText(tr("Best fit first. Choose one and press Assign."));
        m_suggestions->setCurrentItem(m_suggestions->topLevelItem(0));
        m_suggestions->setFocus();
    }
    updateState();
}

void CaseEditor::assignSuggested()
{
    const QList<QTreeWidgetItem *> selected = m_suggestions->selectedItems();
    if (selected.isEmpty())
        return;
    assignTo(selected.first()->data(0, PkRole).toLongLong());
}

void CaseEditor::assignTo(qint64 memberPk)
{
    if (isNew())
        return;
    const Result<AidCase> assigned = m_repository->assign(m_case.pk, memberPk, author());
    if (!assigned) {
        m_messageBar->showMessage(tr("The volunteer was not changed: %1").arg(assigned.error()),
                                  MessageBar::Kind::Error);
        return;
    }
    adopt(assigned.value());
    refreshVolunteer();
    refreshTimeline();
    if (m_suggestions->topLevelItemCount() > 0)
        suggestVolunteers(); // their open cases changed
    emit caseChanged(m_case.pk);
    if (memberPk == 0)
        m_messageBar->showMessage(tr("Nobody is responsible for case %1 now.").arg(m_case.number),
                                  MessageBar::Kind::Information);
    else
        m_messageBar->showMessage(tr("%1 takes care of case %2.").arg(m_case.assigneeName, m_case.number),
                                  MessageBar::Kind::Positive);
}

void CaseEditor::addNote()
{
    if (isNew())
        return;
    m_noteError->hide();
    const QString writer = m_authorEdit->text().trimmed();
    if (writer != OperatorName::current())
        OperatorName::set(writer);
    CaseNote note;
    note.casePk = m_case.pk;
    note.kind = caseNoteKindFromKey(m_noteKind->currentData().toString()).value_or(CaseNote::Kind::Note);
    note.body = m_noteEdit->toPlainText();
    note.author = author();
    const Result<CaseNote> added = m_repository->addNote(note);
    if (!added) {
        m_noteError->setText(added.error());
        m_noteError->show();
        m_messageBar->showMessage(tr("Not added to the timeline: %1").arg(added.error()), MessageBar::Kind::Error);
        m_noteEdit->setFocus();
        return;
    }
    m_noteEdit->clear();
    refreshTimeline();
    m_noteEdit->setFocus();
    emit caseChanged(m_case.pk);
    m_messageBar->showMessage(tr("Added to the timeline of case %1.").arg(m_case.number), MessageBar::Kind::Positive);
}

void CaseEditor::addPayment()
{
    if (isNew())
        return;
    m_paymentError->hide();
    for (QWidget *field : {static_cast<QWidget *>(m_paymentDate), static_cast<QWidget *>(m_paymentAmount),
                           static_cast<QWidget *>(m_paymentCurrency)})
        field->setStyleSheet(QString());
    auto refuse = [this](QWidget *field, const QString &message) {
        if (field)
            field->setStyleSheet(ErrorStyle);
        m_paymentError->setText(message);
        m_paymentError->show();
        m_messageBar->showMessage(tr("The payment was not recorded: %1").arg(message), MessageBar::Kind::Error);
        if (field)
            field->setFocus();
    };
    const QString currency = m_paymentCurrency->currentText().trimmed().toUpper();
    if (!money::isCurrencyCode(currency)) {
        refuse(m_paymentCurrency, tr("“%1” is not a currency code; choose one such as EUR or PLN.").arg(currency));
        return;
    }
    const std::optional<qint64> amount = money::parse(m_paymentAmount->text(), currency);
    if (!amount) {
        const QString example = money::format(money::minorDigits(currency) == 0 ? 1250 : 125050, currency);
        refuse(m_paymentAmount, m_paymentAmount->text().trimmed().isEmpty()
                                    ? tr("Type the amount paid, such as %1.").arg(example)
                                    : tr("“%1” is not an amount in %2; write it like %3.")
                                          .arg(m_paymentAmount->text().trimmed(), currency, example));
        return;
    }
    bool dateOk = false;
    const QDate paidOn = MemberLabels::dateFromText(m_paymentDate->text(), &dateOk);
    if (!dateOk) {
        refuse(m_paymentDate, tr("“%1” is not a date; write it like %2.")
                                  .arg(m_paymentDate->text().trimmed(), MemberLabels::dateFormatHint()));
        return;
    }
    CasePayment payment;
    payment.casePk = m_case.pk;
    payment.paidOn = paidOn;
    payment.amountMinor = *amount;
    payment.currency = currency;
    payment.purpose = m_paymentPurpose->text();
    const Result<CasePayment> added = m_repository->addPayment(payment);
    if (!added) {
        refuse(nullptr, added.error());
        return;
    }
    settings::casePaymentCurrency.setValue(currency);
    m_paymentAmount->clear();
    m_paymentPurpose->clear();
    refreshPayments();
    m_paymentAmount->setFocus();
    emit caseChanged(m_case.pk);
    m_messageBar->showMessage(tr("Recorded a payment of %1.").arg(money::format(added->amountMinor, added->currency)),
                              MessageBar::Kind::Positive);
}

void CaseEditor::removeSelectedPayment()
{
    const QList<QTreeWidgetItem *> selected = m_payments->selectedItems();
    if (isNew() || selected.isEmpty())
        return;
    const qint64 paymentPk = selected.first()->data(0, PkRole).toLongLong();
    const QString amount = selected.first()->text(1);
    const Status removed = m_repository->removePayment(paymentPk);
    if (!removed) {
        m_messageBar->showMessage(removed.error(), MessageBar::Kind::Error);
        return;
    }
    refreshPayments();
    emit caseChanged(m_case.pk);
    m_messageBar->showMessage(tr("Removed the payment of %1.").arg(amount), MessageBar::Kind::Information, tr("Undo"),
                              [this, paymentPk] {
                                  const Status restored = m_repository->restorePayment(paymentPk);
                                  if (!restored) {
                                      m_messageBar->showMessage(restored.error(), MessageBar::Kind::Error);
                                      return;
                                  }
                                  refreshPayments();
                                  emit caseChanged(m_case.pk);
                              });
}

void CaseEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshStatus();
        refreshVolunteer();
        refreshTimeline();
        refreshPayments();
    }
    QDialog::changeEvent(event);
}

} // namespace supolka

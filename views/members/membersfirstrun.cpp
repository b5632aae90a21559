#include "views/members/membersfirstrun.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "views/common/centredbox.h"

namespace supolka {

MembersFirstRun::MembersFirstRun(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("membersFirstRun"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("firstRunTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);

    auto makeButton = [this](const QString &name, QStyle::StandardPixmap icon) {
        auto *button = new QPushButton(this);
        button->setObjectName(name);
        button->setIcon(style()->standardIcon(icon));
        button->setMinimumHeight(40);
        button->setMinimumWidth(220);
        return button;
    };
    auto makeHint = [this] {
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        label->setMinimumWidth(420);
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        label->setPalette(pal);
        return label;
    };
    m_add = makeButton(QStringLiteral("addFirstMemberButton"), QStyle::SP_FileIcon);
    m_import = makeButton(QStringLiteral("importCsvButton"), QStyle::SP_DialogOpenButton);
    m_demo = makeButton(QStringLiteral("loadDemoButton"), QStyle::SP_DirHomeIcon);
    m_addHint = makeHint();
    m_importHint = makeHint();
    m_demoHint = makeHint();

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    grid->addWidget(m_add, 0, 0);
    grid->addWidget(m_addHint, 0, 1);
    grid->addWidget(m_import, 1, 0);
    grid->addWidget(m_importHint, 1, 1);
    grid->addWidget(m_demo, 2, 0);
    grid->addWidget(m_demoHint, 2, 1);
    grid->setColumnStretch(1, 1);

    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_title);
    boxLayout->addWidget(m_text);
    boxLayout->addSpacing(16);
    boxLayout->addLayout(grid);

    placeCentred(this, box, 900);

    connect(m_add, &QPushButton::clicked, this, &MembersFirstRun::addMemberRequested);
    connect(m_import, &QPushButton::clicked, this, &MembersFirstRun::importRequested);
    connect(m_demo, &QPushButton::clicked, this, &MembersFirstRun::demoDataRequested);
    retranslate();
}

void MembersFirstRun::retranslate()
{
    m_title->setText(tr("No members yet"));
    m_text->setText(tr("Supolka keeps your chapter's members, their skills and groups. Start in one of three ways:"));
    m_add->setText(tr("Add a member"));
    m_addHint->setText(tr("Type in the first person yourself."));
    m_import->setText(tr("Import a CSV…"));
    m_importHint->setText(tr("Bring in a list from Excel, LibreOffice, Google Forms or another chapter, or drop the "
                             "file here."));
    m_demo->setText(tr("Load demo data"));
    m_demoHint->setText(tr("Fill every page with made-up people to look around first."));
}

void MembersFirstRun::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace supolka

#include "views/events/eventsfirstrun.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "views/common/centredbox.h"

namespace supolka {

EventsFirstRun::EventsFirstRun(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("eventsFirstRun"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("eventsFirstRunTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_newEvent = new QPushButton(this);
    m_newEvent->setObjectName(QStringLiteral("addFirstEventButton"));
    m_newEvent->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_newEvent->setMinimumHeight(40);
    m_newEvent->setMinimumWidth(220);
    connect(m_newEvent, &QPushButton::clicked, this, &EventsFirstRun::newEventRequested);

    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_title);
    boxLayout->addWidget(m_text);
    boxLayout->addSpacing(16);
    boxLayout->addWidget(m_newEvent, 0, Qt::AlignHCenter);

    placeCentred(this, box, 700);
    retranslate();
}

void EventsFirstRun::retranslate()
{
    m_title->setText(tr("No events yet"));
    m_text->setText(tr("Rallies, meetups, conferences and fundraisers of the chapter live here, with who registered, "
                       "their tickets and badges, and who came. Create the first event, then add guests or import "
                       "the list of attendees, and check them in at the door."));
    m_newEvent->setText(tr("New event…"));
}

void EventsFirstRun::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace supolka

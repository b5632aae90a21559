#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace supolka {

// What the Events page shows while there is no event yet: what the page is for, and the one way to start.
class EventsFirstRun final : public QWidget
{
    Q_OBJECT

public:
    explicit EventsFirstRun(QWidget *parent = nullptr);

signals:
    void newEventRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_newEvent = nullptr;
};

} // namespace supolka

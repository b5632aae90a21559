#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace supolka {

// What the Members page shows while there is nobody yet: the three ways to start.
class MembersFirstRun final : public QWidget
{
    Q_OBJECT

public:
    explicit MembersFirstRun(QWidget *parent = nullptr);

signals:
    void addMemberRequested();
    void importRequested();
    void demoDataRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_demo = nullptr;
    QLabel *m_addHint = nullptr;
    QLabel *m_importHint = nullptr;
    QLabel *m_demoHint = nullptr;
};

} // namespace supolka

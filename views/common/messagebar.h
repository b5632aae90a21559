#pragma once

#include <functional>

#include <QFrame>

class QLabel;
class QToolButton;
class QPushButton;

namespace supolka {

// A message inside a page or dialog: what happened, optionally one thing to do about it, and a close button.
// Errors and notices go here; modal dialogs are kept for decisions.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `text`; with `actionText` and `action`, also a button that runs the action and closes the bar.
    void showMessage(const QString &text, Kind kind, const QString &actionText = {}, std::function<void()> action = {});
    void hideMessage();

    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Information;
    std::function<void()> m_callback;
};

} // namespace supolka

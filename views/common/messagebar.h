#pragma once

#include <chrono>
#include <functional>

#include <QFrame>

class QLabel;
class QTimer;
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

    // Shows `text`; with `actionText` and `action`, also a button that runs the action and closes the bar. Good news
    // and notices with nothing to do go away by themselves after `lifetime()` (not while the mouse is on them);
    // warnings and errors stay until closed.
    void showMessage(const QString &text, Kind kind, const QString &actionText = {}, std::function<void()> action = {});
    // A file was written: the message names it and stays, with a button that opens the folder it is in.
    void showSaved(const QString &text, const QString &path, Kind kind = Kind::Positive);
    void hideMessage();

    QString text() const;
    Kind kind() const { return m_kind; }

    static std::chrono::milliseconds lifetime();
    // Tests: a shorter life.
    static void setLifetime(std::chrono::milliseconds lifetime);

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
    QTimer *m_expiry = nullptr;
};

} // namespace supolka

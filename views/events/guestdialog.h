#pragma once

#include <QDialog>
#include <QHash>

#include "models/events/event.h"
#include "models/events/registration.h"

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace supolka {

class EventRepository;
class MessageBar;
struct FieldError;

// Registers a guest (someone who is not a member) for an event: a name, and an e-mail and phone if they gave them.
// The phone is read in the event's country unless it starts with +. Stores the registration (with a new ticket
// code) and closes only when that worked.
class GuestDialog final : public QDialog
{
    Q_OBJECT

public:
    GuestDialog(EventRepository &repository, const Event &event, QWidget *parent = nullptr);
    ~GuestDialog() override;

signals:
    void added(const supolka::Registration &registration);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showErrors(const QList<FieldError> &errors);
    void save();

    EventRepository &m_repository;
    Event m_event;
    MessageBar *m_messageBar = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace supolka

#pragma once

#include <QDialog>
#include <QHash>

#include "models/events/event.h"
#include "models/events/eventrepository.h"
#include "models/events/registration.h"
#include "models/members/memberrepository.h"

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace supolka {

class Database;
class MessageBar;

// Someone who is not on the list, registered and checked in at the door in a few keystrokes: name, e-mail, phone,
// what they agree to, and whether they join the chapter. Enter saves, Esc cancels; a problem is shown next to its
// field, or at the top when it belongs to no field.
class WalkInDialog final : public QDialog
{
    Q_OBJECT

public:
    // `typed` is what the door's search field held: it becomes the name (or the e-mail or phone, when it is one).
    WalkInDialog(Database &database, const Event &event, const QString &station, const QString &typed,
                 QWidget *parent = nullptr);
    ~WalkInDialog() override;

    // The person as typed so far, in the repository's terms.
    WalkIn walkIn() const;

public slots:
    void save();

signals:
    // They are registered and checked in. `newMemberPk` is the member record the walk-in made, 0 when none.
    void walkedIn(const supolka::Registration &registration, qint64 newMemberPk);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void prefill(const QString &typed);
    void fitHeight();
    void clearErrors();
    // Shows each error next to its field; those without a field go to the message bar. False when there were none.
    bool showErrors(const QList<FieldError> &errors);

    Database &m_database;
    Event m_event;
    QString m_station;

    MessageBar *m_messageBar = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_consentContact = nullptr;
    QCheckBox *m_consentPhotos = nullptr;
    QLabel *m_consentText = nullptr;
    QCheckBox *m_makeMember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QHash<QString, QLabel *> m_labels;      // field -> its label
    QHash<QString, QLineEdit *> m_fields;   // field -> its editor
    QHash<QString, QLabel *> m_errorLabels; // field -> the error shown under it
};

} // namespace supolka
